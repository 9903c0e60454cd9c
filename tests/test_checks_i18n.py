"""Every rule speaks EN/FR/NL/DE: same keys and placeholders in each file, one-line messages, local citations."""

from __future__ import annotations

import dataclasses
import re
import string
import tomllib

import pytest

from ropa.checks import RULES, format_article, run_checks
from ropa.checks.findings import _ARTICLE, CountryCode, Phrase
from ropa.domain.model import CATALOGUES
from ropa.i18n import LANGUAGES, Translator, i18n_dir
from ropa.reference import adequacy_list
from tests.test_checks_rules import TODAY, TRIGGERS, clean, org


def _flat(table: dict[str, object], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(_flat(value, name))
        else:
            out[name] = str(value)
    return out


def _labels(language: str) -> dict[str, str]:
    with open(i18n_dir() / language / "checks.toml", "rb") as handle:
        return _flat(tomllib.load(handle))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_each_language_has_the_same_keys_and_placeholders_as_english(language: str) -> None:
    english, other = _labels("en"), _labels(language)
    assert set(other) == set(english)
    for key, text in english.items():
        assert _placeholders(other[key]) == _placeholders(text), key
        assert other[key].strip(), key


def test_every_rule_and_label_used_by_the_code_exists() -> None:
    labels = _labels("en")
    for rule_id in RULES:
        assert f"rule.{rule_id}.title" in labels and f"rule.{rule_id}.message" in labels
    for name in CATALOGUES:
        assert f"catalogue.{name}" in labels and f"item_kind.{name}" in labels
    for decision in adequacy_list():
        assert f"scope.{decision.scope}" in labels


def test_every_rule_cites_an_article_the_formatter_understands() -> None:
    for rule in RULES.values():
        for article in filter(None, (rule.article, rule.processor_article)):
            assert _ARTICLE.match(article), article


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Art. 30(1)(b)", "Art. 6(1)", "Art. 10"]),
        ("fr", ["Art. 30, par. 1, b)", "Art. 6, par. 1", "Art. 10"]),
        ("nl", ["Art. 30, lid 1, b)", "Art. 6, lid 1", "Art. 10"]),
        ("de", ["Art. 30 Abs. 1 lit. b", "Art. 6 Abs. 1", "Art. 10"]),
    ],
)
def test_articles_are_cited_the_way_each_language_version_does(language: str, expected: list[str]) -> None:
    t = Translator(language)
    assert [format_article(a, t) for a in ("Art. 30(1)(b)", "Art. 6(1)", "Art. 10")] == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_finding_reads_as_one_filled_in_line(language: str) -> None:
    t = Translator(language)
    seen = set()
    for rule_id, case in TRIGGERS.items():
        for finding in run_checks(case(clean()), today=TODAY):
            if finding.rule_id != rule_id:
                continue
            seen.add(rule_id)
            text = finding.message(t)
            assert text and "\n" not in text and "{" not in text and "}" not in text, (rule_id, text)
            assert finding.title(t) and finding.article_label(t)
    assert seen == set(RULES)


def test_messages_translate_countries_enums_and_dates() -> None:
    finding = next(f for f in run_checks(org(clean(), country="CH"), today=TODAY) if f.rule_id == "REPRESENTATIVE-MISSING")
    assert "Schweiz" in finding.message(Translator("de"))
    assert "Suisse" in finding.message(Translator("fr"))
    assert "Switzerland" in finding.message(Translator("en"))
    overdue = next(f for f in run_checks(TRIGGERS["REVIEW-OVERDUE"](clean()), today=TODAY) if f.rule_id == "REVIEW-OVERDUE")
    assert "20 nov. 2026" in overdue.message(Translator("fr"))
    assert "20.11.2026" in overdue.message(Translator("de"))
    basis = next(f for f in run_checks(TRIGGERS["LEGAL-BASIS-LAW-MISSING"](clean()), today=TODAY)
                 if f.rule_id == "LEGAL-BASIS-LAW-MISSING")
    assert "Wettelijke verplichting" in basis.message(Translator("nl"))


# --- messages read as native text: names never need an article or an elision ---------------------

_NAMES = ("Isabel NV", "Orange Belgium", "Altares SA")  # organisation names, two starting with a vowel
_COUNTRIES = ("US", "NL", "GB")  # each takes an article in French, Dutch and German
_NAME_KEYS = {"organisation", "name", "recipient", "controller", "other", "category", "purpose"}
_ARTICLES = {
    "en": r"(?:the|a|an)",
    "fr": r"(?:le|la|les|l'|de|du|des|d'|au|aux|à|en|vers)",
    "nl": r"(?:de|het|een|in|naar|van de)",
    "de": r"(?:der|die|das|dem|den|des|ein|eine|in|nach)",
}


_NAME_ARTICLES = {"en": r"(?:the|a|an)", "fr": r"(?:le|la|les|de|du|des|au|aux)", "nl": r"(?:de|het|een)",
                  "de": r"(?:der|die|das|den|des|ein|eine)"}


def _rendered(language: str) -> list[tuple[str, str, str]]:
    """Every rule's message with real names substituted: (rule, message, one of the names used)."""
    t = Translator(language)
    out = []
    for rule_id, case in TRIGGERS.items():
        finding = next(f for f in run_checks(case(clean()), today=TODAY) if f.rule_id == rule_id)
        for n, (name, country) in enumerate(zip(_NAMES, _COUNTRIES, strict=True)):
            params = {}
            for key, value in finding.params.items():
                if isinstance(value, CountryCode) or key in ("destination", "country") and len(str(value)) == 2:
                    params[key] = CountryCode(country)
                elif key in _NAME_KEYS and isinstance(value, str) and not isinstance(value, Phrase):
                    params[key] = name
                else:
                    params[key] = value
            text = dataclasses.replace(finding, params=params).message(t)
            out.append((rule_id, text, name if n < 3 else ""))
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_country_and_organisation_names_never_follow_an_article_or_a_preposition(language: str) -> None:
    t = Translator(language)
    countries = [t.country(c) for c in _COUNTRIES]
    article = _ARTICLES[language]
    for rule_id, text, _ in _rendered(language):
        for country in countries:
            assert not re.search(rf"\b{article}\s+{re.escape(country)}", text, re.IGNORECASE), (rule_id, text)
            # "in United States", "vers États-Unis", "in Verenigde Staten": no word right before a country
            assert not re.search(rf"\w\s+{re.escape(country)}", text), (rule_id, text)
        for name in _NAMES:  # an organisation's name takes no article ("de Isabel", "the Isabel NV")
            assert not re.search(rf"\b{_NAME_ARTICLES[language]}\s+{re.escape(name)}", text, re.IGNORECASE), (rule_id, text)


def test_french_messages_elide_and_space_their_punctuation() -> None:
    for rule_id, text, _ in _rendered("fr"):
        assert not re.search(r"\b(?:de|le|la|que|ne|se|jusque|lorsque) [AEIOUYÉÈÊÀÂÎÔaeiouyéèêàâîô]", text), (rule_id, text)
        assert not re.search(r"\b(?:de le|de les|à le|à les)\b", text), (rule_id, text)
        assert not re.search(r"[^\s(][;:!?](?:\s|$)", text), (rule_id, text)  # "3 ans; critères"


@pytest.mark.parametrize(("language", "bad"), [
    ("fr", ["vers États-Unis", "de Isabel", "de Orange", "de Altares", "ans;"]),
    ("nl", ["in Verenigde Staten", "naar Verenigde Staten", "in Nederland" + "x"]),
    ("de", ["in Vereinigte Staaten", "nach Vereinigte Staaten", "in Niederlande"]),
    ("en", ["in United States", "to United States", "in Netherlands"]),
])
def test_the_known_bad_phrases_are_gone(language: str, bad: list[str]) -> None:
    texts = " | ".join(text for _, text, _ in _rendered(language))
    for phrase in bad:
        assert phrase not in texts, phrase
