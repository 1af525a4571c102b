"""The gender adviser consulted on a case's GBV risk (Article 7(4); seed 003 para. 26-27, 46).

Seed 003 asks States to consult GBV experts and women's organisations and to have a gender
focal point. Here, once steps 1 and 2 of the GBV flowchart are answered yes in the saved
assessment (prevalent GBV/VAWC, and serious), the officer asks the gender adviser (a named one
or any); the question waits in the advisers' My work until one of them answers, naming the
organisations consulted. The consultation is printed in the assessment record.

Completing such an assessment without an answered consultation is refused while the authority
has an active gender adviser and its setting (``gbv_consultation_policy``) says "required",
the default; with the setting "optional", or with nobody holding the role, completion goes
ahead and the completion event says the consultation is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Assessment, GbvConsultation, User
from att_desktop.domain.assessment.model import GbvInput
from att_desktop.domain.casefile import CaseFileError, parse_assessment
from att_desktop.domain.enums import AssessmentStatus, Role
from att_desktop.domain.validation import FieldError
from att_desktop.formats.pdf_data import ConsultationData
from att_desktop.i18n import msg
from att_desktop.services.cases import load_application
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import change_setting, get_setting
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

#: Authority setting: "required" (the default) or "optional".
CONSULTATION_POLICY = "gbv_consultation_policy"
REQUIRED = "required"
OPTIONAL = "optional"


class ConsultedKind(StrEnum):
    WOMENS_ORGANISATION = "womens_organisation"
    GBV_EXPERT = "gbv_expert"
    OTHER = "other"


KIND_WORDS = {
    ConsultedKind.WOMENS_ORGANISATION: "women's organisation",
    ConsultedKind.GBV_EXPERT: "GBV expert",
    ConsultedKind.OTHER: "other",
}


@dataclass(frozen=True)
class Consulted:
    """An organisation or expert the gender adviser consulted, and when."""

    name: str
    kind: ConsultedKind = ConsultedKind.OTHER
    consulted_on: date | None = None


@dataclass(frozen=True)
class ConsultationView:
    id: int
    application_id: int
    reference: str
    question: str
    asked_by: str
    asked_on: date
    #: The gender adviser asked by name; empty: any gender adviser.
    adviser: str
    adviser_id: int | None
    answer: str
    answered_by: str
    answered_on: date | None
    consulted: tuple[Consulted, ...]

    @property
    def open(self) -> bool:
        return self.answered_on is None


@dataclass(frozen=True)
class Adviser:
    user_id: int
    full_name: str


class ConsultationMissing(ServiceError):
    """Completion refused: GBV steps 1 and 2 are yes and the gender adviser has not answered."""


def consultation_needed(gbv: GbvInput) -> bool:
    """Steps 1 and 2 answered yes: serious GBV/VAWC is prevalent in the importing State."""
    return gbv.prevalent.answer is True and gbv.serious.answer is True


# --------------------------------------------------------------------------- reading


def _live_assessment(session: Session, application_id: int) -> Assessment | None:
    return session.scalars(
        select(Assessment)
        .where(
            Assessment.application_id == application_id,
            Assessment.status != AssessmentStatus.SUPERSEDED,
        )
        .order_by(Assessment.revision.desc())
        .limit(1)
    ).first()


def _saved_gbv(row: Assessment | None) -> GbvInput:
    if row is None:
        return GbvInput()
    try:
        return parse_assessment(row.data or {}).gbv
    except CaseFileError:  # pragma: no cover - only written by dump_assessment
        return GbvInput()


def gender_advisers(db: Database) -> tuple[Adviser, ...]:
    """The active gender advisers, for "ask a named adviser"."""
    with db.session() as session:
        return tuple(Adviser(u.id, u.full_name) for u in _advisers(session))


def _advisers(session: Session) -> Sequence[User]:
    return session.scalars(
        select(User)
        .where(User.role == Role.GENDER_ADVISER, User.active.is_(True))
        .order_by(User.full_name)
    ).all()


def consultations(db: Database, application_id: int) -> tuple[ConsultationView, ...]:
    """A case's consultations, oldest first (anyone who may see the case may read them)."""
    with db.session() as session:
        rows = session.scalars(
            select(GbvConsultation)
            .where(GbvConsultation.application_id == application_id)
            .order_by(GbvConsultation.id)
        ).all()
        return tuple(_view(session, r) for r in rows)


def consultation_may_be_asked(db: Database, application_id: int) -> bool:
    """Whether the saved assessment has GBV steps 1 and 2 answered yes (for the button)."""
    with db.session() as session:
        return consultation_needed(_saved_gbv(_live_assessment(session, application_id)))


def _view(session: Session, row: GbvConsultation) -> ConsultationView:
    def name(user_id: int | None) -> str:
        user = session.get(User, user_id) if user_id is not None else None
        return user.full_name if user is not None else ""

    app = session.get(Application, row.application_id)
    return ConsultationView(
        id=row.id,
        application_id=row.application_id,
        reference=app.reference if app is not None else "",
        question=row.question,
        asked_by=name(row.asked_by_id),
        asked_on=row.asked_on,
        adviser=name(row.adviser_id),
        adviser_id=row.adviser_id,
        answer=row.answer,
        answered_by=name(row.answered_by_id),
        answered_on=row.answered_on,
        consulted=tuple(_consulted(item) for item in row.organisations or []),
    )


def _consulted(item: Any) -> Consulted:
    on = item.get("consulted_on") if isinstance(item, dict) else None
    kind = item.get("kind", "other") if isinstance(item, dict) else "other"
    return Consulted(
        name=str(item.get("name", "")) if isinstance(item, dict) else str(item),
        kind=ConsultedKind(kind) if kind in set(ConsultedKind) else ConsultedKind.OTHER,
        consulted_on=date.fromisoformat(on) if on else None,
    )


# --------------------------------------------------------------------------- asking


def ask_consultation(
    db: Database,
    actor: Actor | UserSession,
    application_id: int,
    question: str,
    *,
    adviser_id: int | None = None,
    asked_on: date | None = None,
) -> ConsultationView:
    """The officer asks the gender adviser (``adviser_id``, or any when None): allowed once
    GBV steps 1 and 2 are answered yes in the saved assessment, one open question at a time."""
    on = asked_on or date.today()
    with db.session() as session:
        asker = authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        app = load_application(session, application_id)
        row = _live_assessment(session, application_id)
        if not consultation_needed(_saved_gbv(row)):
            raise ServiceError(
                msg(
                    "The gender adviser is asked once steps 1 and 2 of the GBV "
                    "flowchart are answered yes and saved; {reference}'s saved "
                    "assessment does not say so.",
                    reference=app.reference,
                )
            )
        errors = _ask_problems(session, question, adviser_id, on)
        if errors:
            raise ValidationFailed(errors)
        waiting = session.scalar(
            select(GbvConsultation.asked_on).where(
                GbvConsultation.application_id == application_id,
                GbvConsultation.answered_on.is_(None),
            )
        )
        if waiting is not None:
            raise ServiceError(
                msg(
                    "The gender adviser was already asked about {reference} on "
                    "{waiting} and has not answered yet: wait for the answer.",
                    reference=app.reference,
                    waiting=waiting.isoformat(),
                )
            )
        consultation = GbvConsultation(
            application_id=app.id,
            assessment_id=row.id if row is not None else None,
            question=question.strip(),
            asked_by_id=asker.id if asker is not None else None,
            asked_on=on,
            adviser_id=adviser_id,
            organisations=[],
        )
        session.add(consultation)
        session.flush()
        view = _view(session, consultation)
        record_event(
            session,
            _as_actor(actor),
            entity="gbv_consultation",
            entity_id=consultation.id,
            application_id=app.id,
            action="gbv_consultation_asked",
            summary=f"Gender adviser asked ({view.adviser or 'any gender adviser'}): "
            f"{_short(view.question)}",
            after={
                "question": view.question,
                "asked_on": on,
                "adviser": view.adviser or None,
            },
        )
        return view


def _ask_problems(
    session: Session, question: str, adviser_id: int | None, on: date
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not question.strip():
        errors.append(FieldError("question", msg("write the question for the gender adviser")))
    if on > date.today():
        errors.append(FieldError("asked_on", msg("the date asked cannot be in the future")))
    if adviser_id is not None:
        adviser = session.get(User, adviser_id)
        if adviser is None or not adviser.active or adviser.role is not Role.GENDER_ADVISER:
            errors.append(
                FieldError("adviser", msg("choose an active gender adviser, or any gender adviser"))
            )
    return errors


# --------------------------------------------------------------------------- answering


def answer_consultation(
    db: Database,
    actor: Actor | UserSession,
    consultation_id: int,
    answer: str,
    *,
    answered_on: date | None = None,
    consulted: Sequence[Consulted] = (),
) -> ConsultationView:
    """A gender adviser answers (``RECORD_GBV_CONSULTATION``), naming whom they consulted."""
    on = answered_on or date.today()
    with db.session() as session:
        adviser = _named_adviser(authorize(session, actor, Permission.RECORD_GBV_CONSULTATION))
        row = session.get(GbvConsultation, consultation_id)
        if row is None:
            raise NotFoundError(
                msg(
                    "There is no GBV consultation with id {consultation_id}.",
                    consultation_id=consultation_id,
                )
            )
        if row.answered_on is not None:
            raise ServiceError(
                msg(
                    "This consultation was answered on {answered_on}; an answer is "
                    "never changed. Ask the officer to ask a new question.",
                    answered_on=row.answered_on.isoformat(),
                )
            )
        errors = _answer_problems(answer, on, row.asked_on, consulted)
        if errors:
            raise ValidationFailed(errors)
        row.answer = answer.strip()
        row.answered_on = on
        row.answered_by_id = adviser.id
        row.organisations = [
            {
                "name": c.name.strip(),
                "kind": c.kind.value,
                "consulted_on": c.consulted_on.isoformat() if c.consulted_on else None,
            }
            for c in consulted
        ]
        session.flush()
        view = _view(session, row)
        who = ", ".join(c.name for c in view.consulted)
        record_event(
            session,
            _as_actor(actor),
            entity="gbv_consultation",
            entity_id=row.id,
            application_id=row.application_id,
            action="gbv_consultation_answered",
            summary=f"Gender adviser answered: {_short(view.answer)}"
            + (f" (consulted: {who})" if who else ""),
            before={"answer": None},
            after={"answer": view.answer, "answered_on": on, "consulted": row.organisations},
        )
        return view


def _named_adviser(user: User | None) -> User:
    """Who answers: an active account holding the gender adviser role, never nobody.

    ``authorize`` lets an anonymous actor through on a database without accounts; an answer
    recorded that way would name no adviser, and the assessment record would print a GBV
    consultation nobody can be held to (seed 003 para. 27: a gender focal point)."""
    if user is None or not user.active or user.role is not Role.GENDER_ADVISER:
        raise ServiceError(
            msg(
                "A GBV consultation is answered by a named gender adviser: "
                "nothing was saved. An administrator creates an account with the "
                "Gender adviser role for them; they sign in and record the "
                "answer themselves."
            )
        )
    return user


def _answer_problems(
    answer: str, on: date, asked_on: date, consulted: Sequence[Consulted]
) -> list[FieldError]:
    errors: list[FieldError] = []
    today = date.today()
    if not answer.strip():
        errors.append(FieldError("answer", msg("write the answer to the question")))
    if on > today:
        errors.append(FieldError("answered_on", msg("the date answered cannot be in the future")))
    elif on < asked_on:
        errors.append(
            FieldError(
                "answered_on",
                msg("the answer cannot precede the question ({asked_on})", asked_on=asked_on),
            )
        )
    for n, c in enumerate(consulted, start=1):
        if not c.name.strip():
            errors.append(FieldError(f"consulted.{n}", msg("name the organisation or expert")))
        if c.consulted_on is not None and c.consulted_on > today:
            errors.append(
                FieldError(f"consulted.{n}", msg("the date consulted cannot be in the future"))
            )
    return errors


# --------------------------------------------------------------------------- my work, completion


def gbv_consultation_work(session: Session, me: User) -> list[WorkItem]:
    """For a gender adviser: each open question asked of them by name or of any adviser,
    oldest first, at most ``WORK_LIMIT`` (the database filters and limits)."""
    if me.role is not Role.GENDER_ADVISER:
        return []
    rows = session.execute(
        select(GbvConsultation, Application)
        .join(Application, Application.id == GbvConsultation.application_id)
        .where(
            GbvConsultation.answered_on.is_(None),
            or_(GbvConsultation.adviser_id.is_(None), GbvConsultation.adviser_id == me.id),
        )
        .order_by(GbvConsultation.asked_on, GbvConsultation.id)
        .limit(WORK_LIMIT)
    ).all()
    return [
        WorkItem(
            application_id=app.id,
            reference=app.reference,
            status=app.status,
            reason=WorkReason.GBV_CONSULTATION_AWAITED,
            detail=row.question,
        )
        for row, app in rows
    ]


def open_consultation_id(db: Database, application_id: int) -> int | None:
    """The case's unanswered consultation, if any (My work opens it for the adviser)."""
    with db.session() as session:
        return session.scalar(
            select(GbvConsultation.id).where(
                GbvConsultation.application_id == application_id,
                GbvConsultation.answered_on.is_(None),
            )
        )


def consultation_policy(db: Database) -> str:
    with db.session() as session:
        return get_setting(session, CONSULTATION_POLICY) or REQUIRED


def set_consultation_policy(db: Database, actor: Actor | UserSession, policy: str) -> None:
    """An administrator's choice (``MANAGE_REFERENCE_DATA``): whether completing an assessment
    with serious, prevalent GBV needs the gender adviser's answer."""
    if policy not in (REQUIRED, OPTIONAL):
        raise ValidationFailed([FieldError("policy", msg("say 'required' or 'optional'"))])
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        change_setting(
            session,
            _as_actor(actor),
            CONSULTATION_POLICY,
            policy,
            f"Gender adviser consultation before completing a GBV assessment: {policy}",
        )


def completion_check(session: Session, application_id: int, gbv: GbvInput) -> str:
    """For ``complete_assessment``: raise ``ConsultationMissing`` when the answer is required
    and missing; return a note for the completion event when it is missing but not required
    (the setting says optional, or the authority has no active gender adviser); else ""."""
    if not consultation_needed(gbv):
        return ""
    answered = session.scalar(
        select(GbvConsultation.id).where(
            GbvConsultation.application_id == application_id,
            GbvConsultation.answered_on.is_not(None),
        )
    )
    if answered is not None:
        return ""
    if (get_setting(session, CONSULTATION_POLICY) or REQUIRED) == OPTIONAL:
        return "Completed without the gender adviser's answer (the authority's setting: optional)."
    if not _advisers(session):
        return "Completed without consulting the gender adviser: no active account holds the role."
    asked = session.scalar(
        select(GbvConsultation.asked_on).where(GbvConsultation.application_id == application_id)
    )
    if asked is None:
        raise ConsultationMissing(
            msg(
                "The assessment cannot be completed yet: GBV steps 1 and 2 are "
                "answered yes, so the gender adviser must be consulted. Use “Ask "
                "the gender adviser” on the Article 7(4) page."
            )
        )
    raise ConsultationMissing(
        msg(
            "The assessment cannot be completed yet: the gender adviser was "
            "asked on {asked} and has not answered.",
            asked=asked.isoformat(),
        )
    )


def consultation_records(db: Database, application_id: int) -> tuple[ConsultationData, ...]:
    """The consultations as the assessment record PDF prints them."""
    return tuple(
        ConsultationData(
            question=c.question,
            asked_by=c.asked_by,
            asked_on=c.asked_on,
            adviser=c.adviser,
            answer=c.answer,
            answered_by=c.answered_by,
            answered_on=c.answered_on,
            consulted=tuple((k.name, k.kind.value, k.consulted_on) for k in c.consulted),
        )
        for c in consultations(db, application_id)
    )


def _short(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _as_actor(actor: Actor | UserSession) -> Actor:
    return actor.actor if isinstance(actor, UserSession) else actor
