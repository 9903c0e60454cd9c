"""New activity from template: search the library, read a template before adding it, add several at once.

The search is ``Library.search`` (case and accents ignored); the preview is ``ropa.templates.preview``
in the register's language, so the GUI shows exactly what ``ropa templates --show`` prints. Adding
is one undoable command (``AddTemplatesCommand``): all the chosen templates in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ropa.errors import RopaError
from ropa.i18n import Translator
from ropa.templates import Library, load_library, preview
from ui.commands import execute
from ui.context import AppContext
from ui.dialogs.messages import show_error
from ui.start_commands import AddTemplatesCommand

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatePicker(QDialog):
    """Search box, list of templates, preview; Add creates the selected ones and opens the first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("New activity from template"))
        self.ctx = ctx
        self.library = library if library is not None else load_library(strict=False)
        self.language = ctx.store.organisation().language or "en"
        self.t = Translator(self.language)
        self.command: AddTemplatesCommand | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("templateSearch")
        self.search.setPlaceholderText(self.tr("Search templates (name, purpose, keywords)\u2026"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAlternatingRowColors(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.count = QLabel(self)
        self.count.setObjectName("templateCount")
        self.problems = QLabel(self)
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        self.problems.setText("\n".join(self.library.problems))
        self.problems.setVisible(bool(self.library.problems))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 540])
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addTemplates")
        self.buttons.accepted.connect(self.add_selected)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Each template becomes a draft activity to review. Ctrl+click to choose several."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.list.currentItemChanged.connect(lambda *_: self._show_preview())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.refresh()
        self.resize(940, 620)

    # --- list and preview ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fill the list with the templates matching the search text (all when it is empty)."""
        found = self.library.search(self.search.text(), self.language)
        self.list.clear()
        for template in found:
            role = self.t.enum(template.role)
            item = QListWidgetItem(f"{template.name.get(self.language)}\n{role} \u00b7 {template.id}")
            item.setData(ID_ROLE, template.id)
            item.setToolTip(template.description.get(self.language))
            self.list.addItem(item)
        self.count.setText(self.tr("%1 of %2 templates").replace("%1", str(len(found))).replace("%2", str(len(self.library))))
        if found:
            self.list.setCurrentRow(0)
        self._show_preview()
        self._selection_changed()

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def selected_ids(self) -> list[str]:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.list.item(r).data(ID_ROLE) for r in rows]

    def select(self, template_ids: list[str]) -> None:
        self.list.clearSelection()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) in template_ids:
                item.setSelected(True)
                self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_preview(self) -> None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            self.preview.setPlainText(self.tr("No template matches the search."))
            return
        self.preview.setPlainText("\n".join(preview(self.library.get(item.data(ID_ROLE)), self.language)))

    def _selection_changed(self) -> None:
        count = len(self.list.selectedItems())
        self.add_button.setEnabled(count > 0 and not self.ctx.store.readonly)
        self.add_button.setText(self.tr("&Add %1 activities").replace("%1", str(count)) if count > 1 else self.tr("&Add"))

    # --- adding ----------------------------------------------------------------------------------

    def add_selected(self) -> bool:
        """Add the selected templates as one undoable step, then open the first new activity."""
        ids = self.selected_ids()
        if not ids:
            return False
        command = AddTemplatesCommand(self.ctx, ids, self.language, self.library)
        try:
            execute(self.ctx, command)
        except RopaError as exc:
            show_error(self, str(exc), title=self.tr("The activities were not added"))
            return False
        self.command = command
        self.accept()
        if command.created:
            self.ctx.events.open_activity.emit(command.created[0].uuid)
        return True
