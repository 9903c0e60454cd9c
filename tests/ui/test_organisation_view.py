"""Organisation view: fields typed into the widgets are saved at once, undoably, in a real register."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from ropa.domain.enums import DpoKind
from ropa.service import RegisterStore
from ui.context import AppContext, RegisterEvents
from ui.models import LANGUAGE_KEY, language_name
from ui.views.catalogue import CatalogueView
from ui.views.organisation import OrganisationView

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture
def ctx(qapp: QApplication, demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "demo.ropa"
    shutil.copyfile(demo_template, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    with RegisterStore.open(path) as store:
        yield AppContext(store, QUndoStack(), settings, RegisterEvents())


@pytest.fixture
def view(qtbot, ctx: AppContext) -> OrganisationView:  # type: ignore[no-untyped-def]
    widget = OrganisationView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_identity_fields_typed_are_saved_each_as_one_undo_step(qtbot, ctx, view) -> None:
    original = ctx.store.organisation()
    type_into(qtbot, view.lines["legal_name"], "Cardify SA")
    type_into(qtbot, view.lines["city"], "Ghent")
    type_into(qtbot, view.lines["registration_number"], "BE 0999.999.999")
    type_into(qtbot, view.lines["email"], "dpo@cardify.example")
    org = ctx.store.organisation()
    assert (org.legal_name, org.city, org.registration_number, org.email) == (
        "Cardify SA", "Ghent", "BE 0999.999.999", "dpo@cardify.example"
    )
    assert org.address == original.address  # untouched fields stay as they were
    assert ctx.undo_stack.count() == 4
    assert view.subtitle.text() == "Cardify SA"

    ctx.undo_stack.undo()
    assert ctx.store.organisation().email == original.email
    assert view.lines["email"].text() == original.email  # the view follows the undo
    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    assert ctx.store.organisation() == original
    while ctx.undo_stack.canRedo():
        ctx.undo_stack.redo()
    assert ctx.store.organisation().legal_name == "Cardify SA"


def test_leaving_a_field_unchanged_saves_nothing(qtbot, ctx, view) -> None:
    view.lines["phone"].setFocus()
    qtbot.keyClick(view.lines["phone"], Qt.Key.Key_Return)
    view.lines["website"].setFocus()
    assert ctx.undo_stack.count() == 0


def test_country_language_and_dpo_kind_are_saved(qtbot, ctx, view) -> None:
    view.country.combo.setEditText("Luxembourg")
    view.country.combo.lineEdit().editingFinished.emit()
    assert ctx.store.organisation().country == "LU"
    assert view.country.standing.text() == "EEA"

    view.language.setCurrentIndex(view.language.findData("nl"))
    view.language.activated.emit(view.language.currentIndex())
    assert ctx.store.organisation().language == "nl"
    assert view.language.currentText() == language_name("nl", "en") == "Dutch"

    view.dpo_kind.setCurrentIndex(view.dpo_kind.findData(DpoKind.NONE))
    view.dpo_kind.activated.emit(view.dpo_kind.currentIndex())
    assert ctx.store.organisation().dpo_kind is DpoKind.NONE
    assert not view.dpo.fields["email"].isEnabled()
    ctx.undo_stack.undo()
    assert ctx.store.organisation().dpo_kind is DpoKind.EXTERNAL
    assert view.dpo.fields["email"].isEnabled()


def test_dpo_and_representative_contacts_are_saved(qtbot, ctx, view) -> None:
    type_into(qtbot, view.dpo.fields["email"], "sofie@privanova.example")
    type_into(qtbot, view.representative.fields["name"], "EU Rep Ltd")
    view.representative.country.combo.setEditText("IE")
    view.representative.country.combo.lineEdit().editingFinished.emit()
    org = ctx.store.organisation()
    assert org.dpo.email == "sofie@privanova.example"
    assert org.dpo.name == "Sofie Maes"  # the rest of the DPO is kept
    assert (org.representative.name, org.representative.country) == ("EU Rep Ltd", "IE")
    assert ctx.undo_stack.count() == 3


def test_a_refused_edit_is_explained_and_the_field_restored(qtbot, ctx, view) -> None:
    original = ctx.store.organisation()
    edit = view.lines["legal_name"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert view.error_label.isVisible()
    assert view.error_label.text() == "the organisation needs a legal name"
    assert edit.text() == original.legal_name
    assert ctx.store.organisation() == original
    assert ctx.undo_stack.count() == 0


def test_joint_controllers_tab_edits_the_catalogue(qtbot, ctx, view) -> None:
    view.tabs.setCurrentIndex(1)
    jc = view.joint_controllers
    assert isinstance(jc, CatalogueView) and jc.catalogue_name == "joint_controllers"
    jc.table.setFocus()
    qtbot.keyClick(jc.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    names = [i.name for i in ctx.store.catalogue("joint_controllers")]
    assert "New joint controller" in names
    type_into(qtbot, jc.bindings["arrangement_reference"].widget, "JCA-2026-01")
    created = next(i for i in ctx.store.catalogue("joint_controllers") if i.name == "New joint controller")
    assert created.arrangement_reference == "JCA-2026-01"
