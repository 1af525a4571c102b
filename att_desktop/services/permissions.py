"""Who may do what, enforced in the services so a greyed-out button is never the only guard.

Roles follow the committee's division of labour: the licensing officer drafts and submits,
committee members give opinions for their agency, only the deciding authority decides (and
never a case they registered or whose assessment they drafted: four eyes), the focal point
builds reports, and the administrator manages accounts and reference data but decides
nothing.
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Assessment, Event, ReviewRequest, Setting, User
from att_desktop.domain.enums import Role
from att_desktop.i18n import Message, MessageTable, message_table, msg
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ServiceError


class Permission(StrEnum):
    VIEW_CASES = "view_cases"
    REGISTER_APPLICATION = "register_application"
    DRAFT_ASSESSMENT = "draft_assessment"
    SUBMIT_FOR_REVIEW = "submit_for_review"
    RECORD_OPINION = "record_opinion"
    RUN_COMMITTEE_SESSION = "run_committee_session"
    DECIDE = "decide"
    BUILD_REPORT = "build_report"
    MANAGE_USERS = "manage_users"
    MANAGE_REFERENCE_DATA = "manage_reference_data"
    REASSIGN_CASE = "reassign_case"
    ADD_NOTE = "add_note"
    #: Actual shipments against a licence (from the exporter or customs).
    RECORD_SHIPMENT = "record_shipment"
    #: Bringing records in from a spreadsheet register or a case file from another workstation.
    IMPORT_RECORDS = "import_records"
    #: Import authorisations (Article 8) recorded for the report's Imports table.
    RECORD_IMPORT_AUTHORISATION = "record_import_authorisation"
    #: Importing historical decisions (authorised or denied cases, a case file carrying a
    #: decision): granted to no role, only to a named person for a period by an
    #: administrator (``services.migration_rights``), so no import decides by the back door.
    MIGRATE_RECORDS = "migrate_records"
    #: Licence follow-up: delivery verification certificates, verification visits,
    #: assurances checked, and re-transfer or change requests received (issue 14).
    RECORD_FOLLOW_UP = "record_follow_up"
    #: Diversion and breach incidents (Articles 11(4)-(5) and 14).
    RECORD_INCIDENT = "record_incident"
    #: The file kept on each destination State (sources and standing findings).
    EDIT_DESTINATION_FILE = "edit_destination_file"
    #: The gender adviser's answer to a GBV consultation (Article 7(4)).
    RECORD_GBV_CONSULTATION = "record_gbv_consultation"
    #: An agency's contribution to, and sign-off of, a report (Article 13).
    CONTRIBUTE_TO_REPORT = "contribute_to_report"
    #: Approving a report for submission: the named approver.
    APPROVE_REPORT = "approve_report"


_EVERYONE = frozenset({Permission.VIEW_CASES, Permission.ADD_NOTE})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.LICENSING_OFFICER: _EVERYONE
    | {
        Permission.REGISTER_APPLICATION,
        Permission.DRAFT_ASSESSMENT,
        Permission.SUBMIT_FOR_REVIEW,
        Permission.RUN_COMMITTEE_SESSION,
        Permission.REASSIGN_CASE,
        Permission.RECORD_SHIPMENT,
        Permission.IMPORT_RECORDS,
        Permission.RECORD_IMPORT_AUTHORISATION,
        Permission.RECORD_FOLLOW_UP,
        Permission.RECORD_INCIDENT,
        Permission.EDIT_DESTINATION_FILE,
    },
    Role.COMMITTEE_MEMBER: _EVERYONE
    | {Permission.RECORD_OPINION, Permission.CONTRIBUTE_TO_REPORT, Permission.RECORD_INCIDENT},
    Role.DECIDING_AUTHORITY: _EVERYONE
    | {
        Permission.DECIDE,
        Permission.RUN_COMMITTEE_SESSION,
        Permission.REASSIGN_CASE,
        Permission.RECORD_INCIDENT,
        Permission.APPROVE_REPORT,
    },
    Role.FOCAL_POINT: _EVERYONE
    | {
        Permission.BUILD_REPORT,
        Permission.RECORD_SHIPMENT,
        Permission.RECORD_IMPORT_AUTHORISATION,
        Permission.RECORD_FOLLOW_UP,
    },
    Role.GENDER_ADVISER: _EVERYONE
    | {Permission.RECORD_GBV_CONSULTATION, Permission.EDIT_DESTINATION_FILE},
    Role.ADMINISTRATOR: _EVERYONE
    | {
        Permission.MANAGE_USERS,
        Permission.MANAGE_REFERENCE_DATA,
        Permission.REASSIGN_CASE,
        Permission.IMPORT_RECORDS,
    },
}

#: Why a permission is refused, phrased for the person who tried (translated where shown).
_ONLY: MessageTable[Permission] = message_table(
    "refusal ",
    {
        Permission.VIEW_CASES: "Sign in to see cases.",
        Permission.REGISTER_APPLICATION: "Only a licensing officer registers applications.",
        Permission.DRAFT_ASSESSMENT: "Only a licensing officer drafts assessments.",
        Permission.SUBMIT_FOR_REVIEW: "Only a licensing officer submits a case to the committee.",
        Permission.RECORD_OPINION: "Only committee members record opinions.",
        Permission.RUN_COMMITTEE_SESSION: (
            "Only a licensing officer or the deciding authority runs a committee session."
        ),
        Permission.DECIDE: "Only the deciding authority decides cases.",
        Permission.BUILD_REPORT: "Only the national focal point builds reports.",
        Permission.MANAGE_USERS: "Only an administrator manages users and agencies.",
        Permission.MANAGE_REFERENCE_DATA: "Only an administrator manages reference data.",
        Permission.REASSIGN_CASE: (
            "Only a licensing officer, the deciding authority or an administrator reassigns cases."
        ),
        Permission.ADD_NOTE: "Sign in to add notes.",
        Permission.IMPORT_RECORDS: "Only a licensing officer or an administrator imports records.",
        Permission.RECORD_SHIPMENT: (
            "Only a licensing officer or the national focal point records shipments."
        ),
        Permission.RECORD_IMPORT_AUTHORISATION: (
            "Only a licensing officer or the national focal point records import authorisations."
        ),
        Permission.MIGRATE_RECORDS: (
            "Importing historical decisions needs the records-migration right, which an "
            "administrator grants to a named person for a period; no role has it."
        ),
        Permission.RECORD_FOLLOW_UP: (
            "Only a licensing officer or the national focal point records licence follow-up."
        ),
        Permission.RECORD_INCIDENT: (
            "Only a licensing officer, a committee member or the deciding authority records "
            "diversion and breach incidents."
        ),
        Permission.EDIT_DESTINATION_FILE: (
            "Only a licensing officer or the gender adviser edits a destination file."
        ),
        Permission.RECORD_GBV_CONSULTATION: (
            "Only the gender adviser answers a consultation on gender-based violence."
        ),
        Permission.CONTRIBUTE_TO_REPORT: (
            "Only a committee member signs off an agency's contribution to a report."
        ),
        Permission.APPROVE_REPORT: "Only the deciding authority approves a report for submission.",
    },
)

#: The setting holding the records-migration grants: a JSON list of
#: {"user_id", "username", "until" (ISO date, inclusive), "granted_by", "granted_on"}.
MIGRATION_GRANTS = "records_migration_grants"

_ROLE_NAMES: MessageTable[Role] = message_table(
    "signed in as ",
    {
        Role.LICENSING_OFFICER: "a licensing officer",
        Role.COMMITTEE_MEMBER: "a committee member",
        Role.DECIDING_AUTHORITY: "the deciding authority",
        Role.FOCAL_POINT: "the national focal point",
        Role.ADMINISTRATOR: "an administrator",
        Role.GENDER_ADVISER: "the gender adviser",
    },
)


class PermissionDenied(ServiceError):
    """The signed-in person may not do this; the message says who may."""

    def __init__(self, message: str | Message, permission: Permission | None = None) -> None:
        self.permission = permission
        super().__init__(message)


class FourEyesViolation(PermissionDenied):
    """The decider had a hand in the case: someone else must decide it."""


def allowed(role: Role, permission: Permission) -> bool:
    """For the UI: whether to offer an action at all (the service still checks)."""
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def _refusal(user_session: UserSession, permission: Permission) -> PermissionDenied:
    role: Message | str = (
        _entry(_ROLE_NAMES, user_session.role)
        if user_session.role in _ROLE_NAMES
        else user_session.role.value
    )
    text = msg("{only} You are signed in as {role}.", only=_entry(_ONLY, permission), role=role)
    if permission is Permission.DECIDE and user_session.role is Role.ADMINISTRATOR:
        text = msg(
            "Administrators manage users and reference data; they cannot decide cases. "
            "Only the deciding authority decides."
        )
    return PermissionDenied(text, permission)


def _entry(table: MessageTable[Any], key: object) -> Message:
    """A table's text as a Message (its context is the table's), translated where shown."""
    return Message(str(table[key]), table.context(key))


def require(
    user_session: UserSession | None,
    permission: Permission,
    *,
    application_id: int | None = None,
    db: Database | None = None,
) -> None:
    """Raise PermissionDenied unless the signed-in person may do this.

    With ``db`` the account is re-read (a deactivated or demoted user is refused at once),
    and with ``application_id`` too the case-specific rules apply: four eyes for DECIDE, a
    requested agency for RECORD_OPINION.
    """
    if user_session is None:
        raise PermissionDenied(
            msg("Nobody is signed in: sign in first."),
            permission,
        )
    if db is None:
        if not allowed(user_session.role, permission):
            raise _refusal(user_session, permission)
        return
    with db.session() as session:
        require_in(session, user_session, permission, application_id=application_id)


def require_in(
    session: Session,
    user_session: UserSession | None,
    permission: Permission,
    *,
    application_id: int | None = None,
) -> User:
    """``require`` inside a unit of work a service already holds; returns the user's row."""
    if user_session is None:
        raise PermissionDenied(
            msg("Nobody is signed in: sign in first."),
            permission,
        )
    user = session.get(User, user_session.user_id)
    if user is None or not user.active:
        raise PermissionDenied(
            msg("Your account is no longer active; ask an administrator."),
            permission,
        )
    current = _session_of(user)
    if permission is Permission.MIGRATE_RECORDS:
        if migration_grant(session, user.id, date.today()) is None:
            raise _refusal(current, permission)
        return user
    if not allowed(current.role, permission):
        raise _refusal(current, permission)
    if application_id is not None:
        if permission is Permission.DECIDE:
            _four_eyes(session, user, application_id)
        elif permission is Permission.RECORD_OPINION:
            _agency_requested(session, user, application_id)
    return user


def migration_grants(session: Session) -> list[dict[str, Any]]:
    """Every records-migration grant as stored (expired ones too: the history keeps who
    held the right when; ``migration_grant`` says whether one is in force)."""
    row = session.get(Setting, MIGRATION_GRANTS)
    try:
        raw: Any = json.loads(row.value) if row is not None and row.value else []
    except ValueError:
        return []
    return [g for g in raw if isinstance(g, dict)] if isinstance(raw, list) else []


def migration_grant(session: Session, user_id: int, on: date) -> dict[str, Any] | None:
    """The user's records-migration grant in force on ``on`` (until is inclusive), or None."""
    for grant in migration_grants(session):
        try:
            until = date.fromisoformat(str(grant.get("until", "")))
        except ValueError:
            continue
        if grant.get("user_id") == user_id and on <= until:
            return grant
    return None


def accounts_exist(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def authorize(
    session: Session,
    actor: Actor | UserSession,
    permission: Permission,
    *,
    application_id: int | None = None,
) -> User | None:
    """The check every service that changes a record makes first, in its own unit of work.

    ``actor`` is what the UI passes: a signed-in ``UserSession`` or its ``Actor``. Only the
    user id is trusted; the role, the agency and whether the account is still active are
    re-read from the database, so a stale session or a hand-made Actor gains nothing.

    **Single-user policy.** A database with no account at all (a fresh file used by the
    headless commands, before anyone ran the GUI, which makes the first administrator) has
    nobody to check against: an anonymous actor is then allowed and None returned. As soon as
    one account exists, an anonymous actor is refused ("sign in first").
    """
    if actor.user_id is None:
        if not accounts_exist(session):
            return None
        raise PermissionDenied(
            msg("Nobody is signed in: sign in first."),
            permission,
        )
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        raise PermissionDenied(
            msg("Your account is no longer active; ask an administrator."),
            permission,
        )
    return require_in(session, _session_of(user), permission, application_id=application_id)


def permitted(db: Database, actor: Actor | UserSession, permission: Permission) -> bool:
    """Whether ``authorize`` would let ``actor`` do this (for offering a button; the service
    still checks when it is pressed)."""
    with db.session() as session:
        try:
            authorize(session, actor, permission)
        except PermissionDenied:
            return False
    return True


def _session_of(user: User) -> UserSession:
    return UserSession(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        agency_id=user.agency_id,
        agency_name="",
    )


def _application(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(
            msg("There is no case with id {application_id}.", application_id=application_id)
        )
    return app


def four_eyes_conflict(session: Session, user_id: int, application_id: int) -> Message | None:
    """Why this user may not decide this case, or None: they registered it, drafted one of
    its assessment revisions, or saved, completed or superseded one (a role change since
    then does not wipe out what they did: the history remembers)."""
    app = _application(session, application_id)
    if app.created_by_id == user_id:
        return msg(
            "You registered {reference}, so someone else must decide it (four-eyes principle).",
            reference=app.reference,
        )
    drafted = session.scalar(
        select(Assessment.revision)
        .where(Assessment.application_id == application_id, Assessment.drafted_by_id == user_id)
        .limit(1)
    )
    if drafted is not None:
        return msg(
            "You drafted the assessment of {reference}, so another member of the deciding "
            "authority must decide it (four-eyes principle).",
            reference=app.reference,
        )
    worked = session.scalar(
        select(Event.id)
        .where(
            Event.application_id == application_id,
            Event.entity == "assessment",
            Event.actor_id == user_id,
        )
        .limit(1)
    )
    if worked is not None:
        return msg(
            "You worked on the assessment of {reference}, so another member of the "
            "deciding authority must decide it (four-eyes principle).",
            reference=app.reference,
        )
    return None


def _four_eyes(session: Session, user: User, application_id: int) -> None:
    conflict = four_eyes_conflict(session, user.id, application_id)
    if conflict is not None:
        raise FourEyesViolation(conflict, Permission.DECIDE)


def _agency_requested(session: Session, user: User, application_id: int) -> None:
    app = _application(session, application_id)
    if user.agency_id is None:
        raise PermissionDenied(
            msg(
                "Your account is not linked to an agency, so you cannot give an "
                "opinion; ask an administrator."
            ),
            Permission.RECORD_OPINION,
        )
    requested = session.scalar(
        select(ReviewRequest.id).where(
            ReviewRequest.application_id == application_id,
            ReviewRequest.agency_id == user.agency_id,
        )
    )
    if requested is None:
        agency = user.agency.name if user.agency is not None else "your agency"
        raise PermissionDenied(
            msg(
                "{reference} was not sent to {agency} for an opinion. Only the "
                "agencies the case was submitted to give opinions on it.",
                reference=app.reference,
                agency=agency,
            ),
            Permission.RECORD_OPINION,
        )


def check_can_decide(db: Database, user_session: UserSession | None, application_id: int) -> None:
    """For the decision service: the deciding authority, active, and not their own case."""
    require(user_session, Permission.DECIDE, application_id=application_id, db=db)
