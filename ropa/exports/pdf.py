"""PDF export (reportlab): the register as a printable document for an auditor or an authority.

Layout: a cover page (organisation, DPO, version, dates, fingerprint), a table of contents with page
numbers, one section per activity listing every Art. 30 item in a fixed order (an explicit "not
documented" marker where an item is empty), summary tables (recipients and processors; transfers
by country and mechanism; retention overview), an optional findings annex, and a footer on every
page: register name, export date and "page X of Y".

It is laid out in a single pass. Numbers that are only known at the end (the total page count, the
page each section starts on) are drawn as PDF form XObjects that every page refers to and that are
defined just before the file is saved. The story is produced lazily, activity by activity, which
keeps memory flat, gives natural points to report progress and to honour a cancel.

DejaVu Sans (shipped in resources/fonts, embedded as subsets) covers Latin, Greek and Cyrillic.
"""

from __future__ import annotations

import collections
import functools
import itertools
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ropa.domain.enums import Role
from ropa.domain.model import Activity, Register
from ropa.exports import ExportOptions
from ropa.exports.common import Progress, atomic_file, page_size_name, translator_for, xml_safe
from ropa.exports.findings import findings_for
from ropa.exports.tables import Formatter, controller_part, cover_rows, natural_key, processor_part
from ropa.fingerprint import fingerprint, short
from ropa.resources import resources_dir

FONT, BOLD, ITALIC, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}
MARGIN = 18 * mm
FOOTER_Y = 10 * mm
TABLE_CHUNK = 40  # rows per table: long tables are cut into pieces (reportlab splits big tables slowly)
ANNEX_CHUNK = 1000  # rows of the findings annex per table: one table in any register of ordinary size
MAX_HEADING = 200  # characters of an activity name in headings and the contents
MAX_CELL = 600  # characters of a summary-table cell (a table row cannot be split across pages)
MAX_REFS = 15
CELL_SIZE, CELL_PADDING = 7.5, 3
LABEL_ROOM = 34  # points a label needs below it (two label lines and one value line) to stay on its page  # activity references listed in a summary cell before "and N more"

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
MUTED = colors.HexColor("#52606d")
BAND = colors.HexColor("#e4ecf7")
RULE = colors.HexColor("#9aa5b1")
WARN = colors.HexColor("#a61b1b")
HEADER_BG = colors.HexColor("#dce6f1")

_font_lock = threading.Lock()


def register_fonts() -> None:
    """Register DejaVu Sans with reportlab once per process (thread-safe: exports may run on a worker)."""
    with _font_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources_dir() / "fonts"
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def text(value: str) -> str:
    """User text as Paragraph markup: escaped, control characters replaced, line breaks kept."""
    return escape(xml_safe(value)).replace("\n", "<br/>")


PIECE = 3000  # characters of one paragraph: longer text is laid out as several, so its cost stays linear


def pieces(value: str, size: int = PIECE) -> list[str]:
    """Long text cut into paragraphs of at most ``size`` characters, at a line break or a space if there is one.

    reportlab re-wraps the rest of a paragraph each time it splits it at a page end, which made a 1 MB
    description quadratic (minutes); pieces of bounded size keep the layout linear in the text's size.
    """
    if len(value) <= size:
        return [value]
    out = []
    start = 0
    while len(value) - start > size:
        end = start + size
        cut = max(value.rfind("\n", start + size // 2, end), value.rfind(" ", start + size // 2, end))
        if cut <= start:
            cut = end
        out.append(value[start:cut])
        start = cut + 1 if cut < end and value[cut] in " \n" else cut
    out.append(value[start:])
    return out


def clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --- styles ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    org: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    bullet: ParagraphStyle
    missing: ParagraphStyle
    neutral: ParagraphStyle
    cell: ParagraphStyle
    cell_missing: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle


def make_styles() -> Styles:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5, textColor=INK, alignment=TA_LEFT)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=base,
        small=style("small", fontSize=8, leading=10, textColor=MUTED),
        title=style("title", fontName=BOLD, fontSize=24, leading=29, textColor=ACCENT, spaceAfter=4),
        subtitle=style("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=18),
        org=style("org", fontName=BOLD, fontSize=16, leading=20, spaceAfter=12),
        h1=style("h1", fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceAfter=10),
        h2=style(
            "h2", fontName=BOLD, fontSize=11.5, leading=14.5, textColor=ACCENT, backColor=BAND,
            borderPadding=(4, 4, 4, 4), spaceBefore=10, spaceAfter=6,
        ),
        h3=style("h3", fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT, spaceBefore=10, spaceAfter=6),
        meta=style("meta", fontSize=8, leading=10, textColor=MUTED, spaceAfter=1),
        label=style("label", fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT, spaceBefore=6, spaceAfter=1.5),
        value=style("value", leftIndent=10),
        # a hanging indent with the bullet as text: looks the same as bulletText, lays out faster
        bullet=style("bullet", leftIndent=20, firstLineIndent=-10, spaceAfter=0.5),
        missing=style("missing", fontName=ITALIC, leftIndent=10, textColor=WARN),
        neutral=style("neutral", fontName=ITALIC, leftIndent=10, textColor=MUTED),
        cell=style("cell", fontSize=7.5, leading=9.2),
        cell_missing=style("cell_missing", fontName=ITALIC, fontSize=7.5, leading=9.2, textColor=WARN),
        cell_head=style("cell_head", fontName=BOLD, fontSize=7.5, leading=9.2),
        mono=style("mono", fontName=MONO, fontSize=9, leading=11.5),
        toc0=style("toc0", fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6),
        toc1=style("toc1", fontSize=8.5, leading=10.5, leftIndent=12),
    )


# --- numbers known only at the end: forms defined when the file is saved -----------------------------


@dataclass
class Deferred:
    """Numbers known only at the end: the page count in the footers, the contents' page numbers.

    Each page draws its footer directly, except the total page count, which is one form shared by
    every page; each contents line refers to a small form holding its page number. The forms are
    defined just before the file is saved, when the numbers are known.
    """

    footer_text: str  # organisation · title · export date
    page_template: str  # "Page {page} of {total}", translated
    sections: dict[str, int] = field(default_factory=dict)  # section key -> page it starts on
    wanted: list[str] = field(default_factory=list)  # section keys whose page number the contents shows
    pages: int = 0
    _fitted: str | None = None

    def footer(self, canv: Canvas) -> None:
        size, width, page = FOOTER_SIZE, canv._pagesize[0], canv.getPageNumber()
        before, _sep, after = self.page_template.partition("{total}")
        prefix, suffix = before.format(page=page), after.format(page=page)
        canv.saveState()
        canv.setFont(FONT, size)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, FOOTER_Y, prefix)
        x = MARGIN + pdfmetrics.stringWidth(prefix, FONT, size)
        canv.saveState()
        canv.translate(x, FOOTER_Y)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()
        if suffix:
            canv.drawString(x + pdfmetrics.stringWidth("00000", FONT, size), FOOTER_Y, suffix)
        if self._fitted is None:  # the same on every page: fitted once
            widest = self.page_template.format(page=99999, total=99999)
            room = width - 2 * MARGIN - pdfmetrics.stringWidth(widest, FONT, size) - 12
            self._fitted = fit(self.footer_text, room, FONT, size)
        canv.drawRightString(width - MARGIN, FOOTER_Y, self._fitted)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN, FOOTER_Y + 9, width - MARGIN, FOOTER_Y + 9)
        canv.restoreState()

    def draw(self, canv: Canvas) -> None:
        canv.beginForm(TOTAL_FORM, lowerx=0, lowery=-4, upperx=60, uppery=12)
        canv.setFont(FONT, FOOTER_SIZE)
        canv.setFillColor(MUTED)
        canv.drawString(0, 0, str(self.pages))
        canv.endForm()
        for key in self.wanted:
            canv.beginForm(toc_form(key), lowerx=-60, lowery=-4, upperx=2, uppery=12)
            canv.setFont(FONT, 8.5)
            canv.setFillColor(INK)
            start = self.sections.get(key)
            canv.drawRightString(0, 0, str(start) if start else "")
            canv.endForm()


TOTAL_FORM = "ropaTotalPages"
FOOTER_SIZE = 7.5


def toc_form(key: str) -> str:
    return f"ropaToc{key}"


_HYPHENATION = {"en": "en_GB", "fr": "fr_FR", "nl": "nl_NL", "de": "de_DE"}


@functools.cache
def hyphenator(language: str) -> Any:
    """The language's hyphenation dictionary (pyphen, the LibreOffice/Hunspell patterns), or None."""
    import pyphen  # type: ignore[import-untyped]

    code = _HYPHENATION.get(language)
    return pyphen.Pyphen(lang=code) if code else None


def _break_word(word: str, width: float, font: str, size: float, language: str) -> tuple[str, str]:
    """Split a word too wide for its line: at the last hyphenation point that fits, with a hyphen;
    a word with no such point (a URL, a long code) is cut where it must, with a hyphen too."""
    hyphen = hyphenator(language)
    if hyphen is not None and word.isalpha() and len(word) < 200:  # a URL or a code: no dictionary word
        for head, tail in hyphen.iterate(word):  # longest head first
            if pdfmetrics.stringWidth(head + "-", font, size) <= width:
                return head + "-", tail
    cut = len(word) - 1
    while cut > 1 and pdfmetrics.stringWidth(word[:cut] + "-", font, size) > width:
        cut = max(1, int(cut * 0.9)) if cut > 40 else cut - 1
    return word[:cut] + "-", word[cut:]


def wrap_lines(value: str, width: float, font: str, size: float, language: str = "") -> list[str]:
    """Break text into lines no wider than ``width``: at spaces, and inside a word only if it is wider
    than the line, at a hyphenation point of the language where there is one, always with a hyphen."""
    lines: list[str] = []
    for paragraph in value.split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:
                head, line = _break_word(line, width, font, size, language)
                lines.append(head)
            lines.append(line)
    return lines


def fit(value: str, width: float, font: str, size: float) -> str:
    if pdfmetrics.stringWidth(value, font, size) <= width:
        return value
    while value and pdfmetrics.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """A canvas that defines the deferred forms (page count, contents page numbers) before saving."""

    def __init__(self, *args: Any, deferred: Deferred, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deferred = deferred

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self.deferred.pages = self.getPageNumber()
        super().showPage()

    def save(self) -> None:
        self.deferred.draw(self)
        super().save()


# --- flowables ---------------------------------------------------------------------------------------


class Heading(Flowable):  # type: ignore[misc]
    """A section heading that records its page, a PDF bookmark and an outline entry."""

    def __init__(self, markup: str, style: ParagraphStyle, key: str, outline: str, level: int, deferred: Deferred) -> None:
        super().__init__()
        self.para = Paragraph(markup, style)
        self.key, self.outline, self.level, self.deferred = key, outline, level, deferred
        self.style = style
        self.keepWithNext = 1

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.para.wrap(avail_width, avail_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 0)
        self.canv.bookmarkHorizontal(self.key, 0, self.height + 6)
        self.canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=self.level > 0)
        self.deferred.sections[self.key] = self.canv.getPageNumber()


class TocEntry(Flowable):  # type: ignore[misc]
    """A line of the contents: the title, and the page number drawn from a form defined at the end."""

    NUMBER_WIDTH = 40

    def __init__(self, markup: str, style: ParagraphStyle, key: str) -> None:
        super().__init__()
        self.para = Paragraph(markup, style)
        self.key = key
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _w, self.height = self.para.wrap(avail_width - self.NUMBER_WIDTH, avail_height)
        self.width = avail_width
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 0)
        lines = len(getattr(self.para.blPara, "lines", [None]))
        # where reportlab puts a paragraph's first baseline (see Paragraph.draw)
        first = self.style.fontSize if rl_config.paraFontSizeHeightOffset else pdfmetrics.getAscent(
            self.style.fontName, self.style.fontSize
        )
        baseline = self.height - first - (lines - 1) * self.style.leading
        self.canv.saveState()
        self.canv.translate(self.width, baseline)
        self.canv.doForm(toc_form(self.key))
        self.canv.restoreState()
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class LazyStory:
    """The story as reportlab's ``build`` consumes it, produced on demand from an iterator of flowables.

    ``build`` reads and deletes from the front and puts split parts back there; looking ahead a few
    items is all it needs (to keep a heading with what follows), so only a window of the document
    exists at a time instead of hundreds of thousands of flowables.
    """

    LOOKAHEAD = 32

    def __init__(self, source: Iterable[Flowable]) -> None:
        self._source = iter(source)
        self._buffer: collections.deque[Flowable] = collections.deque()
        self._done = False

    def _fill(self, count: int) -> None:
        while not self._done and len(self._buffer) < count:
            try:
                self._buffer.append(next(self._source))
            except StopIteration:
                self._done = True

    def __len__(self) -> int:
        self._fill(self.LOOKAHEAD)
        return len(self._buffer)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            stop = index.stop if index.stop is not None else self.LOOKAHEAD
            self._fill(stop)
            return list(itertools.islice(self._buffer, index.start or 0, stop))
        self._fill(index + 1)
        return self._buffer[index]

    def __delitem__(self, index: int | slice) -> None:
        if isinstance(index, slice):
            count = (index.stop or 0) - (index.start or 0)
            if index.start not in (None, 0):
                raise IndexError("only the front of the story can be removed")
            for _ in range(count):
                self._buffer.popleft()
            return
        if index != 0:
            raise IndexError("only the front of the story can be removed")
        self._fill(1)
        self._buffer.popleft()

    def __setitem__(self, index: slice, values: list[Flowable]) -> None:
        if not isinstance(index, slice) or (index.start or 0) != 0 or (index.stop or 0) != 0:
            raise IndexError("only insertion at the front of the story is supported")
        self._buffer.extendleft(reversed(values))

    def insert(self, index: int, value: Flowable) -> None:
        if index != 0:
            raise IndexError("only insertion at the front of the story is supported")
        self._buffer.appendleft(value)


# --- the document ------------------------------------------------------------------------------------


class PdfWriter:
    def __init__(self, register: Register, options: ExportOptions) -> None:
        register_fonts()
        self.register = register
        self.options = options
        self.t = translator_for(options)
        self.pagesize = A4 if page_size_name(options) == "A4" else letter
        self.exported_at = datetime.now().replace(microsecond=0)
        self.fmt = Formatter(register, self.t)
        self.s = make_styles()
        self.controller = controller_part(register)
        self.processor = processor_part(register)
        self.findings = findings_for(register, self.exported_at.date()) if options.include_findings else None
        self.digest = fingerprint(register)
        org = register.organisation.legal_name
        self.title = self.label("doc.title")
        footer = self.label("doc.footer", organisation=org, title=self.title, date=self.fmt.date(self.exported_at))
        self.deferred = Deferred(footer, self.fmt.t("export.doc.page"))
        steps = len(self.controller) + len(self.processor) + 6
        self.progress = Progress(options, steps, every=1)

    def label(self, key: str, **values: Any) -> str:
        return self.fmt.label(key, **values)

    # --- building blocks ------------------------------------------------------------------------

    def heading(
        self, title: str, key: str, level: int, style: ParagraphStyle | None = None, keep: bool = True
    ) -> Heading:
        style = style or (self.s.h1 if level == 0 else self.s.h2)
        heading = Heading(text(title), style, key, title, level, self.deferred)
        heading.keepWithNext = int(keep)
        return heading

    def item(self, label: str, lines: list[str], empty: str | None = None, neutral: bool = False) -> Iterator[Flowable]:
        """One Art. 30 item: its label, then one line per value, or the "not documented" marker."""
        # a label never ends a page: cheaper than keepWithNext, which re-wraps what follows
        yield CondPageBreak(LABEL_ROOM)
        yield Paragraph(text(label), self.s.label)
        lines = [line for line in lines if line]
        if not lines:
            marker = empty or self.fmt.not_documented
            yield Paragraph(text(marker), self.s.neutral if neutral else self.s.missing)
        elif len(lines) == 1:
            for piece in pieces(lines[0]):
                yield Paragraph(self.marked(piece), self.s.value)
        else:
            for line in lines:
                yield Paragraph("•\u00a0\u00a0" + self.marked(line), self.s.bullet)

    @functools.cached_property
    def _gaps(self) -> list[tuple[str, str]]:
        """The "not documented" phrases a line can hold, escaped, and their red italic markup."""
        phrases = (self.label("value.mechanism_missing"), self.label("value.condition_missing"))
        return [(text(p), f'<font color="#{WARN.hexval()[2:]}"><i>{text(p)}</i></font>') for p in phrases]

    def marked(self, value: str) -> str:
        """A line as markup, with a gap inside it ("transfer mechanism not documented") in the red marker style."""
        markup = text(value)
        for plain, red in self._gaps:
            if plain in markup:
                markup = markup.replace(plain, red)
        return markup

    def activity_title(self, a: Activity) -> str:
        return f"{a.reference}  {clip(a.name, MAX_HEADING)}"

    def activity_heading(self, a: Activity) -> Iterator[Flowable]:
        f = self.fmt
        yield CondPageBreak(55 * mm)
        yield self.heading(self.activity_title(a), key=f"a{a.uuid}", level=1, keep=False)
        if len(a.name) > MAX_HEADING:
            yield Paragraph(text(a.name), self.s.body)
        meta = self.label("item.meta", role=f.enum(a.role), status=f.enum(a.status), owner=a.owner or "—")
        yield Paragraph(text(meta), self.s.meta)
        reviews = self.label(
            "item.reviews", last=f.date(a.last_reviewed) or "—", next=f.date(a.next_review) or "—"
        )
        yield Paragraph(text(reviews), self.s.meta)

    def controller_section(self, a: Activity) -> Iterator[Flowable]:
        f = self.fmt
        yield from self.activity_heading(a)
        yield from self.item(self.label("item.description"), [a.description])
        joint = [f.joint_controller(u) for u in a.joint_controllers]
        if a.role is Role.JOINT_CONTROLLER or joint:
            yield from self.item(self.label("item.joint_controllers"), joint)
        else:
            yield from self.item(self.label("item.joint_controllers"), [], self.label("doc.not_applicable"), neutral=True)
        purposes = []
        for p in a.purposes:
            detail = f.legal_basis_detail(p)
            line = f"{p.description} — {f.legal_basis(p)}"
            purposes.append(f"{line} ({detail})" if detail else line)
        yield from self.item(self.label("item.purposes"), purposes)
        yield from self.item(self.label("item.data_subjects"), f.names("data_subject_categories", a.data_subjects))
        yield from self.item(self.label("item.data_categories"), self.data_lines(a))
        yield from self.item(self.label("item.sources"), [f.source(s.kind, s.description) for s in a.sources])
        yield from self.item(self.label("item.recipients"), [f.recipient_uuid(u) for u in a.recipients])
        yield from self.item(
            self.label("item.transfers"), self.transfer_lines(a), self.label("doc.no_transfer"), neutral=True
        )
        yield from self.item(self.label("item.retention"), [f.retention(r) for r in a.retention])
        yield from self.item(self.label("item.security"), [f.security(u) for u in a.security_measures])
        yield from self.item(self.label("item.systems"), [f.system(u) for u in a.systems])
        yield from self.item(self.label("item.dpia"), f.dpia(a))
        yield from self.item(self.label("item.automated"), f.automated(a))
        if a.notes:
            yield from self.item(self.label("item.notes"), [a.notes])

    def processor_section(self, a: Activity) -> Iterator[Flowable]:
        f = self.fmt
        yield from self.activity_heading(a)
        yield from self.item(self.label("item.description"), [a.description])
        served = []
        for s in a.served_controllers:
            line = f.contact(s.contact) or f.not_documented
            if not s.representative.is_empty():
                line += "\n" + self.label("value.representative", contact=f.contact(s.representative))
            if not s.dpo.is_empty():
                line += "\n" + self.label("value.dpo", contact=f.contact(s.dpo))
            served.append(line)
        yield from self.item(self.label("item.served_controllers"), served)
        yield from self.item(self.label("item.processing_categories"), f.processing_categories(a))
        if a.purposes:  # what the controller instructs: the processor's own legal basis is not asked for
            yield from self.item(self.label("item.processor_purposes"), [f.purpose(p) for p in a.purposes])
        yield from self.item(
            self.label("item.processor_data_subjects"), f.names("data_subject_categories", a.data_subjects)
        )
        yield from self.item(self.label("item.processor_data_categories"), self.data_lines(a))
        if a.sources:
            yield from self.item(self.label("item.sources"), [f.source(s.kind, s.description) for s in a.sources])
        yield from self.item(self.label("item.processor_recipients"), [f.recipient_uuid(u) for u in a.recipients])
        yield from self.item(
            self.label("item.processor_transfers"), self.transfer_lines(a), self.label("doc.no_transfer"), neutral=True
        )
        yield from self.item(self.label("item.processor_security"), [f.security(u) for u in a.security_measures])
        yield from self.item(self.label("item.systems"), [f.system(u) for u in a.systems])
        if a.retention:
            yield from self.item(self.label("item.processor_retention"), [f.retention(r) for r in a.retention])
        if a.notes:
            yield from self.item(self.label("item.notes"), [a.notes])

    def data_lines(self, a: Activity) -> list[str]:
        lines = []
        for d in a.data:
            line = self.fmt.data_category(d)
            condition = self.fmt.condition_text(d)
            if condition:
                line = f"{line} — {condition}"
            category = self.fmt.index.data_categories.get(d.category)
            if category is not None and category.description:  # what "Identification data" contains
                line = f"{line}\n{category.description}"
            lines.append(line)
        return lines

    def transfer_lines(self, a: Activity) -> list[str]:
        lines = []
        for t in a.transfers:
            line = self.fmt.transfer(t)
            documentation = self.fmt.safeguards(t)
            if documentation:
                line = f"{line}\n{self.fmt.pair(self.label('column.documentation'), documentation)}"
            lines.append(line)
        return lines

    # --- tables ------------------------------------------------------------------------------------

    def table(
        self, headers: list[str], rows: list[list[str]], widths: list[float], chunk: int = TABLE_CHUNK
    ) -> Iterator[Flowable]:
        """A table cut into pieces of ``chunk`` rows, each with the header row (also repeated on split)."""
        style = TableStyle(
            [
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
        )
        head = [Paragraph(text(h), self.s.cell_head) for h in headers]
        if not rows:
            yield Paragraph(text(self.label("doc.none")), self.s.neutral)
            return
        for start in range(0, len(rows), chunk):
            body = [
                [self.cell(value, width) for value, width in zip(row, widths, strict=True)]
                for row in rows[start : start + chunk]
            ]
            yield Table([head, *body], colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")

    def cell(self, value: str, width: float) -> Paragraph | str:
        """A table cell as plain text broken into lines here: several times cheaper for reportlab's
        tables than a Paragraph, which a table wraps again each time it measures or draws a row."""
        if value == self.fmt.not_documented:
            return Paragraph(text(value), self.s.cell_missing)
        if any(plain in text(value) for plain, _red in self._gaps):
            return Paragraph(self.marked(clip(value, MAX_CELL)), self.s.cell)
        return "\n".join(
            wrap_lines(xml_safe(clip(value, MAX_CELL)), width - 2 * CELL_PADDING, FONT, CELL_SIZE, self.t.language)
        )

    def refs(self, references: list[str]) -> str:
        ordered = sorted(set(references), key=natural_key)
        if len(ordered) <= MAX_REFS:
            return ", ".join(ordered)
        return f"{', '.join(ordered[:MAX_REFS])} {self.label('doc.more', count=len(ordered) - MAX_REFS)}"

    def width(self) -> float:
        return float(self.pagesize[0] - 2 * MARGIN)

    def recipients_summary(self) -> Iterator[Flowable]:
        f = self.fmt
        used: dict[str, list[str]] = collections.defaultdict(list)
        for a in self.controller + self.processor:
            for uuid in a.recipients:
                used[uuid].append(a.reference)
            for t in a.transfers:
                if t.recipient and a.reference not in used[t.recipient]:
                    used[t.recipient].append(a.reference)
        rows = []
        for uuid, refs in used.items():
            r = f.index.recipients.get(uuid)
            if r is None:
                continue
            contract = "; ".join(p for p in (r.contract_reference, f.date(r.contract_date)) if p)
            # the recipient's contact details (Art. 30(2)(a) for a processor) and what it does, under its name
            who = "\n".join(p for p in (r.name, r.contact, r.description) if p)
            rows.append([who, f.enum(r.kind), f.country(r.country), contract, self.refs(refs)])
        rows.sort(key=lambda row: row[0].casefold())
        headers = [self.label(f"column.{k}") for k in ("recipient", "recipient_type", "country", "contract_reference", "activities")]
        w = self.width()
        yield from self.table(headers, rows, [w * 0.34, w * 0.16, w * 0.11, w * 0.17, w * 0.22])

    def transfers_summary(self) -> Iterator[Flowable]:
        f = self.fmt
        groups: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for a in self.controller + self.processor:
            for t in a.transfers:
                key = (f.destination(t), f.mechanism(t))
                recipients, refs = groups.setdefault(key, ([], []))
                name = f.recipient_name(t.recipient)
                if name and name not in recipients:
                    recipients.append(name)
                refs.append(a.reference)
        rows = [
            [dest, mech, f.t.number(len(refs)), clip(", ".join(sorted(recipients)), MAX_CELL), self.refs(refs)]
            for (dest, mech), (recipients, refs) in sorted(groups.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1]))
        ]
        headers = [self.label(f"column.{k}") for k in ("country", "mechanism", "count", "recipient", "activities")]
        w = self.width()
        yield from self.table(headers, rows, [w * 0.15, w * 0.27, w * 0.09, w * 0.22, w * 0.27])

    def retention_summary(self) -> Iterator[Flowable]:
        f = self.fmt
        rows = []
        for a in self.controller + self.processor:
            if not a.retention:
                if not a.is_processor:
                    rows.append([a.reference, clip(a.name, MAX_CELL), "", f.not_documented])
                continue
            for r in a.retention:
                categories = ", ".join(f.names("data_categories", r.data_categories))
                rows.append([a.reference, clip(a.name, MAX_CELL), categories, f.retention_period(r)])
        headers = [self.label(f"column.{k}") for k in ("reference", "activity", "data_categories", "time_limit")]
        w = self.width()
        yield from self.table(headers, rows, [w * 0.11, w * 0.25, w * 0.27, w * 0.37])

    def findings_annex(self) -> Iterator[Flowable]:
        assert self.findings is not None
        activities = {a.uuid: a for a in self.register.activities}
        rows = []
        for finding in sorted(self.findings, key=lambda f: f.severity.rank):  # errors first, info last (stable)
            a = activities.get(finding.activity_uuid or "")
            ack = finding.acknowledgement
            message = finding.message(self.t)
            if ack is not None:
                message = f"{message}\n{self.label('doc.acknowledged', justification=ack.justification)}"
            rows.append([
                self.label(f"severity.{finding.severity.value}"),
                finding.article_label(self.t),
                a.reference if a else "",
                message,
            ])
        headers = [self.label(f"column.{k}") for k in ("severity", "article", "reference", "finding")]
        w = self.width()
        if not rows:
            yield Paragraph(text(self.label("doc.findings_none")), self.s.neutral)
            return
        # one table, its header repeated at page breaks only (a very long annex is cut every ANNEX_CHUNK rows)
        yield from self.table(headers, rows, [w * 0.15, w * 0.14, w * 0.10, w * 0.61], ANNEX_CHUNK)

    # --- the parts ---------------------------------------------------------------------------------

    def cover(self) -> Iterator[Flowable]:
        s, org = self.s, self.register.organisation
        yield Spacer(1, 30 * mm)
        yield Paragraph(text(self.title), s.title)
        yield Paragraph(text(self.label("doc.subtitle")), s.subtitle)
        yield Paragraph(text(org.legal_name), s.org)
        rows = cover_rows(
            self.register, self.fmt, digest=self.digest, exported_at=self.exported_at, findings=self.findings,
            version_name=str(self.options.extra.get("version_name") or ""),
        )
        gaps = self.cover_gaps()
        data = []
        for label, value in rows[:-1]:
            markup = text(value) if value else ""
            if label in gaps:  # the same red marker as every other gap of the record
                missing = f'<font color="#{WARN.hexval()[2:]}"><i>{text(self.fmt.not_documented)}</i></font>'
                markup = f"{markup}<br/>{missing}" if markup else missing
            data.append([Paragraph(text(label), s.label), Paragraph(markup or "—", s.body)])
        label, value = rows[-1]
        data.append([Paragraph(text(label), s.label), Paragraph(text(short(value)), s.mono)])
        w = self.width()
        yield Table(  # splitInRow: a value longer than a page (a 5,000-character name) flows on to the next
            data, colWidths=[w * 0.32, w * 0.68], hAlign="LEFT", splitInRow=1,
            style=TableStyle([
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]),
        )
        yield Spacer(1, 6 * mm)
        yield Paragraph(text(self.label("doc.fingerprint_help")), s.small)
        yield PageBreak()

    def cover_gaps(self) -> set[str]:
        """Cover labels whose Art. 30(1)(a) details are missing: the organisation's contact details, the DPO."""
        from ropa.domain.enums import DpoKind

        org, gaps = self.register.organisation, set()
        if not (org.address or org.email or org.phone):
            gaps.add(self.label("cover.organisation"))
        if org.dpo_kind is None or (org.dpo_kind is not DpoKind.NONE and org.dpo.is_empty()):
            gaps.add(self.label("cover.dpo"))
        return gaps

    def sections(self) -> list[tuple[str, str, list[Activity]]]:
        """The parts of the record that have activities (the controller part alone when there are none)."""
        parts = []
        if self.controller or not self.processor:
            parts.append(("controller", self.label("doc.controller_record"), self.controller))
        if self.processor:
            parts.append(("processor", self.label("doc.processor_record"), self.processor))
        return parts

    def contents(self) -> Iterator[Flowable]:
        yield Paragraph(text(self.label("doc.contents")), self.s.h1)
        entries: list[tuple[str, str, int]] = []
        for key, title, activities in self.sections():
            entries.append((f"p{key}", title, 0))
            entries.extend((f"a{a.uuid}", self.activity_title(a), 1) for a in activities)
        entries.append(("psummaries", self.label("doc.summaries"), 0))
        if self.findings is not None:
            entries.append(("pfindings", self.label("doc.findings"), 0))
        for key, title, level in entries:
            self.deferred.wanted.append(key)
            yield TocEntry(text(title), self.s.toc0 if level == 0 else self.s.toc1, key)
        yield PageBreak()

    def story(self) -> Iterator[Flowable]:
        progress = self.progress
        yield from self.cover()
        progress.step()
        yield from self.contents()
        progress.step()
        for key, title, activities in self.sections():
            yield self.heading(title, f"p{key}", 0)
            if not activities:
                yield Paragraph(text(self.label("doc.no_activities")), self.s.neutral)
            section = self.processor_section if key == "processor" else self.controller_section
            for a in activities:
                yield from section(a)
                progress.step()
            yield PageBreak()
        yield self.heading(self.label("doc.summaries"), "psummaries", 0)
        yield self.heading(self.label("doc.recipients_summary"), "srecipients", 1, self.s.h3)
        yield from self.recipients_summary()
        progress.step()
        yield self.heading(self.label("doc.transfers_summary"), "stransfers", 1, self.s.h3)
        yield from self.transfers_summary()
        progress.step()
        yield self.heading(self.label("doc.retention_summary"), "sretention", 1, self.s.h3)
        yield from self.retention_summary()
        progress.step()
        if self.findings is not None:
            yield PageBreak()
            yield self.heading(self.label("doc.findings"), "pfindings", 0)
            yield from self.findings_annex()
        progress.check()

    def on_page(self, canv: Canvas, _doc: Any) -> None:
        self.deferred.footer(canv)

    def write(self, path: Path) -> None:
        org = self.register.organisation
        build_document(
            path, self.pagesize, self.story(), self.deferred, self.on_page,
            title=f"{self.title} — {org.legal_name}",
            author=org.legal_name,
            subject=self.label("doc.subtitle"),
            keywords=f"SHA-256 {self.digest}",
            language=self.t.language,
        )

def build_document(
    path: Path,
    pagesize: tuple[float, float],
    story: Iterator[Any],
    deferred: Any,
    on_page: Any,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    language: str,
) -> None:
    """Lay out a story on ropa's single-frame page with the deferred "page X of Y" footer.

    Shared by the register PDF and the change report, so both documents carry the same page and
    metadata settings.
    """
    width, height = pagesize
    doc = BaseDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="ropa",
        keywords=keywords,
        lang=language,
        initialFontName=FONT,
    )
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    maker = functools.partial(DeferredCanvas, deferred=deferred)
    doc.build(LazyStory(story), canvasmaker=maker)


def export(register: Register, path: Path, options: ExportOptions) -> None:
    """Write the register as a PDF document at ``path`` (atomically; nothing is left on cancel)."""
    writer = PdfWriter(register, options)
    with atomic_file(Path(path)) as tmp:
        writer.write(tmp)
    writer.progress.finish()
