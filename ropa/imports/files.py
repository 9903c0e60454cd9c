"""Opening a file the user points at: only an ordinary file, and never more of it than a limit.

A named pipe, ``/dev/zero`` or ``/dev/urandom`` given as a source or a mapping would otherwise
hang the import (a pipe waits for a writer) or read until memory runs out (a device has no end).
:func:`open_regular` refuses anything that is not a regular file *before* opening it, opens it
without blocking and checks the opened descriptor again (the name may have been swapped
meanwhile); :func:`read_limited` reads at most ``limit + 1`` bytes, so an oversize file is
refused after reading past the limit once, whatever its size claims.
"""

from __future__ import annotations

import os
import stat
from typing import IO, BinaryIO

#: What each kind of non-regular file is called in messages (keys of ``import.read.kind.*``).
_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "pipe"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
    (stat.S_ISSOCK, "socket"),
)


class NotReadable(Exception):
    """The file cannot be read as a source: ``kind`` says why.

    ``kind`` is ``"folder"``, ``"pipe"``, ``"device"``, ``"socket"``, ``"other"`` (not a regular
    file), ``"too_big"`` (past the limit) or ``"os"`` (the system refused; ``reason`` says why).
    """

    def __init__(self, kind: str, reason: str = "") -> None:
        super().__init__(kind, reason)
        self.kind = kind
        self.reason = reason


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "other")


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """The opened file, if ``path`` is a regular file (symbolic links are followed); else NotReadable."""
    try:
        kind = _kind(os.stat(path).st_mode)
        if kind:
            raise NotReadable(kind)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise NotReadable("os", exc.strerror or str(exc)) from None
    try:
        kind = _kind(os.fstat(fd).st_mode)
        if kind:
            raise NotReadable(kind)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(handle: IO[bytes], limit: int) -> bytes:
    """All of ``handle`` if it holds at most ``limit`` bytes; NotReadable("too_big") otherwise."""
    try:
        data = handle.read(limit + 1)
    except OSError as exc:
        raise NotReadable("os", exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise NotReadable("too_big")
    return data


def read_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """A regular file's bytes, at most ``limit`` of them (see the module docstring)."""
    with open_regular(path) as handle:
        return read_limited(handle, limit)


#: English words for the kinds, for the messages of the JSON format (its messages are English).
KIND_WORDS = {
    "folder": "it is a folder, not a file",
    "pipe": "it is a named pipe, not an ordinary file; ropa reads only ordinary files",
    "device": "it is a device, not an ordinary file; ropa reads only ordinary files",
    "socket": "it is a socket, not an ordinary file; ropa reads only ordinary files",
    "other": "it is not an ordinary file; ropa reads only ordinary files",
}
