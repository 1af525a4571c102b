"""Accounts on a shared workstation: the first administrator, users, agencies, sign-in.

Several people use one computer, so every action must be traceable to the person who signed
in. Passwords are hashed with Argon2 (argon2-cffi); an account is locked for a while after
repeated failures; an account is never deleted (Article 12 keeps ten years of records), only
deactivated. Every change to an account is an event in the hash-chained history, without
any password or hash in it.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Agency, User
from att_desktop.db.types import utcnow
from att_desktop.domain.enums import Role
from att_desktop.i18n import Message, msg, sentences, translate
from att_desktop.services.consultation import install_default_rules
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ServiceError
from att_desktop.services.handover import Handover, hand_over_in
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, require_in
from att_desktop.services.settings import change_setting, get_setting
from att_desktop.services.signing import PersonalKey, create_key, key_of, rewrap_key, unlock_key

#: Authority settings (text in the ``settings`` table) and their defaults.
LOCKOUT_ATTEMPTS = "lockout_attempts"
LOCKOUT_MINUTES = "lockout_minutes"
#: Minutes without keyboard or mouse activity before the workstation locks (0: never).
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
DEFAULT_LOCKOUT_ATTEMPTS = 5
DEFAULT_LOCKOUT_MINUTES = 15
#: An administrator's lock-out is a back-off of at most this many minutes (see _count_failure).
ADMIN_BACKOFF_CAP_MINUTES = 5
MIN_PASSWORD_LENGTH = 12

#: Who acts when nobody is signed in yet (a failed sign-in, a lock-out).
SIGN_IN_SCREEN = Actor(user_id=None, name="Sign-in screen")

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,79}$")
#: Temporary passwords avoid look-alike characters (0/O, 1/l/I) so they can be read aloud.
_TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

_hasher = PasswordHasher()

#: Sign-ins by user name only: never a password, nor a name nobody has (it may be one).
log = logging.getLogger(__name__)


# --- plain data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyView:
    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: Role
    agency_id: int | None
    agency_code: str
    agency_name: str
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    created_at: datetime
    #: Printed under the name on the licences and letters this person signs.
    job_title: str = ""


@dataclass(frozen=True)
class NewAccount:
    """A user just created or reset, and the one-time password to hand over in person."""

    user: UserView
    temporary_password: str


# --- errors -------------------------------------------------------------------------------


class AuthenticationFailed(ServiceError):
    """Unknown user name or wrong password: one message for both, so names cannot be probed."""

    def __init__(self, message: str | Message | None = None) -> None:
        super().__init__(message or msg("Unknown user name or wrong password."))


class AccountLocked(AuthenticationFailed):
    """Too many failed sign-ins; ``until`` says when the next attempt is accepted."""

    def __init__(self, until: datetime, now: datetime) -> None:
        self.until = until
        self.remaining = max(until - now, timedelta(0))
        minutes = self.remaining_minutes
        super().__init__(
            "This account is locked after repeated failed sign-ins. Try again in "
            f"{minutes} minute{'s' if minutes != 1 else ''}, or ask an administrator to "
            "reset the password."
        )

    @property
    def remaining_minutes(self) -> int:
        """Whole minutes, rounded up: "0 minutes" would invite an attempt that fails."""
        return max(1, -(-int(self.remaining.total_seconds()) // 60))


class AccountInactive(AuthenticationFailed):
    def __init__(self) -> None:
        super().__init__(
            "This account has been deactivated. Ask an administrator if you still need access."
        )


class PasswordProblem(StrEnum):
    TOO_SHORT = "too_short"
    SAME_AS_USERNAME = "same_as_username"
    SAME_AS_OLD = "same_as_old"
    WRONG_CURRENT = "wrong_current"
    MISMATCH = "mismatch"


_PROBLEM_TEXT: dict[PasswordProblem, Message] = {
    PasswordProblem.TOO_SHORT: msg(
        "The password must be at least {n} characters.", n=MIN_PASSWORD_LENGTH
    ),
    PasswordProblem.SAME_AS_USERNAME: msg("The password must not be the user name."),
    PasswordProblem.SAME_AS_OLD: msg("The new password must differ from the current one."),
    PasswordProblem.WRONG_CURRENT: msg("The current password is wrong."),
    PasswordProblem.MISMATCH: msg("The two new passwords differ."),
}


class PasswordRejected(ServiceError):
    """The password policy refused a password: one sentence per problem (``problems``), each
    a Message, so any window shows all of them in its language."""

    def __init__(self, problems: tuple[PasswordProblem, ...]) -> None:
        self.problems = problems
        super().__init__(self.translated("en"))

    def translated(self, language: str) -> str:
        return sentences((translate(_PROBLEM_TEXT[p], language) for p in self.problems), language)


class AccountError(ServiceError):
    """A refused account change (duplicate name, missing agency, last administrator...)."""


# --- helpers ------------------------------------------------------------------------------


@cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so both failures take as long."""
    return _hasher.hash(secrets.token_hex(16))


def _int_setting(session: Session, key: str, default: int) -> int:
    text = get_setting(session, key).strip()
    try:
        value = int(text)
    except ValueError:
        return default
    return value if value > 0 else default


def lockout_policy(db: Database) -> tuple[int, int]:
    """(failed attempts before a lock-out, minutes the lock lasts)."""
    with db.session() as session:
        return _policy(session)


def _policy(session: Session) -> tuple[int, int]:
    return (
        _int_setting(session, LOCKOUT_ATTEMPTS, DEFAULT_LOCKOUT_ATTEMPTS),
        _int_setting(session, LOCKOUT_MINUTES, DEFAULT_LOCKOUT_MINUTES),
    )


def idle_lock_minutes(db: Database) -> int:
    """How long the shared workstation may stay idle before it locks; 0 means never."""
    with db.session() as session:
        text = get_setting(session, IDLE_LOCK_MINUTES).strip()
    try:
        value = int(text)
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return max(value, 0)


def set_idle_lock_minutes(db: Database, actor_session: UserSession, minutes: int) -> None:
    if not 0 <= minutes <= 240:
        raise AccountError(msg("The idle lock is between 1 and 240 minutes, or 0 for never."))
    with db.session() as session:
        _require_admin(session, actor_session)
        change_setting(
            session,
            actor_session.actor,
            IDLE_LOCK_MINUTES,
            str(minutes),
            f"Idle lock set to {minutes} minutes",
        )


def normalise_username(username: str) -> str:
    return username.strip().lower()


def password_problems(username: str, password: str) -> tuple[PasswordProblem, ...]:
    """What is wrong with a proposed password (empty if it is acceptable)."""
    problems: list[PasswordProblem] = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(PasswordProblem.TOO_SHORT)
    if password.strip().lower() == normalise_username(username):
        problems.append(PasswordProblem.SAME_AS_USERNAME)
    return tuple(problems)


def temporary_password(length: int = 16) -> str:
    return "".join(secrets.choice(_TEMP_ALPHABET) for _ in range(length))


def _session_of(user: User, key: PersonalKey | None = None) -> UserSession:
    return UserSession(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        agency_id=user.agency_id,
        agency_name=user.agency.name if user.agency is not None else "",
        must_change_password=user.must_change_password,
        signing_key=key,
    )


def _user_view(user: User) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        agency_id=user.agency_id,
        agency_code=user.agency.code if user.agency is not None else "",
        agency_name=user.agency.name if user.agency is not None else "",
        active=user.active,
        must_change_password=user.must_change_password,
        locked_until=user.locked_until,
        created_at=user.created_at,
        job_title=user.job_title,
    )


def _agency_view(agency: Agency) -> AgencyView:
    return AgencyView(id=agency.id, code=agency.code, name=agency.name, active=agency.active)


def _public(user: User) -> dict[str, Any]:
    """What the history records about an account: never the password hash."""
    return {
        "username": user.username,
        "full_name": user.full_name,
        "job_title": user.job_title,
        "role": user.role,
        "agency_id": user.agency_id,
        "active": user.active,
        "must_change_password": user.must_change_password,
    }


def _require_admin(session: Session, actor_session: UserSession) -> User:
    """Re-read the acting administrator: a deactivated or demoted one is refused."""
    return require_in(session, actor_session, Permission.MANAGE_USERS)


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(msg("There is no user with id {user_id}.", user_id=user_id))
    return user


def _check_username(session: Session, username: str) -> str:
    name = normalise_username(username)
    if not _USERNAME.match(name):
        raise AccountError(
            msg(
                "A user name has 2 to 80 characters: lower-case letters, digits, "
                "'.', '_' or '-', starting with a letter or digit."
            )
        )
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise AccountError(
            msg("The user name '{name}' is already taken (perhaps by a former user).", name=name)
        )
    return name


# --- first run ----------------------------------------------------------------------------


def needs_first_admin(db: Database) -> bool:
    """True on a database without any account: the first person becomes administrator."""
    with db.session() as session:
        return session.scalar(select(func.count(User.id))) == 0


def create_first_admin(db: Database, username: str, full_name: str, password: str) -> UserSession:
    """Create the first administrator with a password they chose (no forced change)."""
    if not full_name.strip():
        raise AccountError(msg("Give the administrator's full name: the history records it."))
    problems = password_problems(username, password)
    if problems:
        raise PasswordRejected(problems)
    with db.session() as session:
        if session.scalar(select(func.count(User.id))):
            raise AccountError(
                msg("This database already has accounts; an administrator adds new ones.")
            )
        user = User(
            username=_check_username(session, username),
            full_name=full_name.strip(),
            role=Role.ADMINISTRATOR,
            password_hash=_hasher.hash(password),
            must_change_password=False,
            failed_attempts=0,
            active=True,
        )
        session.add(user)
        session.flush()
        record_event(
            session,
            Actor(user.id, user.full_name),
            entity="user",
            entity_id=user.id,
            action="user_created",
            summary=f"First administrator {user.username} created",
            after=_public(user),
        )
        key = create_key(session, user, password, Actor(user.id, user.full_name))
        install_default_rules(session, Actor(user.id, user.full_name))
        log.info("First administrator %s created", user.username)
        return _session_of(user, key)


# --- administration -----------------------------------------------------------------------


def add_agency(db: Database, actor_session: UserSession, code: str, name: str) -> AgencyView:
    """An agency that sits on the committee (foreign affairs, defence, customs...)."""
    code = code.strip().upper()
    name = name.strip()
    if not code or not name:
        raise AccountError(msg("An agency needs a short code (e.g. MFA) and a name."))
    with db.session() as session:
        _require_admin(session, actor_session)
        if session.scalar(select(Agency.id).where(func.upper(Agency.code) == code)) is not None:
            raise AccountError(msg("There is already an agency with the code {code}.", code=code))
        agency = Agency(code=code, name=name, active=True)
        session.add(agency)
        session.flush()
        record_event(
            session,
            actor_session.actor,
            entity="agency",
            entity_id=agency.id,
            action="agency_created",
            summary=f"Agency {code} ({name}) added",
            after={"code": code, "name": name},
        )
        return _agency_view(agency)


def list_agencies(db: Database, *, include_inactive: bool = False) -> tuple[AgencyView, ...]:
    with db.session() as session:
        query = select(Agency).order_by(Agency.code)
        if not include_inactive:
            query = query.where(Agency.active.is_(True))
        return tuple(_agency_view(a) for a in session.scalars(query))


def add_user(
    db: Database,
    actor_session: UserSession,
    username: str,
    full_name: str,
    role: Role,
    agency_id: int | None = None,
    *,
    job_title: str = "",
) -> NewAccount:
    """Add a user with a one-time password; they must choose their own at first sign-in.

    A committee member speaks for an agency, so one is required for that role.
    """
    if not full_name.strip():
        raise AccountError(msg("Give the user's full name: the history records it."))
    with db.session() as session:
        _require_admin(session, actor_session)
        name = _check_username(session, username)
        if agency_id is not None:
            agency = session.get(Agency, agency_id)
            if agency is None or not agency.active:
                raise AccountError(msg("Choose an existing, active agency."))
        elif role is Role.COMMITTEE_MEMBER:
            raise AccountError(
                msg("A committee member gives opinions for an agency: choose the agency.")
            )
        password = temporary_password()
        user = User(
            username=name,
            full_name=full_name.strip(),
            job_title=job_title.strip(),
            role=role,
            agency_id=agency_id,
            password_hash=_hasher.hash(password),
            must_change_password=True,
            failed_attempts=0,
            active=True,
        )
        session.add(user)
        session.flush()
        session.refresh(user)
        record_event(
            session,
            actor_session.actor,
            entity="user",
            entity_id=user.id,
            action="user_created",
            summary=f"User {name} added as {role.value}",
            after=_public(user),
        )
        create_key(
            session,
            user,
            password,
            actor_session.actor,
            certifier=key_of(actor_session.signing_key),
        )
        return NewAccount(_user_view(user), password)


def list_users(db: Database, *, include_inactive: bool = True) -> tuple[UserView, ...]:
    with db.session() as session:
        query = select(User).order_by(User.username)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        return tuple(_user_view(u) for u in session.scalars(query))


def deactivate_user(
    db: Database,
    actor_session: UserSession,
    user_id: int,
    reason: str = "",
    *,
    handover: Handover | None = None,
) -> UserView:
    """Stop a person signing in; their name stays on everything they did. Their open cases
    and the opinions only they can give go to the successors ``handover`` names, with its
    summary (issue 14); without one, a person who still holds work is refused."""
    with db.session() as session:
        _require_admin(session, actor_session)
        user = _user(session, user_id)
        if user.id == actor_session.user_id:
            raise AccountError(
                msg("You cannot deactivate your own account; ask another administrator.")
            )
        if not user.active:
            return _user_view(user)
        if user.role is Role.ADMINISTRATOR:
            admins = session.scalar(
                select(func.count(User.id)).where(
                    User.role == Role.ADMINISTRATOR, User.active.is_(True)
                )
            )
            if (admins or 0) <= 1:
                raise AccountError(msg("The last active administrator cannot be deactivated."))
        handed = hand_over_in(session, user, handover, actor_session.actor)
        before = _public(user)
        user.active = False
        session.flush()
        record_event(
            session,
            actor_session.actor,
            entity="user",
            entity_id=user.id,
            action="user_deactivated",
            summary=f"User {user.username} deactivated",
            before=before,
            after=_public(user)
            | (
                {}
                if handed.empty or handover is None
                else {
                    "handed_over": [c.reference for c in handed.cases]
                    + [f"{o.reference} ({o.agency_code})" for o in handed.opinions],
                    "summary": handover.summary.strip(),
                }
            ),
            reason=reason.strip(),
        )
        return _user_view(user)


def change_role(
    db: Database,
    actor_session: UserSession,
    user_id: int,
    role: Role,
    agency_id: int | None = None,
    reason: str = "",
) -> UserView:
    """Give a person another role (staff move between posts); takes effect at their next
    action, since every service re-reads the role. What they did before stays theirs: an
    officer promoted to the deciding authority still may not decide cases they assessed."""
    if not reason.strip():
        raise AccountError(msg("Say why the role changes: the history records it."))
    with db.session() as session:
        _require_admin(session, actor_session)
        user = _user(session, user_id)
        if user.id == actor_session.user_id:
            raise AccountError(msg("You cannot change your own role; ask another administrator."))
        if role is Role.COMMITTEE_MEMBER and agency_id is None:
            raise AccountError(
                msg("A committee member gives opinions for an agency: choose the agency.")
            )
        if agency_id is not None:
            agency = session.get(Agency, agency_id)
            if agency is None or not agency.active:
                raise AccountError(msg("Choose an existing, active agency."))
        before = _public(user)
        user.role = role
        user.agency_id = agency_id
        session.flush()
        session.refresh(user)
        record_event(
            session,
            actor_session.actor,
            entity="user",
            entity_id=user.id,
            action="role_changed",
            summary=f"{user.username}: {before['role']} → {role.value}",
            before=before,
            after=_public(user),
            reason=reason.strip(),
        )
        return _user_view(user)


def set_job_title(
    db: Database, actor_session: UserSession, user_id: int, job_title: str
) -> UserView:
    """The title printed under a person's name on what they sign (administrators only)."""
    title = job_title.strip()
    if len(title) > 200:
        raise AccountError(msg("A job title has at most 200 characters."))
    with db.session() as session:
        _require_admin(session, actor_session)
        user = _user(session, user_id)
        if user.job_title == title:
            return _user_view(user)
        before = _public(user)
        user.job_title = title
        session.flush()
        record_event(
            session,
            actor_session.actor,
            entity="user",
            entity_id=user.id,
            action="job_title_changed",
            summary=f"{user.username}: job title {title or '(none)'}",
            before=before,
            after=_public(user),
        )
        return _user_view(user)


def reset_password(db: Database, actor_session: UserSession, user_id: int) -> NewAccount:
    """A new one-time password (and the lock lifted); the user must change it at sign-in."""
    with db.session() as session:
        _require_admin(session, actor_session)
        user = _user(session, user_id)
        if not user.active:
            raise AccountError(
                msg(
                    "{username} is deactivated; a password cannot be reset.", username=user.username
                )
            )
        password = temporary_password()
        user.password_hash = _hasher.hash(password)
        user.must_change_password = True
        user.failed_attempts = 0
        user.locked_until = None
        session.flush()
        record_event(
            session,
            actor_session.actor,
            entity="user",
            entity_id=user.id,
            action="password_reset",
            summary=f"Password of {user.username} reset by an administrator",
        )
        # Only the new password may unlock a key: a new pair, the old public key kept.
        create_key(
            session,
            user,
            password,
            actor_session.actor,
            certifier=key_of(actor_session.signing_key),
            action="signing_key_replaced",
        )
        return NewAccount(_user_view(user), password)


# --- signing in ---------------------------------------------------------------------------


def sign_in(
    db: Database, username: str, password: str, *, now: datetime | None = None
) -> UserSession:
    """Check a user name and password; raise AuthenticationFailed (or a subclass) if refused.

    ``now`` is the clock (tests pass one to step over a lock-out). A failed attempt is
    counted and committed even though the call raises.
    """
    moment = now or utcnow()
    failure: AuthenticationFailed | None = None
    result: UserSession | None = None
    known: str | None = None
    with db.session() as session:
        name = normalise_username(username)
        user = session.scalars(select(User).where(User.username == name)).first()
        known = user.username if user is not None else None
        if user is None or user.password_hash is None:
            _verify(_dummy_hash(), password)
            failure = AuthenticationFailed()
        elif user.locked_until is not None and user.locked_until > moment:
            failure = AccountLocked(user.locked_until, moment)
        elif not _verify(user.password_hash, password):
            failure = _count_failure(session, user, moment)
        elif not user.active:
            failure = AccountInactive()
        else:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_attempts = 0
            user.locked_until = None
            session.flush()
            record_event(
                session,
                Actor(user.id, user.full_name),
                entity="user",
                entity_id=user.id,
                action="signed_in",
                summary=f"{user.username} signed in",
            )
            result = _session_of(user, unlock_key(session, user, password))
    if failure is not None:
        log.warning(
            "Sign-in refused (%s) for %s", type(failure).__name__, known or "an unknown user name"
        )
        raise failure
    assert result is not None
    log.info("%s signed in", result.username)
    return result


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def admin_backoff_minutes(failures_past_limit: int) -> int:
    """How long an administrator waits after the n-th failed sign-in past the limit (0-based):
    1, 2, 4 minutes..., never more than ADMIN_BACKOFF_CAP_MINUTES."""
    return min(ADMIN_BACKOFF_CAP_MINUTES, 1 << min(failures_past_limit, 16))


def _count_failure(session: Session, user: User, moment: datetime) -> AuthenticationFailed:
    """Count a failed sign-in and lock the account when the limit is reached.

    Anyone at the sign-in screen (or the command line) can fail on purpose, so an
    administrator is never locked for the authority's lock-out time: that would let an
    anonymous caller keep the only administrator (who lifts everyone else's locks) out for
    good. An administrator's lock is a back-off instead: 1 minute at the limit, doubling with
    each further failure (the count is kept until a sign-in succeeds), capped at
    ADMIN_BACKOFF_CAP_MINUTES; guessing stays as slow, and the administrator is in again
    minutes after the failures stop.
    """
    attempts, minutes = _policy(session)
    user.failed_attempts = failures = (user.failed_attempts or 0) + 1
    locked = failures >= attempts
    if locked and user.role is Role.ADMINISTRATOR:
        minutes = admin_backoff_minutes(failures - attempts)
        user.locked_until = moment + timedelta(minutes=minutes)
    elif locked:
        user.locked_until = moment + timedelta(minutes=minutes)
        user.failed_attempts = 0
    session.flush()
    record_event(
        session,
        SIGN_IN_SCREEN,
        entity="user",
        entity_id=user.id,
        action="account_locked" if locked else "sign_in_failed",
        summary=(
            f"{user.username} locked for {minutes} minutes after {failures} failed sign-ins"
            if locked
            else f"Failed sign-in as {user.username}"
        ),
    )
    if locked and user.locked_until is not None:
        return AccountLocked(user.locked_until, moment)
    return AuthenticationFailed()


def change_password(
    db: Database,
    user_session: UserSession,
    current_password: str,
    new_password: str,
    *,
    confirmation: str | None = None,
) -> UserSession:
    """Replace one's own password (required after a reset); returns the updated session."""
    problems = list(password_problems(user_session.username, new_password))
    if confirmation is not None and confirmation != new_password:
        problems.append(PasswordProblem.MISMATCH)
    if new_password == current_password:
        problems.append(PasswordProblem.SAME_AS_OLD)
    with db.session() as session:
        user = _user(session, user_session.user_id)
        if not user.active:
            raise AccountInactive()
        if user.password_hash is None or not _verify(user.password_hash, current_password):
            problems.insert(0, PasswordProblem.WRONG_CURRENT)
        if problems:
            raise PasswordRejected(tuple(problems))
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = False
        key = rewrap_key(session, user, current_password, new_password)
        session.flush()
        record_event(
            session,
            user_session.actor,
            entity="user",
            entity_id=user.id,
            action="password_changed",
            summary=f"{user.username} changed their password",
        )
        log.info("%s changed their password", user.username)
        return _session_of(user, key)


def refresh_session(db: Database, user_session: UserSession) -> UserSession:
    """The signed-in person's current account (role or agency may have changed)."""
    with db.session() as session:
        user = _user(session, user_session.user_id)
        if not user.active:
            raise AccountInactive()
        return _session_of(user, key_of(user_session.signing_key))


def get_user(db: Database, user_id: int) -> UserView:
    with db.session() as session:
        return _user_view(_user(session, user_id))
