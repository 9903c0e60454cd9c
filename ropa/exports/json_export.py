"""JSON export: the lossless exchange format (ropa.exchange.json_format)."""

from __future__ import annotations

from pathlib import Path

from ropa.domain.model import Register
from ropa.exchange import json_format
from ropa.exports import ExportOptions


def export(register: Register, path: Path, options: ExportOptions) -> None:
    json_format.write(register, path)
    if options.progress:
        options.progress(1, 1)
