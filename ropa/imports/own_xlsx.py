"""Round trip of ropa's own Excel export: export, edit in Excel or LibreOffice, import again.

The export (``ropa.exports.xlsx`` over ``ropa.exports.tables``) is made for people: display text in
the register's language. So the import works by comparison: every cell of the file is compared
with what the exporter renders today for the same activity (matched by reference), with the
exporter's own code and labels. A cell that still reads the same keeps the register's value as it
is; only the cells that differ are parsed back (labels matched in the export's language, dates
read with the language's month names). Rows of the detail sheets (purposes, recipients, transfers,
retention, security, data categories, data subjects, and the structured sheets: sources, systems,
joint controllers, controllers served) are authoritative for those lists; catalogue items are
found by UUID or name and updated from their row when it was edited. Activities that are not in
the file are left alone; none is deleted.

Into an empty register nothing is lost: the structured sheets and columns carry, field by field,
what the record sheets summarise in one cell (contacts, arrangements, system descriptions, the
DPIA and automated-decision answers, retention figures, times of the creation/update stamps), the
organisation sheet carries the Art. 30(1)(a) identity, the rows of catalogue items no activity
lists carry the rest of the catalogues, and hidden columns carry the UUIDs, which a new item keeps
when no other item of the register has them.

Where an item is shown twice (a summary cell of a record sheet and its structured sheet or
columns), the one the person edited is read; if both were edited, the structured one wins.
Exports of earlier versions, without the structured sheets, columns and UUIDs, import as before.

The sheets and columns are recognised by their translated headers (``export.column.*`` in
resources/i18n/<lang>/export.toml), in any of the four languages.
"""

from __future__ import annotations

import re
import uuid as uuidlib
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
    DpoKind,
    DurationUnit,
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
    CATALOGUES,
    Acknowledgement,
    Activity,
    AutomatedDecision,
    CatalogueItem,
    Contact,
    DataCategory,
    DataSubjectCategory,
    Dpia,
    JointController,
    Organisation,
    ProcessedData,
    Purpose,
    Recipient,
    Register,
    RetentionRule,
    SecurityMeasure,
    ServedController,
    Source,
    System,
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

#: the export's sheets whose rows ropa reads back, in the exporter's order; every export has them
SHEET_KEYS = (
    "controller", "processor", "purposes", "recipients", "transfers", "retention", "security",
    "data_categories", "data_subjects",
)
#: the structured sheets: read when present (exports of earlier versions do not have them)
STRUCTURED_KEYS = ("sources", "systems", "joint_controllers", "served_controllers")
ALL_KEYS = SHEET_KEYS + STRUCTURED_KEYS

#: columns that exports of earlier versions do not have: read when present
NEW_COLUMNS: dict[str, frozenset[str]] = {
    "controller": frozenset({"dpia_completed", "automated_exists", "profiling", "legal_effect", "logic", "template",
                             "template_version", "uuid"}),
    "processor": frozenset({"dpia_required", "dpia_status", "dpia_reference", "dpia_completed", "dpia_criteria",
                            "automated_exists", "profiling", "legal_effect", "logic", "template", "template_version",
                            "uuid"}),
    "transfers": frozenset({"uuid", "recipient_uuid"}),
    "retention": frozenset({"duration_value", "duration_unit", "uuid", "category_uuids"}),
    **{key: frozenset({"uuid"}) for key in ("purposes", "recipients", "security", "data_categories", "data_subjects",
                                            *STRUCTURED_KEYS)},
    "acknowledgements": frozenset({"uuid", "target"}),
}

AUTOMATED = ("automated_exists", "profiling", "legal_effect", "logic")
DPIA = ("dpia_required", "dpia_status", "dpia_reference", "dpia_criteria", "dpia_completed")
SERVED_SUMMARY = ("served_controllers", "served_representatives", "served_dpos", "processing_categories")
#: structured sheet → the record-sheet cells that summarise it
SUMMARIES = {
    "sources": ("sources",),
    "systems": ("systems",),
    "joint_controllers": ("joint_controllers",),
    "served_controllers": SERVED_SUMMARY,
}
CONTACT_FIELDS = ("name", "organisation", "address", "postal_code", "city", "country", "email", "phone")


def _tables() -> Any:
    from ropa.exports import tables

    return tables


def _columns(key: str) -> tuple[str, ...]:
    t = _tables()
    names = {
        "controller": t.CONTROLLER_COLUMNS,
        "processor": t.PROCESSOR_COLUMNS,
        "purposes": t.PURPOSE_COLUMNS,
        "recipients": t.RECIPIENT_COLUMNS,
        "transfers": t.TRANSFER_COLUMNS,
        "retention": t.RETENTION_COLUMNS,
        "security": t.SECURITY_COLUMNS,
        "data_categories": t.DATA_CATEGORY_COLUMNS,
        "data_subjects": t.DATA_SUBJECT_COLUMNS,
        "sources": t.SOURCE_COLUMNS,
        "systems": t.SYSTEM_COLUMNS,
        "joint_controllers": t.JOINT_CONTROLLER_COLUMNS,
        "served_controllers": t.SERVED_CONTROLLER_COLUMNS,
        "acknowledgements": t.ACKNOWLEDGEMENT_COLUMNS,
    }
    return tuple(c.key for c in names[key])


@cache
def _headers(language: str, key: str) -> tuple[str, ...]:
    t = Translator(language)
    return tuple(norm(t(f"export.column.{c}")) for c in _columns(key))


def _cell(text: str) -> str:
    """A cell as compared and read: line ends as XML keeps them, surrounding blanks removed."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _written(text: str) -> str:
    """What the exporter's text becomes in the file, then read as a cell (control characters, length)."""
    from ropa.exports.xlsx import cell_text

    return _cell(cell_text(text))


def _same_name(a: str, b: str) -> bool:
    """The same name, as typed or ignoring case, accents and punctuation (names in other scripts: as typed)."""
    return a == b or (norm(a) != "" and norm(a) == norm(b))


def _is_uuid(text: str) -> bool:
    try:
        return str(uuidlib.UUID(text)) == text
    except ValueError:
        return False


@dataclass
class _Found:
    sheet: Sheet
    index: dict[str, int]  # column key → column, for the columns the sheet has


def _find(sheet: Sheet, language: str, key: str) -> _Found | None:
    header = [norm(v) for v in sheet.row(0)]
    optional = NEW_COLUMNS.get(key, frozenset())
    index: dict[str, int] = {}
    for column, label in zip(_columns(key), _headers(language, key), strict=True):
        if label in header:
            index[column] = header.index(label)
        elif column not in optional:
            return None
    return _Found(sheet, index)


def _find_organisation(workbook: Workbook, language: str, taken: list[Sheet]) -> Sheet | None:
    """The organisation sheet: an item/value header and the row of the organisation's name."""
    t = Translator(language)
    header = [norm(t("export.column.item")), norm(t("export.column.value"))]
    name = norm(t("export.column.legal_name"))
    for sheet in workbook.sheets:
        if any(sheet is s for s in taken) or [norm(v) for v in sheet.row(0)[:2]] != header:
            continue
        if any(norm(sheet.cell(r, 0)) == name for r in range(1, sheet.row_count)):
            return sheet
    return None


@dataclass
class Located:
    language: str
    found: dict[str, _Found]
    organisation: Sheet | None


def locate(workbook: Workbook) -> Located | None:
    """The export's language and its sheets, or None when the workbook is not a ropa Excel export."""
    for language in LANGUAGES:
        found: dict[str, _Found] = {}
        for key in ALL_KEYS:
            for sheet in workbook.sheets:
                hit = _find(sheet, language, key)
                if hit is not None and not any(f.sheet is sheet for f in found.values()):
                    found[key] = hit
                    break
        if "controller" in found:
            for sheet in workbook.sheets:  # findings the DPO accepted: a sheet only when there are any
                hit = _find(sheet, language, "acknowledgements")
                if hit is not None and not any(f.sheet is sheet for f in found.values()):
                    found["acknowledgements"] = hit
                    break
            taken = [f.sheet for f in found.values()]
            return Located(language, found, _find_organisation(workbook, language, taken))
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

    def language_code(self, text: str) -> str | None:
        from ropa.exports.tables import language_name

        key = norm(text)
        return next((code for code in LANGUAGES if key in (norm(code), norm(language_name(code)))), None)


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
    def __init__(self, workbook: Workbook, current: Register, ctx: Context, located: Located) -> None:
        from ropa.exports.tables import TabularView

        self.workbook = workbook
        self.current = current
        self.ctx = ctx
        self.found = located.found
        self.organisation_sheet = located.organisation
        self.labels = _Labels(located.language)
        self.cats = Catalogues(current)
        self.acts = Activities(current)
        self.view = TabularView(current, Translator(located.language))
        self.fmt = self.view.fmt
        self.originals: dict[str, dict[str, CatalogueItem]] = {
            name: {i.uuid: i for i in current.catalogue(name)} for name in CATALOGUES
        }
        self.claimed = self._identities(current)
        self.file_ids: dict[str, dict[str, str]] = {name: {} for name in CATALOGUES}  # file UUID → item UUID
        self.file_names: dict[str, dict[str, str]] = {name: {} for name in CATALOGUES}  # file UUID → its name
        self.row_item: dict[tuple[str, int], str] = {}  # (sheet, row) of a catalogue row → item UUID
        self.activity_ids: dict[str, str] = {}  # file UUID of an activity → its UUID in the register
        self.exact: dict[str, dict[str, str]] = {  # name as typed → item UUID (names in any script)
            name: {} for name in CATALOGUES
        }
        for name in CATALOGUES:
            for item in current.catalogue(name):
                self.exact[name].setdefault(item.name, item.uuid)
        self.rendered = self._render()

    @staticmethod
    def _identities(register: Register) -> set[str]:
        """Every UUID the register uses: a new item takes the file's UUID only when it is free."""
        out = {register.organisation.uuid}
        for name in CATALOGUES:
            out.update(i.uuid for i in register.catalogue(name))
        for a in register.activities:
            out.add(a.uuid)
            for part in (a.purposes, a.sources, a.transfers, a.retention, a.served_controllers):
                out.update(p.uuid for p in part)
        out.update(a.uuid for a in register.acknowledgements)
        return out

    def _claim(self, wanted: str) -> str:
        """The file's UUID for a new item if it is a UUID no other item has, else a fresh one."""
        uuid = wanted if wanted and _is_uuid(wanted) and wanted not in self.claimed else new_uuid()
        self.claimed.add(uuid)
        return uuid

    # -- rows --

    def present(self, key: str, column: str) -> bool:
        found = self.found.get(key)
        return found is not None and column in found.index

    def _mask(self, key: str, values: list[str]) -> Row:
        """Rendered values as the file would hold them: written, read, and blank where the file lacks the column."""
        found = self.found[key]
        return [_written(v) if c in found.index else "" for c, v in zip(_columns(key), values, strict=True)]

    def _render(self) -> dict[str, dict[str, list[Row]]]:
        """What the exporter writes today for each activity: sheet key → reference → rows."""
        out: dict[str, dict[str, list[Row]]] = {}
        for sheet in self.view.sheets():
            if sheet.key not in self.found:
                continue
            table: dict[str, list[Row]] = {}
            if sheet.key in ("controller", "processor"):
                part = self.view.controller if sheet.key == "controller" else self.view.processor
                for activity, values in zip(part, sheet.produce(), strict=True):
                    table.setdefault(values[0], []).append(self._mask(sheet.key, self._legacy(sheet.key, activity, values)))
            else:
                for values in sheet.produce():
                    table.setdefault(values[0], []).append(self._mask(sheet.key, values))
            out[sheet.key] = table
        return out

    def _legacy(self, key: str, activity: Activity, values: list[str]) -> list[str]:
        """A record row as earlier versions wrote it, for a file without the structured columns: the
        creation/update day in words, the DPIA's completion day after its reference."""
        if self.present(key, "dpia_completed"):
            return values
        columns = _columns(key)
        out = list(values)
        out[columns.index("created")] = self.fmt.date(activity.created_at)
        out[columns.index("updated")] = self.fmt.date(activity.updated_at)
        out[columns.index("dpia_reference")] = self.fmt.dpia_reference(activity)
        return out

    def rows(self, key: str) -> Iterator[tuple[int, Row]]:
        found = self.found.get(key)
        if found is None:
            return
        columns = _columns(key)
        for r in range(1, found.sheet.row_count):
            values = [_cell(found.sheet.cell(r, found.index[c])) if c in found.index else "" for c in columns]
            if any(values):
                yield r, values

    def where(self, key: str, row: int, column: str | None = None) -> str:
        sheet = self.found[key].sheet.name
        label = self.labels.t(f"export.column.{column}") if column else None
        return self.ctx.where(sheet, row + 1, label)

    # -- the organisation --

    def organisation(self) -> Organisation:
        """The organisation sheet read back; without it (earlier exports) the register's stays as it is."""
        org = self.current.organisation
        sheet = self.organisation_sheet
        if sheet is None:
            return org
        from ropa.exports.tables import ORGANISATION_ROWS

        labels = {norm(self.labels.t(f"export.column.{key}")): key for key in ORGANISATION_ROWS}
        cells: dict[str, tuple[int, str]] = {}
        for r in range(1, sheet.row_count):
            key = labels.get(norm(sheet.cell(r, 0)))
            if key is not None and key not in cells:
                cells[key] = (r, _cell(sheet.cell(r, 1)))
        before = {k: _written(v) for k, v in self.view.organisation_values(org).items()}
        changes: dict[str, Any] = {}
        contacts: dict[str, dict[str, str]] = {"dpo": {}, "representative": {}}

        def where(r: int) -> str:
            return self.ctx.where(sheet.name, r + 1, self.labels.t("export.column.value"))

        for key, (r, text) in cells.items():
            if text == before.get(key):
                continue
            prefix, _, field = key.partition("_")
            if prefix in contacts and field in CONTACT_FIELDS:
                contacts[prefix][field] = self._country(text, where(r)) if field == "country" else text
            elif key == "legal_name":
                if text:
                    changes[key] = text
                else:
                    self.ctx.problem(where(r), "no_legal_name")
            elif key == "country":
                changes[key] = self._country(text, where(r))
            elif key == "language":
                language = self.labels.language_code(text) if text else None
                if language is None:
                    self.ctx.problem(where(r), "bad_value", value=text, what=self.ctx.t("what.language"), hint="")
                else:
                    changes[key] = language
            elif key == "dpo_kind":
                changes[key] = self._coded_at(DpoKind, text, where(r), "dpo_kind")
            else:
                changes[key] = text
        for prefix, fields in contacts.items():
            if fields:
                changes[prefix] = replace(getattr(org, prefix), **fields)
        return replace(org, **changes) if changes else org

    def _country(self, text: str, where: str) -> str:
        if not text:
            return ""
        code = match_country(text)  # a name or an ISO 3166-1 code; "EEA", "EU" or "XX" are not countries
        if code is None:
            self.ctx.problem(where, "bad_country", value=text, column=self.labels.t("export.column.country"))
            return ""
        return code

    # -- catalogue items from their rows --

    def _find_name(self, catalogue: str, name: str) -> CatalogueItem | None:
        """The item with this name: as typed, else ignoring case, accents and punctuation."""
        uuid = self.exact[catalogue].get(name)
        if uuid is not None:
            return self.cats.by_uuid(uuid)
        found = self.cats.find(catalogue, name)
        return found if found is not None and _same_name(name, found.name) else None

    def _put(self, catalogue: str, item: CatalogueItem) -> None:
        self.cats.put(catalogue, item)
        self.exact[catalogue].setdefault(item.name, item.uuid)

    def _get_or_create(self, catalogue: str, name: str, **fields: Any) -> str:
        found = self._find_name(catalogue, name)
        if found is not None:
            return found.uuid
        item: CatalogueItem = CATALOGUES[catalogue](uuid=self._claim(""), name=name, **fields)
        self._put(catalogue, item)
        return item.uuid

    def _identify(self, catalogue: str, file_uuid: str, name: str) -> tuple[str, CatalogueItem | None]:
        """The UUID of a catalogue row's item, and the register's item if it has one.

        By the file's UUID first (the same item in every row that has it), else by name among the
        register's items (as for exports of earlier versions), else a new item, which keeps the
        file's UUID if no other item has it.
        """
        originals = self.originals[catalogue]
        fid = file_uuid if _is_uuid(file_uuid) else ""
        ids = self.file_ids[catalogue]
        if fid:
            self.file_names[catalogue].setdefault(fid, name)
            if fid in ids:
                return ids[fid], originals.get(ids[fid])
            if fid in originals:
                ids[fid] = fid
                return fid, originals[fid]
        found = self._find_name(catalogue, name)
        if found is not None and (not fid or not self.cats.is_new(found.uuid)):
            if fid:
                ids[fid] = found.uuid
            return found.uuid, originals.get(found.uuid)
        uuid = self._claim(fid)
        if fid:
            ids[fid] = uuid
        return uuid, None

    def _resolve(self, catalogue: str, fid: str) -> str | None:
        """The item a file UUID stands for (after the catalogue rows were read), if any."""
        if fid in self.file_ids[catalogue]:
            return self.file_ids[catalogue][fid]
        return fid if fid in self.originals[catalogue] else None

    def _names_of(self, catalogue: str, fid: str, uuid: str) -> list[str]:
        """The names a reference to this item may carry: as the file's rows name it, and as it is now."""
        names = [self.file_names[catalogue].get(fid, "")]
        item = self.cats.by_uuid(uuid)
        if item is not None:
            names.append(item.name)
        return [n for n in names if n]

    def _catalogue_rows(self, skip: set[tuple[str, int]]) -> None:
        """Every row of the catalogue sheets: which item it is, and the item's content when edited."""
        from ropa.exports.tables import CATALOGUE_SHEETS

        for catalogue, (key, item_columns) in CATALOGUE_SHEETS.items():
            if key not in self.found:
                continue
            columns = _columns(key)
            positions = [columns.index(c) for c in item_columns]
            built: set[str] = set()
            for r, row in self.rows(key):
                if (key, r) in skip:
                    continue
                cell = dict(zip(columns, row, strict=True))
                name = cell[item_columns[0]]
                if not name:
                    self.ctx.problem(self.where(key, r, item_columns[0]), "item_without_name")
                    continue
                values = [row[p] for p in positions]
                uuid, original = self._identify(catalogue, cell.get("uuid", ""), name)
                self.row_item[(key, r)] = uuid
                if original is not None:
                    rendered = self._mask(key, ["", "", *self.view.catalogue_cells(catalogue, original)]
                                          + [""] * (len(columns) - 2 - len(item_columns)))
                    if [rendered[p] for p in positions] == values:
                        continue  # reads as the register's item: kept as it is (or as another row edited it)
                elif uuid in built:
                    continue  # a new item: its first row says what it is
                item = self._build_item(catalogue, key, r, cell, uuid)
                built.add(uuid)
                if item != self.cats.by_uuid(uuid):
                    self._put(catalogue, item)

    def _build_item(self, catalogue: str, key: str, r: int, cell: dict[str, str], uuid: str) -> CatalogueItem:
        if catalogue == "data_categories":
            return DataCategory(
                uuid, cell["data_category"], cell["description"],
                self._coded(SpecialCategory, cell["special_category"], key, r, "special_category"),
                self.labels.boolean(cell["criminal"]) is True,
            )
        if catalogue == "data_subject_categories":
            return DataSubjectCategory(
                uuid, cell["data_subject_category"], cell["description"], self.labels.boolean(cell["vulnerable"]) is True
            )
        if catalogue == "recipients":
            return Recipient(
                uuid, cell["recipient"],
                self._coded(RecipientType, cell["recipient_type"], key, r, "recipient_type") or RecipientType.PROCESSOR,
                self._country(cell["country"], self.where(key, r, "country")), cell["contact"], cell["description"],
                cell["contract_reference"], self._date(cell["contract_date"], key, r, "contract_date"),
                self.labels.boolean(cell["dpf_certified"]) is True,
            )
        if catalogue == "security_measures":
            return SecurityMeasure(
                uuid, cell["measure"], self._coded(MeasureKind, cell["measure_kind"], key, r, "measure_kind")
                or MeasureKind.TECHNICAL, cell["description"],
            )
        if catalogue == "systems":
            return System(
                uuid, cell["system"], cell["vendor"],
                self._country(cell["hosting_country"], self.where(key, r, "hosting_country")), cell["description"],
            )
        return JointController(
            uuid, cell["joint_controller"], self._contact(cell, "contact", key, r), self._contact(cell, "dpo", key, r),
            self._contact(cell, "representative", key, r), cell["arrangement"], cell["arrangement_reference"],
        )

    def _contact(self, cell: dict[str, str], prefix: str, key: str, r: int) -> Contact:
        values = {field: cell[f"{prefix}_{field}"] for field in CONTACT_FIELDS}
        values["country"] = self._country(values["country"], self.where(key, r, f"{prefix}_country"))
        return Contact(**values)

    def _linked(self, key: str, rows: list[tuple[int, Row]]) -> tuple[str, ...]:
        out: list[str] = []
        for r, _row in rows:
            uuid = self.row_item.get((key, r))
            if uuid is not None and uuid not in out:
                out.append(uuid)
        return tuple(out)

    # -- one activity --

    def build(self) -> list[Activity]:
        from ropa.exports.tables import CATALOGUE_SHEETS

        catalogue_keys = {key for key, _columns in CATALOGUE_SHEETS.values()}
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
        skip: set[tuple[str, int]] = set()
        for key in ALL_KEYS[2:]:
            table: dict[str, list[tuple[int, Row]]] = {}
            for r, row in self.rows(key):
                if not row[0] and key in catalogue_keys:
                    continue  # an item no activity lists: only the catalogue takes it
                if row[0] not in records and not self._record_as_exported(row[0], records):
                    self.ctx.problem(self.where(key, r, "reference"), "unknown_activity", reference=row[0])
                    skip.add((key, r))
                    continue
                table.setdefault(row[0], []).append((r, row))
            details[key] = table
        self._catalogue_rows(skip)
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
        exported = _is_uuid(cell.get("uuid", ""))  # a row ropa wrote, not one typed in
        if existing is None:
            base = Activity(uuid=self._claim(cell.get("uuid", "")), reference=reference, name=cell["activity"])
        else:
            base = existing
        changes: dict[str, Any] = {}

        def present(column: str) -> bool:
            return self.present(key, column)

        def changed(column: str) -> bool:
            return present(column) and (existing is None or before.get(column) != cell[column])

        if changed("activity"):
            changes["name"] = cell["activity"]
        if changed("description"):
            changes["description"] = cell["description"]
        if changed("owner"):
            changes["owner"] = cell["owner"]
        if changed("notes"):
            changes["notes"] = cell["notes"]
        if changed("template"):
            changes["template_id"] = cell["template"]
        if changed("template_version"):
            changes["template_version"] = cell["template_version"]
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
                was = getattr(existing, target) if existing is not None else None
                stamp = self._stamp(cell[column], was, key, r, column)
                if existing is None or stamp != was:
                    changes[target] = stamp
        # summaries of lists whose structured sheet the file lacks (earlier exports): read from the record cell
        if "joint_controllers" not in self.found and changed("joint_controllers"):
            changes["joint_controllers"] = self._joint(cell["joint_controllers"])
        if "sources" not in self.found and changed("sources"):
            changes["sources"] = self._sources(cell["sources"], base)
        if "systems" not in self.found and changed("systems"):
            changes["systems"] = self._systems(cell["systems"])
        if key == "processor" and "served_controllers" not in self.found and any(changed(c) for c in SERVED_SUMMARY):
            changes["served_controllers"] = self._served(cell, base)
        if any(changed(c) for c in DPIA):
            changes["dpia"] = self._dpia(cell, key, r, structured=present("dpia_completed"))
        if all(present(c) for c in AUTOMATED):
            typed = existing is None and not any(cell[c] for c in AUTOMATED)  # only the summary filled in
            if any(changed(c) for c in AUTOMATED) and not typed:
                changes["automated_decision"] = AutomatedDecision(
                    self.labels.boolean(cell["automated_exists"]) is True, self.labels.boolean(cell["profiling"]) is True,
                    self.labels.boolean(cell["legal_effect"]) is True, cell["logic"],
                )
            elif changed("automated"):  # the summary was edited, the structured columns were not
                changes["automated_decision"] = self._automated(cell["automated"])
        elif changed("automated"):
            changes["automated_decision"] = self._automated(cell["automated"])
        activity = replace(base, **changes)
        if exported:
            self.activity_ids[cell["uuid"]] = activity.uuid
        activity = self._details(activity, existing, details, key, cell, changed)
        if existing is None:
            if not exported:  # a row typed into the file: stamped now
                stamp = activity.created_at or _now()
                activity = replace(activity, created_at=stamp, updated_at=activity.updated_at or stamp)
        elif activity != existing and "updated_at" not in changes:
            activity = replace(activity, updated_at=_now())
        elif existing.created_at and activity.created_at and existing.created_at.date() == activity.created_at.date():
            activity = replace(activity, created_at=existing.created_at)
        return activity

    def _details(
        self,
        activity: Activity,
        existing: Activity | None,
        details: dict[str, list[tuple[int, Row]]],
        record: str,
        cell: dict[str, str],
        changed: Callable[[str], bool],
    ) -> Activity:
        """Lists from the detail sheets: kept as they are when their rows read as the exporter writes them.

        For a list a record cell also summarises (systems, joint controllers, sources, controllers
        served): when only the summary was edited, the summary is read, as with earlier exports.
        """
        reference = activity.reference
        builders: tuple[tuple[str, Callable[[Activity, list[tuple[int, Row]]], Activity]], ...] = (
            ("purposes", self._purposes),
            ("data_categories", self._data),
            ("data_subjects", self._subjects),
            ("recipients", self._recipients),
            ("transfers", self._transfers),
            ("retention", self._retention),
            ("security", self._security),
            ("sources", self._source_rows),
            ("systems", lambda a, rows: replace(a, systems=self._linked("systems", rows))),
            ("joint_controllers", lambda a, rows: replace(a, joint_controllers=self._linked("joint_controllers", rows))),
            ("served_controllers", self._served_rows),
        )
        for key, builder in builders:
            if key not in self.found:
                continue
            rows = details.get(key, [])
            summary = [c for c in SUMMARIES.get(key, ()) if self.present(record, c)]
            if existing is not None:
                rendered = self.rendered.get(key, {}).get(reference, [])
                if [row for _, row in rows] != rendered:
                    activity = builder(activity, rows)
                elif any(changed(c) for c in summary):
                    activity = self._summary(key, activity, cell)
            elif rows or not any(cell[c] for c in summary):
                activity = builder(activity, rows)
            else:  # a new activity typed into the record sheet, its list only in the summary cell
                activity = self._summary(key, activity, cell)
        return activity

    def _summary(self, key: str, activity: Activity, cell: dict[str, str]) -> Activity:
        if key == "sources":
            return replace(activity, sources=self._sources(cell["sources"], activity))
        if key == "systems":
            return replace(activity, systems=self._systems(cell["systems"]))
        if key == "joint_controllers":
            return replace(activity, joint_controllers=self._joint(cell["joint_controllers"]))
        return replace(activity, served_controllers=self._served(cell, activity))

    # -- parsing helpers --

    def _coded(self, enum: type[E], text: str, key: str, r: int, column: str) -> E | None:
        return self._coded_at(enum, text, self.where(key, r, column), column)

    def _coded_at(self, enum: type[E], text: str, where: str, column: str) -> E | None:
        if not text or text == self.labels.not_documented:
            return None
        found = self.labels.enum(enum, text)
        if found is None:
            self.ctx.problem(where, "bad_value", value=text, what=self.ctx.t("what." + column)
                             if self.ctx.tr.has(f"import.what.{column}") else column, hint="")
        return found

    def _date(self, text: str, key: str, r: int, column: str) -> date | None:
        if not text:
            return None
        day = self.labels.date(text)
        if day is None:
            self.ctx.problem(self.where(key, r, column), "bad_date", value=text)
        return day

    def _stamp(self, text: str, was: datetime | None, key: str, r: int, column: str) -> datetime | None:
        """A creation/update stamp: ISO date and time as exported, or a day (then the register's time of
        that day is kept)."""
        if not text:
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}.*", text):
            try:
                stamp = datetime.fromisoformat(text)
            except ValueError:
                pass
            else:
                if stamp.tzinfo is not None:
                    stamp = stamp.astimezone(UTC).replace(tzinfo=None)
                return stamp
        day = self._date(text, key, r, column)
        if day is None:
            return was
        if was is not None and was.date() == day:
            return was
        return datetime(day.year, day.month, day.day)

    def _number(self, text: str, key: str, r: int, column: str) -> int | None:
        if not text:
            return None
        digits = re.sub(r"[\s\u202f.,'’]", "", text)
        if not re.fullmatch(r"\d{1,9}", digits):
            self.ctx.problem(self.where(key, r, column), "bad_number", value=text)
            return None
        return int(digits)

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

    def _dpia(self, cell: dict[str, str], key: str, r: int, *, structured: bool) -> Dpia:
        if structured:  # the reference and the day of completion have a column each
            reference, completed_on = cell["dpia_reference"], self._date(cell["dpia_completed"], key, r, "dpia_completed")
        else:  # earlier exports: "reference; Completed on <day>" in one cell
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

    def _automated(self, text: str) -> AutomatedDecision:
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

    @staticmethod
    def _by_uuid(pool: list[Any], fid: str) -> Any:
        same = next((x for x in pool if fid and x.uuid == fid), None)
        if same is not None:
            pool.remove(same)
        return same

    def _child(self, same: Any, fid: str) -> str:
        return str(same.uuid) if same is not None else self._claim(fid)

    def _purposes(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        columns = _columns("purposes")
        out = []
        pool = list(activity.purposes)
        for r, row in rows:
            cell = dict(zip(columns, row, strict=True))
            purpose = Purpose(
                "", cell["purpose"], self._coded(LegalBasis, cell["legal_basis"], "purposes", r, "legal_basis"),
                cell["legal_reference"], cell["legitimate_interest"],
            )
            same = self._by_uuid(pool, cell["uuid"])
            if same is None:
                same = next((p for p in pool if norm(p.description) == norm(purpose.description)), None)
                if same is not None:
                    pool.remove(same)
            out.append(replace(purpose, uuid=self._child(same, cell["uuid"])))
        return replace(activity, purposes=tuple(out))

    def _data(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        columns = _columns("data_categories")
        data = []
        seen: set[str] = set()
        for r, row in rows:
            uuid = self.row_item.get(("data_categories", r))
            if uuid is None or uuid in seen:
                continue
            seen.add(uuid)
            cell = dict(zip(columns, row, strict=True))
            art9 = self._coded(Art9Condition, cell["art9_condition"], "data_categories", r, "art9_condition")
            previous = next((d for d in activity.data if d.category == uuid), None)
            item = ProcessedData(uuid, art9, cell["condition_reference"])
            data.append(previous if previous == item else item)
        return replace(activity, data=tuple(data))

    def _subjects(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        return replace(activity, data_subjects=self._linked("data_subjects", rows))

    def _recipients(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        return replace(activity, recipients=self._linked("recipients", rows))

    def _security(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        return replace(activity, security_measures=self._linked("security", rows))

    def _reference(self, catalogue: str, name: str, fid: str) -> str | None:
        """The item a cell names, with the hidden UUID next to it: that item while the name still fits it."""
        uuid = self._resolve(catalogue, fid) if fid else None
        if uuid is not None and any(_same_name(name, n) for n in self._names_of(catalogue, fid, uuid)):
            return uuid
        return None

    def _transfers(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        columns = _columns("transfers")
        out = []
        pool = list(activity.transfers)
        for r, row in rows:
            cell = dict(zip(columns, row, strict=True))
            country = cell["country"]
            code = self._country(country, self.where("transfers", r, "country"))
            recipient_uuid = None
            if cell["recipient"]:
                recipient_uuid = self._reference("recipients", cell["recipient"], cell["recipient_uuid"])
                if recipient_uuid is None:
                    recipient_uuid = self._get_or_create("recipients", cell["recipient"], country=code)
            transfer = Transfer(
                "", recipient_uuid, code, cell["international_organisation"],
                self._coded(TransferMechanism, cell["mechanism"], "transfers", r, "mechanism"),
                self._coded(SccModule, cell["scc_module"], "transfers", r, "scc_module"),
                self._coded(Derogation, cell["derogation"], "transfers", r, "derogation"),
                self.labels.boolean(cell["repetitive"]) is True, cell["safeguards"], cell["documentation"],
                cell["tia_reference"], self._date(cell["tia_date"], "transfers", r, "tia_date"),
            )
            same = self._by_uuid(pool, cell["uuid"])
            if same is None:
                same = next((t for t in pool if (t.recipient, t.country, t.international_organisation)
                             == (recipient_uuid, code, transfer.international_organisation)), None)
                if same is not None:
                    pool.remove(same)
            out.append(replace(transfer, uuid=self._child(same, cell["uuid"])))
        return replace(activity, transfers=tuple(out))

    def _categories(self, names: str, fids: str) -> tuple[str, ...]:
        """The data categories of a retention rule: by the hidden UUIDs while the names still fit them."""
        ids = [x.strip() for x in fids.split("\n") if x.strip()]
        resolved = [self._resolve("data_categories", f) for f in ids]
        if ids and all(resolved):
            uuids = [u for u in resolved if u is not None]
            for source in ("file", "now"):
                expected = [
                    self.file_names["data_categories"].get(f, "") if source == "file"
                    else getattr(self.cats.by_uuid(u), "name", "")
                    for f, u in zip(ids, uuids, strict=True)
                ]
                if _cell("\n".join(expected)) == names:
                    return tuple(uuids)
        lines = _lines(names)
        out: list[str] = []
        for i, name in enumerate(lines):
            uuid = None
            if len(lines) == len(ids):
                uuid = self._reference("data_categories", name, ids[i])
            if uuid is None:
                uuid = self._get_or_create("data_categories", name)
            out.append(uuid)
        return tuple(out)

    def _retention(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        columns = _columns("retention")
        structured = self.present("retention", "duration_value") and self.present("retention", "duration_unit")
        out = []
        pool = list(activity.retention)
        for r, row in rows:
            cell = dict(zip(columns, row, strict=True))
            uuids = self._categories(cell["data_categories"], cell["category_uuids"])
            retention_kind = self._coded(RetentionKind, cell["retention_kind"], "retention", r, "retention_kind") \
                or RetentionKind.CRITERIA
            same = self._by_uuid(pool, cell["uuid"])
            value, unit = None, None
            read_summary = retention_kind is RetentionKind.DURATION
            if structured:
                value = self._number(cell["duration_value"], "retention", r, "duration_value")
                unit = self._coded(DurationUnit, cell["duration_unit"], "retention", r, "duration_unit")
                figures = [cell["duration_value"], cell["duration_unit"]]
                if same is not None:  # read the time limit only if it was edited and the figures were not
                    read_summary = read_summary and figures == [_written(v) for v in self.view.duration_cells(same)] \
                        and cell["time_limit"] != _written(self.fmt.time_limit(same))
                else:
                    read_summary = read_summary and not any(figures)
            if read_summary:
                parsed = parse_retention(cell["time_limit"])
                value, unit = parsed.value, parsed.unit
            rule = RetentionRule(
                "", tuple(uuids), retention_kind, value, unit, cell["trigger"], cell["criteria"], cell["legal_reference"],
                self._coded(EndAction, cell["end_action"], "retention", r, "end_action"),
            )
            if same is None:
                same = next((x for x in pool if replace(x, uuid="") == rule), None) or next(
                    (x for x in pool if x.data_categories == rule.data_categories), None
                )
                if same is not None:
                    pool.remove(same)
            out.append(replace(rule, uuid=self._child(same, cell["uuid"])))
        return replace(activity, retention=tuple(out))

    def _source_rows(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        columns = _columns("sources")
        out = []
        pool = list(activity.sources)
        for r, row in rows:
            cell = dict(zip(columns, row, strict=True))
            kind = self._coded(SourceKind, cell["source_kind"], "sources", r, "source_kind") or SourceKind.DATA_SUBJECT
            same = self._by_uuid(pool, cell["uuid"])
            if same is None:
                same = next((s for s in pool if (s.kind, s.description) == (kind, cell["description"])), None)
                if same is not None:
                    pool.remove(same)
            out.append(Source(self._child(same, cell["uuid"]), kind, cell["description"]))
        return replace(activity, sources=tuple(out))

    def _served_rows(self, activity: Activity, rows: list[tuple[int, Row]]) -> Activity:
        columns = _columns("served_controllers")
        out = []
        pool = list(activity.served_controllers)
        for r, row in rows:
            cell = dict(zip(columns, row, strict=True))
            served = ServedController(
                "", self._contact(cell, "controller", "served_controllers", r),
                self._contact(cell, "representative", "served_controllers", r),
                self._contact(cell, "dpo", "served_controllers", r), cell["processing_categories"],
            )
            same = self._by_uuid(pool, cell["uuid"])
            if same is None:
                same = next((s for s in pool if norm(s.contact.name) == norm(served.contact.name)), None)
                if same is not None:
                    pool.remove(same)
            out.append(replace(served, uuid=self._child(same, cell["uuid"])))
        return replace(activity, served_controllers=tuple(out))


    # -- acknowledgements --

    def acknowledgements(self) -> tuple[Acknowledgement, ...]:
        """The acknowledged findings: a row as exported keeps the register's; others are read (after the
        activities and catalogue items, whose UUIDs in this register they point to)."""
        if "acknowledgements" not in self.found:
            return ()
        key, columns = "acknowledgements", _columns("acknowledgements")
        unchanged = {tuple(row) for rows in self.rendered.get(key, {}).values() for row in rows}
        existing = {(a.rule_id, a.target): a for a in self.current.acknowledgements}
        out: list[Acknowledgement] = []
        for r, row in self.rows(key):
            if tuple(row) in unchanged:
                continue
            cell = dict(zip(columns, row, strict=True))
            target = self._target(cell)
            for column, problem, value in (("rule", "ack_without_rule", cell["rule"]),
                                           ("justification", "ack_without_justification", cell["justification"]),
                                           ("reference", "ack_without_target", target)):
                if not value:
                    self.ctx.problem(self.where(key, r, column), problem)
            if not (cell["rule"] and cell["justification"] and target):
                continue
            same = existing.get((cell["rule"], target))
            out.append(Acknowledgement(
                same.uuid if same is not None else self._claim(cell["uuid"]), cell["rule"], target,
                cell["justification"], cell["acknowledged_by"],
                self._stamp(cell["acknowledged_at"], same.acknowledged_at if same else None, key, r, "acknowledged_at"),
            ))
        return tuple(out)

    def _target(self, cell: dict[str, str]) -> str:
        """What an acknowledgement concerns: the hidden UUID as imported, else the activity or item it names."""
        fid = cell["target"]
        if fid in self.activity_ids:
            return self.activity_ids[fid]
        for name in CATALOGUES:
            uuid = self._resolve(name, fid) if fid else None
            if uuid is not None:
                return uuid
        if cell["reference"]:
            owner = self.acts.owner_of(cell["reference"])  # an activity of the register or of this file
            if owner is not None:
                return owner
        if cell["concerned_item"]:
            for name in CATALOGUES:
                item = self._find_name(name, cell["concerned_item"])
                if item is not None:
                    return item.uuid
        return fid if _is_uuid(fid) else ""


def import_workbook(workbook: Workbook, current: Register, ctx: Context) -> ImportedRegister:
    """The register content of a ropa Excel export, merged onto ``current`` (nothing is written here)."""
    located = locate(workbook)
    if located is None:
        raise ctx.fail("unknown_layout", file=workbook.path.name)
    t = Translator(located.language)
    for key in SHEET_KEYS:
        if key not in located.found:
            ctx.problem(ctx.where(t(f"export.sheet.{key}")), "own_missing_sheet", sheet=t(f"export.sheet.{key}"))
    ctx.raise_if_any()
    importer = _OwnImport(workbook, current, ctx, located)
    organisation = importer.organisation()
    activities = importer.build()
    acknowledgements = importer.acknowledgements()
    ctx.raise_if_any()
    return replace(build_register(organisation, activities, importer.cats, ctx.warnings), acknowledgements=acknowledgements)
