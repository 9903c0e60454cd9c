"""Findings put together for people and programs: counts, groups, labels, JSON records and text.

The CLI prints these; the exporters and the GUI use the same helpers so a finding reads the same
everywhere (what it concerns, its message, whether and why it was accepted).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ropa.checks.completeness import Score, activity_scores, register_completeness
from ropa.checks.findings import Finding, Severity, plain_params
from ropa.domain.model import CATALOGUES, Activity, Register, RegisterIndex
from ropa.i18n import Translator


@dataclass(frozen=True)
class Summary:
    """Counts of open (not acknowledged) findings by severity, and of accepted ones."""

    errors: int
    warnings: int
    infos: int
    acknowledged: int

    @property
    def failed(self) -> bool:
        """True when an error is left that nobody accepted: ``ropa check`` then exits with 1."""
        return self.errors > 0


def summarise(findings: Iterable[Finding]) -> Summary:
    counts: Counter[Severity] = Counter()
    accepted = 0
    for f in findings:
        if f.acknowledged:
            accepted += 1
        else:
            counts[f.severity] += 1
    return Summary(counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO], accepted)


def findings_by_activity(findings: Iterable[Finding]) -> dict[str | None, list[Finding]]:
    """Findings keyed by activity UUID; organisation and catalogue findings under ``None``."""
    out: dict[str | None, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.activity_uuid, []).append(f)
    return out


class Labeller:
    """Says in words what a finding concerns ("PA-003 Customer relationship management", "Recipient: X")."""

    def __init__(self, register: Register, t: Translator) -> None:
        self.register = register
        self.t = t
        self.activities = {a.uuid: a for a in register.activities}
        self.items: dict[str, tuple[str, str]] = {}
        for name in CATALOGUES:
            for item in register.catalogue(name):
                self.items[item.uuid] = (name, item.name)

    def activity(self, uuid: str) -> Activity | None:
        return self.activities.get(uuid)

    def subject(self, f: Finding) -> str:
        if f.activity_uuid is not None:
            a = self.activities.get(f.activity_uuid)
            return f"{a.reference} {a.name}" if a else f.activity_uuid
        if f.target_uuid == self.register.organisation.uuid:
            kind = self.t("checks.group.organisation")
            return self.t("checks.group.item", kind=kind, name=self.register.organisation.legal_name)
        catalogue, name = self.items.get(f.target_uuid, ("", f.target_uuid))
        if not catalogue:
            return name
        return self.t("checks.group.item", kind=self.t(f"checks.item_kind.{catalogue}"), name=name)


def finding_record(f: Finding, labeller: Labeller) -> dict[str, Any]:
    """One finding as a JSON-ready dictionary: every field, plus its texts in the labeller's language."""
    t = labeller.t
    activity = labeller.activity(f.activity_uuid) if f.activity_uuid else None
    ack = f.acknowledgement
    return {
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "article": f.article,
        "article_label": f.article_label(t),
        "title": f.title(t),
        "message": f.message(t),
        "activity_uuid": f.activity_uuid,
        "activity_reference": activity.reference if activity else None,
        "concerns": labeller.subject(f),
        "target_uuid": f.target_uuid,
        "part_uuid": f.part_uuid,
        "field": f.field,
        "params": plain_params(f.params),
        "acknowledgement": None
        if ack is None
        else {
            "justification": ack.justification,
            "by": ack.acknowledged_by,
            "at": ack.acknowledged_at.isoformat() if ack.acknowledged_at else None,
        },
    }


def _score_record(score: Score) -> dict[str, Any]:
    return {
        "percent": score.percent,
        "documented": score.documented,
        "applicable": score.applicable,
        "missing": list(score.missing),
    }


def json_report(register: Register, findings: Sequence[Finding], t: Translator, as_of: date) -> dict[str, Any]:
    """Everything ``ropa check --format json`` prints: summary, completeness scores, findings."""
    index = RegisterIndex(register)
    labeller = Labeller(register, t)
    summary = summarise(findings)
    scores = activity_scores(register, index=index)
    return {
        "organisation": register.organisation.legal_name,
        "as_of": as_of.isoformat(),
        "language": t.language,
        "summary": {
            "errors": summary.errors,
            "warnings": summary.warnings,
            "info": summary.infos,
            "acknowledged": summary.acknowledged,
        },
        "completeness": {
            "register": _score_record(register_completeness(register, scores=scores)),
            "activities": [
                {"uuid": a.uuid, "reference": a.reference, "name": a.name, **_score_record(scores[a.uuid])}
                for a in register.activities
            ],
        },
        "findings": [finding_record(f, labeller) for f in findings],
    }


_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def text_report(
    register: Register, findings: Sequence[Finding], t: Translator, as_of: date, *, colour: bool = False
) -> str:
    """Findings grouped by activity, for a terminal; accepted findings listed apart in each group."""

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    index = RegisterIndex(register)
    labeller = Labeller(register, t)
    scores = activity_scores(register, index=index)
    severity_width = max(len(t(f"checks.severity.{s.value}")) for s in Severity)
    rule_width = max((len(f.rule_id) for f in findings), default=0)
    article_width = max((len(f.article_label(t)) for f in findings), default=0)

    def line(f: Finding, indent: str) -> str:
        severity = t(f"checks.severity.{f.severity.value}").ljust(severity_width)
        rest = f"{f.rule_id.ljust(rule_width)}  {f.article_label(t).ljust(article_width)}  {f.message(t)}"
        if f.acknowledged:
            return paint(f"{indent}{severity}  {rest}", _DIM)
        return f"{indent}{paint(severity, _COLOURS[f.severity])}  {rest}"

    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(labeller.subject(f), []).append(f)

    out = [
        paint(t("checks.cli.heading", organisation=register.organisation.legal_name, date=t.date(as_of)), _BOLD),
        "",
    ]
    for subject, group in groups.items():
        first = group[0]
        heading = subject
        if first.activity_uuid is not None:
            heading += "  " + t("checks.cli.completeness", percent=scores[first.activity_uuid].percent)
        out.append(paint(heading, _BOLD))
        accepted = [f for f in group if f.acknowledged]
        out.extend(line(f, "  ") for f in group if not f.acknowledged)
        if accepted:
            out.append(paint("  " + t("checks.cli.accepted"), _DIM))
            for f in accepted:
                out.append(line(f, "    "))
                reason = f.acknowledgement.justification if f.acknowledgement else ""
                out.append(paint("      " + t("checks.cli.reason", reason=reason), _DIM))
        out.append("")
    if not findings:
        out.extend([t("checks.cli.no_findings"), ""])
    summary = summarise(findings)
    total = register_completeness(register, scores=scores)
    out.append(
        paint(
            t(
                "checks.cli.summary",
                errors=summary.errors,
                warnings=summary.warnings,
                infos=summary.infos,
                acknowledged=summary.acknowledged,
                percent=total.percent,
                activities=len(register.activities),
            ),
            _BOLD,
        )
    )
    return "\n".join(out)
