"""Reference data: countries (pycountry), the EU/EEA, and the dated Art. 45 adequacy list.

The lists are data files in ``resources/reference`` with their source and date, not literals in
code, because they change: a new adequacy decision is a data update, not a release of new logic.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ropa.resources import resources_dir


def _load(name: str) -> dict[str, Any]:
    with open(resources_dir() / "reference" / name, "rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class AdequacyDecision:
    country: str  # ISO alpha-2, "" for an international organisation
    international_organisation: str
    decision: str
    decided_on: date
    scope: str  # full | commercial | certified | private_sector
    note: str = ""
    valid_until: date | None = None

    @property
    def partial(self) -> bool:
        return self.scope != "full"


@cache
def eea_countries() -> frozenset[str]:
    data = _load("eea.toml")
    return frozenset(data["eu"]) | frozenset(data["eea_efta"]) | frozenset(data.get("eu_territories", ()))


def is_eea(code: str) -> bool:
    return code.upper() in eea_countries()


@cache
def adequacy_list() -> tuple[AdequacyDecision, ...]:
    data = _load("adequacy.toml")
    return tuple(
        AdequacyDecision(
            country=entry.get("country", ""),
            international_organisation=entry.get("international_organisation", ""),
            decision=entry["decision"],
            decided_on=entry["date"],
            scope=entry["scope"],
            note=entry.get("note", ""),
            valid_until=entry.get("valid_until"),
        )
        for entry in data["decision"]
    )


def adequacy_as_of() -> date:
    as_of: date = date.fromisoformat(_load("adequacy.toml")["as_of"])
    return as_of


def adequacy_for(code: str, on: date | None = None) -> AdequacyDecision | None:
    """The adequacy decision covering a country on a date (today by default), if any."""
    on = on or date.today()
    for decision in adequacy_list():
        in_force = decision.decided_on <= on and (decision.valid_until is None or on <= decision.valid_until)
        if decision.country == code.upper() and in_force:
            return decision
    return None


@cache
def country_name_en(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    return None if country is None else str(country.name)


@cache
def country_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 code, sorted."""
    import pycountry

    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


def is_country(code: str) -> bool:
    return country_name_en(code) is not None
