"""Translations for everything ropa/ shows a person (exports, check messages, CLI output).

Labels live in ``resources/i18n/<lang>/<domain>.toml`` so that a translator edits text files, not
code. A key is ``<domain>.<table>.<name>``; reference values (enums) are under ``reference.<EnumName>``.
What the user typed is never translated; only labels and reference values are.
"""

from __future__ import annotations

import gettext
import tomllib
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from ropa.resources import resources_dir

LANGUAGES = ("en", "fr", "nl", "de")
DEFAULT_LANGUAGE = "en"


def i18n_dir() -> Any:
    return resources_dir() / "i18n"


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in table.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            _flatten(name, value, out)
        else:
            out[name] = str(value)


@cache
def catalog(language: str) -> dict[str, str]:
    """Every label of one language, by dotted key."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; use one of {', '.join(LANGUAGES)}")
    out: dict[str, str] = {}
    for path in sorted((i18n_dir() / language).glob("*.toml")):
        with open(path, "rb") as handle:
            _flatten(path.stem, tomllib.load(handle), out)
    return out


@cache
def _countries(language: str) -> gettext.NullTranslations:
    import pycountry

    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


class Translator:
    """Labels, reference values, country names and dates in one language."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language
        self.labels = catalog(language)
        self._fallback = catalog(DEFAULT_LANGUAGE)

    def __call__(self, key: str, **values: Any) -> str:
        text = self.labels.get(key) or self._fallback.get(key)
        if text is None:
            raise KeyError(f"missing label {key!r}")
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self.labels

    def enum(self, value: StrEnum | None, empty: str = "") -> str:
        if value is None:
            return empty
        return self(f"reference.{type(value).__name__}.{value.value}")

    def country(self, code: str) -> str:
        """The country's name in this language (ISO 3166 via pycountry); the code itself if unknown."""
        if not code:
            return ""
        from ropa.reference import country_name_en

        name = country_name_en(code)
        if name is None:
            return code
        return _countries(self.language).gettext(name)

    def date(self, value: date | datetime | None, fmt: str = "medium") -> str:
        if value is None:
            return ""
        from babel.dates import format_date, format_datetime

        if isinstance(value, datetime):
            return format_datetime(value, format=fmt, locale=self.language)
        return format_date(value, format=fmt, locale=self.language)

    def duration(self, value: int, unit: StrEnum) -> str:
        """'1 year', '5 ans', '5 jaar', '5 Jahre': CLDR plural rules and unit names through babel."""
        return format_duration(value, unit.value, self.language)

    def number(self, value: float | int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.language)


@cache
def format_duration(value: int, unit: str, language: str) -> str:
    from babel.units import format_unit

    measure = f"duration-{unit.removesuffix('s')}"
    text = str(format_unit(value, measure, length="long", locale=language))
    if "duration-" in text:  # a unit missing from this locale's long forms: use the short form
        text = str(format_unit(value, measure, length="short", locale=language))
    return text
