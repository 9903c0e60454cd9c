"""Table model of one catalogue (recipients, systems...) over frozen snapshot items.

The model never reads the register itself: the view hands it the items and the activities (one
``store.activities()`` call) and the model derives the "used by" counts from them. Columns differ
per catalogue; every cell has a display text, a sort value and the row's uuid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ropa.domain.model import Activity, CatalogueItem, Contact, Recipient
from ropa.i18n import Translator
from ropa.reference import adequacy_for, is_eea
from ui.models import SEARCH_ROLE, SORT_ROLE, UUID_ROLE
from ui.widgets.country import country_standing

CONTEXT = "CatalogueTable"

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for lupdate (same name as Qt's macro) and returns it untranslated, typed as str."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def references_of(activity: Activity) -> set[str]:
    """Every catalogue item uuid an activity points to (directly or inside its parts)."""
    refs = {*activity.data_subjects, *activity.recipients, *activity.security_measures, *activity.systems}
    refs.update(activity.joint_controllers)
    refs.update(d.category for d in activity.data)
    refs.update(t.recipient for t in activity.transfers if t.recipient)
    for rule in activity.retention:
        refs.update(rule.data_categories)
    return refs


def usage_map(activities: Iterable[Activity]) -> dict[str, list[Activity]]:
    """Item uuid -> activities using it, computed from one list of activities."""
    out: dict[str, list[Activity]] = {}
    for activity in activities:
        for uuid in references_of(activity):
            out.setdefault(uuid, []).append(activity)
    for users in out.values():
        users.sort(key=lambda a: a.reference)
    return out


def contact_summary(contact: Contact) -> str:
    """One line for a contact: who, and how to reach them."""
    parts = [contact.name, contact.organisation, contact.email, contact.phone]
    return ", ".join(p for p in parts if p)


def recipient_standing(recipient: Recipient, short: bool = False) -> str:
    """The country's standing, made precise for the US where adequacy depends on DPF certification."""
    decision = adequacy_for(recipient.country) if recipient.country else None
    if decision is not None and decision.scope == "certified" and not is_eea(recipient.country):
        if recipient.dpf_certified:
            return translate("CatalogueTable", "Adequacy (DPF)") if short else translate("CatalogueTable", "adequacy decision: the recipient is DPF-certified")
        return translate("CatalogueTable", "Not DPF-certified") if short else translate("CatalogueTable",
            "no adequacy: the recipient is not certified under the EU-US Data Privacy Framework"
        )
    return country_standing(recipient.country, short)


def with_standing(country: str, standing: str) -> str:
    """'United States · Adequacy (DPF)': the country and its standing in one cell."""
    return f"{country} · {standing}" if country and standing else country


@dataclass(frozen=True)
class Column:
    """One column: a translatable header and how to show and sort an item in it."""

    key: str
    header: str  # source text, translated with tr() when shown
    text: Callable[[Any, Translator], str]
    sort: Callable[[Any, Translator], Any] | None = None
    check: Callable[[Any], bool] | None = None  # a yes/no column shown as a (read-only) check box
    tooltip: Callable[[Any, Translator], str] | None = None
    header_tip: str = ""  # source text of the header's tooltip


def _yes(value: bool) -> str:
    return translate("CatalogueTable", "Yes") if value else ""


def _date(value: date | None, t: Translator) -> str:
    return t.date(value, "short") if value else ""


NAME = Column("name", QT_TRANSLATE_NOOP("CatalogueTable", "Name"), lambda i, t: i.name, lambda i, t: i.name.casefold())
DESCRIPTION = Column(
    "description",
    QT_TRANSLATE_NOOP("CatalogueTable", "Description"),
    lambda i, t: i.description.replace("\n", " "),
    tooltip=lambda i, t: i.description,
)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "recipients": (
        NAME,
        Column("kind", QT_TRANSLATE_NOOP("CatalogueTable", "Type"), lambda i, t: t.enum(i.kind)),
        Column(
            "country",
            QT_TRANSLATE_NOOP("CatalogueTable", "Country"),
            lambda i, t: with_standing(t.country(i.country), recipient_standing(i, short=True)),
            sort=lambda i, t: t.country(i.country).casefold(),
            tooltip=lambda i, t: with_standing(t.country(i.country), recipient_standing(i)),
            header_tip=QT_TRANSLATE_NOOP("CatalogueTable", "Country, and whether it is in the EEA or covered by an "
                                                           "adequacy decision"),
        ),
        Column(
            "contract_reference",
            QT_TRANSLATE_NOOP("CatalogueTable", "DPA reference"),
            lambda i, t: i.contract_reference,
            tooltip=lambda i, t: ", ".join(x for x in (i.contract_reference, _date(i.contract_date, t)) if x),
            header_tip=QT_TRANSLATE_NOOP("CatalogueTable", "Contract or data processing agreement (Art. 28), with its date"),
        ),
    ),
    "data_subject_categories": (
        NAME,
        DESCRIPTION,
        Column(
            "vulnerable",
            QT_TRANSLATE_NOOP("CatalogueTable", "Vulnerable"),
            lambda i, t: _yes(i.vulnerable),
            sort=lambda i, t: i.vulnerable,
            check=lambda i: bool(i.vulnerable),
        ),
    ),
    "data_categories": (
        NAME,
        DESCRIPTION,
        Column("special_category", QT_TRANSLATE_NOOP("CatalogueTable", "Special category"),
               lambda i, t: t.enum(i.special_category),
               header_tip=QT_TRANSLATE_NOOP("CatalogueTable", "Special category of personal data (Art. 9(1))")),
        Column(
            "criminal",
            QT_TRANSLATE_NOOP("CatalogueTable", "Art. 10"),
            lambda i, t: _yes(i.criminal),
            sort=lambda i, t: i.criminal,
            check=lambda i: bool(i.criminal),
            header_tip=QT_TRANSLATE_NOOP("CatalogueTable", "Personal data relating to criminal convictions and offences (Art. 10)"),
        ),
    ),
    "security_measures": (
        NAME,
        Column("kind", QT_TRANSLATE_NOOP("CatalogueTable", "Kind"), lambda i, t: t.enum(i.kind)),
        DESCRIPTION,
    ),
    "systems": (
        NAME,
        Column("vendor", QT_TRANSLATE_NOOP("CatalogueTable", "Vendor"), lambda i, t: i.vendor),
        Column(
            "hosting_country",
            QT_TRANSLATE_NOOP("CatalogueTable", "Hosting country"),
            lambda i, t: with_standing(t.country(i.hosting_country), country_standing(i.hosting_country, short=True)),
            sort=lambda i, t: t.country(i.hosting_country).casefold(),
            tooltip=lambda i, t: with_standing(t.country(i.hosting_country), country_standing(i.hosting_country)),
        ),
        DESCRIPTION,
    ),
    "joint_controllers": (
        NAME,
        Column("contact", QT_TRANSLATE_NOOP("CatalogueTable", "Contact"), lambda i, t: contact_summary(i.contact)),
        Column("dpo", QT_TRANSLATE_NOOP("CatalogueTable", "DPO"), lambda i, t: contact_summary(i.dpo)),
        Column("arrangement_reference", QT_TRANSLATE_NOOP("CatalogueTable", "Arrangement reference"),
               lambda i, t: i.arrangement_reference),
    ),
}

USED_BY = Column("used_by", QT_TRANSLATE_NOOP("CatalogueTable", "Used by"), lambda i, t: "")


class CatalogueTableModel(QAbstractTableModel):
    """Read-only rows of one catalogue, plus a "used by N activities" column; the name is editable (F2).

    Renaming goes through ``rename_handler(uuid, new_name) -> bool`` (the view runs an undoable
    command); the model itself never writes.
    """

    def __init__(self, catalogue: str, translator: Translator, parent: Any = None) -> None:
        super().__init__(parent)
        if catalogue not in COLUMNS:
            raise ValueError(f"unknown catalogue {catalogue}")
        self.catalogue = catalogue
        self.translator = translator
        self.columns: tuple[Column, ...] = (*COLUMNS[catalogue], USED_BY)
        self.items: list[CatalogueItem] = []
        self.users: dict[str, list[Activity]] = {}
        self.rename_handler: Callable[[str, str], bool] | None = None

    # --- loading --------------------------------------------------------------------------------

    def set_items(self, items: Sequence[CatalogueItem], activities: Iterable[Activity]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.users = usage_map(activities)
        self.endResetModel()

    def item(self, row: int) -> CatalogueItem:
        return self.items[row]

    def row_of(self, uuid: str) -> int:
        for row, item in enumerate(self.items):
            if item.uuid == uuid:
                return row
        return -1

    def used_by(self, uuid: str) -> list[Activity]:
        return self.users.get(uuid, [])

    def column_of(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(column.header)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(column.header_tip or column.header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.columns[index.column()].key == "name" and self.rename_handler is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        column = self.columns[index.column()]
        t = self.translator
        if column is USED_BY:
            count = len(self.users.get(item.uuid, ()))
            if role == Qt.ItemDataRole.DisplayRole:
                return str(count)
            if role == SORT_ROLE:
                return count
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                users = self.users.get(item.uuid, [])
                return "\n".join(f"{a.reference}  {a.name}" for a in users) or translate("CatalogueTable", "No activity uses this item")
            if role == Qt.ItemDataRole.ForegroundRole and not count:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        else:
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if column.check is not None else column.text(item, t)
            if role == Qt.ItemDataRole.EditRole:
                return column.text(item, t)
            if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
                return Qt.CheckState.Checked if column.check(item) else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return column.sort(item, t) if column.sort is not None else column.text(item, t).casefold()
            if role == Qt.ItemDataRole.ToolTipRole:
                if column.tooltip is not None:
                    return column.tooltip(item, t) or None
                return column.text(item, t) or None
        if role == UUID_ROLE:
            return item.uuid
        if role == SEARCH_ROLE:
            return " ".join(c.text(item, t) for c in self.columns if c is not USED_BY) + " " + " ".join(
                str(v) for v in vars(item).values() if isinstance(v, str)
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.rename_handler is None:
            return False
        if self.columns[index.column()].key != "name":
            return False
        name = str(value).strip()
        item = self.items[index.row()]
        if not name or name == item.name:
            return False
        return self.rename_handler(item.uuid, name)


class CatalogueFilterProxy(QSortFilterProxyModel):
    """Sorts on the raw values and filters on all of a row's text (case-insensitive, any part)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
