"""What a value must be for every output format to carry it, checked once for every way in.

The JSON import, the spreadsheet imports and the service layer (edits from the GUI and scripts)
all refuse the same values, with the same words, so that nothing the register accepts can break a
later export:

* **control characters** that XML 1.0 cannot hold (NUL, ESC and the other C0 controls except tab,
  line feed and carriage return; U+FFFE, U+FFFF; lone surrogates): an .xlsx or .ods file holding one
  is not XML, and Excel "repairs" it by dropping content;
* **lengths** past the caps of docs/format.md (a text longer than an Excel cell holds, 32,767
  characters, cannot be exported to Excel or the CNIL layouts);
* **codes**: countries are ISO 3166-1 alpha-2 (``"EEA"`` or ``"EU"`` are not countries, and a
  transfer check comparing them with the EEA list raised false alarms), and the register's language
  is one ropa writes (en, fr, nl, de).

The functions are pure; :func:`register_problems` walks a snapshot and names each problem with the
JSON path of the exchange format (``$.activities[3].transfers[0].country``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

#: Excel's limit for the text of one cell: the longest text every export format can carry.
MAX_TEXT = 32_767
#: Names of items and of the organisation: shown in headings, lists and sheet cells.
MAX_NAME = 1_000
#: Activity references (``PA-001``) and codes such as rule identifiers.
MAX_REFERENCE = 200
NAME_FIELDS = frozenset({"name", "legal_name"})
REFERENCE_FIELDS = frozenset({"reference", "rule_id", "uuid", "target", "template_id", "template_version"})
COUNTRY_FIELDS = frozenset({"country", "hosting_country"})
#: Kosovo: a user-assigned code, not in ISO 3166-1, but the one the EU and CLDR use.
EXTRA_COUNTRIES = frozenset({"XK"})
#: The languages a register may be kept in (ropa.i18n.LANGUAGES; repeated here so the domain
#: layer needs no catalogue loading; a test holds the two equal).
LANGUAGES = ("en", "fr", "nl", "de")

# Not in XML 1.0's Char production: C0 controls but TAB, LF, CR; surrogates; U+FFFE, U+FFFF.
_UNCARRIABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_GROUPS = {"EU", "EEA", "EWR", "EER", "EOG", "EUR", "WORLD", "INT"}


def limit_of(field: str) -> int:
    if field in REFERENCE_FIELDS:
        return MAX_REFERENCE
    if field in NAME_FIELDS:
        return MAX_NAME
    return MAX_TEXT


def text_problem(value: str, limit: int = MAX_TEXT) -> str | None:
    """Why ``value`` cannot be stored (a control character, too long), or None."""
    found = _UNCARRIABLE.search(value)
    if found:
        char = found.group(0)
        return (
            f"contains the control character U+{ord(char):04X} at position {found.start() + 1}, "
            "which no export format can carry; remove it"
        )
    if len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} are allowed"
    return None


@cache
def _countries() -> frozenset[str]:
    import pycountry

    return frozenset(str(c.alpha_2) for c in pycountry.countries) | EXTRA_COUNTRIES


def country_problem(code: str) -> str | None:
    """Why ``code`` is not an ISO 3166-1 alpha-2 country code (``""``, unknown, is fine), or None."""
    if code == "" or code in _countries():
        return None
    shown = code if len(code) <= 40 else code[:40] + "…"
    if code.upper() in _countries():
        return f"{shown!r} is not an ISO 3166-1 alpha-2 code; write it in capitals: {code.upper()!r}"
    if code.upper() in _GROUPS:
        return (
            f"{shown!r} is a group of countries, not a country; give each country by its ISO 3166-1 "
            "alpha-2 code (e.g. 'NO', 'US')"
        )
    return f"{shown!r} is not an ISO 3166-1 alpha-2 country code (e.g. 'BE', 'US')"


def language_problem(code: str) -> str | None:
    if code in LANGUAGES:
        return None
    shown = code if len(code) <= 40 else code[:40] + "…"
    return f"{shown!r} is not a language ropa keeps registers in; use one of: {', '.join(LANGUAGES)}"


def value_problem(field: str, value: str) -> str | None:
    """The problem of one text field of a snapshot, by the field's name (see the module docstring)."""
    problem = text_problem(value, limit_of(field))
    if problem is None and field in COUNTRY_FIELDS:
        problem = country_problem(value)
    if problem is None and field == "language":
        problem = language_problem(value)
    return problem


def item_problems(item: Any, path: str) -> Iterator[tuple[str, str]]:
    """(path, problem) of every text of a snapshot object and the objects it holds, in field order."""
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        here = f"{path}.{f.name}"
        if isinstance(value, str):
            problem = value_problem(f.name, value)
            if problem:
                yield here, problem
        elif isinstance(value, tuple):
            for i, element in enumerate(value):
                if isinstance(element, str):
                    problem = text_problem(element, MAX_REFERENCE)
                    if problem:
                        yield f"{here}[{i}]", problem
                elif dataclasses.is_dataclass(element):
                    yield from item_problems(element, f"{here}[{i}]")
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield from item_problems(value, here)


def register_problems(register: Any) -> Iterator[tuple[str, str]]:
    """(JSON path, problem) for every value of ``register`` that cannot be stored (in file order)."""
    from ropa.domain.model import CATALOGUES

    yield from item_problems(register.organisation, "$.organisation")
    for name in CATALOGUES:
        for i, item in enumerate(register.catalogue(name)):
            yield from item_problems(item, f"$.catalogues.{name}[{i}]")
    for i, activity in enumerate(register.activities):
        yield from item_problems(activity, f"$.activities[{i}]")
    for i, ack in enumerate(register.acknowledgements):
        yield from item_problems(ack, f"$.acknowledgements[{i}]")
