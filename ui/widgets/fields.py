"""Small field widgets that report a *settled* edit once, so each edit is saved once.

The editors save on "editing finished" (Return, Tab, focus out, a choice in a list), never on
every keystroke. Setting a value from code (``set_value``) never emits, so refreshing a form after
undo does not save anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ropa.i18n import Translator


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the keyboard for ``widget``: a container that does not take focus
    itself (a picker, a date with its check box) hands it to its focus proxy. A label's buddy must
    be this one, or its Alt+letter does nothing (QLabel only focuses a buddy that accepts focus)."""
    target = widget
    while target.focusPolicy() == Qt.FocusPolicy.NoFocus and target.focusProxy() is not None:
        target = target.focusProxy()
    return target


def point_buddies_at_focus(root: QWidget) -> None:
    """Every label under ``root`` whose buddy does not take focus itself: buddy moved to ``focus_target``."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
            label.setBuddy(focus_target(buddy))


class LineField(QLineEdit):
    """A line edit whose ``edited(str)`` fires when editing finished with a changed text."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self._saved = ""
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self.commit)

    def set_value(self, text: str) -> None:
        if self.hasFocus() and self.value() != self._saved:
            self._saved = text  # the user is typing here: keep the typing, it is saved when done
            return
        self._saved = text
        if self.text() != text:
            with QSignalBlocker(self):
                self.setText(text)
                self.setCursorPosition(0)

    def value(self) -> str:
        return self.text().strip()

    def has_unsaved_typing(self) -> bool:
        """Typing not saved yet: Ctrl+Z undoes it here; saved edits are undone in the register."""
        return self.value() != self._saved

    def commit(self) -> None:
        if self.value() != self._saved:
            self._saved = self.value()
            self.edited.emit(self._saved)


class TextField(QPlainTextEdit):
    """Multi-line text; Tab moves on (not a tab character) and leaving the field saves it."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 3, placeholder: str = "") -> None:
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)
        if placeholder:
            self.setPlaceholderText(placeholder)
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom() + 2 * self.frameWidth()
        self.setFixedHeight(metrics.lineSpacing() * lines + frame)

    def set_value(self, text: str) -> None:
        if self.hasFocus() and self.value() != self._saved:
            self._saved = text  # the user is typing here: keep the typing, it is saved when done
            return
        self._saved = text
        if self.toPlainText() != text:
            with QSignalBlocker(self):
                self.setPlainText(text)

    def value(self) -> str:
        return self.toPlainText().strip()

    def has_unsaved_typing(self) -> bool:
        """Typing not saved yet: Ctrl+Z undoes it here; saved edits are undone in the register."""
        return self.value() != self._saved

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        if self.value() != self._saved:
            self._saved = self.value()
            self.edited.emit(self._saved)


class EnumCombo(QComboBox):
    """A choice among the values of one enum, labelled in the GUI language (``ropa.i18n``)."""

    edited = Signal(object)  # the enum value, or None for the empty entry

    def __init__(
        self, enum_type: type[StrEnum], translator: Translator, empty: str | None = None,
        parent: QWidget | None = None, values: list[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.enum_type = enum_type
        if empty is not None:
            self.addItem(empty, None)
        for value in values if values is not None else list(enum_type):
            self.addItem(translator.enum(value), value.value)
            self.setItemData(self.count() - 1, translator.enum(value), Qt.ItemDataRole.ToolTipRole)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.currentIndexChanged.connect(self._changed)

    def value(self) -> Any:
        code = self.currentData()
        return None if code is None else self.enum_type(code)

    def set_value(self, value: StrEnum | None) -> None:
        index = self.findData(None if value is None else value.value)
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))

    def _changed(self, _index: int) -> None:
        self.edited.emit(self.value())


class ChoiceCombo(QComboBox):
    """A choice among fixed (label, value) pairs; ``edited`` carries the value."""

    edited = Signal(object)

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for label, value in choices:
            self.addItem(label, value)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit(self.value()))

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                with QSignalBlocker(self):
                    self.setCurrentIndex(i)
                return


class CheckField(QCheckBox):
    """A check box whose ``edited(bool)`` fires on a user toggle only."""

    edited = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(self.edited.emit)

    def set_value(self, value: bool) -> None:
        with QSignalBlocker(self):
            self.setChecked(bool(value))

    def value(self) -> bool:
        return self.isChecked()


def compact(combo: QComboBox, characters: int = 10) -> QComboBox:
    """Size a filter combo by a few characters rather than by its longest entry, so that a filter
    bar never makes the window wider than the screen in a wordy language; the list shows all."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def widen_to_titles(header: QHeaderView, margin: int = 14) -> None:
    """No column narrower than its title (with room for the sort arrow): titles are longer in
    German or French than the English widths were chosen for."""
    metrics = header.fontMetrics()
    model = header.model()
    if model is None:
        return
    for column in range(header.count()):
        title = str(model.headerData(column, header.orientation()) or "")
        needed = metrics.horizontalAdvance(title) + margin
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive and header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


class _ToggleLabel(QLabel):
    """The label of a ``WrappingCheck``: a click on it toggles the box, as on a check box's own text."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrappingCheck(QWidget):
    """A check box whose text wraps onto more lines instead of widening the form (long criteria in
    German or French); ``box`` is the ``CheckField`` that holds the value and takes the focus. Put it
    straight into a form row: forms size a wrapping row right, nested grids in a form do not."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = CheckField("", self)
        self.box.setAccessibleName(text)
        self.label = _ToggleLabel(text, self.box, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A form keeps the heights of wrapping rows computed for an earlier width or font (a Qt
        # quirk): when this row is not as tall as its text needs, have the form lay out again.
        super().resizeEvent(event)
        needed = self.layout().heightForWidth(self.width())
        parent = self.parentWidget()
        if needed > 0 and needed != self.height() and parent is not None and parent.layout() is not None:
            parent.layout().invalidate()


class NumberField(QSpinBox):
    """A whole number or nothing: the lowest value (0) shows as a dash and means "not given"."""

    edited = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None, maximum: int = 9999) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText("\u2014")
        self._saved: int | None = None
        self.editingFinished.connect(self.commit)

    def value_or_none(self) -> int | None:
        return self.value() or None

    def set_value(self, value: int | None) -> None:
        self._saved = value
        with QSignalBlocker(self):
            self.setValue(value or 0)

    def commit(self) -> None:
        if self.value_or_none() != self._saved:
            self._saved = self.value_or_none()
            self.edited.emit(self._saved)


# Dates a register can sensibly hold; a date outside is a typing slip ("3020"), refused as typed.
EARLIEST_DATE = QDate(1900, 1, 1)
LATEST_DATE = QDate(2100, 12, 31)


def interface_locale(language: str) -> QLocale:
    """The locale of dates and numbers for an interface language. English is the English of
    Ireland (day before month, weeks from Monday), not the US conventions: the register is a
    European record, kept by people in Europe."""
    return QLocale("en_IE") if language == "en" else QLocale(language)


def date_format(language: str) -> str:
    """The short date format of a language with two-digit day and month and a four-digit year
    (fixed widths: typing a date needs no separators, and columns of dates line up)."""
    import re

    fmt = interface_locale(language).dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"y+", "yyyy", fmt)
    fmt = re.sub(r"(?<!M)M(?!M)", "MM", fmt)
    return re.sub(r"(?<!d)d(?!d)", "dd", fmt)


class _DateEdit(QDateEdit):
    """A date edit that selects its first section when reached by keyboard, so typing the digits of
    a date ("07012025") fills it section by section."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setSelectedSection(self.sectionAt(0))


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box says whether there is a date, the edit holds it."""

    edited = Signal(object)  # date | None

    def __init__(self, language: str = "en", parent: QWidget | None = None,
                 default: Callable[[], QDate] = QDate.currentDate) -> None:
        super().__init__(parent)
        self._default = default  # the date the edit starts at when the box is ticked
        self.check = QCheckBox(self)
        self.check.setToolTip(self.tr("Set a date"))
        self.check.setAccessibleName(self.tr("Set a date"))
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format(language))
        locale = interface_locale(language)
        self.edit.setLocale(locale)
        self.edit.setMinimumDate(EARLIEST_DATE)
        self.edit.setMaximumDate(LATEST_DATE)
        calendar = self.edit.calendarWidget()
        calendar.setLocale(locale)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.edit.setSpecialValueText(self.tr("no date"))  # shown at the minimum date, i.e. when unset
        self.edit.setDate(self.edit.minimumDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self._saved: date | None = None
        self.check.toggled.connect(self._toggled)
        self.edit.editingFinished.connect(self.commit)
        self.edit.calendarWidget().clicked.connect(lambda _d: self.commit())

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        result: date = self.edit.date().toPython()  # type: ignore[assignment]
        return result

    def set_value(self, value: date | None) -> None:
        self._saved = value
        with QSignalBlocker(self.check), QSignalBlocker(self.edit):
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            if value is not None:
                self.edit.setDate(QDate(value.year, value.month, value.day))
            else:
                self.edit.setDate(self.edit.minimumDate())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        with QSignalBlocker(self.edit):
            self.edit.setDate(self._default() if on else self.edit.minimumDate())
        if on:
            self.edit.setFocus()
        self.commit()

    def commit(self) -> None:
        if self.value() != self._saved:
            self._saved = self.value()
            self.edited.emit(self._saved)


def page_title(text: str, parent: QWidget | None = None, scale: float = 1.3) -> QLabel:
    """The bold, enlarged title at the top of a page, the same on every view."""
    title = QLabel(text, parent)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    title.setFont(font)
    return title
