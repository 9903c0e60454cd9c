"""The activity editor driven through its widgets only (keys and clicks), checked through the core.

The main test creates an activity with Ctrl+N and fills every Art. 30 section by typing, ticking and
choosing in lists, then reads the activity back from the register file and checks every field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from ropa.domain.enums import (
    Art9Condition,
    Derogation,
    DpiaCriterion,
    DpiaStatus,
    DurationUnit,
    EndAction,
    LegalBasis,
    RetentionKind,
    Role,
    SccModule,
    SourceKind,
    Status,
    TransferMechanism,
)
from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import (
    IGNORED_QT_NOTICES,
    make_ctx,
    settle,
    show,
)
from ui.context import AppContext
from ui.editor.editor import ActivityEditor
from ui.editor.recipients import TransferRow, suggest_mechanism
from ui.main_window import MainWindow
from ui.widgets.fields import EnumCombo, LineField, OptionalDateEdit, TextField
from ui.widgets.picker import CataloguePicker

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ctx(qapp, register_store: RegisterStore, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx(register_store, tmp_path)


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, Translator("en"), load="sync")
    show(qtbot, win)
    return win


# --- typing helpers: real key events into real widgets --------------------------------------------


def focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def type_line(qtbot: Any, field: LineField, text: str) -> None:
    focus(qtbot, field)
    qtbot.keyClick(field, K.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, K.Key_Return)
    settle(qtbot)


def type_text(qtbot: Any, field: TextField, text: str) -> None:
    focus(qtbot, field)
    qtbot.keyClick(field, K.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, K.Key_Tab)  # leaving the field saves it
    settle(qtbot)


def choose(qtbot: Any, combo: QComboBox, typed: str, expected: str | None = None) -> None:
    """Pick in a (non-editable) combo by typing the start of its label, as on a keyboard (no spaces:
    Space opens the list)."""
    assert " " not in typed
    focus(qtbot, combo)
    qtbot.keyClicks(combo, typed)
    settle(qtbot)
    if expected is not None:
        assert combo.currentText() == expected


def pick(qtbot: Any, picker: CataloguePicker, name: str) -> None:
    """Type a name in a picker's search box and press Enter: ticks that item."""
    focus(qtbot, picker.search)
    qtbot.keyClicks(picker.search, name)
    qtbot.keyClick(picker.search, K.Key_Return)
    settle(qtbot)


def create(qtbot: Any, picker: CataloguePicker, name: str) -> None:
    """Type a new name in a picker and click its "Create" button."""
    focus(qtbot, picker.search)
    qtbot.keyClicks(picker.search, name)
    assert picker.create_button.isVisible()
    qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def tick(qtbot: Any, box: QWidget) -> None:
    focus(qtbot, box)
    qtbot.keyClick(box, K.Key_Space)
    settle(qtbot)


def type_date(qtbot: Any, field: OptionalDateEdit, value: date) -> None:
    if not field.check.isChecked():
        tick(qtbot, field.check)
    edit = field.edit
    edit.clearFocus()
    focus(qtbot, edit)  # reached by keyboard: the first section is selected, ready for typing
    text = QDate(value.year, value.month, value.day).toString(edit.displayFormat())
    qtbot.keyClicks(edit, "".join(c for c in text if c.isdigit()))  # full sections advance by themselves
    qtbot.keyClick(edit, K.Key_Return)
    settle(qtbot)


def click(qtbot: Any, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def new_activity(qtbot: Any, window: MainWindow, page: str = "activities") -> ActivityEditor:
    window.show_page(page)
    view = window.current_list()
    assert view is not None
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, K.Key_N, CTRL)
    settle(qtbot)
    assert window.stack.currentWidget() is window.editor
    return window.editor


# --- the tests -------------------------------------------------------------------------------------


def test_create_an_activity_through_the_gui_alone_covering_every_section(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    editor = new_activity(qtbot, window)
    identity = editor.by_key["identity"]
    reference = identity.reference.text()
    assert reference == "PA-013" and identity.name.hasFocus()  # Ctrl+N puts the cursor in the name

    # Identity
    qtbot.keyClicks(identity.name, "Alumni network")
    qtbot.keyClick(identity.name, K.Key_Return)
    settle(qtbot)
    type_text(qtbot, identity.description, "Keeping in touch with former employees")
    choose(qtbot, identity.role, "Joint", "Joint controller")
    type_line(qtbot, identity.owner, "HR")
    choose(qtbot, identity.status, "In", "In review")
    assert not identity.joint.isHidden()
    pick(qtbot, identity.joint, "IPCOM Group")

    # Purposes & legal bases
    purposes = editor.by_key["purposes"]
    click(qtbot, purposes.rows.add_button)
    row = purposes.rows.rows[0]
    assert row.description.hasFocus()  # a new row puts the cursor in its first field
    type_text(qtbot, row.description, "Alumni events")
    choose(qtbot, row.basis, "Legit")
    type_line(qtbot, row.interest, "Staying in contact with former staff")
    click(qtbot, purposes.rows.add_button)
    row2 = purposes.rows.rows[1]
    type_text(qtbot, row2.description, "Tax certificates for former staff")
    choose(qtbot, row2.basis, "Legal")
    assert row2.form.isRowVisible(row2.law)  # Art. 6(1)(c) asks for the law relied on
    type_line(qtbot, row2.law, "Income Tax Code 1992, art. 57")

    # Data subjects & data
    data = editor.by_key["data"]
    pick(qtbot, data.subjects, "Employees")
    create(qtbot, data.subjects, "Former employees")
    pick(qtbot, data.categories, "Contact details")
    pick(qtbot, data.categories, "Health data")
    assert not data.conditions.isHidden()
    condition = data.conditions.findChild(EnumCombo, "art9Condition")
    choose(qtbot, condition, "Empl")
    type_line(qtbot, data.conditions.findChild(LineField, "conditionReference"), "Law of 4 August 1996")

    # Sources
    sources = editor.by_key["sources"]
    click(qtbot, sources.rows.add_button)
    choose(qtbot, sources.rows.rows[0].kind, "A", "A third party")
    type_line(qtbot, sources.rows.rows[0].description, "The payroll provider")

    # Recipients & transfers
    recipients = editor.by_key["recipients"]
    pick(qtbot, recipients.recipients, "HubSpot, Inc.")
    click(qtbot, recipients.rows.add_button)
    t1 = recipients.rows.rows[0]
    assert isinstance(t1, TransferRow)
    choose(qtbot, t1.recipient, "HubSpot", "HubSpot, Inc.")
    # the recipient's country (US) is filled in and, HubSpot being DPF-certified, the DPF suggested
    assert t1.country.code() == "US"
    assert t1.mechanism.value() is TransferMechanism.EU_US_DPF
    choose(qtbot, t1.mechanism, "Standard")
    assert t1.form.isRowVisible(t1.scc_module)
    focus(qtbot, t1.scc_module)
    for _ in range(2):  # Down arrow twice: "Module 2: controller to processor"
        qtbot.keyClick(t1.scc_module, K.Key_Down)
    settle(qtbot)
    type_line(qtbot, t1.documentation, "SCC 2023-06-01")
    click(qtbot, recipients.rows.add_button)
    t2 = recipients.rows.rows[1]
    focus(qtbot, t2.country.combo)
    qtbot.keyClicks(t2.country.combo.lineEdit(), "Japan")
    qtbot.keyClick(t2.country.combo.lineEdit(), K.Key_Return)
    settle(qtbot)
    assert t2.mechanism.value() is TransferMechanism.ADEQUACY  # suggested from the adequacy list
    assert "Japan" in t2.suggestion.text()
    type_line(qtbot, t2.tia, "TIA-2025-07")
    type_date(qtbot, t2.tia_date, date(2025, 7, 1))
    click(qtbot, recipients.rows.add_button)
    t3 = recipients.rows.rows[2]
    type_line(qtbot, t3.organisation, "World Health Organization")
    choose(qtbot, t3.mechanism, "Derog")
    choose(qtbot, t3.derogation, "Explicit")
    tick(qtbot, t3.repetitive)
    type_line(qtbot, t3.safeguards, "Pseudonymised extracts only")

    # Retention: a new rule covers the data categories no rule covers yet
    retention = editor.by_key["retention"]
    click(qtbot, retention.rows.add_button)
    rule = retention.rows.rows[0]
    assert set(rule.categories.names()) == {"Contact details", "Health data"}
    focus(qtbot, rule.categories.search)
    qtbot.keyClicks(rule.categories.search, "Health data")
    qtbot.keyClick(rule.categories.search, K.Key_Return)  # untick: health data get their own rule
    settle(qtbot)
    choose(qtbot, rule.kind, "Fixed")
    focus(qtbot, rule.amount)
    qtbot.keyClick(rule.amount, K.Key_A, CTRL)
    qtbot.keyClicks(rule.amount, "5")
    qtbot.keyClick(rule.amount, K.Key_Return)
    settle(qtbot)
    choose(qtbot, rule.unit, "y", "years")
    type_line(qtbot, rule.trigger, "end of the alumni membership")
    type_line(qtbot, rule.legal, "Art. 2262bis Civil Code")
    choose(qtbot, rule.end_action, "Anon", "Anonymise")

    # Security
    security = editor.by_key["security"]
    pick(qtbot, security.measures, "Multi-factor authentication")
    create(qtbot, security.measures, "Clean desk policy")
    pick(qtbot, security.systems, "Microsoft 365")

    # DPIA & risk
    dpia = editor.by_key["dpia"]
    tick(qtbot, dpia.criteria[DpiaCriterion.SENSITIVE_DATA])
    assert "No criterion" not in dpia.hint.text() and "likely" not in dpia.hint.text()
    tick(qtbot, dpia.criteria[DpiaCriterion.VULNERABLE_SUBJECTS])
    assert "2 or more criteria" in dpia.hint.text()  # the live hint
    choose(qtbot, dpia.required, "Yes")
    choose(qtbot, dpia.status, "In", "In progress")
    type_line(qtbot, dpia.reference, "DPIA-2025-04")
    type_date(qtbot, dpia.completed, date(2025, 9, 30))
    tick(qtbot, dpia.automated)
    tick(qtbot, dpia.profiling)
    tick(qtbot, dpia.legal_effect)
    type_text(qtbot, dpia.logic, "Scoring of engagement")

    # Review
    review = editor.by_key["review"]
    type_date(qtbot, review.last_reviewed, date(2025, 10, 1))
    type_date(qtbot, review.next_review, date(2026, 10, 1))
    type_text(qtbot, review.notes, "Ask HR about the photo consent")

    # --- read it back from the register file, through the core ---
    a = store.find_activity(reference)
    index = {i.uuid: i.name for name in ("data_subject_categories", "data_categories", "recipients",
                                        "security_measures", "systems", "joint_controllers")
             for i in store.catalogue(name)}
    assert (a.name, a.description, a.role, a.owner, a.status) == (
        "Alumni network", "Keeping in touch with former employees", Role.JOINT_CONTROLLER, "HR", Status.IN_REVIEW)
    assert [index[u] for u in a.joint_controllers] == ["IPCOM Group"]
    assert [(p.description, p.legal_basis, p.legitimate_interest, p.legal_basis_reference) for p in a.purposes] == [
        ("Alumni events", LegalBasis.LEGITIMATE_INTERESTS, "Staying in contact with former staff", ""),
        ("Tax certificates for former staff", LegalBasis.LEGAL_OBLIGATION, "", "Income Tax Code 1992, art. 57"),
    ]
    assert [index[u] for u in a.data_subjects] == ["Employees", "Former employees"]
    assert [(index[d.category], d.art9_condition, d.condition_reference) for d in a.data] == [
        ("Contact details", None, ""),
        ("Health data", Art9Condition.EMPLOYMENT_SOCIAL_SECURITY, "Law of 4 August 1996"),
    ]
    assert [(s.kind, s.description) for s in a.sources] == [(SourceKind.THIRD_PARTY, "The payroll provider")]
    assert [index[u] for u in a.recipients] == ["HubSpot, Inc."]
    first, second, third = a.transfers
    assert (index[first.recipient or ""], first.country, first.mechanism, first.scc_module,
            first.documentation_reference) == ("HubSpot, Inc.", "US", TransferMechanism.SCC, SccModule.C2P, "SCC 2023-06-01")
    assert (second.recipient, second.country, second.mechanism, second.tia_reference, second.tia_date) == (
        None, "JP", TransferMechanism.ADEQUACY, "TIA-2025-07", date(2025, 7, 1))
    assert (third.international_organisation, third.mechanism, third.derogation, third.repetitive, third.safeguards) == (
        "World Health Organization", TransferMechanism.DEROGATION, Derogation.EXPLICIT_CONSENT, True,
        "Pseudonymised extracts only")
    (kept,) = a.retention
    assert ([index[u] for u in kept.data_categories], kept.kind, kept.duration_value, kept.duration_unit,
            kept.trigger, kept.legal_reference, kept.end_action) == (
        ["Contact details"], RetentionKind.DURATION, 5, DurationUnit.YEARS, "end of the alumni membership",
        "Art. 2262bis Civil Code", EndAction.ANONYMISE)
    assert sorted(index[u] for u in a.security_measures) == ["Clean desk policy", "Multi-factor authentication"]
    assert [index[u] for u in a.systems] == ["Microsoft 365"]
    assert set(a.dpia.criteria) == {DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.VULNERABLE_SUBJECTS}
    assert (a.dpia.required, a.dpia.status, a.dpia.reference, a.dpia.completed_on) == (
        True, DpiaStatus.IN_PROGRESS, "DPIA-2025-04", date(2025, 9, 30))
    auto = a.automated_decision
    assert (auto.exists, auto.profiling, auto.legal_effect, auto.logic) == (True, True, True, "Scoring of engagement")
    assert (a.last_reviewed, a.next_review, a.notes) == (date(2025, 10, 1), date(2026, 10, 1),
                                                         "Ask HR about the photo consent")
    # the list shows it too
    window.editor.go_back()
    settle(qtbot)
    view = window.current_list()
    assert view is not None and view.current_uuid() == a.uuid


def test_suggestions_follow_the_adequacy_list() -> None:
    t = Translator("en")
    assert suggest_mechanism("DE", None, t).mechanism is None
    assert "EEA" in suggest_mechanism("DE", None, t).text
    assert suggest_mechanism("JP", None, t).mechanism is TransferMechanism.ADEQUACY
    assert suggest_mechanism("US", None, t).mechanism is TransferMechanism.EU_US_DPF
    assert suggest_mechanism("MA", None, t).mechanism is None
    assert "No adequacy decision" in suggest_mechanism("MA", None, t).text
    assert "Partial" in suggest_mechanism("CA", None, t).text


def test_every_edit_is_undone_and_redone_step_by_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    original = store.find_activity("PA-005")
    window.open_activity(original.uuid)
    editor = window.editor
    identity, purposes = editor.by_key["identity"], editor.by_key["purposes"]
    type_line(qtbot, identity.name, "Monthly newsletter")
    choose(qtbot, identity.status, "Dr", "Draft")
    click(qtbot, purposes.rows.add_button)
    type_text(qtbot, purposes.rows.rows[-1].description, "Product announcements")
    click(qtbot, purposes.rows.rows[0].remove_button)
    states = []
    stack = window.ctx.undo_stack
    assert stack.count() == 5
    edited = store.find_activity("PA-005")
    assert [p.description for p in edited.purposes] == ["Product announcements"]
    for _ in range(5):
        states.append(store.find_activity("PA-005"))
        qtbot.keyClick(window.editor.title, K.Key_Z, CTRL)  # Ctrl+Z from the window
        settle(qtbot)
    restored = store.find_activity("PA-005")
    assert _content(restored) == _content(original)
    assert identity.name.text() == original.name  # the form follows the undo
    assert len(purposes.rows.rows) == len(original.purposes)
    for expected in reversed(states):
        qtbot.keyClick(window.editor.title, K.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        settle(qtbot)
        assert _content(store.find_activity("PA-005")) == _content(expected)
    assert identity.name.text() == "Monthly newsletter"


def _content(activity: Any) -> Any:
    from dataclasses import replace

    return replace(activity, updated_at=None, created_at=None)


def test_a_refused_edit_is_explained_and_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.app_fixtures import close_message_boxes

    store = window.ctx.store
    activity = store.find_activity("PA-002")
    window.open_activity(activity.uuid)
    identity = window.editor.by_key["identity"]
    type_line(qtbot, identity.reference, "PA-001")  # already used by another activity
    texts = close_message_boxes()
    assert any("reference" in text for text in texts)
    assert store.find_activity("PA-002").uuid == activity.uuid
    assert window.ctx.undo_stack.count() == 0
    settle(qtbot)
    assert identity.reference.text() == "PA-002"  # the form shows the register again


def test_processor_activity_records_the_controllers_served(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = new_activity(qtbot, window, "processor_activities")
    identity = editor.by_key["identity"]
    assert identity.reference.text() == "PR-003" and identity.role.value() is Role.PROCESSOR
    assert editor.by_key["purposes"].isHidden() and editor.by_key["dpia"].isHidden()
    controllers = editor.by_key["controllers"]
    assert not controllers.isHidden()
    qtbot.keyClicks(identity.name, "Payroll outsourcing")
    qtbot.keyClick(identity.name, K.Key_Return)
    click(qtbot, controllers.rows.add_button)
    row = controllers.rows.rows[0]
    type_line(qtbot, row.controller.name, "Acme SA")
    type_line(qtbot, row.controller.email, "privacy@acme.example")
    focus(qtbot, row.controller.country)
    qtbot.keyClicks(row.controller.country.lineEdit(), "France")
    qtbot.keyClick(row.controller.country.lineEdit(), K.Key_Return)
    settle(qtbot)
    row.tabs.setCurrentIndex(2)
    type_line(qtbot, row.dpo.name, "Jeanne Martin")
    type_text(qtbot, row.categories, "Payroll calculation and payslips")
    a = window.ctx.store.find_activity("PR-003")
    (served,) = a.served_controllers
    assert (a.name, served.contact.name, served.contact.email, served.contact.country, served.dpo.name,
            served.processing_categories) == ("Payroll outsourcing", "Acme SA", "privacy@acme.example", "FR",
                                              "Jeanne Martin", "Payroll calculation and payslips")


def test_editor_refreshes_when_a_catalogue_item_is_renamed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from ui.commands import SaveItemCommand, execute

    ctx = window.ctx
    window.open_activity(ctx.store.find_activity("PA-003").uuid)
    hubspot = next(r for r in ctx.store.catalogue("recipients") if r.name == "HubSpot, Inc.")
    execute(ctx, SaveItemCommand(ctx, hubspot, replace(hubspot, name="HubSpot Inc")))
    settle(qtbot)
    assert "HubSpot Inc" in window.editor.by_key["recipients"].recipients.names()


def test_open_at_a_field_and_keyboard_section_steps(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    uuid = ctx.store.find_activity("PA-001").uuid
    ctx.events.open_activity_field.emit(uuid, "owner")
    settle(qtbot)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.by_key["identity"].owner.hasFocus()
    index = window.editor.index_list
    start = index.currentRow()
    qtbot.keyClick(window.editor.by_key["identity"].owner, K.Key_PageDown, CTRL)
    settle(qtbot)
    assert index.currentRow() == start + 1
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert window.current_list() is not None
