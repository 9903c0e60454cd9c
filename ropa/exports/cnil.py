"""Export a register in the layout of the CNIL "registre simplifié" (.ods and .xlsx).

A French-speaking client gets the format the CNIL publishes: the list sheet with the organisation,
representative and DPO block and one row per activity, then one vertical "fiche" per activity with
the template's sections, labels, merged cells and column widths. The labels are the CNIL's French
labels whatever the export language (they are the layout); values are the register's own text,
country names in French (pycountry). ``ropa.imports.cnil`` reads the result back.

What the layout cannot carry (legal bases, Art. 9 conditions, DPIA, owner, status, sources, systems,
processor details, TIAs...) is simply not written; re-importing into the same register keeps it.
The sheet is laid out once as a grid (``Grid``) and rendered by odfpy or openpyxl.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ropa.domain.enums import DpoKind, RecipientType, TransferMechanism
from ropa.domain.model import Activity, Contact, Register, RegisterIndex, RetentionRule
from ropa.exports import ExportOptions
from ropa.exports.common import Progress, atomic_file, xml_safe
from ropa.i18n import Translator
from ropa.imports.common import norm, render_retention_fr, vocabulary

# Column widths of the CNIL template (cm), columns A..I.
FICHE_WIDTHS = (7.5, 5.0, 4.0, 3.0, 3.5, 3.0, 3.0, 4.5)
LIST_WIDTHS = (7.0, 3.2, 4.2, 3.2, 4.2, 4.0, 4.2, 3.0, 4.2)


def cnil() -> dict[str, Any]:
    vocab: dict[str, Any] = vocabulary()["cnil"]
    return vocab


@dataclass
class Cell:
    value: str | date
    style: str = "value"  # title, section, label, header, value
    span: tuple[int, int] = (1, 1)  # rows, columns


@dataclass
class Grid:
    name: str
    widths: tuple[float, ...]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    row: int = 0
    #: cells offered a drop-down list (as in the CNIL's template): position -> key of ``LISTS``
    choices: dict[tuple[int, int], str] = field(default_factory=dict)

    def put(self, row: int, column: int, value: str | date | None, style: str = "value", span: tuple[int, int] = (1, 1)) -> None:
        if value is None:
            value = ""
        self.cells[(row, column)] = Cell(value, style, span)

    @property
    def rows(self) -> int:
        return max((r + c.span[0] for (r, _), c in self.cells.items()), default=0)

    def covered(self) -> set[tuple[int, int]]:
        out = set()
        for (r, c), cell in self.cells.items():
            for dr in range(cell.span[0]):
                for dc in range(cell.span[1]):
                    if dr or dc:
                        out.add((r + dr, c + dc))
        return out


def _day(value: datetime | date | None) -> date | str:
    if value is None:
        return ""
    return value.date() if isinstance(value, datetime) else value


# --- the layout ---------------------------------------------------------------------------------


def _list_sheet(register: Register) -> Grid:
    c = cnil()
    org = register.organisation
    grid = Grid(str(c["list_sheet"]), LIST_WIDTHS)

    def block(row: int, title: str, first: list[tuple[str, str]], second: list[tuple[str, str]]) -> None:
        grid.put(row, 0, title, "section", (2, 1))
        for r, pairs in ((row, first), (row + 1, second)):
            for i, (label, text) in enumerate(pairs):
                grid.put(r, 1 + 2 * i, c[label], "label")
                grid.put(r, 2 + 2 * i, text)

    block(
        0,
        c["list_org"],
        [("field_last_name", org.legal_name), ("field_first_name", ""), ("field_address", org.address), ("field_email", org.email)],
        [("field_postal_code", org.postal_code), ("field_city", org.city), ("field_phone", org.phone)],
    )
    rep = org.representative
    block(
        2,
        c["list_representative"],
        [("field_last_name", rep.name), ("field_first_name", ""), ("field_address", rep.address), ("field_email", rep.email)],
        [("field_postal_code", rep.postal_code), ("field_city", rep.city), ("field_phone", rep.phone)],
    )
    dpo = org.dpo
    company = dpo.organisation if org.dpo_kind is not DpoKind.INTERNAL else ""
    block(
        4,
        c["list_dpo"],
        [("field_last_name", dpo.name), ("field_first_name", ""), ("field_company", company), ("field_address", dpo.address)],
        [("field_postal_code", dpo.postal_code), ("field_city", dpo.city), ("field_phone", dpo.phone), ("field_email", dpo.email)],
    )
    grid.put(6, 0, c["list_identification"], "section", (1, 4))
    grid.put(6, 4, c["list_purpose"], "section", (1, 3))
    grid.put(6, 7, c["list_sensitive"], "section", (1, 2))
    for column, key in enumerate(("list_name", "list_reference", "list_created", "list_updated")):
        grid.put(7, column, c[key], "header")
    grid.put(7, 4, "", "header", (1, 3))
    grid.put(7, 7, c["list_yes_no"], "header", (1, 2))
    categories = {d.uuid: d for d in register.data_categories}
    for i, activity in enumerate(register.activities):
        row = 8 + i
        grid.put(row, 0, activity.name)
        grid.put(row, 1, activity.reference)
        grid.put(row, 2, _day(activity.created_at))
        grid.put(row, 3, _day(activity.updated_at))
        grid.put(row, 4, ", ".join(p.description for p in activity.purposes), span=(1, 3))
        sensitive = any(categories[d.category].sensitive for d in activity.data if d.category in categories)
        grid.put(row, 7, c["yes"] if sensitive else c["no"], span=(1, 2))
    return grid


#: The drop-down lists of the CNIL's sheet "5_-_Listes": key -> (column, header). Countries come
#: with their zone, from the adequacy list kept up to date with the project (the CNIL's is from 2019).
LISTS: dict[str, tuple[int, str]] = {
    "guarantees": (0, "Garanties"),
    "countries": (2, "Pays"),
    "subjects": (5, "Catégories de personnes"),
    "recipients": (7, "Destinataires"),
    "measures": (9, "Mesures de sécurité techniques"),
}
ZONE_COLUMN = 3
LISTS_WIDTHS = (7.0, 1.0, 6.0, 4.0, 1.0, 5.0, 1.0, 8.0, 1.0, 7.0)


def _list_values(t: Translator) -> dict[str, list[tuple[str, str]]]:
    """Each list's entries (with the zone, for countries), in the order shown."""
    from ropa.reference import adequacy_for, country_codes, is_eea

    c = cnil()
    mechanisms = [_mechanism_text(t, m, []) for m in TransferMechanism]
    countries = []
    for code in country_codes():
        decision = adequacy_for(code)
        if is_eea(code):
            zone = "EEE"
        elif decision is None:
            zone = "non adéquat"
        else:  # a partial decision covers only some recipients (certified, private sector...)
            zone = "adéquat en partie" if decision.partial else "adéquat"
        countries.append((t.country(code), zone))
    countries.sort(key=lambda pair: norm(pair[0]))
    return {
        "guarantees": [(text, "") for text in dict.fromkeys([*c["lists"]["guarantees"], *mechanisms])],
        "countries": countries,
        "subjects": [(text, "") for text in c["lists"]["subjects"]],
        "recipients": [(text, "") for text in c["lists"]["recipients"]],
        "measures": [(text, "") for text in c["lists"]["measures"]],
    }


def _lists_sheet(t: Translator) -> Grid:
    """The vocabularies of the fiches' drop-downs, as the CNIL's template has them."""
    grid = Grid(str(cnil()["lists_sheet"]), LISTS_WIDTHS)
    for key, (column, header) in LISTS.items():
        grid.put(0, column, header, "header")
        if key == "countries":
            grid.put(0, ZONE_COLUMN, "Zone", "header")
    for key, values in _list_values(t).items():
        column = LISTS[key][0]
        for i, (text, zone) in enumerate(values):
            grid.put(1 + i, column, text)
            if zone:
                grid.put(1 + i, ZONE_COLUMN, zone)
    return grid


def list_range(grid: Grid, key: str) -> tuple[int, int, int]:
    """(column, first row, last row) of a list on the lists sheet, 0-based."""
    column = LISTS[key][0]
    last = max(r for (r, c) in grid.cells if c == column)
    return column, 1, last


def _mechanism_text(t: Translator, mechanism: TransferMechanism | None, extra: list[str]) -> str:
    if mechanism is None:
        return ""
    direct = {code: label for label, code in cnil()["guarantees"].items() if code != "privacy_shield"}
    text = direct.get(mechanism.value) or t.enum(mechanism)
    return " – ".join([text, *extra])


def _retention_of(activity: Activity) -> dict[str, str]:
    """Retention text for each data category of the activity (rules without categories cover the rest)."""
    out: dict[str, str] = {}
    general: RetentionRule | None = None
    for rule in activity.retention:
        if not rule.data_categories and general is None:
            general = rule
        for uuid in rule.data_categories:
            out.setdefault(uuid, render_retention_fr(rule))
    if general is not None:
        for d in activity.data:
            out.setdefault(d.category, render_retention_fr(general))
    return out


class _Fiche:
    def __init__(self, register: Register, index: RegisterIndex, t: Translator, activity: Activity, name: str) -> None:
        self.register = register
        self.index = index
        self.t = t
        self.activity = activity
        self.grid = Grid(name, FICHE_WIDTHS)
        self.row = 0

    def line(self, label: str, text: str | date, style: str = "label") -> None:
        self.grid.put(self.row, 0, label, style)
        self.grid.put(self.row, 1, text, span=(1, 7))
        self.row += 1

    def header(self, label: str, columns: list[tuple[int, str, int]]) -> None:
        self.grid.put(self.row, 0, label, "section")
        for column, text, width in columns:
            self.grid.put(self.row, column, text, "header", (1, width))
        self.row += 1

    def pair(self, label: str, left: str, right: str) -> None:
        self.grid.put(self.row, 0, label, "label")
        self.grid.put(self.row, 1, left, span=(1, 3))
        self.grid.put(self.row, 4, right, span=(1, 4))
        self.row += 1

    def contact_row(self, label: str, name: str, contact: Contact | None) -> None:
        self.grid.put(self.row, 0, label, "label")
        contact = contact or Contact()
        values = [
            name,
            contact.address,
            contact.postal_code,
            contact.city,
            self.t.country(contact.country),
            contact.phone,
            contact.email,
        ]
        for i, text in enumerate(values):
            self.grid.put(self.row, 1 + i, text)
        self.row += 1

    def build(self) -> Grid:
        c = cnil()
        a = self.activity
        org = self.register.organisation
        self.grid.put(0, 0, c["fiche_title"], "title", (1, 7))
        self.grid.put(0, 7, a.reference, "title")
        self.row = 2
        self.grid.put(self.row, 0, c["description"], "section", (1, 8))
        self.row += 1
        self.line(c["name"], a.name)
        self.line(c["reference"], a.reference)
        self.line(c["created"], _day(a.created_at))
        self.line(c["updated"], _day(a.updated_at))
        self.row += 1

        self.header(
            c["actors"],
            [(i + 1, c[k], 1) for i, k in enumerate(
                ("actor_name", "actor_address", "actor_postal_code", "actor_city", "actor_country", "actor_phone", "actor_email")
            )],
        )
        controller = Contact(
            address=org.address, postal_code=org.postal_code, city=org.city, country=org.country, email=org.email, phone=org.phone
        )
        self.contact_row(c["controller"], org.legal_name, controller)
        self.contact_row(c["dpo"], org.dpo.name, org.dpo)
        self.grid.put(self.row, 0, c["dpo_company"], "label")
        company = org.dpo.organisation if org.dpo_kind is not DpoKind.INTERNAL else ""
        self.grid.put(self.row, 1, company)
        self.row += 1
        self.contact_row(c["representative"], org.representative.name, org.representative)
        joint = [self.index.joint_controllers[u] for u in a.joint_controllers if u in self.index.joint_controllers]
        for jc in joint:
            self.contact_row(c["joint_controllers"], jc.name, jc.contact)
        if not joint:
            self.contact_row(c["joint_controllers"], "", None)
        self.row += 1

        self.grid.put(self.row, 0, c["purposes"], "section", (1, 8))
        self.row += 1
        purposes = [p.description for p in a.purposes]
        self.line(c["main_purpose"], purposes[0] if purposes else "")
        for number in range(1, max(6, len(purposes))):
            self.line(str(c["sub_purpose"]).format(number=number), purposes[number] if number < len(purposes) else "")
        self.row += 1

        self.data_sections()

        self.items(c["subjects"], c["data_description"], "subject", 2, [
            (s.name, s.description) for s in (self.index.data_subject_categories[u] for u in a.data_subjects
                                              if u in self.index.data_subject_categories)
        ], "subjects")
        kinds = c["recipient_type_of_kind"]
        self.items(c["recipients"], c["recipient_type"], "recipient", 4, [
            (kinds.get(r.kind.value, kinds[RecipientType.INDEPENDENT_CONTROLLER.value]), r.name)
            for r in (self.index.recipients[u] for u in a.recipients if u in self.index.recipients)
        ], "recipients")
        self.items(c["measures"], c["measure_type"], "measure", 3, [
            (m.name, m.description) for m in (self.index.security_measures[u] for u in a.security_measures
                                              if u in self.index.security_measures)
        ], "measures")
        self.transfers()
        return self.grid

    def data_sections(self) -> None:
        c = cnil()
        general_rows: dict[str, list[tuple[str, str]]] = {norm(label): [] for label in c["general_data"]}
        sensitive_rows: dict[str, list[tuple[str, str]]] = {norm(row["label"]): [] for row in c["sensitive_data"]}
        extra_general: list[tuple[str, str, str]] = []
        extra_sensitive: list[tuple[str, str, str]] = []
        retention = _retention_of(self.activity)
        for processed in self.activity.data:
            category = self.index.data_categories.get(processed.category)
            if category is None:
                continue
            keep = retention.get(category.uuid, "")
            by_description, by_name = norm(category.description), norm(category.name)
            if by_description in general_rows:
                general_rows[by_description].append((category.name, keep))
            elif by_description in sensitive_rows:
                sensitive_rows[by_description].append((category.name, keep))
            elif by_name in general_rows:
                general_rows[by_name].append(("X", keep))
            elif by_name in sensitive_rows:
                sensitive_rows[by_name].append(("X", keep))
            elif category.sensitive:
                extra_sensitive.append((category.name, category.description, keep))
            else:
                extra_general.append((category.name, category.description, keep))
        columns = [(1, c["data_description"], 3), (4, c["data_retention"], 4)]
        for title, labels, rows, extra in (
            (c["data"], list(c["general_data"]), general_rows, extra_general),
            (c["sensitive"], [r["label"] for r in c["sensitive_data"]], sensitive_rows, extra_sensitive),
        ):
            self.header(title, columns)
            for label in labels:
                for described, keep in rows[norm(label)] or [("", "")]:
                    self.pair(label, described, keep)
            for name, description, keep in extra:
                self.pair(name, description, keep)
            self.row += 1

    def items(self, title: str, type_label: str, key: str, minimum: int, values: list[tuple[str, str]],
              choices: str) -> None:
        c = cnil()
        second = c["precisions"]
        self.header(title, [(1, type_label, 3), (4, second, 4)])
        for number in range(1, max(minimum, len(values)) + 1):
            left, right = values[number - 1] if number <= len(values) else ("", "")
            self.grid.choices[(self.row, 1)] = choices
            self.pair(str(c[key]).format(number=number), left, right)
        self.row += 1

    def transfers(self) -> None:
        c = cnil()
        self.header(
            c["transfers"],
            [(1, c["transfer_recipient"], 1), (2, c["transfer_country"], 1), (3, c["transfer_guarantee"], 2),
             (5, c["transfer_documentation"], 3)],
        )
        transfers = list(self.activity.transfers)
        fr = self.t
        for number in range(1, max(4, len(transfers)) + 1):
            self.grid.put(self.row, 0, str(c["transfer"]).format(number=number), "label")
            self.grid.choices[(self.row, 2)] = "countries"
            self.grid.choices[(self.row, 3)] = "guarantees"
            if number <= len(transfers):
                tr = transfers[number - 1]
                recipient = self.index.recipients.get(tr.recipient or "")
                where = fr.country(tr.country) if tr.country else (
                    str(c["international_organisation"]).format(name=tr.international_organisation)
                    if tr.international_organisation else ""
                )
                extra = [fr.enum(x) for x in (tr.scc_module, tr.derogation) if x is not None]
                self.grid.put(self.row, 1, recipient.name if recipient else "")
                self.grid.put(self.row, 2, where)
                self.grid.put(self.row, 3, _mechanism_text(fr, tr.mechanism, extra), span=(1, 2))
                self.grid.put(self.row, 5, tr.documentation_reference, span=(1, 3))
            else:
                self.grid.put(self.row, 1, "")
                self.grid.put(self.row, 2, "")  # its own cell: it carries the drop-down of countries
                self.grid.put(self.row, 3, "", span=(1, 2))
                self.grid.put(self.row, 5, "", span=(1, 3))
            self.row += 1


_FORBIDDEN = set("[]:*?/\\'")


def _sheet_names(register: Register) -> list[str]:
    pattern = str(cnil()["fiche_sheet"])
    names: list[str] = []
    used = {str(cnil()["list_sheet"]).casefold(), str(cnil()["lists_sheet"]).casefold()}
    for activity in register.activities:
        reference = "".join("_" if ch in _FORBIDDEN or ch.isspace() else ch for ch in activity.reference)
        name = pattern.format(reference=reference)[:31]
        candidate, n = name, 2
        while candidate.casefold() in used:
            suffix = f"_{n}"
            candidate = name[: 31 - len(suffix)] + suffix
            n += 1
        used.add(candidate.casefold())
        names.append(candidate)
    return names


def layout(register: Register, progress: Progress | None = None) -> list[Grid]:
    """The sheets of the export, as grids (the same for .ods and .xlsx)."""
    t = Translator("fr")
    index = RegisterIndex(register)
    grids = [_list_sheet(register)]
    for activity, name in zip(register.activities, _sheet_names(register), strict=True):
        grids.append(_Fiche(register, index, t, activity, name).build())
        if progress is not None:
            progress.step()
    grids.append(_lists_sheet(t))
    return grids


# --- rendering ----------------------------------------------------------------------------------

_FILL = {"title": "DDEBF7", "section": "BDD7EE", "header": "D9D9D9", "label": "F2F2F2"}


def export_xlsx(register: Register, path: Path, options: ExportOptions) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.cell_range import CellRange

    progress = Progress(options, 2 * len(register.activities) + 2)
    grids = layout(register, progress)
    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin", color="999999")
    for name in ("title", "section", "header", "label", "value", "date"):
        style = NamedStyle(name=f"cnil-{name}")
        style.alignment = Alignment(wrap_text=True, vertical="top")
        style.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if name in _FILL:
            style.font = Font(bold=True, size=12 if name == "title" else 11)
            style.fill = PatternFill("solid", fgColor=_FILL[name])
        if name == "date":
            style.number_format = "DD/MM/YYYY"
        book.add_named_style(style)
    prototypes: dict[str, Any] = {}
    lists = grids[-1]
    sources = {key: _xlsx_range(lists, key) for key in LISTS}
    for grid in grids:
        ws = book.create_sheet(grid.name)
        _xlsx_choices(ws, grid, sources)
        for i, width in enumerate(grid.widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = round(width * 5.2, 1)
        for (r, col), cell in sorted(grid.cells.items()):
            target = ws.cell(row=r + 1, column=col + 1)
            style = "date" if isinstance(cell.value, date) else cell.style
            if isinstance(cell.value, date):
                target.value = cell.value
            elif cell.value:
                target.value = xml_safe(cell.value)
                target.data_type = "s"  # text stays text: never a formula, whatever it starts with
            # assigning a named style costs a style lookup per cell; copying the prepared style array does not
            if style in prototypes:
                target._style = copy(prototypes[style]._style)
            else:
                target.style = f"cnil-{style}"
                prototypes[style] = target
            if cell.span != (1, 1):
                # the range alone: ws.merge_cells would also restyle every covered cell, slowly
                ws.merged_cells.add(CellRange(min_col=col + 1, min_row=r + 1, max_col=col + cell.span[1], max_row=r + cell.span[0]))
        progress.step()
    with atomic_file(Path(path)) as tmp:
        progress.check()
        book.save(tmp)
    progress.finish()


def _xlsx_range(lists: Grid, key: str) -> str:
    from openpyxl.utils import get_column_letter

    column, first, last = list_range(lists, key)
    letter = get_column_letter(column + 1)
    return f"'{lists.name}'!${letter}${first + 1}:${letter}${last + 1}"


def _xlsx_choices(ws: Any, grid: Grid, sources: dict[str, str]) -> None:
    """Drop-down lists on the fiche cells the CNIL's template has them on; other text is still
    accepted (with a warning), since a register often says more than the CNIL's closed lists."""
    from openpyxl.worksheet.datavalidation import DataValidation

    by_list: dict[str, list[str]] = {}
    for (r, c), key in sorted(grid.choices.items()):
        by_list.setdefault(key, []).append(f"{_column_letter(c)}{r + 1}")
    for key, cells in by_list.items():
        validation = DataValidation(type="list", formula1=sources[key], allow_blank=True, showDropDown=False,
                                    showErrorMessage=True, errorStyle="warning")
        for cell in cells:
            validation.add(cell)
        ws.add_data_validation(validation)


def _column_letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column + 1))


def export_ods(register: Register, path: Path, options: ExportOptions) -> None:
    from odf import teletype
    from odf.number import DateStyle, Day, Month, Text, Year
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties
    from odf.table import (
        ContentValidation,
        ContentValidations,
        CoveredTableCell,
        ErrorMessage,
        Table,
        TableCell,
        TableColumn,
        TableRow,
    )
    from odf.text import P

    progress = Progress(options, 2 * len(register.activities) + 2)
    grids = layout(register, progress)
    doc = OpenDocumentSpreadsheet()
    dmy = DateStyle(name="dmy")
    for part in (Day(style="long"), Text(text="/"), Month(style="long"), Text(text="/"), Year(style="long")):
        dmy.addElement(part)
    doc.automaticstyles.addElement(dmy)
    styles: dict[str, Any] = {}
    for name in ("title", "section", "header", "label", "value", "date"):
        style = Style(name=f"cnil-{name}", family="table-cell", **({"datastylename": "dmy"} if name == "date" else {}))
        properties = {"wrapoption": "wrap", "verticalalign": "top", "border": "0.5pt solid #999999"}
        if name in _FILL:
            properties["backgroundcolor"] = "#" + _FILL[name]
        style.addElement(TableCellProperties(**properties))
        if name not in ("value", "date"):
            style.addElement(TextProperties(fontweight="bold", fontsize="12pt" if name == "title" else "10pt"))
        doc.automaticstyles.addElement(style)
        styles[name] = style
    column_styles: dict[float, Any] = {}
    lists = grids[-1]
    validations = ContentValidations()
    for key in LISTS:
        column, first, last = list_range(lists, key)
        letter = _column_letter(column)
        validation = ContentValidation(
            name=f"cnil-{key}", allowemptycell="true", displaylist="unsorted",
            condition=f"of:cell-content-is-in-list([$'{lists.name}'.${letter}${first + 1}:.${letter}${last + 1}])",
        )
        validation.addElement(ErrorMessage(display="true", messagetype="warning"))
        validations.addElement(validation)
    doc.spreadsheet.addElement(validations)
    for grid in grids:
        table = Table(name=grid.name)
        for width in grid.widths:
            if width not in column_styles:
                style = Style(name=f"cnil-col-{len(column_styles)}", family="table-column")
                style.addElement(TableColumnProperties(columnwidth=f"{width}cm"))
                doc.automaticstyles.addElement(style)
                column_styles[width] = style
            table.addElement(TableColumn(stylename=column_styles[width]))
        covered = grid.covered()
        width = len(grid.widths)
        for r in range(grid.rows):
            row = TableRow()
            col = 0
            while col < width:
                cell = grid.cells.get((r, col))
                if cell is None:  # a run of covered or of empty cells is one element (odfpy is slow per element)
                    is_covered = (r, col) in covered
                    run = 1
                    while col + run < width and (r, col + run) not in grid.cells and ((r, col + run) in covered) == is_covered:
                        run += 1
                    repeat = {"numbercolumnsrepeated": run} if run > 1 else {}
                    row.addElement(CoveredTableCell(**repeat) if is_covered else TableCell(**repeat))
                    col += run
                    continue
                col += 1
                spans: dict[str, Any] = {}
                if cell.span != (1, 1):
                    spans = {"numberrowsspanned": cell.span[0], "numbercolumnsspanned": cell.span[1]}
                if (r, col - 1) in grid.choices:
                    spans["contentvalidationname"] = f"cnil-{grid.choices[(r, col - 1)]}"
                if isinstance(cell.value, date):
                    target = TableCell(
                        valuetype="date", datevalue=cell.value.isoformat(), stylename=styles["date"], **spans
                    )
                    target.addElement(P(text=cell.value.strftime("%d/%m/%Y")))
                else:
                    kind: dict[str, Any] = {"valuetype": "string"} if cell.value else {}
                    target = TableCell(stylename=styles[cell.style], **kind, **spans)
                    if cell.value:
                        for line in xml_safe(cell.value).split("\n"):
                            paragraph = P()
                            teletype.addTextToElement(paragraph, line)
                            target.addElement(paragraph)
                row.addElement(target)
            table.addElement(row)
        doc.spreadsheet.addElement(table)
        progress.step()
    with atomic_file(Path(path)) as tmp:
        progress.check()
        doc.save(str(tmp))
    progress.finish()
