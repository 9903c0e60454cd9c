"""Transfers overview on the demo register: statuses from the real adequacy list, filters, refresh."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from ropa.domain.enums import Derogation, RecipientType, SccModule, TransferMechanism
from ropa.domain.model import Recipient, Transfer
from ropa.service import RegisterStore, new_uuid
from ui.commands import SaveActivityCommand, SaveItemCommand, execute
from ui.context import AppContext, RegisterEvents
from ui.models import LANGUAGE_KEY
from ui.views.transfers import (
    KEYS,
    OK,
    PROBLEM,
    WARNING,
    TransfersTableModel,
    TransfersView,
    overview_rows,
    transfer_status,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support")]

ON = date(2026, 6, 1)


@pytest.fixture
def ctx(qapp: QApplication, demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "demo.ropa"
    shutil.copyfile(demo_template, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    with RegisterStore.open(path) as store:
        yield AppContext(store, QUndoStack(), settings, RegisterEvents())


@pytest.fixture
def view(qtbot, ctx: AppContext) -> TransfersView:  # type: ignore[no-untyped-def]
    widget = TransfersView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def us_recipient(certified: bool) -> Recipient:
    return Recipient(new_uuid(), "Cloud Inc.", RecipientType.PROCESSOR, "US", dpf_certified=certified)


@pytest.mark.parametrize(
    ("transfer", "certified", "level", "status"),
    [
        (Transfer("t", None, "DE", mechanism=TransferMechanism.SCC), False, "info", "Within the EEA"),
        (Transfer("t", None, "", mechanism=TransferMechanism.SCC), False, PROBLEM, "No destination"),
        (Transfer("t", None, "IN"), False, PROBLEM, "No mechanism"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.NONE), False, PROBLEM, "No mechanism"),
        (Transfer("t", None, "US", mechanism=TransferMechanism.EU_US_DPF), True, OK, "Adequacy (DPF)"),
        (Transfer("t", None, "US", mechanism=TransferMechanism.EU_US_DPF), False, PROBLEM, "Not DPF-certified"),
        (Transfer("t", None, "US", mechanism=TransferMechanism.ADEQUACY), False, PROBLEM, "Not DPF-certified"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.EU_US_DPF), True, PROBLEM, "DPF outside the US"),
        (Transfer("t", None, "CH", mechanism=TransferMechanism.ADEQUACY), False, OK, "Adequacy decision"),
        (Transfer("t", None, "JP", mechanism=TransferMechanism.ADEQUACY), False, WARNING, "Partial adequacy"),
        (Transfer("t", None, "MA", mechanism=TransferMechanism.ADEQUACY), False, PROBLEM, "No adequacy decision"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.SCC), False, WARNING, "SCC module missing"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.SCC, scc_module=SccModule.C2P), False, WARNING, "No TIA"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.SCC, scc_module=SccModule.C2P, tia_reference="TIA-1"),
         False, OK, "Safeguards"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.DEROGATION), False, PROBLEM, "Derogation missing"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.DEROGATION, derogation=Derogation.EXPLICIT_CONSENT,
                  repetitive=True), False, WARNING, "Repetitive derogation"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.DEROGATION,
                  derogation=Derogation.COMPELLING_LEGITIMATE_INTERESTS), False, WARNING, "Document safeguards"),
        (Transfer("t", None, "IN", mechanism=TransferMechanism.DEROGATION, derogation=Derogation.LEGAL_CLAIMS),
         False, OK, "Derogation"),
    ],
)
def test_status_follows_the_adequacy_list_and_what_the_transfer_records(
    transfer: Transfer, certified: bool, level: str, status: str
) -> None:
    got = transfer_status(transfer, us_recipient(certified), ON)
    assert got[:2] == (level, status)
    assert got[2].endswith((".", ")")) or len(got[2]) > len(got[1])  # a full sentence for the details


def test_the_model_passes_the_model_tester(qtmodeltester, ctx: AppContext) -> None:
    from ropa.i18n import Translator

    model = TransfersTableModel(Translator("de"))
    recipients = {r.uuid: r for r in ctx.store.catalogue("recipients")}
    model.set_rows(overview_rows(ctx.store.activities(), recipients, ON))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_demo_transfers_are_all_listed_with_their_status(qtbot, qtmodeltester, ctx, view) -> None:
    qtmodeltester.check(view.proxy)
    activities = ctx.store.activities()
    recorded = sum(len(a.transfers) for a in activities)
    assert sum(1 for r in view.model.rows if r.transfer is not None) == recorded > 0
    google = next(r for r in view.model.rows if r.recipient is not None and r.recipient.name.startswith("Google"))
    assert (google.level, google.status) == (PROBLEM, "Not DPF-certified")
    column = KEYS.index("country")
    countries = {view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())}
    assert "United States" in countries  # translated names, not codes
    assert "without a valid ground" in view.summary.text()


def test_filters_by_country_mechanism_and_issues(qtbot, ctx, view) -> None:
    rows = view.model.rows
    view.set_country_filter("US")
    assert view.proxy.rowCount() == sum(1 for r in rows if r.country == "US") > 0
    assert all(view.row_at(i).country == "US" for i in range(view.proxy.rowCount()))
    view.set_country_filter("")
    view.set_mechanism_filter(TransferMechanism.SCC.value)
    scc = sum(1 for r in rows if r.transfer and r.transfer.mechanism is TransferMechanism.SCC)
    assert view.proxy.rowCount() == scc > 0
    view.set_mechanism_filter("")
    view.issues_only.setChecked(True)
    assert view.proxy.rowCount() == sum(1 for r in rows if r.level in (PROBLEM, WARNING)) > 0
    view.issues_only.setChecked(False)
    qtbot.keyClicks(view.search, "Freshworks")
    assert view.proxy.rowCount() == 1
    assert view.summary.text().startswith(f"1 shown of {len(rows)}")


def test_double_click_opens_the_activity(qtbot, ctx, view) -> None:
    first = view.row_at(0)
    rect = view.table.visualRect(view.proxy.index(0, 1))
    with qtbot.waitSignal(ctx.events.open_activity) as signal:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [first.activity.uuid]
    assert first.activity.reference in view.details.text()


def test_a_new_transfer_and_a_recipient_abroad_without_transfer_appear(qtbot, ctx, view) -> None:
    before = len(view.model.rows)
    activity = ctx.store.find_activity("PA-001")
    bad = Transfer(new_uuid(), None, "BR")  # no mechanism
    execute(ctx, SaveActivityCommand(ctx, activity, replace(activity, transfers=(*activity.transfers, bad))))
    qtbot.waitUntil(lambda: len(view.model.rows) == before + 1, timeout=2000)
    row = next(r for r in view.model.rows if r.transfer is not None and r.transfer.uuid == bad.uuid)
    assert (row.level, row.status, row.country) == (PROBLEM, "No mechanism", "BR")

    cloud = us_recipient(False)
    execute(ctx, SaveItemCommand(ctx, None, cloud))
    current = ctx.store.activity(activity.uuid)
    execute(ctx, SaveActivityCommand(ctx, current, replace(current, recipients=(*current.recipients, cloud.uuid))))
    qtbot.waitUntil(lambda: len(view.model.rows) == before + 2, timeout=2000)
    gap = next(r for r in view.model.rows if r.recipient is not None and r.recipient.uuid == cloud.uuid)
    assert gap.transfer is None and gap.status == "No transfer recorded"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(view.model.rows) == before, timeout=2000)
