"""``ropa gui``: registered in the ropa CLI, and one plain line (no crash) when there is no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.cli import display_problem


def test_display_detection() -> None:
    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


def test_without_a_display_ropa_gui_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "ropa.cli", "gui", str(tmp_path / "x.ropa")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "ropa --help" in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_gui_is_listed_in_the_ropa_help_without_loading_qt() -> None:
    code = ("import sys; from ropa.cli import build_parser; text = build_parser().format_help(); "
            "print('PySide6' in sys.modules, ' gui ' in text)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    # listed, and every ropa command stays fast: Qt is loaded only when `ropa gui` runs
    assert result.stdout.strip() == "False True", result.stderr
