"""The fingerprint: the same register content always gives the same SHA-256, any change changes it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.commands.export import select_activities
from ropa.domain.model import Register
from ropa.exchange import json_format
from ropa.fingerprint import canonical_bytes, fingerprint, short
from ropa.service import RegisterStore


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo register file for the module (these tests only read it): creating one takes a second."""
    from ropa.demo import demo_register as build
    from ropa.service import RegisterStore

    path = tmp_path_factory.mktemp("register") / "demo.ropa"
    register = build()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path


def test_is_the_sha256_of_the_canonical_json(demo_register: Register) -> None:
    data = json_format.to_dict(demo_register, exported_at=datetime(2000, 1, 1, tzinfo=UTC))
    del data["exported_at"], data["generator"]
    expected = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert canonical_bytes(demo_register) == expected
    assert fingerprint(demo_register) == hashlib.sha256(expected).hexdigest()
    assert len(fingerprint(demo_register)) == 64


def test_independent_of_order_and_export_time(demo_register: Register) -> None:
    shuffled = dataclasses.replace(
        demo_register,
        activities=tuple(reversed(demo_register.activities)),
        recipients=tuple(reversed(demo_register.recipients)),
    )
    assert fingerprint(shuffled) == fingerprint(demo_register)
    assert fingerprint(demo_register) == fingerprint(demo_register)


def test_any_change_of_content_changes_it(demo_register: Register) -> None:
    base = fingerprint(demo_register)
    first = demo_register.activities[0]
    renamed = dataclasses.replace(demo_register, activities=(dataclasses.replace(first, name=first.name + "."),
                                                             *demo_register.activities[1:]))
    org = dataclasses.replace(demo_register.organisation, register_version="2026.3")
    assert fingerprint(renamed) != base
    assert fingerprint(dataclasses.replace(demo_register, organisation=org)) != base
    assert fingerprint(dataclasses.replace(demo_register, activities=demo_register.activities[1:])) != base


def test_non_ascii_text_is_hashed_as_utf8(demo_register: Register) -> None:
    org = dataclasses.replace(demo_register.organisation, legal_name="Société Générale Ελλάς")
    assert "Société Générale Ελλάς".encode() in canonical_bytes(dataclasses.replace(demo_register, organisation=org))


def test_short_form_groups_of_eight() -> None:
    assert short("0123456789abcdef" * 4).split() == ["01234567", "89abcdef"] * 4


def test_a_stored_register_has_the_fingerprint_of_its_content(demo_file: Path, demo_register: Register) -> None:
    with RegisterStore.open(demo_file, readonly=True) as store:
        assert fingerprint(store.snapshot()) == fingerprint(demo_register)


def test_cli_prints_the_fingerprint_of_the_register_and_of_a_selection(
    demo_file: Path, demo_register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fingerprint", str(demo_file)]) == 0
    assert capsys.readouterr().out.strip() == fingerprint(demo_register)
    assert main(["fingerprint", str(demo_file), "--role", "processor", "--status", "approved"]) == 0
    selected = select_activities(demo_register, "processor", "approved", None)
    out = capsys.readouterr().out.strip()
    assert out == fingerprint(selected) and out != fingerprint(demo_register)


def test_cli_on_a_file_that_is_not_a_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.ropa"
    bad.write_text("not a database")
    assert main(["fingerprint", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ropa: ") and err.count("\n") == 1 and "Traceback" not in err


def test_streamed_in_pieces_it_is_the_same_value(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.synthetic import synthetic_register
    from ropa import fingerprint as module
    from ropa.fingerprint import canonical_chunks

    monkeypatch.setattr(module, "CHUNK", 7)
    register = synthetic_register(40, seed=3)  # several chunks, the last one partial
    assert "".join(canonical_chunks(register)).encode("utf-8") == canonical_bytes(register)
    assert fingerprint(register) == hashlib.sha256(canonical_bytes(register)).hexdigest()
    empty = dataclasses.replace(register, activities=())
    assert "".join(canonical_chunks(empty)).encode("utf-8") == canonical_bytes(empty)
