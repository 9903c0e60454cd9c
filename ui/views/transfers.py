"""Transfers overview: every third-country transfer of every activity in one table."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class TransfersView(QWidget):
    """All transfers with a status derived from the adequacy list; double-click opens the activity."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
