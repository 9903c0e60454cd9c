"""Organisation view: controller identity, DPO, EU representative and joint controllers.

The identity, DPO and representative are Art. 30(1)(a) content; each field is saved when it is left,
as one undoable ``SaveOrganisationCommand``. Joint controllers (Art. 26) are a catalogue: the second
tab is the catalogue editor for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ropa.domain.enums import DpoKind
from ropa.domain.model import Organisation
from ropa.errors import RopaError
from ropa.i18n import LANGUAGES
from ui.commands import SaveOrganisationCommand, execute
from ui.context import AppContext
from ui.models import language_name, ui_language, ui_translator
from ui.views.catalogue import CatalogueView, ContactForm, EnumCombo
from ui.widgets.country import CountryField
from ui.widgets.fields import page_title

CONTEXT = "OrganisationView"


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OrganisationView(QWidget):
    """Edits the organisation record; every field is saved when it loses focus (undoable)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translator = ui_translator(ctx.settings)
        self.org: Organisation = ctx.store.organisation()
        self._dirty = False
        self.lines: dict[str, QLineEdit] = {}
        self._build()
        self.load()
        ctx.events.organisation_changed.connect(self._changed)

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("organisationView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        head = QHBoxLayout()
        self.title = page_title(translate("OrganisationView", "Organisation"), self)
        head.addWidget(self.title)
        self.subtitle = QLabel(self)
        head.addWidget(self.subtitle)
        head.addStretch(1)
        outer.addLayout(head)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)

        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)

        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        grid = QGridLayout(page)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._identity_box(page), 0, 0, 2, 1)
        grid.addWidget(self._dpo_box(page), 0, 1)
        grid.addWidget(self._representative_box(page), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, translate("OrganisationView", "Controller, DPO and representative"))

        self.joint_controllers = CatalogueView(self.ctx, "joint_controllers", self.tabs)
        self.tabs.addTab(self.joint_controllers, translate("OrganisationView", "Joint controllers (Art. 26)"))

        # Tab order follows the page: identity top to bottom, then DPO, then representative.
        chain: list[QWidget] = [*self._identity_chain, self.dpo_kind, *self.dpo.chain(), *self.representative.chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _line(self, parent: QWidget, attr: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(f"org_{attr}")
        edit.editingFinished.connect(lambda: self._line_finished(edit, attr))
        self.lines[attr] = edit
        return edit

    def _identity_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("OrganisationView", "Controller (Art. 30(1)(a))"), parent)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("OrganisationView", "Legal name"), self._line(box, "legal_name"))
        form.addRow(translate("OrganisationView", "Address"), self._line(box, "address"))
        postal, city = self._line(box, "postal_code"), self._line(box, "city")
        postal.setMaximumWidth(110)
        postal.setPlaceholderText(translate("OrganisationView", "Postal code"))
        city.setPlaceholderText(translate("OrganisationView", "City"))
        row = QHBoxLayout()
        row.addWidget(postal)
        row.addWidget(city, 1)
        form.addRow(translate("OrganisationView", "Postal code, city"), row)
        self.country = CountryField(self.translator, box)
        self.country.setObjectName("org_country")
        self.country.code_changed.connect(lambda code: self._save(country=code))
        form.addRow(translate("OrganisationView", "Country"), self.country)
        form.addRow(translate("OrganisationView", "Registration number"), self._line(box, "registration_number"))
        form.addRow(translate("OrganisationView", "E-mail"), self._line(box, "email"))
        form.addRow(translate("OrganisationView", "Phone"), self._line(box, "phone"))
        form.addRow(translate("OrganisationView", "Website"), self._line(box, "website"))
        self.language = QComboBox(box)
        self.language.setObjectName("org_language")
        shown_in = ui_language(self.ctx.settings)
        for code in LANGUAGES:
            self.language.addItem(language_name(code, shown_in), code)
        self.language.setToolTip(translate("OrganisationView", "The language of the register's exports"))
        self.language.activated.connect(lambda _i: self._save(language=self.language.currentData()))
        form.addRow(translate("OrganisationView", "Register language"), self.language)
        form.addRow(translate("OrganisationView", "Register version"), self._line(box, "register_version"))
        self._identity_chain: list[QWidget] = [
            self.lines["legal_name"], self.lines["address"], postal, city, self.country,
            self.lines["registration_number"], self.lines["email"], self.lines["phone"], self.lines["website"],
            self.language, self.lines["register_version"],
        ]
        return box

    def _dpo_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("OrganisationView", "Data protection officer (Art. 37-39)"), parent)
        layout = QVBoxLayout(box)
        self.dpo = ContactFormChain(self.translator, box, lambda: self._save(dpo=self.dpo.value()))
        self.dpo.setObjectName("org_dpo")
        self.dpo_kind = EnumCombo(DpoKind, self.translator, optional=True, parent=self.dpo)
        self.dpo_kind.setItemText(0, translate("OrganisationView", "(not recorded)"))
        self.dpo_kind.setObjectName("org_dpo_kind")
        self.dpo_kind.activated.connect(lambda _i: self._save(dpo_kind=self.dpo_kind.value()))
        self.dpo.form.insertRow(0, translate("OrganisationView", "DPO"), self.dpo_kind)
        layout.addWidget(self.dpo)
        return box

    def _representative_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("OrganisationView", "Representative in the Union (Art. 27)"), parent)
        layout = QVBoxLayout(box)
        note = QLabel(translate("OrganisationView", "Only for a controller or processor not established in the Union."), box)
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        self.representative = ContactFormChain(
            self.translator, box, lambda: self._save(representative=self.representative.value())
        )
        self.representative.setObjectName("org_representative")
        layout.addWidget(self.representative)
        return box

    # --- loading ------------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.isVisible():
            self.load()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.load()

    def load(self) -> None:
        """Show the organisation as stored, leaving alone a field the user is typing in."""
        self._dirty = False
        org = self.ctx.store.organisation()
        self.org = org
        for attr, edit in self.lines.items():
            value = getattr(org, attr)
            if not edit.isModified() and edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
        self.country.set_code(org.country)
        self.language.setCurrentIndex(max(self.language.findData(org.language), 0))
        self.dpo_kind.set_value(org.dpo_kind)
        self.dpo.set_value(org.dpo)
        self.dpo.set_fields_enabled(org.dpo_kind is not DpoKind.NONE)
        self.representative.set_value(org.representative)
        self.subtitle.setText(org.legal_name)

    # --- saving -------------------------------------------------------------------------------

    def _line_finished(self, edit: QLineEdit, attr: str) -> None:
        if edit.isModified():
            edit.setModified(False)
            self._save(**{attr: edit.text().strip()})

    def _save(self, **changes: Any) -> bool:
        """One undoable edit of the organisation; a refused edit is explained and the field restored."""
        before = self.ctx.store.organisation()
        after = replace(before, **changes)
        if after == before:
            return True
        try:
            execute(self.ctx, SaveOrganisationCommand(self.ctx, before, after))
        except RopaError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.ctx.events.status_message.emit(str(exc))
            self.load()
            return False
        self.error_label.hide()
        self.org = after
        self.load()
        return True


class ContactFormChain(ContactForm):
    """A contact form that saves through a callback and lists its fields in tab order."""

    def __init__(self, translator: Any, parent: QWidget, on_commit: Callable[[], Any]) -> None:
        super().__init__(translator, parent)
        self.committed.connect(on_commit)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)

    def chain(self) -> list[QWidget]:
        f = self.fields
        return [f["name"], f["organisation"], f["address"], f["postal_code"], f["city"], self.country,
                f["email"], f["phone"]]
