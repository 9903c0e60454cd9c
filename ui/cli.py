"""``ropa gui [FILE]``: start the desktop app (registered through the ``ropa.commands`` entry point).

This module is imported by every ``ropa`` command to list its subcommands, so it must not import
Qt: the GUI is only loaded when ``ropa gui`` actually runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "gui",
        help="open the desktop app",
        description="Open the desktop app: the start screen, or the register FILE if given.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="the register file to open (.ropa)")
    parser.set_defaults(handler=run)


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why no window can be shown here, or None when a display is available."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if env.get("QT_QPA_PLATFORM"):
        return None  # chosen explicitly (offscreen, xcb, wayland...): trust it
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the desktop app cannot start here; "
        "use the command line instead: ropa --help"
    )


def run(args: argparse.Namespace) -> int:
    problem = display_problem()
    if problem is not None:
        print(f"ropa gui: {problem}", file=sys.stderr)
        return 1
    try:
        from ui.app import run as run_app
    except ImportError as exc:
        print(f"ropa gui: the desktop app cannot be loaded ({exc}); install it with: pip install PySide6-Essentials",
              file=sys.stderr)
        return 1
    return run_app(args.file)
