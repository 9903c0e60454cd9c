"""Compliance checks of a register: findings with rule, severity, article and place to fix; completeness.

Everything here is a pure function of a ``Register`` snapshot (and of the date the check is made
as of), so the CLI, the GUI and the exporters get the same answer. Typical use::

    findings = run_checks(register, today=date.today())
    for f in findings:
        print(f.severity, f.rule_id, f.article_label(t), f.message(t))
    score = register_completeness(register)

See docs/checks.md for the list of rules and the definition of the score.
"""

from __future__ import annotations

from ropa.checks.completeness import (
    ACTIVITY_ITEMS,
    ORGANISATION_ITEMS,
    Score,
    activity_scores,
    completeness,
    organisation_completeness,
    register_completeness,
)
from ropa.checks.findings import (
    CountryCode,
    Duration,
    Finding,
    Listing,
    Phrase,
    Rule,
    Scope,
    Severity,
    format_article,
    plain_params,
)
from ropa.checks.report import Summary, findings_by_activity, summarise
from ropa.checks.rules import RULES, check_activity, run_checks

__all__ = [
    "ACTIVITY_ITEMS",
    "ORGANISATION_ITEMS",
    "RULES",
    "CountryCode",
    "Duration",
    "Finding",
    "Listing",
    "Phrase",
    "Rule",
    "Scope",
    "Score",
    "Severity",
    "Summary",
    "activity_scores",
    "check_activity",
    "completeness",
    "findings_by_activity",
    "format_article",
    "organisation_completeness",
    "plain_params",
    "register_completeness",
    "run_checks",
    "summarise",
]
