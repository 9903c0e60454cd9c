"""Undoable restores from a frozen version (the version itself never changes; the register does).

Each restore is an ordinary edit through the service, recorded in the history; undo puts the
register back as it was just before (``ropa.versions`` keeps what is needed for that).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ropa.domain.model import CATALOGUES, Register
from ropa.versions import ActivityRestore, bring_to, restore_activity, restore_register, undo_activity_restore
from ui.commands import RegisterCommand
from ui.context import AppContext


class _RestoreCommand(RegisterCommand):
    def notify(self) -> None:
        events = self.ctx.events
        events.activities_changed.emit()
        for name in CATALOGUES:
            events.catalogue_changed.emit(name)
        events.organisation_changed.emit()
        events.acknowledgements_changed.emit()


class RestoreActivityCommand(_RestoreCommand):
    """Bring one activity back to its state in a version (and catalogue items it used, if deleted since)."""

    def __init__(self, ctx: AppContext, version: str, activity: str, label: str) -> None:
        text = QCoreApplication.translate("VersionsCommands", "Restore %1 from %2")
        super().__init__(ctx, text.replace("%1", label).replace("%2", version))
        self.version = version
        self.activity = activity
        self.done: ActivityRestore | None = None

    def apply(self) -> None:
        self.done = restore_activity(self.ctx.store, self.version, self.activity)

    def revert(self) -> None:
        if self.done is not None:
            undo_activity_restore(self.ctx.store, self.done)


class RestoreRegisterCommand(_RestoreCommand):
    """Bring the whole register back to a version; undo brings back the register as it was before."""

    def __init__(self, ctx: AppContext, version: str) -> None:
        text = QCoreApplication.translate("VersionsCommands", "Restore the register from %1")
        super().__init__(ctx, text.replace("%1", version))
        self.version = version
        self.before: Register | None = None

    def apply(self) -> None:
        self.before = restore_register(self.ctx.store, self.version).before

    def revert(self) -> None:
        if self.before is not None:
            bring_to(self.ctx.store, self.before)
