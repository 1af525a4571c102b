"""Window sizes that fit the screen the window opens on (a 1366×768 laptop, say)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: Room left for the taskbar and the window frame.
MARGIN = QSize(40, 60)


def fitted_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, made smaller where the available screen area is smaller."""
    screen = widget.screen()
    if screen is None:
        return preferred
    available = screen.availableGeometry().size() - MARGIN
    return preferred.boundedTo(available).expandedTo(widget.minimumSizeHint())
