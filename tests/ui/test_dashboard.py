"""The dashboard on a real copy of the demo register: its numbers match the snapshot and follow edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from ropa.checks import Severity, register_completeness, run_checks
from ropa.domain.enums import Status
from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, settle, show
from ui.commands import SaveActivityCommand, execute
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.dashboard import DashboardView, figures
from ui.views.findings import FindingsView
from ui.widgets.charts import SEVERITY_COLOURS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

TODAY = date(2026, 11, 21)


@pytest.fixture
def ctx(qapp, register_store: RegisterStore, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx(register_store, tmp_path)


@pytest.fixture
def view(qtbot, ctx: AppContext) -> DashboardView:  # type: ignore[no-untyped-def]
    v = DashboardView(ctx, today=TODAY)
    show(qtbot, v)
    return v


def bars(chart) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {bar.label: bar.total for bar in chart.data.bars}


def test_numbers_match_the_snapshot(view: DashboardView, ctx: AppContext) -> None:
    register = ctx.store.snapshot()
    findings = run_checks(register, today=TODAY)
    score = register_completeness(register)
    assert view.gauge.percent == score.percent == 96
    assert view.completeness_text.text().startswith(f"{score.documented} of the {score.applicable} items")
    assert bars(view.severity_chart) == {"Error": 6, "Warning": 21, "Info": 10}
    assert sum(bars(view.severity_chart).values()) == len(findings)
    statuses = {Translator("en").enum(s): sum(1 for a in register.activities if a.status is s) for s in Status}
    assert bars(view.status_chart) == statuses
    assert sum(bars(view.role_chart).values()) == len([a for a in register.activities if a.status is not Status.RETIRED])
    # reviews: the two overdue activities, with their dates, in date order
    overdue = sorted((a for a in register.activities if a.next_review and a.next_review < TODAY
                      and a.status is not Status.RETIRED), key=lambda a: a.next_review or TODAY)
    assert [a.reference for a in view.figures.overdue] == [a.reference for a in overdue] == ["PA-006", "PA-011"]
    texts = [view.reviews.item(i).text() for i in range(view.reviews.count())]
    assert texts[0] == "Overdue (2)" and "May 2, 2026  PA-006" in texts[1]
    # transfers: one bar per destination, totals = transfers recorded there
    expected: dict[str, int] = {}
    for a in register.activities:
        if a.status is not Status.RETIRED:
            for t in a.transfers:
                name = Translator("en").country(t.country) if t.country else t.international_organisation
                expected[name] = expected.get(name, 0) + 1
    assert bars(view.transfer_chart) == expected
    assert view.transfer_chart.data.bars[0].label == "United States"
    assert [text for text, _c in view.transfer_chart.data.legend] == [
        "EU-US Data Privacy Framework (Art. 45)", "Standard data protection clauses (Art. 46(2)(c))"]
    names = {r.uuid: r.name for r in register.recipients}
    no_dpa = [names[f.target_uuid] for f in findings if f.rule_id == "PROCESSOR-NO-DPA"]
    assert [view.processors.item(i).text().split(" \u2014 ")[0] for i in range(view.processors.count())] == no_dpa


def test_figures_follow_edits(qtbot, view: DashboardView, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    before = view.figures
    assert before is not None
    draft = next(a for a in ctx.store.activities() if a.status is Status.DRAFT)
    with qtbot.waitSignal(view.recomputed, timeout=3000):
        execute(ctx, SaveActivityCommand(ctx, draft, replace(draft, status=Status.APPROVED)))
    after = view.figures
    assert after is not None
    assert after.by_status[Status.DRAFT] == before.by_status[Status.DRAFT] - 1
    assert after.by_status[Status.APPROVED] == before.by_status[Status.APPROVED] + 1
    assert after == figures(ctx.store.snapshot(), run_checks(ctx.store.snapshot(), today=TODAY), TODAY)


def test_charts_are_drawn_in_severity_colours(view: DashboardView) -> None:
    image: QImage = view.severity_chart.grab().toImage()
    colours = {image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(0, image.height(), 3)}
    for severity in Severity:
        assert SEVERITY_COLOURS[severity].rgb() in colours


def test_clicks_open_the_findings_and_the_activity(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, Translator("en"), load="sync")
    show(qtbot, window)
    window.show_page("dashboard")
    dashboard = window.pages["dashboard"]
    assert isinstance(dashboard, DashboardView)
    chart = dashboard.severity_chart
    row_height = chart.fontMetrics().height() + 8
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() // 2, 2 + row_height + row_height // 2))
    settle(qtbot)
    assert window.current_key() == "findings"
    findings = window.pages["findings"]
    assert isinstance(findings, FindingsView)
    assert {findings.proxy.finding_at(r).severity for r in range(findings.proxy.rowCount())} == {Severity.WARNING}

    window.show_page("dashboard")
    item = dashboard.reviews.item(1)
    dashboard.reviews.setCurrentItem(item)
    dashboard.reviews.setFocus()
    qtbot.keyClick(dashboard.reviews, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.activity.reference == "PA-006"


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_role_labels_are_whole_and_distinct_in_every_language(qtbot, ctx: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch, language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_translations import use_compiled_translations
    from ui.app import install_translators

    use_compiled_translations(tmp_path, monkeypatch)
    app = QApplication.instance()
    installed = install_translators(app, language)
    try:
        window = MainWindow(ctx, Translator(language), load="sync")
        show(qtbot, window)  # the default 1280x800 window
        window.show_page("dashboard")
        settle(qtbot)
        chart = window.pages["dashboard"].role_chart
        labels = [b.label for b in chart.data.bars]
        assert len(set(labels)) == len(labels) == 3
        room = chart._label_width() - 4
        assert all(chart.fontMetrics().horizontalAdvance(label) <= room for label in labels), (labels, room)
        assert all(b.tooltip for b in chart.data.bars)  # the official term in full
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        install_translators(app, "en")
