"""Import a ropa JSON export (see docs/format.md)."""

from __future__ import annotations

from pathlib import Path

from ropa.domain.model import Register
from ropa.exchange import json_format
from ropa.imports import ImportOptions


def read(path: Path, current: Register, options: ImportOptions) -> Register:
    return json_format.read(path)
