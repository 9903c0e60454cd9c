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


def test_huge_strings_import(tmp_path: Path, demo_register: Register) -> None:
    data = json_format.to_dict(demo_register)
    data["activities"][0]["description"] = "é" * 2_000_000
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    register = json_format.read(path)
    assert len(register.activities[0].description) == 2_000_000


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
