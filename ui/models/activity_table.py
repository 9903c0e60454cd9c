"""The activity list: a table model over plain ``Activity`` snapshots, its filter proxy, and the
loader that keeps it in step with the register.

Every display string, sort key and a lower-case "search blob" are computed once per activity when
it is loaded (``build_row``), so painting, sorting and filtering never query the database and a
keystroke in the search box is a substring test per row.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
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
from ropa.domain.model import Activity, Register, RegisterIndex
from ropa.errors import NotFoundError, RopaError
from ropa.i18n import Translator
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

#: (open errors, open warnings) of a row, for the badge delegate of the findings column.
BADGE_ROLE = 0x0100 + 21


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

    activity: Activity
    texts: tuple[str, ...]
    keys: tuple[Any, ...]
    tooltips: tuple[str, ...]
    blob: str
    countries: frozenset[str]
    overdue: bool
    badges: tuple[int, int] = (0, 0)  # open (not accepted) errors and warnings of the checks

    @property
    def uuid(self) -> str:
        return self.activity.uuid


class RowBuilder:
    """Turns activities into ``ActivityRow``s, resolving catalogue names through one index."""

    def __init__(self, translator: Translator, index: RegisterIndex, today: date | None = None,
                 checked: bool = False, badges: bool = True) -> None:
        """``checked``: run the checks on the whole register once now (a full load) rather than
        activity by activity (a few rows re-read after an edit). ``badges=False`` leaves the findings
        column empty: a full load fills it in a second pass (``Badges``) so the list shows sooner."""
        self.t = translator
        self.index = index
        self.today = today or date.today()
        self.badges = badges
        self._checked: dict[str | None, list[Finding]] | None = None
        if checked and badges:
            self._checked = findings_by_activity(run_checks(index.register, today=self.today))
        self._dates: dict[date, str] = {}
        self._countries: dict[str, str] = {}
        self._labels: dict[Any, str] = {}

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
        idx = self.index
        recipients = [idx.recipients[u] for u in a.recipients if u in idx.recipients]
        systems = [idx.systems[u] for u in a.systems if u in idx.systems]
        countries = {t.country for t in a.transfers if t.country}
        countries |= {r.country for r in recipients if r.country}
        countries |= {s.hosting_country for s in systems if s.hosting_country}
        codes = sorted(countries)
        bases = [p.legal_basis for p in a.purposes if p.legal_basis is not None]
        conditions = [d.art9_condition for d in a.data if d.art9_condition is not None]
        articles = list(dict.fromkeys(_article(b.value) for b in [*bases, *conditions]))
        role, status = self._label(a.role), self._label(a.status)
        review = self._date(a.next_review)
        overdue = a.next_review is not None and a.next_review < self.today
        if scored(a):
            score = completeness(a, idx.register, index=idx)
            percent: int | None = score.percent
            done = f"{score.percent}\u202f%"
            missing = "\n".join(f"\u2022 {self._item(key)}" for key in score.missing)
        else:  # retired activities are kept for the record but not scored
            percent, done, missing = None, "", ""
        errors, warnings, found = self._findings(a)
        texts = (a.reference, a.name, role, a.owner, status, ", ".join(articles), ", ".join(codes), review, done,
                 _badge_text(errors, warnings))
        keys = (
            natural_key(a.reference),
            a.name.casefold(),
            role.casefold(),
            a.owner.casefold(),
            list(Status).index(a.status),
            ", ".join(articles),
            ", ".join(codes),
            (a.next_review is None, a.next_review or date.min),
            -1 if percent is None else percent,
            (errors, warnings),
        )
        tooltips = (
            "",
            a.description,
            "",
            "",
            "",
            "\n".join(dict.fromkeys(self._label(v) for v in [*bases, *conditions])),
            "\n".join(f"{c} \u2014 {self._country(c)}" for c in codes),
            "",
            missing,
            found,
        )
        return ActivityRow(a, texts, keys, tooltips, self._blob(a, role, status, codes), frozenset(codes), overdue,
                           (errors, warnings))

    def _findings(self, a: Activity) -> tuple[int, int, str]:
        """Open errors and warnings of the activity's own checks, and their messages for the tooltip."""
        if not scored(a) or not self.badges:
            return 0, 0, ""
        if self._checked is not None:
            own = self._checked.get(a.uuid, [])
        else:
            own = check_activity(a, self.index.register, today=self.today, index=self.index)
        findings = [f for f in own if not f.acknowledged and f.severity is not Severity.INFO]
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        return errors, len(findings) - errors, "\n".join(f"\u2022 {f.message(self.t)}" for f in findings)

    def with_badges(self, row: ActivityRow) -> ActivityRow:
        """The row with its findings column filled (the second pass of a full load)."""
        errors, warnings, found = self._findings(row.activity)
        if (errors, warnings) == row.badges and not found:
            return row
        last = int(Column.FINDINGS)
        return replace(row, texts=(*row.texts[:last], _badge_text(errors, warnings)), keys=(*row.keys[:last], (errors, warnings)),
                       tooltips=(*row.tooltips[:last], found), badges=(errors, warnings))

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
        parts.append(QCoreApplication.translate("ActivityTable", "%1 errors").replace("%1", str(errors)))
    if warnings:
        parts.append(QCoreApplication.translate("ActivityTable", "%1 warnings").replace("%1", str(warnings)))
    return ", ".join(parts)


class ActivityTableModel(QAbstractTableModel):
    """Rows of ``ActivityRow``; sorting happens here (Python key sort), filtering in the proxy."""

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

    def set_badges(self, rows: dict[str, ActivityRow]) -> None:
        """Put in the rows of the badge pass, unless the row was replaced since (an edit is newer)."""
        changed = False
        for i, row in enumerate(self._rows):
            new = rows.get(row.uuid)
            if new is not None and new.activity is row.activity and new is not row:
                self._rows[i] = new
                changed = True
        if not changed:
            return
        self.dataChanged.emit(self.index(0, Column.FINDINGS), self.index(len(self._rows) - 1, Column.FINDINGS))
        if self._sort[0] == Column.FINDINGS:
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
        a = row.activity
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

    A full load (opening, catalogue renames, deletes) runs on a worker thread; a saved activity is
    re-read alone (one small query) and its row replaced in place.
    """

    loaded = Signal()  # a full load was applied to the model
    badges_loaded = Signal()  # the findings column of a full load was filled in
    load_failed = Signal(str)

    def __init__(self, ctx: AppContext, translator: Translator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translator = translator
        self.model = ActivityTableModel(self)
        self.index = RegisterIndex(Register(organisation=ctx.store.organisation()))
        self.is_loaded = False
        self._generation = 0  # bumped by every change; a load older than the last change is redone
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
        """Load every activity on a worker thread; ``loaded`` fires when the model has them."""
        self._generation += 1
        generation = self._generation
        store, translator = self.ctx.store, self.translator

        def work(job: jobs.Job) -> tuple[int, Register, list[ActivityRow]]:
            register = store.snapshot()
            builder = RowBuilder(translator, RegisterIndex(register), badges=False)
            return generation, register, [builder.build(a) for a in register.activities]

        job = jobs.Job(work)
        job.signals.finished.connect(self._loaded)
        job.signals.failed.connect(self.load_failed.emit)
        self._loading = job
        jobs.start(job)

    def reload_now(self) -> None:
        """Load synchronously (small registers, tests, screenshots)."""
        self._generation += 1
        register = self.ctx.store.snapshot()
        builder = RowBuilder(self.translator, RegisterIndex(register), checked=True)
        self._loaded((self._generation, register, [builder.build(a) for a in register.activities]), badges_pending=False)

    def _loaded(self, result: tuple[int, Register, list[ActivityRow]], badges_pending: bool = True) -> None:
        generation, register, rows = result
        if generation != self._generation:
            return  # the register changed while loading; a newer load is on its way
        self._loading = None
        self.index = RegisterIndex(register)
        self.model.set_rows(rows)
        # A large register is millions of small immutable objects; without this, Python's cyclic
        # garbage collector walks them all now and then (0.5-3 s on 5,000 activities), freezing the
        # window at random moments, e.g. between two keystrokes in the search box. They hold no
        # reference cycles, so plain reference counting frees them when they are replaced.
        gc.freeze()
        self.is_loaded = True
        self.loaded.emit()
        if badges_pending and rows:
            self._load_badges(generation, register, rows)

    def _load_badges(self, generation: int, register: Register, rows: list[ActivityRow]) -> None:
        """Second pass of a full load, on a worker thread: run the checks once, fill the findings column."""
        translator = self.translator

        def work(job: jobs.Job) -> tuple[int, dict[str, ActivityRow]]:
            builder = RowBuilder(translator, RegisterIndex(register), checked=True)
            return generation, {r.uuid: builder.with_badges(r) for r in rows}

        job = jobs.Job(work)
        job.signals.finished.connect(self._badges_done)
        job.signals.failed.connect(self.load_failed.emit)
        jobs.start(job)

    def _badges_done(self, result: tuple[int, dict[str, ActivityRow]]) -> None:
        _generation, rows = result
        # Rows replaced since (an edit, a newer full load) are not the same objects and are kept.
        self.model.set_badges(rows)
        self.badges_loaded.emit()

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
        if full:
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
        return sorted({r.activity.owner for r in self.model.rows() if r.activity.owner}, key=str.casefold)

    def countries(self) -> list[str]:
        out: set[str] = set()
        for row in self.model.rows():
            out |= row.countries
        return sorted(out)


RowFactory = Callable[[Activity], ActivityRow]
