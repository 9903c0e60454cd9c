"""Screenshots of the app on the demo register, for the docs: ``python -m ui.screenshots OUT_DIR``
(``make screenshots``).

``SHOTS`` is a list of (file name, function); each function gets the ``Shots`` helper (with the
main window on a fresh copy of the demo register) and returns the widget to grab. Add an entry to
document a new view. The organisation, catalogue, transfers and history views are taken by
``ui.screenshots_catalogues``, run from here too. ``xvfb-window.png`` is taken by the real app on a
virtual X display (Xvfb, the xcb platform plugin).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ropa.demo import demo_register
from ropa.service import RegisterStore
from ui.app import SCREENSHOT_ENV, RopaApp, create_application
from ui.main_window import MainWindow
from ui.models import LANGUAGE_KEY

WINDOW_SIZE = (1280, 800)


class Shots:
    """The app on a copy of the demo register, and helpers to bring a screen into view."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.register = workdir / "Cardify register.ropa"
        demo = demo_register()
        with RegisterStore.create(self.register, demo.organisation) as store:
            store.import_register(demo)
        self.settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        self.settings.setValue(LANGUAGE_KEY, "en")
        self.app = RopaApp(self.settings, demo_file=self.register, load="sync")
        self.settings_recent = [self.register]

    @property
    def window(self) -> MainWindow:
        if self.app.window is None:
            self.app.open_path(self.register)
        window = self.app.window
        assert window is not None
        window.resize(*WINDOW_SIZE)
        return window

    def settle(self, rounds: int = 5) -> None:
        for _ in range(rounds):
            QApplication.processEvents()
            time.sleep(0.02)


def main_window(shots: Shots) -> QWidget:
    window = shots.window
    window.show_page("activities")
    view = window.current_list()
    assert view is not None
    view.select(view.proxy.uuid_at(2))
    return window


def activity_editor(shots: Shots) -> QWidget:
    window = shots.window
    activity = shots.app.ctx.store.find_activity("PA-011") if shots.app.ctx else None
    assert activity is not None
    window.open_activity(activity.uuid)
    shots.settle()
    window.editor.show_section("recipients")
    return window


def start_screen(shots: Shots) -> QWidget:
    shots.settings.setValue("files/recent", [str(shots.register), str(shots.workdir / "Client B - register.ropa")])
    screen = shots.app.start
    screen.set_recent(shots.app.settings.recent_files())
    screen.resize(900, 560)
    screen.show()
    return screen


def export_dialog(shots: Shots) -> QWidget:
    window = shots.window
    window.show_page("activities")
    window.export()
    dialog = window.export_dialog
    dialog.path.setText(str(Path.home() / "Documents" / "Cardify NV - RoPA.xlsx"))
    return dialog


def dashboard(shots: Shots) -> QWidget:
    window = shots.window
    window.show_page("dashboard")
    return window


def findings(shots: Shots) -> QWidget:
    """The findings page with one finding accepted (a processor whose DPA is on paper)."""
    from ropa.checks import run_checks
    from ui.views.findings import FindingsView

    window = shots.window
    ctx = shots.app.ctx
    assert ctx is not None
    target = next(f for f in run_checks(ctx.store.snapshot()) if f.rule_id == "PROCESSOR-NO-DPA")
    ctx.store.acknowledge(target.rule_id, target.target_uuid, "DPA signed on paper on 2024-03-12, filed with Legal")
    window.show_page("findings")
    view = window.pages["findings"]
    assert isinstance(view, FindingsView)
    view.reload()
    view.select(target.rule_id, target.target_uuid)
    return window


def template_picker(shots: Shots) -> QWidget:
    from ui.dialogs.template_picker import TemplatePicker

    window = shots.window
    window.new_from_template()
    picker: TemplatePicker = window.template_picker
    picker.search.setText("camera")
    picker.refresh()
    picker.select(["cctv"])
    return picker


def import_mapping(shots: Shots) -> QWidget:
    """The mapping step on a spreadsheet laid out like the ICO's documentation template."""
    import openpyxl

    from ui.dialogs.import_wizard import MAPPING_PAGE

    path = shots.workdir / "Processing activities (ICO template).xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Controller"
    sheet["A1"] = "Documentation of processing activities - controller"
    sheet.append([])
    sheet.append(["Business function", "Purpose of processing", "Categories of individuals",
                  "Categories of personal data", "Categories of recipients",
                  "Article 6 lawful basis for processing personal data", "Retention schedule (if possible)",
                  "Link to record of consent", "Comments"])
    sheet.append(["HR", "Staff wellbeing survey", "Employees", "Survey answers", "Survey provider", "Consent",
                  "2 years", "Intranet > HR > consents", ""])
    sheet.append(["Facilities", "Car park permits", "Employees; Visitors", "Number plates", "Parking operator",
                  "Legitimate interests", "1 year after the permit ends", "", "Review in Q3"])
    book.save(path)
    window = shots.window
    window.import_spreadsheet()
    wizard = window.import_wizard
    wizard.file_page.path.setText(str(path))
    wizard.next()
    deadline = time.monotonic() + 20
    while wizard.currentId() != MAPPING_PAGE and time.monotonic() < deadline:
        shots.settle(1)
    wizard.mapping_page.set_field("Comments", "notes")
    return wizard


def import_preview(shots: Shots) -> QWidget:
    wizard = import_mapping(shots)
    wizard.show()
    wizard.next()
    deadline = time.monotonic() + 20
    while not wizard.preview_page.isComplete() and time.monotonic() < deadline:
        shots.settle(1)
    return wizard


SHOTS: list[tuple[str, Callable[[Shots], QWidget]]] = [
    ("main-window.png", main_window),
    ("activity-editor.png", activity_editor),
    ("start-screen.png", start_screen),
    ("export-dialog.png", export_dialog),
    ("dashboard.png", dashboard),
    ("findings.png", findings),
    ("template-picker.png", template_picker),
    ("import-mapping.png", import_mapping),
    ("import-preview.png", import_preview),
]


def in_language(language: str, build: Callable[[Shots], QWidget]) -> Callable[[Shots], QWidget]:
    """The same screen with the interface in another language (View > Language)."""

    def shot(shots: Shots) -> QWidget:
        shots.app.set_language(language)
        shots.settle()
        return build(shots)

    return shot


# Every language at the default 1280x800 window: the list, the editor, the dashboard and the export
# dialog (their labels are the longest in French and German).
SHOTS += [
    (f"{name}-{language}.png", in_language(language, build))
    for language in ("fr", "nl", "de")
    for name, build in (("main-window", main_window), ("activity-editor", activity_editor),
                        ("dashboard", dashboard), ("export-dialog", export_dialog))
]


def take(out_dir: Path, names: list[str] | None = None) -> list[Path]:
    """Write the screenshots of ``SHOTS`` (or those named) into ``out_dir``."""
    create_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        shots = Shots(Path(tmp))
        try:
            for name, build in SHOTS:
                if names and name not in names:
                    continue
                widget = build(shots)
                widget.show()
                shots.settle()
                target = out_dir / name
                widget.grab().save(str(target), "PNG")
                written.append(target)
                if widget is not shots.app.window:
                    widget.hide()
        finally:
            shots.app.set_language("en")
            shots.app.close_register(show_start=False)
            shots.app.start.close()
    return written


def xvfb_screenshot(register: Path, target: Path, timeout: float = 60.0) -> Path:
    """Start Xvfb, run ``ropa gui REGISTER`` on it (the xcb platform, a real X server) and let the app
    save a screenshot of the screen to ``target``. Raises RuntimeError with the reason if it fails."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is not installed (sudo apt-get install xvfb)")
    display = _free_display()
    server = subprocess.Popen([xvfb, f":{display}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ)
            env.pop("WAYLAND_DISPLAY", None)
            env.update({
                "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", SCREENSHOT_ENV: str(target),
                "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_RUNTIME_DIR": home,
            })
            target.unlink(missing_ok=True)
            result = subprocess.run([sys.executable, "-m", "ropa.cli", "gui", str(register)], env=env,
                                    capture_output=True, text=True, timeout=timeout)
            if result.returncode != 0 or not target.exists():
                raise RuntimeError(f"ropa gui exited with {result.returncode}: {result.stderr.strip()[-800:]}")
    finally:
        server.terminate()
        server.wait(10)
    return target


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("docs/screenshots")
    for path in take(out_dir):
        print(f"wrote {path}")
    # The organisation, catalogue, transfers and history views (their own script: it first makes a
    # few edits so that the history has something to show).
    from ui import screenshots_catalogues

    screenshots_catalogues.main([str(out_dir)])
    try:
        with tempfile.TemporaryDirectory() as tmp:
            register = Path(tmp) / "Cardify register.ropa"
            demo = demo_register()
            with RegisterStore.create(register, demo.organisation) as store:
                store.import_register(demo)
            print(f"wrote {xvfb_screenshot(register, out_dir / 'xvfb-window.png')}")
    except RuntimeError as exc:
        print(f"xvfb-window.png skipped: {exc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
