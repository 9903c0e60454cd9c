"""One safe way to read spreadsheets: a workbook becomes sheets of rows of cell text.

Every importer reads .xlsx, .ods and .csv files through :func:`read_workbook`, so the defences
live in one place: the file is never trusted. Size limits are checked before anything is parsed
(file size, number of zip entries, total uncompressed size, compression ratio: zip bombs), XML is
parsed with defusedxml (entity expansion and external entities are refused), formulas are never
evaluated (the value the spreadsheet program cached is used, or nothing), and a sheet may not hold
more than ``Limits.max_rows`` rows or ``Limits.max_columns`` columns with data.

Cell values are text as a person sees them, except dates, which become ISO text (``2018-05-26``)
so that importers do not have to guess the day/month order of a display format.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from ropa.errors import ValidationError
from ropa.i18n import Translator

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
T_TABLE = f"{{{_TABLE}}}table"
T_ROW = f"{{{_TABLE}}}table-row"
T_CELL = f"{{{_TABLE}}}table-cell"
T_COVERED = f"{{{_TABLE}}}covered-table-cell"
T_P = f"{{{_TEXT}}}p"
T_H = f"{{{_TEXT}}}h"
T_S = f"{{{_TEXT}}}s"
T_TAB = f"{{{_TEXT}}}tab"
T_BREAK = f"{{{_TEXT}}}line-break"
T_NOTE = f"{{{_TEXT}}}note"
T_ANNOTATION = f"{{{_OFFICE}}}annotation"
A_NAME = f"{{{_TABLE}}}name"
A_COLS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
A_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
A_COLS_SPANNED = f"{{{_TABLE}}}number-columns-spanned"
A_ROWS_SPANNED = f"{{{_TABLE}}}number-rows-spanned"
A_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
A_DATE_VALUE = f"{{{_OFFICE}}}date-value"
A_VALUE = f"{{{_OFFICE}}}value"
A_BOOLEAN_VALUE = f"{{{_OFFICE}}}boolean-value"
A_STRING_VALUE = f"{{{_OFFICE}}}string-value"
A_SPACES = f"{{{_TEXT}}}c"


@dataclass(frozen=True)
class Limits:
    """What ropa agrees to read; anything bigger is refused with a clear message."""

    #: 20 MB: far more than any register needs, and its worst content reads in seconds
    max_file_bytes: int = 20 * 1024 * 1024
    max_zip_entries: int = 10_000
    max_uncompressed_bytes: int = 512 * 1024 * 1024
    #: entries larger than ``ratio_threshold`` bytes may not be compressed more than this
    max_ratio: int = 200
    ratio_threshold: int = 1024 * 1024
    max_sheets: int = 1_000
    max_rows: int = 100_000
    #: LibreOffice's traditional limit; data beyond it is refused rather than silently dropped
    max_columns: int = 1_024
    #: Excel's own limit for the text of a cell
    max_cell_chars: int = 32_767
    #: cells with data in the whole file, repeated cells (ODS) counted as often as they repeat:
    #: what bounds the work of reading and importing, whatever the file's size
    max_cells: int = 100_000
    #: XML actually unpacked from the container (each part once), whatever the sizes it declares
    max_xml_bytes: int = 128 * 1024 * 1024
    #: XML elements in all parts together (counted before any parser builds them)
    max_xml_elements: int = 1_500_000
    #: nesting of text spans inside one ODS cell
    max_text_depth: int = 100


DEFAULT_LIMITS = Limits()
# The characters ropa.domain.validation refuses: checked per cell, so the message can name the cell.
_UNCARRIABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Range = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based, inclusive)


def column_letter(column: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how spreadsheets name columns."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """0-based row and column → ``B12``."""
    return f"{column_letter(column)}{row + 1}"


def range_name(area: Range) -> str:
    first = cell_name(area[0], area[1])
    last = cell_name(area[2], area[3])
    return first if first == last else f"{first}:{last}"


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``rows[0]`` is the spreadsheet's row 1; trailing empty cells and rows are dropped."""

    name: str
    rows: tuple[tuple[str, ...], ...]
    merged: tuple[Range, ...] = ()

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def column_count(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, column: int) -> str:
        if 0 <= row < len(self.rows):
            values = self.rows[row]
            if 0 <= column < len(values):
                return values[column]
        return ""

    def row(self, row: int) -> tuple[str, ...]:
        return self.rows[row] if 0 <= row < len(self.rows) else ()

    def is_empty(self) -> bool:
        return not any(any(v.strip() for v in r) for r in self.rows)


@dataclass(frozen=True)
class Workbook:
    path: Path
    kind: str  # "xlsx", "ods" or "csv"
    sheets: tuple[Sheet, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.sheets)

    def sheet(self, name: str) -> Sheet | None:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        folded = name.casefold().strip()
        for sheet in self.sheets:
            if sheet.name.casefold().strip() == folded:
                return sheet
        return None


class _Reader:
    """Shared bookkeeping: limits, translated messages, rows being built for one sheet."""

    def __init__(self, path: Path, kind: str, limits: Limits, tr: Translator) -> None:
        self.path = path
        self.kind = kind
        self.limits = limits
        self.tr = tr
        self.cells = 0  # cells with data so far, in every sheet

    def fail(self, key: str, **values: Any) -> ValidationError:
        return ValidationError([self.tr(f"import.read.{key}", file=self.path.name, kind=self.kind, **values)])

    def damaged(self) -> ValidationError:
        return self.fail("damaged")

    def invalid(self, reason: str, **values: Any) -> ValidationError:
        """``not a valid .xlsx file: <reason>``: one line for every way a container can be wrong."""
        return self.fail("invalid", reason=self.tr(f"import.read.reason.{reason}", **values))

    def count_cells(self, count: int) -> None:
        self.cells += count
        if self.cells > self.limits.max_cells:
            raise self.fail("too_many_cells", limit=f"{self.limits.max_cells:,}")

    def check_text(self, sheet: str, row: int, column: int, text: str) -> str:
        if len(text) > self.limits.max_cell_chars:
            raise self.fail(
                "cell_too_long", sheet=sheet, cell=cell_name(row, column), limit=f"{self.limits.max_cell_chars:,}"
            )
        found = _UNCARRIABLE.search(text)
        if found:
            raise self.fail("control_char", sheet=sheet, cell=cell_name(row, column), char=f"U+{ord(found.group(0)):04X}")
        return text

    def too_many_rows(self, sheet: str) -> ValidationError:
        return self.fail("too_many_rows", sheet=sheet, limit=f"{self.limits.max_rows:,}")

    def too_many_columns(self, sheet: str, row: int) -> ValidationError:
        return self.fail(
            "too_many_columns", sheet=sheet, row=row + 1, column=column_letter(self.limits.max_columns - 1)
        )


def read_workbook(path: str | Path, *, limits: Limits = DEFAULT_LIMITS, language: str = "en") -> Workbook:
    """Read a .xlsx, .ods or .csv file safely (see the module docstring); raises ValidationError."""
    path = Path(path)
    tr = Translator(language)
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "ods", "csv"):
        raise ValidationError([tr("import.read.unsupported", file=path.name, suffix=path.suffix or "-")])
    reader = _Reader(path, kind, limits, tr)
    from ropa.imports.files import NotReadable, open_regular

    try:
        handle = open_regular(path)
    except NotReadable as exc:
        reason = exc.reason if exc.kind == "os" else tr(f"import.read.kind.{exc.kind}")
        raise ValidationError([tr("import.read.cannot_open", file=path.name, reason=reason)]) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limits.max_file_bytes:
            raise reader.fail("file_too_big", limit=f"{limits.max_file_bytes // (1024 * 1024)} MB")
        if size == 0:
            raise reader.fail("empty_file")
        sheets = _read_csv(reader, handle) if kind == "csv" else _read_zipped(reader, handle)
    return Workbook(path, kind, tuple(sheets))


# --- zip containers (.xlsx, .ods) ---------------------------------------------------------------


def _check_zip(reader: _Reader, handle: IO[bytes]) -> zipfile.ZipFile:
    """Open the container and refuse it before parsing if its declared sizes are abusive."""
    head = handle.read(8)
    handle.seek(0)
    if head == OLE_MAGIC:
        raise reader.fail("old_format")
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise reader.damaged() from None
    limits = reader.limits
    infos = archive.infolist()
    if len(infos) > limits.max_zip_entries:
        archive.close()
        raise reader.fail("zip_bomb")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:  # a member encrypted with a password (zipfile would ask for it)
            archive.close()
            raise reader.invalid("encrypted", part=_part_name(info.filename))
        total += info.file_size
        ratio_suspicious = (
            info.file_size > limits.ratio_threshold
            and info.file_size > limits.max_ratio * max(info.compress_size, 1)
        )
        if ratio_suspicious or total > limits.max_uncompressed_bytes:
            archive.close()
            raise reader.fail("zip_bomb")
    return archive


def _part_name(name: str) -> str:
    from ropa.errors import printable

    return printable(name, 80)


#: How XML in another encoding than UTF-8 begins (XML 1.0 appendix F): UTF-32 and UTF-16 with or
#: without a byte order mark, and EBCDIC. Refused: a parser reading them could see markup we did not.
_NOT_UTF8 = (
    b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\xfe\xff", b"\xff\xfe",
    b"\x00\x00\x00<", b"<\x00\x00\x00", b"\x00<", b"<\x00", b"\x4c\x6f\xa7\x94",
)
_CHUNK = 1024 * 1024
_XML_DECLARED_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")


def _record_encoding(declared: list[str | None], _version: str, encoding: str | None, _standalone: int) -> None:
    declared.append(encoding)


class _Refused(Exception):
    def __init__(self, reason: str, **values: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values


def _scan_parts(reader: _Reader, archive: zipfile.ZipFile) -> None:
    """Read every XML part once, with expat at C speed, before any other parser sees it.

    Refused: a DTD or entity declaration (whatever parser openpyxl or anything else would pick,
    with or without lxml, none of them gets to see one), an encoding other than UTF-8, XML that is
    not well formed, and more unpacked bytes or elements than the limits, counted as the data is
    really unpacked (the sizes a zip declares may lie). Members that are not XML (images,
    thumbnails) are left alone: no parser reads them.
    """
    from xml.parsers import expat

    limits = reader.limits
    unpacked = 0
    elements = 0

    def refuse_dtd(*_: Any) -> None:
        raise _Refused("dtd")

    for info in archive.infolist():
        if info.is_dir():
            continue
        part = _part_name(info.filename)
        with archive.open(info) as stream:
            chunk = stream.read(_CHUNK)
            if chunk.startswith(_NOT_UTF8):
                raise reader.invalid("not_utf8", part=part)
            body = chunk[3:] if chunk.startswith(b"\xef\xbb\xbf") else chunk
            stripped = body.lstrip(b" \t\r\n")
            if stripped and not stripped.startswith(b"<"):
                continue  # not XML
            found = _XML_DECLARED_ENCODING.match(stripped[:200])
            if found and found.group(1).lower() not in (b"utf-8", b"us-ascii", b"ascii"):
                raise reader.invalid("encoding", part=part, encoding=_part_name(found.group(1).decode("latin-1")))
            parser = expat.ParserCreate()
            declared: list[str | None] = []
            parser.XmlDeclHandler = functools.partial(_record_encoding, declared)
            parser.StartDoctypeDeclHandler = refuse_dtd
            parser.EntityDeclHandler = refuse_dtd
            parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
            checked = False
            try:
                while chunk:
                    unpacked += len(chunk)
                    if unpacked > limits.max_xml_bytes:
                        raise reader.fail("too_much_xml", limit=f"{limits.max_xml_bytes // (1024 * 1024)} MB")
                    elements += chunk.count(b"<") - chunk.count(b"</")
                    if elements > limits.max_xml_elements:
                        raise reader.fail("too_many_elements", limit=f"{limits.max_xml_elements:,}")
                    parser.Parse(chunk, False)
                    if not checked and declared:
                        checked = True
                        encoding = declared[0]
                        if encoding is not None and encoding.lower() not in ("utf-8", "us-ascii", "ascii"):
                            raise reader.invalid("encoding", part=part, encoding=_part_name(encoding))
                    chunk = stream.read(_CHUNK)
                parser.Parse(b"", True)
            except _Refused as exc:
                raise reader.invalid(exc.reason, part=part, **exc.values) from None
            except (LookupError, ValueError):  # an encoding Python or expat does not know
                raise reader.invalid("encoding", part=part, encoding="?") from None
            except expat.ExpatError as exc:
                detail = f"{expat.ErrorString(exc.code)}, line {exc.lineno}"
                raise reader.invalid("not_xml", part=part, detail=detail) from None


def _read_zipped(reader: _Reader, handle: IO[bytes]) -> list[Sheet]:
    archive = _check_zip(reader, handle)
    try:
        _scan_parts(reader, archive)
        if reader.kind == "ods":
            return _read_ods(reader, archive)
        return _read_xlsx(reader, archive, handle)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError, NotImplementedError, RuntimeError):
        # NotImplementedError: a member in an unknown compression method; RuntimeError: zipfile's
        # "password required" (a member flagged encrypted that the check above did not see)
        raise reader.damaged() from None
    finally:
        archive.close()


class _SheetBuilder:
    """Collects rows of one sheet without materialising the empty ones that files repeat by the million."""

    def __init__(self, reader: _Reader, name: str) -> None:
        self.reader = reader
        self.name = name
        self.rows: list[tuple[str, ...]] = []
        self.pending_empty = 0
        self.merged: list[Range] = []

    @property
    def next_index(self) -> int:
        return len(self.rows) + self.pending_empty

    def add_empty(self, count: int) -> None:
        self.pending_empty += count

    def add(self, values: list[str], repeat: int = 1) -> None:
        if not any(values):
            self.add_empty(repeat)
            return
        while values and not values[-1]:
            values.pop()
        if self.next_index + repeat > self.reader.limits.max_rows:
            raise self.reader.too_many_rows(self.name)
        self.reader.count_cells(sum(1 for v in values if v) * repeat)
        if self.pending_empty:
            self.rows.extend([()] * self.pending_empty)
            self.pending_empty = 0
        row = tuple(values)
        self.rows.extend([row] * repeat)

    def build(self) -> Sheet:
        return Sheet(self.name, tuple(self.rows), tuple(self.merged))


# --- .ods ---------------------------------------------------------------------------------------


class _CellText:
    """Where the text of one ODS cell is built: its place, for messages, and the limits."""

    def __init__(self, reader: _Reader, sheet: str, row: int, column: int) -> None:
        self.reader = reader
        self.sheet = sheet
        self.row = row
        self.column = column

    def spaces(self, element: Any) -> int:
        """``<text:s text:c="3"/>``: a count of spaces, a non-negative integer (ODF 1.2, 6.1.3)."""
        raw = element.get(A_SPACES)
        if raw is None or raw == "":
            return 1
        if not raw.isascii() or not raw.isdigit():
            raise self.reader.invalid("bad_count", part="content.xml", value=printable_value(raw))
        if len(raw) > 6 or int(raw) > self.reader.limits.max_cell_chars:
            raise self.too_long()
        return int(raw)

    def too_long(self) -> ValidationError:
        limit = self.reader.limits.max_cell_chars
        return self.reader.fail("cell_too_long", sheet=self.sheet, cell=cell_name(self.row, self.column), limit=f"{limit:,}")

    def of(self, element: Any) -> str:
        """The visible text of a text:p, with text:s / text:tab / text:line-break, without
        annotations; spans nested at any depth are walked without recursion, up to a limit."""
        limit = self.reader.limits.max_cell_chars
        parts: list[str] = [element.text or ""]
        length = len(parts[0])
        stack: list[tuple[Any, str]] = [(iter(element), "")]
        while stack:
            child = next(stack[-1][0], None)
            if child is None:
                tail = stack.pop()[1]
                parts.append(tail)
                length += len(tail)
            else:
                tag = child.tag
                if tag == T_S:
                    text = " " * self.spaces(child)
                elif tag == T_TAB:
                    text = "\t"
                elif tag == T_BREAK:
                    text = "\n"
                elif tag in (T_ANNOTATION, T_NOTE):
                    text = ""
                else:
                    if len(stack) >= self.reader.limits.max_text_depth:
                        raise self.reader.invalid("deep_text", sheet=self.sheet, limit=self.reader.limits.max_text_depth)
                    text = child.text or ""
                    stack.append((iter(child), child.tail or ""))
                    parts.append(text)
                    length += len(text)
                    if length > limit:
                        raise self.too_long()
                    continue
                parts.append(text)
                parts.append(child.tail or "")
                length += len(text) + len(child.tail or "")
            if length > limit:
                raise self.too_long()
        return "".join(parts)


def printable_value(text: str) -> str:
    from ropa.errors import printable

    return printable(text, 40)


def _ods_cell_value(cell: Any, text_of: _CellText) -> str:
    kind = cell.get(A_VALUE_TYPE)
    if kind == "date":
        value = cell.get(A_DATE_VALUE) or ""
        if value.endswith("T00:00:00"):
            value = value[:10]
        return value
    paragraphs = [text_of.of(p) for p in cell if p.tag in (T_P, T_H)]
    text = "\n".join(paragraphs)
    if not text:
        if kind in ("float", "percentage", "currency"):
            text = cell.get(A_VALUE) or ""
        elif kind == "boolean":
            text = cell.get(A_BOOLEAN_VALUE) or ""
        elif kind == "string":
            text = cell.get(A_STRING_VALUE) or ""
    return text


def _count(element: Any, attribute: str) -> int:
    """A repeat or span count; what is not a number counts once, a huge one as 10**9 (then refused
    by the row, column or cell limits it exceeds)."""
    raw = element.get(attribute, "1")
    if not raw.isascii() or not raw.isdigit():
        return 1
    return max(1, int(raw)) if len(raw) <= 9 else 10**9


def _read_ods(reader: _Reader, archive: zipfile.ZipFile) -> list[Sheet]:
    # The C parser of the standard library: every part was scanned by _scan_parts first, so no
    # DTD or entity declaration reaches it (defusedxml's parser is pure Python, ten times slower).
    from xml.etree.ElementTree import ParseError, iterparse

    from defusedxml import DefusedXmlException

    try:
        mimetype = archive.read("mimetype").strip()
    except KeyError:
        mimetype = b""
    if mimetype and mimetype != ODS_MIMETYPE:
        raise reader.fail("not_a_spreadsheet")
    if "content.xml" not in archive.namelist():
        raise reader.damaged()
    sheets: list[Sheet] = []
    try:
        with archive.open("content.xml") as handle:
            sheets = _parse_ods_content(reader, handle, iterparse)
    except DefusedXmlException:
        raise reader.fail("unsafe_xml") from None
    except ParseError:
        raise reader.damaged() from None
    return sheets


def _parse_ods_content(reader: _Reader, handle: IO[bytes], iterparse: Any) -> list[Sheet]:
    limits = reader.limits
    sheets: list[Sheet] = []
    builder: _SheetBuilder | None = None
    depth = 0  # nesting of tables (a sub-table inside a cell is read as part of that cell's text only)
    row_cells: list[str] = []
    row_column = 0
    for event, element in iterparse(handle, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == T_TABLE:
                depth += 1
                if depth == 1:
                    if len(sheets) >= limits.max_sheets:
                        raise reader.fail("too_many_sheets", limit=limits.max_sheets)
                    builder = _SheetBuilder(reader, element.get(A_NAME) or f"Sheet{len(sheets) + 1}")
            elif tag == T_ROW and depth == 1:
                row_cells = []
                row_column = 0
            continue
        # end events
        if depth != 1 or builder is None:
            if tag == T_TABLE:
                depth -= 1
            continue
        if tag in (T_CELL, T_COVERED):
            repeat = _count(element, A_COLS_REPEATED)
            row_index = builder.next_index
            text = "" if tag == T_COVERED else _ods_cell_value(element, _CellText(reader, builder.name, row_index, row_column))
            if text:
                if row_column + repeat > limits.max_columns:
                    raise reader.too_many_columns(builder.name, row_index)
                reader.check_text(builder.name, row_index, row_column, text)
                if len(row_cells) < row_column:
                    row_cells.extend([""] * (row_column - len(row_cells)))
                row_cells.extend([text] * repeat)
            if tag == T_CELL:
                spans = (_count(element, A_ROWS_SPANNED), _count(element, A_COLS_SPANNED))
                if spans != (1, 1) and row_column < limits.max_columns:
                    builder.merged.append(
                        (row_index, row_column, row_index + spans[0] - 1, row_column + spans[1] - 1)
                    )
            row_column += repeat
            element.clear()
        elif tag == T_ROW:
            builder.add(row_cells, _count(element, A_ROWS_REPEATED))
            row_cells = []
            element.clear()
        elif tag == T_TABLE:
            depth -= 1
            sheets.append(builder.build())
            builder = None
            element.clear()
    return sheets


# --- .xlsx --------------------------------------------------------------------------------------


def _xlsx_value(value: Any, data_type: str) -> str:
    if value is None or data_type == "e":  # empty, or an error such as #DIV/0! cached for a formula
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _read_xlsx(reader: _Reader, archive: zipfile.ZipFile, handle: IO[bytes]) -> list[Sheet]:
    """openpyxl in read-only mode with ``data_only``: formulas are never evaluated.

    Rows are taken from openpyxl's own streaming sheet parser, which yields only the cells that
    exist, so a stray value in column XFD or a bogus dimension cannot make us build huge rows.
    openpyxl parses XML with defusedxml when it is installed (it is a dependency of ropa), or with
    lxml when that is installed; either way every part was scanned by :func:`_scan_parts` first.
    A sheet is read once per part: a workbook listing one part under many sheet names is refused.
    """
    del archive  # the container was checked; openpyxl reads the same open file itself
    import openpyxl
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import WorkSheetParser

    limits = reader.limits
    sheets: list[Sheet] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
        # Our own handle (closed by read_workbook whatever happens: openpyxl leaves its file open
        # when it fails).
        handle.seek(0)
        try:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many types on a malformed file
            raise _classify_xml_error(reader, exc) from None
        try:
            worksheets = [ws for ws in book.worksheets if isinstance(ws, ReadOnlyWorksheet)]
            if len(worksheets) > limits.max_sheets:
                raise reader.fail("too_many_sheets", limit=limits.max_sheets)
            parts: dict[str, str] = {}
            for ws in worksheets:
                first = parts.setdefault(ws._worksheet_path, ws.title)
                if first != ws.title:
                    raise reader.invalid("same_part", first=first, second=ws.title, part=_part_name(ws._worksheet_path))
            for ws in worksheets:
                builder = _SheetBuilder(reader, ws.title)
                source = ws._get_source()
                try:
                    parser = WorkSheetParser(
                        source,
                        ws._shared_strings,
                        data_only=True,
                        epoch=book.epoch,
                        date_formats=book._date_formats,
                        timedelta_formats=book._timedelta_formats,
                    )
                    for index, cells in parser.parse():
                        row_index = index - 1
                        if row_index >= limits.max_rows:
                            if any(_xlsx_value(c["value"], c["data_type"]) for c in cells):
                                raise reader.too_many_rows(ws.title)
                            continue
                        values: list[str] = []
                        for cell in cells:
                            text = _xlsx_value(cell["value"], cell["data_type"])
                            if not text:
                                continue
                            column = cell["column"] - 1
                            if column >= limits.max_columns:
                                raise reader.too_many_columns(ws.title, row_index)
                            reader.check_text(ws.title, row_index, column, text)
                            if len(values) < column:
                                values.extend([""] * (column - len(values)))
                            if len(values) == column:
                                values.append(text)
                            else:
                                values[column] = text
                        if row_index < builder.next_index:  # rows out of order: ignore the repeat
                            continue
                        builder.add_empty(row_index - builder.next_index)
                        builder.add(values)
                    merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
                    for merge in merged:
                        builder.merged.append(_xlsx_range(merge.ref))
                finally:
                    source.close()
                sheets.append(builder.build())
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - see above
            raise _classify_xml_error(reader, exc) from None
        finally:
            book.close()
    return sheets


def _xlsx_range(ref: str) -> Range:
    from openpyxl.utils.cell import range_boundaries

    min_col, min_row, max_col, max_row = range_boundaries(ref)
    return (min_row - 1, min_col - 1, max_row - 1, max_col - 1)


def _classify_xml_error(reader: _Reader, exc: BaseException) -> ValidationError:
    from defusedxml import DefusedXmlException

    if isinstance(exc, DefusedXmlException):
        return reader.fail("unsafe_xml")
    return reader.damaged()


# --- .csv ---------------------------------------------------------------------------------------


def _decode(reader: _Reader, data: bytes) -> str:
    """UTF-8 (with or without BOM) first; otherwise Windows-1252, what Excel writes for "CSV" in Western Europe."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise reader.fail("not_text") from None


#: The sniffer reads at most this much of the file: csv.Sniffer is quadratic in its sample.
SNIFF_CHARS = 4096
SNIFF_LINES = 20
#: A run of empty lines at least this long (in characters) is skipped in one step, not row by row.
_BLANK_RUN_CHARS = 64


def _sniff_sample(text: str) -> str:
    """The first lines of ``text``, at most SNIFF_LINES of them and SNIFF_CHARS characters."""
    sample = text[:SNIFF_CHARS]
    lines = sample.splitlines(keepends=True)
    return "".join(lines[:SNIFF_LINES]) if len(lines) > SNIFF_LINES else sample


def _delimiter(sample: str) -> str:
    sample = _sniff_sample(sample)
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in ";,\t"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _segments(text: str, delimiter: str) -> Iterator[tuple[str, int]]:
    """``text`` cut at long runs of empty lines (lines of nothing but delimiters), as (segment,
    empty lines after it): millions of blank lines cost one regular-expression match (a single
    character class, scanned in C), not a Python loop turn each. A run inside a quoted cell (an odd
    number of quotes before it) is text and stays in its segment."""
    run = re.compile(f"(?<![^\\r\\n])(?!(?<=\\r)\\n)[{re.escape(delimiter)}\\r\\n]{{{_BLANK_RUN_CHARS - 1},}}[\\r\\n]")
    start = 0
    quotes = 0  # quotes in text[:start]
    for found in run.finditer(text):
        before = quotes + text.count('"', start, found.start())
        if before % 2:
            continue  # inside a quoted cell
        quotes = before
        block = found.group(0)
        lines = block.count("\n") + block.count("\r") - block.count("\r\n")
        yield text[start : found.start()], lines
        start = found.end()
    yield text[start:], 0


def _read_csv(reader: _Reader, handle: IO[bytes]) -> list[Sheet]:
    from ropa.imports.files import NotReadable, read_limited

    try:
        data = read_limited(handle, reader.limits.max_file_bytes)
    except NotReadable as exc:
        if exc.kind == "too_big":
            raise reader.fail("file_too_big", limit=f"{reader.limits.max_file_bytes // (1024 * 1024)} MB") from None
        raise ValidationError([reader.tr("import.read.cannot_open", file=reader.path.name, reason=exc.reason)]) from None
    if b"\x00" in data[:4096]:
        raise reader.fail("not_text")
    text = _decode(reader, data)
    del data
    name = reader.path.stem
    builder = _SheetBuilder(reader, name)
    limits = reader.limits
    delimiter = _delimiter(text)
    try:
        for segment, blank_after in _segments(text, delimiter):
            rows: Iterator[list[str]] = csv.reader(io.StringIO(segment, newline=""), delimiter=delimiter)
            for row in rows:
                row_index = builder.next_index
                if not any(row):
                    builder.add_empty(1)
                    continue
                if row_index >= limits.max_rows and any(v.strip() for v in row):
                    raise reader.too_many_rows(name)
                if len(row) > limits.max_columns and any(v for v in row[limits.max_columns :]):
                    raise reader.too_many_columns(name, row_index)
                for column, value in enumerate(row):
                    reader.check_text(name, row_index, column, value)
                builder.add(list(row))
            builder.add_empty(blank_after)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # a cell over 128 KiB: far beyond max_cell_chars
            raise reader.fail(
                "row_too_long", sheet=name, row=builder.next_index + 1, limit=f"{limits.max_cell_chars:,}"
            ) from None
        raise reader.damaged() from None
    return [builder.build()]
