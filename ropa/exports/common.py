"""What the Excel, PDF and CSV exporters share: cancelling, progress, atomic files, safe text.

An exporter never leaves a partial file: it writes next to the target under a hidden temporary
name and renames it into place only when everything went well; a cancel or an error removes the
temporary file. Progress and cancel go through the callbacks of ``ExportOptions``, so the GUI can run
an exporter on a worker thread without ropa/ knowing about Qt.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from ropa.errors import RopaError, StorageError, ValidationError
from ropa.exports import ExportOptions
from ropa.i18n import LANGUAGES, Translator
from ropa.outputs import output_file, refuse_if_protected, write_error


class ExportCancelled(RopaError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


class Progress:
    """Reports ``progress(done, total)`` at most every ``every`` steps and raises on cancel.

    Checking the cancel flag is a cheap call, so it is polled at every report; exporters call
    :meth:`step` once per row or per activity.
    """

    def __init__(self, options: ExportOptions, total: int, every: int = 25) -> None:
        self._report = options.progress
        self._cancelled = options.cancelled
        self.total = max(total, 1)
        self.done = 0
        self._every = every
        self._next = 0
        self.check()
        self._emit()

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def _emit(self) -> None:
        if self._report is not None:
            self._report(min(self.done, self.total), self.total)

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.done >= self._next:
            self._next = self.done + self._every
            self.check()
            self._emit()

    def finish(self) -> None:
        """The file is in place: report 100 % (no cancel check any more, it is too late to undo)."""
        self.done = self.total
        self._emit()


def translator_for(options: ExportOptions) -> Translator:
    if options.language not in LANGUAGES:
        raise ValidationError([f"unknown export language {options.language!r}; use one of {', '.join(LANGUAGES)}"])
    return Translator(options.language)


def page_size_name(options: ExportOptions) -> str:
    name = (options.page_size or "A4").strip().upper()
    if name not in ("A4", "LETTER"):
        raise ValidationError([f"unknown page size {options.page_size!r}; use A4 or Letter"])
    return name


def _write_error(path: Path, exc: OSError) -> StorageError:
    return write_error(path, exc)


def _temporary_name(path: Path) -> Path:
    """A hidden name beside ``path`` (same folder, so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def atomic_file(path: Path) -> contextlib.AbstractContextManager[Path]:
    """A temporary file beside ``path``; renamed onto ``path`` when the block succeeds, deleted otherwise.

    The one output path of ropa (:func:`ropa.outputs.output_file`): it refuses the register and its
    files, writes through devices and pipes, and reports any write error in one sentence.
    """
    return output_file(path)


@contextlib.contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """A temporary folder beside ``path``, renamed onto it at the end; an existing folder must be empty."""
    path = Path(path)
    refuse_if_protected(path)
    if not path.parent.is_dir():
        raise StorageError(f"cannot write {path}: the folder {path.parent} does not exist; nothing was written")
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise ValidationError([f"{path} already exists and is not an empty folder; choose a new folder or a .zip file"])
    tmp = _temporary_name(path)
    try:
        tmp.mkdir(mode=0o777)
    except OSError as exc:
        raise _write_error(path, exc) from None
    try:
        yield tmp
        if path.exists():
            path.rmdir()
        os.replace(tmp, path)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise _write_error(path, exc) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# --- text safety ---------------------------------------------------------------------------------

#: What spreadsheet programs treat as the start of a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: Characters XML 1.0 cannot hold (so neither xlsx nor PDF markup can); replaced, never silently dropped.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def xml_safe(text: str) -> str:
    """Replace control characters XML cannot carry by U+FFFD so a stray one cannot break the file."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def csv_safe(text: str) -> str:
    """Neutralise a formula for CSV: a leading apostrophe makes Excel and LibreOffice read it as text."""
    return "'" + text if looks_like_formula(text) else text
