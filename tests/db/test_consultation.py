"""Consultation rules, agencies' mandates and opinion due dates (issue 14), on both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import AssessmentInput, Criterion, RiskLevel
from att_desktop.domain.consultation import FindingCondition
from att_desktop.domain.enums import OpinionKind, TransferType
from att_desktop.services import accounts, cases, committee, consultation
from att_desktop.services.assessment import (
    apply_screen,
    complete_assessment,
    open_assessment,
    save_assessment,
    screen_article6,
)
from att_desktop.services.audit import verify_all
from att_desktop.services.committee import OpinionInput
from att_desktop.services.consultation import MandateInput, RuleInput
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.my_work import my_work
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.work_items import WorkReason
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.db.assessment_helpers import DECISION_DAY
from tests.factories import application, end_user
from tests.unit.assessment_cases import complete, serious_gbv

__all__ = ["committee_db", "committee_template"]  # fixtures used by name

#: A Friday: ten working days later is the Friday two weeks on, three is the Wednesday.
FRIDAY = date(2026, 12, 4)


@pytest.fixture
def db(committee_db: Database) -> Database:
    return committee_db


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def _case(
    db: Database,
    people: Committee,
    *,
    transit: tuple[str, ...] = (),
    assessment: AssessmentInput | None = None,
) -> int:
    """An export to Brazil whose assessment the officer completed."""
    actor = people.officer.actor
    case = cases.create_application(
        db,
        application(destination_code="BR", parties=(end_user("MoD", "BR"),), transit_codes=transit),
        actor=actor,
    )
    state = open_assessment(db, case.id, actor=actor)
    screened = apply_screen(
        assessment or complete(), screen_article6(db, case.id, on_date=DECISION_DAY), DECISION_DAY
    )
    saved = save_assessment(
        db, state.assessment_id, screened, decision_date=DECISION_DAY, actor=actor
    )
    complete_assessment(db, saved.assessment_id, actor=actor)
    return case.id


def _codes(db: Database, case_id: int) -> dict[str, str]:
    return {r.agency.code: r.rule_description for r in consultation.required_agencies(db, case_id)}


def test_a_new_authority_starts_with_the_default_rules(db: Database) -> None:
    rules = consultation.list_rules(db)
    assert [r.rule.agency_code for r in rules] == ["CUS", "MFA", "MOD", "GEN"]
    in_force = {r.rule.agency_code: r.in_force for r in rules}
    assert in_force == {"CUS": True, "MFA": True, "MOD": True, "GEN": False}  # no GEN agency
    assert all(r.rule.note for r in rules)


def test_transit_requires_customs_with_the_rule_in_words(db: Database, people: Committee) -> None:
    plain = _case(db, people)
    assert set(_codes(db, plain)) == {"MFA", "MOD"}
    transit = _case(db, people, transit=("TR",))
    required = _codes(db, transit)
    assert set(required) == {"CUS", "MFA", "MOD"}
    assert required["CUS"] == "any case with transit or trans-shipment States → CUS"


def test_a_serious_gbv_finding_requires_the_gender_adviser(db: Database, people: Committee) -> None:
    gbv_case = _case(db, people, assessment=complete(gbv=serious_gbv(RiskLevel.SUBSTANTIAL)))
    assert "GEN" not in _codes(db, gbv_case)  # the authority has no GEN agency yet
    accounts.add_agency(db, people.admin, "GEN", "Gender adviser")
    assert "serious GBV finding" in _codes(db, gbv_case)["GEN"]
    assert "GEN" not in _codes(db, _case(db, people))


def test_skipping_a_required_agency_needs_a_reason(db: Database, people: Committee) -> None:
    case_id = _case(db, people, transit=("TR",))
    with pytest.raises(ValidationFailed) as refused:
        committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    assert [e.field for e in refused.value.errors] == ["reason:CUS"]
    assert "say why it is not consulted" in refused.value.errors[0].text("en")
    assert not committee.review_status(db, case_id).requested  # nothing was sent
    why = "The route through Türkiye is by air, no customs stop"
    committee.request_review(
        db, people.officer, case_id, [people.mfa, people.mod], reasons={"CUS": why}
    )
    event = _last_event(db, case_id, "review_requested")
    assert event["skipped"] == {"CUS": why}
    assert set(event["required"]) == {"CUS", "MFA", "MOD"}


def test_adding_an_agency_no_rule_requires_needs_a_reason(db: Database, people: Committee) -> None:
    case_id = _case(db, people)
    everyone = [people.mfa, people.mod, people.customs]
    with pytest.raises(ValidationFailed, match="no rule requires CUS"):
        committee.request_review(db, people.officer, case_id, everyone)
    committee.request_review(
        db, people.officer, case_id, everyone, reasons={"cus": "Customs knows the broker"}
    )
    assert _last_event(db, case_id, "review_requested")["added"] == {
        "CUS": "Customs knows the broker"
    }


def test_a_retired_rule_no_longer_requires_its_agency(db: Database, people: Committee) -> None:
    case_id = _case(db, people, transit=("TR",))
    customs_rule = next(r for r in consultation.list_rules(db) if r.rule.agency_code == "CUS")
    with pytest.raises(ValidationFailed, match="say why"):
        consultation.deactivate_rule(db, people.admin, customs_rule.rule.id, " ")
    consultation.deactivate_rule(db, people.admin, customs_rule.rule.id, "Customs left the board")
    assert "CUS" not in _codes(db, case_id)
    kept = consultation.list_rules(db, include_inactive=True)
    assert any(r.rule.id == customs_rule.rule.id and not r.rule.active for r in kept)


def test_rules_by_category_destination_and_risk(db: Database, people: Committee) -> None:
    consultation.add_rule(
        db,
        people.admin,
        RuleInput(
            "CUS",
            frozenset({TransferType.EXPORT}),
            destinations=frozenset({"br"}),
            finding=FindingCondition.RISK,
            criterion=Criterion.B_II,
            min_level=RiskLevel.SUBSTANTIAL,
            note="Customs checks the end user when human rights are at risk.",
        ),
    )
    risky = dict(complete().article7) | {
        Criterion.B_II: replace(complete().finding(Criterion.B_II), finding=RiskLevel.SUBSTANTIAL)
    }
    case_id = _case(db, people, assessment=complete(article7=tuple(risky.items())))
    assert "b_ii risk at substantial or above" in _codes(db, case_id)["CUS"]
    assert "CUS" not in _codes(db, _case(db, people))


def test_only_administrators_manage_rules_and_mandates(db: Database, people: Committee) -> None:
    for who in (people.officer, people.mfa_member, people.decider):
        with pytest.raises(PermissionDenied):
            consultation.add_rule(db, who, RuleInput("MFA"))
        with pytest.raises(PermissionDenied):
            consultation.set_mandate(db, who, people.mfa, MandateInput("Foreign policy"))
        with pytest.raises(PermissionDenied):
            consultation.set_due_days(db, who, 5, 2)
    with pytest.raises(ValidationFailed, match="choose the risk"):
        consultation.add_rule(db, people.admin, RuleInput("MFA", finding=FindingCondition.RISK))


def test_a_rule_names_known_countries_and_att_categories(db: Database, people: Committee) -> None:
    """A mistyped code would match no case, and the agency would silently not be consulted."""
    before = consultation.list_rules(db, include_inactive=True)
    with pytest.raises(ValidationFailed) as caught:
        consultation.add_rule(
            db,
            people.admin,
            RuleInput(
                "CUS",
                category="VII.SA",
                destinations=frozenset({"br", "UK", "XK", "Brazil"}),
            ),
        )
    by_field = {e.field: e.text("en") for e in caught.value.errors}
    assert set(by_field) == {"category", "destinations"}
    assert by_field["destinations"].startswith("BRAZIL, UK, XK: not a known ISO 3166 country")
    assert "'VII.SA' is not an ATT category" in by_field["category"]
    with pytest.raises(ValidationFailed, match="agency code is 41 characters long"):
        consultation.add_rule(db, people.admin, RuleInput("A" * 41))
    assert consultation.list_rules(db, include_inactive=True) == before  # nothing saved
    # A heading ("VIII.SA") or a row ("VIII.SA.2") and lower-case ISO codes are accepted.
    for category in ("VIII.SA", "VIII.SA.2", "III"):
        added = consultation.add_rule(
            db, people.admin, RuleInput("CUS", category=category, destinations=frozenset({"gb"}))
        )
        assert (added.rule.category, added.rule.destinations) == (category, frozenset({"GB"}))


def test_a_mandate_is_recorded_with_its_history(db: Database, people: Committee) -> None:
    with pytest.raises(ValidationFailed, match="describe the agency's mandate"):
        consultation.set_mandate(db, people.admin, people.mfa, MandateInput(" "))
    consultation.set_mandate(
        db,
        people.admin,
        people.mfa,
        MandateInput(
            "Foreign policy, embargoes and the importer's record (Art. 6, 7(1)).",
            "Desk officer for export controls",
            "+41 22 000 00 00, exports@mfa.example",
            ("Does the transfer breach an embargo?", " ", "Is the end user credible?"),
        ),
    )
    mfa = consultation.agency_by_code(db, "mfa")
    assert mfa.questions == ("Does the transfer breach an embargo?", "Is the end user credible?")
    assert mfa.contact.startswith("+41")
    assert verify_all(db).ok  # the changed agency row is vouched for by its event


def test_due_dates_count_working_days_and_urgent_is_shorter(
    db: Database, people: Committee, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(consultation, "_today", lambda: FRIDAY)
    normal = _case(db, people)
    committee.request_review(db, people.officer, normal, [people.mfa, people.mod])
    assert consultation.due_date(db, normal, "MFA") == date(2026, 12, 18)
    urgent = _case(db, people)
    with pytest.raises(ValidationFailed, match="say why the case is urgent"):
        committee.request_review(db, people.officer, urgent, [people.mfa, people.mod], urgent=True)
    committee.request_review(
        db,
        people.officer,
        urgent,
        [people.mfa, people.mod],
        urgent=True,
        urgent_reason="The importer's forces deploy on 15 December",
    )
    assert consultation.due_date(db, urgent, "MOD") == date(2026, 12, 9)
    assert consultation.due_date(db, urgent, "CUS") is None  # not asked
    consultation.set_due_days(db, people.admin, 5, 2)
    assert consultation.due_days(db) == (5, 2)
    with pytest.raises(ValidationFailed, match="up to the normal time"):
        consultation.set_due_days(db, people.admin, 2, 5)
    assert verify_all(db).ok


def test_an_overdue_opinion_is_in_the_members_work(
    db: Database, people: Committee, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(consultation, "_today", lambda: FRIDAY)
    case_id = _case(db, people)
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    awaited = [i for i in my_work(db, people.mfa_member) if i.application_id == case_id]
    assert [(i.reason, i.due_on) for i in awaited] == [
        (WorkReason.OPINION_AWAITED, date(2026, 12, 18))
    ]
    monkeypatch.setattr(consultation, "_today", lambda: date(2026, 12, 21))
    overdue = [i for i in my_work(db, people.mfa_member) if i.reason is WorkReason.OPINION_OVERDUE]
    assert [(i.application_id, i.due_on) for i in overdue] == [(case_id, date(2026, 12, 18))]
    assert "MFA" in overdue[0].detail
    assert not [i for i in my_work(db, people.customs_member) if i.application_id == case_id]
    committee.record_opinion(
        db, people.mfa_member, case_id, OpinionInput(OpinionKind.APPROVE, "Fine.")
    )
    assert not [i for i in my_work(db, people.mfa_member) if i.reason is WorkReason.OPINION_OVERDUE]
    views = {d.agency_code: d for d in consultation.deadlines(db, case_id)}
    assert views["MFA"].answered and not views["MFA"].overdue
    assert views["MOD"].overdue


def _last_event(db: Database, case_id: int, action: str) -> dict[str, object]:
    from sqlalchemy import select

    from att_desktop.db.models import Event

    with db.session() as session:
        event = session.scalars(
            select(Event)
            .where(Event.application_id == case_id, Event.action == action)
            .order_by(Event.id.desc())
        ).first()
        assert event is not None and event.after is not None
        return dict(event.after)
