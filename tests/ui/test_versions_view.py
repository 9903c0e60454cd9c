"""Versions view on a real register file: freeze, compare in a tree, export, restore with undo/redo."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTreeWidgetItem

from ropa.fingerprint import fingerprint
from ropa.service import RegisterStore
from ropa.versions import freeze, list_versions
from ui import jobs
from ui.commands import SaveActivityCommand, SaveItemCommand, execute
from ui.context import AppContext, RegisterEvents
from ui.models import LANGUAGE_KEY
from ui.views.versions import KIND_ROLE, FreezeDialog, VersionsView

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture
def ctx(qapp: QApplication, register_store: RegisterStore, tmp_path: Path) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    yield AppContext(register_store, QUndoStack(), settings, RegisterEvents())
    jobs.wait_all()


@pytest.fixture
def view(qtbot, ctx: AppContext) -> VersionsView:  # type: ignore[no-untyped-def]
    widget = VersionsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def compare(qtbot, view: VersionsView, old: str | None = None, new: str | None = None) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.report_ready, timeout=10000):
        view.start_compare(old, new)


def nodes(view: VersionsView, kind: str) -> dict[str, QTreeWidgetItem]:
    out: dict[str, QTreeWidgetItem] = {}
    stack = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    while stack:
        node = stack.pop()
        if node.data(0, KIND_ROLE) == kind:
            out[node.text(0).split("  ")[0]] = node
        stack.extend(node.child(i) for i in range(node.childCount()))
    return out


def move_hubspot(ctx: AppContext) -> None:
    hubspot = next(i for i in ctx.store.catalogue("recipients") if i.name == "HubSpot, Inc.")
    execute(ctx, SaveItemCommand(ctx, hubspot, dataclasses.replace(hubspot, country="IE")))


def test_freeze_dialog_checks_the_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FreezeDialog(taken={"2026 annual review"})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "2026 annual review")
    assert not ok.isEnabled() and dialog.problem.text() == "A version with this name already exists."
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "2027 review")
    qtbot.keyClicks(dialog.approved_by, "Board")
    dialog.note.setPlainText("Before the audit")
    assert ok.isEnabled() and dialog.values() == ("2027 review", "Before the audit", "Board")


def test_freeze_then_compare_shows_changes_in_the_tree(qtbot, view: VersionsView, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    assert view.empty.isVisible() and not view.table.isVisible() and not view.compare_button.isEnabled()
    with qtbot.waitSignal(view.frozen, timeout=10000):
        view.freeze("v1", "Before the audit", "Board")
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "v1"
    assert view.table.item(0, 5).toolTip() == list_versions(ctx.store)[0].fingerprint
    assert view.from_combo.currentText() == "v1" and view.to_combo.currentText() == "Current register"
    move_hubspot(ctx)
    compare(qtbot, view)
    assert view.summary.text().startswith("v1 → Current register: 0 added, 0 removed, 3 changed")
    activities = nodes(view, "activity")
    assert set(activities) == {"PA-003", "PA-011", "PA-012"}
    row = activities["PA-003"].child(0)
    assert (row.text(0), row.text(1), row.text(2)) == ("Recipient ‘HubSpot, Inc.’: Country", "United States", "Ireland")
    assert row.font(0).italic()  # through the catalogue
    assert set(nodes(view, "item")) == {"Recipient ‘HubSpot, Inc.’"}
    # The report follows edits of the register while it compares with the current register.
    with qtbot.waitSignal(view.report_ready, timeout=10000):
        act = ctx.store.find_activity("PA-001")
        execute(ctx, SaveActivityCommand(ctx, act, dataclasses.replace(act, name="Payroll")))
    assert "PA-001" in nodes(view, "activity")


def test_export_report(qtbot, view: VersionsView, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    freeze(ctx.store, "v1")
    view.reload()
    move_hubspot(ctx)
    compare(qtbot, view)
    assert view.export_button.isEnabled()
    assert view.export_report(tmp_path / "changes.pdf") and (tmp_path / "changes.pdf").read_bytes()[:5] == b"%PDF-"
    assert view.export_report(tmp_path / "changes.xlsx")
    sheet = load_workbook(tmp_path / "changes.xlsx").worksheets[1]
    assert sheet.max_row == 1 + 3 + 1  # header, three activities, the recipient


def test_restore_activity_and_register_are_undoable(qtbot, view: VersionsView, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    version = freeze(ctx.store, "v1")
    view.reload()
    act = ctx.store.find_activity("PA-005")
    execute(ctx, SaveActivityCommand(ctx, act, dataclasses.replace(act, name="Mailing list")))
    move_hubspot(ctx)
    edited = fingerprint(ctx.store.snapshot())
    compare(qtbot, view)
    assert not view.restore_activity_button.isEnabled()
    view.tree.setCurrentItem(nodes(view, "activity")["PA-005"].child(0))
    assert view.restore_activity_button.isEnabled()
    with qtbot.waitSignal(view.report_ready, timeout=10000):
        qtbot.mouseClick(view.restore_activity_button, Qt.MouseButton.LeftButton)
    assert ctx.store.find_activity("PA-005").name == act.name
    assert "PA-005" not in nodes(view, "activity")
    assert ctx.undo_stack.undoText() == "Restore PA-005 from v1"
    ctx.undo_stack.undo()
    assert ctx.store.find_activity("PA-005").name == "Mailing list"
    ctx.undo_stack.redo()
    assert ctx.store.find_activity("PA-005").name == act.name
    ctx.undo_stack.undo()
    assert fingerprint(ctx.store.snapshot()) == edited

    with qtbot.waitSignal(view.report_ready, timeout=10000):
        assert view.restore_register(ask=False)
    assert fingerprint(ctx.store.snapshot()) == version.fingerprint
    assert view.report is not None and view.report.is_empty
    assert not view.restore_register_button.isEnabled()
    ctx.undo_stack.undo()
    assert fingerprint(ctx.store.snapshot()) == edited
    ctx.undo_stack.redo()
    assert fingerprint(ctx.store.snapshot()) == version.fingerprint


def test_read_only_register_cannot_freeze_or_restore(qtbot, qapp: QApplication, demo_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with RegisterStore.open(demo_copy) as store:
        freeze(store, "v1")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with RegisterStore.open(demo_copy, readonly=True) as store:
        ctx = AppContext(store, QUndoStack(), settings, RegisterEvents())
        view = VersionsView(ctx)
        qtbot.addWidget(view)
        view.show()
        compare(qtbot, view)
        assert not view.freeze_button.isEnabled() and not view.restore_register_button.isEnabled()
        assert view.report is not None and view.report.is_empty
        jobs.wait_all()
