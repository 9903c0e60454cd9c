"""The passphrase of an encrypted register: asked in a proper dialog, checked at once, never kept.

Two uses:

- opening: ``open_encrypted(parent, path, t)`` asks for the passphrase and tries it by opening the
  register. A wrong passphrase is said in the dialog, which stays open for another try; any other
  problem (locked, damaged...) closes it and is raised for the caller's usual error message.
- choosing one (encrypt, change passphrase): ``ask_new_passphrase(parent, name, t)`` asks twice.

The passphrase lives only in the password field while the dialog is open: the field is cleared as
soon as it was used, nothing goes to QSettings, logs or the recent-files list.

Wiring into ``ui.app.RopaApp.open_path`` (owned by the GUI engineers)::

    try:
        store = RegisterStore.open(path)
    except PassphraseRequiredError:
        try:
            store = open_encrypted(self._parent(), path, self.translator)
        except RopaError as exc:
            show_open_error(self._parent(), path, exc)
            return False
        if store is None:  # cancelled
            return False
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ropa.errors import RopaError
from ropa.i18n import Translator
from ropa.service import RegisterStore
from ropa.store.crypto import WrongPassphraseError

T = TypeVar("T")


class PassphraseDialog(QDialog, Generic[T]):
    """A password field (with "show"), an inline error line, and OK / Cancel.

    With ``attempt`` (opening), OK calls ``attempt(passphrase)``: a ``WrongPassphraseError`` is
    shown inline and the dialog stays open; the value returned is kept in ``outcome``. Without it
    (choosing a new passphrase), a second field must match and ``take_passphrase()`` gives it once.
    """

    def __init__(
        self,
        file_name: str,
        t: Translator,
        attempt: Callable[[str], T] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.t = t
        self._attempt = attempt
        self.outcome: T | None = None
        # a RopaError other than a wrong passphrase, met while opening (the dialog was rejected)
        self.error: RopaError | None = None
        self._chosen: str | None = None
        self.setWindowTitle(t("security.dialog.title"))
        self.setModal(True)

        intro = QLabel(t("security.dialog.intro" if attempt else "security.dialog.intro_new", file=file_name), self)
        intro.setObjectName("passphraseIntro")
        intro.setWordWrap(True)
        self.field = self._password_field("passphraseField")
        self.confirm = self._password_field("passphraseConfirm")
        self.show_text = QCheckBox(t("security.dialog.show"), self)
        self.show_text.setObjectName("passphraseShow")
        self.show_text.toggled.connect(self._set_visible)
        self.message = QLabel("", self)
        self.message.setObjectName("passphraseError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.message.hide()

        form = QFormLayout()
        form.addRow(t("security.dialog.passphrase"), self.field)
        if attempt is None:
            form.addRow(t("security.dialog.confirm"), self.confirm)
        else:
            self.confirm.hide()
        form.addRow("", self.show_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(t("security.dialog.open" if attempt else "security.dialog.ok"))
        ok.setObjectName("passphraseOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(t("security.dialog.cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(280)
        field.textEdited.connect(lambda _text: self.message.hide())
        return field

    def _set_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _say(self, key: str) -> None:
        self.message.setText(self.t(f"security.dialog.{key}"))
        self.message.show()
        self.field.selectAll()
        self.field.setFocus()

    def _submit(self) -> None:
        passphrase = self.field.text()
        if not passphrase.strip():
            self._say("empty")
            return
        if self._attempt is None:
            if self.confirm.text() != passphrase:
                self.confirm.clear()
                self._say("mismatch")
                return
            self._chosen = passphrase
            self._forget()
            self.accept()
            return
        try:
            self.outcome = self._attempt(passphrase)
        except WrongPassphraseError:
            self.field.clear()
            self._say("wrong")
            return
        except RopaError as error:
            self.error = error
            self._forget()
            self.reject()
            return
        self._forget()
        self.accept()

    def _forget(self) -> None:
        """The passphrase leaves the widgets as soon as it was used."""
        self.field.clear()
        self.confirm.clear()

    def take_passphrase(self) -> str | None:
        """The chosen passphrase, once (then it is forgotten here too)."""
        chosen, self._chosen = self._chosen, None
        return chosen

    def reject(self) -> None:
        self._forget()
        super().reject()


def open_encrypted(
    parent: QWidget | None, path: Path, t: Translator, *, readonly: bool = False
) -> RegisterStore | None:
    """Ask for the passphrase of ``path`` until it opens; None if the user cancels.

    Raises the ``RopaError`` of any other problem (the caller shows it as for any file).
    """
    path = Path(path)

    def attempt(passphrase: str) -> RegisterStore:
        return RegisterStore.open(path, readonly=readonly, passphrase=passphrase)

    dialog: PassphraseDialog[RegisterStore] = PassphraseDialog(path.name, t, attempt, parent)
    dialog.exec()
    if dialog.error is not None:
        raise dialog.error
    return dialog.outcome


def ask_new_passphrase(parent: QWidget | None, file_name: str, t: Translator) -> str | None:
    """A new passphrase typed twice (for encrypting or changing it); None if the user cancels."""
    dialog: PassphraseDialog[None] = PassphraseDialog(file_name, t, None, parent)
    dialog.exec()
    return dialog.take_passphrase()
