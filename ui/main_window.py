"""The main window: navigator, pages, menus, toolbar, shortcuts, undo/redo, status bar and title.

It only wires things together. Each page is its own module (``ui/views``, ``ui/editor``); pages are
built the first time they are shown, so opening a register shows the activity list at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QKeyCombination, Qt, QTime, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ropa.domain.enums import Role
from ropa.domain.model import Activity
from ropa.errors import RopaError
from ropa.i18n import LANGUAGES, Translator
from ropa.service import new_uuid
from ui.commands import DeleteActivityCommand, DuplicateActivityCommand, RegisterCommand, SaveActivityCommand, execute
from ui.context import AppContext
from ui.dialogs.messages import confirm, show_error
from ui.editor.editor import ActivityEditor
from ui.models import language_name
from ui.models.activity_table import ActivityList, Record
from ui.navigator import Navigator
from ui.settings import Settings
from ui.shortcuts import FieldShortcuts
from ui.views.activities import ActivitiesView
from ui.widgets.fields import point_buddies_at_focus

RECORD_PAGES = {"activities": Record.CONTROLLER, "processor_activities": Record.PROCESSOR}
CATALOGUE_PAGES = ("recipients", "data_subject_categories", "data_categories", "systems", "security_measures")


class MainWindow(QMainWindow):
    """One open register. The application (``ui.app``) handles opening and closing files."""

    new_register_requested = Signal()
    open_requested = Signal()
    open_path_requested = Signal(str)
    demo_requested = Signal()
    close_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, ctx: AppContext, translator: Translator, *, load: str = "async",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.translator = translator
        self.settings = Settings(ctx.settings)
        self.activities = ActivityList(ctx, translator, self)
        if load == "async":  # first thing: the rows are read while the window is being built
            self.activities.reload()
        self.pages: dict[str, QWidget] = {}
        self._closing_for_register = False

        self.navigator = Navigator(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.editor = ActivityEditor(ctx, translator, self.activities.owners, self.stack)
        self.stack.addWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.field_shortcuts = FieldShortcuts(self, self.undo_action, self.redo_action)
        self.permanent = QLabel(self)
        self.permanent.setObjectName("registerSummary")
        self.statusBar().addPermanentWidget(self.permanent)
        self.saved_at = QLabel(self)  # every saved edit, undo and redo, from any page
        self.saved_at.setObjectName("savedAt")
        self.statusBar().addPermanentWidget(self.saved_at)

        self.navigator.page_chosen.connect(self.show_page)
        self.editor.back_requested.connect(self._editor_back)
        self.editor.opened.connect(lambda _uuid: self._update_actions())
        events = ctx.events
        events.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        events.organisation_changed.connect(self.update_title)
        events.open_activity.connect(lambda uuid: self.open_activity(uuid))
        events.open_activity_field.connect(lambda uuid, field: self.open_activity(uuid, field))
        self.activities.loaded.connect(self._update_summary)
        self.activities.model.rowsInserted.connect(self._update_summary)
        self.activities.model.rowsRemoved.connect(self._update_summary)
        self.activities.load_failed.connect(lambda text: show_error(self, text))
        ctx.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        ctx.undo_stack.indexChanged.connect(self._show_saved_at)  # a method: disconnected with the window

        self.resize(1280, 800)
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._splitter_restored = False  # done when first shown, once the window has its size
        self.splitter.splitterMoved.connect(lambda *_: self.settings.set_splitter_state("main", self.splitter.saveState()))

        self.update_title()
        self.show_page("activities")
        if load == "sync":
            self.activities.reload_now()

    # --- actions ---------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: list[QKeySequence] | QKeySequence | None = None,
                name: str = "", icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '').rstrip('.…')} ({keys})" if keys else (tip or text.replace("&", "")))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        ks = QKeySequence.StandardKey
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

        def keys(*combos: QKeyCombination | Qt.Key) -> list[QKeySequence]:
            return [QKeySequence(c) for c in combos]

        self.new_register_action = self._action(self.tr("&New register\u2026"), self.new_register_requested.emit,
                                                QKeySequence(QKeyCombination(ctrl | Qt.KeyboardModifier.AltModifier, Qt.Key.Key_N)),
                                                "newRegister")
        self.open_action = self._action(self.tr("&Open\u2026"), self.open_requested.emit, QKeySequence(ks.Open),
                                        "openRegister", sp.SP_DialogOpenButton)
        self.demo_action = self._action(self.tr("Open &demo register"), self.demo_requested.emit, None, "openDemo")
        self.save_copy_action = self._action(self.tr("Save a &copy as\u2026"), self.save_copy,
                                             QKeySequence(QKeyCombination(ctrl | shift, Qt.Key.Key_S)), "saveCopy",
                                             sp.SP_DialogSaveButton)
        self.export_action = self._action(self.tr("&Export\u2026"), self.export,
                                          QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_E)), "export", sp.SP_ArrowRight)
        self.import_action = self._action(self.tr("&Import from spreadsheet\u2026"), self.import_spreadsheet, None,
                                          "importSpreadsheet")
        self.from_template_action = self._action(self.tr("New activity from &template\u2026"), self.new_from_template,
                                                 QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_T)), "newFromTemplate")
        self.close_action = self._action(self.tr("C&lose register"), self.request_close, QKeySequence(ks.Close),
                                         "closeRegister")
        self.quit_action = self._action(self.tr("&Quit"), self._quit, QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_Q)),
                                        "quit")

        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence(ks.Undo), "undo", sp.SP_ArrowBack)
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo,
            keys(QKeyCombination(ctrl | shift, Qt.Key.Key_Z), QKeyCombination(ctrl, Qt.Key.Key_Y)), "redo",
            sp.SP_ArrowForward,
        )
        self.new_action = self._action(self.tr("&New activity"), self.new_activity, QKeySequence(ks.New),
                                       "newActivity", sp.SP_FileIcon)
        self.open_activity_action = self._action(self.tr("&Open activity"), self.open_current, None, "openActivity")
        self.open_activity_action.setShortcuts(keys(Qt.Key.Key_Return, Qt.Key.Key_Enter))
        self.open_activity_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.duplicate_action = self._action(self.tr("Dup&licate activity"), self.duplicate,
                                             QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_D)), "duplicateActivity",
                                             sp.SP_FileDialogNewFolder)
        self.delete_action = self._action(self.tr("&Delete activity\u2026"), self.delete,
                                          QKeySequence(Qt.Key.Key_Delete), "deleteActivity", sp.SP_TrashIcon)
        self.rename_action = self._action(self.tr("Rena&me activity"), self.rename, QKeySequence(Qt.Key.Key_F2),
                                          "renameActivity")
        self.find_action = self._action(self.tr("&Find"), self.find, QKeySequence(ks.Find), "find")
        self.history_action = self._action(self.tr("Show &history of the activity"), self.show_history,
                                           QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_H)), "activityHistory")
        self.back_action = self._action(self.tr("&Back to the list"), lambda: self.editor.go_back(),
                                        QKeySequence(QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Left)),
                                        "back")
        # Shortcuts that other pages use for their own items (Del, F2, Ctrl+F...) only act in the
        # activity lists and the editor, so they never clash; the menus still offer them everywhere.
        # Del in the editor stays "delete a character": it only deletes activities from the lists.
        self.list_actions = [self.delete_action]
        self.activity_actions = [self.rename_action, self.find_action, self.history_action, self.duplicate_action]
        for action in [*self.list_actions, *self.activity_actions]:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.removeAction(action)
        self.editor.addActions(self.activity_actions)
        for action in (self.duplicate_action, self.history_action, self.delete_action):
            self.editor.add_header_action(action)
        self.page_actions: dict[str, QAction] = {}
        digits = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7,
                  Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0]
        page_keys = [QKeySequence(QKeyCombination(ctrl, digit)) for digit in digits]
        # Past the ten digits: Ctrl+Shift and the page's initial (English, like every shortcut here).
        page_keys += [QKeySequence(QKeyCombination(ctrl | shift, letter)) for letter in (Qt.Key.Key_T, Qt.Key.Key_H, Qt.Key.Key_R)]
        assert len(page_keys) >= len(self.navigator.keys())
        for key, sequence in zip(self.navigator.keys(), page_keys, strict=False):
            self.page_actions[key] = self._action(self.navigator.label(key).replace("&", "&&"), lambda k=key: self.go_to_page(k),
                                                  sequence, f"page_{key}")
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                             QKeySequence(ks.HelpContents), "shortcuts")
        self.about_action = self._action(self.tr("&About ropa"), self.about, None, "about")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.new_register_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addMenu(self.recent_menu)
        file.addAction(self.demo_action)
        file.addSeparator()
        file.addActions([self.save_copy_action, self.export_action, self.import_action])
        file.addSeparator()
        file.addActions([self.close_action, self.quit_action])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.new_action, self.from_template_action, self.open_activity_action, self.duplicate_action, self.rename_action,
                         self.delete_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.history_action])
        view = bar.addMenu(self.tr("&View"))
        view.addActions(list(self.page_actions.values()))
        view.addSeparator()
        view.addAction(self.back_action)
        view.addSeparator()
        self.language_menu = view.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        for code in LANGUAGES:
            action = self.language_menu.addAction(language_name(code, code))
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.translator.language)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.new_action, self.duplicate_action, self.delete_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addAction(self.export_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(path.name, lambda p=path: self.open_path_requested.emit(str(p)))
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- pages -----------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page of a navigator entry, built the first time it is needed."""
        widget = self.pages.get(key)
        if widget is None:
            widget = self._build_page(key)
            point_buddies_at_focus(widget)  # Alt+letter reaches a picker's or a country field's input
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return widget

    def _build_page(self, key: str) -> QWidget:
        if key in RECORD_PAGES:
            view = ActivitiesView(self.ctx, self.activities, RECORD_PAGES[key], self.translator, self.stack)
            view.open_requested.connect(self.open_activity)
            view.set_new_action(self.new_action)
            view.set_context_actions([self.open_activity_action, self.duplicate_action, self.rename_action,
                                      self.history_action, None, self.delete_action])
            view.addActions([*self.list_actions, *self.activity_actions])
            view.table.addAction(self.open_activity_action)
            return view
        if key == "organisation":
            from ui.views.organisation import OrganisationView

            return OrganisationView(self.ctx, self.stack)
        if key in CATALOGUE_PAGES:
            from ui.views.catalogue import CatalogueView

            return CatalogueView(self.ctx, key, self.stack)
        if key == "transfers":
            from ui.views.transfers import TransfersView

            return TransfersView(self.ctx, self.stack)
        if key == "history":
            from ui.views.history import HistoryView

            return HistoryView(self.ctx, self.stack)
        if key == "versions":
            from ui.views.versions import VersionsView

            return VersionsView(self.ctx, self.stack)
        if key == "findings":
            from ui.views.findings import FindingsView

            findings = FindingsView(self.ctx, self.stack)
            findings.open_page.connect(self.show_item)
            return findings
        if key == "dashboard":
            from ui.views.dashboard import DashboardView

            dashboard = DashboardView(self.ctx, self.stack)
            dashboard.open_page.connect(self.show_item)
            dashboard.show_findings.connect(self.show_findings)
            return dashboard
        raise KeyError(key)

    def show_page(self, key: str) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.close_activity()
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self.navigator.select(key)
        self._update_actions()

    def go_to_page(self, key: str) -> None:
        """A page chosen from the View menu or with its shortcut: shown, with the keyboard in it."""
        self.show_page(key)
        focus_page(self.pages[key])

    def current_key(self) -> str | None:
        return self.navigator.current_key()

    def current_place(self) -> tuple[str | None, str | None]:
        """The page shown and the activity being edited, to come back to (a language switch)."""
        editing = self.stack.currentWidget() is self.editor
        return self.current_key(), (self.editor.current_uuid() if editing else None)

    def go_to_place(self, key: str | None, activity: str | None) -> None:
        if activity and self.open_activity(activity):
            return
        if key:
            self.show_page(key)

    def show_item(self, key: str, uuid: str) -> None:
        """Show a page and select an item on it (a catalogue finding, a processor without DPA...)."""
        self.show_page(key)
        select = getattr(self.pages[key], "select", None)
        if uuid and callable(select):
            select(uuid)

    def show_findings(self, severity: str) -> None:
        """The findings page filtered on one severity (a click on the dashboard's chart)."""
        from ropa.checks import Severity
        from ui.views.findings import FindingsView

        self.show_page("findings")
        view = self.pages["findings"]
        if isinstance(view, FindingsView):
            view.set_severity_filter(Severity(severity) if severity else None)

    def current_list(self) -> ActivitiesView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ActivitiesView) else None

    def _record(self) -> Record:
        if self.stack.currentWidget() is self.editor and self.editor.current_uuid():
            return Record.PROCESSOR if self.editor.activity.role is Role.PROCESSOR else Record.CONTROLLER
        return RECORD_PAGES.get(self.current_key() or "", Record.CONTROLLER)

    def open_activity(self, uuid: str, field: str | None = None) -> bool:
        """Show an activity in the editor (from the list, a finding, the transfers overview...)."""
        if not self.editor.open_activity(uuid, field):
            return False
        record = "processor_activities" if self.editor.activity.role is Role.PROCESSOR else "activities"
        self.navigator.select(record)
        self.stack.setCurrentWidget(self.editor)
        if field is None:
            self.editor.focus_field("name")
        self._update_actions()
        return True

    def _editor_back(self, record: str) -> None:
        uuid = self.editor.current_uuid()
        key = "processor_activities" if record == "processor" else "activities"
        self.show_page(key)
        view = self.current_list()
        if view is not None:
            if uuid:
                view.select(uuid)
            view.table.setFocus()

    def open_current(self) -> None:
        view = self.current_list()
        uuid = view.current_uuid() if view is not None else None
        if uuid:
            self.open_activity(uuid)

    # --- editing actions -------------------------------------------------------------------------

    def _run(self, command: RegisterCommand) -> bool:
        try:
            return execute(self.ctx, command)
        except RopaError as exc:
            show_error(self, str(exc), title=self.tr("The change was not saved"))
            return False

    def _targets(self) -> list[Activity]:
        """The activities an action applies to: the one in the editor, or those selected in the list."""
        store = self.ctx.store
        try:
            if self.stack.currentWidget() is self.editor and self.editor.current_uuid():
                return [self.editor.activity]
            view = self.current_list()
            if view is None:
                return []
            return [store.activity(uuid) for uuid in view.selected_uuids()]
        except RopaError as exc:
            show_error(self, str(exc))
            return []

    def new_activity(self) -> None:
        self.editor.flush()
        processor = self._record() is Record.PROCESSOR
        try:
            reference = self.ctx.store.next_reference("PR-" if processor else "PA-")
        except RopaError as exc:
            show_error(self, str(exc))
            return
        activity = Activity(
            uuid=new_uuid(), reference=reference, name=self.tr("New activity"),
            role=Role.PROCESSOR if processor else Role.CONTROLLER,
            next_review=QDate.currentDate().addYears(1).toPython(),  # a review is due a year on
        )
        if self._run(SaveActivityCommand(self.ctx, None, activity)):
            self.open_activity(activity.uuid, "name")

    def duplicate(self) -> None:
        self.editor.flush()
        targets = self._targets()
        if len(targets) != 1:
            self.statusBar().showMessage(self.tr("Select one activity to duplicate."), 5000)
            return
        command = DuplicateActivityCommand(self.ctx, targets[0])
        if self._run(command) and command.copy is not None:
            self.open_activity(command.copy.uuid, "name")

    def delete(self) -> None:
        self.editor.flush()
        targets = self._targets()
        if not targets:
            self.statusBar().showMessage(self.tr("Select the activities to delete."), 5000)
            return
        if len(targets) == 1:
            text = self.tr("Delete %1 \u201c%2\u201d?").replace("%1", targets[0].reference).replace("%2", targets[0].name)
        else:
            text = self.tr("Delete %1 activities?").replace("%1", str(len(targets)))
        detail = self.tr("You can bring it back with Undo (Ctrl+Z).")
        if not confirm(self, self.tr("Delete activity"), text, self.tr("Delete"), detail):
            return
        stack = self.ctx.undo_stack
        if len(targets) > 1:
            stack.beginMacro(self.tr("Delete %1 activities").replace("%1", str(len(targets))))
        try:
            for activity in targets:
                if not self._run(DeleteActivityCommand(self.ctx, activity)):
                    break
        finally:
            if len(targets) > 1:
                stack.endMacro()
        if self.stack.currentWidget() is self.editor:
            self._editor_back("processor" if targets[0].role is Role.PROCESSOR else "controller")

    def rename(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.focus_field("name")
            return
        view = self.current_list()
        uuid = view.current_uuid() if view is not None else None
        if uuid:
            self.open_activity(uuid, "name")

    def find(self) -> None:
        view = self.current_list()
        if view is None:
            self.show_page("processor_activities" if self._record() is Record.PROCESSOR else "activities")
            view = self.current_list()
        if view is not None:
            view.focus_search()

    def show_history(self) -> None:
        targets = self._targets()
        self.show_page("history")
        history = self.pages["history"]
        show = getattr(history, "show_activity", None)
        if targets and callable(show):
            show(targets[0].uuid)

    def undo(self) -> None:
        self._undo_redo(self.ctx.undo_stack.undo)

    def redo(self) -> None:
        self._undo_redo(self.ctx.undo_stack.redo)

    def _undo_redo(self, step: Callable[[], None]) -> None:
        """Undo/redo from anywhere; a field being typed in is saved first so it is undone too."""
        self.editor.flush()
        try:
            step()
        except RopaError as exc:
            show_error(self, str(exc))

    def _update_actions(self) -> None:
        stack = self.ctx.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.editor):
            return  # the register is being closed
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()) if stack.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()) if stack.canRedo() else self.tr("&Redo"))
        # The toolbar shows the short word (its buttons keep their size); the tooltip says what.
        for action, short, what, text in ((self.undo_action, self.tr("Undo"), self.tr("Undo: %1"), stack.undoText()),
                                          (self.redo_action, self.tr("Redo"), self.tr("Redo: %1"), stack.redoText())):
            action.setIconText(short)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{what.replace('%1', text) if text else short} ({keys})")
        in_editor = self.stack.currentWidget() is self.editor
        on_list = self.current_list() is not None
        for action in (self.duplicate_action, self.delete_action, self.rename_action, self.history_action):
            action.setEnabled(in_editor or on_list)
        self.back_action.setEnabled(in_editor)
        self.open_activity_action.setEnabled(on_list)

    # --- file actions ----------------------------------------------------------------------------

    def save_copy(self) -> None:
        self.editor.flush()
        store = self.ctx.store
        name = self.tr("%1 (copy)", "the suggested file name of a copy").replace("%1", store.path.stem)
        suggested = self.settings.last_folder() / f"{name}{store.path.suffix}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"), str(suggested), self.tr("ropa registers (*.ropa)")
        )
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> bool:
        if path.suffix == "":
            path = path.with_suffix(".ropa")
        try:
            self.ctx.store.save_copy(path)
        except RopaError as exc:
            show_error(self, str(exc), title=self.tr("The copy was not saved"))
            return False
        self.settings.set_last_folder(path.parent)
        self.statusBar().showMessage(self.tr("Copy saved as %1").replace("%1", str(path)), 8000)
        return True

    def export(self) -> None:
        from ui.dialogs.export import ExportDialog

        self.editor.flush()
        dialog = ExportDialog(self.ctx, self.translator, self)
        dialog.show()
        self.export_dialog = dialog

    def new_from_template(self) -> None:
        from ui.dialogs.template_picker import TemplatePicker

        self.editor.flush()
        self.template_picker = TemplatePicker(self.ctx, self)
        self.template_picker.open()

    def import_spreadsheet(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        self.editor.flush()
        self.import_wizard = ImportWizard(self.ctx, self, self.settings.last_folder())
        self.import_wizard.open()

    def request_close(self) -> None:
        """Close the register and go back to the start screen."""
        self.editor.flush()
        self._closing_for_register = True
        self.close_requested.emit()

    def _quit(self) -> None:
        self.editor.flush()
        self.close()
        QApplication.quit()

    # --- window ----------------------------------------------------------------------------------

    def update_title(self) -> None:
        try:
            org = self.ctx.store.organisation().legal_name
        except RopaError:
            org = ""
        path = self.ctx.store.path
        self.setWindowFilePath(str(path))
        parts = [path.name, org, "ropa"]
        if self.ctx.store.readonly:
            parts.insert(1, self.tr("read-only"))
        self.setWindowTitle(" \u2014 ".join(p for p in parts if p))

    def _show_saved_at(self, _index: int) -> None:
        self.saved_at.setText(self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    def _update_summary(self, *_: object) -> None:
        rows = self.activities.model.rows()
        processor = sum(1 for r in rows if r.summary.is_processor)
        self.permanent.setText(
            self.tr("%1 controller and %2 processor activities").replace("%1", str(len(rows) - processor))
            .replace("%2", str(processor))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            state = self.settings.splitter_state("main")
            if state is not None:
                self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        super().closeEvent(event)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).open()

    def about(self) -> None:
        from ropa import __version__

        box = show_error(
            self,
            self.tr("ropa %1: the record of processing activities (GDPR Art. 30), kept offline in one file.")
            .replace("%1", __version__),
            title=self.tr("About ropa"),
        )
        icon = QApplication.windowIcon()
        if icon.isNull():
            box.setIcon(QMessageBox.Icon.Information)
        else:  # ropa's own icon (resources/icons), set on the application at start-up
            box.setIconPixmap(icon.pixmap(64, 64))


def focus_page(page: QWidget) -> None:
    """Put the keyboard in a page: its own choice (``focus_default``), else its main list, else its
    first field, in the order Tab would visit them."""
    chosen = getattr(page, "focus_default", None)
    if callable(chosen):
        chosen()
        return
    candidates: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None and len(candidates) < 500:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            candidates.append(widget)
        widget = widget.nextInFocusChain()
    lists = [w for w in candidates if isinstance(w, QAbstractItemView)]
    target = (lists or candidates or [page])[0]
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)


class ShortcutsDialog(QDialog):
    """Every action of the window with its shortcut, generated from the actions themselves."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        actions = [a for a in window.findChildren(QAction) if a.shortcuts() and a.text()]

        def native(*keys: str) -> str:
            """Key names as the platform and the interface language write them (Strg in German)."""
            return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)

        extra = [
            (self.tr("Next / previous section of the editor"), native("Ctrl+PgDown", "Ctrl+PgUp")),
            (self.tr("Back to the list"), native("Esc")),
            (self.tr("Move between fields"), native("Tab", "Shift+Tab")),
            (self.tr("Tick or untick an item in a list"), native("Space")),
        ]
        rows = [(a.text().replace("&", "").rstrip("\u2026"),
                 " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()))
                for a in actions]
        rows = sorted(dict(rows).items(), key=lambda r: r[0].casefold()) + extra
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (text, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(text))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 560)
