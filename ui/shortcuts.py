"""Window shortcuts that work from inside any field.

A text field claims some key combinations for itself before the window sees them (Qt's
"shortcut override"): on Linux a QLineEdit takes Ctrl+E (end of line, an Emacs binding), and every
text field takes Ctrl+Z / Ctrl+Shift+Z even when it has nothing to undo, so the register's undo
never ran while the cursor was in a field. ``FieldShortcuts`` watches the focused widget of one
window and hands such keys back to the window:

- a window action's shortcut with Ctrl, Alt or Meta, or a function key (F1, F2...), always wins;
  plain keys (Del, Return, letters) stay with the field;
- Undo and Redo go to the field only while it has typing of its own to undo or redo (typing not
  saved yet); otherwise to the register's undo stack.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FUNCTION_KEYS = {getattr(Qt.Key, f"Key_F{i}") for i in range(1, 13)}
COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


# Keys a text field keeps even when the window has an action on them (copying activities in a list
# must not take Ctrl+C from the list's search field).
TEXT_EDITING_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
                     QKeySequence.StandardKey.SelectAll)


def pressed_sequence(event: QKeyEvent) -> QKeySequence:
    """The key combination of an event as a sequence (the keypad flag dropped: Ctrl+keypad 1 is Ctrl+1)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))


def _text_editor(widget: QWidget) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text editing part of a field (the line edit inside an editable combo or a spin box)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def field_has_own(widget: QWidget, undo: bool) -> bool:
    """Whether a field has typing of its own to undo (or redo) before the register's stack is used.

    Typing that is already saved to the register is undone through the register (one history), so
    a field that reports ``has_unsaved_typing() == False`` hands Undo on even if Qt kept its keystrokes.
    """
    editor = _text_editor(widget)
    if editor is None or editor.isReadOnly():
        return False
    if isinstance(editor, QLineEdit):
        available = editor.isUndoAvailable() if undo else editor.isRedoAvailable()
    else:
        document = editor.document()
        available = document.isUndoAvailable() if undo else document.isRedoAvailable()
    if not available:
        return False
    unsaved = getattr(widget, "has_unsaved_typing", None) or getattr(editor, "has_unsaved_typing", None)
    if undo and callable(unsaved):
        return bool(unsaved())
    return True


class FieldShortcuts(QObject):
    """Installed by a window; see the module docstring. ``undo``/``redo``: the window's actions."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.undo = undo
        self.redo = redo
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        focused = QApplication.focusWidget()
        if focused is not None:
            self._focus_changed(None, focused)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.window):
            return
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and shiboken6.isValid(new) and new.window() is self.window:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(watched, QWidget) and self.window_takes(watched, event)):
            event.ignore()  # not overridden by the field: the window's shortcut runs
            return True
        return False

    def window_takes(self, widget: QWidget, event: QKeyEvent) -> bool:
        """Whether the key pressed in ``widget`` belongs to the window rather than to the field."""
        sequence = pressed_sequence(event)
        for action, undo in ((self.undo, True), (self.redo, False)):
            if any(sequence == k for k in action.shortcuts()):
                return action.isEnabled() and not field_has_own(widget, undo)
        if not (event.modifiers() & COMMAND_MODIFIERS) and event.key() not in FUNCTION_KEYS:
            return False
        if _text_editor(widget) is not None and any(event.matches(k) for k in TEXT_EDITING_KEYS):
            return False
        return any(self._applies(action, widget) and any(sequence == k for k in action.shortcuts())
                   for action in self.window.findChildren(QAction))

    def _applies(self, action: QAction, widget: QWidget) -> bool:
        if not action.isEnabled() or action in (self.undo, self.redo):
            return False
        context = action.shortcutContext()
        if context == Qt.ShortcutContext.WindowShortcut or context == Qt.ShortcutContext.ApplicationShortcut:
            return self.window in action.associatedObjects()
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            return any(isinstance(o, QWidget) and (o is widget or o.isAncestorOf(widget))
                       for o in action.associatedObjects())
        return False
