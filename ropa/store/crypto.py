"""Encryption at rest: SQLCipher keys, telling an encrypted register apart, keyed connections.

An encrypted register is an SQLCipher 4 database: every page, the first one included, is
AES-256 encrypted and authenticated (HMAC-SHA512), so the file holds no readable byte, not even
SQLite's magic header. Its first 16 bytes are the random salt of the key derivation.

The passphrase is turned into the raw page key once per opening, with SQLCipher 4's own key
derivation (PBKDF2-HMAC-SHA512, 256,000 iterations, the file's salt), and connections are then keyed
with that raw key. Only the derived key stays in memory: never the passphrase, never anything on
disk. Deriving once, instead of once per connection as ``PRAGMA key = 'passphrase'`` would, keeps
opening fast; ``test_encryption`` proves that the raw key and the passphrase open the same file.

Without a key, an encrypted file cannot be told from random bytes with certainty (that is the point
of encrypting it). ropa calls a file *possibly encrypted* when it has no SQLite header, its size is
a whole number of 4 KiB pages and its first page looks random (byte entropy above 7 bits).
Anything else is "not a ropa register"; a possibly encrypted file asks for a passphrase.
"""

from __future__ import annotations

import hashlib
import math
import os
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from ropa.errors import NotARegisterError, ValidationError

#: SQLCipher 4 defaults, pinned on every connection with ``PRAGMA cipher_compatibility = 4``.
COMPATIBILITY = 4
KDF_ITERATIONS = 256_000
KDF_HASH = "sha512"
KEY_BYTES = 32
SALT_BYTES = 16
PAGE_SIZE = 4096
#: a random page has ~7.95 bits of entropy per byte; SQLite pages, text and most files far less
ENTROPY_THRESHOLD = 7.0


class PassphraseRequiredError(NotARegisterError):
    """The file is encrypted (or is not a register at all): a passphrase is needed to tell."""


class WrongPassphraseError(NotARegisterError):
    """The passphrase given does not open the file; the file was not changed."""


@dataclass(frozen=True, repr=False)
class Key:
    """The raw SQLCipher key of one register and the salt it was derived with (never printed)."""

    secret: bytes = field(repr=False)
    salt: bytes

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> Key:
        """SQLCipher 4's derivation of the page key from a passphrase and the file's salt."""
        secret = hashlib.pbkdf2_hmac(KDF_HASH, _passphrase_bytes(passphrase), salt, KDF_ITERATIONS, KEY_BYTES)
        return cls(secret, salt)

    @classmethod
    def new(cls, passphrase: str) -> Key:
        """A key for a new encrypted file, with a fresh random salt."""
        return cls.derive(passphrase, os.urandom(SALT_BYTES))

    @classmethod
    def for_file(cls, path: Path, passphrase: str) -> Key:
        return cls.derive(passphrase, file_salt(path))

    def pragma_value(self) -> str:
        """SQLCipher's raw key syntax with an explicit salt: ``x'<key hex><salt hex>'``."""
        return f"x'{self.secret.hex()}{self.salt.hex()}'"

    def __repr__(self) -> str:
        return "Key(<hidden>)"


def check_passphrase(passphrase: str) -> str:
    """Refuse a passphrase that protects nothing; returned unchanged otherwise."""
    if not passphrase or not passphrase.strip():
        raise ValidationError(["the passphrase cannot be empty"])
    return passphrase


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on macOS (decomposed accents) and Windows gives the same key.
    return unicodedata.normalize("NFC", check_passphrase(passphrase)).encode("utf-8")


def file_salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def _entropy(data: bytes) -> float:
    if not data:
        return 0.0
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in Counter(data).values())


def looks_encrypted(path: Path, size: int | None = None) -> bool:
    """True when the file could be an SQLCipher register: whole pages of random-looking bytes."""
    size = path.stat().st_size if size is None else size
    if size == 0 or size % PAGE_SIZE:
        return False
    with open(path, "rb") as handle:
        first_page = handle.read(PAGE_SIZE)
    return _entropy(first_page) > ENTROPY_THRESHOLD


def looks_random(path: Path) -> bool:
    """High-entropy content whatever its size: an encrypted register cut short, or random bytes."""
    with open(path, "rb") as handle:
        head = handle.read(PAGE_SIZE)
    return len(head) >= 1024 and _entropy(head) > ENTROPY_THRESHOLD


@cache
def dbapi() -> ModuleType:
    """The SQLCipher DB-API module (sqlcipher3), with SQLCipher's own logging to stderr silenced."""
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    conn = dbapi2.connect(":memory:")
    try:
        # Process-wide: a wrong key must give our one sentence, not SQLCipher's log lines on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    module: ModuleType = dbapi2
    return module


def apply_key(dbapi_connection: Any, key: Key | None) -> None:
    """Key a fresh connection before anything reads the file. ``None``: a plain (unencrypted) file."""
    cursor = dbapi_connection.cursor()
    try:
        if key is not None:
            cursor.execute(f'PRAGMA key = "{key.pragma_value()}"')
            cursor.execute(f"PRAGMA cipher_compatibility = {COMPATIBILITY}")
    finally:
        cursor.close()


def connect(target: str | Path, key: Key | None, *, uri: bool = False) -> Any:
    """A raw SQLCipher connection, keyed (or plain when ``key`` is None)."""
    conn = dbapi().connect(str(target), uri=uri)
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def keying_listener(key: Key) -> Callable[[Any, Any], None]:
    """An SQLAlchemy ``connect`` listener that keys each new pooled connection first."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_key(dbapi_connection, key)

    return on_connect


def errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both drivers (sqlite3 and sqlcipher3 do not share a hierarchy)."""
    import sqlite3

    return (sqlite3.Error, dbapi().Error)
