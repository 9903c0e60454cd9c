"""The change report as PDF: what changed between two versions of the register, for an auditor.

Layout: a cover (organisation, the two states compared with their names, dates, who froze and
approved them, and their fingerprints), the summary counts, then the organisation's changed
details, the catalogue items added, removed or changed (with the activities that use them), and one
section per activity with its changed fields in before / after tables. Changes that reach an
activity through a catalogue item are shaded and say so. Footer on every page: organisation,
report title and date, "page X of Y".

Fonts, styles, the page-number machinery and bookmarks come from the register's PDF export
(``ropa.exports.pdf``), so both documents look alike.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ropa.exports import ExportOptions
from ropa.exports.common import Progress, atomic_file, page_size_name, translator_for, xml_safe
from ropa.exports.pdf import (
    BAND,
    CELL_PADDING,
    CELL_SIZE,
    FONT,
    HEADER_BG,
    INK,
    MARGIN,
    RULE,
    TABLE_CHUNK,
    Deferred,
    Heading,
    build_document,
    clip,
    make_styles,
    register_fonts,
    text,
)
from ropa.fingerprint import short
from ropa.versions.diff import DASH, ActivityChange, ChangeReport, FieldChange, ItemChange, Labels, Side, summary_counts

#: Above this many characters (before + after), a change is printed as paragraphs, not a table row
#: (a table row cannot be split across pages).
LONG_VALUE = 1200
VIA = "↳ "


class ChangeReportPdf:
    def __init__(self, report: ChangeReport, options: ExportOptions) -> None:
        register_fonts()
        self.report = report
        # the report's values are already in its language: the labels must be too
        self.t = translator_for(dataclasses.replace(options, language=report.language))
        self.labels = Labels(self.t)
        self.pagesize = A4 if page_size_name(options) == "A4" else letter
        self.made_at = report.made_at or datetime.now().replace(microsecond=0)
        self.s = make_styles()
        self.via_style = ParagraphStyle("via", parent=self.s.cell, textColor=INK)
        self.title = self.label("doc.title")
        footer = self.label("doc.footer", organisation=report.organisation_name, date=self.t.date(self.made_at.date()))
        self.deferred = Deferred(footer, self.t("versions.doc.page"))
        steps = len(report.activities) + len(report.catalogue) + 3
        self.progress = Progress(options, steps)

    def label(self, key: str, **values: Any) -> str:
        return self.labels(key, **values)

    def width(self) -> float:
        return float(self.pagesize[0] - 2 * MARGIN)

    # --- pieces -----------------------------------------------------------------------------------

    def cell(self, value: str, width: float, style: ParagraphStyle | None = None) -> Paragraph | str:
        value = xml_safe(value) or DASH
        if (
            style is None
            and "\n" not in value
            and pdfmetrics.stringWidth(value, FONT, CELL_SIZE) <= width - 2 * CELL_PADDING
        ):
            return value
        return Paragraph(text(value), style or self.s.cell)

    def changes(self, fields: tuple[FieldChange, ...] | list[FieldChange]) -> Iterator[Flowable]:
        """Before / after tables (cut every TABLE_CHUNK rows); very long values as paragraphs."""
        w = self.width()
        widths = [w * 0.30, w * 0.35, w * 0.35]
        head = [Paragraph(text(self.label(f"column.{k}")), self.s.cell_head) for k in ("field", "before", "after")]
        rows: list[list[Any]] = []
        shaded: list[int] = []

        def flush() -> Iterator[Flowable]:
            if not rows:
                return
            commands: list[tuple[Any, ...]] = [
                ("FONT", (0, 0), (-1, -1), FONT, 7.5, 9.2),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
            commands += [("BACKGROUND", (0, i), (-1, i), BAND) for i in shaded]
            yield Table([head, *rows], colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")
            rows.clear()
            shaded.clear()

        for change in fields:
            label = f"{VIA}{change.label}" if change.via_catalogue else change.label
            if len(change.before) + len(change.after) > LONG_VALUE:
                yield from flush()
                yield CondPageBreak(30 * mm)
                yield Paragraph(text(label), self.s.label)
                for key, value in (("before", change.before), ("after", change.after)):
                    yield Paragraph(f"<b>{text(self.label('column.' + key))}</b>", self.s.meta)
                    yield Paragraph(text(value or DASH), self.s.value)
                continue
            rows.append(
                [self.cell(label, widths[0], self.s.cell_head if not change.via_catalogue else None),
                 self.cell(change.before, widths[1]), self.cell(change.after, widths[2])]
            )
            if change.via_catalogue:
                shaded.append(len(rows))
            if len(rows) >= TABLE_CHUNK:
                yield from flush()
        yield from flush()

    def side_rows(self, side: Side) -> list[tuple[str, str]]:
        """The cover's rows for one state (a version is frozen at its date; the current register is
        taken at the time of the comparison)."""
        rows = [
            (self.label("cover.version"), side.label),
            (self.label("cover.date"), self.t.date(side.date, "medium") if side.date else ""),
        ]
        if side.version:
            rows += [
                (self.label("cover.frozen_by"), side.frozen_by),
                (self.label("cover.approved_by"), side.approved_by),
                (self.label("cover.note"), side.note),
            ]
        rows += [
            (self.label("cover.activities"), self.t.number(side.activities)),
            (self.label("cover.fingerprint"), short(side.fingerprint)),
        ]
        return rows

    def cover(self) -> Iterator[Flowable]:
        s, w = self.s, self.width()
        yield Spacer(1, 18 * mm)
        yield Paragraph(text(self.title), s.title)
        yield Paragraph(text(self.label("doc.subtitle")), s.subtitle)
        yield Paragraph(text(self.report.organisation_name), s.org)
        data: list[list[Any]] = [
            [Paragraph("", s.label), Paragraph(text(self.label("cover.from")), s.h3),
             Paragraph(text(self.label("cover.to")), s.h3)]
        ]
        old, new = self.side_rows(self.report.old), self.side_rows(self.report.new)
        labels = [label for label, _ in old] + [label for label, _ in new if label not in {lbl for lbl, _ in old}]
        old_values, new_values = dict(old), dict(new)
        for label in labels:
            style = s.mono if label == self.label("cover.fingerprint") else s.body
            data.append([
                Paragraph(text(label), s.label),
                Paragraph(text(old_values.get(label) or DASH), style),
                Paragraph(text(new_values.get(label) or DASH), style),
            ])
        yield Table(
            data, colWidths=[w * 0.24, w * 0.38, w * 0.38], hAlign="LEFT",
            style=TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]),
        )
        yield Spacer(1, 4 * mm)
        made = self.label("text.pair", label=self.label("cover.made_at"), value=self.t.date(self.made_at, "medium"))
        yield Paragraph(text(f"{made} UTC"), s.small)
        yield Paragraph(text(self.label("doc.fingerprint_help")), s.small)
        yield Spacer(1, 8 * mm)
        yield from self.summary()

    def summary(self) -> Iterator[Flowable]:
        s, w = self.s, self.width()
        yield self.heading(self.label("summary.title"), "summary", 0)
        counts = summary_counts(self.report)
        rows = [
            (self.label("summary.added"), counts["added"]),
            (self.label("summary.removed"), counts["removed"]),
            (self.label("summary.changed"), counts["changed"]),
            (self.label("summary.unchanged"), counts["unchanged"]),
            (self.label("summary.items"), counts["items"]),
            (self.label("summary.organisation"), len(self.report.organisation)),
            (self.label("summary.acknowledgements"), len(self.report.acknowledgements)),
        ]
        yield Table(
            [[Paragraph(text(label), s.body), self.t.number(value)] for label, value in rows],
            colWidths=[w * 0.5, w * 0.12], hAlign="LEFT",
            style=TableStyle([
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]),
        )
        if self.report.is_empty:
            yield Spacer(1, 6 * mm)
            yield Paragraph(text(self.label("doc.no_changes")), s.body)

    def heading(self, title: str, key: str, level: int, style: ParagraphStyle | None = None) -> Heading:
        style = style or (self.s.h1 if level == 0 else self.s.h2)
        return Heading(text(title), style, key, title, level, self.deferred)

    def item_title(self, item: ItemChange) -> str:
        status = self.label(f"status.{item.status}")
        return self.label("text.pair", label=status, value=self.label("text.item", kind=item.kind_label, name=clip(item.name, 200)))

    def items(self, key: str, title: str, items: tuple[ItemChange, ...]) -> Iterator[Flowable]:
        yield self.heading(title, key, 0)
        for item in items:
            yield CondPageBreak(35 * mm)
            yield self.heading(self.item_title(item), f"{key}{item.uuid}", 1, self.s.h3)
            if item.used_by:
                yield Paragraph(text(self.label("change.used_by", activities=", ".join(item.used_by))), self.s.meta)
            yield from self.changes(item.fields)
            self.progress.step()

    def activity(self, change: ActivityChange) -> Iterator[Flowable]:
        yield CondPageBreak(40 * mm)
        title = f"{change.reference}  {clip(change.name, 200)}"
        yield self.heading(title, f"a{change.uuid}", 1)
        status = self.label(f"status.{change.status}")
        if change.catalogue_fields and not change.own_fields:
            status = f"{status} · {VIA}{self.label('change.via_catalogue')}"
        yield Paragraph(text(status), self.s.meta)
        yield from self.changes(change.fields)
        self.progress.step()

    def story(self) -> Iterator[Flowable]:
        report = self.report
        yield from self.cover()
        self.progress.step()
        yield PageBreak()
        if report.organisation:
            yield self.heading(self.label("section.organisation"), "organisation", 0)
            yield from self.changes(report.organisation)
            yield Spacer(1, 6 * mm)
        if report.catalogue:
            yield from self.items("c", self.label("section.catalogue"), report.catalogue)
            yield Spacer(1, 6 * mm)
        if report.activities:
            yield CondPageBreak(60 * mm)
            yield self.heading(self.label("section.activities"), "activities", 0)
            for change in report.activities:
                yield from self.activity(change)
            yield Spacer(1, 6 * mm)
        if report.acknowledgements:
            yield CondPageBreak(60 * mm)
            yield from self.items("k", self.label("section.acknowledgements"), report.acknowledgements)
        self.progress.check()

    def on_page(self, canv: Any, _doc: Any) -> None:
        self.deferred.footer(canv)

    def write(self, path: Path) -> None:
        org = self.report.organisation_name
        build_document(
            path, self.pagesize, self.story(), self.deferred, self.on_page,
            title=f"{self.title} — {org}",
            author=org,
            subject=f"{self.report.old.label} → {self.report.new.label}",
            keywords=f"SHA-256 {self.report.old.fingerprint} {self.report.new.fingerprint}",
            language=self.t.language,
        )

def export(report: ChangeReport, path: Path, options: ExportOptions) -> None:
    """Write the change report as PDF at ``path`` (atomically; nothing is left on cancel or error)."""
    writer = ChangeReportPdf(report, options)
    with atomic_file(Path(path)) as tmp:
        writer.write(tmp)
    writer.progress.finish()
