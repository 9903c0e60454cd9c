"""Undoable edits. Every change the GUI makes to the register goes through one of these commands.

Each command calls the core service (one transaction per call) in ``redo`` and the inverse call in
``undo``. ``execute`` runs the first ``redo`` itself, so a refused edit (validation, disk full) is
reported and never reaches the undo stack; after that Qt's ``push`` skips the first redo.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ropa.domain.model import CATALOGUES, Activity, CatalogueItem, Organisation
from ropa.errors import RopaError
from ropa.service import Usage
from ui.context import AppContext


def _catalogue_of(item: object) -> str:
    for name, cls in CATALOGUES.items():
        if isinstance(item, cls):
            return name
    raise TypeError(type(item))


class RegisterCommand(QUndoCommand):
    """Base: subclasses implement ``apply`` and ``revert`` with service calls, and ``notify``."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._done_once = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def notify(self) -> None:
        self.ctx.events.activities_changed.emit()

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action: Any) -> None:
        try:
            action()
        except RopaError as exc:
            # The stack already moved; tell the user, keep the app usable.
            self.ctx.events.status_message.emit(str(exc))
            raise
        finally:
            self.notify()


def execute(ctx: AppContext, command: RegisterCommand) -> bool:
    """Run a command once; push it on the undo stack only if the register accepted it.

    Raises RopaError (one plain sentence) when the edit was refused; nothing is changed then.
    """
    command.apply()
    command._done_once = True
    ctx.undo_stack.push(command)
    command.notify()
    return True


class SaveActivityCommand(RegisterCommand):
    """Create or edit an activity; ``before`` is None for a new one."""

    def __init__(self, ctx: AppContext, before: Activity | None, after: Activity, text: str = "") -> None:
        label = text or (QCoreApplication.translate("Commands", "Add activity %1") if before is None else QCoreApplication.translate("Commands", "Edit %1")).replace("%1", after.reference)
        super().__init__(ctx, label)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.after = self.ctx.store.save_activity(self.after)

    def revert(self) -> None:
        if self.before is None:
            self.ctx.store.delete_activity(self.after.uuid)
        else:
            self.ctx.store.save_activity(self.before, touch=False)

    def notify(self) -> None:
        self.ctx.events.activities_changed.emit()
        self.ctx.events.activity_changed.emit(self.after.uuid)


class DeleteActivityCommand(RegisterCommand):
    def __init__(self, ctx: AppContext, activity: Activity) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete %1").replace("%1", activity.reference))
        self.activity = activity

    def apply(self) -> None:
        self.activity = self.ctx.store.delete_activity(self.activity.uuid)

    def revert(self) -> None:
        self.ctx.store.save_activity(self.activity, touch=False)


class DuplicateActivityCommand(RegisterCommand):
    def __init__(self, ctx: AppContext, source: Activity) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Duplicate %1").replace("%1", source.reference))
        self.source = source
        self.copy: Activity | None = None

    def apply(self) -> None:
        if self.copy is None:
            self.copy = self.ctx.store.duplicate_activity(self.source.uuid)
        else:  # redo after undo: bring back the same copy (same UUID and reference)
            self.ctx.store.save_activity(self.copy, touch=False)

    def revert(self) -> None:
        if self.copy is not None:
            self.ctx.store.delete_activity(self.copy.uuid)


class SaveItemCommand(RegisterCommand):
    """Create or edit a catalogue item (renames reach every activity that uses it)."""

    def __init__(self, ctx: AppContext, before: CatalogueItem | None, after: CatalogueItem) -> None:
        text = QCoreApplication.translate("Commands", "Add %1") if before is None else QCoreApplication.translate("Commands", "Edit %1")
        super().__init__(ctx, text.replace("%1", after.name))
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.ctx.store.save_item(self.after)

    def revert(self) -> None:
        if self.before is None:
            self.ctx.store.delete_item(self.after.uuid)
        else:
            self.ctx.store.save_item(self.before)

    def notify(self) -> None:
        self.ctx.events.catalogue_changed.emit(_catalogue_of(self.after))
        self.ctx.events.activities_changed.emit()


class DeleteItemCommand(RegisterCommand):
    """Delete a catalogue item; undo brings it back where it was used."""

    def __init__(self, ctx: AppContext, item: CatalogueItem) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Delete %1").replace("%1", item.name))
        self.item = item
        self.usage: Usage | None = None

    def apply(self) -> None:
        self.usage = self.ctx.store.delete_item(self.item.uuid)

    def revert(self) -> None:
        if self.usage is not None:
            self.ctx.store.restore_item(self.usage)

    def notify(self) -> None:
        self.ctx.events.catalogue_changed.emit(_catalogue_of(self.item))
        self.ctx.events.activities_changed.emit()


class MergeItemsCommand(RegisterCommand):
    """Merge a duplicate into the item to keep; undo restores the duplicate and its links."""

    def __init__(self, ctx: AppContext, keep: CatalogueItem, drop: CatalogueItem) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Merge %1 into %2").replace("%1", drop.name).replace("%2", keep.name))
        self.keep = keep
        self.drop = drop
        self.usage: Usage | None = None

    def apply(self) -> None:
        self.usage = self.ctx.store.merge_items(self.keep.uuid, self.drop.uuid)

    def revert(self) -> None:
        if self.usage is not None:
            self.ctx.store.restore_item(self.usage)

    def notify(self) -> None:
        self.ctx.events.catalogue_changed.emit(_catalogue_of(self.keep))
        self.ctx.events.activities_changed.emit()


class SaveOrganisationCommand(RegisterCommand):
    def __init__(self, ctx: AppContext, before: Organisation, after: Organisation) -> None:
        super().__init__(ctx, QCoreApplication.translate("Commands", "Edit organisation"))
        self.before = before
        self.after = replace(after, uuid=before.uuid)

    def apply(self) -> None:
        self.ctx.store.save_organisation(self.after)

    def revert(self) -> None:
        self.ctx.store.save_organisation(self.before)

    def notify(self) -> None:
        self.ctx.events.organisation_changed.emit()


class AcknowledgeCommand(RegisterCommand):
    """Accept a finding knowingly (with a justification), or withdraw that acceptance."""

    def __init__(self, ctx: AppContext, rule_id: str, target: str, justification: str | None,
                 previous: str | None = None) -> None:
        text = QCoreApplication.translate("Commands", "Accept finding %1") if justification else QCoreApplication.translate("Commands", "Withdraw acceptance of %1")
        super().__init__(ctx, text.replace("%1", rule_id))
        self.rule_id, self.target = rule_id, target
        self.justification, self.previous = justification, previous

    def _set(self, justification: str | None) -> None:
        if justification:
            self.ctx.store.acknowledge(self.rule_id, self.target, justification)
        else:
            self.ctx.store.withdraw_acknowledgement(self.rule_id, self.target)

    def apply(self) -> None:
        self._set(self.justification)

    def revert(self) -> None:
        self._set(self.previous)

    def notify(self) -> None:
        self.ctx.events.acknowledgements_changed.emit()
