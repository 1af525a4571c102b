"""Builders for the committee: an administrator, agencies and signed-in users of each role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from att_desktop.db.engine import Database, backup_sqlite, open_database
from att_desktop.domain.enums import Role
from att_desktop.services import accounts
from att_desktop.services.dto import UserSession

PASSWORD = "a long passphrase 42"

#: The default consultation rules (issue 14) require MFA and MOD for every export and CUS
#: only with transit: a test that asks otherwise states why, as an officer must.
MOD_NOT_ASKED = {"MOD": "Defence reviewed the same items last month"}
CUSTOMS_ASKED = {"CUS": "Customs is asked about the shipping route"}
ADMIN_PASSWORD = "the administrator's own pass"


def make_user(
    db: Database,
    admin: UserSession,
    username: str,
    role: Role,
    agency_id: int | None = None,
    password: str = PASSWORD,
) -> UserSession:
    """Add a user, sign in with the one-time password and choose ``password``."""
    account = accounts.add_user(db, admin, username, username.title(), role, agency_id)
    first = accounts.sign_in(db, username, account.temporary_password)
    return accounts.change_password(db, first, account.temporary_password, password)


@dataclass(frozen=True)
class Committee:
    admin: UserSession
    officer: UserSession
    decider: UserSession
    focal: UserSession
    mfa_member: UserSession
    mod_member: UserSession
    customs_member: UserSession
    mfa: int
    mod: int
    customs: int


def committee(db: Database) -> Committee:
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    mfa = accounts.add_agency(db, admin, "MFA", "Ministry of Foreign Affairs").id
    mod = accounts.add_agency(db, admin, "MOD", "Ministry of Defence").id
    customs = accounts.add_agency(db, admin, "CUS", "Customs").id
    return Committee(
        admin=admin,
        officer=make_user(db, admin, "officer", Role.LICENSING_OFFICER),
        decider=make_user(db, admin, "decider", Role.DECIDING_AUTHORITY),
        focal=make_user(db, admin, "focal", Role.FOCAL_POINT),
        mfa_member=make_user(db, admin, "mfa.member", Role.COMMITTEE_MEMBER, mfa),
        mod_member=make_user(db, admin, "mod.member", Role.COMMITTEE_MEMBER, mod),
        customs_member=make_user(db, admin, "cus.member", Role.COMMITTEE_MEMBER, customs),
        mfa=mfa,
        mod=mod,
        customs=customs,
    )


def assessed_case(db: Database, officer: UserSession, destination: str = "BR") -> int:
    """A case registered by ``officer`` whose assessment they drafted and completed."""
    from att_desktop.services import cases
    from att_desktop.services.assessment import (
        apply_screen,
        complete_assessment,
        open_assessment,
        save_assessment,
        screen_article6,
    )
    from tests.db.assessment_helpers import DECISION_DAY
    from tests.factories import application, end_user
    from tests.unit.assessment_cases import complete

    actor = officer.actor
    case = cases.create_application(
        db,
        application(destination_code=destination, parties=(end_user("MoD", destination),)),
        actor=actor,
    )
    state = open_assessment(db, case.id, actor=actor)
    screened = apply_screen(
        complete(), screen_article6(db, case.id, on_date=DECISION_DAY), DECISION_DAY
    )
    saved = save_assessment(
        db, state.assessment_id, screened, decision_date=DECISION_DAY, actor=actor
    )
    complete_assessment(db, saved.assessment_id, actor=actor)
    return case.id


#: Built templates by the schema template they copy. Test modules import the fixture below,
#: and pytest treats each import as a fixture of its own: without this, the session-scoped
#: template (argon2 for seven accounts, ~3 s) would be built again in every module.
_BUILT: dict[Path, tuple[Path, Committee]] = {}


@pytest.fixture(scope="session")
def committee_template(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> tuple[Path, Committee]:
    """Argon2 is slow on purpose: the committee's accounts are made once and copied."""
    built = _BUILT.get(sqlite_template)
    if built is not None and built[0].exists():
        return built
    path = tmp_path_factory.mktemp("committee") / "template.sqlite3"
    database = open_database(backup_sqlite(sqlite_template, path))
    try:
        people = committee(database)
    finally:
        database.close()
    _BUILT[sqlite_template] = (path, people)
    return path, people


@pytest.fixture
def committee_db(committee_template: tuple[Path, Committee], tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the committee's database for one test."""
    target = backup_sqlite(committee_template[0], tmp_path / "committee.sqlite3")
    database = open_database(target)
    yield database
    database.close()
