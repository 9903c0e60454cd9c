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

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from ropa.domain.model import Register
from ropa.exchange import json_format

#: Entries of the exchange dictionary that describe the export, not the register, so are left out.
VOLATILE_KEYS = ("exported_at", "generator")

#: Activities encoded at a time when streaming: bounds the memory the fingerprint needs.
CHUNK = 250


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_bytes(register: Register) -> bytes:
    """The canonical serialisation the fingerprint is computed over (documented in docs/exports.md)."""
    data = json_format.to_dict(register)
    for key in VOLATILE_KEYS:
        data.pop(key, None)
    return _dumps(data).encode("utf-8")


def canonical_chunks(register: Register) -> Iterator[str]:
    """:func:`canonical_bytes`, as text, piece by piece.

    The exchange dictionary of 5,000 activities takes more memory than the register itself, so
    the activities are encoded a few hundred at a time (in the exchange format's canonical order:
    by reference, then UUID) and everything else once. Joined, the pieces are exactly
    ``canonical_bytes(register)`` (a test holds them to it).
    """
    head = json_format.to_dict(dataclasses.replace(register, activities=()))
    for key in VOLATILE_KEYS:
        head.pop(key, None)
    activities = sorted(register.activities, key=lambda a: (a.reference, a.uuid))
    first = True
    for key in sorted(head):
        yield ("{" if first else ",") + _dumps(key) + ":"
        first = False
        if key != "activities":
            yield _dumps(head[key])
            continue
        yield "["
        for start in range(0, len(activities), CHUNK):
            part = dataclasses.replace(register, activities=tuple(activities[start : start + CHUNK]), acknowledgements=())
            encoded = json_format.to_dict(part)["activities"]
            yield ("," if start else "") + ",".join(_dumps(a) for a in encoded)
        yield "]"
    yield "}"


def fingerprint(register: Register) -> str:
    """SHA-256 of :func:`canonical_bytes`, as 64 lowercase hexadecimal digits (computed in pieces)."""
    digest = hashlib.sha256()
    for piece in canonical_chunks(register):
        digest.update(piece.encode("utf-8"))
    return digest.hexdigest()


def short(value: str) -> str:
    """The fingerprint in groups of eight digits, easier to read aloud and compare by eye."""
    return " ".join(value[i : i + 8] for i in range(0, len(value), 8))
