"""Retention rules (Art. 30(1)(f)): for which data, how long (or until when, or by which criteria), then what."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QWidget

from ropa.domain.enums import DurationUnit, EndAction, RetentionKind
from ropa.domain.model import Activity, RetentionRule
from ropa.service import new_uuid
from ui.editor.base import EditorHost, Section
from ui.widgets.fields import EnumCombo, LineField, NumberField
from ui.widgets.picker import CataloguePicker, Choice
from ui.widgets.rows import RowList, RowWidget


class RetentionRow(RowWidget[RetentionRule]):
    def __init__(self, value: RetentionRule, section: RetentionSection, parent: QWidget | None = None) -> None:
        self.section = section
        self.t = section.t
        super().__init__(value, parent)

    def build(self) -> None:
        t = self.t
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.categories = CataloguePicker(self, visible_rows=4)
        self.categories.setObjectName("retentionCategories")
        self.categories.search.setPlaceholderText(self.tr("Search the activity's data categories"))
        self.kind = EnumCombo(RetentionKind, t, parent=self)
        self.kind.setObjectName("retentionKind")
        self.amount = NumberField(self)
        self.amount.setObjectName("durationValue")
        self.unit = EnumCombo(DurationUnit, t, "", self)
        self.unit.setObjectName("durationUnit")
        duration = QWidget(self)
        duration_layout = QHBoxLayout(duration)
        duration_layout.setContentsMargins(0, 0, 0, 0)
        duration_layout.addWidget(self.amount)
        duration_layout.addWidget(self.unit)
        duration_layout.addStretch(1)
        self.duration = duration
        self.trigger = LineField(self, self.tr("e.g. end of the employment contract"))
        self.trigger.setObjectName("trigger")
        self.criteria = LineField(self, self.tr("How the period is decided, when no figure can be given"))
        self.criteria.setObjectName("criteria")
        self.legal = LineField(self, self.tr("e.g. Art. 2262bis Civil Code; Social Criminal Code"))
        self.legal.setObjectName("retentionLegalReference")
        self.end_action = EnumCombo(EndAction, t, self.tr("\u2014 choose \u2014"), self)
        self.end_action.setObjectName("endAction")
        form.addRow(self.tr("Data &categories"), self.categories)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Duration"), duration)
        form.addRow(self.tr("Counted from / until"), self.trigger)
        form.addRow(self.tr("Criteria"), self.criteria)
        form.addRow(self.tr("Legal reference"), self.legal)
        form.addRow(self.tr("At the end"), self.end_action)
        self.body.addLayout(form)
        self.categories.set_choices(self.section.category_choices())
        self.categories.selection_changed.connect(lambda _v: self.changed.emit())
        self.categories.create_requested.connect(self.section.create_category)
        self.kind.edited.connect(lambda _v: self._kind_changed())
        self.amount.edited.connect(lambda _v: self.changed.emit())
        self.unit.edited.connect(lambda _v: self.changed.emit())
        for field in (self.trigger, self.criteria, self.legal):
            field.edited.connect(lambda _v: self.changed.emit())
        self.end_action.edited.connect(lambda _v: self.changed.emit())

    def _kind_changed(self) -> None:
        self._show_dependent()
        self.changed.emit()

    def _show_dependent(self) -> None:
        kind = self.kind.value()
        self.form.setRowVisible(self.duration, kind is RetentionKind.DURATION or self.amount.value_or_none() is not None)
        self.form.setRowVisible(self.criteria, kind is RetentionKind.CRITERIA or bool(self.criteria.value()))

    def show_value(self, value: RetentionRule) -> None:
        self.categories.set_selected(value.data_categories)
        self.kind.set_value(value.kind)
        self.amount.set_value(value.duration_value)
        self.unit.set_value(value.duration_unit)
        self.trigger.set_value(value.trigger)
        self.criteria.set_value(value.criteria)
        self.legal.set_value(value.legal_reference)
        self.end_action.set_value(value.end_action)
        self._show_dependent()

    def read(self, value: RetentionRule) -> RetentionRule:
        return replace(
            value,
            data_categories=self.categories.selected(),
            kind=self.kind.value() or RetentionKind.DURATION,
            duration_value=self.amount.value_or_none(),
            duration_unit=self.unit.value(),
            trigger=self.trigger.value(),
            criteria=self.criteria.value(),
            legal_reference=self.legal.value(),
            end_action=self.end_action.value(),
        )

    def first_field(self) -> QWidget:
        return self.categories


class RetentionSection(Section):
    key = "retention"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("Retention"),
            self.tr("Envisaged time limits for erasure of the different categories of data (Art. 30(1)(f))."),
        )
        self.rows: RowList[RetentionRule] = RowList(
            lambda v: RetentionRow(v, self), self.tr("Add retention rule"), self.tr("No retention rule recorded yet."), self
        )
        self.rows.setObjectName("retention")
        self.content.addWidget(self.rows)
        self.rows.changed.connect(self._changed)
        self.rows.add_requested.connect(self._add)
        self.rows.remove_requested.connect(self._remove)
        self._activity_categories: tuple[str, ...] = ()

    def category_choices(self) -> list[Choice]:
        """The data categories to pick from: those of this activity first, then the rest of the catalogue."""
        choices = self.host.choices("data_categories")
        used = set(self._activity_categories)
        return [c for c in choices if c.uuid in used] + [c for c in choices if c.uuid not in used]

    def create_category(self, name: str) -> None:
        self.host.create_item(
            "data_categories", name,
            lambda a, uuid: a,  # created in the catalogue; checked below by the user
            self.what(self.tr("Retention")),
        )

    def load(self, activity: Activity) -> None:
        categories = tuple(d.category for d in activity.data)
        if categories != self._activity_categories:
            self._activity_categories = categories
            self.catalogues_changed()
        self.rows.set_values(activity.retention)

    def catalogues_changed(self) -> None:
        choices = self.category_choices()
        for row in self.rows.all_rows():
            assert isinstance(row, RetentionRow)
            row.categories.set_choices(choices)

    def _changed(self) -> None:
        values = self.rows.values()
        self.host.apply(lambda a: replace(a, retention=values), self.what(self.tr("Retention")))

    def _add(self) -> None:
        # A new rule covers the activity's data categories that no rule covers yet.
        covered = {u for r in self.host.activity.retention for u in r.data_categories}
        uncovered = tuple(d.category for d in self.host.activity.data if d.category not in covered)
        new = RetentionRule(uuid=new_uuid(), data_categories=uncovered)
        self.host.apply(lambda a: replace(a, retention=(*a.retention, new)), self.what(self.tr("Add retention rule")))
        self.host.focus_row(self.rows, new.uuid)

    def _remove(self, uuid: str) -> None:
        self.host.apply(
            lambda a: replace(a, retention=tuple(r for r in a.retention if r.uuid != uuid)),
            self.what(self.tr("Remove retention rule")),
        )
