"""History view on a real register: changes made through commands appear in plain words, filters work."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from ropa.domain.enums import Status
from ropa.i18n import Translator
from ropa.service import RegisterStore
from ui.commands import DeleteItemCommand, SaveActivityCommand, SaveItemCommand, SaveOrganisationCommand, execute
from ui.context import AppContext, RegisterEvents
from ui.models import LANGUAGE_KEY
from ui.models.history_table import KEYS, HistoryTableModel, local_time
from ui.views.history import HistoryView

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
def view(qtbot, ctx: AppContext) -> HistoryView:  # type: ignore[no-untyped-def]
    widget = HistoryView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(view: HistoryView) -> list[dict[str, str]]:
    """What the table shows, top to bottom."""
    return [
        {key: view.proxy.index(r, c).data() for c, key in enumerate(KEYS)} for r in range(view.proxy.rowCount())
    ]


def settle(qtbot, view: HistoryView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.reloader.is_pending(), timeout=2000)


def test_the_model_passes_the_model_tester(qtmodeltester, ctx: AppContext) -> None:
    model = HistoryTableModel(Translator("fr"))
    model.set_changes(ctx.store.history(), ctx.store.activities())
    assert model.rowCount() == len(ctx.store.history()) > 0
    qtmodeltester.check(model)


def test_a_change_made_through_a_command_appears_in_plain_words(qtbot, qtmodeltester, ctx, view) -> None:
    atlas = next(r for r in ctx.store.catalogue("recipients") if r.name == "Atlas Contact SARL")
    execute(ctx, SaveItemCommand(ctx, atlas, replace(atlas, country="FR")))
    settle(qtbot, view)
    top = rows(view)[0]
    assert top["item"] == "Recipient: Atlas Contact SARL"
    assert (top["change"], top["old"], top["new"]) == ("Country", "Morocco", "France")
    assert top["activity"] == ""
    change = ctx.store.history(limit=1)[0]
    assert top["when"] == Translator("en").date(local_time(change.at))  # shown in local time
    assert top["user"] == change.user
    qtmodeltester.check(view.proxy)


def test_reference_values_contacts_and_deleted_rows_are_readable(qtbot, ctx, view) -> None:
    activity = ctx.store.find_activity("PA-003")
    execute(ctx, SaveActivityCommand(ctx, activity, replace(activity, status=Status.IN_REVIEW)))
    org = ctx.store.organisation()
    execute(ctx, SaveOrganisationCommand(ctx, org, replace(org, dpo=replace(org.dpo, email="sofie@privanova.example"))))
    system = next(s for s in ctx.store.catalogue("systems") if s.name == "Camera recorder")
    execute(ctx, DeleteItemCommand(ctx, system))
    settle(qtbot, view)
    shown = rows(view)
    deleted = next(r for r in shown if r["item"] == "System: Camera recorder")
    assert deleted["change"] == "Deleted"
    assert "Vendor: Axis" in deleted["old"] and "Hosting country: Belgium" in deleted["old"]
    unlinked = next(r for r in shown if r["change"] == "Systems" and r["activity"].startswith("PA-009"))
    assert (unlinked["old"], unlinked["new"]) == ("Camera recorder", "")
    dpo = next(r for r in shown if r["item"] == "Organisation: Cardify NV")
    assert (dpo["change"], dpo["old"], dpo["new"]) == ("DPO", "E-mail: dpo@privanova.example",
                                                      "E-mail: sofie@privanova.example")
    status = next(r for r in shown if r["change"] == "Status" and r["activity"].startswith("PA-003"))
    assert (status["old"], status["new"]) == ("Approved", "In review")
    inserted = next(r for r in shown if r["item"] == "Transfer: India")
    assert inserted["change"] == "Added"
    assert "Country: India" in inserted["new"] and "Transfer mechanism: Standard data protection clauses" in inserted["new"]


def test_show_activity_filters_to_one_activity(qtbot, ctx, view) -> None:
    activity = ctx.store.find_activity("PA-011")
    execute(ctx, SaveActivityCommand(ctx, activity, replace(activity, owner="Business development")))
    view.show_activity(activity.uuid)
    expected = ctx.store.history(activity_uuid=activity.uuid)
    assert view.model.rowCount() == len(expected) > 1
    assert all(view.model.change(r).activity_uuid == activity.uuid for r in range(view.model.rowCount()))
    assert view.activity_filter.value() == activity.uuid
    assert rows(view)[0]["new"] in ("Business development", Translator("en").date(local_time(expected[0].at)))

    view.clear_filters()
    assert view.model.rowCount() == len(ctx.store.history())
    # Typing part of an activity in the filter picks it.
    view.activity_filter.setEditText("PA-011")
    view.activity_filter.lineEdit().editingFinished.emit()
    assert view.activity_filter.value() == activity.uuid
    assert view.model.rowCount() == len(expected)


def test_filter_by_user(qtbot, ctx, view, monkeypatch) -> None:
    measure = ctx.store.catalogue("security_measures")[0]
    monkeypatch.setenv("LOGNAME", "alice")  # the login name the store records as the author
    execute(ctx, SaveItemCommand(ctx, measure, replace(measure, description="Checked by Alice")))
    monkeypatch.setenv("LOGNAME", "bob")
    execute(ctx, SaveItemCommand(ctx, measure, replace(measure, description="Checked by Bob")))
    view.reload()
    assert view.user_filter.findData("alice") > 0 and view.user_filter.findData("bob") > 0
    view.set_user("alice")
    assert [r["user"] for r in rows(view)] == ["alice"]
    assert rows(view)[0]["new"] == "Checked by Alice"


def test_filter_by_period_uses_whole_local_days(qtbot, ctx, view) -> None:
    total = len(ctx.store.history())
    today = date.today()
    view.set_period(today - timedelta(days=1), today + timedelta(days=1))
    assert view.model.rowCount() == total
    view.set_period(date(2020, 1, 1), date(2020, 12, 31))
    assert view.model.rowCount() == 0
    view.set_period(today + timedelta(days=1), None)
    assert view.model.rowCount() == 0


def test_free_text_search_and_double_click(qtbot, ctx, view) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "Freshworks")
    shown = rows(view)
    assert 0 < len(shown) < view.model.rowCount()
    assert all("Freshworks" in " ".join(r.values()) for r in shown)
    assert view.summary.text().startswith(f"{len(shown)} of ")

    index = view.proxy.index(0, KEYS.index("activity"))
    uuid = index.data(Qt.ItemDataRole.UserRole + 11)
    assert uuid
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(ctx.events.open_activity) as signal:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [uuid]


def test_large_histories_load_in_pages(qtbot, ctx, view) -> None:
    total = len(ctx.store.history())
    view.PAGE = 40  # a page smaller than the demo's history, to exercise "Load more"
    view.reload(reset_limit=True)
    assert view.model.rowCount() == 40 and view.load_more.isEnabled()
    newest = [view.model.change(r) for r in range(40)]
    assert newest == ctx.store.history(limit=40)
    qtbot.mouseClick(view.load_more, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 80
    while view.load_more.isEnabled():
        view.more()
    assert view.model.rowCount() == total


def test_sorting_by_a_column_and_back_to_newest_first(qtbot, qtmodeltester, ctx, view) -> None:
    newest = ctx.store.history()
    column = KEYS.index("activity")
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [r["activity"] for r in rows(view)]
    assert shown == sorted(shown, key=str.casefold)
    qtmodeltester.check(view.proxy)
    view.reload()  # a reload keeps the chosen order
    assert [r["activity"] for r in rows(view)] == shown
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [view.model.change(r) for r in range(view.model.rowCount())] == newest
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [view.model.change(r) for r in range(view.model.rowCount())] == newest[::-1]
