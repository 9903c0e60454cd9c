"""Round trip of ropa's own Excel export: export, edit in Excel or LibreOffice, import again.

The export (``ropa.exports.xlsx`` over ``ropa.exports.tables``) is made for people: display text in
the register's language, no UUIDs. So the import works by comparison: every cell of the file is
compared with what the exporter renders today for the same activity (matched by reference), with
the exporter's own code and labels. A cell that still reads the same keeps the register's value as
it is, so hidden fields and identities survive; only the cells that differ are parsed back
(labels matched in the export's language, dates read with the language's month names). Rows of
the detail sheets (purposes, recipients, transfers, retention, security, data categories, data
subjects) are authoritative for those lists; catalogue items are found by name and updated from
their row when it was edited. Activities that are not in the file are left alone; none is deleted.

The sheets and columns are recognised by their translated headers (``export.column.*`` in
resources/i18n/<lang>/export.toml), in any of the four languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from ropa.domain.enums import (
    Art9Condition,
    Derogation,
    DpiaCriterion,
    DpiaStatus,
    EndAction,
    LegalBasis,
    MeasureKind,
    RecipientType,
    RetentionKind,
    Role,
    SccModule,
    SourceKind,
    SpecialCategory,
    Status,
    TransferMechanism,
)
from ropa.domain.model import (
    Activity,
    AutomatedDecision,
    Contact,
    DataCategory,
    DataSubjectCategory,
    Dpia,
    ProcessedData,
    Purpose,
    Recipient,
    Register,
    RetentionRule,
    SecurityMeasure,
    ServedController,
    Source,
    Transfer,
)
from ropa.i18n import LANGUAGES, Translator
from ropa.imports.common import (
    Activities,
    Catalogues,
    Context,
    ImportedRegister,
    build_register,
    clean,
    match_country,
    match_enum,
    new_uuid,
    norm,
    parse_date,
    parse_retention,
)
from ropa.imports.sheets import Sheet, Workbook

E = TypeVar("E", bound=StrEnum)
Row = list[str]

#: the export's sheets whose rows ropa reads back, in the exporter's order
SHEET_KEYS = (
    "controller", "processor", "purposes", "recipients", "transfers", "retention", "security",
    "data_categories", "data_subjects",
)


def _columns(key: str) -> tuple[str, ...]:
    from ropa.exports import tables

    names = {
        "controller": tables.CONTROLLER_COLUMNS,
        "processor": tables.PROCESSOR_COLUMNS,
        "purposes": tables.PURPOSE_COLUMNS,
        "recipients": tables.RECIPIENT_COLUMNS,
        "transfers": tables.TRANSFER_COLUMNS,
        "retention": tables.RETENTION_COLUMNS,
        "security": tables.SECURITY_COLUMNS,
        "data_categories": tables.DATA_CATEGORY_COLUMNS,
        "data_subjects": tables.DATA_SUBJECT_COLUMNS,
    }
    return tuple(c.key for c in names[key])


@cache
def _headers(language: str, key: str) -> tuple[str, ...]:
    t = Translator(language)
    return tuple(norm(t(f"export.column.{c}")) for c in _columns(key))


@dataclass
class _Found:
    sheet: Sheet
    index: dict[str, int]  # column key → column


def _find(sheet: Sheet, language: str, key: str) -> _Found | None:
    header = [norm(v) for v in sheet.row(0)]
    expected = _headers(language, key)
    if not expected or not all(h in header for h in expected):
        return None
    return _Found(sheet, {k: header.index(h) for k, h in zip(_columns(key), expected, strict=True)})


def locate(workbook: Workbook) -> tuple[str, dict[str, _Found]] | None:
    """The export's language and its sheets, or None when the workbook is not a ropa Excel export."""
    for language in LANGUAGES:
        found: dict[str, _Found] = {}
        for key in SHEET_KEYS:
            for sheet in workbook.sheets:
                hit = _find(sheet, language, key)
                if hit is not None and not any(f.sheet is sheet for f in found.values()):
                    found[key] = hit
                    break
        if "controller" in found:
            return language, found
    return None


def detect(workbook: Workbook) -> bool:
    return locate(workbook) is not None


# --- reading display text back ------------------------------------------------------------------


def _template(text: str) -> re.Pattern[str]:
    """A label such as "{period} from {trigger}" as a regular expression with named groups."""
    parts = re.split(r"\{(\w+)\}", text)
    pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(f"^{pattern}$", re.S)


class _Labels:
    """The export's labels in one language, read backwards."""

    def __init__(self, language: str) -> None:
        from babel import Locale

        self.language = language
        self.t = Translator(language)
        self.yes = norm(self.t("export.doc.yes"))
        self.no = norm(self.t("export.doc.no"))
        self.not_documented = self.t("export.doc.not_documented")
        self.months: dict[str, int] = {}
        locale = Locale.parse(language)
        for width in ("abbreviated", "wide"):
            for context in ("format", "stand-alone"):
                for number, name in locale.months[context][width].items():
                    self.months[norm(name)] = int(number)

    def template(self, key: str) -> re.Pattern[str]:
        return _template(self.t(f"export.value.{key}"))

    def enum(self, enum: type[E], text: str) -> E | None:
        text = clean(text)
        if not text or text == self.not_documented:
            return None
        for member in enum:
            if norm(self.t.enum(member)) == norm(text):
                return member
        # the exporter's label cache is keyed by value, so a code shared by two enums ("internal":
        # RecipientType and DpoKind) can come out with the other enum's label; read that back too
        for other in _enums_sharing_values(enum):
            if norm(self.t.enum(other)) == norm(text):
                return enum(other.value)
        return match_enum(enum, text)

    def boolean(self, text: str) -> bool | None:
        key = norm(text)
        if key == self.yes:
            return True
        if key == self.no:
            return False
        return None

    def date(self, text: str) -> date | None:
        """A date as babel wrote it ("Mar 10, 2026", "10 mars 2026", "10.03.2026"), or ISO/day-first text."""
        text = clean(text)
        if not text:
            return None
        words = re.findall(r"[^\W\d_]+\.?|\d+", text)
        numbers = [int(w) for w in words if w.isdigit()]
        month = next((self.months[norm(w)] for w in words if not w.isdigit() and norm(w) in self.months), None)
        try:
            if month is not None and len(numbers) == 2:
                year = max(numbers)
                day = min(numbers)
                return date(year, month, day)
            return parse_date(text)
        except ValueError:
            return None

    def pair(self, text: str) -> tuple[str, str] | None:
        found = self.template("pair").match(text)
        return (found.group("label"), found.group("value")) if found else None


@cache
def _enums_sharing_values(enum: type[StrEnum]) -> tuple[StrEnum, ...]:
    from ropa.domain import enums

    values = {m.value for m in enum}
    return tuple(
        member
        for other in vars(enums).values()
        if isinstance(other, type) and issubclass(other, StrEnum) and other not in (StrEnum, enum)
        for member in other
        if member.value in values
    )


def _lines(text: str) -> list[str]:
    return [line for line in (clean(x) for x in text.split("\n")) if line]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


# --- the import ---------------------------------------------------------------------------------


class _OwnImport:
    def __init__(self, workbook: Workbook, current: Register, ctx: Context, language: str, found: dict[str, _Found]) -> None:
        from ropa.exports.tables import TabularView

        self.workbook = workbook
        self.current = current
        self.ctx = ctx
        self.found = found
        self.labels = _Labels(language)
        self.cats = Catalogues(current)
        self.acts = Activities(current)
        self.view = TabularView(current, Translator(language))
        self.rendered = self._render()

    # -- rows --

    def _render(self) -> dict[str, dict[str, list[Row]]]:
        """What the exporter writes today for each activity: sheet key → reference → rows."""
        out: dict[str, dict[str, list[Row]]] = {}
        for sheet in self.view.sheets():
            if sheet.key not in SHEET_KEYS:
                continue
            table: dict[str, list[Row]] = {}
            for row in sheet.produce():
                table.setdefault(row[0], []).append([clean(v) for v in row])
            out[sheet.key] = table
        return out

    def rows(self, key: str) -> Iterator[tuple[int, Row]]:
        found = self.found.get(key)
        if found is None:
            return
        columns = _columns(key)
        for r in range(1, found.sheet.row_count):
            values = [clean(found.sheet.cell(r, found.index[c])) for c in columns]
            if any(values):
                yield r, values

    def where(self, key: str, row: int, column: str | None = None) -> str:
        sheet = self.found[key].sheet.name
        label = self.labels.t(f"export.column.{column}") if column else None
        return self.ctx.where(sheet, row + 1, label)

    # -- catalogue items from detail rows --

    def _item(self, catalogue: str, built: Any, rendered: Callable[[Any], Row], row: Row) -> str:
        """The UUID of the item named like ``built``: created, or updated when its row was edited."""
        existing = self.cats.find(catalogue, built.name)
        if existing is not None and rendered(existing) == row:
            return str(existing.uuid)
        item = replace(built, uuid=existing.uuid if existing is not None else new_uuid())
        if existing is None or item != existing:
            self.cats.put(catalogue, item)
        return str(item.uuid)

    # -- one activity --

    def build(self) -> list[Activity]:
        records: dict[str, tuple[str, int, Row]] = {}
        for key in ("controller", "processor"):
            for r, row in self.rows(key):
                reference = row[0]
                if not reference:
                    continue
                if reference in records:
                    other = records[reference]
                    self.ctx.problem(self.where(key, r, "reference"), "duplicate_row", reference=reference, other=other[1] + 1)
                    continue
                records[reference] = (key, r, row)
        details: dict[str, dict[str, list[tuple[int, Row]]]] = {}
        for key in SHEET_KEYS[2:]:
            table: dict[str, list[tuple[int, Row]]] = {}
            for r, row in self.rows(key):
                if row[0] not in records and not self._record_as_exported(row[0], records):
                    self.ctx.problem(self.where(key, r, "reference"), "unknown_activity", reference=row[0])
                    continue
                table.setdefault(row[0], []).append((r, row))
            details[key] = table
        activities = []
        for reference, (key, r, row) in records.items():
            activity = self.activity(reference, key, r, row, {k: details[k].get(reference, []) for k in details})
            if activity is not None:
                activities.append(activity)
                self.acts.add(activity)
        return activities

    def _record_as_exported(self, reference: str, records: dict[str, tuple[str, int, Row]]) -> bool:
        """A register activity whose record row was deleted from the file: its row as exported stands in."""
        for key in ("controller", "processor"):
            rendered = self.rendered.get(key, {}).get(reference)
            if rendered:
                records[reference] = (key, 0, rendered[0])
                return True
        return False

    def activity(self, reference: str, key: str, r: int, row: Row, details: dict[str, list[tuple[int, Row]]]) -> Activity | None:
        existing = self.acts.match(reference=reference)
        columns = _columns(key)
        cell = dict(zip(columns, row, strict=True))
        before: dict[str, str] = {}
        if existing is not None:
            rendered = self.rendered.get(key, {}).get(reference)
            if rendered:
                before = dict(zip(columns, rendered[0], strict=True))
            elif key == "processor" or existing.role is Role.PROCESSOR:
                before = {}  # it moved between the controller and processor records: read every cell
        if not cell.get("activity"):
            self.ctx.problem(self.where(key, r, "activity"), "no_name")
            return None
        base = existing or Activity(uuid=new_uuid(), reference=reference, name=cell["activity"])
        changes: dict[str, Any] = {}

        def changed(column: str) -> bool:
            return column in cell and (existing is None or before.get(column) != cell[column])

        if changed("activity"):
            changes["name"] = cell["activity"]
        if changed("description"):
            changes["description"] = cell["description"]
        if changed("owner"):
            changes["owner"] = cell["owner"]
        if changed("notes"):
            changes["notes"] = cell["notes"]
        if key == "processor":
            if existing is None or existing.role is not Role.PROCESSOR:
                changes["role"] = Role.PROCESSOR
        elif changed("role"):
            changes["role"] = self._coded(Role, cell["role"], key, r, "role") or Role.CONTROLLER
        elif existing is not None and existing.role is Role.PROCESSOR:
            changes["role"] = Role.CONTROLLER
        if changed("status"):
            changes["status"] = self._coded(Status, cell["status"], key, r, "status") or Status.DRAFT
        for column, target in (("last_reviewed", "last_reviewed"), ("next_review", "next_review")):
            if changed(column):
                changes[target] = self._date(cell[column], key, r, column)
        for column, target in (("created", "created_at"), ("updated", "updated_at")):
            if changed(column):
                day = self._date(cell[column], key, r, column)
                changes[target] = None if day is None else datetime(day.year, day.month, day.day)
        if changed("joint_controllers"):
            changes["joint_controllers"] = self._joint(cell["joint_controllers"])
        if changed("sources"):
            changes["sources"] = self._sources(cell["sources"], base)
        if changed("systems"):
            changes["systems"] = self._systems(cell["systems"])
        if any(changed(c) for c in ("dpia_required", "dpia_status", "dpia_reference", "dpia_criteria")):
            changes["dpia"] = self._dpia(cell, base.dpia, key, r)
        if changed("automated"):
            changes["automated_decision"] = self._automated(cell["automated"], base.automated_decision)
        if key == "processor" and any(
            changed(c) for c in ("served_controllers", "served_representatives", "served_dpos", "processing_categories")
        ):
            changes["served_controllers"] = self._served(cell, base)
        activity = replace(base, **changes)
        activity = self._details(activity, existing, details)
        if existing is None:
            stamp = activity.created_at or _now()
            activity = replace(activity, created_at=stamp, updated_at=activity.updated_at or stamp)
        elif activity != existing and "updated_at" not in changes:
            activity = replace(activity, updated_at=_now())
        elif existing.created_at and activity.created_at and existing.created_at.date() == activity.created_at.date():
            activity = replace(activity, created_at=existing.created_at)
        return activity

    def _details(self, activity: Activity, existing: Activity | None, details: dict[str, list[tuple[int, Row]]]) -> Activity:
        """Lists from the detail sheets: kept as they are when their rows read as the exporter writes them."""
        reference = activity.reference
        for key, builder in (
            ("purposes", self._purposes),
            ("data_categories", self._data),
            ("data_subjects", self._subjects),
            ("recipients", self._recipients),
            ("transfers", self._transfers),
            ("retention", self._retention),
            ("security", self._security),
        ):
            if key not in self.found:
                continue
            rows = details.get(key, [])
            rendered = self.rendered.get(key, {}).get(reference, []) if existing is not None else None
            if rendered is not None and [row for _, row in rows] == rendered:
                continue
            activity = builder(activity, rows)
        return activity

    # -- parsing helpers --

    def _coded(self, enum: type[E], text: str, key: str, r: int, column: str) -> E | None:
        if not text or text == self.labels.not_documented:
            return None
        found = self.labels.enum(enum, text)
        if found is None:
            self.ctx.problem(self.where(key, r, column), "bad_value", value=text, what=self.ctx.t("what." + column)
                             if self.ctx.tr.has(f"import.what.{column}") else column, hint="")
        return found

    def _date(self, text: str, key: str, r: int, column: str) -> date | None:
        if not text:
            return None
        day = self.labels.date(text)
        if day is None:
            self.ctx.problem(self.where(key, r, column), "bad_date", value=text)
        return day

    def _joint(self, text: str) -> tuple[str, ...]:
        arrangement = re.compile(r"\s—\s" + re.escape(self.labels.t("export.value.arrangement").split("{")[0]))
        out: list[str] = []
        existing = sorted(self.current.joint_controllers, key=lambda j: -len(j.name))
        for line in _lines(text):
            line = arrangement.split(line)[0]
            match = next((j for j in existing if line == j.name or line.startswith(j.name + ",")), None)
            if match is None:
                name = line.split(",")[0].strip()
                item = self.cats.find("joint_controllers", name) or self.cats.get_or_create("joint_controllers", name)
                uuid = item.uuid
            else:
                uuid = match.uuid
            if uuid not in out:
                out.append(uuid)
        return tuple(out)

    def _sources(self, text: str, base: Activity) -> tuple[Source, ...]:
        wanted = []
        for line in _lines(text):
            pair = self.labels.pair(line)
            kind = self.labels.enum(SourceKind, pair[0]) if pair else None
            if kind is not None and pair is not None:
                wanted.append(Source(new_uuid(), kind, pair[1]))
            else:
                wanted.append(Source(new_uuid(), self.labels.enum(SourceKind, line) or SourceKind.DATA_SUBJECT,
                                     "" if self.labels.enum(SourceKind, line) else line))
        out = []
        pool = list(base.sources)
        for source in wanted:
            same = next((s for s in pool if (s.kind, s.description) == (source.kind, source.description)), None)
            if same is not None:
                pool.remove(same)
            out.append(same or source)
        return tuple(out)

    def _systems(self, text: str) -> tuple[str, ...]:
        template = self.labels.template("system")
        out: list[str] = []
        for line in _lines(text):
            found = template.match(line)
            name, details = (found.group("name"), found.group("details")) if found else (line, "")
            item = self.cats.find("systems", line) or self.cats.find("systems", name)
            if item is None:
                vendor, _, last = details.rpartition(", ")
                country = match_country(last) or ""
                if not country:
                    vendor = details
                item = self.cats.get_or_create("systems", name, vendor=vendor, hosting_country=country)
            if item.uuid not in out:
                out.append(item.uuid)
        return tuple(out)

    def _dpia(self, cell: dict[str, str], dpia: Dpia, key: str, r: int) -> Dpia:
        completed = self.labels.template("dpia_completed")
        reference, completed_on = "", None
        for part in (p.strip() for p in cell.get("dpia_reference", "").split("; ")):
            found = completed.match(part)
            if found:
                completed_on = self.labels.date(found.group("date"))
            elif part:
                reference = f"{reference}; {part}" if reference else part
        criteria = tuple(c for c in (self.labels.enum(DpiaCriterion, x) for x in _lines(cell.get("dpia_criteria", ""))) if c)
        return Dpia(
            criteria=criteria,
            required=self.labels.boolean(cell.get("dpia_required", "")),
            status=self._coded(DpiaStatus, cell.get("dpia_status", ""), key, r, "dpia_status"),
            reference=reference,
            completed_on=completed_on,
        )

    def _automated(self, text: str, before: AutomatedDecision) -> AutomatedDecision:
        values: dict[str, Any] = {"exists": False, "profiling": False, "legal_effect": False, "logic": ""}
        for line in _lines(text):
            for label, name in (("automated_exists", "exists"), ("profiling", "profiling"), ("legal_effect", "legal_effect")):
                found = self.labels.template(label).match(line)
                if found:
                    values[name] = bool(self.labels.boolean(found.group("value")))
            found = self.labels.template("logic").match(line)
            if found:
                values["logic"] = found.group("value")
        return AutomatedDecision(**values)

    def _served(self, cell: dict[str, str], base: Activity) -> tuple[ServedController, ...]:
        categories: dict[str, str] = {}
        template = self.labels.template("processing_categories")
        for line in _lines(cell.get("processing_categories", "")):
            found = template.match(line)
            if found:
                value = found.group("categories")
                categories[norm(found.group("controller"))] = "" if value == self.labels.not_documented else value
        out = []
        for line in _lines(cell.get("served_controllers", "")):
            name = line.split(",")[0].strip()
            same = next((s for s in base.served_controllers if norm(s.contact.name) == norm(name)), None)
            served = same or ServedController(new_uuid(), Contact(name=name))
            if norm(name) in categories:
                served = replace(served, processing_categories=categories[norm(name)])
            out.append(served)
        return tuple(out)

    # -- detail sheets --

    def _purposes(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        wanted = []
        for r, row in rows:
            _, _, description, basis, law, interest = row
            wanted.append(
                Purpose(new_uuid(), description, self._coded(LegalBasis, basis, "purposes", r, "legal_basis"), law, interest)
            )
        out = []
        pool = list(activity.purposes)
        for purpose in wanted:
            same = next((p for p in pool if norm(p.description) == norm(purpose.description)), None)
            if same is not None:
                pool.remove(same)
                purpose = replace(purpose, uuid=same.uuid)
            out.append(purpose)
        return replace(activity, purposes=tuple(out))

    def _data(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        fmt = self.view.fmt
        data = []
        for r, row in rows:
            _, _, name, description, special, criminal, condition, condition_reference = row
            kind = self._coded(SpecialCategory, special, "data_categories", r, "special_category")
            is_criminal = self.labels.boolean(criminal) is True

            def rendered(item: Any) -> Row:
                return [activity.reference, activity.name, item.name, item.description, fmt.enum(item.special_category),
                        fmt.yes_no(item.criminal) if item.criminal else ""]

            uuid = self._item("data_categories", DataCategory("", name, description, kind, is_criminal), rendered, row[:6])
            art9 = self._coded(Art9Condition, condition, "data_categories", r, "art9_condition")
            previous = next((d for d in activity.data if d.category == uuid), None)
            item = ProcessedData(uuid, art9, condition_reference)
            data.append(previous if previous == item else item)
        return replace(activity, data=tuple(data))

    def _subjects(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        fmt = self.view.fmt
        out: list[str] = []
        for _r, row in rows:
            _, _, name, description, vulnerable = row

            def rendered(item: Any) -> Row:
                return [activity.reference, activity.name, item.name, item.description,
                        fmt.yes_no(item.vulnerable) if item.vulnerable else ""]

            built = DataSubjectCategory("", name, description, self.labels.boolean(vulnerable) is True)
            uuid = self._item("data_subject_categories", built, rendered, row)
            if uuid not in out:
                out.append(uuid)
        return replace(activity, data_subjects=tuple(out))

    def _recipients(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        from ropa.reference import is_eea

        fmt = self.view.fmt
        out: list[str] = []
        for r, row in rows:
            _, _, name, kind, country, _eea, contact, contract, contract_date, description, dpf = row
            code = match_country(country) or "" if country else ""
            if country and not code:
                self.ctx.problem(self.where("recipients", r, "country"), "bad_country", value=country,
                                 column=self.labels.t("export.column.country"))

            def rendered(item: Any) -> Row:
                return [
                    activity.reference, activity.name, item.name, fmt.enum(item.kind), fmt.country(item.country),
                    fmt.yes_no(is_eea(item.country)) if item.country else "", item.contact, item.contract_reference,
                    fmt.date(item.contract_date), item.description, fmt.yes_no(item.dpf_certified) if item.dpf_certified else "",
                ]

            recipient_kind = self._coded(RecipientType, kind, "recipients", r, "recipient_type") or RecipientType.PROCESSOR
            when = self._date(contract_date, "recipients", r, "contract_date")
            built = Recipient(
                "", name, recipient_kind, code, contact, description, contract, when, self.labels.boolean(dpf) is True
            )
            uuid = self._item("recipients", built, rendered, row)
            if uuid not in out:
                out.append(uuid)
        return replace(activity, recipients=tuple(out))

    def _security(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        fmt = self.view.fmt
        out: list[str] = []
        for r, row in rows:
            _, _, name, kind, description = row
            measure_kind = self._coded(MeasureKind, kind, "security", r, "measure_kind") or MeasureKind.TECHNICAL

            def rendered(item: Any) -> Row:
                return [activity.reference, activity.name, item.name, fmt.enum(item.kind), item.description]

            uuid = self._item("security_measures", SecurityMeasure("", name, measure_kind, description), rendered, row)
            if uuid not in out:
                out.append(uuid)
        return replace(activity, security_measures=tuple(out))

    def _transfers(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        out = []
        pool = list(activity.transfers)
        for r, row in rows:
            (_, _, recipient, country, organisation, mechanism, module, derogation, repetitive, safeguards,
             documentation, tia_reference, tia_date) = row
            code = match_country(country) or "" if country else ""
            if country and not code:
                self.ctx.problem(self.where("transfers", r, "country"), "bad_country", value=country,
                                 column=self.labels.t("export.column.country"))
            recipient_uuid = None
            if recipient:
                item = self.cats.find("recipients", recipient) or self.cats.get_or_create("recipients", recipient, country=code)
                recipient_uuid = item.uuid
            transfer = Transfer(
                new_uuid(), recipient_uuid, code, organisation,
                self._coded(TransferMechanism, mechanism, "transfers", r, "mechanism"),
                self._coded(SccModule, module, "transfers", r, "scc_module"),
                self._coded(Derogation, derogation, "transfers", r, "derogation"),
                self.labels.boolean(repetitive) is True, safeguards, documentation, tia_reference,
                self._date(tia_date, "transfers", r, "tia_date"),
            )
            same = next((t for t in pool if (t.recipient, t.country, t.international_organisation)
                         == (recipient_uuid, code, organisation)), None)
            if same is not None:
                pool.remove(same)
                transfer = replace(transfer, uuid=same.uuid)
            out.append(transfer)
        return replace(activity, transfers=tuple(out))

    def _retention(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        out = []
        pool = list(activity.retention)
        for r, row in rows:
            _, _, categories, kind, time_limit, trigger, criteria, legal_reference, end_action = row
            uuids = []
            for name in _lines(categories):
                item = self.cats.find("data_categories", name) or self.cats.get_or_create("data_categories", name)
                uuids.append(item.uuid)
            retention_kind = self._coded(RetentionKind, kind, "retention", r, "retention_kind") or RetentionKind.CRITERIA
            value, unit = None, None
            if retention_kind is RetentionKind.DURATION:
                parsed = parse_retention(time_limit)
                value, unit = parsed.value, parsed.unit
            rule = RetentionRule(
                new_uuid(), tuple(uuids), retention_kind, value, unit, trigger, criteria, legal_reference,
                self._coded(EndAction, end_action, "retention", r, "end_action"),
            )
            same = next((x for x in pool if replace(x, uuid="") == replace(rule, uuid="")), None) or next(
                (x for x in pool if x.data_categories == rule.data_categories), None
            )
            if same is not None:
                pool.remove(same)
                rule = replace(rule, uuid=same.uuid)
            out.append(rule)
        return replace(activity, retention=tuple(out))


def import_workbook(workbook: Workbook, current: Register, ctx: Context) -> ImportedRegister:
    """The register content of a ropa Excel export, merged onto ``current`` (nothing is written here)."""
    located = locate(workbook)
    if located is None:
        raise ctx.fail("unknown_layout", file=workbook.path.name)
    language, found = located
    t = Translator(language)
    for key in SHEET_KEYS:
        if key not in found:
            ctx.problem(ctx.where(t(f"export.sheet.{key}")), "own_missing_sheet", sheet=t(f"export.sheet.{key}"))
    ctx.raise_if_any()
    importer = _OwnImport(workbook, current, ctx, language, found)
    activities = importer.build()
    ctx.raise_if_any()
    return build_register(current.organisation, activities, importer.cats, ctx.warnings)
