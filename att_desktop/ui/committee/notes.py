"""Case notes with @mentions, and handing a case over to a colleague."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.enums import Role
from att_desktop.services import accounts, committee
from att_desktop.services.dto import CaseDetail
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.ui.accounts.labels import role_label
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import format_datetime
from att_desktop.ui.messages import error_text, field_text


def _text(exc: ServiceError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_text(e) for e in exc.errors)
    return error_text(exc)


class NotesPanel(QWidget):
    """The "Notes" tab: the case's notes, oldest first, and a box to add one."""

    caseChanged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        #: The database and the person acting, read when a button is pressed.
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self.reassign_dialog: ReassignDialog | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(
            self.tr("Write a note; @username puts the case in that colleague's work queue")
        )
        self.editor.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("&Add note"), self)
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setToolTip(self.tr("Add the note (Ctrl+Return)"))
        self.add_button.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, self.add_note)
        self.reassign_button = QPushButton(self.tr("&Reassign case…"), self)
        self.reassign_button.setObjectName("reassignButton")
        self.reassign_button.clicked.connect(self.open_reassign)
        self.error = QLabel(self)
        self.error.setObjectName("noteError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.assigned = QLabel(self)
        self.assigned.setObjectName("assignedTo")
        row = QHBoxLayout()
        row.addWidget(self.assigned, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.reassign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        self.list.clear()
        self.error.hide()
        enabled = case is not None
        for widget in (self.editor, self.add_button, self.reassign_button):
            widget.setEnabled(enabled)
        if case is None:
            self.assigned.setText("")
            return
        for note in committee.list_notes(self.ctx.db, case.id):
            self.list.addItem(
                f"{format_datetime(note.created_at)} — {note.author_name}\n{note.text}"
            )
        self.assigned.setText(self._assigned_text(case.id))

    def _assigned_text(self, case_id: int) -> str:
        name = committee.assignee_name(self.ctx.db, case_id)
        if not name:
            return self.tr("Not assigned to anyone.")
        return self.tr("Assigned to %1.").replace("%1", name)

    def add_note(self) -> None:
        if self.case is None:
            return
        try:
            committee.add_note(
                self.ctx.db, self.ctx.actor(), self.case.id, self.editor.toPlainText()
            )
        except ServiceError as exc:
            self.error.setText(_text(exc))
            self.error.show()
            return
        self.editor.clear()
        self.caseChanged.emit(self.case.id)

    def open_reassign(self) -> None:
        if self.case is None:
            return
        dialog = ReassignDialog(self, self.case)
        dialog.finished.connect(dialog.deleteLater)
        self.reassign_dialog = dialog
        dialog.open()


class ReassignDialog(QDialog):
    """Hand the case to another officer or the deciding authority, with the reason."""

    def __init__(self, panel: NotesPanel, case: CaseDetail) -> None:
        super().__init__(panel)
        self.panel = panel
        self.case = case
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reassign %1").replace("%1", case.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.person = QComboBox(self)
        self.person.setObjectName("reassignTo")
        for user in accounts.list_users(panel.ctx.db, include_inactive=False):
            if user.role in (Role.LICENSING_OFFICER, Role.DECIDING_AUTHORITY):
                self.person.addItem(f"{user.full_name} ({role_label(user.role)})", user.id)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reassignReason")
        self.reason.setPlaceholderText(self.tr("e.g. officer transferred to another post"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.person)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        target = self.person.currentData()
        try:
            if not isinstance(target, int):
                raise ServiceError(self.tr("Choose the colleague who takes the case over."))
            committee.reassign_case(
                self.panel.ctx.db, self.panel.ctx.actor(), self.case.id, target, self.reason.text()
            )
        except ServiceError as exc:
            self.error.setText(_text(exc))
            self.error.show()
            return
        self.accept()
        self.panel.caseChanged.emit(self.case.id)
