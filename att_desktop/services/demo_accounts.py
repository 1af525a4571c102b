"""Demo accounts: one person for each role, with a password everyone can read in the README.

Only for the demo database (``att-desktop demo``): real databases get their first
administrator from the sign-in screen and every other account from that administrator, with
one-time passwords that must be changed. Demo accounts skip the forced change so that
``make run`` opens straight onto a usable register; the sign-in screen still asks for the
password, and switching between the demo people shows how roles and four eyes work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.config import resources_dir
from att_desktop.db.engine import Database
from att_desktop.db.models import Agency, Application, Opinion, ReviewRequest, User
from att_desktop.domain.assessment.model import AssessmentInput
from att_desktop.domain.casefile import parse_assessment
from att_desktop.domain.enums import CaseStatus, OpinionKind, Role
from att_desktop.i18n import msg
from att_desktop.services import assessment, cases
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.history import record_event
from att_desktop.services.permissions import accounts_exist

#: Printed by ``att-desktop demo`` and in the README; never use it on real data.
DEMO_PASSWORD = "demo-password"

DEMO_AGENCIES: tuple[tuple[str, str], ...] = (
    ("MFA", "Ministry of Foreign Affairs"),
    ("MOD", "Ministry of Defence"),
    ("MOI", "Ministry of the Interior (Police)"),
    ("CUS", "Customs"),
    ("INT", "Intelligence Service"),
)


@dataclass(frozen=True)
class DemoPerson:
    username: str
    full_name: str
    role: Role
    agency: str = ""
    #: Printed under the name on what they sign (the decider's licences and letters).
    job_title: str = ""


DEMO_PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson("admin", "Ada Admin", Role.ADMINISTRATOR),
    DemoPerson("officer", "Olga Officer", Role.LICENSING_OFFICER),
    DemoPerson("officer2", "Omar Officer", Role.LICENSING_OFFICER),
    DemoPerson(
        "decider", "Dana Decider", Role.DECIDING_AUTHORITY, job_title="Director of Export Control"
    ),
    DemoPerson("focal", "Fei Focal", Role.FOCAL_POINT),
    DemoPerson("mfa", "Mara (Foreign Affairs)", Role.COMMITTEE_MEMBER, "MFA"),
    DemoPerson("mod", "Milan (Defence)", Role.COMMITTEE_MEMBER, "MOD"),
    DemoPerson("moi", "Ines (Interior)", Role.COMMITTEE_MEMBER, "MOI"),
    DemoPerson("customs", "Carl (Customs)", Role.COMMITTEE_MEMBER, "CUS"),
    DemoPerson("intel", "Ivo (Intelligence)", Role.COMMITTEE_MEMBER, "INT"),
    # Issue 14: the gender adviser answers GBV consultations (Article 7(4)).
    DemoPerson("gender", "Grace (Gender adviser)", Role.GENDER_ADVISER),
)


def demo_assessment() -> AssessmentInput:
    """The completed, low-risk assessment shipped for the demo (resources/samples)."""
    path = resources_dir() / "samples" / "demo-assessment.json"
    return parse_assessment(json.loads(path.read_text(encoding="utf-8"))["assessment"])


def _complete_demo_assessment(db: Database, application_id: int, officer: Actor) -> None:
    state = assessment.open_assessment(db, application_id, actor=officer)
    case = cases.get_case(db, application_id)
    on = case.submitted_on or case.received_on
    records = assessment.screen_article6(db, application_id, on_date=on)
    inp = assessment.apply_screen(demo_assessment(), records, on)
    assessment.save_assessment(db, state.assessment_id, inp, decision_date=None, actor=officer)
    assessment.complete_assessment(db, state.assessment_id, actor=officer)


def create_demo_accounts(db: Database, password: str = DEMO_PASSWORD) -> tuple[str, ...]:
    """Add the demo agencies and people; pending cases are assigned to the demo officers.

    Refused on a database that already has accounts (demo people never join real ones).
    Returns the user names created.
    """
    hasher = PasswordHasher()
    hashed = hasher.hash(password)
    system = Actor(user_id=None, name="Demo data")
    with db.session() as session:
        if accounts_exist(session):
            raise ServiceError(msg("This database already has accounts; no demo accounts added."))
        agencies: dict[str, Agency] = {}
        for code, name in DEMO_AGENCIES:
            agencies[code] = Agency(code=code, name=name, active=True)
            session.add(agencies[code])
        session.flush()
        users = _add_demo_people(session, agencies, hashed, system)
        officers = [users["officer"], users["officer2"]]
        assigned = _assign_pending_cases(session, officers)
        officer_names = {officer.id: officer.full_name for officer in officers}
        user_ids = {name: user.id for name, user in users.items()}
        agency_ids = {code: agency.id for code, agency in agencies.items()}
        names = tuple(users)
    # A case reaches the committee with a completed assessment: its officer drafts and
    # completes one through the services, as the real workflow requires.
    for app_id, officer_id in assigned.items():
        officer = Actor(user_id=officer_id, name=officer_names[officer_id])
        _complete_demo_assessment(db, app_id, officer)
    with db.session() as session:
        _request_demo_reviews(session, assigned, user_ids, agency_ids, system)
    return names


def _add_demo_people(
    session: Session, agencies: dict[str, Agency], hashed: str, system: Actor
) -> dict[str, User]:
    """The demo people by user name, each with its creation event."""
    users: dict[str, User] = {}
    for person in DEMO_PEOPLE:
        user = User(
            username=person.username,
            full_name=person.full_name,
            job_title=person.job_title,
            role=person.role,
            agency_id=agencies[person.agency].id if person.agency else None,
            # One hash for all: the demo password is public anyway.
            password_hash=hashed,
            must_change_password=False,
            failed_attempts=0,
            active=True,
        )
        session.add(user)
        users[person.username] = user
    session.flush()
    for user in users.values():
        record_event(
            session,
            system,
            entity="user",
            entity_id=user.id,
            action="user_created",
            summary=f"Demo user {user.username} added as {user.role.value}",
            after={"username": user.username, "role": user.role, "demo": True},
        )
    return users


def _assign_pending_cases(session: Session, officers: list[User]) -> dict[int, int]:
    """Share the pending cases between the officers, in turn.

    Returns the cases in committee (in case order) with their officer's id.
    """
    pending = session.scalars(
        select(Application)
        .where(Application.status.in_([s for s in CaseStatus if not s.is_closed]))
        .order_by(Application.id)
    )
    assigned: dict[int, int] = {}
    for n, app in enumerate(pending):
        app.assigned_to_id = officers[n % 2].id
        if app.status is CaseStatus.IN_COMMITTEE:
            assigned[app.id] = officers[n % 2].id
    session.flush()
    return assigned


def _request_demo_reviews(
    session: Session,
    assigned: dict[int, int],
    user_ids: dict[str, int],
    agency_ids: dict[str, int],
    system: Actor,
) -> None:
    """The cases "in committee" were sent to three agencies; the first has two answers,
    so the members' work queues and the Committee tab have something to show."""
    for n, app_id in enumerate(assigned):
        for code in ("MFA", "MOD", "CUS"):
            session.add(
                ReviewRequest(
                    application_id=app_id,
                    agency_id=agency_ids[code],
                    requested_by_id=assigned[app_id],
                )
            )
        if n == 0:
            session.add_all(
                [
                    Opinion(
                        application_id=app_id,
                        user_id=user_ids["mfa"],
                        agency_id=agency_ids["MFA"],
                        opinion=OpinionKind.APPROVE,
                        reasons="No foreign-policy objection; the end user is a ministry.",
                        conditions="",
                        superseded=False,
                    ),
                    Opinion(
                        application_id=app_id,
                        user_id=user_ids["mod"],
                        agency_id=agency_ids["MOD"],
                        opinion=OpinionKind.APPROVE_WITH_CONDITIONS,
                        reasons="Matches the armed forces' stated requirement.",
                        conditions="Post-shipment verification within 12 months",
                        superseded=False,
                    ),
                ]
            )
        record_event(
            session,
            system,
            entity="application",
            entity_id=app_id,
            application_id=app_id,
            action="review_requested",
            summary="Sent for the opinion of MFA, MOD, CUS (demo data)",
            after={"agencies": ["MFA", "MOD", "CUS"]},
        )
    session.flush()
