"""History view: every change to the register, filterable by activity, user, period and text."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class HistoryView(QWidget):
    """The change log, newest first; ``show_activity`` narrows it to one activity."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def show_activity(self, uuid: str) -> None:
        """Filter the history to one activity (the main window's "Show history" action)."""
