"""Render resources/icons/app.svg to the PNG sizes a Linux desktop wants and a Windows .ico.

Run by att-desktop.spec before freezing (``python installers/make_icons.py OUT_DIR``); uses
Qt's SVG renderer offscreen, so no image tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(folder / "att-desktop.png")):
            raise SystemExit(f"could not write the {size} px icon")
    # Qt's ICO writer stores one image per file; 256 px is what Windows scales from.
    if not render(256).save(str(out / "att-desktop.ico"), "ICO"):
        raise SystemExit("could not write att-desktop.ico (Qt's qico image plugin is missing)")
    render(256).save(str(out / "att-desktop.png"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons")))
