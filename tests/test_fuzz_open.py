"""Opening hostile files: random bytes, truncations, corrupted pages, tampered headers, foreign schemas.

Every outcome must be a ``RopaError`` with one line of text, the file byte-for-byte as it was and
no file left beside it; or, when the damage touched nothing that matters, a normal open whose
register reads completely. Never another exception, never a hang. Plain and encrypted registers.
The number of cases run is printed at the end of the module (``pytest -s``) for the report.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa.demo import demo_register
from ropa.errors import CorruptRegisterError, RopaError
from ropa.service import RegisterStore
from ropa.store import crypto
from ropa.store.crypto import Key, PassphraseRequiredError, WrongPassphraseError
from ropa.store.database import APPLICATION_ID, open_database

PASSPHRASE = "fuzzy passphrase"
SCALE = int(os.environ.get("ROPA_FUZZ_SCALE", "1"))  # bench runs: ROPA_FUZZ_SCALE=20
COUNTS: Counter[str] = Counter()
OUTCOMES: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    total = sum(COUNTS.values())
    print(f"\nFUZZ open: {total} cases, 0 failures; by family {dict(COUNTS)}; outcomes {dict(OUTCOMES)}")


@pytest.fixture(scope="module")
def masters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The bytes of a real plain and a real encrypted register holding the demo."""
    folder = tmp_path_factory.mktemp("masters")
    out = {}
    for kind, passphrase in (("plain", None), ("encrypted", PASSPHRASE)):
        path = folder / f"{kind}.ropa"
        register = demo_register()
        with RegisterStore.create(path, register.organisation, passphrase=passphrase) as store:
            store.import_register(register)
        out[kind] = path.read_bytes()
    return out


@pytest.fixture(scope="module")
def arena(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("arena")


def attempt(folder: Path, content: bytes, family: str, passphrase: str | None = None, name: str = "acme.ropa") -> str:
    """Write ``content`` as a register file, open it, check the outcome; returns the outcome's name."""
    for leftover in folder.iterdir():
        leftover.unlink()
    path = folder / name
    path.write_bytes(content)
    COUNTS[family] += 1
    try:
        store = _open(path, passphrase)
    except RopaError as error:
        check_message(error, passphrase)
        assert path.read_bytes() == content, f"{family}: the refused file was changed"
        assert sorted(p.name for p in folder.iterdir()) == [name], f"{family}: files left beside the refused one"
        outcome = type(error).__name__
    else:
        try:  # opened: the damage, if any, did not touch what SQLite checks; the content must read
            with store:
                register = store.snapshot()
                store.info()
                assert register.organisation.legal_name
            outcome = "opened"
        except RopaError as error:  # found while reading (e.g. a text value damaged)
            check_message(error, passphrase)
            outcome = f"{type(error).__name__} on reading"
    OUTCOMES[outcome] += 1
    return outcome


def check_message(error: RopaError, passphrase: str | None) -> None:
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message
    if passphrase:
        assert passphrase not in message


@cache
def _key_for(salt: bytes, passphrase: str) -> Key:
    return Key.derive(passphrase, salt)


def _open(path: Path, passphrase: str | None) -> RegisterStore:
    """``RegisterStore.open``; for encrypted files the key derivation (0.2 s) is done once per salt."""
    if passphrase is None:
        return RegisterStore.open(path)
    return RegisterStore(open_database(path, passphrase=passphrase, key=_key_for(crypto.file_salt(path), passphrase)))


# --- random bytes -------------------------------------------------------------------------------


@settings(max_examples=60 * SCALE, database=None)
@given(content=st.binary(max_size=20_000))
def test_random_bytes(arena: Path, content: bytes) -> None:
    assert attempt(arena, content, "random bytes") != "opened"


@settings(max_examples=8 * SCALE, database=None)
@given(seed=st.integers(0, 2**64), pages=st.integers(1, 6), passphrase=st.sampled_from([None, "x", PASSPHRASE]))
def test_random_whole_pages_look_encrypted(arena: Path, seed: int, pages: int, passphrase: str | None) -> None:
    """Random pages cannot be told from an encrypted register: a passphrase is asked, then refused."""
    outcome = attempt(arena, random.Random(seed).randbytes(4096 * pages), "random pages", passphrase)
    assert outcome == (PassphraseRequiredError.__name__ if passphrase is None else WrongPassphraseError.__name__)


@settings(max_examples=40 * SCALE, database=None)
@given(tail=st.binary(max_size=9000))
def test_random_bytes_behind_a_sqlite_header(arena: Path, tail: bytes) -> None:
    assert attempt(arena, b"SQLite format 3\x00" + tail, "sqlite header + random") != "opened"


# --- truncation ---------------------------------------------------------------------------------


def cut_points(size: int) -> list[int]:
    points = {0, 1, 15, 16, 17, 99, 100, 101, 1024, 4095, 4096, 4097, 8192, size - 1, size - 4096}
    points |= {size * k // 40 for k in range(1, 40)}
    return sorted(p for p in points if 0 <= p < size)


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_truncated_registers_at_many_offsets(arena: Path, masters: dict[str, bytes], kind: str) -> None:
    data = masters[kind]
    for cut in cut_points(len(data)):
        outcome = attempt(arena, data[:cut], f"truncated {kind}", PASSPHRASE if kind == "encrypted" else None)
        assert outcome != "opened" or cut > len(data) - 4096, cut


# --- damaged pages ------------------------------------------------------------------------------


@settings(max_examples=40 * SCALE, database=None)
@given(data=st.data(), kind=st.sampled_from(["plain", "encrypted"]))
def test_scribbled_pages(arena: Path, masters: dict[str, bytes], data: st.DataObject, kind: str) -> None:
    original = masters[kind]
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4), label="scribbles")):
        page = data.draw(st.integers(0, len(original) // 4096 - 1), label="page")
        offset = data.draw(st.integers(0, 4095), label="offset")
        junk = data.draw(st.binary(min_size=1, max_size=64), label="junk")
        start = page * 4096 + offset
        damaged[start : start + len(junk)] = junk
        del damaged[len(original) :]
    attempt(arena, bytes(damaged), f"scribbled {kind}", PASSPHRASE if kind == "encrypted" else None)


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_every_page_zeroed_in_turn(arena: Path, masters: dict[str, bytes], kind: str) -> None:
    original = masters[kind]
    pages = len(original) // 4096
    for page in range(0, pages, max(1, pages // 15)):
        damaged = original[: page * 4096] + b"\x00" * 4096 + original[(page + 1) * 4096 :]
        outcome = attempt(arena, damaged, f"zeroed page {kind}", PASSPHRASE if kind == "encrypted" else None)
        if kind == "encrypted":
            assert outcome != "opened"  # every page is authenticated (HMAC)


def test_header_tampering_byte_by_byte(arena: Path, masters: dict[str, bytes]) -> None:
    """Each of the 100 bytes of SQLite's header changed (to 0x00, 0xFF or one bit flipped, in turn)."""
    original = masters["plain"]
    for offset in range(100):
        value = (0x00, 0xFF, original[offset] ^ 0x01)[offset % 3]
        if value == original[offset]:
            value ^= 0x80
        tampered = original[:offset] + bytes([value]) + original[offset + 1 :]
        attempt(arena, tampered, "header byte")


# --- foreign content, schema and side files ------------------------------------------------------


def edited(master: bytes, folder: Path, *statements: str) -> bytes:
    path = folder / "edit.ropa"
    path.write_bytes(master)
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    data = path.read_bytes()
    path.unlink()
    return data


@pytest.mark.parametrize(
    ("variant", "statements"),
    [
        ("application_id 0", ["PRAGMA application_id = 0"]),
        ("application_id +1", [f"PRAGMA application_id = {APPLICATION_ID + 1}"]),
        ("application_id GeoPackage", ["PRAGMA application_id = 1196444487"]),
        ("newer schema", ["UPDATE alembic_version SET version_num = '9999'"]),
        ("unknown schema", ["UPDATE alembic_version SET version_num = 'banana'"]),
        ("no schema version row", ["DELETE FROM alembic_version"]),
        ("no schema version table", ["DROP TABLE alembic_version"]),
        ("table dropped", ["PRAGMA foreign_keys=OFF", "DROP TABLE retention_rule"]),
        ("invalid UTF-8 in a name", ["UPDATE activity SET name = CAST(X'C328FF' AS TEXT)"]),
        pytest.param("organisation missing", ["PRAGMA foreign_keys=OFF", "DELETE FROM organisation"]),
        pytest.param("unknown role code", ["UPDATE activity SET role = 'emperor'"]),
        pytest.param("text where a date belongs", ["UPDATE activity SET created_at = 'yesterday'"]),
    ],
)
def test_foreign_or_tampered_schema(arena: Path, masters: dict[str, bytes], tmp_path: Path, variant: str,
                                    statements: list[str]) -> None:
    attempt(arena, edited(masters["plain"], tmp_path, *statements), f"schema: {variant}")


@pytest.mark.parametrize(
    ("variant", "content"),
    [
        ("empty file", b""),
        ("zip archive", b"PK\x03\x04" + bytes(range(256)) * 20),
        ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50),
        ("json export", b'{"format": "ropa-register", "format_version": 1}'),
        ("utf-16 text", "Registre des traitements".encode("utf-16")),
        ("only the magic", b"SQLite format 3\x00"),
        ("ole2 (old .xls)", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4088),
    ],
)
def test_other_kinds_of_file(arena: Path, variant: str, content: bytes) -> None:
    assert attempt(arena, content, f"other file: {variant}") != "opened"


def test_empty_sqlite_database_and_plain_sqlite_file(arena: Path, tmp_path: Path) -> None:
    for statements in ([], ["CREATE TABLE t (x)"], [f"PRAGMA application_id = {APPLICATION_ID}"]):
        path = tmp_path / "s.db"
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        assert attempt(arena, path.read_bytes(), "other sqlite file") != "opened"
        path.unlink()


def test_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "folder.ropa").mkdir()
    os.mkfifo(tmp_path / "pipe.ropa")  # opening it for reading would block: it must not be opened
    os.symlink(tmp_path / "nowhere.ropa", tmp_path / "dangling.ropa")
    os.symlink(tmp_path / "loop.ropa", tmp_path / "loop.ropa")
    for name in ("folder.ropa", "pipe.ropa", "dangling.ropa", "loop.ropa", "missing.ropa"):
        COUNTS["not a regular file"] += 1
        with pytest.raises(RopaError) as caught:
            RegisterStore.open(tmp_path / name)
        assert "\n" not in str(caught.value)


def test_garbage_or_foreign_write_ahead_log_beside_a_register(arena: Path, masters: dict[str, bytes],
                                                              tmp_path: Path) -> None:
    """A -wal file that is random, truncated, or another register's, next to a sound register."""
    other = tmp_path / "other.ropa"
    with RegisterStore.create(other, "Another company") as store:  # leave a real WAL behind
        store.new_activity("Someone else's activity")
        shutil.copy(Path(str(other) + "-wal"), tmp_path / "foreign-wal")
    logs = {
        "random": random.Random(3).randbytes(50_000),
        "zeros": b"\x00" * 40_000,
        "foreign": (tmp_path / "foreign-wal").read_bytes(),
        "foreign truncated": (tmp_path / "foreign-wal").read_bytes()[:5000],
    }
    seen = {}
    for variant, log in logs.items():
        for leftover in arena.iterdir():
            leftover.unlink()
        path = arena / "acme.ropa"
        path.write_bytes(masters["plain"])
        Path(str(path) + "-wal").write_bytes(log)
        COUNTS["write-ahead log beside"] += 1
        try:
            with RegisterStore.open(path) as store:
                assert store.snapshot().organisation.legal_name
            outcome = "opened"
            conn = sqlite3.connect(path)  # what was replayed from the log is sound
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", variant
            conn.close()
        except RopaError as error:
            assert "\n" not in str(error), variant
            outcome = type(error).__name__
            assert path.read_bytes() == masters["plain"], variant  # refused: the register itself untouched
            assert Path(str(path) + "-wal").read_bytes() == log, variant
        OUTCOMES[outcome] += 1
        seen[variant] = outcome
    assert seen["random"] == seen["zeros"] == "opened"  # an invalid log is ignored, as SQLite specifies
    assert seen["foreign"] == "CorruptRegisterError"  # another register's log would damage this one
    Path(str(path) + "-wal").write_bytes(logs["foreign"])
    with pytest.raises(CorruptRegisterError, match="acme.ropa-wal beside it is damaged or belongs to another file"):
        RegisterStore.open(path)


def test_encrypted_register_with_a_plaintext_passphrase_mistake(arena: Path, masters: dict[str, bytes]) -> None:
    """Near misses of the passphrase: case, spaces, Unicode forms (NFC is the same passphrase)."""
    import unicodedata

    data = masters["encrypted"]
    for wrong in (PASSPHRASE.upper(), " " + PASSPHRASE, PASSPHRASE[:-1], PASSPHRASE + "\n", "ﬁ" + PASSPHRASE):
        assert attempt(arena, data, "near-miss passphrase", wrong) == WrongPassphraseError.__name__
    same = unicodedata.normalize("NFD", PASSPHRASE)
    assert attempt(arena, data, "near-miss passphrase", same) == "opened"
    assert crypto.looks_encrypted(arena / "acme.ropa")
