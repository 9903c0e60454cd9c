"""Excel export (.xlsx, openpyxl): a cover sheet, the Art. 30(1) and 30(2) records, detail sheets.

After the sheets people read come the structured sheets (sources, systems, joint controllers,
controllers served, organisation, acknowledged findings: field by field what a record cell
summarises), and every record and detail sheet ends with hidden columns holding the UUIDs, so that
``ropa import`` can read the file back into an empty register without losing anything
(ropa.imports.own_xlsx).

The workbook is streamed with openpyxl's write-only mode, so memory stays flat whatever the size of
the register. Every sheet is formatted for people: bold frozen header row, autofilter, wrapped
text, set column widths, and print setup (landscape, fit to width, header row repeated on each
page, page numbers in the footer).

Formula safety: every value is written as a text cell (type ``inlineStr``), never as a formula,
and text that starts with ``= + - @``, a tab or a carriage return also gets Excel's "quote prefix"
flag, so neither Excel nor LibreOffice evaluates it, even when the cell is edited later.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ropa.domain.model import Register
from ropa.exports import ExportOptions
from ropa.exports.common import (
    FORMULA_TRIGGERS,
    Progress,
    atomic_file,
    looks_like_formula,
    page_size_name,
    translator_for,
    xml_safe,
)
from ropa.exports.findings import findings_for
from ropa.exports.tables import DateText, Formatter, Sheet, TabularView, cover_rows
from ropa.fingerprint import fingerprint

#: Excel refuses longer cell text; longer values are cut with an ellipsis (see docs/exports.md).
MAX_CELL = 32767
HEADER_FILL = "DCE6F1"


class _Styles:
    """One style object per look, created once: the cells below share them."""

    def __init__(self, ws: Any) -> None:
        top = Alignment(wrap_text=True, vertical="top")
        self.body = WriteOnlyCell(ws, "")
        self.body.alignment = top
        self.quoted = WriteOnlyCell(ws, "")
        self.quoted.alignment = top
        self.quoted.quotePrefix = True
        self.header_font = Font(bold=True)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.header_border = Border(bottom=Side(style="thin", color="808080"))
        self.header_alignment = Alignment(wrap_text=True, vertical="top")
        self.day_format = "yyyy-mm-dd"
        self.stamp_format = "yyyy-mm-dd hh:mm:ss"

    def date_cell(self, ws: Any, value: DateText) -> Cell:
        """A real date cell (a date number format), so that Excel sorts, filters and computes with it."""
        cell = WriteOnlyCell(ws, value.value)
        cell.number_format = self.stamp_format if isinstance(value.value, datetime) else self.day_format
        cell.alignment = Alignment(vertical="top")
        return cell


#: Windows locale ids, so that Excel and LibreOffice name the months in the export's language
_LCID = {"en": "409", "fr": "40C", "nl": "413", "de": "407"}


def excel_date_format(language: str) -> str:
    """The language's medium date pattern (CLDR, via babel) as an Excel number format ("d mmm yyyy")."""
    import re

    from babel.dates import get_date_format

    pattern = str(get_date_format("medium", locale=language).pattern)

    def token(match: re.Match[str]) -> str:
        run = match.group(0)
        if run.startswith("'"):
            return '"' + run.strip("'") + '"' if run != "''" else "'"
        letter = run[0]
        if letter == "y":
            return "yyyy"
        if letter == "M":
            return "mmm" if len(run) >= 3 else "m" * len(run)
        if letter == "d":
            return run[:2]
        return ""  # era, weekday...: not in the medium forms of ropa's languages

    body = re.sub(r"'[^']*'|([a-zA-Z])\1*", token, pattern)
    return f"[$-{_LCID[language]}]{body}" if language in _LCID else body


def cell_text(value: str) -> str:
    text = xml_safe(value)
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return text


def _text_cell(ws: Any, value: str, styles: _Styles) -> Cell:
    cell = WriteOnlyCell(ws, cell_text(value))
    cell.data_type = "s"  # text, never a formula
    cell._style = (styles.quoted if looks_like_formula(value) else styles.body)._style
    return cell


def _fast_rows(ws: Any, styles: _Styles, widths: Sequence[int] = ()) -> bool:
    """Stream body rows through one reused cell (as openpyxl does for unstyled rows).

    openpyxl would otherwise build a new cell object per styled value; reusing one is what keeps the
    export close to the speed of bare openpyxl. A row whose values all fit on one line of their
    column needs neither wrapping nor top alignment, so its cells are written unstyled (cheaper);
    a row with a long or multi-line value gets "wrap, top" on every cell so the row reads
    evenly. Formula-like text always gets the quote-prefix style. The text is stored in the cell as
    it is: ``cell_text`` has already done what openpyxl's value setter checks (illegal characters,
    length), and the type is set to text anyway. Falls back to ordinary cells if openpyxl changes.
    """
    if not callable(getattr(ws, "_values_to_row", None)) or not hasattr(WriteOnlyCell(ws), "_value"):
        return False
    body_style, quoted_style, plain_style = styles.body._style, styles.quoted._style, StyleArray()
    limits = list(widths)

    def needs_wrap(values: Sequence[Any]) -> bool:
        for index, value in enumerate(values):
            if isinstance(value, str) and ("\n" in value or index >= len(limits) or len(value) > limits[index]):
                return True
        return False

    def values_to_row(values: Sequence[Any], row_idx: int) -> Iterator[Cell]:
        cell = WriteOnlyCell(ws)
        style = body_style if needs_wrap(values) else plain_style
        for col_idx, value in enumerate(values, 1):
            if isinstance(value, Cell):
                value.column, value.row = col_idx, row_idx
                yield value
                continue
            if not value:
                continue
            if isinstance(value, DateText):
                dated = styles.date_cell(ws, value)
                dated.column, dated.row = col_idx, row_idx
                yield dated
                continue
            cell._value = cell_text(value)
            cell.data_type = "s"  # text, never a formula
            cell._style = quoted_style if value.startswith(FORMULA_TRIGGERS) else style
            cell.column, cell.row = col_idx, row_idx
            yield cell

    ws._values_to_row = values_to_row
    return True


class _Writer:
    def __init__(self, register: Register, options: ExportOptions) -> None:
        self.register = register
        self.options = options
        self.t = translator_for(options)
        self.paper = page_size_name(options)
        self.day_format = excel_date_format(self.t.language)
        self.exported_at = datetime.now().replace(microsecond=0)
        self.findings = findings_for(register, self.exported_at.date()) if options.include_findings else None
        self.view = TabularView(register, self.t)
        self.fmt: Formatter = self.view.fmt
        self.sheets = self.view.sheets()  # the sheets people read, then the structured sheets of the round trip
        if self.findings is not None:
            self.sheets.append(self.view.findings_sheet(self.findings))
        self.wb = Workbook(write_only=True)
        self.progress = Progress(options, sum(s.count for s in self.sheets) + 2)

    def _new_sheet(self, title: str, widths: Sequence[int] = ()) -> tuple[Any, _Styles, bool]:
        ws = self.wb.create_sheet(title)
        styles = _Styles(ws)
        styles.day_format = self.day_format
        return ws, styles, _fast_rows(ws, styles, widths)

    def _print_setup(self, ws: Any, repeat_header: bool) -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4 if self.paper == "A4" else Worksheet.PAPERSIZE_LETTER
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins.left = ws.page_margins.right = 0.4
        if repeat_header:
            ws.print_title_rows = "1:1"
        org = self.register.organisation.legal_name.replace("&", "&&")
        ws.oddFooter.left.text = xml_safe(org)
        ws.oddFooter.left.size = 8
        ws.oddFooter.right.text = xml_safe(self.fmt.label("doc.page", page="&P", total="&N"))
        ws.oddFooter.right.size = 8

    def _header_cell(self, ws: Any, styles: _Styles, text: str) -> Cell:
        cell = WriteOnlyCell(ws, cell_text(text))
        cell.data_type = "s"
        cell.font = styles.header_font
        cell.fill = styles.header_fill
        cell.border = styles.header_border
        cell.alignment = styles.header_alignment
        return cell

    def write_cover(self, digest: str) -> None:
        ws, styles, _fast = self._new_sheet(self.fmt.label("sheet.cover"))
        ws.column_dimensions["A"].width = 42
        ws.column_dimensions["B"].width = 90
        self._print_setup(ws, repeat_header=False)
        ws.page_setup.orientation = "portrait"
        title = WriteOnlyCell(ws, cell_text(self.fmt.label("doc.title")))
        title.font = Font(bold=True, size=16)
        ws.append([title])
        subtitle = WriteOnlyCell(ws, cell_text(self.fmt.label("doc.subtitle")))
        subtitle.font = Font(italic=True)
        ws.append([subtitle])
        ws.append([])
        rows = cover_rows(
            self.register, self.fmt, digest=digest, exported_at=self.exported_at, findings=self.findings,
            version_name=str(self.options.extra.get("version_name") or ""),
        )
        for label, value in rows:
            label_cell = _text_cell(ws, label, styles)
            label_cell.font = Font(bold=True)
            ws.append([label_cell, _text_cell(ws, value, styles)])
        ws.append([])
        ws.append([_text_cell(ws, self.fmt.label("doc.fingerprint_help"), styles)])
        self.progress.step()

    def write_sheet(self, sheet: Sheet) -> None:
        ws, styles, fast = self._new_sheet(sheet.title, sheet.widths)
        for index, column in enumerate(sheet.columns, 1):
            dimension = ws.column_dimensions[get_column_letter(index)]
            dimension.width = column.width
            if column.technical:  # identities for the round trip: kept, not shown, not printed
                dimension.hidden = True
        ws.freeze_panes = sheet.freeze
        self._print_setup(ws, repeat_header=True)
        ws.append([self._header_cell(ws, styles, h) for h in sheet.headers])
        count = 0
        step = self.progress.step
        if fast:
            for row in sheet.rows():
                ws.append(row)
                count += 1
                step()
        else:
            for row in sheet.rows():
                ws.append([
                    (styles.date_cell(ws, v) if isinstance(v, DateText) else _text_cell(ws, v, styles)) if v else None
                    for v in row
                ])
                count += 1
                step()
        # the filter spans the hidden columns too, so sorting by it keeps each row's identities with the row
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.headers))}{count + 1}"

    def write(self, path: Path) -> None:
        try:
            digest = fingerprint(self.register)
            self.progress.step()
            self.write_cover(digest)
            for sheet in self.sheets:
                self.write_sheet(sheet)
            self.progress.check()
        except BaseException:
            self.abandon()
            raise
        self.wb.save(path)

    def abandon(self) -> None:
        """Close the half-written sheets and remove their temporary files (after a cancel or an error)."""
        for ws in self.wb.worksheets:
            try:
                if not ws.closed:
                    ws.close()
                if ws._writer is not None:
                    ws._writer.cleanup()
            except (OSError, ValueError):  # already gone: nothing left to clean
                continue


def export(register: Register, path: Path, options: ExportOptions) -> None:
    """Write the register as an Excel workbook at ``path`` (atomically; nothing is left on cancel)."""
    writer = _Writer(register, options)
    with atomic_file(Path(path)) as tmp:
        writer.write(tmp)
    writer.progress.finish()

