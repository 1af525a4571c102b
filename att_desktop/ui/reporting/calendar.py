"""The reporting calendar: days left to 31 May, the internal deadlines, this year's status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.reporting.calendar import (
    CalendarView,
    Milestone,
    ReportStatus,
    default_report_year,
)
from att_desktop.services import report_calendar
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportingCalendarDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        prompter: Prompter | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportingCalendar")
        self.setWindowTitle(self.tr("Reporting calendar"))
        self._db = db
        self._actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self._today = today or date.today()
        self.view: CalendarView | None = None
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(default_report_year(self._today))
        self.headline = QLabel(self)
        self.headline.setObjectName("daysLeft")
        self.headline.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.headline.setWordWrap(True)
        self.status = QComboBox(self)
        for status, text in (
            (ReportStatus.NOT_STARTED, self.tr("Not started")),
            (ReportStatus.COLLECTING, self.tr("Collecting data")),
            (ReportStatus.INTERAGENCY_CHECK, self.tr("Inter-agency check")),
            (ReportStatus.SIGNED_OFF, self.tr("Signed off")),
            (ReportStatus.SUBMITTED, self.tr("Submitted to the ATT Secretariat")),
        ):
            self.status.addItem(text, status)
        names = {
            Milestone.COLLECT_DATA: self.tr("&Collect data by:"),
            Milestone.INTERAGENCY_CHECK: self.tr("&Inter-agency check by:"),
            Milestone.SIGN_OFF: self.tr("Si&gn-off by:"),
        }
        self.deadlines: dict[Milestone, QDateEdit] = {}
        self.states: dict[Milestone, QLabel] = {}
        form = QFormLayout()
        year_label = QLabel(self.tr("Report &year:"), self)
        year_label.setBuddy(self.year)
        form.addRow(year_label, self.year)
        for milestone, text in names.items():
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            self.deadlines[milestone] = edit
            state = QLabel(self)
            self.states[milestone] = state
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(state, 1)
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, row)
        status_label = QLabel(self.tr("&Status of the report:"), self)
        status_label.setBuddy(self.status)
        form.addRow(status_label, self.status)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.year.valueChanged.connect(lambda _y: self.load())
        self.load()

    def load(self) -> CalendarView:
        view = report_calendar.get_calendar(self._db, self.year.value(), today=self._today)
        self._show(view)
        return view

    def _show(self, view: CalendarView) -> None:
        self.view = view
        due = view.due.isoformat()
        if view.status is ReportStatus.SUBMITTED:
            text = self.tr("The %1 report was submitted (due %2).")
        elif view.days_left >= 0:
            text = self.tr("%n day(s) left to submit the %1 report (due %2).", "", view.days_left)
        else:
            text = self.tr("The %1 report is %n day(s) overdue (due %2).", "", -view.days_left)
        self.headline.setText(text.replace("%1", str(view.report_year)).replace("%2", due))
        for m in view.milestones:
            self.deadlines[m.milestone].setDate(_qdate(m.due))
            if m.done:
                state = self.tr("done")
            elif m.overdue:
                state = self.tr("%n day(s) late", "", -m.days_left)
            else:
                state = self.tr("in %n day(s)", "", m.days_left)
            self.states[m.milestone].setText(state)
            self.states[m.milestone].setStyleSheet("color: #a40000;" if m.overdue else "")
        self.status.setCurrentIndex(self.status.findData(view.status))

    def save(self) -> CalendarView | None:
        deadlines = {m: _pydate(edit.date()) for m, edit in self.deadlines.items()}
        try:
            view = report_calendar.set_calendar(
                self._db,
                self.year.value(),
                deadlines,
                ReportStatus(self.status.currentData()),
                actor=self._actor(),
                today=self._today,
            )
        except ValidationFailed as exc:
            names = {
                Milestone.COLLECT_DATA.value: self.tr("Collect data"),
                Milestone.INTERAGENCY_CHECK.value: self.tr("Inter-agency check"),
                Milestone.SIGN_OFF.value: self.tr("Sign-off"),
            }
            self._prompter.error(
                self,
                self.windowTitle(),
                "\n".join(f"{names.get(e.field, e.field)}: {field_text(e)}" for e in exc.errors),
            )
            return None
        except ServiceError as exc:  # the focal point's: anyone else is refused
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return None
        self._show(view)
        self.saved.emit()
        return view


def open_reporting_calendar(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
) -> ReportingCalendarDialog:
    dialog = ReportingCalendarDialog(db, actor=actor, prompter=prompter, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
