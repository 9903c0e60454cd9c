"""The activity list: a table model over plain ``Activity`` snapshots, its filter proxy, and the
loader that keeps it in step with the register.

Every display string, sort key and a lower-case "search blob" are computed once per activity when
it is loaded (``RowBuilder``), so painting, sorting and filtering never query the database and a
keystroke in the search box is a substring test per row.

Opening a register fills the list in two passes: first from the activity summaries (a few narrow
queries: every column but completeness and findings, searchable by the text those columns show),
then, on the same worker thread, from the whole register (completeness, findings, full-text search).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ropa.checks import Finding, Severity, check_activity, findings_by_activity, run_checks
from ropa.checks.completeness import completeness, scored
from ropa.domain.enums import Role, Status
from ropa.domain.model import Activity, ActivitySummary, Register, RegisterIndex
from ropa.errors import NotFoundError, RopaError
from ropa.i18n import Translator
from ropa.memory import gc_paused
from ui import jobs
from ui.context import AppContext
from ui.models import SEARCH_ROLE, SORT_ROLE, UUID_ROLE

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REFERENCE = 0
    NAME = 1
    ROLE = 2
    OWNER = 3
    STATUS = 4
    LEGAL_BASES = 5
    COUNTRIES = 6
    NEXT_REVIEW = 7
    COMPLETENESS = 8
    FINDINGS = 9

# (open errors, open warnings) of a row, for the badge delegate of the findings column.
BADGE_ROLE = 0x0100 + 21


def short_role(role: Role) -> str:
    """The role as the list shows it: the official term can be long (« Responsable conjoint du
    traitement »); the cell's tooltip gives it in full."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        Role.CONTROLLER: QCoreApplication.translate("ActivityTable", "Controller", "role, short, in the list"),
        Role.JOINT_CONTROLLER: QCoreApplication.translate("ActivityTable", "Joint controller", "role, short, in the list"),
        Role.PROCESSOR: QCoreApplication.translate("ActivityTable", "Processor", "role, short, in the list"),
    }
    return labels[role]


def _header(column: Column) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        Column.REFERENCE: QCoreApplication.translate("ActivityTable", "Reference"),
        Column.NAME: QCoreApplication.translate("ActivityTable", "Name"),
        Column.ROLE: QCoreApplication.translate("ActivityTable", "Role"),
        Column.OWNER: QCoreApplication.translate("ActivityTable", "Owner"),
        Column.STATUS: QCoreApplication.translate("ActivityTable", "Status"),
        Column.LEGAL_BASES: QCoreApplication.translate("ActivityTable", "Legal bases"),
        Column.COUNTRIES: QCoreApplication.translate("ActivityTable", "Countries"),
        Column.NEXT_REVIEW: QCoreApplication.translate("ActivityTable", "Next review"),
        Column.COMPLETENESS: QCoreApplication.translate("ActivityTable", "Complete"),
        Column.FINDINGS: QCoreApplication.translate("ActivityTable", "Findings"),
    }
    return labels[column]


_NUMBER = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, Any], ...]:
    """'PA-2' sorts before 'PA-10'."""
    return tuple((1, int(part)) if part.isdigit() else (0, part.casefold()) for part in _NUMBER.split(text) if part)


def _article(code: str) -> str:
    """'6.1.b' -> '6(1)(b)'; '9.2.h' -> '9(2)(h)'."""
    head, _, rest = code.partition(".")
    return head + "".join(f"({p})" for p in rest.split(".") if p)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One activity with everything the table shows, sorts by and searches, precomputed."""

    summary: ActivitySummary
    activity: Activity | None  # None while only the summary is read (the first pass of opening)
    texts: tuple[str, ...]
    keys: tuple[Any, ...]
    tooltips: tuple[str, ...]
    blob: str
    overdue: bool
    badges: tuple[int, int] = (0, 0)  # open (not accepted) errors and warnings of the checks

    @property
    def uuid(self) -> str:
        return self.summary.uuid

    @property
    def countries(self) -> frozenset[str]:
        return self.summary.countries

    @property
    def has_details(self) -> bool:
        return self.activity is not None


class RowBuilder:
    """Turns activities into ``ActivityRow``s, resolving catalogue names through one index."""

    def __init__(self, translator: Translator, index: RegisterIndex, today: date | None = None,
                 checked: bool = False) -> None:
        """``checked``: run the checks on the whole register once now (a full load) rather than
        activity by activity (a few rows re-read after an edit)."""
        self.t = translator
        self.index = index
        self.today = today or date.today()
        self._checked: dict[str | None, list[Finding]] | None = None
        if checked:
            self._checked = findings_by_activity(run_checks(index.register, today=self.today))
        self._dates: dict[date, str] = {}
        self._countries: dict[str, str] = {}
        self._labels: dict[Any, str] = {}
        self._bases_cache: dict[tuple[tuple[Any, ...], tuple[Any, ...]], tuple[str, str, tuple[str, ...]]] = {}
        self._places_cache: dict[frozenset[str], tuple[list[str], str, str, tuple[str, ...]]] = {}
        self._status_order = {status: i for i, status in enumerate(Status)}
        self._short_roles = {role: short_role(role) for role in Role}

    def _label(self, value: Any) -> str:
        if value is None:
            return ""
        label = self._labels.get(value)
        if label is None:
            label = self._labels[value] = self.t.enum(value)
        return label

    def _item(self, key: str) -> str:
        label = self._labels.get(("item", key))
        if label is None:
            try:
                label = self.t(f"checks.item.{key}")
            except KeyError:
                label = key
            self._labels[("item", key)] = label
        return label

    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = self.t.date(value)
        return text

    def _country(self, code: str) -> str:
        name = self._countries.get(code)
        if name is None:
            name = self._countries[code] = self.t.country(code)
        return name

    def build(self, a: Activity) -> ActivityRow:
        """The whole row of a loaded activity."""
        if scored(a):
            score = completeness(a, self.index.register, index=self.index)
            percent: int | None = score.percent
            missing = "\n".join(f"\u2022 {self._item(key)}" for key in score.missing)
        else:  # retired activities are kept for the record but not scored
            percent, missing = None, ""
        return self._row(ActivitySummary.of(a, self.index), a, percent, missing, self._findings(a))

    def build_summary(self, summary: ActivitySummary) -> ActivityRow:
        """The row of an activity of which only the summary is read: no completeness nor findings yet."""
        return self._row(summary, None, None, "", (0, 0, ""))

    def _bases(self, s: ActivitySummary) -> tuple[str, str, tuple[str, ...]]:
        """Column text, tooltip and search words of the legal bases (few combinations: cached)."""
        key = (s.legal_bases, s.art9_conditions)
        found = self._bases_cache.get(key)
        if found is None:
            values = [*s.legal_bases, *s.art9_conditions]
            labels = tuple(dict.fromkeys(self._label(v) for v in values))
            found = (", ".join(dict.fromkeys(_article(v.value) for v in values)), "\n".join(labels), labels)
            self._bases_cache[key] = found
        return found

    def _places(self, countries: frozenset[str]) -> tuple[list[str], str, str, tuple[str, ...]]:
        """Sorted codes, column text, tooltip and search words of the countries (cached per set)."""
        found = self._places_cache.get(countries)
        if found is None:
            codes = sorted(countries)
            words = tuple(w for c in codes for w in (c, self._country(c)))
            tooltip = "\n".join(f"{c} \u2014 {self._country(c)}" for c in codes)
            found = self._places_cache[countries] = (codes, ", ".join(codes), tooltip, words)
        return found

    def _row(self, s: ActivitySummary, a: Activity | None, percent: int | None, missing: str,
             findings: tuple[int, int, str]) -> ActivityRow:
        articles, bases_tip, bases_words = self._bases(s)
        codes, places, places_tip, places_words = self._places(s.countries)
        role, status = self._label(s.role), self._label(s.status)
        shown_role = self._short_roles[s.role]
        review = self._date(s.next_review)
        overdue = s.next_review is not None and s.next_review < self.today
        done = "" if percent is None else f"{percent}\u202f%"
        errors, warnings, found = findings
        texts = (s.reference, s.name, shown_role, s.owner, status, articles, places, review, done,
                 _badge_text(errors, warnings) if errors or warnings else "")
        keys = (
            natural_key(s.reference),
            s.name.casefold(),
            shown_role.casefold(),
            s.owner.casefold(),
            self._status_order[s.status],
            articles,
            places,
            (s.next_review is None, s.next_review or date.min),
            -1 if percent is None else percent,
            (errors, warnings),
        )
        role_tip = role if role != shown_role else ""
        tooltips = ("", a.description if a is not None else "", role_tip, "", "", bases_tip, places_tip, "", missing, found)
        if a is not None:
            blob = self._blob(a, f"{role}\n{shown_role}", status, codes)
        else:  # the text the columns show: a search before the details arrive finds what is on screen
            parts = (s.reference, s.name, s.owner, role, shown_role, status, *bases_words, *places_words)
            blob = "\n".join(p for p in parts if p).casefold()
        return ActivityRow(s, a, texts, keys, tooltips, blob, overdue, (errors, warnings))

    def _findings(self, a: Activity) -> tuple[int, int, str]:
        """Open errors and warnings of the activity's own checks, and their messages for the tooltip."""
        if not scored(a):
            return 0, 0, ""
        if self._checked is not None:
            own = self._checked.get(a.uuid, [])
        else:
            own = check_activity(a, self.index.register, today=self.today, index=self.index)
        findings = [f for f in own if not f.acknowledged and f.severity is not Severity.INFO]
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        return errors, len(findings) - errors, "\n".join(f"\u2022 {f.message(self.t)}" for f in findings)

    def _blob(self, a: Activity, role: str, status: str, codes: list[str]) -> str:
        """All the text of an activity, lower-cased, for the search box."""
        idx = self.index
        parts: list[str] = [a.reference, a.name, a.description, a.owner, role, status, a.notes, a.template_id]
        for p in a.purposes:
            parts += [p.description, self._label(p.legal_basis), p.legal_basis_reference, p.legitimate_interest]
        parts += idx.names("data_subject_categories", a.data_subjects)
        for d in a.data:
            item = idx.data_categories.get(d.category)
            if item is not None:
                parts.append(item.name)
            parts += [self._label(d.art9_condition), d.condition_reference]
        for s in a.sources:
            parts += [self._label(s.kind), s.description]
        parts += idx.names("recipients", a.recipients)
        for t in a.transfers:
            recipient = idx.recipients.get(t.recipient or "")
            parts += [recipient.name if recipient else "", t.international_organisation, self._label(t.mechanism)]
            parts += [t.safeguards, t.documentation_reference, t.tia_reference]
        for r in a.retention:
            parts += [r.trigger, r.criteria, r.legal_reference]
        parts += idx.names("security_measures", a.security_measures)
        parts += idx.names("systems", a.systems)
        parts += idx.names("joint_controllers", a.joint_controllers)
        parts += [a.dpia.reference, a.automated_decision.logic]
        for c in a.served_controllers:
            parts += [c.contact.name, c.contact.organisation, c.processing_categories]
        for code in codes:
            parts += [code, self._country(code)]
        return "\n".join(p for p in parts if p).casefold()


def _badge_text(errors: int, warnings: int) -> str:
    from PySide6.QtCore import QCoreApplication

    parts = []
    if errors:
        parts.append(QCoreApplication.translate("ActivityTable", "%n errors", None, errors))
    if warnings:
        parts.append(QCoreApplication.translate("ActivityTable", "%n warnings", None, warnings))
    return ", ".join(parts)


class ActivityTableModel(QAbstractTableModel):
    """Rows of ``ActivityRow``; sorting happens here (Python key sort), filtering in the proxy."""

    rows_completed = Signal()  # summary rows were replaced by whole rows: the search text grew

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (int(Column.REFERENCE), Qt.SortOrder.AscendingOrder)
        self._overdue = QBrush(QColor(176, 32, 32))

    # --- Qt model API ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NEXT_REVIEW and row.overdue:
                return QAbstractTableModel.tr(self, "Review overdue")
            return row.tooltips[column] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NEXT_REVIEW and row.overdue:
            return self._overdue
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.COMPLETENESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BADGE_ROLE:
            return row.badges
        if role == UUID_ROLE:
            return row.uuid
        if role == SORT_ROLE:
            return row.texts[column]
        if role == SEARCH_ROLE:
            return row.blob
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {row.uuid: i for i, row in enumerate(self._rows)}
        self._sorted_in_place()
        self._remap(old)
        self.layoutChanged.emit()

    # --- content ---------------------------------------------------------------------------------

    def _sorted_in_place(self) -> None:
        column, order = self._sort
        self._rows.sort(key=lambda r: (r.keys[column], r.keys[0]), reverse=order == Qt.SortOrder.DescendingOrder)

    def _remap(self, old: dict[str, int]) -> None:
        new = {row.uuid: i for i, row in enumerate(self._rows)}
        by_row = {i: uuid for uuid, i in old.items()}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            uuid = by_row.get(index.row())
            target = new.get(uuid) if uuid is not None else None
            moved.append(self.index(target, index.column()) if target is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)

    def set_rows(self, rows: Iterable[ActivityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sorted_in_place()
        self.endResetModel()

    def rows(self) -> Sequence[ActivityRow]:
        return self._rows

    def row_at(self, row: int) -> ActivityRow:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        for i, row in enumerate(self._rows):
            if row.uuid == uuid:
                return i
        return -1

    def upsert(self, new: ActivityRow) -> None:
        """Add or replace one row, keeping the current sort order."""
        position = self.row_of(new.uuid)
        if position < 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(new)
            self.endInsertRows()
            self.sort(*self._sort)
            return
        old = self._rows[position]
        self._rows[position] = new
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))
        if old.keys[self._sort[0]] != new.keys[self._sort[0]]:
            self.sort(*self._sort)

    def complete_rows(self, rows: dict[str, ActivityRow]) -> None:
        """Put the whole rows of the second pass in place of the summary rows, keeping order,
        selection and scrolling; a row already replaced by an edit (a whole row) is newer and stays."""
        column = self._sort[0]
        changed = resort = False
        for i, row in enumerate(self._rows):
            new = rows.get(row.uuid)
            if new is not None and not row.has_details:
                self._rows[i] = new
                changed = True
                resort = resort or new.keys[column] != row.keys[column]
        if not changed:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.rows_completed.emit()
        if resort:
            self.sort(*self._sort)

    def remove(self, uuid: str) -> None:
        position = self.row_of(uuid)
        if position >= 0:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()


class Record(IntEnum):
    """Which record a list shows: Art. 30(1) (controller, joint controller) or Art. 30(2)."""

    CONTROLLER = 1
    PROCESSOR = 2


class ActivityFilterProxy(QSortFilterProxyModel):
    """Filters one record by search words (all must appear), role, status, owner and country.

    Sorting is delegated to the source model, whose Python key sort is much faster than a
    ``lessThan`` called from C++ for every comparison.
    """

    def __init__(self, record: Record, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.words: list[str] = []
        self.role: Role | None = None
        self.status: Status | None = None
        self.owner: str | None = None
        self.country: str | None = None
        # Answers per row object, by id(): rows are immutable (a changed activity is a new row
        # object), and ``_held`` keeps every answered row alive so that no id is reused while its
        # answer is kept. A row without an answer (just added) is decided on the spot.
        self._answers: dict[int, bool] = {}
        self._held: list[ActivityRow] = []
        self._model: ActivityTableModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]
        assert isinstance(model, ActivityTableModel)
        self._model = model
        self._answers, self._held = {}, []
        super().setSourceModel(model)
        model.modelReset.connect(self._forget)  # after Qt's own handler: old rows can go now
        model.rows_completed.connect(lambda: self._refilter(False))

    def _forget(self) -> None:
        self._answers, self._held = {}, []

    def source(self) -> ActivityTableModel:
        assert self._model is not None
        return self._model

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self.words:
            return
        old = self.words
        # Typing more letters only narrows the result: rows already refused stay refused.
        narrowing = len(words) >= len(old) and all(o in w for o, w in zip(old, words, strict=False))
        self.words = words
        self._refilter(narrowing)

    def set_filters(self, *, role: Role | None = None, status: Status | None = None, owner: str | None = None,
                    country: str | None = None) -> None:
        self.role, self.status, self.owner, self.country = role, status, owner or None, country or None
        self._refilter(False)

    def _refilter(self, narrowing: bool) -> None:
        """Decide every row in one Python pass; ``filterAcceptsRow`` then only looks the answer up.

        Qt is asked to re-filter only when some answer changed (typing on after "no match", or a
        letter that keeps the same rows, costs nothing more).
        """
        rows = self.source().rows()
        previous = self._answers if narrowing else {}
        words = self.words
        answers: dict[int, bool] = {}
        for row in rows:
            key = id(row)
            if previous.get(key) is False:
                answers[key] = False
            elif narrowing and key in previous:
                blob = row.blob
                answers[key] = all(word in blob for word in words)
            else:
                answers[key] = self.accepts(row)
        # Same ids (of rows kept alive in _held, so same rows) with the same answers: nothing to do.
        unchanged = answers == self._answers
        self._answers, self._held = answers, list(rows)
        if unchanged:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: the cheaper, non-deprecated way
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older PySide6
            self.invalidateRowsFilter()

    def accepts(self, row: ActivityRow) -> bool:
        a = row.summary
        if (a.role is Role.PROCESSOR) != (self.record is Record.PROCESSOR):
            return False
        if self.role is not None and a.role is not self.role:
            return False
        if self.status is not None and a.status is not self.status:
            return False
        if self.owner is not None and a.owner != self.owner:
            return False
        if self.country is not None and self.country not in row.countries:
            return False
        blob = row.blob
        return all(word in blob for word in self.words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self._model._rows[source_row]  # type: ignore[union-attr]  # hot path: called per row by Qt
        answer = self._answers.get(id(row))
        return self.accepts(row) if answer is None else answer

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def uuid_at(self, row: int) -> str:
        return str(self.data(self.index(row, 0), UUID_ROLE))

    def row_of(self, uuid: str) -> int:
        source = self.source().row_of(uuid)
        if source < 0:
            return -1
        return self.mapFromSource(self.source().index(source, 0)).row()


class ActivityList(QObject):
    """Keeps one ``ActivityTableModel`` in step with the register, for every list that shows it.

    Opening fills the list from the activity summaries, then completes every row from the whole
    register, both on a worker thread; later full loads (catalogue renames, deletes) read the whole
    register at once. A saved activity is re-read alone (one small query) and its row replaced.
    """

    loaded = Signal()  # the list has its rows (when opening: from the summaries, details to follow)
    details_loaded = Signal()  # every row has its completeness, findings and full-text search
    load_failed = Signal(str)

    def __init__(self, ctx: AppContext, translator: Translator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translator = translator
        self.model = ActivityTableModel(self)
        self.index = RegisterIndex(Register(organisation=ctx.store.organisation()))
        self.is_loaded = False  # the rows are in the list
        self.has_details = False  # ... and complete
        self._generation = 0  # bumped by every change; a load older than the last change is dropped
        self._loading: jobs.Job | None = None
        self._pending_full = 0
        self._pending: dict[str, None] = {}
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._apply_pending)
        events = ctx.events
        events.activities_changed.connect(self._on_activities_changed)
        events.activity_changed.connect(self._on_activity_changed)
        events.catalogue_changed.connect(self._on_catalogue_changed)
        events.acknowledgements_changed.connect(lambda: self._on_catalogue_changed(""))  # badges count accepted ones out

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load on a worker thread: ``loaded`` fires when the list has its rows, ``details_loaded``
        when they are complete (at once after the first load, which starts from the summaries)."""
        self._generation += 1
        generation = self._generation
        if self.is_loaded:
            self._load_details(generation, whole=True)
            return
        store, translator = self.ctx.store, self.translator

        def work(job: jobs.Job) -> tuple[int, list[ActivityRow]]:
            builder = RowBuilder(translator, self.index)
            summaries = store.activity_summaries()
            with gc_paused():
                return generation, [builder.build_summary(s) for s in summaries]

        job = jobs.Job(work)
        job.signals.finished.connect(self._summaries_loaded)
        job.signals.failed.connect(self.load_failed.emit)
        self._loading = job
        jobs.start(job)

    def reload_now(self) -> None:
        """Load synchronously (small registers, tests, screenshots)."""
        self._generation += 1
        register = self.ctx.store.snapshot()
        builder = RowBuilder(self.translator, RegisterIndex(register), checked=True)
        self._details_done((self._generation, register, [builder.build(a) for a in register.activities], True))

    def _summaries_loaded(self, result: tuple[int, list[ActivityRow]]) -> None:
        generation, rows = result
        if generation != self._generation:
            return  # the register changed while loading; a newer load is on its way
        self.model.set_rows(rows)
        self.is_loaded = True
        self.loaded.emit()
        # After the list is painted: the details worker would otherwise hold the GIL half the time.
        QTimer.singleShot(0, self, lambda: self._load_details(generation, whole=False)
                          if generation == self._generation else None)

    def _load_details(self, generation: int, whole: bool) -> None:
        """Read the whole register and build every row (checks run once for the findings column);
        ``whole``: the rows replace the list's, otherwise they complete its summary rows."""
        store, translator = self.ctx.store, self.translator

        def work(job: jobs.Job) -> tuple[int, Register, list[ActivityRow], bool]:
            register = store.snapshot()
            builder = RowBuilder(translator, RegisterIndex(register), checked=True)
            with gc_paused():
                return generation, register, [builder.build(a) for a in register.activities], whole

        job = jobs.Job(work)
        job.signals.finished.connect(self._details_done)
        job.signals.failed.connect(self.load_failed.emit)
        self._loading = job
        jobs.start(job)

    def _details_done(self, result: tuple[int, Register, list[ActivityRow], bool]) -> None:
        generation, register, rows, whole = result
        if generation != self._generation:
            return
        self._loading = None
        self.index = RegisterIndex(register)
        if whole:
            self.model.set_rows(rows)
        else:
            self.model.complete_rows({r.uuid: r for r in rows})
        # A large register is millions of small immutable objects; without this, Python's cyclic
        # garbage collector walks them all now and then (0.5-3 s on 5,000 activities), freezing the
        # window at random moments, e.g. between two keystrokes in the search box. They hold no
        # reference cycles, so plain reference counting frees them when they are replaced.
        gc.freeze()
        self.is_loaded = self.has_details = True
        if whole:
            self.loaded.emit()
        self.details_loaded.emit()

    # --- change events ---------------------------------------------------------------------------
    # A saved activity emits activities_changed and activity_changed(uuid); a delete, a duplicate or
    # a catalogue edit only activities_changed. More "activities" than "activity" signals in one
    # round of the event loop therefore means a full reload is needed.

    def _on_activities_changed(self) -> None:
        self._pending_full += 1
        self._flush.start()

    def _on_activity_changed(self, uuid: str) -> None:
        self._pending_full -= 1
        self._pending[uuid] = None
        self._flush.start()

    def _on_catalogue_changed(self, _name: str) -> None:
        self._pending_full += 100
        self._flush.start()

    def _apply_pending(self) -> None:
        full, uuids = self._pending_full > 0, list(self._pending)
        self._pending_full, self._pending = 0, {}
        if full or not self.has_details:  # without the details, the index to build rows is not there yet
            self.reload()
            return
        self._generation += 1
        builder = RowBuilder(self.translator, self.index)
        for uuid in uuids:
            try:
                activity = self.ctx.store.activity(uuid)
            except NotFoundError:
                self.model.remove(uuid)
                continue
            except RopaError as exc:
                self.ctx.events.status_message.emit(str(exc))
                continue
            self.model.upsert(builder.build(activity))
        if self._loading is not None:
            self.reload()  # a full load started before this change would bring back stale rows

    # --- queries for the filters -----------------------------------------------------------------

    def owners(self) -> list[str]:
        return sorted({r.summary.owner for r in self.model.rows() if r.summary.owner}, key=str.casefold)

    def countries(self) -> list[str]:
        out: set[str] = set()
        for row in self.model.rows():
            out |= row.countries
        return sorted(out)

