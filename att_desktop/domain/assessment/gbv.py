"""Article 7(4): the five-step GBV/VAWC flowchart (WGETI 2025, seed 003 para. 26).

The flowchart numbers its steps 1-5 with mitigation last, but its footnote 7 notes that under
Article 7(1)-(3) the overriding-risk determination is made *after* mitigation is considered.
So the steps are evaluated in the order 1, 2, 3, 5, 4, keeping the flowchart's numbers so the
screen and the record match the published guidance.
"""

from __future__ import annotations

from collections.abc import Sequence

from att_desktop.domain.assessment import mitigation
from att_desktop.domain.assessment.article7 import finding_missing, level_words
from att_desktop.domain.assessment.model import (
    Criterion,
    GbvInput,
    GbvResult,
    GbvStep,
    KindPolicy,
    MitigationMeasure,
    ResidualRisk,
    RiskLevel,
    StepStatus,
)

STEP_TITLES: dict[int, str] = {
    1: "Identify the prevalent types of GBV and VAWC in the importing State",
    2: "Determine whether these prevalent violations are 'serious'",
    3: "Determine whether the importing State takes effective preventive action",
    4: "Determine whether there is an overriding risk that the items could be used to commit "
    "or facilitate the identified GBV/VAWC",
    5: "Determine whether mitigation measures reliably and significantly reduce the risk",
}
EVALUATION_ORDER = (1, 2, 3, 5, 4)
ORDER_NOTE = (
    "Steps are taken in the order 1, 2, 3, 5, 4: under Article 7(1)-(3) an overriding risk is "
    "determined after mitigation has been considered, not before (footnote 7 of the "
    "flowchart), so the mitigation step (5) comes before the overriding-risk step (4)."
)

#: Step 3's finding as step 4 opens with it (the record and the screen translate these).
PREVENTION_TAKEN = (
    "Step 3: the importing State takes effective preventive action, weighed in step 4 "
    "(it does not lower the risk by itself)."
)
PREVENTION_NOT_TAKEN = (
    "Step 3: the importing State does not take effective preventive action, which weighs "
    "towards an overriding risk in step 4."
)

#: Step 5 open: no measure linked and no answer that none is available.
NO_MEASURE_YET = (
    "Consider mitigation: link a measure to this risk, or record that none addresses it."
)


def missing(
    inp: GbvInput,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> list[str]:
    problems: list[str] = []
    if inp.prevalent.answer is None:
        return ["gbv.step1: say whether GBV/VAWC is prevalent in the importing State"]
    if not inp.prevalent.reasoning.strip() or not inp.prevalent.sources:
        problems.append("gbv.step1: reasoning and at least one source are needed")
    if not inp.prevalent.answer:
        return problems
    if not inp.prevalent_types:
        problems.append("gbv.step1.types: list the prevalent types identified")
    if inp.serious.answer is None:
        return [*problems, "gbv.step2: say whether the prevalent violations are serious"]
    if not inp.serious.reasoning.strip():
        problems.append("gbv.step2.reasoning: missing")
    if not inp.serious.answer:
        return problems
    if inp.effective_prevention.answer is None:
        problems.append("gbv.step3: say whether the State takes effective preventive action")
    elif not inp.effective_prevention.reasoning.strip():
        problems.append("gbv.step3.reasoning: missing")
    problems += finding_missing("gbv.risk", inp.risk)
    res = mitigation.residual(inp.risk.finding, measures, Criterion.GBV, policy)
    if res.undecided:
        problems.append("gbv.step5: decide whether the linked measures reliably reduce the risk")
    elif inp.risk.finding is not None and not step5_answered(inp, res):
        problems.append(
            "gbv.step5: consider mitigation: link a measure to this risk on the mitigation page, "
            "or record that none addresses it"
        )
    if res.level is not None and not inp.overriding_reasoning.strip():
        problems.append("gbv.step4.reasoning: explain the overriding-risk determination")
    return problems


def step5_answered(inp: GbvInput, res: mitigation.Residual) -> bool:
    """Whether mitigation (step 5) was considered: every linked measure judged, and at least one
    linked, or the officer's answer that none addresses the risk. Until then step 4 has no
    outcome: Article 7(4) is decided under 7(3) only after the 7(2) measures are weighed."""
    if res.undecided:
        return False
    return bool(res.reliable or res.unreliable or res.unfit) or inp.no_mitigation_available


def prevention_words(inp: GbvInput) -> str:
    """Step 3's finding as step 4 weighs it: without effective preventive action by the
    importing State, the identified GBV/VAWC is more likely to be committed with the items."""
    if inp.effective_prevention.answer is None:
        return ""
    return PREVENTION_TAKEN if inp.effective_prevention.answer else PREVENTION_NOT_TAKEN


def step3_notes(inp: GbvInput, level: ResidualRisk | None) -> list[str]:
    """Where step 3 should have moved step 4 and the recorded levels do not show it, the
    record asks a person to confirm (Art. 7(4) taken into account under 7(3))."""
    if inp.effective_prevention.answer is not False or inp.serious.answer is not True:
        return []
    if level is ResidualRisk.SUBSTANTIAL:
        return [
            "Article 7(4): a substantial GBV/VAWC risk remains after mitigation and the "
            "importing State takes no effective preventive action (step 3): confirm in step 4's "
            "reasoning why the risk is not overriding."
        ]
    if inp.risk.finding in (RiskLevel.NONE_IDENTIFIED, RiskLevel.LOW):
        return [
            "Article 7(4): serious GBV/VAWC is prevalent and the importing State takes no "
            "effective preventive action (step 3), yet the risk before mitigation is recorded "
            "as low or none: explain in step 4's reasoning."
        ]
    return []


def evaluate(
    inp: GbvInput,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> GbvResult:
    steps: dict[int, tuple[StepStatus, str]] = {}
    residual_level: ResidualRisk | None = None
    current_set = False

    def put(number: int, status: StepStatus, text: str) -> None:
        nonlocal current_set
        if status is StepStatus.CURRENT:
            if current_set:
                status = StepStatus.NOT_REACHED
            current_set = True
        steps[number] = (status, text)

    def end_after(number: int, text: str, level: ResidualRisk) -> GbvResult:
        for later in EVALUATION_ORDER[EVALUATION_ORDER.index(number) + 1 :]:
            put(later, StepStatus.NOT_NEEDED, "Not needed: the flowchart ended earlier.")
        return _result(steps, level, text)

    # Step 1
    if inp.prevalent.answer is None:
        put(1, StepStatus.CURRENT, "Not answered yet.")
        return _unfinished(steps, after=1)
    if not inp.prevalent.answer:
        put(1, StepStatus.DONE, "No prevalent GBV/VAWC identified.")
        return end_after(1, "No prevalent GBV/VAWC: no 7(4) risk.", ResidualRisk.NONE_IDENTIFIED)
    types = ", ".join(inp.prevalent_types) or "types not listed"
    put(1, StepStatus.DONE, f"Prevalent: {types}.")
    # Step 2
    if inp.serious.answer is None:
        put(2, StepStatus.CURRENT, "Not answered yet.")
        return _unfinished(steps, after=2)
    if not inp.serious.answer:
        put(2, StepStatus.DONE, "The prevalent violations are not serious.")
        return end_after(
            2,
            "Article 7(4) concerns serious acts; the prevalent violations are not serious.",
            ResidualRisk.LOW,
        )
    put(2, StepStatus.DONE, "The prevalent violations are serious.")
    # Step 3
    if inp.effective_prevention.answer is None:
        put(3, StepStatus.CURRENT, "Not answered yet.")
        return _unfinished(steps, after=3)
    prevention = "takes" if inp.effective_prevention.answer else "does not take"
    put(3, StepStatus.DONE, f"The importing State {prevention} effective preventive action.")
    if inp.risk.finding is None:
        put(5, StepStatus.CURRENT, "Record the risk before mitigation first.")
        return _unfinished(steps, after=5)
    # Step 5 before step 4 (footnote 7)
    res = mitigation.residual(inp.risk.finding, measures, Criterion.GBV, policy)
    before = inp.risk.finding.value.replace("_", " ").removesuffix(" before mitigation")
    if res.level is None or res.undecided:
        put(5, StepStatus.CURRENT, f"Risk {before} before mitigation; decide on the measures.")
        return _unfinished(steps, after=5)
    if not step5_answered(inp, res):
        put(5, StepStatus.CURRENT, NO_MEASURE_YET)
        return _unfinished(steps, after=5)
    if res.reliable:
        put(5, StepStatus.DONE, f"Reliably reduced by {', '.join(res.reliable)}.")
    elif res.unreliable:
        put(5, StepStatus.DONE, f"Measures {', '.join(res.unreliable)} do not reliably reduce it.")
    elif res.unfit:
        put(
            5,
            StepStatus.DONE,
            f"Measures {', '.join(res.unfit)} are of a kind that cannot lower this risk "
            "(Article 7(2)): not counted.",
        )
    else:
        put(5, StepStatus.DONE, "No mitigation measure addresses this risk.")
    residual_level = res.level
    overriding = residual_level is ResidualRisk.OVERRIDING
    verdict = "an overriding risk remains" if overriding else "no overriding risk remains"
    put(
        4,
        StepStatus.DONE,
        f"{prevention_words(inp)} "
        f"Risk {before} before mitigation, {level_words(residual_level)} after: {verdict}.",
    )
    return _result(steps, residual_level, f"After mitigation {verdict} (Article 7(4), 7(3)).")


def _unfinished(steps: dict[int, tuple[StepStatus, str]], after: int) -> GbvResult:
    for later in EVALUATION_ORDER[EVALUATION_ORDER.index(after) + 1 :]:
        steps.setdefault(later, (StepStatus.NOT_REACHED, "Not reached yet."))
    return _result(steps, None, "The flowchart is not finished.")


def _result(
    steps: dict[int, tuple[StepStatus, str]], level: ResidualRisk | None, text: str
) -> GbvResult:
    ordered = tuple(
        GbvStep(n, STEP_TITLES[n], *steps.get(n, (StepStatus.NOT_REACHED, "Not reached yet.")))
        for n in EVALUATION_ORDER
    )
    return GbvResult(steps=ordered, order_note=ORDER_NOTE, residual=level, explanation=text)
