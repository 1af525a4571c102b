"""No value changes without intent: the mouse wheel never changes a field that lacks focus.

An officer scrolling a long wizard page with the pointer over a "Risk before mitigation"
list must not change a finding. One application-wide event filter covers every combo box,
spin box, date edit and slider, present and future: the wheel goes to the page (which
scrolls) unless the person has put the focus in the field first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

#: Widgets whose value the wheel changes.
VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _value_widget(obj: QObject) -> QWidget | None:
    """The value widget an event is for: the widget itself or the one it is part of (a spin
    box's line edit, a combo box's inner view)."""
    widget = obj if isinstance(obj, QWidget) else None
    if isinstance(widget, QScrollBar):
        return None  # scrolling is what a scroll bar's wheel is for
    while widget is not None:
        if isinstance(widget, VALUE_WIDGETS):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    """Sends a wheel event over an unfocused value widget to the scroll area around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        widget = _value_widget(watched)
        if widget is None or widget.hasFocus():
            return False
        focus = QApplication.focusWidget()
        if focus is not None and widget.isAncestorOf(focus):
            return False
        # The page scrolls as if the field were not there. An open combo box popup is a
        # window of its own, so _value_widget never reaches it.
        target = _scroll_target(widget)
        if target is not None:
            QCoreApplication.sendEvent(target, event)
        return True


def _scroll_target(widget: QWidget) -> QWidget | None:
    """The viewport of the nearest scroll area around ``widget`` (what the wheel scrolls)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent.viewport()
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard on the whole application (once; a second call returns the first)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
