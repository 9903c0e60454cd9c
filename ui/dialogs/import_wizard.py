"""Import from a spreadsheet: choose a file, match its columns to register fields, preview, import.

1. **File**: the file is read on a worker thread (``ui.jobs``) and its layout recognised: ropa's own
   Excel export, the CNIL "registre simplifié", a ropa JSON exchange file, or any other sheet.
   A file that cannot be read gets one plain sentence on this page; nothing else happens.
2. **Columns** (only for "any other sheet"): one row per source column with the register field it
   holds, prefilled by ``guess_for_workbook`` from the header names; mappings load from and save to
   JSON files (``ropa import --mapping`` reads the same files).
3. **Preview**: the ``ImportPlan`` computed on a worker: every item added or updated with its changed
   fields, the warnings, or every problem with its sheet, row and column.
4. **Import**: ``ImportCommand`` applies the plan in one transaction; Edit > Undo takes it back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ropa.domain.model import CATALOGUES, Activity, Register
from ropa.errors import RopaError, ValidationError
from ropa.i18n import Translator
from ropa.imports import ImportOptions, plan_source
from ropa.imports.common import Context, clean, norm
from ropa.imports.mapping import (
    FIELDS,
    IGNORE,
    Mapping,
    field_label,
    find_header_row,
    guess_field,
    guess_for_workbook,
    import_with_mapping,
    load_mapping,
    save_mapping,
)
from ropa.imports.plan import FieldChange, ImportPlan, plan_import
from ropa.imports.sheets import Sheet, Workbook, read_workbook
from ropa.imports.spreadsheet import detect_layout, import_workbook
from ui import jobs
from ui.commands import execute
from ui.context import AppContext
from ui.dialogs.messages import show_error
from ui.start_commands import ImportCommand

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = 0, 1, 2
SPREADSHEETS = (".xlsx", ".ods", ".csv")
SAMPLE_ROWS = 3


@dataclass(frozen=True)
class Source:
    """What the first page read: the workbook (None for JSON) and its recognised layout."""

    path: Path
    workbook: Workbook | None
    layout: str  # "ropa", "cnil", "json" or "other"
    guess: Mapping | None


@dataclass(frozen=True)
class Problems:
    """Every problem that stops a read or an import, each with its sheet, row and column."""

    lines: tuple[str, ...]


def read_source_file(path: Path, language: str) -> Source:
    """Read and recognise a file (runs on a worker thread). Raises RopaError with one sentence."""
    suffix = path.suffix.lower()
    if suffix not in (*SPREADSHEETS, ".json"):
        raise ValidationError([Translator(language)("import.read.unsupported", file=path.name, suffix=suffix or "?")])
    if suffix == ".json":
        try:
            path.stat()
        except OSError as exc:
            raise ValidationError([Translator(language)("import.read.cannot_open", file=path.name,
                                                        reason=exc.strerror or str(exc))]) from None
        return Source(path, None, "json", None)
    workbook = read_workbook(path, language=language)
    layout = detect_layout(workbook) or "other"
    return Source(path, workbook, layout, guess_for_workbook(workbook) if layout == "other" else None)


@dataclass(frozen=True)
class Preview:
    """The plan, and for each added activity the fields it brings (the plan lists only its name)."""

    plan: ImportPlan
    added: dict[str, tuple[FieldChange, ...]]


def added_fields(plan: ImportPlan) -> dict[str, tuple[FieldChange, ...]]:
    """What each new activity holds, rendered by the core's own preview against an empty activity."""
    catalogues: dict[str, Any] = {n: plan.current.catalogue(n) + plan.incoming.catalogue(n) for n in CATALOGUES}
    added = {c.uuid for c in plan.changes if c.action == "add" and c.kind == "activities"}
    out: dict[str, tuple[FieldChange, ...]] = {}
    for activity in plan.incoming.activities:
        if activity.uuid not in added:
            continue
        blank = Activity(uuid=activity.uuid, reference=activity.reference, name=activity.name, role=activity.role,
                         status=activity.status, created_at=activity.created_at, updated_at=activity.updated_at)
        before = replace(plan.current, activities=(blank,), **catalogues)
        after = Register(organisation=plan.current.organisation, activities=(activity,))
        detail = plan_import(before, after, language=plan.language, replace_organisation=False)
        out[activity.uuid] = detail.changes[0].fields if detail.changes else ()
    return out


def make_plan(store: Any, source: Source, mapping: Mapping | None, language: str) -> Preview | Problems:
    """The preview of importing ``source`` (runs on a worker thread), or all its problems; nothing is written."""
    current = store.snapshot()
    try:
        if source.workbook is None:
            plan: ImportPlan = plan_source(source.path, current, language=language)
            return Preview(plan, added_fields(plan))
        ctx = Context(language, source.path.name)
        if mapping is not None:
            incoming = import_with_mapping(source.workbook, mapping, current, ctx)
        else:
            incoming = import_workbook(source.workbook, current, ctx, ImportOptions())
        plan = plan_import(current, incoming, source=source.path.name, language=language)
        return Preview(plan, added_fields(plan))
    except ValidationError as exc:
        return Problems(tuple(exc.problems))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(self.tr("A spreadsheet (.xlsx, .ods, .csv) or a ropa exchange file (.json). "
                                 "Nothing is written before the last step."))
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        browse = QPushButton(self.tr("&Browse\u2026"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.status = QLabel(self)
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path.textChanged.connect(self._path_changed)
        self.job: jobs.Job | None = None

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from spreadsheet"), self.path.text() or str(self.wiz.folder),
            self.tr("Spreadsheets and ropa files (*.xlsx *.ods *.csv *.json);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _path_changed(self, _text: str) -> None:
        self.wiz.source = None
        self.status.setStyleSheet("")
        self.status.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self.job is None

    def validatePage(self) -> bool:
        """Read the file on a worker; the wizard moves on by itself when it has been read."""
        source = self.wiz.source
        if source is not None and str(source.path) == self.path.text().strip():
            return True
        self.read()
        return False

    def read(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        language = self.wiz.language
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading %1\u2026").replace("%1", path.name))
        self.progress.show()
        job = jobs.Job(lambda _job: read_source_file(path, language))
        job.signals.finished.connect(self._read)
        job.signals.failed.connect(self._failed)
        job.signals.ended.connect(self._ended)
        self.job = job
        self.completeChanged.emit()
        jobs.start(job)

    def _ended(self) -> None:
        self.job = None
        self.progress.hide()
        self.completeChanged.emit()

    def _failed(self, text: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)

    def _read(self, source: Source) -> None:
        self.wiz.source = source
        labels = {
            "ropa": self.tr("ropa's own Excel export: rows are matched to activities by reference."),
            "cnil": self.tr("The CNIL \u201cregistre simplifi\u00e9\u201d: one activity per fiche."),
            "json": self.tr("A ropa exchange file: items are merged by UUID."),
            "other": self.tr("Another layout: next, match its columns to register fields."),
        }
        self.status.setText(self.tr("Recognised: %1").replace("%1", labels[source.layout]))
        self.job = None
        self.wiz.next()


class MappingPage(QWizardPage):
    """One row per column of the header row: header, first values, register field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns to register fields"))
        self.setSubTitle(self.tr("One row of the sheet is one processing activity. The fields were guessed "
                                 "from the column headers: check them. Columns set to \u201c%1\u201d are not read.")
                         .replace("%1", field_label(IGNORE, wizard.language)))
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("mappingSheet")
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("mappingHeaderRow")
        self.header_row.setRange(1, 50)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Register field")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(2, 250)
        self.table.setWordWrap(False)
        load = QPushButton(self.tr("&Load mapping\u2026"), self)
        load.setObjectName("loadMapping")
        load.clicked.connect(self._load)
        save = QPushButton(self.tr("&Save mapping\u2026"), self)
        save.setObjectName("saveMapping")
        save.clicked.connect(self._save)
        self.status = QLabel(self)
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet:"), self))
        top.addWidget(self.sheet, 1)
        top.addWidget(QLabel(self.tr("Header row:"), self))
        top.addWidget(self.header_row)
        top.addStretch(1)
        top.addWidget(load)
        top.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.sheet.currentIndexChanged.connect(lambda _i: self._sheet_changed())
        self.header_row.valueChanged.connect(lambda _v: self._fill(self._current_fields()))
        self._filling = False
        self._shown_for: Source | None = None
        self.values: dict[str, dict[str, str]] = {}
        self.name = ""

    def initializePage(self) -> None:
        """The guessed mapping, unless the user already edited the mapping of this same file."""
        source = self.wiz.source
        assert source is not None and source.workbook is not None
        if self._shown_for is source:
            return
        self._shown_for = source
        self.apply_mapping(source.guess or Mapping({}))

    def cleanupPage(self) -> None:
        """Going back keeps the choices (QWizard would reset the widgets' fields otherwise)."""

    def apply_mapping(self, mapping: Mapping) -> None:
        """Show a mapping: select its sheet and header row, set each column's field."""
        source = self.wiz.source
        assert source is not None and source.workbook is not None
        workbook = source.workbook
        self._filling = True
        self.sheet.clear()
        for each in workbook.sheets:
            self.sheet.addItem(each.name)
        sheet: Sheet | None = workbook.sheet(mapping.sheet) if mapping.sheet else None
        if sheet is None:
            sheet = next((s for s in workbook.sheets if find_header_row(s, mapping if mapping.columns else None) is not None),
                         workbook.sheets[0] if workbook.sheets else None)
        if sheet is not None:
            self.sheet.setCurrentText(sheet.name)
            row = mapping.header_row
            if row is None:
                found = find_header_row(sheet, mapping if mapping.columns else None)
                row = (found or 0) + 1
            self.header_row.setValue(row)
        self._filling = False
        self.values = dict(mapping.values)
        self.name = mapping.name
        self._fill({norm(k): v for k, v in mapping.columns.items()})

    def current_sheet(self) -> Sheet | None:
        source = self.wiz.source
        if source is None or source.workbook is None:
            return None
        return source.workbook.sheet(self.sheet.currentText())

    def _current_fields(self) -> dict[str, str]:
        return {norm(h): f for h, f in self.mapping().columns.items()}

    def _sheet_changed(self) -> None:
        if self._filling:
            return
        sheet = self.current_sheet()
        if sheet is not None:
            self.header_row.setValue((find_header_row(sheet) or 0) + 1)
            self._fill({})

    def _fill(self, fields: dict[str, str]) -> None:
        """Rows for the header row's columns; a field from ``fields`` (by normalised header) or a guess."""
        if self._filling:
            return
        sheet = self.current_sheet()
        self.table.setRowCount(0)
        if sheet is None:
            return
        row = self.header_row.value() - 1
        headers = [clean(h) for h in sheet.row(row)]
        language = self.wiz.language
        taken: set[str] = set()
        for column, header in enumerate(headers):
            if not header:
                continue
            samples = [clean(sheet.cell(r, column)) for r in range(row + 1, min(sheet.row_count, row + 1 + SAMPLE_ROWS))]
            field = fields.get(norm(header)) if fields else guess_field(header)
            if field is None or (field in taken and field not in ("notes", IGNORE)):
                field = IGNORE if fields or field is None else "notes"
            taken.add(field)
            i = self.table.rowCount()
            self.table.insertRow(i)
            item = QTableWidgetItem(header)
            item.setToolTip(header)
            self.table.setItem(i, 0, item)
            sample = QTableWidgetItem(" | ".join(s.replace("\n", " ") for s in samples if s))
            sample.setToolTip("\n\n".join(s for s in samples if s))
            self.table.setItem(i, 1, sample)
            combo = QComboBox(self.table)
            for name in FIELDS:
                combo.addItem(field_label(name, language), name)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.table.setCellWidget(i, 2, combo)
        mapped = sum(1 for f in self.mapping().columns.values() if f != IGNORE)
        self.status.setText(self.tr("%n columns, %1 of them mapped.", "", self.table.rowCount()).replace("%1", str(mapped)))
        self.completeChanged.emit()

    def field_of(self, header: str) -> str | None:
        for i in range(self.table.rowCount()):
            if self.header_at(i) == header:
                return str(self.combo(i).currentData())
        return None

    def header_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text() if item is not None else ""

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def set_field(self, header: str, field: str) -> None:
        for i in range(self.table.rowCount()):
            if self.header_at(i) == header:
                self.combo(i).setCurrentIndex(self.combo(i).findData(field))

    def mapping(self) -> Mapping:
        columns = {self.header_at(i): str(self.combo(i).currentData()) for i in range(self.table.rowCount())}
        return Mapping(columns, self.sheet.currentText() or None, self.header_row.value(), dict(self.values), self.name)

    def problem(self) -> str:
        """Why the mapping cannot be used yet, or ''."""
        fields = [f for f in self.mapping().columns.values() if f not in ("notes", IGNORE)]
        if not fields:
            return self.tr("Choose the register field of at least one column.")
        twice = sorted({f for f in fields if fields.count(f) > 1})
        if twice:
            names = ", ".join(field_label(f, self.wiz.language) for f in twice)
            return self.tr("Each field can hold only one column: %1.").replace("%1", names)
        return ""

    def isComplete(self) -> bool:
        problem = self.problem()
        if problem:
            self.status.setText(problem)
        return not problem

    def _load(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), str(self.wiz.folder),
                                                    self.tr("Mappings (*.json)"))
        if path:
            self.load_from(Path(path))

    def load_from(self, path: Path) -> bool:
        try:
            mapping = load_mapping(path, Context(self.wiz.language, path.name))
        except RopaError as exc:
            show_error(self, str(exc), title=self.tr("The mapping was not loaded"))
            return False
        self.apply_mapping(mapping)
        return True

    def _save(self) -> None:
        source = self.wiz.source
        suggested = self.wiz.folder / ((source.path.stem if source else "mapping") + ".mapping.json")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), str(suggested),
                                                    self.tr("Mappings (*.json)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            save_mapping(replace(self.mapping(), name=self.name or path.stem), path)
        except OSError as exc:
            show_error(self, self.tr("The mapping was not saved."), exc.strerror or str(exc))
            return False
        self.status.setText(self.tr("Mapping saved as %1").replace("%1", str(path)))
        return True


class PreviewPage(QWizardPage):
    """Every change the import would make, or every problem that stops it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet. Import applies all of this at once, or nothing."))
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("previewChanges")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Before"), self.tr("After")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 340)
        self.problems = QListWidget(self)
        self.problems.setObjectName("previewProblems")
        self.problems.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.problems, 1)
        self.plan: ImportPlan | None = None
        self.job: jobs.Job | None = None
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self.plan = None
        self.tree.clear()
        self.problems.clear()
        self.problems.hide()
        self.summary.setText(self.tr("Comparing the file with the register\u2026"))
        self.progress.show()
        source = self.wiz.source
        assert source is not None
        mapping = self.wiz.mapping_page.mapping() if source.layout == "other" else None
        store, language = self.wiz.ctx.store, self.wiz.language
        job = jobs.Job(lambda _job: make_plan(store, source, mapping, language))
        job.signals.finished.connect(self._planned)
        job.signals.failed.connect(self._failed)
        job.signals.ended.connect(self._ended)
        self.job = job
        jobs.start(job)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().cleanupPage()

    def _ended(self) -> None:
        self.job = None
        self.progress.hide()
        self.completeChanged.emit()

    def _failed(self, text: str) -> None:
        self._show_problems([text])

    def _show_problems(self, problems: list[str]) -> None:
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(self.tr("The file cannot be imported; nothing was changed. %n problem(s):", "",
                                     len(problems)))
        self.problems.show()
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(problem)

    def _planned(self, result: Preview | Problems) -> None:
        if isinstance(result, Problems):
            self._show_problems(list(result.lines))
            return
        plan = result.plan
        self.summary.setStyleSheet("")
        self.plan = plan
        t = Translator(plan.language)
        if plan.is_empty:
            self.summary.setText(t("import.plan.nothing", source=plan.source))
        else:
            self.summary.setText(t("import.plan.summary", added=plan.count("add"), updated=plan.count("update"),
                                   unchanged=plan.unchanged))
        for change in plan.changes:
            kind = t(f"import.kind.{change.kind}")
            top = QTreeWidgetItem([t(f"import.plan.{change.action}", kind=kind, label=change.label)])
            for field in change.fields or result.added.get(change.uuid, ()):
                child = QTreeWidgetItem([field.label, field.old, field.new])
                for column in (1, 2):
                    child.setToolTip(column, getattr(field, "old" if column == 1 else "new"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(len(plan.changes) <= 20)
        if plan.warnings:
            self.problems.show()
            for warning in plan.warnings:
                self.problems.addItem(t("import.plan.warning", text=warning).strip())

    def isComplete(self) -> bool:
        return self.plan is not None and not self.plan.is_empty and self.job is None

    def validatePage(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        command = ImportCommand(self.wiz.ctx, plan)
        try:
            execute(self.wiz.ctx, command)
        except RopaError as exc:
            show_error(self, str(exc), title=self.tr("Nothing was imported"))
            return False
        self.wiz.command = command
        return True


class ImportWizard(QWizard):
    """File → (columns) → preview → import. ``command`` is the applied import, once done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.ctx = ctx
        self.folder = folder or Path.home()
        self.language = ctx.store.organisation().language or "en"
        self.source: Source | None = None
        self.command: ImportCommand | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.resize(980, 640)

    def nextId(self) -> int:
        current = self.currentId()
        if current == FILE_PAGE:
            return MAPPING_PAGE if self.source is not None and self.source.layout == "other" else PREVIEW_PAGE
        if current == MAPPING_PAGE:
            return PREVIEW_PAGE
        return -1

    def reject(self) -> None:
        for job in (self.file_page.job, self.preview_page.job):
            if job is not None:
                job.cancel()
        super().reject()
