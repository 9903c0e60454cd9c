"""The GUI's Export and "Save a copy as" refuse every output that is the open register, whatever
the path (its name, ../, a symbolic or hard link, its -wal file), through ropa.outputs like the CLI."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, show
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


@pytest.fixture
def window(qtbot, qapp, register_store: RegisterStore, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(make_ctx(register_store, tmp_path), Translator("en"), load="sync")
    show(qtbot, win)
    return win


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ways_to_name(register: Path, tmp_path: Path) -> list[Path]:
    other = tmp_path / "elsewhere"
    other.mkdir(exist_ok=True)
    link, hard = tmp_path / "link.json", tmp_path / "hard.json"
    link.symlink_to(register)
    os.link(register, hard)
    return [register, other / ".." / register.name, link, hard, Path(str(register) + "-wal")]


def test_export_dialog_refuses_the_open_register(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    register = window.ctx.store.path
    before = digest(register)
    window.export()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    # the dialog gives the file the format's suffix: the register is reached through .json names
    targets = [p for p in ways_to_name(register, tmp_path) if p.suffix == ".json"]
    targets.append(tmp_path / "elsewhere" / ".." / "link.json")
    assert len(targets) == 3
    for target in targets:
        dialog.path.setText(str(target))
        assert dialog.start_export(overwrite=True) is False, target
        assert "writing there would destroy it" in dialog.message.text(), target
        assert dialog.job is None
    assert digest(register) == before
    with RegisterStore.open(register, readonly=True) as store:
        assert len(store.activities()) == 14


def test_save_a_copy_refuses_the_open_register(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    register = window.ctx.store.path
    before = digest(register)
    for target in ways_to_name(register, tmp_path):
        assert window.save_copy_to(target) is False, target
        box = window.findChild(QMessageBox, "errorMessage")
        assert box is not None and "writing there would destroy it" in box.text()
        box.close()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorMessage") is None)
    assert digest(register) == before
    window.ctx.store.new_activity("Still the same file")  # the open register is intact and writable
