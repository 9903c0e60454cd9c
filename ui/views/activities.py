"""The list of activities of one record (controller Art. 30(1), or processor Art. 30(2)).

A search box filters as you type across all the text of each activity; combo boxes filter by role,
status, owner and country. Enter or a double-click opens the activity in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.domain.enums import Role, Status
from ropa.i18n import Translator
from ui.context import AppContext
from ui.models import UUID_ROLE
from ui.models.activity_table import BADGE_ROLE, ActivityFilterProxy, ActivityList, Column, Record, short_role
from ui.settings import Settings
from ui.widgets.charts import BadgeDelegate, ElidedTextDelegate
from ui.widgets.fields import compact, widen_to_titles


class ActivitiesView(QWidget):
    """Search, filters and the sortable table; ``open_requested(uuid)`` when the user opens a row."""

    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, activities: ActivityList, record: Record, translator: Translator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activities = activities
        self.record = record
        self.t = translator
        self.setObjectName("processorActivitiesView" if record is Record.PROCESSOR else "activitiesView")
        self._settings = Settings(ctx.settings)
        self._context_actions: list[QAction | None] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("viewTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.count = QLabel(self)
        self.count.setObjectName("activityCount")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newActivityButton")

        self.search = QLineEdit(self)
        self.search.setObjectName("activitySearch")
        self.search.setPlaceholderText(self.tr("Search all text of the activities (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.role = QComboBox(self)
        self.role.setObjectName("roleFilter")
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.owner = QComboBox(self)
        self.owner.setObjectName("ownerFilter")
        self.country = QComboBox(self)
        self.country.setObjectName("countryFilter")
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAutoDefault(False)
        self._fill_static_filters()
        for combo in (self.role, self.status, self.owner, self.country):
            compact(combo)

        self.proxy = ActivityFilterProxy(record, self)
        self.proxy.setSourceModel(activities.model)
        self.table = QTableView(self)
        self.table.setObjectName("activityTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()

        def fit(labels: list[str], least: int, most: int) -> int:
            """Room for the longest label of the language (the roles run long in French and German)."""
            return min(max(least, max(metrics.horizontalAdvance(label) for label in labels) + 16), most)

        widths = {Column.REFERENCE: 72, Column.NAME: 320,
                  Column.ROLE: fit([short_role(r) for r in (Role.CONTROLLER, Role.JOINT_CONTROLLER)], 100, 150),
                  Column.OWNER: 100, Column.STATUS: fit([translator.enum(s) for s in Status], 84, 130),
                  Column.LEGAL_BASES: 120, Column.COUNTRIES: 96, Column.NEXT_REVIEW: 96, Column.COMPLETENESS: 74,
                  Column.FINDINGS: 72}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        widen_to_titles(header)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(ElidedTextDelegate(self.table))
        self.badges = BadgeDelegate(BADGE_ROLE, self.table)
        self.table.setItemDelegateForColumn(Column.FINDINGS, self.badges)
        if record is Record.PROCESSOR:
            self.table.setColumnHidden(Column.ROLE, True)
            self.table.setColumnHidden(Column.LEGAL_BASES, True)
        header.setSortIndicator(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        state = self._settings.header_state(self._key())
        if state is not None:
            header.restoreState(state)
        header.sectionResized.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyList")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 3)
        if record is Record.CONTROLLER:
            filters.addWidget(self.role, 1)
        else:
            self.role.hide()
        filters.addWidget(self.status, 1)
        filters.addWidget(self.owner, 1)
        filters.addWidget(self.country, 1)
        filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        QWidget.setTabOrder(self.search, self.role)
        QWidget.setTabOrder(self.role, self.status)
        QWidget.setTabOrder(self.status, self.owner)
        QWidget.setTabOrder(self.owner, self.country)
        QWidget.setTabOrder(self.country, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.table)

        self.heading.setText(self.tr("Processor activities") if record is Record.PROCESSOR else self.tr("Activities"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._search_entered)
        for combo in (self.role, self.status, self.owner, self.country):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._activated)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # A filter change can remove rows in thousands of separate ranges: count once afterwards.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        self._total: int | None = None
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._count_timer.start)
        for signal in (activities.model.rowsInserted, activities.model.rowsRemoved, activities.model.modelReset):
            signal.connect(self._forget_total)
        activities.loaded.connect(self._loaded)
        activities.details_loaded.connect(self._loaded)
        activities.model.dataChanged.connect(lambda *_: self._refresh_dynamic_filters())
        activities.model.rowsInserted.connect(lambda *_: self._refresh_dynamic_filters())
        self.setFocusProxy(self.table)
        self._refresh_dynamic_filters()
        self._update_count()

    def _key(self) -> str:
        """Column widths are kept per language: labels differ in length from one to the other."""
        base = "processorActivities" if self.record is Record.PROCESSOR else "activities"
        return f"{base}-{self.t.language}"

    def _save_header(self, *_: object) -> None:
        self._settings.set_header_state(self._key(), self.table.horizontalHeader().saveState())

    # --- filters ---------------------------------------------------------------------------------

    def _fill_static_filters(self) -> None:
        self.role.addItem(self.tr("All roles"), None)
        for role in (Role.CONTROLLER, Role.JOINT_CONTROLLER):
            self.role.addItem(self.t.enum(role), role.value)
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(self.t.enum(status), status.value)

    def _refresh_dynamic_filters(self) -> None:
        """Owners and countries come from the activities themselves."""
        owners = self.activities.owners()
        countries = self.activities.countries()
        with QSignalBlocker(self.owner), QSignalBlocker(self.country):
            owner = self.owner.currentData()
            self.owner.clear()
            self.owner.addItem(self.tr("All owners"), None)
            for name in owners:
                self.owner.addItem(name, name)
            self.owner.setCurrentIndex(max(self.owner.findData(owner), 0))
            country = self.country.currentData()
            self.country.clear()
            self.country.addItem(self.tr("All countries"), None)
            named = sorted(((self.t.country(c), c) for c in countries), key=lambda x: x[0].casefold())
            for name, code in named:
                self.country.addItem(f"{name} ({code})", code)
            self.country.setCurrentIndex(max(self.country.findData(country), 0))

    def _filters_changed(self, *_: object) -> None:
        role = self.role.currentData()
        status = self.status.currentData()
        self.proxy.set_filters(
            role=Role(role) if role else None,
            status=Status(status) if status else None,
            owner=self.owner.currentData(),
            country=self.country.currentData(),
        )
        self._update_count()

    def clear_filters(self) -> None:
        with QSignalBlocker(self.role), QSignalBlocker(self.status), QSignalBlocker(self.owner), \
                QSignalBlocker(self.country):
            for combo in (self.role, self.status, self.owner, self.country):
                combo.setCurrentIndex(0)
        self.search.clear()
        self._filters_changed()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_entered(self) -> None:
        """Enter in the search box moves to the results (and opens the only one)."""
        if self.proxy.rowCount() == 1:
            self.open_requested.emit(self.proxy.uuid_at(0))
        elif self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.select(self.proxy.uuid_at(0))

    # --- rows ------------------------------------------------------------------------------------

    def _loaded(self) -> None:
        self._refresh_dynamic_filters()
        self._update_count()

    def _forget_total(self, *_: object) -> None:
        self._total = None
        self._count_timer.start()

    def _update_count(self, *_: object) -> None:
        shown = self.proxy.rowCount()
        if self._total is None:
            self._total = sum(1 for r in self.activities.model.rows()
                              if r.summary.is_processor == (self.record is Record.PROCESSOR))
        total = self._total
        if shown == total:
            self.count.setText(self.tr("%n activities", "", total))
        else:
            self.count.setText(self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total)))
        if self.proxy.words and self.activities.is_loaded and not self.activities.has_details:
            # The first moments after opening: only the text of the columns is searchable yet.
            self.count.setText(self.count.text() + " " + self.tr("(searching the columns; all text in a moment)"))
        if not self.activities.is_loaded:
            self.empty.setText(self.tr("Loading\u2026"))
        elif total == 0:
            self.empty.setText(self.tr("No activities yet. Press Ctrl+N to add the first one."))
        elif shown == 0:
            self.empty.setText(self.tr("No activity matches the search and filters."))
        self.empty.setVisible(shown == 0)

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self.open_requested.emit(str(uuid))

    def current_uuid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        value = index.data(UUID_ROLE)
        return str(value) if value else None

    def selected_uuids(self) -> list[str]:
        return [str(i.data(UUID_ROLE)) for i in self.table.selectionModel().selectedRows()]

    def select(self, uuid: str) -> bool:
        row = self.proxy.row_of(uuid)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        self._context_actions = actions

    def set_new_action(self, action: QAction) -> None:
        self.new_button.setText(action.text().replace("&", ""))
        self.new_button.setToolTip(action.toolTip())
        self.new_button.clicked.connect(action.trigger)

    def _context_menu(self, pos: object) -> None:
        if not self._context_actions:
            return
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    def refresh(self) -> None:
        self._refresh_dynamic_filters()
        self._update_count()

