"""The activity editor: every Art. 30 item of one activity, grouped in sections, saved as you go.

Each settled edit (Return, Tab, a click on a choice) becomes one ``SaveActivityCommand`` from the
activity as it was to the activity as it is now, so the register on disk is always current and
every edit can be undone. When the activity changes under the editor (undo, redo, a catalogue
rename) the form is refreshed from the register, never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QKeyCombination, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ropa.domain.enums import Role
from ropa.domain.model import CATALOGUES, Activity, Organisation, Register, RegisterIndex
from ropa.errors import NotFoundError, RopaError
from ropa.i18n import Translator
from ropa.service import new_uuid
from ui.commands import SaveActivityCommand, SaveItemCommand, execute
from ui.context import AppContext
from ui.dialogs.messages import show_error
from ui.editor.base import Change, Section
from ui.editor.controllers import ControllersSection
from ui.editor.data import DataSection
from ui.editor.dpia import DpiaSection
from ui.editor.identity import IdentitySection
from ui.editor.markers import SectionMarkers, load_acknowledgements
from ui.editor.purposes import PurposesSection
from ui.editor.recipients import RecipientsSection
from ui.editor.retention import RetentionSection
from ui.editor.review import ReviewSection
from ui.editor.security import SecuritySection
from ui.editor.sources import SourcesSection
from ui.settings import Settings
from ui.widgets.picker import Choice
from ui.widgets.rows import RowList

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1

# Which section holds a field, for "open this activity at that field" requests (findings, F2).
FIELD_SECTIONS = {
    "name": "identity", "reference": "identity", "description": "identity", "owner": "identity",
    "role": "identity", "status": "identity", "joint_controllers": "identity",
    "purposes": "purposes", "legal_basis": "purposes",
    "data_subjects": "data", "data": "data", "data_categories": "data",
    "sources": "sources", "recipients": "recipients", "transfers": "recipients",
    "retention": "retention", "security_measures": "security", "systems": "security",
    "dpia": "dpia", "automated_decision": "dpia",
    "last_reviewed": "review", "next_review": "review", "notes": "review",
    "served_controllers": "controllers",
}


class ActivityEditor(QWidget):
    """Shows one activity; ``back_requested`` asks the main window to show the list again."""

    back_requested = Signal(str)  # the record to go back to: "controller" or "processor"
    opened = Signal(str)  # uuid of the activity now shown

    def __init__(self, ctx: AppContext, translator: Translator, owners: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityEditor")
        self.ctx = ctx
        self.translator = translator
        self.language = translator.language
        self._owners = owners or (lambda: [])
        self._activity: Activity | None = None
        self._index = RegisterIndex(Register(organisation=Organisation(uuid="", legal_name="")))
        self._choices: dict[str, list[Choice]] = {}
        self._applying = False
        self._focus_target: tuple[RowList[Any], str] | None = None
        self._catalogues_stale = True

        # --- header ---
        self.back_button = QToolButton(self)
        self.back_button.setObjectName("backToList")
        self.back_button.setText(self.tr("\u2190 Activities"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("editorSubtitle")
        self.saved = QLabel(self)
        self.saved.setObjectName("savedIndicator")
        self.header_buttons = QHBoxLayout()
        self.header_buttons.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.saved)
        top.addLayout(self.header_buttons)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addLayout(top)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)

        # --- sections ---
        self.sections: list[Section] = [
            IdentitySection(self),
            ControllersSection(self),
            PurposesSection(self),
            DataSection(self),
            SourcesSection(self),
            RecipientsSection(self),
            RetentionSection(self),
            SecuritySection(self),
            DpiaSection(self),
            ReviewSection(self),
        ]
        self.by_key = {s.key: s for s in self.sections}
        body = QWidget(self)
        body.setObjectName("editorBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 0, 24, 24)
        column.setSpacing(4)
        for number, section in enumerate(self.sections):
            if number:
                line = QFrame(body)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                line.setObjectName(f"rule_{section.key}")
                column.addWidget(line)
                section.rule = line  # type: ignore[attr-defined]
            column.addWidget(section)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("editorScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.index_list = QListWidget(self)
        self.index_list.setObjectName("sectionIndex")
        self.index_list.setFrameShape(QFrame.Shape.NoFrame)
        self.index_list.setStyleSheet("QListWidget#sectionIndex::item { padding: 4px 6px; }")
        self.index_list.currentItemChanged.connect(self._index_chosen)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(self.index_list)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # Room for the longest section title of the language, with its marker and padding.
        metrics = self.index_list.fontMetrics()
        index_width = max(metrics.horizontalAdvance(s.title) for s in self.sections) + 16 + 2 * 6 + 4 + 12
        self.index_list.setMinimumWidth(index_width)
        self.splitter.setSizes([max(190, index_width), 900])
        self.markers = SectionMarkers(self.sections, self.index_list, SECTION_ROLE, FIELD_SECTIONS)
        self._acknowledgements: tuple[Any, ...] | None = None  # read again after acceptances change
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self._load_sections)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(0)
        self._check_timer.timeout.connect(self._check_exists)
        self._add_shortcuts()
        events = ctx.events
        events.activity_changed.connect(self._on_activity_changed)
        events.activities_changed.connect(self._check_timer.start)
        events.catalogue_changed.connect(self._on_catalogue_changed)
        events.acknowledgements_changed.connect(self._on_acknowledgements_changed)
        settings = Settings(ctx.settings)
        state = settings.splitter_state("editor")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(lambda *_: settings.set_splitter_state("editor", self.splitter.saveState()))

    def _add_shortcuts(self) -> None:
        def add(keys: list[QKeySequence | QKeyCombination], slot: Callable[[], None], name: str) -> None:
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts(keys)  # type: ignore[arg-type]
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        mod = Qt.KeyboardModifier
        # Alt+Left is the window's "Back to the list" (View menu); Esc does the same inside the editor.
        add([QKeySequence(Qt.Key.Key_Escape)], self.go_back, "backAction")
        add([QKeySequence(QKeyCombination(mod.ControlModifier, Qt.Key.Key_PageDown))], lambda: self._step(1), "nextSection")
        add([QKeySequence(QKeyCombination(mod.ControlModifier, Qt.Key.Key_PageUp))], lambda: self._step(-1), "previousSection")

    # --- what sections use (EditorHost) ----------------------------------------------------------

    @property
    def activity(self) -> Activity:
        assert self._activity is not None, "no activity open"
        return self._activity

    def current_uuid(self) -> str | None:
        return self._activity.uuid if self._activity is not None else None

    @property
    def index(self) -> RegisterIndex:
        return self._index

    def owners(self) -> list[str]:
        return self._owners()

    def choices(self, catalogue: str) -> list[Choice]:
        return self._choices.get(catalogue, [])

    def apply(self, change: Change, what: str) -> None:
        """Save ``change(activity)`` as one undoable edit; a refused edit is explained and undone on screen."""
        if self._activity is None:
            return
        before = self._activity
        after = change(before)
        if after == before:
            return
        command = SaveActivityCommand(self.ctx, before, after, text=what)
        self._applying = True
        try:
            execute(self.ctx, command)
        except RopaError as exc:
            self._show_saved(False)
            show_error(self, str(exc), title=self.tr("The change was not saved"))
            self._load_timer.start()
            return
        finally:
            self._applying = False
        self._activity = command.after
        self._show_saved(True)
        self._load_timer.start()

    def create_item(self, catalogue: str, name: str, link: Callable[[Activity, str], Activity], what: str) -> None:
        """Create a catalogue item from its name and link it to the activity, as one undo step."""
        if self._activity is None:
            return
        item = CATALOGUES[catalogue](uuid=new_uuid(), name=name)
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Add %1 to %2").replace("%1", name).replace("%2", self.activity.reference))
        try:
            execute(self.ctx, SaveItemCommand(self.ctx, None, item))  # refreshes the choices (catalogue_changed)
            self.apply(lambda a: link(a, item.uuid), what)
        except RopaError as exc:
            show_error(self, str(exc), title=self.tr("The change was not saved"))
        finally:
            stack.endMacro()

    def focus_row(self, rows: RowList[Any], uuid: str) -> None:
        """After the next refresh, put the cursor in the first field of that row (a row just added)."""
        self._focus_target = (rows, uuid)

    # --- opening ---------------------------------------------------------------------------------

    def open_activity(self, uuid: str, field: str | None = None) -> bool:
        """Show an activity (committing any edit in progress on the previous one first)."""
        self.flush()
        try:
            activity = self.ctx.store.activity(uuid)
        except RopaError as exc:
            show_error(self, str(exc))
            return False
        if self._catalogues_stale:
            self._reload_catalogues()
        changed = self._activity is None or self._activity.uuid != uuid
        self._activity = activity
        self._load_sections()
        self.saved.clear()
        if changed:
            self.scroll.verticalScrollBar().setValue(0)
        if field:
            self.focus_field(field)
        self.opened.emit(uuid)
        return True

    def close_activity(self) -> None:
        self.flush()
        self._activity = None

    def focus_field(self, field: str) -> None:
        """Scroll to the section holding ``field`` and focus its widget when there is one."""
        key = FIELD_SECTIONS.get(field, field)
        section = self.by_key.get(key)
        if section is None:
            return
        self.show_section(key)
        widget = getattr(section, field, None)
        if isinstance(widget, QWidget):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            select_all = getattr(widget, "selectAll", None)
            if callable(select_all):
                select_all()

    def show_section(self, key: str) -> None:
        section = self.by_key[key]
        body = self.scroll.widget()
        if body.layout() is not None:
            body.layout().activate()  # positions are only known once the layout has run
        self.scroll.verticalScrollBar().setValue(section.y())
        self._select_index(key)

    def flush(self) -> None:
        """Save the field being edited (its edit is only saved when editing finishes)."""
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            commit = getattr(widget, "commit", None)
            if callable(commit) and self.isAncestorOf(widget):
                commit()
                return
            widget = widget.parentWidget()

    def go_back(self) -> None:
        self.flush()
        record = "processor" if self._activity is not None and self._activity.role is Role.PROCESSOR else "controller"
        self.back_requested.emit(record)

    # --- refreshing ------------------------------------------------------------------------------

    def _reload_catalogues(self) -> None:
        store = self.ctx.store
        items = {name: store.catalogue(name) for name in CATALOGUES}
        self._index = RegisterIndex(Register(organisation=Organisation(uuid="", legal_name=""), **items))
        choices: dict[str, list[Choice]] = {}
        for name, values in items.items():
            choices[name] = [Choice(i.uuid, i.name, self._detail(name, i), getattr(i, "description", "")) for i in values]
        self._choices = choices
        self._catalogues_stale = False
        for section in self.sections:
            section.catalogues_changed()

    def _detail(self, catalogue: str, item: Any) -> str:
        t = self.translator
        if catalogue == "recipients":
            return " \u00b7 ".join(x for x in (t.enum(item.kind), t.country(item.country)) if x)
        if catalogue == "data_categories":
            if item.special_category is not None:
                return t.enum(item.special_category)
            return self.tr("criminal offences (Art. 10)") if item.criminal else ""
        if catalogue == "data_subject_categories":
            return self.tr("vulnerable") if item.vulnerable else ""
        if catalogue == "security_measures":
            return t.enum(item.kind)
        if catalogue == "systems":
            return " \u00b7 ".join(x for x in (item.vendor, t.country(item.hosting_country)) if x)
        return ""

    def _on_activity_changed(self, uuid: str) -> None:
        if self._applying or self._activity is None or uuid != self._activity.uuid:
            return
        try:
            self._activity = self.ctx.store.activity(uuid)
        except NotFoundError:
            self._check_timer.start()
            return
        except RopaError as exc:
            self.ctx.events.status_message.emit(str(exc))
            return
        self._load_timer.start()

    def _on_catalogue_changed(self, _name: str) -> None:
        if not self.isVisible() and self._activity is None:
            self._catalogues_stale = True
            return
        self._reload_catalogues()
        if self._activity is not None:
            self._on_activity_changed(self._activity.uuid)

    def _check_exists(self) -> None:
        if self._activity is None or self._applying:
            return
        try:
            self._activity = self.ctx.store.activity(self._activity.uuid)
        except NotFoundError:
            self._activity = None
            self.back_requested.emit("")
            return
        except RopaError:
            return
        self._load_timer.start()

    def _load_sections(self) -> None:
        activity = self._activity
        if activity is None:
            return
        anchor = self._scroll_anchor()
        try:
            self._fill_sections(activity)
        finally:
            self._keep_in_place(anchor)

    def _scroll_anchor(self) -> tuple[QWidget, int] | None:
        """The field with the focus and where it is in the viewport, so that a refresh (hint
        lines, follow-up fields, findings appearing above it) leaves it where the user sees it."""
        focus = QApplication.focusWidget()
        viewport = self.scroll.viewport()
        if focus is None or not self.scroll.widget().isAncestorOf(focus) or not focus.isVisible():
            return None
        return focus, focus.mapTo(viewport, QPoint(0, 0)).y()

    def _keep_in_place(self, anchor: tuple[QWidget, int] | None) -> None:
        if anchor is None:
            return
        widget, before = anchor
        body = self.scroll.widget()
        if body.layout() is not None:
            body.layout().activate()
        if not widget.isVisible() or not body.isAncestorOf(widget):
            return
        after = widget.mapTo(self.scroll.viewport(), QPoint(0, 0)).y()
        if after != before:
            bar = self.scroll.verticalScrollBar()
            bar.setValue(bar.value() + after - before)

    def _fill_sections(self, activity: Activity) -> None:
        t = self.translator
        self.title.setText(f"{activity.reference} \u00b7 {activity.name}")
        self.subtitle.setText(" \u00b7 ".join(x for x in (t.enum(activity.role), t.enum(activity.status), activity.owner) if x))
        self.back_button.setText(
            self.tr("\u2190 Processor activities") if activity.role is Role.PROCESSOR else self.tr("\u2190 Activities")
        )
        for section in self.sections:
            visible = section.applies_to(activity)
            section.setVisible(visible)
            rule = getattr(section, "rule", None)
            if rule is not None:
                rule.setVisible(visible)
            if visible:
                section.load(activity)
        self._fill_index()
        self._mark_findings(activity)
        if self._focus_target is not None:
            rows, uuid = self._focus_target
            self._focus_target = None
            row = rows.row(uuid)
            field = row.first_field() if row is not None else None
            if row is not None and field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row, 0, 40))

    def _mark_findings(self, activity: Activity) -> None:
        """Show the open findings of the activity's checks next to the sections they concern."""
        try:
            if self._acknowledgements is None:
                self._acknowledgements = load_acknowledgements(self.ctx.store)
        except RopaError as exc:
            self.ctx.events.status_message.emit(str(exc))
            self._acknowledgements = ()
        self.markers.update(activity, self._index, self._acknowledgements, self.translator)

    def _on_acknowledgements_changed(self) -> None:
        self._acknowledgements = None
        if self._activity is not None:
            self._mark_findings(self._activity)

    def _fill_index(self) -> None:
        shown = [s for s in self.sections if not s.isHidden()]
        if [self.index_list.item(i).data(SECTION_ROLE) for i in range(self.index_list.count())] == [s.key for s in shown]:
            return
        current = self.index_list.currentItem()
        key = current.data(SECTION_ROLE) if current is not None else None
        self.index_list.blockSignals(True)
        self.index_list.clear()
        for section in shown:
            item = QListWidgetItem(section.title, self.index_list)
            item.setData(SECTION_ROLE, section.key)
        self.index_list.blockSignals(False)
        self._select_index(key or shown[0].key)

    def _select_index(self, key: str) -> None:
        self.index_list.blockSignals(True)
        for i in range(self.index_list.count()):
            if self.index_list.item(i).data(SECTION_ROLE) == key:
                self.index_list.setCurrentRow(i)
        self.index_list.blockSignals(False)

    def _index_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.scroll.verticalScrollBar().setValue(self.by_key[item.data(SECTION_ROLE)].y())

    def _scrolled(self, value: int) -> None:
        shown = [s for s in self.sections if not s.isHidden()]
        if not shown:
            return
        bar = self.scroll.verticalScrollBar()
        key = shown[-1].key if value >= bar.maximum() and value > 0 else shown[0].key
        if value < bar.maximum() or value == 0:
            for section in shown:
                if section.y() <= value + 24:
                    key = section.key
        self._select_index(key)

    def _step(self, delta: int) -> None:
        row = self.index_list.currentRow() + delta
        if 0 <= row < self.index_list.count():
            self.index_list.setCurrentRow(row)
            key = self.index_list.item(row).data(SECTION_ROLE)
            self.show_section(key)
            first = self._first_field(self.by_key[key])
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)
                self.scroll.verticalScrollBar().setValue(self.by_key[key].y())

    @staticmethod
    def _first_field(section: QWidget) -> QWidget | None:
        """The first widget of a section that Tab would reach."""
        widget = section.nextInFocusChain()
        while widget is not None and widget is not section:
            if (section.isAncestorOf(widget) and widget.isVisibleTo(section) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def _show_saved(self, ok: bool) -> None:
        if ok:
            self.saved.setText(self.tr("Saved %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))
        else:
            self.saved.setText(self.tr("Not saved"))

    def add_header_action(self, action: QAction) -> None:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        self.header_buttons.addWidget(button)
