"""The main window on a real register file: navigator, shortcuts, list actions, title, settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget

from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import (
    IGNORED_QT_NOTICES,
    make_ctx,
    settle,
    show,
)
from ui.commands import SaveOrganisationCommand, execute
from ui.context import AppContext
from ui.main_window import MainWindow, ShortcutsDialog
from ui.views.activities import ActivitiesView

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ctx(qapp, register_store: RegisterStore, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx(register_store, tmp_path)


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, Translator("en"), load="sync")
    show(qtbot, win)
    return win


def activity_list(window: MainWindow) -> ActivitiesView:
    view = window.current_list()
    assert view is not None
    return view


def references(view: ActivitiesView) -> list[str]:
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def answer_next_question(button_text: str) -> None:
    """Click a button of the next modal question box, as the user would (polls until it shows)."""
    timer = QTimer()
    timer.setInterval(10)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
            button.click()

    timer.timeout.connect(click)
    timer.start()
    _timers.append(timer)


_timers: list[QTimer] = []


def refocus(qtbot, window: MainWindow, view: ActivitiesView) -> None:  # type: ignore[no-untyped-def]
    """After a message box: the offscreen platform does not give the focus back by itself."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()


def test_title_names_the_file_and_the_organisation_and_follows_renames(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "demo.ropa \u2014 Cardify NV \u2014 ropa"
    ctx = window.ctx
    org = ctx.store.organisation()
    execute(ctx, SaveOrganisationCommand(ctx, org, replace(org, legal_name="Cardify SA")))
    assert "Cardify SA" in window.windowTitle()
    assert window.permanent.text() == "12 controller and 2 processor activities"


def test_navigator_lists_every_part_and_ctrl_digits_switch_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.navigator.keys() == [
        "dashboard", "organisation", "activities", "processor_activities", "recipients", "data_subject_categories",
        "data_categories", "systems", "security_measures", "findings", "transfers", "history", "versions",
    ]
    digits = [K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5, K.Key_6, K.Key_7, K.Key_8, K.Key_9, K.Key_0]
    for key, digit in zip(window.navigator.keys()[: len(digits)], digits, strict=True):
        qtbot.keyClick(window, digit, CTRL)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.pages[key]
    qtbot.keyClick(window, K.Key_4, CTRL)
    assert references(activity_list(window)) == ["PR-001", "PR-002"]


def test_search_as_you_type_and_filters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = activity_list(window)
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_F, CTRL)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "camera")  # a data category's name
    assert references(view) == ["PA-009"]
    settle(qtbot)
    assert view.count.text() == "1 of 12 shown"
    qtbot.keyClick(view.search, K.Key_Return)  # the only result opens
    assert window.stack.currentWidget() is window.editor
    assert window.editor.activity.reference == "PA-009"
    qtbot.keyClick(window.editor, K.Key_Escape)
    view.clear_filters()
    view.owner.setCurrentIndex(view.owner.findText("Marketing"))
    view.status.setCurrentIndex(view.status.findText("Approved"))
    assert references(view) == ["PA-005", "PA-006"]
    view.country.setCurrentIndex(view.country.findData("MA"))
    settle(qtbot)
    assert references(view) == [] and view.empty.isVisible()
    view.clear_filters()
    view.role.setCurrentIndex(view.role.findText("Joint controller"))
    assert references(view) == ["PA-012"]


def test_enter_and_double_click_open_the_activity(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = activity_list(window)
    view.select(window.ctx.store.find_activity("PA-004").uuid)
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_Return)
    assert window.stack.currentWidget() is window.editor and window.editor.activity.reference == "PA-004"
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_list() is view and view.current_uuid() == window.ctx.store.find_activity("PA-004").uuid
    row = view.proxy.row_of(window.ctx.store.find_activity("PA-007").uuid)
    rect = view.table.visualRect(view.proxy.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.activity.reference == "PA-007"


def test_delete_asks_first_and_undo_brings_it_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    view = activity_list(window)
    target = store.find_activity("PA-010")
    view.select(target.uuid)
    view.table.setFocus()
    answer_next_question("Cancel")
    qtbot.keyClick(view.table, K.Key_Delete)
    assert store.find_activity("PA-010") == target  # cancelled: nothing changed
    refocus(qtbot, window, view)
    answer_next_question("Delete")
    qtbot.keyClick(view.table, K.Key_Delete)
    qtbot.waitUntil(lambda: "PA-010" not in references(view), timeout=5000)
    assert len(store.activities()) == 13
    refocus(qtbot, window, view)
    qtbot.keyClick(view.table, K.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "PA-010" in references(view), timeout=5000)
    assert store.find_activity("PA-010") == target
    qtbot.keyClick(view.table, K.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "PA-010" not in references(view), timeout=5000)


def test_del_in_a_text_field_of_the_editor_deletes_a_character_not_the_activity(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    window.open_activity(store.find_activity("PA-001").uuid)
    name = window.editor.by_key["identity"].name
    name.setFocus()
    name.setCursorPosition(0)
    qtbot.keyClick(name, K.Key_Delete)
    assert name.text() == "ayroll and HR administration"
    assert len(store.activities()) == 14


def test_duplicate_new_and_rename_shortcuts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    view = activity_list(window)
    view.select(store.find_activity("PA-003").uuid)
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_D, CTRL)
    copy = store.find_activity("PA-013")
    assert copy.name == "Customer relationship management (copy)"
    assert window.editor.activity.uuid == copy.uuid
    assert window.editor.by_key["identity"].name.hasFocus()
    qtbot.keyClick(window.editor.by_key["identity"].name, K.Key_Escape)
    settle(qtbot)
    view.select(store.find_activity("PA-002").uuid)
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_F2)
    assert window.editor.activity.reference == "PA-002"
    name = window.editor.by_key["identity"].name
    assert name.hasFocus() and name.selectedText() == "Recruitment"
    qtbot.keyClicks(name, "Hiring")
    qtbot.keyClick(name, K.Key_Return)
    assert store.find_activity("PA-002").name == "Hiring"
    qtbot.keyClick(name, K.Key_N, CTRL)
    assert store.find_activity("PA-014").name == "New activity"


def test_undo_saves_the_field_being_typed_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    window.open_activity(store.find_activity("PA-008").uuid)
    identity = window.editor.by_key["identity"]
    identity.name.setFocus()
    identity.name.selectAll()
    qtbot.keyClicks(identity.name, "IT accounts")
    qtbot.keyClick(identity.name, K.Key_Return)
    owner = identity.owner
    owner.setFocus()
    owner.selectAll()
    qtbot.keyClicks(owner, "IT security")  # not finished yet (no Return, no Tab)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # from the menu or toolbar: the typing is saved, then undone
    assert (store.find_activity("PA-008").owner, store.find_activity("PA-008").name) == ("IT", "IT accounts")
    window.redo_action.trigger()
    assert store.find_activity("PA-008").owner == "IT security"


def test_window_size_and_splitters_are_remembered(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(ctx, Translator("en"), load="none")
    show(qtbot, first)
    first.resize(780, 560)  # within the offscreen screen (800x800)
    saved = first.size()
    assert saved.height() == 560
    first.splitter.setSizes([250, 530])
    sizes = first.splitter.sizes()
    assert sizes[0] not in (0, 220)  # moved away from the default
    first.splitter.splitterMoved.emit(300, 1)
    first.close()
    second = MainWindow(ctx, Translator("en"), load="none")
    qtbot.addWidget(second)
    second.show()  # no resize: the window takes the remembered geometry
    qtbot.waitExposed(second)
    assert second.size() == saved
    assert second.splitter.sizes() == sizes


def test_save_a_copy_writes_a_complete_register(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy"
    assert window.save_copy_to(target)
    with RegisterStore.open(tmp_path / "copy.ropa", readonly=True) as copy:
        assert len(copy.activities()) == 14
    assert window.ctx.store.path.name == "demo.ropa"  # still working on the original
    assert "copy.ropa" in window.statusBar().currentMessage()


def test_keyboard_shortcuts_dialog_lists_the_actions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["New activity"] == "Ctrl+N"
    assert rows["Delete activity"] == "Del"
    assert rows["Rename activity"] == "F2"
    assert rows["Find"] == "Ctrl+F"
    assert rows["Redo"] == "Ctrl+Shift+Z / Ctrl+Y"
