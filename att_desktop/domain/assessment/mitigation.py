"""Article 7(2): mitigation measures and the residual risk they leave.

The rule is deliberately simple so an officer can predict it: a risk is lowered by one level
when at least one linked measure is judged to reduce it *reliably* (the GBV paper's "reliably
and significantly"); measures do not stack, and a measure judged unreliable changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from att_desktop.domain.assessment.model import (
    Criterion,
    MitigationKind,
    MitigationMeasure,
    ResidualRisk,
    RiskLevel,
)

MEASURE_LABELS: dict[MitigationKind, str] = {
    MitigationKind.CONFIDENCE_BUILDING: "Confidence-building measure",
    MitigationKind.JOINT_PROGRAMME: "Programme jointly developed and agreed with the importer",
    MitigationKind.END_USE_ASSURANCE: "End-use / end-user assurance",
    MitigationKind.RE_EXPORT_CLAUSE: "No re-export without the exporter's consent",
    MitigationKind.DELIVERY_VERIFICATION: "Delivery verification certificate",
    MitigationKind.POST_SHIPMENT_VERIFICATION: "Post-shipment on-site verification",
    MitigationKind.STOCKPILE_SECURITY: "Stockpile security and management assurance",
    MitigationKind.TRAINING: "Training of the end user (e.g. IHL, human rights, GBV)",
    MitigationKind.OTHER: "Other measure",
}

_DIRECT = {
    RiskLevel.NONE_IDENTIFIED: ResidualRisk.NONE_IDENTIFIED,
    RiskLevel.LOW: ResidualRisk.LOW,
    RiskLevel.SUBSTANTIAL: ResidualRisk.SUBSTANTIAL,
    RiskLevel.OVERRIDING_BEFORE_MITIGATION: ResidualRisk.OVERRIDING,
}
_REDUCED = {
    RiskLevel.NONE_IDENTIFIED: ResidualRisk.NONE_IDENTIFIED,
    RiskLevel.LOW: ResidualRisk.LOW,
    RiskLevel.SUBSTANTIAL: ResidualRisk.LOW,
    RiskLevel.OVERRIDING_BEFORE_MITIGATION: ResidualRisk.SUBSTANTIAL,
}


@dataclass(frozen=True)
class Residual:
    level: ResidualRisk | None  # None: cannot be computed yet
    reliable: tuple[str, ...]  # ids of the measures that reduced it
    unreliable: tuple[str, ...]
    undecided: tuple[str, ...]


def measures_for(
    measures: Sequence[MitigationMeasure], criterion: Criterion
) -> tuple[MitigationMeasure, ...]:
    return tuple(m for m in measures if criterion in m.addresses)


def residual(
    level: RiskLevel | None, measures: Sequence[MitigationMeasure], criterion: Criterion
) -> Residual:
    linked = measures_for(measures, criterion)
    reliable = tuple(m.id for m in linked if m.reliably_reduces is True)
    unreliable = tuple(m.id for m in linked if m.reliably_reduces is False)
    undecided = tuple(m.id for m in linked if m.reliably_reduces is None)
    if level is None:
        return Residual(None, reliable, unreliable, undecided)
    if reliable:
        return Residual(_REDUCED[level], reliable, unreliable, undecided)
    if undecided and level is RiskLevel.OVERRIDING_BEFORE_MITIGATION:
        # Whether the risk is overriding depends on a judgement not yet made.
        return Residual(None, reliable, unreliable, undecided)
    return Residual(_DIRECT[level], reliable, unreliable, undecided)


def missing(measures: Sequence[MitigationMeasure]) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for measure in measures:
        key = f"mitigation.{measure.id}"
        if measure.id in seen:
            problems.append(f"{key}: duplicate measure id")
        seen.add(measure.id)
        if not measure.addresses:
            problems.append(f"{key}: link the measure to the risk(s) it addresses")
        if measure.reliably_reduces is None:
            problems.append(f"{key}: say whether it reliably reduces the risk")
        if not measure.reasoning.strip():
            problems.append(f"{key}: reasoning is missing")
    return problems
