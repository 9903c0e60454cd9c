"""Editor for a ``Contact`` (name and contact details of a controller, DPO or representative)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ropa.domain.model import Contact
from ropa.i18n import Translator
from ui.widgets.country import CountryCombo
from ui.widgets.fields import LineField


class ContactEditor(QWidget):
    """Name, organisation, address, postal code, city, country, e-mail and phone; ``edited`` on a settled change."""

    edited = Signal(object)  # the new Contact

    def __init__(self, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = Contact()
        self.name = LineField(self)
        self.organisation = LineField(self)
        self.address = LineField(self)
        self.postal_code = LineField(self)
        self.postal_code.setMaximumWidth(110)
        self.city = LineField(self)
        self.country = CountryCombo(translator, self)
        self.email = LineField(self)
        self.phone = LineField(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        rows: list[tuple[str, QWidget, str, QWidget]] = [
            (self.tr("Name"), self.name, self.tr("Organisation"), self.organisation),
            (self.tr("Address"), self.address, self.tr("Postal code"), self.postal_code),
            (self.tr("City"), self.city, self.tr("Country"), self.country),
            (self.tr("E-mail"), self.email, self.tr("Phone"), self.phone),
        ]
        for r, (left, left_widget, right, right_widget) in enumerate(rows):
            for c, (text, widget) in enumerate(((left, left_widget), (right, right_widget))):
                label = QLabel(text, self)
                label.setBuddy(widget)
                grid.addWidget(label, r, c * 2)
                grid.addWidget(widget, r, c * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for field in (self.name, self.organisation, self.address, self.postal_code, self.city, self.email, self.phone):
            field.edited.connect(self._changed)
        self.country.code_changed.connect(self._changed)
        self.setFocusProxy(self.name)
        QWidget.setTabOrder(self.name, self.organisation)
        QWidget.setTabOrder(self.organisation, self.address)
        QWidget.setTabOrder(self.address, self.postal_code)
        QWidget.setTabOrder(self.postal_code, self.city)
        QWidget.setTabOrder(self.city, self.country)
        QWidget.setTabOrder(self.country, self.email)
        QWidget.setTabOrder(self.email, self.phone)

    def set_value(self, contact: Contact) -> None:
        self._value = contact
        self.name.set_value(contact.name)
        self.organisation.set_value(contact.organisation)
        self.address.set_value(contact.address)
        self.postal_code.set_value(contact.postal_code)
        self.city.set_value(contact.city)
        self.country.set_code(contact.country)
        self.email.set_value(contact.email)
        self.phone.set_value(contact.phone)

    def value(self) -> Contact:
        return replace(
            self._value,
            name=self.name.value(),
            organisation=self.organisation.value(),
            address=self.address.value(),
            postal_code=self.postal_code.value(),
            city=self.city.value(),
            country=self.country.code(),
            email=self.email.value(),
            phone=self.phone.value(),
        )

    def _changed(self, *_: object) -> None:
        self.edited.emit(self.value())

