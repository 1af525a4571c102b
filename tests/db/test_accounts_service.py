"""Accounts: first administrator, sign-in, lock-out, forced change, password policy."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Event, User
from att_desktop.db.types import utcnow
from att_desktop.domain.enums import Role
from att_desktop.services import accounts
from att_desktop.services.accounts import (
    AccountError,
    AccountInactive,
    AccountLocked,
    AuthenticationFailed,
    PasswordProblem,
    PasswordRejected,
)
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.settings import put_setting
from tests.accounts_helpers import ADMIN_PASSWORD, PASSWORD, committee, make_user


def test_first_run_creates_the_administrator_once(db: Database) -> None:
    assert accounts.needs_first_admin(db)
    admin = accounts.create_first_admin(db, " Admin ", "Ana Admin", ADMIN_PASSWORD)
    assert admin.username == "admin" and admin.role is Role.ADMINISTRATOR
    assert not admin.must_change_password
    assert not accounts.needs_first_admin(db)
    with pytest.raises(AccountError, match="already has accounts"):
        accounts.create_first_admin(db, "other", "Other", ADMIN_PASSWORD)
    assert accounts.sign_in(db, "ADMIN", ADMIN_PASSWORD).user_id == admin.user_id


def test_password_policy(db: Database) -> None:
    with pytest.raises(PasswordRejected) as short:
        accounts.create_first_admin(db, "admin", "Ana", "short")
    assert short.value.problems == (PasswordProblem.TOO_SHORT,)
    assert "at least 12 characters" in str(short.value)
    with pytest.raises(PasswordRejected) as same:
        accounts.create_first_admin(db, "administrator1", "Ana", "Administrator1")
    assert same.value.problems == (PasswordProblem.SAME_AS_USERNAME,)
    assert "must not be the user name" in str(same.value)


def test_new_user_must_change_the_one_time_password_first(db: Database) -> None:
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    account = accounts.add_user(db, admin, "jo", "Jo Officer", Role.LICENSING_OFFICER)
    assert len(account.temporary_password) >= 12
    first = accounts.sign_in(db, "jo", account.temporary_password)
    assert first.must_change_password
    with pytest.raises(PasswordRejected) as wrong:
        accounts.change_password(db, first, "not it at all", PASSWORD)
    assert PasswordProblem.WRONG_CURRENT in wrong.value.problems
    with pytest.raises(PasswordRejected) as reused:
        accounts.change_password(db, first, account.temporary_password, account.temporary_password)
    assert PasswordProblem.SAME_AS_OLD in reused.value.problems
    with pytest.raises(PasswordRejected) as mismatch:
        accounts.change_password(
            db, first, account.temporary_password, PASSWORD, confirmation=PASSWORD + "x"
        )
    assert mismatch.value.problems == (PasswordProblem.MISMATCH,)
    changed = accounts.change_password(db, first, account.temporary_password, PASSWORD)
    assert not changed.must_change_password
    assert not accounts.sign_in(db, "jo", PASSWORD).must_change_password
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "jo", account.temporary_password)


def test_unknown_user_and_wrong_password_get_the_same_answer(db: Database) -> None:
    accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationFailed) as unknown:
        accounts.sign_in(db, "nobody", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.sign_in(db, "admin", "wrong password")
    assert str(unknown.value) == str(wrong.value) == "Unknown user name or wrong password."
    assert type(unknown.value) is type(wrong.value) is AuthenticationFailed


def test_lockout_after_five_failures_and_unlock_after_fifteen_minutes(db: Database) -> None:
    people = committee(db)
    start = utcnow()
    for attempt in range(4):
        with pytest.raises(AuthenticationFailed) as failed:
            accounts.sign_in(db, "officer", "wrong", now=start + timedelta(seconds=attempt))
        assert not isinstance(failed.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        accounts.sign_in(db, "officer", "wrong", now=start + timedelta(seconds=5))
    assert "Try again in 15 minutes" in str(locked.value)
    # Even the right password is refused while the lock lasts, with the time remaining.
    with pytest.raises(AccountLocked) as still:
        accounts.sign_in(db, "officer", PASSWORD, now=start + timedelta(minutes=10))
    assert still.value.remaining_minutes == 6
    assert "Try again in 6 minutes" in str(still.value)
    later = start + timedelta(minutes=15, seconds=6)
    assert accounts.sign_in(db, "officer", PASSWORD, now=later).user_id == people.officer.user_id
    with db.session() as session:
        actions = list(session.scalars(select(Event.action).where(Event.entity == "user")))
    assert actions.count("sign_in_failed") == 4
    assert actions.count("account_locked") == 1


def test_lockout_policy_comes_from_the_settings(db: Database) -> None:
    committee(db)
    with db.session() as session:
        put_setting(session, accounts.LOCKOUT_ATTEMPTS, "2")
        put_setting(session, accounts.LOCKOUT_MINUTES, "1")
    now = utcnow()
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "focal", "wrong", now=now)
    with pytest.raises(AccountLocked) as locked:
        accounts.sign_in(db, "focal", "wrong", now=now)
    assert "1 minute," in str(locked.value)
    assert accounts.sign_in(db, "focal", PASSWORD, now=now + timedelta(minutes=2))


def test_reset_password_lifts_the_lock_and_forces_a_change(db: Database) -> None:
    people = committee(db)
    now = utcnow()
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.sign_in(db, "focal", "wrong", now=now)
    reset = accounts.reset_password(db, people.admin, people.focal.user_id)
    session = accounts.sign_in(db, "focal", reset.temporary_password, now=now)
    assert session.must_change_password


def test_deactivated_users_cannot_sign_in_and_are_kept(db: Database) -> None:
    people = committee(db)
    accounts.deactivate_user(db, people.admin, people.officer.user_id, "left the ministry")
    with pytest.raises(AccountInactive, match="deactivated"):
        accounts.sign_in(db, "officer", PASSWORD)
    # A wrong password does not reveal that the account exists but is deactivated.
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.sign_in(db, "officer", "wrong")
    assert not isinstance(wrong.value, AccountInactive)
    with db.session() as session:
        assert session.get(User, people.officer.user_id) is not None
    with pytest.raises(AccountError, match="your own account"):
        accounts.deactivate_user(db, people.admin, people.admin.user_id)


def test_only_an_administrator_manages_accounts(db: Database) -> None:
    people = committee(db)
    for who in (people.officer, people.decider, people.focal, people.mfa_member):
        with pytest.raises(PermissionDenied, match="Only an administrator"):
            accounts.add_user(db, who, "x.y", "X Y", Role.LICENSING_OFFICER)
        with pytest.raises(PermissionDenied):
            accounts.add_agency(db, who, "INT", "Interior")
        with pytest.raises(PermissionDenied):
            accounts.reset_password(db, who, people.focal.user_id)


def test_committee_members_need_an_agency(db: Database) -> None:
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    with pytest.raises(AccountError, match="choose the agency"):
        accounts.add_user(db, admin, "mm", "Member", Role.COMMITTEE_MEMBER)
    with pytest.raises(AccountError, match="already taken"):
        accounts.add_user(db, admin, "ADMIN", "Someone", Role.FOCAL_POINT)


def test_account_events_never_hold_a_password_or_hash(db: Database) -> None:
    people = committee(db)
    reset = accounts.reset_password(db, people.admin, people.focal.user_id)
    make_user(db, people.admin, "extra", Role.FOCAL_POINT)
    with db.session() as session:
        events = list(session.scalars(select(Event)))
        hashes = [u.password_hash for u in session.scalars(select(User))]
    text = " ".join(f"{e.summary} {e.before} {e.after} {e.reason}" for e in events)
    for secret in (PASSWORD, ADMIN_PASSWORD, reset.temporary_password, "argon2", *hashes):
        assert secret and secret not in text
    assert {"user_created", "password_reset", "password_changed", "signed_in"} <= {
        e.action for e in events
    }


def test_an_outdated_hash_is_upgraded_at_sign_in(db: Database) -> None:
    from argon2 import PasswordHasher

    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    weak = PasswordHasher(time_cost=1, memory_cost=8192).hash(ADMIN_PASSWORD)
    with db.session() as session:
        user = session.get(User, admin.user_id)
        assert user is not None
        user.password_hash = weak
    accounts.sign_in(db, "admin", ADMIN_PASSWORD)
    with db.session() as session:
        user = session.get(User, admin.user_id)
        assert user is not None and user.password_hash != weak
    assert accounts.sign_in(db, "admin", ADMIN_PASSWORD)


@pytest.mark.real_password_hashing
def test_production_hashes_passwords_with_argon2_defaults(db: Database) -> None:
    """The suite hashes cheaply (tests/conftest.py); the program keeps argon2-cffi's defaults
    (argon2id, RFC 9106's low-memory choice), and an account made here carries them."""
    from argon2 import PasswordHasher, extract_parameters

    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    with db.session() as session:
        user = session.get(User, admin.user_id)
        assert user is not None
        stored = extract_parameters(user.password_hash)
    defaults = PasswordHasher()
    assert stored.type.name == "ID"
    assert (stored.time_cost, stored.memory_cost) == (defaults.time_cost, defaults.memory_cost)
    assert stored.memory_cost >= 64 * 1024 and stored.time_cost >= 3
