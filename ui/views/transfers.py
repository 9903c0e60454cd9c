"""Transfers overview: every third-country transfer of every activity in one table.

Each row gets a status derived from the dated adequacy list (``ropa.reference``) and what the
transfer records (mechanism, SCC module, derogation, TIA), so the DPO sees at once which transfers
lack a legal ground. Recipients outside the EEA that an activity uses without any recorded transfer
are listed too: that gap is what an auditor asks about first. Double-click opens the activity.
"""

from __future__ import annotations

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
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.domain.enums import Derogation, RecipientType, TransferMechanism
from ropa.domain.model import Activity, Recipient, Transfer
from ropa.i18n import Translator
from ropa.reference import adequacy_for, is_eea
from ui.context import AppContext
from ui.models import SEARCH_ROLE, SORT_ROLE, UUID_ROLE, ui_translator
from ui.widgets.country import country_standing
from ui.widgets.fields import compact, page_title
from ui.widgets.reload import ReloadWhenShown

CONTEXT = "TransfersView"
Index = QModelIndex | QPersistentModelIndex

OK, INFO, WARNING, PROBLEM = "ok", "info", "warning", "problem"
LEVEL_ORDER = {PROBLEM: 0, WARNING: 1, INFO: 2, OK: 3}
LEVEL_COLOURS = {PROBLEM: "#b00020", WARNING: "#8a5a00", INFO: "#555555", OK: "#1b6e20"}
ALL = "__all__"
NO_MECHANISM = "__none__"


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for lupdate (same name as Qt's macro) and returns it untranslated, typed as str."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class TransferRow:
    """One line of the overview: a recorded transfer, or a recipient abroad with no transfer recorded."""

    activity: Activity
    transfer: Transfer | None
    recipient: Recipient | None
    country: str
    level: str
    status: str  # a few words, for the table
    explanation: str  # a full sentence, for the tooltip and the details


def transfer_status(transfer: Transfer, recipient: Recipient | None, on: date | None = None) -> tuple[str, str, str]:
    """(level, short status, explanation) of one transfer, from the adequacy list in force on ``on``."""
    country = transfer.country.upper()
    mechanism = transfer.mechanism
    if country and is_eea(country):
        return INFO, translate("TransfersView", "Within the EEA"), translate("TransfersView", "The destination is in the EEA: not a third-country transfer")
    if not country and not transfer.international_organisation:
        return PROBLEM, translate("TransfersView", "No destination"), translate("TransfersView", "The destination country is not recorded")
    if mechanism is None or mechanism is TransferMechanism.NONE:
        return PROBLEM, translate("TransfersView", "No mechanism"), translate("TransfersView", "No transfer mechanism (Chapter V) is recorded")
    decision = adequacy_for(country, on) if country else None
    not_certified = (PROBLEM, translate("TransfersView", "Not DPF-certified"), translate("TransfersView",
        "US: the recipient is not certified under the EU-US Data Privacy Framework, so the adequacy decision "
        "does not cover this transfer"))
    certified = (OK, translate("TransfersView", "Adequacy (DPF)"), translate("TransfersView", "Adequacy decision in force: the recipient is DPF-certified"))
    if mechanism is TransferMechanism.EU_US_DPF:
        if country != "US":
            return PROBLEM, translate("TransfersView", "DPF outside the US"), translate("TransfersView",
                "The EU-US Data Privacy Framework covers only transfers to the United States")
        if recipient is None:
            return WARNING, translate("TransfersView", "Recipient unknown"), translate("TransfersView", "Recipient not recorded: DPF certification cannot be checked")
        return certified if recipient.dpf_certified else not_certified
    if mechanism is TransferMechanism.ADEQUACY:
        if decision is None:
            return PROBLEM, translate("TransfersView", "No adequacy decision"), translate("TransfersView", "No adequacy decision is in force for this country")
        if decision.scope == "certified":
            return certified if recipient is not None and recipient.dpf_certified else not_certified
        if decision.scope != "full":
            return WARNING, translate("TransfersView", "Partial adequacy"), translate("TransfersView",
                "The adequacy decision covers only some recipients: check that this recipient is covered")
        return OK, translate("TransfersView", "Adequacy decision"), translate("TransfersView", "Adequacy decision in force (Art. 45)")
    if mechanism is TransferMechanism.DEROGATION:
        if transfer.derogation is None:
            return PROBLEM, translate("TransfersView", "Derogation missing"), translate("TransfersView", "The Art. 49 derogation relied on is not specified")
        if transfer.repetitive:
            return WARNING, translate("TransfersView", "Repetitive derogation"), translate("TransfersView",
                "Art. 49 derogations are for occasional transfers, not repetitive ones")
        if transfer.derogation is Derogation.COMPELLING_LEGITIMATE_INTERESTS and not transfer.safeguards:
            return WARNING, translate("TransfersView", "Document safeguards"), translate("TransfersView",
                "Compelling legitimate interests: document the assessment and the safeguards (Art. 49(6))")
        return OK, translate("TransfersView", "Derogation"), translate("TransfersView", "Derogation for a specific situation (Art. 49)")
    # Art. 46 / 47 appropriate safeguards.
    if mechanism is TransferMechanism.SCC and transfer.scc_module is None:
        return WARNING, translate("TransfersView", "SCC module missing"), translate("TransfersView", "The module of the standard contractual clauses is not recorded")
    if decision is None and not transfer.tia_reference:
        return WARNING, translate("TransfersView", "No TIA"), translate("TransfersView", "No transfer impact assessment is recorded for these safeguards")
    return OK, translate("TransfersView", "Safeguards"), translate("TransfersView", "Appropriate safeguards documented (Art. 46)")


def overview_rows(activities: list[Activity], recipients: dict[str, Recipient], on: date | None = None) -> list[TransferRow]:
    """All transfers of all activities, plus recipients abroad that have no transfer recorded."""
    rows: list[TransferRow] = []
    for activity in sorted(activities, key=lambda a: a.reference):
        covered: set[str] = set()
        for transfer in activity.transfers:
            recipient = recipients.get(transfer.recipient or "")
            if transfer.recipient:
                covered.add(transfer.recipient)
            level, status, explanation = transfer_status(transfer, recipient, on)
            rows.append(TransferRow(activity, transfer, recipient, transfer.country.upper(), level, status, explanation))
        for uuid in activity.recipients:
            recipient = recipients.get(uuid)
            if recipient is None or uuid in covered or not recipient.country or is_eea(recipient.country):
                continue
            if recipient.kind is RecipientType.INTERNAL:
                continue
            rows.append(TransferRow(
                activity, None, recipient, recipient.country.upper(), PROBLEM, translate("TransfersView", "No transfer recorded"),
                translate("TransfersView", "The activity discloses data to a recipient outside the EEA, but no transfer is recorded"),
            ))
    return rows


COLUMNS = (
    ("status", QT_TRANSLATE_NOOP("TransfersView", "Status")),
    ("activity", QT_TRANSLATE_NOOP("TransfersView", "Activity")),
    ("recipient", QT_TRANSLATE_NOOP("TransfersView", "Recipient")),
    ("country", QT_TRANSLATE_NOOP("TransfersView", "Country")),
    ("standing", QT_TRANSLATE_NOOP("TransfersView", "EEA / adequacy")),
    ("mechanism", QT_TRANSLATE_NOOP("TransfersView", "Mechanism")),
    ("scc_module", QT_TRANSLATE_NOOP("TransfersView", "SCC module")),
    ("derogation", QT_TRANSLATE_NOOP("TransfersView", "Derogation")),
    ("documentation", QT_TRANSLATE_NOOP("TransfersView", "Documentation")),
    ("tia", QT_TRANSLATE_NOOP("TransfersView", "TIA reference")),
    ("tia_date", QT_TRANSLATE_NOOP("TransfersView", "TIA date")),
)
KEYS = [key for key, _ in COLUMNS]


class TransfersTableModel(QAbstractTableModel):
    """Read-only rows of ``TransferRow``; the view filters and sorts them through a proxy."""

    def __init__(self, translator: Translator, parent: Any = None) -> None:
        super().__init__(parent)
        self.translator = translator
        self.rows: list[TransferRow] = []

    def set_rows(self, rows: list[TransferRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

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

    def text(self, row: TransferRow, key: str) -> str:
        t = self.translator
        transfer = row.transfer
        if key == "status":
            return row.status
        if key == "activity":
            return f"{row.activity.reference}  {row.activity.name}"
        if key == "recipient":
            return row.recipient.name if row.recipient else ""
        if key == "country":
            if row.country:
                return t.country(row.country)
            return transfer.international_organisation if transfer else ""
        if key == "standing":
            return country_standing(row.country, short=True)
        if transfer is None:
            return ""
        if key == "mechanism":
            return t.enum(transfer.mechanism)
        if key == "scc_module":
            return t.enum(transfer.scc_module)
        if key == "derogation":
            return t.enum(transfer.derogation)
        if key == "documentation":
            return transfer.documentation_reference or transfer.safeguards.replace("\n", " ")
        if key == "tia":
            return transfer.tia_reference
        if key == "tia_date":
            return t.date(transfer.tia_date, "short") if transfer.tia_date else ""
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        key = KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(row, key)
            if role == Qt.ItemDataRole.ToolTipRole and key == "standing":
                return country_standing(row.country) or None
            if role == Qt.ItemDataRole.ToolTipRole and key == "status":
                return row.explanation
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == SORT_ROLE:
            if key == "status":
                return (LEVEL_ORDER[row.level], row.status)
            if key == "activity":
                return row.activity.reference
            if key == "tia_date":
                return (row.transfer.tia_date if row.transfer else None) or date.min
            return self.text(row, key).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QBrush(QColor(LEVEL_COLOURS[row.level]))
        if role == UUID_ROLE:
            return row.activity.uuid
        if role == SEARCH_ROLE:
            return " ".join(self.text(row, k) for k in KEYS) + " " + row.explanation
        return None


class TransfersFilterProxy(QSortFilterProxyModel):
    """Filters by country, mechanism, "issues only" and free text; sorts on raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.country = ALL
        self.mechanism = ALL
        self.issues_only = False
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, country: str, mechanism: str, issues_only: bool) -> None:
        self.beginFilterChange()
        self.country, self.mechanism, self.issues_only = country, mechanism, issues_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TransfersTableModel)
        row = model.rows[source_row]
        if self.country != ALL and row.country != self.country:
            return False
        if self.mechanism != ALL:
            mechanism = row.transfer.mechanism if row.transfer else None
            code = mechanism.value if mechanism is not None and mechanism is not TransferMechanism.NONE else NO_MECHANISM
            if code != self.mechanism:
                return False
        if self.issues_only and row.level not in (PROBLEM, WARNING):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class TransfersView(QWidget):
    """All transfers with a status derived from the adequacy list; double-click opens the activity."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translator = ui_translator(ctx.settings)
        self.reloader = ReloadWhenShown(self, self.reload, 0)
        self.model = TransfersTableModel(self.translator, self)
        self.proxy = TransfersFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        ctx.events.activities_changed.connect(self.schedule_reload)
        ctx.events.catalogue_changed.connect(lambda name: self.schedule_reload() if name == "recipients" else None)

    def _build(self) -> None:
        self.setObjectName("transfersView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        head = QHBoxLayout()
        title = page_title(translate("TransfersView", "Transfers to third countries"), self)
        head.addWidget(title)
        self.summary = QLabel(self)
        head.addWidget(self.summary)
        head.addStretch(1)
        outer.addLayout(head)

        filters = QHBoxLayout()
        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("countryFilter")
        compact(self.country_filter)
        self.country_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mechanism_filter = QComboBox(self)
        self.mechanism_filter.setObjectName("mechanismFilter")
        compact(self.mechanism_filter)
        self.mechanism_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mechanism_filter.setMinimumContentsLength(24)
        self.issues_only = QCheckBox(translate("TransfersView", "Only transfers needing attention"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("TransfersView", "Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        country_label = QLabel(translate("TransfersView", "&Country"), self)
        country_label.setBuddy(self.country_filter)
        mechanism_label = QLabel(translate("TransfersView", "&Mechanism"), self)
        mechanism_label.setBuddy(self.mechanism_filter)
        filters.addWidget(country_label)
        filters.addWidget(self.country_filter)
        filters.addSpacing(12)
        filters.addWidget(mechanism_label)
        filters.addWidget(self.mechanism_filter)
        filters.addSpacing(12)
        filters.addWidget(self.issues_only)
        filters.addStretch(1)
        filters.addWidget(self.search)
        outer.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableView(splitter)
        self.table.setObjectName("transfersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setToolTip(translate("TransfersView", "Double-click or press Enter to open the activity"))
        self.details = QLabel(splitter)
        self.details.setObjectName("transferDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMargin(6)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 140])
        outer.addWidget(splitter, 1)

        self.search_action = QAction(translate("TransfersView", "Search"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)

        self.country_filter.activated.connect(lambda _i: self._apply_filters())
        self.mechanism_filter.activated.connect(lambda _i: self._apply_filters())
        self.issues_only.toggled.connect(lambda _c: self._apply_filters())
        self.search.textChanged.connect(self._search)
        self.table.activated.connect(self._open)  # double-click or Enter
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_details(current))
        for first, second in ((self.country_filter, self.mechanism_filter), (self.mechanism_filter, self.issues_only),
                              (self.issues_only, self.search), (self.search, self.table)):
            QWidget.setTabOrder(first, second)

    # --- loading ------------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        self.reloader.schedule()

    def reload(self) -> None:
        """One read of the activities and the recipients; filters and selection are kept."""
        self.reloader.done()
        recipients = {r.uuid: r for r in self.ctx.store.catalogue("recipients")}
        self.model.set_rows(overview_rows(self.ctx.store.activities(), recipients))
        self._fill_filters()
        self._apply_filters()
        if not getattr(self, "_fitted", False) and self.model.rowCount():
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column) + 12, 260))
            self._fitted = True
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _fill_filters(self) -> None:
        t = self.translator
        keep_country = self.country_filter.currentData() or ALL
        keep_mechanism = self.mechanism_filter.currentData() or ALL
        self.country_filter.clear()
        self.country_filter.addItem(translate("TransfersView", "All countries"), ALL)
        countries = sorted({r.country for r in self.model.rows if r.country}, key=lambda c: t.country(c).casefold())
        for code in countries:
            self.country_filter.addItem(f"{t.country(code)} ({code})", code)
        self.mechanism_filter.clear()
        self.mechanism_filter.addItem(translate("TransfersView", "All mechanisms"), ALL)
        self.mechanism_filter.addItem(translate("TransfersView", "No mechanism"), NO_MECHANISM)
        for mechanism in TransferMechanism:
            if mechanism is not TransferMechanism.NONE:
                self.mechanism_filter.addItem(t.enum(mechanism), mechanism.value)
        self.country_filter.setCurrentIndex(max(self.country_filter.findData(keep_country), 0))
        self.mechanism_filter.setCurrentIndex(max(self.mechanism_filter.findData(keep_mechanism), 0))

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            str(self.country_filter.currentData() or ALL),
            str(self.mechanism_filter.currentData() or ALL),
            self.issues_only.isChecked(),
        )
        self._summarise()

    def _summarise(self) -> None:
        rows = self.model.rows
        problems = sum(1 for r in rows if r.level == PROBLEM)
        warnings = sum(1 for r in rows if r.level == WARNING)
        text = translate("TransfersView", "%1 shown of %2 · %3 without a valid ground · %4 to check")
        self.summary.setText(
            text.replace("%1", str(self.proxy.rowCount())).replace("%2", str(len(rows)))
            .replace("%3", str(problems)).replace("%4", str(warnings))
        )

    # --- interaction --------------------------------------------------------------------------

    def set_country_filter(self, code: str) -> None:
        self.country_filter.setCurrentIndex(max(self.country_filter.findData(code or ALL), 0))
        self._apply_filters()

    def set_mechanism_filter(self, code: str) -> None:
        self.mechanism_filter.setCurrentIndex(max(self.mechanism_filter.findData(code or ALL), 0))
        self._apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._summarise()

    def row_at(self, proxy_row: int) -> TransferRow:
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()]

    def _open(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self.ctx.events.open_activity.emit(str(uuid))

    def _show_details(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.details.clear()
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        t = self.translator
        lines = [
            f"<b style='color:{LEVEL_COLOURS[row.level]}'>{_escape(row.explanation)}</b>",
            f"<b>{_escape(row.activity.reference)}</b> {_escape(row.activity.name)}",
        ]
        parts = [(translate("TransfersView", "Recipient"), row.recipient.name if row.recipient else ""),
                 (translate("TransfersView", "Country"), t.country(row.country)), (translate("TransfersView", "Standing"), country_standing(row.country))]
        transfer = row.transfer
        if transfer is not None:
            parts += [
                (translate("TransfersView", "Mechanism"), t.enum(transfer.mechanism)),
                (translate("TransfersView", "SCC module"), t.enum(transfer.scc_module)),
                (translate("TransfersView", "Derogation"), t.enum(transfer.derogation)),
                (translate("TransfersView", "Repetitive"), translate("TransfersView", "yes") if transfer.repetitive else ""),
                (translate("TransfersView", "Safeguards"), transfer.safeguards),
                (translate("TransfersView", "Documentation"), transfer.documentation_reference),
                (translate("TransfersView", "TIA"), " ".join(x for x in (transfer.tia_reference, t.date(transfer.tia_date)) if x)),
            ]
        lines.append(" · ".join(f"{_escape(label)}: {_escape(value)}" for label, value in parts if value))
        self.details.setText("<br>".join(lines))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
