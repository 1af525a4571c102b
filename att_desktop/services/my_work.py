"""My work: everything waiting for the signed-in person, gathered from each feature."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import User
from att_desktop.services.committee import committee_work
from att_desktop.services.dto import UserSession
from att_desktop.services.gbv_consultation import gbv_consultation_work
from att_desktop.services.work_items import WorkItem

#: Each source lists one feature's items for a person (an active account).
WorkSource = Callable[[Session, User], list[WorkItem]]

_SOURCES: tuple[WorkSource, ...] = (
    committee_work,
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
