"""The five-step GBV flowchart: numbering kept, evaluated 1, 2, 3, 5, 4 (footnote 7)."""

from __future__ import annotations

from dataclasses import replace

from att_desktop.domain.assessment import gbv
from att_desktop.domain.assessment.model import (
    Criterion,
    Finding,
    GbvInput,
    ResidualRisk,
    RiskLevel,
    StepStatus,
)
from tests.unit.assessment_cases import answer, measure, serious_gbv


def statuses(inp: GbvInput, *measures: object) -> dict[int, StepStatus]:
    result = gbv.evaluate(inp, measures)  # type: ignore[arg-type]
    return {s.number: s.status for s in result.steps}


def test_steps_are_evaluated_in_treaty_order_with_flowchart_numbers() -> None:
    result = gbv.evaluate(serious_gbv(), (measure(Criterion.GBV, False),))
    assert [s.number for s in result.steps] == [1, 2, 3, 5, 4]
    assert "footnote 7" in result.order_note
    assert "step (5) comes before the overriding-risk step (4)" in result.order_note


def test_unreliable_mitigation_leaves_overriding_risk() -> None:
    result = gbv.evaluate(serious_gbv(), (measure(Criterion.GBV, False),))
    assert result.residual is ResidualRisk.OVERRIDING
    assert all(s.status is StepStatus.DONE for s in result.steps)
    assert "overriding risk remains" in result.steps[-1].explanation


def test_reliable_mitigation_removes_overriding_risk() -> None:
    result = gbv.evaluate(serious_gbv(), (measure(Criterion.GBV, True),))
    assert result.residual is ResidualRisk.SUBSTANTIAL
    assert "no overriding risk" in result.explanation


def test_no_prevalent_gbv_ends_the_flowchart_at_step_1() -> None:
    inp = GbvInput(prevalent=answer(False))
    result = gbv.evaluate(inp, ())
    assert result.residual is ResidualRisk.NONE_IDENTIFIED
    assert {s.number: s.status for s in result.steps} == {
        1: StepStatus.DONE,
        2: StepStatus.NOT_NEEDED,
        3: StepStatus.NOT_NEEDED,
        5: StepStatus.NOT_NEEDED,
        4: StepStatus.NOT_NEEDED,
    }
    assert gbv.missing(inp, ()) == []


def test_not_serious_ends_at_step_2() -> None:
    inp = replace(serious_gbv(), serious=answer(False))
    assert gbv.evaluate(inp, ()).residual is ResidualRisk.LOW
    assert statuses(inp)[3] is StepStatus.NOT_NEEDED


def test_current_step_shows_where_the_case_stands() -> None:
    assert gbv.evaluate(GbvInput(), ()).current_step == 1
    inp = replace(serious_gbv(), effective_prevention=answer(False), risk=Finding())
    assert gbv.evaluate(inp, ()).current_step == 5
    undecided = gbv.evaluate(serious_gbv(), (measure(Criterion.GBV, None),))
    assert undecided.current_step == 5
    assert undecided.residual is None


def test_missing_lists_the_next_answers_needed() -> None:
    assert gbv.missing(GbvInput(), ()) == [
        "gbv.step1: say whether GBV/VAWC is prevalent in the importing State"
    ]
    partial = GbvInput(prevalent=answer(True), prevalent_types=("domestic violence",))
    assert gbv.missing(partial, ()) == [
        "gbv.step2: say whether the prevalent violations are serious"
    ]
    no_reason = replace(serious_gbv(RiskLevel.LOW), overriding_reasoning="")
    assert gbv.missing(no_reason, ()) == [
        "gbv.step4.reasoning: explain the overriding-risk determination"
    ]


def test_no_outcome_before_mitigation_was_considered() -> None:
    """Article 7(4) is decided under 7(3) after the 7(2) measures are weighed (footnote 7):
    with steps 1-3 and the risk answered but nothing said about mitigation, step 5 is where
    the case stands and step 4 shows no outcome, neither "overriding" nor "no overriding"."""
    for level in RiskLevel:
        inp = replace(serious_gbv(level), no_mitigation_available=False)
        result = gbv.evaluate(inp, ())
        assert result.current_step == 5, level
        assert statuses(inp)[5] is StepStatus.CURRENT
        assert statuses(inp)[4] is StepStatus.NOT_REACHED
        assert result.residual is None
        assert "overriding" not in result.steps[-1].explanation
        assert result.explanation == "The flowchart is not finished."
        assert any(p.startswith("gbv.step5:") for p in gbv.missing(inp, ()))


def test_step_5_is_answered_by_judged_measures_or_by_saying_none_applies() -> None:
    open_inp = replace(serious_gbv(RiskLevel.SUBSTANTIAL), no_mitigation_available=False)
    # A measure linked but not yet judged: step 5 stays open, even below "overriding".
    assert statuses(open_inp, measure(Criterion.GBV, None))[5] is StepStatus.CURRENT
    assert statuses(open_inp, measure(Criterion.GBV, None))[4] is StepStatus.NOT_REACHED
    # A measure for another risk does not answer step 5.
    assert statuses(open_inp, measure(Criterion.A, True))[5] is StepStatus.CURRENT
    judged = gbv.evaluate(open_inp, (measure(Criterion.GBV, False),))
    assert [s.status for s in judged.steps] == [StepStatus.DONE] * 5
    assert judged.residual is ResidualRisk.SUBSTANTIAL
    none_applies = gbv.evaluate(replace(open_inp, no_mitigation_available=True), ())
    assert none_applies.current_step is None
    assert none_applies.residual is ResidualRisk.SUBSTANTIAL
    assert none_applies.steps[3].explanation == "No mitigation measure addresses this risk."
    assert "no overriding risk remains" in none_applies.steps[4].explanation
