"""The window is drawn with the fonts the application ships, whatever the machine has.

The shipped families have names of their own ("ATT Noto Sans"), so resolving to them proves
the shipped files are used: a system Noto Sans or DejaVu cannot stand in for them, and the
layout tests (column widths at 1280 pixels, dialogs at 1280×720) measure the same text on
every machine. CI installs fonts-noto-core and fonts-noto-cjk so this is checked with
extra system fonts present.
"""

from __future__ import annotations

import unicodedata
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from att_desktop.config import resources_dir
from att_desktop.ui.fonts import (
    FONT_FILES,
    UI_FAMILY,
    UI_FAMILY_ARABIC,
    UI_FAMILY_SC,
    UI_POINT_SIZE,
    install_fonts,
    load_bundled_fonts,
)
from att_desktop.ui.i18n_build import LANGUAGES


def test_the_application_font_is_the_shipped_family_at_a_fixed_size(qapp: QApplication) -> None:
    assert {UI_FAMILY, UI_FAMILY_SC, UI_FAMILY_ARABIC} <= load_bundled_fonts()
    font = qapp.font()
    assert font.families() == [UI_FAMILY, UI_FAMILY_SC, UI_FAMILY_ARABIC]
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_of_every_translation_is_in_a_shipped_font(language: str) -> None:
    """The window draws only with the shipped fonts: a character none of them has would
    come from whatever the machine has, or as a box. Both catalogues: the widgets' and the
    documents' (the same fonts are embedded in the PDFs)."""
    folder = resources_dir() / "fonts"
    assert all((folder / name).is_file() for name in FONT_FILES)
    assert (folder / "OFL.txt").is_file() and (folder / "README.md").is_file()
    fonts = [QRawFont(str(folder / name), 12) for name in FONT_FILES]
    assert all(font.isValid() for font in fonts)
    assert {font.familyName() for font in fonts} == {UI_FAMILY, UI_FAMILY_SC, UI_FAMILY_ARABIC}
    tree = ElementTree.parse(resources_dir() / "translations" / f"att_desktop_{language}.ts")
    text = "".join("".join(node.itertext()) for node in tree.iter("translation"))
    po = resources_dir() / "locale" / language / "LC_MESSAGES" / "att_desktop.po"
    text += po.read_text(encoding="utf-8")
    assert len(text) > 1000
    # Direction marks and isolates (Arabic) are format characters, not glyphs.
    missing = {
        c
        for c in text
        if c.isprintable()
        and unicodedata.category(c) != "Cf"
        and not any(font.supportsCharacter(ord(c)) for font in fonts)
    }
    assert not missing, f"rebuild the fonts (tools/build_fonts.py): {''.join(sorted(missing))}"
