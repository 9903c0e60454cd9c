"""DPIA screening with the nine WP248 criteria (Art. 35) and automated decision-making (Art. 22)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from ropa.domain.enums import DpiaCriterion, DpiaStatus, Role
from ropa.domain.model import Activity, AutomatedDecision, Dpia
from ui.editor.base import EditorHost, Section
from ui.widgets.fields import CheckField, ChoiceCombo, EnumCombo, LineField, OptionalDateEdit, TextField, WrappingCheck

# WP248 rev.01: "the more criteria are met, the more likely [...] a DPIA"; two or more as a rule of thumb.
LIKELY_THRESHOLD = 2


class DpiaSection(Section):
    key = "dpia"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(
            self.tr("DPIA & risk"),
            self.tr("Screening against the nine criteria of the WP248 guidelines (Art. 35) and automated decisions (Art. 22)."),
        )
        t = self.t
        self.criteria: dict[DpiaCriterion, CheckField] = {}
        criteria_rows: list[WrappingCheck] = []
        for criterion in DpiaCriterion:
            row = WrappingCheck(t.enum(criterion), self)
            row.setObjectName(f"criterionRow_{criterion.value}")
            box = row.box
            box.setObjectName(f"criterion_{criterion.value}")
            box.edited.connect(lambda _on: self._criteria_changed())
            criteria_rows.append(row)
            self.criteria[criterion] = box
        self.hint = QLabel(self)
        self.hint.setObjectName("dpiaHint")
        self.hint.setWordWrap(True)
        self.required = ChoiceCombo(
            [(self.tr("Not decided"), None), (self.tr("Yes, a DPIA is required"), True), (self.tr("No DPIA required"), False)],
            self,
        )
        self.required.setObjectName("dpiaRequired")
        self.status = EnumCombo(DpiaStatus, t, self.tr("\u2014 not started \u2014"), self)
        self.status.setObjectName("dpiaStatus")
        self.reference = LineField(self, self.tr("Where the DPIA is kept, e.g. DPIA-2025-03"))
        self.reference.setObjectName("dpiaReference")
        self.completed = OptionalDateEdit(host.language, self)
        self.completed.setObjectName("dpiaCompleted")
        self.automated = CheckField(self.tr("Decisions are taken by automated means"), self)
        self.automated.setObjectName("automatedExists")
        self.profiling = CheckField(self.tr("Profiling"), self)
        self.profiling.setObjectName("profiling")
        self.legal_effect = CheckField(self.tr("With legal or similarly significant effects (Art. 22)"), self)
        self.legal_effect.setObjectName("legalEffect")
        self.logic = TextField(self, 2, self.tr("Meaningful information about the logic involved (Art. 13(2)(f))"))
        self.logic.setObjectName("automatedLogic")

        for number, row in enumerate(criteria_rows):
            self.add_row(self.tr("WP248 criteria") if number == 0 else "", row)
        self.add_row("", self.hint)
        self.add_row(self.tr("DPIA re&quired"), self.required)
        self.add_row(self.tr("DPIA status"), self.status)
        self.add_row(self.tr("DPIA reference"), self.reference)
        self.add_row(self.tr("Completed on"), self.completed)
        self.add_row(self.tr("Automated decisions"), self.automated)
        self.add_row("", self.profiling)
        self.add_row("", self.legal_effect)
        self.add_row(self.tr("Logic involved"), self.logic)

        self.required.edited.connect(lambda v: self._set_dpia(self.tr("DPIA required"), required=v))
        self.status.edited.connect(lambda v: self._set_dpia(self.tr("DPIA status"), status=v))
        self.reference.edited.connect(lambda v: self._set_dpia(self.tr("DPIA reference"), reference=v))
        self.completed.edited.connect(lambda v: self._set_dpia(self.tr("DPIA completed on"), completed_on=v))
        self.automated.edited.connect(lambda v: self._set_automated(self.tr("Automated decisions"), exists=v))
        self.profiling.edited.connect(lambda v: self._set_automated(self.tr("Profiling"), profiling=v))
        self.legal_effect.edited.connect(lambda v: self._set_automated(self.tr("Legal effect"), legal_effect=v))
        self.logic.edited.connect(lambda v: self._set_automated(self.tr("Logic involved"), logic=v))

    def applies_to(self, activity: Activity) -> bool:
        changed = activity.dpia != Dpia() or activity.automated_decision != AutomatedDecision()
        return activity.role is not Role.PROCESSOR or changed

    def _checked(self) -> tuple[DpiaCriterion, ...]:
        return tuple(c for c in DpiaCriterion if self.criteria[c].isChecked())

    def _criteria_changed(self) -> None:
        checked = self._checked()
        self._show_hint(len(checked))
        self._set_dpia(self.tr("WP248 criteria"), criteria=checked)

    def _show_hint(self, count: int) -> None:
        if count >= LIKELY_THRESHOLD:
            text = self.tr("%1 criteria met: 2 or more criteria, a DPIA is likely required.")
        elif count == 1:
            text = self.tr("1 criterion met: a DPIA is not presumed; record why if you decide against one.")
        else:
            text = self.tr("No criterion met.")
        self.hint.setText(text.replace("%1", str(count)))
        self.hint.setProperty("warning", count >= LIKELY_THRESHOLD)
        self.hint.setStyleSheet("color: #a05a00; font-weight: bold;" if count >= LIKELY_THRESHOLD else "")

    def _set_dpia(self, what: str, **fields: object) -> None:
        self.host.apply(lambda a: replace(a, dpia=replace(a.dpia, **fields)), self.what(what))  # type: ignore[arg-type]

    def _set_automated(self, what: str, **fields: object) -> None:
        self.host.apply(
            lambda a: replace(a, automated_decision=replace(a.automated_decision, **fields)),  # type: ignore[arg-type]
            self.what(what),
        )

    def load(self, activity: Activity) -> None:
        for criterion, box in self.criteria.items():
            box.set_value(criterion in activity.dpia.criteria)
        self._show_hint(len(activity.dpia.criteria))
        self.required.set_value(activity.dpia.required)
        self.status.set_value(activity.dpia.status)
        self.reference.set_value(activity.dpia.reference)
        self.completed.set_value(activity.dpia.completed_on)
        auto = activity.automated_decision
        self.automated.set_value(auto.exists)
        self.profiling.set_value(auto.profiling)
        self.legal_effect.set_value(auto.legal_effect)
        self.logic.set_value(auto.logic)
