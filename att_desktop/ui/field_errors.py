"""Showing validation problems next to the fields they concern.

The domain reports problems as ``FieldError(field, message)`` with paths such as
``items[2].quantity``. A dialog maps each path to a widget (a ``FieldTarget``); this module
marks that widget with a red border and its message, and lists every problem in an
``ErrorSummary`` at the top whose entries take the person to the field. The core's messages
are Messages, shown with ``ui.messages.field_text`` in the window's language (issue 15);
``translate_message`` still words the English reasons ``parse_decimal`` gives for a number
typed in a form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Dynamic property set on a widget whose value was refused; ``ERROR_STYLE`` draws it red.
ERROR_PROPERTY = "fieldError"
ERROR_COLOUR = "#c62828"
ERROR_STYLE = f"""
QLineEdit[{ERROR_PROPERTY}="true"], QComboBox[{ERROR_PROPERTY}="true"],
QDateEdit[{ERROR_PROPERTY}="true"], QPlainTextEdit[{ERROR_PROPERTY}="true"],
QListWidget[{ERROR_PROPERTY}="true"], QTableWidget[{ERROR_PROPERTY}="true"],
QScrollArea[{ERROR_PROPERTY}="true"] {{
    border: 2px solid {ERROR_COLOUR};
    border-radius: 3px;
}}
QLabel#fieldMessage {{ color: {ERROR_COLOUR}; }}
"""


def _what(word: str) -> str:
    return {
        "quantity": QCoreApplication.translate("FieldMessages", "quantity"),
        "value": QCoreApplication.translate("FieldMessages", "value"),
    }.get(word, word)


_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"^'(?P<text>.*)' is not a (?P<what>\w+)$", re.DOTALL),
        lambda m: (
            QCoreApplication.translate("FieldMessages", "'%1' is not a %2")
            .replace("%1", m["text"])
            .replace("%2", _what(m["what"]))
        ),
    ),
    (
        re.compile(r"^use a dot for decimals in the (?P<what>\w+), not a comma$"),
        lambda m: QCoreApplication.translate(
            "FieldMessages", "use a dot for decimals in the %1, not a comma"
        ).replace("%1", _what(m["what"])),
    ),
)


def translate_message(message: str) -> str:
    """The message in the user's language when it is a reason ``parse_decimal`` gives.

    Anything else (text already translated by ``field_text``) is shown as it is.
    """
    for pattern, render in _PATTERNS:
        match = pattern.match(message)
        if match:
            return render(match)
    return message


def message_label(parent: QWidget | None = None) -> QLabel:
    """The small red line under a field that says what to fix; hidden until needed."""
    label = QLabel(parent)
    label.setObjectName("fieldMessage")
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    label.hide()
    return label


@dataclass(frozen=True)
class FieldTarget:
    """Where a field path is shown: the widget to mark and focus, and its name for the summary."""

    widget: QWidget
    label: str
    message: QLabel | None = None


def set_field_error(target: FieldTarget, message: str | None) -> None:
    """Mark (or, with ``None``, unmark) a field: red border, tooltip and its message line."""
    widget = target.widget
    if message is None:
        if widget.property(ERROR_PROPERTY):
            widget.setProperty(ERROR_PROPERTY, False)
            widget.setToolTip(str(widget.property("plainToolTip") or ""))
            _repolish(widget)
        if target.message is not None:
            target.message.clear()
            target.message.hide()
        return
    if not widget.property(ERROR_PROPERTY):
        widget.setProperty("plainToolTip", widget.toolTip())
    widget.setProperty(ERROR_PROPERTY, True)
    widget.setToolTip(message)
    _repolish(widget)
    if target.message is not None:
        target.message.setText(message)
        target.message.show()


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def resolve(path: str, targets: Mapping[str, FieldTarget]) -> str | None:
    """The registered path that shows ``path``: itself, or the nearest enclosing one.

    ``items[1].withheld_reason`` falls back to ``items[1]`` and then ``items``, so a message
    about a field a dialog does not show still lands next to the right record.
    """
    candidate = path
    while candidate:
        if candidate in targets:
            return candidate
        cut = max(candidate.rfind("."), candidate.rfind("["))
        if cut <= 0:
            break
        candidate = candidate[:cut]
    return None


class ErrorSummary(QFrame):
    """The list of problems at the top of a form; activating one goes to its field."""

    fieldActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.setStyleSheet(
            "QFrame#errorSummary { background: #fdecea; border: 1px solid #e0a8a3;"
            " border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(f"font-weight: bold; color: {ERROR_COLOUR};")
        layout.addWidget(self.heading)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setAccessibleName(self.tr("Problems to correct"))
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.viewport().setAutoFillBackground(False)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list)
        self.hide()

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """Show ``(path, text)`` pairs; an empty sequence hides the summary."""
        self.list.clear()
        if not problems:
            self.hide()
            return
        if len(problems) == 1:
            heading = self.tr("Not saved yet. Please correct this problem:")
        else:
            heading = self.tr("Not saved yet. Please correct these %1 problems:").replace(
                "%1", str(len(problems))
            )
        self.heading.setText(heading)
        for path, text in problems:
            item = QListWidgetItem(f"• {text}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(self.tr("Go to this field"))
        rows = min(len(problems), 6)
        height = self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2
        self.list.setFixedHeight(height)
        self.show()

    def problems(self) -> list[tuple[str, str]]:
        """The ``(path, text)`` pairs shown, for tests and screen readers."""
        result: list[tuple[str, str]] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            result.append((str(item.data(Qt.ItemDataRole.UserRole)), item.text()[2:]))
        return result

    def _activated(self, item: QListWidgetItem) -> None:
        self.fieldActivated.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class FieldSlot(QWidget):
    """A field with its optional caption above and its (hidden) error message below."""

    def __init__(
        self,
        field: QWidget,
        caption: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption: QLabel | None = None
        if caption is not None:
            self.caption = QLabel(caption, self)
            self.caption.setBuddy(field)
            layout.addWidget(self.caption)
        layout.addWidget(field)
        self.message = message_label(self)
        layout.addWidget(self.message)

    def target(self, label: str) -> FieldTarget:
        return FieldTarget(self.field, label, self.message)
