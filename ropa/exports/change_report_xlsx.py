"""The change report as an Excel workbook: a summary sheet and one filterable row per changed field.

Sheet "Summary": the two states compared (name, date, who froze and approved them, fingerprint) and
the counts. Sheet "Changes": section, activity reference (or item kind), name, kind of change,
field, before, after, and the catalogue item a change comes through, with a frozen, filterable
header row, so an auditor can filter one activity, one field or only catalogue-driven changes.

Every value is a text cell, never a formula (``ropa.exports.xlsx`` explains the formula-safety rules
this follows); long text is cut at Excel's cell limit by the same helper as the register export.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ropa.exports import ExportOptions
from ropa.exports.common import Progress, atomic_file, looks_like_formula, page_size_name, translator_for
from ropa.exports.xlsx import HEADER_FILL, cell_text
from ropa.versions.diff import ChangeReport, Labels, iter_rows, summary_counts

COLUMNS = (("section", 20), ("reference", 16), ("name", 36), ("status", 14), ("field", 40), ("before", 48),
           ("after", 48), ("source", 30))


class _Writer:
    def __init__(self, report: ChangeReport, options: ExportOptions) -> None:
        self.report = report
        self.t = translator_for(dataclasses.replace(options, language=report.language))
        self.labels = Labels(self.t)
        self.paper = page_size_name(options)
        self.wb = Workbook(write_only=True)
        self.progress = Progress(options, len(report.activities) + len(report.catalogue) + 2)
        self.top = Alignment(wrap_text=True, vertical="top")
        self.bold = Font(bold=True)

    def cell(self, ws: Any, value: str, *, font: Font | None = None, fill: PatternFill | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, cell_text(value))
        cell.data_type = "s"  # text, never a formula
        cell.alignment = self.top
        if looks_like_formula(value):
            cell.quotePrefix = True
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        return cell

    def print_setup(self, ws: Any, landscape: bool) -> None:
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4 if self.paper == "A4" else Worksheet.PAPERSIZE_LETTER
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.oddFooter.left.text = cell_text(self.report.organisation_name.replace("&", "&&"))
        ws.oddFooter.left.size = 8
        ws.oddFooter.right.text = cell_text(self.labels("doc.page", page="&P", total="&N"))
        ws.oddFooter.right.size = 8

    def summary(self) -> None:
        ws = self.wb.create_sheet(self.labels("sheet.summary"))
        for letter, width in zip("ABC", (34, 60, 60), strict=True):
            ws.column_dimensions[letter].width = width
        self.print_setup(ws, landscape=False)
        title = WriteOnlyCell(ws, cell_text(self.labels("doc.title")))
        title.font = Font(bold=True, size=16)
        ws.append([title])
        ws.append([self.cell(ws, self.labels("doc.subtitle"), font=Font(italic=True))])
        ws.append([self.cell(ws, self.labels("cover.organisation"), font=self.bold),
                   self.cell(ws, self.report.organisation_name)])
        ws.append([])
        old, new = self.report.old, self.report.new
        ws.append([None, self.cell(ws, self.labels("cover.from"), font=self.bold),
                   self.cell(ws, self.labels("cover.to"), font=self.bold)])

        def when(side: Any) -> str:
            return self.t.date(side.date, "medium") if side.date else ""

        rows = [
            ("cover.version", old.label, new.label),
            ("cover.date", when(old), when(new)),
            ("cover.frozen_by", old.frozen_by, new.frozen_by),
            ("cover.approved_by", old.approved_by, new.approved_by),
            ("cover.note", old.note, new.note),
            ("cover.activities", self.t.number(old.activities), self.t.number(new.activities)),
            ("cover.fingerprint", old.fingerprint, new.fingerprint),
        ]
        for key, before, after in rows:
            ws.append([self.cell(ws, self.labels(key), font=self.bold), self.cell(ws, before), self.cell(ws, after)])
        made = self.t.date(self.report.made_at, "medium") + " UTC" if self.report.made_at else ""
        ws.append([self.cell(ws, self.labels("cover.made_at"), font=self.bold), self.cell(ws, made)])
        ws.append([])
        ws.append([self.cell(ws, self.labels("summary.title"), font=Font(bold=True, size=13))])
        counts = summary_counts(self.report)
        figures = [
            ("summary.added", counts["added"]),
            ("summary.removed", counts["removed"]),
            ("summary.changed", counts["changed"]),
            ("summary.unchanged", counts["unchanged"]),
            ("summary.items", counts["items"]),
            ("summary.organisation", len(self.report.organisation)),
            ("summary.acknowledgements", len(self.report.acknowledgements)),
        ]
        for key, value in figures:
            number = WriteOnlyCell(ws, value)  # a count is a number, so it can be summed
            number.alignment = Alignment(horizontal="left")
            ws.append([self.cell(ws, self.labels(key)), number])
        if self.report.is_empty:
            ws.append([])
            ws.append([self.cell(ws, self.labels("doc.no_changes"))])
        ws.append([])
        ws.append([self.cell(ws, self.labels("doc.fingerprint_help"))])
        self.progress.step()

    def changes(self) -> None:
        ws = self.wb.create_sheet(self.labels("sheet.changes"))
        for index, (_key, width) in enumerate(COLUMNS, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "D2"
        self.print_setup(ws, landscape=True)
        ws.print_title_rows = "1:1"
        fill = PatternFill("solid", fgColor=HEADER_FILL)
        border = Border(bottom=Side(style="thin", color="808080"))
        header = []
        for key, _width in COLUMNS:
            cell = self.cell(ws, self.labels(f"column.{key}"), font=self.bold, fill=fill)
            cell.border = border
            header.append(cell)
        ws.append(header)
        count = 0
        for row in iter_rows(self.report):
            ws.append([self.cell(ws, value) if value else None for value in row])
            count += 1
            self.progress.step(0)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
        self.progress.step(len(self.report.activities) + len(self.report.catalogue))

    def write(self, path: Path) -> None:
        self.summary()
        self.changes()
        self.progress.check()
        self.wb.save(path)


def export(report: ChangeReport, path: Path, options: ExportOptions) -> None:
    """Write the change report as .xlsx at ``path`` (atomically; nothing is left on cancel or error)."""
    writer = _Writer(report, options)
    with atomic_file(Path(path)) as tmp:
        writer.write(tmp)
    writer.progress.finish()
