"""A small team for the issue-14 GBV tests: an administrator, an officer and two gender
advisers, on either engine's database."""

from __future__ import annotations

from dataclasses import dataclass

from att_desktop.db.engine import Database
from att_desktop.domain.enums import Role
from att_desktop.services import accounts, cases
from att_desktop.services.assessment import (
    AssessmentState,
    apply_screen,
    open_assessment,
    save_assessment,
    screen_article6,
)
from att_desktop.services.dto import UserSession
from tests.accounts_helpers import ADMIN_PASSWORD, make_user
from tests.db.assessment_helpers import DECISION_DAY, gbv_case
from tests.factories import application, end_user
from tests.unit.assessment_cases import complete


@dataclass(frozen=True)
class Team:
    admin: UserSession
    officer: UserSession
    grace: UserSession
    gita: UserSession


def team(db: Database, *, second_adviser: bool = True) -> Team:
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    officer = make_user(db, admin, "officer", Role.LICENSING_OFFICER)
    grace = make_user(db, admin, "grace", Role.GENDER_ADVISER)
    gita = make_user(db, admin, "gita", Role.GENDER_ADVISER) if second_adviser else grace
    return Team(admin, officer, grace, gita)


def assessed(
    db: Database, officer: UserSession, *, serious: bool, end_user_name: str = "MoD", **kw: object
) -> tuple[int, AssessmentState]:
    """A case registered and assessed (saved, not completed) by ``officer``."""
    case = cases.create_application(
        db,
        application(destination_code="BR", parties=(end_user(end_user_name, "BR"),), **kw),
        actor=officer.actor,
    )
    state = open_assessment(db, case.id, actor=officer.actor)
    inp = gbv_case(reliable=True) if serious else complete()
    screened = apply_screen(inp, screen_article6(db, case.id, on_date=DECISION_DAY), DECISION_DAY)
    saved = save_assessment(
        db, state.assessment_id, screened, decision_date=DECISION_DAY, actor=officer.actor
    )
    return case.id, saved
