"""The Export dialog: runs real exporters on a worker thread; cancel leaves no file; the window stays usable."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from ropa.domain.model import Register
from ropa.exchange import json_format
from ropa.exports import EXPORTERS, ExportOptions
from ropa.i18n import Translator
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, show
from ui import jobs
from ui.dialogs.export import ExportDialog
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

#: lets the test hold the slow exporter at a known point
RELEASE = threading.Event()


def slow_export(register: Register, path: Path, options: ExportOptions) -> None:
    """A real JSON export written step by step, polling ``cancelled`` like the Excel/PDF exporters."""
    text = json_format.dumps(register)
    with open(path, "w", encoding="utf-8") as handle:
        for step in range(100):
            if options.cancelled and options.cancelled():
                raise RuntimeError("stopped")  # what a cancelled exporter may do: stop half-way
            handle.write(text[step * len(text) // 100:(step + 1) * len(text) // 100])
            handle.flush()
            if options.progress:
                options.progress(step + 1, 100)
            if step == 10:
                RELEASE.wait(10)
            time.sleep(0.002)


@pytest.fixture
def window(qtbot, qapp, register_store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx = make_ctx(register_store, tmp_path)
    ctx.settings.setValue("files/last_folder", str(tmp_path))
    win = MainWindow(ctx, Translator("en"), load="sync")
    show(qtbot, win)
    yield win
    RELEASE.set()
    jobs.wait_all()


def open_dialog(qtbot, window: MainWindow) -> ExportDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    return dialog


def run(qtbot, dialog: ExportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.export_finished, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_json_export_through_the_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert not dialog.record.isEnabled()  # the exchange file is always the whole register
    run(qtbot, dialog, tmp_path / "out.json")
    exported = json_format.read(tmp_path / "out.json")
    assert len(exported.activities) == 14
    assert "Exported 14 activities" in dialog.message.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".") and not p.name.startswith(".~lock.")) == []  # no temporary left


def test_excel_export_with_filters_and_language(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    assert "xlsx" in EXPORTERS
    dialog = open_dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.path.text().endswith(".xlsx")
    dialog.record.setCurrentIndex(dialog.record.findData("processor"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    run(qtbot, dialog, tmp_path / "processor.xlsx")
    book = openpyxl.load_workbook(tmp_path / "processor.xlsx", read_only=True)
    text = "\n".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c)
    book.close()
    assert "PR-001" in text and "PR-002" in text and "PA-001" not in text
    assert "Exported 2 activities" in dialog.message.text()


def test_cancel_leaves_no_file_and_the_window_stays_responsive(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(EXPORTERS, "slowjson", f"{__name__}:slow_export")
    RELEASE.clear()
    dialog = open_dialog(qtbot, window)
    dialog.format.addItem("slow JSON", "slowjson")
    dialog.format.setCurrentIndex(dialog.format.findData("slowjson"))
    target = tmp_path / "never.slowjson"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 10, timeout=10000)  # progress reaches the GUI
    assert dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
    # the exporter is busy on its thread; meanwhile the window answers: switch page, search, edit
    window.activateWindow()  # the dialog is not modal
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "processor_activities"
    partial = [p for p in tmp_path.iterdir() if p.name.startswith(".never")]
    assert partial and partial[0].stat().st_size > 0  # it really was writing
    with qtbot.waitSignal(dialog.export_cancelled, timeout=10000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        RELEASE.set()
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.suffix == ".slowjson" or ".never" in p.name] == []
    assert "cancelled" in dialog.message.text()
    assert dialog.export_button.isEnabled()


def test_a_failed_export_says_why_and_writes_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.path.setText(str(tmp_path / "no such folder" / "out.json"))
    assert dialog.start_export() is False
    assert "does not exist" in dialog.message.text()
    (tmp_path / "taken.json").mkdir()  # a folder where the file should go: refused before anything is written
    dialog.path.setText(str(tmp_path / "taken.json"))
    assert dialog.start_export(overwrite=True) is False
    assert dialog.message.text() == f"{tmp_path / 'taken.json'} is a folder; give a file name to write to"
    assert (tmp_path / "taken.json").is_dir()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".taken")] == []  # temporary removed


class _OpenedUrls(QObject):
    """Stands in for the desktop's file handler (QDesktopServices.setUrlHandler): records the URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


def test_default_name_keeps_the_organisations_punctuation_and_the_result_opens(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                               tmp_path: Path) -> None:
    from dataclasses import replace

    from ui.commands import SaveOrganisationCommand, execute

    ctx = window.ctx
    org = ctx.store.organisation()
    execute(ctx, SaveOrganisationCommand(ctx, org, replace(org, legal_name="Isowil N.V. / Café & Co: \"BE\"")))
    dialog = open_dialog(qtbot, window)
    pdf = dialog.format.findData("pdf")
    dialog.format.setCurrentIndex(pdf)
    today = date.today().isoformat()
    assert Path(dialog.path.text()).name == f"Isowil N.V. _ Café & Co_ _BE_ - RoPA {today}.pdf"
    assert not dialog.open_result.isVisible() and not dialog.show_folder.isVisible()
    target = tmp_path / f"Isowil N.V. - RoPA {today}.pdf"
    run(qtbot, dialog, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.open_result.isVisible() and dialog.show_folder.isVisible()
    handler = _OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        qtbot.mouseClick(dialog.open_result, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.show_folder, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert handler.urls == [str(target), str(tmp_path)]
    # Another format: the result of the PDF is no longer offered
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.message.text() == "" and not dialog.open_result.isVisible() and dialog.written is None
    assert Path(dialog.path.text()).suffix == ".xlsx"
    dialog.close()
