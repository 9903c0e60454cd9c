"""Purposes and legal bases (Art. 30(1)(b), Art. 6(1)): one row per purpose."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QWidget

from ropa.domain.enums import LegalBasis, Role
from ropa.domain.model import Activity, Purpose
from ropa.i18n import Translator
from ropa.service import new_uuid
from ui.editor.base import EditorHost, Section
from ui.widgets.fields import EnumCombo, LineField, TextField
from ui.widgets.rows import RowList, RowWidget

# Legal bases that rest on a Union or Member State law to be named (Art. 6(3)).
NEEDS_LAW = {LegalBasis.LEGAL_OBLIGATION, LegalBasis.PUBLIC_TASK}


class PurposeRow(RowWidget[Purpose]):
    def __init__(self, value: Purpose, translator: Translator, parent: QWidget | None = None) -> None:
        self.t = translator
        super().__init__(value, parent)

    def build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.description = TextField(self, 2, self.tr("The purpose, e.g. \u201cpaying salaries\u201d"))
        self.description.setObjectName("purposeDescription")
        self.basis = EnumCombo(LegalBasis, self.t, self.tr("\u2014 choose a legal basis \u2014"), self)
        self.basis.setObjectName("legalBasis")
        self.law = LineField(self, self.tr("e.g. Law of 12 April 1965 on the protection of remuneration"))
        self.law.setObjectName("legalBasisReference")
        self.interest = LineField(self, self.tr("The legitimate interest pursued"))
        self.interest.setObjectName("legitimateInterest")
        form.addRow(self.tr("&Purpose"), self.description)
        form.addRow(self.tr("Legal basis"), self.basis)
        form.addRow(self.tr("Law relied on"), self.law)
        form.addRow(self.tr("Legitimate interest"), self.interest)
        self.form = form
        self.body.addLayout(form)
        self.description.edited.connect(lambda _v: self.changed.emit())
        self.basis.edited.connect(lambda _v: self._basis_changed())
        self.law.edited.connect(lambda _v: self.changed.emit())
        self.interest.edited.connect(lambda _v: self.changed.emit())

    def _basis_changed(self) -> None:
        self._show_dependent(self.basis.value())
        self.changed.emit()

    def _show_dependent(self, basis: LegalBasis | None) -> None:
        self.form.setRowVisible(self.law, basis in NEEDS_LAW or bool(self.law.value()))
        self.form.setRowVisible(self.interest, basis is LegalBasis.LEGITIMATE_INTERESTS or bool(self.interest.value()))

    def show_value(self, value: Purpose) -> None:
        self.description.set_value(value.description)
        self.basis.set_value(value.legal_basis)
        self.law.set_value(value.legal_basis_reference)
        self.interest.set_value(value.legitimate_interest)
        self._show_dependent(value.legal_basis)

    def read(self, value: Purpose) -> Purpose:
        return replace(
            value,
            description=self.description.value(),
            legal_basis=self.basis.value(),
            legal_basis_reference=self.law.value(),
            legitimate_interest=self.interest.value(),
        )

    def first_field(self) -> QWidget:
        return self.description


class PurposesSection(Section):
    key = "purposes"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("Purposes & legal bases"),
            self.tr("Why the data are processed (Art. 30(1)(b)) and the lawful basis of each purpose (Art. 6(1))."),
        )
        self.rows: RowList[Purpose] = RowList(
            lambda v: PurposeRow(v, self.t), self.tr("Add purpose"), self.tr("No purpose recorded yet."), self
        )
        self.rows.setObjectName("purposes")
        self.content.addWidget(self.rows)
        self.rows.changed.connect(self._changed)
        self.rows.add_requested.connect(self._add)
        self.rows.remove_requested.connect(self._remove)

    def applies_to(self, activity: Activity) -> bool:
        return activity.role is not Role.PROCESSOR or bool(activity.purposes)

    def load(self, activity: Activity) -> None:
        self.rows.set_values(activity.purposes)

    def _changed(self) -> None:
        values = self.rows.values()
        self.host.apply(lambda a: replace(a, purposes=values), self.what(self.tr("Purposes")))

    def _add(self) -> None:
        new = Purpose(uuid=new_uuid(), description="")
        self.host.apply(lambda a: replace(a, purposes=(*a.purposes, new)), self.what(self.tr("Add purpose")))
        self.host.focus_row(self.rows, new.uuid)

    def _remove(self, uuid: str) -> None:
        self.host.apply(
            lambda a: replace(a, purposes=tuple(p for p in a.purposes if p.uuid != uuid)),
            self.what(self.tr("Remove purpose")),
        )

