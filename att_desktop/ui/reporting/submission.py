"""The annual report as submitted: contributions, choices, approval, the frozen copy and the
Secretariat's clarification requests (``services.report_submission``, issue 14).

Opened from the annual report window ("Submission…") or from My work. Every button calls a
service as ``actor()`` (who is signed in then); the services check the roles. Approval builds
the files once, on a worker thread; "Show as submitted" opens the stored bytes (checked
against their hash), never a rebuilt report.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.reporting import ReportOptions
from att_desktop.services import report_clarifications as clar
from att_desktop.services import report_submission as rs
from att_desktop.services.accounts import list_agencies, list_users
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.permissions import Permission, allowed
from att_desktop.ui.committee.timeline_words import event_summary
from att_desktop.ui.messages import error_text
from att_desktop.ui.ops import Progress, run_op
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.reporting.submission_words import (
    change_words,
    choice_label,
    choice_reason,
    choice_value,
    status_words,
)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


def _when(moment: object) -> str:
    if moment is None:
        return ""
    text = moment.isoformat() if hasattr(moment, "isoformat") else str(moment)
    return text[:16].replace("T", " ")


class SubmissionDialog(QDialog):
    """Contributions → Choices → Approval and submission → Clarifications, for one year."""

    #: The submission was changed (opened, signed off, approved...): the year.
    changed = Signal(int)

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        year: int,
        options: Callable[[], ReportOptions] | None = None,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportSubmission")
        self.setWindowTitle(self.tr("Annual report as submitted"))
        self._db = db
        self._actor = actor
        self._options = options
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self.view: rs.SubmissionView | None = None
        self.clarifications: tuple[clar.ClarificationView, ...] = ()
        #: The newest files shown with "Show as submitted" (tests read them).
        self.shown_files: list[rs.FrozenFile] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="att-submitted-")

        self.year = QSpinBox(self)
        self.year.setObjectName("submissionYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.status = QLabel(self)
        self.status.setObjectName("submissionStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open for preparation"), self)
        self.open_button.setObjectName("openSubmission")
        self.open_button.clicked.connect(self.open_submission)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("Report &year:"), self)
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        top.addWidget(self.open_button)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._contributions_tab(), self.tr("&Contributions"))
        self.tabs.addTab(self._choices_tab(), self.tr("C&hoices"))
        self.tabs.addTab(self._approval_tab(), self.tr("&Approval and submission"))
        self.tabs.addTab(self._clarifications_tab(), self.tr("C&larifications"))
        self.history = _table(
            self.tabs, "submissionHistory", [self.tr("When"), self.tr("Who"), self.tr("What")]
        )
        self.tabs.addTab(self.history, self.tr("His&tory"))
        self.tabs.currentChanged.connect(lambda _i: self._fit_rows())
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        self.finished.connect(lambda _r: self._tmp.cleanup())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Rows are measured at the columns' real widths, known once shown."""
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        for table in (
            self.contributions,
            self.choices,
            self.versions,
            self.clarification_table,
            self.history,
        ):
            table.resizeRowsToContents()

    # ------------------------------------------------------------------ tabs

    def _contributions_tab(self) -> QWidget:
        page = QWidget(self.tabs)
        self.contributions = _table(
            page,
            "contributions",
            [
                self.tr("Agency"),
                self.tr("Signed off by"),
                self.tr("Signed off on"),
                self.tr("Contribution"),
            ],
        )
        self.agency_choice = QComboBox(page)
        self.agency_choice.setObjectName("agencyChoice")
        self.ask_button = QPushButton(self.tr("As&k this agency to contribute"), page)
        self.ask_button.clicked.connect(self.ask_agency)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.agency_choice, 1)
        ask_row.addWidget(self.ask_button)
        self.contribution_text = QPlainTextEdit(page)
        self.contribution_text.setObjectName("contributionText")
        self.contribution_text.setPlaceholderText(
            self.tr("Your agency's notes on its data (e.g. actual exports confirmed by customs)")
        )
        self.contribution_text.setMaximumHeight(90)
        self.sign_off_button = QPushButton(self.tr("&Sign off my agency's contribution"), page)
        self.sign_off_button.setObjectName("signOff")
        self.sign_off_button.clicked.connect(self.sign_off)
        lay = QVBoxLayout(page)
        lay.addWidget(self.contributions, 1)
        lay.addLayout(ask_row)
        lay.addWidget(self.contribution_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign_off_button)
        lay.addLayout(row)
        return page

    def _choices_tab(self) -> QWidget:
        page = QWidget(self.tabs)
        self.choices = _table(
            page,
            "choices",
            [self.tr("Choice"), self.tr("Value"), self.tr("Made by"), self.tr("Why")],
        )
        note = QLabel(
            self.tr(
                "The report's choices as recorded when it was opened, with who made each and "
                "why. Opening it again records the choices that changed since."
            ),
            page,
        )
        note.setWordWrap(True)
        lay = QVBoxLayout(page)
        lay.addWidget(note)
        lay.addWidget(self.choices, 1)
        return page

    def _approval_tab(self) -> QWidget:
        page = QWidget(self.tabs)
        self.approver_choice = QComboBox(page)
        self.approver_choice.setObjectName("approverChoice")
        self.name_approver_button = QPushButton(self.tr("&Name as approver"), page)
        self.name_approver_button.clicked.connect(self.name_approver)
        self.confirm_approval = QCheckBox(
            self.tr("I have read the report and appro&ve it for submission"), page
        )
        self.confirm_approval.setObjectName("confirmApproval")
        self.confirm_approval.toggled.connect(lambda _on: self._update_buttons())
        self.approve_button = QPushButton(self.tr("A&pprove and freeze"), page)
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.approve)
        self.sent_on = QDateEdit(QDate.currentDate(), page)
        self.sent_on.setObjectName("sentOn")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("yyyy-MM-dd")
        self.submit_button = QPushButton(self.tr("&Mark as submitted"), page)
        self.submit_button.setObjectName("markSubmitted")
        self.submit_button.clicked.connect(self.mark_submitted)
        self.versions = _table(
            page,
            "versions",
            [
                self.tr("Version"),
                self.tr("Frozen on"),
                self.tr("By"),
                self.tr("Reason"),
                self.tr("Files (SHA-256)"),
            ],
        )
        self.show_button = QPushButton(self.tr("Sho&w as submitted"), page)
        self.show_button.setObjectName("showSubmitted")
        self.show_button.clicked.connect(self.show_submitted)
        self.compare_button = QPushButton(self.tr("Compare with the &register"), page)
        self.compare_button.setObjectName("compare")
        self.compare_button.clicked.connect(self.compare)
        self.correct_button = QPushButton(self.tr("Recor&d a correction…"), page)
        self.correct_button.setObjectName("correct")
        self.correct_button.clicked.connect(self.correct)
        self.changes = QListWidget(page)
        self.changes.setObjectName("changes")
        self.changes.setWordWrap(True)
        form = QFormLayout()
        approver_row = QHBoxLayout()
        approver_row.addWidget(self.approver_choice, 1)
        approver_row.addWidget(self.name_approver_button)
        form.addRow(self.tr("Approver:"), approver_row)
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.confirm_approval, 1)
        approve_row.addWidget(self.approve_button)
        form.addRow("", approve_row)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent_on)
        sent_row.addWidget(self.submit_button)
        sent_row.addStretch(1)
        sent_label = QLabel(self.tr("S&ent to the ATT Secretariat on:"), page)
        sent_label.setBuddy(self.sent_on)
        form.addRow(sent_label, sent_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        lay = QVBoxLayout(page)
        lay.addLayout(form)
        lay.addWidget(self.versions, 2)
        lay.addLayout(buttons)
        lay.addWidget(self.changes, 1)
        return page

    def _clarifications_tab(self) -> QWidget:
        page = QWidget(self.tabs)
        self.clarification_table = _table(
            page,
            "clarifications",
            [
                self.tr("Received"),
                self.tr("Reference"),
                self.tr("Request"),
                self.tr("Answered"),
                self.tr("By"),
                self.tr("Answer"),
            ],
        )
        self.received_on = QDateEdit(QDate.currentDate(), page)
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.reference = QLineEdit(page)
        self.reference.setObjectName("clarificationReference")
        self.request_text = QPlainTextEdit(page)
        self.request_text.setObjectName("clarificationText")
        self.request_text.setMaximumHeight(70)
        self.log_button = QPushButton(self.tr("Lo&g the request"), page)
        self.log_button.setObjectName("logClarification")
        self.log_button.clicked.connect(self.log_request)
        self.answer_text = QPlainTextEdit(page)
        self.answer_text.setObjectName("answerText")
        self.answer_text.setMaximumHeight(70)
        self.answer_button = QPushButton(
            self.tr("Record the a&nswer to the selected request"), page
        )
        self.answer_button.setObjectName("answerClarification")
        self.answer_button.clicked.connect(self.record_answer)
        form = QFormLayout()
        form.addRow(self.tr("Received on:"), self.received_on)
        form.addRow(self.tr("Secretariat's reference:"), self.reference)
        form.addRow(self.tr("Request:"), self.request_text)
        form.addRow("", self.log_button)
        form.addRow(self.tr("Answer sent today:"), self.answer_text)
        form.addRow("", self.answer_button)
        lay = QVBoxLayout(page)
        lay.addWidget(self.clarification_table, 1)
        lay.addLayout(form)
        return page

    # ------------------------------------------------------------------ state

    def current_year(self) -> int:
        return int(self.year.value())

    def reload(self) -> None:
        year = self.current_year()
        self.view = rs.get_submission(self._db, year)
        self.clarifications = clar.list_clarifications(self._db, year)
        view = self.view
        self.status.setText(status_words(view, year))
        _fill(
            self.contributions,
            [
                [c.agency_name, c.signed_off_by, _when(c.signed_off_at), c.text]
                for c in (view.contributions if view else ())
            ],
        )
        _fill(
            self.choices,
            [
                [
                    choice_label(c.key),
                    choice_value(c.key, c.value),
                    c.set_by,
                    choice_reason(c.key, c.reason),
                ]
                for c in (view.choices if view else ())
            ],
        )
        _fill(
            self.versions,
            [
                [
                    str(v.version),
                    _when(v.made_at),
                    v.made_by,
                    v.reason,
                    "\n".join(f"{f.name}  {f.sha256}" for f in v.files),
                ]
                for v in (view.versions if view else ())
            ],
        )
        _fill(
            self.clarification_table,
            [
                [
                    c.received_on.isoformat(),
                    c.reference,
                    c.text,
                    c.answered_on.isoformat() if c.answered_on else "",
                    c.answered_by,
                    c.answer,
                ]
                for c in self.clarifications
            ],
        )
        _fill(
            self.history,
            [
                [
                    _when(e.occurred_at),
                    e.actor_name,
                    event_summary(e) + (f" — {e.reason}" if e.reason else ""),
                ]
                for e in clar.submission_history(self._db, year)
            ],
        )
        self._reload_people()
        self._update_buttons()

    def _reload_people(self) -> None:
        asked = {c.agency_id for c in self.view.contributions} if self.view else set()
        self.agency_choice.clear()
        for agency in list_agencies(self._db):
            if agency.id not in asked:
                self.agency_choice.addItem(agency.name, agency.id)
        self.approver_choice.clear()
        for user in list_users(self._db, include_inactive=False):
            if allowed(user.role, Permission.APPROVE_REPORT):
                self.approver_choice.addItem(user.full_name, user.id)

    def _update_buttons(self) -> None:
        view = self.view
        preparing = view is not None and view.status is rs.SubmissionStatus.PREPARING
        frozen = view is not None and bool(view.versions)
        self.open_button.setEnabled(self._options is not None and (view is None or preparing))
        for widget in (self.ask_button, self.sign_off_button, self.name_approver_button):
            widget.setEnabled(preparing)
        self.ask_button.setEnabled(preparing and self.agency_choice.count() > 0)
        self.approve_button.setEnabled(preparing and self.confirm_approval.isChecked())
        self.submit_button.setEnabled(
            view is not None and view.status is rs.SubmissionStatus.APPROVED
        )
        for widget in (self.show_button, self.compare_button, self.correct_button):
            widget.setEnabled(frozen)
        self.log_button.setEnabled(view is not None)
        self.answer_button.setEnabled(bool(self.clarifications))

    # ------------------------------------------------------------------ actions

    def _call(self, action: Callable[[], object]) -> bool:
        """Run a quick service call; a refusal is shown as the service words it."""
        try:
            action()
        except ServiceError as exc:
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return False
        self.reload()
        self.changed.emit(self.current_year())
        return True

    def open_submission(self) -> None:
        if self._options is None:
            return
        options = self._options()
        year = self.current_year()
        reason = self._prompter.ask_text(
            self,
            self.tr("Open the report for preparation"),
            self.tr("Why these choices (recorded with them):"),
        )
        if reason is None:
            return
        self._call(
            lambda: rs.open_submission(
                self._db,
                year,
                ReportOptions(**{**options.__dict__, "year": year}),
                reason=reason,
                actor=self._actor(),
            )
        )

    def ask_agency(self) -> None:
        agency_id = self.agency_choice.currentData()
        if agency_id is None:
            return
        year = self.current_year()
        self._call(lambda: rs.ask_agencies(self._db, year, (int(agency_id),), actor=self._actor()))

    def sign_off(self) -> None:
        text = self.contribution_text.toPlainText()
        year = self.current_year()
        if self._call(lambda: rs.sign_off_contribution(self._db, year, text, actor=self._actor())):
            self.contribution_text.clear()

    def name_approver(self) -> None:
        user_id = self.approver_choice.currentData()
        if user_id is None:
            return
        year = self.current_year()
        self._call(lambda: rs.name_approver(self._db, year, int(user_id), actor=self._actor()))

    def _freeze(self, work: Callable[[Progress], rs.SubmissionView], title: str) -> None:
        def done(_view: rs.SubmissionView) -> None:
            self.confirm_approval.setChecked(False)
            self.reload()
            self.changed.emit(self.current_year())

        run_op(
            self,
            work,
            done,
            title=title,
            prompter=self._prompter,
            label=self.tr("Building and freezing the report's files…"),
            key="freeze",
            triggers=(self.approve_button, self.correct_button),
        )

    def approve(self) -> None:
        if not self.confirm_approval.isChecked():
            return
        db, year, actor = self._db, self.current_year(), self._actor()
        self._freeze(lambda _p: rs.approve_report(db, year, actor=actor), self.tr("Approve"))

    def correct(self) -> None:
        reason = self._prompter.ask_text(
            self,
            self.tr("Record a correction"),
            self.tr(
                "What does the correction correct? The report as the register now stands is "
                "frozen as the next version; earlier versions stay as they were."
            ),
        )
        if not reason:
            return
        db, year, actor = self._db, self.current_year(), self._actor()
        self._freeze(
            lambda _p: rs.correct_report(db, year, reason, actor=actor),
            self.tr("Record a correction"),
        )

    def mark_submitted(self) -> None:
        sent = self.sent_on.date()
        on = date(sent.year(), sent.month(), sent.day())
        year = self.current_year()
        self._call(lambda: rs.mark_submitted(self._db, year, on, actor=self._actor()))

    def show_submitted(self) -> None:
        """Open the frozen PDF from the stored bytes (hash checked first)."""
        try:
            files = rs.frozen_files(self._db, self.current_year())
        except rs.FrozenFileTampered as exc:
            self._prompter.error(self, self.tr("The stored copy was changed"), error_text(exc))
            return
        except ServiceError as exc:
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return
        self.shown_files = files
        folder = Path(self._tmp.name)
        paths = []
        for f in files:
            path = folder / f.name
            path.write_bytes(f.data)
            paths.append(path)
        pdf = next((p for p in paths if p.suffix == ".pdf"), None)
        if pdf is not None and not self._prompter.open_path(str(pdf)):
            self._prompter.inform(
                self,
                self.windowTitle(),
                self.tr("No viewer opened the PDF; it is at %1").replace("%1", str(pdf)),
            )

    def compare(self) -> None:
        year = self.current_year()
        try:
            changes = clar.changes_since_submission(self._db, year, actor=self._actor())
        except ServiceError as exc:
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return
        self.changes.clear()
        if not changes:
            self.changes.addItem(
                self.tr("The register gives the same rows and totals as the report as sent.")
            )
        for change in changes:
            self.changes.addItem(change_words(change))

    def log_request(self) -> None:
        received = self.received_on.date()
        on = date(received.year(), received.month(), received.day())
        text, reference, year = (
            self.request_text.toPlainText(),
            self.reference.text(),
            self.current_year(),
        )
        if self._call(
            lambda: clar.add_clarification(
                self._db, year, on, text, reference=reference, actor=self._actor()
            )
        ):
            self.request_text.clear()
            self.reference.clear()

    def record_answer(self) -> None:
        row = self.clarification_table.currentRow()
        if row < 0 or row >= len(self.clarifications):
            self._prompter.error(
                self, self.windowTitle(), self.tr("Select the request the answer is for.")
            )
            return
        chosen = self.clarifications[row]
        answer = self.answer_text.toPlainText()
        if self._call(
            lambda: clar.answer_clarification(
                self._db, chosen.id, date.today(), answer, actor=self._actor()
            )
        ):
            self.answer_text.clear()


def open_submission_dialog(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    year: int,
    options: Callable[[], ReportOptions] | None = None,
    prompter: Prompter | None = None,
) -> SubmissionDialog:
    """Show the submission of ``year`` (non-modal)."""
    dialog = SubmissionDialog(
        db, actor=actor, year=year, options=options, prompter=prompter, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
