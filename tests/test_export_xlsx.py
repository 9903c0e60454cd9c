"""Excel export: real .xlsx files written and read back with openpyxl."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ropa.domain.model import Register
from ropa.exports import EXPORTERS, SUFFIXES, ExportOptions, exporter
from ropa.exports.common import ExportCancelled
from ropa.exports.xlsx import export
from ropa.fingerprint import fingerprint
from ropa.i18n import LANGUAGES, Translator
from tests.test_export_expected import expected_texts, leaked_codes, missing_from, with_unicode_text

EN = Translator("en")
HOSTILE = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(1,2)", "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://evil\",\"x\")"]


def _all_text(path: Path) -> tuple[list[str], object]:
    wb = load_workbook(path)
    values = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    return values, wb


def _hidden(ws: Any) -> set[str]:
    return {letter for letter, dimension in ws.column_dimensions.items() if dimension.hidden}


def _visible_text(path: Path) -> list[str]:
    """What a reader sees: every cell but those of hidden columns."""
    wb = load_workbook(path)
    return [
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
        if c.value is not None and c.column_letter not in _hidden(ws)
    ]


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from ropa.demo import demo_register

    folder = tmp_path_factory.mktemp("xlsx")
    out = {}
    for lang in LANGUAGES:
        path = folder / f"demo-{lang}.xlsx"
        export(demo_register(), path, ExportOptions(language=lang))
        out[lang] = path
    return out


def test_registered_with_its_suffix() -> None:
    assert EXPORTERS["xlsx"] == "ropa.exports.xlsx:export"
    assert SUFFIXES["xlsx"] == ".xlsx"
    assert exporter("xlsx") is export


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_art30_item_of_the_demo_appears(demo_exports: dict[str, Path], demo_register: Register, lang: str) -> None:
    values, _wb = _all_text(demo_exports[lang])
    assert missing_from("\n".join(values), expected_texts(demo_register, lang)) == {}
    assert leaked_codes(_visible_text(demo_exports[lang])) == []  # UUIDs only in hidden columns


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheets_and_headers_are_translated(demo_exports: dict[str, Path], lang: str) -> None:
    t = Translator(lang)
    wb = load_workbook(demo_exports[lang])
    assert wb.sheetnames == [
        t(f"export.sheet.{k}")
        for k in ("cover", "controller", "processor", "purposes", "recipients", "transfers", "retention", "security",
                  "data_categories", "data_subjects", "sources", "systems", "joint_controllers", "served_controllers",
                  "organisation")
    ]
    controller = wb.worksheets[1]
    assert controller["H1"].value == t("export.column.purposes")
    assert controller["A2"].value == "PA-001"
    assert controller["D2"].value == t("reference.Role.controller")


def test_cover_sheet(demo_exports: dict[str, Path], demo_register: Register) -> None:
    ws = load_workbook(demo_exports["en"]).worksheets[0]
    cover = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row and row[0]}
    assert cover["Record of processing activities"] is None
    assert "Cardify NV" in cover["Organisation (name and contact details)"]
    assert "Sofie Maes" in cover["Data protection officer"]
    assert cover["Register version"] == "2026.2"
    assert cover["Number of processing activities"] == "14 (12 as controller, 2 as processor)"
    assert cover["SHA-256 fingerprint of the exported content"] == fingerprint(demo_register)
    assert cover["Last change to the register"] == "Sep 15, 2026"


def test_multi_valued_cells_are_one_item_per_line(demo_exports: dict[str, Path]) -> None:
    ws = load_workbook(demo_exports["en"]).worksheets[1]
    headers = [c.value for c in ws[1]]
    row = {h: c.value for h, c in zip(headers, ws[2], strict=True)}  # PA-001
    assert row["Categories of recipients (Art. 30(1)(d))"].split("\n") == [
        "HR department (Internal department, Belgium)",
        "SD Worx (Processor, Belgium)",
        "National Social Security Office (RSZ/ONSS) (Public authority, Belgium)",
        "FPS Finance (Public authority, Belgium)",
        "IDEWE (Independent controller, Belgium)",
    ]
    assert row["Legal basis (Art. 6(1))"].split("\n")[0] == "1. Performance of a contract (Art. 6(1)(b))"
    assert "Health data: Employment, social security" in row[
        "Condition for special categories (Art. 9(2)) / criminal data (Art. 10)"
    ]
    assert row["Envisaged time limits for erasure (Art. 30(1)(f))"].split("\n")[1] == (
        "Health data: 1 year from end of the sick leave; at the end: Delete"
    )


def test_detail_sheets_carry_the_activity_reference(demo_exports: dict[str, Path], demo_register: Register) -> None:
    wb = load_workbook(demo_exports["en"])
    transfers = list(wb["Transfers"].iter_rows(min_row=2, values_only=True))
    assert len(transfers) == sum(len(a.transfers) for a in demo_register.activities)
    morocco = next(r for r in transfers if r[3] == "Morocco")
    assert morocco[:3] == ("PA-011", "Prospecting and lead generation", "Atlas Contact SARL")
    assert morocco[5] == "Standard data protection clauses (Art. 46(2)(c))"
    assert morocco[6] == "Module 2: controller to processor"
    assert morocco[11:13] == ("TIA-2025-04", datetime(2025, 1, 20))  # a real date cell, not text
    purposes = list(wb["Purposes"].iter_rows(min_row=2, values_only=True))
    assert len(purposes) == sum(len(a.purposes) for a in demo_register.activities)
    assert all(r[0] for r in purposes)


def test_formatted_for_people(demo_exports: dict[str, Path]) -> None:
    wb = load_workbook(demo_exports["en"])
    ws = wb["Controller"]
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:AL{ws.max_row}"  # the hidden UUID column too: sorting keeps it with its row
    assert _hidden(ws) == {"AL"}
    assert ws.max_row == 13
    assert all(c.font.b for c in ws[1])
    assert ws["H2"].alignment.wrap_text and ws["H2"].alignment.vertical == "top"
    assert ws["A2"].alignment.vertical == "top"  # the whole row of a multi-line cell reads from the top
    assert ws.column_dimensions["A"].width == 12 and ws.column_dimensions["G"].width == 55
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert "&P" in ws.oddFooter.right.text


def test_letter_paper(tmp_path: Path, demo_register: Register) -> None:
    path = tmp_path / "letter.xlsx"
    export(demo_register, path, ExportOptions(page_size="Letter"))
    ws = load_workbook(path)["Purposes"]
    assert int(ws.page_setup.paperSize) == 1  # Letter


def _hostile_register(register: Register) -> Register:
    first = register.activities[0]
    purposes = tuple(
        dataclasses.replace(first.purposes[0], uuid=f"00000000-0000-4000-8000-00000000000{i}", description=text)
        for i, text in enumerate(HOSTILE)
    )
    hostile = dataclasses.replace(first, name="=1+2", notes="@cmd|' /C calc'!A0", purposes=purposes)
    return dataclasses.replace(register, activities=(hostile, *register.activities[1:]))


def test_formula_injection_is_written_as_text(tmp_path: Path, demo_register: Register) -> None:
    path = tmp_path / "hostile.xlsx"
    export(_hostile_register(demo_register), path, ExportOptions())
    wb = load_workbook(path)
    purposes = [row for row in wb["Purposes"].iter_rows(min_row=2) if row[0].value == "PA-001"]
    cells = [row[2] for row in purposes]
    # XML turns a carriage return into a line feed; what matters is that nothing became a formula
    assert [c.value for c in cells] == [h.replace("\r", "\n") for h in HOSTILE]
    for cell in cells:
        assert cell.data_type == "s"
        assert cell.quotePrefix
    name = wb["Controller"]["B2"]
    assert name.value == "=1+2" and name.data_type == "s" and name.quotePrefix
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in xml or "<f " in xml for xml in sheets)  # no formula element anywhere


def test_ordinary_cells_have_no_quote_prefix(demo_exports: dict[str, Path]) -> None:
    ws = load_workbook(demo_exports["en"])["Controller"]
    assert ws["B2"].quotePrefix is False


def test_control_characters_do_not_break_the_file(tmp_path: Path, demo_register: Register) -> None:
    first = dataclasses.replace(demo_register.activities[0], notes="bell\x07 and nul\x00 and vertical\x0btab")
    register = dataclasses.replace(demo_register, activities=(first, *demo_register.activities[1:]))
    path = tmp_path / "ctrl.xlsx"
    export(register, path, ExportOptions())
    values, _wb = _all_text(path)
    assert "bell\ufffd and nul\ufffd and vertical\ufffdtab" in values


def test_unicode_text_round_trips(tmp_path: Path, demo_register: Register) -> None:
    path = tmp_path / "unicode.xlsx"
    export(with_unicode_text(demo_register), path, ExportOptions(language="de"))
    values, _wb = _all_text(path)
    joined = "\n".join(values)
    for text in ("Επεξεργασία μισθοδοσίας", "Обработка заработной платы", "Ünïcödé 🙂🚀", "Фёдор Достоевский"):
        assert text in joined


def test_progress_is_reported_and_cancel_leaves_no_file(tmp_path: Path, demo_register: Register) -> None:
    calls: list[tuple[int, int]] = []
    path = tmp_path / "progress.xlsx"
    export(demo_register, path, ExportOptions(progress=lambda done, total: calls.append((done, total))))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] and len(calls) >= 3
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)

    cancelled = tmp_path / "cancelled.xlsx"
    seen: list[int] = []
    options = ExportOptions(progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 2)
    with pytest.raises(ExportCancelled):
        export(demo_register, cancelled, options)
    assert list(tmp_path.iterdir()) == [path]


def test_cancel_keeps_an_existing_file_untouched(tmp_path: Path, demo_register: Register) -> None:
    path = tmp_path / "kept.xlsx"
    path.write_bytes(b"previous export")
    with pytest.raises(ExportCancelled):
        export(demo_register, path, ExportOptions(cancelled=lambda: True))
    assert path.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [path]


def test_bad_options_are_one_line_errors(tmp_path: Path, demo_register: Register) -> None:
    from ropa.errors import RopaError

    with pytest.raises(RopaError, match="unknown export language 'it'"):
        export(demo_register, tmp_path / "x.xlsx", ExportOptions(language="it"))
    with pytest.raises(RopaError, match="cannot write .*missing"):
        export(demo_register, tmp_path / "missing" / "x.xlsx", ExportOptions())
    assert list(tmp_path.iterdir()) == []


def test_empty_register(tmp_path: Path) -> None:
    from ropa.domain.model import Organisation

    path = tmp_path / "empty.xlsx"
    export(Register(Organisation("u", "Acme SA")), path, ExportOptions())
    wb = load_workbook(path)
    assert wb["Controller"].max_row == 1
    assert wb["Controller"].auto_filter.ref == "A1:AL1"


STRUCTURED = ("sources", "systems", "joint_controllers", "served_controllers", "organisation")
UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\n|$)")


def test_structured_sheets_look_like_the_others(demo_exports: dict[str, Path]) -> None:
    wb = load_workbook(demo_exports["en"])
    for key in STRUCTURED:
        ws = wb[EN(f"export.sheet.{key}")]
        assert all(c.font.b and c.fill.fgColor.rgb.endswith("DCE6F1") for c in ws[1]), key
        assert ws.freeze_panes == ("A2" if key == "organisation" else "C2")
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and "&P" in ws.oddFooter.right.text
    joint = wb[EN("export.sheet.joint_controllers")]
    row = {c.value: v.value for c, v in zip(joint[1], joint[2], strict=True)}
    assert row[EN("export.column.joint_controller")] and row[EN("export.column.arrangement_reference")] == (
        "Joint controller arrangement of 12 May 2025")
    organisation = wb[EN("export.sheet.organisation")]
    values = {r[0]: r[1] for r in organisation.iter_rows(min_row=2, values_only=True)}
    assert values[EN("export.column.legal_name")] == "Cardify NV"
    assert values[EN("export.column.dpo_kind")] == "External DPO"
    assert values[EN("export.column.dpo_email")] == "dpo@privanova.example"
    assert values[EN("export.column.country")] == "Belgium" and values[EN("export.column.language")] == "English"


def test_identities_are_in_hidden_columns_at_the_end(demo_exports: dict[str, Path], demo_register: Register) -> None:
    wb = load_workbook(demo_exports["de"])
    de = Translator("de")
    for ws in wb.worksheets[1:]:
        hidden = _hidden(ws)
        headers = [c.value for c in ws[1]]
        technical = [h for h in headers if h.startswith("UUID")]
        assert sorted(hidden) == sorted(ws.cell(1, headers.index(h) + 1).column_letter for h in technical), ws.title
        assert headers[len(headers) - len(technical):] == technical  # the last columns
        for h in technical:
            column = headers.index(h) + 1
            assert all(UUID_TEXT.match(ws.cell(r, column).value or "") or ws.cell(r, column).value is None
                       for r in range(2, ws.max_row + 1)), (ws.title, h)
    controller = wb[de("export.sheet.controller")]
    headers = [c.value for c in controller[1]]
    first = next(a for a in demo_register.activities if a.reference == "PA-001")
    assert controller.cell(2, headers.index("UUID") + 1).value == first.uuid
    # creation and update stamps: date and time cells to the second, in every language
    assert controller.cell(2, headers.index(de("export.column.created")) + 1).value == first.created_at


def test_the_csv_files_leave_out_the_structured_sheets_and_the_identities(tmp_path: Path, demo_register: Register) -> None:
    from ropa.exports.csv_export import export as export_csv

    export_csv(demo_register, tmp_path / "csv", ExportOptions(language="fr"))
    export(demo_register, tmp_path / "book.xlsx", ExportOptions(language="fr"))
    wb = load_workbook(tmp_path / "book.xlsx")
    fr = Translator("fr")
    titles = [ws.title for ws in wb.worksheets if ws.title not in {fr(f"export.sheet.{k}") for k in STRUCTURED}]
    files = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert [f.split("-", 1)[1].removesuffix(".csv") for f in files] == [t.replace(" ", "-") for t in titles]
    text = "".join(p.read_text(encoding="utf-8-sig") for p in (tmp_path / "csv").iterdir())
    assert leaked_codes([text]) == []
    header = (tmp_path / "csv" / files[1]).read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert header[-1] == fr("export.column.template_version")  # the visible structured columns are there


@pytest.mark.parametrize(("lang", "fmt"), [("en", "[$-409]mmm d, yyyy"), ("fr", "[$-40C]d mmm yyyy"),
                                          ("nl", "[$-413]d mmm yyyy"), ("de", "[$-407]dd.mm.yyyy")])
def test_dates_are_date_cells_in_the_language_s_format(
    tmp_path: Path, demo_register: Register, lang: str, fmt: str
) -> None:
    """Every date column holds real dates (Excel sorts and computes with them); stamps keep their time."""
    from ropa.exports.xlsx import export as export_xlsx

    export_xlsx(demo_register, tmp_path / "b.xlsx", ExportOptions(language=lang))
    t = Translator(lang)
    ws = load_workbook(tmp_path / "b.xlsx")[t("export.sheet.controller")]
    rows = list(ws.iter_rows())
    headers = [c.value for c in rows[0]]
    for key in ("last_reviewed", "next_review"):
        cells = [r[headers.index(t(f"export.column.{key}"))] for r in rows[1:]]
        dated = [c for c in cells if c.value is not None]
        assert dated and all(c.is_date and c.number_format == fmt for c in dated), key
    created = [r[headers.index(t("export.column.created"))] for r in rows[1:]]
    assert all(c.is_date and c.number_format == "yyyy-mm-dd hh:mm:ss" for c in created if c.value is not None)
    a = demo_register.activities[0]
    first = next(r for r in rows[1:] if r[0].value == a.reference)
    assert first[headers.index(t("export.column.created"))].value == a.created_at
