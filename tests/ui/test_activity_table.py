"""The activity list model and its filter proxy, on the real demo register file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ropa.domain.enums import Role, Status
from ropa.domain.model import RegisterIndex
from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx
from ui.models import UUID_ROLE
from ui.models.activity_table import (
    ActivityFilterProxy,
    ActivityList,
    ActivityTableModel,
    Column,
    Record,
    RowBuilder,
    natural_key,
    short_role,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


@pytest.fixture(scope="module")
def demo_snapshot(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The demo as read back from a real register file (written once for the module)."""
    from ropa.demo import demo_register

    path = tmp_path_factory.mktemp("table") / "demo.ropa"
    demo = demo_register()
    with RegisterStore.create(path, demo.organisation) as store:
        store.import_register(demo)
        return store.snapshot()


@pytest.fixture
def model(qapp, demo_snapshot) -> ActivityTableModel:  # type: ignore[no-untyped-def]
    register = demo_snapshot
    builder = RowBuilder(Translator("en"), RegisterIndex(register), today=date(2026, 9, 30))
    model = ActivityTableModel()
    model.set_rows(builder.build(a) for a in register.activities)
    return model


def proxy_for(model: ActivityTableModel, record: Record = Record.CONTROLLER) -> ActivityFilterProxy:
    proxy = ActivityFilterProxy(record)
    proxy.setSourceModel(model)
    return proxy


def shown(proxy: ActivityFilterProxy) -> list[str]:
    return [proxy.index(r, Column.REFERENCE).data() for r in range(proxy.rowCount())]


def test_model_and_proxies_pass_the_model_tester(qtmodeltester, model: ActivityTableModel) -> None:
    assert model.rowCount() == 14
    qtmodeltester.check(model)
    for record in Record:
        proxy = proxy_for(model, record)
        qtmodeltester.check(proxy)
        proxy.set_search("customer")
        qtmodeltester.check(proxy)


def test_cells_show_what_the_demo_holds(model: ActivityTableModel) -> None:
    row = model.row_of(next(r.uuid for r in model.rows() if r.summary.reference == "PA-011"))
    cells = [model.index(row, c).data() for c in Column]
    assert cells[:5] == ["PA-011", "Prospecting and lead generation", "Controller", "Sales", "In review"]
    assert cells[Column.LEGAL_BASES] == "6(1)(f)"
    assert "MA" in cells[Column.COUNTRIES].split(", ") and "US" in cells[Column.COUNTRIES].split(", ")
    assert cells[Column.NEXT_REVIEW] == "Oct 1, 2026"
    assert cells[Column.COMPLETENESS].endswith("%")
    # Morocco is named in full in the tooltip; overdue reviews are flagged
    assert "Morocco" in model.index(row, Column.COUNTRIES).data(Qt.ItemDataRole.ToolTipRole)
    overdue = model.row_of(next(r.uuid for r in model.rows() if r.summary.reference == "PA-006"))
    assert model.index(overdue, Column.NEXT_REVIEW).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(row, Column.NEXT_REVIEW).data(Qt.ItemDataRole.ForegroundRole) is None


def test_records_split_controller_and_processor_activities(model: ActivityTableModel) -> None:
    assert len(shown(proxy_for(model, Record.CONTROLLER))) == 12
    assert shown(proxy_for(model, Record.PROCESSOR)) == ["PR-001", "PR-002"]


def test_search_matches_every_word_anywhere_in_the_activity(model: ActivityTableModel) -> None:
    proxy = proxy_for(model)
    proxy.set_search("hubspot")  # a recipient's name, not in the activity's own fields
    assert "PA-003" in shown(proxy)
    proxy.set_search("HUBSPOT newsletter")  # case-insensitive, every word must match
    assert shown(proxy) == ["PA-005"]
    proxy.set_search("morocco")  # a country name of a transfer
    assert shown(proxy) == ["PA-011"]
    proxy.set_search("no such text anywhere")
    assert shown(proxy) == []
    proxy.set_search("")
    assert len(shown(proxy)) == 12


def test_typing_more_letters_narrows_and_deleting_widens_again(model: ActivityTableModel) -> None:
    proxy = proxy_for(model)
    counts = []
    for text in ["c", "cu", "cus", "cust", "custo", "cust", "c", ""]:
        proxy.set_search(text)
        counts.append(proxy.rowCount())
    assert counts[0] >= counts[1] >= counts[2] >= counts[3] >= counts[4]
    assert counts[5] == counts[3] and counts[6] == counts[0] and counts[7] == 12


def test_filters_by_role_status_owner_and_country(model: ActivityTableModel) -> None:
    proxy = proxy_for(model)
    proxy.set_filters(role=Role.JOINT_CONTROLLER)
    assert shown(proxy) == ["PA-012"]
    proxy.set_filters(status=Status.IN_REVIEW)
    assert shown(proxy) == ["PA-011"]
    proxy.set_filters(owner="HR")
    assert shown(proxy) == ["PA-001", "PA-002"]
    proxy.set_filters(country="MA")
    assert shown(proxy) == ["PA-011"]
    proxy.set_filters(owner="Marketing", status=Status.APPROVED)
    assert shown(proxy) == ["PA-005", "PA-006"]
    proxy.set_search("newsletter")
    assert shown(proxy) == ["PA-005"]


def test_sorting_is_natural_and_keeps_selection_by_identity(model: ActivityTableModel) -> None:
    assert natural_key("PA-2") < natural_key("PA-10")
    proxy = proxy_for(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    proxy.sort(Column.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[0] == "PA-012"
    proxy.sort(Column.NEXT_REVIEW, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[0] == "PA-006"  # the earliest (overdue) review first, no date last
    assert shown(proxy)[-1] == "PA-012"


def test_activity_list_follows_saves_and_deletes(qtbot, register_store: RegisterStore, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo_store = register_store
    from dataclasses import replace

    from ui.commands import DeleteActivityCommand, SaveActivityCommand, execute

    ctx = make_ctx(demo_store, tmp_path)
    activities = ActivityList(ctx, Translator("en"))
    with qtbot.waitSignal(activities.loaded, timeout=5000):
        activities.reload()
    assert activities.model.rowCount() == 14
    before = demo_store.find_activity("PA-005")
    execute(ctx, SaveActivityCommand(ctx, before, replace(before, name="Monthly newsletter")))
    qtbot.waitUntil(lambda: any(r.summary.name == "Monthly newsletter" for r in activities.model.rows()))
    execute(ctx, DeleteActivityCommand(ctx, demo_store.find_activity("PA-005")))
    qtbot.waitUntil(lambda: activities.model.rowCount() == 13, timeout=5000)
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: activities.model.rowCount() == 14, timeout=5000)
    row = activities.model.row_of(before.uuid)
    assert activities.model.index(row, Column.NAME).data() == "Monthly newsletter"
    assert activities.model.index(row, 0).data(UUID_ROLE) == before.uuid


def test_reference_values_follow_the_gui_language(qtmodeltester, demo_snapshot) -> None:  # type: ignore[no-untyped-def]
    builder = RowBuilder(Translator("fr"), RegisterIndex(demo_snapshot), today=date(2026, 9, 30))
    model = ActivityTableModel()
    model.set_rows(builder.build(a) for a in demo_snapshot.activities)
    qtmodeltester.check(model)
    row = model.row_of(next(r.uuid for r in model.rows() if r.summary.reference == "PA-012"))
    labels = Translator("fr")
    # The list shows the role short (a GUI translation); the tooltip gives the official French term.
    assert model.index(row, Column.ROLE).data() == short_role(Role.JOINT_CONTROLLER)
    assert model.index(row, Column.ROLE).data(Qt.ItemDataRole.ToolTipRole) == labels.enum(Role.JOINT_CONTROLLER)
    assert labels.enum(Role.JOINT_CONTROLLER) != "Joint controller"
    official = proxy_for(model)
    official.set_search("conjoint du traitement")  # the official term stays searchable
    assert shown(official) == ["PA-012"]
    assert model.index(row, Column.STATUS).data() == labels.enum(Status.DRAFT)
    proxy = proxy_for(model)
    proxy.set_search("maroc")  # country names are searchable in the GUI language
    assert shown(proxy) == ["PA-011"]


def summary_model(demo_snapshot) -> tuple[ActivityTableModel, dict[str, object]]:  # type: ignore[no-untyped-def]
    """A model holding the summary rows of the demo, and the whole rows that complete them."""
    from ropa.domain.model import ActivitySummary

    index = RegisterIndex(demo_snapshot)
    builder = RowBuilder(Translator("en"), index, today=date(2026, 9, 30), checked=True)
    model = ActivityTableModel()
    model.set_rows(builder.build_summary(ActivitySummary.of(a, index)) for a in demo_snapshot.activities)
    return model, {a.uuid: builder.build(a) for a in demo_snapshot.activities}


def test_summary_rows_show_the_same_columns_but_completeness_and_findings(qtmodeltester, demo_snapshot) -> None:  # type: ignore[no-untyped-def]
    model, whole = summary_model(demo_snapshot)
    qtmodeltester.check(model)
    for row in model.rows():
        assert not row.has_details
        full = whole[row.uuid]
        assert row.texts[: Column.COMPLETENESS] == full.texts[: Column.COMPLETENESS]  # type: ignore[attr-defined]
        assert row.keys[: Column.COMPLETENESS] == full.keys[: Column.COMPLETENESS]  # type: ignore[attr-defined]
        assert row.texts[Column.COMPLETENESS:] == ("", "")
        assert set(row.blob.split("\n")) <= set(full.blob.split("\n"))  # type: ignore[attr-defined]


def test_completing_the_rows_keeps_the_selection_and_widens_the_search(qtbot, demo_snapshot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    model, whole = summary_model(demo_snapshot)
    summary_text = "\n".join(r.blob for r in model.rows())
    word = next(w for a in demo_snapshot.activities for w in a.description.casefold().split()
                if len(w) > 6 and w.isalpha() and w not in summary_text)
    proxy = proxy_for(model)
    selection = QItemSelectionModel(proxy)
    proxy.set_search("")
    target = proxy.index(3, 0)
    selection.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selected_uuid = target.data(UUID_ROLE)
    proxy.sort(Column.COMPLETENESS, Qt.SortOrder.DescendingOrder)  # the order changes when rows complete
    model.complete_rows(whole)  # type: ignore[arg-type]
    assert all(r.has_details for r in model.rows())
    assert selection.currentIndex().data(UUID_ROLE) == selected_uuid
    percents = [model.row_at(r).keys[Column.COMPLETENESS] for r in range(model.rowCount())]
    assert percents == sorted(percents, reverse=True)
    # a search typed before the details came finds more once they are there, without typing again
    fresh, whole = summary_model(demo_snapshot)
    proxy = proxy_for(fresh)
    proxy.set_search(word)
    assert proxy.rowCount() == 0
    fresh.complete_rows(whole)  # type: ignore[arg-type]
    assert proxy.rowCount() > 0
    qtbot.wait(0)


def test_complete_rows_keeps_a_row_an_edit_replaced(demo_snapshot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    model, whole = summary_model(demo_snapshot)
    first = model.row_at(0)
    edited = replace(whole[first.uuid], texts=("edited", *whole[first.uuid].texts[1:]))  # type: ignore[type-var]
    model.upsert(edited)  # type: ignore[arg-type]
    model.complete_rows(whole)  # type: ignore[arg-type]
    assert model.row_at(model.row_of(first.uuid)) is edited


def test_opening_fills_the_list_from_summaries_then_completes_it(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    from ui.views.activities import ActivitiesView

    ctx = make_ctx(register_store, tmp_path)
    activities = ActivityList(ctx, Translator("en"))
    view = ActivitiesView(ctx, activities, Record.CONTROLLER, Translator("en"))
    qtbot.addWidget(view)
    seen: dict[str, object] = {}

    def on_loaded() -> None:  # runs before the details can arrive (they come through this thread's queue)
        seen["details"] = activities.has_details
        seen["rows"] = activities.model.rowCount()
        seen["complete"] = [activities.model.index(r, Column.COMPLETENESS).data() for r in range(14)]
        view.search.setText("newsletter")
        view.refresh()  # the count label is otherwise refreshed on the next round of the event loop
        seen["count"] = view.count.text()
        seen["shown"] = view.proxy.rowCount()

    activities.loaded.connect(on_loaded)
    with qtbot.waitSignal(activities.details_loaded, timeout=10000):
        activities.reload()
    assert seen["details"] is False and seen["rows"] == 14
    assert seen["complete"] == [""] * 14
    assert "all text in a moment" in str(seen["count"]) and seen["shown"]
    assert activities.has_details and all(r.has_details for r in activities.model.rows())
    assert "all text in a moment" not in view.count.text()
    assert view.proxy.rowCount() >= int(seen["shown"])  # type: ignore[call-overload]
    reference = RowBuilder(Translator("en"), RegisterIndex(register_store.snapshot()), checked=True)
    for row in activities.model.rows():
        assert row.activity is not None
        assert row.texts == reference.build(row.activity).texts


def test_a_cut_off_cell_shows_its_whole_text_as_tooltip(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from tests.ui.app_fixtures import show
    from ui.views.activities import ActivitiesView

    ctx = make_ctx(register_store, tmp_path)
    activities = ActivityList(ctx, Translator("fr"))
    activities.reload_now()
    view = ActivitiesView(ctx, activities, Record.CONTROLLER, Translator("fr"))
    show(qtbot, view)
    metrics = view.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(Translator("fr").enum(status)) for status in Status)
    assert view.table.columnWidth(Column.STATUS) >= widest  # sized for the French statuses

    def tooltip_at(column: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        rect = view.table.visualRect(view.proxy.index(0, column))
        event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.table.viewport().mapToGlobal(rect.center()))
        QApplication.sendEvent(view.table.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    status = view.proxy.index(0, Column.STATUS).data()
    view.table.setColumnWidth(Column.STATUS, 30)
    assert tooltip_at(Column.STATUS) == status  # cut off: the whole text
    view.table.setColumnWidth(Column.STATUS, 400)
    assert tooltip_at(Column.STATUS) == ""  # all visible: no tooltip repeating it
    assert tooltip_at(Column.NAME) == view.proxy.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)  # the model's own
