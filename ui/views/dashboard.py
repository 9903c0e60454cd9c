"""The dashboard: the state of the register at a glance, drawn rather than tabulated.

Everything shown is computed by ``figures`` from one snapshot and the findings of the checks, so the
numbers match the findings page and the exports. Clicking a bar or a line goes where it is fixed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ropa.checks import Finding, Score, Severity, activity_scores, register_completeness, run_checks, summarise
from ropa.checks.completeness import scored
from ropa.domain.enums import Role, Status, TransferMechanism
from ropa.domain.model import Activity, Register
from ropa.errors import RopaError
from ropa.i18n import Translator
from ui.context import AppContext
from ui.models import UUID_ROLE, ui_translator
from ui.models.activity_table import short_role
from ui.models.findings_table import severity_label
from ui.widgets.charts import PALETTE, SEVERITY_COLOURS, Bar, BarChart, ChartData, Gauge
from ui.widgets.fields import page_title
from ui.widgets.reload import ReloadWhenShown

NOT_STATED = "none_stated"


translate = QCoreApplication.translate  # literal calls are what lupdate extracts


def show_findings_tip(severity: Severity) -> str:
    """The tooltip of a bar of the severity chart: whole sentences, each translated as a whole."""
    if severity is Severity.ERROR:
        return translate("DashboardView", "Show the errors")
    if severity is Severity.WARNING:
        return translate("DashboardView", "Show the warnings")
    return translate("DashboardView", "Show the findings for information")


@dataclass
class Figures:
    """What the dashboard shows, as plain numbers (tested against the snapshot)."""

    completeness: Score
    severities: dict[Severity, int]
    accepted: int
    by_status: dict[Status, int]
    by_role: dict[Role, int]
    overdue: list[Activity] = field(default_factory=list)
    due_30: list[Activity] = field(default_factory=list)
    due_90: list[Activity] = field(default_factory=list)
    # destination (country code or international organisation) -> mechanism code -> number of transfers
    transfers: dict[str, Counter[str]] = field(default_factory=dict)
    processors_without_dpa: list[Finding] = field(default_factory=list)


def figures(register: Register, findings: list[Finding], today: date) -> Figures:
    summary = summarise(findings)
    scores = activity_scores(register)
    live = [a for a in register.activities if scored(a)]
    out = Figures(
        completeness=register_completeness(register, scores=scores),
        severities={Severity.ERROR: summary.errors, Severity.WARNING: summary.warnings, Severity.INFO: summary.infos},
        accepted=summary.acknowledged,
        by_status={s: 0 for s in Status},
        by_role={r: 0 for r in Role},
    )
    for a in register.activities:
        out.by_status[a.status] += 1
    for a in live:
        out.by_role[a.role] += 1
        review = a.next_review
        if review is not None:
            if review < today:
                out.overdue.append(a)
            elif review <= today + timedelta(days=30):
                out.due_30.append(a)
            elif review <= today + timedelta(days=90):
                out.due_90.append(a)
        for t in a.transfers:
            where = t.country or t.international_organisation
            if where:
                out.transfers.setdefault(where, Counter())[t.mechanism.value if t.mechanism else NOT_STATED] += 1
    for group in (out.overdue, out.due_30, out.due_90):
        group.sort(key=lambda a: (a.next_review or today, a.reference))
    out.processors_without_dpa = [f for f in findings if f.rule_id == "PROCESSOR-NO-DPA"]
    return out


class Card(QFrame):
    """A titled panel of the dashboard."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(title, self)
        self.heading.setWordWrap(True)  # long titles in Dutch or German wrap rather than widen the page
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 12)
        self.body.setSpacing(6)
        self.body.addWidget(self.heading)


class DashboardView(QWidget):
    """Completeness, findings, activities, reviews, transfers and processors without DPA."""

    open_page = Signal(str, str)  # navigator page and item uuid
    show_findings = Signal(str)  # severity code ("" for all)
    recomputed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.ctx = ctx
        self.today = today
        self.translator: Translator = ui_translator(ctx.settings)
        self.figures: Figures | None = None
        self.reloader = ReloadWhenShown(self, self.reload, 120)
        self._build()
        events = ctx.events
        events.activities_changed.connect(self.schedule_reload)
        events.catalogue_changed.connect(lambda _name: self.schedule_reload())
        events.organisation_changed.connect(self.schedule_reload)
        events.acknowledgements_changed.connect(self.schedule_reload)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        title = page_title(translate("DashboardView", "Dashboard"), body)
        self.as_of = QLabel(body)
        self.as_of.setObjectName("dashboardAsOf")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.as_of)
        head.addStretch(1)
        layout.addLayout(head)
        grid = QGridLayout()
        grid.setSpacing(10)
        layout.addLayout(grid)
        layout.addStretch(1)

        card = Card(translate("DashboardView", "Completeness of the register"), body)
        row = QHBoxLayout()
        self.gauge = Gauge(card)
        self.gauge.setObjectName("completenessGauge")
        row.addWidget(self.gauge)
        self.completeness_text = QLabel(card)
        self.completeness_text.setObjectName("completenessText")
        self.completeness_text.setWordWrap(True)
        row.addWidget(self.completeness_text, 1)
        card.body.addLayout(row)
        card.body.addStretch(1)
        grid.addWidget(card, 0, 0)

        card = Card(translate("DashboardView", "Open findings by severity"), body)
        self.severity_chart = BarChart(card)
        self.severity_chart.setObjectName("severityChart")
        self.severity_chart.clicked.connect(self.show_findings.emit)
        card.body.addWidget(self.severity_chart)
        self.accepted_text = QLabel(card)
        self.accepted_text.setObjectName("acceptedText")
        card.body.addWidget(self.accepted_text)
        card.body.addStretch(1)
        grid.addWidget(card, 0, 1)

        card = Card(translate("DashboardView", "Activities"), body)
        card.body.addWidget(QLabel(translate("DashboardView", "By status"), card))
        self.status_chart = BarChart(card)
        self.status_chart.setObjectName("statusChart")
        card.body.addWidget(self.status_chart)
        card.body.addWidget(QLabel(translate("DashboardView", "By role (retired activities left out)"), card))
        self.role_chart = BarChart(card)
        self.role_chart.setObjectName("roleChart")
        card.body.addWidget(self.role_chart)
        card.body.addStretch(1)
        grid.addWidget(card, 0, 2)

        card = Card(translate("DashboardView", "Reviews due"), body)
        self.review_text = QLabel(card)
        self.review_text.setObjectName("reviewText")
        card.body.addWidget(self.review_text)
        self.reviews = QListWidget(card)
        self.reviews.setObjectName("reviewList")
        self.reviews.setToolTip(translate("DashboardView", "Double-click or press Enter to open the activity"))
        self.reviews.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reviews.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.reviews.itemActivated.connect(self._open_item)
        card.body.addWidget(self.reviews, 1)
        grid.addWidget(card, 1, 0, 2, 1)

        card = Card(translate("DashboardView", "Transfers by destination and mechanism"), body)
        self.transfer_chart = BarChart(card, empty_text=translate("DashboardView", "No transfers outside the EEA are recorded."))
        self.transfer_chart.setObjectName("transferChart")
        self.transfer_chart.clicked.connect(lambda _code: self.open_page.emit("transfers", ""))
        card.body.addWidget(self.transfer_chart)
        card.body.addStretch(1)
        grid.addWidget(card, 1, 1, 1, 2)

        card = Card(translate("DashboardView", "Processors with no contract reference recorded (Art. 28(3))"), body)
        self.processors = QListWidget(card)
        self.processors.setObjectName("processorList")
        self.processors.setToolTip(translate("DashboardView", "Double-click or press Enter to open the recipient"))
        self.processors.itemActivated.connect(self._open_item)
        card.body.addWidget(self.processors, 1)
        grid.addWidget(card, 2, 1, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    # --- loading ---------------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        self.reloader.schedule()

    def reload(self) -> None:
        self.reloader.done()
        try:
            register = self.ctx.store.snapshot()
        except RopaError as exc:
            self.ctx.events.status_message.emit(str(exc))
            return
        today = self.today or date.today()
        self.figures = f = figures(register, run_checks(register, today=today), today)
        t = self.translator
        self.as_of.setText(translate("DashboardView", "as of %1").replace("%1", t.date(today)))
        score = f.completeness
        self.gauge.set_value(score.percent)
        self.completeness_text.setText(
            translate("DashboardView", "%1 of the %2 items the record must hold are documented, for %3 activities in use.")
            .replace("%1", str(score.documented)).replace("%2", str(score.applicable))
            .replace("%3", str(sum(f.by_role.values())))
        )
        self.severity_chart.set_data(ChartData([
            Bar(severity_label(s), [(n, SEVERITY_COLOURS[s])], s.value,
                show_findings_tip(s))
            for s, n in f.severities.items()
        ]))
        self.accepted_text.setText(translate("DashboardView", "%n findings accepted with a justification", None, f.accepted))
        status_colours = {Status.DRAFT: QColor(150, 150, 150), Status.IN_REVIEW: SEVERITY_COLOURS[Severity.WARNING],
                          Status.APPROVED: QColor(30, 140, 70), Status.RETIRED: QColor(90, 90, 90)}
        self.status_chart.set_data(ChartData([Bar(t.enum(s), [(n, status_colours[s])]) for s, n in f.by_status.items()]))
        # The list's short role names ("Resp. conjoint"): the official terms were cut to the same
        # "Responsable …" twice in French; the tooltip gives them in full.
        self.role_chart.set_data(ChartData([Bar(short_role(r), [(n, PALETTE[i])], tooltip=f"{t.enum(r)}: {n}")
                                            for i, (r, n) in enumerate(f.by_role.items())]))
        self._fill_reviews(f, today)
        self._fill_transfers(f)
        self.processors.clear()
        index = {r.uuid: r for r in register.recipients}
        for finding in f.processors_without_dpa:
            recipient = index.get(finding.target_uuid)
            if recipient is None:
                continue
            text = f"{recipient.name} \u2014 {t.enum(recipient.kind)}"
            if recipient.country:
                text += f" ({t.country(recipient.country)})"
            if finding.acknowledgement is not None:
                text += "  \u2714 " + translate("DashboardView", "accepted: %1").replace("%1", finding.acknowledgement.justification)
            item = QListWidgetItem(text, self.processors)
            item.setData(UUID_ROLE, f"recipients:{recipient.uuid}")
        if not f.processors_without_dpa:
            QListWidgetItem(translate("DashboardView", "Every processor has a contract reference recorded."), self.processors).setFlags(
                Qt.ItemFlag.NoItemFlags)
        self.processors.setFixedHeight(min(6, max(1, self.processors.count())) * (self.fontMetrics().height() + 6) + 8)
        self.recomputed.emit()

    def _fill_reviews(self, f: Figures, today: date) -> None:
        t = self.translator
        self.review_text.setText(
            translate("DashboardView", "Overdue: %1 \u00b7 next 30 days: %2 \u00b7 31 to 90 days: %3")
            .replace("%1", str(len(f.overdue))).replace("%2", str(len(f.due_30))).replace("%3", str(len(f.due_90)))
        )
        self.reviews.clear()
        groups = ((translate("DashboardView", "Overdue"), f.overdue, SEVERITY_COLOURS[Severity.ERROR]),
                  (translate("DashboardView", "Within 30 days"), f.due_30, SEVERITY_COLOURS[Severity.WARNING]),
                  (translate("DashboardView", "Within 90 days"), f.due_90, SEVERITY_COLOURS[Severity.INFO]))
        for heading, activities, colour in groups:
            if not activities:
                continue
            head = QListWidgetItem(f"{heading} ({len(activities)})", self.reviews)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setForeground(colour)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for a in activities:
                review = a.next_review or today
                item = QListWidgetItem(f"   {t.date(review)}  {a.reference} {a.name}", self.reviews)
                item.setData(UUID_ROLE, f"activity:{a.uuid}")
                item.setToolTip(a.owner)
        if self.reviews.count() == 0:
            QListWidgetItem(translate("DashboardView", "No review due in the next 90 days."), self.reviews).setFlags(Qt.ItemFlag.NoItemFlags)

    def _fill_transfers(self, f: Figures) -> None:
        t = self.translator
        mechanisms = [m.value for m in TransferMechanism] + [NOT_STATED]
        used = [m for m in mechanisms if any(m in c for c in f.transfers.values())]
        colours = {m: (QColor(160, 160, 160) if m in (NOT_STATED, TransferMechanism.NONE.value) else PALETTE[i % len(PALETTE)])
                   for i, m in enumerate(used)}

        def label(m: str) -> str:
            return translate("DashboardView", "not stated") if m == NOT_STATED else t.enum(TransferMechanism(m))

        bars = []
        for where, counts in sorted(f.transfers.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
            name = t.country(where) if len(where) == 2 and where.isupper() else where
            name = name or where
            segments = [(float(counts[m]), colours[m]) for m in used if counts[m]]
            tip = "\n".join(f"{label(m)}: {counts[m]}" for m in used if counts[m])
            bars.append(Bar(name, segments, where, tip))
        self.transfer_chart.set_data(ChartData(bars, [(label(m), colours[m]) for m in used]))

    def _open_item(self, item: QListWidgetItem) -> None:
        value = item.data(UUID_ROLE)
        if not isinstance(value, str):
            return
        kind, _, uuid = value.partition(":")
        if kind == "activity":
            self.ctx.events.open_activity.emit(uuid)
        else:
            self.open_page.emit(kind, uuid)
