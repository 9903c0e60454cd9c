"""Encryption at rest on real files: nothing readable on disk, wrong passphrases refused, atomic re-keying."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ropa.demo import demo_register
from ropa.domain.model import Register
from ropa.errors import CorruptRegisterError, NotARegisterError, RegisterLockedError, ValidationError
from ropa.exchange import json_format
from ropa.service import RegisterStore
from ropa.store import crypto
from ropa.store.crypto import Key, PassphraseRequiredError, WrongPassphraseError
from ropa.store.database import APPLICATION_ID

FIXTURES = Path(__file__).parent / "fixtures"
PASSPHRASE = "correct horse battery staple"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def register_strings(register: Register, min_length: int = 6) -> set[str]:
    """Every piece of text in the register (names, purposes, addresses, e-mails...)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and len(value) >= min_length:
            found.add(value)

    data = json_format.to_dict(register)
    data.pop("exported_at", None)
    walk(data)
    return found


def assert_nothing_readable(data: bytes, strings: set[str]) -> None:
    leaks = [s for s in strings if s.encode("utf-8") in data]
    assert not leaks, f"{len(leaks)} strings in the clear, e.g. {leaks[:3]}"
    for marker in (b"SQLite format 3", b"CREATE TABLE", b"alembic_version", b"activity"):
        assert marker not in data


@pytest.fixture(scope="module")
def encrypted_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enc") / "master.ropa"
    register = demo_register()
    with RegisterStore.create(path, register.organisation, passphrase=PASSPHRASE) as store:
        store.import_register(register)
    return path


@pytest.fixture
def encrypted_file(encrypted_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "acme.ropa"
    shutil.copy(encrypted_master, path)
    return path


@pytest.fixture
def encrypted_store(encrypted_file: Path) -> Iterator[RegisterStore]:
    store = RegisterStore.open(encrypted_file, passphrase=PASSPHRASE)
    try:
        yield store
    finally:
        store.close()


def test_encrypted_file_contains_none_of_the_registers_strings(encrypted_store: RegisterStore) -> None:
    strings = register_strings(encrypted_store.snapshot())
    assert len(strings) > 100  # the check has something to find
    secret = encrypted_store.new_activity("Whistle-blower hotline for Zyxwvut Confidential")
    wal = Path(str(encrypted_store.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the edit is in the write-ahead log right now
    for path in (encrypted_store.path, wal):
        assert_nothing_readable(path.read_bytes(), strings | {secret.name, PASSPHRASE})
    encrypted_store.close()
    assert_nothing_readable(encrypted_store.path.read_bytes(), strings | {secret.name, PASSPHRASE})
    assert siblings(encrypted_store.path) == ["acme.ropa"]


def test_plain_file_does_contain_its_strings(demo_file: Path) -> None:
    """The grep above can fail: on an unencrypted register it finds the text."""
    with RegisterStore.open(demo_file) as store:
        strings = register_strings(store.snapshot())
    with pytest.raises(AssertionError, match="in the clear"):
        assert_nothing_readable(demo_file.read_bytes(), strings)


def test_reopen_with_passphrase_gives_the_same_register(encrypted_file: Path) -> None:
    with RegisterStore.open(encrypted_file, passphrase=PASSPHRASE) as store:
        assert store.db.encrypted
        assert store.snapshot().organisation.legal_name == "Cardify NV"
        assert len(store.activities()) == 14
    with RegisterStore.open(encrypted_file, readonly=True, passphrase=PASSPHRASE) as reader:
        assert reader.readonly and len(reader.activities()) == 14


def test_our_raw_key_is_sqlciphers_own_derivation(encrypted_file: Path) -> None:
    """A file keyed with our derived raw key opens with the plain passphrase through SQLCipher itself."""
    conn = crypto.dbapi().connect(str(encrypted_file))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT count(*) FROM activity").fetchone()[0] == 14
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()


@pytest.mark.parametrize("passphrase", ["Correct horse battery staple", "wrong", PASSPHRASE + " "])
def test_wrong_passphrase_one_message_file_untouched(encrypted_file: Path, passphrase: str) -> None:
    before = digest(encrypted_file)
    for readonly in (False, True):
        with pytest.raises(WrongPassphraseError) as caught:
            RegisterStore.open(encrypted_file, readonly=readonly, passphrase=passphrase)
        assert str(caught.value) == "wrong passphrase for acme.ropa"
        assert passphrase not in repr(caught.value.__context__ or "")
    assert digest(encrypted_file) == before
    assert siblings(encrypted_file) == ["acme.ropa"]


def test_no_passphrase_gives_a_hint_and_touches_nothing(encrypted_file: Path) -> None:
    before = digest(encrypted_file)
    with pytest.raises(PassphraseRequiredError, match="acme.ropa is encrypted .*passphrase"):
        RegisterStore.open(encrypted_file)
    assert digest(encrypted_file) == before and siblings(encrypted_file) == ["acme.ropa"]


def test_a_passphrase_is_ignored_for_a_plain_register(demo_file: Path) -> None:
    """ROPA_PASSPHRASE set for scripts must not stop plain files from opening."""
    with RegisterStore.open(demo_file, passphrase="anything") as store:
        assert not store.db.encrypted and len(store.activities()) == 14


def test_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be empty"):
        RegisterStore.create(tmp_path / "x.ropa", "Acme", passphrase="  ")
    assert list(tmp_path.iterdir()) == []


def test_key_never_prints_its_secret() -> None:
    key = Key.new(PASSPHRASE)
    assert key.secret.hex() not in repr(key) and key.secret.hex() not in str(key)


def test_encrypt_decrypt_and_change_passphrase_keep_everything(demo_file: Path) -> None:
    with RegisterStore.open(demo_file) as store:
        store.new_activity("Edited before encryption")
        before = store.snapshot()
        history = len(store.history())
        strings = register_strings(before)
        store.encrypt(PASSPHRASE)
        assert store.db.encrypted and store.snapshot() == before
        store.new_activity("Edited after encryption")  # the store stays usable, writes go to the new file
        after_edit = store.snapshot()
    assert siblings(demo_file) == ["demo.ropa"]
    assert_nothing_readable(demo_file.read_bytes(), strings)
    salt = demo_file.read_bytes()[:16]

    with RegisterStore.open(demo_file, passphrase=PASSPHRASE) as store:
        assert store.snapshot() == after_edit
        assert len(store.history()) > history
        store.change_passphrase("a new passphrase")
        assert store.snapshot() == after_edit
    assert demo_file.read_bytes()[:16] != salt  # a new salt too
    with pytest.raises(WrongPassphraseError):
        RegisterStore.open(demo_file, passphrase=PASSPHRASE)

    with RegisterStore.open(demo_file, passphrase="a new passphrase") as store:
        store.decrypt()
        assert not store.db.encrypted and store.snapshot() == after_edit
    assert demo_file.read_bytes().startswith(b"SQLite format 3\x00")
    with RegisterStore.open(demo_file) as store:
        assert store.snapshot() == after_edit
    assert siblings(demo_file) == ["demo.ropa"]


def test_wrong_state_operations_are_refused(demo_store: RegisterStore, encrypted_store: RegisterStore) -> None:
    with pytest.raises(ValidationError, match="not encrypted"):
        demo_store.decrypt()
    with pytest.raises(ValidationError, match="not encrypted; encrypt it instead"):
        demo_store.change_passphrase("x")
    with pytest.raises(ValidationError, match="already encrypted"):
        encrypted_store.encrypt("x")


def test_rewrite_is_refused_while_another_connection_reads(encrypted_store: RegisterStore, demo_file: Path) -> None:
    before = digest(encrypted_store.path)
    reader = RegisterStore.open(encrypted_store.path, readonly=True, passphrase=PASSPHRASE)
    try:
        assert len(reader.activities()) == 14  # holds a connection on the write-ahead log
        with pytest.raises(RegisterLockedError, match="being read"):
            encrypted_store.change_passphrase("other")
    finally:
        reader.close()
    assert [p for p in siblings(encrypted_store.path) if p.endswith(".tmp")] == []
    encrypted_store.new_activity("Still writable")  # the store is intact and usable
    encrypted_store.close()
    with RegisterStore.open(encrypted_store.path, passphrase=PASSPHRASE) as again:
        assert len(again.activities()) == 15
    assert digest(encrypted_store.path) != before


def test_backup_before_a_migration_is_encrypted_too(tmp_path: Path) -> None:
    """An encrypted register of schema 0001 is migrated after an encrypted backup."""
    path = tmp_path / "old.ropa"
    conn = crypto.dbapi().connect(str(FIXTURES / "schema-0001.ropa"))
    try:
        conn.execute("ATTACH DATABASE ? AS enc KEY ?", (str(path), Key.new(PASSPHRASE).pragma_value()))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.application_id = {APPLICATION_ID}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    strings = register_strings(demo_register())
    with RegisterStore.open(path, passphrase=PASSPHRASE) as store:
        backup = store.db.backup
        assert backup is not None and len(store.activities()) == 14
        store.acknowledge("REVIEW-OVERDUE", store.activities()[0].uuid, "Reviewed in the board")
    assert backup.name.startswith("old.backup-0001-") and PASSPHRASE not in backup.name
    assert_nothing_readable(backup.read_bytes(), strings)
    with pytest.raises(PassphraseRequiredError):
        RegisterStore.open(backup)
    old = crypto.connect(backup, Key.for_file(backup, PASSPHRASE))
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert old.execute("SELECT count(*) FROM activity").fetchone()[0] == 14
    finally:
        old.close()


def test_save_copy_of_an_encrypted_register_stays_encrypted(encrypted_store: RegisterStore, tmp_path: Path) -> None:
    target = tmp_path / "copy.ropa"
    encrypted_store.save_copy(target)
    assert_nothing_readable(target.read_bytes(), register_strings(encrypted_store.snapshot()))
    with RegisterStore.open(target, passphrase=PASSPHRASE) as copy:
        assert copy.snapshot() == encrypted_store.snapshot()


def test_truncated_encrypted_files(encrypted_file: Path, tmp_path: Path) -> None:
    data = encrypted_file.read_bytes()
    on_page = tmp_path / "pages.ropa"
    on_page.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    with pytest.raises(CorruptRegisterError):
        RegisterStore.open(on_page, passphrase=PASSPHRASE)
    mid_page = tmp_path / "mid.ropa"
    mid_page.write_bytes(data[:10_000])
    with pytest.raises(NotARegisterError, match="not a ropa register"):
        RegisterStore.open(mid_page, passphrase=PASSPHRASE)
    tampered = tmp_path / "tampered.ropa"
    scribbled = bytearray(data)
    scribbled[5 * 4096 + 100 : 5 * 4096 + 110] = b"\x00" * 10  # one page fails its HMAC
    tampered.write_bytes(bytes(scribbled))
    with pytest.raises(CorruptRegisterError):
        RegisterStore.open(tampered, passphrase=PASSPHRASE)
    for path in (on_page, mid_page, tampered):
        assert not Path(str(path) + "-wal").exists()


ENCRYPT_CHILD = """
import sys
from ropa.service import RegisterStore
with RegisterStore.open(sys.argv[1]) as store:
    print("encrypting", flush=True)
    store.encrypt(sys.argv[2])
    print("done", flush=True)
"""


def test_kill_during_encryption_leaves_old_or_new_file(demo_file: Path) -> None:
    """SIGKILL at several moments of ``encrypt``: the file is always the plain or the encrypted register."""
    with RegisterStore.open(demo_file) as store:
        expected = store.snapshot()
    outcomes = set()
    for delay in (0.0, 0.2, 0.5):
        child = subprocess.Popen(
            [sys.executable, "-c", ENCRYPT_CHILD, str(demo_file), PASSPHRASE],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "encrypting"
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.stdout.close()
        child.wait()
        for leftover in demo_file.parent.glob(".demo.ropa.*"):
            leftover.unlink()  # an abandoned temporary copy: never the register itself
        with RegisterStore.open(demo_file, passphrase=PASSPHRASE) as store:
            assert store.snapshot() == expected
            outcomes.add(store.db.encrypted)
            if store.db.encrypted:
                store.decrypt()  # back to plain for the next trial
    assert False in outcomes  # at least one kill landed before the switch
