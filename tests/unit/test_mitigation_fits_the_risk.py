"""Issue 12: mitigation that fits the risk (Art. 7(2), 7(3), 7(4), 11(2)), GBV step 3 informing
step 4, and 7(1)(a)'s "would contribute to or undermine" recorded both ways."""

from __future__ import annotations

from dataclasses import replace

import pytest

from att_desktop.domain.assessment import evaluate, gbv
from att_desktop.domain.assessment.mitigation import CAN_ADDRESS
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Answer,
    AssessmentInput,
    Criterion,
    KindPolicy,
    MitigationKind,
    MitigationMeasure,
    Recommendation,
    ResidualRisk,
    RiskLevel,
    RiskLink,
    SupplyChainStage,
)
from att_desktop.domain.casefile import CaseFileError, dump_assessment, parse_assessment
from att_desktop.services.conditions import mitigation_conditions
from tests.unit.assessment_cases import answer, complete, finding, low_diversion, serious_gbv

WHY = "Verified by the embassy on the importer's record."


def one_risk(criterion: Criterion, level: RiskLevel) -> tuple[tuple[Criterion, object], ...]:
    return tuple((c, finding(level if c is criterion else RiskLevel.LOW)) for c in ARTICLE7_1)


def clause(*links: RiskLink, kind: MitigationKind = MitigationKind.RE_EXPORT_CLAUSE) -> tuple:
    return (MitigationMeasure("M1", kind, "No re-export without our consent", links),)


def row(inp: AssessmentInput, criterion: Criterion):  # type: ignore[no-untyped-def]
    return next(r for r in evaluate(inp).criteria if r.criterion is criterion)


def test_art_7_2_and_7_3_a_re_export_clause_cannot_lower_an_ihl_risk() -> None:
    """The issue's case: a re-export clause linked to 7(1)(b)(i) and judged reliable used to
    turn an overriding IHL risk into "substantial". It is not a 7(2) measure against that risk:
    the risk stays overriding and 7(3) requires a denial; the record says why."""
    inp = complete(
        article7=one_risk(Criterion.B_I, RiskLevel.OVERRIDING_BEFORE_MITIGATION),
        mitigation=clause(RiskLink(Criterion.B_I, True, WHY)),
    )
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    assert [(g.article, g.paragraph, g.criterion) for g in result.grounds] == [(7, 3, "b_i")]
    b_i = row(inp, Criterion.B_I)
    assert b_i.residual is ResidualRisk.OVERRIDING and b_i.mitigated_by == ()
    assert "Not counted" in b_i.explanation and "M1" in b_i.explanation
    assert any("cannot lower it (Article 7(2), 11(2))" in n for n in result.notes)


@pytest.mark.parametrize(
    "kind",
    [
        MitigationKind.RE_EXPORT_CLAUSE,
        MitigationKind.END_USE_ASSURANCE,
        MitigationKind.DELIVERY_VERIFICATION,
        MitigationKind.POST_SHIPMENT_VERIFICATION,
        MitigationKind.STOCKPILE_SECURITY,
        MitigationKind.CONFIDENCE_BUILDING,
        MitigationKind.JOINT_PROGRAMME,
    ],
)
def test_art_11_2_assurances_and_verification_lower_the_diversion_risk(
    kind: MitigationKind,
) -> None:
    """Article 11(2): assurances, certificates, verification (and 7(2)'s two kinds, which
    11(2) names too) are measures against diversion."""
    stages = tuple(
        (s, finding(RiskLevel.SUBSTANTIAL if s is SupplyChainStage.END_USE else RiskLevel.LOW))
        for s in SupplyChainStage
    )
    diversion = replace(low_diversion(), stages=stages)
    inp = complete(
        diversion=diversion, mitigation=clause(RiskLink(Criterion.DIVERSION, True, WHY), kind=kind)
    )
    div = row(inp, Criterion.DIVERSION)
    assert (div.before, div.residual, div.mitigated_by) == (
        RiskLevel.SUBSTANTIAL,
        ResidualRisk.LOW,
        ("M1",),
    )


def test_art_7_2_reliability_is_judged_per_linked_risk() -> None:
    """One confidence-building measure, two risks: reliable against 7(1)(a), not against
    7(1)(b)(ii). Each judgement counts for its own risk only (Art. 7(2), 7(3))."""
    findings = tuple(
        (
            c,
            finding(
                RiskLevel.OVERRIDING_BEFORE_MITIGATION
                if c in (Criterion.A, Criterion.B_II)
                else RiskLevel.LOW
            ),
        )
        for c in ARTICLE7_1
    )
    links = (RiskLink(Criterion.A, True, WHY), RiskLink(Criterion.B_II, False, "Not verifiable."))
    inp = complete(
        article7=findings,
        mitigation=clause(*links, kind=MitigationKind.CONFIDENCE_BUILDING),
    )
    assert row(inp, Criterion.A).residual is ResidualRisk.SUBSTANTIAL
    assert row(inp, Criterion.B_II).residual is ResidualRisk.OVERRIDING
    assert [(g.article, g.paragraph, g.criterion) for g in evaluate(inp).grounds] == [
        (7, 3, "b_ii")
    ]


def test_art_7_2_each_linked_risk_needs_its_own_answer_and_reason() -> None:
    """A link without a judgement, or a judgement without a reason, leaves the 7(2)
    consideration unfinished: the assessment cannot be decided."""
    links = (RiskLink(Criterion.A, None), RiskLink(Criterion.B_II, True))
    inp = complete(mitigation=clause(*links, kind=MitigationKind.JOINT_PROGRAMME))
    result = evaluate(inp)
    assert result.recommendation is Recommendation.INCOMPLETE
    assert "mitigation.M1.a: say whether it reliably reduces this risk" in result.missing
    assert "mitigation.M1.b_ii: reasoning is missing for this risk" in result.missing


def test_art_7_2_the_authoritys_policy_may_accept_an_officers_stated_reason() -> None:
    """Off by default: a re-export clause never lowers a human-rights risk. Where the
    authority's policy allows it, the officer's reason is required, then it counts and the
    record prints it (Art. 7(2), 7(3))."""
    base = complete(
        article7=one_risk(Criterion.B_II, RiskLevel.SUBSTANTIAL),
        mitigation=clause(RiskLink(Criterion.B_II, True, WHY)),
    )
    strict = row(base, Criterion.B_II)
    assert strict.residual is ResidualRisk.SUBSTANTIAL and strict.mitigated_by == ()

    allowed = replace(base, mitigation_policy=KindPolicy.OFFICER_REASON)
    result = evaluate(allowed)
    assert result.recommendation is Recommendation.INCOMPLETE
    assert any(
        m.startswith("mitigation.M1.b_ii: reasoning is missing: why a measure of this kind")
        for m in result.missing
    )
    assert row(allowed, Criterion.B_II).residual is ResidualRisk.SUBSTANTIAL  # not yet counted

    reason = "The clause bars transfer to the unit named in the UN report."
    reasoned = replace(
        allowed, mitigation=clause(RiskLink(Criterion.B_II, True, WHY, kind_reason=reason))
    )
    result = evaluate(reasoned)
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert row(reasoned, Criterion.B_II).residual is ResidualRisk.LOW
    assert any("officer's stated reason" in n and reason in n for n in result.notes)
    # The same reason under the strict default changes nothing.
    strict_again = replace(reasoned, mitigation_policy=KindPolicy.TREATY_KINDS_ONLY)
    assert row(strict_again, Criterion.B_II).residual is ResidualRisk.SUBSTANTIAL


def test_art_7_2_and_11_2_the_table_of_kinds() -> None:
    """7(2): confidence-building measures and jointly developed and agreed programmes for the
    7(1) risks and 7(4); 11(2): assurances and verification for diversion only."""
    assert set(CAN_ADDRESS) == set(MitigationKind)
    for kind in (MitigationKind.CONFIDENCE_BUILDING, MitigationKind.JOINT_PROGRAMME):
        assert CAN_ADDRESS[kind] >= {*ARTICLE7_1, Criterion.GBV, Criterion.DIVERSION}
    for kind in (
        MitigationKind.END_USE_ASSURANCE,
        MitigationKind.RE_EXPORT_CLAUSE,
        MitigationKind.DELIVERY_VERIFICATION,
        MitigationKind.POST_SHIPMENT_VERIFICATION,
        MitigationKind.STOCKPILE_SECURITY,
    ):
        assert CAN_ADDRESS[kind] == {Criterion.DIVERSION}
    assert Criterion.B_I not in CAN_ADDRESS[MitigationKind.RE_EXPORT_CLAUSE]
    assert CAN_ADDRESS[MitigationKind.OTHER] == frozenset()


def test_art_7_4_an_end_use_assurance_does_not_answer_a_gbv_risk() -> None:
    """Step 5 is answered (mitigation was considered) but the assurance cannot lower the GBV
    risk, so it stays overriding: 7(4) taken into account, 7(3) shall not authorise."""
    measures = clause(RiskLink(Criterion.GBV, True, WHY), kind=MitigationKind.END_USE_ASSURANCE)
    inp = complete(gbv=replace(serious_gbv(), no_mitigation_available=False), mitigation=measures)
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    assert [(g.article, g.paragraph) for g in result.grounds] == [(7, 4), (7, 3)]
    step5 = next(s for s in result.gbv.steps if s.number == 5)  # type: ignore[union-attr]
    assert "cannot lower this risk" in step5.explanation


def test_art_7_3_conditions_propose_only_measures_that_lowered_a_risk() -> None:
    """The licence's conditions carry the measures the findings relied on: an assurance
    linked to a human-rights risk lowered nothing (Art. 7(2)) and is not proposed."""
    assurance = MitigationMeasure(
        "M1",
        MitigationKind.END_USE_ASSURANCE,
        "Assurance on use",
        (RiskLink(Criterion.B_II, True, WHY),),
    )
    programme = MitigationMeasure(
        "M2",
        MitigationKind.JOINT_PROGRAMME,
        "Joint human-rights programme",
        (RiskLink(Criterion.B_II, True, WHY),),
    )
    inp = complete(
        article7=one_risk(Criterion.B_II, RiskLevel.SUBSTANTIAL), mitigation=(assurance, programme)
    )
    proposed = mitigation_conditions(inp, evaluate(inp))
    assert [(p.text, p.criteria) for p in proposed] == [
        ("Joint human-rights programme", (Criterion.B_II,))
    ]


def test_art_7_2_an_older_single_judgement_is_carried_to_each_risk_and_noted() -> None:
    """An older case file's one ``reliably_reduces`` is read as that judgement on each linked
    risk (as it was decided), flagged for review; the kind rule still applies (Art. 7(2),
    11(2)), and the file is written back with one judgement per risk."""
    data = dump_assessment(
        complete(article7=one_risk(Criterion.B_I, RiskLevel.OVERRIDING_BEFORE_MITIGATION))
    )
    data["mitigation"] = [
        {
            "id": "M1",
            "kind": "re_export_clause",
            "description": "No re-export",
            "addresses": ["b_i", "diversion"],
            "reliably_reduces": True,
            "reasoning": "Older record.",
        }
    ]
    inp = parse_assessment(data)
    links = inp.mitigation[0].links
    assert [(lk.criterion, lk.reliably_reduces, lk.carried_over) for lk in links] == [
        (Criterion.B_I, True, True),
        (Criterion.DIVERSION, True, True),
    ]
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY  # the clause cannot lower IHL
    assert row(inp, Criterion.DIVERSION).mitigated_by == ("M1",)
    assert any("review it per risk" in n for n in result.notes)
    written = dump_assessment(inp)["mitigation"][0]
    assert "addresses" not in written and len(written["links"]) == 2
    both = {**written, "addresses": ["b_i"]}
    with pytest.raises(CaseFileError, match="either links or addresses"):
        parse_assessment({**data, "mitigation": [both]})


def test_art_7_1_a_contribution_is_recorded_in_the_case_file_and_the_conclusion() -> None:
    """7(1)(a): "would contribute to or undermine peace and security": both sides are kept
    (the finding is the undermining; the contribution is its own answer)."""
    contribution = Answer(True, "Equips the UN-mandated border force.", answer(True).sources)
    inp = complete(peace_contribution=contribution)
    again = parse_assessment(dump_assessment(inp))
    assert again.peace_contribution == contribution
    a = row(inp, Criterion.A)
    assert "would contribute to peace and security" in a.explanation
    assert "Equips the UN-mandated border force." in a.explanation
    unreasoned = evaluate(complete(peace_contribution=Answer(True)))
    assert "article7.a.contribution: reasoning is missing" in unreasoned.missing


def test_art_7_3_a_contribution_never_outweighs_an_overriding_risk() -> None:
    """7(3): an overriding risk of a 7(1) consequence means no authorisation, whatever the
    contribution to peace and security; the record says it was weighed."""
    inp = complete(
        article7=one_risk(Criterion.A, RiskLevel.OVERRIDING_BEFORE_MITIGATION),
        peace_contribution=Answer(True, "Strengthens a peacekeeping contingent."),
    )
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    assert any("does not outweigh an overriding risk" in n for n in result.notes)


def test_art_7_3_a_substantial_risk_with_no_contribution_is_flagged_for_a_person() -> None:
    """7(3) weighs contribution against undermining: a substantial risk left with nothing on
    the other side is not cleared silently; the record asks for confirmation."""
    inp = complete(
        article7=one_risk(Criterion.A, RiskLevel.SUBSTANTIAL),
        peace_contribution=Answer(False, "No contribution found."),
    )
    result = evaluate(inp)
    assert any("confirm that they are not overriding" in n for n in result.notes)
    weighed = evaluate(replace(inp, peace_contribution=Answer(True, "Border control.")))
    assert any("was weighed against the substantial risks" in n for n in weighed.notes)


def test_art_7_4_step_3_informs_step_4() -> None:
    """GBV flowchart step 3 (effective preventive action by the importing State) is shown in
    step 4's determination and, where a substantial risk remains without it, the record asks a
    person to confirm it is not overriding (Art. 7(4) weighed under 7(3)). Preventive action
    never lowers the risk by itself."""
    training = (
        MitigationMeasure(
            "M1", MitigationKind.TRAINING, "GBV training", (RiskLink(Criterion.GBV, True, WHY),)
        ),
    )
    without = serious_gbv()  # step 3: no effective preventive action
    result = gbv.evaluate(without, training)
    step4 = next(s for s in result.steps if s.number == 4)
    assert step4.explanation.startswith(gbv.PREVENTION_NOT_TAKEN)
    assert result.residual is ResidualRisk.SUBSTANTIAL
    notes = evaluate(complete(gbv=without, mitigation=training)).notes
    assert any("no effective preventive action (step 3)" in n for n in notes)

    with_action = replace(without, effective_prevention=answer(True))
    result = gbv.evaluate(with_action, training)
    step4 = next(s for s in result.steps if s.number == 4)
    assert step4.explanation.startswith(gbv.PREVENTION_TAKEN)
    assert result.residual is ResidualRisk.SUBSTANTIAL  # the same level: weighed, not lowering
    notes = evaluate(complete(gbv=with_action, mitigation=training)).notes
    assert not any("(step 3)" in n for n in notes)


def test_art_7_4_step_3_against_a_low_risk_is_flagged() -> None:
    """Serious prevalent GBV, no preventive action, yet a low risk recorded: step 3 should
    have informed step 4, so the record asks for an explanation (Art. 7(4))."""
    low = serious_gbv(RiskLevel.LOW)
    notes = evaluate(complete(gbv=low)).notes
    assert any("yet the risk before mitigation is recorded as low" in n for n in notes)
