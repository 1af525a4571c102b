"""The inter-agency committee: review requests, opinions, sittings, notes and the work queue.

Every member's word is recorded with who, when and why; a changed opinion supersedes the
earlier one but keeps it, so the record shows how a position evolved. The decider sees
whether the quorum was reached and where the majority lies.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.json_sql import json_list_has
from att_desktop.db.models import (
    Agency,
    Application,
    CommitteeSession,
    Note,
    Opinion,
    ReviewDeadline,
    ReviewRequest,
    User,
)
from att_desktop.db.types import utcnow
from att_desktop.domain.committee import majority, majority_reason_problem, quorum_for, quorum_met
from att_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    DecisionOutcome,
    OpinionKind,
    Role,
)
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg
from att_desktop.services import consultation
from att_desktop.services.assessment import current_row
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from att_desktop.services.history import change_status, in_words, record_event
from att_desktop.services.permissions import (
    Permission,
    PermissionDenied,
    authorize,
    four_eyes_conflict,
)
from att_desktop.services.settings import change_setting, get_setting
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

#: Authority setting: how many requested agencies must answer; empty means a majority.
QUORUM = "committee_quorum"

_MENTION = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])", re.IGNORECASE)


# --- plain data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OpinionInput:
    opinion: OpinionKind
    reasons: str
    conditions: str = ""


@dataclass(frozen=True)
class AgencyRef:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class OpinionView:
    id: int
    user_id: int
    user_name: str
    agency_id: int | None
    agency_code: str
    opinion: OpinionKind
    reasons: str
    conditions: str
    given_at: datetime
    superseded: bool
    committee_session_id: int | None


@dataclass(frozen=True)
class ReviewStatus:
    application_id: int
    requested: tuple[AgencyRef, ...]
    answered: tuple[AgencyRef, ...]
    missing: tuple[AgencyRef, ...]
    quorum: int
    quorum_met: bool
    #: APPROVE (approve or approve with conditions) or REFUSE; None on a tie or no votes.
    majority: OpinionKind | None
    #: Each answering agency's current opinion, by kind (abstentions included).
    counts: dict[OpinionKind, int]
    #: Current opinions first, then superseded ones, newest first.
    opinions: tuple[OpinionView, ...]


@dataclass(frozen=True)
class Attendance:
    user_id: int
    present: bool


@dataclass(frozen=True)
class AgendaItem:
    application_id: int
    reference: str
    outcome: str


@dataclass(frozen=True)
class CommitteeSessionView:
    id: int
    held_on: date
    title: str
    attendance: tuple[Attendance, ...]
    agenda: tuple[AgendaItem, ...]
    closed_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class NoteView:
    id: int
    application_id: int
    author_name: str
    text: str
    mentions: tuple[int, ...]
    created_at: datetime


class CommitteeError(ServiceError):
    """A committee step refused for a reason about the case, not about who is asking."""


# --- helpers ------------------------------------------------------------------------------


def _application(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(
            msg("There is no case with id {application_id}.", application_id=application_id)
        )
    return app


def _open_case(session: Session, application_id: int) -> Application:
    app = _application(session, application_id)
    if app.status.is_closed:
        raise CommitteeError(
            msg("{reference} is already {value}.", reference=app.reference, value=app.status.value)
        )
    return app


def _quorum_setting(session: Session) -> int | None:
    text = get_setting(session, QUORUM).strip()
    try:
        value = int(text)
    except ValueError:
        return None
    return value if value > 0 else None


def quorum_setting(db: Database) -> int | None:
    """The authority's quorum (how many requested agencies must answer); None: a majority."""
    with db.session() as session:
        return _quorum_setting(session)


def set_quorum(db: Database, who: UserSession | Actor, quorum: int | None) -> None:
    """Set the quorum (None or 0: a majority of the agencies asked); administrators only."""
    if quorum is not None and not 0 <= quorum <= 20:
        raise ValidationFailed(
            [FieldError("quorum", msg("give a number of agencies from 0 to 20"))]
        )
    value = "" if not quorum else str(quorum)
    with db.session() as session:
        me = _acting(session, who, Permission.MANAGE_REFERENCE_DATA)
        change_setting(
            session,
            Actor(me.id, me.full_name),
            QUORUM,
            value,
            "Committee quorum: " + (value or "a majority of the agencies asked"),
        )


def _opinion_view(row: Opinion, users: dict[int, User], agencies: dict[int, Agency]) -> OpinionView:
    user = users.get(row.user_id)
    agency = agencies.get(row.agency_id) if row.agency_id is not None else None
    return OpinionView(
        id=row.id,
        user_id=row.user_id,
        user_name=user.full_name if user is not None else "",
        agency_id=row.agency_id,
        agency_code=agency.code if agency is not None else "",
        opinion=row.opinion,
        reasons=row.reasons,
        conditions=row.conditions,
        given_at=row.created_at,
        superseded=row.superseded,
        committee_session_id=row.session_id,
    )


def _ref(agency: Agency) -> AgencyRef:
    return AgencyRef(agency.id, agency.code, agency.name)


def _acting(
    session: Session,
    who: UserSession | Actor,
    permission: Permission,
    *,
    application_id: int | None = None,
) -> User:
    """The signed-in person, re-read and checked; the committee needs real accounts (an
    opinion speaks for an agency), so the single-user mode of ``authorize`` does not apply."""
    user = authorize(session, who, permission, application_id=application_id)
    if user is None:
        raise PermissionDenied(
            msg("Committee work needs user accounts: create the administrator and sign in."),
            permission,
        )
    return user


# --- review requests and opinions ---------------------------------------------------------


def request_review(
    db: Database,
    user_session: UserSession | Actor,
    application_id: int,
    agency_ids: Iterable[int],
    *,
    reasons: Mapping[str, str] | None = None,
    urgent: bool = False,
    urgent_reason: str = "",
) -> ReviewStatus:
    """Send a case with a completed assessment to agencies for their opinion.

    Asking an agency again changes nothing; the case moves to "in committee". The
    authority's consultation rules (``services.consultation``) say which agencies the case
    needs: leaving one out, or adding one no rule requires, needs a reason in ``reasons``
    (agency code → why). Each new request gets a due date; ``urgent`` (with its reason)
    gives the shorter one.
    """
    wanted = sorted(set(agency_ids))
    if not wanted:
        raise ValidationFailed([FieldError("agencies", msg("choose at least one agency"))])
    if urgent and not urgent_reason.strip():
        raise ValidationFailed([FieldError("urgent", msg("say why the case is urgent"))])
    with db.session() as session:
        me = _acting(session, user_session, Permission.SUBMIT_FOR_REVIEW)
        app = _open_case(session, application_id)
        assessment = current_row(session, application_id)
        if assessment is None or assessment.status is not AssessmentStatus.COMPLETE:
            raise CommitteeError(
                msg(
                    "{reference} has no completed assessment: complete it before "
                    "asking the committee, so every agency reviews the same finished "
                    "text.",
                    reference=app.reference,
                )
            )
        agencies = {a.id: a for a in session.scalars(select(Agency).where(Agency.id.in_(wanted)))}
        unknown = [i for i in wanted if i not in agencies or not agencies[i].active]
        if unknown:
            raise CommitteeError(msg("Choose existing, active agencies only."))
        already = set(
            session.scalars(
                select(ReviewRequest.agency_id).where(
                    ReviewRequest.application_id == application_id
                )
            )
        )
        new = [agencies[i] for i in wanted if i not in already]
        choice = consultation.check_choice(
            session, application_id, list(agencies.values()), reasons or {}, already
        )
        for agency in new:
            session.add(
                ReviewRequest(
                    application_id=application_id,
                    agency_id=agency.id,
                    requested_by_id=me.id,
                )
            )
        if new:
            session.flush()
            due = consultation.add_deadlines(
                session, app.id, new, urgent=urgent, urgent_reason=urgent_reason
            )
            record_event(
                session,
                Actor(me.id, me.full_name),
                entity="application",
                entity_id=app.id,
                application_id=app.id,
                action="review_requested",
                summary="Sent for the opinion of "
                + ", ".join(a.code for a in new)
                + (" (urgent)" if urgent else ""),
                after={"agencies": [a.code for a in new], "due": due, **choice}
                | ({"urgent": urgent_reason.strip()} if urgent else {}),
            )
        if app.status is not CaseStatus.IN_COMMITTEE:
            change_status(session, app, CaseStatus.IN_COMMITTEE, Actor(me.id, me.full_name))
        return _status(session, application_id)


def record_opinion(
    db: Database,
    user_session: UserSession | Actor,
    application_id: int,
    opinion: OpinionInput,
    *,
    committee_session_id: int | None = None,
) -> ReviewStatus:
    """A committee member's opinion for their agency; an earlier one of theirs is kept but
    marked superseded."""
    errors: list[FieldError] = []
    if not opinion.reasons.strip():
        errors.append(FieldError("reasons", msg("give the reasons for the opinion")))
    if opinion.opinion is OpinionKind.APPROVE_WITH_CONDITIONS and not opinion.conditions.strip():
        errors.append(FieldError("conditions", msg("state the conditions")))
    with db.session() as session:
        user = _acting(
            session, user_session, Permission.RECORD_OPINION, application_id=application_id
        )
        me = user
        app = _open_case(session, application_id)
        if errors:
            raise ValidationFailed(errors)
        if committee_session_id is not None:
            sitting = session.get(CommitteeSession, committee_session_id)
            if sitting is None or sitting.closed_at is not None:
                raise CommitteeError(msg("That committee session is not open."))
        earlier = list(
            session.scalars(
                select(Opinion).where(
                    Opinion.application_id == application_id,
                    Opinion.user_id == user.id,
                    Opinion.superseded.is_(False),
                )
            )
        )
        for row in earlier:
            row.superseded = True
        row = Opinion(
            application_id=application_id,
            user_id=user.id,
            agency_id=user.agency_id,
            opinion=opinion.opinion,
            reasons=opinion.reasons.strip(),
            conditions=opinion.conditions.strip(),
            session_id=committee_session_id,
            superseded=False,
        )
        session.add(row)
        session.flush()
        agency = user.agency.code if user.agency is not None else ""
        record_event(
            session,
            Actor(me.id, me.full_name),
            entity="opinion",
            entity_id=row.id,
            application_id=app.id,
            action="opinion_changed" if earlier else "opinion_recorded",
            summary=f"Opinion of {agency}: {in_words(opinion.opinion).lower()}",
            before=(
                {"opinion": earlier[-1].opinion, "reasons": earlier[-1].reasons}
                if earlier
                else None
            ),
            after={
                "agency": agency,
                "opinion": opinion.opinion,
                "reasons": row.reasons,
                "conditions": row.conditions,
            },
        )
        return _status(session, application_id)


def review_status(db: Database, application_id: int) -> ReviewStatus:
    with db.session() as session:
        _application(session, application_id)
        return _status(session, application_id)


def _status(session: Session, application_id: int) -> ReviewStatus:
    requested_ids = list(
        session.scalars(
            select(ReviewRequest.agency_id)
            .where(ReviewRequest.application_id == application_id)
            .order_by(ReviewRequest.id)
        )
    )
    rows = list(
        session.scalars(
            select(Opinion)
            .where(Opinion.application_id == application_id)
            .order_by(Opinion.superseded, Opinion.id.desc())
        )
    )
    agency_ids = set(requested_ids) | {r.agency_id for r in rows if r.agency_id is not None}
    agencies = {a.id: a for a in session.scalars(select(Agency).where(Agency.id.in_(agency_ids)))}
    users = {
        u.id: u for u in session.scalars(select(User).where(User.id.in_({r.user_id for r in rows})))
    }
    # An agency's position is its latest current opinion (rows are newest first).
    position: dict[int, OpinionKind] = {}
    for row in rows:
        if not row.superseded and row.agency_id in requested_ids:
            position.setdefault(row.agency_id, row.opinion)
    requested = tuple(_ref(agencies[i]) for i in requested_ids)
    answered = tuple(a for a in requested if a.id in position)
    missing = tuple(a for a in requested if a.id not in position)
    quorum = quorum_for(len(requested), _quorum_setting(session))
    counts = Counter(position.values())
    return ReviewStatus(
        application_id=application_id,
        requested=requested,
        answered=answered,
        missing=missing,
        quorum=quorum,
        quorum_met=quorum_met(len(requested), len(answered), quorum),
        majority=majority(counts),
        counts=dict(counts),
        opinions=tuple(_opinion_view(r, users, agencies) for r in rows),
    )


def check_majority_reason(
    db: Database, application_id: int, outcome: DecisionOutcome, reason: str
) -> None:
    """Deciding against the majority needs a stated reason (raises ValidationFailed)."""
    with db.session() as session:
        check_majority_reason_in(session, application_id, outcome, reason)


def check_majority_reason_in(
    session: Session, application_id: int, outcome: DecisionOutcome, reason: str
) -> ReviewStatus:
    """``check_majority_reason`` inside the decision service's unit of work; returns the
    committee's position so the decision's event can record what the decider saw."""
    status = _status(session, application_id)
    problem = majority_reason_problem(status.majority, outcome, reason)
    if problem is not None:
        raise ValidationFailed([problem])
    return status


# --- committee sessions (sittings) --------------------------------------------------------


def _sitting(session: Session, committee_session_id: int, *, open_only: bool) -> CommitteeSession:
    row = session.get(CommitteeSession, committee_session_id)
    if row is None:
        raise NotFoundError(
            msg(
                "There is no committee session with id {committee_session_id}.",
                committee_session_id=committee_session_id,
            )
        )
    if open_only and row.closed_at is not None:
        raise CommitteeError(
            msg("The committee session of {held_on} is closed.", held_on=row.held_on)
        )
    return row


def _sitting_view(row: CommitteeSession) -> CommitteeSessionView:
    return CommitteeSessionView(
        id=row.id,
        held_on=row.held_on,
        title=row.title,
        attendance=tuple(
            Attendance(int(a["user_id"]), bool(a.get("present", True))) for a in row.attendance
        ),
        agenda=tuple(
            AgendaItem(int(a["application_id"]), str(a.get("reference", "")), str(a["outcome"]))
            for a in row.agenda
        ),
        closed_at=row.closed_at,
    )


def open_session(
    db: Database,
    user_session: UserSession | Actor,
    held_on: date,
    title: str = "",
    application_ids: Sequence[int] = (),
) -> CommitteeSessionView:
    """A sitting that walks the table through several cases in one go."""
    with db.session() as session:
        me = _acting(session, user_session, Permission.RUN_COMMITTEE_SESSION)
        agenda: list[dict[str, Any]] = []
        for app_id in dict.fromkeys(application_ids):
            app = _open_case(session, app_id)
            agenda.append({"application_id": app.id, "reference": app.reference, "outcome": ""})
        row = CommitteeSession(
            held_on=held_on, title=title.strip(), attendance=[], agenda=agenda, closed_at=None
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            Actor(me.id, me.full_name),
            entity="committee_session",
            entity_id=row.id,
            action="session_opened",
            summary=f"Committee session of {held_on.isoformat()} opened"
            + (f": {row.title}" if row.title else ""),
            after={"held_on": held_on, "title": row.title, "agenda": agenda},
        )
        return _sitting_view(row)


def record_attendance(
    db: Database,
    user_session: UserSession | Actor,
    committee_session_id: int,
    attendance: Iterable[Attendance],
) -> CommitteeSessionView:
    """Who sat at the table (replaces the list; the history keeps the earlier one)."""
    with db.session() as session:
        me = _acting(session, user_session, Permission.RUN_COMMITTEE_SESSION)
        row = _sitting(session, committee_session_id, open_only=True)
        entries: list[dict[str, Any]] = []
        for item in attendance:
            user = session.get(User, item.user_id)
            if user is None:
                raise NotFoundError(
                    msg("There is no user with id {user_id}.", user_id=item.user_id)
                )
            entries.append(
                {"user_id": user.id, "agency_id": user.agency_id, "present": item.present}
            )
        before = list(row.attendance)
        row.attendance = entries
        session.flush()
        record_event(
            session,
            Actor(me.id, me.full_name),
            entity="committee_session",
            entity_id=row.id,
            action="attendance_recorded",
            summary=f"{sum(e['present'] for e in entries)} present, "
            f"{sum(not e['present'] for e in entries)} absent",
            before={"attendance": before},
            after={"attendance": entries},
        )
        return _sitting_view(row)


def record_outcome(
    db: Database,
    user_session: UserSession | Actor,
    committee_session_id: int,
    application_id: int,
    outcome: str,
) -> CommitteeSessionView:
    """What the table concluded on one case (a case not on the agenda is added to it)."""
    if not outcome.strip():
        raise ValidationFailed([FieldError("outcome", msg("record what the committee concluded"))])
    with db.session() as session:
        me = _acting(session, user_session, Permission.RUN_COMMITTEE_SESSION)
        row = _sitting(session, committee_session_id, open_only=True)
        app = _application(session, application_id)
        agenda = [dict(a) for a in row.agenda]
        entry = next((a for a in agenda if a["application_id"] == application_id), None)
        if entry is None:
            entry = {"application_id": app.id, "reference": app.reference, "outcome": ""}
            agenda.append(entry)
        before = entry["outcome"]
        entry["outcome"] = outcome.strip()
        row.agenda = agenda
        session.flush()
        record_event(
            session,
            Actor(me.id, me.full_name),
            entity="committee_session",
            entity_id=row.id,
            application_id=app.id,
            action="committee_outcome",
            summary=f"Committee session of {row.held_on.isoformat()}: {entry['outcome']}",
            before={"outcome": before} if before else None,
            after={"outcome": entry["outcome"]},
        )
        return _sitting_view(row)


def close_session(
    db: Database, user_session: UserSession | Actor, committee_session_id: int
) -> CommitteeSessionView:
    with db.session() as session:
        me = _acting(session, user_session, Permission.RUN_COMMITTEE_SESSION)
        row = _sitting(session, committee_session_id, open_only=True)
        row.closed_at = utcnow().replace(microsecond=0)
        session.flush()
        record_event(
            session,
            Actor(me.id, me.full_name),
            entity="committee_session",
            entity_id=row.id,
            action="session_closed",
            summary=f"Committee session of {row.held_on.isoformat()} closed",
        )
        return _sitting_view(row)


def get_session(db: Database, committee_session_id: int) -> CommitteeSessionView:
    with db.session() as session:
        return _sitting_view(_sitting(session, committee_session_id, open_only=False))


def list_sessions(db: Database) -> tuple[CommitteeSessionView, ...]:
    with db.session() as session:
        rows = session.scalars(
            select(CommitteeSession).order_by(
                CommitteeSession.held_on.desc(), CommitteeSession.id.desc()
            )
        )
        return tuple(_sitting_view(r) for r in rows)


# --- notes, handover and the work queue ---------------------------------------------------


def mentioned_usernames(text: str) -> tuple[str, ...]:
    """``@a.chen`` style mentions, in order, without repeats."""
    return tuple(dict.fromkeys(m.lower() for m in _MENTION.findall(text)))


def add_note(
    db: Database, user_session: UserSession | Actor, application_id: int, text: str
) -> NoteView:
    """A note on a case; ``@username`` mentions put the case in those colleagues' queues.

    A mention of a name that is not an active user is refused, so nobody waits on a note
    that reaches no one.
    """
    if not text.strip():
        raise ValidationFailed([FieldError("text", msg("write the note"))])
    with db.session() as session:
        me = _acting(session, user_session, Permission.ADD_NOTE)
        app = _application(session, application_id)
        names = mentioned_usernames(text)
        users = {
            u.username: u
            for u in session.scalars(
                select(User).where(User.username.in_(names), User.active.is_(True))
            )
        }
        unknown = [n for n in names if n not in users]
        if unknown:
            raise CommitteeError(
                "No active colleague is called " + ", ".join(f"@{n}" for n in unknown) + "."
            )
        row = Note(
            application_id=app.id,
            author_id=me.id,
            text=text.strip(),
            mentions=[users[n].id for n in names],
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            Actor(me.id, me.full_name),
            entity="note",
            entity_id=row.id,
            application_id=app.id,
            action="note_added",
            summary=row.text[:200],
            after={"text": row.text, "mentions": [f"@{n}" for n in names]},
        )
        return NoteView(row.id, app.id, me.full_name, row.text, tuple(row.mentions), row.created_at)


def list_notes(db: Database, application_id: int) -> tuple[NoteView, ...]:
    with db.session() as session:
        rows = list(
            session.scalars(
                select(Note).where(Note.application_id == application_id).order_by(Note.id)
            )
        )
        authors = {
            u.id: u.full_name
            for u in session.scalars(
                select(User).where(User.id.in_({r.author_id for r in rows if r.author_id}))
            )
        }
        return tuple(
            NoteView(
                r.id,
                r.application_id,
                authors.get(r.author_id, "") if r.author_id is not None else "",
                r.text,
                tuple(int(m) for m in r.mentions),
                r.created_at,
            )
            for r in rows
        )


def reassign_case(
    db: Database,
    user_session: UserSession | Actor,
    application_id: int,
    to_user_id: int,
    reason: str,
) -> None:
    """Hand a case over when staff change; the reason stays in the history."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say why the case is reassigned"))])
    with db.session() as session:
        me = _acting(session, user_session, Permission.REASSIGN_CASE)
        app = _open_case(session, application_id)
        target = session.get(User, to_user_id)
        if target is None or not target.active:
            raise CommitteeError(msg("Reassign the case to an active colleague."))
        if target.role not in (Role.LICENSING_OFFICER, Role.DECIDING_AUTHORITY):
            raise CommitteeError(
                msg("A case is assigned to a licensing officer or the deciding authority.")
            )
        before = app.assigned_to_id
        previous = session.get(User, before) if before is not None else None
        app.assigned_to_id = target.id
        session.flush()
        record_event(
            session,
            Actor(me.id, me.full_name),
            entity="application",
            entity_id=app.id,
            application_id=app.id,
            action="reassigned",
            summary=f"Assigned to {target.full_name}"
            + (f" (was {previous.full_name})" if previous is not None else ""),
            before={"assigned_to": previous.username if previous is not None else None},
            after={"assigned_to": target.username},
            reason=reason.strip(),
        )


def assignee_name(db: Database, application_id: int) -> str:
    """The full name of the person the case is assigned to, or "" if nobody."""
    with db.session() as session:
        app = _application(session, application_id)
        user = session.get(User, app.assigned_to_id) if app.assigned_to_id is not None else None
        return user.full_name if user is not None else ""


@dataclass(frozen=True)
class CaseRef:
    application_id: int
    reference: str


def cases_in_committee(db: Database) -> tuple[CaseRef, ...]:
    """Open cases sent to the committee, oldest first: a sitting's default agenda."""
    with db.session() as session:
        rows = session.execute(
            select(Application.id, Application.reference)
            .where(Application.status == CaseStatus.IN_COMMITTEE)
            .order_by(Application.received_on, Application.id)
        )
        return tuple(CaseRef(i, r) for i, r in rows)


def committee_work(session: Session, me: User) -> list[WorkItem]:
    """Open cases waiting for this person: assigned to them, awaiting their agency's opinion,
    awaiting their decision, or where a colleague mentioned them.

    Each kind is one query the database filters to this person and limits to
    ``WORK_LIMIT``: nothing reads every note or case of a 500,000-case register."""
    items: list[WorkItem] = []
    seen: set[tuple[int, WorkReason]] = set()

    def add(
        app: Application, reason: WorkReason, detail: str = "", due: date | None = None
    ) -> None:
        if (app.id, reason) not in seen:
            seen.add((app.id, reason))
            items.append(WorkItem(app.id, app.reference, app.status, reason, detail, due))

    open_statuses = [s for s in CaseStatus if not s.is_closed]
    for app in session.scalars(
        select(Application)
        .where(Application.assigned_to_id == me.id, Application.status.in_(open_statuses))
        .order_by(Application.received_on, Application.id)
        .limit(WORK_LIMIT)
    ):
        add(app, WorkReason.ASSIGNED)
    if me.role is Role.COMMITTEE_MEMBER and me.agency_id is not None:
        answered = select(Opinion.application_id).where(
            Opinion.agency_id == me.agency_id, Opinion.superseded.is_(False)
        )
        awaited = session.execute(
            select(Application, ReviewDeadline.due_on)
            .join(ReviewRequest, ReviewRequest.application_id == Application.id)
            .outerjoin(
                ReviewDeadline,
                and_(
                    ReviewDeadline.application_id == Application.id,
                    ReviewDeadline.agency_id == me.agency_id,
                ),
            )
            .where(
                ReviewRequest.agency_id == me.agency_id,
                Application.status.in_(open_statuses),
                Application.id.not_in(answered),
            )
            .order_by(ReviewRequest.created_at, Application.id)
            .limit(WORK_LIMIT)
        )
        for app, due in awaited:
            add(app, WorkReason.OPINION_AWAITED, due=due)
    if me.role is Role.DECIDING_AUTHORITY:
        # Only the cases in committee (an indexed status), each weighed for quorum and
        # four eyes: a sitting's agenda, not the register.
        for app in session.scalars(
            select(Application)
            .where(Application.status == CaseStatus.IN_COMMITTEE)
            .order_by(Application.received_on, Application.id)
        ):
            status = _status(session, app.id)
            if status.quorum_met and four_eyes_conflict(session, me.id, app.id) is None:
                add(app, WorkReason.DECISION_AWAITED)
    for app, text in _mentions(session, me, open_statuses):
        add(app, WorkReason.MENTIONED, text[:200])
    return items


def _mentions(
    session: Session, me: User, open_statuses: Sequence[CaseStatus]
) -> list[tuple[Application, str]]:
    """The newest note mentioning ``me`` on each open case, newest first: the database looks
    inside each note's list of mentions and returns at most ``WORK_LIMIT`` cases."""
    dialect = session.get_bind().dialect.name
    # The notes are read once, each one's list looked into by the database; the cases are
    # then fetched by id (driving it from the open cases would read every case's notes).
    newest = (
        select(func.max(Note.id).label("id"))
        .where(json_list_has(dialect, Note.mentions, me.id))
        .group_by(Note.application_id)
        .subquery()
    )
    rows = session.execute(
        select(Application, Note.text)
        .select_from(newest)
        .join(Note, Note.id == newest.c.id)
        .join(Application, Application.id == Note.application_id)
        .where(Application.status.in_(open_statuses))
        .order_by(Note.id.desc())
        .limit(WORK_LIMIT)
    )
    return [(app, text) for app, text in rows]
