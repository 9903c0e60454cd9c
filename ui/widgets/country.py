"""A searchable country picker for every ISO 3166 country, with its EEA / adequacy standing.

Reusable by any editor: type part of a name ("germ", "états") or a code ("US") and pick. Names come
from pycountry through ``ropa.i18n.Translator`` so they match the exports; the EEA and adequacy
facts come from ``ropa.reference`` (a dated data file), never from code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from ropa.i18n import Translator
from ropa.reference import AdequacyDecision, adequacy_for, country_codes, is_eea

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def _tr(text: str) -> str:
    return QCoreApplication.translate("Country", text)


def adequacy_scope_text(decision: AdequacyDecision) -> str:
    """Plain words for the scope of an adequacy decision (partial decisions say who is covered)."""
    scopes = {
        "full": translate("Country", "adequacy decision"),
        "commercial": translate("Country", "adequacy decision (commercial organisations only)"),
        "certified": translate("Country", "adequacy decision (certified organisations only)"),
        "private_sector": translate("Country", "adequacy decision (private sector only)"),
    }
    return scopes.get(decision.scope, translate("Country", "adequacy decision"))


def country_standing(code: str, short: bool = False) -> str:
    """'EEA', 'adequacy decision (...)', 'third country...' or '' for no country.

    ``short`` gives the compact wording for table columns (the long one belongs in tooltips).
    """
    if not code:
        return ""
    if is_eea(code):
        return translate("Country", "EEA")
    decision = adequacy_for(code)
    if decision is not None:
        if short:
            return translate("Country", "Adequacy") if decision.scope == "full" else translate("Country", "Adequacy (partial)")
        return adequacy_scope_text(decision)
    return translate("Country", "Third country") if short else translate("Country", "third country, no adequacy decision")


def rank_countries(text: str, entries: list[tuple[str, str]]) -> list[str]:
    """The "Name (CODE)" labels matching ``text``, best first: the code or the name itself, then
    names starting with it, then names with a word starting with it, then any other match; among
    equals the shorter name first, so a country comes before the territories named after it
    ("Verenigde St": Verenigde Staten before Kleine afgelegen eilanden van de Verenigde Staten)."""
    typed = " ".join(text.casefold().split())
    if not typed:
        return []
    ranked = []
    for label, code in entries:
        name = label.rsplit(" (", 1)[0].casefold()
        if typed == code.casefold() or typed == name:
            tier = 0
        elif name.startswith(typed):
            tier = 1
        elif any(word.startswith(typed) for word in _word_starts(name)):
            tier = 2
        elif typed in label.casefold():
            tier = 3
        else:
            continue
        ranked.append((tier, len(name), name, label))
    return [label for *_key, label in sorted(ranked)]


def _word_starts(name: str) -> list[str]:
    """The name from each word on ("republic of korea" -> "of korea", "korea"...)."""
    starts = []
    for i, char in enumerate(name):
        if i and not name[i - 1].isalnum() and char.isalnum():
            starts.append(name[i:])
    return starts


class CountryCombo(QComboBox):
    """Editable combo over every country; ``code()`` / ``set_code()`` speak ISO alpha-2.

    The first entry is "no country" (code ""). Typing filters by any part of the name or the code.
    ``code_changed`` fires when the user settles on another country (not while typing).
    """

    code_changed = Signal(str)

    def __init__(self, translator: Translator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.translator = translator or Translator("en")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._model = QStandardItemModel(self)
        self._fill()
        self.setModel(self._model)
        # Completion over name and code, anywhere in "Name (CODE)", case-insensitive, ranked
        # (rank_countries): the popup lists the matches of what was typed, best first.
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self)
        completer.setModel(self._matches)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # editable combo
        edit.setPlaceholderText(translate("Country", "Type to search a country"))
        edit.textEdited.connect(self._complete)
        completer.activated[str].connect(self._completed)  # type: ignore[index]  # the str overload
        self.activated.connect(self._settle)
        edit.editingFinished.connect(self._settle)
        self._last = ""

    def _fill(self) -> None:
        none = QStandardItem(translate("Country", "(no country)"))
        none.setData("", CODE_ROLE)
        self._model.appendRow(none)
        rows = []
        for code in country_codes():
            name = self.translator.country(code)
            rows.append((name.casefold(), f"{name} ({code})", code))
        for _key, text, code in sorted(rows):
            item = QStandardItem(text)
            item.setData(code, CODE_ROLE)
            standing = country_standing(code)
            item.setToolTip(standing)
            self._model.appendRow(item)

    def _complete(self, text: str) -> None:
        names = [(self.itemText(i), str(self.itemData(i, CODE_ROLE))) for i in range(1, self.count())]
        ranked = rank_countries(text, names)
        self._matches.clear()
        for label in ranked:
            self._matches.appendRow(QStandardItem(label))
        completer = self.completer()
        if ranked and text.strip():
            completer.setCompletionPrefix("")
            completer.complete()
        else:
            popup = completer.popup()
            if popup is not None:
                popup.hide()

    def code(self) -> str:
        """The selected country's ISO code, or '' when none is chosen."""
        index = self.currentIndex()
        if index < 0:
            return ""
        return str(self.itemData(index, CODE_ROLE) or "")

    def set_code(self, code: str) -> None:
        """Select a country by code without emitting ``code_changed``; unknown codes show as typed."""
        code = (code or "").upper()
        found = self.findData(code, CODE_ROLE)
        self.blockSignals(True)
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setCurrentIndex(0)
            self.setEditText(code)
        if self.currentIndex() == 0 and not code:
            self.setEditText("")  # no country: show the search placeholder, not "(no country)"
        self.blockSignals(False)
        self._last = code if found >= 0 else ""

    def _completed(self, text: str) -> None:
        found = self.findText(text, Qt.MatchFlag.MatchExactly)
        if found >= 0:
            self.setCurrentIndex(found)
        self._settle()

    def _settle(self, *_: object) -> None:
        """Resolve what was typed to a country (exact name, code, or unique match) and report it."""
        text = self.currentText().strip()
        index = self._resolve(text)
        if index is None:
            # Not a country: go back to the last valid choice rather than keep invalid text.
            self.set_code(self._last)
            return
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
        if index == 0 and self.currentText():
            self.setEditText("")
        code = self.code()
        if code != self._last:
            self._last = code
            self.code_changed.emit(code)

    def _resolve(self, text: str) -> int | None:
        if not text:
            return 0
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return exact
        by_code = self.findData(text.upper(), CODE_ROLE)
        if by_code >= 0:
            return by_code
        matches = [i for i in range(1, self.count()) if text.casefold() in self.itemText(i).casefold()]
        if len(matches) == 1:
            return matches[0]
        if self.itemText(self.currentIndex()) == text:
            return self.currentIndex()
        return None


class CountryField(QWidget):
    """A ``CountryCombo`` with a line below that tells whether the country is in the EEA or adequate."""

    code_changed = Signal(str)

    def __init__(self, translator: Translator | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = CountryCombo(translator, self)
        self.standing = QLabel(self)
        self.standing.setObjectName("countryStanding")
        self.standing.setWordWrap(True)
        self.standing.setEnabled(False)  # drawn in the muted colour of the style: secondary information
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.standing)
        policy = self.standing.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its line is kept: choosing a country moves nothing below
        self.standing.setSizePolicy(policy)
        self.standing.hide()
        self.setFocusProxy(self.combo)
        self.combo.code_changed.connect(self._changed)

    def code(self) -> str:
        return self.combo.code()

    def set_code(self, code: str) -> None:
        self.combo.set_code(code)
        self._show_standing(self.combo.code())

    def _show_standing(self, code: str) -> None:
        text = country_standing(code)
        self.standing.setText(text)
        self.standing.setVisible(bool(text))

    def _changed(self, code: str) -> None:
        self._show_standing(code)
        self.code_changed.emit(code)
