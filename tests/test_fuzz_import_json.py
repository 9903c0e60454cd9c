"""Hostile JSON imports: mutated real exports, wrong types, deleted keys, huge and deep input, bad bytes.

Each case goes through what ``ropa import`` does (``read_source`` then ``import_register``) on a
real register file. Outcome every time: a ``RopaError`` with a one-line message and the register
exactly as before (snapshot compared), or a correct import (every imported item reads back as
given). Never another exception, never a hang. Case counts are printed at the end (``pytest -s``).
"""

from __future__ import annotations

import copy
import json
import os
import random
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa.domain.model import CATALOGUES, Register
from ropa.errors import RopaError
from ropa.exchange import json_format
from ropa.imports import ImportOptions, read_source
from ropa.service import RegisterStore

SCALE = int(os.environ.get("ROPA_FUZZ_SCALE", "1"))
COUNTS: Counter[str] = Counter()
OUTCOMES: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    print(f"\nFUZZ import json: {sum(COUNTS.values())} cases, 0 failures; {dict(COUNTS)}; outcomes {dict(OUTCOMES)}")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegisterStore]:
    from ropa.demo import demo_register

    path = tmp_path_factory.mktemp("fuzzjson") / "target.ropa"
    register = demo_register()
    opened = RegisterStore.create(path, register.organisation)
    opened.import_register(register)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def export(store: RegisterStore) -> dict[str, Any]:
    data = json_format.to_dict(store.snapshot())
    return data


def items_by_uuid(register: Register) -> dict[str, Any]:
    out: dict[str, Any] = {a.uuid: a for a in register.activities}
    for name in CATALOGUES:
        out.update({item.uuid: item for item in register.catalogue(name)})
    return out


def import_case(store: RegisterStore, folder: Path, content: bytes, family: str) -> str:
    """Import ``content`` as a .json source; check the outcome; return its name."""
    COUNTS[family] += 1
    source = folder / "source.json"
    source.write_bytes(content)
    before = store.snapshot()
    started = time.monotonic()
    try:
        incoming = read_source(source, before, ImportOptions())
        store.import_register(incoming)
    except RopaError as error:
        message = str(error)
        assert message and "\n" not in message
        assert store.snapshot() == before, f"{family}: a failed import changed the register"
        outcome = type(error).__name__
    else:
        after = items_by_uuid(store.snapshot())
        for uuid, item in items_by_uuid(incoming).items():
            assert after[uuid] == item, f"{family}: {uuid} was not imported as given"
        assert store.snapshot().organisation.legal_name == incoming.organisation.legal_name
        outcome = "imported"
    assert time.monotonic() - started < 60, f"{family}: took too long"
    OUTCOMES[outcome] += 1
    return outcome


# --- structural mutations of a real export ---------------------------------------------------------

def random_text(rng: random.Random) -> str:
    """Short text of any kind: ASCII, accents, CJK, emoji, controls and lone surrogates."""
    pools = ["abcXYZ 019", "éèàçüßøÅ", "中文日本語", "\U0001f600\U0001f4a9", "\x00\x07\t\n\r\x1b", "\ud800\udfff\udbff"]
    return "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 40)))


def random_json(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value of any type: integers of any size (beyond 64 bits too), NaN and infinities,
    text with lone surrogates; both once got through the JSON decoder (fixed in 3ad7f8c)."""
    kind = rng.randrange(8 if depth < 2 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.choice([0, -1, 1, 2**31, 2**63 - 1, 2**63, 2**70, -(2**70), rng.randint(-(10**6), 10**6)])
    if kind == 3:
        return rng.choice([0.5, -1e308, 1e308, float("nan"), float("inf"), float("-inf"), rng.uniform(-1e9, 1e9)])
    if kind in (4, 5):
        return random_text(rng)
    if kind == 6:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {random_text(rng): random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += paths(value, (*prefix, index))
    return out


def parent_of(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def mutate(base: dict[str, Any], rng: random.Random) -> bytes:
    """One to three structural mutations of a real export, chosen by ``rng``."""
    data = copy.deepcopy(base)
    for _ in range(rng.randint(1, 3)):
        candidates = paths(data)[1:]
        if not candidates:
            break
        path = rng.choice(candidates)
        parent, last = parent_of(data, path), path[-1]
        action = rng.choice(["replace", "delete", "duplicate", "unknown key", "retype"])
        if action == "replace":
            parent[last] = random_json(rng)
        elif action == "retype":  # same meaning, wrong type: "3" for 3, 3 for "3", [x] for x...
            value = parent[last]
            parent[last] = rng.choice([str(value), [value], {"value": value}, None, 0, True, ""])
        elif action == "delete":
            del parent[last]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        elif isinstance(parent[last], dict):
            parent[last][random_text(rng)] = random_json(rng)
    # Not ASCII-escaped, a lone surrogate becomes bytes that are not UTF-8 ("surrogatepass").
    return json.dumps(data, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")


@st.composite
def mutated_exports(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    """Hypothesis draws only a seed: the mutation depends on the export's shape, and letting
    hypothesis draw step by step made it report "inconsistent data generation" now and then."""
    return mutate(base, random.Random(draw(st.integers(0, 2**64 - 1), label="seed")))


@settings(max_examples=50 * SCALE, database=None)
@given(data=st.data())
def test_mutated_exports(store: RegisterStore, export: dict[str, Any], tmp_path_factory: pytest.TempPathFactory,
                         data: st.DataObject) -> None:
    folder = tmp_path_factory.getbasetemp()
    import_case(store, folder, data.draw(mutated_exports(export)), "mutated export")


@settings(max_examples=25 * SCALE, database=None)
@given(data=st.data())
def test_damaged_bytes(store: RegisterStore, export: dict[str, Any], tmp_path_factory: pytest.TempPathFactory,
                       data: st.DataObject) -> None:
    """Truncated, invalid UTF-8, random bytes spliced in."""
    content = bytearray(json.dumps(export, ensure_ascii=False).encode("utf-8"))
    how = data.draw(st.sampled_from(["truncate", "invalid utf-8", "splice"]))
    at = data.draw(st.integers(0, len(content) - 1))
    if how == "truncate":
        del content[at:]
    elif how == "invalid utf-8":
        content[at : at + 1] = data.draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]))
    else:
        content[at:at] = data.draw(st.binary(min_size=1, max_size=50))
    import_case(store, tmp_path_factory.getbasetemp(), bytes(content), f"damaged bytes: {how}")


# --- hostile extremes --------------------------------------------------------------------------------


def with_change(export: dict[str, Any], change: Any, *, ascii_only: bool = False) -> bytes:
    data = copy.deepcopy(export)
    change(data)
    return json.dumps(data, ensure_ascii=ascii_only).encode("utf-8")


HOSTILE: dict[str, Any] = {
    "10 MB name": lambda d: d["activities"][0].__setitem__("name", "Ä" * 5_000_000),
    "10 MB notes of ASCII": lambda d: d["activities"][1].__setitem__("notes", "x" * 10_000_000),
    "NUL in a name": lambda d: d["activities"][0].__setitem__("name", "Pay\x00roll"),
    "control characters": lambda d: d["activities"][0].__setitem__("name", "".join(map(chr, range(1, 32)))),
    "right-to-left override": lambda d: d["activities"][0].__setitem__("name", "\u202egnp.exe"),
    "NaN as a number": lambda d: d.__setitem__("format_version", float("nan")),
    "infinity as a date": lambda d: d["activities"][0].__setitem__("last_reviewed", float("inf")),
    "100,000 activities of junk": lambda d: d.__setitem__("activities", [0] * 100_000),
    "list as the organisation": lambda d: d.__setitem__("organisation", [d["organisation"]]),
    "same UUID twice": lambda d: d["activities"].append(copy.deepcopy(d["activities"][0])),
    "dangling reference": lambda d: d["activities"][0]["data_subjects"].append(
        {"uuid": "00000000-0000-4000-8000-000000000000", "name": "Ghosts"}),
    "newer format version": lambda d: d.__setitem__("format_version", 999),
    "negative retention": lambda d: [r.__setitem__("duration_value", -5) for a in d["activities"] for r in a["retention"]],
    "date of year 9999": lambda d: d["activities"][0].__setitem__("last_reviewed", "9999-12-31"),
    "30 February": lambda d: d["activities"][0].__setitem__("last_reviewed", "2020-02-30"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_extremes(store: RegisterStore, export: dict[str, Any], tmp_path: Path, case: str) -> None:
    import_case(store, tmp_path, with_change(export, HOSTILE[case]), f"hostile: {case}")


@pytest.mark.parametrize(
    ("case", "content"),
    [
        ("empty file", b""),
        ("null", b"null"),
        ("a string", b'"ropa"'),
        ("array of exports", b"[{}]"),
        ("deep array", b"[" * 100_000 + b"]" * 100_000),
        ("deep object", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
        ("UTF-16 with BOM", '{"format": "ropa-register"}'.encode("utf-16")),
        ("UTF-8 BOM only", b"\xef\xbb\xbf"),
        ("duplicate keys", b'{"format": "x", "format": "ropa-register", "format_version": 1}'),
        ("binary junk", bytes(range(256)) * 100),
        ("zip renamed .json", b"PK\x03\x04" + b"\x00" * 200),
    ],
)
def test_not_an_export_at_all(store: RegisterStore, tmp_path: Path, case: str, content: bytes) -> None:
    assert import_case(store, tmp_path, content, f"not an export: {case}") != "imported"


# --- gaps the fuzzing found in the JSON decoder (fixed in 3ad7f8c; kept as regression tests) -----------

def test_number_with_thousands_of_digits(store: RegisterStore, export: dict[str, Any], tmp_path: Path) -> None:
    text = json.dumps(export).replace('"format_version": 1', '"format_version": 1' + "0" * 5000, 1)
    import_case(store, tmp_path, text.encode(), "gap: 5000-digit number")


def test_lone_surrogate_in_text(store: RegisterStore, export: dict[str, Any], tmp_path: Path) -> None:
    import_case(store, tmp_path, with_change(export, lambda d: d["activities"][0].__setitem__("name", "a\ud800b"),
                                            ascii_only=True),
                "gap: lone surrogate")


def test_integer_beyond_64_bits(store: RegisterStore, export: dict[str, Any], tmp_path: Path) -> None:
    def huge(d: dict[str, Any]) -> None:
        for activity in d["activities"]:
            for rule in activity["retention"]:
                rule["duration_value"] = 10**30

    import_case(store, tmp_path, with_change(export, huge), "gap: integer beyond 64 bits")


# --- issue 14: cross-kind UUIDs, extreme date-times, oversize inputs, codes ---------------------------

def owners(register: Register) -> list[tuple[str, str]]:
    """(kind, uuid) of everything in a register that has a UUID, the parts of activities included."""
    out = [(name, item.uuid) for name in CATALOGUES for item in register.catalogue(name)]
    for activity in register.activities:
        out.append(("activities", activity.uuid))
        for part in ("purposes", "sources", "transfers", "retention", "served_controllers"):
            out.extend((part, child.uuid) for child in getattr(activity, part))
    out.extend(("acknowledgements", a.uuid) for a in register.acknowledgements)
    return out


@pytest.fixture(scope="module")
def foreign_export() -> dict[str, Any]:
    """A register of other UUIDs than the store's: importing it adds, and collides with nothing."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from synthetic import synthetic_register

    return json_format.to_dict(synthetic_register(4, seed=7))


@settings(max_examples=60 * SCALE, database=None, deadline=None)
@given(data=st.data())
def test_uuids_taken_from_another_item_of_the_register_are_refused(
    store: RegisterStore, foreign_export: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A new item may not take the UUID of an item of another kind (or of a part of another activity)."""
    current = store.snapshot()
    incoming = json_format.from_dict(foreign_export)
    taker_kind, taker = data.draw(st.sampled_from(owners(incoming)), label="taker")
    victims = [(k, u) for k, u in owners(current) if k != taker_kind or k not in CATALOGUES and k != "activities"]
    victim_kind, victim = data.draw(st.sampled_from(victims), label="victim")
    content = json.dumps(foreign_export).replace(taker, victim).encode()
    folder = tmp_path_factory.mktemp("uuid")
    family = f"uuid of a {victim_kind.rstrip('s')} taken by a {taker_kind.rstrip('s')}"
    COUNTS["cross-kind uuid"] += 1
    source = folder / "source.json"
    source.write_bytes(content)
    with pytest.raises(RopaError) as caught:
        read_source(source, current, ImportOptions())
    assert "is already the UUID of" in str(caught.value), family
    assert str(caught.value).startswith("$.") and "\n" not in str(caught.value)
    OUTCOMES["ValidationError"] += 1


def test_the_foreign_register_imports_when_nothing_collides(
    store: RegisterStore, foreign_export: dict[str, Any], tmp_path: Path
) -> None:
    """The near miss of the test above: the same file without a taken UUID is imported."""
    before = store.snapshot()
    try:
        assert import_case(store, tmp_path, json.dumps(foreign_export).encode(), "cross-kind uuid: none taken") == "imported"
    finally:
        store.replace_register(before)


@settings(max_examples=80 * SCALE, database=None, deadline=None)
@given(
    moment=st.datetimes(min_value=__import__("datetime").datetime(1, 1, 1), max_value=__import__("datetime").datetime(9999, 12, 31, 23, 59, 59)),
    minutes=st.one_of(st.integers(-1439, 1439), st.sampled_from([-1439, -1, 0, 1, 1439])),
    field=st.sampled_from(["created_at", "updated_at"]),
)
def test_extreme_date_times(export: dict[str, Any], moment: Any, minutes: int, field: str) -> None:
    """Any date-time with any UTC offset: read as UTC, or refused when UTC is outside years 1-9999."""
    from datetime import UTC, timedelta, timezone

    COUNTS["extreme date-time"] += 1
    aware = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=minutes)))
    data = copy.deepcopy(export)
    data["activities"][0][field] = aware.isoformat()
    try:
        expected = aware.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        with pytest.raises(RopaError, match="falls outside the years 1 to 9999 once converted to UTC"):
            json_format.from_dict(data)
        OUTCOMES["ValidationError"] += 1
    else:
        assert getattr(json_format.from_dict(data).activities[0], field) == expected
        OUTCOMES["imported"] += 1


SHAPES = {
    "empty lists": b"[]",
    "empty objects": b"{}",
    "numbers": b"123456789",
    "strings": b'"abc"',
    "nulls": b"null",
    "wrong objects": b'{"uuid": 1, "name": []}',
}


@settings(max_examples=15 * SCALE, database=None, deadline=None)
@given(shape=st.sampled_from(sorted(SHAPES)), count=st.integers(1, 120_000),
       where=st.sampled_from(["activities", "data_categories", "acknowledgements"]))
def test_oversize_inputs(store: RegisterStore, tmp_path_factory: pytest.TempPathFactory, shape: str, count: int,
                         where: str) -> None:
    """Up to 120,000 wrong elements: refused in time, the first 100 listed and the rest counted."""
    head = b'{"format": "ropa-register", "format_version": 1, "organisation": {"uuid": "o", "legal_name": "A"}, '
    body = b",".join([SHAPES[shape]] * count)
    if where == "data_categories":
        content = head + b'"catalogues": {"data_categories": [' + body + b"]}}"
    else:
        content = head + b'"' + where.encode() + b'": [' + body + b"]}"
    folder = tmp_path_factory.mktemp("oversize")
    COUNTS[f"oversize: {shape}"] += 1
    started = time.monotonic()
    source = folder / "source.json"
    source.write_bytes(content)
    with pytest.raises(RopaError) as caught:
        read_source(source, store.snapshot(), ImportOptions())
    problems = getattr(caught.value, "problems", [])
    assert len(problems) <= 101 and "\n" not in str(caught.value)
    if len(problems) == 101:
        assert problems[-1].startswith("and ") and problems[-1].endswith(" more problems")
    assert time.monotonic() - started < 10
    OUTCOMES["ValidationError"] += 1


@settings(max_examples=80 * SCALE, database=None, deadline=None)
@given(code=st.one_of(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh- ", max_size=4),
                      st.sampled_from(["EEA", "EU", "UK", "EL", "XK", "XX", "BE", "be", "US"])),
       where=st.sampled_from(["organisation", "recipient", "system", "transfer", "dpo"]))
def test_country_codes(export: dict[str, Any], code: str, where: str) -> None:
    """A country is accepted if and only if it is "" or an ISO 3166-1 alpha-2 code (or Kosovo's XK)."""
    import pycountry

    COUNTS["country code"] += 1
    data = copy.deepcopy(export)
    if where == "organisation":
        data["organisation"]["country"] = code
    elif where == "dpo":
        data["organisation"]["dpo"]["country"] = code
    elif where == "recipient":
        data["catalogues"]["recipients"][0]["country"] = code
    elif where == "system":
        data["catalogues"]["systems"][0]["hosting_country"] = code
    else:
        next(t for a in data["activities"] for t in a["transfers"])["country"] = code
    valid = code == "" or code == "XK" or pycountry.countries.get(alpha_2=code) is not None and code.isupper()
    if valid:
        json_format.from_dict(data)
        OUTCOMES["imported"] += 1
    else:
        with pytest.raises(RopaError, match="country"):
            json_format.from_dict(data)
        OUTCOMES["ValidationError"] += 1
