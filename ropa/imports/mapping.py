"""Import any spreadsheet through a column mapping: one row is one processing activity.

A :class:`Mapping` says which sheet, which header row, and which register field each column holds;
``guess_mapping`` proposes one from the header names (EN/FR/NL/DE synonyms and the ICO template's
columns, ``resources/reference/import-headers.toml``). Mappings are saved as small JSON files and
reused (``ropa import REGISTER SOURCE --mapping MAPPING.json``); the format is in docs/import.md::

    {"format": "ropa-import-mapping", "version": 1, "sheet": "Template", "header_row": 9,
     "columns": {"Purpose of processing": "purposes", "Business function": "owner"},
     "values": {"legal_basis": {"Contract": "6.1.b"}}}

Cells holding several values are split on new lines and semicolons. Coded values (legal bases,
roles...) are recognised from the labels of the four languages ("consent", "toestemming",
"Einwilligung", "6(1)(a)"...) or translated by the mapping's ``values``; catalogue values link to
the existing item of that name (case and accents ignored). Rows are matched to the register by
UUID or reference when those columns are mapped; an empty cell never erases what the register has.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from ropa.domain.enums import (
    Art9Condition,
    DpiaStatus,
    LegalBasis,
    Role,
    SourceKind,
    SpecialCategory,
    Status,
    TransferMechanism,
)
from ropa.domain.model import (
    Activity,
    AutomatedDecision,
    DataCategory,
    ProcessedData,
    Purpose,
    Register,
    Source,
    Transfer,
)
from ropa.errors import ValidationError
from ropa.i18n import Translator
from ropa.imports.common import (
    Activities,
    Catalogues,
    Context,
    ImportedRegister,
    build_register,
    clean,
    guess_special_category,
    keep_matching,
    match_country,
    match_enum,
    new_uuid,
    norm,
    parse_bool,
    parse_date,
    parse_retention,
    retention_signature,
    split_values,
    vocabulary,
)
from ropa.imports.sheets import DEFAULT_LIMITS, Sheet, Workbook, range_name

FORMAT = "ropa-import-mapping"
VERSION = 1
IGNORE = "ignore"
NOTES = "notes"

#: what a column can be mapped to, in the order the mapping step lists them
FIELDS: tuple[str, ...] = (
    "reference",
    "uuid",
    "name",
    "description",
    "owner",
    "role",
    "status",
    "purposes",
    "legal_basis",
    "legal_basis_reference",
    "legitimate_interest",
    "data_subjects",
    "data_categories",
    "special_categories",
    "art9_condition",
    "sources",
    "recipients",
    "transfer_countries",
    "transfer_safeguards",
    "transfer_documentation",
    "retention",
    "security_measures",
    "systems",
    "joint_controllers",
    "dpia_required",
    "dpia_status",
    "dpia_reference",
    "automated_decision",
    "created_at",
    "updated_at",
    "last_reviewed",
    "next_review",
    NOTES,
    IGNORE,
)
REPEATABLE = frozenset({NOTES, IGNORE})
CATALOGUE_FIELDS = {
    "data_subjects": "data_subject_categories",
    "data_categories": "data_categories",
    "special_categories": "data_categories",
    "recipients": "recipients",
    "security_measures": "security_measures",
    "systems": "systems",
    "joint_controllers": "joint_controllers",
}


def field_label(name: str, language: str = "en") -> str:
    """The name of a mappable field for people (the mapping step's drop-down)."""
    return Translator(language)(f"import.field.{name}")


@dataclass(frozen=True)
class Mapping:
    """Which column holds which register field; header texts are matched without case or accents."""

    columns: dict[str, str]
    sheet: str | None = None
    header_row: int | None = None  # 1-based, as the spreadsheet shows it; None: found automatically
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
        if self.name:
            data["name"] = self.name
        if self.sheet is not None:
            data["sheet"] = self.sheet
        if self.header_row is not None:
            data["header_row"] = self.header_row
        data["columns"] = dict(self.columns)
        if self.values:
            data["values"] = {k: dict(v) for k, v in self.values.items()}
        return data

    @classmethod
    def from_json(cls, data: Any) -> Mapping:
        """Raises ValueError with a plain reason when ``data`` is not a mapping."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f'not a ropa mapping file ("format" must be "{FORMAT}")')
        if data.get("version") != VERSION:
            raise ValueError(f"version {data.get('version')!r} is not supported (this ropa reads version {VERSION})")
        columns = data.get("columns")
        if not isinstance(columns, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in columns.items()):
            raise ValueError('"columns" must map header texts to field names')
        sheet = data.get("sheet")
        if sheet is not None and not isinstance(sheet, str):
            raise ValueError('"sheet" must be a sheet name')
        header_row = data.get("header_row")
        if header_row is not None and (
            not isinstance(header_row, int) or isinstance(header_row, bool) or not 1 <= header_row <= DEFAULT_LIMITS.max_rows
        ):
            raise ValueError(f'"header_row" must be a row number (1 for the first row, at most {DEFAULT_LIMITS.max_rows:,})')
        values = data.get("values", {})
        if not isinstance(values, dict) or not all(
            isinstance(k, str) and isinstance(v, dict) and all(isinstance(a, str) and isinstance(b, str) for a, b in v.items())
            for k, v in values.items()
        ):
            raise ValueError('"values" must map field names to {"cell text": "value"} tables')
        name = data.get("name", "")
        if not isinstance(name, str):
            raise ValueError('"name" must be text')
        return cls(dict(columns), sheet, header_row, {k: dict(v) for k, v in values.items()}, str(name))


def save_mapping(mapping: Mapping, path: str | Path) -> Path:
    """Write the mapping as JSON (atomically: an existing file is replaced only when complete)."""
    path = Path(path)
    text = json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n"
    from ropa.outputs import write_text

    return write_text(path, text)


MAX_MAPPING_BYTES = 1024 * 1024


def load_mapping(path: str | Path, ctx: Context | None = None) -> Mapping:
    """Read a saved mapping: a regular file of at most 1 MB of JSON; anything else is one clear line."""
    from ropa.imports.files import NotReadable, read_file

    ctx = ctx or Context()
    path = Path(path)
    try:
        raw = read_file(path, MAX_MAPPING_BYTES)
    except NotReadable as exc:
        if exc.kind == "too_big":
            raise ctx.fail("mapping_invalid", file=path.name, reason=ctx.t("read.reason.larger_than", limit="1 MB")) from None
        reason = exc.reason if exc.kind == "os" else ctx.t(f"read.kind.{exc.kind}")
        raise ctx.fail("mapping_unreadable", file=path.name, reason=reason) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ctx.fail("mapping_invalid", file=path.name, reason=f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ctx.fail("mapping_invalid", file=path.name, reason=f"{exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ctx.fail("mapping_invalid", file=path.name, reason=ctx.t("read.reason.too_deep")) from None
    except ValueError as exc:  # a number with more digits than Python converts
        raise ctx.fail("mapping_invalid", file=path.name, reason=" ".join(str(exc).split())[:120]) from None
    try:
        mapping = Mapping.from_json(data)
    except ValueError as exc:
        raise ctx.fail("mapping_invalid", file=path.name, reason=str(exc)) from None
    for column, target in mapping.columns.items():
        if target not in FIELDS:
            raise ctx.fail("unknown_field", column=column, field=target, fields=", ".join(FIELDS))
    return mapping


# --- guessing -----------------------------------------------------------------------------------


@cache
def _synonyms() -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    for name, languages in vocabulary()["headers"].items():
        for words in languages.values():
            for word in words:
                key = norm(word)
                exact.setdefault(key, name)
                phrases.append((key, name))
    phrases.sort(key=lambda kv: -len(kv[0]))
    return exact, phrases


def guess_field(header: str) -> str | None:
    """The register field a column header most likely names, or None."""
    key = norm(header)
    if not key:
        return None
    exact, phrases = _synonyms()
    if key in exact:
        return exact[key]
    for phrase, name in phrases:
        if len(phrase) >= 4 and f" {phrase} " in f" {key} ":
            return name
    return None


def guess_mapping(headers: Sequence[str], *, sheet: str | None = None, header_row: int | None = None) -> Mapping:
    """A first mapping from header names: each field once (later duplicates go to the notes)."""
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        text = clean(header)
        if not text or text in columns:
            continue
        guess = guess_field(text)
        if guess is None:
            continue
        if guess in taken and guess not in REPEATABLE:
            guess = NOTES
        taken.add(guess)
        columns[text] = guess
    return Mapping(columns, sheet, header_row)


def _score(row: Sequence[str], wanted: set[str] | None) -> int:
    if wanted is not None:
        return sum(1 for v in row if norm(v) in wanted)
    return sum(1 for v in row if guess_field(v) not in (None, NOTES, IGNORE))


def find_header_row(sheet: Sheet, mapping: Mapping | None = None, *, scan: int = 50) -> int | None:
    """0-based index of the header row: the first rows' best match for the mapping's headers (or any field)."""
    wanted = {norm(k) for k in mapping.columns} if mapping is not None else None
    best, best_score = None, 0
    for r in range(min(sheet.row_count, scan)):
        score = _score(sheet.row(r), wanted)
        if score > best_score:
            best, best_score = r, score
    minimum = 1 if wanted is not None else 2
    return best if best_score >= minimum else None


def guess_for_workbook(workbook: Workbook) -> Mapping:
    """Sheet, header row and columns guessed for a whole workbook (the mapping step's starting point)."""
    best: tuple[int, Sheet, int] | None = None
    for sheet in workbook.sheets:
        row = find_header_row(sheet)
        if row is None:
            continue
        score = _score(sheet.row(row), None)
        if best is None or score > best[0]:
            best = (score, sheet, row)
    if best is None:
        first = next((s for s in workbook.sheets if not s.is_empty()), None)
        if first is None:
            return Mapping({})
        return Mapping({h: IGNORE for h in first.row(0) if clean(h)}, first.name, 1)
    _, sheet, row = best
    return guess_mapping(sheet.row(row), sheet=sheet.name, header_row=row + 1)


# --- importing ----------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass
class _Row:
    """The mapped cells of one data row: field → [(column header, cell text)]."""

    index: int  # 0-based
    cells: dict[str, list[tuple[str, str]]]

    def text(self, name: str) -> str:
        return "\n".join(v for _, v in self.cells.get(name, []) if v)

    def column(self, name: str) -> str:
        found = self.cells.get(name)
        return found[0][0] if found else name


class _MappedImport:
    def __init__(self, workbook: Workbook, mapping: Mapping, current: Register, ctx: Context) -> None:
        self.workbook = workbook
        self.mapping = mapping
        self.current = current
        self.ctx = ctx
        self.cats = Catalogues(current)
        self.acts = Activities(current)
        self.sheet = self._sheet()
        self.translations = {
            f: {norm(k): v for k, v in table.items()} for f, table in mapping.values.items()
        }
        self.seen: dict[str, int] = {}

    def _sheet(self) -> Sheet:
        names = ", ".join(f"'{n}'" for n in self.workbook.names)
        if self.mapping.sheet:
            sheet = self.workbook.sheet(self.mapping.sheet)
            if sheet is None:
                raise self.ctx.fail("no_sheet", file=self.workbook.path.name, sheet=self.mapping.sheet, sheets=names)
            return sheet
        if self.mapping.columns:
            candidates = [(s, find_header_row(s, self.mapping)) for s in self.workbook.sheets]
            for sheet, row in candidates:
                if row is not None:
                    return sheet
        sheet = next((s for s in self.workbook.sheets if not s.is_empty()), None)
        if sheet is None:
            raise self.ctx.fail("no_data_sheet", file=self.workbook.path.name)
        return sheet

    def where(self, row: int, column: str | None = None) -> str:
        return self.ctx.where(self.sheet.name, row + 1, column)

    # -- the header row and the columns --

    def columns(self) -> tuple[int, dict[int, tuple[str, str]]]:
        """Header row (0-based) and column index → (header text, field)."""
        sheet, mapping = self.sheet, self.mapping
        if mapping.header_row is not None:
            header = mapping.header_row - 1
        else:
            found = find_header_row(sheet, mapping)
            if found is None:
                expected = ", ".join(f"'{k}'" for k in list(mapping.columns)[:4])
                raise ValidationError([f"{self.ctx.where(sheet.name)}: {self.ctx.t('problem.no_header', expected=expected)}"])
            header = found
        self._check_merged(header, None)
        headers = {norm(text): (c, clean(text)) for c, text in enumerate(sheet.row(header)) if clean(text)}
        out: dict[int, tuple[str, str]] = {}
        by_field: dict[str, str] = {}
        for column, target in mapping.columns.items():
            if target not in FIELDS:
                self.ctx.problem(
                    self.ctx.where(sheet.name), "unknown_field", column=column, field=target, fields=", ".join(FIELDS)
                )
                continue
            hit = headers.get(norm(column))
            if hit is None:
                found_headers = ", ".join(f"'{t}'" for _, t in list(headers.values())[:12])
                self.ctx.problem(self.where(header), "header_missing", column=column, row=header + 1, found=found_headers)
                continue
            if target in by_field and target not in REPEATABLE:
                self.ctx.problem(self.where(header), "duplicate_field", first=by_field[target], second=column, field=target)
                continue
            by_field[target] = column
            out[hit[0]] = (hit[1], target)
        if not any(t not in REPEATABLE or t == NOTES for _, t in out.values()) and not self.ctx.problems:
            self.ctx.problem(self.ctx.where(sheet.name), "no_mapped_columns")
        self._check_merged(header, set(out))
        self.ctx.raise_if_any()
        return header, out

    def _check_merged(self, header: int, used: set[int] | None) -> None:
        """Merged cells in the header row (``used`` None), or in the table's mapped columns, are refused."""
        for area in self.sheet.merged:
            first_row, first_col, last_row, last_col = area
            in_header = first_row <= header <= last_row
            if used is None:
                if in_header:
                    self.ctx.problem(self.ctx.where(self.sheet.name, header + 1), "merged_header", cells=range_name(area))
                continue
            if in_header or last_row < header or not any(first_col <= c <= last_col for c in used):
                continue
            self.ctx.problem(self.ctx.where(self.sheet.name, first_row + 1), "merged_data", cells=range_name(area))

    # -- values --

    def translate(self, name: str, text: str) -> str:
        return self.translations.get(name, {}).get(norm(text), text)

    def parts(self, row: _Row, name: str) -> list[str]:
        return [self.translate(name, v) for v in split_values(row.text(name))]

    def coded(self, row: _Row, name: str, enum: Any, what: str) -> list[Any]:
        out = []
        for part in self.parts(row, name):
            found = match_enum(enum, part)
            if found is None:
                hint = self._hint(enum)
                self.ctx.problem(
                    self.where(row.index, row.column(name)), "bad_value", value=part, what=self.ctx.t(f"what.{what}"), hint=hint
                )
            elif found not in out:
                out.append(found)
        return out

    def _hint(self, enum: Any) -> str:
        labels = [self.ctx.tr.enum(m) for m in enum]
        return " (" + "; ".join(labels) + ")"

    def one_coded(self, row: _Row, name: str, enum: Any, what: str) -> Any:
        found = self.coded(row, name, enum, what)
        return found[0] if found else None

    def day(self, row: _Row, name: str) -> date | None:
        text = row.text(name)
        try:
            return parse_date(text.splitlines()[0] if text else "")
        except ValueError:
            self.ctx.problem(self.where(row.index, row.column(name)), "bad_date", value=text)
            return None

    def items(self, row: _Row, name: str, make: Callable[[str], dict[str, Any]] | None = None) -> list[str]:
        catalogue = CATALOGUE_FIELDS[name]
        out: list[str] = []
        for part in self.parts(row, name):
            item = self.cats.find(catalogue, part) or self.cats.get_or_create(catalogue, part, **(make(part) if make else {}))
            if item.uuid not in out:
                out.append(item.uuid)
        return out

    # -- one row --

    def activity(self, row: _Row) -> Activity | None:
        uuid = clean(row.text("uuid"))
        reference = clean(row.text("reference"))
        for key in (uuid, reference):
            if key:
                folded = key.casefold()
                if folded in self.seen:
                    self.ctx.problem(self.where(row.index), "duplicate_row", reference=key, other=self.seen[folded] + 1)
                    return None
                self.seen[folded] = row.index
        existing = self.acts.match(uuid, reference)
        purposes = self.parts(row, "purposes")
        name = clean(row.text("name").splitlines()[0]) if row.text("name") else ""
        if not name and purposes and existing is None:
            name = purposes[0] if len(purposes[0]) <= 200 else purposes[0][:199] + "…"
        if existing is None and not uuid and not reference and name:
            existing = self.acts.named(name)
        if not name and existing is None:
            self.ctx.problem(self.where(row.index), "no_name")
            return None
        base = existing or Activity(uuid=uuid or new_uuid(), reference="", name=name)
        changes: dict[str, Any] = {}
        if name:
            changes["name"] = name
        if not base.reference:
            changes["reference"] = reference or self.acts.allocate("PA-")
        elif reference:
            changes["reference"] = reference
        for text_field in ("description", "owner"):
            if row.text(text_field):
                changes[text_field] = clean(row.text(text_field))
        role = self.one_coded(row, "role", Role, "role")
        if role is not None:
            changes["role"] = role
        status = self.one_coded(row, "status", Status, "status")
        if status is not None:
            changes["status"] = status
        for date_field in ("last_reviewed", "next_review"):
            day = self.day(row, date_field)
            if day is not None:
                changes[date_field] = day
        self._purposes(row, base, purposes, changes)
        self._data(row, base, changes)
        for link in ("data_subjects", "recipients", "security_measures", "systems", "joint_controllers"):
            uuids = self.items(row, link)
            if uuids:
                changes[link] = tuple(uuids)
        self._transfers(row, base, changes)
        self._sources(row, base, changes)
        self._dpia(row, base, changes)
        self._automated(row, base, changes)
        self._notes(row, base, changes)
        activity = replace(base, **changes)
        created = self.day(row, "created_at")
        updated = self.day(row, "updated_at")
        if existing is None:
            first = _stamp(created) or _now()
            activity = replace(activity, created_at=first, updated_at=_stamp(updated) or first)
        else:
            if created is not None and (base.created_at is None or base.created_at.date() != created):
                activity = replace(activity, created_at=_stamp(created))
            if activity != existing:
                activity = replace(activity, updated_at=_now())
        return activity

    def _purposes(self, row: _Row, base: Activity, texts: list[str], changes: dict[str, Any]) -> None:
        bases: list[LegalBasis] = self.coded(row, "legal_basis", LegalBasis, "legal_basis")
        law = clean(row.text("legal_basis_reference"))
        interest = clean(row.text("legitimate_interest"))
        if not (texts or bases or law or interest):
            return
        if texts:
            purposes = keep_matching(base.purposes, [Purpose(new_uuid(), t) for t in texts], key=lambda p: norm(p.description))
        else:
            purposes = list(base.purposes)
        if bases and purposes:
            if len(bases) == 1:
                pairs = [(p, bases[0]) for p in purposes]
            elif len(purposes) == 1:
                first = purposes[0]
                pairs = [(first if i == 0 else Purpose(new_uuid(), first.description), b) for i, b in enumerate(bases)]
            elif len(bases) == len(purposes):
                pairs = list(zip(purposes, bases, strict=True))
            else:
                self.ctx.problem(
                    self.where(row.index, row.column("legal_basis")), "bases_purposes", bases=len(bases), purposes=len(purposes)
                )
                return
            purposes = [replace(p, legal_basis=b) for p, b in pairs]
        if law:
            wanted = [p for p in purposes if p.legal_basis in (LegalBasis.LEGAL_OBLIGATION, LegalBasis.PUBLIC_TASK)] or (
                purposes if not any(p.legal_basis for p in purposes) else []
            )
            purposes = [replace(p, legal_basis_reference=law) if p in wanted else p for p in purposes]
        if interest:
            wanted = [p for p in purposes if p.legal_basis is LegalBasis.LEGITIMATE_INTERESTS] or (
                purposes if not any(p.legal_basis for p in purposes) else []
            )
            purposes = [replace(p, legitimate_interest=interest) if p in wanted else p for p in purposes]
        changes["purposes"] = tuple(purposes)

    def _data(self, row: _Row, base: Activity, changes: dict[str, Any]) -> None:
        uuids = self.items(row, "data_categories")

        def classify(name: str) -> dict[str, Any]:
            guess = guess_special_category(name)
            if guess is None:
                self.ctx.warn(self.where(row.index, row.column("special_categories")), "sensitive_unknown", name=name)
                return {}
            if guess == "criminal":
                return {"criminal": True}
            return {"special_category": guess if isinstance(guess, SpecialCategory) else None}

        for uuid in self.items(row, "special_categories", classify):
            if uuid not in uuids:
                uuids.append(uuid)
        conditions: list[Art9Condition] = self.coded(row, "art9_condition", Art9Condition, "art9_condition")
        if not uuids and not conditions:
            self._retention(row, base, [d.category for d in base.data], changes)
            return
        if uuids:
            previous = {d.category: d for d in base.data}
            data = [previous.get(u, ProcessedData(u)) for u in uuids]
        else:
            data = list(base.data)
        if conditions:
            sensitive = {
                d.category
                for d in data
                if isinstance(self.cats.by_uuid(d.category), DataCategory) and self.cats.by_uuid(d.category).sensitive  # type: ignore[union-attr]
            }
            if not sensitive:
                self.ctx.warn(self.where(row.index, row.column("art9_condition")), "art9_without_sensitive")
            data = [replace(d, art9_condition=conditions[0]) if d.category in sensitive else d for d in data]
        changes["data"] = tuple(data)
        self._retention(row, base, [d.category for d in data], changes)

    def _retention(self, row: _Row, base: Activity, categories: list[str], changes: dict[str, Any]) -> None:
        lines = self.parts(row, "retention")
        if not lines:
            return
        names = {norm(item.name): item.uuid for item in (self.cats.by_uuid(u) for u in categories) if item is not None}
        rules = []
        for line in lines:
            head, colon, rest = line.partition(":")
            target = names.get(norm(head)) if colon and rest.strip() else None
            text = rest.strip() if target else line
            parsed = parse_retention(text)
            cats = (target,) if target else tuple(categories)
            rules.append(parsed.rule(new_uuid(), cats))
        kept = keep_matching(base.retention, rules, key=lambda r: (retention_signature(r), r.data_categories))
        changes["retention"] = tuple(kept)

    def _transfers(self, row: _Row, base: Activity, changes: dict[str, Any]) -> None:
        countries: list[str] = []
        for part in self.parts(row, "transfer_countries"):
            code = match_country(part)
            if code is None:
                self.ctx.problem(
                    self.where(row.index, row.column("transfer_countries")), "bad_country", value=part,
                    column=row.column("transfer_countries"),
                )
            elif code not in countries:
                countries.append(code)
        safeguards = self.parts(row, "transfer_safeguards")
        documentation = clean(row.text("transfer_documentation"))
        if not countries:
            return
        if len(safeguards) not in (0, 1, len(countries)):
            safeguards = ["; ".join(safeguards)]
        transfers = []
        for i, code in enumerate(countries):
            text = safeguards[0] if len(safeguards) == 1 else (safeguards[i] if safeguards else "")
            mechanism: TransferMechanism | None = None
            note = ""
            if text:
                if "privacy shield" in norm(text):
                    mechanism = TransferMechanism.NONE
                    self.ctx.warn(self.where(row.index, row.column("transfer_safeguards")), "mechanism_privacy_shield", value=text)
                    note = text
                elif match_enum(TransferMechanism, text, loose=False) is not None:
                    mechanism = match_enum(TransferMechanism, text, loose=False)  # the cell names the mechanism
                else:
                    mechanism = match_enum(TransferMechanism, text)
                    note = text  # free text that mentions a mechanism: kept as the documentation
            previous = next((t for t in base.transfers if t.country == code), None)
            if previous is not None:
                transfers.append(
                    replace(
                        previous,
                        mechanism=mechanism or previous.mechanism,
                        safeguards=note or previous.safeguards,
                        documentation_reference=documentation or previous.documentation_reference,
                    )
                )
            else:
                transfers.append(Transfer(new_uuid(), None, code, mechanism=mechanism, safeguards=note,
                                          documentation_reference=documentation))
        changes["transfers"] = tuple(transfers)

    def _sources(self, row: _Row, base: Activity, changes: dict[str, Any]) -> None:
        parts = self.parts(row, "sources")
        if parts:
            wanted = [Source(new_uuid(), match_enum(SourceKind, p) or SourceKind.DATA_SUBJECT, p) for p in parts]
            changes["sources"] = tuple(keep_matching(base.sources, wanted, key=lambda s: norm(s.description)))

    def _dpia(self, row: _Row, base: Activity, changes: dict[str, Any]) -> None:
        dpia = base.dpia
        text = row.text("dpia_required")
        if text:
            required = parse_bool(text)
            if required is None:
                self.ctx.problem(
                    self.where(row.index, row.column("dpia_required")), "bad_value", value=text,
                    what=self.ctx.t("what.yes_no"), hint="",
                )
            else:
                dpia = replace(dpia, required=required)
        status = self.one_coded(row, "dpia_status", DpiaStatus, "dpia_status")
        if status is not None:
            dpia = replace(dpia, status=status)
        if row.text("dpia_reference"):
            dpia = replace(dpia, reference=clean(row.text("dpia_reference")))
        if dpia != base.dpia:
            changes["dpia"] = dpia

    def _automated(self, row: _Row, base: Activity, changes: dict[str, Any]) -> None:
        text = clean(row.text("automated_decision"))
        if not text:
            return
        answer = parse_bool(text)
        if answer is None:
            changes["automated_decision"] = replace(base.automated_decision, exists=True, logic=text)
        else:
            changes["automated_decision"] = replace(base.automated_decision or AutomatedDecision(), exists=answer)

    def _notes(self, row: _Row, base: Activity, changes: dict[str, Any]) -> None:
        lines = [f"{header}: {clean(v)}" for header, v in row.cells.get(NOTES, []) if clean(v)]
        extra = [line for line in lines if line not in base.notes]
        if extra:
            changes["notes"] = "\n".join([base.notes, *extra]) if base.notes else "\n".join(extra)

    # -- the sheet --

    def run(self) -> ImportedRegister:
        header, columns = self.columns()
        activities: list[Activity] = []
        for r in range(header + 1, self.sheet.row_count):
            values = self.sheet.row(r)
            cells: dict[str, list[tuple[str, str]]] = {}
            for c, (text, target) in columns.items():
                if target == IGNORE:
                    continue
                value = values[c] if c < len(values) else ""
                cells.setdefault(target, []).append((text, value))
            if not any(clean(v) for pairs in cells.values() for _, v in pairs):
                continue
            activity = self.activity(_Row(r, cells))
            if activity is not None:
                self.acts.add(activity)
                activities.append(activity)
        self.ctx.raise_if_any()
        return build_register(self.current.organisation, activities, self.cats, self.ctx.warnings)


def _stamp(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day)


def import_with_mapping(workbook: Workbook, mapping: Mapping, current: Register, ctx: Context) -> ImportedRegister:
    """Read one sheet of ``workbook`` through ``mapping`` into a register to merge onto ``current``."""
    return _MappedImport(workbook, mapping, current, ctx).run()
