"""New register: where the file goes, whose register it is, its language, and what it starts with.

Starting from a sector pack adds the pack's activities (drafts from the template library) in the
register's language, in one transaction, right after the file is created (``ui.app`` does that).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa.errors import RopaError
from ropa.i18n import LANGUAGES
from ropa.service import RegisterStore
from ropa.templates import Library, add_pack, load_library
from ui.models import language_name

PACK_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NewRegisterChoice:
    path: Path
    organisation: str
    language: str
    pack: str | None  # None: an empty register


class NewRegisterDialog(QDialog):
    """Asks for the file, the organisation's legal name, the language and the starting content."""

    def __init__(self, folder: Path, language: str, parent: QWidget | None = None,
                 library: Library | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRegisterDialog")
        self.setWindowTitle(self.tr("New register"))
        self.library = library if library is not None else load_library(strict=False)
        self.ui_language = language

        self.path = QLineEdit(str(folder / self.tr("register.ropa")), self)
        self.path.setObjectName("newRegisterPath")
        browse = QPushButton(self.tr("&Browse\u2026"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("newRegisterOrganisation")
        self.organisation.setPlaceholderText(self.tr("Legal name of the organisation"))
        self.language = QComboBox(self)
        self.language.setObjectName("newRegisterLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_name(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _i: self._fill_packs())

        self.packs = QListWidget(self)
        self.packs.setObjectName("newRegisterPacks")
        self.packs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.packs.setAlternatingRowColors(True)
        self.pack_details = QLabel(self)
        self.pack_details.setObjectName("newRegisterPackDetails")
        self.pack_details.setWordWrap(True)
        self.pack_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pack_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.packs.currentItemChanged.connect(lambda *_: self._show_pack())

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Language of the register:"), self.language)
        self.error = QLabel(self)
        self.error.setObjectName("newRegisterError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        start_label = QLabel(self.tr("&Start with:"), self)
        start_label.setBuddy(self.packs)
        starts = QHBoxLayout()
        starts.addWidget(self.packs, 2)
        starts.addWidget(self.pack_details, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(start_label)
        layout.addLayout(starts, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill_packs()
        self.resize(760, 480)

    def register_language(self) -> str:
        return str(self.language.currentData())

    def _fill_packs(self) -> None:
        current = self.pack_id()
        lang = self.register_language()
        self.packs.clear()
        empty = QListWidgetItem(self.tr("An empty register"))
        empty.setData(PACK_ROLE, "")
        self.packs.addItem(empty)
        for pack in self.library.packs.values():
            item = QListWidgetItem(pack.name.get(lang))
            item.setData(PACK_ROLE, pack.id)
            item.setToolTip(pack.description.get(lang))
            self.packs.addItem(item)
        self.select_pack(current)

    def select_pack(self, pack_id: str | None) -> None:
        for i in range(self.packs.count()):
            if (self.packs.item(i).data(PACK_ROLE) or None) == pack_id:
                self.packs.setCurrentRow(i)
                return
        self.packs.setCurrentRow(0)

    def pack_id(self) -> str | None:
        item: QListWidgetItem | None = self.packs.currentItem()
        return (item.data(PACK_ROLE) or None) if item is not None else None

    def _show_pack(self) -> None:
        pack_id = self.pack_id()
        if pack_id is None:
            self.pack_details.setText(self.tr("No activities: you add them yourself, or from templates later."))
            return
        lang = self.register_language()
        pack = self.library.packs[pack_id]
        names = [self.library.templates[t].name.get(lang) for t in pack.templates if t in self.library.templates]
        head = pack.description.get(lang)
        title = self.tr("%n draft activities:", "", len(names))
        self.pack_details.setText("\n".join([head, "", title, *(f"\u2022 {n}" for n in names)]))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New register"), self.path.text(),
                                                    self.tr("ropa registers (*.ropa)"))
        if path:
            self.path.setText(path)

    def choice(self) -> NewRegisterChoice:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix == "":
            path = path.with_suffix(".ropa")
        return NewRegisterChoice(path, self.organisation.text().strip(), self.register_language(), self.pack_id())

    def accept(self) -> None:
        """Refuse at once what would fail: no file name, an existing file, a missing folder."""
        text = self.path.text().strip()
        problem = ""
        if not text:
            problem = self.tr("Choose where to save the register.")
        else:
            path = self.choice().path
            if path.exists():
                problem = self.tr("%1 already exists; choose another name.").replace("%1", str(path))
            elif not path.parent.is_dir():
                problem = self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


def add_pack_or_remove(store: RegisterStore, pack_id: str) -> None:
    """Add a sector pack to a register just created; if that fails, close and delete the new file.

    The register's language is the organisation's; an error (unknown pack, broken template) is
    raised again as the same one-sentence RopaError, and no half-made file is left behind.
    """
    try:
        add_pack(store, pack_id, store.organisation().language or "en", load_library(strict=False))
    except RopaError:
        path = store.path
        store.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
