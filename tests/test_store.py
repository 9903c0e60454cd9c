"""The one-file store: creation, refusal of bad files, lock, migrations, transactions, pragmas."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ropa.errors import (
    CorruptRegisterError,
    NewerRegisterError,
    NotARegisterError,
    ReadOnlyError,
    RegisterExistsError,
    RegisterLockedError,
)
from ropa.service import RegisterStore
from ropa.store.database import APPLICATION_ID, head_revision
from ropa.store.lock import holder_file

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_new_file_is_a_clean_single_file_with_our_application_id(tmp_path: Path) -> None:
    path = tmp_path / "acme.ropa"
    with RegisterStore.create(path, "Acme SA") as store:
        assert store.organisation().legal_name == "Acme SA"
    assert siblings(path) == ["acme.ropa"]  # no -wal/-shm/temp files left behind
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_connections_use_foreign_keys_wal_and_full_sync(demo_store: RegisterStore) -> None:
    with demo_store.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "a.ropa"
    path.write_text("precious")
    with pytest.raises(RegisterExistsError, match="already exists"):
        RegisterStore.create(path, "X")
    assert path.read_text() == "precious"


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", NotARegisterError, "not a ropa register"),
        (b"PK\x03\x04 this is a zip" * 50, NotARegisterError, "not a ropa register"),
        (bytes(range(256)) * 40, NotARegisterError, "not a ropa register"),
        (b"SQLite format 3\x00" + b"\x00" * 20, CorruptRegisterError, "damaged or truncated"),
    ],
)
def test_foreign_files_get_one_clear_error_and_stay_untouched(
    tmp_path: Path, content: bytes, error: type[Exception], message: str
) -> None:
    path = tmp_path / "thing.ropa"
    path.write_bytes(content)
    with pytest.raises(error, match=message):
        RegisterStore.open(path)
    assert path.read_bytes() == content
    assert siblings(path) == ["thing.ropa"]


def test_other_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.ropa"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotARegisterError, match="SQLite database but not a ropa register"):
        RegisterStore.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9])
def test_truncated_register_is_refused_untouched(demo_file: Path, tmp_path: Path, keep: float) -> None:
    data = demo_file.read_bytes()
    path = tmp_path / "cut.ropa"
    path.write_bytes(data[: int(len(data) * keep)])
    before = digest(path)
    with pytest.raises((CorruptRegisterError, NotARegisterError)):
        RegisterStore.open(path)
    assert digest(path) == before
    assert siblings(path) == sorted(["cut.ropa", "demo.ropa"])


def test_corrupted_pages_are_detected(demo_file: Path) -> None:
    data = bytearray(demo_file.read_bytes())
    for offset in range(8192, len(data), 4096):  # scribble over the start of every other page
        data[offset : offset + 64] = b"\xff" * 64
    demo_file.write_bytes(bytes(data))
    before = digest(demo_file)
    with pytest.raises(CorruptRegisterError):
        RegisterStore.open(demo_file)
    assert digest(demo_file) == before


def test_file_from_a_newer_version_is_refused_untouched(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    before = digest(demo_file)
    with pytest.raises(NewerRegisterError, match="newer version of ropa"):
        RegisterStore.open(demo_file)
    assert digest(demo_file) == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotARegisterError, match="does not exist"):
        RegisterStore.open(tmp_path / "nope.ropa")


def test_old_schema_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "schema-0001.ropa", path)
    original = digest(path)
    with RegisterStore.open(path) as store:
        assert store.db.backup is not None
        backup = store.db.backup
        assert len(store.activities()) == 14
        store.acknowledge("REVIEW-OVERDUE", store.activities()[0].uuid, "Reviewed orally in the board")
        assert len(store.snapshot().acknowledgements) == 1
    assert backup.exists() and backup.parent == tmp_path
    assert backup.name.startswith("old.backup-0001-") and backup.suffix == ".ropa"
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert conn.execute("SELECT count(*) FROM activity").fetchone()[0] == 14
    conn.close()
    assert digest(FIXTURES / "schema-0001.ropa") != ""  # the fixture itself is never opened for writing
    assert original != digest(path)
    with RegisterStore.open(path) as store:  # second open: nothing to migrate, no new backup
        assert store.db.backup is None


def test_read_only_open_of_an_old_file_migrates_it_once(tmp_path: Path) -> None:
    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "schema-0001.ropa", path)
    with RegisterStore.open(path, readonly=True) as store:
        assert store.info().activities == 14
    assert len(list(tmp_path.glob("old.backup-0001-*.ropa"))) == 1


def test_second_writer_is_refused_and_nothing_is_lost(demo_file: Path) -> None:
    with RegisterStore.open(demo_file) as first:
        with pytest.raises(RegisterLockedError, match=r"is open in ropa\b.* \(process \d+\) of ") as refused:
            RegisterStore.open(demo_file)
        assert refused.value.holder is not None and refused.value.holder.pid == os.getpid()
        # in another process too
        code = (
            "import sys\nfrom ropa.service import RegisterStore\nfrom ropa.errors import RegisterLockedError\n"
            f"try:\n    RegisterStore.open({str(demo_file)!r})\nexcept RegisterLockedError:\n    sys.exit(7)\n"
        )
        assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 7
        # a reader may look while the writer works, and sees committed data
        with RegisterStore.open(demo_file, readonly=True) as reader:
            activity = first.new_activity("Added while a reader is open")
            assert reader.find_activity(activity.reference).name == "Added while a reader is open"
            with pytest.raises(ReadOnlyError):
                reader.new_activity("Not allowed")
    assert not holder_file(demo_file).exists()  # the record of who holds the file goes with the lock
    with RegisterStore.open(demo_file) as again:
        assert len(again.activities()) == 15


def test_read_only_file_on_disk_is_reported(demo_file: Path) -> None:
    demo_file.chmod(0o444)
    try:
        if demo_file.stat().st_mode & 0o200 == 0 and not _running_as_root():
            with pytest.raises(ReadOnlyError, match="read-only"):
                RegisterStore.open(demo_file)
        with RegisterStore.open(demo_file, readonly=True) as store:
            assert store.info().activities == 14
    finally:
        demo_file.chmod(0o644)


def _running_as_root() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0


def test_save_copy_writes_a_complete_independent_register(demo_store: RegisterStore, tmp_path: Path) -> None:
    target = tmp_path / "copy.ropa"
    demo_store.save_copy(target)
    demo_store.new_activity("Only in the original")
    with RegisterStore.open(target) as copy:
        assert len(copy.activities()) == 14
        assert copy.snapshot().organisation == demo_store.snapshot().organisation
    assert siblings(target).count("copy.ropa") == 1
