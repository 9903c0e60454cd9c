"""Data subjects and personal data (Art. 30(1)(c)), with the Art. 9(2) condition of each special category."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ropa.domain.enums import Art9Condition
from ropa.domain.model import Activity, DataCategory, ProcessedData
from ui.editor.base import EditorHost, Section
from ui.widgets.fields import EnumCombo, LineField
from ui.widgets.picker import CataloguePicker


class _SensitiveRow:
    """The Art. 9(2) condition (or Art. 10 basis) for one special or criminal data category."""

    def __init__(self, section: DataSection, category: str, row: int) -> None:
        self.category = category
        self.label = QLabel(section.conditions)
        self.condition = EnumCombo(Art9Condition, section.t, QCoreApplication.translate("DataSection", "\u2014 choose the Art. 9(2) condition \u2014"), section.conditions)
        self.condition.setObjectName("art9Condition")
        self.reference = LineField(section.conditions, QCoreApplication.translate("DataSection", "Law or document relied on"))
        self.reference.setObjectName("conditionReference")
        grid = section.grid
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.condition, row, 1)
        grid.addWidget(self.reference, row, 2)
        self.condition.edited.connect(lambda _v: section.conditions_changed())
        self.reference.edited.connect(lambda _v: section.conditions_changed())

    def remove(self) -> None:
        for widget in (self.label, self.condition, self.reference):
            widget.hide()
            widget.deleteLater()


class DataSection(Section):
    key = "data"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("Data subjects & data"),
            self.tr("Categories of data subjects and of personal data (Art. 30(1)(c)); special categories need an Art. 9(2) condition."),
        )
        self.subjects = CataloguePicker(self)
        self.subjects.setObjectName("dataSubjects")
        self.categories = CataloguePicker(self)
        self.categories.setObjectName("dataCategories")
        self.conditions = QWidget(self)
        self.conditions.setObjectName("sensitiveConditions")
        self.grid = QGridLayout(self.conditions)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self._rows: list[_SensitiveRow] = []
        self.add_row(self.tr("Data s&ubjects"), self.subjects)
        self.add_row(self.tr("Personal d&ata"), self.categories)
        self.add_row(self.tr("Special categories"), self.conditions)

        self.subjects.selection_changed.connect(
            lambda v: self.host.apply(lambda a: replace(a, data_subjects=v), self.what(self.tr("Data subjects")))
        )
        self.subjects.create_requested.connect(
            lambda name: self.host.create_item(
                "data_subject_categories", name,
                lambda a, uuid: replace(a, data_subjects=(*a.data_subjects, uuid)),
                self.what(self.tr("Data subjects")),
            )
        )
        self.categories.selection_changed.connect(self._categories_changed)
        self.categories.create_requested.connect(
            lambda name: self.host.create_item(
                "data_categories", name,
                lambda a, uuid: replace(a, data=(*a.data, ProcessedData(uuid))),
                self.what(self.tr("Personal data")),
            )
        )

    def _categories_changed(self, uuids: tuple[str, ...]) -> None:
        def change(a: Activity) -> Activity:
            existing = {d.category: d for d in a.data}
            return replace(a, data=tuple(existing.get(u) or ProcessedData(u) for u in uuids))

        self.host.apply(change, self.what(self.tr("Personal data")))

    def conditions_changed(self) -> None:
        values = {row.category: (row.condition.value(), row.reference.value()) for row in self._rows}

        def change(a: Activity) -> Activity:
            data = []
            for d in a.data:
                if d.category in values:
                    condition, reference = values[d.category]
                    d = replace(d, art9_condition=condition, condition_reference=reference)
                data.append(d)
            return replace(a, data=tuple(data))

        self.host.apply(change, self.what(self.tr("Special categories")))

    def _sensitive(self, activity: Activity) -> list[tuple[ProcessedData, DataCategory]]:
        out = []
        for d in activity.data:
            category = self.host.index.data_categories.get(d.category)
            if category is not None and category.sensitive:
                out.append((d, category))
        return out

    def load(self, activity: Activity) -> None:
        self.subjects.set_selected(activity.data_subjects)
        self.categories.set_selected(tuple(d.category for d in activity.data))
        sensitive = self._sensitive(activity)
        if [d.category for d, _c in sensitive] != [row.category for row in self._rows]:
            for row in self._rows:
                row.remove()
            self._rows = [_SensitiveRow(self, d.category, i) for i, (d, _c) in enumerate(sensitive)]
        for row, (d, category) in zip(self._rows, sensitive, strict=True):
            if category.criminal and category.special_category is None:
                row.label.setText(self.tr("%1 (criminal offences, Art. 10)").replace("%1", category.name))
                row.condition.setVisible(False)
                row.reference.setPlaceholderText(self.tr("Legal basis under Art. 10, e.g. the law that authorises it"))
            else:
                row.label.setText(self.tr("%1 (%2)").replace("%1", category.name).replace("%2", self.t.enum(category.special_category)))
            row.condition.set_value(d.art9_condition)
            row.reference.set_value(d.condition_reference)
        self.form.setRowVisible(self.conditions, bool(sensitive))

    def catalogues_changed(self) -> None:
        self.subjects.set_choices(self.host.choices("data_subject_categories"))
        self.categories.set_choices(self.host.choices("data_categories"))
