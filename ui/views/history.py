"""History view: every change to the register, filterable by activity, user, period and text.

Activity, user and period filters are applied by the store (so they reach the whole history); the
free-text search filters the loaded rows. A register can hold 100,000+ changes, so the view loads the
newest ``PAGE`` changes that match and "Load more" fetches the next page: the table stays fast.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.errors import RopaError
from ui.context import AppContext
from ui.models import UUID_ROLE, ui_translator
from ui.models.history_table import KEYS, HistoryFilterProxy, HistoryTableModel
from ui.views.catalogue import DateField
from ui.widgets.fields import compact, page_title, widen_to_titles
from ui.widgets.reload import ReloadWhenShown

CONTEXT = "HistoryView"
ANY = ""


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SearchCombo(QComboBox):
    """An editable combo whose list is searched by any part of an entry; ``chosen`` on a settled choice."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated[str].connect(lambda _t: self._settle())  # type: ignore[index]  # the str overload
        self.activated.connect(lambda _i: self._settle())
        edit = self.lineEdit()
        assert edit is not None  # editable combo
        edit.editingFinished.connect(self._settle)
        self._last = ANY

    def value(self) -> str:
        data = self.currentData()
        return str(data) if data is not None else ANY

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self._last = self.value()

    def _settle(self) -> None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [i for i in range(self.count()) if text.casefold() in self.itemText(i).casefold()]
            index = matches[0] if len(matches) == 1 else (0 if not text else -1)
        if index < 0:  # nothing sensible typed: back to the last choice
            self.set_value(self._last)
            return
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        if self.value() != self._last:
            self._last = self.value()
            self.chosen.emit(self._last)


class HistoryView(QWidget):
    """The change log, newest first; ``show_activity`` narrows it to one activity."""

    PAGE = 5000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translator = ui_translator(ctx.settings)
        self.limit = self.PAGE
        self.users: set[str] = set()
        self.current_activities: set[str] = set()
        self.reloader = ReloadWhenShown(self, self.reload, 0)
        self.model = HistoryTableModel(self.translator, self)
        self.proxy = HistoryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        events = ctx.events
        for signal in (events.activities_changed, events.organisation_changed, events.acknowledgements_changed):
            signal.connect(self.schedule_reload)
        events.catalogue_changed.connect(lambda _name: self.schedule_reload())

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("historyView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        head = QHBoxLayout()
        title = page_title(translate("HistoryView", "History"), self)
        head.addWidget(title)
        self.summary = QLabel(self)
        head.addWidget(self.summary)
        head.addStretch(1)
        self.load_more = QPushButton(translate("HistoryView", "&Load more"), self)
        self.load_more.setToolTip(translate("HistoryView", "Load the next %1 older changes").replace("%1", str(self.PAGE)))
        self.load_more.clicked.connect(self.more)
        head.addWidget(self.load_more)
        outer.addLayout(head)

        filters = QHBoxLayout()
        self.activity_filter = SearchCombo(self)
        self.activity_filter.setObjectName("activityFilter")
        compact(self.activity_filter, 16)
        self.user_filter = SearchCombo(self)
        self.user_filter.setObjectName("userFilter")
        compact(self.user_filter)
        self.since = DateField(self)
        self.since.setObjectName("sinceFilter")
        self.until = DateField(self)
        self.until.setObjectName("untilFilter")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("HistoryView", "Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        for text, widget, buddy in ((translate("HistoryView", "&Activity"), self.activity_filter, self.activity_filter),
                                    (translate("HistoryView", "&User"), self.user_filter, self.user_filter),
                                    (translate("HistoryView", "Fro&m"), self.since, self.since.edit),
                                    (translate("HistoryView", "Un&til"), self.until, self.until.edit)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.search)
        outer.addLayout(filters)

        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        widths = {"when": 165, "user": 80, "activity": 190, "item": 190, "change": 110}
        for key, width in widths.items():
            header.resizeSection(KEYS.index(key), width)
        widen_to_titles(header)
        for key in ("old", "new"):  # the values share what is left, so both stay in view
            header.setSectionResizeMode(KEYS.index(key), QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(translate("HistoryView", "Double-click or press Enter to open the activity"))
        outer.addWidget(self.table, 1)

        self.search_action = QAction(translate("HistoryView", "Search"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)

        self.activity_filter.chosen.connect(lambda _v: self.reload(reset_limit=True))
        self.user_filter.chosen.connect(lambda _v: self.reload(reset_limit=True))
        self.since.committed.connect(lambda: self.reload(reset_limit=True))
        self.until.committed.connect(lambda: self.reload(reset_limit=True))
        self.search.textChanged.connect(self._search)
        self.table.activated.connect(self._open)
        chain: list[QWidget] = [self.activity_filter, self.user_filter, self.since, self.until, self.search,
                                self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- loading ------------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        self.reloader.schedule()

    def _period(self) -> tuple[datetime | None, datetime | None]:
        """The from/to dates as naive UTC bounds (the store's clock), whole local days included."""

        def utc(day: date | None, at: time) -> datetime | None:
            if day is None:
                return None
            return datetime.combine(day, at).astimezone().astimezone(UTC).replace(tzinfo=None)

        return utc(self.since.value(), time.min), utc(self.until.value(), time.max)

    def reload(self, reset_limit: bool = False) -> None:
        """Query the store with the current filters (newest first, at most ``limit`` changes)."""
        self.reloader.done()
        if reset_limit:
            self.limit = self.PAGE
        since, until = self._period()
        activity = self.activity_filter.value() or None
        user = self.user_filter.value() or None
        try:
            changes = self.ctx.store.history(activity_uuid=activity, user=user, since=since, until=until,
                                             limit=self.limit + 1)
            activities = self.ctx.store.activities()
        except RopaError as exc:
            self.ctx.events.status_message.emit(str(exc))
            return
        more = len(changes) > self.limit
        changes = changes[: self.limit]
        self.model.set_changes(changes, activities)
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if not (column == 0 and order == Qt.SortOrder.DescendingOrder):  # the store's order needs no sort
            self.model.sort(column, order)
        self.current_activities = {a.uuid for a in activities}
        if changes and not getattr(self, "_fitted", False):  # room for the longest date format of the language
            when = self.table.fontMetrics().horizontalAdvance(self.model.texts(0)["when"]) + 24
            self.table.horizontalHeader().resizeSection(KEYS.index("when"), max(when, 120))
            self._fitted = True
        self.users |= {c.user for c in changes}
        self._fill_filters(activities)
        self.load_more.setEnabled(more)
        self._more = more
        self._summarise()

    def more(self) -> None:
        """Load the next page of older changes (keeps the filters)."""
        self.limit += self.PAGE
        self.reload()

    def _fill_filters(self, activities: list[Any]) -> None:
        keep = self.activity_filter.value()
        self.activity_filter.blockSignals(True)
        self.activity_filter.clear()
        self.activity_filter.addItem(translate("HistoryView", "All activities"), ANY)
        names = dict(sorted(self.model.activity_names.items(), key=lambda kv: kv[1]))
        for uuid, name in names.items():
            self.activity_filter.addItem(name, uuid)
        self.activity_filter.blockSignals(False)
        self.activity_filter.set_value(keep)

        keep_user = self.user_filter.value()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(translate("HistoryView", "All users"), ANY)
        for name in sorted(self.users, key=str.casefold):
            self.user_filter.addItem(name, name)
        self.user_filter.blockSignals(False)
        self.user_filter.set_value(keep_user)

    def _summarise(self) -> None:
        loaded, shown = self.model.rowCount(), self.proxy.rowCount()
        if getattr(self, "_more", False):
            text = translate("HistoryView", "the %1 newest matching changes").replace("%1", self.translator.number(loaded))
        else:
            text = translate("HistoryView", "%n changes", None, loaded)
        if shown != loaded:
            text = translate("HistoryView", "%1 of %2").replace("%1", self.translator.number(shown)).replace("%2", text)
        self.summary.setText(text)

    # --- interaction --------------------------------------------------------------------------

    def show_activity(self, uuid: str) -> None:
        """Filter the history to one activity (the main window's "Show history" action)."""
        if self.activity_filter.findData(uuid) < 0:
            self.reload()  # the activity may be new since the last load
        if self.activity_filter.findData(uuid) < 0:
            try:
                activity = self.ctx.store.activity(uuid)
                label = f"{activity.reference}  {activity.name}"
            except RopaError:
                label = uuid
            self.activity_filter.addItem(label, uuid)
        self.activity_filter.set_value(uuid)
        self.reload(reset_limit=True)

    def set_user(self, user: str) -> None:
        if self.user_filter.findData(user) < 0:
            self.user_filter.addItem(user, user)
        self.user_filter.set_value(user)
        self.reload(reset_limit=True)

    def set_period(self, since: date | None, until: date | None) -> None:
        self.since.set_value(since)
        self.until.set_value(until)
        self.reload(reset_limit=True)

    def clear_filters(self) -> None:
        self.activity_filter.set_value(ANY)
        self.user_filter.set_value(ANY)
        self.since.set_value(None)
        self.until.set_value(None)
        self.search.clear()
        self.reload(reset_limit=True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._summarise()

    def _open(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid and uuid in self.current_activities:
            self.ctx.events.open_activity.emit(str(uuid))
        elif uuid:
            self.ctx.events.status_message.emit(translate("HistoryView", "This activity has been deleted"))
