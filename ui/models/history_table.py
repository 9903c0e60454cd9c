"""Table model of the change history, in plain words.

The store keeps one ``Change`` per changed field, with old and new values as text (JSON for lists,
contacts and whole rows on insert/delete). This model turns them into what a DPO or an auditor reads:
local date and time, the activity, the item, the field's label, and values rendered with the same
reference labels, country names and dates as the exports. Rendering is lazy and cached per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ropa.domain.enums import (
    Art9Condition,
    Derogation,
    DpiaCriterion,
    DpiaStatus,
    DpoKind,
    DurationUnit,
    EndAction,
    LegalBasis,
    MeasureKind,
    RecipientType,
    RetentionKind,
    Role,
    SccModule,
    SourceKind,
    SpecialCategory,
    Status,
    TransferMechanism,
)
from ropa.domain.model import Activity
from ropa.i18n import Translator
from ropa.service import Change
from ui.models import SEARCH_ROLE, SORT_ROLE, UUID_ROLE, language_name

CONTEXT = "HistoryTable"
Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for lupdate (same name as Qt's macro) and returns it untranslated, typed as str."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


ENTITIES = {
    "organisation": QT_TRANSLATE_NOOP("HistoryTable", "Organisation"),
    "activity": QT_TRANSLATE_NOOP("HistoryTable", "Activity"),
    "purpose": QT_TRANSLATE_NOOP("HistoryTable", "Purpose"),
    "processed_data": QT_TRANSLATE_NOOP("HistoryTable", "Personal data"),
    "source": QT_TRANSLATE_NOOP("HistoryTable", "Source"),
    "transfer": QT_TRANSLATE_NOOP("HistoryTable", "Transfer"),
    "retention_rule": QT_TRANSLATE_NOOP("HistoryTable", "Retention rule"),
    "served_controller": QT_TRANSLATE_NOOP("HistoryTable", "Controller served"),
    "data_subject_category": QT_TRANSLATE_NOOP("HistoryTable", "Data-subject category"),
    "data_category": QT_TRANSLATE_NOOP("HistoryTable", "Personal-data category"),
    "recipient": QT_TRANSLATE_NOOP("HistoryTable", "Recipient"),
    "security_measure": QT_TRANSLATE_NOOP("HistoryTable", "Security measure"),
    "system": QT_TRANSLATE_NOOP("HistoryTable", "System"),
    "joint_controller": QT_TRANSLATE_NOOP("HistoryTable", "Joint controller"),
}

FIELDS = {
    "name": QT_TRANSLATE_NOOP("HistoryTable", "Name"),
    "legal_name": QT_TRANSLATE_NOOP("HistoryTable", "Legal name"),
    "reference": QT_TRANSLATE_NOOP("HistoryTable", "Reference"),
    "description": QT_TRANSLATE_NOOP("HistoryTable", "Description"),
    "role": QT_TRANSLATE_NOOP("HistoryTable", "Role"),
    "owner": QT_TRANSLATE_NOOP("HistoryTable", "Owner"),
    "status": QT_TRANSLATE_NOOP("HistoryTable", "Status"),
    "created_at": QT_TRANSLATE_NOOP("HistoryTable", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("HistoryTable", "Last modified"),
    "last_reviewed": QT_TRANSLATE_NOOP("HistoryTable", "Last reviewed"),
    "next_review": QT_TRANSLATE_NOOP("HistoryTable", "Next review"),
    "dpia_criteria": QT_TRANSLATE_NOOP("HistoryTable", "DPIA criteria"),
    "dpia_required": QT_TRANSLATE_NOOP("HistoryTable", "DPIA required"),
    "dpia_status": QT_TRANSLATE_NOOP("HistoryTable", "DPIA status"),
    "dpia_reference": QT_TRANSLATE_NOOP("HistoryTable", "DPIA reference"),
    "dpia_completed_on": QT_TRANSLATE_NOOP("HistoryTable", "DPIA completed on"),
    "adm_exists": QT_TRANSLATE_NOOP("HistoryTable", "Automated decision-making"),
    "adm_profiling": QT_TRANSLATE_NOOP("HistoryTable", "Profiling"),
    "adm_legal_effect": QT_TRANSLATE_NOOP("HistoryTable", "Legal or similar effect"),
    "adm_logic": QT_TRANSLATE_NOOP("HistoryTable", "Logic involved"),
    "template_id": QT_TRANSLATE_NOOP("HistoryTable", "Template"),
    "template_version": QT_TRANSLATE_NOOP("HistoryTable", "Template version"),
    "notes": QT_TRANSLATE_NOOP("HistoryTable", "Notes"),
    "data_subjects": QT_TRANSLATE_NOOP("HistoryTable", "Data subjects"),
    "recipients": QT_TRANSLATE_NOOP("HistoryTable", "Recipients"),
    "security_measures": QT_TRANSLATE_NOOP("HistoryTable", "Security measures"),
    "systems": QT_TRANSLATE_NOOP("HistoryTable", "Systems"),
    "joint_controllers": QT_TRANSLATE_NOOP("HistoryTable", "Joint controllers"),
    "legal_basis": QT_TRANSLATE_NOOP("HistoryTable", "Legal basis"),
    "legal_basis_reference": QT_TRANSLATE_NOOP("HistoryTable", "Legal basis reference"),
    "legitimate_interest": QT_TRANSLATE_NOOP("HistoryTable", "Legitimate interest"),
    "category": QT_TRANSLATE_NOOP("HistoryTable", "Category"),
    "art9_condition": QT_TRANSLATE_NOOP("HistoryTable", "Art. 9(2) condition"),
    "condition_reference": QT_TRANSLATE_NOOP("HistoryTable", "Condition reference"),
    "kind": QT_TRANSLATE_NOOP("HistoryTable", "Kind"),
    "recipient": QT_TRANSLATE_NOOP("HistoryTable", "Recipient"),
    "country": QT_TRANSLATE_NOOP("HistoryTable", "Country"),
    "hosting_country": QT_TRANSLATE_NOOP("HistoryTable", "Hosting country"),
    "international_organisation": QT_TRANSLATE_NOOP("HistoryTable", "International organisation"),
    "mechanism": QT_TRANSLATE_NOOP("HistoryTable", "Transfer mechanism"),
    "scc_module": QT_TRANSLATE_NOOP("HistoryTable", "SCC module"),
    "derogation": QT_TRANSLATE_NOOP("HistoryTable", "Derogation"),
    "repetitive": QT_TRANSLATE_NOOP("HistoryTable", "Repetitive"),
    "safeguards": QT_TRANSLATE_NOOP("HistoryTable", "Safeguards"),
    "documentation_reference": QT_TRANSLATE_NOOP("HistoryTable", "Documentation"),
    "tia_reference": QT_TRANSLATE_NOOP("HistoryTable", "TIA reference"),
    "tia_date": QT_TRANSLATE_NOOP("HistoryTable", "TIA date"),
    "data_categories": QT_TRANSLATE_NOOP("HistoryTable", "Data categories"),
    "duration_value": QT_TRANSLATE_NOOP("HistoryTable", "Duration"),
    "duration_unit": QT_TRANSLATE_NOOP("HistoryTable", "Unit"),
    "trigger": QT_TRANSLATE_NOOP("HistoryTable", "Starting event"),
    "criteria": QT_TRANSLATE_NOOP("HistoryTable", "Criteria"),
    "legal_reference": QT_TRANSLATE_NOOP("HistoryTable", "Legal reference"),
    "end_action": QT_TRANSLATE_NOOP("HistoryTable", "At the end"),
    "contact": QT_TRANSLATE_NOOP("HistoryTable", "Contact"),
    "representative": QT_TRANSLATE_NOOP("HistoryTable", "Representative"),
    "dpo": QT_TRANSLATE_NOOP("HistoryTable", "DPO"),
    "dpo_kind": QT_TRANSLATE_NOOP("HistoryTable", "DPO"),
    "processing_categories": QT_TRANSLATE_NOOP("HistoryTable", "Categories of processing"),
    "vulnerable": QT_TRANSLATE_NOOP("HistoryTable", "Vulnerable"),
    "special_category": QT_TRANSLATE_NOOP("HistoryTable", "Special category"),
    "criminal": QT_TRANSLATE_NOOP("HistoryTable", "Criminal offences data"),
    "contract_reference": QT_TRANSLATE_NOOP("HistoryTable", "DPA reference"),
    "contract_date": QT_TRANSLATE_NOOP("HistoryTable", "DPA date"),
    "dpf_certified": QT_TRANSLATE_NOOP("HistoryTable", "DPF certified"),
    "vendor": QT_TRANSLATE_NOOP("HistoryTable", "Vendor"),
    "arrangement": QT_TRANSLATE_NOOP("HistoryTable", "Arrangement"),
    "arrangement_reference": QT_TRANSLATE_NOOP("HistoryTable", "Arrangement reference"),
    "address": QT_TRANSLATE_NOOP("HistoryTable", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("HistoryTable", "Postal code"),
    "city": QT_TRANSLATE_NOOP("HistoryTable", "City"),
    "registration_number": QT_TRANSLATE_NOOP("HistoryTable", "Registration number"),
    "email": QT_TRANSLATE_NOOP("HistoryTable", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("HistoryTable", "Phone"),
    "website": QT_TRANSLATE_NOOP("HistoryTable", "Website"),
    "language": QT_TRANSLATE_NOOP("HistoryTable", "Register language"),
    "register_version": QT_TRANSLATE_NOOP("HistoryTable", "Register version"),
    "organisation": QT_TRANSLATE_NOOP("HistoryTable", "Organisation"),
}

# Which reference list a stored code belongs to, by field (and by entity where "kind" differs).
ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "role": Role,
    "status": Status,
    "dpia_status": DpiaStatus,
    "dpia_criteria": DpiaCriterion,
    "legal_basis": LegalBasis,
    "art9_condition": Art9Condition,
    "mechanism": TransferMechanism,
    "scc_module": SccModule,
    "derogation": Derogation,
    "duration_unit": DurationUnit,
    "end_action": EndAction,
    "special_category": SpecialCategory,
    "dpo_kind": DpoKind,
}
KIND_BY_ENTITY: dict[str, type[StrEnum]] = {
    "source": SourceKind,
    "retention_rule": RetentionKind,
    "recipient": RecipientType,
    "security_measure": MeasureKind,
}
COUNTRY_FIELDS = {"country", "hosting_country"}
UTC_TIMESTAMPS = {"created_at", "updated_at"}

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("HistoryTable", "Added"),
    "delete": QT_TRANSLATE_NOOP("HistoryTable", "Deleted"),
    "update": QT_TRANSLATE_NOOP("HistoryTable", "Changed"),
}

COLUMNS = (
    ("when", QT_TRANSLATE_NOOP("HistoryTable", "Date and time")),
    ("user", QT_TRANSLATE_NOOP("HistoryTable", "User")),
    ("activity", QT_TRANSLATE_NOOP("HistoryTable", "Activity")),
    ("item", QT_TRANSLATE_NOOP("HistoryTable", "Item")),
    ("change", QT_TRANSLATE_NOOP("HistoryTable", "Change")),
    ("old", QT_TRANSLATE_NOOP("HistoryTable", "Old value")),
    ("new", QT_TRANSLATE_NOOP("HistoryTable", "New value")),
)
KEYS = [key for key, _ in COLUMNS]


def field_label(field: str) -> str:
    source = FIELDS.get(field)
    if source is not None:
        return tr(source)
    text = field.replace("_", " ")
    return text[:1].upper() + text[1:]


def local_time(at: datetime) -> datetime:
    """The store's naive UTC timestamp as an aware local time."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone()


class ValueRenderer:
    """Turns stored text (codes, ISO dates, JSON) into the words of the interface language."""

    def __init__(self, translator: Translator) -> None:
        self.t = translator

    def render(self, entity: str, field: str, value: Any) -> str:
        """One value; ``value`` is the decoded JSON (or plain text) of a field."""
        if value is None or value == "" or value == [] or value == {}:
            return ""
        if isinstance(value, bool):
            return translate("HistoryTable", "Yes") if value else translate("HistoryTable", "No")
        if isinstance(value, list):
            return ", ".join(self.render(entity, field, v) for v in value)
        if isinstance(value, dict):
            return "; ".join(
                f"{field_label(k)}: {self.render(entity, k, v)}" for k, v in value.items() if v not in (None, "")
            )
        text = str(value)
        enum = KIND_BY_ENTITY.get(entity) if field == "kind" else ENUM_FIELDS.get(field)
        if enum is not None:
            try:
                return self.t.enum(enum(text))
            except (ValueError, KeyError):
                return text
        if field in COUNTRY_FIELDS:
            return self.t.country(text)
        if field == "language":
            try:
                return language_name(text, self.t.language)
            except ValueError:
                return text
        return self._maybe_date(field, text)

    def _maybe_date(self, field: str, text: str) -> str:
        if len(text) == 10 and text[4:5] == "-" and text[7:8] == "-":
            try:
                return self.t.date(date.fromisoformat(text))
            except ValueError:
                return text
        if len(text) >= 19 and text[4:5] == "-" and text[10:11] == "T":
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                return text
            if field in UTC_TIMESTAMPS:
                moment = local_time(moment)
            return self.t.date(moment)
        return text

    def decode(self, text: str | None) -> Any:
        """Stored text -> Python value: JSON where it is JSON, the text itself otherwise."""
        if text is None:
            return None
        if text[:1] in "[{" or text in ("true", "false"):  # numbers stay text: "0644" keeps its zero
            try:
                return json.loads(text)
            except ValueError:
                return text
        return text

    def rows(self, entity: str, obj: Any, sep: str = "; ") -> str:
        """A whole inserted/deleted row as "Field: value" pairs."""
        if not isinstance(obj, dict):
            return self.render(entity, "", obj)
        parts = []
        for key, value in obj.items():
            shown = self.render(entity, key, value)
            if shown:
                parts.append(f"{field_label(key)}: {shown}")
        return sep.join(parts)


class HistoryTableModel(QAbstractTableModel):
    """Read-only rows of ``Change``; texts are rendered on first use and cached."""

    def __init__(self, translator: Translator, parent: Any = None) -> None:
        super().__init__(parent)
        self.translator = translator
        self.renderer = ValueRenderer(translator)
        self.changes: list[Change] = []
        self.activity_names: dict[str, str] = {}
        self._cache: dict[int, dict[str, str]] = {}
        self._dates: dict[datetime, str] = {}
        self.seq: list[int] = []

    def set_changes(self, changes: Sequence[Change], activities: Iterable[Activity]) -> None:
        """Show these changes (newest first); activity names come from the current activities,
        or, for deleted ones, from the history itself."""
        self.beginResetModel()
        self.changes = list(changes)
        self.seq = list(range(len(self.changes)))  # position in the store's order (newest first)
        names = {a.uuid: f"{a.reference}  {a.name}" for a in activities}
        for change in self.changes:
            if change.entity == "activity" and change.activity_uuid and change.activity_uuid not in names:
                names[change.activity_uuid] = change.label.replace(" ", "  ", 1) + " " + translate("HistoryTable", "(deleted)")
        self.activity_names = names
        self._cache = {}
        self.endResetModel()

    def change(self, row: int) -> Change:
        return self.changes[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on precomputed keys: one pass, fast even for many thousand rows.

        The store's order (newest first, then by entry) is the "when" order, kept in ``seq``.
        """
        if not (0 <= column < len(COLUMNS)) or not self.changes:
            return
        key = KEYS[column]
        positions = list(range(len(self.changes)))
        seq = self.seq
        if key == "when":
            keys: list[Any] = [-seq[p] for p in positions]  # store position 0 is the newest
        elif key == "user":
            keys = [c.user.casefold() for c in self.changes]
        elif key == "activity":
            keys = [self.activity_names.get(c.activity_uuid or "", "").casefold() for c in self.changes]
        else:
            keys = [self.texts(p)[key].casefold() for p in positions]
        descending = order == Qt.SortOrder.DescendingOrder
        positions.sort(key=lambda p: (keys[p], -seq[p] if descending else seq[p]), reverse=descending)
        self.layoutAboutToBeChanged.emit()
        old = list(self.persistentIndexList())
        old_rows = [i.row() for i in old]
        texts = [self._cache.get(p) for p in positions]
        self.changes = [self.changes[p] for p in positions]
        self.seq = [seq[p] for p in positions]
        self._cache = {row: t for row, t in enumerate(texts) if t is not None}
        new_row = {p: row for row, p in enumerate(positions)}
        self.changePersistentIndexList(old, [self.index(new_row[r], i.column()) for r, i in zip(old_rows, old, strict=True)])
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _when(self, at: datetime) -> str:
        # One transaction writes many changes with the same timestamp: format each moment once.
        text = self._dates.get(at)
        if text is None:
            text = self._dates[at] = self.translator.date(local_time(at))
        return text

    def texts(self, row: int) -> dict[str, str]:
        """Every column's text for one change (cached)."""
        cached = self._cache.get(row)
        if cached is not None:
            return cached
        change = self.changes[row]
        r = self.renderer
        entity = tr(ENTITIES.get(change.entity, change.entity))
        label = change.label
        if change.entity == "transfer" and len(label) == 2:
            label = self.translator.country(label)
        elif change.entity in ("retention_rule", "source"):
            label = r.render(change.entity, "kind", label)
        item = f"{entity}: {label}" if label and change.entity != "activity" else entity
        if change.action == "update":
            what = field_label(change.field)
            before, after = r.decode(change.old), r.decode(change.new)
            if isinstance(before, dict) and isinstance(after, dict):
                # A contact: show only the parts that changed.
                keys = [k for k in {**before, **after} if before.get(k) != after.get(k)]
                before = {k: before.get(k, "") for k in keys}
                after = {k: after.get(k, "") for k in keys}
            old = r.render(change.entity, change.field, before)
            new = r.render(change.entity, change.field, after)
        else:
            what = tr(ACTIONS.get(change.action, change.action))
            old = r.rows(change.entity, r.decode(change.old))
            new = r.rows(change.entity, r.decode(change.new))
        texts = {
            "when": self._when(change.at),
            "user": change.user,
            "activity": self.activity_names.get(change.activity_uuid or "", ""),
            "item": item,
            "change": what,
            "old": old,
            "new": new,
        }
        self._cache[row] = texts
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.changes)):
            return None
        row = index.row()
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[key].replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            change = self.changes[row]
            if key in ("old", "new") and change.action != "update":
                obj = self.renderer.decode(change.old if key == "old" else change.new)
                return self.renderer.rows(change.entity, obj, sep="\n") or None
            return self.texts(row)[key] or None
        if role == SORT_ROLE:
            return -self.seq[row] if key == "when" else self.texts(row)[key].casefold()
        if role == UUID_ROLE:
            return self.changes[row].activity_uuid
        if role == SEARCH_ROLE:
            return " ".join(self.texts(row).values())
        return None


class HistoryFilterProxy(QSortFilterProxyModel):
    """Free-text search over every column of the loaded changes.

    Sorting is passed to the source model, which sorts in one Python pass instead of one call per
    comparison; the proxy keeps the source order.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
