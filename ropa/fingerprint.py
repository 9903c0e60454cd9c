"""The fingerprint of a register's content: how an auditor checks that an export matches a register.

It is the SHA-256 of the canonical JSON of the register: the exchange format's dictionary
(``ropa.exchange.json_format.to_dict``, which already orders activities and catalogue items) minus
the two entries that describe the export rather than the content (``exported_at``, ``generator``),
serialised with sorted keys, no whitespace, non-ASCII kept as UTF-8. Exports print it on their
cover, ``ropa fingerprint FILE`` prints it for the register as it is now, and a frozen version of
the register can carry it: the same content always gives the same value, whatever the language,
format or date of the export.
"""

from __future__ import annotations

import hashlib
import json

from ropa.domain.model import Register
from ropa.exchange import json_format

#: Entries of the exchange dictionary that describe the export, not the register, so are left out.
VOLATILE_KEYS = ("exported_at", "generator")


def canonical_bytes(register: Register) -> bytes:
    """The canonical serialisation the fingerprint is computed over (documented in docs/exports.md)."""
    data = json_format.to_dict(register)
    for key in VOLATILE_KEYS:
        data.pop(key, None)
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(register: Register) -> str:
    """SHA-256 of :func:`canonical_bytes`, as 64 lowercase hexadecimal digits."""
    return hashlib.sha256(canonical_bytes(register)).hexdigest()


def short(value: str) -> str:
    """The fingerprint in groups of eight digits, easier to read aloud and compare by eye."""
    return " ".join(value[i : i + 8] for i in range(0, len(value), 8))
