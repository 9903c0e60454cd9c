"""The one way ropa writes an output file (exports, change reports, mappings, copies, new registers).

Every command and every exporter writes through :func:`output_file`, so every output gets the same
guarantees, whatever the format:

* **Never the register.** An output that is a register this process has open (or has read), one of
  its side files (``-wal``, ``-shm``, ``-journal``, ``.lock``) or one of its migration backups is
  refused before anything is written. Files are compared by device and inode, and by their real
  path for side files that do not exist yet, so ``../dir/x.ropa``, a symbolic link or a hard link
  to the register is caught like the name itself.
* **Never a file that is open elsewhere.** A regular file another ropa window or process holds
  (its writer lock) is not replaced.
* **Never something that is not a regular file.** A character device (``/dev/null``,
  ``/dev/stdout``) or a named pipe is written *through*: the content is written to it, nothing is
  renamed over it. Folders, block devices and sockets are refused.
* **Symbolic links are followed**: ``-o link`` writes the file the link points to (the link stays
  a link), exactly like the shell's ``> link``.
* **Complete or not at all.** The content goes to a new temporary file created exclusively
  (``O_EXCL``, random name) in the target's folder, is flushed to disk, and is renamed onto the
  target only when complete. A missing or unwritable folder, a full disk or any other write error
  is one sentence, "cannot write …; nothing was written" (exit 1), and leaves no file behind.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import secrets
import shutil
import stat
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ropa.errors import RegisterLockedError, RopaError, StorageError, ValidationError

#: Files SQLite and ropa keep beside a register while it is open.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")

_guard = threading.Lock()
#: register files in use by this process: path -> number of open handles (or reads) of it
_registers: dict[Path, int] = {}


class OutputRefusedError(ValidationError):
    """The output would replace the register, one of its files, or something that is not a file."""

    def __init__(self, message: str) -> None:
        super().__init__([message])


def register_in_use(path: str | os.PathLike[str]) -> None:
    """Protect ``path`` (a register) and its side files from being written as an output."""
    key = Path(os.path.abspath(path))
    with _guard:
        _registers[key] = _registers.get(key, 0) + 1


def register_released(path: str | os.PathLike[str]) -> None:
    key = Path(os.path.abspath(path))
    with _guard:
        count = _registers.get(key, 0) - 1
        if count > 0:
            _registers[key] = count
        else:
            _registers.pop(key, None)


def protect(path: str | os.PathLike[str]) -> None:
    """Protect an input of the running command for the rest of the process (the CLI's registers and
    sources): ``ropa export x.ropa -o x.ropa`` is refused although the register is closed by then."""
    register_in_use(path)


def protected_registers() -> list[Path]:
    with _guard:
        return list(_registers)


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _protected_files(register: Path) -> Iterator[Path]:
    yield register
    for suffix in SIDE_SUFFIXES:
        yield Path(str(register) + suffix)
    yield register.with_name(f".~lock.{register.name}#")  # who holds the writer lock
    folder = register.parent
    with contextlib.suppress(OSError):
        # the copies written before a migration: <stem>.backup-<revision>-<stamp><suffix>
        yield from folder.glob(f"{glob_escape(register.stem)}.backup-*{glob_escape(register.suffix)}")


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def refuse_if_protected(path: Path) -> None:
    """Refuse ``path`` when it is, by inode or by real path, a protected register or one of its files."""
    identity = _identity(path)
    real = os.path.realpath(path)
    for register in protected_registers():
        for candidate in _protected_files(register):
            same = identity is not None and identity == _identity(candidate)
            if same or real == os.path.realpath(candidate):
                what = "the register" if candidate == register else f"a file of the register {register.name}"
                raise OutputRefusedError(
                    f"{path} is {what}; writing there would destroy it: choose another output file"
                )


@dataclass(frozen=True)
class Target:
    """Where an output goes, once checked."""

    given: Path
    #: the regular file that will be replaced or created (symbolic links resolved)
    final: Path
    #: True for a character device or a named pipe: written through, never replaced
    stream: bool = False


def is_stream(path: str | os.PathLike[str]) -> bool:
    """True for a character device or a named pipe (written through, as one stream of bytes)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def write_error(path: Path, exc: BaseException) -> StorageError:
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            reason = "the disk is full"
    else:
        reason = str(exc)
    return StorageError(f"cannot write {path}: {reason}; nothing was written")


def check_target(path: str | os.PathLike[str], *, allow_existing: bool = True) -> Target:
    """Check an output path before anything is written; raise one-sentence errors."""
    given = Path(path)
    if str(given) in ("", "."):
        raise OutputRefusedError("no output file given")
    refuse_if_protected(given)
    try:
        st = os.stat(given)  # follows symbolic links: the rule is to write what the link points to
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise write_error(given, exc) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise OutputRefusedError(f"{given} is a folder; give a file name to write to")
        if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            return Target(given, given, stream=True)
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefusedError(f"{given} is not a regular file (a block device or socket); choose a file")
        if not allow_existing:
            raise OutputRefusedError(f"{given} already exists; choose another name")
        refuse_if_open_elsewhere(given)
    final = Path(os.path.realpath(given))
    folder = final.parent
    if not folder.is_dir():
        raise StorageError(f"cannot write {given}: the folder {folder} does not exist; nothing was written")
    return Target(given, final)


def refuse_if_open_elsewhere(path: Path) -> None:
    from ropa.store.lock import held_elsewhere

    if held_elsewhere(path):
        raise RegisterLockedError(f"{path} is open in another ropa window or process; close it there first")


def _document_mode() -> int:
    return 0o666


def _create_temporary(final: Path) -> Path:
    """A new, empty, exclusively created file beside ``final`` (same folder: the rename is atomic)."""
    for _ in range(20):
        tmp = final.with_name(f".{final.name}.{secrets.token_hex(6)}.tmp{final.suffix}")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), _document_mode())
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(final))  # pragma: no cover


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _write_through(source: Path, target: Path) -> None:
    """Copy the finished output into a device or named pipe (opened without creating or truncating)."""
    flags = os.O_WRONLY
    if stat.S_ISFIFO(os.stat(target).st_mode):
        try:  # a pipe nobody reads would block for ever: say so instead
            fd = os.open(target, flags | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno == errno.ENXIO:
                raise StorageError(f"cannot write {target}: no program is reading from this pipe; nothing was written") from None
            raise
        os.set_blocking(fd, True)
    else:
        fd = os.open(target, flags)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as data:
        shutil.copyfileobj(data, out, 1024 * 1024)


def _is_failed_write_noise(unraisable: Any) -> bool:
    """A finaliser that failed again because an output's disk filled up (a zip writer closing its
    file on a full disk, an XML writer on an already closed file), after the write was reported."""
    exc = unraisable.exc_value
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG)
    return isinstance(exc, ValueError) and "closed file" in str(exc)


_noise_filter_installed = False


def _install_noise_filter() -> None:
    """Python prints "Exception ignored in …" and a traceback (90-145 lines for an xlsx export on a
    full disk) when a library object whose file failed is collected. The failure itself is reported
    in one sentence; this filter drops only those echoes and passes anything else on."""
    global _noise_filter_installed
    if _noise_filter_installed:
        return
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if not _is_failed_write_noise(unraisable):
            previous(unraisable)

    sys.unraisablehook = hook
    _noise_filter_installed = True


def _drop_failed_writers(exc: BaseException) -> None:
    """Let go of the half-written library objects referenced by the failure's frames, now."""
    tb = exc.__traceback__
    if tb is not None:
        traceback.clear_frames(tb)
    gc.collect()


@contextlib.contextmanager
def output_file(path: str | os.PathLike[str], *, allow_existing: bool = True) -> Iterator[Path]:
    """Yield a fresh temporary path to write the output to; it becomes ``path`` when the block succeeds.

    The block writes a complete file at the yielded path (with any library: it is a plain, empty,
    regular file in the target's folder, with the target's suffix). Errors raised by the block pass
    through (an ``OSError`` becomes the one-sentence "cannot write …"); the temporary file is removed.
    """
    target = check_target(path, allow_existing=allow_existing)
    _install_noise_filter()
    try:
        if target.stream:
            fd, name = tempfile.mkstemp(prefix=".ropa-output.", suffix=target.given.suffix)
            os.close(fd)
            tmp = Path(name)
        else:
            tmp = _create_temporary(target.final)
    except OSError as exc:
        raise write_error(target.given, exc) from None
    try:
        try:
            yield tmp
            if target.stream:
                check_target(target.given)
                _write_through(tmp, target.given)
                _remove(tmp)
            else:
                _publish(tmp, target, allow_existing)
        except BaseException as exc:
            _remove(tmp)
            if isinstance(exc, BrokenPipeError) and target.stream:
                raise  # the reader went away (``-o /dev/stdout | head``): not an error of ours
            if isinstance(exc, OSError) or _is_disk_error(exc):
                _drop_failed_writers(exc)
                error = exc if isinstance(exc, OSError) else _disk_cause(exc)
                raise write_error(target.given, error) from None
            raise
    finally:
        _remove(tmp)


def _is_disk_error(exc: BaseException) -> bool:
    return not isinstance(exc, RopaError) and _disk_cause(exc) is not exc


def _disk_cause(exc: BaseException) -> BaseException:
    """The OSError behind a library's own error (a ValueError "I/O operation on closed file" raised
    while a zip writer unwinds from a full disk), or ``exc`` itself."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current is not exc:
            return current
        current = current.__context__ or current.__cause__
    return exc


def _publish(tmp: Path, target: Target, allow_existing: bool) -> None:
    """Rename the finished file into place, re-checking the target at the last moment."""
    from ropa.store.lock import holding_if_free

    _fsync_file(tmp)
    check_target(target.given, allow_existing=allow_existing)
    with holding_if_free(target.final) as free:
        if not free:
            raise RegisterLockedError(f"{target.given} is open in another ropa window or process; close it there first")
        if not allow_existing:
            # never replace: link() fails when the name exists, so a file created meanwhile survives
            os.link(tmp, target.final)
            tmp.unlink()
        else:
            os.replace(tmp, target.final)
    fsync_folder(target.final.parent)


def write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write a text output (UTF-8) through :func:`output_file`."""
    with output_file(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return Path(path)
