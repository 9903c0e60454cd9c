"""Opening and creating register files: checks, lock, migrations with backup, engine settings.

A file is inspected read-only before anything writes to it, so a foreign, truncated or newer file
is refused with one sentence and left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ropa.errors import (
    CorruptRegisterError,
    NewerRegisterError,
    NotARegisterError,
    ReadOnlyError,
    RegisterExistsError,
    RegisterLockedError,
)
from ropa.store.history import record_changes
from ropa.store.lock import WriterLock

#: ``PRAGMA application_id`` of every register file: "ROPA" in ASCII. Tells our files from other SQLite files.
APPLICATION_ID = 0x524F5041
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _configure_sqlite(engine: Engine, readonly: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def _engine(path: Path, readonly: bool) -> Engine:
    if readonly:
        url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path.as_posix()}"
    engine = create_engine(url)
    _configure_sqlite(engine, readonly)
    return engine


class SessionFactory(sessionmaker[Session]):
    """Sessions that record the change history; objects stay usable after commit."""


def _session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "before_flush", record_changes)
    return factory


class Database:
    """An open register file: its engine, its session factory and, when writable, its writer lock."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: WriterLock | None,
        backup: Path | None = None,
        *,
        lock_held: WriterLock | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.sessions = _session_factory(engine)
        self.readonly = lock is None
        self._lock = lock or lock_held
        #: the copy written before a migration, if this open migrated the file
        self.backup = backup

    def session(self) -> Session:
        return self.sessions()

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the whole register (SQLite online backup), atomically."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise RegisterExistsError("choose another file than the open register")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            with self.engine.connect() as connection:
                source = connection.connection.dbapi_connection
                dest = sqlite3.connect(tmp)
                try:
                    source.backup(dest)  # type: ignore[union-attr]
                    dest.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dest.close()
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def inspect_file(path: Path) -> str | None:
    """Check, without writing, that ``path`` is a sound register; return its schema revision."""
    if not path.exists():
        raise NotARegisterError(f"{path} does not exist")
    if not path.is_file():
        raise NotARegisterError(f"{path} is not a file")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise NotARegisterError(f"cannot read {path}: {exc.strerror}") from None
    if not header.startswith(SQLITE_HEADER):
        raise NotARegisterError(f"{path.name} is not a ropa register (it is not a register database)")
    if len(header) < 100:
        raise CorruptRegisterError(f"{path.name} is damaged or truncated and cannot be opened")
    wal = Path(str(path) + "-wal")
    # immutable=1 reads without locks or -shm/-wal side files, so a foreign or damaged file gets
    # nothing written next to it; a non-empty WAL (left by a crash) must be read through normally.
    flags = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?{flags}", uri=True)
    except sqlite3.Error:
        raise CorruptRegisterError(f"{path.name} is damaged and cannot be opened") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotARegisterError(f"{path.name} is an SQLite database but not a ropa register")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise CorruptRegisterError(f"{path.name} is damaged ({check}); restore a backup copy")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            raise CorruptRegisterError(f"{path.name} is incomplete: it has no schema version") from None
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise CorruptRegisterError(f"{path.name} is damaged or truncated ({exc}); restore a backup copy") from None
    finally:
        conn.close()


def backup_copy(path: Path, revision: str) -> Path:
    """Write a consistent copy of the file next to it, before a migration touches it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _upgrade(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(path: str | os.PathLike[str], *, readonly: bool = False) -> Database:
    """Open a register file, migrating it (after a backup) when it was written by an older version."""
    path = Path(path)
    revision = inspect_file(path)
    if revision not in known_revisions():
        raise NewerRegisterError(
            f"{path.name} was written by a newer version of ropa (schema {revision}); update ropa to open it"
        )
    if readonly:
        if revision != head_revision():
            # An older file is upgraded (after a backup) even by a read-only open, once.
            open_database(path).close()
        return _open_for_reading(path)
    if not os.access(path, os.W_OK):
        raise ReadOnlyError(f"{path.name} is read-only; copy it somewhere writable or open it read-only")
    lock = WriterLock(path)
    lock.acquire()
    backup = None
    try:
        if revision != head_revision():
            backup = backup_copy(path, revision or "empty")
            engine = _engine(path, readonly=False)
            try:
                _upgrade(engine)
            finally:
                engine.dispose()
        return Database(path, _engine(path, readonly=False), lock, backup)
    except BaseException:
        lock.release()
        raise


def _open_for_reading(path: Path) -> Database:
    """A read-only view. When no other process writes the file we briefly hold the writer lock and
    use a normal connection, so closing it removes the -wal/-shm files and leaves one clean file."""
    lock = WriterLock(path)
    try:
        lock.acquire()
    except RegisterLockedError:
        return Database(path, _engine(path, readonly=True), None)
    if not os.access(path, os.W_OK):
        lock.release()
        return Database(path, _engine(path, readonly=True), None)
    return Database(path, _engine(path, readonly=False), None, lock_held=lock)


def create_database(path: str | os.PathLike[str], *, overwrite: bool = False) -> Database:
    """Create an empty register file atomically: it appears complete or not at all."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise RegisterExistsError(f"{path} already exists; choose another name")
    if not path.parent.exists():
        raise RegisterExistsError(f"folder {path.parent} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.commit()
        conn.close()
        engine = _engine(tmp, readonly=False)
        try:
            _upgrade(engine)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a register is an ordinary document
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(tmp) + suffix).unlink()
    return open_database(path)


@contextlib.contextmanager
def opened(path: str | os.PathLike[str], *, readonly: bool = False) -> Iterator[Database]:
    db = open_database(path, readonly=readonly)
    try:
        yield db
    finally:
        db.close()
