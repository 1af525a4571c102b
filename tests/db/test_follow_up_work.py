"""Licence follow-up with accounts: who may record and waive, and who sees what is overdue.

Recording, visiting, checking and waiving need RECORD_FOLLOW_UP (a licensing officer or the
focal point); the DVC setting is the administrator's. An overdue obligation is in My work
for the case's assigned officer, and for everyone who records follow-up while no active
colleague is assigned to the case.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.enums import Role
from att_desktop.domain.follow_up import DvcRule, ObligationKind, VisitOutcome
from att_desktop.services import accounts, follow_up
from att_desktop.services.my_work import my_work
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.work_items import WorkReason
from tests.accounts_helpers import Committee, committee_db, committee_template, make_user
from tests.follow_up_helpers import licensed, shipped

__all__ = ["committee_db", "committee_template"]  # fixtures used by name

TODAY = date.today()


@pytest.fixture
def db(committee_db: Database) -> Database:
    return committee_db


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def _overdue(db: Database, who: object) -> list[tuple[str, str]]:
    return [
        (i.detail, str(i.due_on))
        for i in my_work(db, who)  # type: ignore[arg-type]
        if i.reason is WorkReason.FOLLOW_UP_OVERDUE
    ]


def test_only_officers_and_the_focal_point_record_follow_up(
    db: Database, people: Committee
) -> None:
    _, licence_id = licensed(db, people)
    shipped(db, people.officer, licence_id, TODAY - timedelta(days=5), "CUS-5")
    (owed,) = follow_up.list_obligations(db, licence_id=licence_id)
    assert owed.kind is ObligationKind.DELIVERY_CERTIFICATE
    for who in (people.decider, people.mfa_member, people.admin):
        with pytest.raises(PermissionDenied):
            follow_up.record_certificate_received(
                db, owed.id, received_on=TODAY, reference="DVC", actor=who.actor
            )
        with pytest.raises(PermissionDenied):
            follow_up.waive_obligation(db, owed.id, reason="Not needed here", actor=who.actor)
        with pytest.raises(PermissionDenied):
            follow_up.schedule_visit(db, licence_id, planned_on=TODAY, visitors="", actor=who.actor)
    visit = follow_up.schedule_visit(
        db, licence_id, planned_on=TODAY, visitors="Attaché", actor=people.focal
    )
    done = follow_up.record_visit(
        db,
        visit.id,
        visited_on=TODAY,
        visitors="Attaché",
        findings="",
        outcome=VisitOutcome.SATISFACTORY,
        actor=people.focal,
    )
    assert done.closed_by == people.focal.full_name
    waived = follow_up.waive_obligation(
        db, owed.id, reason="Delivered to our own forces abroad", actor=people.officer.actor
    )
    assert waived.closed_by == people.officer.full_name

    for who in (people.officer, people.focal):
        with pytest.raises(PermissionDenied):
            follow_up.set_follow_up_settings(db, dvc_days=60, dvc_rule=DvcRule.ALL, actor=who.actor)
    assert follow_up.set_follow_up_settings(
        db, dvc_days=60, dvc_rule=DvcRule.ALL, actor=people.admin
    ) == follow_up.FollowUpSettings(60, DvcRule.ALL)


def test_overdue_certificates_are_in_my_work_until_received(
    db: Database, people: Committee
) -> None:
    other = make_user(db, people.admin, "second.officer", Role.LICENSING_OFFICER)
    _, licence_id = licensed(db, people, assign_to=other.user_id)
    _, unassigned = licensed(db, people, "NO")
    old = TODAY - timedelta(days=100)
    shipped(db, people.officer, licence_id, old, "CUS-123")
    shipped(db, people.officer, licence_id, TODAY, "CUS-124")  # not yet due
    shipped(db, people.officer, unassigned, old, "CUS-900")
    due = old + timedelta(days=90)
    line = ("Delivery verification certificate for shipment CUS-123", str(due))
    stray = ("Delivery verification certificate for shipment CUS-900", str(due))

    # Unassigned: every officer and the focal point see it; the others do not.
    assert _overdue(db, people.officer) == [stray]
    assert _overdue(db, people.focal) == [stray]
    assert _overdue(db, people.decider) == _overdue(db, people.mfa_member) == []

    # Assigned: the assigned officer (and the unassigned case's, as an officer).
    assert _overdue(db, other) == [line, stray]

    # The assigned officer leaves: unattended again, so everyone who records follow-up.
    accounts.deactivate_user(db, people.admin, other.user_id)
    assert _overdue(db, people.officer) == [line, stray]

    (owed, _later) = follow_up.list_obligations(db, licence_id=licence_id)
    follow_up.record_certificate_received(
        db, owed.id, received_on=TODAY, reference="DVC 77", actor=people.officer.actor
    )
    assert _overdue(db, people.officer) == [stray]
