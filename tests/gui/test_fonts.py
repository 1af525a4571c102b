"""The window is drawn with the fonts the application ships, whatever the machine has.

The shipped families have names of their own ("ATT Noto Sans"), so resolving to them proves
the shipped files are used: a system Noto Sans or DejaVu cannot stand in for them, and the
layout tests (column widths at 1280 pixels, dialogs at 1280×720) measure the same text on
every machine. CI installs fonts-noto-core and fonts-noto-cjk so this is checked with
extra system fonts present.
"""

from __future__ import annotations

from xml.etree import ElementTree

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from att_desktop.config import resources_dir
from att_desktop.ui.fonts import (
    FONT_FILES,
    UI_FAMILY,
    UI_FAMILY_SC,
    UI_POINT_SIZE,
    install_fonts,
    load_bundled_fonts,
)


def test_the_application_font_is_the_shipped_family_at_a_fixed_size(qapp: QApplication) -> None:
    assert {UI_FAMILY, UI_FAMILY_SC} <= load_bundled_fonts()
    font = qapp.font()
    assert font.families() == [UI_FAMILY, UI_FAMILY_SC]
    info = QFontInfo(font)
    assert info.family() == UI_FAMILY
    assert info.pointSize() == UI_POINT_SIZE
    bold = QFont(font)
    bold.setBold(True)
    assert QFontInfo(bold).family() == UI_FAMILY and QFontInfo(bold).bold()


def test_widgets_inherit_it(qtbot: QtBot) -> None:
    label = QLabel("Assessment — 评估")
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == UI_FAMILY


def test_installing_twice_changes_nothing(qapp: QApplication) -> None:
    before = set(QFontDatabase.families())
    install_fonts(qapp)
    assert set(QFontDatabase.families()) == before
    assert QFontInfo(qapp.font()).family() == UI_FAMILY


def test_every_chinese_character_of_the_translations_is_in_the_shipped_font() -> None:
    folder = resources_dir() / "fonts"
    assert all((folder / name).is_file() for name in FONT_FILES)
    assert (folder / "OFL.txt").is_file() and (folder / "README.md").is_file()
    sc = QRawFont(str(folder / "ATTNotoSansSC-Regular.ttf"), 12)
    latin = QRawFont(str(folder / "ATTNotoSans-Regular.ttf"), 12)
    assert sc.isValid() and latin.isValid() and sc.familyName() == UI_FAMILY_SC
    tree = ElementTree.parse(resources_dir() / "translations" / "att_desktop_zh_CN.ts")
    text = "".join(node.text or "" for node in tree.iter("translation"))
    assert len(text) > 1000
    missing = {
        c
        for c in text
        if c.isprintable() and not (sc.supportsCharacter(ord(c)) or latin.supportsCharacter(ord(c)))
    }
    assert not missing, f"rebuild the fonts (tools/build_fonts.py): {''.join(sorted(missing))}"
