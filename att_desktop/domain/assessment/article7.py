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
from att_desktop.i18n import Joined, Message, msg, translate

#: Each risk's title in the engine's sentences (context ``criterion title``).
CRITERION_TITLE_MESSAGES: dict[Criterion, Message] = {
    Criterion.A: msg(
        "7(1)(a) contribute to or undermine peace and security", context="criterion title"
    ),
    Criterion.B_I: msg(
        "7(1)(b)(i) serious violation of international humanitarian law",
        context="criterion title",
    ),
    Criterion.B_II: msg(
        "7(1)(b)(ii) serious violation of international human rights law",
        context="criterion title",
    ),
    Criterion.B_III: msg(
        "7(1)(b)(iii) offence under terrorism conventions", context="criterion title"
    ),
    Criterion.B_IV: msg(
        "7(1)(b)(iv) offence under transnational organised crime conventions",
        context="criterion title",
    ),
    Criterion.GBV: msg(
        "7(4) serious acts of gender-based violence or violence against women and children",
        context="criterion title",
    ),
    Criterion.DIVERSION: msg("Article 11 diversion", context="criterion title"),
}
#: The same in English, as the record words them.
CRITERION_TITLES: dict[Criterion, str] = {
    c: translate(m, "en") for c, m in CRITERION_TITLE_MESSAGES.items()
}

_LEVELS: dict[ResidualRisk, Message] = {
    ResidualRisk.NONE_IDENTIFIED: msg("none identified", context="risk level in a sentence"),
    ResidualRisk.LOW: msg("low", context="risk level in a sentence"),
    ResidualRisk.SUBSTANTIAL: msg("substantial", context="risk level in a sentence"),
    ResidualRisk.OVERRIDING: msg("overriding", context="risk level in a sentence"),
}


def level_message(level: RiskLevel | ResidualRisk) -> Message:
    """A risk level as the engine's sentences say it ("overriding" before mitigation too)."""
    return _LEVELS[ResidualRisk(level.value.replace("_before_mitigation", ""))]


def level_words(level: RiskLevel | ResidualRisk) -> str:
    """A risk level in words for the engine's sentences ("none identified"), never its key."""
    return translate(level_message(level), "en")


def _two(first: Message, second: Message) -> Message:
    return msg("{first} {second}", context="two sentences in a row", first=first, second=second)


def finding_missing(key: str, finding: Finding) -> list[Message]:
    """Each finding needs a level, reasoning and at least one cited source."""
    problems: list[Message] = []
    if finding.finding is None:
        problems.append(
            msg("{key}: no risk level recorded", context="assessment missing", key=f"{key}.finding")
        )
    if not finding.reasoning.strip():
        problems.append(msg("{key}: missing", context="assessment missing", key=f"{key}.reasoning"))
    if not finding.sources:
        problems.append(
            msg(
                "{key}: cite at least one information source",
                context="assessment missing",
                key=f"{key}.sources",
            )
        )
    return problems


def _ids(ids: Sequence[str]) -> Joined:
    """Measure numbers, as the officer wrote them."""
    return Joined(tuple(ids), ", ")


def _criterion_message(title: Message, finding: Finding, res: mitigation.Residual) -> Message:
    if finding.finding is None:
        return msg("{title}: not yet assessed.", context="criterion result", title=title)
    if res.level is None:
        return msg(
            "{title}: overriding before mitigation; whether measures {measures} reliably reduce "
            "it is not yet decided.",
            context="criterion result",
            title=title,
            measures=_ids(res.undecided),
        )
    if res.reliable:
        return msg(
            "{title}: {before} before mitigation, {after} after measures that reliably reduce "
            "it ({measures}).",
            context="criterion result",
            title=title,
            before=level_message(finding.finding),
            after=level_message(res.level),
            measures=_ids(res.reliable),
        )
    text = msg(
        "{title}: {level} (no reliable mitigation).",
        context="criterion result",
        title=title,
        level=level_message(res.level),
    )
    if res.unreliable:
        text = _two(
            text,
            msg(
                "Measures judged not to reduce it reliably: {measures}.",
                context="criterion result",
                measures=_ids(res.unreliable),
            ),
        )
    return text


def evaluate_criterion(
    criterion: Criterion,
    finding: Finding,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> CriterionResult:
    res = mitigation.residual(finding.finding, measures, criterion, policy)
    text = _criterion_message(CRITERION_TITLE_MESSAGES[criterion], finding, res)
    if res.unfit:
        text = _two(
            text,
            msg(
                "Not counted, of a kind that cannot lower it (Article 7(2), 11(2)): {measures}.",
                context="criterion result",
                measures=_ids(res.unfit),
            ),
        )
    return CriterionResult(
        criterion, finding.finding, res.level, res.reliable, translate(text, "en"), text
    )


def contribution_message(answer: Answer) -> Message:
    """7(1)(a)'s other side, in the record's words: whether the export would contribute."""
    if answer.answer is None:
        return msg(
            "Whether the export would contribute to peace and security is not recorded.",
            context="criterion result",
        )
    reason = answer.reasoning.strip()  # the officer's words, quoted as written
    if answer.answer:
        if reason:
            return msg(
                "The export would contribute to peace and security ({reasoning}).",
                context="criterion result",
                reasoning=reason,
            )
        return msg("The export would contribute to peace and security.", context="criterion result")
    if reason:
        return msg(
            "The export would not contribute to peace and security ({reasoning}).",
            context="criterion result",
            reasoning=reason,
        )
    return msg("The export would not contribute to peace and security.", context="criterion result")


def contribution_words(answer: Answer) -> str:
    return translate(contribution_message(answer), "en")


def contribution_missing(answer: Answer) -> list[Message]:
    """A recorded contribution needs its reasoning: 7(3) weighs it against the risks."""
    if answer.answer is not None and not answer.reasoning.strip():
        return [
            msg(
                "{key}: reasoning is missing",
                context="assessment missing",
                key="article7.a.contribution",
            )
        ]
    return []


def evaluate(
    findings: dict[Criterion, Finding],
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
    contribution: Answer | None = None,
) -> tuple[tuple[CriterionResult, ...], list[Message]]:
    """Each 7(1) risk after mitigation; 7(1)(a)'s row says both sides, contribution and
    undermining ("would contribute to or undermine"), so 7(3) is seen to weigh them."""
    results: list[CriterionResult] = []
    missing: list[Message] = []
    for criterion in ARTICLE7_1:
        finding = findings.get(criterion, Finding())
        missing += finding_missing(f"article7.{criterion.value}", finding)
        row = evaluate_criterion(criterion, finding, measures, policy)
        if criterion is Criterion.A and contribution is not None and row.message is not None:
            text = _two(row.message, contribution_message(contribution))
            row = CriterionResult(
                row.criterion,
                row.before,
                row.residual,
                row.mitigated_by,
                translate(text, "en"),
                text,
            )
            missing += contribution_missing(contribution)
        results.append(row)
    return tuple(results), missing


def is_overriding(result: CriterionResult) -> bool:
    return result.residual is ResidualRisk.OVERRIDING
