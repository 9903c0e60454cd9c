"""Files that cannot be opened: a dialog in plain words, and the app stays usable."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, close_message_boxes, make_settings, message_boxes
from ui.app import RopaApp

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


@pytest.fixture
def ropa(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    app = RopaApp(make_settings(tmp_path), demo_file=tmp_path / "demo-copy.ropa", load="sync")
    app.show_start()
    yield app
    close_message_boxes()
    app.close_register(show_start=False)
    app.start.close()


def random_bytes(path: Path, good: Path) -> None:
    path.write_bytes(bytes(range(256)) * 40)


def truncated(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes()[:3000])


def newer_version(path: Path, good: Path) -> None:
    shutil.copyfile(good, path)
    with sqlite3.connect(path) as conn:  # what a future ropa would have written
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999future'")


def other_sqlite_file(path: Path, good: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")


def missing(path: Path, good: Path) -> None:
    pass


CASES: list[tuple[Callable[[Path, Path], None], str]] = [
    (random_bytes, "is not a ropa register"),
    (truncated, "is damaged"),
    (newer_version, "newer version of ropa"),
    (other_sqlite_file, "is not a ropa register"),
    (missing, "no longer exists"),
]


@pytest.mark.parametrize(("make", "words"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_bad_file_shows_a_plain_dialog_and_leaves_the_file_alone(
    qtbot, ropa: RopaApp, demo_copy: Path, tmp_path: Path, make: Callable[[Path, Path], None], words: str  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / "bad.ropa"
    make(bad, demo_copy)
    before = bad.read_bytes() if bad.exists() else None
    assert ropa.open_path(bad) is False
    (box,) = message_boxes()
    assert words in box.text() and "bad.ropa" in box.text()
    assert "Traceback" not in box.informativeText()
    assert (bad.read_bytes() if bad.exists() else None) == before  # nothing written to it
    close_message_boxes()
    # still usable: the start screen is there and a good register opens
    assert ropa.start.isVisible() and ropa.window is None
    assert ropa.open_path(demo_copy)
    assert ropa.window is not None and ropa.window.activities.model.rowCount() == 14


def test_a_register_open_elsewhere_is_refused_and_the_open_one_stays(qtbot, ropa: RopaApp, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                                       demo_template: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.ropa"
    shutil.copyfile(demo_template, other)
    assert ropa.open_path(demo_copy)
    window = ropa.window
    import getpass
    import socket

    from ropa.store import lock

    monkeypatch.setattr(lock, "_program", "ropa export")
    with RegisterStore.open(other):  # another ropa process (or window) has it open for writing
        assert ropa.open_path(other) is False
        (box,) = message_boxes()
        # One language, and who holds it: the program, the user, the computer
        assert box.text().startswith("other.ropa is open in the command \u201cropa export\u201d of ")
        assert getpass.getuser() in box.text() and socket.gethostname() in box.text()
        assert box.informativeText() == ""  # no second sentence from the core in English
        close_message_boxes()
    monkeypatch.setattr(lock, "_program", "ropa gui")
    with RegisterStore.open(other):
        assert ropa.open_path(other) is False
        (box,) = message_boxes()
        assert "is open in a ropa window of" in box.text()
        close_message_boxes()
    assert ropa.window is window and window.isVisible()
    assert ropa.ctx is not None and ropa.ctx.store.path == demo_copy
    assert len(ropa.ctx.store.activities()) == 14
    assert ropa.open_path(other)  # free again: it opens, and replaces the first register
    assert ropa.ctx.store.path == other


def test_opening_the_same_file_twice_shows_the_open_window(qtbot, ropa: RopaApp, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert ropa.open_path(demo_copy)
    window = ropa.window
    assert ropa.open_path(demo_copy)
    assert ropa.window is window and message_boxes() == []


def test_an_encrypted_register_asks_for_its_passphrase_in_a_dialog(ropa, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.passphrase import PassphraseDialog

    path = tmp_path / "secret.ropa"
    RegisterStore.create(path, "Secret SA", passphrase="correct horse").close()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.field.setText("correct horse")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(20, answer)
    assert ropa.open_path(path) is True
    assert ropa.ctx is not None and ropa.ctx.store.organisation().legal_name == "Secret SA"
    assert message_boxes() == []
