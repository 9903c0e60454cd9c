"""Editable lists of structured rows (purposes, sources, transfers, retention rules, controllers).

Each row is a small form bound to one frozen value with a ``uuid``. Rows are updated in place when
the same items come back from the register (so the field being typed in keeps its focus) and
rebuilt only when items were added, removed or reordered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.fields import focus_target, point_buddies_at_focus

T = TypeVar("T")


class RowWidget(QFrame, Generic[T]):
    """One row: subclasses build their fields in ``build`` and map them in ``read``/``show``."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, value: T, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._value = value
        self.title = QLabel(self)
        self.title.setObjectName("rowTitle")
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeRow")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(self.remove_requested.emit)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.remove_button)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 6, 10, 10)
        self.body.setSpacing(6)
        self.body.addLayout(header)
        self.build()
        point_buddies_at_focus(self)  # QFormLayout.addRow(text, picker) makes a buddy that ignores Alt+letter
        self.show_value(value)

    @property
    def uuid(self) -> str:
        return str(getattr(self._value, "uuid"))  # noqa: B009 - rows hold dataclasses with a uuid

    def build(self) -> None:
        raise NotImplementedError

    def show_value(self, value: T) -> None:
        """Put ``value`` into the fields (without emitting)."""
        raise NotImplementedError

    def read(self, value: T) -> T:
        """``value`` with the fields' contents applied."""
        raise NotImplementedError

    def set_value(self, value: T) -> None:
        self._value = value
        self.show_value(value)

    def value(self) -> T:
        return self.read(self._value)

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def first_field(self) -> QWidget | None:
        return None


class RowList(QWidget, Generic[T]):
    """A column of ``RowWidget`` with an Add button; ``changed`` means the values changed."""

    changed = Signal()
    add_requested = Signal()
    remove_requested = Signal(str)  # uuid of the row

    def __init__(self, factory: Callable[[Any], RowWidget[T]], add_text: str, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.rows: list[RowWidget[T]] = []
        self.spare: list[RowWidget[T]] = []  # hidden rows kept for reuse
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("emptyHint")
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName("addRow")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.empty)
        layout.addLayout(self.column)
        layout.addLayout(buttons)
        self.set_values(())

    def set_values(self, values: Sequence[T]) -> None:
        """Show ``values``: same items update their rows in place; otherwise row widgets are reused
        in order (building a row is the slow part of opening an activity), unless one of them is
        being typed in, in which case the rows are rebuilt so no typing lands on another item."""
        uuids = [str(getattr(v, "uuid")) for v in values]  # noqa: B009
        same = uuids == [row.uuid for row in self.rows]
        focused = QApplication.focusWidget()
        typing = focused is not None and self.isAncestorOf(focused)
        if not same and typing:
            for row in self.rows:
                self._discard(row)
            self.rows = []
        while len(self.rows) < len(values):
            row = self.spare.pop() if self.spare else self._new_row(values[len(self.rows)])
            row.show()
            self.rows.append(row)
        while len(self.rows) > len(values):
            row = self.rows.pop()
            row.hide()
            self.spare.append(row)
        for row, value in zip(self.rows, values, strict=True):
            if row._value != value or row.value() != value:
                row.set_value(value)
        for number, row in enumerate(self.rows, start=1):
            row.set_title(self._title(number))
        self.empty.setVisible(not self.rows)

    def _new_row(self, value: T) -> RowWidget[T]:
        row = self.factory(value)
        row.setParent(self)
        row.changed.connect(self.changed.emit)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        self.column.addWidget(row)
        return row

    def _discard(self, row: RowWidget[T]) -> None:
        row.hide()
        self.column.removeWidget(row)
        row.deleteLater()  # the parent keeps it alive until then, even during its own signal

    def _title(self, number: int) -> str:
        return f"#{number}"

    def all_rows(self) -> list[RowWidget[T]]:
        """Shown and spare rows (for refreshing choices in every row widget)."""
        return [*self.rows, *self.spare]

    def values(self) -> tuple[T, ...]:
        return tuple(row.value() for row in self.rows)

    def _remove(self, row: RowWidget[T]) -> None:
        self.remove_requested.emit(row.uuid)

    def row(self, uuid: str) -> RowWidget[T] | None:
        return next((r for r in self.rows if r.uuid == uuid), None)


class GridForm(QGridLayout):
    """A two-column form (label, field) on a grid: like QFormLayout, but word-wrapped labels in
    the field column get exactly the height they need (QFormLayout reserves too much for them)."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__()
        self.owner = owner
        self.setContentsMargins(0, 0, 0, 0)
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(6)
        self.setColumnStretch(1, 1)
        self._labels: dict[QWidget, QLabel | None] = {}

    def addRow(self, label: str, field: QWidget) -> None:  # noqa: N802 - QFormLayout's name
        row = self.rowCount()
        text = QLabel(label, self.owner) if label else None
        if text is not None:
            text.setBuddy(focus_target(field))
            self.addWidget(text, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.addWidget(field, row, 1)
        self._labels[field] = text

    def setRowVisible(self, field: QWidget, visible: bool) -> None:  # noqa: N802
        field.setVisible(visible)
        label = self._labels.get(field)
        if label is not None:
            label.setVisible(visible)

    def isRowVisible(self, field: QWidget) -> bool:  # noqa: N802
        return not field.isHidden()
