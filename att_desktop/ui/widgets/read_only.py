"""Read-only views: answers in normal text, nothing changeable, no editing actions offered.

A disabled widget greys its text out, so a decider or a committee member reading a completed
assessment saw pale, hard-to-read answers. ``set_read_only`` keeps every field enabled (normal
palette, selectable text, reachable with Tab) but makes it refuse changes: line and text edits
and spin/date boxes become read-only; combo boxes, check boxes and radio buttons ignore the
mouse and the keyboard (Tab still moves on, Escape and Enter still reach the window); item views
stop editing; buttons marked with ``mark_edit_action`` (add/remove a row, run a screen) hide.
Calling it again with ``False`` restores what it changed, so one page serves both modes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: Property on a button that only edits: hidden while its page is read-only.
EDIT_ACTION = "editAction"
#: Property set on the root while read-only (tests and styles can ask for it).
READ_ONLY = "readOnlyView"
_WAS_READ_ONLY = "readOnlyViewWas"
_WAS_TRIGGERS = "readOnlyViewTriggers"
_GUARDED = "readOnlyViewGuarded"

_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}
_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
_FOCUS_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


def mark_edit_action(button: QAbstractButton) -> None:
    """A button that changes the answers (add a source, remove a measure): hidden when read-only."""
    button.setProperty(EDIT_ACTION, True)


def is_read_only(root: QWidget) -> bool:
    return bool(root.property(READ_ONLY))


class _InputGuard(QObject):
    """Swallows what would change a choice widget; passes focus moves on.

    Events are ignored rather than eaten, so the wheel scrolls the page around the field and
    Escape or Enter reach the window, as they would over a label."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEYS:
            assert isinstance(event, QKeyEvent)
            if Qt.Key(event.key()) in _FOCUS_KEYS:
                return False
        elif kind not in _MOUSE:
            return False
        event.ignore()
        return True


_GUARD = _InputGuard()


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Make every field under ``root`` (and ``root`` itself) read-only, or editable again."""
    root.setProperty(READ_ONLY, read_only)
    for widget in (root, *root.findChildren(QWidget)):
        _apply(widget, read_only)


def _apply(widget: QWidget, read_only: bool) -> None:
    if widget.property(EDIT_ACTION):
        widget.setVisible(not read_only)
        return
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        _text_like(widget, read_only)
    if isinstance(widget, QComboBox | QAbstractSpinBox) or (
        isinstance(widget, QAbstractButton) and widget.isCheckable()
    ):
        _guard(widget, read_only)
    if isinstance(widget, QAbstractItemView):
        _item_view(widget, read_only)


def _text_like(
    widget: QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox, read_only: bool
) -> None:
    if read_only:
        if widget.property(_WAS_READ_ONLY) is None:
            widget.setProperty(_WAS_READ_ONLY, widget.isReadOnly())
        widget.setReadOnly(True)
    elif widget.property(_WAS_READ_ONLY) is not None:
        widget.setReadOnly(bool(widget.property(_WAS_READ_ONLY)))
        widget.setProperty(_WAS_READ_ONLY, None)


def _guard(widget: QWidget, read_only: bool) -> None:
    guarded = bool(widget.property(_GUARDED))
    if read_only and not guarded:
        widget.installEventFilter(_GUARD)
        widget.setProperty(_GUARDED, True)
    elif not read_only and guarded:
        widget.removeEventFilter(_GUARD)
        widget.setProperty(_GUARDED, False)


def _item_view(view: QAbstractItemView, read_only: bool) -> None:
    if read_only:
        if view.property(_WAS_TRIGGERS) is None:
            view.setProperty(_WAS_TRIGGERS, int(view.editTriggers().value))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    elif view.property(_WAS_TRIGGERS) is not None:
        triggers = QAbstractItemView.EditTrigger(int(view.property(_WAS_TRIGGERS)))
        view.setEditTriggers(triggers)
        view.setProperty(_WAS_TRIGGERS, None)


__all__ = ["EDIT_ACTION", "READ_ONLY", "is_read_only", "mark_edit_action", "set_read_only"]
