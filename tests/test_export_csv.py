"""CSV export: real files (a folder, or a zip) read back with the csv module."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ropa.domain.model import Register
from ropa.errors import RopaError
from ropa.exports import EXPORTERS, ExportOptions
from ropa.exports.common import ExportCancelled
from ropa.exports.csv_export import export
from ropa.exports.xlsx import export as export_xlsx
from ropa.fingerprint import fingerprint
from ropa.i18n import LANGUAGES, Translator
from tests.test_export_expected import expected_texts, leaked_codes, missing_from, with_unicode_text

STRUCTURED_SHEETS = ("sources", "systems", "joint_controllers", "served_controllers", "organisation", "acknowledgements")


def _read_folder(folder: Path, delimiter: str) -> dict[str, list[list[str]]]:
    out = {}
    for path in sorted(folder.glob("*.csv")):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), path.name  # UTF-8 byte-order mark for Excel
        out[path.name] = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    return out


def _as_csv_text(cell: Any, t: Translator) -> str:
    """What the CSV holds for an Excel cell: a date cell is written in words, a stamp in ISO form."""
    if cell.value is None:
        return ""
    if cell.is_date:
        return cell.value.isoformat(sep=" ") if "hh" in cell.number_format else t.date(cell.value.date())
    return str(cell.value)


def test_registered() -> None:
    assert EXPORTERS["csv"] == "ropa.exports.csv_export:export"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_art30_item_of_the_demo_appears(tmp_path: Path, demo_register: Register, lang: str) -> None:
    folder = tmp_path / "out"
    export(demo_register, folder, ExportOptions(language=lang))
    files = _read_folder(folder, "," if lang == "en" else ";")
    assert len(files) == 10
    values = [v for rows in files.values() for row in rows for v in row]
    assert missing_from("\n".join(values), expected_texts(demo_register, lang)) == {}
    assert leaked_codes(values) == []


def test_same_columns_and_rows_as_the_excel_sheets(tmp_path: Path, demo_register: Register) -> None:
    export(demo_register, tmp_path / "csv", ExportOptions(language="nl"))
    export_xlsx(demo_register, tmp_path / "book.xlsx", ExportOptions(language="nl"))
    files = _read_folder(tmp_path / "csv", ";")
    wb = load_workbook(tmp_path / "book.xlsx")
    # the Excel-only parts of the round trip: the structured sheets and the hidden UUID columns
    t = Translator("nl")
    structured = {t(f"export.sheet.{k}") for k in STRUCTURED_SHEETS}
    sheets = [ws for ws in wb.worksheets if ws.title not in structured]
    assert [name.split("-", 1)[1].removesuffix(".csv") for name in files] == [ws.title.replace(" ", "-") for ws in sheets]
    for (name, rows), ws in zip(files.items(), sheets, strict=True):
        if name.startswith("01-"):
            assert rows[-1] == [rows[-1][0], fingerprint(demo_register)]
            continue
        hidden = {letter for letter, dimension in ws.column_dimensions.items() if dimension.hidden}
        sheet = [[_as_csv_text(c, t) for c in row if c.column_letter not in hidden] for row in ws.iter_rows()]
        assert rows == sheet, name


def test_zip_archive(tmp_path: Path, demo_register: Register) -> None:
    path = tmp_path / "register.zip"
    export(demo_register, path, ExportOptions(language="de"))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[0] == "01-Verzeichnis.csv" and names[1] == "02-Verantwortlicher.csv"
        data = archive.read(names[1])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][0] == "Referenz" and rows[1][0] == "PA-001"
    assert "Übermittlungen an ein Drittland" in rows[0][15]


def test_formula_injection_is_neutralised(tmp_path: Path, demo_register: Register) -> None:
    first = demo_register.activities[0]
    hostile = dataclasses.replace(first, name="=HYPERLINK(\"http://x\")", owner="+1", description="-1", notes="@A1")
    register = dataclasses.replace(demo_register, activities=(hostile, *demo_register.activities[1:]))
    export(register, tmp_path / "out", ExportOptions())
    rows = _read_folder(tmp_path / "out", ",")["02-Controller.csv"]
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Processing activity"] == "'=HYPERLINK(\"http://x\")"
    assert row["Business function / owner"] == "'+1"
    assert row["Description"] == "'-1"
    assert row["Notes"] == "'@A1"
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for v in r)


def test_accents_and_scripts_survive(tmp_path: Path, demo_register: Register) -> None:
    export(with_unicode_text(demo_register), tmp_path / "out", ExportOptions(language="fr"))
    text = "".join(p.read_text(encoding="utf-8-sig") for p in (tmp_path / "out").glob("*.csv"))
    for phrase in ("Επεξεργασία μισθοδοσίας", "Обработка заработной платы", "🙂🚀", "Données concernant la santé"):
        assert phrase in text


def test_delimiter_override_and_bad_delimiter(tmp_path: Path, demo_register: Register) -> None:
    export(demo_register, tmp_path / "tab", ExportOptions(language="fr", extra={"csv_delimiter": "\t"}))
    rows = _read_folder(tmp_path / "tab", "\t")["04-Finalités.csv"]
    assert rows[0][:2] == ["Référence", "Activité de traitement"]
    with pytest.raises(RopaError, match="unusable CSV delimiter"):
        export(demo_register, tmp_path / "bad", ExportOptions(extra={"csv_delimiter": "ab"}))
    assert not (tmp_path / "bad").exists()


def test_refuses_a_folder_with_files_and_changes_nothing(tmp_path: Path, demo_register: Register) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(RopaError, match="not an empty folder"):
        export(demo_register, folder, ExportOptions())
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    export(demo_register, empty, ExportOptions())
    assert len(list(empty.iterdir())) == 10


@pytest.mark.parametrize("name", ["folder", "archive.zip"])
def test_cancel_leaves_nothing(tmp_path: Path, demo_register: Register, name: str) -> None:
    seen: list[int] = []
    options = ExportOptions(progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) > 3)
    with pytest.raises(ExportCancelled):
        export(demo_register, tmp_path / name, options)
    assert list(tmp_path.iterdir()) == []
    assert seen == sorted(seen)
