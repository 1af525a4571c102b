"""Like cases alike: precedents and denial matching (exact and similar names)."""

from __future__ import annotations

from datetime import date

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.enums import DecisionOutcome, PartyRole, PartyType
from att_desktop.services.consistency import (
    DenialNoticeInput,
    MatchKind,
    list_denial_notices,
    match_denials,
    precedents,
    record_denial_notice,
)
from att_desktop.services.decisions import decide
from att_desktop.services.errors import ValidationFailed
from tests.db.assessment_helpers import assessed_and_completed, authorise, deny, gbv_case, register
from tests.factories import ammunition, end_user, item
from tests.unit.assessment_cases import complete


def commercial(name: str, country: str, role: PartyRole = PartyRole.END_USER) -> object:
    return end_user(name, country, party_type=PartyType.COMMERCIAL, role=role)


def test_denials_recorded_from_other_states_are_matched_exactly_and_similarly(
    db: Database,
) -> None:
    for name, country in (
        ("Sahel Logistics Services Ltd", "ML"),
        ("Sahel Logistics Services", "NE"),
        ("Sahelian Trading House", "ML"),
    ):
        record_denial_notice(
            db,
            DenialNoticeInput(
                notifying_state="FR",
                denied_on=date(2025, 11, 3),
                party_name=name,
                party_country=country,
                reference=f"FR-2025-{len(name)}",
                grounds="Art. 7(3) diversion risk",
            ),
        )
    case = register(
        db,
        "ML",
        parties=(
            end_user("Ministère de la Défense", "ML"),
            commercial("SAHEL LOGISTICS SERVICES", "ML", PartyRole.CONSIGNEE),
        ),
    )
    matches = match_denials(db, case.id)
    assert [(m.notice.party_name, m.kind, m.same_country) for m in matches] == [
        ("Sahel Logistics Services Ltd", MatchKind.EXACT, True),
        ("Sahel Logistics Services", MatchKind.EXACT, False),
    ]
    assert matches[0].score > matches[1].score  # the same country ranks first
    assert matches[0].party_role is PartyRole.CONSIGNEE

    renamed = register(db, "ML", parties=(commercial("Sahel Logistic Services SARL", "ML"),))
    similar = match_denials(db, renamed.id)
    assert similar and all(m.kind is MatchKind.SIMILAR for m in similar)
    assert similar[0].notice.party_country == "ML"
    assert len(list_denial_notices(db)) == 3


def test_denial_notice_is_validated(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        record_denial_notice(
            db,
            DenialNoticeInput("ZZ", date(2099, 1, 1), " ", "ML"),
            today=date(2026, 4, 1),
        )
    assert {e.field for e in caught.value.errors} == {"notifying_state", "party_name", "denied_on"}


def test_our_own_denial_is_matched_against_a_later_application(db: Database) -> None:
    first = register(db, parties=(commercial("Atlas Defence Systems Ltd", "BR"),))
    assessed_and_completed(db, first.id, gbv_case(reliable=False))
    decide(db, first.id, deny())
    again = register(db, parties=(commercial("ATLAS DEFENCE SYSTEMS", "BR"),))
    found = match_denials(db, again.id)
    assert [(m.notice.reference, m.kind) for m in found] == [(first.reference, MatchKind.EXACT)]
    assert match_denials(db, first.id) == []  # a case does not match its own denial


def test_precedents_by_destination_end_user_and_category(db: Database) -> None:
    denied = register(db, "BR", parties=(end_user("Brazilian Army Command", "BR"),))
    assessed_and_completed(db, denied.id, gbv_case(reliable=False))
    decide(db, denied.id, deny())
    granted = register(
        db, "AR", parties=(end_user("Brazilian Army Command", "BR"),), items=(ammunition(),)
    )
    assessed_and_completed(db, granted.id, complete())
    decide(db, granted.id, authorise(db, granted.id))
    pistol = register(
        db,
        "CL",
        parties=(end_user("Carabineros de Chile", "CL"),),
        items=(item(description="Assault rifle", att_category="VIII.SA.4"),),
    )
    assessed_and_completed(db, pistol.id, complete())
    decide(db, pistol.id, authorise(db, pistol.id))
    undecided = register(db, "BR")

    new = register(
        db,
        "BR",
        parties=(end_user("BRAZILIAN ARMY COMMAND", "BR"),),
        items=(item(att_category="VIII.SA.4"),),
    )
    found = precedents(db, new.id)
    assert [p.reference for p in found.same_destination] == [denied.reference]
    assert found.same_destination[0].outcome is DecisionOutcome.DENY
    assert (7, 4, "gbv") in {
        (g.article, g.paragraph, g.criterion) for g in found.same_destination[0].grounds
    }
    assert {p.reference for p in found.same_end_user} == {denied.reference, granted.reference}
    assert {p.reference for p in found.same_category} == {denied.reference, pistol.reference}
    assert undecided.reference not in {p.reference for p in found.same_destination}
    # Our own denial named the same end user: it is shown beside the new case.
    assert [(d.notice.reference, d.kind) for d in found.denials] == [
        (denied.reference, MatchKind.EXACT)
    ]
