"""What every spreadsheet importer shares: matching text to the register, and reporting problems.

Text from a spreadsheet is matched, never trusted: names are compared without case, accents or
punctuation (``norm``), so "Salariés" finds the existing "salaries" item instead of creating a
duplicate; coded values (legal bases, transfer mechanisms...) are recognised from the official
labels of the four languages plus the synonyms in ``resources/reference/import-headers.toml``.
Problems are collected with their place (sheet, row, column) and raised together at the end, so
one run tells the user everything to fix; nothing is written while any problem remains.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import unicodedata
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any, TypeVar

from ropa.domain.enums import DurationUnit, RetentionKind, SpecialCategory
from ropa.domain.model import CATALOGUES, Activity, CatalogueItem, Organisation, Register, RetentionRule
from ropa.errors import ValidationError
from ropa.i18n import LANGUAGES, Translator, catalog
from ropa.resources import resources_dir

E = TypeVar("E", bound=StrEnum)
ItemT = TypeVar("ItemT")
T = TypeVar("T")


def new_uuid() -> str:
    return str(uuidlib.uuid4())


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: the form in which names are compared."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    plain = plain.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def clean(text: str) -> str:
    """Cell text as stored: surrounding blanks and non-breaking spaces removed."""
    return text.replace("\xa0", " ").strip()


@cache
def vocabulary() -> dict[str, Any]:
    with open(resources_dir() / "reference" / "import-headers.toml", "rb") as handle:
        return tomllib.load(handle)


_BULLET = re.compile(r"^\s*(?:[-•*·▪►]|\d+[.)])\s+")


def split_values(text: str) -> list[str]:
    """A multi-valued cell: one value per line or between semicolons; bullets removed; no duplicates."""
    out: list[str] = []
    seen: set[str] = set()
    for line in re.split(r"[\n\r;]+", text):
        value = clean(_BULLET.sub("", line))
        key = norm(value)
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out


def join_name(*parts: str) -> str:
    return " ".join(p for p in (clean(x) for x in parts) if p)


# --- problems and their place -------------------------------------------------------------------


@dataclass
class Context:
    """One import run: the language of messages, and what went wrong where."""

    language: str = "en"
    source: str = ""
    problems: list[str] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            self.language = "en"
        self.tr = Translator(self.language)

    def t(self, key: str, **values: Any) -> str:
        return self.tr(f"import.{key}", **values)

    def where(self, sheet: str, row: int | None = None, column: str | None = None) -> str:
        """``Sheet 'X', row 12, column 'Purpose'`` (row is 1-based, as the spreadsheet shows it)."""
        if row is None:
            return self.t("where.sheet", sheet=sheet)
        if column is None:
            return self.t("where.row", sheet=sheet, row=row)
        return self.t("where.cell", sheet=sheet, row=row, column=column)

    def problem(self, where: str, key: str, **values: Any) -> None:
        self.problems.append(f"{where}: {self.t('problem.' + key, **values)}")

    def warn(self, where: str, key: str, **values: Any) -> None:
        text = f"{where}: {self.t('warning.' + key, **values)}" if where else self.t("warning." + key, **values)
        if text not in self.warnings:
            self.warnings.append(text)

    def fail(self, key: str, **values: Any) -> ValidationError:
        return ValidationError([self.t("problem." + key, **values)])

    def raise_if_any(self) -> None:
        """All problems at once, the first MAX_PROBLEMS of them listed and the rest counted."""
        from ropa.errors import MAX_PROBLEMS

        if self.problems:
            raise ValidationError(self.problems[:MAX_PROBLEMS], total=len(self.problems))


@dataclass(frozen=True)
class ImportedRegister(Register):
    """What an importer returns: a register to merge, with notes for the preview."""

    warnings: tuple[str, ...] = ()


# --- coded values -------------------------------------------------------------------------------

_ARTICLE = {
    "LegalBasis": (r"\b6 (?:(?:par|paragraph|para|lid|abs|absatz) )?1 (?:(?:lit|point|pt|sub|letter) )?([a-f])\b", "6.1.{}"),
    "Art9Condition": (r"\b9 (?:(?:par|paragraph|para|lid|abs|absatz) )?2 (?:(?:lit|point|pt|sub|letter) )?([a-j])\b", "9.2.{}"),
    "Derogation": (r"\b49 (?:(?:par|paragraph|para|lid|abs|absatz) )?1 (?:(?:lit|point|pt|sub|letter) )?([a-g])\b", "49.1.{}"),
}


@cache
def _enum_index(enum_name: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Exact forms and containable phrases (longest first) → code, for one enum."""
    exact: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for language in LANGUAGES:
        labels = catalog(language)
        prefix = f"reference.{enum_name}."
        for key, label in labels.items():
            if not key.startswith(prefix):
                continue
            code = key[len(prefix) :]
            exact.setdefault(norm(code), code)
            exact.setdefault(norm(label), code)
            short = norm(re.sub(r"\(.*\)", "", label))
            if short:
                exact.setdefault(short, code)
                phrases.setdefault(short, code)
    for code, words in vocabulary()["values"].get(enum_name, {}).items():
        for word in words:
            exact.setdefault(norm(word), code)
            phrases.setdefault(norm(word), code)
    ordered = sorted(phrases.items(), key=lambda kv: -len(kv[0]))
    return exact, ordered


def _contains(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "


def match_code(enum_name: str, text: str, *, loose: bool = True) -> str | None:
    """The code a cell means (``"Consentement"`` → ``"6.1.a"``), or None if it is not recognised."""
    key = norm(text)
    if not key:
        return None
    exact, phrases = _enum_index(enum_name)
    if key in exact:
        return exact[key]
    article = _ARTICLE.get(enum_name)
    if article:
        found = re.search(article[0], key)
        if found:
            return article[1].format(found.group(1))
    if loose:
        for phrase, code in phrases:
            if len(phrase) > 2 and _contains(key, phrase):
                return code
    return None


def match_enum(enum: type[E], text: str, *, loose: bool = True) -> E | None:
    code = match_code(enum.__name__, text, loose=loose)
    if code is None:
        return None
    try:
        return enum(code)
    except ValueError:
        return None


def parse_bool(text: str) -> bool | None:
    key = norm(text)
    if not key:
        return None
    words = vocabulary()["values"]["boolean"]
    if key in {norm(w) for w in words["true"]}:
        return True
    if key in {norm(w) for w in words["false"]}:
        return False
    return None


def guess_special_category(text: str) -> SpecialCategory | str | None:
    """For a data category ropa must classify: a special category, ``"criminal"``, or None."""
    key = norm(text)
    for code, words in vocabulary()["values"]["SpecialCategory"].items():
        if any(_contains(key, norm(w)) for w in words):
            return "criminal" if code == "criminal" else SpecialCategory(code)
    return None


# --- countries ----------------------------------------------------------------------------------


@cache
def _country_index() -> dict[str, str]:
    import gettext

    import pycountry

    full: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    for language in LANGUAGES:
        names: gettext.NullTranslations = (
            gettext.NullTranslations()
            if language == "en"
            else gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        )
        for country in pycountry.countries:
            code = str(country.alpha_2)
            for attribute in ("name", "official_name", "common_name"):
                value = getattr(country, attribute, None)
                if not value:
                    continue
                local = names.gettext(str(value))
                for form in (local, str(value)):
                    full.setdefault(norm(form), code)
                    if "," in form:
                        short.setdefault(norm(form.split(",")[0]), set()).add(code)
    index = dict(full)
    for key, codes in short.items():
        if len(codes) == 1 and key not in index:
            index[key] = next(iter(codes))
    for alias, code in vocabulary()["countries"].items():
        index[norm(alias)] = code
    for country in pycountry.countries:
        index.setdefault(norm(str(country.alpha_3)), str(country.alpha_2))
        index[norm(str(country.alpha_2))] = str(country.alpha_2)
    return index


def match_country(text: str) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name (EN/FR/NL/DE) or code; None if unknown."""
    key = norm(text)
    if not key:
        return None
    return _country_index().get(key)


# --- dates --------------------------------------------------------------------------------------

_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$")


def parse_date(text: str) -> date | None:
    """ISO dates (what the sheet reader gives for date cells) or day-first text (26/05/2018).

    Raises ValueError for text that is not a date; returns None for an empty cell.
    """
    value = clean(text)
    if not value:
        return None
    if "T" in value or " " in value:
        head = value.replace("T", " ").split(" ")[0]
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            value = head
    match = _YMD.match(value)
    if match:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DMY.match(value)
    if match:
        year = int(match.group(3))
        if year < 100:
            year += 2000 if year < 70 else 1900
        return date(year, int(match.group(2)), int(match.group(1)))
    raise ValueError(value)


# --- retention ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedRetention:
    kind: RetentionKind
    value: int | None = None
    unit: DurationUnit | None = None
    trigger: str = ""
    criteria: str = ""

    def rule(self, uuid: str, categories: tuple[str, ...]) -> RetentionRule:
        return RetentionRule(
            uuid, categories, self.kind, self.value, self.unit, self.trigger, self.criteria
        )


@cache
def _retention_words() -> tuple[dict[str, DurationUnit], dict[str, int], list[tuple[str, ...]], list[tuple[str, ...]]]:
    words = vocabulary()["retention"]
    units = {norm(w): DurationUnit(unit) for unit, ws in words["units"].items() for w in ws}
    numbers = {norm(w): int(n) for n, ws in words["numbers"].items() for w in ws}
    starts = sorted({tuple(norm(w).split()) for w in words["from"]}, key=len, reverse=True)
    untils = sorted({tuple(norm(w).split()) for w in words["until"]}, key=len, reverse=True)
    return units, numbers, starts, untils


def _tail(text: str, tokens: list[tuple[str, int, int]], index: int) -> str:
    if index >= len(tokens):
        return ""
    return text[tokens[index][1] :].strip(" :,;-–—()\t").strip()


def _connector(tokens: list[tuple[str, int, int]], start: int, phrases: list[tuple[str, ...]]) -> int | None:
    """Index of the first token after the longest phrase found at ``start``, or None."""
    words = [t[0] for t in tokens]
    for phrase in phrases:
        if tuple(words[start : start + len(phrase)]) == phrase:
            return start + len(phrase)
    return None


_OWN_FROM = re.compile(r"^(?P<duration>.+?)\s+à compter de\s*:\s*(?P<trigger>.+)$", re.S)
_OWN_UNTIL = re.compile(r"^jusqu['’]à\s*:\s*(?P<trigger>.+)$", re.S)


def parse_retention(text: str) -> ParsedRetention:
    """``"5 ans à compter du versement de la paie"`` → 5 years, trigger ``"versement de la paie"``.

    What cannot be read as a duration or an "until" event is kept whole as criteria (Art. 13(2)(a)).
    """
    raw = " ".join(clean(text).split())
    if not raw:
        return ParsedRetention(RetentionKind.CRITERIA)
    units, numbers, starts, untils = _retention_words()
    own = _OWN_UNTIL.match(raw)
    if own:
        return ParsedRetention(RetentionKind.UNTIL_EVENT, trigger=own.group("trigger").strip())
    own = _OWN_FROM.match(raw)
    if own:
        duration = parse_retention(own.group("duration"))
        if duration.kind is RetentionKind.DURATION and not duration.trigger:
            return replace(duration, trigger=own.group("trigger").strip())
    tokens = [(norm(m.group(0)), m.start(), m.end()) for m in re.finditer(r"[^\W_]+", raw)]
    tokens = [t for t in tokens if t[0]]
    if not tokens:
        return ParsedRetention(RetentionKind.CRITERIA, criteria=raw)
    first = tokens[0][0]
    number = int(first) if first.isdigit() and len(first) <= 4 else numbers.get(first)
    if number is not None and len(tokens) >= 2 and tokens[1][0] in units:
        unit = units[tokens[1][0]]
        after = _connector(tokens, 2, starts)
        trigger = _tail(raw, tokens, after if after is not None else 2)
        return ParsedRetention(RetentionKind.DURATION, number, unit, trigger)
    after = _connector(tokens, 0, untils)
    if after is not None and after < len(tokens):
        return ParsedRetention(RetentionKind.UNTIL_EVENT, trigger=_tail(raw, tokens, after))
    return ParsedRetention(RetentionKind.CRITERIA, criteria=raw)


def render_retention_fr(rule: RetentionRule) -> str:
    """A retention rule as French text of the CNIL layout; :func:`parse_retention` reads it back."""
    cnil = vocabulary()["cnil"]
    if rule.kind is RetentionKind.DURATION and rule.duration_value is not None and rule.duration_unit is not None:
        forms = cnil["unit_singular"] if rule.duration_value == 1 else cnil["unit_plural"]
        duration = str(cnil["retention_duration"]).format(value=rule.duration_value, unit=forms[rule.duration_unit.value])
        if rule.trigger:
            return str(cnil["retention_from"]).format(duration=duration, trigger=rule.trigger)
        return duration
    if rule.kind is RetentionKind.UNTIL_EVENT and rule.trigger:
        return str(cnil["retention_until"]).format(trigger=rule.trigger)
    return rule.criteria or rule.trigger


def retention_signature(rule: RetentionRule) -> tuple[object, ...]:
    return (rule.kind, rule.duration_value, rule.duration_unit, rule.trigger, rule.criteria)


# --- catalogues and activities ------------------------------------------------------------------


class Catalogues:
    """Catalogue items by name, existing ones first: an imported value links instead of duplicating."""

    def __init__(self, current: Register) -> None:
        self._by_name: dict[str, dict[str, CatalogueItem]] = {name: {} for name in CATALOGUES}
        self._by_uuid: dict[str, CatalogueItem] = {}
        for name in CATALOGUES:
            for item in current.catalogue(name):
                self._by_name[name].setdefault(norm(item.name), item)
                self._by_uuid[item.uuid] = item
        self.changed: dict[str, dict[str, CatalogueItem]] = {name: {} for name in CATALOGUES}
        self.current_uuids = set(self._by_uuid)

    def find(self, catalogue: str, name: str) -> CatalogueItem | None:
        return self._by_name[catalogue].get(norm(name))

    def by_uuid(self, uuid: str) -> CatalogueItem | None:
        return self._by_uuid.get(uuid)

    def get_or_create(self, catalogue: str, name: str, **fields: Any) -> CatalogueItem:
        """The item with this name (any case/accents), or a new one made from ``fields``."""
        found = self.find(catalogue, name)
        if found is not None:
            return found
        item: CatalogueItem = CATALOGUES[catalogue](uuid=new_uuid(), name=clean(name), **fields)
        self.put(catalogue, item)
        return item

    def put(self, catalogue: str, item: CatalogueItem) -> None:
        """Add or replace an item (matched by UUID; its name becomes the name it is found by)."""
        old = self._by_uuid.get(item.uuid)
        if old is not None and self._by_name[catalogue].get(norm(old.name)) is old:
            del self._by_name[catalogue][norm(old.name)]
        self._by_name[catalogue].setdefault(norm(item.name), item)
        self._by_uuid[item.uuid] = item
        self.changed[catalogue][item.uuid] = item

    def is_new(self, uuid: str) -> bool:
        return uuid not in self.current_uuids

    def items(self, catalogue: str) -> tuple[CatalogueItem, ...]:
        return tuple(self.changed[catalogue].values())


_REF = re.compile(r"^(?P<prefix>[A-Za-z]+-?)(?P<number>\d+)$")


class Activities:
    """Existing activities by UUID and reference; new references allocated without clashes."""

    def __init__(self, current: Register) -> None:
        self.by_uuid = {a.uuid: a for a in current.activities}
        self.by_reference = {a.reference.casefold().strip(): a for a in current.activities}
        self.by_name: dict[str, list[Activity]] = {}
        for a in current.activities:
            self.by_name.setdefault(norm(a.name), []).append(a)
        self.taken: dict[str, str] = {}
        self._highest: dict[str, int] = {}
        for a in current.activities:
            self.claim(a.reference, a.uuid)
        self.result: dict[str, Activity] = {}

    def match(self, uuid: str = "", reference: str = "") -> Activity | None:
        if uuid and uuid in self.by_uuid:
            return self.by_uuid[uuid]
        if reference:
            return self.by_reference.get(reference.casefold().strip())
        return None

    def named(self, name: str) -> Activity | None:
        """The one existing activity with this name (case and accents ignored), if exactly one."""
        same = self.by_name.get(norm(name), [])
        return same[0] if len(same) == 1 and same[0].uuid not in self.result else None

    def owner_of(self, reference: str) -> str | None:
        return self.taken.get(reference.casefold().strip())

    def claim(self, reference: str, uuid: str) -> None:
        key = reference.casefold().strip()
        self.taken[key] = uuid
        match = _REF.match(key)
        if match:
            prefix = match.group("prefix")
            self._highest[prefix] = max(self._highest.get(prefix, 0), int(match.group("number")))

    def allocate(self, prefix: str = "PA-") -> str:
        return f"{prefix}{self._highest.get(prefix.casefold(), 0) + 1:03d}"

    def add(self, activity: Activity) -> None:
        self.claim(activity.reference, activity.uuid)
        self.result[activity.uuid] = activity


def build_register(
    base: Organisation, activities: Iterable[Activity], catalogues: Catalogues, warnings: Iterable[str]
) -> ImportedRegister:
    items = {name: catalogues.items(name) for name in CATALOGUES}
    return ImportedRegister(
        organisation=base, activities=tuple(activities), warnings=tuple(warnings), **items  # type: ignore[arg-type]
    )


def merge_contact(current: T, **values: str) -> T:
    """``current`` (a Contact or Organisation) with the non-empty ``values`` written over it."""
    changes = {k: clean(v) for k, v in values.items() if clean(v)}
    return replace(current, **changes) if changes else current  # type: ignore[type-var]


def keep_matching(existing: Iterable[ItemT], wanted: list[ItemT], key: Any) -> list[ItemT]:
    """Reuse existing children whose ``key`` equals a wanted one's: UUIDs and hidden fields survive."""
    pool: dict[Any, list[ItemT]] = {}
    for item in existing:
        pool.setdefault(key(item), []).append(item)
    out: list[ItemT] = []
    for item in wanted:
        same = pool.get(key(item))
        out.append(same.pop(0) if same else item)
    return out
