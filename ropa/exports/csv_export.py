"""CSV export: one file per sheet of the Excel export that people read, same columns, same formula protection.

The Excel export's structured sheets and its hidden UUID columns (for reading the file back into
ropa) are not written: CSV files are for people and other programs, never imported by ropa.

``-o NAME.zip`` writes a zip archive holding the files; any other name is a folder that is created
(it must not exist yet, or be empty). Files are UTF-8 with a byte-order mark, which is what makes
Excel read accents correctly when the file is double-clicked. The delimiter is a comma for English
and a semicolon for French, Dutch and German, the list separator Excel expects in those locales;
``ExportOptions.extra["csv_delimiter"]`` overrides it. Values that would start a formula (``= + -
@``, tab, carriage return) are prefixed with an apostrophe, so spreadsheets show them as text.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from ropa.domain.model import Register
from ropa.errors import ValidationError
from ropa.exports import ExportOptions
from ropa.exports.common import Progress, atomic_file, atomic_folder, csv_safe, translator_for
from ropa.exports.findings import findings_for
from ropa.exports.tables import Sheet, TabularView, cover_rows
from ropa.fingerprint import fingerprint
from ropa.outputs import is_stream

ENCODING = "utf-8-sig"
DELIMITERS = {"en": ","}
DEFAULT_DELIMITER = ";"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def delimiter_for(options: ExportOptions) -> str:
    chosen = options.extra.get("csv_delimiter") or DELIMITERS.get(options.language, DEFAULT_DELIMITER)
    if not isinstance(chosen, str) or len(chosen) != 1 or chosen in "\"'\r\n":
        raise ValidationError([f"unusable CSV delimiter {chosen!r}; give one character such as , or ;"])
    return chosen


def file_name(number: int, title: str) -> str:
    """``02-Controller.csv``: numbered so the files sort in the order of the workbook's sheets."""
    return f"{number:02d}-{_UNSAFE_NAME.sub('-', title).strip('-')}.csv"


class _Lines:
    """A minimal file-like object collecting what ``csv.writer`` writes, for streaming into a zip."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def take(self) -> str:
        out = "".join(self.parts)
        self.parts.clear()
        return out


def _rows(header: Iterable[str], rows: Iterable[list[str]], progress: Progress | None) -> Iterator[list[str]]:
    yield [csv_safe(h) for h in header]
    for row in rows:
        yield [csv_safe(value) for value in row]
        if progress is not None:
            progress.step()


def export(register: Register, path: Path, options: ExportOptions) -> None:
    """Write one CSV file per sheet into a new folder, or into a zip archive if ``path`` ends in .zip."""
    t = translator_for(options)
    delimiter = delimiter_for(options)
    exported_at = datetime.now().replace(microsecond=0)
    view = TabularView(register, t)
    # the sheets people read; the structured sheets of the Excel round trip are not written as CSV
    sheets = [s for s in view.sheets() if not s.structured]
    findings = findings_for(register, exported_at.date()) if options.include_findings else None
    if findings is not None:
        sheets.append(view.findings_sheet(findings))
    version_name = str(options.extra.get("version_name") or "")
    cover = cover_rows(
        register, view.fmt, digest=fingerprint(register), exported_at=exported_at, findings=findings,
        version_name=version_name,
    )
    progress = Progress(options, sum(s.count for s in sheets) + len(cover))
    cover_header = [view.fmt.label("column.item"), view.fmt.label("column.value")]
    files: list[tuple[str, Iterable[str], Iterable[list[str]]]] = [
        (file_name(1, view.fmt.label("sheet.cover")), cover_header, [list(row) for row in cover]),
    ]
    for number, sheet in enumerate(sheets, 2):
        files.append((file_name(number, sheet.title), sheet.headers[: sheet.public], _sheet_rows(sheet)))
    path = Path(path)
    if path.suffix.lower() == ".zip" or is_stream(path):  # a device or pipe gets the zip archive
        with atomic_file(path) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, header, rows in files:
                buffer = _Lines()
                writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
                info = zipfile.ZipInfo(name, date_time=exported_at.timetuple()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(info, "w") as member:
                    member.write("\ufeff".encode())
                    for row in _rows(header, rows, progress):
                        writer.writerow(row)
                        member.write(buffer.take().encode("utf-8"))
            progress.check()
    else:
        with atomic_folder(path) as folder:
            for name, header, rows in files:
                with open(folder / name, "w", encoding=ENCODING, newline="") as handle:
                    csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(
                        _rows(header, rows, progress)
                    )
            progress.check()
    progress.finish()


def _sheet_rows(sheet: Sheet) -> Iterator[list[str]]:
    """The rows without the technical columns (UUIDs), which only the Excel file carries, hidden."""
    public = sheet.public
    if public == len(sheet.columns):
        yield from sheet.rows()
    else:
        for row in sheet.rows():
            yield row[:public]
