"""The template picker: search, preview, add two templates as one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx
from ui.dialogs.template_picker import TemplatePicker

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


def test_search_preview_add_and_undo(qtbot, register_store: RegisterStore, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(register_store, tmp_path)
    opened: list[str] = []
    ctx.events.open_activity.connect(opened.append)
    before = register_store.snapshot()
    picker = TemplatePicker(ctx)
    qtbot.addWidget(picker)
    assert len(picker.visible_ids()) == len(picker.library)

    # accent- and case-insensitive search (the demo register is in English)
    picker.search.setText("CCTV")
    picker.refresh()
    assert picker.visible_ids()[0] == "cctv"
    assert "Retention" in picker.preview.toPlainText() or "retention" in picker.preview.toPlainText().lower()
    assert "cctv: " in picker.preview.toPlainText()
    picker.search.setText("no such thing at all")
    picker.refresh()
    assert picker.visible_ids() == []
    assert not picker.add_button.isEnabled()

    picker.search.setText("")
    picker.refresh()
    picker.select(["payroll", "newsletter"])
    assert picker.selected_ids() and set(picker.selected_ids()) == {"payroll", "newsletter"}
    assert picker.add_button.isEnabled()
    assert picker.add_selected()

    after = register_store.snapshot()
    new = [a for a in after.activities if a.uuid not in {b.uuid for b in before.activities}]
    assert sorted(a.template_id for a in new) == ["newsletter", "payroll"]
    assert all(a.template_version for a in new)
    assert opened == [picker.command.created[0].uuid]  # type: ignore[union-attr]
    assert ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    undone = register_store.snapshot()
    assert {a.uuid for a in undone.activities} == {a.uuid for a in before.activities}
    for name in ("data_subject_categories", "data_categories", "recipients", "security_measures"):
        assert {i.uuid for i in undone.catalogue(name)} == {i.uuid for i in before.catalogue(name)}

    ctx.undo_stack.redo()  # the same activities come back, same references
    redone = register_store.snapshot()
    assert sorted(a.reference for a in redone.activities if a.template_id) == sorted(a.reference for a in new)


def test_french_register_shows_french_names(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with RegisterStore.create(tmp_path / "fr.ropa", "Acme SARL", language="fr") as store:
        picker = TemplatePicker(make_ctx(store, tmp_path))
        qtbot.addWidget(picker)
        picker.search.setText("video")  # finds "Vidéoprotection" without the accent
        picker.refresh()
        assert picker.visible_ids()
        assert "cctv" in picker.visible_ids()
        assert "Finalités" in picker.preview.toPlainText() or "finalit" in picker.preview.toPlainText().lower()


def test_menu_actions_open_the_picker_and_the_import_wizard(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    from ropa.i18n import Translator
    from ui.main_window import MainWindow

    window = MainWindow(make_ctx(register_store, tmp_path), Translator("en"), load="none")
    qtbot.addWidget(window)
    assert window.from_template_action.shortcut().toString() == "Ctrl+T"
    window.from_template_action.trigger()
    assert window.template_picker.isVisible()
    window.template_picker.reject()
    window.import_action.trigger()
    assert window.import_wizard.isVisible()
    window.import_wizard.reject()
