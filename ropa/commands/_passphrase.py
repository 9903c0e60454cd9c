"""Passphrases for the command line: from ``ROPA_PASSPHRASE`` (scripts) or a prompt that never echoes.

A prompt appears only when a file turns out to be encrypted and only when a person is at the
terminal (stdin is a tty); scripts get one line telling them to set the variable. The passphrase
is kept in a local variable for the time of the call: never printed, logged or saved.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ropa.errors import ValidationError

if TYPE_CHECKING:
    from ropa.i18n import Translator
    from ropa.service import RegisterStore

T = TypeVar("T")

#: the passphrase of the register a command opens (or of a new encrypted register)
ENV = "ROPA_PASSPHRASE"
#: the new passphrase of ``ropa passphrase``, for scripts
NEW_ENV = "ROPA_NEW_PASSPHRASE"
ATTEMPTS = 3


def translator() -> Translator:
    """Messages in the language of the user's locale (the register's is not known before opening)."""
    from ropa.i18n import LANGUAGES, Translator

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            language = value[:2].lower()
            return Translator(language if language in LANGUAGES else "en")
    return Translator("en")


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def from_env(variable: str = ENV) -> str | None:
    value = os.environ.get(variable)
    return value if value else None


def new_passphrase(path: Path, variable: str = ENV) -> str:
    """A passphrase for encrypting: from ``variable``, or typed twice at the terminal."""
    from ropa.store.crypto import check_passphrase
    t = translator()
    value = from_env(variable)
    if value is not None:
        return check_passphrase(value)
    if not interactive():
        raise ValidationError([t("security.cli.new_needed", variable=variable)])
    first = check_passphrase(_ask(t("security.cli.prompt_new", file=path.name)))
    if _ask(t("security.cli.prompt_confirm")) != first:
        raise ValidationError([t("security.cli.mismatch")])
    return first


def open_store(path: Path, *, readonly: bool = False) -> RegisterStore:
    """Open a register, plain or encrypted, the same way for every command."""
    from ropa.service import RegisterStore

    return with_passphrase(path, lambda passphrase: RegisterStore.open(path, readonly=readonly, passphrase=passphrase))


def with_passphrase(path: Path, opener: Callable[[str | None], T]) -> T:
    """``opener(passphrase)`` with ROPA_PASSPHRASE, or with what is typed at the terminal (3 tries)."""
    from ropa.store.crypto import PassphraseRequiredError, WrongPassphraseError

    given = from_env()
    try:
        return opener(given)
    except PassphraseRequiredError:
        if not interactive():
            raise PassphraseRequiredError(translator()("security.cli.needed", file=path.name)) from None
    t = translator()
    last: WrongPassphraseError | None = None
    for attempt in range(ATTEMPTS):
        if attempt:
            print(t("security.cli.wrong_retry", file=path.name), file=sys.stderr)
        typed = _ask(t("security.cli.prompt", file=path.name))
        try:
            return opener(typed)
        except WrongPassphraseError as error:
            last = error
    assert last is not None
    raise last
