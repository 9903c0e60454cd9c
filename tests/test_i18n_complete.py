"""Every label exists in all four languages, with the same placeholders; every reference value has a label.

Covers every translation file under resources/i18n (reference.toml, export.toml and those of the
other parts), so a label added in one language and forgotten in another fails here, not in front of
a French auditor.
"""

from __future__ import annotations

import string
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from ropa.domain import enums
from ropa.i18n import LANGUAGES, catalog, i18n_dir

DOMAINS = sorted({p.stem for lang in LANGUAGES for p in (Path(i18n_dir()) / lang).glob("*.toml")})


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in table.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            _flatten(name, value, out)
        else:
            out[name] = str(value)


def labels(lang: str, domain: str) -> dict[str, str]:
    path = Path(i18n_dir()) / lang / f"{domain}.toml"
    out: dict[str, str] = {}
    if path.exists():
        with open(path, "rb") as handle:
            _flatten("", tomllib.load(handle), out)
    return out


def placeholders(text: str) -> set[str]:
    return {field for _lit, field, _spec, _conv in string.Formatter().parse(text) if field is not None}


def gaps(tables: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """For each language, the keys that another language has and it lacks."""
    every = set().union(*(set(t) for t in tables.values()))
    return {lang: sorted(every - set(t)) for lang, t in tables.items() if every - set(t)}


def placeholder_mismatches(tables: dict[str, dict[str, str]], reference: str = "en") -> list[str]:
    out = []
    for key, text in tables[reference].items():
        for lang, table in tables.items():
            if key in table and placeholders(table[key]) != placeholders(text):
                out.append(f"{lang}:{key} has {sorted(placeholders(table[key]))}, en has {sorted(placeholders(text))}")
    return out


def test_the_checks_can_fail() -> None:
    tables = {"en": {"a": "A {x}", "b": "B"}, "fr": {"a": "A {y}"}}
    assert gaps(tables) == {"fr": ["b"]}
    assert placeholder_mismatches(tables) == ["fr:a has ['y'], en has ['x']"]


def test_the_usual_domains_are_there() -> None:
    assert {"reference", "export"} <= set(DOMAINS)


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_label_in_every_language(domain: str) -> None:
    tables = {lang: labels(lang, domain) for lang in LANGUAGES}
    assert gaps(tables) == {}


@pytest.mark.parametrize("domain", DOMAINS)
def test_same_placeholders_in_every_language(domain: str) -> None:
    tables = {lang: labels(lang, domain) for lang in LANGUAGES}
    assert placeholder_mismatches(tables) == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_no_empty_label(domain: str) -> None:
    empty = [f"{lang}:{k}" for lang in LANGUAGES for k, v in labels(lang, domain).items() if not v.strip()]
    assert empty == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reference_value_has_a_label(lang: str) -> None:
    table = catalog(lang)
    missing = [
        f"reference.{cls.__name__}.{member.value}"
        for cls in vars(enums).values()
        if isinstance(cls, type) and issubclass(cls, StrEnum) and cls is not StrEnum
        for member in cls
        if f"reference.{cls.__name__}.{member.value}" not in table
    ]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheet_names_are_valid_for_excel(lang: str) -> None:
    sheets = {k: v for k, v in labels(lang, "export").items() if k.startswith("sheet.")}
    assert sheets
    bad = [v for v in sheets.values() if len(v) > 31 or any(c in v for c in "[]:*?/\\")]
    assert bad == []
    assert len(set(sheets.values())) == len(sheets)  # two sheets cannot share a name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms_of_durations(lang: str) -> None:
    from babel import Locale

    table = labels(lang, "export")
    forms = {Locale.parse(lang).plural_form(n) for n in (0, 1, 2, 5, 21, 100)}
    for unit in ("days", "weeks", "months", "years"):
        assert f"unit.{unit}.other" in table
        for form in forms - {"other"}:
            assert f"unit.{unit}.{form}" in table, (unit, form)
