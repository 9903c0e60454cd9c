"""Errors a user can be shown: each carries one plain sentence, never a traceback."""

from __future__ import annotations


class RopaError(Exception):
    """Base of every error meant for the user; ``str(err)`` is the one-line message."""


class NotARegisterError(RopaError):
    """The file is not a ropa register (another kind of file, or not a database at all)."""


class CorruptRegisterError(RopaError):
    """The file looks like a register but is damaged or truncated."""


class NewerRegisterError(RopaError):
    """The file was written by a newer version of ropa, whose schema this version does not know."""


class RegisterLockedError(RopaError):
    """Another ropa process has the file open for writing."""


class RegisterExistsError(RopaError):
    """Refusing to overwrite an existing file."""


class ReadOnlyError(RopaError):
    """The register was opened read-only, or the medium cannot be written."""


class StorageError(RopaError):
    """Saving failed (disk full, medium removed...); the register is unchanged and the edit can be retried."""


class NotFoundError(RopaError):
    """An item referred to by UUID or reference does not exist in the register."""


class ValidationError(RopaError):
    """Input that does not fit the register: every problem with its location."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else "invalid input"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}")
