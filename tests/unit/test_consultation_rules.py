"""Consultation rules matched on a case's facts, and due dates in working days (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from att_desktop.domain.assessment.model import Criterion, RiskLevel
from att_desktop.domain.consultation import (
    DEFAULT_RULES,
    CaseFacts,
    FindingCondition,
    Rule,
    add_working_days,
    code_problems,
    describe,
    matches,
    required,
)
from att_desktop.domain.enums import TransferType

EXPORT = CaseFacts(TransferType.EXPORT, "BR", frozenset({"VIII.SA.2"}))


def test_the_defaults_on_a_plain_export() -> None:
    assert set(required(DEFAULT_RULES, EXPORT)) == {"MFA", "MOD"}


def test_transit_states_or_a_transit_case_require_customs() -> None:
    with_route = CaseFacts(TransferType.EXPORT, "BR", transit_states=("TR",))
    assert "CUS" in required(DEFAULT_RULES, with_route)
    transit = CaseFacts(TransferType.TRANSSHIPMENT, "BR")
    assert set(required(DEFAULT_RULES, transit)) == {"CUS"}


@pytest.mark.parametrize(
    ("serious", "risk", "needed"),
    [
        (True, None, True),
        (False, RiskLevel.SUBSTANTIAL, True),
        (False, RiskLevel.OVERRIDING_BEFORE_MITIGATION, True),
        (False, RiskLevel.LOW, False),
        (False, None, False),
    ],
)
def test_a_serious_gbv_finding_requires_gen(
    serious: bool, risk: RiskLevel | None, needed: bool
) -> None:
    risks = {Criterion.GBV: risk} if risk else {}
    facts = CaseFacts(TransferType.EXPORT, "BR", gbv_serious=serious, risks=risks)
    assert ("GEN" in required(DEFAULT_RULES, facts)) is needed


def test_every_condition_must_hold() -> None:
    rule = Rule(
        1,
        "INT",
        frozenset({TransferType.EXPORT, TransferType.BROKERING}),
        category="VIII",
        destinations=frozenset({"BR", "AR"}),
        finding=FindingCondition.RISK,
        criterion=Criterion.DIVERSION,
        min_level=RiskLevel.SUBSTANTIAL,
    )
    risky = CaseFacts(
        TransferType.EXPORT,
        "br",
        frozenset({"VIII.SA.2"}),
        risks={Criterion.DIVERSION: RiskLevel.SUBSTANTIAL},
    )
    assert matches(rule, risky)
    assert not matches(rule, CaseFacts(TransferType.EXPORT, "BR", frozenset({"VIII.SA.2"})))
    assert not matches(
        rule, CaseFacts(TransferType.IMPORT, "BR", risky.categories, risks=risky.risks)
    )
    assert not matches(
        rule, CaseFacts(TransferType.EXPORT, "CL", risky.categories, risks=risky.risks)
    )
    assert not matches(
        rule, CaseFacts(TransferType.EXPORT, "BR", frozenset({"VII"}), risks=risky.risks)
    )
    assert not matches(Rule(**{**rule.__dict__, "active": False}), risky)
    # "VIII" is a heading: "VIIIX" would not be under it.
    assert not matches(
        rule, CaseFacts(TransferType.EXPORT, "BR", frozenset({"VIIIX"}), risks=risky.risks)
    )
    assert describe(rule) == (
        "export or brokering in category VIII to AR, BR with the diversion risk at substantial "
        "or above → INT"
    )


def test_article6_concern() -> None:
    rule = Rule(2, "JUS", finding=FindingCondition.ARTICLE6)
    assert matches(rule, CaseFacts(TransferType.EXPORT, "BR", article6_concern=True))
    assert not matches(rule, EXPORT)


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (date(2026, 12, 4), 10, date(2026, 12, 18)),  # Friday → Friday two weeks on
        (date(2026, 12, 4), 3, date(2026, 12, 9)),  # Friday → Wednesday
        (date(2026, 12, 5), 1, date(2026, 12, 8)),  # Saturday counts from Monday
        (date(2026, 12, 7), 0, date(2026, 12, 7)),
    ],
)
def test_working_days(start: date, days: int, due: date) -> None:
    assert add_working_days(start, days) == due


def test_the_default_rules_and_good_codes_have_no_code_problems() -> None:
    for rule in DEFAULT_RULES:
        assert code_problems(rule.category, rule.destinations) == []
    assert code_problems("VIII", ("no", " BR ", "")) == []


@pytest.mark.parametrize(
    ("category", "destinations", "fields"),
    [
        ("IX", (), {"category"}),
        ("viii.sa.2", (), {"category"}),  # codes are exact: "IV.a" has a lower-case letter
        ("", ("ZZ",), {"destinations"}),
        ("X.1", ("BR", "EU"), {"category", "destinations"}),
    ],
)
def test_unknown_codes_are_named(
    category: str, destinations: tuple[str, ...], fields: set[str]
) -> None:
    assert {e.field for e in code_problems(category, destinations)} == fields
