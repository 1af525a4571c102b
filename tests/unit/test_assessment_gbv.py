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
