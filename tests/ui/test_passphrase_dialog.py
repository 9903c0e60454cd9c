"""The passphrase dialog on real encrypted registers: wrong passphrase said inline, retry, show/hide."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from ropa.errors import RegisterLockedError
from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES
from ui.dialogs.passphrase import PassphraseDialog, ask_new_passphrase, open_encrypted

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]
PASSPHRASE = "Tulip bulbs & windmills 1637"


@pytest.fixture(scope="module")
def encrypted_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("encrypted") / "acme.ropa"
    with RegisterStore.create(path, "Acme BV", passphrase=PASSPHRASE) as store:
        store.new_activity("Payroll")
    return path


@pytest.fixture
def encrypted(encrypted_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "acme.ropa"
    shutil.copyfile(encrypted_master, path)
    return path


def opener(path: Path) -> PassphraseDialog[RegisterStore]:
    return PassphraseDialog(path.name, Translator("en"), lambda p: RegisterStore.open(path, passphrase=p))


def test_wrong_passphrase_is_said_inline_and_the_dialog_stays_for_a_retry(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = opener(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "acme.ropa is encrypted" in dialog.findChild(type(dialog.message), "passphraseIntro").text()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.field, "tulip bulbs")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.isVisible() and dialog.message.text().startswith("Wrong passphrase")
    assert dialog.field.text() == ""  # cleared for the retry
    qtbot.keyClicks(dialog.field, "x")
    assert not dialog.message.isVisible()  # typing again hides the old error
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    store = dialog.outcome
    assert store is not None
    try:
        assert [a.name for a in store.activities()] == ["Payroll"]
    finally:
        store.close()
    assert dialog.field.text() == ""  # the passphrase does not stay in the widget


def test_empty_passphrase_is_refused_without_trying(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    tried: list[str] = []
    dialog = PassphraseDialog(encrypted.name, Translator("en"), tried.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "   ")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert tried == [] and dialog.isVisible() and dialog.message.text() == "Enter a passphrase."


def test_show_toggles_the_echo_of_both_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog: PassphraseDialog[None] = PassphraseDialog("acme.ropa", Translator("en"))
    qtbot.addWidget(dialog)
    dialog.show_text.setChecked(True)
    assert dialog.field.echoMode() == dialog.confirm.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_text.setChecked(False)
    assert dialog.field.echoMode() == dialog.confirm.echoMode() == QLineEdit.EchoMode.Password


def test_a_new_passphrase_must_be_typed_twice_the_same(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog: PassphraseDialog[None] = PassphraseDialog("acme.ropa", Translator("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.confirm.isVisible()
    qtbot.keyClicks(dialog.field, "one passphrase")
    qtbot.keyClicks(dialog.confirm, "another one")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "The two passphrases differ."
    qtbot.keyClicks(dialog.confirm, "one passphrase")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.take_passphrase() == "one passphrase"
    assert dialog.take_passphrase() is None  # given once, then forgotten
    assert dialog.field.text() == dialog.confirm.text() == ""


def test_open_encrypted_end_to_end_and_nothing_in_settings(qtbot, encrypted: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    typed = iter(["wrong one", PASSPHRASE])

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.field.setText(next(typed))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        if dialog.isVisible():
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    store = open_encrypted(None, encrypted, Translator("en"))
    assert store is not None
    with store:
        assert store.db.encrypted and len(store.activities()) == 1
    settings.sync()
    for file in tmp_path.iterdir():
        if file.suffix != ".ropa":
            assert PASSPHRASE.encode() not in file.read_bytes()


def test_cancel_gives_none_and_other_problems_are_raised(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(20, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    assert open_encrypted(None, encrypted, Translator("en")) is None
    QTimer.singleShot(20, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    assert ask_new_passphrase(None, "acme.ropa", Translator("en")) is None

    holder = RegisterStore.open(encrypted, passphrase=PASSPHRASE)  # the register is busy elsewhere
    try:
        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, PassphraseDialog)
            dialog.field.setText(PASSPHRASE)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        QTimer.singleShot(20, answer)
        with pytest.raises(RegisterLockedError):
            open_encrypted(None, encrypted, Translator("en"))
    finally:
        holder.close()


@pytest.mark.parametrize(("language", "title"), [("fr", "Registre chiffré"), ("nl", "Versleuteld register"),
                                                  ("de", "Verschlüsseltes Verzeichnis")])
def test_the_dialog_speaks_the_interface_language(qtbot, language: str, title: str) -> None:  # type: ignore[no-untyped-def]
    dialog: PassphraseDialog[None] = PassphraseDialog("acme.ropa", Translator(language))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
