"""Article 7(4): the five-step GBV/VAWC flowchart (WGETI 2025, seed 003 para. 26).

The flowchart numbers its steps 1-5 with mitigation last, but its footnote 7 notes that under
Article 7(1)-(3) the overriding-risk determination is made *after* mitigation is considered.
So the steps are evaluated in the order 1, 2, 3, 5, 4, keeping the flowchart's numbers so the
screen and the record match the published guidance.
"""

from __future__ import annotations

from collections.abc import Sequence

from att_desktop.domain.assessment import mitigation
from att_desktop.domain.assessment.article7 import finding_missing
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
from att_desktop.i18n import Message, msg, translate

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

#: The engine's findings are catalogue messages (context ``gbv flowchart``): the record
#: translates them; ``explanation`` gives the English the record keeps.

#: Step 3's finding as step 4 opens with it.
PREVENTION_TAKEN_MSG = msg(
    "Step 3: the importing State takes effective preventive action, weighed in step 4 "
    "(it does not lower the risk by itself).",
    context="gbv flowchart",
)
PREVENTION_NOT_TAKEN_MSG = msg(
    "Step 3: the importing State does not take effective preventive action, which weighs "
    "towards an overriding risk in step 4.",
    context="gbv flowchart",
)
#: The same in English (the window's own translation looks them up).
PREVENTION_TAKEN = PREVENTION_TAKEN_MSG.id
PREVENTION_NOT_TAKEN = PREVENTION_NOT_TAKEN_MSG.id

#: Step 5 open: no measure linked and no answer that none is available.
NO_MEASURE_YET_MSG = msg(
    "Consider mitigation: link a measure to this risk, or record that none addresses it.",
    context="gbv flowchart",
)
NO_MEASURE_YET = NO_MEASURE_YET_MSG.id

NOT_ANSWERED = msg("Not answered yet.", context="gbv flowchart")
NOT_REACHED = msg("Not reached yet.", context="gbv flowchart")
NOT_NEEDED = msg("Not needed: the flowchart ended earlier.", context="gbv flowchart")
NOT_SERIOUS = msg("The prevalent violations are not serious.", context="gbv flowchart")
NOT_SERIOUS_END = msg(
    "Article 7(4) concerns serious acts; the prevalent violations are not serious.",
    context="gbv flowchart",
)
PREVENTION = msg("The importing State takes effective preventive action.", context="gbv flowchart")
NO_PREVENTION = msg(
    "The importing State does not take effective preventive action.", context="gbv flowchart"
)

#: A risk level inside the flowchart's sentences ("Risk low before mitigation").
LEVEL_WORDS: dict[ResidualRisk, Message] = {
    ResidualRisk.NONE_IDENTIFIED: msg("none identified", context="risk level in a sentence"),
    ResidualRisk.LOW: msg("low", context="risk level in a sentence"),
    ResidualRisk.SUBSTANTIAL: msg("substantial", context="risk level in a sentence"),
    ResidualRisk.OVERRIDING: msg("overriding", context="risk level in a sentence"),
}
_BEFORE_AS_AFTER = {
    RiskLevel.NONE_IDENTIFIED: ResidualRisk.NONE_IDENTIFIED,
    RiskLevel.LOW: ResidualRisk.LOW,
    RiskLevel.SUBSTANTIAL: ResidualRisk.SUBSTANTIAL,
    RiskLevel.OVERRIDING_BEFORE_MITIGATION: ResidualRisk.OVERRIDING,
}


def level_word(level: RiskLevel | ResidualRisk) -> Message:
    """A level as the sentences say it: "overriding" before mitigation too."""
    return LEVEL_WORDS[_BEFORE_AS_AFTER[level] if isinstance(level, RiskLevel) else level]


def missing(
    inp: GbvInput,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> list[str]:
    """``missing_messages`` in the English the record keeps."""
    return [translate(m, "en") for m in missing_messages(inp, measures, policy)]


def missing_messages(
    inp: GbvInput,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> list[Message]:
    problems: list[Message] = []
    if inp.prevalent.answer is None:
        return [
            msg(
                "{key}: say whether GBV/VAWC is prevalent in the importing State",
                context="assessment missing",
                key="gbv.step1",
            )
        ]
    if not inp.prevalent.reasoning.strip() or not inp.prevalent.sources:
        problems.append(
            msg(
                "{key}: reasoning and at least one source are needed",
                context="assessment missing",
                key="gbv.step1",
            )
        )
    if not inp.prevalent.answer:
        return problems
    if not inp.prevalent_types:
        problems.append(
            msg(
                "{key}: list the prevalent types identified",
                context="assessment missing",
                key="gbv.step1.types",
            )
        )
    if inp.serious.answer is None:
        return [
            *problems,
            msg(
                "{key}: say whether the prevalent violations are serious",
                context="assessment missing",
                key="gbv.step2",
            ),
        ]
    if not inp.serious.reasoning.strip():
        problems.append(
            msg("{key}: missing", context="assessment missing", key="gbv.step2.reasoning")
        )
    if not inp.serious.answer:
        return problems
    if inp.effective_prevention.answer is None:
        problems.append(
            msg(
                "{key}: say whether the State takes effective preventive action",
                context="assessment missing",
                key="gbv.step3",
            )
        )
    elif not inp.effective_prevention.reasoning.strip():
        problems.append(
            msg("{key}: missing", context="assessment missing", key="gbv.step3.reasoning")
        )
    problems += finding_missing("gbv.risk", inp.risk)
    res = mitigation.residual(inp.risk.finding, measures, Criterion.GBV, policy)
    if res.undecided:
        problems.append(
            msg(
                "{key}: decide whether the linked measures reliably reduce the risk",
                context="assessment missing",
                key="gbv.step5",
            )
        )
    elif inp.risk.finding is not None and not step5_answered(inp, res):
        problems.append(
            msg(
                "{key}: consider mitigation: link a measure to this risk on the mitigation page, "
                "or record that none addresses it",
                context="assessment missing",
                key="gbv.step5",
            )
        )
    if res.level is not None and not inp.overriding_reasoning.strip():
        problems.append(
            msg(
                "{key}: explain the overriding-risk determination",
                context="assessment missing",
                key="gbv.step4.reasoning",
            )
        )
    return problems


def step5_answered(inp: GbvInput, res: mitigation.Residual) -> bool:
    """Whether mitigation (step 5) was considered: every linked measure judged, and at least one
    linked, or the officer's answer that none addresses the risk. Until then step 4 has no
    outcome: Article 7(4) is decided under 7(3) only after the 7(2) measures are weighed."""
    if res.undecided:
        return False
    return bool(res.reliable or res.unreliable or res.unfit) or inp.no_mitigation_available


def prevention_words(inp: GbvInput) -> Message | None:
    """Step 3's finding as step 4 weighs it: without effective preventive action by the
    importing State, the identified GBV/VAWC is more likely to be committed with the items."""
    if inp.effective_prevention.answer is None:
        return None
    return PREVENTION_TAKEN_MSG if inp.effective_prevention.answer else PREVENTION_NOT_TAKEN_MSG


def step3_notes(inp: GbvInput, level: ResidualRisk | None) -> list[Message]:
    """Where step 3 should have moved step 4 and the recorded levels do not show it, the
    record asks a person to confirm (Art. 7(4) taken into account under 7(3))."""
    if inp.effective_prevention.answer is not False or inp.serious.answer is not True:
        return []
    if level is ResidualRisk.SUBSTANTIAL:
        return [
            msg(
                "Article 7(4): a substantial GBV/VAWC risk remains after mitigation and the "
                "importing State takes no effective preventive action (step 3): confirm in step "
                "4's reasoning why the risk is not overriding.",
                context="gbv flowchart",
            )
        ]
    if inp.risk.finding in (RiskLevel.NONE_IDENTIFIED, RiskLevel.LOW):
        return [
            msg(
                "Article 7(4): serious GBV/VAWC is prevalent and the importing State takes no "
                "effective preventive action (step 3), yet the risk before mitigation is "
                "recorded as low or none: explain in step 4's reasoning.",
                context="gbv flowchart",
            )
        ]
    return []


def evaluate(
    inp: GbvInput,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> GbvResult:
    steps: dict[int, tuple[StepStatus, Message]] = {}
    residual_level: ResidualRisk | None = None
    current_set = False

    def put(number: int, status: StepStatus, text: Message) -> None:
        nonlocal current_set
        if status is StepStatus.CURRENT:
            if current_set:
                status = StepStatus.NOT_REACHED
            current_set = True
        steps[number] = (status, text)

    def end_after(number: int, text: Message, level: ResidualRisk) -> GbvResult:
        for later in EVALUATION_ORDER[EVALUATION_ORDER.index(number) + 1 :]:
            put(later, StepStatus.NOT_NEEDED, NOT_NEEDED)
        return _result(steps, level, text)

    # Step 1
    if inp.prevalent.answer is None:
        put(1, StepStatus.CURRENT, NOT_ANSWERED)
        return _unfinished(steps, after=1)
    if not inp.prevalent.answer:
        put(1, StepStatus.DONE, msg("No prevalent GBV/VAWC identified.", context="gbv flowchart"))
        return end_after(
            1,
            msg("No prevalent GBV/VAWC: no 7(4) risk.", context="gbv flowchart"),
            ResidualRisk.NONE_IDENTIFIED,
        )
    if inp.prevalent_types:
        # The officer's own words: listed as written, not translated.
        types = msg(
            "Prevalent: {types}.", context="gbv flowchart", types=", ".join(inp.prevalent_types)
        )
    else:
        types = msg("Prevalent: types not listed.", context="gbv flowchart")
    put(1, StepStatus.DONE, types)
    # Step 2
    if inp.serious.answer is None:
        put(2, StepStatus.CURRENT, NOT_ANSWERED)
        return _unfinished(steps, after=2)
    if not inp.serious.answer:
        put(2, StepStatus.DONE, NOT_SERIOUS)
        return end_after(2, NOT_SERIOUS_END, ResidualRisk.LOW)
    put(2, StepStatus.DONE, msg("The prevalent violations are serious.", context="gbv flowchart"))
    # Step 3
    if inp.effective_prevention.answer is None:
        put(3, StepStatus.CURRENT, NOT_ANSWERED)
        return _unfinished(steps, after=3)
    put(3, StepStatus.DONE, PREVENTION if inp.effective_prevention.answer else NO_PREVENTION)
    if inp.risk.finding is None:
        put(
            5,
            StepStatus.CURRENT,
            msg("Record the risk before mitigation first.", context="gbv flowchart"),
        )
        return _unfinished(steps, after=5)
    # Step 5 before step 4 (footnote 7)
    res = mitigation.residual(inp.risk.finding, measures, Criterion.GBV, policy)
    before = level_word(inp.risk.finding)
    if res.level is None or res.undecided:
        put(
            5,
            StepStatus.CURRENT,
            msg(
                "Risk {before} before mitigation; decide on the measures.",
                context="gbv flowchart",
                before=before,
            ),
        )
        return _unfinished(steps, after=5)
    if not step5_answered(inp, res):
        put(5, StepStatus.CURRENT, NO_MEASURE_YET_MSG)
        return _unfinished(steps, after=5)
    put(5, StepStatus.DONE, _step5_finding(res))
    residual_level = res.level
    weighed, conclusion = _step4_finding(before, residual_level, prevention_words(inp))
    put(4, StepStatus.DONE, weighed)
    return _result(steps, residual_level, conclusion)


def _step5_finding(res: mitigation.Residual) -> Message:
    """What mitigation did; the measure ids are the officer's, listed as written."""
    if res.reliable:
        return msg(
            "Reliably reduced by {measures}.",
            context="gbv flowchart",
            measures=", ".join(res.reliable),
        )
    if res.unreliable:
        return msg(
            "Measures {measures} do not reliably reduce it.",
            context="gbv flowchart",
            measures=", ".join(res.unreliable),
        )
    if res.unfit:
        return msg(
            "Measures {measures} are of a kind that cannot lower this risk (Article 7(2)): "
            "not counted.",
            context="gbv flowchart",
            measures=", ".join(res.unfit),
        )
    return msg("No mitigation measure addresses this risk.", context="gbv flowchart")


def _step4_finding(
    before: Message, level: ResidualRisk, prevention: Message | None
) -> tuple[Message, Message]:
    """Step 4's finding (opening with step 3's, which it weighs) and the conclusion."""
    after = level_word(level)
    if level is ResidualRisk.OVERRIDING:
        weighed = msg(
            "Risk {before} before mitigation, {after} after: an overriding risk remains.",
            context="gbv flowchart",
            before=before,
            after=after,
        )
        conclusion = msg(
            "After mitigation an overriding risk remains (Article 7(4), 7(3)).",
            context="gbv flowchart",
        )
    else:
        weighed = msg(
            "Risk {before} before mitigation, {after} after: no overriding risk remains.",
            context="gbv flowchart",
            before=before,
            after=after,
        )
        conclusion = msg(
            "After mitigation no overriding risk remains (Article 7(4), 7(3)).",
            context="gbv flowchart",
        )
    if prevention is not None:
        weighed = msg(
            "{first} {second}", context="two sentences in a row", first=prevention, second=weighed
        )
    return weighed, conclusion


def _unfinished(steps: dict[int, tuple[StepStatus, Message]], after: int) -> GbvResult:
    for later in EVALUATION_ORDER[EVALUATION_ORDER.index(after) + 1 :]:
        steps.setdefault(later, (StepStatus.NOT_REACHED, NOT_REACHED))
    return _result(steps, None, msg("The flowchart is not finished.", context="gbv flowchart"))


def _result(
    steps: dict[int, tuple[StepStatus, Message]], level: ResidualRisk | None, text: Message
) -> GbvResult:
    ordered = tuple(
        GbvStep(n, STEP_TITLES[n], *steps.get(n, (StepStatus.NOT_REACHED, NOT_REACHED)))
        for n in EVALUATION_ORDER
    )
    return GbvResult(steps=ordered, order_note=ORDER_NOTE, residual=level, message=text)
