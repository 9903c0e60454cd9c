"""The tabular view of a register: translated headers and rows of display text for every sheet.

The Excel and CSV exporters both render these tables, so their columns are the same by
construction; the PDF uses the same :class:`Formatter` for the values it prints. Everything shown
is display text: catalogue UUIDs resolved to names (through one :class:`RegisterIndex`), reference
values translated, countries named by pycountry and dates written by babel in the export language.
What the user typed is left as typed. Rows are produced lazily, sheet by sheet, so a large
register is never held twice in memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any

from ropa.domain.enums import RetentionKind, Role
from ropa.domain.model import (
    Activity,
    Contact,
    DataCategory,
    Organisation,
    ProcessedData,
    Purpose,
    Recipient,
    Register,
    RegisterIndex,
    RetentionRule,
    Transfer,
)
from ropa.i18n import Translator
from ropa.reference import is_eea

Row = list[str]

#: Lines of a multi-valued cell are separated by a newline: one item per line.
LINE = "\n"


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort "PA-2" before "PA-10"."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text))


def ordered(activities: Iterable[Activity]) -> list[Activity]:
    return sorted(activities, key=lambda a: (natural_key(a.reference), a.uuid))


def controller_part(register: Register) -> list[Activity]:
    return ordered(a for a in register.activities if a.role is not Role.PROCESSOR)


def processor_part(register: Register) -> list[Activity]:
    return ordered(a for a in register.activities if a.role is Role.PROCESSOR)


def last_change(register: Register) -> datetime | None:
    stamps = [a.updated_at or a.created_at for a in register.activities]
    known = [s for s in stamps if s is not None]
    return max(known) if known else None


class Formatter:
    """Display text for the values of one register in one language (shared by every format)."""

    def __init__(self, register: Register, translator: Translator) -> None:
        self.register = register
        self.t = translator
        self.index = RegisterIndex(register)
        self._countries: dict[str, str] = {}
        self._enums: dict[StrEnum, str] = {}
        self._dates: dict[date, str] = {}
        self._periods: dict[tuple[int, StrEnum], str] = {}

    # --- basic values -------------------------------------------------------------------------

    def label(self, key: str, **values: Any) -> str:
        return self.t(f"export.{key}", **values)

    @cached_property
    def not_documented(self) -> str:
        return self.label("doc.not_documented")

    def enum(self, value: StrEnum | None) -> str:
        if value is None:
            return ""
        text = self._enums.get(value)
        if text is None:
            text = self._enums[value] = self.t.enum(value)
        return text

    def country(self, code: str) -> str:
        if not code:
            return ""
        name = self._countries.get(code)
        if name is None:
            name = self._countries[code] = self.t.country(code)
        return name

    def date(self, value: date | datetime | None) -> str:
        """A date in the export language (babel); a timestamp shows its day only."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = self.t.date(value)
        return text

    def timestamp(self, value: datetime) -> str:
        """Day and time to the minute, in the language's own order (babel)."""
        from babel.dates import format_time, get_datetime_format

        day = self.t.date(value.date())
        time = format_time(value, "short", locale=self.t.language)
        pattern = str(get_datetime_format("medium", locale=self.t.language))
        return pattern.replace("{1}", day).replace("{0}", time)

    def pair(self, label: str, value: str) -> str:
        """"label: value" with the language's punctuation (French puts a space before the colon)."""
        return self.label("value.pair", label=label, value=value)

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.label("doc.yes") if value else self.label("doc.no")

    @cached_property
    def _plural(self) -> Any:
        from babel import Locale

        return Locale.parse(self.t.language).plural_form

    def period(self, count: int, unit: StrEnum) -> str:
        """"5 years": the plural form chosen by the language's CLDR rules, the words from export.toml."""
        text = self._periods.get((count, unit))
        if text is None:
            key = f"export.unit.{unit.value}.{self._plural(count)}"
            if not self.t.has(key):
                key = f"export.unit.{unit.value}.other"
            text = self._periods[(count, unit)] = self.t(key, count=self.t.number(count))
        return text

    def contact(self, contact: Contact) -> str:
        """Name and contact details on one line: the form Art. 30(1)(a) asks for."""
        place = " ".join(p for p in (contact.postal_code, contact.city) if p)
        parts = (
            contact.name,
            contact.organisation if contact.organisation != contact.name else "",
            contact.address,
            place,
            self.country(contact.country),
            contact.email,
            contact.phone,
        )
        return ", ".join(p for p in parts if p)

    def organisation_contact(self, org: Organisation) -> str:
        place = " ".join(p for p in (org.postal_code, org.city) if p)
        parts = (org.legal_name, org.address, place, self.country(org.country), org.email, org.phone)
        return ", ".join(p for p in parts if p)

    # --- parts of an activity -----------------------------------------------------------------

    def numbered(self, lines: Sequence[str]) -> list[str]:
        """Number the lines when there are several, so parallel columns (purpose, basis) line up by number."""
        if len(lines) < 2:
            return list(lines)
        return [f"{n}. {text}" for n, text in enumerate(lines, 1) if text]

    def purpose(self, p: Purpose) -> str:
        return p.description

    def legal_basis(self, p: Purpose) -> str:
        return self.enum(p.legal_basis) if p.legal_basis else self.not_documented

    def legal_basis_detail(self, p: Purpose) -> str:
        return "; ".join(x for x in (p.legal_basis_reference, p.legitimate_interest) if x)

    def names(self, catalogue: str, uuids: Sequence[str]) -> list[str]:
        return self.index.names(catalogue, tuple(uuids))

    def data_category(self, item: ProcessedData) -> str:
        category = self.index.data_categories.get(item.category)
        if category is None:
            return ""
        return self.category_text(category)

    def category_text(self, category: DataCategory) -> str:
        notes = []
        if category.special_category is not None:
            notes.append(self.label("value.special_category", category=self.enum(category.special_category)))
        if category.criminal:
            notes.append(self.label("value.criminal"))
        return f"{category.name} ({'; '.join(notes)})" if notes else category.name

    def condition_text(self, item: ProcessedData) -> str:
        """The Art. 9(2) condition relied on for a sensitive data category ("" for ordinary data)."""
        category = self.index.data_categories.get(item.category)
        if category is None or not (category.sensitive or item.art9_condition):
            return ""
        missing = item.art9_condition is None
        text = self.label("value.condition_missing") if missing else self.enum(item.art9_condition)
        if item.condition_reference:
            text = f"{text} ({item.condition_reference})"
        return text

    def condition(self, item: ProcessedData) -> str:
        """"Category: condition" for the record sheet ("" for ordinary data)."""
        text = self.condition_text(item)
        category = self.index.data_categories.get(item.category)
        return self.pair(category.name, text) if text and category else ""

    def source(self, kind: StrEnum, description: str) -> str:
        label = self.enum(kind)
        return self.pair(label, description) if description else label

    def recipient(self, recipient: Recipient) -> str:
        kind = self.enum(recipient.kind)
        if recipient.country:
            return self.label("value.recipient", name=recipient.name, kind=kind, country=self.country(recipient.country))
        return self.label("value.recipient_no_country", name=recipient.name, kind=kind)

    def recipient_uuid(self, uuid: str) -> str:
        recipient = self.index.recipients.get(uuid)
        return self.recipient(recipient) if recipient else ""

    def destination(self, t: Transfer) -> str:
        parts = [self.country(t.country), t.international_organisation]
        return ", ".join(p for p in parts if p) or self.not_documented

    def mechanism(self, t: Transfer) -> str:
        if t.mechanism is None:
            return self.label("value.mechanism_missing")
        parts = [self.enum(t.mechanism)]
        if t.scc_module:
            parts.append(self.enum(t.scc_module))
        if t.derogation:
            parts.append(self.enum(t.derogation))
        return " — ".join(parts)

    def recipient_name(self, uuid: str | None) -> str:
        if uuid is None:
            return ""
        recipient = self.index.recipients.get(uuid)
        return recipient.name if recipient else ""

    def transfer(self, t: Transfer) -> str:
        recipient = self.recipient_name(t.recipient)
        values = {"destination": self.destination(t), "mechanism": self.mechanism(t)}
        if recipient:
            text = self.label("value.transfer", recipient=recipient, **values)
        else:
            text = self.label("value.transfer_no_recipient", **values)
        if t.repetitive:
            text = f"{text} ({self.label('value.repetitive')})"
        return text

    def safeguards(self, t: Transfer) -> str:
        """The documentation of a transfer: safeguards text, documents, transfer impact assessment."""
        parts = [t.safeguards, t.documentation_reference]
        if t.tia_reference and t.tia_date:
            parts.append(self.label("value.tia_dated", reference=t.tia_reference, date=self.date(t.tia_date)))
        elif t.tia_reference:
            parts.append(self.label("value.tia", reference=t.tia_reference))
        text = "; ".join(p for p in parts if p)
        return text

    def safeguards_line(self, t: Transfer) -> str:
        text = self.safeguards(t)
        return self.pair(self.destination(t), text or self.not_documented)

    def time_limit(self, r: RetentionRule) -> str:
        """The period in words: "5 years from end of employment", "until withdrawal of consent", criteria."""
        parts = []
        trigger_used = False
        if r.kind is RetentionKind.DURATION and r.duration_value is not None and r.duration_unit is not None:
            period = self.period(r.duration_value, r.duration_unit)
            parts.append(self.label("value.duration", period=period, trigger=r.trigger) if r.trigger else period)
            trigger_used = True
        elif r.kind is RetentionKind.UNTIL_EVENT and r.trigger:
            parts.append(self.label("value.until_event", trigger=r.trigger))
            trigger_used = True
        if r.criteria:
            parts.append(self.label("value.criteria", criteria=r.criteria))
        if r.trigger and not trigger_used:
            parts.append(self.label("value.until_event", trigger=r.trigger))
        return "; ".join(parts) or self.not_documented

    def retention_period(self, r: RetentionRule) -> str:
        """The time limit of one rule, what happens at its end, and the law it rests on."""
        text = self.time_limit(r)
        if r.end_action:
            text = f"{text}; {self.label('value.end_action', action=self.enum(r.end_action))}"
        if r.legal_reference:
            text = f"{text} ({self.label('value.legal_reference', reference=r.legal_reference)})"
        return text

    def retention(self, r: RetentionRule) -> str:
        """One rule on one line: the data categories it covers, then its period."""
        text = self.retention_period(r)
        categories = ", ".join(self.names("data_categories", r.data_categories))
        return self.pair(categories, text) if categories else text

    def security(self, uuid: str) -> str:
        measure = self.index.security_measures.get(uuid)
        if measure is None:
            return ""
        return f"{measure.name} ({self.enum(measure.kind)})"

    def system(self, uuid: str) -> str:
        system = self.index.systems.get(uuid)
        if system is None:
            return ""
        details = ", ".join(p for p in (system.vendor, self.country(system.hosting_country)) if p)
        return self.label("value.system", name=system.name, details=details) if details else system.name

    def joint_controller(self, uuid: str) -> str:
        party = self.index.joint_controllers.get(uuid)
        if party is None:
            return ""
        contact = self.contact(party.contact)
        if not contact:
            text = party.name
        elif party.contact.name == party.name:
            text = contact
        else:
            text = f"{party.name}, {contact}"
        arrangement = "; ".join(p for p in (party.arrangement, party.arrangement_reference) if p)
        if arrangement:
            text = f"{text} — {self.label('value.arrangement', text=arrangement)}"
        return text

    def dpia(self, a: Activity) -> list[str]:
        d = a.dpia
        lines = []
        if d.required is not None:
            lines.append(self.label("value.dpia_required", value=self.yes_no(d.required)))
        if d.status is not None:
            lines.append(self.label("value.dpia_status", value=self.enum(d.status)))
        if d.reference:
            lines.append(self.label("value.dpia_reference", value=d.reference))
        if d.completed_on:
            lines.append(self.label("value.dpia_completed", date=self.date(d.completed_on)))
        if d.criteria:
            criteria = "; ".join(self.enum(c) for c in d.criteria)
            lines.append(self.label("value.dpia_criteria", value=criteria))
        return lines

    def dpia_reference(self, a: Activity) -> str:
        parts = [a.dpia.reference]
        if a.dpia.completed_on:
            parts.append(self.label("value.dpia_completed", date=self.date(a.dpia.completed_on)))
        return "; ".join(p for p in parts if p)

    def automated(self, a: Activity) -> list[str]:
        ad = a.automated_decision
        lines = [self.label("value.automated_exists", value=self.yes_no(ad.exists))]
        if ad.exists or ad.profiling:
            lines.append(self.label("value.profiling", value=self.yes_no(ad.profiling)))
        if ad.exists:
            lines.append(self.label("value.legal_effect", value=self.yes_no(ad.legal_effect)))
        if ad.logic:
            lines.append(self.label("value.logic", value=ad.logic))
        return lines

    def served_controllers(self, a: Activity) -> list[str]:
        return [self.contact(s.contact) or self.not_documented for s in a.served_controllers]

    def served_representatives(self, a: Activity) -> list[str]:
        return [
            self.pair(s.contact.name, self.contact(s.representative))
            for s in a.served_controllers
            if not s.representative.is_empty()
        ]

    def served_dpos(self, a: Activity) -> list[str]:
        return [self.pair(s.contact.name, self.contact(s.dpo)) for s in a.served_controllers if not s.dpo.is_empty()]

    def processing_categories(self, a: Activity) -> list[str]:
        return [
            self.label(
                "value.processing_categories",
                controller=s.contact.name or s.contact.organisation,
                categories=s.processing_categories or self.not_documented,
            )
            for s in a.served_controllers
        ]


# --- sheets --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str  # label under export.column
    width: int  # characters, for spreadsheets


@dataclass(frozen=True)
class Sheet:
    """One table of the export: a title, translated headers, and a way to produce its rows."""

    key: str
    title: str
    columns: tuple[Column, ...]
    headers: tuple[str, ...]
    count: int
    produce: Callable[[], Iterator[Row]]

    def rows(self) -> Iterator[Row]:
        return self.produce()

    @property
    def widths(self) -> tuple[int, ...]:
        return tuple(c.width for c in self.columns)


def _cols(*spec: tuple[str, int]) -> tuple[Column, ...]:
    return tuple(Column(key, width) for key, width in spec)


REF, NAME, SHORT, TEXT, LIST, WIDE, DATE = 12, 30, 16, 40, 45, 55, 14

CONTROLLER_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("description", TEXT), ("role", SHORT), ("owner", SHORT),
    ("status", SHORT), ("joint_controllers", WIDE), ("purposes", LIST), ("legal_basis", LIST),
    ("legal_basis_detail", LIST), ("data_subjects", NAME), ("data_categories", LIST), ("art9_condition", LIST),
    ("sources", TEXT), ("recipients", LIST), ("transfers", WIDE), ("safeguards", WIDE), ("retention", WIDE),
    ("security", LIST), ("systems", TEXT), ("dpia_required", SHORT), ("dpia_status", SHORT),
    ("dpia_reference", SHORT + 4), ("dpia_criteria", TEXT), ("automated", TEXT), ("last_reviewed", DATE),
    ("next_review", DATE), ("created", DATE + 6), ("updated", DATE + 6), ("notes", TEXT),
)

PROCESSOR_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("description", TEXT), ("owner", SHORT), ("status", SHORT),
    ("served_controllers", WIDE), ("served_representatives", TEXT), ("served_dpos", TEXT),
    ("processing_categories", WIDE), ("data_subjects", NAME), ("data_categories", LIST),
    ("processor_recipients", LIST), ("processor_transfers", WIDE), ("processor_safeguards", WIDE),
    ("processor_security", LIST), ("systems", TEXT), ("retention", WIDE), ("last_reviewed", DATE),
    ("next_review", DATE), ("created", DATE + 6), ("updated", DATE + 6), ("notes", TEXT),
)

PURPOSE_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("purpose", WIDE), ("legal_basis", TEXT),
    ("legal_reference", TEXT), ("legitimate_interest", TEXT),
)

RECIPIENT_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("recipient", NAME), ("recipient_type", 22), ("country", 18),
    ("eea", 10), ("contact", NAME), ("contract_reference", NAME), ("contract_date", DATE), ("description", TEXT),
    ("dpf_certified", 14),
)

TRANSFER_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("recipient", NAME), ("country", 18), ("international_organisation", 20),
    ("mechanism", TEXT), ("scc_module", NAME), ("derogation", NAME), ("repetitive", 11), ("safeguards", TEXT),
    ("documentation", NAME), ("tia_reference", SHORT + 4), ("tia_date", DATE),
)

RETENTION_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("data_categories", TEXT), ("retention_kind", SHORT + 2),
    ("time_limit", NAME), ("trigger", NAME), ("criteria", TEXT), ("legal_reference", TEXT), ("end_action", SHORT),
)

SECURITY_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("measure", NAME), ("measure_kind", SHORT), ("description", WIDE),
)

DATA_CATEGORY_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("data_category", NAME), ("description", TEXT),
    ("special_category", NAME), ("criminal", 14), ("art9_condition", TEXT), ("condition_reference", NAME),
)

DATA_SUBJECT_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("data_subject_category", NAME), ("description", TEXT), ("vulnerable", 14),
)

FINDING_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("severity", SHORT), ("article", SHORT), ("rule", 26),
    ("finding", WIDE), ("acknowledgement", TEXT),
)


def _join(lines: Iterable[str]) -> str:
    return LINE.join(line for line in lines if line)


class TabularView:
    """Every sheet of the Excel/CSV export, built from one register snapshot in one language."""

    def __init__(self, register: Register, translator: Translator) -> None:
        self.fmt = Formatter(register, translator)
        self.register = register
        self.controller = controller_part(register)
        self.processor = processor_part(register)
        self.activities = self.controller + self.processor

    def _sheet(self, key: str, columns: tuple[Column, ...], count: int, produce: Callable[[], Iterator[Row]]) -> Sheet:
        headers = tuple(self.fmt.label(f"column.{c.key}") for c in columns)
        return Sheet(key, self.fmt.label(f"sheet.{key}"), columns, headers, count, produce)

    def sheets(self) -> list[Sheet]:
        acts = self.activities
        return [
            self._sheet("controller", CONTROLLER_COLUMNS, len(self.controller), self.controller_rows),
            self._sheet("processor", PROCESSOR_COLUMNS, len(self.processor), self.processor_rows),
            self._sheet("purposes", PURPOSE_COLUMNS, sum(len(a.purposes) for a in acts), self.purpose_rows),
            self._sheet("recipients", RECIPIENT_COLUMNS, sum(len(a.recipients) for a in acts), self.recipient_rows),
            self._sheet("transfers", TRANSFER_COLUMNS, sum(len(a.transfers) for a in acts), self.transfer_rows),
            self._sheet("retention", RETENTION_COLUMNS, sum(len(a.retention) for a in acts), self.retention_rows),
            self._sheet("security", SECURITY_COLUMNS, sum(len(a.security_measures) for a in acts), self.security_rows),
            self._sheet("data_categories", DATA_CATEGORY_COLUMNS, sum(len(a.data) for a in acts), self.data_rows),
            self._sheet("data_subjects", DATA_SUBJECT_COLUMNS, sum(len(a.data_subjects) for a in acts), self.subject_rows),
        ]

    def findings_sheet(self, findings: Sequence[Any]) -> Sheet:
        def produce() -> Iterator[Row]:
            activities = {a.uuid: a for a in self.register.activities}
            for finding in findings:
                activity = activities.get(finding.activity_uuid or "")
                ack = finding.acknowledgement
                yield [
                    activity.reference if activity else "",
                    activity.name if activity else "",
                    self.fmt.label(f"severity.{finding.severity.value}"),
                    finding.article_label(self.fmt.t),
                    finding.rule_id,
                    finding.message(self.fmt.t),
                    ack.justification if ack else "",
                ]

        return self._sheet("findings", FINDING_COLUMNS, len(findings), produce)

    # --- record sheets ------------------------------------------------------------------------

    def _common(self, a: Activity) -> dict[str, str]:
        f = self.fmt
        return {
            "data_subjects": _join(f.names("data_subject_categories", a.data_subjects)),
            "data_categories": _join(f.data_category(d) for d in a.data),
            "systems": _join(f.system(u) for u in a.systems),
            "retention": _join(f.retention(r) for r in a.retention),
            "last_reviewed": f.date(a.last_reviewed),
            "next_review": f.date(a.next_review),
            "created": f.date(a.created_at),
            "updated": f.date(a.updated_at),
        }

    def controller_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.controller:
            common = self._common(a)
            yield [
                a.reference,
                a.name,
                a.description,
                f.enum(a.role),
                a.owner,
                f.enum(a.status),
                _join(f.joint_controller(u) for u in a.joint_controllers),
                _join(f.numbered([f.purpose(p) for p in a.purposes])),
                _join(f.numbered([f.legal_basis(p) for p in a.purposes])),
                _join(f.numbered([f.legal_basis_detail(p) for p in a.purposes])),
                common["data_subjects"],
                common["data_categories"],
                _join(f.condition(d) for d in a.data),
                _join(f.source(s.kind, s.description) for s in a.sources),
                _join(f.recipient_uuid(u) for u in a.recipients),
                _join(f.transfer(t) for t in a.transfers),
                _join(f.safeguards_line(t) for t in a.transfers),
                common["retention"],
                _join(f.security(u) for u in a.security_measures),
                common["systems"],
                f.yes_no(a.dpia.required),
                f.enum(a.dpia.status),
                f.dpia_reference(a),
                _join(f.enum(c) for c in a.dpia.criteria),
                _join(f.automated(a)),
                common["last_reviewed"],
                common["next_review"],
                common["created"],
                common["updated"],
                a.notes,
            ]

    def processor_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.processor:
            common = self._common(a)
            yield [
                a.reference,
                a.name,
                a.description,
                a.owner,
                f.enum(a.status),
                _join(f.served_controllers(a)),
                _join(f.served_representatives(a)),
                _join(f.served_dpos(a)),
                _join(f.processing_categories(a)),
                common["data_subjects"],
                common["data_categories"],
                _join(f.recipient_uuid(u) for u in a.recipients),
                _join(f.transfer(t) for t in a.transfers),
                _join(f.safeguards_line(t) for t in a.transfers),
                _join(f.security(u) for u in a.security_measures),
                common["systems"],
                common["retention"],
                common["last_reviewed"],
                common["next_review"],
                common["created"],
                common["updated"],
                a.notes,
            ]

    # --- detail sheets ------------------------------------------------------------------------

    def purpose_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for p in a.purposes:
                yield [
                    a.reference, a.name, p.description, f.legal_basis(p), p.legal_basis_reference, p.legitimate_interest,
                ]

    def recipient_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for uuid in a.recipients:
                r = f.index.recipients.get(uuid)
                if r is None:
                    continue
                yield [
                    a.reference, a.name, r.name, f.enum(r.kind), f.country(r.country),
                    f.yes_no(is_eea(r.country)) if r.country else "", r.contact, r.contract_reference,
                    f.date(r.contract_date), r.description, f.yes_no(r.dpf_certified) if r.dpf_certified else "",
                ]

    def transfer_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for t in a.transfers:
                yield [
                    a.reference, a.name, f.recipient_name(t.recipient), f.country(t.country),
                    t.international_organisation, f.enum(t.mechanism), f.enum(t.scc_module), f.enum(t.derogation),
                    f.yes_no(t.repetitive) if t.repetitive else "", t.safeguards, t.documentation_reference,
                    t.tia_reference, f.date(t.tia_date),
                ]

    def retention_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for r in a.retention:
                yield [
                    a.reference, a.name, _join(f.names("data_categories", r.data_categories)), f.enum(r.kind),
                    f.time_limit(r), r.trigger, r.criteria, r.legal_reference, f.enum(r.end_action),
                ]

    def security_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for uuid in a.security_measures:
                m = f.index.security_measures.get(uuid)
                if m is not None:
                    yield [a.reference, a.name, m.name, f.enum(m.kind), m.description]

    def data_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for d in a.data:
                c = f.index.data_categories.get(d.category)
                if c is None:
                    continue
                condition = f.enum(d.art9_condition)
                if not condition and c.sensitive:
                    condition = f.not_documented
                yield [
                    a.reference, a.name, c.name, c.description, f.enum(c.special_category),
                    f.yes_no(c.criminal) if c.criminal else "", condition, d.condition_reference,
                ]

    def subject_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for uuid in a.data_subjects:
                s = f.index.data_subject_categories.get(uuid)
                if s is not None:
                    yield [a.reference, a.name, s.name, s.description, f.yes_no(s.vulnerable) if s.vulnerable else ""]


def cover_rows(
    register: Register,
    fmt: Formatter,
    *,
    digest: str,
    exported_at: datetime,
    findings: Sequence[Any] | None = None,
    version_name: str = "",
) -> list[tuple[str, str]]:
    """The cover: who keeps the record, which version, when exported, how many activities, the fingerprint.

    ``version_name`` names the frozen version exported (``ropa export --version``), if any.
    """
    org = register.organisation
    controller = sum(1 for a in register.activities if a.role is not Role.PROCESSOR)
    processor = len(register.activities) - controller
    dpo = fmt.contact(org.dpo)
    if org.dpo_kind is not None:
        dpo = fmt.pair(fmt.enum(org.dpo_kind), dpo) if dpo else fmt.enum(org.dpo_kind)
    rows = [
        (fmt.label("cover.organisation"), fmt.organisation_contact(org)),
        (fmt.label("cover.registration_number"), org.registration_number),
        (fmt.label("cover.website"), org.website),
        (fmt.label("cover.dpo"), dpo),
        (fmt.label("cover.representative"), fmt.contact(org.representative)),
        (fmt.label("cover.register_version"), org.register_version),
        *([(fmt.label("cover.frozen_version"), version_name)] if version_name else []),
        (fmt.label("cover.last_change"), fmt.date(last_change(register))),
        (fmt.label("cover.export_date"), fmt.timestamp(exported_at)),
        (fmt.label("cover.language"), language_name(fmt.t.language)),
        (
            fmt.label("cover.activities"),
            fmt.label("cover.activities_value", total=len(register.activities), controller=controller, processor=processor),
        ),
    ]
    if findings is not None:
        rows.append((fmt.label("cover.findings"), findings_summary(fmt, findings)))
    rows.append((fmt.label("cover.fingerprint"), digest))
    return rows


def language_name(code: str) -> str:
    """The language's own name ("français", "Nederlands"), from CLDR via babel."""
    from babel import Locale

    name: str = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def findings_summary(fmt: Formatter, findings: Sequence[Any]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity.value] = counts.get(finding.severity.value, 0) + 1
    acknowledged = sum(1 for f in findings if f.acknowledgement is not None)
    return fmt.label(
        "cover.findings_value",
        errors=counts["error"], warnings=counts["warning"], info=counts["info"], acknowledged=acknowledged,
    )
