"""Arabic mirrors the window: the application's direction follows the language, and the
painted GBV flowchart, which Qt cannot mirror by itself, draws its side arrows mirrored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.i18n import is_rtl
from att_desktop.ui.assessment.flowchart import GbvFlowchart
from att_desktop.ui.i18n import install_translators, remove_translators


@pytest.fixture
def restore_direction(qapp: QApplication) -> Iterator[None]:
    yield
    remove_translators(qapp, install_translators(qapp, "en"))


def test_only_arabic_is_right_to_left() -> None:
    assert is_rtl("ar") and is_rtl("ar_EG")
    assert not any(is_rtl(code) for code in ("en", "zh_CN", "fr", "ru", "es"))


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_the_application_direction_follows_the_language(
    qapp: QApplication, restore_direction: None, language: str, direction: str
) -> None:
    translators = install_translators(qapp, language)
    try:
        expected = (
            Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
        )
        assert qapp.layoutDirection() is expected
    finally:
        remove_translators(qapp, translators)


def _is_path_colour(image: QImage, x: float, y: float) -> bool:
    """Whether the flowchart's blue path is drawn within a pixel or two of (x, y)."""
    for dx in (-1, 0, 1):
        colour = image.pixelColor(round(x) + dx, round(y))
        if colour.blue() - colour.red() > 40:
            return True
    return False


@pytest.mark.parametrize("mirrored", [False, True])
def test_the_flowchart_side_arrows_change_sides(qtbot: QtBot, mirrored: bool) -> None:
    chart = GbvFlowchart()
    qtbot.addWidget(chart)
    if mirrored:
        chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.resize(420, chart.height())
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    rects = chart.box_rects()
    r3, r4 = rects[3], rects[4]
    # Between boxes 3 and 4 only the 3 -> 5 route runs: on the right, or mirrored on the left.
    y = (r3.center().y() + r4.center().y()) / 2
    right = r3.right() + min(30.0, (chart.width() - r3.right()) / 3)
    left = chart.width() - right
    scale = image.width() / chart.width()
    assert _is_path_colour(image, (left if mirrored else right) * scale, y * scale)
    assert not _is_path_colour(image, (right if mirrored else left) * scale, y * scale)
    assert chart.mirrored() is mirrored
