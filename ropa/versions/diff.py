"""Compare two register snapshots and say what changed, in plain words (pure: no database, no files).

:func:`diff` walks the snapshot dataclasses generically (field metadata says what is a catalogue
reference), so a field added to the model is compared without touching this module. Values are
rendered for people through :class:`ropa.i18n.Translator`: reference values by their legal label,
countries by name, dates by babel, catalogue references by the item's name in that snapshot.

Catalogue changes are listed once (``ChangeReport.catalogue``) and repeated under every activity
that uses the item, because an auditor reads one activity at a time: a processor that moved
country changes the record of every activity that sends data to it.

``created_at`` / ``updated_at`` are bookkeeping, not content of the record: an activity whose only
difference is its timestamp counts as unchanged (the fingerprints still tell the two apart).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from ropa.domain import model
from ropa.domain.model import CATALOGUES, Acknowledgement, Activity, Organisation, Register
from ropa.i18n import Translator

Status = Literal["added", "removed", "changed"]

#: Fields that record when something was saved, not what the record says.
BOOKKEEPING = frozenset({"uuid", "created_at", "updated_at"})
#: Fields holding an ISO 3166 country code, shown by name.
COUNTRY_FIELDS = frozenset({"country", "hosting_country"})
#: Children of an activity that are matched by something other than a UUID.
_CHILD_KEYS: dict[type, str] = {model.ProcessedData: "category"}
#: The field that names a child in "Purpose 'Payroll': legal basis".
_TITLE_FIELDS: dict[type, tuple[str, ...]] = {
    model.Purpose: ("description",),
    model.ProcessedData: ("category",),
    model.Source: ("description", "kind"),
    model.Transfer: ("recipient", "country", "international_organisation"),
    model.RetentionRule: ("data_categories", "trigger", "criteria"),
    model.ServedController: ("contact",),
}
#: Nested parts whose field labels say what they belong to ("DPIA status"), so no prefix is added.
SELF_LABELLED: frozenset[type] = frozenset({model.Dpia, model.AutomatedDecision})
#: Item kind (singular) for the report, by catalogue name.
KINDS = {name: cls.__name__ for name, cls in CATALOGUES.items()}


# --- the report --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field that differs, with its values as people read them ("" when absent)."""

    path: str  # stable, machine-readable: "status", "purposes[<uuid>].legal_basis", "recipients:<uuid>.country"
    label: str  # translated, e.g. "Purpose 'Payroll': Legal basis"
    before: str
    after: str
    item: str | None = None  # UUID of the catalogue item when the change comes from the catalogue

    @property
    def via_catalogue(self) -> bool:
        return self.item is not None


@dataclass(frozen=True)
class ActivityChange:
    uuid: str
    reference: str
    name: str
    status: Status
    fields: tuple[FieldChange, ...] = ()

    @property
    def own_fields(self) -> tuple[FieldChange, ...]:
        return tuple(f for f in self.fields if not f.via_catalogue)

    @property
    def catalogue_fields(self) -> tuple[FieldChange, ...]:
        return tuple(f for f in self.fields if f.via_catalogue)


@dataclass(frozen=True)
class ItemChange:
    """A catalogue item, or an acknowledged finding, that was added, removed or changed."""

    kind: str  # catalogue name, or "acknowledgements"
    kind_label: str
    uuid: str
    name: str
    status: Status
    fields: tuple[FieldChange, ...] = ()
    used_by: tuple[str, ...] = ()  # references of the activities that use the item


@dataclass(frozen=True)
class SharedActivity:
    """An activity that is the same in both states compared, known only by what the report needs."""

    uuid: str
    reference: str
    name: str
    uses: frozenset[str]  # catalogue UUIDs it refers to (at least the changed ones)


@dataclass(frozen=True)
class Side:
    """One of the two states compared: a frozen version or the current register."""

    label: str  # the version's name, or "Current register" in the report's language
    fingerprint: str
    activities: int
    version: str | None = None  # UUID of the version; None for the current register
    date: datetime | None = None  # when it was frozen (or when the comparison was made)
    frozen_by: str = ""
    approved_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class ChangeReport:
    language: str
    old: Side
    new: Side
    organisation: tuple[FieldChange, ...] = ()
    catalogue: tuple[ItemChange, ...] = ()
    activities: tuple[ActivityChange, ...] = ()
    acknowledgements: tuple[ItemChange, ...] = ()
    unchanged: int = 0  # activities in both states with nothing to report
    made_at: datetime | None = None
    organisation_name: str = ""  # the organisation's legal name in the later state

    def of(self, status: Status) -> tuple[ActivityChange, ...]:
        return tuple(a for a in self.activities if a.status == status)

    @property
    def added(self) -> tuple[ActivityChange, ...]:
        return self.of("added")

    @property
    def removed(self) -> tuple[ActivityChange, ...]:
        return self.of("removed")

    @property
    def changed(self) -> tuple[ActivityChange, ...]:
        return self.of("changed")

    @property
    def is_empty(self) -> bool:
        return not (self.organisation or self.catalogue or self.activities or self.acknowledgements)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (``ropa diff --format json``)."""

        def plain(value: Any) -> Any:
            if isinstance(value, datetime):
                return value.isoformat(timespec="seconds")
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [plain(v) for v in value]
            return value

        data: dict[str, Any] = plain(dataclasses.asdict(self))
        data["summary"] = {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
            "unchanged": self.unchanged,
            "catalogue_items": len(self.catalogue),
            "organisation_fields": len(self.organisation),
            "acknowledgements": len(self.acknowledgements),
        }
        return data


# --- rendering values ---------------------------------------------------------------------------


_HINTS: dict[type, dict[str, Any]] = {}


def hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


def _strip_optional(tp: Any) -> Any:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if (isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union) and len(args) == 1:
        return args[0]
    return tp


def _is_dataclass_type(tp: Any) -> bool:
    return isinstance(tp, type) and dataclasses.is_dataclass(tp)


@functools.lru_cache(maxsize=65536)
def natural_key(text: str) -> tuple[Any, ...]:
    """Sort "PA-2" before "PA-10"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold()) for p in re.split(r"(\d+)", text))


class Labels:
    """The report's words in one language (resources/i18n/<lang>/versions.toml)."""

    def __init__(self, t: Translator) -> None:
        self.t = t
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, key: str, **values: Any) -> str:
        return self.t(f"versions.{key}", **values)

    def field(self, cls: type, name: str) -> str:
        key = (cls.__name__, name)
        if key not in self._cache:
            try:
                text = self.t(f"versions.field.{cls.__name__}.{name}")
            except KeyError:
                try:
                    text = self.t(f"versions.field.{name}")
                except KeyError:
                    text = name.replace("_", " ").capitalize()
            self._cache[key] = text
        return self._cache[key]

    def kind(self, name: str) -> str:
        """Singular label of a catalogue item or an activity part (``versions.kind.Recipient``...)."""
        try:
            return self.t(f"versions.kind.{name}")
        except KeyError:
            return name


class Renderer:
    """Display text for values of one snapshot (catalogue references resolve in that snapshot)."""

    def __init__(self, register: Register, labels: Labels) -> None:
        self.labels = labels
        self.t = labels.t
        self.names: dict[str, str] = {u: getattr(i, "name", u) for u, i in register.index().items()}
        self.activity_names = {a.uuid: f"{a.reference} {a.name}" for a in register.activities}
        self._countries: dict[str, str] = {}

    def name(self, uuid: str | None) -> str:
        if not uuid:
            return ""
        return self.names.get(uuid) or self.activity_names.get(uuid) or uuid

    def country(self, code: str) -> str:
        if code not in self._countries:
            self._countries[code] = self.t.country(code)
        return self._countries[code]

    def language(self, code: str) -> str:
        from babel import Locale, UnknownLocaleError

        try:
            return str(Locale.parse(code).get_display_name(self.t.language))
        except (ValueError, UnknownLocaleError):
            return code

    def scalar(self, owner: type, name: str, tp: Any, value: Any, meta: Any) -> str:
        if value is None or value == "":
            return ""
        if "ref" in meta:
            if isinstance(value, tuple):
                return "; ".join(self.name(v) for v in value)
            return self.name(value)
        if isinstance(value, bool):
            return self.labels("value.yes") if value else self.labels("value.no")
        if isinstance(value, StrEnum):
            return self.t.enum(value)
        if isinstance(value, datetime):
            return self.t.date(value, "medium")
        if isinstance(value, date):
            return self.t.date(value)
        if isinstance(value, int):
            return self.t.number(value)
        if isinstance(value, tuple):
            return "; ".join(self.scalar(owner, name, None, v, {}) for v in value)
        if isinstance(value, str):
            if name in COUNTRY_FIELDS:
                return self.country(value)
            if owner is Organisation and name == "language":
                return self.language(value)
            if owner is Acknowledgement and name == "target":
                return self.name(value)
            return value
        return str(value)  # pragma: no cover - a value type the model does not use

    def summary(self, obj: Any) -> str:
        """The non-empty fields of an object on one line: for parts that were added or removed.

        The field that names the part comes first, without its label ("Payroll; Legal basis: ...").
        """
        title_fields = _TITLE_FIELDS.get(type(obj), ())
        title = self.title(obj, clip=False) if title_fields else ""
        parts = [title] if title else []
        skip = {self.labels.field(type(obj), title_fields[0])} if title and title_fields else set()
        for label, text in self.pairs(type(obj), obj):
            if label in skip and text == title:
                continue
            parts.append(self.labels("text.pair", label=label, value=text))
        return "; ".join(parts)

    def pairs(self, cls: type, obj: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
        for f in dataclasses.fields(cls):
            if f.name in BOOKKEEPING:
                continue
            tp = _strip_optional(hints(cls)[f.name])
            value = getattr(obj, f.name)
            label = f"{prefix}{self.labels.field(cls, f.name)}"
            if _is_dataclass_type(tp):
                yield from self.pairs(tp, value, prefix if tp in SELF_LABELLED else f"{label}: ")
            elif typing.get_origin(tp) is tuple and _is_dataclass_type(typing.get_args(tp)[0]):
                for child in value:
                    yield label, self.summary(child)
            else:
                text = self.scalar(cls, f.name, tp, value, f.metadata)
                if text and value is not False:
                    yield label, text

    def title(self, child: Any, clip: bool = True) -> str:
        for name in _TITLE_FIELDS.get(type(child), ()):
            value = getattr(child, name)
            if isinstance(value, model.Contact):
                value = value.name or value.organisation
            meta = {f.name: f.metadata for f in dataclasses.fields(child)}[name]
            text = self.scalar(type(child), name, None, value, meta)
            if text:
                return text if not clip or len(text) <= 60 else text[:57] + "…"
        return ""


# --- comparing ----------------------------------------------------------------------------------


_ABSENT = object()


class _Differ:
    def __init__(self, old: Register, new: Register, labels: Labels) -> None:
        self.labels = labels
        self.old = Renderer(old, labels)
        self.new = Renderer(new, labels)

    def compare(
        self, cls: type, before: Any, after: Any, path: str = "", label: str = "", whole: bool = False
    ) -> list[FieldChange]:
        """Field changes between two objects of ``cls`` (either may be ``_ABSENT``)."""
        out: list[FieldChange] = []
        for f in dataclasses.fields(cls):
            if f.name in BOOKKEEPING:
                continue
            b = _ABSENT if before is _ABSENT else getattr(before, f.name)
            a = _ABSENT if after is _ABSENT else getattr(after, f.name)
            if b is not _ABSENT and a is not _ABSENT and b == a:
                continue
            if (b is _ABSENT and a is False) or (a is _ABSENT and b is False):
                continue  # a new or removed object: "no" for every flag it does not set is noise
            tp = _strip_optional(hints(cls)[f.name])
            f_path = f"{path}{f.name}"
            f_label = f"{label}{self.labels.field(cls, f.name)}"
            if _is_dataclass_type(tp):
                prefix = label if tp in SELF_LABELLED else f"{f_label}: "
                out += self.compare(tp, b, a, f"{f_path}.", prefix, whole)
            elif typing.get_origin(tp) is tuple and _is_dataclass_type(typing.get_args(tp)[0]):
                out += self.children(typing.get_args(tp)[0], b, a, f_path, label, f_label, whole)
            else:
                b_text = "" if b is _ABSENT else self.old.scalar(cls, f.name, tp, b, f.metadata)
                a_text = "" if a is _ABSENT else self.new.scalar(cls, f.name, tp, a, f.metadata)
                if b_text != a_text or (b is not _ABSENT and a is not _ABSENT):
                    if b_text == a_text:  # same words, different codes (e.g. two items with one name)
                        b_text, a_text = _disambiguate(b, a, b_text, a_text)
                    out.append(FieldChange(f_path, f_label, b_text, a_text))
        return out

    def children(
        self, cls: type, before: Any, after: Any, path: str, label: str, list_label: str, whole: bool
    ) -> list[FieldChange]:
        key = _CHILD_KEYS.get(cls, "uuid")
        old_items = {} if before is _ABSENT else {getattr(c, key): c for c in before}
        new_items = {} if after is _ABSENT else {getattr(c, key): c for c in after}
        kind = self.labels.kind(cls.__name__)
        out: list[FieldChange] = []
        for k, child in new_items.items():
            if k not in old_items:
                text = kind if whole or before is _ABSENT else self.labels("change.part_added", kind=kind)
                out.append(FieldChange(f"{path}[{k}]", f"{label}{text}", "", self.new.summary(child)))
        for k, child in old_items.items():
            if k not in new_items:
                text = kind if whole or after is _ABSENT else self.labels("change.part_removed", kind=kind)
                out.append(FieldChange(f"{path}[{k}]", f"{label}{text}", self.old.summary(child), ""))
        for k, old_child in old_items.items():
            new_child = new_items.get(k)
            if new_child is None or new_child == old_child:
                continue
            title = self.new.title(new_child) or self.old.title(old_child)
            prefix = self.labels("change.part_field", kind=kind, title=title, field="")
            out += self.compare(cls, old_child, new_child, f"{path}[{k}].", f"{label}{prefix}", whole)
        if not out and before is not _ABSENT and after is not _ABSENT and tuple(before) != tuple(after):
            out.append(
                FieldChange(
                    f"{path}.order",
                    self.labels("change.order", field=list_label),
                    "; ".join(self.old.title(c) for c in before),
                    "; ".join(self.new.title(c) for c in after),
                )
            )
        return out


def _disambiguate(before: Any, after: Any, b_text: str, a_text: str) -> tuple[str, str]:
    if isinstance(before, tuple) and isinstance(after, tuple) and sorted(before) == sorted(after):
        return b_text, a_text  # same items in another order: the texts differ already, or it is only order
    return f"{b_text} [{_short(before)}]", f"{a_text} [{_short(after)}]"


def _short(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(str(v)[:8] for v in value)
    return str(value)[:8]


def references(obj: Any) -> set[str]:
    """Every catalogue UUID an activity (or any part of it) points to, found through field metadata."""
    out: set[str] = set()
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if "ref" in f.metadata:
            if isinstance(value, tuple):
                out.update(value)
            elif value:
                out.add(value)
        elif isinstance(value, tuple):
            for child in value:
                if dataclasses.is_dataclass(child):
                    out |= references(child)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            out |= references(value)
    return out


def _ack_key(ack: Acknowledgement) -> tuple[str, str]:
    return (ack.rule_id, ack.target)


def diff(
    old: Register,
    new: Register,
    language: str = "en",
    *,
    old_side: Side | None = None,
    new_side: Side | None = None,
    made_at: datetime | None = None,
    shared: Iterable[SharedActivity] = (),
) -> ChangeReport:
    """What changed from ``old`` to ``new``: activities, catalogue items, organisation, acknowledgements.

    ``shared`` lists activities identical in both states that the caller left out of ``old`` and
    ``new`` (to save decoding them) but that use catalogue items: they get the catalogue changes.
    """
    labels = Labels(Translator(language))
    differ = _Differ(old, new, labels)

    organisation = differ.compare(Organisation, old.organisation, new.organisation)

    catalogue: list[ItemChange] = []
    by_item: dict[str, ItemChange] = {}
    for name in CATALOGUES:
        cls = CATALOGUES[name]
        kind_label = labels.kind(KINDS[name])
        before = {i.uuid: i for i in old.catalogue(name)}
        after = {i.uuid: i for i in new.catalogue(name)}
        for uuid in sorted(before.keys() | after.keys(), key=lambda u: _item_sort(before, after, u)):
            b, a = before.get(uuid), after.get(uuid)
            if b == a:
                continue
            item_status: Status = "added" if b is None else "removed" if a is None else "changed"
            fields = differ.compare(cls, _ABSENT if b is None else b, _ABSENT if a is None else a)
            display = (a or b).name  # type: ignore[union-attr]
            change = ItemChange(name, kind_label, uuid, display, item_status, tuple(fields))
            catalogue.append(change)
            if item_status == "changed":
                by_item[uuid] = change

    old_acts = {a.uuid: a for a in old.activities}
    new_acts = {a.uuid: a for a in new.activities}
    users: dict[str, list[str]] = {u: [] for u in by_item}

    def via(uuid: str, reference: str, used: set[str]) -> list[FieldChange]:
        out: list[FieldChange] = []
        for item_uuid in sorted(used, key=lambda u: (by_item[u].kind, by_item[u].name.casefold())):
            item = by_item[item_uuid]
            users[item_uuid].append(reference)
            for f in item.fields:
                label = labels("change.part_field", kind=item.kind_label, title=item.name, field=f.label)
                out.append(FieldChange(f"{item.kind}:{item_uuid}.{f.path}", label, f.before, f.after, item_uuid))
        return out

    activities: list[ActivityChange] = []
    unchanged = 0
    for uuid in new_acts.keys() | old_acts.keys():
        b_act, a_act = old_acts.get(uuid), new_acts.get(uuid)
        if b_act is None or a_act is None:
            shown = a_act or b_act
            assert shown is not None
            status: Status = "added" if b_act is None else "removed"
            fields = differ.compare(
                Activity, _ABSENT if b_act is None else b_act, _ABSENT if a_act is None else a_act, whole=True
            )
            activities.append(ActivityChange(uuid, shown.reference, shown.name, status, tuple(fields)))
            continue
        own = differ.compare(Activity, b_act, a_act) if b_act != a_act else []
        extra = via(uuid, a_act.reference, references(a_act) & by_item.keys()) if by_item else []
        if own or extra:
            activities.append(ActivityChange(uuid, a_act.reference, a_act.name, "changed", tuple(own + extra)))
        else:
            unchanged += 1
    for stub in shared:
        if stub.uuid in new_acts or stub.uuid in old_acts:
            continue
        extra = via(stub.uuid, stub.reference, set(stub.uses) & by_item.keys())
        if extra:
            activities.append(ActivityChange(stub.uuid, stub.reference, stub.name, "changed", tuple(extra)))
    order = {"added": 0, "changed": 1, "removed": 2}
    activities.sort(key=lambda c: (order[c.status], natural_key(c.reference), c.uuid))
    catalogue = [
        dataclasses.replace(c, used_by=tuple(sorted(users[c.uuid], key=natural_key))) if c.uuid in users else c
        for c in catalogue
    ]

    acks: list[ItemChange] = []
    ack_label = labels.kind("Acknowledgement")
    old_acks = {_ack_key(a): a for a in old.acknowledgements}
    new_acks = {_ack_key(a): a for a in new.acknowledgements}
    for key in sorted(old_acks.keys() | new_acks.keys()):
        b_ack, a_ack = old_acks.get(key), new_acks.get(key)
        if b_ack is not None and a_ack is not None and dataclasses.replace(b_ack, uuid=a_ack.uuid) == a_ack:
            continue
        ack_status: Status = "added" if b_ack is None else "removed" if a_ack is None else "changed"
        fields = differ.compare(Acknowledgement, _ABSENT if b_ack is None else b_ack, _ABSENT if a_ack is None else a_ack)
        target = differ.new.name(key[1]) if a_ack else differ.old.name(key[1])
        shown_ack = a_ack or b_ack
        assert shown_ack is not None
        acks.append(ItemChange("acknowledgements", ack_label, shown_ack.uuid, f"{key[0]} · {target}", ack_status, tuple(fields)))

    return ChangeReport(
        language=language,
        old=old_side or _side(old, labels("side.before")),
        new=new_side or _side(new, labels("side.after")),
        organisation=tuple(organisation),
        catalogue=tuple(catalogue),
        activities=tuple(activities),
        acknowledgements=tuple(acks),
        unchanged=unchanged,
        made_at=made_at,
        organisation_name=new.organisation.legal_name,
    )


def _item_sort(before: dict[str, Any], after: dict[str, Any], uuid: str) -> tuple[str, str]:
    item = after.get(uuid) or before[uuid]
    return (item.name.casefold(), uuid)


def _side(register: Register, label: str) -> Side:
    from ropa.fingerprint import fingerprint

    return Side(label=label, fingerprint=fingerprint(register), activities=len(register.activities))


# --- plain text ----------------------------------------------------------------------------------


DASH = "—"


def _value(text: str) -> str:
    return text if text else DASH


def change_lines(change: FieldChange, labels: Labels) -> str:
    before, after = _value(change.before), _value(change.after)
    if "\n" in before or "\n" in after or len(before) + len(after) > 100:
        indent = "      "
        head = labels("text.pair", label=change.label, value="").rstrip()
        return (
            f"{head}\n{indent}- {before.replace(chr(10), chr(10) + indent + '  ')}\n"
            f"{indent}+ {after.replace(chr(10), chr(10) + indent + '  ')}"
        )
    return labels("text.pair", label=change.label, value=f"{before} → {after}")


def side_line(labels: Labels, side: Side, t: Translator) -> str:
    when = f"{t.date(side.date, 'medium')} UTC" if side.date else ""
    text = " · ".join(p for p in (side.label, when) if p)
    return f"{text}\n    {labels('text.pair', label=labels('cover.fingerprint'), value=side.fingerprint)}"


def report_text(report: ChangeReport) -> str:
    """The report as plain text (``ropa diff --format text``), in the report's language."""
    t = Translator(report.language)
    labels = Labels(t)

    def pair(label: str, value: str) -> str:
        return labels("text.pair", label=label, value=value)

    def status(value: str) -> str:
        return f"[{labels('status.' + value)}]"

    out: list[str] = [labels("doc.title"), ""]
    out.append(pair(labels("cover.from"), side_line(labels, report.old, t)))
    out.append(pair(labels("cover.to"), side_line(labels, report.new, t)))
    out.append("")
    out.append(labels("summary.line", **summary_counts(report)))
    if report.is_empty:
        out += ["", labels("doc.no_changes")]
        return "\n".join(out) + "\n"
    if report.organisation:
        out += ["", labels("section.organisation")]
        out += [f"  {change_lines(f, labels)}" for f in report.organisation]
    if report.catalogue:
        out += ["", labels("section.catalogue")]
        for item in report.catalogue:
            out.append(f"  {status(item.status)} {labels('text.item', kind=item.kind_label, name=item.name)}")
            out += [f"    {change_lines(f, labels)}" for f in item.fields if item.status == "changed"]
            if item.used_by:
                out.append(f"    {labels('change.used_by', activities=', '.join(item.used_by))}")
    if report.activities:
        out += ["", labels("section.activities")]
        for act in report.activities:
            out.append(f"  {status(act.status)} {act.reference} {act.name}")
            out += [f"    {change_lines(f, labels)}" for f in act.fields]
    if report.acknowledgements:
        out += ["", labels("section.acknowledgements")]
        for ack in report.acknowledgements:
            out.append(f"  {status(ack.status)} {ack.name}")
            out += [f"    {change_lines(f, labels)}" for f in ack.fields if ack.status == "changed"]
    return "\n".join(out) + "\n"


def summary_counts(report: ChangeReport) -> dict[str, int]:
    return {
        "added": len(report.added),
        "removed": len(report.removed),
        "changed": len(report.changed),
        "unchanged": report.unchanged,
        "items": len(report.catalogue),
    }


Row = tuple[str, str, str, str, str, str, str, str]


def iter_rows(report: ChangeReport) -> Iterator[Row]:
    """One row per changed field: (section, reference or kind, name, change, field, before, after, via).

    ``via`` names the catalogue item a change comes through ("" for the activity's own fields). The
    Excel report uses these rows, so every tabular form of the report lists the same changes.
    """
    labels = Labels(Translator(report.language))
    org, acts = labels("section.organisation"), labels("section.activities")
    for f in report.organisation:
        yield (org, "", "", labels("status.changed"), f.label, f.before, f.after, "")
    names = {c.uuid: labels("text.item", kind=c.kind_label, name=c.name) for c in report.catalogue}
    for act in report.activities:
        status = labels("status." + act.status)
        if not act.fields:
            yield (acts, act.reference, act.name, status, "", "", "", "")
        for f in act.fields:
            via = names.get(f.item, "") if f.item else ""
            yield (acts, act.reference, act.name, status, f.label, f.before, f.after, via)
    for section, items in (
        (labels("section.catalogue"), report.catalogue),
        (labels("section.acknowledgements"), report.acknowledgements),
    ):
        for item in items:
            status = labels("status." + item.status)
            if not item.fields:
                yield (section, item.kind_label, item.name, status, "", "", "", "")
            for f in item.fields:
                yield (section, item.kind_label, item.name, status, f.label, f.before, f.after, "")


__all__ = [
    "ActivityChange",
    "ChangeReport",
    "FieldChange",
    "ItemChange",
    "Labels",
    "Side",
    "diff",
    "iter_rows",
    "references",
    "report_text",
]
