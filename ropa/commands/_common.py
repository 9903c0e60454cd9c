"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa.errors import ValidationError

if TYPE_CHECKING:
    from ropa.service import RegisterStore


def file_argument(parser: argparse.ArgumentParser, help_text: str = "the register file (.ropa)") -> None:
    parser.add_argument("file", type=Path, help=help_text)


def open_store(path: Path, *, readonly: bool = False) -> RegisterStore:
    """Open the register a command works on; encrypted ones take ROPA_PASSPHRASE or ask at the terminal."""
    from ropa.commands._passphrase import open_store as open_with_passphrase
    from ropa.outputs import protect

    protect(path)  # no output of this command may replace it, even once it is closed
    return open_with_passphrase(path, readonly=readonly)


def problems_text(error: ValidationError, limit: int = 20) -> str:
    lines = error.problems[:limit]
    more = len(error.problems) - limit
    if more > 0:
        lines.append(f"... and {more} more")
    return "\n".join(f"  {line}" for line in lines)


def human_size(size: int) -> str:
    value: float = size
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def plural(count: int, word: str, plural_form: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural_form or word + 's')}"


Handler = Any
