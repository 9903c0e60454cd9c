"""The findings page: every finding of the checks, filtered, opened where it is fixed, accepted knowingly.

Findings are recomputed from one snapshot after any change (debounced: a burst of edits is one
recomputation, and a hidden page only recomputes when shown again). Accepting a finding asks for the
justification and goes through ``AcknowledgeCommand``, so it is undoable and kept in the register.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.checks import RULES, Finding, Scope, Severity, run_checks, summarise
from ropa.domain.model import CATALOGUES, Register
from ropa.errors import RopaError
from ui.commands import AcknowledgeCommand, execute
from ui.context import AppContext
from ui.dialogs.messages import show_error
from ui.models import ui_translator
from ui.models.findings_table import Column, FindingsFilterProxy, FindingsTableModel, build_rows, severity_label
from ui.widgets.charts import severity_icon
from ui.widgets.fields import compact, page_title, widen_to_titles
from ui.widgets.reload import ReloadWhenShown

translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def catalogue_page(register: Register, uuid: str) -> str | None:
    """The navigator page where a catalogue item is edited (joint controllers live on the organisation page)."""
    for name in CATALOGUES:
        if any(item.uuid == uuid for item in register.catalogue(name)):
            return "organisation" if name == "joint_controllers" else name
    return None


class AcceptDialog(QDialog):
    """Asks why a finding is accepted; OK stays disabled until a reason is written."""

    def __init__(self, finding_text: str, previous: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptFindingDialog")
        self.setWindowTitle(translate("FindingsView", "Accept finding"))
        intro = QLabel(translate("FindingsView", "You accept this finding knowingly. Say why: the reason is kept in the register "
                                 "and shown in the exports."), self)
        intro.setWordWrap(True)
        finding = QLabel(finding_text, self)
        finding.setWordWrap(True)
        finding.setStyleSheet("font-style: italic;")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("justification")
        self.reason.setPlainText(previous)
        self.reason.setPlaceholderText(translate("FindingsView", "e.g. Contract signed on paper, filed in the legal department"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("FindingsView", "Accept"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(finding)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(480, 260)
        self._update()

    def justification(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.justification()))


class FindingsView(QWidget):
    """Findings table with filters; ``open_page(key, uuid)`` asks to show an organisation/catalogue item."""

    open_page = Signal(str, str)
    recomputed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsView")
        self.ctx = ctx
        self.today = today
        self.translator = ui_translator(ctx.settings)
        self.register: Register | None = None
        self.findings: list[Finding] = []
        self.accept_dialog: AcceptDialog | None = None
        self.reloader = ReloadWhenShown(self, self.reload, 80)
        self.model = FindingsTableModel(self)
        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        events = ctx.events
        events.activities_changed.connect(self.schedule_reload)
        events.catalogue_changed.connect(lambda _name: self.schedule_reload())
        events.organisation_changed.connect(self.schedule_reload)
        events.acknowledgements_changed.connect(self.schedule_reload)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        head = QHBoxLayout()
        title = page_title(translate("FindingsView", "Findings of the checks"), self)
        head.addWidget(title)
        head.addSpacing(12)
        self.summary = QLabel(self)
        self.summary.setObjectName("findingsSummary")
        head.addWidget(self.summary)
        head.addStretch(1)
        outer.addLayout(head)

        filters = QHBoxLayout()
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("severityFilter")
        compact(self.severity_filter)
        self.severity_filter.addItem(translate("FindingsView", "All severities"), None)
        for severity in Severity:
            self.severity_filter.addItem(severity_icon(severity), severity_label(severity), severity.value)
        self.rule_filter = QComboBox(self)
        self.rule_filter.setObjectName("ruleFilter")
        compact(self.rule_filter, 16)
        self.subject_filter = QComboBox(self)
        self.subject_filter.setObjectName("activityFilter")
        compact(self.subject_filter, 16)
        self.show_accepted = QCheckBox(translate("FindingsView", "Show accepted"), self)
        self.show_accepted.setObjectName("showAccepted")
        self.show_accepted.setChecked(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("FindingsView", "Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        for label_text, widget in ((translate("FindingsView", "&Severity"), self.severity_filter), (translate("FindingsView", "&Rule"), self.rule_filter),
                                   (translate("FindingsView", "&Concerns"), self.subject_filter)):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.show_accepted)
        filters.addStretch(1)
        filters.addWidget(self.search)
        outer.addLayout(filters)

        self.table = QTableView(self)
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(int(Column.SEVERITY), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        widths = {Column.SEVERITY: 84, Column.RULE: 210, Column.SUBJECT: 200, Column.FIELD: 100, Column.ARTICLE: 90,
                  Column.MESSAGE: 480}
        for column, width in widths.items():
            header.resizeSection(int(column), width)
        widen_to_titles(header)
        self.table.setToolTip(translate("FindingsView", "Double-click or press Enter to open the place to fix it"))
        outer.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(translate("FindingsView", "&Open"), self)
        self.open_button.setObjectName("openFinding")
        self.accept_button = QPushButton(translate("FindingsView", "&Accept\u2026"), self)
        self.accept_button.setObjectName("acceptFinding")
        self.accept_button.setToolTip(translate("FindingsView", "Accept this finding knowingly, with a justification kept in the register"))
        self.withdraw_button = QPushButton(translate("FindingsView", "&Withdraw acceptance"), self)
        self.withdraw_button.setObjectName("withdrawAcceptance")
        self.detail = QLabel(self)
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons.addWidget(self.detail, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.withdraw_button)
        outer.addLayout(buttons)

        self.search_action = QAction(translate("FindingsView", "Search"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)

        self.severity_filter.activated.connect(lambda _i: self.apply_filters())
        self.rule_filter.activated.connect(lambda _i: self.apply_filters())
        self.subject_filter.activated.connect(lambda _i: self.apply_filters())
        self.show_accepted.toggled.connect(lambda _c: self.apply_filters())
        self.search.textChanged.connect(lambda _t: self.apply_filters())
        self.table.activated.connect(self.open_finding)  # double-click or Enter
        # selectRow() moves the current row before it selects it: follow the selection, not the current row
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.open_button.clicked.connect(lambda: self.open_finding(self.table.currentIndex()))
        self.accept_button.clicked.connect(self.accept_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        self.reloader.schedule()

    def reload(self) -> None:
        """Check the register again from one snapshot; filters and the selected finding are kept."""
        self.reloader.done()
        current = self.current_finding()
        try:
            register = self.ctx.store.snapshot()
        except RopaError as exc:
            self.ctx.events.status_message.emit(str(exc))
            return
        self.register = register
        self.findings = run_checks(register, today=self.today or date.today())
        self.model.set_rows(build_rows(self.findings, register, self.translator))
        self._fill_filters()
        self.apply_filters()
        summary = summarise(self.findings)
        self.summary.setText(
            translate("FindingsView", "%1 errors \u00b7 %2 warnings \u00b7 %3 info \u00b7 %4 accepted")
            .replace("%1", str(summary.errors)).replace("%2", str(summary.warnings))
            .replace("%3", str(summary.infos)).replace("%4", str(summary.acknowledged))
        )
        if current is not None:
            self.select(current.rule_id, current.target_uuid, current.part_uuid)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        self.recomputed.emit()

    def _fill_filters(self) -> None:
        t = self.translator
        rule = self.rule_filter.currentData()
        self.rule_filter.clear()
        self.rule_filter.addItem(translate("FindingsView", "All rules"), None)
        present = sorted({f.rule_id for f in self.findings}, key=lambda r: (RULES[r].severity.rank, RULES[r].title(t)))
        for rule_id in present:
            self.rule_filter.addItem(severity_icon(RULES[rule_id].severity), RULES[rule_id].title(t), rule_id)
        self.rule_filter.setCurrentIndex(max(0, self.rule_filter.findData(rule)))
        subject = self.subject_filter.currentData()
        self.subject_filter.clear()
        self.subject_filter.addItem(translate("FindingsView", "Everything"), None)
        seen: dict[str, str] = {}
        for row in self.model.rows():
            seen.setdefault(row.subject_key, row.texts[Column.SUBJECT])
        for key, text in sorted(seen.items(), key=lambda kv: kv[1].casefold()):
            self.subject_filter.addItem(text, key)
        self.subject_filter.setCurrentIndex(max(0, self.subject_filter.findData(subject)))

    def apply_filters(self) -> None:
        severity = self.severity_filter.currentData()
        self.proxy.set_filters(
            severity=Severity(severity) if severity else None,
            rule=self.rule_filter.currentData(),
            subject=self.subject_filter.currentData(),
            text=self.search.text(),
            show_accepted=self.show_accepted.isChecked(),
        )
        self._update_buttons()

    def set_severity_filter(self, severity: Severity | None) -> None:
        self.severity_filter.setCurrentIndex(max(0, self.severity_filter.findData(severity.value if severity else None)))
        self.apply_filters()

    def set_rule_filter(self, rule_id: str | None) -> None:
        self.rule_filter.setCurrentIndex(max(0, self.rule_filter.findData(rule_id)))
        self.apply_filters()

    def set_subject_filter(self, uuid: str | None) -> None:
        self.subject_filter.setCurrentIndex(max(0, self.subject_filter.findData(uuid)))
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- selection -------------------------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.finding_at(index.row())

    def select(self, rule_id: str, target: str, part: str | None = None) -> bool:
        for row in range(self.proxy.rowCount()):
            f = self.proxy.finding_at(row)
            if f.rule_id == rule_id and f.target_uuid == target and (part is None or f.part_uuid == part):
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        f = self.current_finding()
        self.open_button.setEnabled(f is not None)
        readonly = self.ctx.store.readonly
        self.accept_button.setEnabled(f is not None and not readonly)
        self.withdraw_button.setEnabled(f is not None and f.acknowledged and not readonly)
        if f is None:
            self.detail.clear()
            return
        t = self.translator
        text = f"{f.title(t)} ({f.article_label(t)}): {f.message(t)}"
        if f.acknowledgement is not None:
            text += "\n" + translate("FindingsView", "Accepted: %1").replace("%1", f.acknowledgement.justification)
        self.detail.setText(text)

    # --- actions ---------------------------------------------------------------------------------

    def open_finding(self, index: QModelIndex) -> None:
        """Go where the finding is fixed: the activity's field, the organisation, or the catalogue item."""
        if not index.isValid():
            return
        f = self.proxy.finding_at(index.row())
        if f.activity_uuid is not None:
            self.ctx.events.open_activity_field.emit(f.activity_uuid, f.field)
        elif f.rule.scope is Scope.ORGANISATION or self.register is None:
            self.open_page.emit("organisation", f.target_uuid)
        else:
            self.open_page.emit(catalogue_page(self.register, f.target_uuid) or "organisation", f.target_uuid)

    def accept_selected(self) -> None:
        """Ask for the justification, then accept the selected finding (undoable)."""
        f = self.current_finding()
        if f is None:
            return
        previous = f.acknowledgement.justification if f.acknowledgement is not None else ""
        dialog = AcceptDialog(f"{f.title(self.translator)}: {f.message(self.translator)}", previous, self)
        dialog.accepted.connect(lambda: self.accept_finding(f, dialog.justification()))
        self.accept_dialog = dialog
        dialog.open()

    def accept_finding(self, f: Finding, justification: str) -> bool:
        """Accept exactly this finding: its row (one transfer, one purpose...) when it has one, so
        accepting one transfer of an activity does not accept another; an accepted one gets a new reason."""
        ack = f.acknowledgement
        if ack is not None:
            return self._run(AcknowledgeCommand(self.ctx, f.rule_id, ack.target, justification, ack.justification))
        return self._run(AcknowledgeCommand(self.ctx, f.rule_id, f.part_uuid or f.target_uuid, justification, None))

    def withdraw_selected(self) -> None:
        f = self.current_finding()
        if f is None or f.acknowledgement is None:
            return
        ack = f.acknowledgement
        self._run(AcknowledgeCommand(self.ctx, f.rule_id, ack.target, None, ack.justification))

    def _run(self, command: AcknowledgeCommand) -> bool:
        try:
            return execute(self.ctx, command)
        except RopaError as exc:
            show_error(self, str(exc), title=translate("FindingsView", "The change was not saved"))
            return False
