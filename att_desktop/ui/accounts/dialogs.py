"""Dialogs of a signed-in person: change one's password; (administrator) users and agencies.

Account changes go through the account services, which check again that the signed-in
person is an administrator: the menu item being hidden from others is a courtesy, not the
guard.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.db.types import utcnow
from att_desktop.domain.enums import Role
from att_desktop.services import accounts, committee, consultation, handover
from att_desktop.services.accounts import NewAccount, UserView
from att_desktop.services.dto import UserSession
from att_desktop.services.errors import ServiceError
from att_desktop.ui.accounts.agencies import MandateDialog, RulesTab
from att_desktop.ui.accounts.deactivation import DeactivationDialog
from att_desktop.ui.accounts.forms import ChangePasswordForm
from att_desktop.ui.accounts.labels import error_text, role_label
from att_desktop.ui.committee.consultation import mandate_text
from att_desktop.ui.gbv.training_dialog import TrainingDialog
from att_desktop.ui.i18n import format_datetime
from att_desktop.ui.prompts import Prompter


class SessionHost(Protocol):
    """What these dialogs need from the session manager (which opens them): the database,
    who is signed in, the prompter, and what to tell it back. A protocol, so this module
    and ``session_manager`` do not import each other."""

    prompter: Prompter

    @property
    def db(self) -> Database: ...

    @property
    def current(self) -> UserSession | None: ...

    def password_changed(self, session: UserSession) -> None: ...

    def rearm(self) -> None: ...


class ChangePasswordDialog(QDialog):
    """File > Change password, for the person signed in."""

    def __init__(self, manager: SessionHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = ChangePasswordForm(self)
        session = manager.current
        self.form.prepare(session.full_name if session is not None else "", forced=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.form)
        self.setMinimumWidth(440)
        self.form.submitted.connect(self._submit)
        self.form.cancelled.connect(self.reject)

    def _submit(self, current: str, new: str, confirm: str) -> None:
        session = self.manager.current
        if session is None:
            self.reject()
            return
        try:
            updated = accounts.change_password(
                self.manager.db, session, current, new, confirmation=confirm
            )
        except ServiceError as exc:
            self.form.show_error(error_text(exc))
            return
        self.manager.password_changed(updated)
        self.accept()


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AccountsDialog(QDialog):
    """Users and agencies, for the administrator. Accounts are deactivated, never deleted."""

    def __init__(self, manager: SessionHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.db = manager.db
        self.users: tuple[UserView, ...] = ()
        self.deactivation_dialog: DeactivationDialog | None = None
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Users and agencies"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 560)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._users_tab(), self.tr("Users"))
        self.tabs.addTab(self._agencies_tab(), self.tr("Agencies"))
        self.tabs.addTab(self._settings_tab(), self.tr("Workstation and committee"))
        self.rules_tab = RulesTab(self.db, self._session, manager.prompter, self._say, self)
        self.tabs.addTab(self.rules_tab, self.tr("Consultation rules"))
        self.message = QLabel(self)
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    # --- building ---------------------------------------------------------------------------

    def _users_tab(self) -> QWidget:
        page = QWidget(self)
        self.user_table = _table(
            page,
            "usersTable",
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("Agency"),
                self.tr("State"),
                self.tr("Job title"),
            ],
        )
        self.user_table.itemSelectionChanged.connect(self._update_buttons)
        self.reset_button = QPushButton(self.tr("&Reset password"), page)
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.clicked.connect(self.reset_selected)
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"), page)
        self.deactivate_button.setObjectName("deactivateButton")
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.job_title_button = QPushButton(self.tr("Job &title…"), page)
        self.job_title_button.setObjectName("jobTitleButton")
        self.job_title_button.setToolTip(
            self.tr("Printed under the person's name on the licences and letters they sign")
        )
        self.job_title_button.clicked.connect(self.set_selected_job_title)
        # Issue 14: the training register, per person.
        self.training_button = QPushButton(self.tr("Trainin&g…"), page)
        self.training_button.setObjectName("trainingButton")
        self.training_button.clicked.connect(self.open_training)
        self.training_dialog: TrainingDialog | None = None
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.training_button)
        row_buttons.addWidget(self.job_title_button)
        row_buttons.addWidget(self.reset_button)
        row_buttons.addWidget(self.deactivate_button)

        box = QGroupBox(self.tr("New user"), page)
        self.new_username = QLineEdit(box)
        self.new_username.setObjectName("newUsername")
        self.new_full_name = QLineEdit(box)
        self.new_full_name.setObjectName("newFullName")
        self.new_job_title = QLineEdit(box)
        self.new_job_title.setObjectName("newJobTitle")
        self.new_job_title.setPlaceholderText(self.tr("e.g. Director of Export Control"))
        self.new_role = QComboBox(box)
        self.new_role.setObjectName("newRole")
        for role in Role:
            self.new_role.addItem(role_label(role), role)
        self.new_agency = QComboBox(box)
        self.new_agency.setObjectName("newAgency")
        self.add_user_button = QPushButton(self.tr("&Add user"), box)
        self.add_user_button.setObjectName("addUserButton")
        self.add_user_button.clicked.connect(self.add_user)
        form = QFormLayout(box)
        form.addRow(self.tr("User name:"), self.new_username)
        form.addRow(self.tr("Full name:"), self.new_full_name)
        form.addRow(self.tr("Job title:"), self.new_job_title)
        form.addRow(self.tr("Role:"), self.new_role)
        form.addRow(self.tr("Agency:"), self.new_agency)
        hint = QLabel(
            self.tr(
                "The new user receives a one-time password, shown here once, and chooses "
                "their own at the first sign-in. Committee members need an agency."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)
        form.addRow("", self.add_user_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.user_table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(box)
        return page

    def _agencies_tab(self) -> QWidget:
        page = QWidget(self)
        self.agency_table = _table(
            page, "agenciesTable", [self.tr("Code"), self.tr("Name"), self.tr("Mandate")]
        )
        self.mandate_button = QPushButton(self.tr("&Mandate…"), page)
        self.mandate_button.setObjectName("mandateButton")
        self.mandate_button.clicked.connect(self.edit_mandate)
        box = QGroupBox(self.tr("New agency"), page)
        self.agency_code = QLineEdit(box)
        self.agency_code.setObjectName("agencyCode")
        self.agency_code.setPlaceholderText(self.tr("e.g. MFA"))
        self.agency_name = QLineEdit(box)
        self.agency_name.setObjectName("agencyName")
        self.agency_name.setPlaceholderText(self.tr("e.g. Ministry of Foreign Affairs"))
        self.add_agency_button = QPushButton(self.tr("Add a&gency"), box)
        self.add_agency_button.setObjectName("addAgencyButton")
        self.add_agency_button.clicked.connect(self.add_agency)
        form = QFormLayout(box)
        form.addRow(self.tr("Code:"), self.agency_code)
        form.addRow(self.tr("Name:"), self.agency_name)
        form.addRow("", self.add_agency_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.agency_table, 1)
        layout.addWidget(self.mandate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        return page

    def edit_mandate(self) -> None:
        """Issue 14: what the selected agency is for, whom to call, what it answers."""
        session = self._session()
        rows = self.agency_table.selectionModel().selectedRows()
        if session is None or not rows:
            return
        agency = consultation.agency_details(self.db)[rows[0].row()]
        dialog = MandateDialog(self.db, session, agency, self)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        self.mandate_dialog = dialog
        dialog.open()

    def _settings_tab(self) -> QWidget:
        page = QWidget(self)
        self.idle_minutes = QSpinBox(page)
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(accounts.idle_lock_minutes(self.db))
        self.quorum = QSpinBox(page)
        self.quorum.setObjectName("committeeQuorum")
        self.quorum.setRange(0, 20)
        self.quorum.setSpecialValueText(self.tr("a majority of the agencies asked"))
        self.quorum.setValue(committee.quorum_setting(self.db) or 0)
        self.save_settings_button = QPushButton(self.tr("&Save settings"), page)
        self.save_settings_button.setObjectName("saveSettingsButton")
        self.save_settings_button.clicked.connect(self.save_settings)
        form = QFormLayout()
        form.addRow(self.tr("Lock the workstation after &idle time:"), self.idle_minutes)
        form.addRow(self.tr("Committee &quorum (agencies that must answer):"), self.quorum)
        form.addRow("", self.save_settings_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def save_settings(self) -> None:
        session = self._session()
        if session is None:
            return
        try:
            accounts.set_idle_lock_minutes(self.db, session, self.idle_minutes.value())
            committee.set_quorum(self.db, session, self.quorum.value() or None)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.manager.rearm()
        self._say(self.tr("Settings saved."))

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.users = accounts.list_users(self.db)
        self.user_table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = (
                user.username,
                user.full_name,
                role_label(user.role),
                user.agency_code,
                self._state(user),
                user.job_title,
            )
            for column, text in enumerate(cells):
                self.user_table.setItem(row, column, _item(text))
        agencies = accounts.list_agencies(self.db)
        self.agency_table.setRowCount(len(agencies))
        for row, agency in enumerate(agencies):
            self.agency_table.setItem(row, 0, _item(agency.code))
            self.agency_table.setItem(row, 1, _item(agency.name))
        for row, details in enumerate(consultation.agency_details(self.db)):
            mandate = _item(details.mandate)
            mandate.setToolTip(mandate_text(details))
            self.agency_table.setItem(row, 2, mandate)
        chosen = self.new_agency.currentData()
        self.new_agency.clear()
        self.new_agency.addItem(self.tr("(none)"), None)
        for agency in agencies:
            self.new_agency.addItem(f"{agency.code} — {agency.name}", agency.id)
        index = self.new_agency.findData(chosen)
        self.new_agency.setCurrentIndex(max(index, 0))
        self._update_buttons()

    def _state(self, user: UserView) -> str:
        if not user.active:
            return self.tr("Deactivated")
        if user.locked_until is not None and user.locked_until > utcnow():
            return self.tr("Locked until %1").replace("%1", format_datetime(user.locked_until))
        if user.must_change_password:
            return self.tr("Active, must change password")
        return self.tr("Active")

    def selected_user(self) -> UserView | None:
        rows = self.user_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.users[rows[0].row()]

    def _update_buttons(self) -> None:
        user = self.selected_user()
        usable = user is not None and user.active
        self.reset_button.setEnabled(usable)
        self.job_title_button.setEnabled(usable)
        self.training_button.setEnabled(user is not None)
        self.deactivate_button.setEnabled(usable and user is not None and user.id != self._me())

    def _me(self) -> int | None:
        session = self.manager.current
        return session.user_id if session is not None else None

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _session(self) -> UserSession | None:
        session = self.manager.current
        if session is None:
            self._say(self.tr("The workstation is locked: sign in to continue."), error=True)
        return session

    def _show_password(self, account: NewAccount) -> None:
        self._say(
            self.tr(
                "One-time password for %1: %2\nHand it over in person; it must be changed at "
                "the first sign-in. It is not shown again."
            )
            .replace("%1", account.user.username)
            .replace("%2", account.temporary_password)
        )

    # --- actions ----------------------------------------------------------------------------

    def add_user(self) -> None:
        session = self._session()
        if session is None:
            return
        role = self.new_role.currentData()
        agency_id = self.new_agency.currentData()
        try:
            account = accounts.add_user(
                self.db,
                session,
                self.new_username.text(),
                self.new_full_name.text(),
                Role(role),
                agency_id,
                job_title=self.new_job_title.text(),
            )
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.new_username.clear()
        self.new_full_name.clear()
        self.new_job_title.clear()
        self.reload()
        self._show_password(account)

    def reset_selected(self) -> None:
        session = self._session()
        user = self.selected_user()
        if session is None or user is None:
            return
        try:
            account = accounts.reset_password(self.db, session, user.id)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
        self._show_password(account)

    def set_selected_job_title(self) -> None:
        session = self._session()
        user = self.selected_user()
        if session is None or user is None:
            return
        title = self.manager.prompter.ask_text(
            self,
            self.tr("Job title of %1").replace("%1", user.full_name),
            self.tr("Job title, printed under the name on what they sign:"),
            user.job_title,
        )
        if title is None:
            return
        try:
            accounts.set_job_title(self.db, session, user.id, title)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
        self._say(self.tr("The job title of %1 was saved.").replace("%1", user.username))

    def open_training(self) -> TrainingDialog | None:
        """The selected person's training register (window-modal, not blocking)."""
        session = self._session()
        user = self.selected_user()
        if session is None or user is None:
            return None
        self.training_dialog = TrainingDialog(self.db, session, user.id, user.full_name, self)
        self.training_dialog.open()
        return self.training_dialog

    def deactivate_selected(self) -> None:
        session = self._session()
        user = self.selected_user()
        if session is None or user is None:
            return
        work = handover.open_work(self.db, user.id)
        if not work.empty:  # issue 14: their work is handed over first
            self.deactivation_dialog = DeactivationDialog(self.db, session, user, work, self)
            self.deactivation_dialog.deactivated.connect(self._deactivated)
            self.deactivation_dialog.open()
            return
        reason = self.manager.prompter.ask_text(
            self,
            self.tr("Deactivate %1").replace("%1", user.username),
            self.tr(
                "%1 will no longer be able to sign in; their name stays on everything they "
                "did. Reason (for the history):"
            ).replace("%1", user.full_name),
        )
        if reason is None:
            return
        try:
            accounts.deactivate_user(self.db, session, user.id, reason)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
        self._say(self.tr("%1 was deactivated.").replace("%1", user.username))

    def _deactivated(self, user_id: int) -> None:
        self.reload()
        name = next((u.username for u in self.users if u.id == user_id), "")
        self._say(self.tr("%1 was deactivated; their work was handed over.").replace("%1", name))

    def add_agency(self) -> None:
        session = self._session()
        if session is None:
            return
        try:
            agency = accounts.add_agency(
                self.db, session, self.agency_code.text(), self.agency_name.text()
            )
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.agency_code.clear()
        self.agency_name.clear()
        self.reload()
        self._say(self.tr("The agency %1 was added.").replace("%1", agency.code))
