"""The JSON exchange format: lossless round trips, strict validation, the shipped schema."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa.domain.model import Register
from ropa.errors import ValidationError
from ropa.exchange import json_format
from ropa.service import RegisterStore
from tests.strategies import registers


def canonical(register: Register) -> dict:  # type: ignore[type-arg]
    data = json_format.to_dict(register)
    data.pop("exported_at")
    return data


def test_demo_round_trips_through_text(demo_register: Register) -> None:
    text = json_format.dumps(demo_register)
    assert canonical(json_format.loads(text)) == canonical(demo_register)


def test_references_carry_uuid_and_readable_name(demo_register: Register) -> None:
    data = json_format.to_dict(demo_register)
    payroll = next(a for a in data["activities"] if a["reference"] == "PA-001")
    assert {"uuid", "name"} <= set(payroll["recipients"][0])
    assert "SD Worx" in [r["name"] for r in payroll["recipients"]]
    assert payroll["data"][5]["category"]["name"] == "Health data"
    assert payroll["data"][5]["art9_condition"] == "9.2.b"


def test_shipped_schema_is_up_to_date_and_validates_exports(demo_register: Register) -> None:
    assert json_format.SCHEMA_PATH.read_text(encoding="utf-8") == json_format.schema_text()
    schema = json.loads(json_format.SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(json_format.to_dict(demo_register))


@settings(max_examples=25)
@given(registers())
def test_property_store_round_trip_is_lossless(tmp_path_factory: pytest.TempPathFactory, register: Register) -> None:
    """Generated register -> import into a real file -> export -> same JSON, UUIDs included."""
    path = tmp_path_factory.mktemp("rt") / f"{uuid.uuid4()}.ropa"
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
        exported = store.snapshot()
    assert canonical(exported) == canonical(register)
    assert canonical(json_format.loads(json_format.dumps(exported))) == canonical(register)


@settings(max_examples=30)
@given(registers(max_activities=3))
def test_property_text_round_trip(register: Register) -> None:
    assert canonical(json_format.loads(json_format.dumps(register))) == canonical(register)


def invalid(data: object) -> list[str]:
    with pytest.raises(ValidationError) as info:
        json_format.loads(json.dumps(data))
    return info.value.problems


def test_every_problem_is_reported_with_its_path(demo_register: Register) -> None:
    data = json_format.to_dict(demo_register)
    data["activities"][0]["role"] = "boss"
    data["activities"][1]["purposes"][0]["legal_basis"] = 6
    data["activities"][2]["recipients"].append({"uuid": "00000000-0000-0000-0000-000000000000", "name": "ghost"})
    data["activities"][3]["reference"] = data["activities"][4]["reference"]
    del data["activities"][5]["name"]
    data["catalogues"]["recipients"][0]["colour"] = "blue"
    problems = invalid(data)
    text = "\n".join(problems)
    assert "$.activities[0].role: 'boss' is not one of: controller, joint_controller, processor" in text
    assert "$.activities[1].purposes[0].legal_basis" in text
    assert "$.activities[5].name: is required" in text
    assert "$.catalogues.recipients[0].colour: is not a field of this format" in text


def test_consistency_problems_are_reported(demo_register: Register) -> None:
    data = json_format.to_dict(demo_register)
    data["activities"][2]["recipients"].append({"uuid": "00000000-0000-0000-0000-000000000000", "name": "ghost"})
    data["activities"][3]["reference"] = data["activities"][4]["reference"]
    data["activities"][6]["purposes"][0]["uuid"] = data["activities"][7]["purposes"][0]["uuid"]
    text = "\n".join(invalid(data))
    assert "$.activities[2].recipients[1]: no recipients item with UUID 00000000" in text
    assert "$.activities[4].reference: PA-005 is already used at $.activities[3]" in text
    assert "$.activities[7].purposes[0].uuid" in text and "is already used" in text


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2, 3]", "must contain a JSON object"),
        (b'{"format": "something-else"}', "not a ropa register export"),
        (b'{"format": "ropa-register", "format_version": 99}', "newer than this ropa"),
        (b"[" * 100_000 + b"]" * 100_000, "nested more than"),
        (json.dumps({"format": "ropa-register", "format_version": 1, "organisation": {"uuid": "u", "legal_name": "x"},
                     "activities": {"a": 1}}).encode(), "$.activities: must be a list"),
    ],
)
def test_hostile_or_foreign_json_gets_a_clear_error(payload: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("$", r"\$").replace("(", r"\(")):
        json_format.loads(payload)


def test_deeply_nested_valid_json_is_refused() -> None:
    nested: object = "x"
    for _ in range(200):
        nested = {"a": nested}
    with pytest.raises(ValidationError, match="nested more than"):
        json_format.loads(json.dumps({"format": "ropa-register", "format_version": 1, "x": nested}))


def test_text_up_to_the_documented_cap_imports_and_past_it_is_refused(tmp_path: Path, demo_register: Register) -> None:
    """docs/format.md: a text holds at most 32,767 characters (an Excel cell), a name 1,000."""
    data = json_format.to_dict(demo_register)
    data["activities"][0]["description"] = "é" * 32_767
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert len(json_format.read(path).activities[0].description) == 32_767
    data["activities"][0]["description"] = "é" * 32_768
    data["catalogues"]["recipients"][0]["name"] = "n" * 1_001
    with pytest.raises(ValidationError) as caught:
        json_format.loads(json.dumps(data))
    assert caught.value.problems == [
        "$.catalogues.recipients[0].name: is 1,001 characters long; at most 1,000 are allowed",
        "$.activities[0].description: is 32,768 characters long; at most 32,767 are allowed",
    ]


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x08", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800"])
def test_control_characters_no_export_can_carry_are_refused_with_their_path(demo_register: Register, char: str) -> None:
    data = json_format.to_dict(demo_register)
    data["activities"][2]["reference"] = f"PA{char}9"
    with pytest.raises(ValidationError) as caught:
        json_format.loads(json.dumps(data))
    assert caught.value.problems == [
        f"$.activities[2].reference: contains the control character U+{ord(char):04X} at position 3, "
        "which no export format can carry; remove it"
    ]


def test_tab_line_feed_and_carriage_return_are_text() -> None:
    data = json_format.to_dict(Register(json_format.from_dict(minimal()).organisation))
    data["organisation"]["address"] = "Rue 1\tbis\r\nB-1000"
    assert json_format.from_dict(data).organisation.address == "Rue 1\tbis\r\nB-1000"


def minimal(**organisation: object) -> dict:  # type: ignore[type-arg]
    return {"format": "ropa-register", "format_version": 1,
            "organisation": {"uuid": "9c0b7c43-0000-4000-8000-000000000001", "legal_name": "Acme", **organisation}}


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("EEA", "'EEA' is a group of countries, not a country; give each country by its ISO 3166-1 alpha-2 code"),
        ("EU", "'EU' is a group of countries, not a country"),
        ("be", "'be' is not an ISO 3166-1 alpha-2 code; write it in capitals: 'BE'"),
        ("BEL", "'BEL' is not an ISO 3166-1 alpha-2 country code (e.g. 'BE', 'US')"),
        ("ZZ", "'ZZ' is not an ISO 3166-1 alpha-2 country code"),
        ("Belgium", "'Belgium' is not an ISO 3166-1 alpha-2 country code"),
    ],
)
def test_countries_must_be_iso_3166_alpha_2(code: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        json_format.from_dict(minimal(country=code))
    assert caught.value.problems[0].startswith(f"$.organisation.country: {message}")


def test_every_country_field_is_checked(demo_register: Register) -> None:
    data = json_format.to_dict(demo_register)
    data["organisation"]["dpo"]["country"] = "XX"
    data["catalogues"]["recipients"][1]["country"] = "EEA"
    data["catalogues"]["systems"][0]["hosting_country"] = "Cloud"
    transfer = next(t for a in data["activities"] for t in a["transfers"])
    transfer["country"] = "UK"
    with pytest.raises(ValidationError) as caught:
        json_format.loads(json.dumps(data))
    paths = [p.split(":")[0] for p in caught.value.problems]
    assert paths[:3] == ["$.organisation.dpo.country", "$.catalogues.recipients[1].country",
                         "$.catalogues.systems[0].hosting_country"]
    assert paths[3].startswith("$.activities[") and paths[3].endswith("].country") and len(paths) == 4


def test_iso_codes_and_kosovo_import() -> None:
    for code in ("BE", "US", "NO", "XK", ""):
        assert json_format.from_dict(minimal(country=code)).organisation.country == code


@pytest.mark.parametrize("language", ["xx", "EN", "en-GB", "es", ""])
def test_unknown_languages_are_refused(language: str) -> None:
    with pytest.raises(ValidationError) as caught:
        json_format.from_dict(minimal(language=language))
    assert caught.value.problems == [
        f"$.organisation.language: {language!r} is not a language ropa keeps registers in; use one of: en, fr, nl, de"
    ]


def test_the_domain_languages_are_the_i18n_languages() -> None:
    from ropa.domain import validation
    from ropa.i18n import LANGUAGES

    assert validation.LANGUAGES == LANGUAGES


@pytest.mark.parametrize(
    "stamp",
    ["9999-12-31T23:00:00-05:00", "9999-12-31T23:59:59-00:01", "0001-01-01T00:00:00+01:00", "0001-01-01T00:30:00+00:31"],
)
def test_date_times_pushed_past_the_calendar_by_their_offset_are_a_clean_error(stamp: str) -> None:
    data = minimal()
    data["activities"] = [{"uuid": "a", "reference": "PA-001", "name": "x", "created_at": stamp}]
    with pytest.raises(ValidationError) as caught:
        json_format.from_dict(data)
    assert caught.value.problems == [
        f"$.activities[0].created_at: {stamp!r} falls outside the years 1 to 9999 once converted to UTC"
    ]


def test_date_times_at_the_edges_of_the_calendar_import() -> None:
    data = minimal()
    data["activities"] = [{"uuid": "a", "reference": "PA-001", "name": "x", "created_at": "9999-12-31T23:59:59Z",
                           "updated_at": "0001-01-01T00:00:00+00:00", "last_reviewed": "0001-01-01"}]
    activity = json_format.from_dict(data).activities[0]
    assert activity.created_at is not None and activity.created_at.year == 9999
    assert activity.updated_at is not None and activity.updated_at.year == 1


def test_only_the_first_100_problems_are_listed_then_a_count(demo_register: Register) -> None:
    data = json_format.to_dict(demo_register)
    data["activities"] = [[] for _ in range(250_000)]
    with pytest.raises(ValidationError) as caught:
        json_format.loads(json.dumps(data))
    assert len(caught.value.problems) == 101
    assert caught.value.problems[0] == "$.activities[0]: must be an object"
    assert caught.value.problems[99] == "$.activities[99]: must be an object"
    assert caught.value.problems[100] == "and 249,900 more problems"
    assert str(caught.value) == "$.activities[0]: must be an object (and 249,999 more)"


def test_more_values_than_a_register_needs_are_refused_before_parsing() -> None:
    payload = b'{"format": "ropa-register", "format_version": 1, "x": [' + b"[]," * 1_500_000 + b"[]]}"
    with pytest.raises(ValidationError, match=r"more than 1,500,000 JSON values"):
        json_format.loads(payload)


def test_a_file_over_the_size_limit_is_refused_after_reading_just_past_it(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with open(path, "wb") as handle:
        handle.truncate(json_format.MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ValidationError, match="big.json is larger than 64 MB"):
        json_format.read(path)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_without_reading_them(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    with pytest.raises(ValidationError, match="it is a device, not an ordinary file"):
        json_format.read(device)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "source.json"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="it is a named pipe, not an ordinary file"):
        json_format.read(fifo)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(ValidationError, match="dir.json: it is a folder, not a file"):
        json_format.read(tmp_path / "dir.json")


@given(st.binary(max_size=300))
def test_random_bytes_never_crash(payload: bytes) -> None:
    try:
        json_format.loads(payload)
    except ValidationError as exc:
        assert str(exc)


def test_a_problem_quoting_hostile_text_stays_on_one_printable_line(demo_register: Register) -> None:
    data = json_format.to_dict(demo_register)
    data["activities"][0]["line\nbreak\u202e\ud800"] = 1
    data["activities"][1]["security_measures"] = [{"uuid": "x\r\ny" * 300, "name": "?"}]
    with pytest.raises(ValidationError) as caught:
        json_format.loads(json.dumps(data))
    for problem in caught.value.problems:
        assert "\n" not in problem and "\r" not in problem and len(problem) <= 401
        problem.encode("utf-8")  # no lone surrogate left: it can be printed
    assert any("line\\nbreak\\u202e\\ud800" in p for p in caught.value.problems)
    assert "\n" not in str(caught.value)
