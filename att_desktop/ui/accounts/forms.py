"""The three forms of the lock screen: sign in, create the first administrator, change password.

They only collect input and show errors; the session manager calls the services, so the same
forms serve the start-up screen, the idle lock, "switch user" and the change-password dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from att_desktop.ui.accounts.labels import password_policy_hint


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _intro(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _password(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Form(QWidget):
    """Shared behaviour: an error line that appears only when there is something to say."""

    error_label: QLabel
    #: The form's height may have changed (an error appeared): the lock screen refits.
    contentChanged = Signal()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.contentChanged.emit()

    def clear_error(self) -> None:
        self.show_error("")


class SignInForm(_Form):
    """User name and password. In "unlock" mode the user name is filled in and the intro
    says whose session is locked; anyone may still sign in as themselves instead."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInForm")
        self.title = _title(self.tr("Sign in"), self)
        self.intro = _intro(self, "signInIntro")
        self.username = QLineEdit(self)
        self.username.setObjectName("signInUsername")
        self.password = _password(self, "signInPassword")
        self.error_label = _error_label(self, "signInError")
        self.button = QPushButton(self.tr("Sign in"), self)
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.button.clicked.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)

    def prepare(self, locked_name: str = "", username: str = "") -> None:
        """Empty the password; say whose session is locked, if any."""
        self.username.setText(username)
        self.password.clear()
        self.clear_error()
        if locked_name:
            self.title.setText(self.tr("Locked"))
            self.intro.setText(
                self.tr(
                    "This workstation is locked; %1 is signed in. Enter the password to "
                    "continue, or sign in as yourself (the open windows of %1 are then closed)."
                ).replace("%1", locked_name)
            )
        else:
            self.title.setText(self.tr("Sign in"))
            self.intro.setText(
                self.tr(
                    "This workstation is shared: sign in so your work is recorded in your name."
                )
            )
        (self.password if username else self.username).setFocus()
        self.contentChanged.emit()

    def _submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.show_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        if not self.password.text():
            self.show_error(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self.submitted.emit(username, self.password.text())


class FirstAdminForm(_Form):
    """First run: the person installing the app becomes the administrator."""

    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminForm")
        title = _title(self.tr("Create the administrator"), self)
        intro = _intro(self, "firstAdminIntro")
        intro.setText(
            self.tr(
                "This database has no accounts yet. Create the administrator account: the "
                "administrator adds the officers, committee members, deciding authority and "
                "focal point, but cannot decide cases."
            )
        )
        self.username = QLineEdit(self)
        self.username.setObjectName("firstAdminUsername")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("firstAdminFullName")
        self.password = _password(self, "firstAdminPassword")
        self.confirm = _password(self, "firstAdminConfirm")
        hint = QLabel(password_policy_hint(), self)
        hint.setWordWrap(False)
        hint.setEnabled(False)
        self.error_label = _error_label(self, "firstAdminError")
        self.button = QPushButton(self.tr("Create administrator"), self)
        self.button.setObjectName("firstAdminButton")
        self.button.setDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.confirm)
        form.addRow("", hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.button.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if not self.username.text().strip() or not self.full_name.text().strip():
            self.show_error(self.tr("Enter a user name and the administrator's full name."))
            return
        if self.password.text() != self.confirm.text():
            self.show_error(self.tr("The two passwords are not the same."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        self.submitted.emit(
            self.username.text().strip(), self.full_name.text().strip(), self.password.text()
        )


class ChangePasswordForm(_Form):
    """Choose a new password: forced after a reset or a new account, or by choice."""

    submitted = Signal(str, str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordForm")
        self.title = _title(self.tr("Choose a new password"), self)
        self.intro = _intro(self, "changePasswordIntro")
        self.current = _password(self, "currentPassword")
        self.new = _password(self, "newPassword")
        self.confirm = _password(self, "confirmPassword")
        hint = QLabel(password_policy_hint(), self)
        hint.setWordWrap(False)
        hint.setEnabled(False)
        self.error_label = _error_label(self, "changePasswordError")
        self.button = QPushButton(self.tr("Change password"), self)
        self.button.setObjectName("changePasswordButton")
        self.button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("changePasswordCancel")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("C&urrent password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat new password:"), self.confirm)
        form.addRow("", hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.button.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancelled)

    def prepare(self, full_name: str, *, forced: bool) -> None:
        for edit in (self.current, self.new, self.confirm):
            edit.clear()
        self.clear_error()
        if forced:
            self.title.setText(self.tr("Choose a new password"))
            self.intro.setText(
                self.tr(
                    "Welcome, %1. You signed in with a one-time password: choose your own "
                    "before you continue."
                ).replace("%1", full_name)
            )
            self.cancel_button.setText(self.tr("Sign out"))
        else:
            self.title.setText(self.tr("Change your password"))
            self.intro.setText(self.tr("Change the password of %1.").replace("%1", full_name))
            self.cancel_button.setText(self.tr("Cancel"))
        self.current.setFocus()
        self.contentChanged.emit()

    def _submit(self) -> None:
        self.submitted.emit(self.current.text(), self.new.text(), self.confirm.text())
