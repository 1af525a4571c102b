"""Article 11: the risk of diversion, stage by stage along the supply chain.

The overall diversion risk is the highest stage risk: a chain is as weak as its weakest link.
Red flags, the end-user certificate and post-shipment arrangements do not change the level by
themselves; they are reported as notes so the officer has to account for them in the findings.
"""

from __future__ import annotations

from collections.abc import Sequence

from att_desktop.domain.assessment.article7 import evaluate_criterion, finding_missing
from att_desktop.domain.assessment.model import (
    Criterion,
    CriterionResult,
    DiversionInput,
    Finding,
    KindPolicy,
    MitigationMeasure,
    RedFlag,
    RiskLevel,
    SupplyChainStage,
)
from att_desktop.i18n import Joined, Message, msg

STAGE_TITLES: dict[SupplyChainStage, str] = {
    SupplyChainStage.MANUFACTURE: "Manufacture",
    SupplyChainStage.PRE_TRANSFER: "Before transfer (point of loading)",
    SupplyChainStage.TRANSIT: "In transit, before the authorised end user takes delivery",
    SupplyChainStage.POST_DELIVERY_STORAGE: "Post-delivery storage (custody and stockpiles)",
    SupplyChainStage.END_USE: "End use",
    SupplyChainStage.DISPOSAL: "Disposal (retirement, destruction or re-export)",
}

RED_FLAG_TITLES: dict[RedFlag, Message] = {
    RedFlag.UNUSUAL_ROUTING: msg(
        "Unusual or unexplained routing or trans-shipment", context="red flag"
    ),
    RedFlag.UNKNOWN_BROKER: msg(
        "Unknown or unregistered brokers or intermediaries", context="red flag"
    ),
    RedFlag.NEEDS_MISMATCH: msg(
        "Items or quantities do not match the end user's stated needs", context="red flag"
    ),
    RedFlag.VAGUE_END_USE: msg(
        "Vague, evasive or inconsistent end-use information", context="red flag"
    ),
    RedFlag.UNUSUAL_PAYMENT: msg(
        "Unusual payment terms (cash, third-country payers)", context="red flag"
    ),
    RedFlag.DIVERSION_HISTORY: msg(
        "Past diversion involving the end user or the route", context="red flag"
    ),
    RedFlag.WEAK_STOCKPILE_SECURITY: msg(
        "Weak stockpile security or management at the end user", context="red flag"
    ),
    RedFlag.OTHER: msg("Other red flag", context="red flag"),
}

_ORDER = list(RiskLevel)


def overall_level(inp: DiversionInput) -> RiskLevel | None:
    """The highest stage risk, or None while any stage is unassessed."""
    levels = [inp.stage(stage).finding for stage in SupplyChainStage]
    if any(level is None for level in levels):
        return None
    return max((lvl for lvl in levels if lvl is not None), key=_ORDER.index)


def overall_finding(inp: DiversionInput) -> Finding:
    sources = tuple(s for stage in SupplyChainStage for s in inp.stage(stage).sources)
    reasons = [
        f"{STAGE_TITLES[stage]}: {inp.stage(stage).reasoning}"
        for stage in SupplyChainStage
        if inp.stage(stage).reasoning.strip()
    ]
    return Finding(overall_level(inp), " | ".join(reasons), sources)


def missing(inp: DiversionInput) -> list[Message]:
    problems: list[Message] = []
    for stage in SupplyChainStage:
        problems += finding_missing(f"diversion.stages.{stage.value}", inp.stage(stage))
    for record in inp.red_flags:
        if record.present is None:
            problems.append(
                msg(
                    "{key}: say whether present",
                    context="assessment missing",
                    key=f"diversion.red_flags.{record.flag.value}",
                )
            )
    if inp.assurances.certificate_received is None:
        problems.append(
            msg(
                "{key}: not answered",
                context="assessment missing",
                key="diversion.assurances.certificate_received",
            )
        )
    return problems


def notes(inp: DiversionInput) -> list[Message]:
    result: list[Message] = []
    present = [r for r in inp.red_flags if r.present]
    if present:
        names = Joined(tuple(RED_FLAG_TITLES[r.flag] for r in present))
        result.append(
            msg("Diversion red flags present: {flags}.", context="diversion", flags=names)
        )
        if overall_level(inp) is RiskLevel.NONE_IDENTIFIED:
            result.append(
                msg(
                    "Red flags are recorded but no stage risk was identified: explain.",
                    context="diversion",
                )
            )
    if inp.assurances.certificate_received is False:
        result.append(msg("No end-user certificate has been received.", context="diversion"))
    if inp.assurances.certificate_received and inp.assurances.certificate_authenticated is False:
        result.append(
            msg("The end-user certificate could not be authenticated.", context="diversion")
        )
    return result


def evaluate(
    inp: DiversionInput,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> CriterionResult:
    return evaluate_criterion(Criterion.DIVERSION, overall_finding(inp), measures, policy)
