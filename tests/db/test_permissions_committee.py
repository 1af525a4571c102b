"""Permissions in the services, committee review, sessions, notes, my work, reassignment."""

from __future__ import annotations

from datetime import date

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.committee import against_majority
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, OpinionKind, Role
from att_desktop.services import accounts, cases, committee
from att_desktop.services.committee import (
    Attendance,
    CommitteeError,
    OpinionInput,
)
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.my_work import my_work
from att_desktop.services.permissions import (
    FourEyesViolation,
    Permission,
    PermissionDenied,
    check_can_decide,
    require,
)
from att_desktop.services.settings import put_setting
from att_desktop.services.work_items import WorkReason
from tests.accounts_helpers import (
    CUSTOMS_ASKED,
    MOD_NOT_ASKED,
    Committee,
    assessed_case,
    committee_db,
    committee_template,
    make_user,
)

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


APPROVE = OpinionInput(OpinionKind.APPROVE, "No concerns about the end user.")
REFUSE = OpinionInput(OpinionKind.REFUSE, "Credible reports of diversion in the region.")


# --- who may decide --------------------------------------------------------------------------


def test_officer_cannot_decide(db: Database, people: Committee, case_id: int) -> None:
    with pytest.raises(PermissionDenied, match="Only the deciding authority decides"):
        check_can_decide(db, people.officer, case_id)


def test_admin_cannot_decide(db: Database, people: Committee, case_id: int) -> None:
    with pytest.raises(PermissionDenied, match=r"Administrators .* cannot decide cases"):
        check_can_decide(db, people.admin, case_id)


def test_committee_member_and_focal_point_cannot_decide(
    db: Database, people: Committee, case_id: int
) -> None:
    for who in (people.mfa_member, people.focal):
        with pytest.raises(PermissionDenied):
            check_can_decide(db, who, case_id)


def test_the_deciding_authority_may_decide_someone_elses_case(
    db: Database, people: Committee, case_id: int
) -> None:
    check_can_decide(db, people.decider, case_id)


def test_decider_cannot_decide_a_case_whose_assessment_they_drafted(
    db: Database, people: Committee
) -> None:
    from att_desktop.services.assessment import open_assessment
    from tests.factories import application, end_user

    # An officer drafts the assessment, then moves to the deciding authority.
    drafter = make_user(db, people.admin, "drafter", Role.LICENSING_OFFICER)
    registered = cases.create_application(
        db, application(parties=(end_user("MoD", "BR"),)), actor=people.officer.actor
    )
    open_assessment(db, registered.id, actor=drafter.actor)
    accounts.change_role(
        db, people.admin, drafter.user_id, Role.DECIDING_AUTHORITY, reason="Promoted"
    )
    with pytest.raises(FourEyesViolation, match="You drafted the assessment"):
        check_can_decide(db, drafter, registered.id)
    # Someone else may decide it.
    check_can_decide(db, people.decider, registered.id)


def test_decider_cannot_decide_a_case_they_registered(db: Database, people: Committee) -> None:
    from tests.factories import application, end_user

    registrar = make_user(db, people.admin, "registrar", Role.LICENSING_OFFICER)
    registered = cases.create_application(
        db, application(parties=(end_user("MoD", "BR"),)), actor=registrar.actor
    )
    accounts.change_role(
        db, people.admin, registrar.user_id, Role.DECIDING_AUTHORITY, reason="Promoted"
    )
    with pytest.raises(FourEyesViolation, match="You registered"):
        check_can_decide(db, registrar, registered.id)


def test_a_deactivated_decider_is_refused_at_once(
    db: Database, people: Committee, case_id: int
) -> None:
    accounts.deactivate_user(db, people.admin, people.decider.user_id)
    with pytest.raises(PermissionDenied, match="no longer active"):
        check_can_decide(db, people.decider, case_id)


def test_nobody_signed_in_is_refused() -> None:
    with pytest.raises(PermissionDenied, match="sign in first"):
        require(None, Permission.VIEW_CASES)


def test_focal_point_can_build_reports_and_nobody_else(people: Committee) -> None:
    require(people.focal, Permission.BUILD_REPORT)
    for who in (people.officer, people.decider, people.admin, people.mfa_member):
        with pytest.raises(PermissionDenied, match="focal point builds reports"):
            require(who, Permission.BUILD_REPORT)


def test_only_officers_draft_and_submit(people: Committee) -> None:
    require(people.officer, Permission.DRAFT_ASSESSMENT)
    require(people.officer, Permission.SUBMIT_FOR_REVIEW)
    for who in (people.decider, people.admin, people.focal, people.mfa_member):
        with pytest.raises(PermissionDenied, match="licensing officer"):
            require(who, Permission.DRAFT_ASSESSMENT)


# --- review and opinions ---------------------------------------------------------------------


def test_committee_review_from_request_to_majority(
    db: Database, people: Committee, case_id: int
) -> None:
    with pytest.raises(PermissionDenied):
        committee.request_review(
            db, people.mfa_member, case_id, [people.mfa], reasons=MOD_NOT_ASKED
        )
    status = committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    assert cases.get_case(db, case_id).status is CaseStatus.IN_COMMITTEE
    assert [a.code for a in status.missing] == ["MFA", "MOD"]
    assert status.quorum == 2 and not status.quorum_met

    status = committee.record_opinion(db, people.mfa_member, case_id, APPROVE)
    assert [a.code for a in status.answered] == ["MFA"]
    assert [a.code for a in status.missing] == ["MOD"]
    assert status.majority is OpinionKind.APPROVE
    status = committee.record_opinion(db, people.mod_member, case_id, REFUSE)
    assert status.quorum_met and status.majority is None  # one each: no majority

    # MOD changes its mind: the earlier opinion is kept, superseded.
    conditional = OpinionInput(
        OpinionKind.APPROVE_WITH_CONDITIONS, "Acceptable with checks.", "Post-shipment check"
    )
    status = committee.record_opinion(db, people.mod_member, case_id, conditional)
    assert status.majority is OpinionKind.APPROVE
    mod_rows = [o for o in status.opinions if o.user_id == people.mod_member.user_id]
    assert [(o.opinion, o.superseded) for o in mod_rows] == [
        (OpinionKind.APPROVE_WITH_CONDITIONS, False),
        (OpinionKind.REFUSE, True),
    ]
    assert against_majority(status.majority, DecisionOutcome.DENY)
    assert not against_majority(status.majority, DecisionOutcome.AUTHORISE)
    with pytest.raises(ValidationFailed, match="goes against it"):
        committee.check_majority_reason(db, case_id, DecisionOutcome.DENY, " ")
    committee.check_majority_reason(db, case_id, DecisionOutcome.DENY, "New intelligence.")


def test_member_of_an_unrequested_agency_cannot_give_an_opinion(
    db: Database, people: Committee, case_id: int
) -> None:
    committee.request_review(db, people.officer, case_id, [people.mfa], reasons=MOD_NOT_ASKED)
    with pytest.raises(PermissionDenied, match="was not sent to Customs"):
        committee.record_opinion(db, people.customs_member, case_id, APPROVE)


def test_only_committee_members_give_opinions(
    db: Database, people: Committee, case_id: int
) -> None:
    committee.request_review(db, people.officer, case_id, [people.mfa], reasons=MOD_NOT_ASKED)
    for who in (people.officer, people.decider, people.admin, people.focal):
        with pytest.raises(PermissionDenied, match="Only committee members"):
            committee.record_opinion(db, who, case_id, APPROVE)


def test_opinions_need_reasons_and_conditions(
    db: Database, people: Committee, case_id: int
) -> None:
    committee.request_review(db, people.officer, case_id, [people.mfa], reasons=MOD_NOT_ASKED)
    with pytest.raises(ValidationFailed) as failed:
        committee.record_opinion(
            db,
            people.mfa_member,
            case_id,
            OpinionInput(OpinionKind.APPROVE_WITH_CONDITIONS, " ", ""),
        )
    assert {e.field for e in failed.value.errors} == {"reasons", "conditions"}


def test_review_needs_a_completed_assessment(db: Database, people: Committee) -> None:
    from tests.factories import application, end_user

    draft = cases.create_application(
        db, application(parties=(end_user("MoD", "BR"),)), actor=people.officer.actor
    )
    with pytest.raises(CommitteeError, match="no completed assessment"):
        committee.request_review(db, people.officer, draft.id, [people.mfa], reasons=MOD_NOT_ASKED)


def test_quorum_setting(db: Database, people: Committee, case_id: int) -> None:
    committee.request_review(
        db, people.officer, case_id, [people.mfa, people.mod, people.customs], reasons=CUSTOMS_ASKED
    )
    assert committee.review_status(db, case_id).quorum == 2  # majority of three
    with db.session() as session:
        put_setting(session, committee.QUORUM, "3")
    committee.record_opinion(db, people.mfa_member, case_id, APPROVE)
    committee.record_opinion(db, people.mod_member, case_id, APPROVE)
    status = committee.review_status(db, case_id)
    assert status.quorum == 3 and not status.quorum_met
    committee.record_opinion(
        db, people.customs_member, case_id, OpinionInput(OpinionKind.ABSTAIN, "Not our field.")
    )
    assert committee.review_status(db, case_id).quorum_met


# --- sittings, notes, my work, handover ------------------------------------------------------


def test_a_committee_session_walks_through_cases(
    db: Database, people: Committee, case_id: int
) -> None:
    other = assessed_case(db, people.officer, destination="CL")
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    with pytest.raises(PermissionDenied):
        committee.open_session(db, people.mfa_member, date(2026, 4, 2))
    sitting = committee.open_session(
        db, people.officer, date(2026, 4, 2), "April sitting", [case_id, other]
    )
    committee.record_attendance(
        db,
        people.officer,
        sitting.id,
        [Attendance(people.mfa_member.user_id, True), Attendance(people.mod_member.user_id, False)],
    )
    committee.record_opinion(
        db, people.mfa_member, case_id, APPROVE, committee_session_id=sitting.id
    )
    committee.record_outcome(db, people.officer, sitting.id, case_id, "Recommend approval")
    closed = committee.close_session(db, people.officer, sitting.id)
    assert not closed.is_open
    assert [(a.user_id, a.present) for a in closed.attendance] == [
        (people.mfa_member.user_id, True),
        (people.mod_member.user_id, False),
    ]
    assert [(a.application_id, a.outcome) for a in closed.agenda] == [
        (case_id, "Recommend approval"),
        (other, ""),
    ]
    with pytest.raises(CommitteeError, match="closed"):
        committee.record_outcome(db, people.officer, sitting.id, other, "Deferred")


def test_my_work_and_mentions(db: Database, people: Committee, case_id: int) -> None:
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    assert [(w.application_id, w.reason) for w in my_work(db, people.mfa_member)] == [
        (case_id, WorkReason.OPINION_AWAITED)
    ]
    assert my_work(db, people.customs_member) == ()
    committee.record_opinion(db, people.mfa_member, case_id, APPROVE)
    assert my_work(db, people.mfa_member) == ()
    assert my_work(db, people.decider) == ()  # quorum not yet met
    committee.record_opinion(db, people.mod_member, case_id, APPROVE)
    assert [w.reason for w in my_work(db, people.decider)] == [WorkReason.DECISION_AWAITED]

    note = committee.add_note(
        db, people.officer, case_id, "@focal please check the end-user certificate"
    )
    assert note.mentions == (people.focal.user_id,)
    work = my_work(db, people.focal)
    assert [(w.reason, w.detail[:6]) for w in work] == [(WorkReason.MENTIONED, "@focal")]
    with pytest.raises(CommitteeError, match="@nobody"):
        committee.add_note(db, people.officer, case_id, "ask @nobody")
    assert [n.author_name for n in committee.list_notes(db, case_id)] == ["Officer"]


def test_reassignment_for_handover(db: Database, people: Committee, case_id: int) -> None:
    other = accounts.add_user(
        db, people.admin, "new.officer", "New Officer", Role.LICENSING_OFFICER
    )
    with pytest.raises(ValidationFailed):
        committee.reassign_case(db, people.officer, case_id, other.user.id, " ")
    with pytest.raises(PermissionDenied):
        committee.reassign_case(db, people.focal, case_id, other.user.id, "handover")
    committee.reassign_case(db, people.officer, case_id, other.user.id, "Officer retires")
    new = accounts.sign_in(db, "new.officer", other.temporary_password)
    assert [w.reason for w in my_work(db, new)] == [WorkReason.ASSIGNED]
    history = cases.get_case(db, case_id).history
    assert any(e.action == "reassigned" and e.reason == "Officer retires" for e in history)
