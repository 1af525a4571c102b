"""The reporting calendar: 31 May for the preceding calendar year (Art. 13(3)), and the
authority's own internal deadlines that lead to it (seed 004, Annex A).

Pure date arithmetic; the service stores the authority's choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from att_desktop.i18n import Message, msg


class Milestone(StrEnum):
    """Internal steps before the report goes to the ATT Secretariat, in order."""

    COLLECT_DATA = "collect_data"
    INTERAGENCY_CHECK = "interagency_check"
    SIGN_OFF = "sign_off"


class ReportStatus(StrEnum):
    NOT_STARTED = "not_started"
    COLLECTING = "collecting"
    INTERAGENCY_CHECK = "interagency_check"
    SIGNED_OFF = "signed_off"
    SUBMITTED = "submitted"


#: Suggested internal deadlines (month, day) in the year the report is due.
DEFAULT_DEADLINES: dict[Milestone, tuple[int, int]] = {
    Milestone.COLLECT_DATA: (3, 31),
    Milestone.INTERAGENCY_CHECK: (4, 30),
    Milestone.SIGN_OFF: (5, 20),
}

#: The milestone a status has passed (reached or completed).
_DONE_BY_STATUS: dict[ReportStatus, tuple[Milestone, ...]] = {
    ReportStatus.NOT_STARTED: (),
    ReportStatus.COLLECTING: (),
    ReportStatus.INTERAGENCY_CHECK: (Milestone.COLLECT_DATA,),
    ReportStatus.SIGNED_OFF: tuple(Milestone),
    ReportStatus.SUBMITTED: tuple(Milestone),
}


def due_date(report_year: int) -> date:
    """Art. 13(3): by 31 May, for the preceding calendar year."""
    return date(report_year + 1, 5, 31)


def default_report_year(today: date) -> int:
    """The report due next: the previous year's until 31 May, then this year's."""
    return today.year - 1 if today <= date(today.year, 5, 31) else today.year


def default_deadlines(report_year: int) -> dict[Milestone, date]:
    return {m: date(report_year + 1, md[0], md[1]) for m, md in DEFAULT_DEADLINES.items()}


@dataclass(frozen=True)
class MilestoneView:
    milestone: Milestone
    due: date
    done: bool
    days_left: int

    @property
    def overdue(self) -> bool:
        return not self.done and self.days_left < 0


@dataclass(frozen=True)
class CalendarView:
    report_year: int
    due: date
    today: date
    status: ReportStatus
    milestones: tuple[MilestoneView, ...]

    @property
    def days_left(self) -> int:
        """Days from ``today`` to 31 May; negative once it has passed."""
        return (self.due - self.today).days

    @property
    def overdue(self) -> bool:
        return self.status is not ReportStatus.SUBMITTED and self.days_left < 0

    @property
    def next_milestone(self) -> MilestoneView | None:
        return next((m for m in self.milestones if not m.done), None)


def calendar_view(
    report_year: int, deadlines: dict[Milestone, date], status: ReportStatus, today: date
) -> CalendarView:
    done = _DONE_BY_STATUS[status]
    return CalendarView(
        report_year,
        due_date(report_year),
        today,
        status,
        tuple(
            MilestoneView(m, deadlines[m], m in done, (deadlines[m] - today).days)
            for m in Milestone
        ),
    )


def deadline_problems(
    report_year: int, deadlines: dict[Milestone, date]
) -> list[tuple[str, Message]]:
    """(milestone key, message) for deadlines out of order or not before 31 May."""
    problems: list[tuple[str, Message]] = []
    due = due_date(report_year)
    previous: date | None = None
    for m in Milestone:
        day = deadlines.get(m)
        if day is None:
            problems.append((m.value, msg("give a date")))
            continue
        if day > due:
            problems.append(
                (m.value, msg("must be on or before the due date {due}", due=due.isoformat()))
            )
        elif day.year < report_year:
            problems.append((m.value, msg("must be after the start of {year}", year=report_year)))
        elif previous is not None and day < previous:
            problems.append((m.value, msg("must not come before the previous step")))
        previous = day
    return problems
