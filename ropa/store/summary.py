"""What a register holds, counted in plain SQL: ``RegisterStore.info()`` and ``ropa info``.

One implementation serves both callers. ``RegisterStore.info()`` runs it on its own connection;
``ropa info`` runs it on a file at rest (nobody writing it, current schema) through a raw
sqlite3/SQLCipher connection, without importing SQLAlchemy at all, so that it answers in about a
tenth of the time. Anything else (an older schema to migrate, a writer at work, a log to replay)
goes the full way through ``open_database``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ropa.errors import CorruptRegisterError, RegisterLockedError
from ropa.store.crypto import Key
from ropa.store.database import _errors, _raw_connect, head_revision, inspect_file
from ropa.store.lock import WriterLock

#: what ``info`` counts -> its table; ``test_startup`` proves these are the ORM's catalogue tables
CATALOGUE_TABLES = {
    "data_subject_categories": "data_subject_category",
    "data_categories": "data_category",
    "recipients": "recipient",
    "security_measures": "security_measure",
    "systems": "system",
    "joint_controllers": "joint_controller",
}
PROCESSOR_ROLE = "processor"


@dataclass(frozen=True)
class RegisterInfo:
    path: Path
    organisation: str
    language: str
    activities: int
    controller_activities: int
    processor_activities: int
    catalogue_counts: dict[str, int]
    schema_version: str
    file_size: int
    changes: int


def register_info(execute: Callable[[str], Any], path: Path) -> RegisterInfo:
    """Count with ``execute`` (a DB-API ``connection.execute`` or SQLAlchemy's ``exec_driver_sql``)."""
    organisations = execute("SELECT legal_name, language FROM organisation").fetchall()
    if len(organisations) != 1:
        raise CorruptRegisterError(
            f"{path.name} holds {len(organisations)} organisation records instead of one; restore a backup copy"
        )
    legal_name, language = organisations[0]
    roles = {str(role): int(count) for role, count in execute(
        "SELECT role, count(*) FROM activity GROUP BY role"
    )}
    counts = {
        name: int(execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for name, table in CATALOGUE_TABLES.items()
    }
    total = sum(roles.values())
    processor = roles.get(PROCESSOR_ROLE, 0)
    return RegisterInfo(
        path=path,
        organisation=str(legal_name),
        language=str(language),
        activities=total,
        controller_activities=total - processor,
        processor_activities=processor,
        catalogue_counts=counts,
        schema_version=head_revision(),
        file_size=path.stat().st_size,
        changes=int(execute("SELECT count(*) FROM change_log").fetchone()[0]),
    )


def read_at_rest(path: Path, passphrase: str | None = None) -> tuple[RegisterInfo | None, Key | None]:
    """The info of a file nobody writes, at the current schema, and the file's key.

    Returns ``(None, key)`` when the file must be opened the full way: an older schema (a read-only
    open migrates it once), another process holding the writer lock, or a write-ahead log to
    replay. The same checks as any opening come first (``inspect_file``: not a register, damaged,
    passphrase needed or wrong).
    """
    path = Path(path)
    revision, key = inspect_file(path, passphrase)
    if revision != head_revision():
        return None, key
    lock = WriterLock(path)
    try:
        lock.acquire()
    except RegisterLockedError:
        return None, key
    try:
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None, key
        # Holding the writer lock, with no log: nobody can change the file while we read it, so
        # an immutable read is exact and leaves no -wal/-shm beside it.
        connection = _raw_connect(path.absolute().as_uri() + "?mode=ro&immutable=1", key, uri=True)
        unreadable: tuple[type[BaseException], ...] = (*_errors(key), ValueError, TypeError)
        try:
            return register_info(connection.execute, path), key
        except unreadable as exc:
            detail = " ".join(str(exc).split())[:200]
            raise CorruptRegisterError(
                f"{path.name} holds data this version of ropa cannot read ({detail}); restore a backup copy"
            ) from None
        finally:
            connection.close()
    finally:
        lock.release()
