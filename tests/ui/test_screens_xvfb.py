"""The real app on a real X server (Xvfb, xcb platform plugin): it starts and draws its window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.screenshots import xvfb_screenshot

pytestmark = [
    pytest.mark.gui,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt-get install xvfb)"),
]


def test_ropa_gui_draws_the_main_window_on_xvfb(qapp, demo_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    png = xvfb_screenshot(demo_copy, tmp_path / "xvfb.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    # a drawn window, not a blank screen: many colours, and the list's text pixels (dark) are there
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 50
    dark = sum(1 for x in range(240, 1260, 3) for y in range(150, 430, 3) if image.pixelColor(x, y).lightness() < 80)
    assert dark > 200
