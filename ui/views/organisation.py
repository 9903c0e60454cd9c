"""Organisation view: controller identity, DPO, EU representative and joint controllers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class OrganisationView(QWidget):
    """Edits the organisation record; every field is saved when it loses focus (undoable)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
