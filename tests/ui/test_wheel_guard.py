"""The mouse wheel never changes the register: real wheel events (QTest.wheelEvent, delivered like
a mouse's, spontaneous) over every widget of every page and every editor section of the demo
register leave its JSON export byte-identical, and the page scrolls instead."""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateEdit,
    QDial,
    QDoubleSpinBox,
    QFontComboBox,
    QScrollArea,
    QScrollBar,
    QSlider,
    QSpinBox,
    QTabBar,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ropa.domain.model import Transfer
from ropa.exchange import json_format
from ropa.i18n import Translator
from ropa.service import RegisterStore, new_uuid
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, settle, show
from ui.main_window import MainWindow
from ui.widgets.wheel import WHEEL_SENSITIVE, wheel_sensitive

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

STAMP = datetime(2026, 1, 1, tzinfo=UTC)
UI = Path(__file__).resolve().parents[2] / "ui"


def export(store: RegisterStore) -> str:
    return json_format.dumps(store.snapshot(), exported_at=STAMP)


def wheel(window: QWidget, widget: QWidget, notches: int) -> bool:
    """Turn the wheel over the middle of ``widget`` as a mouse would; False when another widget
    covers that point (nothing to test there)."""
    centre = widget.rect().center()
    point = widget.mapTo(window, centre)
    hit = window.childAt(point)
    if hit is None or not (hit is widget or widget.isAncestorOf(hit) or hit.isAncestorOf(widget)):
        return False
    handle = window.windowHandle()
    assert handle is not None
    QTest.wheelEvent(handle, QPointF(point), QPoint(0, 120 * notches))
    return True


def bring_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()


def sweep(window: MainWindow, root: QWidget) -> tuple[int, int]:
    """Wheel down and up over every visible widget under ``root``; returns (widgets hit,
    wheel-sensitive widgets hit). No widget may end up with the focus the wheel gave it."""
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    hit = sensitive = 0
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() < 2 or widget.height() < 2:
            continue
        if isinstance(widget, QScrollBar):
            continue
        bring_into_view(widget)
        touched = False
        for notches in (-2, 3, -1):
            touched = wheel(window, widget, notches) or touched
        if touched:
            hit += 1
            if wheel_sensitive(widget):
                sensitive += 1
                assert not widget.hasFocus(), f"the wheel gave the focus to {widget.objectName() or type(widget).__name__}"
    return hit, sensitive


@pytest.fixture
def window(qtbot, register_store: RegisterStore, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(make_ctx(register_store, tmp_path), Translator("en"), load="sync")
    show(qtbot, win)
    return win


def test_the_wheel_over_every_page_and_editor_section_changes_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                        register_store: RegisterStore) -> None:
    # An empty transfer card, as the user met it: the worst case (every combo at "nothing chosen").
    activity = register_store.find_activity("PA-001")
    register_store.save_activity(replace(activity, transfers=(Transfer(uuid=new_uuid()),)))
    before = export(register_store)
    total_sensitive = 0
    pages = window.navigator.keys()
    for key in pages:
        window.show_page(key)
        page = window.page(key)
        settle(qtbot)
        table = getattr(page, "table", None)
        if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # a catalogue shows its detail pane, the findings their details
            settle(qtbot)
        hit, sensitive = sweep(window, page)
        assert hit > 5, key
        total_sensitive += sensitive
    for reference in ("PA-001", "PA-011", "PR-001"):  # every section: controller, transfers, processor
        assert window.open_activity(register_store.find_activity(reference).uuid)
        settle(qtbot)
        editor = window.editor
        for section in editor.sections:
            if section.isHidden():
                continue
            editor.show_section(section.key)
            settle(qtbot, 1)
            hit, sensitive = sweep(window, section)
            total_sensitive += sensitive
            assert hit > 2, (reference, section.key)
        settle(qtbot)
    assert total_sensitive > 60  # combos, spin boxes, date edits, tab bars were really under the wheel
    window.editor.flush()
    assert export(register_store) == before


def test_the_wheel_scrolls_the_editor_over_an_unfocused_combo_and_changes_a_focused_one(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, register_store: RegisterStore) -> None:
    activity = register_store.find_activity("PA-001")
    register_store.save_activity(replace(activity, transfers=(Transfer(uuid=new_uuid()),)))
    window.open_activity(activity.uuid)
    settle(qtbot)
    editor = window.editor
    editor.show_section("recipients")
    settle(qtbot)
    mechanism = editor.findChild(QComboBox, "mechanism")
    assert mechanism is not None and mechanism.isVisible()
    bar = editor.scroll.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    bring_into_view(mechanism)
    start = bar.value()
    assert wheel(window, mechanism, -1)
    assert bar.value() > start, "the wheel over an unfocused combo scrolls the page"
    assert mechanism.currentIndex() == 0 and not mechanism.hasFocus()
    mechanism.setFocus(Qt.FocusReason.MouseFocusReason)  # the user clicked it: now the wheel is its
    bring_into_view(mechanism)
    assert wheel(window, mechanism, -1)
    assert mechanism.currentIndex() == 1


@pytest.mark.parametrize("make", [QComboBox, QFontComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit,
                                  lambda: QSlider(Qt.Orientation.Horizontal), QDial, QTabBar])
def test_every_wheel_sensitive_qt_widget_is_guarded(qtbot, make) -> None:  # type: ignore[no-untyped-def]
    """Each Qt widget that turns the wheel into a new value, in a scroll area: unfocused, the page
    scrolls and the value stays; the wheel never hands it the focus."""
    area = QScrollArea()
    body = QWidget()
    column = QVBoxLayout(body)
    column.addSpacing(600)
    widget = make()
    if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
        widget.addItems(["one", "two", "three"])
    if isinstance(widget, QTabBar):
        for name in ("one", "two", "three"):
            widget.addTab(name)
    if isinstance(widget, QDateEdit):
        widget.setDate(QDate(2026, 6, 15))
    column.addWidget(widget)
    column.addSpacing(600)
    area.setWidget(body)
    area.resize(300, 300)
    show(qtbot, area)
    assert wheel_sensitive(widget)
    assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus
    area.ensureWidgetVisible(widget)
    widget.clearFocus()  # the window gave it the focus on showing: the only field there
    state = (widget.currentIndex() if hasattr(widget, "currentIndex") else None,
             widget.value() if hasattr(widget, "value") else None,
             widget.text() if hasattr(widget, "text") and not isinstance(widget, QTabBar) else None)
    start = area.verticalScrollBar().value()
    assert wheel(area, widget, -1)
    after = (widget.currentIndex() if hasattr(widget, "currentIndex") else None,
             widget.value() if hasattr(widget, "value") else None,
             widget.text() if hasattr(widget, "text") and not isinstance(widget, QTabBar) else None)
    assert after == state
    assert not widget.hasFocus()
    assert area.verticalScrollBar().value() != start


def test_no_widget_of_ui_handles_the_wheel_itself() -> None:
    """A widget class in ui/ that overrides wheelEvent (or filters Wheel events) would bypass the
    guard: there is none, apart from the guard."""
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name == "wheel.py" and path.parent.name == "widgets":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "wheelEvent":
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
            if isinstance(node, ast.Attribute) and node.attr == "Wheel":
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []
    assert QAbstractScrollArea not in WHEEL_SENSITIVE
