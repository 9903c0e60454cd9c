"""Recipients (Art. 30(1)(d)) and transfers to third countries (Art. 30(1)(e), Chapter V).

Choosing a transfer's country suggests the mechanism from the dated adequacy list in
``ropa.reference``: an adequacy decision, the EU-US Data Privacy Framework for certified US
recipients, nothing for a country inside the EEA, an Art. 46 safeguard otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from ropa.domain.enums import Derogation, SccModule, TransferMechanism
from ropa.domain.model import Activity, Recipient, Transfer
from ropa.i18n import Translator
from ropa.reference import adequacy_for, is_eea
from ropa.service import new_uuid
from ui.editor.base import EditorHost, Section
from ui.widgets.country import CountryField
from ui.widgets.fields import CheckField, EnumCombo, LineField, OptionalDateEdit
from ui.widgets.picker import CataloguePicker
from ui.widgets.rows import GridForm, RowList, RowWidget


@dataclass(frozen=True)
class Suggestion:
    mechanism: TransferMechanism | None
    text: str


def suggest_mechanism(country: str, recipient: Recipient | None, translator: Translator) -> Suggestion:
    """What the adequacy list says about a transfer to ``country`` (and this recipient)."""
    if not country:
        return Suggestion(None, "")
    name = translator.country(country)
    if is_eea(country):
        return Suggestion(None, QCoreApplication.translate("TransferSuggestion", "%1 is in the EEA: no transfer safeguard is needed.").replace("%1", name))
    decision = adequacy_for(country)
    if decision is None:
        return Suggestion(
            None,
            QCoreApplication.translate("TransferSuggestion", "No adequacy decision for %1: use an Art. 46 safeguard (e.g. standard contractual clauses) or an Art. 49 derogation.").replace("%1", name),
        )
    when = translator.date(decision.decided_on)
    if decision.scope == "certified":
        if recipient is not None and not recipient.dpf_certified:
            return Suggestion(
                TransferMechanism.SCC,
                QCoreApplication.translate("TransferSuggestion", "%1 is not certified under the EU-US Data Privacy Framework: use standard contractual clauses or another Art. 46 safeguard.").replace("%1", recipient.name),
            )
        text = QCoreApplication.translate("TransferSuggestion", "%1 of %2: only for recipients certified under the EU-US Data Privacy Framework.")
        return Suggestion(TransferMechanism.EU_US_DPF, text.replace("%1", decision.decision).replace("%2", when))
    text = QCoreApplication.translate("TransferSuggestion", "Adequacy decision for %1: %2 of %3.").replace("%1", name).replace("%2", decision.decision)
    text = text.replace("%3", when)
    if decision.partial:
        text += " " + QCoreApplication.translate("TransferSuggestion", "Partial decision: check that the recipient is covered.")
    return Suggestion(TransferMechanism.ADEQUACY, text)


class TransferRow(RowWidget[Transfer]):
    def __init__(self, value: Transfer, section: RecipientsSection, parent: QWidget | None = None) -> None:
        self.section = section
        self.t = section.t
        super().__init__(value, parent)

    def build(self) -> None:
        t = self.t
        form = GridForm(self)
        self.form = form
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("transferRecipient")
        self.country = CountryField(t, self)
        self.country.setObjectName("transferCountry")
        self.organisation = LineField(self, self.tr("Only for a transfer to an international organisation"))
        self.organisation.setObjectName("internationalOrganisation")
        self.mechanism = EnumCombo(TransferMechanism, t, self.tr("\u2014 choose a mechanism \u2014"), self)
        self.mechanism.setObjectName("mechanism")
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("transferSuggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("color: palette(dark);")
        self.use_suggestion = QPushButton(self.tr("Use suggestion"), self)
        self.use_suggestion.setObjectName("useSuggestion")
        self.use_suggestion.setAutoDefault(False)
        self.hint = self.suggestion
        self.scc_module = EnumCombo(SccModule, t, self.tr("\u2014 choose a module \u2014"), self)
        self.scc_module.setObjectName("sccModule")
        self.derogation = EnumCombo(Derogation, t, self.tr("\u2014 choose a derogation \u2014"), self)
        self.derogation.setObjectName("derogation")
        self.repetitive = CheckField(self.tr("Repetitive transfer"), self)
        self.repetitive.setObjectName("repetitive")
        self.safeguards = LineField(self, self.tr("Documentation of suitable safeguards (Art. 49(1), second subparagraph)"))
        self.safeguards.setObjectName("safeguards")
        self.documentation = LineField(self, self.tr("e.g. SCC signed 2023-06-01, annex II"))
        self.documentation.setObjectName("documentationReference")
        self.tia = LineField(self, self.tr("Transfer impact assessment reference"))
        self.tia.setObjectName("tiaReference")
        self.tia_date = OptionalDateEdit(self.section.host.language, self)
        self.tia_date.setObjectName("tiaDate")
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Coun&try"), self.country)
        form.addRow(self.tr("International organisation"), self.organisation)
        form.addRow(self.tr("Mechanism"), self.mechanism)
        form.addRow("", self.suggestion)
        form.addRow("", self.use_suggestion)
        form.addRow(self.tr("SCC module"), self.scc_module)
        form.addRow(self.tr("Derogation"), self.derogation)
        form.addRow("", self.repetitive)
        form.addRow(self.tr("Safeguards"), self.safeguards)
        form.addRow(self.tr("Documentation"), self.documentation)
        form.addRow(self.tr("TIA"), self.tia)
        form.addRow(self.tr("TIA date"), self.tia_date)
        self.body.addLayout(form)
        self.fill_recipients()
        self.recipient.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        self.country.code_changed.connect(self._country_changed)
        self.mechanism.edited.connect(lambda _v: self._mechanism_changed())
        self.use_suggestion.clicked.connect(self._use_suggestion)
        for field in (self.organisation, self.safeguards, self.documentation, self.tia):
            field.edited.connect(lambda _v: self.changed.emit())
        for combo in (self.scc_module, self.derogation):
            combo.edited.connect(lambda _v: self.changed.emit())
        self.repetitive.edited.connect(lambda _v: self.changed.emit())
        self.tia_date.edited.connect(lambda _v: self.changed.emit())

    def fill_recipients(self) -> None:
        current = self.recipient.currentData()
        with QSignalBlocker(self.recipient):
            self.recipient.clear()
            self.recipient.addItem(self.tr("\u2014 no recipient \u2014"), None)
            for item in sorted(self.section.host.index.recipients.values(), key=lambda r: r.name.casefold()):
                self.recipient.addItem(item.name, item.uuid)
            self.recipient.setCurrentIndex(max(self.recipient.findData(current), 0))

    def _recipient(self) -> Recipient | None:
        uuid = self.recipient.currentData()
        return self.section.host.index.recipients.get(uuid) if uuid else None

    def _recipient_changed(self) -> None:
        recipient = self._recipient()
        if recipient is not None and recipient.country and not self.country.code() and not is_eea(recipient.country):
            self.country.set_code(recipient.country)
            self._apply_suggestion_if_empty()
        self._show_suggestion()
        self.changed.emit()

    def _country_changed(self, _code: str) -> None:
        self._apply_suggestion_if_empty()
        self._show_suggestion()
        self.changed.emit()

    def _apply_suggestion_if_empty(self) -> None:
        suggestion = suggest_mechanism(self.country.code(), self._recipient(), self.t)
        if self.mechanism.value() is None and suggestion.mechanism is not None:
            self.mechanism.set_value(suggestion.mechanism)
            self._show_dependent()

    def _mechanism_changed(self) -> None:
        self._show_dependent()
        self._show_suggestion()
        self.changed.emit()

    def _use_suggestion(self) -> None:
        suggestion = suggest_mechanism(self.country.code(), self._recipient(), self.t)
        if suggestion.mechanism is not None:
            self.mechanism.set_value(suggestion.mechanism)
            self._mechanism_changed()

    def _show_suggestion(self) -> None:
        suggestion = suggest_mechanism(self.country.code(), self._recipient(), self.t)
        self.suggestion.setText(suggestion.text)
        differs = suggestion.mechanism is not None and suggestion.mechanism != self.mechanism.value()
        self.form.setRowVisible(self.use_suggestion, differs)
        self.form.setRowVisible(self.suggestion, bool(suggestion.text))

    def _show_dependent(self) -> None:
        mechanism = self.mechanism.value()
        derogation = mechanism is TransferMechanism.DEROGATION
        self.form.setRowVisible(self.scc_module, mechanism is TransferMechanism.SCC or self.scc_module.value() is not None)
        self.form.setRowVisible(self.derogation, derogation or self.derogation.value() is not None)
        self.form.setRowVisible(self.repetitive, derogation or self.repetitive.value())
        self.form.setRowVisible(self.safeguards, derogation or bool(self.safeguards.value()))

    def show_value(self, value: Transfer) -> None:
        with QSignalBlocker(self.recipient):
            self.recipient.setCurrentIndex(max(self.recipient.findData(value.recipient), 0))
        self.country.set_code(value.country)
        self.organisation.set_value(value.international_organisation)
        self.mechanism.set_value(value.mechanism)
        self.scc_module.set_value(value.scc_module)
        self.derogation.set_value(value.derogation)
        self.repetitive.set_value(value.repetitive)
        self.safeguards.set_value(value.safeguards)
        self.documentation.set_value(value.documentation_reference)
        self.tia.set_value(value.tia_reference)
        self.tia_date.set_value(value.tia_date)
        self._show_dependent()
        self._show_suggestion()

    def read(self, value: Transfer) -> Transfer:
        return replace(
            value,
            recipient=self.recipient.currentData() or None,
            country=self.country.code(),
            international_organisation=self.organisation.value(),
            mechanism=self.mechanism.value(),
            scc_module=self.scc_module.value(),
            derogation=self.derogation.value(),
            repetitive=self.repetitive.value(),
            safeguards=self.safeguards.value(),
            documentation_reference=self.documentation.value(),
            tia_reference=self.tia.value(),
            tia_date=self.tia_date.value(),
        )

    def first_field(self) -> QWidget:
        return self.recipient


class RecipientsSection(Section):
    key = "recipients"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("Recipients & transfers"),
            self.tr("Who receives the data (Art. 30(1)(d)) and transfers outside the EEA with their safeguards (Art. 30(1)(e))."),
        )
        self.recipients = CataloguePicker(self)
        self.recipients.setObjectName("recipients")
        self.add_row(self.tr("Rec&ipients"), self.recipients)
        self.transfers_label = QLabel(self.tr("Transfers to third countries or international organisations"), self)
        self.transfers_label.setObjectName("subheading")
        self.content.addWidget(self.transfers_label)
        self.rows: RowList[Transfer] = RowList(
            lambda v: TransferRow(v, self), self.tr("Add transfer"), self.tr("No transfer outside the EEA recorded."), self
        )
        self.rows.setObjectName("transfers")
        self.content.addWidget(self.rows)
        self.recipients.selection_changed.connect(
            lambda v: self.host.apply(lambda a: replace(a, recipients=v), self.what(self.tr("Recipients")))
        )
        self.recipients.create_requested.connect(
            lambda name: self.host.create_item(
                "recipients", name, lambda a, uuid: replace(a, recipients=(*a.recipients, uuid)),
                self.what(self.tr("Recipients")),
            )
        )
        self.rows.changed.connect(self._changed)
        self.rows.add_requested.connect(self._add)
        self.rows.remove_requested.connect(self._remove)

    def load(self, activity: Activity) -> None:
        self.recipients.set_selected(activity.recipients)
        self.rows.set_values(activity.transfers)

    def catalogues_changed(self) -> None:
        self.recipients.set_choices(self.host.choices("recipients"))
        for row in self.rows.all_rows():
            assert isinstance(row, TransferRow)
            row.fill_recipients()

    def _changed(self) -> None:
        values = self.rows.values()
        self.host.apply(lambda a: replace(a, transfers=values), self.what(self.tr("Transfers")))

    def _add(self) -> None:
        new = Transfer(uuid=new_uuid())
        self.host.apply(lambda a: replace(a, transfers=(*a.transfers, new)), self.what(self.tr("Add transfer")))
        self.host.focus_row(self.rows, new.uuid)

    def _remove(self, uuid: str) -> None:
        self.host.apply(
            lambda a: replace(a, transfers=tuple(t for t in a.transfers if t.uuid != uuid)),
            self.what(self.tr("Remove transfer")),
        )
