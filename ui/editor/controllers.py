"""Controllers served by a processor activity (Art. 30(2)(a), (b)): each with its contacts and the
categories of processing carried out on its behalf."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QTabWidget, QWidget

from ropa.domain.enums import Role
from ropa.domain.model import Activity, Contact, ServedController
from ropa.service import new_uuid
from ui.editor.base import EditorHost, Section
from ui.widgets.contact import ContactEditor
from ui.widgets.fields import TextField
from ui.widgets.rows import RowList, RowWidget


class ServedControllerRow(RowWidget[ServedController]):
    def __init__(self, value: ServedController, section: ControllersSection, parent: QWidget | None = None) -> None:
        self.section = section
        super().__init__(value, parent)

    def build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.controller = self._contact_editor("controllerContact")
        self.tabs.addTab(self.controller, self.tr("Controller"))
        # The representative and DPO forms are built when their tab is first shown (each country
        # list costs a few milliseconds; most rows are never looked at there).
        self.representative: ContactEditor | None = None
        self.dpo: ContactEditor | None = None
        self.tabs.addTab(QWidget(self.tabs), self.tr("Representative (Art. 27)"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("DPO"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.categories = TextField(self, 2, self.tr("What we do for this controller, e.g. hosting, support, analytics"))
        self.categories.setObjectName("processingCategories")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Categories of processin&g"), self.categories)
        self.body.addWidget(self.tabs)
        self.body.addLayout(form)
        self.categories.edited.connect(lambda _v: self.changed.emit())

    def _contact_editor(self, name: str) -> ContactEditor:
        editor = ContactEditor(self.section.t, self.tabs)
        editor.setObjectName(name)
        editor.edited.connect(lambda _v: self.changed.emit())
        return editor

    def _tab_shown(self, index: int) -> None:
        if index == 1 and self.representative is None:
            self.representative = self._replace_tab(1, "representativeContact", self._value.representative)
        elif index == 2 and self.dpo is None:
            self.dpo = self._replace_tab(2, "dpoContact", self._value.dpo)

    def _replace_tab(self, index: int, name: str, value: Contact) -> ContactEditor:
        editor = self._contact_editor(name)
        editor.set_value(value)
        text = self.tabs.tabText(index)
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, editor, text)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return editor

    def show_value(self, value: ServedController) -> None:
        self.controller.set_value(value.contact)
        if self.representative is not None:
            self.representative.set_value(value.representative)
        if self.dpo is not None:
            self.dpo.set_value(value.dpo)
        self.categories.set_value(value.processing_categories)

    def read(self, value: ServedController) -> ServedController:
        return replace(
            value,
            contact=self.controller.value(),
            representative=self.representative.value() if self.representative is not None else value.representative,
            dpo=self.dpo.value() if self.dpo is not None else value.dpo,
            processing_categories=self.categories.value(),
        )

    def first_field(self) -> QWidget:
        return self.controller.name


class ControllersSection(Section):
    key = "controllers"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("Controllers served"),
            self.tr("Each controller on whose behalf we act, its representative and DPO (Art. 30(2)(a)), "
                    "and the categories of processing carried out for it (Art. 30(2)(b))."),
        )
        self.rows: RowList[ServedController] = RowList(
            lambda v: ServedControllerRow(v, self), self.tr("Add controller"),
            self.tr("No controller recorded yet."), self,
        )
        self.rows.setObjectName("servedControllers")
        self.content.addWidget(self.rows)
        self.rows.changed.connect(self._changed)
        self.rows.add_requested.connect(self._add)
        self.rows.remove_requested.connect(self._remove)

    def applies_to(self, activity: Activity) -> bool:
        return activity.role is Role.PROCESSOR or bool(activity.served_controllers)

    def load(self, activity: Activity) -> None:
        self.rows.set_values(activity.served_controllers)

    def _changed(self) -> None:
        values = self.rows.values()
        self.host.apply(lambda a: replace(a, served_controllers=values), self.what(self.tr("Controllers served")))

    def _add(self) -> None:
        new = ServedController(uuid=new_uuid())
        self.host.apply(
            lambda a: replace(a, served_controllers=(*a.served_controllers, new)), self.what(self.tr("Add controller"))
        )
        self.host.focus_row(self.rows, new.uuid)

    def _remove(self, uuid: str) -> None:
        self.host.apply(
            lambda a: replace(a, served_controllers=tuple(c for c in a.served_controllers if c.uuid != uuid)),
            self.what(self.tr("Remove controller")),
        )
