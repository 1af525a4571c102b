"""Permissions are enforced inside the case services, not only by the UI (issue 4).

Each test calls the service itself with a signed-in user's ``Actor`` and proves the refusal
(or the permission) there: registering, drafting, deciding (four eyes, majority, quorum),
licence changes, reassessment, shipments, reports, settings and imports.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from att_desktop.db.engine import Database, open_database
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.enums import CaseStatus, LicenceStatus, OpinionKind, Role
from att_desktop.services import accounts, cases, committee, decisions, reassessment, reporting
from att_desktop.services.assessment import (
    complete_assessment,
    new_revision,
    open_assessment,
    save_assessment,
)
from att_desktop.services.committee import OpinionInput
from att_desktop.services.decisions import DecisionRefusedError, decide
from att_desktop.services.dto import LOCAL_OFFICER, Actor, UserSession
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.permissions import FourEyesViolation, PermissionDenied
from att_desktop.services.reporting import ReportOptions
from att_desktop.services.settings import put_setting
from tests.accounts_helpers import (
    CUSTOMS_ASKED,
    MOD_NOT_ASKED,
    Committee,
    assessed_case,
    committee_db,
    committee_template,
    make_user,
)
from tests.conftest import FreshSqlite
from tests.db.assessment_helpers import DECISION_DAY, authorise
from tests.db.assessment_helpers import deny as _deny
from tests.factories import application, end_user
from tests.unit.assessment_cases import complete

__all__ = ["committee_db", "committee_template"]  # fixtures used by name


@pytest.fixture
def db(committee_db: Database) -> Database:
    return committee_db


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


@pytest.fixture
def case_id(db: Database, people: Committee) -> int:
    return assessed_case(db, people.officer)


def deny() -> decisions.DecisionInput:
    return _deny(grounds=(Ground(7, 1, "a", ""),))


def _not_officers(p: Committee) -> list[UserSession]:
    return [p.decider, p.mfa_member, p.focal, p.admin]


# --- nobody signed in ----------------------------------------------------------------------


def test_an_anonymous_actor_is_refused_once_accounts_exist(db: Database) -> None:
    with pytest.raises(PermissionDenied, match="sign in first"):
        cases.create_application(db, application(), actor=LOCAL_OFFICER)
    with pytest.raises(PermissionDenied, match="sign in first"):
        cases.create_application(db, application())  # the default actor is anonymous


def test_a_database_without_accounts_is_single_user(
    fresh_sqlite: FreshSqlite, tmp_path: Path
) -> None:
    """Before the first administrator exists (headless use) there is nobody to check."""
    database = open_database(fresh_sqlite(tmp_path / "single.sqlite3"))
    try:
        detail = cases.create_application(database, application())
        assert detail.status is CaseStatus.DRAFT
    finally:
        database.close()


def test_a_forged_actor_gets_only_the_role_in_the_database(
    db: Database, people: Committee, case_id: int
) -> None:
    """The services trust the user id alone: calling oneself the decider changes nothing."""
    forged = Actor(user_id=people.officer.user_id, name="The Deciding Authority")
    with pytest.raises(PermissionDenied, match="Only the deciding authority decides"):
        decide(db, case_id, deny(), actor=forged)


def test_a_deactivated_account_is_refused_by_every_service(db: Database, people: Committee) -> None:
    accounts.deactivate_user(db, people.admin, people.officer.user_id)
    with pytest.raises(PermissionDenied, match="no longer active"):
        cases.create_application(db, application(), actor=people.officer.actor)


# --- registering and drafting --------------------------------------------------------------


def test_only_a_licensing_officer_registers_and_edits(db: Database, people: Committee) -> None:
    for who in _not_officers(people):
        with pytest.raises(PermissionDenied, match="Only a licensing officer registers"):
            cases.create_application(db, application(), actor=who.actor)
    detail = cases.create_application(db, application(), actor=people.officer.actor)
    with pytest.raises(PermissionDenied):
        cases.update_application(db, detail, application(), actor=people.decider.actor)
    with pytest.raises(PermissionDenied):
        cases.set_status(
            db, detail.id, CaseStatus.WITHDRAWN, reason="Withdrawn", actor=people.admin.actor
        )
    edited = cases.update_application(
        db,
        detail,
        application(intended_end_use="Border police training"),
        actor=people.officer.actor,
    )
    assert edited.intended_end_use == "Border police training"


def test_only_a_licensing_officer_drafts_and_completes_the_assessment(
    db: Database, people: Committee
) -> None:
    detail = cases.create_application(
        db, application(parties=(end_user("MoD", "BR"),)), actor=people.officer.actor
    )
    for who in _not_officers(people):
        with pytest.raises(PermissionDenied, match="Only a licensing officer drafts"):
            open_assessment(db, detail.id, actor=who.actor)
    state = open_assessment(db, detail.id, actor=people.officer.actor)
    with pytest.raises(PermissionDenied, match="drafts assessments"):
        save_assessment(
            db,
            state.assessment_id,
            complete(),
            decision_date=DECISION_DAY,
            actor=people.decider.actor,
        )
    with pytest.raises(PermissionDenied, match="drafts assessments"):
        complete_assessment(db, state.assessment_id, actor=people.mfa_member.actor)
    with pytest.raises(PermissionDenied, match="drafts assessments"):
        new_revision(db, detail.id, "New facts", actor=people.decider.actor)
    # Anyone may read an assessment in progress: opening it again creates nothing.
    again = open_assessment(db, detail.id, actor=people.decider.actor)
    assert again.assessment_id == state.assessment_id


# --- deciding ------------------------------------------------------------------------------


def test_only_the_deciding_authority_decides(db: Database, people: Committee, case_id: int) -> None:
    for who in (people.officer, people.mfa_member, people.focal):
        with pytest.raises(PermissionDenied, match="Only the deciding authority decides"):
            decide(db, case_id, deny(), actor=who.actor)
    with pytest.raises(PermissionDenied, match=r"Administrators .* cannot decide"):
        decide(db, case_id, deny(), actor=people.admin.actor)
    assert cases.get_case(db, case_id).status is not CaseStatus.DENIED
    detail = decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    assert detail.status is CaseStatus.AUTHORISED
    assert decisions.get_decision(db, case_id) is not None


def test_four_eyes_in_decide_an_officer_promoted_cannot_decide_what_they_assessed(
    db: Database, people: Committee
) -> None:
    drafter = make_user(db, people.admin, "drafter", Role.LICENSING_OFFICER)
    own = assessed_case(db, drafter)
    accounts.change_role(
        db, people.admin, drafter.user_id, Role.DECIDING_AUTHORITY, reason="New post"
    )
    with pytest.raises(FourEyesViolation, match="four-eyes"):
        decide(db, own, authorise(db, own), actor=drafter.actor)
    # A colleague who only saved a draft of it is caught too (the history remembers).
    helper = make_user(db, people.admin, "helper", Role.LICENSING_OFFICER)
    other = assessed_case(db, people.officer)
    state = new_revision(db, other, "Second look", actor=helper.actor)
    complete_assessment(db, state.assessment_id, actor=helper.actor)
    accounts.change_role(db, people.admin, helper.user_id, Role.DECIDING_AUTHORITY, reason="x")
    with pytest.raises(FourEyesViolation):
        decide(db, other, deny(), actor=helper.actor)
    assert decide(db, own, authorise(db, own), actor=people.decider.actor).status is (
        CaseStatus.AUTHORISED
    )


def test_deciding_against_the_majority_needs_reasons(
    db: Database, people: Committee, case_id: int
) -> None:
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    approve = OpinionInput(OpinionKind.APPROVE, "No concerns.")
    committee.record_opinion(db, people.mfa_member, case_id, approve)
    committee.record_opinion(db, people.mod_member, case_id, approve)
    with pytest.raises(ValidationFailed, match="against_majority_reason"):
        decide(db, case_id, deny(), actor=people.decider.actor)
    assert cases.get_case(db, case_id).status is CaseStatus.IN_COMMITTEE
    reason = "Intelligence received after the committee met."
    detail = decide(
        db, case_id, replace(deny(), against_majority_reason=reason), actor=people.decider.actor
    )
    assert detail.status is CaseStatus.DENIED
    noted = [e for e in detail.history if e.action == "committee_position_noted"]
    assert noted and noted[0].reason == reason and noted[0].after is not None
    assert noted[0].after["majority"] == "approve"


def test_a_decision_with_the_majority_needs_no_extra_reason(
    db: Database, people: Committee, case_id: int
) -> None:
    committee.request_review(db, people.officer, case_id, [people.mfa], reasons=MOD_NOT_ASKED)
    committee.record_opinion(
        db, people.mfa_member, case_id, OpinionInput(OpinionKind.REFUSE, "Diversion risk.")
    )
    assert decide(db, case_id, deny(), actor=people.decider.actor).status is CaseStatus.DENIED


def test_no_decision_before_the_quorum(db: Database, people: Committee, case_id: int) -> None:
    committee.request_review(
        db, people.officer, case_id, [people.mfa, people.mod, people.customs], reasons=CUSTOMS_ASKED
    )
    committee.record_opinion(
        db, people.mfa_member, case_id, OpinionInput(OpinionKind.APPROVE, "Fine.")
    )
    with pytest.raises(DecisionRefusedError, match=r"quorum is not met.*waiting for MOD, CUS"):
        decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    with db.session() as session:
        put_setting(session, committee.QUORUM, "1")
    detail = decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    assert detail.status is CaseStatus.AUTHORISED


# --- after the decision --------------------------------------------------------------------


def test_licence_changes_and_reassessment_are_the_deciders(
    db: Database, people: Committee, case_id: int
) -> None:
    detail = decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    licence = decisions.get_licence(db, detail.licences[0].id)
    for who in (people.officer, people.admin, people.focal):
        with pytest.raises(PermissionDenied):
            decisions.change_licence_status(
                db,
                licence.id,
                LicenceStatus.SUSPENDED,
                reason="New embargo",
                expected_version=licence.version,
                actor=who.actor,
            )
        with pytest.raises(PermissionDenied):
            reassessment.record_reassessment(db, licence.id, conclusion="Stands", actor=who.actor)
    suspended = decisions.change_licence_status(
        db,
        licence.id,
        LicenceStatus.SUSPENDED,
        reason="New embargo",
        expected_version=licence.version,
        actor=people.decider.actor,
    )
    assert suspended.status is LicenceStatus.SUSPENDED
    with pytest.raises(PermissionDenied, match="drafts assessments"):
        reassessment.record_destination_information(
            db, "BR", "New reports", actor=people.mfa_member.actor
        )


# --- reports, settings, imports ------------------------------------------------------------


def test_only_the_focal_point_builds_the_annual_report(db: Database, people: Committee) -> None:
    options = ReportOptions(year=2026)
    for who in (people.officer, people.decider, people.admin):
        with pytest.raises(PermissionDenied, match="focal point builds reports"):
            reporting.collect(db, options, actor=who.actor)
    assert reporting.collect(db, options, actor=people.focal.actor).title_page.year == 2026


def test_settings_are_the_administrators(db: Database, people: Committee) -> None:
    for who in (people.officer, people.decider, people.focal):
        with pytest.raises(PermissionDenied, match="reference data"):
            decisions.set_max_validity_years(db, 3, actor=who.actor)
    decisions.set_max_validity_years(db, 3, actor=people.admin.actor)
    assert decisions.max_validity_years(db) == 3


def test_committee_members_cannot_import_records(
    fresh_sqlite: FreshSqlite, db: Database, people: Committee, tmp_path: Path
) -> None:
    from att_desktop.services.register_files import export_register, import_register

    elsewhere = open_database(fresh_sqlite(tmp_path / "elsewhere.sqlite3"))  # no accounts
    try:
        cases.create_application(elsewhere, application())
        source = tmp_path / "register.csv"
        export_register(elsewhere, source)
    finally:
        elsewhere.close()
    with pytest.raises(PermissionDenied, match="imports records"):
        import_register(db, source, actor=people.mfa_member.actor, today=date(2026, 6, 1))
    report = import_register(db, source, actor=people.officer.actor, today=date(2026, 6, 1))
    assert report.written


def test_the_quorum_is_set_by_the_administrator(db: Database, people: Committee) -> None:
    for who in (people.officer, people.decider, people.mfa_member):
        with pytest.raises(PermissionDenied, match="reference data"):
            committee.set_quorum(db, who, 1)
    committee.set_quorum(db, people.admin, 2)
    assert committee.quorum_setting(db) == 2
    committee.set_quorum(db, people.admin, None)
    assert committee.quorum_setting(db) is None


# --- corrections and retention -------------------------------------------------------------


def test_a_correction_of_a_registered_case_needs_a_reason_and_keeps_the_old_version(
    db: Database, people: Committee
) -> None:
    officer = people.officer.actor
    draft = cases.create_application(db, application(), actor=officer)
    # A draft is still being written: no reason needed.
    draft = cases.update_application(
        db, draft, application(intended_end_use="Training"), actor=officer
    )
    submitted = cases.set_status(db, draft.id, CaseStatus.SUBMITTED, actor=officer)
    with pytest.raises(ValidationFailed, match="say why the case is corrected"):
        cases.update_application(
            db, submitted, application(intended_end_use="Border police"), actor=officer
        )
    corrected = cases.update_application(
        db,
        submitted,
        application(intended_end_use="Border police"),
        actor=officer,
        reason="Exporter corrected the end use",
    )
    updated = [e for e in corrected.history if e.action == "updated"]
    assert updated[-1].reason == "Exporter corrected the end use"
    assert updated[-1].before is not None and updated[-1].before["intended_end_use"] == "Training"


def test_records_cannot_be_deleted(db: Database, people: Committee) -> None:
    import sqlalchemy as sa

    detail = cases.create_application(db, application(), actor=people.officer.actor)
    for statement in (
        f"DELETE FROM applications WHERE id = {detail.id}",
        "DELETE FROM events WHERE id = 1",
        "UPDATE events SET summary = 'x' WHERE id = 1",
    ):
        with pytest.raises(sa.exc.DatabaseError), db.session() as session:
            session.execute(sa.text(statement))
