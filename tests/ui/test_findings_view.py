"""The findings page on a real copy of the demo register: counts, filters, opening, accepting, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ropa.checks import Severity, run_checks
from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, settle, show
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.findings_table import Column, FindingsFilterProxy, FindingsTableModel, build_rows
from ui.views.catalogue import CatalogueView
from ui.views.findings import FindingsView

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

TODAY = date(2026, 11, 21)


@pytest.fixture
def ctx(qapp, register_store: RegisterStore, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx(register_store, tmp_path)


@pytest.fixture
def view(qtbot, ctx: AppContext) -> FindingsView:  # type: ignore[no-untyped-def]
    v = FindingsView(ctx, today=TODAY)
    show(qtbot, v)
    return v


def shown_rules(view: FindingsView) -> list[str]:
    return [view.proxy.finding_at(r).rule_id for r in range(view.proxy.rowCount())]


def test_models_pass_qt_model_tester(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    register = ctx.store.snapshot()
    model = FindingsTableModel()
    model.set_rows(build_rows(run_checks(register, today=TODAY), register, Translator("en")))
    qtmodeltester.check(model)
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(severity=Severity.WARNING)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 21


def test_demo_register_shows_its_known_findings_in_english(view: FindingsView, ctx: AppContext) -> None:
    expected = run_checks(ctx.store.snapshot(), today=TODAY)
    assert len(expected) == 37
    assert view.proxy.rowCount() == 37
    assert view.summary.text() == "6 errors \u00b7 21 warnings \u00b7 10 info \u00b7 0 accepted"
    messages = {view.proxy.index(r, Column.MESSAGE).data() for r in range(37)}
    assert {f.message(Translator("en")) for f in expected} == messages
    row = shown_rules(view).index("PROCESSOR-NO-DPA")
    assert view.proxy.index(row, Column.SUBJECT).data().startswith("Recipient: ")
    assert view.proxy.index(row, Column.ARTICLE).data() == "Art. 28(3)"


def test_filters_by_severity_rule_activity_and_words(qtbot, view: FindingsView, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    view.set_severity_filter(Severity.ERROR)
    assert view.proxy.rowCount() == 6
    assert {view.proxy.finding_at(r).severity for r in range(6)} == {Severity.ERROR}
    view.set_severity_filter(None)
    view.set_rule_filter("REVIEW-OVERDUE")
    assert shown_rules(view) == ["REVIEW-OVERDUE", "REVIEW-OVERDUE"]
    view.set_rule_filter(None)
    pa011 = ctx.store.find_activity("PA-011").uuid
    view.set_subject_filter(pa011)
    assert view.proxy.rowCount() == 6
    assert {view.proxy.finding_at(r).activity_uuid for r in range(6)} == {pa011}
    view.set_subject_filter(None)
    qtbot.keyClicks(view.search, "atlas contact")
    assert shown_rules(view) == ["PROCESSOR-NO-DPA"]


def test_accept_with_justification_then_undo_and_withdraw(qtbot, view: FindingsView, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    view.set_rule_filter("PROCESSOR-NO-DPA")
    view.search.setText("atlas")
    view.table.selectRow(0)
    target = view.current_finding()
    assert target is not None and not target.acknowledged
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    dialog = view.accept_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no acceptance
    qtbot.keyClicks(dialog.reason, "DPA signed on paper, filed in Legal")
    assert ok.isEnabled()
    with qtbot.waitSignal(view.recomputed, timeout=3000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    acks = ctx.store.snapshot().acknowledgements
    assert [(a.rule_id, a.target, a.justification) for a in acks] == [
        ("PROCESSOR-NO-DPA", target.target_uuid, "DPA signed on paper, filed in Legal")]
    assert view.proxy.index(0, Column.ACCEPTED).data() == "DPA signed on paper, filed in Legal"
    assert view.summary.text() == "6 errors \u00b7 20 warnings \u00b7 10 info \u00b7 1 accepted"
    view.show_accepted.setChecked(False)
    assert view.proxy.rowCount() == 0
    view.show_accepted.setChecked(True)

    with qtbot.waitSignal(view.recomputed, timeout=3000):
        ctx.undo_stack.undo()
    assert ctx.store.snapshot().acknowledgements == ()
    assert view.proxy.index(0, Column.ACCEPTED).data() == ""
    with qtbot.waitSignal(view.recomputed, timeout=3000):
        ctx.undo_stack.redo()
    view.table.selectRow(0)
    assert view.withdraw_button.isEnabled()
    with qtbot.waitSignal(view.recomputed, timeout=3000):
        qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    assert ctx.store.snapshot().acknowledgements == ()
    assert not view.withdraw_button.isEnabled()


def test_double_click_opens_the_activity_at_the_field_and_catalogue_findings_their_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, Translator("en"), load="sync")
    show(qtbot, window)
    window.show_page("findings")
    view = window.pages["findings"]
    assert isinstance(view, FindingsView)
    expected = run_checks(ctx.store.snapshot(), today=view.today or date.today())
    assert view.proxy.rowCount() == len(expected)
    view.set_rule_filter("ART10-CRIMINAL-DATA")
    index = view.proxy.index(0, Column.RULE)
    centre = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a real double-click: press first
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    settle(qtbot)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.activity.reference == "PA-010"
    current = window.editor.index_list.currentItem()
    assert current is not None and current.text() == window.editor.by_key["data"].title

    window.show_page("findings")
    view.set_rule_filter("PROCESSOR-NO-DPA")
    view.search.setText("clearbit")
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.current_key() == "recipients"
    page = window.pages["recipients"]
    assert isinstance(page, CatalogueView)
    assert [item.name for item in page.selected_items()] == ["Clearbit (HubSpot, Inc.)"]


def test_activity_list_badges_count_open_errors_and_warnings(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.models.activity_table import BADGE_ROLE, ActivityList
    from ui.models.activity_table import Column as ListColumn

    activities = ActivityList(ctx, Translator("en"))
    activities.reload_now()
    model = activities.model
    register = ctx.store.snapshot()
    findings = run_checks(register, today=date.today())
    for a in register.activities:
        own = [f for f in findings if f.activity_uuid == a.uuid and not f.acknowledged]
        row = model.row_of(a.uuid)
        expected = (sum(f.severity is Severity.ERROR for f in own), sum(f.severity is Severity.WARNING for f in own))
        assert model.index(row, ListColumn.FINDINGS).data(BADGE_ROLE) == expected, a.reference
    pa010 = ctx.store.find_activity("PA-010")
    row = model.row_of(pa010.uuid)
    assert model.index(row, ListColumn.FINDINGS).data() == "2 warnings"
    assert "Alleged offences" in model.index(row, ListColumn.FINDINGS).data(Qt.ItemDataRole.ToolTipRole)
    ctx.store.acknowledge("ART10-CRIMINAL-DATA", pa010.uuid, "Handled under the whistleblowing law")
    with qtbot.waitSignal(activities.details_loaded, timeout=5000):  # a full load, checks included
        ctx.events.acknowledgements_changed.emit()
    row = model.row_of(pa010.uuid)
    assert model.index(row, ListColumn.FINDINGS).data(BADGE_ROLE) == (0, 1)


def test_editor_marks_the_sections_with_findings_and_follows_edits(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from ropa.checks import check_activity
    from ui.commands import SaveActivityCommand, execute
    from ui.editor.editor import ActivityEditor

    editor = ActivityEditor(ctx, Translator("en"))
    show(qtbot, editor)
    activity = ctx.store.find_activity("PA-011")
    assert editor.open_activity(activity.uuid)
    settle(qtbot)
    expected = check_activity(activity, ctx.store.snapshot(), today=date.today())
    assert [f.rule_id for f in editor.markers.findings] == [f.rule_id for f in expected]
    purposes = editor.markers.labels["purposes"]
    assert purposes.isVisible() and "Legitimate interest not described" in purposes.text()
    assert not editor.markers.labels["identity"].isVisible()
    marked = {editor.index_list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(editor.index_list.count())
              if editor.index_list.item(i).toolTip()}
    assert {"purposes", "dpia", "retention", "review"} <= marked and "identity" not in marked

    fixed = replace(activity, purposes=tuple(
        replace(p, legitimate_interest=p.legitimate_interest or "Better targeting of prospects") for p in activity.purposes))
    execute(ctx, SaveActivityCommand(ctx, activity, fixed))
    qtbot.waitUntil(lambda: not purposes.isVisible(), timeout=3000)
    assert "LI-INTEREST-MISSING" not in [f.rule_id for f in editor.markers.findings]
    # an accepted finding is no longer marked
    assert "DPIA-REQUIRED-NOT-DONE" in [f.rule_id for f in editor.markers.findings]
    ctx.store.acknowledge("DPIA-REQUIRED-NOT-DONE", activity.uuid, "DPIA scheduled with the vendor")
    ctx.events.acknowledgements_changed.emit()
    assert "DPIA-REQUIRED-NOT-DONE" not in [f.rule_id for f in editor.markers.findings]


def test_accepting_a_row_finding_accepts_that_row_only(qtbot, view: FindingsView, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    view.set_rule_filter("ART14-INDIRECT-SOURCE")
    rows = [view.proxy.finding_at(r) for r in range(view.proxy.rowCount())]
    assert len(rows) == 4 and all(f.part_uuid for f in rows)
    with qtbot.waitSignal(view.recomputed, timeout=3000):
        assert view.accept_finding(rows[0], "Informed in the privacy notice")
    assert [a.target for a in ctx.store.snapshot().acknowledgements] == [rows[0].part_uuid]
    accepted = {view.proxy.finding_at(r).part_uuid: view.proxy.finding_at(r).acknowledged for r in range(4)}
    assert accepted == {f.part_uuid: f is rows[0] for f in rows}
