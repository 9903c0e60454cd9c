"""Searchable multi-select list of catalogue items, with "create new" inline.

Used for every catalogue reference of an activity (data subjects, data categories, recipients,
systems, security measures, joint controllers). Typing filters; Enter toggles the entry named
exactly as typed, else creates an item with the typed name (the button beside the box shows it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choice:
    """One catalogue item as the picker shows it."""

    uuid: str
    name: str
    detail: str = ""  # e.g. "Processor · United States"
    tooltip: str = ""


class _SearchLine(QLineEdit):
    """The search box; Down moves into the list, Enter is handled by the picker."""

    def __init__(self, picker: CataloguePicker) -> None:
        super().__init__(picker)
        self.picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.picker.list.setFocus()
            if not self.picker.list.currentIndex().isValid() and self.picker.proxy.rowCount():
                self.picker.list.setCurrentIndex(self.picker.proxy.index(0, 0))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.picker.enter()
            return
        super().keyPressEvent(event)


class CataloguePicker(QWidget):
    """Check the items that apply; ``selection_changed`` carries the chosen UUIDs in order."""

    selection_changed = Signal(tuple)
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, visible_rows: int = 6) -> None:
        super().__init__(parent)
        self.search = _SearchLine(self)
        self.search.setPlaceholderText(self.tr("Search, or type a new name"))
        self.search.setClearButtonEnabled(True)
        self.create_button = QPushButton(self)
        self.create_button.setVisible(False)
        self.create_button.setAutoDefault(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("pickerSummary")
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        row = self.list.sizeHintForRow(0) if self.model.rowCount() else self.fontMetrics().height() + 6
        self.list.setFixedHeight(row * visible_rows + 2 * self.list.frameWidth() + 2)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.search)

        self._selected: list[str] = []
        self._names: dict[str, str] = {}
        self.search.textChanged.connect(self._filter)
        self.model.itemChanged.connect(self._item_changed)
        self.create_button.clicked.connect(self._create)
        self.list.activated.connect(self._toggle_index)
        self._update_summary()

    # --- content ---------------------------------------------------------------------------------

    def set_choices(self, choices: Iterable[Choice]) -> None:
        """Replace the list of items (keeps the selection of items that still exist)."""
        with QSignalBlocker(self.model):
            self.model.clear()
            self._names = {}
            for choice in sorted(choices, key=lambda c: c.name.casefold()):
                text = f"{choice.name}  \u2014  {choice.detail}" if choice.detail else choice.name
                item = QStandardItem(text)
                item.setData(choice.uuid, UUID_ROLE)
                # The filter searches the tooltip: name, detail and description.
                item.setToolTip("\n".join(x for x in (choice.name, choice.detail, choice.tooltip) if x))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if choice.uuid in self._selected else Qt.CheckState.Unchecked)
                self.model.appendRow(item)
                self._names[choice.uuid] = choice.name
        self.proxy.invalidate()
        self._filter(self.search.text())
        self._update_summary()

    def set_selected(self, uuids: Sequence[str]) -> None:
        """Check exactly these items, without emitting ``selection_changed``."""
        self._selected = list(uuids)
        with QSignalBlocker(self.model):
            for row in range(self.model.rowCount()):
                item = self.model.item(row)
                state = Qt.CheckState.Checked if item.data(UUID_ROLE) in self._selected else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        self.list.viewport().update()
        self._update_summary()

    def selected(self) -> tuple[str, ...]:
        return tuple(self._selected)

    def names(self) -> list[str]:
        return [self._names.get(u, u) for u in self._selected]

    def check(self, name: str, on: bool = True) -> None:
        """Check an item by its name (as a user clicking it would); for keyboard macros and tests."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if self._names.get(item.data(UUID_ROLE)) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    # --- user actions ----------------------------------------------------------------------------

    def _item_changed(self, item: QStandardItem) -> None:
        uuid = item.data(UUID_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and uuid not in self._selected:
            self._selected.append(uuid)
        elif not checked and uuid in self._selected:
            self._selected.remove(uuid)
        else:
            return
        self._update_summary()
        self.selection_changed.emit(tuple(self._selected))

    def _toggle_index(self, index: object) -> None:
        source = self.proxy.mapToSource(index)  # type: ignore[arg-type]
        item = self.model.itemFromIndex(source)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def enter(self) -> None:
        """Enter in the search box: toggle the entry whose name is exactly what was typed, else
        create what was typed (the "Create …" button beside the box says so before Enter). A
        partial match is never ticked: "Geografische locatie" must not tick "Bedrijfstak en
        geografische locatie"; the list still lets the user tick it with Down and Space."""
        text = self.search.text().strip()
        if not text:
            return
        exact = self._exact(text)
        if exact is not None:
            self._toggle_index(self.proxy.mapFromSource(exact.index()))
            self.search.clear()
        else:
            self._create()

    def _exact(self, text: str) -> QStandardItem | None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if self._names.get(item.data(UUID_ROLE), "").casefold() == text.casefold():
                return item
        return None

    def _create(self) -> None:
        name = self.search.text().strip()
        if name and self._exact(name) is None:
            self.search.clear()
            self.create_requested.emit(name)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        name = text.strip()
        can_create = bool(name) and self._exact(name) is None
        self.create_button.setVisible(can_create)
        if can_create:
            shown = name if len(name) <= 24 else name[:23] + "\u2026"
            self.create_button.setText(self.tr("Create \u201c%1\u201d").replace("%1", shown))

    def _update_summary(self) -> None:
        if not self._selected:
            self.summary.setText(self.tr("None selected"))
        else:
            names = self.names()
            text = ", ".join(names)
            self.summary.setText(self.tr("%1 selected: %2").replace("%1", str(len(names))).replace("%2", text))
        self.summary.setWordWrap(True)
