"""Sources of the data (where they come from: Art. 13 or 14 information)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QWidget

from ropa.domain.enums import SourceKind
from ropa.domain.model import Activity, Source
from ropa.i18n import Translator
from ropa.service import new_uuid
from ui.editor.base import EditorHost, Section
from ui.widgets.fields import EnumCombo, LineField
from ui.widgets.rows import RowList, RowWidget


class SourceRow(RowWidget[Source]):
    def __init__(self, value: Source, translator: Translator, parent: QWidget | None = None) -> None:
        self.t = translator
        super().__init__(value, parent)

    def build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = EnumCombo(SourceKind, self.t, parent=self)
        self.kind.setObjectName("sourceKind")
        self.description = LineField(self, self.tr("e.g. application form, LinkedIn, the employer"))
        self.description.setObjectName("sourceDescription")
        form.addRow(self.tr("O&btained from"), self.kind)
        form.addRow(self.tr("Details"), self.description)
        self.body.addLayout(form)
        self.kind.edited.connect(lambda _v: self.changed.emit())
        self.description.edited.connect(lambda _v: self.changed.emit())

    def show_value(self, value: Source) -> None:
        self.kind.set_value(value.kind)
        self.description.set_value(value.description)

    def read(self, value: Source) -> Source:
        return replace(value, kind=self.kind.value() or SourceKind.DATA_SUBJECT, description=self.description.value())

    def first_field(self) -> QWidget:
        return self.kind


class SourcesSection(Section):
    key = "sources"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("Sources"),
            self.tr("Where the personal data come from: the data subject (Art. 13) or elsewhere (Art. 14)."),
        )
        self.rows: RowList[Source] = RowList(
            lambda v: SourceRow(v, self.t), self.tr("Add source"), self.tr("No source recorded yet."), self
        )
        self.rows.setObjectName("sources")
        self.content.addWidget(self.rows)
        self.rows.changed.connect(self._changed)
        self.rows.add_requested.connect(self._add)
        self.rows.remove_requested.connect(self._remove)

    def load(self, activity: Activity) -> None:
        self.rows.set_values(activity.sources)

    def _changed(self) -> None:
        values = self.rows.values()
        self.host.apply(lambda a: replace(a, sources=values), self.what(self.tr("Sources")))

    def _add(self) -> None:
        new = Source(uuid=new_uuid())
        self.host.apply(lambda a: replace(a, sources=(*a.sources, new)), self.what(self.tr("Add source")))
        self.host.focus_row(self.rows, new.uuid)

    def _remove(self, uuid: str) -> None:
        self.host.apply(
            lambda a: replace(a, sources=tuple(s for s in a.sources if s.uuid != uuid)),
            self.what(self.tr("Remove source")),
        )
