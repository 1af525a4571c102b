"""Licence follow-up (issue 14): obligations owed after each shipment, visits, assurances.

A delivery verification certificate is created with each shipment under a licence whose
terms call for one (typed in or imported from a customs file), due the authority's number of
days after the shipment; open and past due is overdue; fulfilling, visiting, checking and
waiving are recorded in the history, and refused with a message that says what to fix.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Event, LicenceObligation
from att_desktop.domain.follow_up import DvcRule, ObligationKind, ObligationStatus, VisitOutcome
from att_desktop.services import follow_up
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.errors import ServiceError
from att_desktop.services.shipments import (
    ShipmentInput,
    ShipmentLineInput,
    import_customs_file,
    licence_for_shipment,
    record_shipment,
)
from tests.db.test_reassessment_service import licence_to

TODAY = date.today()


def ship(db: Database, licence_id: int, on: date, ref: str) -> int:
    line = licence_for_shipment(db, licence_id).lines[0]
    result = record_shipment(
        db,
        licence_id,
        ShipmentInput(on, ref, (ShipmentLineInput(line.licence_line_id, Decimal(1)),)),
        acknowledge_warnings=True,
    )
    assert result.shipment_id is not None
    return result.shipment_id


def test_each_shipment_owes_a_certificate_due_after_the_authoritys_days(db: Database) -> None:
    case_id, licence_id = licence_to(db, "BR")
    assert follow_up.follow_up_settings(db) == follow_up.FollowUpSettings(90, DvcRule.WHEN_REQUIRED)
    old = TODAY - timedelta(days=120)
    recent = TODAY - timedelta(days=10)
    first = ship(db, licence_id, old, "CUS-1")
    second = ship(db, licence_id, recent, "CUS-2")

    owed = follow_up.list_obligations(db, licence_id=licence_id)
    assert [(o.kind, o.shipment_id, o.due_on, o.status) for o in owed] == [
        (ObligationKind.DELIVERY_CERTIFICATE, first, old + timedelta(days=90), "open"),
        (ObligationKind.DELIVERY_CERTIFICATE, second, recent + timedelta(days=90), "open"),
    ]
    assert [o.overdue for o in owed] == [True, False]
    assert owed[0].summary == (
        f"Delivery verification certificate for shipment CUS-1, due "
        f"{(old + timedelta(days=90)).isoformat()}"
    )
    assert owed[0].application_id == case_id and owed[0].destination_code == "BR"
    overdue = follow_up.list_obligations(db, overdue_on=TODAY)
    assert [o.shipment_id for o in overdue] == [first]
    assert follow_up.list_obligations(db, application_id=case_id + 999) == ()

    # Each creation is in the case's history, worded with the shipment.
    with db.session() as session:
        events = session.scalars(
            select(Event).where(Event.entity == "licence_obligation").order_by(Event.id)
        ).all()
    assert [(e.action, e.application_id) for e in events] == [("obligation_added", case_id)] * 2
    assert "shipment CUS-1" in events[0].summary


def test_customs_import_owes_a_certificate_per_shipment(db: Database, tmp_path: Path) -> None:
    _, licence_id = licence_to(db, "BR")
    number = licence_for_shipment(db, licence_id).number
    day = (TODAY - timedelta(days=5)).isoformat()
    path = tmp_path / "customs.csv"
    path.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity\n"
        f"{number},1,{day},MRN-A,1\n"
        f"{number},1,{day},MRN-B,1\n",
        encoding="utf-8",
    )
    result = import_customs_file(db, path)
    owed = follow_up.list_obligations(db, licence_id=licence_id)
    assert sorted(o.shipment_id or 0 for o in owed) == sorted(result.shipment_ids)
    assert {o.shipment_reference for o in owed} == {"MRN-A", "MRN-B"}


def test_the_rule_decides_which_licences_owe_certificates(db: Database) -> None:
    _, plain = licence_to(db, "NO")
    follow_up.set_follow_up_settings(db, dvc_days=30, dvc_rule=DvcRule.NEVER, actor=LOCAL_OFFICER)
    ship(db, plain, TODAY, "N-1")
    assert follow_up.list_obligations(db, licence_id=plain) == ()
    follow_up.set_follow_up_settings(db, dvc_days=30, dvc_rule=DvcRule.ALL, actor=LOCAL_OFFICER)
    ship(db, plain, TODAY, "N-2")
    (owed,) = follow_up.list_obligations(db, licence_id=plain)
    assert owed.due_on == TODAY + timedelta(days=30)
    with pytest.raises(follow_up.FollowUpNotSaved, match="from 1 to 730"):
        follow_up.set_follow_up_settings(db, dvc_days=0, dvc_rule=DvcRule.ALL, actor=LOCAL_OFFICER)


def test_when_required_follows_the_licence_conditions() -> None:
    from att_desktop.domain.follow_up import licence_calls_for_dvc

    assert licence_calls_for_dvc(["A Delivery Verification certificate within 90 days."], None)
    assert not licence_calls_for_dvc(["No re-export without consent."], {})
    assert licence_calls_for_dvc(
        [], {"diversion": {"post_shipment": {"delivery_verification": True}}}
    )
    assert licence_calls_for_dvc([], {"mitigation": [{"kind": "delivery_verification"}]})
    assert not licence_calls_for_dvc([], {"mitigation": [{"kind": "training"}]})


def test_certificate_received_fulfils_it_once_with_clear_refusals(db: Database) -> None:
    case_id, licence_id = licence_to(db, "BR")
    shipped = TODAY - timedelta(days=100)
    ship(db, licence_id, shipped, "CUS-9")
    (owed,) = follow_up.list_obligations(db, licence_id=licence_id)

    with pytest.raises(follow_up.FollowUpNotSaved) as bad:
        follow_up.record_certificate_received(
            db, owed.id, received_on=TODAY + timedelta(days=1), reference=" ", actor=LOCAL_OFFICER
        )
    text = str(bad.value)
    assert text.startswith("Nothing was recorded. Please correct:")
    assert "is in the future: record it once it has happened" in text
    assert "Enter the certificate's reference" in text
    with pytest.raises(follow_up.FollowUpNotSaved, match="cannot be before the shipment"):
        follow_up.record_certificate_received(
            db,
            owed.id,
            received_on=shipped - timedelta(days=1),
            reference="DVC 12",
            actor=LOCAL_OFFICER,
        )
    with pytest.raises(ServiceError, match="not a verification visit"):
        follow_up.record_visit(
            db,
            owed.id,
            visited_on=TODAY,
            visitors="A",
            findings="",
            outcome=VisitOutcome.SATISFACTORY,
            actor=LOCAL_OFFICER,
        )

    done = follow_up.record_certificate_received(
        db, owed.id, received_on=TODAY, reference="DVC BR-2026-12", actor=LOCAL_OFFICER
    )
    assert (done.status, done.done_on, done.reference, done.overdue) == (
        ObligationStatus.FULFILLED,
        TODAY,
        "DVC BR-2026-12",
        False,
    )
    assert follow_up.list_obligations(db, overdue_on=TODAY) == ()
    with pytest.raises(ServiceError, match="already fulfilled on"):
        follow_up.record_certificate_received(
            db, owed.id, received_on=TODAY, reference="again", actor=LOCAL_OFFICER
        )
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.action == "certificate_received")).one()
        row = session.get(LicenceObligation, owed.id)
        assert row is not None and row.version == 2
    assert event.application_id == case_id and event.entity_id == owed.id
    assert event.before == {"status": "open", "done_on": None, "reference": ""}
    assert event.after is not None and event.after["reference"] == "DVC BR-2026-12"


def test_visit_planned_then_found_a_breach(db: Database) -> None:
    _, licence_id = licence_to(db, "BR")
    planned = follow_up.schedule_visit(
        db,
        licence_id,
        planned_on=TODAY - timedelta(days=3),
        visitors="Embassy defence attaché",
        place="Army depot, Brasília",
        actor=LOCAL_OFFICER,
    )
    assert (planned.kind, planned.due_on, planned.overdue) == (
        ObligationKind.VERIFICATION_VISIT,
        TODAY - timedelta(days=3),
        True,
    )
    with pytest.raises(follow_up.FollowUpNotSaved, match="Describe what was found"):
        follow_up.record_visit(
            db,
            planned.id,
            visited_on=TODAY,
            visitors="Attaché",
            findings="",
            outcome=VisitOutcome.BREACH_FOUND,
            actor=LOCAL_OFFICER,
        )
    with pytest.raises(follow_up.FollowUpNotSaved, match="cannot be before the licence"):
        follow_up.schedule_visit(
            db, licence_id, planned_on=date(2000, 1, 1), visitors="", actor=LOCAL_OFFICER
        )
    visit = follow_up.record_visit(
        db,
        planned.id,
        visited_on=TODAY,
        visitors="Attaché and customs officer",
        findings="Two rifles missing from the depot inventory.",
        outcome=VisitOutcome.BREACH_FOUND,
        actor=LOCAL_OFFICER,
    )
    assert visit.breach_found and visit.status is ObligationStatus.FULFILLED
    assert visit.place == "Army depot, Brasília"
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.action == "visit_recorded")).one()
    assert "BREACH FOUND" in event.summary
    assert event.after is not None and event.after["outcome"] == "breach_found"


def test_assurances_added_by_hand_checked_or_waived_with_a_reason(db: Database) -> None:
    _, licence_id = licence_to(db, "BR")
    with pytest.raises(follow_up.FollowUpNotSaved, match="which assurance"):
        follow_up.add_obligation(
            db,
            licence_id,
            kind=ObligationKind.STORAGE_ASSURANCE,
            due_on=TODAY,
            actor=LOCAL_OFFICER,
        )
    storage = follow_up.add_obligation(
        db,
        licence_id,
        kind=ObligationKind.STORAGE_ASSURANCE,
        due_on=TODAY,
        description="Stockpile kept in the army's secured depot",
        actor=LOCAL_OFFICER,
    )
    end_use = follow_up.add_obligation(
        db,
        licence_id,
        kind=ObligationKind.END_USE_ASSURANCE,
        due_on=TODAY,
        description="Used by the army only",
        actor=LOCAL_OFFICER,
    )
    checked = follow_up.record_assurance_checked(
        db, storage.id, checked_on=TODAY, reference="Embassy report 7", actor=LOCAL_OFFICER
    )
    assert checked.status is ObligationStatus.FULFILLED and checked.reference == "Embassy report 7"
    with pytest.raises(follow_up.FollowUpNotSaved, match="Say why"):
        follow_up.waive_obligation(db, end_use.id, reason="  ", actor=LOCAL_OFFICER)
    waived = follow_up.waive_obligation(
        db,
        end_use.id,
        reason="Covered by the government-to-government agreement",
        actor=LOCAL_OFFICER,
    )
    assert waived.status is ObligationStatus.WAIVED and waived.waive_reason.startswith("Covered")
    with pytest.raises(ServiceError, match="already waived"):
        follow_up.waive_obligation(db, end_use.id, reason="twice over", actor=LOCAL_OFFICER)
    statuses = follow_up.list_obligations(db, licence_id=licence_id, status=ObligationStatus.WAIVED)
    assert [o.id for o in statuses] == [end_use.id]
    kinds = follow_up.list_obligations(db, kind=ObligationKind.STORAGE_ASSURANCE)
    assert [o.id for o in kinds] == [storage.id]


def test_register_filters_and_pages_in_sql(db: Database) -> None:
    _, to_brazil = licence_to(db, "BR")
    _, to_norway = licence_to(db, "NO")
    for n in range(5):
        ship(db, to_brazil, TODAY - timedelta(days=n), f"B-{n}")
    ship(db, to_norway, TODAY, "N-0")
    only_norway = follow_up.ObligationFilter(destination_code="no")
    assert [o.shipment_reference for o in follow_up.list_obligations(db, filters=only_norway)] == [
        "N-0"
    ]
    number = licence_for_shipment(db, to_brazil).number
    by_number = follow_up.ObligationFilter(licence_text=number[-5:].lower())
    assert follow_up.count_obligations(db, by_number) == 5
    page1 = follow_up.list_obligations(db, filters=by_number, limit=2)
    page2 = follow_up.list_obligations(db, filters=by_number, limit=2, offset=2)
    assert len(page1) == len(page2) == 2 and not {o.id for o in page1} & {o.id for o in page2}
    assert [o.due_on for o in page1] == sorted(o.due_on for o in page1)
    due = TODAY + timedelta(days=90)
    window = follow_up.ObligationFilter(due_from=due - timedelta(days=1), due_until=due)
    assert {o.shipment_reference for o in follow_up.list_obligations(db, filters=window)} == {
        "B-0",
        "B-1",
        "N-0",
    }
    newest_first = follow_up.list_obligations(db, sort="case", descending=True)
    assert newest_first[0].licence_id == to_norway


def test_the_history_vouches_for_obligation_rows(db: Database) -> None:
    """Rows are sealed by their events: ``audit verify`` passes, then finds a fulfilment
    forged with SQL behind the app's back."""
    from sqlalchemy import text

    from att_desktop.services.audit import verify_all

    _, licence_id = licence_to(db, "BR")
    ship(db, licence_id, TODAY - timedelta(days=100), "CUS-1")
    ship(db, licence_id, TODAY - timedelta(days=50), "CUS-2")
    first, second = follow_up.list_obligations(db, licence_id=licence_id)
    follow_up.record_certificate_received(
        db, first.id, received_on=TODAY, reference="DVC 1", actor=LOCAL_OFFICER
    )
    report = verify_all(db)
    assert report.ok, [str(p) for p in report.problems]
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE licence_obligations SET status = 'fulfilled' WHERE id = :id"),
            {"id": second.id},
        )
    forged = verify_all(db)
    assert not forged.ok
    assert any("licence_obligations" in str(p) for p in forged.problems)
