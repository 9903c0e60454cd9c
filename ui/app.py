"""The application: QApplication set-up, translations, and moving between the start screen and
the main window as registers are created, opened and closed.

A register that cannot be opened (not a register, damaged, newer version, open elsewhere) is
explained in a dialog in plain words; whatever was on screen before stays usable.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ropa.errors import RopaError
from ropa.i18n import LANGUAGES, Translator
from ropa.resources import resources_dir
from ropa.service import RegisterStore
from ropa.store.crypto import PassphraseRequiredError
from ui.context import AppContext, RegisterEvents
from ui.dialogs.messages import show_error, show_open_error
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.start_screen import StartScreen
from ui.widgets.fields import interface_locale
from ui.widgets.wheel import install_wheel_guard

ORGANISATION_NAME = "ropa"
APPLICATION_NAME = "ropa"

# Set to a PNG path: the app grabs its window once the list is filled, saves it there and quits.
SCREENSHOT_ENV = "ROPA_SCREENSHOT_AND_QUIT"
# Set to a file path (bench/bench_startup.py): the app writes the wall-clock time (time.time())
# at which the main window with the register was first painted, then quits.
FIRST_PAINT_ENV = "ROPA_FIRST_PAINT_AND_QUIT"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with the names QSettings uses."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName("ropa")
    QGuiApplication.setDesktopFileName("ropa")
    app.setWindowIcon(application_icon())
    install_wheel_guard(app)
    return app


def application_icon() -> QIcon:
    """ropa's icon at every size it is drawn in (resources/icons, drawn from ropa.svg)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/ropa.png")):
        icon.addFile(str(png))
    return icon


def install_translators(app: QApplication, language: str, replacing: list[QTranslator] | None = None,
                        ) -> list[QTranslator]:
    """Load the GUI translation (resources/translations/ropa_<lang>.qm, built by ``make``) and Qt's
    own, when present; ``replacing``: the translators of the language used so far, removed first."""
    for old in replacing or ():
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    QLocale.setDefault(interface_locale(language))  # English: Irish conventions (day first, Monday)
    candidates = [(resources_dir() / "translations", f"ropa_{language}")]  # English: its plural forms
    if language != "en":
        candidates.append((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"))
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def retranslate_undo_stack(stack: QUndoStack, old: str, new: str) -> None:
    """The undo history in the new interface language ("Undo Modifier PA-003 : Nom" would stay French)."""
    from ui.retranslate import retranslate

    for i in range(stack.count()):
        command = stack.command(i)
        if command is not None:
            command.setText(retranslate(command.text(), old, new))


def demo_path() -> Path:
    """Where "Open demo register" keeps its copy of the demo (created on first use)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("ropa", appauthor=False)) / "demo.ropa"


class RopaApp(QObject):
    """Owns the open register (store, undo stack, events) and the window showing it."""

    def __init__(self, settings: QSettings | None = None, demo_file: Path | None = None,
                 load: str = "async") -> None:
        super().__init__()
        self.qsettings = settings if settings is not None else QSettings()
        self.settings = Settings(self.qsettings)
        self.language = self.settings.language()
        self.translator = Translator(self.language)
        self.demo_file = demo_file or demo_path()
        self.load = load
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.qt_translators = install_translators(app, self.language)
        self.start = self._make_start()

    def _make_start(self) -> StartScreen:
        start = StartScreen(self.language)
        start.new_requested.connect(self.new_register)
        start.open_requested.connect(self.choose_and_open)
        start.demo_requested.connect(self.open_demo)
        start.recent_requested.connect(lambda p: self.open_path(Path(p)))
        start.forget_requested.connect(self._forget)
        start.language_requested.connect(self.set_language)
        return start

    def set_language(self, language: str) -> None:
        """Switch the interface language at once: the windows are rebuilt in it, the register stays
        open (and its undo history with it), the page and the activity being edited are kept."""
        if language == self.language or language not in LANGUAGES:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.settings.set_language(language)
        self.qt_translators = install_translators(app, language, replacing=self.qt_translators)
        if self.ctx is not None:
            retranslate_undo_stack(self.ctx.undo_stack, self.language, language)
        self.language, self.translator = language, Translator(language)
        start_visible = self.start.isVisible()
        old_start, self.start = self.start, self._make_start()
        self.start.set_recent(self.settings.recent_files())
        if start_visible:
            self.start.setGeometry(old_start.geometry())
            self.show_start()
        old_start.hide()
        old_start.deleteLater()
        if self.window is not None and self.ctx is not None:
            from ui import jobs

            old, old_events = self.window, self.ctx.events
            old.editor.flush()
            page, activity = old.current_place()
            old.settings.set_window_geometry(old.saveGeometry())
            jobs.wait_all()
            # The old window's connections go with the old events object; the undo stack and the
            # commands in it keep the same context, whose events are now the new window's.
            self.ctx.events = RegisterEvents(self)
            self.window = self._make_window(self.ctx)
            self.window.go_to_place(page, activity)
            self.window.show()
            self.window.activateWindow()
            old.hide()
            old.deleteLater()
            old_events.deleteLater()

    # --- screens ---------------------------------------------------------------------------------

    def show_start(self) -> None:
        self.start.set_recent(self.settings.recent_files())
        self.start.show()
        self.start.raise_()
        self.start.activateWindow()

    def _parent(self) -> QWidget:
        return self.window if self.window is not None and self.window.isVisible() else self.start

    # --- opening and closing ---------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open a register; on failure say why and keep whatever is open."""
        path = Path(path).expanduser()
        if self.ctx is not None and self.ctx.store.path.resolve() == path.resolve():
            assert self.window is not None
            self.window.raise_()
            self.window.activateWindow()
            return True
        try:
            store = RegisterStore.open(path)
        except PassphraseRequiredError:
            from ui.dialogs.passphrase import open_encrypted

            try:
                opened = open_encrypted(self._parent(), path, self.translator)
            except RopaError as exc:
                show_open_error(self._parent(), path, exc)
                return False
            if opened is None:  # cancelled
                return False
            store = opened
        except RopaError as exc:
            show_open_error(self._parent(), path, exc)
            return False
        except OSError as exc:
            show_error(self._parent(), self.tr("%1 cannot be opened.").replace("%1", path.name), exc.strerror or str(exc))
            return False
        self._show_register(store)
        return True

    def create_register(self, path: Path, organisation: str, *, language: str | None = None,
                        pack: str | None = None) -> bool:
        """Create and open a register; with ``pack``, add the sector pack's activities (no file if that fails)."""
        path = Path(path).expanduser()
        if path.suffix == "":
            path = path.with_suffix(".ropa")
        try:
            store = RegisterStore.create(path, organisation.strip() or path.stem, language=language or self.language)
            if pack:
                from ui.dialogs.new_register import add_pack_or_remove

                add_pack_or_remove(store, pack)
        except RopaError as exc:
            show_open_error(self._parent(), path, exc)
            return False
        except OSError as exc:
            show_error(self._parent(), self.tr("%1 cannot be created.").replace("%1", path.name), exc.strerror or str(exc))
            return False
        self._show_register(store)
        return True

    def open_demo(self) -> bool:
        """Open the demo register, writing it first if this is the first time."""
        path = self.demo_file
        if not path.exists():
            from ropa.demo import demo_register

            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                demo = demo_register()
                with RegisterStore.create(path, demo.organisation) as store:
                    store.import_register(demo)
            except (RopaError, OSError) as exc:
                show_error(self._parent(), self.tr("The demo register cannot be created."), str(exc))
                return False
        return self.open_path(path)

    def _show_register(self, store: RegisterStore) -> None:
        old_window, old_ctx = self.window, self.ctx
        undo = QUndoStack(self)
        self.ctx = AppContext(store, undo, self.qsettings, RegisterEvents(self))
        self.settings.add_recent(store.path)
        window = self._make_window(self.ctx)
        self.window = window
        # Show the new window before closing the old one, so Qt never sees "last window closed".
        window.show()
        window.activateWindow()
        self.start.hide()
        self._dispose(old_window, old_ctx)

    def _make_window(self, ctx: AppContext) -> MainWindow:
        window = MainWindow(ctx, self.translator, load=self.load)
        window.new_register_requested.connect(self.new_register)
        window.open_requested.connect(self.choose_and_open)
        window.open_path_requested.connect(lambda p: self.open_path(Path(p)))
        window.demo_requested.connect(self.open_demo)
        window.close_requested.connect(lambda: self.close_register(show_start=True))
        window.language_requested.connect(self.set_language)
        return window

    def close_register(self, show_start: bool = True) -> None:
        """Close the open register (every edit is already saved) and optionally show the start screen."""
        window, ctx = self.window, self.ctx
        self.window, self.ctx = None, None
        if show_start:
            self.show_start()
        self._dispose(window, ctx)

    @staticmethod
    def _dispose(window: MainWindow | None, ctx: AppContext | None) -> None:
        from ui import jobs

        if window is not None:
            window.editor.flush()
            window.close()
            window.deleteLater()
        jobs.wait_all()
        if ctx is not None:
            ctx.undo_stack.clear()
            ctx.store.close()

    def _forget(self, path: str) -> None:
        self.settings.remove_recent(Path(path))
        self.start.set_recent(self.settings.recent_files())

    # --- dialogs ---------------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._parent(), self.tr("Open register"), str(self.settings.last_folder()),
            self.tr("ropa registers (*.ropa);;All files (*)"),
        )
        if path:
            self.settings.set_last_folder(Path(path).parent)
            self.open_path(Path(path))

    def new_register(self) -> None:
        from ui.dialogs.new_register import NewRegisterDialog

        dialog = NewRegisterDialog(self.settings.last_folder(), self.language, self._parent())
        self.new_register_dialog = dialog
        if dialog.exec() == NewRegisterDialog.DialogCode.Accepted:
            choice = dialog.choice()
            self.settings.set_last_folder(choice.path.parent)
            self.create_register(choice.path, choice.organisation, language=choice.language, pack=choice.pack)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Last resort: an unexpected error becomes one sentence in a dialog, never a traceback on screen."""
    if os.environ.get("ROPA_DEBUG"):
        traceback.print_exception(kind, error, tb)
    text = str(error) if isinstance(error, RopaError) else f"{kind.__name__}: {error}"
    app = QApplication.instance()
    parent = QApplication.activeWindow() if app is not None else None
    if app is not None:
        show_error(parent, QApplication.translate("App", "Something went wrong; your register is safe."), text)
    else:  # pragma: no cover
        print(f"ropa: {text}", file=sys.stderr)


def _screenshot_when_ready(ropa: RopaApp, target: str) -> None:
    """For the Xvfb test and docs: grab the real screen once the list is filled, then quit."""

    def grab() -> None:
        window = ropa.window or ropa.start
        screen = window.screen()
        image = screen.grabWindow(0)  # the whole screen: what a person would see
        image.save(target, "PNG")
        QApplication.quit()

    def when_loaded() -> None:
        QTimer.singleShot(500, grab)

    if ropa.window is not None:
        if ropa.window.activities.has_details:
            when_loaded()
        else:
            ropa.window.activities.details_loaded.connect(when_loaded)
    else:
        when_loaded()


class _OpenDocuments(QObject):
    """macOS hands a double-clicked register to the running app as a FileOpen event, not in argv."""

    def __init__(self, ropa: RopaApp) -> None:
        super().__init__(ropa)
        self.ropa = ropa

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.ropa.open_path(Path(event.file()))
            return True
        return False


class _FirstPaint(QObject):
    """Notes when a widget of ``window`` is first painted and, once that paint is done, the time."""

    def __init__(self, window: QWidget, report: Path) -> None:
        super().__init__(window)
        self.window, self.report, self.seen = window, report, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self.window):
            self.seen = True
            QTimer.singleShot(0, self.done)  # runs after this paint pass
        return False

    def done(self) -> None:
        self.report.write_text(f"{time.time():.6f}\n", encoding="utf-8")
        QApplication.quit()


def _report_first_paint(ropa: RopaApp, report: Path) -> None:
    app = QApplication.instance()
    window = ropa.window or ropa.start
    if app is not None:
        app.installEventFilter(_FirstPaint(window, report))


def run(path: Path | None = None) -> int:
    """``ropa gui [FILE]``: the start screen, or the register given."""
    app = create_application()
    settings = QSettings()
    sys.excepthook = _excepthook
    ropa = RopaApp(settings)
    app.installEventFilter(_OpenDocuments(ropa))
    if path is None or not ropa.open_path(path):
        ropa.show_start()
    target = os.environ.get(SCREENSHOT_ENV)
    if target:
        _screenshot_when_ready(ropa, target)
    report = os.environ.get(FIRST_PAINT_ENV)
    if report:
        _report_first_paint(ropa, Path(report))
    code = app.exec()
    ropa.close_register(show_start=False)
    return int(code)
