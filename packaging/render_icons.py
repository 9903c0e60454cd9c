"""Draw ropa's icon files from the SVG master, resources/icons/ropa.svg.

Writes resources/icons/hicolor/<N>x<N>/apps/ropa.png (the freedesktop layout the .deb installs
and the app's window icon), ropa.ico (Windows: the .exe and the installer) and ropa.icns (macOS).
Run it after changing the SVG:  .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402 - Pillow comes with reportlab
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "ropa.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'ropa.svg'}", file=sys.stderr)
        return 1
    pngs: dict[int, Path] = {}
    for size in SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "ropa.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        pngs[size] = target
    largest = Image.open(pngs[512]).convert("RGBA")
    largest.save(ICONS / "ropa.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(ICONS / "ropa.icns")
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
