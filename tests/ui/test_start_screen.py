"""The start screen: New register, Open demo, recent files; the window it leads to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.app_fixtures import IGNORED_QT_NOTICES, close_message_boxes, make_settings
from ui.app import RopaApp
from ui.settings import Settings

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


@pytest.fixture
def ropa(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    app = RopaApp(make_settings(tmp_path), demo_file=tmp_path / "data" / "demo.ropa", load="sync")
    app.show_start()
    yield app
    close_message_boxes()
    app.close_register(show_start=False)
    app.start.close()


def test_open_demo_writes_the_demo_once_and_opens_it(qtbot, ropa: RopaApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(ropa.start.demo_button, Qt.MouseButton.LeftButton)
    window = ropa.window
    assert window is not None and window.isVisible() and not ropa.start.isVisible()
    assert window.windowTitle() == "demo.ropa \u2014 Cardify NV \u2014 ropa"
    assert window.activities.model.rowCount() == 14
    assert (tmp_path / "data" / "demo.ropa").exists()
    # closing the register goes back to the start screen, which now lists the demo
    window.close_action.trigger()
    assert ropa.window is None and ropa.start.isVisible()
    assert ropa.start.recent.count() == 1
    assert "demo.ropa" in ropa.start.recent.item(0).text()


def test_recent_files_open_with_enter_and_missing_ones_are_marked(qtbot, ropa: RopaApp, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    settings = Settings(ropa.qsettings)
    gone = tmp_path / "gone.ropa"
    settings.add_recent(gone)
    settings.add_recent(demo_copy)
    ropa.show_start()
    recent = ropa.start.recent
    assert [recent.item(i).text().splitlines()[0] for i in range(recent.count())] == ["demo.ropa", "gone.ropa"]
    assert not recent.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "not found" in recent.item(1).text()
    recent.setFocus()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert ropa.window is not None and ropa.ctx is not None and ropa.ctx.store.path == demo_copy


def test_forget_a_recent_file_with_del(qtbot, ropa: RopaApp, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    Settings(ropa.qsettings).add_recent(demo_copy)
    ropa.show_start()
    recent = ropa.start.recent
    ropa.start.activateWindow()
    qtbot.waitUntil(ropa.start.isActiveWindow)
    recent.setFocus()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Delete)
    assert Settings(ropa.qsettings).recent_files() == []
    assert ropa.start.empty.isVisible()


def test_create_a_register_and_reopen_it(qtbot, ropa: RopaApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert ropa.create_register(tmp_path / "acme", "Acme SA")
    assert ropa.ctx is not None and ropa.ctx.store.path == tmp_path / "acme.ropa"
    window = ropa.window
    assert window is not None and "Acme SA" in window.windowTitle()
    view = window.current_list()
    assert view is not None and view.empty.isVisible() and "Ctrl+N" in view.empty.text()
    ropa.close_register()
    assert ropa.create_register(tmp_path / "acme.ropa", "Again") is False  # exists: refused, explained
    assert "cannot be created" in close_message_boxes()[0]
    assert ropa.open_path(tmp_path / "acme.ropa")


def test_return_opens_the_selected_recent_file_without_clicking_first(qtbot, ropa: RopaApp, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    settings = Settings(ropa.qsettings)
    other = tmp_path / "other.ropa"
    import shutil

    shutil.copyfile(demo_copy, other)
    settings.add_recent(demo_copy)
    settings.add_recent(other)
    ropa.start.hide()
    ropa.show_start()
    qtbot.waitExposed(ropa.start)
    focused = ropa.start.focusWidget()  # what has the keyboard once the window is active
    assert focused is ropa.start.recent  # the list, on the most recent file
    assert ropa.start.recent.currentRow() == 0
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert ropa.ctx is not None and ropa.ctx.store.path == demo_copy
