"""The tabular view of a register: translated headers and rows of display text for every sheet.

The Excel and CSV exporters both render these tables, so their columns are the same by
construction; the PDF uses the same :class:`Formatter` for the values it prints. Everything shown
is display text: catalogue UUIDs resolved to names (through one :class:`RegisterIndex`), reference
values translated, countries named by pycountry and dates written by babel in the export language.
What the user typed is left as typed. Rows are produced lazily, sheet by sheet, so a large
register is never held twice in memory.

For the Excel round trip (ropa.imports.own_xlsx reads these same tables back), the record and
detail sheets end with structured columns (one field per cell where a record cell summarises
several) and ``technical`` columns holding the UUIDs, which Excel hides and the CSV files leave
out; ``structured`` sheets (sources, systems, joint and served controllers, the organisation, the
acknowledged findings) are written to Excel only. Catalogue items no activity lists follow the
activities' rows of their sheet, with an empty reference, so the file carries the whole register.
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
    ServedController,
    Transfer,
)
from ropa.i18n import Translator
from ropa.reference import is_eea

Row = list[str]

#: Lines of a multi-valued cell are separated by a newline: one item per line.
LINE = "\n"


_Day = date | datetime


class DateText(str):
    """A date cell: the display text (CSV, PDF) that also carries the date, so Excel writes a real date cell."""

    value: date | datetime

    def __new__(cls, text: str, value: date | datetime) -> DateText:
        self = super().__new__(cls, text)
        self.value = value
        return self


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
        # enum members are Codes: a member never equals one of another list, so one cache serves all
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

    def date_cell(self, value: _Day | None) -> str:
        """A date column's cell: the text of :meth:`date`, carrying the day for Excel's date cells."""
        if value is None:
            return ""
        day = value.date() if isinstance(value, datetime) else value
        return DateText(self.date(day), day)

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
    #: identities (UUIDs) for the Excel round trip: hidden in Excel, left out of the CSV files and the PDF;
    #: always the last columns of a sheet
    technical: bool = False


@dataclass(frozen=True)
class Sheet:
    """One table of the export: a title, translated headers, and a way to produce its rows."""

    key: str
    title: str
    columns: tuple[Column, ...]
    headers: tuple[str, ...]
    count: int
    produce: Callable[[], Iterator[Row]]
    #: a sheet of structured data for the Excel round trip (organisation, sources, systems, joint and
    #: served controllers field by field): written to Excel only, not to the CSV files
    structured: bool = False
    freeze: str = "C2"  # the top-left cell that scrolls: the header row and the reference/name stay

    def rows(self) -> Iterator[Row]:
        return self.produce()

    @property
    def widths(self) -> tuple[int, ...]:
        return tuple(c.width for c in self.columns)

    @property
    def public(self) -> int:
        """How many columns people read: every column but the technical ones at the end."""
        return sum(1 for c in self.columns if not c.technical)


def _cols(*spec: tuple[str, int] | tuple[str, int, bool]) -> tuple[Column, ...]:
    columns = tuple(Column(*s) for s in spec)
    public = [c.technical for c in columns]
    assert public == sorted(public), "technical columns come last"
    return columns


REF, NAME, SHORT, TEXT, LIST, WIDE, DATE = 12, 30, 16, 40, 45, 55, 14
#: a UUID (36 characters), in a hidden column
ID = 38
TECH = True

#: the fields of a Contact, in the order of its columns
CONTACT_FIELDS = ("name", "organisation", "address", "postal_code", "city", "country", "email", "phone")
_CONTACT_WIDTHS = (NAME, NAME, NAME, 12, 18, 18, 28, 18)


def contact_columns(prefix: str) -> tuple[tuple[str, int], ...]:
    """The columns of one contact block (``dpo_name``, ``dpo_organisation``, ...)."""
    return tuple((f"{prefix}_{name}", width) for name, width in zip(CONTACT_FIELDS, _CONTACT_WIDTHS, strict=True))


CONTROLLER_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("description", TEXT), ("role", SHORT), ("owner", SHORT),
    ("status", SHORT), ("joint_controllers", WIDE), ("purposes", LIST), ("legal_basis", LIST),
    ("legal_basis_detail", LIST), ("data_subjects", NAME), ("data_categories", LIST), ("art9_condition", LIST),
    ("sources", TEXT), ("recipients", LIST), ("transfers", WIDE), ("safeguards", WIDE), ("retention", WIDE),
    ("security", LIST), ("systems", TEXT), ("dpia_required", SHORT), ("dpia_status", SHORT),
    ("dpia_reference", SHORT + 4), ("dpia_criteria", TEXT), ("automated", TEXT), ("last_reviewed", DATE),
    ("next_review", DATE), ("created", DATE + 6), ("updated", DATE + 6), ("notes", TEXT),
    # structured columns (added for the Excel round trip), then the identity
    ("dpia_completed", DATE), ("automated_exists", SHORT), ("profiling", SHORT), ("legal_effect", SHORT),
    ("logic", TEXT), ("template", SHORT), ("template_version", SHORT),
    ("uuid", ID, TECH),
)

PROCESSOR_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("description", TEXT), ("owner", SHORT), ("status", SHORT),
    ("served_controllers", WIDE), ("served_representatives", TEXT), ("served_dpos", TEXT),
    ("processing_categories", WIDE), ("data_subjects", NAME), ("data_categories", LIST),
    ("processor_recipients", LIST), ("processor_transfers", WIDE), ("processor_safeguards", WIDE),
    ("processor_security", LIST), ("systems", TEXT), ("retention", WIDE), ("last_reviewed", DATE),
    ("next_review", DATE), ("created", DATE + 6), ("updated", DATE + 6), ("notes", TEXT),
    ("dpia_required", SHORT), ("dpia_status", SHORT), ("dpia_reference", SHORT + 4), ("dpia_completed", DATE),
    ("dpia_criteria", TEXT), ("automated_exists", SHORT), ("profiling", SHORT), ("legal_effect", SHORT),
    ("logic", TEXT), ("template", SHORT), ("template_version", SHORT),
    ("uuid", ID, TECH),
)

PURPOSE_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("purpose", WIDE), ("legal_basis", TEXT),
    ("legal_reference", TEXT), ("legitimate_interest", TEXT),
    ("uuid", ID, TECH),
)

RECIPIENT_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("recipient", NAME), ("recipient_type", 22), ("country", 18),
    ("eea", 10), ("contact", NAME), ("contract_reference", NAME), ("contract_date", DATE), ("description", TEXT),
    ("dpf_certified", 14),
    ("uuid", ID, TECH),
)

TRANSFER_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("recipient", NAME), ("country", 18), ("international_organisation", 20),
    ("mechanism", TEXT), ("scc_module", NAME), ("derogation", NAME), ("repetitive", 11), ("safeguards", TEXT),
    ("documentation", NAME), ("tia_reference", SHORT + 4), ("tia_date", DATE),
    ("uuid", ID, TECH), ("recipient_uuid", ID, TECH),
)

RETENTION_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("data_categories", TEXT), ("retention_kind", SHORT + 2),
    ("time_limit", NAME), ("trigger", NAME), ("criteria", TEXT), ("legal_reference", TEXT), ("end_action", SHORT),
    ("duration_value", 10), ("duration_unit", SHORT),
    ("uuid", ID, TECH), ("category_uuids", ID, TECH),
)

SECURITY_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("measure", NAME), ("measure_kind", SHORT), ("description", WIDE),
    ("uuid", ID, TECH),
)

DATA_CATEGORY_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("data_category", NAME), ("description", TEXT),
    ("special_category", NAME), ("criminal", 14), ("art9_condition", TEXT), ("condition_reference", NAME),
    ("uuid", ID, TECH),
)

DATA_SUBJECT_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("data_subject_category", NAME), ("description", TEXT), ("vulnerable", 14),
    ("uuid", ID, TECH),
)

SOURCE_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("source_kind", NAME), ("description", WIDE),
    ("uuid", ID, TECH),
)

SYSTEM_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("system", NAME), ("vendor", NAME), ("hosting_country", 18),
    ("description", WIDE),
    ("uuid", ID, TECH),
)

JOINT_CONTROLLER_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("joint_controller", NAME), *contact_columns("contact"),
    *contact_columns("dpo"), *contact_columns("representative"), ("arrangement", WIDE), ("arrangement_reference", NAME),
    ("uuid", ID, TECH),
)

SERVED_CONTROLLER_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), *contact_columns("controller"), *contact_columns("representative"),
    *contact_columns("dpo"), ("processing_categories", WIDE),
    ("uuid", ID, TECH),
)

ORGANISATION_COLUMNS = _cols(("item", 52), ("value", 70))

ACKNOWLEDGEMENT_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("concerned_item", NAME), ("rule", 26), ("justification", WIDE),
    ("acknowledged_by", SHORT), ("acknowledged_at", DATE + 6),
    ("uuid", ID, TECH), ("target", ID, TECH),
)

#: the rows of the organisation sheet, in order: the Art. 30(1)(a) / 30(2)(a) identity of the register's keeper
ORGANISATION_ROWS = (
    "legal_name", "address", "postal_code", "city", "country", "registration_number", "email", "phone", "website",
    "language", "dpo_kind", *(f"dpo_{f}" for f in CONTACT_FIELDS), *(f"representative_{f}" for f in CONTACT_FIELDS),
    "register_version",
)

FINDING_COLUMNS = _cols(
    ("reference", REF), ("activity", NAME), ("severity", SHORT), ("article", SHORT), ("rule", 26),
    ("finding", WIDE), ("acknowledgement", TEXT),
)

#: catalogue → (sheet key, its columns that describe the item itself, after the reference and the activity)
CATALOGUE_SHEETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "data_categories": ("data_categories", ("data_category", "description", "special_category", "criminal")),
    "data_subject_categories": ("data_subjects", ("data_subject_category", "description", "vulnerable")),
    "recipients": (
        "recipients",
        ("recipient", "recipient_type", "country", "eea", "contact", "contract_reference", "contract_date",
         "description", "dpf_certified"),
    ),
    "security_measures": ("security", ("measure", "measure_kind", "description")),
    "systems": ("systems", ("system", "vendor", "hosting_country", "description")),
    "joint_controllers": (
        "joint_controllers",
        ("joint_controller", *(c for p in ("contact", "dpo", "representative") for c, _w in contact_columns(p)),
         "arrangement", "arrangement_reference"),
    ),
}


def iso_timestamp(value: datetime | None) -> str:
    """A creation/update stamp as full ISO date and time ("2026-03-10 14:03:22"): exact, sortable, any language."""
    return DateText(value.isoformat(sep=" "), value) if value is not None else ""


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

    @cached_property
    def unlisted(self) -> dict[str, list[Any]]:
        """Per catalogue, the items no activity lists: written after the activities' rows of their sheet
        (with an empty reference), so the Excel file carries the whole catalogue."""
        used: dict[str, set[str]] = {name: set() for name in CATALOGUE_SHEETS}
        for a in self.activities:
            used["data_categories"].update(d.category for d in a.data)
            used["data_subject_categories"].update(a.data_subjects)
            used["recipients"].update(a.recipients)
            used["security_measures"].update(a.security_measures)
            used["systems"].update(a.systems)
            used["joint_controllers"].update(a.joint_controllers)
        return {
            name: [item for item in self.register.catalogue(name) if item.uuid not in used[name]]
            for name in CATALOGUE_SHEETS
        }

    def _sheet(
        self, key: str, columns: tuple[Column, ...], count: int, produce: Callable[[], Iterator[Row]], **more: Any
    ) -> Sheet:
        headers = tuple(self.fmt.label(f"column.{c.key}") for c in columns)
        return Sheet(key, self.fmt.label(f"sheet.{key}"), columns, headers, count, produce, **more)

    def sheets(self) -> list[Sheet]:
        """The record and detail sheets people read (Excel and CSV), then the structured sheets (Excel only)."""
        acts = self.activities
        extra = {name: len(items) for name, items in self.unlisted.items()}
        return [
            self._sheet("controller", CONTROLLER_COLUMNS, len(self.controller), self.controller_rows),
            self._sheet("processor", PROCESSOR_COLUMNS, len(self.processor), self.processor_rows),
            self._sheet("purposes", PURPOSE_COLUMNS, sum(len(a.purposes) for a in acts), self.purpose_rows),
            self._sheet("recipients", RECIPIENT_COLUMNS, sum(len(a.recipients) for a in acts) + extra["recipients"],
                        self.recipient_rows),
            self._sheet("transfers", TRANSFER_COLUMNS, sum(len(a.transfers) for a in acts), self.transfer_rows),
            self._sheet("retention", RETENTION_COLUMNS, sum(len(a.retention) for a in acts), self.retention_rows),
            self._sheet("security", SECURITY_COLUMNS,
                        sum(len(a.security_measures) for a in acts) + extra["security_measures"], self.security_rows),
            self._sheet("data_categories", DATA_CATEGORY_COLUMNS,
                        sum(len(a.data) for a in acts) + extra["data_categories"], self.data_rows),
            self._sheet("data_subjects", DATA_SUBJECT_COLUMNS,
                        sum(len(a.data_subjects) for a in acts) + extra["data_subject_categories"], self.subject_rows),
            *self.structured_sheets(),
        ]

    def structured_sheets(self) -> list[Sheet]:
        """Field by field what the record sheets summarise in a cell: for filtering, and for reading back."""
        acts = self.activities
        extra = {name: len(items) for name, items in self.unlisted.items()}
        return [
            self._sheet("sources", SOURCE_COLUMNS, sum(len(a.sources) for a in acts), self.source_rows,
                        structured=True),
            self._sheet("systems", SYSTEM_COLUMNS, sum(len(a.systems) for a in acts) + extra["systems"],
                        self.system_rows, structured=True),
            self._sheet("joint_controllers", JOINT_CONTROLLER_COLUMNS,
                        sum(len(a.joint_controllers) for a in acts) + extra["joint_controllers"],
                        self.joint_controller_rows, structured=True),
            self._sheet("served_controllers", SERVED_CONTROLLER_COLUMNS,
                        sum(len(a.served_controllers) for a in acts), self.served_controller_rows,
                        structured=True),
            self._sheet("organisation", ORGANISATION_COLUMNS, len(ORGANISATION_ROWS), self.organisation_rows,
                        structured=True, freeze="A2"),
            # findings the DPO accepted, with the reason: only when there are any
            *([self._sheet("acknowledgements", ACKNOWLEDGEMENT_COLUMNS, len(self.register.acknowledgements),
                           self.acknowledgement_rows, structured=True)] if self.register.acknowledgements else []),
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

    # --- cells of one item (shared with the importer, which compares them with the file) -----------

    def contact_cells(self, contact: Contact) -> list[str]:
        c = contact
        return [c.name, c.organisation, c.address, c.postal_code, c.city, self.fmt.country(c.country), c.email, c.phone]

    def catalogue_cells(self, catalogue: str, item: Any) -> list[str]:
        """The cells of a catalogue item in its sheet, in the order of ``CATALOGUE_SHEETS``."""
        f = self.fmt
        if catalogue == "data_categories":
            return [item.name, item.description, f.enum(item.special_category), f.yes_no(item.criminal) if item.criminal else ""]
        if catalogue == "data_subject_categories":
            return [item.name, item.description, f.yes_no(item.vulnerable) if item.vulnerable else ""]
        if catalogue == "recipients":
            return [
                item.name, f.enum(item.kind), f.country(item.country),
                f.yes_no(is_eea(item.country)) if item.country else "", item.contact, item.contract_reference,
                f.date_cell(item.contract_date), item.description, f.yes_no(item.dpf_certified) if item.dpf_certified else "",
            ]
        if catalogue == "security_measures":
            return [item.name, f.enum(item.kind), item.description]
        if catalogue == "systems":
            return [item.name, item.vendor, f.country(item.hosting_country), item.description]
        if catalogue == "joint_controllers":
            return [
                item.name, *self.contact_cells(item.contact), *self.contact_cells(item.dpo),
                *self.contact_cells(item.representative), item.arrangement, item.arrangement_reference,
            ]
        raise KeyError(catalogue)

    def _catalogue_rows(
        self, catalogue: str, links: Callable[[Activity], Iterable[tuple[str, list[str]]]], blank: int
    ) -> Iterator[Row]:
        """One row per item an activity lists (``links``: UUID and the cells of that link), then the rest."""
        table: dict[str, Any] = getattr(self.fmt.index, catalogue)
        for a in self.activities:
            for uuid, link in links(a):
                item = table.get(uuid)
                if item is not None:
                    yield [a.reference, a.name, *self.catalogue_cells(catalogue, item), *link, uuid]
        for item in self.unlisted[catalogue]:
            yield ["", "", *self.catalogue_cells(catalogue, item), *([""] * blank), item.uuid]

    # --- record sheets ------------------------------------------------------------------------

    def _common(self, a: Activity) -> dict[str, str]:
        f = self.fmt
        return {
            "data_subjects": _join(f.names("data_subject_categories", a.data_subjects)),
            "data_categories": _join(f.data_category(d) for d in a.data),
            "systems": _join(f.system(u) for u in a.systems),
            "retention": _join(f.retention(r) for r in a.retention),
            "last_reviewed": f.date_cell(a.last_reviewed),
            "next_review": f.date_cell(a.next_review),
            "created": iso_timestamp(a.created_at),
            "updated": iso_timestamp(a.updated_at),
        }

    def dpia_cells(self, a: Activity) -> list[str]:
        """Required, status, reference, completed on, screening criteria: one column each."""
        f, d = self.fmt, a.dpia
        return [f.yes_no(d.required), f.enum(d.status), d.reference, f.date_cell(d.completed_on),
                _join(f.enum(c) for c in d.criteria)]

    def automated_cells(self, a: Activity) -> list[str]:
        f, ad = self.fmt, a.automated_decision
        return [f.yes_no(ad.exists), f.yes_no(ad.profiling), f.yes_no(ad.legal_effect), ad.logic]

    def controller_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.controller:
            common = self._common(a)
            dpia = self.dpia_cells(a)
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
                dpia[0],
                dpia[1],
                dpia[2],
                dpia[4],
                _join(f.automated(a)),
                common["last_reviewed"],
                common["next_review"],
                common["created"],
                common["updated"],
                a.notes,
                dpia[3],
                *self.automated_cells(a),
                a.template_id,
                a.template_version,
                a.uuid,
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
                *self.dpia_cells(a),
                *self.automated_cells(a),
                a.template_id,
                a.template_version,
                a.uuid,
            ]

    # --- detail sheets ------------------------------------------------------------------------

    def purpose_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for p in a.purposes:
                yield [
                    a.reference, a.name, p.description, f.legal_basis(p), p.legal_basis_reference, p.legitimate_interest,
                    p.uuid,
                ]

    def recipient_rows(self) -> Iterator[Row]:
        return self._catalogue_rows("recipients", lambda a: ((u, []) for u in a.recipients), 0)

    def transfer_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for t in a.transfers:
                yield [
                    a.reference, a.name, f.recipient_name(t.recipient), f.country(t.country),
                    t.international_organisation, f.enum(t.mechanism), f.enum(t.scc_module), f.enum(t.derogation),
                    f.yes_no(t.repetitive) if t.repetitive else "", t.safeguards, t.documentation_reference,
                    t.tia_reference, f.date_cell(t.tia_date), t.uuid,
                    t.recipient if t.recipient in f.index.recipients else "",
                ]

    def duration_cells(self, r: RetentionRule) -> list[str]:
        """The figure and the unit of a retention rule, one column each."""
        value = "" if r.duration_value is None else str(r.duration_value)
        return [value, self.fmt.t.enum(r.duration_unit) if r.duration_unit else ""]

    def retention_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for r in a.retention:
                known = [u for u in r.data_categories if u in f.index.data_categories]
                yield [
                    a.reference, a.name, _join(f.names("data_categories", r.data_categories)), f.enum(r.kind),
                    f.time_limit(r), r.trigger, r.criteria, r.legal_reference, f.enum(r.end_action),
                    *self.duration_cells(r), r.uuid, _join(known),
                ]

    def security_rows(self) -> Iterator[Row]:
        return self._catalogue_rows("security_measures", lambda a: ((u, []) for u in a.security_measures), 0)

    def data_rows(self) -> Iterator[Row]:
        f = self.fmt

        def links(a: Activity) -> Iterator[tuple[str, list[str]]]:
            for d in a.data:
                c = f.index.data_categories.get(d.category)
                if c is None:
                    continue
                condition = f.enum(d.art9_condition)
                if not condition and c.sensitive:
                    condition = f.not_documented
                yield d.category, [condition, d.condition_reference]

        return self._catalogue_rows("data_categories", links, 2)

    def subject_rows(self) -> Iterator[Row]:
        return self._catalogue_rows("data_subject_categories", lambda a: ((u, []) for u in a.data_subjects), 0)

    # --- structured sheets ----------------------------------------------------------------------

    def source_rows(self) -> Iterator[Row]:
        f = self.fmt
        for a in self.activities:
            for s in a.sources:
                yield [a.reference, a.name, f.enum(s.kind), s.description, s.uuid]

    def system_rows(self) -> Iterator[Row]:
        return self._catalogue_rows("systems", lambda a: ((u, []) for u in a.systems), 0)

    def joint_controller_rows(self) -> Iterator[Row]:
        return self._catalogue_rows("joint_controllers", lambda a: ((u, []) for u in a.joint_controllers), 0)

    def served_cells(self, s: ServedController) -> list[str]:
        return [*self.contact_cells(s.contact), *self.contact_cells(s.representative), *self.contact_cells(s.dpo),
                s.processing_categories]

    def served_controller_rows(self) -> Iterator[Row]:
        for a in self.activities:  # processor activities; a controller activity keeps any it had as a processor
            for s in a.served_controllers:
                yield [a.reference, a.name, *self.served_cells(s), s.uuid]

    def organisation_values(self, org: Organisation) -> dict[str, str]:
        """The organisation's details as the organisation sheet writes them, by row key."""
        values = {
            "legal_name": org.legal_name, "address": org.address, "postal_code": org.postal_code, "city": org.city,
            "country": self.fmt.country(org.country), "registration_number": org.registration_number,
            "email": org.email, "phone": org.phone, "website": org.website,
            "language": language_name(org.language) if org.language else "",
            "dpo_kind": self.fmt.enum(org.dpo_kind),
            "register_version": org.register_version,
        }
        for prefix, contact in (("dpo", org.dpo), ("representative", org.representative)):
            values.update(zip((f"{prefix}_{name}" for name in CONTACT_FIELDS), self.contact_cells(contact), strict=True))
        return values

    def organisation_rows(self) -> Iterator[Row]:
        values = self.organisation_values(self.register.organisation)
        for key in ORGANISATION_ROWS:
            yield [self.fmt.label(f"column.{key}"), values[key]]

    def acknowledgement_rows(self) -> Iterator[Row]:
        activities = {a.uuid: a for a in self.register.activities}
        items = self.register.index()
        for ack in self.register.acknowledgements:
            activity = activities.get(ack.target)
            yield [
                activity.reference if activity else "", activity.name if activity else "",
                str(getattr(items.get(ack.target), "name", "")), ack.rule_id, ack.justification, ack.acknowledged_by,
                iso_timestamp(ack.acknowledged_at), ack.uuid, ack.target,
            ]


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
    from babel import Locale, UnknownLocaleError

    try:
        name: str = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
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
