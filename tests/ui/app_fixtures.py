"""Shared helpers of the app-core GUI tests: a context on a real register, the main window, settling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ropa.service import RegisterStore
from ui.context import AppContext, RegisterEvents
from ui.models import LANGUAGE_KEY

IGNORED_QT_NOTICES = r"This plugin does not support"


def make_settings(tmp_path: Path) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    return settings


def make_ctx(store: RegisterStore, tmp_path: Path) -> AppContext:
    return AppContext(store, QUndoStack(), make_settings(tmp_path), RegisterEvents())


def show(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def settle(qtbot: Any, rounds: int = 3) -> None:
    """Let deferred refreshes (zero-delay timers) run."""
    for _ in range(rounds):
        qtbot.wait(1)
        QApplication.processEvents()


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_message_boxes() -> list[str]:
    """Close every visible message box; returns their texts."""
    texts = []
    for box in message_boxes():
        texts.append(box.text() + "\n" + box.informativeText())
        box.close()
    return texts
