"""Catalogue editor: list, edit, rename, merge and delete the items of one catalogue.

A searchable, sortable table on the left; on the right a form for the selected item (each field is
saved on its own when it is left, as one undoable command) and the activities that use the item.
Every edit goes through ``ui.commands``; the view refreshes itself from ``RegisterEvents``.

Shortcuts while the view has focus: Ctrl+Shift+N new item (Ctrl+N stays "new activity"), F2 rename,
Del delete (in the table), Ctrl+Shift+M merge the two selected items, Ctrl+F search.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ropa.domain.enums import MeasureKind, RecipientType, SpecialCategory
from ropa.domain.model import CATALOGUES, Activity, CatalogueItem, Contact
from ropa.errors import RopaError
from ropa.i18n import Translator
from ropa.service import Usage, new_uuid
from ui.commands import DeleteItemCommand, MergeItemsCommand, SaveItemCommand, execute
from ui.context import AppContext
from ui.models import UUID_ROLE, ui_translator
from ui.models.catalogue_table import CatalogueFilterProxy, CatalogueTableModel
from ui.widgets.country import CountryField
from ui.widgets.fields import page_title
from ui.widgets.reload import ReloadWhenShown

CONTEXT = "CatalogueView"


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for lupdate (same name as Qt's macro) and returns it untranslated, typed as str."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Titles and the default name of a new item, per catalogue (translated when shown).
TITLES = {
    "recipients": QT_TRANSLATE_NOOP("CatalogueView", "Recipients & processors"),
    "data_subject_categories": QT_TRANSLATE_NOOP("CatalogueView", "Data-subject categories"),
    "data_categories": QT_TRANSLATE_NOOP("CatalogueView", "Personal-data categories"),
    "security_measures": QT_TRANSLATE_NOOP("CatalogueView", "Security measures"),
    "systems": QT_TRANSLATE_NOOP("CatalogueView", "Systems"),
    "joint_controllers": QT_TRANSLATE_NOOP("CatalogueView", "Joint controllers"),
}
NEW_NAMES = {
    "recipients": QT_TRANSLATE_NOOP("CatalogueView", "New recipient"),
    "data_subject_categories": QT_TRANSLATE_NOOP("CatalogueView", "New data-subject category"),
    "data_categories": QT_TRANSLATE_NOOP("CatalogueView", "New personal-data category"),
    "security_measures": QT_TRANSLATE_NOOP("CatalogueView", "New security measure"),
    "systems": QT_TRANSLATE_NOOP("CatalogueView", "New system"),
    "joint_controllers": QT_TRANSLATE_NOOP("CatalogueView", "New joint controller"),
}


KEY_COLUMNS = {"name", "kind", "country", "hosting_country", "vendor", "special_category"}


def activity_line(activity: Activity) -> str:
    return f"{activity.reference}  {activity.name}"


# --- field editors ---------------------------------------------------------------------------------


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text field that reports ``committed`` when it loses focus (like editingFinished)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing() * 3)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.committed.emit()
            self.document().setModified(False)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)


class DateField(QWidget):
    """An optional date: a date edit showing "not set" at its minimum, and a button to clear it."""

    committed = Signal()
    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(self.EMPTY)
        self.edit.setSpecialValueText(translate("CatalogueView", "not set"))
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(self.EMPTY)
        self.clear = QToolButton(self)
        self.clear.setText("×")
        self.clear.setToolTip(translate("CatalogueView", "Clear the date"))
        self.clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear)
        self.setFocusProxy(self.edit)
        self._last: date | None = None
        self.edit.editingFinished.connect(self._settle)
        self.edit.calendarWidget().clicked.connect(lambda *_: self._settle())
        self.clear.clicked.connect(self._clear)

    def value(self) -> date | None:
        qdate = self.edit.date()
        if qdate == self.EMPTY:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self._last = value
        self.edit.blockSignals(True)
        self.edit.setDate(self.EMPTY if value is None else QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)

    def _clear(self) -> None:
        self.edit.setDate(self.EMPTY)
        self._settle()

    def _settle(self) -> None:
        if self.value() != self._last:
            self._last = self.value()
            self.committed.emit()


class EnumCombo(QComboBox):
    """Reference values (recipient types, Art. 9 categories...) with their legal labels."""

    def __init__(self, enum: type[StrEnum], translator: Translator, optional: bool, parent: QWidget | None = None):
        super().__init__(parent)
        if optional:
            self.addItem(translate("CatalogueView", "(none)"), None)
        for value in enum:
            self.addItem(translator.enum(value), value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)


CONTACT_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("CatalogueView", "Name")),
    ("organisation", QT_TRANSLATE_NOOP("CatalogueView", "Organisation")),
    ("address", QT_TRANSLATE_NOOP("CatalogueView", "Address")),
    ("postal_code", QT_TRANSLATE_NOOP("CatalogueView", "Postal code")),
    ("city", QT_TRANSLATE_NOOP("CatalogueView", "City")),
    ("country", QT_TRANSLATE_NOOP("CatalogueView", "Country")),
    ("email", QT_TRANSLATE_NOOP("CatalogueView", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("CatalogueView", "Phone")),
)


class ContactForm(QWidget):
    """Name and contact details of a person or body; ``committed`` when any field is left changed."""

    committed = Signal()

    def __init__(self, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = layout
        self.country = CountryField(translator, self)
        for key, label in CONTACT_FIELDS:
            if key == "country":
                layout.addRow(tr(label), self.country)
                self.country.code_changed.connect(lambda _code: self.committed.emit())
                continue
            if key == "postal_code":
                continue  # shares the row of the city
            edit = QLineEdit(self)
            edit.setObjectName(f"contact_{key}")
            self.fields[key] = edit
            edit.editingFinished.connect(lambda e=edit: self._finished(e))
            if key == "city":
                postal = QLineEdit(self)
                postal.setObjectName("contact_postal_code")
                postal.setPlaceholderText(translate("CatalogueView", "Postal code"))
                postal.setMaximumWidth(110)
                postal.editingFinished.connect(lambda e=postal: self._finished(e))
                self.fields["postal_code"] = postal
                edit.setPlaceholderText(translate("CatalogueView", "City"))
                row = QHBoxLayout()
                row.addWidget(postal)
                row.addWidget(edit, 1)
                layout.addRow(translate("CatalogueView", "Postal code, city"), row)
            else:
                layout.addRow(tr(label), edit)
        self.setTabOrder(self.fields["postal_code"], self.fields["city"])

    def set_fields_enabled(self, enabled: bool) -> None:
        """Grey out the contact details (e.g. when no DPO is designated) but keep other rows usable."""
        for edit in self.fields.values():
            edit.setEnabled(enabled)
        self.country.setEnabled(enabled)

    def _finished(self, edit: QLineEdit) -> None:
        if edit.isModified():
            edit.setModified(False)
            self.committed.emit()

    def value(self) -> Contact:
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        return Contact(country=self.country.code(), **values)

    def set_value(self, contact: Contact) -> None:
        for key, edit in self.fields.items():
            text = getattr(contact, key)
            if edit.text() != text and not edit.isModified():
                edit.setText(text)
        self.country.set_code(contact.country)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a catalogue item's form."""

    attr: str
    label: str  # source text, translated when shown
    kind: str  # line | text | enum | optional_enum | bool | country | date | contact
    enum: type[StrEnum] | None = None
    hint: str = ""
    check_text: str = ""  # for a yes/no field: the check box's own text (the label says what it is)


NAME_FIELD = FieldSpec("name", QT_TRANSLATE_NOOP("CatalogueView", "Name"), "line")
DESCRIPTION_FIELD = FieldSpec("description", QT_TRANSLATE_NOOP("CatalogueView", "Description"), "text")

FORMS: dict[str, tuple[FieldSpec, ...]] = {
    "recipients": (
        NAME_FIELD,
        FieldSpec("kind", QT_TRANSLATE_NOOP("CatalogueView", "Type"), "enum", RecipientType),
        FieldSpec("country", QT_TRANSLATE_NOOP("CatalogueView", "Country"), "country"),
        FieldSpec("contact", QT_TRANSLATE_NOOP("CatalogueView", "Contact"), "line",
                  hint=QT_TRANSLATE_NOOP("CatalogueView", "E-mail address or postal address of the recipient")),
        DESCRIPTION_FIELD,
        FieldSpec("contract_reference", QT_TRANSLATE_NOOP("CatalogueView", "DPA reference"), "line",
                  hint=QT_TRANSLATE_NOOP("CatalogueView", "The contract or Art. 28 data processing agreement")),
        FieldSpec("contract_date", QT_TRANSLATE_NOOP("CatalogueView", "DPA date"), "date"),
        FieldSpec("dpf_certified", QT_TRANSLATE_NOOP("CatalogueView", "EU-US DPF"), "bool",
                  hint=QT_TRANSLATE_NOOP("CatalogueView", "Listed as certified under the EU-US Data Privacy Framework"),
                  check_text=QT_TRANSLATE_NOOP("CatalogueView", "Certified (DPF list)")),
    ),
    "data_subject_categories": (
        NAME_FIELD,
        DESCRIPTION_FIELD,
        FieldSpec("vulnerable", QT_TRANSLATE_NOOP("CatalogueView", "Vulnerable"), "bool",
                  hint=QT_TRANSLATE_NOOP("CatalogueView", "Vulnerable data subjects (WP248 criterion 7)"),
                  check_text=QT_TRANSLATE_NOOP("CatalogueView", "Children, employees, patients...")),
    ),
    "data_categories": (
        NAME_FIELD,
        DESCRIPTION_FIELD,
        FieldSpec("special_category", QT_TRANSLATE_NOOP("CatalogueView", "Art. 9 category"), "optional_enum",
                  SpecialCategory, hint=QT_TRANSLATE_NOOP("CatalogueView", "Special category of personal data (Art. 9(1))")),
        FieldSpec("criminal", QT_TRANSLATE_NOOP("CatalogueView", "Art. 10 data"), "bool",
                  hint=QT_TRANSLATE_NOOP("CatalogueView", "Personal data relating to criminal convictions and offences"),
                  check_text=QT_TRANSLATE_NOOP("CatalogueView", "Criminal convictions and offences")),
    ),
    "security_measures": (
        NAME_FIELD,
        FieldSpec("kind", QT_TRANSLATE_NOOP("CatalogueView", "Kind"), "enum", MeasureKind),
        DESCRIPTION_FIELD,
    ),
    "systems": (
        NAME_FIELD,
        FieldSpec("vendor", QT_TRANSLATE_NOOP("CatalogueView", "Vendor"), "line"),
        FieldSpec("hosting_country", QT_TRANSLATE_NOOP("CatalogueView", "Hosting country"), "country"),
        DESCRIPTION_FIELD,
    ),
    "joint_controllers": (
        NAME_FIELD,
        FieldSpec("contact", QT_TRANSLATE_NOOP("CatalogueView", "Contact"), "contact"),
        FieldSpec("dpo", QT_TRANSLATE_NOOP("CatalogueView", "Data protection officer"), "contact"),
        FieldSpec("representative", QT_TRANSLATE_NOOP("CatalogueView", "Representative in the Union (Art. 27)"), "contact"),
        FieldSpec("arrangement", QT_TRANSLATE_NOOP("CatalogueView", "Essence of the arrangement (Art. 26)"), "text"),
        FieldSpec("arrangement_reference", QT_TRANSLATE_NOOP("CatalogueView", "Arrangement reference"), "line"),
    ),
}


class Binding:
    """Connects one item attribute to its editor widget: read, show, and report a user's change."""

    def __init__(self, spec: FieldSpec, translator: Translator, parent: QWidget,
                 on_commit: Callable[[Binding], None]) -> None:
        self.spec = spec
        self.widget: QWidget
        kind = spec.kind
        if kind == "line":
            edit = QLineEdit(parent)
            edit.editingFinished.connect(lambda: self._line_finished(edit, on_commit))
            self.widget = edit
        elif kind == "text":
            text = CommitTextEdit(parent)
            text.committed.connect(lambda: on_commit(self))
            self.widget = text
        elif kind in ("enum", "optional_enum"):
            assert spec.enum is not None
            combo = EnumCombo(spec.enum, translator, kind == "optional_enum", parent)
            combo.activated.connect(lambda _i: on_commit(self))
            self.widget = combo
        elif kind == "bool":
            box = QCheckBox(tr(spec.check_text or spec.label), parent)
            box.clicked.connect(lambda _c: on_commit(self))
            self.widget = box
        elif kind == "country":
            country = CountryField(translator, parent)
            country.code_changed.connect(lambda _c: on_commit(self))
            self.widget = country
        elif kind == "date":
            when = DateField(parent)
            when.committed.connect(lambda: on_commit(self))
            self.widget = when
        elif kind == "contact":
            contact = ContactForm(translator, parent)
            contact.committed.connect(lambda: on_commit(self))
            self.widget = contact
        else:
            raise ValueError(kind)
        self.widget.setObjectName(f"field_{spec.attr}")
        if spec.hint:
            self.widget.setToolTip(tr(spec.hint))

    def _line_finished(self, edit: QLineEdit, on_commit: Callable[[Binding], None]) -> None:
        if edit.isModified():
            edit.setModified(False)
            on_commit(self)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, CommitTextEdit):
            return w.text().strip()
        if isinstance(w, EnumCombo):
            return w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, CountryField):
            return w.code()
        if isinstance(w, DateField | ContactForm):
            return w.value()
        raise TypeError(type(w))

    def show(self, value: Any) -> None:
        """Display a stored value, leaving alone a field the user is typing in."""
        w = self.widget
        if isinstance(w, QLineEdit):
            if not w.isModified() and w.text() != (value or ""):
                w.setText(value or "")
                w.setCursorPosition(0)
        elif isinstance(w, CommitTextEdit):
            if not w.document().isModified():
                w.set_text(value or "")
        elif isinstance(w, EnumCombo):
            w.set_value(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, CountryField):
            w.set_code(value or "")
        elif isinstance(w, DateField | ContactForm):
            w.set_value(value)

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(self.widget, QLineEdit):
            self.widget.selectAll()


# --- dialogs -----------------------------------------------------------------------------------------


class DeleteConfirmDialog(QDialog):
    """Asks before deleting items that activities use, and names every activity that loses them."""

    def __init__(self, usages: Sequence[Usage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CatalogueView", "Delete from the catalogue"))
        self.usages = list(usages)
        layout = QVBoxLayout(self)
        affected: dict[str, Activity] = {}
        for usage in self.usages:
            for activity in usage.activities:
                affected[activity.uuid] = activity
        if len(self.usages) == 1:
            text = translate("CatalogueView", "“%1” is used by %n activities. Deleting it removes it from:", None,
                             len(affected))
            text = text.replace("%1", self.usages[0].item.name)
        else:
            text = translate("CatalogueView", "%1 items are used by %n activities. Deleting them removes them from:",
                             None, len(affected))
            text = text.replace("%1", str(len(self.usages)))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.activities = QListWidget(self)
        self.activities.setObjectName("affectedActivities")
        for activity in sorted(affected.values(), key=lambda a: a.reference):
            self.activities.addItem(activity_line(activity))
        layout.addWidget(self.activities)
        hint = QLabel(translate("CatalogueView", "You can undo the deletion with Ctrl+Z."), self)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = self.buttons.addButton(translate("CatalogueView", "Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(480, 340)

    def affected_lines(self) -> list[str]:
        return [self.activities.item(i).text() for i in range(self.activities.count())]


class MergeDialog(QDialog):
    """Merging two duplicates: choose which one to keep, seeing where each is used."""

    def __init__(self, first: Usage, second: Usage, describe: Callable[[CatalogueItem], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CatalogueView", "Merge duplicates"))
        self.pair = (first, second)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate("CatalogueView", "Choose the item to keep. Activities that use the other one will use the kept item instead, "
               "and the other item is deleted. Ctrl+Z undoes the merge."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choices: list[QRadioButton] = []
        for usage in self.pair:
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            choice = QRadioButton(translate("CatalogueView", "Keep “%1”").replace("%1", usage.item.name), box)
            self.choices.append(choice)
            inner.addWidget(choice)
            details = QLabel(describe(usage.item), box)
            details.setWordWrap(True)
            inner.addWidget(details)
            inner.addWidget(QLabel(translate("CatalogueView", "Used by %n activities:", None, len(usage.activities)), box))
            users = QListWidget(box)
            users.addItems([activity_line(a) for a in usage.activities])
            inner.addWidget(users)
            row.addWidget(box)
        layout.addLayout(row)
        # Keep by default the one used most: fewer activities change.
        default = 0 if len(first.activities) >= len(second.activities) else 1
        self.choices[default].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(translate("CatalogueView", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def choose(self, uuid: str) -> None:
        for choice, usage in zip(self.choices, self.pair, strict=True):
            choice.setChecked(usage.item.uuid == uuid)

    def keep_and_drop(self) -> tuple[CatalogueItem, CatalogueItem]:
        first, second = self.pair
        if self.choices[0].isChecked():
            return first.item, second.item
        return second.item, first.item


# --- the view ---------------------------------------------------------------------------------------


class CatalogueView(QWidget):
    """One catalogue (recipients, systems...) as a searchable table with a detail form."""

    def __init__(self, ctx: AppContext, catalogue_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if catalogue_name not in FORMS:
            raise ValueError(f"unknown catalogue {catalogue_name}")
        self.ctx = ctx
        self.catalogue_name = catalogue_name
        self.translator = ui_translator(ctx.settings)
        self.item_class = CATALOGUES[catalogue_name]
        self.current: CatalogueItem | None = None
        self.pending_dialog: QDialog | None = None
        self.reloader = ReloadWhenShown(self, self.reload, 0)

        self.model = CatalogueTableModel(catalogue_name, self.translator, self)
        self.model.rename_handler = self._rename_later
        self.proxy = CatalogueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName(f"catalogue_{self.catalogue_name}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        head = QHBoxLayout()
        self.title = page_title(tr(TITLES[self.catalogue_name]), self)
        head.addWidget(self.title)
        self.count_label = QLabel(self)
        head.addWidget(self.count_label)
        head.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("CatalogueView", "Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        head.addWidget(self.search)
        outer.addLayout(head)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(translate("CatalogueView", "New"), QKeySequence("Ctrl+Shift+N"), self._new,
                                       translate("CatalogueView", "Add an item to this catalogue"))
        self.rename_action = self._action(translate("CatalogueView", "Rename"), QKeySequence(Qt.Key.Key_F2), self.rename_selected,
                                          translate("CatalogueView", "Rename the selected item"))
        self.merge_action = self._action(translate("CatalogueView", "Merge…"), QKeySequence("Ctrl+Shift+M"), self.merge_selected,
                                         translate("CatalogueView", "Merge the two selected items (duplicates) into one"))
        self.delete_action = self._action(translate("CatalogueView", "Delete"), QKeySequence(QKeySequence.StandardKey.Delete),
                                          self.delete_selected, translate("CatalogueView", "Delete the selected items"))
        self.search_action = self._action(translate("CatalogueView", "Search"), QKeySequence(QKeySequence.StandardKey.Find),
                                          self.focus_search, "")
        for action in (self.new_action, self.rename_action, self.merge_action, self.delete_action):
            self.toolbar.addAction(action)
        outer.addWidget(self.toolbar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableView(self.splitter)
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.new_action, self.rename_action, self.merge_action, self.delete_action):
            self.table.addAction(action)
        # Del must not fire while typing in a form field: it belongs to the table only.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        side = QWidget(self.splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.item_title = QLabel(side)
        self.item_title.setObjectName("itemTitle")
        bold = self.item_title.font()
        bold.setBold(True)
        self.item_title.setFont(bold)
        self.item_title.setWordWrap(True)
        side_layout.addWidget(self.item_title)
        self.error_label = QLabel(side)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        side_layout.addWidget(self.error_label)

        scroll = QScrollArea(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_widget = QWidget(scroll)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 4, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.bindings: dict[str, Binding] = {}
        for spec in FORMS[self.catalogue_name]:
            binding = Binding(spec, self.translator, self.form_widget, self._commit)
            self.bindings[spec.attr] = binding
            if spec.kind == "contact":
                group = QGroupBox(tr(spec.label), self.form_widget)
                box = QVBoxLayout(group)
                box.addWidget(binding.widget)
                form.addRow(group)
            else:
                form.addRow(tr(spec.label), binding.widget)
        scroll.setWidget(self.form_widget)
        side_layout.addWidget(scroll, 1)

        self.used_by_label = QLabel(translate("CatalogueView", "Used by"), side)
        self.used_by_label.setFont(bold)
        side_layout.addWidget(self.used_by_label)
        self.used_by = QListWidget(side)
        self.used_by.setObjectName("usedBy")
        self.used_by.setToolTip(translate("CatalogueView", "Double-click or press Enter to open the activity"))
        self.used_by.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        side_layout.addWidget(self.used_by)

        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 380])
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        # Tab order: search, table, the form from top to bottom, then the "used by" list.
        chain: list[QWidget] = [self.search, self.table]
        chain += [b.widget for b in self.bindings.values()]
        chain.append(self.used_by)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._show_item(None)

    def _action(self, text: str, shortcut: QKeySequence, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _connect(self) -> None:
        events = self.ctx.events
        events.catalogue_changed.connect(self._on_catalogue_changed)
        events.activities_changed.connect(self.schedule_reload)
        self.search.textChanged.connect(self._search_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.used_by.itemActivated.connect(self._open_usage)  # double-click or Enter

    # --- loading ------------------------------------------------------------------------------

    def _on_catalogue_changed(self, name: str) -> None:
        if name == self.catalogue_name:
            self.schedule_reload()

    def schedule_reload(self) -> None:
        """Reload soon (once for a burst of events), or when next shown if hidden."""
        self.reloader.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # a reload pending while hidden has just run (ReloadWhenShown)

    def reload(self) -> None:
        """Read the catalogue and the activities again (one call each), keeping the selection."""
        self.reloader.done()
        keep = self.current.uuid if self.current is not None else None
        selected = [i.uuid for i in self.selected_items()]
        position = self.table.currentIndex().row()
        items = self.ctx.store.catalogue(self.catalogue_name)
        activities = self.ctx.store.activities()
        self.model.set_items(items, activities)
        self._fit_columns()
        self._update_count()
        self.select_uuids(selected or ([keep] if keep else []), current=keep)
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            # First load, or the current item is gone (deleted, merged): select the row now in its place.
            row = min(max(position, 0), self.proxy.rowCount() - 1)
            self.select_uuids([str(self.proxy.index(row, 0).data(UUID_ROLE))])
        self._selection_changed()

    def _fit_columns(self) -> None:
        """Size columns to their contents once; if too wide, shrink the longest columns but the name first."""
        if getattr(self, "_fitted", False) or self.model.rowCount() == 0 or not self.isVisible():
            return
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        count = self.model.columnCount()
        widths = [min(header.sectionSize(c) + 12, 225) for c in range(count)]
        floors = [max(header.sectionSizeFromContents(c).width() + 8, 48) for c in range(count)]
        widths[self.model.column_of("name")] = min(widths[self.model.column_of("name")], 210)
        for column, spec in enumerate(self.model.columns):
            if spec.key in KEY_COLUMNS:  # what identifies an item stays readable; the rest may elide
                floors[column] = max(floors[column], widths[column])
        available = self.table.viewport().width() - 2
        while sum(widths) > available:
            shrinkable = [c for c in range(count) if widths[c] > floors[c]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda c: widths[c] - floors[c])
            widths[widest] -= min(8, sum(widths) - available, widths[widest] - floors[widest])
        while sum(widths) > available:  # still too wide (narrow window): key columns elide too, widest first
            widest = max(range(count), key=lambda c: widths[c])
            if widths[widest] <= 120:
                break
            widths[widest] -= min(8, sum(widths) - available)
        spare = available - sum(widths)
        if spare > 0:  # room left: the description (or else the name) takes it
            keys = [c.key for c in self.model.columns]
            widths[keys.index("description") if "description" in keys else 0] += spare
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self._fitted = True

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = translate("CatalogueView", "%n items", None, total) if total == shown else (
            translate("CatalogueView", "%1 of %2 items").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.count_label.setText(text)

    # --- selection ----------------------------------------------------------------------------

    def selected_items(self) -> list[CatalogueItem]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.item(r) for r in sorted(rows) if 0 <= r < self.model.rowCount()]

    def select_uuids(self, uuids: Sequence[str], current: str | None = None) -> None:
        """Select the rows of these items (e.g. after a reload or a new item); the first becomes current."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for uuid in uuids:
            row = self.model.row_of(uuid)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            selection.select(index, flags)
            if first is None or uuid == current:
                first = index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def select(self, uuid: str) -> None:
        """Select one item by uuid (clears the search if it hides the item)."""
        row = self.model.row_of(uuid)
        if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.search.clear()
        self.select_uuids([uuid], current=uuid)
        self._selection_changed()

    def _selection_changed(self) -> None:
        items = self.selected_items()
        current_index = self.table.selectionModel().currentIndex()
        current: CatalogueItem | None = None
        if current_index.isValid() and self.table.selectionModel().isRowSelected(current_index.row(), QModelIndex()):
            current = self.model.item(self.proxy.mapToSource(current_index).row())
        elif items:
            current = items[0]
        self._show_item(current)
        self.rename_action.setEnabled(current is not None)
        self.delete_action.setEnabled(bool(items))
        self.merge_action.setEnabled(len(items) == 2)

    def _show_item(self, item: CatalogueItem | None) -> None:
        changed_item = item is None or self.current is None or item.uuid != self.current.uuid
        if changed_item:
            self.error_label.hide()
        self.current = item
        self.form_widget.setEnabled(item is not None)
        if item is None:
            self.item_title.setText(translate("CatalogueView", "No item selected"))
            for binding in self.bindings.values():
                binding.show(None if binding.spec.kind != "contact" else Contact())
            self.used_by.clear()
            self.used_by_label.setText(translate("CatalogueView", "Used by"))
            return
        self.item_title.setText(item.name)
        for attr, binding in self.bindings.items():
            binding.show(getattr(item, attr))
        users = self.model.used_by(item.uuid)
        self.used_by_label.setText(
            (translate("CatalogueView", "Used by %1 activity") if len(users) == 1 else translate("CatalogueView", "Used by %1 activities")).replace("%1", str(len(users)))
        )
        self.used_by.clear()
        for activity in users:
            entry = QListWidgetItem(activity_line(activity))
            entry.setData(UUID_ROLE, activity.uuid)
            self.used_by.addItem(entry)

    def _open_usage(self, entry: QListWidgetItem) -> None:
        uuid = entry.data(UUID_ROLE)
        if uuid:
            self.ctx.events.open_activity.emit(str(uuid))

    # --- editing ------------------------------------------------------------------------------

    def _run(self, command: Any) -> bool:
        """Execute an undoable command; on refusal show the one-line reason and change nothing."""
        try:
            execute(self.ctx, command)
        except RopaError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.ctx.events.status_message.emit(str(exc))
            return False
        self.error_label.hide()
        return True

    def _commit(self, binding: Binding) -> None:
        before = self.current
        if before is None:
            return
        after = replace(before, **{binding.spec.attr: binding.value()})
        if after == before:
            return
        if self._run(SaveItemCommand(self.ctx, before, after)):
            self.current = after
            self.item_title.setText(after.name)
        else:
            binding.show(getattr(before, binding.spec.attr))

    def _new(self) -> None:
        self.new_item()

    def new_item(self) -> CatalogueItem | None:
        """Add an item with a placeholder name, select it and put the cursor in its name."""
        base = tr(NEW_NAMES[self.catalogue_name])
        names = {i.name for i in self.model.items}
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        item: CatalogueItem = self.item_class(uuid=new_uuid(), name=name)
        if not self._run(SaveItemCommand(self.ctx, None, item)):
            return None
        self.reload()
        self.select(item.uuid)
        self.bindings["name"].focus()
        return item

    def rename_selected(self) -> None:
        """F2: edit the name in place in the table."""
        if self.current is None:
            return
        row = self.model.row_of(self.current.uuid)
        index = self.proxy.mapFromSource(self.model.index(row, self.model.column_of("name")))
        if index.isValid():
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def rename(self, uuid: str, name: str) -> bool:
        row = self.model.row_of(uuid)
        if row < 0:
            return False
        before = self.model.item(row)
        if not name.strip() or name.strip() == before.name:
            return False
        return self._run(SaveItemCommand(self.ctx, before, replace(before, name=name.strip())))

    def _rename_later(self, uuid: str, name: str) -> bool:
        # Called from the table's editor commit: run the command after the editor has closed.
        QTimer.singleShot(0, self, lambda: self.rename(uuid, name))
        return True

    def delete_selected(self) -> None:
        """Delete the selected items; if activities use them, ask first and name those activities."""
        items = self.selected_items()
        if not items:
            return
        try:
            usages = [self.ctx.store.usages(item.uuid) for item in items]
        except RopaError as exc:
            self.ctx.events.status_message.emit(str(exc))
            return
        if not any(u.activities for u in usages):
            self._delete(items)
            return
        dialog = DeleteConfirmDialog(usages, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._delete(items))
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        self.pending_dialog = dialog
        dialog.open()

    def _dialog_done(self, dialog: QDialog) -> None:
        if self.pending_dialog is dialog:
            self.pending_dialog = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete(self, items: Sequence[CatalogueItem]) -> None:
        stack = self.ctx.undo_stack
        if len(items) > 1:
            stack.beginMacro(translate("CatalogueView", "Delete %1 items").replace("%1", str(len(items))))
        try:
            for item in items:
                if not self._run(DeleteItemCommand(self.ctx, item)):
                    break
        finally:
            if len(items) > 1:
                stack.endMacro()
        names = ", ".join(i.name for i in items)
        self.ctx.events.status_message.emit(translate("CatalogueView", "Deleted %1 (Ctrl+Z to undo)").replace("%1", names))

    def merge_selected(self) -> None:
        """Two selected items: ask which one to keep (showing their usages), then merge."""
        items = self.selected_items()
        if len(items) != 2:
            self.ctx.events.status_message.emit(translate("CatalogueView", "Select exactly two items to merge"))
            return
        try:
            first, second = (self.ctx.store.usages(i.uuid) for i in items)
        except RopaError as exc:
            self.ctx.events.status_message.emit(str(exc))
            return
        dialog = MergeDialog(first, second, self.describe, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._merge(*dialog.keep_and_drop()))
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        self.pending_dialog = dialog
        dialog.open()

    def _merge(self, keep: CatalogueItem, drop: CatalogueItem) -> None:
        if self._run(MergeItemsCommand(self.ctx, keep, drop)):
            self.reload()
            self.select(keep.uuid)

    def describe(self, item: CatalogueItem) -> str:
        """A few lines about an item, from its table columns (for the merge dialog)."""
        row = self.model.row_of(item.uuid)
        lines = []
        for column in range(1, self.model.columnCount() - 1):
            text = self.model.index(row, column).data(Qt.ItemDataRole.EditRole) if row >= 0 else ""
            if text:
                lines.append(f"{self.model.headerData(column, Qt.Orientation.Horizontal)}: {text}")
        return "\n".join(lines)

    # --- search -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()
        self._selection_changed()
