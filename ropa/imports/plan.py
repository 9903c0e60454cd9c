"""The preview of an import: every change it would make, in plain words, before anything is written.

``plan_import(current, incoming)`` compares the register as it is with what an importer produced,
the same way ``RegisterStore.import_register`` merges them (by UUID; nothing is deleted), and lists
each item to add or update with the fields that change. The result is plain data: the CLI prints
``plan.lines()``; the GUI shows the same changes in its preview step and then calls
``apply_plan(store, plan)``, which refuses if the register changed since the preview was made.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ropa.domain.model import (
    CATALOGUES,
    Activity,
    AutomatedDecision,
    Contact,
    Dpia,
    ProcessedData,
    Purpose,
    Register,
    RetentionRule,
    ServedController,
    Source,
    Transfer,
)
from ropa.errors import ValidationError
from ropa.i18n import LANGUAGES, Translator

KINDS = ("organisation", *CATALOGUES, "activities", "acknowledgements")


@dataclass(frozen=True)
class FieldChange:
    field: str  # the attribute, e.g. "purposes"
    label: str  # its name for people, in the plan's language
    old: str
    new: str


@dataclass(frozen=True)
class PlannedChange:
    action: str  # "add" or "update"
    kind: str  # "organisation", a catalogue name, "activities" or "acknowledgements"
    uuid: str
    label: str  # what the item is called, e.g. "PA-003 Customer relationship management"
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """Everything an import would change; ``incoming`` is what ``apply_plan`` writes."""

    source: str
    language: str
    current: Register
    incoming: Register
    changes: tuple[PlannedChange, ...]
    warnings: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def count(self, action: str, kind: str | None = None) -> int:
        return sum(1 for c in self.changes if c.action == action and (kind is None or c.kind == kind))

    def lines(self, *, details: bool = True) -> list[str]:
        """The plan as text lines, for the CLI (and any plain-text view)."""
        t = Translator(self.language)
        out: list[str] = []
        if self.is_empty:
            out.append(t("import.plan.nothing", source=self.source))
        else:
            out.append(t("import.plan.header", source=self.source))
            for change in self.changes:
                kind = t(f"import.kind.{change.kind}")
                out.append("  " + t(f"import.plan.{change.action}", kind=kind, label=change.label))
                if details:
                    for field in change.fields:
                        out.append("      " + t("import.plan.field", field=field.label, old=field.old, new=field.new))
            out.append(
                t(
                    "import.plan.summary",
                    added=self.count("add"),
                    updated=self.count("update"),
                    unchanged=self.unchanged,
                )
            )
        for warning in self.warnings:
            out.append(t("import.plan.warning", text=warning))
        return out


def apply_plan(store: Any, plan: ImportPlan) -> Any:
    """Write the plan in one transaction (``RegisterStore.import_register``), if still current."""
    if store.snapshot() != plan.current:
        raise ValidationError([Translator(plan.language)("import.plan.stale")])
    return store.import_register(plan.incoming)


# --- rendering values ---------------------------------------------------------------------------


class _Render:
    def __init__(self, t: Translator, current: Register, incoming: Register) -> None:
        self.t = t
        self.names: dict[str, str] = {}
        for register in (current, incoming):
            for name in CATALOGUES:
                for item in register.catalogue(name):
                    self.names[item.uuid] = item.name

    def empty(self) -> str:
        return self.t("import.plan.empty")

    def scalar(self, value: Any) -> str:
        if value is None or value == "" or value == ():
            return ""
        if isinstance(value, bool):
            return self.t("import.plan.yes" if value else "import.plan.no")
        if isinstance(value, StrEnum):
            try:
                return self.t.enum(value)
            except KeyError:
                return value.value
        if isinstance(value, datetime):
            return self.t.date(value.date()) if value.time() == datetime.min.time() else self.t.date(value)
        if isinstance(value, date):
            return self.t.date(value)
        return str(value)

    def name(self, uuid: str | None) -> str:
        return "" if uuid is None else self.names.get(uuid, uuid)

    def element(self, value: Any) -> str:
        """One element of a list field, as a short phrase."""
        if isinstance(value, str):
            return self.name(value)
        if isinstance(value, Purpose):
            basis = self.scalar(value.legal_basis)
            return f"{value.description} ({basis})" if basis else value.description
        if isinstance(value, ProcessedData):
            condition = self.scalar(value.art9_condition)
            return f"{self.name(value.category)} ({condition})" if condition else self.name(value.category)
        if isinstance(value, Transfer):
            where = self.t.country(value.country) if value.country else value.international_organisation
            parts = [p for p in (self.name(value.recipient), where, self.scalar(value.mechanism)) if p]
            return " · ".join(parts)
        if isinstance(value, RetentionRule):
            cats = ", ".join(self.name(u) for u in value.data_categories)
            if value.duration_value is not None and value.duration_unit is not None:
                what = self.t.duration(value.duration_value, value.duration_unit)
                if value.trigger:
                    what += f" ({value.trigger})"
            else:
                what = value.criteria or value.trigger or self.scalar(value.kind)
            return f"{cats}: {what}" if cats else what
        if isinstance(value, Source):
            return f"{self.scalar(value.kind)}: {value.description}" if value.description else self.scalar(value.kind)
        if isinstance(value, ServedController):
            return value.contact.name or value.processing_categories
        return self.compound(value)

    def compound(self, value: Any) -> str:
        """A small record (contact, DPIA...) as "field: value; ..." of what is filled in."""
        if not dataclasses.is_dataclass(value):
            return self.scalar(value)
        parts = []
        for f in dataclasses.fields(value):
            text = self.field_value(f.name, getattr(value, f.name))
            if text and text != self.t("import.plan.no"):
                parts.append(f"{self.t.labels.get(f'import.field.{f.name}', f.name.replace('_', ' '))}: {text}")
        return "; ".join(parts)

    def value(self, value: Any) -> str:
        if isinstance(value, tuple):
            return "; ".join(self.element(v) for v in value)
        if isinstance(value, Contact | Dpia | AutomatedDecision):
            return self.compound(value)
        return self.scalar(value)

    def field_value(self, name: str, value: Any) -> str:
        if name.endswith("country") and isinstance(value, str):
            return self.t.country(value)
        if name == "language" and value in LANGUAGES:
            from ropa.exports.tables import language_name

            return language_name(value)
        return self.value(value)

    def diff(self, old: Any, new: Any, name: str = "") -> tuple[str, str]:
        if isinstance(old, tuple) and isinstance(new, tuple):
            before = Counter(self.element(v) for v in old)
            after = Counter(self.element(v) for v in new)
            removed = list((before - after).elements())
            added = list((after - before).elements())
            if removed or added:
                return (
                    "; ".join(removed) if removed else "",
                    "; ".join(added) if added else "",
                )
            return (self.t("import.plan.details_before"), self.t("import.plan.details_changed"))
        return self.field_value(name, old), self.field_value(name, new)


def _label(kind: str, item: Any) -> str:
    if isinstance(item, Activity):
        return f"{item.reference} “{item.name}”"
    if kind == "organisation":
        return f"“{item.legal_name}”"
    if kind == "acknowledgements":
        return f"{item.rule_id} ({item.target})"
    return f"“{item.name}”"


def _field_label(render: _Render, name: str) -> str:
    return render.t.labels.get(f"import.field.{name}") or render.t("import.field.fallback", name=name.replace("_", " "))


def _fields(render: _Render, old: Any, new: Any, skip: Iterable[str] = ("uuid",)) -> tuple[FieldChange, ...]:
    out = []
    for f in dataclasses.fields(new):
        if f.name in skip:
            continue
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before == after:
            continue
        label = _field_label(render, f.name)
        if isinstance(before, Contact) and isinstance(after, Contact):
            # a contact (the DPO, a representative...): the parts that change, each on its own line
            for part in dataclasses.fields(Contact):
                was, now = getattr(before, part.name), getattr(after, part.name)
                if was != now:
                    out.append(FieldChange(
                        f.name, render.t("import.plan.part", field=label, part=_field_label(render, part.name)),
                        render.field_value(part.name, was) or render.empty(),
                        render.field_value(part.name, now) or render.empty(),
                    ))
            continue
        old_text, new_text = render.diff(before, after, f.name)
        out.append(FieldChange(f.name, label, old_text or render.empty(), new_text or render.empty()))
    return tuple(out)


def plan_import(
    current: Register,
    incoming: Register,
    *,
    source: str = "",
    language: str | None = None,
    warnings: Iterable[str] | None = None,
    replace_organisation: bool = True,
) -> ImportPlan:
    """Compare ``incoming`` with ``current`` as ``import_register`` would merge them."""
    language = language or current.organisation.language or "en"
    if language not in LANGUAGES:
        language = "en"
    render = _Render(Translator(language), current, incoming)
    changes: list[PlannedChange] = []
    unchanged = 0

    def compare(kind: str, before: Any, after: Any) -> None:
        nonlocal unchanged
        if before is None:
            changes.append(PlannedChange("add", kind, after.uuid, _label(kind, after)))
        elif before != after:
            fields = _fields(render, before, after)
            changes.append(PlannedChange("update", kind, after.uuid, _label(kind, after), fields))
        else:
            unchanged += 1

    if replace_organisation:
        org = dataclasses.replace(incoming.organisation, uuid=current.organisation.uuid)
        compare("organisation", current.organisation, org)
    for name in CATALOGUES:
        existing = {i.uuid: i for i in current.catalogue(name)}
        for item in incoming.catalogue(name):
            compare(name, existing.get(item.uuid), item)
    activities = {a.uuid: a for a in current.activities}
    for activity in incoming.activities:
        compare("activities", activities.get(activity.uuid), activity)
    acks = {(a.rule_id, a.target): a for a in current.acknowledgements}
    for ack in incoming.acknowledgements:
        compare("acknowledgements", acks.get((ack.rule_id, ack.target)), ack)
    if warnings is None:
        warnings = getattr(incoming, "warnings", ())
    return ImportPlan(
        source=source,
        language=language,
        current=current,
        incoming=incoming,
        changes=tuple(changes),
        warnings=tuple(warnings),
        unchanged=unchanged,
    )
