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

STAGE_TITLES: dict[SupplyChainStage, str] = {
    SupplyChainStage.MANUFACTURE: "Manufacture",
    SupplyChainStage.PRE_TRANSFER: "Before transfer (point of loading)",
    SupplyChainStage.TRANSIT: "In transit, before the authorised end user takes delivery",
    SupplyChainStage.POST_DELIVERY_STORAGE: "Post-delivery storage (custody and stockpiles)",
    SupplyChainStage.END_USE: "End use",
    SupplyChainStage.DISPOSAL: "Disposal (retirement, destruction or re-export)",
}

RED_FLAG_TITLES: dict[RedFlag, str] = {
    RedFlag.UNUSUAL_ROUTING: "Unusual or unexplained routing or trans-shipment",
    RedFlag.UNKNOWN_BROKER: "Unknown or unregistered brokers or intermediaries",
    RedFlag.NEEDS_MISMATCH: "Items or quantities do not match the end user's stated needs",
    RedFlag.VAGUE_END_USE: "Vague, evasive or inconsistent end-use information",
    RedFlag.UNUSUAL_PAYMENT: "Unusual payment terms (cash, third-country payers)",
    RedFlag.DIVERSION_HISTORY: "Past diversion involving the end user or the route",
    RedFlag.WEAK_STOCKPILE_SECURITY: "Weak stockpile security or management at the end user",
    RedFlag.OTHER: "Other red flag",
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


def missing(inp: DiversionInput) -> list[str]:
    problems: list[str] = []
    for stage in SupplyChainStage:
        problems += finding_missing(f"diversion.stages.{stage.value}", inp.stage(stage))
    for record in inp.red_flags:
        if record.present is None:
            problems.append(f"diversion.red_flags.{record.flag.value}: say whether present")
    if inp.assurances.certificate_received is None:
        problems.append("diversion.assurances.certificate_received: not answered")
    return problems


def notes(inp: DiversionInput) -> list[str]:
    result: list[str] = []
    present = [r for r in inp.red_flags if r.present]
    if present:
        names = "; ".join(RED_FLAG_TITLES[r.flag] for r in present)
        result.append(f"Diversion red flags present: {names}.")
        if overall_level(inp) is RiskLevel.NONE_IDENTIFIED:
            result.append("Red flags are recorded but no stage risk was identified: explain.")
    if inp.assurances.certificate_received is False:
        result.append("No end-user certificate has been received.")
    if inp.assurances.certificate_received and inp.assurances.certificate_authenticated is False:
        result.append("The end-user certificate could not be authenticated.")
    return result


def evaluate(
    inp: DiversionInput,
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> CriterionResult:
    return evaluate_criterion(Criterion.DIVERSION, overall_finding(inp), measures, policy)
