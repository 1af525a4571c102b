"""Icons: the SVGs shipped in ``resources/icons`` and the status colours of the register.

Icons are drawn for the app rather than taken from the desktop theme, so the app looks the
same on Windows, on a minimal Linux desktop and in offscreen screenshots.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from att_desktop.config import resources_dir
from att_desktop.domain.enums import CaseStatus

#: Pending cases in amber/blue, outcomes in green/red, inactive ones in grey.
STATUS_COLOURS: dict[CaseStatus, str] = {
    CaseStatus.DRAFT: "#9aa4af",
    CaseStatus.SUBMITTED: "#3b7dd8",
    CaseStatus.UNDER_ASSESSMENT: "#e0a100",
    CaseStatus.IN_COMMITTEE: "#8a5cc7",
    CaseStatus.AUTHORISED: "#2e9d57",
    CaseStatus.DENIED: "#d0453b",
    CaseStatus.WITHDRAWN: "#5f6770",
}


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon if it is missing (never an error)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")


def status_colour(status: CaseStatus) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#9aa4af"))


@cache
def status_icon(status: CaseStatus) -> QIcon:
    """A filled dot in the status colour, drawn at two sizes for normal and high-DPI screens."""
    result = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_colour(status))
        margin = size * 0.25
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
        painter.end()
        result.addPixmap(pixmap)
    return result
