"""The training register: the courses each person completed (issue 14, staff continuity).

Seed 003 para. 26 stresses licensing officers trained on gender-based violence. The register
is kept by administrators and read by the person it is about; the assessment wizard looks for
GBV training still valid when someone drafts the GBV steps, and warns (never refuses) when
there is none: the authority asks for it, the treaty does not make it a condition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import TrainingRecord, User
from att_desktop.db.types import max_length
from att_desktop.domain.validation import FieldError, too_long
from att_desktop.i18n import msg
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, allowed, authorize


class TrainingTopic(StrEnum):
    GBV = "gbv"
    ATT_BASICS = "att_basics"
    EXPORT_CONTROL_LAW = "export_control_law"
    OTHER = "other"


#: The topics as the history's summaries say them (the window translates its own labels).
TOPIC_WORDS = {
    TrainingTopic.GBV: "gender-based violence",
    TrainingTopic.ATT_BASICS: "Arms Trade Treaty basics",
    TrainingTopic.EXPORT_CONTROL_LAW: "export control law",
    TrainingTopic.OTHER: "other",
}

#: Noted (False) in the ``after`` of an ``assessment_saved`` event when the person who saved
#: GBV answers had no recorded, still valid training on gender-based violence.
GBV_TRAINING_KEY = "valid_gbv_training"


@dataclass(frozen=True)
class TrainingInput:
    topic: TrainingTopic
    title: str
    completed_on: date
    provider: str = ""
    valid_until: date | None = None


@dataclass(frozen=True)
class TrainingView:
    id: int
    user_id: int
    topic: TrainingTopic
    title: str
    provider: str
    completed_on: date
    valid_until: date | None
    recorded_by: str

    def valid_on(self, day: date) -> bool:
        return self.completed_on <= day and (self.valid_until is None or day <= self.valid_until)


def _problems(inp: TrainingInput, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not inp.title.strip():
        errors.append(FieldError("title", msg("give the course's title")))
    for problem in (
        too_long(
            inp.title.strip(),
            max_length(TrainingRecord.title),
            "title",
            msg("course's title", context="field"),
        ),
        too_long(
            inp.provider.strip(),
            max_length(TrainingRecord.provider),
            "provider",
            msg("provider", context="field"),
        ),
    ):
        if problem is not None:
            errors.append(problem)
    if inp.completed_on > today:
        errors.append(
            FieldError("completed_on", msg("the completion date cannot be in the future"))
        )
    if inp.valid_until is not None and inp.valid_until < inp.completed_on:
        errors.append(
            FieldError("valid_until", msg("'valid until' cannot be before the completion date"))
        )
    return errors


def add_training(
    db: Database, actor: Actor | UserSession, user_id: int, inp: TrainingInput
) -> TrainingView:
    """Record a course someone completed (administrators: MANAGE_USERS). Never edited: a
    mistake is corrected by a new record, the old one stays in the register."""
    with db.session() as session:
        recorder = authorize(session, actor, Permission.MANAGE_USERS)
        person = session.get(User, user_id)
        if person is None:
            raise NotFoundError(msg("There is no user with id {user_id}.", user_id=user_id))
        errors = _problems(inp, date.today())
        if errors:
            raise ValidationFailed(errors)
        row = TrainingRecord(
            user_id=person.id,
            topic=inp.topic.value,
            title=inp.title.strip(),
            provider=inp.provider.strip(),
            completed_on=inp.completed_on,
            valid_until=inp.valid_until,
            recorded_by_id=recorder.id if recorder is not None else None,
        )
        session.add(row)
        session.flush()
        until = f", valid until {inp.valid_until.isoformat()}" if inp.valid_until else ""
        record_event(
            session,
            _as_actor(actor),
            entity="training_record",
            entity_id=row.id,
            action="training_recorded",
            summary=f"Training recorded for {person.full_name}: {TOPIC_WORDS[inp.topic]}, "
            f"{row.title} (completed {inp.completed_on.isoformat()}{until})",
            after={
                "user": person.username,
                "topic": inp.topic,
                "title": row.title,
                "provider": row.provider,
                "completed_on": inp.completed_on,
                "valid_until": inp.valid_until,
            },
        )
        return _view(row, recorder.full_name if recorder is not None else "")


def list_training(
    db: Database, actor: Actor | UserSession, user_id: int
) -> tuple[TrainingView, ...]:
    """A person's courses, newest first: for that person, or an administrator."""
    with db.session() as session:
        if actor.user_id != user_id:
            authorize(session, actor, Permission.MANAGE_USERS)
        elif session.get(User, user_id) is None:
            raise NotFoundError(msg("There is no user with id {user_id}.", user_id=user_id))
        rows = session.scalars(
            select(TrainingRecord)
            .where(TrainingRecord.user_id == user_id)
            .order_by(TrainingRecord.completed_on.desc(), TrainingRecord.id.desc())
        ).all()
        names = {uid: name for uid, name in session.execute(select(User.id, User.full_name))}
        return tuple(_view(r, names.get(r.recorded_by_id or 0, "")) for r in rows)


def has_valid_gbv_training(session: Session, user_id: int, on: date) -> bool:
    """Whether the person completed GBV training by ``on`` that is still valid then."""
    found = session.scalar(
        select(TrainingRecord.id)
        .where(
            TrainingRecord.user_id == user_id,
            TrainingRecord.topic == TrainingTopic.GBV.value,
            TrainingRecord.completed_on <= on,
            or_(TrainingRecord.valid_until.is_(None), TrainingRecord.valid_until >= on),
        )
        .limit(1)
    )
    return found is not None


def lacks_gbv_training_in(session: Session, actor: Actor | UserSession, on: date) -> bool:
    """True for a signed-in person without valid GBV training on ``on`` (an anonymous actor,
    on a database without accounts, is nobody to warn)."""
    if actor.user_id is None:
        return False
    return not has_valid_gbv_training(session, actor.user_id, on)


def lacks_gbv_training(db: Database, actor: Actor | UserSession, on: date | None = None) -> bool:
    """For the wizard's banner: ``lacks_gbv_training_in`` in a unit of work of its own."""
    with db.session() as session:
        return lacks_gbv_training_in(session, actor, on or date.today())


def may_record_training(user_session: UserSession | None) -> bool:
    """For the UI: whether to offer "Add a course" (the service still checks)."""
    return user_session is not None and allowed(user_session.role, Permission.MANAGE_USERS)


def _as_actor(actor: Actor | UserSession) -> Actor:
    return actor.actor if isinstance(actor, UserSession) else actor


def _view(row: TrainingRecord, recorded_by: str) -> TrainingView:
    return TrainingView(
        id=row.id,
        user_id=row.user_id,
        topic=TrainingTopic(row.topic),
        title=row.title,
        provider=row.provider,
        completed_on=row.completed_on,
        valid_until=row.valid_until,
        recorded_by=recorded_by,
    )


__all__ = [
    "GBV_TRAINING_KEY",
    "TOPIC_WORDS",
    "TrainingInput",
    "TrainingTopic",
    "TrainingView",
    "add_training",
    "has_valid_gbv_training",
    "lacks_gbv_training",
    "lacks_gbv_training_in",
    "list_training",
    "may_record_training",
]
