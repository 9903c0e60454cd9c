"""Versions view: the frozen versions of the register, "what changed since", and restores.

Top: the list of frozen versions (name, date, who froze and approved it, fingerprint) and
"Freeze version…". Below: compare a version with another or with the current register; the change
report appears as a tree (organisation, catalogue items, activities, each with its changed fields
before and after; changes that come through a catalogue item are shown in italics) and can be
exported to PDF or Excel. From the report, an activity (or the whole register) can be restored to
its state in the earlier version, as an undoable command.

Freezing and comparing run on a worker thread (a large register takes seconds), so the window
stays responsive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.errors import RopaError
from ropa.exports import ExportOptions
from ropa.fingerprint import short
from ropa.versions import CURRENT, ChangeReport, Version, compare, freeze, list_versions
from ropa.versions.diff import FieldChange, Labels, summary_counts
from ui import jobs
from ui.commands import execute
from ui.context import AppContext
from ui.dialogs.messages import confirm, show_error
from ui.models import UUID_ROLE, ui_translator
from ui.versions_commands import RestoreActivityCommand, RestoreRegisterCommand
from ui.widgets.fields import page_title

KIND_ROLE = UUID_ROLE + 10  # "activity", "item", "field" or "section"


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


class FreezeDialog(QDialog):
    """Name (required), note and "approved by" of a new version."""

    def __init__(self, parent: QWidget | None = None, taken: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freezeDialog")
        self.setWindowTitle(translate("VersionsView", "Freeze a version"))
        self.taken = {t.casefold() for t in taken or set()}
        intro = QLabel(translate(
            "VersionsView",
            "A frozen version keeps the register as it is now, inside the file. It can never be changed; "
            "exports made from it carry its name and fingerprint.",
        ))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("versionName")
        self.name.setPlaceholderText(translate("VersionsView", "e.g. 2026 annual review"))
        self.name.setMaxLength(200)
        self.note = QPlainTextEdit()
        self.note.setObjectName("versionNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.approved_by = QLineEdit()
        self.approved_by.setObjectName("versionApprovedBy")
        self.problem = QLabel()
        self.problem.setObjectName("freezeProblem")
        self.problem.setStyleSheet("color: palette(highlight);")
        form = QFormLayout()
        form.addRow(translate("VersionsView", "&Name:"), self.name)
        form.addRow(translate("VersionsView", "N&ote:"), self.note)
        form.addRow(translate("VersionsView", "&Approved by:"), self.approved_by)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("VersionsView", "Freeze"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        name = self.name.text().strip()
        problem = ""
        if name.casefold() in self.taken:
            problem = translate("VersionsView", "A version with this name already exists.")
        elif name.casefold() == CURRENT:
            problem = translate("VersionsView", "This name is reserved for the current register.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(name) and not problem)

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.note.toPlainText().strip(), self.approved_by.text().strip()


class VersionsView(QWidget):
    """The frozen versions, their comparison (change report) and restores."""

    # emitted on the GUI thread when a comparison is shown (for tests and the status bar)
    report_ready = Signal()
    # emitted when a version was frozen
    frozen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsView")
        self.ctx = ctx
        self.translator = ui_translator(ctx.settings)
        self.labels = Labels(self.translator)
        self.versions: list[Version] = []
        self.report: ChangeReport | None = None
        self.job: jobs.Job | None = None
        self._stale = False  # the register changed since the comparison with it that is shown
        self._build()
        self._recompare = QTimer(self)
        self._recompare.setSingleShot(True)
        self._recompare.setInterval(400)
        self._recompare.timeout.connect(self._refresh_after_change)
        events = ctx.events
        for signal in (events.activities_changed, events.organisation_changed, events.acknowledgements_changed):
            signal.connect(self._register_changed)
        events.catalogue_changed.connect(self._register_changed)
        self.reload()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        title = page_title(translate("VersionsView", "Versions"))
        self.freeze_button = QPushButton(translate("VersionsView", "Free&ze version…"))
        self.freeze_button.setObjectName("freezeButton")
        self.freeze_button.clicked.connect(self.ask_freeze)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.freeze_button)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("versionsTable")
        self.table.setHorizontalHeaderLabels(
            [translate("VersionsView", "Name"), translate("VersionsView", "Frozen on (UTC)"), translate("VersionsView", "Frozen by"), translate("VersionsView", "Approved by"), translate("VersionsView", "Activities"), translate("VersionsView", "Fingerprint")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self._compare_selected_with_current())
        self.empty = QLabel(translate("VersionsView", "No frozen version yet. Freeze the register before an audit or an annual review "
                               "to be able to show later what changed since."))
        self.empty.setObjectName("noVersions")
        self.empty.setWordWrap(True)

        self.from_combo = QComboBox()
        self.from_combo.setObjectName("fromVersion")
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("toVersion")
        self.compare_button = QPushButton(translate("VersionsView", "&Compare"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self.start_compare)
        self.export_button = QPushButton(translate("VersionsView", "E&xport report…"))
        self.export_button.setObjectName("exportReportButton")
        self.export_button.clicked.connect(self.ask_export)
        self.restore_activity_button = QPushButton(translate("VersionsView", "Restore &activity"))
        self.restore_activity_button.setObjectName("restoreActivityButton")
        self.restore_activity_button.clicked.connect(lambda: self.restore_selected_activity())
        self.restore_register_button = QPushButton(translate("VersionsView", "Restore &register…"))
        self.restore_register_button.setObjectName("restoreRegisterButton")
        self.restore_register_button.clicked.connect(lambda: self.restore_register())
        bar = QHBoxLayout()
        from_label = QLabel(translate("VersionsView", "Fr&om:"))
        from_label.setBuddy(self.from_combo)
        to_label = QLabel(translate("VersionsView", "&To:"))
        to_label.setBuddy(self.to_combo)
        bar.addWidget(from_label)
        bar.addWidget(self.from_combo, 1)
        bar.addWidget(to_label)
        bar.addWidget(self.to_combo, 1)
        bar.addWidget(self.compare_button)
        bar.addStretch(0)
        bar.addWidget(self.export_button)
        bar.addWidget(self.restore_activity_button)
        bar.addWidget(self.restore_register_button)

        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setObjectName("changeReport")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([translate("VersionsView", "Change"), translate("VersionsView", "Before"), translate("VersionsView", "After")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(head)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.empty)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(bar)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- versions ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list of versions again and refill the table and the two combos."""
        try:
            self.versions = list_versions(self.ctx.store)
        except RopaError as exc:
            show_error(self, str(exc))
            self.versions = []
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(reversed(self.versions)):  # newest first
            cells = [
                version.name,
                version.frozen_at.strftime("%Y-%m-%d %H:%M"),
                version.frozen_by,
                version.approved_by,
                self.translator.number(version.activities),
                short(version.fingerprint)[:17] + " …",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(UUID_ROLE, version.uuid)
                if column == 0 and version.note:
                    item.setToolTip(version.note)
                if column == 5:
                    item.setToolTip(version.fingerprint)
                    item.setFont(QFont("monospace"))
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        has = bool(self.versions)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        keep_from, keep_to = self.from_combo.currentData(), self.to_combo.currentData()
        self.from_combo.clear()
        self.to_combo.clear()
        self.to_combo.addItem(self.labels("side.current"), CURRENT)
        for version in reversed(self.versions):
            self.from_combo.addItem(version.name, version.uuid)
            self.to_combo.addItem(version.name, version.uuid)
        for combo, keep in ((self.from_combo, keep_from), (self.to_combo, keep_to)):
            index = combo.findData(keep)
            if index >= 0:
                combo.setCurrentIndex(index)
        self._update_buttons()

    def ask_freeze(self) -> None:
        dialog = FreezeDialog(self, {v.name for v in self.versions})
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.freeze(*dialog.values())

    def freeze(self, name: str, note: str = "", approved_by: str = "") -> jobs.Job:
        """Freeze on a worker thread; the list refreshes when it is done."""
        store = self.ctx.store
        self.freeze_button.setEnabled(False)
        job = jobs.Job(lambda _job: freeze(store, name, note, approved_by))
        job.signals.finished.connect(self._frozen)
        job.signals.failed.connect(lambda message: show_error(self, message))
        job.signals.ended.connect(lambda: self.freeze_button.setEnabled(True))
        return jobs.start(job)

    def _frozen(self, version: Version) -> None:
        self.reload()
        self.ctx.events.status_message.emit(
            translate("VersionsView", "Frozen version “%1” (fingerprint %2)").replace("%1", version.name).replace("%2", short(version.fingerprint))
        )
        self.frozen.emit(version.name)

    def _compare_selected_with_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.table.item(row, 0)
        if item is None:
            return
        uuid = item.data(UUID_ROLE)
        self.from_combo.setCurrentIndex(max(self.from_combo.findData(uuid), 0))
        self.to_combo.setCurrentIndex(0)
        self.start_compare()

    # --- comparing --------------------------------------------------------------------------------

    def start_compare(self, old: str | None = None, new: str | None = None) -> jobs.Job | None:
        """Compare on a worker thread; ``report_ready`` when the tree shows the result."""
        if not self.versions:
            return None
        old = old or self.from_combo.currentData()
        new = new or self.to_combo.currentData() or CURRENT
        if self.job is not None and not self.job.is_done():
            self.job.cancel()
        store, language = self.ctx.store, self.translator.language
        self.summary.setText(translate("VersionsView", "Comparing…"))
        self.compare_button.setEnabled(False)
        job = jobs.Job(lambda _job: compare(store, old, new, language))
        job.signals.finished.connect(self.show_report)
        job.signals.failed.connect(self._compare_failed)
        job.signals.ended.connect(lambda: self.compare_button.setEnabled(True))
        self.job = job
        return jobs.start(job)

    def _compare_failed(self, message: str) -> None:
        self.summary.setText(message)
        show_error(self, message)

    def show_report(self, report: ChangeReport) -> None:
        self.report = report
        labels = self.labels
        counts = summary_counts(report)
        line = f"{report.old.label} → {report.new.label}: {labels('summary.line', **counts)}"
        if report.is_empty:
            line += "\n" + labels("doc.no_changes")
        self.summary.setText(line)
        self.tree.clear()
        if report.organisation:
            section = self._section(labels("section.organisation"))
            self._fields(section, report.organisation)
        if report.catalogue:
            section = self._section(labels("section.catalogue"))
            for item in report.catalogue:
                node = QTreeWidgetItem(section, [labels("text.item", kind=item.kind_label, name=item.name),
                                                 labels(f"status.{item.status}")])
                node.setData(0, KIND_ROLE, "item")
                if item.used_by:
                    node.setToolTip(0, labels("change.used_by", activities=", ".join(item.used_by)))
                self._fields(node, item.fields)
        if report.activities:
            section = self._section(labels("section.activities"))
            for change in report.activities:
                node = QTreeWidgetItem(section, [f"{change.reference}  {change.name}", labels(f"status.{change.status}")])
                node.setData(0, UUID_ROLE, change.uuid)
                node.setData(0, KIND_ROLE, "activity")
                node.setData(1, UUID_ROLE, change.status)
                self._fields(node, change.fields)
        if report.acknowledgements:
            section = self._section(labels("section.acknowledgements"))
            for ack in report.acknowledgements:
                node = QTreeWidgetItem(section, [ack.name, labels(f"status.{ack.status}")])
                self._fields(node, ack.fields)
        self.tree.header().resizeSection(0, max(self.tree.width() // 3, 260))
        self.tree.header().resizeSection(1, max(self.tree.width() // 3, 200))
        self._update_buttons()
        self.report_ready.emit()

    def _section(self, title: str) -> QTreeWidgetItem:
        node = QTreeWidgetItem(self.tree, [title])
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)
        node.setData(0, KIND_ROLE, "section")
        node.setFirstColumnSpanned(True)
        node.setExpanded(True)
        return node

    def _fields(self, parent: QTreeWidgetItem, fields: tuple[FieldChange, ...]) -> None:
        muted = QBrush(self.palette().placeholderText())
        for change in fields:
            row = QTreeWidgetItem(parent, [change.label, change.before or "—", change.after or "—"])
            row.setData(0, KIND_ROLE, "field")
            for column, value in enumerate((change.label, change.before, change.after)):
                row.setToolTip(column, value)
            if change.via_catalogue:
                for column in range(3):
                    font = row.font(column)
                    font.setItalic(True)
                    row.setFont(column, font)
                    row.setForeground(column, muted)

    def _register_changed(self, *_: Any) -> None:
        if self.report is not None and self.report.new.version is None:
            self._stale = True
            self._recompare.start()

    def _refresh_after_change(self) -> None:
        """Compare again with the current register, only while the view is shown (it can take seconds)."""
        if self._stale and self.report is not None and self.isVisible():
            self._stale = False
            self.start_compare(self.report.old.version, CURRENT)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._recompare.start()

    # --- export -----------------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("VersionsView", "Export change report"), str(Path.home() / f"{self.report.old.label} - changes.pdf"),
            translate("VersionsView", "PDF document (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path) -> bool:
        """Write the report shown as PDF or Excel (by the file's suffix); False (and a message) on failure."""
        if self.report is None:
            return False
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
            suffix = ".pdf"
        try:
            if suffix == ".pdf":
                from ropa.exports.change_report_pdf import export
            else:
                from ropa.exports.change_report_xlsx import export
            export(self.report, path, ExportOptions(language=self.report.language))
        except RopaError as exc:
            show_error(self, str(exc))
            return False
        self.ctx.events.status_message.emit(translate("VersionsView", "Change report written to %1").replace("%1", str(path)))
        return True

    # --- restoring --------------------------------------------------------------------------------

    def selected_activity(self) -> tuple[str, str] | None:
        """(uuid, "PA-001 Name") of the activity selected in the report, if it can be restored."""
        node = self.tree.currentItem()
        while node is not None and node.data(0, KIND_ROLE) == "field":
            node = node.parent()
        if node is None or node.data(0, KIND_ROLE) != "activity" or node.data(1, UUID_ROLE) == "added":
            return None
        return str(node.data(0, UUID_ROLE)), node.text(0).split("  ")[0]

    def _update_buttons(self) -> None:
        has_report = self.report is not None
        self.compare_button.setEnabled(bool(self.versions) and (self.job is None or self.job.is_done()))
        self.export_button.setEnabled(has_report)
        writable = not self.ctx.store.readonly
        self.restore_activity_button.setEnabled(has_report and writable and self.selected_activity() is not None)
        self.restore_register_button.setEnabled(has_report and writable and not (self.report and self.report.is_empty))
        self.freeze_button.setEnabled(writable)
        if self.report is not None:
            tip = translate("VersionsView", "Bring it back to its state in “%1”").replace("%1", self.report.old.label)
            self.restore_activity_button.setToolTip(tip)
            self.restore_register_button.setToolTip(tip)

    def restore_selected_activity(self) -> bool:
        selected = self.selected_activity()
        if self.report is None or self.report.old.version is None or selected is None:
            return False
        uuid, label = selected
        return self._run(RestoreActivityCommand(self.ctx, self.report.old.label, uuid, label))

    def restore_register(self, ask: bool = True) -> bool:
        if self.report is None or self.report.old.version is None:
            return False
        version = self.report.old.label
        if ask and not confirm(
            self,
            translate("VersionsView", "Restore the register"),
            translate("VersionsView", "Bring the whole register back to its state in “%1”?").replace("%1", version),
            translate("VersionsView", "Restore"),
            translate("VersionsView", "Activities added since are removed, and every change since is reverted. This is recorded in the "
               "history and can be undone (Ctrl+Z)."),
        ):
            return False
        return self._run(RestoreRegisterCommand(self.ctx, version))

    def _run(self, command: Any) -> bool:
        try:
            execute(self.ctx, command)
        except RopaError as exc:
            show_error(self, str(exc))
            return False
        if self.report is not None:
            self.start_compare(self.report.old.version, self.report.new.version or CURRENT)
        return True
