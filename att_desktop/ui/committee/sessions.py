"""A committee sitting: walk the table through several cases, record attendance and outcomes.

Opening a sitting puts every case now "in committee" on its agenda. For each case the
window shows the agencies' opinions (from ``committee.review_status``) and records what the
table concluded; attendance is a tick list of the people in the room. A closed sitting is
read-only; everything recorded stays in the history.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.enums import Role
from att_desktop.services import accounts, committee
from att_desktop.services.committee import Attendance, CommitteeSessionView
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.ui.accounts.labels import role_label
from att_desktop.ui.committee.labels import opinion_label
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import format_date
from att_desktop.ui.messages import error_text, field_text


def _text(exc: ServiceError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_text(e) for e in exc.errors)
    return error_text(exc)


class CommitteeSessionWindow(QDialog):
    """Committee → Committee sessions: the sittings, and the open one's agenda."""

    #: A case's committee record changed (an outcome): the window may refresh it.
    caseChanged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("committeeSessionWindow")
        self.setWindowTitle(self.tr("Committee sessions"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        #: The database and the person acting, read at each service call.
        self.ctx = ctx
        self.sitting: CommitteeSessionView | None = None
        self.position = 0

        splitter = QSplitter(self)
        splitter.addWidget(self._build_sittings())
        splitter.addWidget(self._build_attendance())
        splitter.addWidget(self._build_agenda())
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        # Return in the outcome field records it; it must not press a dialog button too.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(1100, 560)
        self._confirming(False)
        self.reload()

    def _build_sittings(self) -> QWidget:
        """Left: the sittings, and a form to open a new one."""
        self.sittings = QListWidget(self)
        self.sittings.setObjectName("sittingsList")
        self.sittings.currentRowChanged.connect(self._sitting_chosen)
        self.held_on = QDateEdit(self)
        self.held_on.setObjectName("sittingDate")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setDate(QDate.currentDate())
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("sittingTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Monthly inter-agency committee"))
        self.open_button = QPushButton(self.tr("&Open a sitting"), self)
        self.open_button.setObjectName("openSittingButton")
        self.open_button.setToolTip(self.tr("Every case now in committee goes on its agenda"))
        self.open_button.clicked.connect(self.open_sitting)
        new_box = QGroupBox(self.tr("New sitting"), self)
        new_form = QFormLayout(new_box)
        new_form.addRow(self.tr("&Held on:"), self.held_on)
        new_form.addRow(self.tr("&Title:"), self.title_edit)
        new_form.addRow(self.open_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Sittings:"), self))
        left_layout.addWidget(self.sittings, 1)
        left_layout.addWidget(new_box)
        return left

    def _build_attendance(self) -> QGroupBox:
        """Middle: who is present at the table."""
        self.attendance = QListWidget(self)
        self.attendance.setObjectName("attendanceList")
        self.attendance_button = QPushButton(self.tr("Record &attendance"), self)
        self.attendance_button.setObjectName("recordAttendanceButton")
        self.attendance_button.clicked.connect(self.record_attendance)
        attendance_box = QGroupBox(self.tr("Present at the table"), self)
        attendance_layout = QVBoxLayout(attendance_box)
        attendance_layout.addWidget(self.attendance, 1)
        attendance_layout.addWidget(self.attendance_button)
        return attendance_box

    def _build_agenda(self) -> QGroupBox:
        """Right: one agenda item at a time, its outcome, and closing the sitting."""
        self.agenda_label = QLabel(self)
        self.agenda_label.setObjectName("agendaPosition")
        font = self.agenda_label.font()
        font.setBold(True)
        self.agenda_label.setFont(font)
        self.opinions = QPlainTextEdit(self)
        self.opinions.setObjectName("agendaOpinions")
        self.opinions.setReadOnly(True)
        self.outcome = QLineEdit(self)
        self.outcome.setObjectName("agendaOutcome")
        self.outcome.setPlaceholderText(
            self.tr("What the table concluded, e.g. 'Recommend approval with end-use check'")
        )
        self.outcome_button = QPushButton(self.tr("Record o&utcome"), self)
        self.outcome_button.setObjectName("recordOutcomeButton")
        self.outcome_button.clicked.connect(self.record_outcome)
        self.outcome.returnPressed.connect(self.record_outcome)
        self.previous_button = QPushButton(self.tr("← &Previous case"), self)
        self.previous_button.setObjectName("previousCaseButton")
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(self.tr("&Next case →"), self)
        self.next_button.setObjectName("nextCaseButton")
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.go(+1))
        self.close_sitting_button = QPushButton(self.tr("&Close the sitting"), self)
        self.close_sitting_button.setObjectName("closeSittingButton")
        self.close_sitting_button.clicked.connect(self.ask_close)
        # Closing is final (outcomes and attendance can no longer change): confirm inline.
        self.confirm_label = QLabel(
            self.tr(
                "Close this sitting? Its attendance and outcomes can no longer be changed "
                "afterwards."
            ),
            self,
        )
        self.confirm_label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Yes, close it"), self)
        self.confirm_button.setObjectName("confirmCloseSittingButton")
        self.confirm_button.clicked.connect(self.close_sitting)
        self.cancel_close_button = QPushButton(self.tr("&Keep it open"), self)
        self.cancel_close_button.setObjectName("cancelCloseSittingButton")
        self.cancel_close_button.clicked.connect(lambda: self._confirming(False))
        self.error = QLabel(self)
        self.error.setObjectName("sittingError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        walk = QHBoxLayout()
        walk.addWidget(self.previous_button)
        walk.addWidget(self.next_button)
        walk.addStretch(1)
        walk.addWidget(self.close_sitting_button)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.outcome_button)
        agenda_box = QGroupBox(self.tr("Agenda"), self)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_label)
        agenda_layout.addWidget(self.opinions, 1)
        agenda_layout.addLayout(outcome_row)
        agenda_layout.addLayout(walk)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirm_label, 1)
        confirm.addWidget(self.confirm_button)
        confirm.addWidget(self.cancel_close_button)
        agenda_layout.addLayout(confirm)
        return agenda_box

    # --- data -------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.sitting.id if self.sitting else None)
        rows = committee.list_sessions(self.ctx.db)
        self.sittings.blockSignals(True)
        self.sittings.clear()
        chosen = 0
        for n, row in enumerate(rows):
            state = self.tr("open") if row.is_open else self.tr("closed")
            text = f"{format_date(row.held_on)} — {row.title or self.tr('Committee')} ({state})"
            item = QListWidgetItem(text, self.sittings)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id == keep:
                chosen = n
        self.sittings.blockSignals(False)
        if rows:
            self.sittings.setCurrentRow(chosen)
            self._show(rows[chosen])
        else:
            self._show(None)

    def _sitting_chosen(self, row: int) -> None:
        item = self.sittings.item(row)
        if item is None:
            return
        self.position = 0
        self._show(committee.get_session(self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole))))

    def _show(self, sitting: CommitteeSessionView | None) -> None:
        self.sitting = sitting
        self.error.hide()
        present = {a.user_id: a.present for a in sitting.attendance} if sitting else {}
        self.attendance.clear()
        for user in accounts.list_users(self.ctx.db, include_inactive=False):
            if user.role is Role.ADMINISTRATOR:
                continue
            who = user.agency_code or role_label(user.role)
            item = QListWidgetItem(f"{user.full_name} ({who})", self.attendance)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if present.get(user.id) else Qt.CheckState.Unchecked
            )
        editable = sitting is not None and sitting.is_open
        for widget in (
            self.attendance_button,
            self.outcome,
            self.outcome_button,
            self.close_sitting_button,
        ):
            widget.setEnabled(editable)
        self._show_item()

    def _show_item(self) -> None:
        sitting = self.sitting
        agenda = sitting.agenda if sitting is not None else ()
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position + 1 < len(agenda))
        if not agenda:
            self.agenda_label.setText(self.tr("No case on the agenda."))
            self.opinions.setPlainText("")
            self.outcome.setText("")
            return
        self.position = min(self.position, len(agenda) - 1)
        item = agenda[self.position]
        self.agenda_label.setText(
            self.tr("Case %1 of %2: %3")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(len(agenda)))
            .replace("%3", item.reference)
        )
        status = committee.review_status(self.ctx.db, item.application_id)
        lines = [
            self.tr("%1 of %2 agencies answered (quorum %3).")
            .replace("%1", str(len(status.answered)))
            .replace("%2", str(len(status.requested)))
            .replace("%3", str(status.quorum))
        ]
        lines += [
            f"{o.agency_code}: {opinion_label(o.opinion)} — {o.reasons}"
            + (f" [{o.conditions}]" if o.conditions else "")
            for o in status.opinions
            if not o.superseded
        ]
        if status.missing:
            lines.append(
                self.tr("Not yet answered: %1").replace(
                    "%1", ", ".join(a.code for a in status.missing)
                )
            )
        self.opinions.setPlainText("\n".join(lines))
        self.outcome.setText(item.outcome)

    def go(self, step: int) -> None:
        self.position = max(0, self.position + step)
        self._show_item()

    # --- actions ----------------------------------------------------------------------------

    def _fail(self, exc: ServiceError) -> None:
        self.error.setText(_text(exc))
        self.error.show()

    def open_sitting(self) -> None:
        held = self.held_on.date().toPython()
        assert isinstance(held, date)
        agenda = [c.application_id for c in committee.cases_in_committee(self.ctx.db)]
        try:
            sitting = committee.open_session(
                self.ctx.db, self.ctx.actor(), held, self.title_edit.text(), agenda
            )
        except ServiceError as exc:
            self._fail(exc)
            return
        self.title_edit.clear()
        self.position = 0
        self.reload(select_id=sitting.id)

    def tick(self, user_id: int, present: bool = True) -> None:
        for row in range(self.attendance.count()):
            item = self.attendance.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == user_id:
                item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def record_attendance(self) -> None:
        if self.sitting is None:
            return
        entries = [
            Attendance(
                int(self.attendance.item(r).data(Qt.ItemDataRole.UserRole)),
                self.attendance.item(r).checkState() is Qt.CheckState.Checked,
            )
            for r in range(self.attendance.count())
        ]
        try:
            self._show(
                committee.record_attendance(self.ctx.db, self.ctx.actor(), self.sitting.id, entries)
            )
        except ServiceError as exc:
            self._fail(exc)

    def record_outcome(self) -> None:
        sitting = self.sitting
        if sitting is None or not sitting.agenda:
            return
        item = sitting.agenda[self.position]
        try:
            self.sitting = committee.record_outcome(
                self.ctx.db, self.ctx.actor(), sitting.id, item.application_id, self.outcome.text()
            )
        except ServiceError as exc:
            self._fail(exc)
            return
        self.error.hide()
        self.caseChanged.emit(item.application_id)
        if self.position + 1 < len(self.sitting.agenda):
            self.go(+1)
        else:
            self._show_item()

    def _confirming(self, on: bool) -> None:
        for widget in (self.confirm_label, self.confirm_button, self.cancel_close_button):
            widget.setVisible(on)
        self.close_sitting_button.setVisible(not on)
        if on:
            self.cancel_close_button.setFocus()

    def ask_close(self) -> None:
        if self.sitting is not None and self.sitting.is_open:
            self._confirming(True)

    def close_sitting(self) -> None:
        self._confirming(False)
        if self.sitting is None:
            return
        try:
            committee.close_session(self.ctx.db, self.ctx.actor(), self.sitting.id)
        except ServiceError as exc:
            self._fail(exc)
            return
        self.reload()
