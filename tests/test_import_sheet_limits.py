"""Spreadsheet readers against the hostile files of issue 14: every one is one line, exit 2.

ODS: counts of spaces that are not numbers, text nested thousands deep, unknown XML encodings,
encrypted zip members. XLSX: many sheets sharing one part, XML that unpacks past the budget, DTDs
in any part. CSV: a sniffer sample that is bounded, blank runs skipped cheaply. Also: the cell
budget, control characters no export can carry, and sources that are not regular files.
"""

from __future__ import annotations

import os
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ropa.cli import main
from ropa.errors import ValidationError
from ropa.imports.sheets import Limits, read_workbook
from ropa.service import RegisterStore
from tests.test_import_hostile import _content, _ods


def refused(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(ValidationError) as caught:
        read_workbook(path, limits=limits) if limits else read_workbook(path)
    message = str(caught.value)
    assert "\n" not in message and "internal error" not in message
    return message


def cell(text_xml: str) -> str:
    return f"<table:table-row><table:table-cell><text:p>{text_xml}</text:p></table:table-cell></table:table-row>"


# --- ODS -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("count", ["abc", "1e3", "1e20", "-1", " 2", "²", "0x10"])
def test_ods_space_counts_that_are_not_numbers_are_refused(tmp_path: Path, count: str) -> None:
    path = _ods(tmp_path / "c.ods", _content(cell(f'a<text:s text:c="{count}"/>b')))
    assert refused(path) == f"c.ods is not a valid .ods file: its part content.xml has “{count}” where a number of spaces belongs"


@pytest.mark.parametrize("count", ["32768", "99999999999999999999", "9" * 5000])
def test_ods_space_counts_past_a_cell_are_refused_without_allocating_them(tmp_path: Path, count: str) -> None:
    path = _ods(tmp_path / "c.ods", _content(cell(f'a<text:s text:c="{count}"/>b')))
    started = time.monotonic()
    assert refused(path) == "sheet 'Feuille1' of c.ods, cell A1: the text is longer than 32,767 characters"
    assert time.monotonic() - started < 2


def test_ods_space_counts_that_are_numbers_are_spaces(tmp_path: Path) -> None:
    path = _ods(tmp_path / "c.ods", _content(cell('a<text:s text:c="3"/>b<text:s/>c<text:s text:c="0"/>d')))
    assert read_workbook(path).sheets[0].rows == (("a   b cd",),)


def test_ods_text_nested_thousands_deep_is_refused(tmp_path: Path) -> None:
    deep = "<text:span>" * 2000 + "x" + "</text:span>" * 2000
    path = _ods(tmp_path / "deep.ods", _content(cell(deep)))
    assert refused(path) == (
        "deep.ods is not a valid .ods file: a cell of the sheet “Feuille1” nests its text more than 100 levels deep"
    )


def test_ods_text_nested_within_the_limit_reads_with_its_tails(tmp_path: Path) -> None:
    nested = "<text:span>" * 99 + "x" + "</text:span>y" * 99
    path = _ods(tmp_path / "ok.ods", _content(cell("a" + nested + "z")))
    assert read_workbook(path).sheets[0].rows == (("ax" + "y" * 99 + "z",),)


@pytest.mark.parametrize("encoding", ["x-unknown", "UTF-7", "ISO-8859-1", "ebcdic-cp-us"])
def test_ods_xml_in_an_unknown_or_other_encoding_is_refused(tmp_path: Path, encoding: str) -> None:
    content = _content(cell("a")).replace('encoding="UTF-8"', f'encoding="{encoding}"')
    message = refused(_ods(tmp_path / "e.ods", content))
    assert message.startswith("e.ods is not a valid .ods file: its part content.xml ")
    assert encoding in message or "not well-formed XML (unknown encoding" in message


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp500"])
def test_xml_parts_that_are_not_utf8_are_refused(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "w.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", _content(cell("a")).replace('encoding="UTF-8"', "").encode(codec))
    assert refused(path) == "w.ods is not a valid .ods file: its part content.xml is not UTF-8 XML"


def flag_encrypted(path: Path, member: str) -> None:
    """Set the 'encrypted' bit of ``member`` in its local header and in the central directory."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        for found in re.finditer(re.escape(signature), bytes(data)):
            start = found.start()
            if bytes(data[start + name_at : start + name_at + len(name)]) == name:
                data[start + flag_at] |= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("kind", "member"), [("ods", "content.xml"), ("xlsx", "xl/workbook.xml")])
def test_encrypted_zip_members_are_refused(tmp_path: Path, kind: str, member: str) -> None:
    if kind == "ods":
        path = _ods(tmp_path / "locked.ods", _content(cell("a")))
    else:
        path = tmp_path / "locked.xlsx"
        openpyxl.Workbook().save(path)
    flag_encrypted(path, member)
    assert refused(path) == (
        f"locked.{kind} is not a valid .{kind} file: its part {member} is encrypted (a password-protected file); "
        "save it without a password, then import it again"
    )


def test_a_one_kilobyte_ods_repeating_cells_by_the_million_is_refused_at_once(tmp_path: Path) -> None:
    row = ('<table:table-row table:number-rows-repeated="100000"><table:table-cell '
           'table:number-columns-repeated="1024"><text:p>x</text:p></table:table-cell></table:table-row>')
    path = _ods(tmp_path / "small.ods", _content(row))
    assert path.stat().st_size < 1024
    started = time.monotonic()
    assert refused(path) == "small.ods holds more than 100,000 cells with data; split it into smaller files"
    assert time.monotonic() - started < 1


def test_the_cell_budget_counts_every_sheet(tmp_path: Path) -> None:
    rows = "".join(cell(str(i)) for i in range(60))
    tables = "".join(f'<table:table table:name="S{i}">{rows}</table:table>' for i in range(2))
    content = _content("").replace('<table:table table:name="Feuille1"></table:table>', tables)
    path = _ods(tmp_path / "two.ods", content)
    assert len(read_workbook(path, limits=Limits(max_cells=120)).sheets) == 2
    assert refused(path, Limits(max_cells=119)) == "two.ods holds more than 119 cells with data; split it into smaller files"


# --- XLSX ----------------------------------------------------------------------------------------


def rewrite(path: Path, changes: dict[str, bytes]) -> None:
    """Replace members of a zip (other members kept as they are)."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members.update(changes)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)


def many_sheets_one_part(path: Path, sheets: int) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Name", "Purpose"])
    book.save(path)
    entries = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId{i + 100}"/>' for i in range(sheets))
    rels = "".join(
        f'<Relationship Id="rId{i + 100}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet1.xml"/>'
        for i in range(sheets)
    )
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        relations = archive.read("xl/_rels/workbook.xml.rels").decode()
    workbook = re.sub(r"<sheets>.*</sheets>", f"<sheets>{entries}</sheets>", workbook)
    relations = relations.replace("</Relationships>", rels + "</Relationships>")
    rewrite(path, {"xl/workbook.xml": workbook.encode(), "xl/_rels/workbook.xml.rels": relations.encode()})
    return path


def test_sheets_sharing_one_part_are_refused_before_any_is_parsed(tmp_path: Path) -> None:
    path = many_sheets_one_part(tmp_path / "shared.xlsx", 999)
    started = time.monotonic()
    assert refused(path) == (
        "shared.xlsx is not a valid .xlsx file: the sheets “S0” and “S1” are one and the same part "
        "(xl/worksheets/sheet1.xml)"
    )
    assert time.monotonic() - started < 5


def test_xml_past_the_unpacked_budget_is_refused_while_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "strings.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["x" * 30_000])
    book.save(path)
    huge = b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    huge += b"<si><t>" + os.urandom(1_500_000).hex().encode() + b"</t></si></sst>"  # compresses 2:1 only
    rewrite(path, {"xl/sharedStrings.xml": huge})
    assert refused(path, Limits(max_xml_bytes=2 * 1024 * 1024)) == (
        "strings.xlsx unpacks to more than 2 MB of XML; ropa does not read files that big"
    )


def test_xml_past_the_element_budget_is_refused_before_openpyxl_builds_it(tmp_path: Path) -> None:
    path = tmp_path / "elements.xlsx"
    openpyxl.Workbook().save(path)
    many = b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    many += b"<si><t>a</t></si>" * 20_000 + b"</sst>"
    rewrite(path, {"xl/sharedStrings.xml": many})
    assert refused(path, Limits(max_xml_elements=30_000)) == (
        "elements.xlsx holds more than 30,000 XML elements; ropa does not read files that big"
    )


DTDS = {
    "doctype": b'<!DOCTYPE x [ <!ELEMENT x ANY> ]>',
    "internal entity": b'<!DOCTYPE x [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;"> ]>',
    "external entity": b'<!DOCTYPE x [ <!ENTITY e SYSTEM "file:///etc/passwd"> ]>',
}
PARTS = ("docProps/core.xml", "xl/styles.xml", "xl/sharedStrings.xml")


def xlsx_with_dtd(path: Path, part: str, dtd: bytes) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Name", "Purpose"])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        data = archive.read(part) if part in names else (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si></sst>'
        )
    head, sep, rest = data.partition(b"?>")
    rewrite(path, {part: head + sep + dtd + rest if sep else dtd + data})
    return path


@pytest.mark.parametrize("dtd", sorted(DTDS))
@pytest.mark.parametrize("part", PARTS)
def test_a_dtd_in_any_xml_part_is_refused_by_ropa_itself(tmp_path: Path, part: str, dtd: str) -> None:
    path = xlsx_with_dtd(tmp_path / "dtd.xlsx", part, DTDS[dtd])
    assert refused(path) == (
        f"dtd.xlsx is not a valid .xlsx file: its part {part} contains a DTD or XML entity declarations, "
        "which ropa refuses (they are used in attacks)"
    )


# --- CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        '"' + "a," * 32_000,
        ('"x",' * 16_000) + "\n",
        "'" + "a;'" * 21_000,
        "a" * 65_536,
    ],
    ids=["open quote then commas", "quoted cells", "single quotes", "one long word"],
)
def test_the_csv_sniffer_reads_a_bounded_sample(tmp_path: Path, content: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text(content, encoding="utf-8")
    started = time.monotonic()
    try:
        read_workbook(path)
    except ValidationError as exc:
        assert "\n" not in str(exc)
    assert time.monotonic() - started < 2


def test_millions_of_blank_lines_are_skipped_cheaply(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(b"\n" * 10_000_000)
    started = time.monotonic()
    assert read_workbook(path).sheets[0].is_empty()
    assert time.monotonic() - started < 2


def test_rows_after_a_blank_run_keep_their_numbers_and_quoted_line_breaks_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "runs.csv"
    quoted = '"first line' + "\n" * 100 + 'last line"'
    path.write_text("Name;Notes\n" + ";;\n" * 1000 + "\r\n" * 70 + f"Payroll;{quoted}\n" + "\n" * 200 + "HR;x\n")
    sheet = read_workbook(path).sheets[0]
    assert sheet.cell(0, 0) == "Name"
    assert sheet.cell(1071, 0) == "Payroll" and sheet.cell(1071, 1) == "first line" + "\n" * 100 + "last line"
    assert sheet.cell(1272, 0) == "HR" and sheet.row_count == 1273


def test_the_row_limit_counts_skipped_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "far.csv"
    path.write_bytes(b"a\n" + b"\n" * 200 + b"b\n")
    assert refused(path, Limits(max_rows=100)) == "sheet 'far' of far.csv has more than 100 rows; split it into smaller files"


# --- every format ----------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x1b", "\x00", "\x07", "\ufffe"])
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_control_characters_in_a_cell_are_refused_with_the_cell_or_the_part(tmp_path: Path, kind: str, char: str) -> None:
    path = tmp_path / f"ctl.{kind}"
    if kind == "csv":
        path.write_text(f"Name;Ref\nPayroll;PA{char}1\n", encoding="utf-8")
        if char == "\x00":  # a NUL makes the file binary
            assert refused(path) == "ctl.csv is not a text file (CSV must be UTF-8 or Windows-1252 text)"
            return
        sheet = "ctl"
    else:
        book = openpyxl.Workbook()
        book.active.title = "S"
        book.active.append(["Name", "Ref"])
        book.save(path)
        escaped = f"&#x{ord(char):X};"  # XML 1.0 cannot hold it even as a character reference
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("xl/worksheets/sheet1.xml").decode()
        xml = xml.replace("</sheetData>", f'<row r="2"><c r="B2" t="inlineStr"><is><t>PA{escaped}1</t></is></c></row></sheetData>')
        if "<sheetData/>" in xml:
            xml = xml.replace("<sheetData/>", f'<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>PA{escaped}1</t></is></c></row></sheetData>')
        rewrite(path, {"xl/worksheets/sheet1.xml": xml.encode()})
        assert refused(path) == (
            "ctl.xlsx is not a valid .xlsx file: its part xl/worksheets/sheet1.xml is not well-formed XML "
            "(reference to invalid character number, line 1)"
        )
        return
    assert refused(path) == (
        f"sheet '{sheet}' of ctl.{kind}, cell B2: the text contains the control character U+{ord(char):04X}, "
        "which no export format can carry; remove it"
    )


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "ods"])
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path, suffix: str) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / f"pipe.{suffix}"
    os.mkfifo(fifo)
    assert refused(fifo) == (
        f"cannot read pipe.{suffix}: it is a named pipe, not an ordinary file; ropa reads only ordinary files"
    )


def test_a_device_as_a_mapping_or_source_is_refused_by_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    register = tmp_path / "r.ropa"
    RegisterStore.create(register, "Acme").close()
    source = tmp_path / "s.csv"
    source.write_text("Name\nPayroll\n")
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    capsys.readouterr()
    assert main(["import", str(register), str(link)]) == 2
    assert capsys.readouterr().err == (
        "ropa: cannot read zero.csv: it is a device, not an ordinary file; ropa reads only ordinary files\n"
    )
    assert main(["import", str(register), str(source), "--mapping", "/dev/urandom"]) == 2
    assert capsys.readouterr().err == (
        "ropa: cannot read the mapping urandom: it is a device, not an ordinary file; ropa reads only ordinary files\n"
    )
    json_link = tmp_path / "zero.json"
    json_link.symlink_to("/dev/zero")
    assert main(["import", str(register), str(json_link)]) == 2
    assert "it is a device, not an ordinary file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "ropa-import-mapping", "version": 1, "header_row": 1' + b"0" * 5000 + b"}", "Exceeds the limit"),
        (b'{"format": "ropa-import-mapping", "version": 1, "header_row": 10000000000, "columns": {}}', "must be a row number"),
        (b'{"format": "ropa-import-mapping", "version": 1, "columns": {}, "name": ["x"]}', '"name" must be text'),
        (b"\xff\xfe{}", "not UTF-8 text"),
    ],
    ids=["nested 100,000 deep", "5,000-digit number", "row past the limit", "name not text", "not UTF-8"],
)
def test_hostile_mapping_files_are_one_clear_line(tmp_path: Path, content: bytes, reason: str) -> None:
    from ropa.imports.mapping import load_mapping

    path = tmp_path / "m.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        load_mapping(path)
    assert str(caught.value).startswith("the mapping m.json is not valid: ")
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_the_sheet_reader_never_needs_more_than_one_open_file(tmp_path: Path) -> None:
    """The container is opened once (checked as a regular file) and read through that handle."""
    path = tmp_path / "one.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.save(path)
    assert read_workbook(path).sheets[0].rows == (("Name",),)


def test_a_spreadsheet_with_thousands_of_bad_cells_lists_100_problems_and_a_count(tmp_path: Path) -> None:
    from ropa.imports import ImportOptions, plan_source
    from ropa.imports.mapping import guess_mapping, save_mapping

    source = tmp_path / "bad.csv"
    source.write_text("Processing activity;Legal basis\n" + "".join(f"P{i};nonsense\n" for i in range(3000)))
    mapping = save_mapping(guess_mapping(["Processing activity", "Legal basis"]), tmp_path / "m.json")
    with RegisterStore.create(tmp_path / "r.ropa", "Acme") as store, pytest.raises(ValidationError) as caught:
        plan_source(source, store.snapshot(), ImportOptions(mapping=mapping))
    assert len(caught.value.problems) == 101 and caught.value.problems[-1] == "and 2,900 more problems"
    assert str(caught.value).endswith("(and 2,999 more)")
