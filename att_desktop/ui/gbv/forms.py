"""Small form helpers shared by the issue-14 panels: ISO dates typed as text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLineEdit, QScrollArea, QVBoxLayout, QWidget


def date_edit(parent: QWidget, name: str, *, today: bool = False) -> QLineEdit:
    """A date as YYYY-MM-DD (read the same in every language); empty when unknown."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(QCoreApplication.translate("GbvForms", "YYYY-MM-DD"))
    edit.setMaxLength(10)
    if today:
        edit.setText(date.today().isoformat())
    return edit


class BadDate(ValueError):
    """A date field's text is not a date; ``field`` is the edit that holds it."""

    def __init__(self, field: QLineEdit) -> None:
        self.field = field
        super().__init__(
            QCoreApplication.translate("GbvForms", "Write dates as YYYY-MM-DD, e.g. %1").replace(
                "%1", date.today().isoformat()
            )
        )


def read_date(edit: QLineEdit) -> date | None:
    """The typed date, None when empty; ``BadDate`` when it is not a date."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadDate(edit) from None


def scrolled(panel: QWidget, body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area filling ``panel``: a case-view tab must not make
    the main window taller than a 1280x720 screen."""
    area = QScrollArea(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    return area
