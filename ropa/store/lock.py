"""Single-writer lock on a register file, so two processes never write the same file."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from ropa.errors import RegisterLockedError


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
                raise RegisterLockedError(self._message()) from None
        else:
            import fcntl

            handle = open(self.path, "rb")  # noqa: SIM115 - held for the lock's life
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                raise RegisterLockedError(self._message()) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases flock / msvcrt locks
            self._handle = None
            if sys.platform == "win32":  # pragma: no cover
                with contextlib.suppress(OSError):
                    os.remove(str(self.path) + ".lock")

    def _message(self) -> str:
        return f"{self.path.name} is open in another ropa window or process; close it there first"
