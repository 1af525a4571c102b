"""My work: everything waiting for the signed-in person, gathered from each feature."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import User
from att_desktop.services.change_requests import change_request_work
from att_desktop.services.committee import committee_work
from att_desktop.services.consultation import overdue_work
from att_desktop.services.dto import UserSession
from att_desktop.services.follow_up import follow_up_work
from att_desktop.services.gbv_consultation import gbv_consultation_work
from att_desktop.services.handover import handover_work
from att_desktop.services.incidents import reassessment_work
from att_desktop.services.report_clarifications import report_work
from att_desktop.services.work_items import WorkItem

#: Each source lists one feature's items for a person (an active account).
WorkSource = Callable[[Session, User], list[WorkItem]]

_SOURCES: tuple[WorkSource, ...] = (
    committee_work,
    follow_up_work,
    reassessment_work,
    report_work,
    change_request_work,  # issue 14: change requests awaiting a decision
    handover_work,  # issue 14: cases handed over when a colleague left
    overdue_work,  # issue 14: opinions past their due date
    gbv_consultation_work,
)


def my_work(db: Database, user_session: UserSession) -> tuple[WorkItem, ...]:
    """Everything waiting for this person, in each source's order; none for an inactive
    account."""
    items: list[WorkItem] = []
    with db.session() as session:
        me = session.get(User, user_session.user_id)
        if me is None or not me.active:
            return ()
        for source in _SOURCES:
            items.extend(source(session, me))
    return tuple(items)
