"""Undoable commands of the "start fast" features: activities from templates, spreadsheet imports.

Both write in one transaction the first time (``add_from_templates``, ``apply_plan``). Undo removes
what was added and puts back what was changed; redo writes the same items again (same UUIDs and
references) with ``import_register``. Catalogue items that the command created are removed on undo
(nobody uses them any more once their activities are gone) and come back on redo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ropa.domain.model import CATALOGUES, Activity, CatalogueItem, Organisation, Register
from ropa.imports.plan import ImportPlan, apply_plan
from ropa.templates import Library, add_from_templates
from ui.commands import RegisterCommand
from ui.context import AppContext


def _items_by_uuid(register: Register) -> dict[str, CatalogueItem]:
    return {item.uuid: item for name in CATALOGUES for item in register.catalogue(name)}


def _with_items(register: Register, items: Sequence[CatalogueItem]) -> Register:
    changes: dict[str, Any] = {}
    for name, cls in CATALOGUES.items():
        chosen = tuple(i for i in items if isinstance(i, cls))
        if chosen:
            changes[name] = chosen
    return replace(register, **changes)


class _RegisterChangeCommand(RegisterCommand):
    """Common undo/redo: remember what was added and what it replaced, compared with ``before``."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(ctx, text)
        self.added_activities: list[Activity] = []
        self.replaced_activities: list[Activity] = []
        self.added_items: list[CatalogueItem] = []
        self.replaced_items: list[CatalogueItem] = []
        self.after: Register | None = None
        self.before_organisation: Organisation | None = None

    def _record(self, before: Register, after: Register) -> None:
        old_activities = {a.uuid: a for a in before.activities}
        self.added_activities = [a for a in after.activities if a.uuid not in old_activities]
        self.replaced_activities = [old_activities[a.uuid] for a in after.activities
                                    if a.uuid in old_activities and old_activities[a.uuid] != a]
        old_items = _items_by_uuid(before)
        new_items = _items_by_uuid(after)
        self.added_items = [i for u, i in new_items.items() if u not in old_items]
        self.replaced_items = [old_items[u] for u, i in new_items.items() if u in old_items and old_items[u] != i]
        if after.organisation != before.organisation:
            self.before_organisation = before.organisation
        changed = {a.uuid for a in self.added_activities} | {a.uuid for a in self.replaced_activities}
        changed_items = {i.uuid for i in self.added_items} | {i.uuid for i in self.replaced_items}
        self.after = _with_items(
            Register(organisation=after.organisation, activities=tuple(a for a in after.activities if a.uuid in changed)),
            [i for u, i in new_items.items() if u in changed_items],
        )

    def first_apply(self) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        if self.after is None:
            self.first_apply()
        else:  # redo after undo: write the same items again, in one transaction
            self.ctx.store.import_register(self.after, replace_organisation=self.before_organisation is not None)

    def revert(self) -> None:
        store = self.ctx.store
        for activity in self.added_activities:
            store.delete_activity(activity.uuid)
        for activity in self.replaced_activities:
            store.save_activity(activity, touch=False)
        for item in self.replaced_items:
            store.save_item(item)
        for item in self.added_items:
            store.delete_item(item.uuid)
        if self.before_organisation is not None:
            store.save_organisation(self.before_organisation)

    def notify(self) -> None:
        events = self.ctx.events
        for name in CATALOGUES:
            events.catalogue_changed.emit(name)
        if self.before_organisation is not None:
            events.organisation_changed.emit()
        events.activities_changed.emit()


class AddTemplatesCommand(_RegisterChangeCommand):
    """Add one activity per template (one transaction); undo deletes them and the items they created."""

    def __init__(self, ctx: AppContext, template_ids: Sequence[str], language: str, library: Library) -> None:
        text = QCoreApplication.translate("StartCommands", "Add %n activities from templates", "", len(template_ids))
        super().__init__(ctx, text)
        self.template_ids = list(template_ids)
        self.language = language
        self.library = library
        self.created: list[Activity] = []

    def first_apply(self) -> None:
        before = self.ctx.store.snapshot()
        self.created = add_from_templates(self.ctx.store, self.template_ids, self.language, self.library)
        self._record(before, self.ctx.store.snapshot())


class ImportCommand(_RegisterChangeCommand):
    """Apply an import preview (one transaction, refused if the register changed since the preview).

    Undo deletes the added activities and catalogue items and puts back the previous version of
    everything the import changed; acknowledgements added by an import stay (they only record a
    decision about a finding).
    """

    def __init__(self, ctx: AppContext, plan: ImportPlan) -> None:
        super().__init__(ctx, QCoreApplication.translate("StartCommands", "Import %1").replace("%1", plan.source))
        self.plan = plan

    def first_apply(self) -> None:
        apply_plan(self.ctx.store, self.plan)
        self._record(self.plan.current, self.ctx.store.snapshot())
