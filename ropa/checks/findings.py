"""What a check reports: severities, rules, findings, and how their text is put into words.

A finding carries codes and raw values only (rule id, article, uuids, parameters); the sentence is
made when it is shown, in the reader's language, from ``resources/i18n/<lang>/checks.toml``. That
keeps findings comparable across languages and lets the GUI, the CLI and the exports share them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ropa.domain.enums import Code, DurationUnit
from ropa.domain.model import Acknowledgement, RetentionRule
from ropa.i18n import Translator


class Severity(Code):
    """How serious a finding is: errors make ``ropa check`` fail, warnings and info do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info: the order findings are listed in."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class Scope(Code):
    """What a rule looks at, and so where the GUI sends the user to fix it."""

    ORGANISATION = "organisation"
    ACTIVITY = "activity"
    CATALOGUE = "catalogue"


class CountryCode(str):
    """A finding parameter holding an ISO 3166 code: shown as the country's name in the reader's language."""


class Phrase(str):
    """A finding parameter that is itself a label: a key under ``checks.`` translated when shown."""


_ISO_UNIT = {"days": "D", "weeks": "W", "months": "M", "years": "Y"}
_UNIT_ISO = {v: k for k, v in _ISO_UNIT.items()}


class Duration(str):
    """A retention period as an ISO 8601 duration ("P7Y"): shown as "7 years", "7 ans", "7 jaar", "7 Jahre"."""

    @classmethod
    def of(cls, rule: RetentionRule) -> Duration:
        if rule.duration_value is None or rule.duration_unit is None:
            raise ValueError("a retention rule without a figure has no duration")
        return cls(f"P{rule.duration_value}{_ISO_UNIT[rule.duration_unit.value]}")

    def shown(self, t: Translator) -> str:
        return t.duration(int(self[1:-1]), DurationUnit(_UNIT_ISO[self[-1]]))


class Listing(tuple[Any, ...]):
    """A finding parameter holding several values (names, references, codes): shown as the language's list."""


@dataclass(frozen=True)
class Rule:
    """One check: a stable id (never renamed: acknowledgements refer to it), its severity and legal ground."""

    id: str
    severity: Severity
    article: str  # canonical English citation, e.g. "Art. 30(1)(b)"
    scope: Scope
    processor_article: str = ""  # the citation when the activity is a processor activity (Art. 30(2))

    def article_for(self, processor: bool) -> str:
        return self.processor_article if processor and self.processor_article else self.article

    def title(self, t: Translator) -> str:
        return t(f"checks.rule.{self.id}.title")


@dataclass(frozen=True)
class Finding:
    """One thing missing or wrong in a register, where it is, and what the law says about it.

    ``target_uuid`` is what an acknowledgement attaches to (the activity, catalogue item or the
    organisation); ``part_uuid`` names the row inside an activity (a purpose, transfer, retention
    rule, served controller or data category) so the GUI can select it and a DPO can accept one row.
    """

    rule_id: str
    severity: Severity
    article: str
    activity_uuid: str | None
    target_uuid: str
    field: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict, hash=False)
    part_uuid: str | None = None
    acknowledgement: Acknowledgement | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledgement is not None

    @property
    def rule(self) -> Rule:
        from ropa.checks.rules import RULES

        return RULES[self.rule_id]

    def message(self, t: Translator) -> str:
        """The one-line explanation in the translator's language."""
        values = {key: _shown(value, t) for key, value in self.params.items()}
        return t(f"checks.rule.{self.rule_id}.message", **values)

    def title(self, t: Translator) -> str:
        return t(f"checks.rule.{self.rule_id}.title")

    def article_label(self, t: Translator) -> str:
        return format_article(self.article, t)


#: Country names, dates and numbers already put into words, by language: babel and gettext take tens
#: of microseconds per call, which adds up over thousands of findings. The values repeat a lot.
_SHOWN: dict[tuple[str, type, Any], str] = {}


def _shown(value: Any, t: Translator) -> str:
    if isinstance(value, Listing):
        from babel.lists import format_list

        return format_list([_shown(v, t) for v in value], locale=t.language) if value else "—"
    if isinstance(value, Duration):
        return value.shown(t)
    if isinstance(value, Phrase):
        return t(f"checks.{value}")
    if isinstance(value, StrEnum):
        return t.enum(value)
    if not isinstance(value, CountryCode | date | datetime | int) or isinstance(value, bool):
        return str(value)
    key = (t.language, type(value), value)
    text = _SHOWN.get(key)
    if text is None:
        if isinstance(value, CountryCode):
            text = t.country(value) or str(value)
        elif isinstance(value, date | datetime):
            text = t.date(value)
        else:
            text = t.number(value)
        if len(_SHOWN) > 50_000:
            _SHOWN.clear()
        _SHOWN[key] = text
    return text


def plain_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters as JSON values: codes stay codes, dates become ISO strings."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, date | datetime):
            out[key] = value.isoformat()
        elif isinstance(value, StrEnum):
            out[key] = value.value
        elif isinstance(value, Listing):
            out[key] = list(plain_params({"v": v})["v"] for v in value)
        elif isinstance(value, str):
            out[key] = str(value)
        else:
            out[key] = value
    return out


_ARTICLE = re.compile(r"^Art\. (?P<article>\d+)(?:\((?P<paragraph>\d+)\))?(?:\((?P<point>[a-z])\))?$")


def format_article(article: str, t: Translator) -> str:
    """A citation in the reader's language: "Art. 30(1)(b)" is "Art. 30, par. 1, b)" in French."""
    key = (t.language, str, article)
    text = _SHOWN.get(key)
    if text is None:
        match = _ARTICLE.match(article)
        if match is None:
            return article
        parts = {k: v for k, v in match.groupdict().items() if v}
        form = "point" if "point" in parts else "paragraph" if "paragraph" in parts else "plain"
        text = _SHOWN[key] = t(f"checks.article.{form}", **parts)
    return text
