"""Locks on a register file: one writer, any number of readers, and nobody replacing a file in use.

On POSIX the database file itself is ``flock``-ed (independent of SQLite's own fcntl locks, so it
does not interfere with them; no extra file): a writer holds an exclusive lock, a reader that finds
no writer holds a shared one. A writer that finds only readers waits for them up to the busy
timeout (readers such as ``ropa info`` take milliseconds) instead of being refused at once; a
writer that finds another writer is refused at once. Windows has no flock: a sidecar
``<file>.lock`` is locked with msvcrt instead (exclusive only).

The locks are released by the OS when a process dies, so a crash never leaves a stale lock. A
writer also writes who it is to a hidden ``.~lock.<file>#`` record, named in a refusal.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from ropa.errors import LockHolder, RegisterLockedError


def holder_file(path: Path) -> Path:
    """Where the lock holder writes who it is (hidden, next to the register, like LibreOffice's
    ``.~lock.`` files); it is read only when the lock is refused, so a stale one after a crash is harmless."""
    return path.with_name(f".~lock.{path.name}#")


_program = "ropa"


def set_program(name: str) -> None:
    """Name this process in the lock record ("ropa gui", "ropa export"); the CLI sets it per command."""
    global _program
    _program = name


def current_program() -> str:
    return _program


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(holder_file(path).read_text(encoding="utf-8"))
        return LockHolder(str(data["program"]), str(data["user"]), str(data["host"]), int(data["pid"]),
                          str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def locked_error(path: Path, doing: str = "open") -> RegisterLockedError:
    """The refusal, naming the holder when it said who it is."""
    holder = read_holder(path) if doing == "open" else None  # readers take no lock and say nothing
    where = holder.describe() if holder else "another ropa window or process"
    verb = "open in" if doing == "open" else "being read by"
    return RegisterLockedError(f"{path.name} is {verb} {where}; close it there first", holder)


#: how long a writer waits for readers to finish (the SQLite busy timeout, in seconds)
READERS_WAIT = 5.0


def _try_flock(fd: int, shared: bool) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class WriterLock:
    """An advisory, OS-released lock on a register: exclusive (a writer) or shared (a reader)."""

    def __init__(self, path: Path, *, shared: bool = False) -> None:
        self.path = path
        self.shared = shared
        self._handle: Any = None  # a file object on Windows, a descriptor (int) elsewhere

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, wait: float = READERS_WAIT) -> None:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
            import msvcrt

            handle = open(str(self.path) + ".lock", "a+b")  # noqa: SIM115 - held for the lock's life
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                handle.close()
                raise locked_error(self.path) from None
            self._handle = handle
            self._write_holder()
            return
        try:  # a descriptor, not a file object: a folder can be locked too
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            raise locked_error(self.path) from None
        deadline = time.monotonic() + wait
        while not _try_flock(fd, self.shared):
            # Only readers in the way (a shared probe succeeds)? They finish soon: wait for them.
            readers = not self.shared and _only_readers(self.path)
            if not readers or time.monotonic() >= deadline:
                os.close(fd)
                raise locked_error(self.path, "read" if readers else "open")
            time.sleep(0.01)
        self._handle = fd
        if not self.shared:
            self._write_holder()

    def _write_holder(self) -> None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no user name in the environment or the password database
            user = "?"
        record = {"program": current_program(), "user": user, "host": socket.gethostname(), "pid": os.getpid(),
                  "since": datetime.now().astimezone().isoformat(timespec="seconds")}
        with contextlib.suppress(OSError):  # a read-only folder: the lock still holds, unnamed
            holder_file(self.path).write_text(json.dumps(record), encoding="utf-8")

    def try_exclusive(self) -> bool:
        """Turn a held shared lock into an exclusive one if nobody else holds any (never waits)."""
        if self._handle is None or sys.platform == "win32":
            return False
        if _try_flock(self._handle, shared=False):
            self.shared = False
            return True
        # a failed conversion has dropped the shared lock (flock semantics): we hold nothing now
        self.release()
        return False

    def release(self) -> None:
        if self._handle is not None:
            if not self.shared:
                with contextlib.suppress(OSError):
                    holder_file(self.path).unlink(missing_ok=True)
            if isinstance(self._handle, int):
                os.close(self._handle)  # closing releases the flock
            else:  # pragma: no cover - Windows: closing releases the msvcrt lock
                self._handle.close()
            self._handle = None
            if sys.platform == "win32":  # pragma: no cover
                with contextlib.suppress(OSError):
                    os.remove(str(self.path) + ".lock")

    def fileno(self) -> int | None:
        return self._handle if isinstance(self._handle, int) else None

    def _message(self) -> str:
        return f"{self.path.name} is open in another ropa window or process; close it there first"


def _only_readers(path: Path) -> bool:
    try:
        probe = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return _try_flock(probe, shared=True)
    finally:
        os.close(probe)


def held_elsewhere(path: Path) -> bool:
    """True when another ropa window or process has ``path`` open (reading or writing)."""
    with holding_if_free(path) as free:
        return not free


@contextlib.contextmanager
def holding_if_free(path: Path) -> Iterator[bool]:
    """Hold an exclusive lock on ``path`` for the block if nobody holds any (yields False otherwise).

    Used before a file is replaced: a register open elsewhere is not renamed over. A missing file,
    or one that cannot be opened for reading, is free (there is nothing of ours to protect).
    """
    if sys.platform == "win32":  # pragma: no cover
        lock_file = Path(str(path) + ".lock")
        yield not lock_file.exists()
        return
    try:  # O_NONBLOCK: opening a named pipe must not wait for a writer
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        yield True
        return
    try:
        yield _try_flock(fd, shared=False)
    finally:
        os.close(fd)
