"""Catalogue editor on a real demo register file: every edit goes through the widgets and is checked
in the store, then undone and redone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit

from ropa.domain.enums import RecipientType
from ropa.domain.model import CATALOGUES
from ropa.service import RegisterStore
from ui.context import AppContext, RegisterEvents
from ui.models import LANGUAGE_KEY, UUID_ROLE
from ui.models.catalogue_table import CatalogueTableModel, references_of
from ui.views.catalogue import CatalogueView, DeleteConfirmDialog, MergeDialog

# The offscreen platform cannot raise windows or propagate size hints; those notices are not app warnings.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture
def ctx(qapp: QApplication, demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "demo.ropa"
    shutil.copyfile(demo_template, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    with RegisterStore.open(path) as store:
        yield AppContext(store, QUndoStack(), settings, RegisterEvents())


def open_view(qtbot, ctx: AppContext, name: str) -> CatalogueView:  # type: ignore[no-untyped-def]
    view = CatalogueView(ctx, name)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts and focus need an active window
    return view


def by_name(store: RegisterStore, catalogue: str, name: str):  # type: ignore[no-untyped-def]
    return next(i for i in store.catalogue(catalogue) if i.name == name)


def settle(qtbot, view: CatalogueView) -> None:  # type: ignore[no-untyped-def]
    """Let the coalesced reload after an edit run."""
    qtbot.waitUntil(lambda: not view.reloader.is_pending(), timeout=2000)


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_every_catalogue_model_passes_the_model_tester(qtmodeltester, ctx: AppContext, name: str) -> None:
    from ropa.i18n import Translator

    model = CatalogueTableModel(name, Translator("fr"))
    model.set_items(ctx.store.catalogue(name), ctx.store.activities())
    assert model.rowCount() == len(ctx.store.catalogue(name)) > 0
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester_and_usage_counts_match_the_store(qtbot, qtmodeltester, ctx) -> None:
    view = open_view(qtbot, ctx, "recipients")
    qtmodeltester.check(view.proxy)
    used_by = view.model.column_of("used_by")
    for row in range(view.model.rowCount()):
        item = view.model.item(row)
        expected = ctx.store.usages(item.uuid).activities
        assert view.model.index(row, used_by).data() == str(len(expected))
        assert [a.uuid for a in view.model.used_by(item.uuid)] == sorted(
            (a.uuid for a in expected), key=lambda u: ctx.store.activity(u).reference
        )


def test_new_item_fields_typed_in_the_form_are_saved_and_undo_redo_round_trips(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "recipients")
    before = len(ctx.store.catalogue("recipients"))
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(ctx.store.catalogue("recipients")) == before + 1
    created = by_name(ctx.store, "recipients", "New recipient")
    assert view.current is not None and view.current.uuid == created.uuid

    name = view.bindings["name"].widget
    assert isinstance(name, QLineEdit) and name.hasFocus() and name.selectedText() == "New recipient"
    qtbot.keyClicks(name, "Acme Cloud GmbH")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    kind = view.bindings["kind"].widget
    kind.setCurrentIndex(kind.findData(RecipientType.SUB_PROCESSOR))
    kind.activated.emit(kind.currentIndex())
    country = view.bindings["country"].widget
    country.combo.setEditText("CH")
    country.combo.lineEdit().editingFinished.emit()
    assert country.standing.text() == "adequacy decision"
    view.bindings["contract_date"].widget.edit.setDate(date(2024, 5, 2))
    view.bindings["contract_date"].widget.edit.editingFinished.emit()
    view.bindings["dpf_certified"].widget.setFocus()
    qtbot.keyClick(view.bindings["dpf_certified"].widget, Qt.Key.Key_Space)
    description = view.bindings["description"].widget
    description.setFocus()
    qtbot.keyClicks(description, "Backups in Zurich")
    name.setFocus()  # leaving the text field commits it
    settle(qtbot, view)

    saved = ctx.store.usages(created.uuid).item
    assert (saved.name, saved.kind, saved.country) == ("Acme Cloud GmbH", RecipientType.SUB_PROCESSOR, "CH")
    assert (saved.contract_date, saved.dpf_certified, saved.description) == (date(2024, 5, 2), True, "Backups in Zurich")
    assert ctx.undo_stack.count() == 7  # the new item and six field edits, each its own step
    row = view.model.row_of(created.uuid)
    assert view.model.index(row, 0).data() == "Acme Cloud GmbH"

    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    assert len(ctx.store.catalogue("recipients")) == before
    for _ in range(7):
        ctx.undo_stack.redo()
    assert ctx.store.usages(created.uuid).item == saved
    settle(qtbot, view)
    assert view.model.row_of(created.uuid) >= 0


def test_f2_renames_in_place_and_the_rename_reaches_every_activity(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "data_categories")
    health = by_name(ctx.store, "data_categories", "Health data")
    view.select(health.uuid)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Health data"
    editor.selectAll()
    qtbot.keyClicks(editor, "Health and medical data")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.store.usages(health.uuid).item.name == "Health and medical data", timeout=2000)
    settle(qtbot, view)
    assert view.current is not None and view.current.name == "Health and medical data"
    ctx.undo_stack.undo()
    assert ctx.store.usages(health.uuid).item.name == "Health data"


def test_an_edit_the_register_refuses_shows_the_reason_and_changes_nothing(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "systems")
    system = by_name(ctx.store, "systems", "Microsoft 365")
    view.select(system.uuid)
    name = view.bindings["name"].widget
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert view.error_label.isVisible()
    assert view.error_label.text() == "a catalogue item needs a name"
    assert name.text() == "Microsoft 365"
    assert ctx.store.usages(system.uuid).item == system
    assert ctx.undo_stack.count() == 0


def test_deleting_an_unused_item_does_not_ask_and_undo_brings_it_back(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "data_subject_categories")
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    created = view.current
    assert created is not None
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.pending_dialog is None
    assert created.uuid not in {i.uuid for i in ctx.store.catalogue("data_subject_categories")}
    settle(qtbot, view)
    assert view.current is not None and view.current.uuid != created.uuid  # the row in its place is selected
    ctx.undo_stack.undo()
    assert created.uuid in {i.uuid for i in ctx.store.catalogue("data_subject_categories")}


def test_deleting_an_item_in_use_lists_the_activities_that_lose_it(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "recipients")
    hubspot = by_name(ctx.store, "recipients", "HubSpot, Inc.")
    users = ctx.store.usages(hubspot.uuid).activities
    assert len(users) == 3
    before = {a.uuid: a for a in ctx.store.activities()}
    view.select(hubspot.uuid)
    view.table.setFocus()

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    dialog = view.pending_dialog
    assert isinstance(dialog, DeleteConfirmDialog) and dialog.isVisible()
    assert dialog.affected_lines() == sorted(f"{a.reference}  {a.name}" for a in users)
    assert "HubSpot, Inc." in dialog.message.text() and "3 activities" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel is the safe default
    assert view.pending_dialog is None
    assert ctx.store.usages(hubspot.uuid).activities == users

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    dialog = view.pending_dialog
    assert isinstance(dialog, DeleteConfirmDialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert hubspot.uuid not in {i.uuid for i in ctx.store.catalogue("recipients")}
    for activity in ctx.store.activities():
        assert hubspot.uuid not in references_of(activity)
    settle(qtbot, view)
    assert view.model.row_of(hubspot.uuid) == -1

    ctx.undo_stack.undo()
    assert {a.uuid: a for a in ctx.store.activities()} == before
    ctx.undo_stack.redo()
    assert hubspot.uuid not in {i.uuid for i in ctx.store.catalogue("recipients")}


def test_merging_two_duplicates_keeps_the_chosen_one_and_relinks_activities(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "recipients")
    hubspot = by_name(ctx.store, "recipients", "HubSpot, Inc.")
    clearbit = by_name(ctx.store, "recipients", "Clearbit (HubSpot, Inc.)")
    clearbit_users = {a.uuid for a in ctx.store.usages(clearbit.uuid).activities}
    assert clearbit_users
    before = {a.uuid: a for a in ctx.store.activities()}
    assert not view.merge_action.isEnabled()
    view.select_uuids([hubspot.uuid, clearbit.uuid])
    assert view.merge_action.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    dialog = view.pending_dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_and_drop()[0].uuid == hubspot.uuid  # the most used one is proposed
    dialog.choose(clearbit.uuid)
    dialog.choose(hubspot.uuid)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert clearbit.uuid not in {i.uuid for i in ctx.store.catalogue("recipients")}
    for uuid in clearbit_users:
        assert hubspot.uuid in references_of(ctx.store.activity(uuid))
    assert view.current is not None and view.current.uuid == hubspot.uuid
    ctx.undo_stack.undo()
    assert {a.uuid: a for a in ctx.store.activities()} == before
    assert ctx.store.usages(clearbit.uuid).item == clearbit


def test_search_filters_on_any_text_and_ctrl_f_focuses_it(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "recipients")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "united states")
    expected = sum(1 for r in ctx.store.catalogue("recipients") if r.country == "US")
    assert view.proxy.rowCount() == expected > 0
    assert view.count_label.text() == f"{expected} of {view.model.rowCount()} items"
    view.search.clear()
    qtbot.keyClicks(view.search, "DPA-2023-014")  # a field that is not a column still matches
    assert view.proxy.rowCount() == 1


def test_used_by_list_opens_the_activity(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "security_measures")
    measure = ctx.store.catalogue("security_measures")[0]
    view.select(measure.uuid)
    assert view.used_by.count() == len(ctx.store.usages(measure.uuid).activities) > 0
    entry = view.used_by.item(0)
    opened: list[str] = []
    ctx.events.open_activity.connect(opened.append)
    center = view.used_by.visualItemRect(entry).center()
    qtbot.mouseClick(view.used_by.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.used_by.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened == [entry.data(UUID_ROLE)]  # once, not once per signal
    view.used_by.setCurrentRow(view.used_by.count() - 1)
    qtbot.keyClick(view.used_by, Qt.Key.Key_Return)
    assert opened[-1] == view.used_by.item(view.used_by.count() - 1).data(UUID_ROLE)


def test_joint_controller_contact_fields_are_saved(qtbot, ctx) -> None:
    view = open_view(qtbot, ctx, "joint_controllers")
    item = ctx.store.catalogue("joint_controllers")[0]
    view.select(item.uuid)
    form = view.bindings["dpo"].widget
    email = form.fields["email"]
    email.setFocus()
    qtbot.keyClicks(email, "dpo@ipcom.be")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert ctx.store.usages(item.uuid).item.dpo.email == "dpo@ipcom.be"
    ctx.undo_stack.undo()
    assert ctx.store.usages(item.uuid).item.dpo.email == ""


def test_view_refreshes_when_another_view_changes_the_catalogue(qtbot, ctx) -> None:
    from dataclasses import replace

    from ui.commands import SaveItemCommand, execute

    view = open_view(qtbot, ctx, "systems")
    system = by_name(ctx.store, "systems", "Zendesk")
    execute(ctx, SaveItemCommand(ctx, system, replace(system, vendor="Zendesk, Inc.")))
    settle(qtbot, view)
    row = view.model.row_of(system.uuid)
    assert view.model.index(row, view.model.column_of("vendor")).data() == "Zendesk, Inc."


def test_screenshot_views_render_at_window_size(qtbot, ctx) -> None:
    from ui.screenshots_catalogues import shots

    taken = shots(ctx)
    assert [name for name, _ in taken] == ["catalogue-recipients.png", "organisation.png", "transfers.png",
                                           "history.png"]
    for _name, widget in taken:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        image = widget.grab().toImage()
        assert (image.width(), image.height()) == (1280, 800)
    recipients = taken[0][1]
    assert isinstance(recipients, CatalogueView) and recipients.current is not None
    assert recipients.current.name == "HubSpot, Inc."
