"""Windows that fit the screen they open on (a 1280×720 or 1366×768 laptop, say).

One mechanism for every window and dialog: ``fit_to_screen`` moves a dialog's content (all
but its button row) into a scroll area, so the dialog can be as short as the screen while
its buttons stay in sight, then sizes it to its preferred size or the screen, whichever is
smaller. ``install_screen_fit`` applies it to each of the application's own windows when it
is first shown, so a new dialog is covered without being told. Tests simulate a screen size
with ``simulated_screen`` (the offscreen platform has one fixed 800×800 screen), so the fit
is checked at every size that matters.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSpacerItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

#: Room left for the taskbar and the window frame.
MARGIN = QSize(40, 60)

#: The screen size tests pretend to have (``simulated_screen``); None: the real screen.
_simulated: QSize | None = None


@contextmanager
def simulated_screen(size: QSize) -> Iterator[None]:
    """Within this block, windows fit themselves to a screen of ``size`` (for tests)."""
    global _simulated
    before, _simulated = _simulated, QSize(size)
    try:
        yield
    finally:
        _simulated = before


def available_size(widget: QWidget) -> QSize:
    """The free area of the screen ``widget`` is on, less the taskbar (if it can be known)."""
    if _simulated is not None:
        return QSize(_simulated)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16777215, 16777215)
    return screen.availableGeometry().size()


def fitted_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, made smaller where the available screen area is smaller."""
    available = available_size(widget) - MARGIN
    return preferred.boundedTo(available).expandedTo(widget.minimumSizeHint())


_AS_NEEDED = Qt.ScrollBarPolicy.ScrollBarAsNeeded
_OFF = Qt.ScrollBarPolicy.ScrollBarAlwaysOff


class ContentScrollArea(QScrollArea):
    """A frameless scroll area for a dialog's content: as large as the content wants, and
    the content as small as its minimum before it scrolls.

    QScrollArea's own resizing (``widgetResizable``) never shrinks content holding a
    word-wrapped label below its preferred height, and caps its size hint at 36×24 lines;
    either would make a dialog scroll on a screen it fits.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def set_content(self, content: QWidget) -> None:
        self.setWidget(content)
        content.installEventFilter(self)
        self.fit_content()

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return content.sizeHint() + QSize(frame, frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_content()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_content()

    def fit_content(self) -> None:
        """The viewport's size, or the content's minimum where that is larger (scrolling)."""
        content = self.widget()
        if content is None:
            return
        area = self.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        minimum_width = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        tall = _minimum_height(content, max(area.width(), minimum_width)) > area.height()
        view_width = area.width() - (bar if tall else 0)
        width = max(view_width, minimum_width)
        wide = width > view_width
        view_height = area.height() - (bar if wide else 0)
        height = _minimum_height(content, width)
        if not tall and height > view_height:  # the horizontal bar made it scroll down too
            tall = True
            width = max(view_width - bar, minimum_width)
            height = _minimum_height(content, width)
        # A bar only when needed: AsNeeded alone keeps a bar that its own width made
        # necessary (content sized to the whole area, the viewport narrowed by the bar).
        self.setHorizontalScrollBarPolicy(_AS_NEEDED if wide else _OFF)
        self.setVerticalScrollBarPolicy(_AS_NEEDED if tall else _OFF)
        content.resize(width, max(view_height, height))


def _minimum_height(content: QWidget, width: int) -> int:
    """The least height ``content`` needs at ``width`` (word-wrapped text grows taller)."""
    height = content.minimumSizeHint().expandedTo(content.minimumSize()).height()
    layout = content.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.minimumHeightForWidth(width))
    return height


def _is_button_row(item: QLayoutItem | None) -> bool:
    """A button box, a button, or a row of only buttons, labels and spacing."""
    if item is None:
        return False
    widget = item.widget()
    if widget is not None:
        return isinstance(widget, QDialogButtonBox | QAbstractButton)
    layout = item.layout()
    if layout is None:
        return False
    kinds = [_row_part(layout.itemAt(i)) for i in range(layout.count())]
    return "button" in kinds and "other" not in kinds


def _row_part(item: QLayoutItem | None) -> str:
    if item is None:
        return "space"
    widget = item.widget()
    if widget is None:
        if item.layout() is not None:
            return "button" if _is_button_row(item) else "other"
        return "space"
    if widget.isHidden() and not isinstance(widget, QAbstractButton):
        return "space"
    if isinstance(widget, QDialogButtonBox | QAbstractButton):
        return "button"
    return "label" if isinstance(widget, QLabel) else "other"


def _footer_start(layout: QBoxLayout) -> int:
    """Where the trailing button rows begin, with the message labels just above them (hidden
    until a refusal is shown: it must not scroll away from OK); ``layout.count()`` if none."""
    start = layout.count()
    while start > 0 and _is_button_row(layout.itemAt(start - 1)):
        start -= 1
    if start == layout.count():
        return start
    while start > 1 and _is_message(layout.itemAt(start - 1)):
        start -= 1
    return start


def _is_message(item: QLayoutItem | None) -> bool:
    widget = item.widget() if item is not None else None
    return isinstance(widget, QLabel) and widget.isHidden()


def scroll_content(dialog: QWidget) -> ContentScrollArea | None:
    """Move everything above the dialog's button rows into a scroll area, once.

    Only a vertical top-level layout is changed; the widgets keep their parents' dialog,
    order and stretch, so code holding them is unaffected. Returns the scroll area, or None
    if there is nothing to move (no layout, or only buttons).
    """
    existing = dialog.findChild(ContentScrollArea, "screenFitScroll")
    if existing is not None:
        return existing
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.Down,
    ):
        return None
    footer = _footer_start(layout)
    if footer == 0:
        return None
    content = QWidget()
    content.setObjectName("screenFitContent")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing())
    for _ in range(footer):
        _move(layout, inner)
    scroll = ContentScrollArea(dialog)
    scroll.setObjectName("screenFitScroll")
    scroll.set_content(content)
    layout.insertWidget(0, scroll, 1)
    if not dialog.isHidden():  # fitted as it is shown: now, not queued (Qt's default), as
        scroll.show()  # code showing a dialog reads its widgets' visibility at once
    return scroll


def _move(layout: QBoxLayout, into: QVBoxLayout) -> None:
    """Move ``layout``'s first item to the end of ``into``, with its stretch.

    ``removeWidget``/``removeItem`` rather than ``takeAt``: an item taken belongs to Python,
    which would delete a nested layout (and crash) when the wrapper is collected.
    """
    item, stretch = layout.itemAt(0), layout.stretch(0)
    if item is None:
        return
    widget, child = item.widget(), item.layout()
    if widget is not None:
        alignment = item.alignment()
        layout.removeWidget(widget)
        into.addWidget(widget, stretch, alignment)
    elif child is not None:
        layout.removeItem(child)
        child.setParent(None)
        into.addLayout(child, stretch)
    else:  # spacing: the same again (a spacer item changing layouts is deleted twice)
        spacer = item.spacerItem()
        size = item.sizeHint()
        layout.takeAt(0)  # Python's now, and deleted with its wrapper
        if spacer is not None:
            policy = spacer.sizePolicy()
            into.addSpacerItem(
                QSpacerItem(
                    size.width(),
                    size.height(),
                    policy.horizontalPolicy(),
                    policy.verticalPolicy(),
                )
            )
            into.setStretch(into.count() - 1, stretch)


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> QSize:
    """Size ``window`` to ``preferred`` (default: its size hint) or the screen, if smaller.

    A dialog's content goes into a scroll area first, so however small the screen its
    button row is on it. Returns the size given.
    """
    if isinstance(window, QDialog):
        scroll_content(window)
        layout: QLayout | None = window.layout()
        if layout is not None:
            layout.activate()
    size = fitted_size(window, preferred if preferred is not None else window.sizeHint())
    window.resize(size)
    return size


#: Set on a window once it has been fitted, so a window shown again keeps the user's size.
_FITTED = "screenFitted"


class ScreenFit(QObject):
    """Fits each of ATT Desktop's own windows to the screen the first time it is shown.

    Qt's own dialogs (message boxes, file dialogs) size themselves and are left alone. The
    size a window asked for (``resize`` in its constructor, or its size hint) is kept when
    the screen has room for it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and type(watched).__module__.startswith("att_desktop.")
            and not watched.property(_FITTED)
        ):
            watched.setProperty(_FITTED, True)
            fit_to_screen(watched, watched.size())
        return False


def install_screen_fit(app: QCoreApplication) -> ScreenFit:
    """Install the fit on the whole application (once; a second call returns the first)."""
    existing = app.findChild(ScreenFit)
    if isinstance(existing, ScreenFit):
        return existing
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit
