"""Issue 14, staff continuity: deactivating an account hands its open work to successors."""

from __future__ import annotations

from typing import Any

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.enums import OpinionKind, Role
from att_desktop.services import accounts, committee
from att_desktop.services.committee import OpinionInput
from att_desktop.services.handover import Handover, HandoverRefused, open_work
from att_desktop.services.history import case_history as _case_history
from att_desktop.services.my_work import my_work
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

SUMMARY = "Waiting for the end-user certificate's verification from the embassy."


@pytest.fixture
def db(committee_db: Database) -> Database:
    return committee_db


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def case_history(db: Database, application_id: int) -> tuple[Any, ...]:
    with db.session() as session:
        return _case_history(session, application_id)


def handed(db: Database, who: Any) -> list[Any]:
    return [i for i in my_work(db, who) if i.reason is WorkReason.HANDED_OVER]


def test_deactivation_is_refused_while_cases_are_open_then_handed_over(
    db: Database, people: Committee
) -> None:
    leaver = make_user(db, people.admin, "leaver", Role.LICENSING_OFFICER)
    successor = make_user(db, people.admin, "successor", Role.LICENSING_OFFICER)
    first, second = assessed_case(db, people.officer), assessed_case(db, people.officer, "NO")
    # The successor's own earlier action (likely within the same second as the handover)
    # does not count as acting on the handed-over case.
    for case_id in (first, second):
        committee.reassign_case(db, successor, case_id, leaver.user_id, "leave cover")
    work = open_work(db, leaver.user_id)
    assert [c.application_id for c in work.cases] == [first, second] and work.opinions == ()

    with pytest.raises(HandoverRefused, match=r"open cases: EXP/2026/0000\d, EXP/2026/0000\d"):
        accounts.deactivate_user(db, people.admin, leaver.user_id, "left")
    with pytest.raises(HandoverRefused, match="at least 20 characters"):
        accounts.deactivate_user(
            db, people.admin, leaver.user_id, handover=Handover("see notes", successor.user_id)
        )
    with pytest.raises(HandoverRefused, match="cannot take"):  # a committee member takes no case
        accounts.deactivate_user(
            db, people.admin, leaver.user_id, handover=Handover(SUMMARY, people.mfa_member.user_id)
        )
    with pytest.raises(HandoverRefused, match="not the person leaving"):
        accounts.deactivate_user(
            db, people.admin, leaver.user_id, handover=Handover(SUMMARY, leaver.user_id)
        )
    assert accounts.get_user(db, leaver.user_id).active  # nothing was written

    view = accounts.deactivate_user(
        db,
        people.admin,
        leaver.user_id,
        "retired",
        handover=Handover(
            SUMMARY, successor.user_id, case_successors={second: people.decider.user_id}
        ),
    )
    assert not view.active
    assert committee.assignee_name(db, first) == "Successor"
    assert committee.assignee_name(db, second) == "Decider"
    items = handed(db, successor)
    assert [i.application_id for i in items] == [first]
    assert items[0].detail == f"Leaver: {SUMMARY}"
    assert [i.application_id for i in handed(db, people.decider)] == [second]

    events = [e for e in case_history(db, first) if e.action == "handed_over"]
    assert len(events) == 1 and events[0].reason == SUMMARY
    assert "Leaver" in events[0].summary and "Successor" in events[0].summary

    # Once the successor records something on the case it leaves their My work.
    committee.add_note(db, successor, first, "Read the file; calling the embassy.")
    assert handed(db, successor) == []


def test_an_agencys_only_member_hands_over_its_pending_opinion(
    db: Database, people: Committee
) -> None:
    case_id = assessed_case(db, people.officer)
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    committee.record_opinion(
        db, people.mod_member, case_id, OpinionInput(OpinionKind.APPROVE, "No concerns.")
    )
    # The MOD answered: nothing pending for its member.
    assert open_work(db, people.mod_member.user_id).opinions == ()
    opinions = open_work(db, people.mfa_member.user_id).opinions
    assert [(o.application_id, o.agency_code) for o in opinions] == [(case_id, "MFA")]

    with pytest.raises(HandoverRefused, match="only active member of Ministry of Foreign"):
        accounts.deactivate_user(
            db, people.admin, people.mfa_member.user_id, handover=Handover(SUMMARY)
        )
    with pytest.raises(HandoverRefused, match="is not a member of Ministry of Foreign"):
        accounts.deactivate_user(
            db,
            people.admin,
            people.mfa_member.user_id,
            handover=Handover(SUMMARY, opinion_successors={case_id: people.officer.user_id}),
        )
    # An officer seconded from the MFA carries the file.
    seconded = make_user(db, people.admin, "mfa.officer", Role.LICENSING_OFFICER, people.mfa)
    accounts.deactivate_user(
        db,
        people.admin,
        people.mfa_member.user_id,
        handover=Handover(SUMMARY, seconded.user_id),
    )
    assert [i.application_id for i in handed(db, seconded)] == [case_id]
    assert "opinion_handed_over" in [e.action for e in case_history(db, case_id)]


def test_the_administrator_may_acknowledge_that_the_agency_has_nobody(
    db: Database, people: Committee
) -> None:
    case_id = assessed_case(db, people.officer)
    committee.request_review(
        db,
        people.officer,
        case_id,
        [people.customs],
        reasons={
            "MFA": "Foreign Affairs reviewed this end user last week",
            **MOD_NOT_ASKED,
            **CUSTOMS_ASKED,
        },
    )
    accounts.deactivate_user(
        db,
        people.admin,
        people.customs_member.user_id,
        handover=Handover(SUMMARY, agency_has_nobody=True),
    )
    left = [e for e in case_history(db, case_id) if e.action == "opinion_left_unanswered"]
    assert len(left) == 1 and left[0].reason == SUMMARY


def test_nothing_to_hand_over_needs_no_summary(db: Database, people: Committee) -> None:
    assert open_work(db, people.focal.user_id).empty
    assert not accounts.deactivate_user(db, people.admin, people.focal.user_id).active
