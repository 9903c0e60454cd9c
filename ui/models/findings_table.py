"""The findings table: a model over the findings of one register snapshot, and its filter proxy.

Texts (rule title, subject, message in the interface language) are computed once per finding when
the findings are set, so sorting and filtering never translate again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from ropa.checks import Finding, Severity
from ropa.checks.report import Labeller
from ropa.domain.model import Register
from ropa.i18n import Translator
from ui.models import SEARCH_ROLE, SORT_ROLE, UUID_ROLE
from ui.widgets.charts import SEVERITY_COLOURS, severity_icon

Index = QModelIndex | QPersistentModelIndex

# The finding itself, for views that act on the selected row.
FINDING_ROLE = 0x0100 + 20


class Column(IntEnum):
    SEVERITY = 0
    RULE = 1
    SUBJECT = 2
    FIELD = 3
    ARTICLE = 4
    MESSAGE = 5
    ACCEPTED = 6


def _header(column: Column) -> str:
    labels = {
        Column.SEVERITY: QCoreApplication.translate("FindingsTable", "Severity"),
        Column.RULE: QCoreApplication.translate("FindingsTable", "Rule"),
        Column.SUBJECT: QCoreApplication.translate("FindingsTable", "Concerns"),
        Column.FIELD: QCoreApplication.translate("FindingsTable", "Field"),
        Column.ARTICLE: QCoreApplication.translate("FindingsTable", "Article"),
        Column.MESSAGE: QCoreApplication.translate("FindingsTable", "Finding"),
        Column.ACCEPTED: QCoreApplication.translate("FindingsTable", "Accepted"),
    }
    return labels[column]


def severity_label(severity: Severity) -> str:
    labels = {
        Severity.ERROR: QCoreApplication.translate("FindingsTable", "Error"),
        Severity.WARNING: QCoreApplication.translate("FindingsTable", "Warning"),
        Severity.INFO: QCoreApplication.translate("FindingsTable", "Info"),
    }
    return labels[severity]


def field_label(field: str) -> str:
    """The name of the field a finding points at, as the editor labels it."""
    labels = {
        "address": QCoreApplication.translate("FindingsTable", "Address"),
        "country": QCoreApplication.translate("FindingsTable", "Country"),
        "dpo": QCoreApplication.translate("FindingsTable", "Data protection officer"),
        "representative": QCoreApplication.translate("FindingsTable", "Representative"),
        "arrangement": QCoreApplication.translate("FindingsTable", "Arrangement"),
        "contract_reference": QCoreApplication.translate("FindingsTable", "Contract (DPA)"),
        "name": QCoreApplication.translate("FindingsTable", "Name"),
        "security_measures": QCoreApplication.translate("FindingsTable", "Security measures"),
        "joint_controllers": QCoreApplication.translate("FindingsTable", "Joint controllers"),
        "purposes": QCoreApplication.translate("FindingsTable", "Purposes"),
        "data_subjects": QCoreApplication.translate("FindingsTable", "Data subjects"),
        "data": QCoreApplication.translate("FindingsTable", "Personal data"),
        "recipients": QCoreApplication.translate("FindingsTable", "Recipients"),
        "retention": QCoreApplication.translate("FindingsTable", "Retention"),
        "dpia": QCoreApplication.translate("FindingsTable", "DPIA"),
        "automated_decision": QCoreApplication.translate("FindingsTable", "Automated decision"),
        "served_controllers": QCoreApplication.translate("FindingsTable", "Controllers served"),
        "transfers": QCoreApplication.translate("FindingsTable", "Transfers"),
        "next_review": QCoreApplication.translate("FindingsTable", "Next review"),
        "last_reviewed": QCoreApplication.translate("FindingsTable", "Last reviewed"),
    }
    return labels.get(field, field)


@dataclass(frozen=True, slots=True)
class FindingRow:
    finding: Finding
    texts: tuple[str, ...]
    blob: str
    subject_key: str  # activity uuid, or the target of an organisation / catalogue finding

    @property
    def accepted(self) -> bool:
        return self.finding.acknowledged


def build_rows(findings: Sequence[Finding], register: Register, t: Translator) -> list[FindingRow]:
    labeller = Labeller(register, t)
    rows = []
    for f in findings:
        ack = f.acknowledgement
        texts = (
            severity_label(f.severity),
            f.title(t),
            labeller.subject(f),
            field_label(f.field),
            f.article_label(t),
            f.message(t),
            ack.justification if ack is not None else "",
        )
        rows.append(FindingRow(f, texts, "\n".join(texts).casefold() + "\n" + f.rule_id.casefold(),
                               f.activity_uuid or f.target_uuid))
    return rows


class FindingsTableModel(QAbstractTableModel):
    """One row per finding, in the checks' order (severity, then register order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FindingRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _header(Column(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        f = row.finding
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEVERITY:
            return severity_icon(f.severity, row.accepted)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.ACCEPTED and f.acknowledgement is not None:
                ack = f.acknowledgement
                return QCoreApplication.translate("FindingsTable", "Accepted on %1: %2").replace(
                    "%1", str(ack.acknowledged_at)[:10]).replace("%2", ack.justification)
            if column in (Column.MESSAGE, Column.SUBJECT, Column.RULE):
                return row.texts[column]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.accepted:
                return QBrush(Qt.GlobalColor.gray)
            if column == Column.SEVERITY:
                return QBrush(SEVERITY_COLOURS[f.severity])
            return None
        if role == SORT_ROLE:
            if column == Column.SEVERITY:
                return f.severity.rank * 2 + int(row.accepted)
            return row.texts[column].casefold()
        if role == UUID_ROLE:
            return f.activity_uuid or f.target_uuid
        if role == SEARCH_ROLE:
            return row.blob
        if role == FINDING_ROLE:
            return f
        return None

    def set_rows(self, rows: list[FindingRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> Sequence[FindingRow]:
        return self._rows

    def row_at(self, row: int) -> FindingRow:
        return self._rows[row]


class FindingsFilterProxy(QSortFilterProxyModel):
    """Severity, rule, activity (or item), words, and whether accepted findings are shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.severity: Severity | None = None
        self.rule: str | None = None
        self.subject: str | None = None
        self.words: list[str] = []
        self.show_accepted = True
        self.setSortRole(SORT_ROLE)

    def source(self) -> FindingsTableModel:
        model = self.sourceModel()
        assert isinstance(model, FindingsTableModel)
        return model

    def set_filters(self, *, severity: Severity | None = None, rule: str | None = None, subject: str | None = None,
                    text: str = "", show_accepted: bool = True) -> None:
        self.beginFilterChange()
        self.severity, self.rule, self.subject = severity, rule, subject
        self.words = text.casefold().split()
        self.show_accepted = show_accepted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: FindingRow) -> bool:
        f = row.finding
        if self.severity is not None and f.severity is not self.severity:
            return False
        if self.rule is not None and f.rule_id != self.rule:
            return False
        if self.subject is not None and row.subject_key != self.subject:
            return False
        if not self.show_accepted and row.accepted:
            return False
        return all(word in row.blob for word in self.words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.accepts(self.source().row_at(source_row))

    def finding_at(self, row: int) -> Finding:
        value = self.index(row, 0).data(FINDING_ROLE)
        assert isinstance(value, Finding)
        return value
