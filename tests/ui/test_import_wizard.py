"""Import wizard: an ICO-like workbook → mapping guessed → preview → import (undoable); bad files refused."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ropa.imports.mapping import load_mapping
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, close_message_boxes, make_ctx
from ui import jobs
from ui.dialogs.import_wizard import FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, ImportWizard

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

HEADERS = [
    "Business function",
    "Purpose of processing",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Article 6 lawful basis for processing personal data",
    "Retention schedule (if possible)",
    "Our own column",
]
ROWS = [
    ["HR", "Staff wellbeing survey", "Employees", "Survey answers", "Survey provider", "Consent", "2 years", "x"],
    ["Facilities", "Car park permits", "Employees; Visitors", "Number plates", "Parking operator",
     "Legitimate interests", "1 year after the permit ends", "y"],
]


def ico_workbook(path: Path, rows: list[list[str]] = ROWS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Template"
    sheet["A1"] = "Documentation of processing activities"
    sheet.append([])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def go_to_next(qtbot, wizard: ImportWizard, page: int) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=10000)


def test_ico_workbook_mapped_previewed_imported_and_undone(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    ctx = make_ctx(register_store, tmp_path)
    before = register_store.snapshot()
    wizard = ImportWizard(ctx, folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(ico_workbook(tmp_path / "ico.xlsx")))
    go_to_next(qtbot, wizard, MAPPING_PAGE)  # read on a worker, then "other layout" → the mapping step

    page = wizard.mapping_page
    assert page.sheet.currentText() == "Template" and page.header_row.value() == 3
    assert page.field_of("Purpose of processing") == "purposes"
    assert page.field_of("Article 6 lawful basis for processing personal data") == "legal_basis"
    assert page.field_of("Categories of individuals") == "data_subjects"
    assert page.field_of("Our own column") == "ignore"
    page.set_field("Our own column", "notes")
    assert "Staff wellbeing survey" in page.table.item(1, 1).text()  # first values shown

    # the mapping is saved and loads back the same
    assert page.save_to(tmp_path / "ico.mapping.json")
    saved = load_mapping(tmp_path / "ico.mapping.json")
    assert saved.columns["Our own column"] == "notes" and saved.header_row == 3
    page.set_field("Our own column", "ignore")
    assert page.load_from(tmp_path / "ico.mapping.json")
    assert page.field_of("Our own column") == "notes"

    go_to_next(qtbot, wizard, PREVIEW_PAGE)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    labels = [preview.tree.topLevelItem(i).text(0) for i in range(preview.tree.topLevelItemCount())]
    assert any("Staff wellbeing survey" in text for text in labels)
    assert any("Car park permits" in text for text in labels)
    survey_item = next(preview.tree.topLevelItem(i) for i in range(preview.tree.topLevelItemCount())
                       if "Staff wellbeing survey" in preview.tree.topLevelItem(i).text(0))
    details = {survey_item.child(i).text(0): survey_item.child(i).text(2) for i in range(survey_item.childCount())}
    assert any("Consent" in text for text in details.values())  # an added activity shows what it brings
    assert register_store.snapshot() == before  # nothing written by the preview
    assert preview.isComplete()

    wizard.next()  # Finish = Import
    assert wizard.command is not None
    after = register_store.snapshot()
    added = {a.name for a in after.activities} - {a.name for a in before.activities}
    assert added == {"Staff wellbeing survey", "Car park permits"}
    survey = next(a for a in after.activities if a.name == "Staff wellbeing survey")
    assert survey.purposes[0].legal_basis is not None and survey.purposes[0].legal_basis.value == "6.1.a"
    assert "Our own column: x" in survey.notes

    ctx.undo_stack.undo()
    undone = register_store.snapshot()
    assert {a.uuid for a in undone.activities} == {a.uuid for a in before.activities}
    assert {i.uuid for i in undone.recipients} == {i.uuid for i in before.recipients}


def test_bad_file_gets_one_line_on_the_first_page(qtbot, register_store: RegisterStore, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(register_store, tmp_path)
    before = register_store.snapshot()
    wizard = ImportWizard(ctx, folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 this is not a workbook")
    wizard.file_page.path.setText(str(damaged))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.file_page.job is None and bool(wizard.file_page.status.text()), timeout=10000)
    jobs.wait_all()
    text = wizard.file_page.status.text()
    assert wizard.currentId() == FILE_PAGE
    assert "damaged.xlsx" in text and "\n" not in text and "Traceback" not in text
    assert register_store.snapshot() == before
    assert not close_message_boxes()


def test_rows_with_problems_are_listed_and_nothing_is_imported(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    ctx = make_ctx(register_store, tmp_path)
    before = register_store.snapshot()
    bad = [list(ROWS[0]), list(ROWS[1])]
    bad[0][5] = "because we can"
    bad[1][5] = "no idea"
    wizard = ImportWizard(ctx, folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(ico_workbook(tmp_path / "bad.xlsx", bad)))
    go_to_next(qtbot, wizard, MAPPING_PAGE)
    go_to_next(qtbot, wizard, PREVIEW_PAGE)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.job is None and preview.problems.count() > 0, timeout=10000)
    problems = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    assert len(problems) == 2
    assert "row 4" in problems[0] and "Article 6 lawful basis" in problems[0] and "because we can" in problems[0]
    assert "row 5" in problems[1]
    assert not preview.isComplete()
    assert register_store.snapshot() == before


def test_own_excel_export_skips_the_mapping_and_changes_nothing(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    from ropa.exports import ExportOptions, exporter

    path = tmp_path / "export.xlsx"
    exporter("xlsx")(register_store.snapshot(), path, ExportOptions(language="en"))
    wizard = ImportWizard(make_ctx(register_store, tmp_path), folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    go_to_next(qtbot, wizard, PREVIEW_PAGE)  # recognised: no mapping step
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.plan is not None and preview.job is None, timeout=10000)
    assert preview.plan is not None and preview.plan.is_empty
    assert "export.xlsx" in preview.summary.text()
    assert not preview.isComplete()  # nothing to import: the Import button stays off


def test_json_update_is_previewed_imported_and_undone(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    from ropa.exports import ExportOptions, exporter

    before = register_store.snapshot()
    target = before.activities[0]
    path = tmp_path / "exchange.json"
    exporter("json")(before, path, ExportOptions(language="en"))
    text = path.read_text(encoding="utf-8")
    assert f'"{target.name}"' in text
    path.write_text(text.replace(f'"{target.name}"', '"Renamed in the file"', 1), encoding="utf-8")

    ctx = make_ctx(register_store, tmp_path)
    wizard = ImportWizard(ctx, folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    go_to_next(qtbot, wizard, PREVIEW_PAGE)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    top = preview.tree.topLevelItem(0)
    assert preview.tree.topLevelItemCount() == 1 and "Renamed in the file" in top.text(0)
    assert [top.child(i).text(1) for i in range(top.childCount())] == [target.name]
    wizard.next()
    assert register_store.activity(target.uuid).name == "Renamed in the file"
    ctx.undo_stack.undo()
    assert register_store.activity(target.uuid) == target


def test_going_back_to_the_file_keeps_the_edited_mapping(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    wizard = ImportWizard(make_ctx(register_store, tmp_path), folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(ico_workbook(tmp_path / "ico.xlsx")))
    go_to_next(qtbot, wizard, MAPPING_PAGE)
    wizard.mapping_page.set_field("Our own column", "notes")
    wizard.back()
    go_to_next(qtbot, wizard, MAPPING_PAGE)  # same file: not read again, the edit is kept
    assert wizard.mapping_page.field_of("Our own column") == "notes"
    wizard.back()
    wizard.file_page.path.setText(str(ico_workbook(tmp_path / "other.xlsx")))
    go_to_next(qtbot, wizard, MAPPING_PAGE)  # another file: guessed afresh
    assert wizard.mapping_page.field_of("Our own column") == "ignore"
