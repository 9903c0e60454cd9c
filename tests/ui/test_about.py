"""Help › About: the one version (ropa.__version__) and ropa's own icon."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ropa import __version__
from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, close_message_boxes, make_ctx, message_boxes, show
from ui.app import application_icon, create_application
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


def test_the_application_icon_has_every_size_from_16_to_512(qapp: QApplication) -> None:
    sizes = application_icon().availableSizes()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert QSize(size, size) in sizes
    assert not create_application().windowIcon().isNull()


def test_about_shows_the_version_and_the_icon(qtbot: QtBot, register_store: RegisterStore, tmp_path: Path) -> None:
    create_application()
    window = MainWindow(make_ctx(register_store, tmp_path), Translator("en"), load="sync")
    show(qtbot, window)
    help_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Help")
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Alt+H opens Help, A is About
    qtbot.waitUntil(help_menu.isVisible)
    qtbot.keyClick(help_menu, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bool(message_boxes()))
    box = message_boxes()[0]
    assert f"ropa {__version__}:" in box.text()
    assert box.iconPixmap().toImage() == application_icon().pixmap(64, 64).toImage()  # not Qt's "i" icon
    assert close_message_boxes()
