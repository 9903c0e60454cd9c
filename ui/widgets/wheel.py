"""The mouse wheel scrolls the page; it never changes a value the user is not working on.

Qt lets a combo box, spin box, date edit, slider or tab bar under the pointer take the wheel and
change its value, even without the focus: scrolling down a long editor then picks a country or a
mechanism in every empty card the pointer passes, and autosave keeps it. One application-wide
event filter (``install_wheel_guard``) closes that for every widget of the app, Qt's own included:

* a wheel-sensitive widget without the focus never sees the wheel; the wheel goes to the scroll
  area around it, so the page scrolls on as if the widget were not there;
* the wheel never gives the focus to anything (``Qt.WheelFocus`` becomes ``Qt.StrongFocus`` when a
  widget is polished), so passing over a widget never arms it either.

A widget the user clicked or tabbed into keeps the wheel, as in every desktop toolkit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

# The Qt classes whose wheelEvent changes what they show or hold (QDateEdit, QDoubleSpinBox and
# QTimeEdit are QAbstractSpinBox; QSlider and QDial are QAbstractSlider; QFontComboBox a QComboBox).
WHEEL_SENSITIVE: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)

_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish
_WHEEL_FOCUS = Qt.FocusPolicy.WheelFocus
_STRONG_FOCUS = Qt.FocusPolicy.StrongFocus


def wheel_sensitive(widget: QObject) -> bool:
    """Whether the wheel over ``widget`` would change its value (a scroll bar only scrolls)."""
    return isinstance(widget, WHEEL_SENSITIVE) and not isinstance(widget, QScrollBar)


def _owner(widget: QWidget) -> QWidget | None:
    """The wheel-sensitive widget the wheel would reach from ``widget``: itself, or the spin box or
    combo box whose line edit it is."""
    if wheel_sensitive(widget):
        return widget
    parent = widget.parentWidget()
    if parent is not None and not widget.isWindow() and wheel_sensitive(parent):
        return parent
    return None


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def scroll_enclosing_area(widget: QWidget, event: QWheelEvent) -> bool:
    """Hand a wheel event to the nearest scroll area around ``widget`` that takes it (an outer one
    when the inner one is at its end); returns whether one scrolled."""
    global_position = event.globalPosition()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is not None:
            viewport = parent.viewport()
            local = QPointF(viewport.mapFromGlobal(global_position.toPoint()))
            forwarded = QWheelEvent(
                local, global_position, event.pixelDelta(), event.angleDelta(), event.buttons(),
                event.modifiers(), event.phase(), event.inverted(), event.source(),
            )
            forwarded.ignore()
            QApplication.sendEvent(viewport, forwarded)
            if forwarded.isAccepted():
                return True
        if parent.isWindow():
            return False
        parent = parent.parentWidget()
    return False


class WheelGuard(QObject):
    """The application-wide filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _WHEEL:
            if not isinstance(watched, QWidget):
                return False
            owner = _owner(watched)
            if owner is None or _has_focus(owner):
                return False
            assert isinstance(event, QWheelEvent)
            scroll_enclosing_area(owner, event)
            event.accept()  # handled: Qt must not offer it to the parents again
            return True
        if kind == _POLISH and isinstance(watched, QWidget) and watched.focusPolicy() == _WHEEL_FOCUS:
            watched.setFocusPolicy(_STRONG_FOCUS)
        return False


_GUARDS: dict[int, WheelGuard] = {}


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on the application (once; later calls return the same guard). Call it
    before any window is built, so every widget is polished under it."""
    guard = _GUARDS.get(id(app))
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        _GUARDS[id(app)] = guard
    return guard
