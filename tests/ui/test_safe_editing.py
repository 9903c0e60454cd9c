"""What the user types or picks is what is saved: ranked country completion, Enter in a picker,
dates in European conventions and in a sane range, save feedback in the status bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from ropa.i18n import Translator
from ropa.service import RegisterStore
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
