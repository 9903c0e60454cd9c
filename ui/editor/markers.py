"""Markers of the checks in the activity editor: what is missing or wrong, shown where it is fixed.

Each section gets a line under its title listing its open findings (coloured by severity, the rule
and the message in the interface language), and the section index on the left a coloured dot. The
findings are those of ``check_activity`` on the activity being edited, so they follow every edit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget

from ropa.checks import Finding, Severity, check_activity
from ropa.domain.model import Acknowledgement, Activity, RegisterIndex
from ropa.i18n import Translator
from ropa.service import RegisterStore
from ui.editor.base import Section
from ui.widgets.charts import SEVERITY_COLOURS, severity_icon


def load_acknowledgements(store: RegisterStore) -> tuple[Acknowledgement, ...]:
    """The register's acknowledgements, without loading every activity."""
    return store.acknowledgements()


_BLANK: list[QIcon] = []


def _blank() -> QIcon:
    """A transparent icon, so section names stay aligned whether or not they carry a dot."""
    if not _BLANK:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        _BLANK.append(QIcon(pixmap))
    return _BLANK[0]


class SectionMarkers:
    """One marker label per section, and icons in the section index."""

    def __init__(self, sections: list[Section], index_list: QListWidget, section_role: int,
                 field_sections: dict[str, str]) -> None:
        self.sections = {s.key: s for s in sections}
        self.index_list = index_list
        self.section_role = section_role
        self.field_sections = field_sections
        self.findings: list[Finding] = []
        self.by_section: dict[str, list[Finding]] = {}
        self.labels: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        for section in sections:
            label = QLabel(section)
            label.setObjectName(f"findings_{section.key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setVisible(False)
            # At the foot of the section, not under its title: a finding that appears or goes
            # as the user edits never moves the fields they are about to click.
            section.content.addWidget(label)
            self.labels[section.key] = label

    def update(self, activity: Activity, index: RegisterIndex, acknowledgements: tuple[Acknowledgement, ...],
               t: Translator, today: date | None = None) -> list[Finding]:
        register = replace(index.register, acknowledgements=acknowledgements)
        self.findings = [f for f in check_activity(activity, register, today=today or date.today(), index=index)
                         if not f.acknowledged]
        self.titles = {}
        self.by_section = {}
        for f in self.findings:
            key = self.field_sections.get(f.field, f.field)
            self.by_section.setdefault(key if key in self.sections else "identity", []).append(f)
        for key, label in self.labels.items():
            found = self.by_section.get(key, [])
            label.setVisible(bool(found))
            if found:
                lines = []
                for f in found:
                    colour = SEVERITY_COLOURS[f.severity].name()
                    lines.append(f'<span style="color:{colour}">\u25cf</span> <b>{escape(f.title(t))}</b> '
                                 f'({escape(f.article_label(t))}): {escape(f.message(t))}')
                label.setText("<br>".join(lines))
                self.titles[key] = "\n".join(f"\u2022 {f.title(t)}" for f in found)
                label.setToolTip(QCoreApplication.translate(
                    "ActivityEditor", "Findings of the checks; accept them on the Findings page if they are intended"))
        self.mark_index()
        return self.findings

    def mark_index(self) -> None:
        for i in range(self.index_list.count()):
            item = self.index_list.item(i)
            found = self.by_section.get(item.data(self.section_role), [])
            if found:
                worst = min(found, key=lambda f: f.severity.rank).severity
                item.setIcon(severity_icon(worst))
                item.setToolTip(self.titles.get(item.data(self.section_role), ""))
            else:
                item.setIcon(_blank())
                item.setToolTip("")

    def worst(self, key: str) -> Severity | None:
        found = self.by_section.get(key, [])
        return min(found, key=lambda f: f.severity.rank).severity if found else None
