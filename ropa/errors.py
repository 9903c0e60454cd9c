"""Errors a user can be shown: each carries one plain sentence, never a traceback."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, limit: int = 400) -> str:
    """``text`` safe to show in a one-line message: control, format (bidi) and surrogate characters
    escaped, since messages quote what came from a file; shortened past ``limit`` characters."""
    if len(text) > limit:
        text = text[:limit] + "\u2026"
    return "".join(
        _ESCAPES.get(ch) or (f"\\u{ord(ch):04x}" if unicodedata.category(ch)[0] == "C" else ch) for ch in text
    )


class RopaError(Exception):
    """Base of every error meant for the user; ``str(err)`` is the one-line message."""


class NotARegisterError(RopaError):
    """The file is not a ropa register (another kind of file, or not a database at all)."""


class CorruptRegisterError(RopaError):
    """The file looks like a register but is damaged or truncated."""


class NewerRegisterError(RopaError):
    """The file was written by a newer version of ropa, whose schema this version does not know."""


@dataclass(frozen=True)
class LockHolder:
    """Who has a register open for writing: recorded next to the file while the lock is held."""

    program: str  # "ropa gui", "ropa export"...
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time of the holder

    def describe(self) -> str:
        return f"{self.program} (process {self.pid}) of {self.user} on {self.host}, since {self.since}"


class RegisterLockedError(RopaError):
    """Another ropa process has the file open for writing; ``holder`` says which, when known."""

    def __init__(self, message: str, holder: LockHolder | None = None) -> None:
        super().__init__(message)
        self.holder = holder


class RegisterExistsError(RopaError):
    """Refusing to overwrite an existing file."""


class ReadOnlyError(RopaError):
    """The register was opened read-only, or the medium cannot be written."""


class StorageError(RopaError):
    """Saving failed (disk full, medium removed...); the register is unchanged and the edit can be retried."""


class NotFoundError(RopaError):
    """An item referred to by UUID or reference does not exist in the register."""


#: An input with more problems than this is refused after listing the first ones, with a count of the rest:
#: a file of a million wrong elements costs neither a million messages nor their memory.
MAX_PROBLEMS = 100


class Problems:
    """Collects problems up to ``MAX_PROBLEMS`` and counts the rest (``raise_if_any``)."""

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        self.limit = limit
        self.kept: list[str] = []
        self.count = 0

    def add(self, problem: str) -> None:
        self.count += 1
        if len(self.kept) < self.limit:
            self.kept.append(problem)

    @property
    def full(self) -> bool:
        """True once nothing more would be kept: callers may skip building the message."""
        return len(self.kept) >= self.limit

    def __bool__(self) -> bool:
        return self.count > 0

    def error(self) -> ValidationError:
        return ValidationError(self.kept, total=self.count)

    def raise_if_any(self) -> None:
        if self.count:
            raise self.error()


class ValidationError(RopaError):
    """Input that does not fit the register: every problem with its location."""

    def __init__(self, problems: list[str], *, total: int | None = None) -> None:
        # Problems quote the input (keys, references, cells): keep each on one printable line.
        # ``total``: how many there were when only the first ones were kept (see MAX_PROBLEMS).
        problems = [printable(p) for p in problems]
        self.total = max(total or 0, len(problems))
        if self.total > len(problems):
            problems.append(f"and {self.total - len(problems):,} more problems")
        self.problems = problems
        first = problems[0] if problems else "invalid input"
        more = f" (and {self.total - 1:,} more)" if self.total > 1 else ""
        super().__init__(f"{first}{more}")
