"""The recommendation rules (Articles 6, 7, 11) and the guard on recorded decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from att_desktop.domain.assessment import DecisionRefused, evaluate, validate_decision
from att_desktop.domain.assessment.article6 import record_from_match
from att_desktop.domain.assessment.decision import NO_MITIGATION_NOTE
from att_desktop.domain.assessment.guidance import GUIDANCE, QUESTION_IDS
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    AssessmentInput,
    Confirmation,
    Criterion,
    DiversionInput,
    EmbargoMatchRecord,
    Recommendation,
    ResidualRisk,
    RiskLevel,
    SupplyChainStage,
)
from att_desktop.domain.embargoes import Effect, LegalBasisKind, check, load_shipped_sets
from att_desktop.domain.enums import DecisionOutcome, PartyType
from tests.unit.assessment_cases import (
    answer,
    clean_article6,
    complete,
    embargo_record,
    finding,
    low_diversion,
    measure,
    serious_gbv,
)


def with_matches(*records: EmbargoMatchRecord) -> AssessmentInput:
    return complete(article6=replace(clean_article6(), embargo_matches=records))


def test_low_risks_everywhere_allow_authorisation() -> None:
    result = evaluate(complete())
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert result.grounds == ()
    validate_decision(result, DecisionOutcome.AUTHORISE)
    validate_decision(result, DecisionOutcome.DENY)  # a State may still refuse


def test_full_un_embargo_denies_under_6_1_even_with_mitigation() -> None:
    sets = load_shipped_sets()
    match = check(
        sets,
        country="SS",
        party_type=PartyType.GOVERNMENT,
        party_name="SSPDF",
        item_kinds=["VIII"],
        on_date=date(2025, 6, 1),
    )[0]
    inp = complete(
        article6=replace(clean_article6(), embargo_matches=(record_from_match(match, "SSPDF"),)),
        mitigation=tuple(measure(c, True, f"m-{c.value}") for c in Criterion),
    )
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    assert [(g.article, g.paragraph, g.criterion) for g in result.grounds] == [(6, 1, "ss-2428")]
    assert NO_MITIGATION_NOTE in result.notes
    assert result.criteria == ()  # Article 7 is never reached
    with pytest.raises(DecisionRefused, match=r"contradict.*Article 6\(1\)"):
        validate_decision(result, DecisionOutcome.AUTHORISE)
    validate_decision(result, DecisionOutcome.DENY)


def test_prohibition_ends_assessment_even_if_article7_is_empty() -> None:
    inp = AssessmentInput(
        article6=replace(clean_article6(), embargo_matches=(embargo_record(Effect.PROHIBITED),))
    )
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    assert result.missing == ()


def test_regional_embargo_cites_6_2() -> None:
    record = embargo_record(
        Effect.PROHIBITED, legal_basis_kind=LegalBasisKind.OTHER_INTERNATIONAL_OBLIGATION
    )
    result = evaluate(with_matches(record))
    assert result.grounds[0].citation() == "Article 6(2) [test-embargo]"


def test_non_state_embargo_with_government_end_user_lets_article7_continue() -> None:
    record = embargo_record(Effect.NOT_APPLICABLE, explanation="non-State actors only")
    result = evaluate(with_matches(record))
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert "non-State actors only" in result.notes


def test_approval_path_prohibits_until_approval_is_recorded() -> None:
    pending = embargo_record(Effect.PROHIBITED_WITHOUT_APPROVAL)
    assert evaluate(with_matches(pending)).recommendation is Recommendation.DENY
    obtained = replace(
        pending,
        confirmation=Confirmation.APPROVAL_OBTAINED,
        reasoning="Letter",
        committee_reference="S/AC.52/2026/OC.1",
        committee_date=date(2026, 1, 10),
    )
    assert evaluate(with_matches(obtained)).recommendation is Recommendation.AUTHORISE_POSSIBLE


def test_region_match_needs_confirmation_before_decision() -> None:
    record = embargo_record(Effect.NEEDS_CONFIRMATION)
    result = evaluate(with_matches(record))
    assert result.recommendation is Recommendation.INCOMPLETE
    assert any("confirm whether the embargo applies" in m for m in result.missing)
    applies = evaluate(with_matches(replace(record, confirmation=Confirmation.APPLIES)))
    assert applies.recommendation is Recommendation.DENY
    outside = replace(
        record, confirmation=Confirmation.DOES_NOT_APPLY, reasoning="Juba, not Darfur"
    )
    assert evaluate(with_matches(outside)).recommendation is Recommendation.AUTHORISE_POSSIBLE


def test_notification_requirement_becomes_a_condition() -> None:
    result = evaluate(with_matches(embargo_record(Effect.NOTIFICATION_REQUIRED)))
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert result.conditions and result.conditions[0].startswith("Notify before delivery")


def test_knowledge_under_6_3_denies() -> None:
    inp = complete(article6=replace(clean_article6(), knowledge=answer(True)))
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    assert [(g.article, g.paragraph) for g in result.grounds] == [(6, 3)]
    assert "genocide" in result.grounds[0].explanation


def test_other_obligation_under_6_2_denies() -> None:
    inp = complete(article6=replace(clean_article6(), other_obligations=answer(True)))
    assert [(g.article, g.paragraph) for g in evaluate(inp).grounds] == [(6, 2)]


def test_overriding_risk_without_reliable_mitigation_denies_under_7_3() -> None:
    findings = tuple(
        (
            c,
            finding(
                RiskLevel.OVERRIDING_BEFORE_MITIGATION if c is Criterion.B_II else RiskLevel.LOW
            ),
        )
        for c in ARTICLE7_1
    )
    result = evaluate(complete(article7=findings, mitigation=(measure(Criterion.B_II, False),)))
    assert result.recommendation is Recommendation.DENY
    assert [(g.article, g.paragraph, g.criterion) for g in result.grounds] == [(7, 3, "b_ii")]
    b_ii = next(r for r in result.criteria if r.criterion is Criterion.B_II)
    assert b_ii.residual is ResidualRisk.OVERRIDING


def test_reliable_mitigation_lowers_overriding_risk() -> None:
    findings = tuple((c, finding(RiskLevel.OVERRIDING_BEFORE_MITIGATION)) for c in ARTICLE7_1)
    measures = tuple(measure(c, True, f"m-{c.value}") for c in ARTICLE7_1)
    result = evaluate(complete(article7=findings, mitigation=measures))
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert {r.residual for r in result.criteria[:5]} == {ResidualRisk.SUBSTANTIAL}


def test_serious_gbv_with_unreliable_mitigation_denies_citing_7_4_and_7_3() -> None:
    inp = complete(gbv=serious_gbv(), mitigation=(measure(Criterion.GBV, False),))
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    cited = [(g.article, g.paragraph, g.criterion) for g in result.grounds]
    assert cited == [(7, 4, "gbv"), (7, 3, "gbv")]
    with pytest.raises(DecisionRefused, match=r"Article 7\(4\)"):
        validate_decision(result, DecisionOutcome.AUTHORISE)


def test_serious_gbv_with_reliable_mitigation_allows_authorisation() -> None:
    inp = complete(gbv=serious_gbv(), mitigation=(measure(Criterion.GBV, True),))
    result = evaluate(inp)
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert result.gbv is not None and result.gbv.residual is ResidualRisk.SUBSTANTIAL


def test_overriding_diversion_risk_denies_under_article_11() -> None:
    stages = tuple(
        (
            s,
            finding(
                RiskLevel.OVERRIDING_BEFORE_MITIGATION
                if s is SupplyChainStage.TRANSIT
                else RiskLevel.LOW
            ),
        )
        for s in SupplyChainStage
    )
    result = evaluate(complete(diversion=replace(low_diversion(), stages=stages)))
    assert [(g.article, g.paragraph) for g in result.grounds] == [(11, 2)]


def test_incomplete_assessment_cannot_be_decided() -> None:
    result = evaluate(AssessmentInput())
    assert result.recommendation is Recommendation.INCOMPLETE
    missing = "\n".join(result.missing)
    for expected in (
        "article6.screen",
        "article6.knowledge",
        "article7.a.finding",
        "article7.b_iv.sources",
        "gbv.step1",
        "diversion.stages.transit",
        "diversion.assurances.certificate_received",
    ):
        assert expected in missing
    for outcome in DecisionOutcome:
        with pytest.raises(DecisionRefused, match="incomplete"):
            validate_decision(result, outcome)


def test_undecided_mitigation_on_overriding_risk_is_incomplete() -> None:
    findings = tuple((c, finding(RiskLevel.OVERRIDING_BEFORE_MITIGATION)) for c in ARTICLE7_1)
    measures = tuple(measure(c, None, f"m-{c.value}") for c in ARTICLE7_1)
    result = evaluate(complete(article7=findings, mitigation=measures))
    assert result.recommendation is Recommendation.INCOMPLETE
    assert any("reliably reduces" in m for m in result.missing)


def test_missing_sources_make_a_finding_incomplete() -> None:
    bare = replace(finding(RiskLevel.LOW), sources=())
    inp = complete(article7=((Criterion.A, bare), *complete().article7[1:]))
    result = evaluate(inp)
    assert result.missing == ("article7.a.sources: cite at least one information source",)


def test_red_flags_are_reported() -> None:
    from att_desktop.domain.assessment.model import RedFlag, RedFlagRecord

    diversion = replace(
        low_diversion(), red_flags=(RedFlagRecord(RedFlag.UNKNOWN_BROKER, present=True),)
    )
    assert isinstance(diversion, DiversionInput)
    result = evaluate(complete(diversion=diversion))
    assert any("unregistered brokers" in n for n in result.notes)


def test_every_question_has_guidance() -> None:
    assert set(QUESTION_IDS) == set(GUIDANCE)
    for key in QUESTION_IDS:
        text = GUIDANCE[key]
        assert text.question and text.meaning and text.evidence, key
