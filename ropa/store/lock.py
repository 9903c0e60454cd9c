"""Single-writer lock on a register file, so two processes never write the same file."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

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


class WriterLock:
    """An advisory, OS-released lock: a crashed process never leaves a stale lock behind.

    On POSIX we ``flock`` the database file itself (independent of SQLite's own fcntl locks, so
    it does not interfere with them) and leave no extra file. Windows has no flock: a sidecar
    ``<file>.lock`` is locked with msvcrt instead.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
            import msvcrt

            handle = open(str(self.path) + ".lock", "a+b")  # noqa: SIM115 - held for the lock's life
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                handle.close()
                raise locked_error(self.path) from None
        else:
            import fcntl

            handle = open(self.path, "rb")  # noqa: SIM115 - held for the lock's life
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                raise locked_error(self.path) from None
        self._handle = handle
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

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                holder_file(self.path).unlink(missing_ok=True)
            self._handle.close()  # closing releases flock / msvcrt locks
            self._handle = None
            if sys.platform == "win32":  # pragma: no cover
                with contextlib.suppress(OSError):
                    os.remove(str(self.path) + ".lock")
