"""Decisions and licences: the engine's guard, licence terms, denial notices, status history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Decision, DenialNotice
from att_desktop.domain.assessment.model import Criterion, Ground
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, LicenceStatus
from att_desktop.services import cases
from att_desktop.services.assessment import open_assessment
from att_desktop.services.decisions import (
    DEFAULT_CONDITIONS,
    DecisionRefusedError,
    LicenceLineTerms,
    amend_licence,
    change_licence_status,
    decide,
    get_decision,
    get_licence,
    set_authority_country,
    set_max_validity_years,
)
from att_desktop.services.errors import ConcurrentEditError, ServiceError, ValidationFailed
from tests.db.assessment_helpers import (
    DECISION_DAY,
    assess,
    assessed_and_completed,
    authorise,
    deny,
    gbv_case,
    register,
)
from tests.factories import ammunition, end_user, item
from tests.unit.assessment_cases import complete, measure


def licensed_case(db: Database) -> tuple[int, int]:
    """A two-line case authorised in full; returns (case id, licence id)."""
    case = register(db, items=(item(), ammunition()))
    assessed_and_completed(db, case.id, complete())
    detail = decide(db, case.id, authorise(db, case.id))
    return case.id, detail.licences[0].id


def test_un_embargo_refuses_authorisation_even_with_mitigation_and_denies_under_6_1(
    db: Database,
) -> None:
    set_authority_country(db, "SE")
    case = register(db, "KP", parties=(end_user("Ministry of People's Armed Forces", "KP"),))
    with_mitigation = complete(mitigation=(measure(Criterion.A, True),))
    assessed_and_completed(db, case.id, with_mitigation)
    with pytest.raises(DecisionRefusedError, match="contradict the assessment"):
        decide(db, case.id, authorise(db, case.id))
    assert cases.get_case(db, case.id).status is CaseStatus.UNDER_ASSESSMENT

    detail = decide(db, case.id, deny())
    assert detail.status is CaseStatus.DENIED and detail.decided_on == DECISION_DAY
    decision = get_decision(db, case.id)
    assert decision is not None and decision.outcome is DecisionOutcome.DENY
    assert [(g.article, g.paragraph, g.criterion) for g in decision.grounds] == [
        (6, 1, "kp-2270-to")
    ]
    assert decision.decided_by == "Local officer" and decision.licence is None
    with db.session() as session:
        notice = session.scalars(select(DenialNotice)).one()
        assert (notice.notifying_state, notice.party_name, notice.party_country) == (
            "SE",
            "Ministry of People's Armed Forces",
            "KP",
        )
        assert notice.reference == detail.reference and "Article 6(1)" in notice.grounds
    actions = [e.action for e in detail.history]
    assert actions[-3:] == ["decided", "denial_recorded", "status_changed"]
    with pytest.raises(ServiceError, match="already denied"):
        decide(db, case.id, deny())


def test_gbv_risk_not_reliably_mitigated_is_denied_under_7_4_and_7_3(db: Database) -> None:
    case = register(db)
    assessed_and_completed(db, case.id, gbv_case(reliable=False))
    with pytest.raises(DecisionRefusedError):
        decide(db, case.id, authorise(db, case.id))
    decide(db, case.id, deny())
    decision = get_decision(db, case.id)
    assert decision is not None
    cited = {(g.article, g.paragraph, g.criterion) for g in decision.grounds}
    assert cited == {(7, 4, "gbv"), (7, 3, "gbv")}
    with db.session() as session:
        notice = session.scalars(select(DenialNotice)).one()
        assert notice.notifying_state == ""  # the authority's State is not set yet


def test_gbv_risk_reliably_mitigated_can_be_authorised_with_a_full_licence(db: Database) -> None:
    case = register(db, items=(item(), ammunition()))
    assessed_and_completed(db, case.id, gbv_case(reliable=True))
    terms = authorise(db, case.id, valid_until=date(2027, 3, 31), conditions=())
    detail = decide(db, case.id, terms)
    assert detail.status is CaseStatus.AUTHORISED
    assert [lic.number for lic in detail.licences] == ["LIC/2026/00001"]
    decision = get_decision(db, case.id)
    assert decision is not None and decision.licence is not None and decision.grounds == ()
    licence = decision.licence
    assert (licence.valid_from, licence.valid_until) == (DECISION_DAY, date(2027, 3, 31))
    assert licence.status is LicenceStatus.VALID and licence.version == 1
    assert [(line.line_no, line.quantity, line.value, line.currency) for line in licence.lines] == [
        (1, Decimal(100), Decimal("125000.00"), "EUR"),
        (2, Decimal(50000), Decimal("30000"), "EUR"),
    ]
    assert licence.conditions == DEFAULT_CONDITIONS  # empty conditions get the defaults
    second = register(db)
    assessed_and_completed(db, second.id, complete())
    assert decide(db, second.id, authorise(db, second.id)).licences[0].number == "LIC/2026/00002"


def test_notification_exemption_becomes_a_licence_condition(db: Database) -> None:
    """CD's non-state embargo: supplies to the government need a notification (S/RES/2667)."""
    case = register(db, "CD", parties=(end_user("FARDC", "CD"),), received_on=date(2010, 5, 3))
    on = date(2010, 6, 1)  # under S/RES/1807, which required notification for government users
    state = assessed_and_completed(db, case.id, complete(), on=on)
    assert state.result.conditions
    detail = decide(
        db, case.id, authorise(db, case.id, on, conditions=("Deliver to the FARDC only.",))
    )
    decision = get_decision(db, detail.id)
    assert decision is not None and decision.licence is not None
    conditions = decision.licence.conditions
    assert conditions[0] == "Deliver to the FARDC only."
    assert any(c.startswith("Notify before delivery") for c in conditions)


def test_incomplete_assessment_cannot_be_decided(db: Database) -> None:
    case = register(db)
    open_assessment(db, case.id)
    with pytest.raises(DecisionRefusedError, match="no completed assessment"):
        decide(db, case.id, deny())
    assess(db, case.id, complete())  # complete answers, but never marked complete
    with pytest.raises(DecisionRefusedError):
        decide(db, case.id, deny(grounds=(Ground(7, 3, None, ""),)))


def test_rationale_and_grounds_are_required(db: Database) -> None:
    case = register(db)
    assessed_and_completed(db, case.id, complete())
    with pytest.raises(ValidationFailed) as no_reason:
        decide(db, case.id, replace(deny(), rationale=" "))
    assert no_reason.value.errors[0].field == "rationale"
    # An authorisable case may be denied, but only with grounds cited.
    with pytest.raises(ValidationFailed) as no_grounds:
        decide(db, case.id, deny())
    assert no_grounds.value.errors[0].field == "grounds"
    decide(db, case.id, deny(grounds=(Ground(7, 1, "a", ""),)))
    with db.session() as session:
        assert session.scalars(select(Decision.grounds)).one()[0]["criterion"] == "a"


def test_licence_terms_are_checked_against_the_application(db: Database) -> None:
    case = register(db, items=(item(),))
    other = register(db, items=(item(description="Pistol 9 mm"),))
    assessed_and_completed(db, case.id, complete())
    line = cases.get_case(db, case.id).items[0]
    foreign = cases.get_case(db, other.id).items[0]
    bad = authorise(
        db,
        case.id,
        valid_from=date(2026, 3, 1),
        valid_until=date(2030, 1, 1),
        lines=(
            LicenceLineTerms(line.id, Decimal(101), Decimal("125000.00"), "EUR"),
            LicenceLineTerms(foreign.id, Decimal(1)),
        ),
    )
    with pytest.raises(ValidationFailed) as caught:
        decide(db, case.id, bad)
    fields = {e.field: e.text("en") for e in caught.value.errors}
    assert "exceeds the 100" in fields["licence.lines[0].quantity"]
    assert "not a current line" in fields["licence.lines[1].line_item_id"]
    assert "at most 3 years" in fields["licence.valid_until"]
    assert "before it is decided" in fields["licence.valid_from"]
    zero = authorise(db, case.id, lines=(LicenceLineTerms(line.id, Decimal(0)),))
    with pytest.raises(ValidationFailed, match="greater than zero"):
        decide(db, case.id, zero)
    assert cases.get_case(db, case.id).status is CaseStatus.UNDER_ASSESSMENT
    set_max_validity_years(db, 5)
    fine = authorise(db, case.id, valid_until=date(2030, 1, 1))
    assert decide(db, case.id, fine).status is CaseStatus.AUTHORISED


def test_suspend_reinstate_revoke_keep_history(db: Database) -> None:
    _, licence_id = licensed_case(db)
    lic = get_licence(db, licence_id)
    with pytest.raises(ValidationFailed):
        change_licence_status(
            db, licence_id, LicenceStatus.SUSPENDED, reason="", expected_version=lic.version
        )
    suspended = change_licence_status(
        db,
        licence_id,
        LicenceStatus.SUSPENDED,
        reason="Reports of diversion to armed groups",
        expected_version=lic.version,
    )
    assert suspended.status is LicenceStatus.SUSPENDED and suspended.version == lic.version + 1
    reinstated = change_licence_status(
        db,
        licence_id,
        LicenceStatus.VALID,
        reason="Reports not confirmed",
        expected_version=suspended.version,
        on_date=date(2026, 5, 1),
    )
    revoked = change_licence_status(
        db,
        licence_id,
        LicenceStatus.REVOKED,
        reason="End user changed",
        expected_version=reinstated.version,
    )
    with pytest.raises(ServiceError, match="cannot be made valid"):
        change_licence_status(
            db, licence_id, LicenceStatus.VALID, reason="x", expected_version=revoked.version
        )
    history = [(e.action, e.reason) for e in revoked.history]
    assert history == [
        ("licence_issued", ""),
        ("licence_suspended", "Reports of diversion to armed groups"),
        ("licence_reinstated", "Reports not confirmed"),
        ("licence_revoked", "End user changed"),
    ]
    assert revoked.history[1].before == {"status": "valid"}
    assert revoked.history[1].after == {"status": "suspended"}


def test_stale_licence_edit_is_refused(db: Database) -> None:
    case_id, licence_id = licensed_case(db)
    opened = get_licence(db, licence_id)
    line = opened.lines[0]
    fewer = replace(
        authorise(db, case_id).licence,  # type: ignore[type-var]
        lines=(LicenceLineTerms(line.line_item_id, Decimal(40), Decimal("50000"), "EUR"),),
        conditions=opened.conditions,
    )
    amended = amend_licence(
        db, licence_id, fewer, reason="Partial quantity agreed", expected_version=opened.version
    )
    assert amended.version == opened.version + 1
    assert [(x.line_no, x.quantity) for x in amended.lines] == [(1, Decimal(40)), (2, Decimal(0))]
    assert amended.history[-1].action == "licence_amended"
    assert amended.history[-1].before is not None and "lines" in amended.history[-1].before
    with pytest.raises(ConcurrentEditError, match="changed by someone else"):
        change_licence_status(
            db,
            licence_id,
            LicenceStatus.REVOKED,
            reason="Stale copy",
            expected_version=opened.version,
        )
    too_many = replace(fewer, lines=(LicenceLineTerms(line.line_item_id, Decimal(1000), None, ""),))
    with pytest.raises(ValidationFailed, match="exceeds"):
        amend_licence(db, licence_id, too_many, reason="x", expected_version=amended.version)
    assert get_licence(db, licence_id).status is LicenceStatus.VALID
