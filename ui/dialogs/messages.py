"""Messages for the user in plain words: errors (never a traceback) and confirmations.

Errors are shown with ``open()`` (window-modal, non-blocking) so the app keeps running its event
loop; confirmations need an answer and use ``exec()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ropa.errors import (
    CorruptRegisterError,
    LockHolder,
    NewerRegisterError,
    NotARegisterError,
    ReadOnlyError,
    RegisterExistsError,
    RegisterLockedError,
    RopaError,
)


def show_error(parent: QWidget | None, text: str, detail: str = "", title: str = "") -> QMessageBox:
    """A warning box with one plain sentence (and optional detail); returns at once."""
    box = QMessageBox(parent)
    box.setObjectName("errorMessage")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "ropa"))
    box.setText(text)
    if detail and detail != text:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str, detail: str = "") -> bool:
    """Ask before something destructive; the safe answer (Cancel) is the default."""
    box = QMessageBox(parent)
    box.setObjectName("confirmMessage")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def open_error_text(path: Path, error: RopaError) -> str:
    """The headline for a register that cannot be opened, by kind of problem."""
    name = Path(path).name
    if isinstance(error, RegisterLockedError) and error.holder is not None:
        return locked_text(name, error.holder)
    if isinstance(error, RegisterLockedError):
        text = QCoreApplication.translate("Messages", "%1 is already open in another ropa window or program. Close it there, then try again.")
    elif isinstance(error, NewerRegisterError):
        text = QCoreApplication.translate("Messages", "%1 was saved by a newer version of ropa. Update ropa to open it.")
    elif isinstance(error, CorruptRegisterError):
        text = QCoreApplication.translate("Messages", "%1 is damaged and cannot be opened. Open a backup copy instead.")
    elif isinstance(error, NotARegisterError):
        text = QCoreApplication.translate("Messages", "%1 is not a ropa register, or it no longer exists.")
    elif isinstance(error, ReadOnlyError):
        text = QCoreApplication.translate("Messages", "%1 cannot be changed here (read-only). Copy it to a folder where you can write.")
    elif isinstance(error, RegisterExistsError):
        text = QCoreApplication.translate("Messages", "%1 cannot be created there.")
    else:
        text = QCoreApplication.translate("Messages", "%1 cannot be opened.")
    return text.replace("%1", name)


def locked_text(name: str, holder: LockHolder) -> str:
    """Who holds the file, in the interface language: "… is open in a ropa window of jan on PC-42 since …"."""
    if holder.program in ("ropa", "ropa gui"):
        program = QCoreApplication.translate("Messages", "a ropa window")
    else:
        program = QCoreApplication.translate("Messages", "the command \u201c%1\u201d").replace("%1", holder.program)
    since = QDateTime.fromString(holder.since, Qt.DateFormat.ISODate)
    when = QLocale().toString(since.toLocalTime(), QLocale.FormatType.ShortFormat) if since.isValid() else holder.since
    return (QCoreApplication.translate("Messages", "%1 is open in %2 of %3 on the computer %4 (since %5). Close it there, then try again.")
            .replace("%1", name).replace("%2", program).replace("%3", holder.user).replace("%4", holder.host)
            .replace("%5", when))


def show_open_error(parent: QWidget | None, path: Path, error: RopaError) -> QMessageBox:
    # A refused lock is explained in full in the headline; the core's English sentence would repeat
    # it in another language.
    detail = "" if isinstance(error, RegisterLockedError) else str(error)
    return show_error(parent, open_error_text(path, error), detail, QCoreApplication.translate("Messages", "Cannot open register"))
