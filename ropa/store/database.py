"""Opening and creating register files: checks, lock, migrations with backup, engine settings.

A file is inspected read-only before anything writes to it, so a foreign, truncated or newer file
is refused with one sentence and left byte-for-byte as it was. An encrypted register (SQLCipher,
see ``ropa.store.crypto``) goes through the same checks once its key is known; a wrong passphrase
is refused the same way, before anything is written.
"""

from __future__ import annotations

import ast
import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa import outputs
from ropa.errors import (
    CorruptRegisterError,
    NewerRegisterError,
    NotARegisterError,
    ReadOnlyError,
    RegisterExistsError,
    RegisterLockedError,
    RopaError,
    StorageError,
)
from ropa.store import crypto
from ropa.store.crypto import Key, PassphraseRequiredError, WrongPassphraseError
from ropa.store.lock import WriterLock, holding_if_free, locked_error

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

# SQLAlchemy and Alembic are imported inside the functions that use them: the raw file checks and
# ``ropa info`` on a file at rest (ropa.store.summary) need neither, and start in a tenth of the time.

#: ``PRAGMA application_id`` of every register file: "ROPA" in ASCII. Tells our files from other SQLite files.
APPLICATION_ID = 0x524F5041
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    """Alembic is imported here, when a migration is due (a new file, an older one), not to open a current file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _revision_chain() -> dict[str, str | None]:
    """Each migration's revision and the one it revises, read from the scripts' assignments.

    Reading them with ``ast`` instead of Alembic's ScriptDirectory keeps Alembic (0.3 s of imports)
    out of every opening; ``test_store`` proves both give the same head and revisions.
    """
    chain: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, object] = {}
        value: ast.expr | None
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            else:
                continue
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                values[target.id] = value.value
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            raise StorageError(f"migration script {script.name} has no plain revision and down_revision")
        chain[revision] = down
    return chain


@cache
def head_revision() -> str:
    """The newest schema revision: the one no other migration revises."""
    chain = _revision_chain()
    heads = set(chain) - {down for down in chain.values() if down is not None}
    if len(heads) != 1:
        raise StorageError(f"the migration scripts have {len(heads)} heads instead of one: {sorted(heads)}")
    return heads.pop()


@cache
def known_revisions() -> frozenset[str]:
    """The schema revisions this version knows (read once: the migration scripts do not change)."""
    return frozenset(_revision_chain())


def sqlite_uri(path: str | os.PathLike[str], flags: str) -> str:
    """An SQLite ``file:`` URI for ``path`` with every special character escaped.

    A name such as ``x%41.ropa``, ``what?.ropa`` or ``Registre #2.ropa`` must name that file and no
    other: ``%``, ``?`` and ``#`` mean something in a URI, so the path is percent-encoded (and made
    absolute) before the query is added.
    """
    return f"{Path(os.path.abspath(path)).as_uri()}?{flags}"


def _free_bytes(folder: Path) -> int | None:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # pragma: no cover - Windows has no statvfs
        return None
    return st.f_bavail * st.f_frsize


#: below this much free space SQLite cannot create the shared-memory and log files it needs
_LOW_SPACE = 128 * 1024


def storage_cause(path: Path) -> str | None:
    """Why ``path`` cannot be written, if the reason is the place rather than the file: a folder
    that is not writable, a full disk or a read-only file. None when the place looks fine."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return f"its folder {folder} cannot be written (a read-only folder, medium or share)"
    free = _free_bytes(folder)
    if free is not None and free < _LOW_SPACE:
        return f"the disk holding {folder} is full"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path.name} is a read-only file"
    return None


#: what SQLite says when the place, not the file, is the problem (SQLITE_FULL has its own message)
_STORAGE_SYMPTOMS = ("unable to open database file", "disk i/o error", "readonly database")


def _configure_sqlite(engine: Engine, readonly: bool, name: str = "the register", path: Path | None = None) -> None:
    from sqlalchemy import event

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

    @event.listens_for(engine, "handle_error")
    def on_error(context: Any) -> None:
        # Damage that SQLite's page checks cannot see (a flipped byte inside a text value) shows
        # only when that text is read: say so in one sentence instead of a driver error.
        text = str(context.original_exception).lower()
        if "could not decode to utf-8" in text:
            raise CorruptRegisterError(f"{name} is damaged: some of its text cannot be read; restore a backup copy")
        # A sound file on a full disk or in a read-only folder is not "damaged": say what is wrong.
        if path is not None and any(symptom in text for symptom in _STORAGE_SYMPTOMS):
            cause = storage_cause(path)
            if cause is not None:
                raise StorageError(f"{name} cannot be written: {cause}; the change was not saved")


def _engine(path: Path, readonly: bool, key: Key | None = None, *, immutable: bool = False) -> Engine:
    """An engine on ``path``; connections are made by us (no URL parsing of the file name)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    if immutable:  # nobody can write the file: read it without locks or side files
        target, uri = sqlite_uri(path, "mode=ro&immutable=1"), True
    elif readonly:
        target, uri = sqlite_uri(path, "mode=ro"), True
    else:
        target, uri = str(path), False
    module: Any = sqlite3 if key is None else crypto.dbapi()

    def connect() -> Any:
        return module.connect(target, uri=uri, check_same_thread=False)

    # The pysqlite dialect (over the SQLCipher module for encrypted files): same SQL, same error
    # classes wrapped by SQLAlchemy; a queue of connections as SQLAlchemy uses for SQLite files.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool, module=module)
    if key is not None:  # the key is applied first on every new connection, before anything reads
        event.listen(engine, "connect", crypto.keying_listener(key), insert=True)
    _configure_sqlite(engine, readonly, path.name, path)
    return engine


def _raw_connect(target: str | Path, key: Key | None, *, uri: bool = False) -> Any:
    """A DB-API connection without SQLAlchemy: sqlite3 for plain files, sqlcipher3 for encrypted ones."""
    if key is None:
        return sqlite3.connect(str(target), uri=uri)
    return crypto.connect(target, key, uri=uri)


def _errors(key: Key | None) -> tuple[type[BaseException], ...]:
    return (sqlite3.Error,) if key is None else crypto.errors()


def _session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that record the change history; objects stay usable after commit."""
    from sqlalchemy import event
    from sqlalchemy.orm import sessionmaker

    from ropa.store.history import record_changes

    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "before_flush", record_changes)
    return factory


def _document_mode(path: Path) -> None:
    """mkstemp makes 0600 files; a register is an ordinary document (umask decides)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _temp_beside(target: Path) -> Path:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(tmp_name)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


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
        key: Key | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.sessions = _session_factory(engine)
        self.readonly = lock is None
        self._lock = lock or lock_held
        #: the copy written before a migration, if this open migrated the file
        self.backup = backup
        self._key = key
        #: device and inode of the file this open writes, to notice a rename under it
        self._identity = _fd_identity(lock)
        outputs.register_in_use(path)
        self._registered = True
        if lock is not None:
            from sqlalchemy import event

            event.listen(engine, "commit", self._before_commit)
            event.listen(self.sessions, "after_commit", self._after_commit)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    def session(self) -> Session:
        return self.sessions()

    def still_in_place(self) -> bool:
        """True while the open file is still the one at ``path`` (not renamed, moved or replaced)."""
        if self._identity is None:
            return True
        try:
            st = os.stat(self.path)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == self._identity

    def _before_commit(self, _connection: Any) -> None:
        """Refuse to acknowledge an edit the file at ``path`` would not hold.

        SQLite finds its write-ahead log by name: once the register is renamed, new commits would go
        to the log of the old name, which the renamed file never reads (and a later file of the old
        name would). So a commit is refused once the file moved; what was committed before is moved
        into the file itself first (a checkpoint writes through the open descriptor).
        """
        if self.still_in_place():
            return
        self._checkpoint("TRUNCATE")
        raise StorageError(
            f"{self.path.name} was moved, renamed or replaced while it was open: the change was not saved; "
            "close it and open the register from where it is now"
        )

    def _after_commit(self, _session: Session) -> None:
        # Committed pages go from the log into the file at once, so the file alone holds every
        # acknowledged edit even if it is renamed or copied while open (PASSIVE: never waits).
        self._checkpoint("PASSIVE")

    def _checkpoint(self, mode: str) -> None:
        with contextlib.suppress(*_errors(self._key), OSError):
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute(f"PRAGMA wal_checkpoint({mode})")  # type: ignore[union-attr]
            finally:
                raw.close()

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the whole register (SQLite online backup), atomically.

        The copy of an encrypted register is encrypted with the same key (same passphrase):
        "save a copy" never writes the register's content in the clear. The target goes through
        the checks of every output (:func:`ropa.outputs.output_file`): never the register itself.
        """
        with outputs.output_file(Path(target)) as tmp, self.engine.connect() as connection:
            source = connection.connection.dbapi_connection
            dest = _raw_connect(tmp, self._key)
            try:
                source.backup(dest)  # type: ignore[union-attr]
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()

    def rewrite(self, key: Key | None) -> Database:
        """The same register re-encrypted with ``key`` (None: decrypted), replacing the file atomically.

        The new file is written beside the old one (``sqlcipher_export``), checked to open with the
        new key and to hold exactly the same content, made durable, and only then renamed over the
        old file. A crash at any moment leaves either the old file or the new one, never a mix.
        Returns the reopened database; this one is closed.
        """
        if self.readonly or self._lock is None:
            raise ReadOnlyError(f"{self.path.name} is open read-only; it cannot be encrypted or decrypted")
        tmp = _temp_beside(self.path)
        try:
            self._export(tmp, key)
            self._verify_copy(tmp, key)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            _document_mode(tmp)
            self._make_exclusive()
            os.replace(tmp, self.path)
            outputs.fsync_folder(self.path.parent)
        except crypto.errors() as exc:
            _remove_with_side_files(tmp)
            text = str(exc).lower()
            if "full" in text:
                raise StorageError("the disk is full: nothing was changed; free some space and try again") from None
            raise StorageError(f"{self.path.name} could not be rewritten ({exc}); nothing was changed") from None
        except BaseException:
            _remove_with_side_files(tmp)
            raise
        # Lock the new file before letting go of the old one, so no other writer slips in.
        new_lock = WriterLock(self.path)
        new_lock.acquire()
        old_lock, self._lock = self._lock, None
        old_lock.release()
        self._unregister()
        return Database(self.path, _engine(self.path, readonly=False, key=key), new_lock, key=key)

    def _export(self, tmp: Path, key: Key | None) -> None:
        source = crypto.connect(self.path, self._key)
        try:
            source.isolation_level = None
            source.execute("ATTACH DATABASE ? AS target KEY ?", (str(tmp), key.pragma_value() if key else ""))
            try:
                # A throw-away file until it is checked and fsync'ed as a whole: no per-table syncs.
                source.execute("PRAGMA target.synchronous = OFF")
                source.execute("PRAGMA target.journal_mode = OFF")
                source.execute("SELECT sqlcipher_export('target')")
                source.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
            finally:
                source.execute("DETACH DATABASE target")
        finally:
            source.close()

    def _verify_copy(self, tmp: Path, key: Key | None) -> None:
        """The new file must open with its key, be sound and hold the same register as this one."""
        from sqlalchemy import func, select

        from ropa.store import orm, snapshot

        revision, _ = inspect_file(tmp, key=key)
        if revision != head_revision():
            raise CorruptRegisterError(f"the re-encrypted copy of {self.path.name} is incomplete; nothing was changed")
        engine = _engine(tmp, readonly=True, key=key)
        try:
            with _session_factory(engine)() as new, self.sessions() as old:
                same = snapshot.load_register(new) == snapshot.load_register(old)
                count = select(func.count()).select_from(orm.ChangeRow)
                same = same and new.scalar(count) == old.scalar(count)
        finally:
            engine.dispose()
        if not same:
            raise CorruptRegisterError(f"the re-encrypted copy of {self.path.name} differs; nothing was changed")

    def _make_exclusive(self) -> None:
        """Close every connection and leave the file in rollback-journal mode, without -wal/-shm.

        A write-ahead log left beside the path would be replayed onto the new file by the next
        opener. Leaving WAL mode needs exclusive access, so this also fails (nothing changed) while
        another process is reading the file.
        """
        self.engine.dispose()
        conn = _raw_connect(self.path, self._key)
        try:
            conn.execute("PRAGMA busy_timeout=2000")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except _errors(self._key):
            mode = "wal"
        finally:
            conn.close()
        if str(mode).lower() != "delete":
            raise locked_error(self.path, doing="read")

    def close(self) -> None:
        self.engine.dispose()
        self._unregister()
        lock, self._lock = self._lock, None
        try:
            if not _has_side_files(self.path) or not self.still_in_place():
                return
            # The last one out removes -wal/-shm: SQLite does so only for the last connection to
            # close, which a read-only connection (or two closing at once) cannot be.
            if lock is None:  # read beside a writer; the writer may be gone by now
                lock = WriterLock(self.path)
                try:
                    lock.acquire(wait=0)
                except RegisterLockedError:
                    lock = None
                    return
            elif lock.shared and not lock.try_exclusive():
                return
            _tidy(self.path, self._key)
        finally:
            if lock is not None:
                lock.release()

    def _unregister(self) -> None:
        if self._registered:
            self._registered = False
            outputs.register_released(self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fd_identity(lock: WriterLock | None) -> tuple[int, int] | None:
    fd = None if lock is None else lock.fileno()
    if fd is None:
        return None
    st = os.fstat(fd)
    return (st.st_dev, st.st_ino)


def _has_side_files(path: Path) -> bool:
    return any(Path(str(path) + suffix).exists() for suffix in ("-wal", "-shm"))


def _tidy(path: Path, key: Key | None) -> None:
    """Open and close one connection while nobody else has the file: SQLite then folds the log into
    the file and deletes -wal and -shm. Only where the file can be written."""
    if storage_cause(path) is not None:
        return
    with contextlib.suppress(*_errors(key), OSError):
        conn = _raw_connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _file_key(path: Path, header: bytes, passphrase: str | None, key: Key | None) -> Key | None:
    """The key that opens ``path`` (None for a plain file); refuses files that are neither."""
    if header.startswith(SQLITE_HEADER):
        if len(header) < 100:
            raise CorruptRegisterError(f"{path.name} is damaged or truncated and cannot be opened")
        return None
    size = path.stat().st_size
    if not crypto.looks_encrypted(path, size):
        if crypto.looks_random(path):
            raise NotARegisterError(
                f"{path.name} is not a ropa register (or it is an encrypted one that is damaged or truncated)"
            )
        raise NotARegisterError(f"{path.name} is not a ropa register (it is not a register database)")
    if key is not None and key.salt == header[: crypto.SALT_BYTES]:
        return key
    if passphrase is None:
        raise PassphraseRequiredError(
            f"{path.name} is encrypted (or it is not a ropa register): its passphrase is needed to open it"
        )
    return Key.for_file(path, passphrase)


def inspect_file(path: Path, passphrase: str | None = None, *, key: Key | None = None) -> tuple[str | None, Key | None]:
    """Check, without writing, that ``path`` is a sound register; return its schema revision and key."""
    if not path.exists():
        raise NotARegisterError(f"{path} does not exist")
    if not path.is_file():
        raise NotARegisterError(f"{path} is not a file")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        file_key = _file_key(path, header, passphrase, key)
    except OSError as exc:
        raise NotARegisterError(f"cannot read {path}: {exc.strerror}") from None
    wal = Path(str(path) + "-wal")
    # immutable=1 reads without locks or -shm/-wal side files, so a foreign or damaged file gets
    # nothing written next to it; a non-empty WAL (left by a crash) must be read through normally.
    if not (wal.exists() and wal.stat().st_size > 0):
        return _check_file(path, file_key, "mode=ro&immutable=1"), file_key
    try:
        return _check_file(path, file_key, "mode=ro"), file_key
    except (CorruptRegisterError, NotARegisterError) as error:
        if isinstance(error, (WrongPassphraseError, PassphraseRequiredError)):
            raise
        try:  # is the register sound without its log? Then the log is the culprit: say so.
            _check_file(path, file_key, "mode=ro&immutable=1")
        except RopaError:
            raise error from None
        raise CorruptRegisterError(
            f"{path.name} cannot be opened: {wal.name} beside it is damaged or belongs to another file; "
            f"move {wal.name} away to open the register as it was last saved"
        ) from None


def _check_file(path: Path, file_key: Key | None, flags: str) -> str:
    """The read-only checks of ``inspect_file`` through one connection opened with ``flags``."""
    # A damaged schema can make SQLite's error message itself undecodable (UnicodeDecodeError).
    errors: tuple[type[BaseException], ...] = (*_errors(file_key), UnicodeDecodeError)
    try:
        conn = _raw_connect(sqlite_uri(path, flags), file_key, uri=True)
    except errors:
        raise CorruptRegisterError(f"{path.name} is damaged and cannot be opened") from None
    # SQLite's check report quotes damaged bytes: never let them fail the decoding of the report.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        if file_key is not None:
            try:
                conn.execute("PRAGMA application_id").fetchone()  # reads page 1 only: its HMAC proves the key
            except errors as exc:
                # SQLITE_NOTADB: page 1 fails its HMAC, i.e. another key. Anything else: damage.
                if "not a database" in str(exc):
                    raise WrongPassphraseError(f"wrong passphrase for {path.name}") from None
                raise CorruptRegisterError(f"{path.name} is damaged or truncated; restore a backup copy") from None
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotARegisterError(f"{path.name} is an SQLite database but not a ropa register")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise CorruptRegisterError(f"{path.name} is damaged ({_first_problem(check)}); restore a backup copy")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except errors:
            raise CorruptRegisterError(f"{path.name} is incomplete: it has no schema version") from None
        if row is None:
            raise CorruptRegisterError(f"{path.name} is incomplete: it has no schema version")
        revision = str(row[0])
        if revision == head_revision():
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = sorted(_expected_tables() - tables)
            if missing:
                raise CorruptRegisterError(f"{path.name} is damaged: table {missing[0]} is missing; restore a backup copy")
        return revision
    except errors as exc:
        raise CorruptRegisterError(f"{path.name} is damaged or truncated ({exc}); restore a backup copy") from None
    finally:
        conn.close()


def _first_problem(check: str) -> str:
    """One line out of SQLite's multi-line check report, for a one-sentence message."""
    lines = [line.strip() for line in str(check).splitlines() if line.strip() and not line.startswith("***")]
    first = lines[0] if lines else "integrity check failed"
    return first if len(first) <= 100 else first[:97] + "..."


#: the tables of the head schema, checked on every opening without importing the ORM for it;
#: ``test_startup`` proves this is exactly ``ropa.store.orm.Base.metadata`` (update both together)
HEAD_SCHEMA_TABLES = frozenset({
    "acknowledgement", "activity", "activity_data_subject", "activity_joint_controller", "activity_recipient",
    "activity_security_measure", "activity_system", "change_log", "data_category", "data_subject_category",
    "joint_controller", "organisation", "processed_data", "purpose", "recipient", "register_blob",
    "register_version", "retention_data_category", "retention_rule", "security_measure", "served_controller",
    "source", "system", "transfer",
})


def _expected_tables() -> frozenset[str]:
    return HEAD_SCHEMA_TABLES


def backup_copy(path: Path, revision: str, key: Key | None = None) -> Path:
    """Write a consistent copy of the file next to it, before a migration touches it.

    The backup of an encrypted register is encrypted with the same key: it opens with the same
    passphrase, and its name says nothing about the passphrase.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")
    source = _raw_connect(sqlite_uri(path, "mode=ro"), key, uri=True)
    try:
        dest = _raw_connect(target, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(
    path: str | os.PathLike[str],
    *,
    readonly: bool = False,
    passphrase: str | None = None,
    key: Key | None = None,
) -> Database:
    """Open a register file, migrating it (after a backup) when it was written by an older version.

    ``passphrase`` opens an encrypted register (it is ignored for a plain one); ``key`` is the
    already derived key, used when it matches the file.
    """
    path = Path(path)
    revision, key = inspect_file(path, passphrase, key=key)
    if revision not in known_revisions():
        raise NewerRegisterError(
            f"{path.name} was written by a newer version of ropa (schema {revision}); update ropa to open it"
        )
    if readonly:
        if revision != head_revision():
            cause = storage_cause(path)
            if cause is not None:
                raise ReadOnlyError(
                    f"{path.name} was written by an older version of ropa (schema {revision}) and must be upgraded "
                    f"before this version can read it, which cannot be done where it is ({cause}); the file is "
                    "sound: copy it to a writable folder and open the copy"
                )
            # An older file is upgraded (after a backup) even by a read-only open, once.
            open_database(path, key=key).close()
        return _open_for_reading(path, key)
    if not os.access(path, os.W_OK):
        raise ReadOnlyError(f"{path.name} is read-only; copy it somewhere writable or open it read-only")
    cause = storage_cause(path)
    if cause is not None:
        error = StorageError if "full" in cause else ReadOnlyError
        raise error(f"{path.name} cannot be opened for writing: {cause}; open it read-only, or free space or move it")
    lock = WriterLock(path)
    lock.acquire()
    backup = None
    try:
        if revision != head_revision():
            backup = backup_copy(path, revision or "empty", key)
            engine = _engine(path, readonly=False, key=key)
            try:
                _upgrade(engine)
            finally:
                engine.dispose()
        return Database(path, _engine(path, readonly=False, key=key), lock, backup, key=key)
    except BaseException:
        lock.release()
        raise


def _open_for_reading(path: Path, key: Key | None = None) -> Database:
    """A read-only view that never keeps a writer out beyond the busy timeout.

    Without a writer the reader holds a shared lock (a writer waits for it; other readers share it)
    and uses a normal connection; the last one to close removes -wal/-shm, leaving one clean file.
    Beside a writer it reads through a read-only connection, which sees every committed edit.
    """
    lock = WriterLock(path, shared=True)
    try:
        lock.acquire(wait=0)
    except RegisterLockedError:
        return Database(path, _engine(path, readonly=True, key=key), None, key=key)
    if storage_cause(path) is not None:
        # Read-only medium (CD, write-protected stick, read-only share), folder or file, or a full
        # disk: SQLite cannot create the -shm file a write-ahead-log database needs, so read it as
        # immutable, holding the lock so that nobody changes it meanwhile. A log left by a crash
        # must be read through, though.
        wal = Path(str(path) + "-wal")
        immutable = not (wal.exists() and wal.stat().st_size > 0)
        engine = _engine(path, readonly=True, key=key, immutable=immutable)
        return Database(path, engine, None, lock_held=lock, key=key)
    return Database(path, _engine(path, readonly=False, key=key), None, lock_held=lock, key=key)


def _new_register_target(path: Path, overwrite: bool) -> Path:
    """Check where a new register goes; returns the file to create or replace (links followed)."""
    if path.exists() and not overwrite:
        raise RegisterExistsError(f"{path} already exists; choose another name")
    if not path.parent.is_dir():
        raise RegisterExistsError(f"folder {path.parent} does not exist")
    target = outputs.check_target(path)  # never a register in use, nor one open elsewhere
    if target.stream:
        raise outputs.OutputRefusedError(f"{path} is a device or a pipe; a register must be a regular file")
    return target.final


def _publish_register(built: Path, final: Path, overwrite: bool) -> None:
    """Move a complete, closed register onto ``final``: all at once, never over a file in use.

    The log and shared-memory files of a replaced register go first (SQLite would replay that log
    onto the new file). A missing target with a non-empty log beside it is refused: that log
    belongs to a register that was moved or deleted, and may hold its last edits.
    """
    with open(built, "rb") as handle:
        os.fsync(handle.fileno())
    with holding_if_free(final) as free:
        if not free:
            raise RegisterLockedError(f"{final.name} is open in another ropa window or process; close it there first")
        exists = final.exists()
        if exists and not overwrite:
            raise RegisterExistsError(f"{final} already exists; choose another name")
        wal = Path(str(final) + "-wal")
        if not exists and wal.exists() and wal.stat().st_size > 0:
            raise RegisterExistsError(
                f"{wal.name} is left beside {final.name} by a register that was moved or deleted; "
                "move it away first (it may hold that register's last edits)"
            )
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(final) + suffix).unlink()
        if overwrite:
            os.replace(built, final)
        else:
            try:  # link() never replaces: a file created meanwhile under that name survives
                os.link(built, final)
            except FileExistsError:
                raise RegisterExistsError(f"{final} already exists; choose another name") from None
            built.unlink()
    outputs.fsync_folder(final.parent)


def create_database(
    path: str | os.PathLike[str], *, overwrite: bool = False, passphrase: str | None = None
) -> Database:
    """Create an empty register file atomically: it appears complete or not at all.

    With a passphrase the file is encrypted from its first byte (SQLCipher). To create a register
    *with content* all at once (``ropa new --pack``, ``ropa demo``), build it in :func:`creating`.
    """
    path = Path(path)
    final = _new_register_target(path, overwrite)
    key = Key.new(passphrase) if passphrase is not None else None
    try:
        tmp = _temp_beside(final)
    except OSError as exc:
        raise outputs.write_error(path, exc) from None
    try:
        conn = _raw_connect(tmp, key)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.commit()
        conn.close()
        engine = _engine(tmp, readonly=False, key=key)
        try:
            _upgrade(engine)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        _document_mode(tmp)
        _publish_register(tmp, final, overwrite)
    except OSError as exc:
        raise outputs.write_error(path, exc) from None
    finally:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(tmp) + suffix).unlink()
    return open_database(path, key=key)


_CREATING = ".creating"


@contextlib.contextmanager
def creating(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[Path]:
    """Build a new register completely before it appears: yields a path in a hidden folder beside
    ``path``; when the block succeeds (with the register closed) the file is moved onto ``path``.

    A failure or a kill at any moment leaves ``path`` as it was (absent, or the old register with
    ``overwrite``); the hidden folder of a killed run is removed by the next creation there.
    """
    path = Path(path)
    final = _new_register_target(path, overwrite)
    try:
        folder = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=_CREATING, dir=final.parent))
    except OSError as exc:
        raise outputs.write_error(path, exc) from None
    marker = WriterLock(folder)  # held while this creation runs: an unlocked folder is a killed run's
    marker.acquire(wait=0)
    try:
        _remove_abandoned_creations(final)
        yield folder / final.name
        try:
            _publish_register(folder / final.name, final, overwrite)
        except OSError as exc:
            raise outputs.write_error(path, exc) from None
    finally:
        marker.release()
        shutil.rmtree(folder, ignore_errors=True)


def _remove_abandoned_creations(final: Path) -> None:
    for folder in final.parent.glob(f".{outputs.glob_escape(final.name)}.*{_CREATING}"):
        with contextlib.suppress(OSError, RegisterLockedError):
            lock = WriterLock(folder)
            lock.acquire(wait=0)
            try:
                shutil.rmtree(folder)
            finally:
                lock.release()


@contextlib.contextmanager
def opened(
    path: str | os.PathLike[str], *, readonly: bool = False, passphrase: str | None = None
) -> Iterator[Database]:
    db = open_database(path, readonly=readonly, passphrase=passphrase)
    try:
        yield db
    finally:
        db.close()
