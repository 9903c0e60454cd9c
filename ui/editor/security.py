"""Security measures (Art. 30(1)(g), Art. 32) and the systems the data live in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from ropa.domain.model import Activity
from ui.editor.base import EditorHost, Section
from ui.widgets.picker import CataloguePicker


class SecuritySection(Section):
    key = "security"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("Security"),
            self.tr("Technical and organisational security measures (Art. 30(1)(g), Art. 32) and the systems used."),
        )
        self.measures = CataloguePicker(self)
        self.measures.setObjectName("securityMeasures")
        self.systems = CataloguePicker(self)
        self.systems.setObjectName("systems")
        self.add_row(self.tr("Security &measures"), self.measures)
        self.add_row(self.tr("S&ystems"), self.systems)
        self.measures.selection_changed.connect(
            lambda v: self.host.apply(lambda a: replace(a, security_measures=v), self.what(self.tr("Security measures")))
        )
        self.systems.selection_changed.connect(
            lambda v: self.host.apply(lambda a: replace(a, systems=v), self.what(self.tr("Systems")))
        )
        self.measures.create_requested.connect(
            lambda name: self.host.create_item(
                "security_measures", name, lambda a, uuid: replace(a, security_measures=(*a.security_measures, uuid)),
                self.what(self.tr("Security measures")),
            )
        )
        self.systems.create_requested.connect(
            lambda name: self.host.create_item(
                "systems", name, lambda a, uuid: replace(a, systems=(*a.systems, uuid)), self.what(self.tr("Systems"))
            )
        )

    def load(self, activity: Activity) -> None:
        self.measures.set_selected(activity.security_measures)
        self.systems.set_selected(activity.systems)

    def catalogues_changed(self) -> None:
        self.measures.set_choices(self.host.choices("security_measures"))
        self.systems.set_choices(self.host.choices("systems"))
