"""The authority's reporting calendar: internal deadlines and the status of each year's report.

Stored as one authority-wide setting per report year (``report_calendar:<year>``) so every
workstation sees the same deadlines; each change is a history event.
"""

from __future__ import annotations

import json
from datetime import date

from att_desktop.db.engine import Database
from att_desktop.domain.reporting.calendar import (
    CalendarView,
    Milestone,
    ReportStatus,
    calendar_view,
    deadline_problems,
    default_deadlines,
)
from att_desktop.domain.validation import FieldError
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import get_setting, put_setting


def _key(year: int) -> str:
    return f"report_calendar:{year}"


def _read(raw: str, year: int) -> tuple[dict[Milestone, date], ReportStatus]:
    deadlines = default_deadlines(year)
    status = ReportStatus.NOT_STARTED
    if raw:
        try:
            data = json.loads(raw)
            for m in Milestone:
                if m.value in data.get("deadlines", {}):
                    deadlines[m] = date.fromisoformat(data["deadlines"][m.value])
            status = ReportStatus(data.get("status", status.value))
        except (ValueError, TypeError, AttributeError):
            pass  # an unreadable setting falls back to the defaults, never breaks the view
    return deadlines, status


def get_calendar(db: Database, year: int, *, today: date | None = None) -> CalendarView:
    with db.session() as session:
        deadlines, status = _read(get_setting(session, _key(year)), year)
    return calendar_view(year, deadlines, status, today or date.today())


def set_calendar(
    db: Database,
    year: int,
    deadlines: dict[Milestone, date],
    status: ReportStatus,
    *,
    actor: Actor = LOCAL_OFFICER,
    today: date | None = None,
) -> CalendarView:
    """Save the internal deadlines and the report's status for ``year`` (the focal point's)."""
    problems = deadline_problems(year, deadlines)
    if problems:
        raise ValidationFailed([FieldError(key, message) for key, message in problems])
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        before_deadlines, before_status = _read(get_setting(session, _key(year)), year)
        value = {
            "deadlines": {m.value: deadlines[m].isoformat() for m in Milestone},
            "status": status.value,
        }
        put_setting(session, _key(year), json.dumps(value, sort_keys=True))
        session.flush()
        record_event(
            session,
            actor,
            entity="report_calendar",
            entity_id=year,
            action="report_calendar_set",
            summary=f"Annual report {year}: {status.value}",
            before={
                "deadlines": {m.value: before_deadlines[m].isoformat() for m in Milestone},
                "status": before_status.value,
            },
            after=value,
        )
    return calendar_view(year, dict(deadlines), status, today or date.today())
