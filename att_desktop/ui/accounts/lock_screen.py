"""The lock screen: an opaque panel over the whole main window, holding the sign-in forms.

It covers the window rather than floating beside it, so on a shared workstation nobody
reads the previous user's case while the sign-in form is showing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from att_desktop import APP_NAME
from att_desktop.ui.accounts.forms import ChangePasswordForm, FirstAdminForm, SignInForm
from att_desktop.ui.icons import app_icon

CARD_WIDTH = 460


class LockScreen(QWidget):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Mid))
        self.setPalette(palette)

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAutoFillBackground(True)
        card_palette = card.palette()
        card_palette.setColor(
            QPalette.ColorRole.Window, card_palette.color(QPalette.ColorRole.Base)
        )
        card.setPalette(card_palette)
        card.setFixedWidth(CARD_WIDTH)

        header = QLabel(card)
        header.setPixmap(app_icon().pixmap(40, 40))
        header.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        name = QLabel(APP_NAME, card)
        name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        name.setEnabled(False)

        self.sign_in = SignInForm(card)
        self.first_admin = FirstAdminForm(card)
        self.change_password = ChangePasswordForm(card)
        self.forms: tuple[QWidget, ...] = (self.sign_in, self.first_admin, self.change_password)
        self.current_form: QWidget = self.sign_in

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 22, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(header)
        inner.addWidget(name)
        for form in (self.sign_in, self.first_admin, self.change_password):
            inner.addWidget(form)
            form.hide()
            form.contentChanged.connect(self._refit_soon)

        # Stretches rather than alignment flags: an aligned widget gets its size hint, which
        # ignores how tall its wrapped text becomes at the card's width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.card = card
        card.installEventFilter(self)
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.hide()

    def show_form(self, form: QWidget) -> None:
        # One form at a time, and the card takes that form's height (a stacked widget would
        # take the tallest form's).
        for other in self.forms:
            other.setVisible(other is form)
        self.current_form = form
        self._fit()
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()

    def _refit_soon(self) -> None:
        self._fit()
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Give the card the height its wrapped text needs at its width (Chinese wraps
        differently from English; the size hint alone squeezes the fields)."""
        layout = self.card.layout()
        height = layout.heightForWidth(CARD_WIDTH) if layout is not None else -1
        if height > 0 and height != self.card.height():
            self.card.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's size, and stay on top of anything added to it later."""
        if watched is self.card and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
            return False
        if watched is self._host and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ChildAdded,
        ):
            self.setGeometry(self._host.rect())
            if self.isVisible():
                self.raise_()
        return False
