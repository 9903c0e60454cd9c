"""Importers never trust the file: damaged, hostile or oversized sources get one clear line, change nothing.

Each case builds a real file (zip containers written with zipfile, workbooks with openpyxl, CSV with
the csv module) and imports it through the CLI into a real register; the register's snapshot must be
the same before and after, and stderr must be one plain sentence, never a traceback.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from ropa.cli import main
from ropa.errors import ValidationError
from ropa.imports.sheets import Limits, read_workbook
from ropa.service import RegisterStore

ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _ods(path: Path, content: str, mimetype: str = ODS_MIME) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _content(rows: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f'<office:body><office:spreadsheet><table:table table:name="Feuille1">{rows}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )


def _xlsx(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = title
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def truncated_xlsx(tmp: Path) -> Path:
    whole = _xlsx(tmp / "whole.xlsx", [["Name", "Purpose"], ["Payroll", "Paying salaries"]])
    data = whole.read_bytes()
    target = tmp / "truncated.xlsx"
    target.write_bytes(data[: len(data) // 2])
    return target


def random_bytes(tmp: Path) -> Path:
    import random

    target = tmp / "random.xlsx"
    target.write_bytes(random.Random(7).randbytes(20_000))
    return target


def billion_laughs(tmp: Path) -> Path:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    body = _content('<table:table-row><table:table-cell><text:p>&lol9;</text:p></table:table-cell></table:table-row>')
    payload = body.replace("<office:document-content", f"<!DOCTYPE lolz [{entities}]><office:document-content", 1)
    return _ods(tmp / "laughs.ods", payload)


def external_entity(tmp: Path) -> Path:
    body = _content('<table:table-row><table:table-cell><text:p>&x;</text:p></table:table-cell></table:table-row>')
    payload = body.replace(
        "<office:document-content", '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><office:document-content', 1
    )
    return _ods(tmp / "external.ods", payload)


def zip_bomb(tmp: Path) -> Path:
    target = tmp / "bomb.ods"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("mimetype", ODS_MIME, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", b"\0" * (40 * 1024 * 1024), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return target


def huge_file(tmp: Path) -> Path:
    target = tmp / "huge.csv"
    with open(target, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: 21 MB on paper, nothing on disk
    return target


def many_rows(tmp: Path) -> Path:
    target = tmp / "rows.csv"
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom du traitement"])
        writer.writerows([f"Traitement {i}"] for i in range(100_000))
    return target  # 100,001 rows (of one cell: the row limit is reached before the cell budget)


def wide_row(tmp: Path) -> Path:
    target = tmp / "wide.csv"
    target.write_text("Name;Purpose\n" + "x;y" + ";" * 1200 + "far\n", encoding="utf-8")
    return target


def long_cell(tmp: Path) -> Path:
    target = tmp / "long.csv"
    target.write_text("Name;Purpose\nPayroll;" + "a" * 40_000 + "\n", encoding="utf-8")
    return target


def huge_cell(tmp: Path) -> Path:
    target = tmp / "hugecell.csv"
    target.write_text("Name;Purpose\nPayroll;" + "a" * 200_000 + "\n", encoding="utf-8")
    return target


def old_excel(tmp: Path) -> Path:
    target = tmp / "old.xlsx"
    target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    return target


def text_document(tmp: Path) -> Path:
    return _ods(tmp / "letter.ods", _content(""), mimetype="application/vnd.oasis.opendocument.text")


def no_content(tmp: Path) -> Path:
    target = tmp / "empty-zip.ods"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("mimetype", ODS_MIME)
    return target


def broken_xml(tmp: Path) -> Path:
    return _ods(tmp / "broken.ods", _content("<table:table-row><table:table-cell>")[:-40])


def unknown_layout(tmp: Path) -> Path:
    return _xlsx(tmp / "other.xlsx", [["Colour", "Size"], ["red", "12"]])


def empty_file(tmp: Path) -> Path:
    target = tmp / "empty.csv"
    target.write_bytes(b"")
    return target


def binary_csv(tmp: Path) -> Path:
    target = tmp / "binary.csv"
    target.write_bytes(b"\x00\x01\x02" * 100)
    return target


CASES: list[tuple[Callable[[Path], Path], str]] = [
    (truncated_xlsx, "truncated.xlsx is not a valid .xlsx file (damaged or truncated)"),
    (random_bytes, "random.xlsx is not a valid .xlsx file (damaged or truncated)"),
    (billion_laughs, "laughs.ods is not a valid .ods file: its part content.xml contains a DTD or XML entity declarations"),
    (external_entity, "external.ods is not a valid .ods file: its part content.xml contains a DTD"),
    (zip_bomb, "bomb.ods unpacks to far more data than its size suggests"),
    (huge_file, "huge.csv is larger than 20 MB"),
    (many_rows, "sheet 'rows' of rows.csv has more than 100,000 rows"),
    (wide_row, "sheet 'wide' of wide.csv, row 2: there is data beyond column AMJ"),
    (long_cell, "sheet 'long' of long.csv, cell B2: the text is longer than 32,767 characters"),
    (huge_cell, "sheet 'hugecell' of hugecell.csv, row 2: a cell's text is longer than 32,767 characters"),
    (old_excel, "old.xlsx is an old Excel 97-2003 file or a password-protected workbook"),
    (text_document, "letter.ods is an OpenDocument file but not a spreadsheet"),
    (no_content, "empty-zip.ods is not a valid .ods file (damaged or truncated)"),
    (broken_xml, "broken.ods is not a valid .ods file: its part content.xml is not well-formed XML (mismatched tag, line 1)"),
    (unknown_layout, "other.xlsx is neither a ropa export nor the CNIL “registre simplifié”; import it with a column mapping"),
    (empty_file, "empty.csv is empty"),
    (binary_csv, "binary.csv is not a text file"),
]


@pytest.fixture(scope="module")
def register_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo register for the whole module: every case must leave it exactly as it was."""
    from ropa.demo import demo_register

    path = tmp_path_factory.mktemp("hostile") / "demo.ropa"
    register = demo_register()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path


@pytest.fixture(scope="module")
def demo_snapshot(register_file: Path) -> object:
    with RegisterStore.open(register_file, readonly=True) as store:
        return store.snapshot()


@pytest.mark.parametrize(("make", "message"), CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_sources_get_one_clear_line_and_change_nothing(
    register_file: Path, demo_snapshot: object, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path], message: str,
) -> None:
    source = make(tmp_path)
    demo_file = register_file
    before = demo_snapshot
    capsys.readouterr()
    assert main(["import", str(demo_file), str(source)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    with RegisterStore.open(demo_file, readonly=True) as store:
        assert store.snapshot() == before


def test_the_row_limit_is_checked_while_reading_not_after(tmp_path: Path) -> None:
    """A tighter limit on the same reader shows that rows are counted as they come (bounded memory)."""
    source = tmp_path / "small.csv"
    source.write_text("a\n" * 11, encoding="utf-8")
    read_workbook(source, limits=Limits(max_rows=11))
    with pytest.raises(ValidationError, match="more than 10 rows"):
        read_workbook(source, limits=Limits(max_rows=10))


def test_million_empty_repeated_rows_of_an_ods_are_not_materialised(tmp_path: Path) -> None:
    """LibreOffice ends each sheet with ~1,048,000 repeated empty rows: they cost nothing."""
    rows = (
        '<table:table-row><table:table-cell office:value-type="string" '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><text:p>Name</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/>'
        "</table:table-row>"
    )
    sheet = read_workbook(_ods(tmp_path / "lo.ods", _content(rows))).sheets[0]
    assert sheet.rows == (("Name",),)


def test_formulas_are_never_evaluated(tmp_path: Path) -> None:
    """xlsx: a formula without a cached value reads as empty; ods: the cached value, formula ignored; csv: text."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Name", "Purpose", "Notes"])
    ws.append(["=1+1", "Paying salaries", "=cmd|' /C calc'!A0"])
    book.save(tmp_path / "f.xlsx")
    sheet = read_workbook(tmp_path / "f.xlsx").sheets[0]
    assert sheet.row(1) == ("", "Paying salaries")

    ods = _content(
        '<table:table-row><table:table-cell table:formula="of:=WEBSERVICE(&quot;http://evil.example&quot;)" '
        'office:value-type="string" office:string-value="cached" '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><text:p>cached</text:p></table:table-cell>'
        "</table:table-row>"
    )
    assert read_workbook(_ods(tmp_path / "f.ods", ods)).sheets[0].cell(0, 0) == "cached"

    (tmp_path / "f.csv").write_text("Name;Notes\nPayroll;=1+1\n", encoding="utf-8")
    assert read_workbook(tmp_path / "f.csv").sheets[0].cell(1, 1) == "=1+1"  # kept as the text it is


def test_ods_text_structure_is_read_as_people_see_it(tmp_path: Path) -> None:
    """Spaces (text:s), tabs, line breaks, spans and links, several paragraphs; comments are not cell text."""
    rows = (
        '<table:table-row><table:table-cell xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        "<office:annotation><text:p>a comment</text:p></office:annotation>"
        '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/><text:span>d</text:span>'
        "<text:a>e</text:a></text:p><text:p>second</text:p></table:table-cell>"
        '<table:covered-table-cell/><table:table-cell table:number-columns-repeated="2" '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:value-type="date" '
        'office:date-value="2018-05-26"><text:p>26/05/2018</text:p></table:table-cell></table:table-row>'
    )
    sheet = read_workbook(_ods(tmp_path / "t.ods", _content(rows))).sheets[0]
    assert sheet.row(0) == ("a   b\tc\nde\nsecond", "", "2018-05-26", "2018-05-26")


def test_csv_encodings_and_delimiters(tmp_path: Path) -> None:
    text = "Nom du traitement;Finalité\nPaie;Calcul des rémunérations\n"
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "win.csv").write_bytes(text.encode("cp1252"))
    (tmp_path / "comma.csv").write_text(text.replace(";", ","), encoding="utf-8")
    for name in ("bom.csv", "win.csv", "comma.csv"):
        sheet = read_workbook(tmp_path / name).sheets[0]
        assert sheet.row(0) == ("Nom du traitement", "Finalité"), name
        assert sheet.row(1) == ("Paie", "Calcul des rémunérations"), name


def test_merged_cells_in_the_table_of_a_mapped_sheet_are_refused(register_file: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Register"
    ws.append(["Registre des traitements 2024"])  # a title merged above the table: harmless
    ws.merge_cells("A1:C1")
    ws.append(["Name", "Purpose", "Recipients"])
    ws.append(["Payroll", "Paying salaries", "Bank"])
    ws.append(["Recruitment", "Selecting candidates", ""])
    ws.merge_cells("C3:C4")  # one value for two rows: ambiguous
    book.save(tmp_path / "merged.xlsx")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"format": "ropa-import-mapping", "version": 1, "columns": '
                       '{"Name": "name", "Purpose": "purposes", "Recipients": "recipients"}}', encoding="utf-8")
    with RegisterStore.open(register_file) as store:
        before = store.snapshot()
        from ropa.imports import ImportOptions, plan_source

        with pytest.raises(ValidationError) as caught:
            plan_source(tmp_path / "merged.xlsx", before, ImportOptions(mapping=mapping))
        assert caught.value.problems == [
            "Sheet 'Register', row 3: cells C3:C4 are merged inside the table; unmerge them and repeat the value "
            "in each row, then import again"
        ]
        ws.unmerge_cells("C3:C4")
        ws.merge_cells("A2:B2")  # a header spanning two columns
        book.save(tmp_path / "merged.xlsx")
        with pytest.raises(ValidationError, match="cells A2:B2 are merged; unmerge them so that each column"):
            plan_source(tmp_path / "merged.xlsx", before, ImportOptions(mapping=mapping))
        assert store.snapshot() == before


def test_odd_merges_in_a_cnil_fiche_are_tolerated(tmp_path: Path) -> None:
    """People merge label cells in the fiche; the import still finds every row by its label."""
    from ropa.demo import demo_register
    from ropa.exports import ExportOptions
    from ropa.exports.cnil import export_xlsx
    from ropa.imports import plan_source

    register = demo_register()
    import dataclasses

    register = dataclasses.replace(register, activities=register.activities[:1])
    out = tmp_path / "c.xlsx"
    export_xlsx(register, out, ExportOptions())
    book = openpyxl.load_workbook(out)
    fiche = book["3_-_Fiche_PA-001"]
    fiche.merge_cells("J1:L40")  # a big merged note area beside the form
    fiche.merge_cells("A2:H2")
    book.save(out)
    assert plan_source(out, register).is_empty


def test_a_wrong_sheet_in_the_mapping_is_named_with_the_sheets_there_are(register_file: Path, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _xlsx(tmp_path / "w.xlsx", [["Name", "Purpose"], ["Payroll", "Paying salaries"]], title="Activities")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"format": "ropa-import-mapping", "version": 1, "sheet": "Template", '
                       '"columns": {"Name": "name"}}', encoding="utf-8")
    assert main(["import", str(register_file), str(tmp_path / "w.xlsx"), "--mapping", str(mapping)]) == 2
    assert "w.xlsx has no sheet named 'Template' (it has: 'Activities')" in capsys.readouterr().err


def test_problems_are_reported_per_sheet_row_and_column_all_at_once(register_file: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        ["Name", "Purpose", "Lawful basis", "Third countries", "Created"],
        ["Payroll", "Paying salaries", "because we can", "Atlantis", "31/02/2024"],
        ["Recruitment", "A\nB\nC", "Consent\nContract", "", ""],
    ]
    _xlsx(tmp_path / "p.xlsx", rows, title="Register")
    capsys.readouterr()
    assert main(["import", str(register_file), str(tmp_path / "p.xlsx"), "--guess-mapping", str(tmp_path / "m.json")]) == 0
    with RegisterStore.open(register_file, readonly=True) as store:
        before = store.snapshot()
    assert main(["import", str(register_file), str(tmp_path / "p.xlsx"), "--mapping", str(tmp_path / "m.json"), "-v"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("ropa: Sheet 'Register', row 2, column 'Lawful basis': “because we can” is not a legal basis")
    assert err[0].endswith("(and 3 more)")
    assert "  Sheet 'Register', row 2, column 'Third countries': “Atlantis” in column 'Third countries' is not a country ropa knows; use its name or its ISO code (e.g. “Andorre”, “AD”)" in err
    assert any(line.startswith("  Sheet 'Register', row 2, column 'Created': “31/02/2024” is not a date") for line in err)
    assert "  Sheet 'Register', row 3, column 'Lawful basis': 2 legal bases for 3 purposes; give one basis for all, or one per purpose line in the same order" in err
    with RegisterStore.open(register_file, readonly=True) as store:
        assert store.snapshot() == before


def test_problems_are_reported_in_the_register_language(tmp_path: Path) -> None:
    from ropa.imports import plan_source

    register = tmp_path / "fr.ropa"
    with RegisterStore.create(register, "Acme", language="fr") as store, pytest.raises(ValidationError) as caught:
        plan_source(unknown_layout(tmp_path), store.snapshot())
    assert "n'est ni un export de ropa ni le « registre simplifié » de la CNIL" in str(caught.value)


def test_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "dir.xlsx"
    folder.mkdir()
    with pytest.raises(ValidationError, match="cannot read dir.xlsx"):
        read_workbook(folder)
