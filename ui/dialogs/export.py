"""The Export dialog: format, language, filters and destination; the export runs on a worker thread.

The register is read once (a snapshot) when Export is pressed, so the user can keep working while
the file is written. The exporter writes to a hidden temporary name in the destination folder, and
the file is renamed into place only when the export succeeded and was not cancelled: a cancelled
or failed export never leaves a partial (or any) file behind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from babel import Locale
from pathvalidate import sanitize_filename
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa import outputs
from ropa.commands.export import select_activities
from ropa.domain.enums import Status
from ropa.errors import RopaError
from ropa.exports import EXPORTERS, SUFFIXES, ExportOptions, exporter
from ropa.i18n import LANGUAGES, Translator
from ui import jobs
from ui.context import AppContext
from ui.dialogs.messages import confirm
from ui.settings import Settings

# Formats whose output is the whole register (filters do not apply).
WHOLE_REGISTER = {"json"}
# Formats with pages (page size) and with a findings section.
PAGED = {"pdf"}
WITH_FINDINGS = {"pdf", "xlsx"}


class ExportDialog(QDialog):
    """Non-modal: the main window stays usable while an export runs."""

    export_finished = Signal(str)  # the file written
    export_cancelled = Signal()
    export_failed = Signal(str)

    def __init__(self, ctx: AppContext, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the register"))
        self.ctx = ctx
        self.translator = translator
        self.settings = Settings(ctx.settings)
        self.job: jobs.Job | None = None
        self.temporary: Path | None = None
        self.destination: Path | None = None
        self.written: Path | None = None
        org = ctx.store.organisation()
        self.org_name = org.legal_name

        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for name in sorted(EXPORTERS, key=self._format_order):
            self.format.addItem(self._format_label(name), name)
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        for code in LANGUAGES:
            self.language.addItem(Locale.parse(code).get_display_name(code).capitalize(), code)
        self.language.setCurrentIndex(max(self.language.findData(org.language or "en"), 0))
        self.page_size = QComboBox(self)
        self.page_size.setObjectName("exportPageSize")
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem(self.tr("US Letter"), "Letter")
        self.findings = QCheckBox(self.tr("Add the findings of the checks"), self)
        self.findings.setObjectName("exportFindings")

        filters = QGroupBox(self.tr("Activities to include"), self)
        self.record = QComboBox(filters)
        self.record.setObjectName("exportRecord")
        self.record.addItem(self.tr("Both records"), None)
        self.record.addItem(self.tr("Controller activities (Art. 30(1))"), "controller")
        self.record.addItem(self.tr("Processor activities (Art. 30(2))"), "processor")
        self.status = QComboBox(filters)
        self.status.setObjectName("exportStatus")
        self.status.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status.addItem(translator.enum(status), status.value)
        self.owner = QComboBox(filters)
        self.owner.setObjectName("exportOwner")
        self.owner.addItem(self.tr("Any owner"), None)
        try:
            owners = sorted({a.owner for a in ctx.store.activities() if a.owner}, key=str.casefold)
        except RopaError:
            owners = []
        for owner in owners:
            self.owner.addItem(owner, owner)
        self.whole_note = QLabel(self.tr("The JSON exchange file always holds the whole register."), filters)
        self.whole_note.setObjectName("wholeRegisterNote")
        self.whole_note.setWordWrap(True)
        filter_form = QFormLayout(filters)
        filter_form.addRow(self.tr("Record"), self.record)
        filter_form.addRow(self.tr("Status"), self.status)
        filter_form.addRow(self.tr("Owner"), self.owner)
        filter_form.addRow(self.whole_note)

        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.browse = QPushButton(self.tr("Browse\u2026"), self)
        self.browse.setObjectName("exportBrowse")
        self.browse.setAutoDefault(False)
        destination = QHBoxLayout()
        destination.addWidget(self.path, 1)
        destination.addWidget(self.browse)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)  # shown once an export starts
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # After an export: open the file with the system's viewer, or show the folder it is in.
        self.open_result = QPushButton(self.tr("&Open the file"), self)
        self.open_result.setObjectName("openExport")
        self.show_folder = QPushButton(self.tr("Show in fol&der"), self)
        self.show_folder.setObjectName("showExportFolder")
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.open_result)
        result_buttons.addWidget(self.show_folder)
        result_buttons.addStretch(1)
        self.open_result.clicked.connect(lambda: self._open_url(self.written))
        self.show_folder.clicked.connect(lambda: self._open_url(self.written.parent if self.written else None))

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.export_button.setDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Page size"), self.page_size)
        form.addRow("", self.findings)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(filters)
        dest_form = QFormLayout()
        dest_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        save_to = QLabel(self.tr("&Save to"), self)
        save_to.setBuddy(self.path)
        dest_form.addRow(save_to, destination)
        layout.addLayout(dest_form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(result_buttons)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.filters = filters

        self.format.currentIndexChanged.connect(self._format_changed)
        self.format.currentIndexChanged.connect(self._clear_result)  # the last result was of another format
        self.browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.close)
        self._format_changed()
        self._set_running(False)
        self._clear_result()
        self.resize(580, 380)

    # --- choices ---------------------------------------------------------------------------------

    @staticmethod
    def _format_order(name: str) -> tuple[int, str]:
        order = ["xlsx", "pdf", "csv", "json"]
        return (order.index(name) if name in order else len(order), name)

    def _format_label(self, name: str) -> str:
        labels = {
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "pdf": self.tr("PDF document (.pdf)"),
            "csv": self.tr("CSV tables (.zip)"),
            "json": self.tr("JSON exchange file (.json)"),
        }
        return labels.get(name, name.upper())

    def format_name(self) -> str:
        return str(self.format.currentData())

    def _suffix(self) -> str:
        return SUFFIXES.get(self.format_name(), f".{self.format_name()}")

    def _default_path(self) -> Path:
        """"Isowil N.V. - RoPA 2026-12-07.pdf": the organisation's name as written, only characters no
        file system accepts (/ : * ? " < > | and control characters, on any platform) replaced."""
        name = f"{self.org_name.strip() or 'register'} - RoPA {date.today().isoformat()}{self._suffix()}"
        return self.settings.last_folder() / sanitize_filename(name, platform="universal", replacement_text="_")

    def _clear_result(self, *_: object) -> None:
        self.written = None
        self.message.clear()
        self.progress.setVisible(False)
        self.progress.setValue(0)
        self.open_result.setVisible(False)
        self.show_folder.setVisible(False)

    def _open_url(self, path: Path | None) -> None:
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.setText(self.tr("No program is set up to open %1.").replace("%1", str(path)))

    def _format_changed(self, *_: object) -> None:
        name = self.format_name()
        whole = name in WHOLE_REGISTER
        for combo in (self.record, self.status, self.owner):
            combo.setEnabled(not whole)
        self.whole_note.setVisible(whole)
        self.form.setRowVisible(self.page_size, name in PAGED)
        self.form.setRowVisible(self.findings, name in WITH_FINDINGS)
        text = self.path.text().strip()
        if not text:
            self.path.setText(str(self._default_path()))
        else:
            current = Path(text)
            self.path.setText(str(current.with_suffix(self._suffix())))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"{self._format_label(self.format_name())} (*{self._suffix()})"
        )
        if path:
            self.path.setText(path)

    def _set_running(self, running: bool) -> None:
        for widget in (self.format, self.language, self.page_size, self.findings, self.filters, self.path, self.browse,
                       self.export_button):
            widget.setEnabled(not running)
        if not running:
            self._format_changed()
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)

    # --- running ---------------------------------------------------------------------------------

    def start_export(self, *, overwrite: bool | None = None) -> bool:
        """Take a snapshot and start the exporter on a worker thread; returns False if not started."""
        if self.job is not None:
            return False
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the export."))
            return False
        destination = Path(text).expanduser()
        if destination.suffix.lower() != self._suffix():
            destination = destination.with_name(destination.name + self._suffix())
        if not destination.parent.is_dir():
            self.message.setText(self.tr("The folder %1 does not exist.").replace("%1", str(destination.parent)))
            return False
        try:  # the checks of every output: never the register or its files, never a file open elsewhere
            outputs.check_target(destination)
        except RopaError as exc:
            self.message.setText(str(exc))
            return False
        if destination.exists():
            if overwrite is None:
                overwrite = confirm(self, self.tr("Export"), self.tr("%1 already exists. Replace it?")
                                    .replace("%1", destination.name), self.tr("Replace"))
            if not overwrite:
                return False
        name = self.format_name()
        try:
            register = self.ctx.store.snapshot()
        except RopaError as exc:
            self.message.setText(str(exc))
            return False
        if name not in WHOLE_REGISTER:
            register = select_activities(register, self.record.currentData(), self.status.currentData(),
                                         self.owner.currentData())
        self.destination, self.temporary, self.written = destination, None, None
        language, page_size, findings = self.language.currentData(), self.page_size.currentData(), self.findings.isChecked()
        count = len(register.activities)

        def work(job: jobs.Job) -> Path:
            options = ExportOptions(
                language=language, page_size=page_size, include_findings=findings,
                progress=job.report, cancelled=job.cancelled,
            )
            # ropa.outputs writes the file: a hidden temporary file beside the destination, renamed
            # into place only when complete and not cancelled (the last check comes right before).
            with outputs.output_file(destination) as temporary:
                self.temporary = temporary
                exporter(name)(register, temporary, options)
                if job.cancelled():
                    raise RopaError("cancelled")
            return destination

        job = jobs.Job(work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(lambda path: self._finished(path, count))
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self.job = job
        self.progress.setRange(0, 0)  # busy until the exporter reports progress
        self.progress.setVisible(True)
        self.message.setText(self.tr("Exporting %n activities\u2026", "", count))
        self._set_running(True)
        jobs.start(job)
        return True

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.message.setText(self.tr("Cancelling\u2026"))
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setTextVisible(True)
            self.progress.setRange(0, 100)
            self.progress.setValue(min(100, done * 100 // total))

    def _ended(self) -> None:
        self.job = None
        self.cancel_button.setEnabled(True)
        self._set_running(False)

    def _finished(self, path: Any, count: int) -> None:
        self._ended()
        self.written = Path(path)
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.settings.set_last_folder(self.written.parent)
        self.message.setText(self.tr("Exported %n activities to %1", "", count).replace("%1", str(path)))
        self.open_result.setVisible(True)
        self.show_folder.setVisible(True)
        self.ctx.events.status_message.emit(self.message.text())
        self.export_finished.emit(str(path))

    def _failed(self, text: str) -> None:
        self._ended()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message.setText(self.tr("The export failed: %1").replace("%1", text))
        self.export_failed.emit(text)

    def _cancelled(self) -> None:
        self._ended()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message.setText(self.tr("Export cancelled; no file was written."))
        self.export_cancelled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the dialog while exporting cancels the export."""
        self.cancel_export()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if self.job is not None:
            self.cancel_export()
            return
        super().reject()
