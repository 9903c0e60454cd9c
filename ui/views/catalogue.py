"""Catalogue editor: list, edit, rename, merge and delete the items of one catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class CatalogueView(QWidget):
    """One catalogue (recipients, systems...) as a searchable table with a detail form."""

    def __init__(self, ctx: AppContext, catalogue_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalogue_name = catalogue_name
