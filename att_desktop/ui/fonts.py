"""The fonts the window is drawn with: shipped in ``resources/fonts/``, never the machine's.

Column widths, dialog sizes and the small-screen fits are measured in these fonts' metrics,
so they must be the same on every machine: a laptop with extra Noto or DejaVu fonts
installed once made the register scroll sideways at 1280 pixels. The families carry their
own names ("ATT Noto Sans", "ATT Noto Sans SC"), so no installed font can stand in for them.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from att_desktop.config import resources_dir

log = logging.getLogger(__name__)

#: Latin, Greek and Cyrillic; the first family asked for.
UI_FAMILY = "ATT Noto Sans"
#: Simplified Chinese, for the characters the first family lacks.
UI_FAMILY_SC = "ATT Noto Sans SC"
#: Arabic, for the Arabic window and Arabic names in any window.
UI_FAMILY_ARABIC = "ATT Noto Sans Arabic"
#: One size everywhere (points, so it follows the screen's DPI like every desktop font).
UI_POINT_SIZE = 9

FONT_FILES = (
    "ATTNotoSans-Regular.ttf",
    "ATTNotoSans-Bold.ttf",
    "ATTNotoSansSC-Regular.ttf",
    "ATTNotoSansArabic-Regular.ttf",
    "ATTNotoSansArabic-Bold.ttf",
)

_loaded: set[str] = set()


def load_bundled_fonts() -> set[str]:
    """Add the shipped font files to Qt's font database (once); returns the families loaded."""
    if not _loaded:
        folder = resources_dir() / "fonts"
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(folder / name))
            if font_id < 0:
                log.warning("Cannot load the font %s", folder / name)
                continue
            _loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    return set(_loaded)


def ui_font() -> QFont:
    """The application font: the bundled Latin family, Chinese from the SC subset, Arabic
    from Noto Sans Arabic: never a font of the machine, whatever the script."""
    font = QFont()
    font.setFamilies([UI_FAMILY, UI_FAMILY_SC, UI_FAMILY_ARABIC])
    font.setPointSize(UI_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def install_fonts(app: QApplication) -> QFont:
    """Load the shipped fonts and make them the application's; before any window is built."""
    load_bundled_fonts()
    font = ui_font()
    app.setFont(font)
    return font
