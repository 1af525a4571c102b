"""Staff continuity (issue 14; seed 001 ¶8, ¶14): an account is deactivated only once its
open work has someone to carry it on.

A person's open work is the open cases assigned to them, and the opinions their agency still
owes when they are its only active committee member (an opinion is the agency's, so while a
colleague of the same agency can answer, nothing is lost). Deactivating them hands each case
to a named successor (a licensing officer or the deciding authority) and each such opinion to
a member of the same agency, or records the administrator's acknowledgement that the agency
has nobody left to answer; a handover summary (at least 20 characters) goes with it, into
the history and into the successor's My work.

The successor's My work shows a handed-over case until they next record anything on it, and
for 30 days at most.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Agency,
    Application,
    CaseHandover,
    Event,
    Opinion,
    ReviewRequest,
    User,
)
from att_desktop.db.types import utcnow
from att_desktop.domain.enums import CaseStatus, Role
from att_desktop.i18n import msg
from att_desktop.services.dto import Actor
from att_desktop.services.errors import NotFoundError, ServiceError
from att_desktop.services.history import record_event
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

#: The shortest handover summary accepted: a sentence, not a placeholder.
MIN_SUMMARY = 20
#: How long a handed-over case stays in the successor's My work at most.
SHOWN_FOR = timedelta(days=30)
#: Who may be given a case (as for ``committee.reassign_case``).
CASE_ROLES = (Role.LICENSING_OFFICER, Role.DECIDING_AUTHORITY)


_HANDOVER_ACTIONS = ("handed_over", "opinion_handed_over")


class HandoverRefused(ServiceError):
    """The deactivation would leave work with nobody; the message lists it."""


@dataclass(frozen=True)
class OpenCase:
    application_id: int
    reference: str
    status: CaseStatus


@dataclass(frozen=True)
class PendingOpinion:
    """An opinion the person's agency owes on a case, with nobody else active to give it."""

    application_id: int
    reference: str
    agency_id: int
    agency_code: str
    agency_name: str


@dataclass(frozen=True)
class OpenWork:
    cases: tuple[OpenCase, ...] = ()
    opinions: tuple[PendingOpinion, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.cases and not self.opinions


@dataclass(frozen=True)
class Handover:
    """Who carries on the leaver's work, and what they need to know.

    ``successor_id`` takes every case (and every opinion, if they are of the same agency);
    ``case_successors`` and ``opinion_successors`` name one per case (application id → user
    id) and win over it. ``agency_has_nobody`` acknowledges that an opinion without a
    successor of the agency stays unanswered until the agency names someone."""

    summary: str
    successor_id: int | None = None
    case_successors: Mapping[int, int] = field(default_factory=dict)
    opinion_successors: Mapping[int, int] = field(default_factory=dict)
    agency_has_nobody: bool = False


def open_work(db: Database, user_id: int) -> OpenWork:
    """What deactivating this person would leave behind (for the dialog and the command)."""
    with db.session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError(msg("There is no user with id {user_id}.", user_id=user_id))
        return open_work_in(session, user)


def open_work_in(session: Session, user: User) -> OpenWork:
    open_statuses = [s for s in CaseStatus if not s.is_closed]
    cases = tuple(
        OpenCase(app.id, app.reference, app.status)
        for app in session.scalars(
            select(Application)
            .where(Application.assigned_to_id == user.id, Application.status.in_(open_statuses))
            .order_by(Application.received_on, Application.id)
        )
    )
    return OpenWork(cases, _pending_opinions(session, user, open_statuses))


def _pending_opinions(
    session: Session, user: User, open_statuses: list[CaseStatus]
) -> tuple[PendingOpinion, ...]:
    if user.role is not Role.COMMITTEE_MEMBER or user.agency_id is None:
        return ()
    others = session.scalar(
        select(User.id)
        .where(
            User.agency_id == user.agency_id,
            User.role == Role.COMMITTEE_MEMBER,
            User.active.is_(True),
            User.id != user.id,
        )
        .limit(1)
    )
    agency = session.get(Agency, user.agency_id)
    if others is not None or agency is None:
        return ()  # a colleague of the agency can answer
    answered = select(Opinion.application_id).where(
        Opinion.agency_id == user.agency_id, Opinion.superseded.is_(False)
    )
    return tuple(
        PendingOpinion(app.id, app.reference, agency.id, agency.code, agency.name)
        for app in session.scalars(
            select(Application)
            .join(ReviewRequest, ReviewRequest.application_id == Application.id)
            .where(
                ReviewRequest.agency_id == user.agency_id,
                Application.status.in_(open_statuses),
                Application.id.not_in(answered),
            )
            .order_by(ReviewRequest.created_at, Application.id)
        )
    )


def hand_over_in(session: Session, user: User, handover: Handover | None, actor: Actor) -> OpenWork:
    """Hand the leaver's open work over as ``handover`` says, or refuse (nothing written)
    naming what is left without a successor. For ``accounts.deactivate_user``."""
    work = open_work_in(session, user)
    if work.empty:
        return work
    if handover is None:
        listed = ", ".join(c.reference for c in work.cases)
        opinions = ", ".join(f"{o.reference} ({o.agency_code})" for o in work.opinions)
        parts = [f"open cases: {listed}"] if listed else []
        parts += [f"opinions only they can give for their agency: {opinions}"] if opinions else []
        raise HandoverRefused(
            msg(
                "{username} still holds work ({work}). Name a successor and "
                "write a handover summary before deactivating the account.",
                username=user.username,
                work="; ".join(parts),
            )
        )
    summary = handover.summary.strip()
    if len(summary) < MIN_SUMMARY:
        raise HandoverRefused(
            msg(
                "Write a handover summary of at least {minimum} characters: "
                "what the successor needs to know to carry the work on.",
                minimum=MIN_SUMMARY,
            )
        )
    plan = [(c, _case_successor(session, user, c, handover)) for c in work.cases]
    opinion_plan = [(o, _opinion_successor(session, user, o, handover)) for o in work.opinions]
    for case, successor in plan:
        _hand_case(session, user, case, successor, summary, actor)
    for opinion, member in opinion_plan:
        _hand_opinion(session, user, opinion, member, summary, actor)
    return work


def _active(session: Session, user: User, user_id: int | None) -> User | None:
    if user_id is None:
        return None
    target = session.get(User, user_id)
    if target is None or not target.active or target.id == user.id:
        raise HandoverRefused(
            msg("A successor must be an active colleague, not the person leaving.")
        )
    return target


def _case_successor(session: Session, user: User, case: OpenCase, handover: Handover) -> User:
    target = _active(session, user, handover.case_successors.get(case.application_id))
    if target is None:
        target = _active(session, user, handover.successor_id)
    if target is None:
        raise HandoverRefused(msg("Name a successor for {reference}.", reference=case.reference))
    if target.role not in CASE_ROLES:
        raise HandoverRefused(
            msg(
                "{full_name} cannot take {reference}: a case is assigned to a "
                "licensing officer or the deciding authority.",
                full_name=target.full_name,
                reference=case.reference,
            )
        )
    return target


def _opinion_successor(
    session: Session, user: User, opinion: PendingOpinion, handover: Handover
) -> User | None:
    chosen = handover.opinion_successors.get(opinion.application_id)
    target = _active(session, user, chosen)
    if target is None and handover.successor_id is not None:
        fallback = _active(session, user, handover.successor_id)
        target = (
            fallback if fallback is not None and fallback.agency_id == opinion.agency_id else None
        )
    if target is not None and target.agency_id != opinion.agency_id:
        raise HandoverRefused(
            msg(
                "{full_name} is not a member of {agency_name}, so cannot carry "
                "its opinion on {reference}: choose a member of that agency.",
                full_name=target.full_name,
                agency_name=opinion.agency_name,
                reference=opinion.reference,
            )
        )
    if target is None and not handover.agency_has_nobody:
        raise HandoverRefused(
            msg(
                "{full_name} is the only active member of {agency_name} who can "
                "give its opinion on {reference}: name a successor from "
                "{agency_name}, or acknowledge that the agency has nobody to "
                "answer.",
                full_name=user.full_name,
                agency_name=opinion.agency_name,
                reference=opinion.reference,
            )
        )
    return target


def _hand_case(
    session: Session, user: User, case: OpenCase, successor: User, summary: str, actor: Actor
) -> None:
    app = session.get(Application, case.application_id)
    assert app is not None
    app.assigned_to_id = successor.id
    session.add(
        CaseHandover(
            application_id=app.id,
            kind="case",
            from_user_id=user.id,
            to_user_id=successor.id,
            summary=summary,
        )
    )
    session.flush()
    record_event(
        session,
        actor,
        entity="application",
        entity_id=app.id,
        application_id=app.id,
        action="handed_over",
        summary=f"Handed over from {user.full_name} to {successor.full_name}",
        before={"assigned_to": user.username},
        after={"assigned_to": successor.username, "summary": summary},
        reason=summary,
    )


def _hand_opinion(
    session: Session,
    user: User,
    opinion: PendingOpinion,
    successor: User | None,
    summary: str,
    actor: Actor,
) -> None:
    session.add(
        CaseHandover(
            application_id=opinion.application_id,
            kind="opinion",
            agency_id=opinion.agency_id,
            from_user_id=user.id,
            to_user_id=successor.id if successor is not None else None,
            summary=summary,
        )
    )
    session.flush()
    if successor is not None:
        text = (
            f"{opinion.agency_code}'s opinion handed over from {user.full_name} to "
            f"{successor.full_name}"
        )
    else:
        text = f"{opinion.agency_code} has nobody left to give its opinion ({user.full_name} left)"
    record_event(
        session,
        actor,
        entity="application",
        entity_id=opinion.application_id,
        application_id=opinion.application_id,
        action="opinion_handed_over" if successor is not None else "opinion_left_unanswered",
        summary=text,
        before={"member": user.username},
        after={
            "agency": opinion.agency_code,
            "member": successor.username if successor is not None else None,
            "summary": summary,
        },
        reason=summary,
    )


def handover_work(session: Session, me: User) -> list[WorkItem]:
    """My work: cases and opinions handed to this person, with the summary, until they next
    record anything on the case (30 days at most).

    One query: the database keeps this person's recent handovers of open cases on which
    they have recorded nothing since, newest first, at most ``WORK_LIMIT``."""
    since = utcnow() - SHOWN_FOR
    handover_event, own_event, leaver = aliased(Event), aliased(Event), aliased(User)
    # Events are stamped to the second: the handover's own event, not its time, marks
    # where the successor's actions begin. (Tied to ``own_event``, the query just around
    # it: a table two queries out would not be correlated but read afresh.)
    handed_at = (
        select(func.max(handover_event.id))
        .where(
            handover_event.application_id == own_event.application_id,
            handover_event.action.in_(_HANDOVER_ACTIONS),
        )
        .scalar_subquery()
    )
    acted = (
        select(own_event.id)
        .where(
            own_event.application_id == CaseHandover.application_id,
            own_event.actor_id == me.id,
            own_event.id > func.coalesce(handed_at, 0),
        )
        .exists()
    )
    rows = session.execute(
        select(
            Application.id,
            Application.reference,
            Application.status,
            CaseHandover.summary,
            leaver.full_name,
        )
        .join(Application, Application.id == CaseHandover.application_id)
        .outerjoin(leaver, leaver.id == CaseHandover.from_user_id)
        .where(
            CaseHandover.to_user_id == me.id,
            CaseHandover.created_at >= since,
            Application.status.in_([s for s in CaseStatus if not s.is_closed]),
            ~acted,
        )
        .order_by(CaseHandover.id.desc())
        .limit(WORK_LIMIT)
    )
    items: list[WorkItem] = []
    seen: set[int] = set()
    for app_id, reference, status, summary, name in rows:
        if app_id in seen:
            continue
        seen.add(app_id)
        items.append(
            WorkItem(app_id, reference, status, WorkReason.HANDED_OVER, f"{name or ''}: {summary}")
        )
    return items
