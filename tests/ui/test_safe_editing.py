"""What the user types or picks is what is saved: ranked country completion, Enter in a picker,
dates in European conventions and in a sane range, save feedback in the status bar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from ropa.domain.model import Transfer
from ropa.i18n import Translator
from ropa.service import RegisterStore, new_uuid
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, settle, show
from ui.main_window import MainWindow
from ui.widgets.country import CountryCombo, rank_countries
from ui.widgets.fields import OptionalDateEdit, date_format
from ui.widgets.picker import CataloguePicker, Choice

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]
K = Qt.Key


@pytest.mark.parametrize(("language", "typed", "code"), [
    ("nl", "Verenigde St", "US"), ("en", "United St", "US"), ("fr", "Royaume", "GB"), ("de", "Vereinigte St", "US"),
])
def test_down_and_enter_in_the_country_field_pick_the_country_not_a_territory(qtbot, language, typed, code) -> None:  # type: ignore[no-untyped-def]
    combo = CountryCombo(Translator(language))
    combo.set_code("")  # as every editor shows an empty country
    show(qtbot, combo)
    edit = combo.lineEdit()
    edit.setFocus()
    seen: list[str] = []
    combo.code_changed.connect(seen.append)
    qtbot.keyClicks(edit, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, K.Key_Down)
    qtbot.keyClick(popup, K.Key_Return)
    settle(qtbot)
    assert combo.code() == code
    assert seen == [code]
    assert not popup.isVisible()


def test_country_ranking_puts_exact_and_word_prefix_matches_first() -> None:
    t = Translator("en")
    from ropa.reference import country_codes

    entries = [(f"{t.country(c)} ({c})", c) for c in country_codes()]
    assert rank_countries("united st", entries)[:2] == ["United States (US)", "United States Minor Outlying Islands (UM)"]
    assert rank_countries("korea", entries)[0].startswith("Korea")
    assert rank_countries("de", entries)[0] == "Germany (DE)"  # the code itself first
    assert rank_countries("", entries) == []


def test_enter_creates_what_was_typed_unless_an_entry_has_exactly_that_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = CataloguePicker()
    picker.set_choices([Choice("a", "Bedrijfstak en geografische locatie"), Choice("b", "Naam")])
    show(qtbot, picker)
    created: list[str] = []
    picker.create_requested.connect(created.append)
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "Geografische locatie")
    assert picker.create_button.isVisible()  # what Enter will do, before it is pressed
    assert picker.create_button.text() == "Create \u201cGeografische locatie\u201d"
    qtbot.keyClick(picker.search, K.Key_Return)
    assert created == ["Geografische locatie"] and picker.selected() == ()
    qtbot.keyClicks(picker.search, "naam")
    assert not picker.create_button.isVisible()
    qtbot.keyClick(picker.search, K.Key_Return)
    assert picker.selected() == ("b",) and created == ["Geografische locatie"]


def test_dates_use_european_conventions_and_refuse_a_typing_slip(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert date_format("en") == "dd/MM/yyyy"
    assert date_format("de") == "dd.MM.yyyy"
    field = OptionalDateEdit("en")
    show(qtbot, field)
    assert field.edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    field.set_value(date(2027, 6, 30))
    saved: list[object] = []
    field.edited.connect(saved.append)
    field.edit.setFocus()
    field.edit.setSelectedSection(field.edit.sectionAt(0))
    qtbot.keyClicks(field.edit, "06303020")  # US order and a slip of the year
    qtbot.keyClick(field.edit, K.Key_Return)
    value = field.value()
    assert value is not None and QDate(value).isValid()
    assert date(1900, 1, 1) <= value <= date(2100, 12, 31)
    assert all(v is None or v.year <= 2100 for v in saved)  # type: ignore[attr-defined]


def test_new_activity_is_due_for_review_a_year_on_and_the_status_bar_says_saved(  # type: ignore[no-untyped-def]
        qtbot, register_store: RegisterStore, tmp_path: Path) -> None:
    window = MainWindow(make_ctx(register_store, tmp_path), Translator("en"), load="sync")
    show(qtbot, window)
    window.show_page("organisation")
    settle(qtbot)
    window.new_activity()
    settle(qtbot)
    activity = register_store.activity(window.editor.activity.uuid)
    assert activity.next_review == QDate.currentDate().addYears(1).toPython()
    label = window.statusBar().findChild(QLabel, "savedAt")
    assert label is not None and label.text().startswith("Saved at ")
    window.show_page("recipients")  # any page: the feedback stays
    settle(qtbot)
    assert label.isVisible() and label.text().startswith("Saved at ")
    assert QApplication.instance() is not None


def _under(window: QWidget, widget: QWidget) -> tuple[QPoint, QRect]:
    point = widget.mapTo(window, widget.rect().center())
    return point, QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_what_the_user_clicks_next_stays_put_when_hints_and_findings_appear(  # type: ignore[no-untyped-def]
        qtbot, register_store: RegisterStore, tmp_path: Path) -> None:
    activity = register_store.find_activity("PA-001")
    register_store.save_activity(replace(activity, transfers=(Transfer(uuid=new_uuid()),)))
    window = MainWindow(make_ctx(register_store, tmp_path), Translator("en"), load="sync")
    show(qtbot, window)
    window.open_activity(activity.uuid)
    settle(qtbot)
    editor = window.editor
    editor.show_section("recipients")
    settle(qtbot)
    country = editor.findChild(CountryCombo, "")
    mechanism = editor.findChild(QComboBox, "mechanism")
    assert country is not None and mechanism is not None
    editor.scroll.ensureWidgetVisible(mechanism, 0, 200)
    settle(qtbot)
    point, before = _under(window, mechanism)
    shown = editor.findChild(QLabel, "findings_recipients").text()
    country.lineEdit().setFocus()
    qtbot.keyClicks(country.lineEdit(), "Japan")  # the "adequacy decision" line and a suggestion appear
    qtbot.keyClick(country.lineEdit(), K.Key_Return)
    settle(qtbot)
    assert country.code() == "JP"
    standing = editor.findChild(QLabel, "countryStanding")
    assert standing is not None and standing.isVisible() and standing.text()
    assert _under(window, mechanism)[1] == before
    hit = window.childAt(point)
    assert hit is mechanism or mechanism.isAncestorOf(hit)

    findings = editor.findChild(QLabel, "findings_recipients")
    assert findings is not None and findings.isVisible()  # the transfer's findings, at the section's foot
    assert findings.text() != shown  # they changed (a country without a mechanism) and moved nothing above
    assert "JP" in register_store.activity(activity.uuid).transfers[0].country
