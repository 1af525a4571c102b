"""A licence with accounts, for the follow-up tests (services, window, commands)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from att_desktop.db.engine import Database
from att_desktop.domain.enums import OpinionKind
from att_desktop.services import committee, decisions
from att_desktop.services.committee import OpinionInput
from att_desktop.services.dto import UserSession
from att_desktop.services.shipments import (
    ShipmentInput,
    ShipmentLineInput,
    licence_for_shipment,
    record_shipment,
)
from tests.accounts_helpers import Committee, assessed_case
from tests.db.assessment_helpers import authorise


def licensed(
    db: Database, people: Committee, destination: str = "BR", assign_to: int | None = None
) -> tuple[int, int]:
    """(case id, licence id): assessed by the officer, approved by two agencies, authorised
    by the decider with the standard conditions (which ask for a delivery certificate);
    assigned to ``assign_to`` before the decision (a decided case is not reassigned)."""
    case_id = assessed_case(db, people.officer, destination)
    if assign_to is not None:
        committee.reassign_case(db, people.officer, case_id, assign_to, "Follows the licence")
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    for member in (people.mfa_member, people.mod_member):
        committee.record_opinion(
            db, member, case_id, OpinionInput(OpinionKind.APPROVE, "No concerns.")
        )
    detail = decisions.decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    return case_id, detail.licences[0].id


def shipped(db: Database, who: UserSession, licence_id: int, on: date, ref: str) -> int:
    line = licence_for_shipment(db, licence_id).lines[0]
    result = record_shipment(
        db,
        licence_id,
        ShipmentInput(on, ref, (ShipmentLineInput(line.licence_line_id, Decimal(1)),)),
        who.actor,
        acknowledge_warnings=True,
    )
    assert result.shipment_id is not None
    return result.shipment_id
