"""Deactivating an account that still holds work: hand it over first (issue 14).

The dialog lists the person's open cases and the opinions only they can give for their
agency, offers one successor for everything or one per row, asks for the handover summary
the successors will read in their My work, and deactivates only when the administrator has
ticked the confirmation: the service refuses anything left without a successor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.services import accounts
from att_desktop.services.accounts import UserView
from att_desktop.services.dto import UserSession
from att_desktop.services.errors import ServiceError
from att_desktop.services.handover import CASE_ROLES, MIN_SUMMARY, Handover, OpenWork
from att_desktop.ui.accounts.labels import error_text, role_label
from att_desktop.ui.i18n import status_label


class DeactivationDialog(QDialog):
    """Hand over ``leaver``'s open cases and pending opinions, then deactivate the account."""

    #: The account was deactivated (its user id).
    deactivated = Signal(int)

    def __init__(
        self,
        db: Database,
        admin: UserSession,
        leaver: UserView,
        work: OpenWork,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deactivationDialog")
        self.setWindowTitle(
            self.tr("Deactivate %1: hand over their work").replace("%1", leaver.username)
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.db, self.admin, self.leaver, self.work = db, admin, leaver, work
        people = [u for u in accounts.list_users(db, include_inactive=False) if u.id != leaver.id]
        self._case_people = [u for u in people if u.role in CASE_ROLES]
        self._people = people

        intro = QLabel(
            self.tr(
                "%1 still holds the work below. Choose who carries each item on and write what "
                "they need to know: the summary is kept in each case's history and shown in the "
                "successors' My work. A case goes to a licensing officer or the deciding "
                "authority; an agency's opinion to a member of the same agency."
            ).replace("%1", leaver.full_name),
            self,
        )
        intro.setWordWrap(True)

        self.successor = QComboBox(self)
        self.successor.setObjectName("successorForAll")
        self.successor.addItem(self.tr("Choose one per case below"), None)
        for person in self._case_people:
            self.successor.addItem(self._person(person), person.id)
        self.successor.currentIndexChanged.connect(self._update)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("handoverTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("What is handed over"), self.tr("Successor")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.row_choices: list[QComboBox] = []
        self._fill()

        self._build_inputs(leaver, work)

        top = QFormLayout()
        top.addRow(self.tr("Successor for &every case:"), self.successor)
        self.successor.setVisible(bool(work.cases))
        form = QFormLayout()
        form.addRow(self.tr("Handover &summary:"), self.summary)
        form.addRow(self.tr("&Reason (for the history):"), self.reason)

        self.message = QLabel(self)
        self.message.setObjectName("deactivationMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Hand over and deactivate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("handOverButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if work.cases:
            layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nobody)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._update()

    def _build_inputs(self, leaver: UserView, work: OpenWork) -> None:
        """The acknowledgement, the summary, the reason and the confirmation."""
        self.nobody = QCheckBox(
            self.tr(
                "The agency has nobody else who can answer: leave its opinion unanswered and "
                "record that in the history"
            ),
            self,
        )
        self.nobody.setObjectName("agencyHasNobody")
        self.nobody.setVisible(bool(work.opinions))

        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("handoverSummary")
        self.summary.setPlaceholderText(
            self.tr("Where each case stands, what is awaited from whom, what to watch for…")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.textChanged.connect(self._update)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("deactivationReason")
        self.reason.setPlaceholderText(self.tr("e.g. retired, moved to another ministry"))
        self.confirm = QCheckBox(
            self.tr("%1 will no longer be able to sign in; hand over and deactivate").replace(
                "%1", leaver.full_name
            ),
            self,
        )
        self.confirm.setObjectName("confirmDeactivation")
        self.confirm.toggled.connect(self._update)

    def _person(self, user: UserView) -> str:
        text = f"{user.full_name} ({role_label(user.role)}"
        return text + (f", {user.agency_code})" if user.agency_code else ")")

    def _fill(self) -> None:
        rows = len(self.work.cases) + len(self.work.opinions)
        self.table.setRowCount(rows)
        for r, case in enumerate(self.work.cases):
            self.table.setItem(r, 0, QTableWidgetItem(case.reference))
            what = self.tr("Assigned case (%1)").replace("%1", status_label(case.status))
            self.table.setItem(r, 1, QTableWidgetItem(what))
            self._choice(r, self._case_people, self.tr("As chosen above"))
        start = len(self.work.cases)
        for n, opinion in enumerate(self.work.opinions):
            r = start + n
            self.table.setItem(r, 0, QTableWidgetItem(opinion.reference))
            what = self.tr("Opinion of %1, which only they can still give").replace(
                "%1", opinion.agency_name
            )
            self.table.setItem(r, 1, QTableWidgetItem(what))
            members = [u for u in self._people if u.agency_id == opinion.agency_id]
            self._choice(r, members, self.tr("Nobody of the agency"))

    def _choice(self, row: int, people: list[UserView], default: str) -> None:
        combo = QComboBox(self.table)
        combo.setObjectName(f"successor_{row}")
        combo.addItem(default, None)
        for person in people:
            combo.addItem(self._person(person), person.id)
        combo.currentIndexChanged.connect(self._update)
        self.row_choices.append(combo)
        self.table.setCellWidget(row, 2, combo)

    def handover(self) -> Handover:
        cases = {
            case.application_id: combo.currentData()
            for case, combo in zip(self.work.cases, self.row_choices, strict=False)
            if combo.currentData() is not None
        }
        opinion_combos = self.row_choices[len(self.work.cases) :]
        opinions = {
            opinion.application_id: combo.currentData()
            for opinion, combo in zip(self.work.opinions, opinion_combos, strict=False)
            if combo.currentData() is not None
        }
        return Handover(
            summary=self.summary.toPlainText(),
            successor_id=self.successor.currentData(),
            case_successors=cases,
            opinion_successors=opinions,
            agency_has_nobody=self.nobody.isChecked(),
        )

    def _update(self) -> None:
        length = len(self.summary.toPlainText().strip())
        ready = length >= MIN_SUMMARY and self.confirm.isChecked()
        self.ok_button.setEnabled(ready)
        self.ok_button.setToolTip(
            ""
            if ready
            else self.tr(
                "Write a summary of at least %1 characters and tick the confirmation."
            ).replace("%1", str(MIN_SUMMARY))
        )

    def accept(self) -> None:
        try:
            accounts.deactivate_user(
                self.db, self.admin, self.leaver.id, self.reason.text(), handover=self.handover()
            )
        except ServiceError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.deactivated.emit(self.leaver.id)
        super().accept()
