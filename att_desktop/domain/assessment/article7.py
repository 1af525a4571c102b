"""Article 7(1)-(3): the risk findings per criterion, judged after mitigation."""

from __future__ import annotations

from collections.abc import Sequence

from att_desktop.domain.assessment import mitigation
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Answer,
    Criterion,
    CriterionResult,
    Finding,
    KindPolicy,
    MitigationMeasure,
    ResidualRisk,
    RiskLevel,
)

CRITERION_TITLES: dict[Criterion, str] = {
    Criterion.A: "7(1)(a) contribute to or undermine peace and security",
    Criterion.B_I: "7(1)(b)(i) serious violation of international humanitarian law",
    Criterion.B_II: "7(1)(b)(ii) serious violation of international human rights law",
    Criterion.B_III: "7(1)(b)(iii) offence under terrorism conventions",
    Criterion.B_IV: "7(1)(b)(iv) offence under transnational organised crime conventions",
    Criterion.GBV: "7(4) serious acts of gender-based violence or violence against women and "
    "children",
    Criterion.DIVERSION: "Article 11 diversion",
}


def level_words(level: RiskLevel | ResidualRisk) -> str:
    """A risk level in words for the engine's sentences ("none identified"), never its key."""
    if level is RiskLevel.OVERRIDING_BEFORE_MITIGATION:
        return "overriding"
    return level.value.replace("_", " ")


def finding_missing(key: str, finding: Finding) -> list[str]:
    """Each finding needs a level, reasoning and at least one cited source."""
    problems: list[str] = []
    if finding.finding is None:
        problems.append(f"{key}.finding: no risk level recorded")
    if not finding.reasoning.strip():
        problems.append(f"{key}.reasoning: missing")
    if not finding.sources:
        problems.append(f"{key}.sources: cite at least one information source")
    return problems


def evaluate_criterion(
    criterion: Criterion,
    finding: Finding,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> CriterionResult:
    res = mitigation.residual(finding.finding, measures, criterion, policy)
    title = CRITERION_TITLES[criterion]
    unfit = (
        f" Not counted, of a kind that cannot lower it (Article 7(2), 11(2)): "
        f"{', '.join(res.unfit)}."
        if res.unfit
        else ""
    )
    if finding.finding is None:
        text = f"{title}: not yet assessed."
    elif res.level is None:
        text = (
            f"{title}: overriding before mitigation; whether measures "
            f"{', '.join(res.undecided)} reliably reduce it is not yet decided."
        )
    elif res.reliable:
        text = (
            f"{title}: {level_words(finding.finding)} before mitigation, "
            f"{level_words(res.level)} after "
            f"measures that reliably reduce it ({', '.join(res.reliable)})."
        )
    else:
        unreliable = (
            f" Measures judged not to reduce it reliably: {', '.join(res.unreliable)}."
            if res.unreliable
            else ""
        )
        text = f"{title}: {level_words(res.level)} (no reliable mitigation).{unreliable}"
    return CriterionResult(criterion, finding.finding, res.level, res.reliable, text + unfit)


def contribution_words(answer: Answer) -> str:
    """7(1)(a)'s other side, in the record's words: whether the export would contribute."""
    if answer.answer is None:
        return "Whether the export would contribute to peace and security is not recorded."
    verb = "would contribute" if answer.answer else "would not contribute"
    reason = f" ({answer.reasoning.strip()})" if answer.reasoning.strip() else ""
    return f"The export {verb} to peace and security{reason}."


def contribution_missing(answer: Answer) -> list[str]:
    """A recorded contribution needs its reasoning: 7(3) weighs it against the risks."""
    if answer.answer is not None and not answer.reasoning.strip():
        return ["article7.a.contribution: reasoning is missing"]
    return []


def evaluate(
    findings: dict[Criterion, Finding],
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
    contribution: Answer | None = None,
) -> tuple[tuple[CriterionResult, ...], list[str]]:
    """Each 7(1) risk after mitigation; 7(1)(a)'s row says both sides, contribution and
    undermining ("would contribute to or undermine"), so 7(3) is seen to weigh them."""
    results: list[CriterionResult] = []
    missing: list[str] = []
    for criterion in ARTICLE7_1:
        finding = findings.get(criterion, Finding())
        missing += finding_missing(f"article7.{criterion.value}", finding)
        row = evaluate_criterion(criterion, finding, measures, policy)
        if criterion is Criterion.A and contribution is not None:
            text = f"{row.explanation} {contribution_words(contribution)}"
            row = CriterionResult(row.criterion, row.before, row.residual, row.mitigated_by, text)
            missing += contribution_missing(contribution)
        results.append(row)
    return tuple(results), missing


def is_overriding(result: CriterionResult) -> bool:
    return result.residual is ResidualRisk.OVERRIDING
