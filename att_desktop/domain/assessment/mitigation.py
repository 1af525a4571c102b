"""Article 7(2) and 11(2): mitigation measures and the residual risk they leave.

The rule is deliberately simple so an officer can predict it: a risk is lowered by one level
when at least one linked measure *can* address it and is judged to reduce *that* risk reliably
(the GBV paper's "reliably and significantly"); measures do not stack, and a measure judged
unreliable changes nothing.

Each link of a measure to a risk carries its own judgement: a re-export clause may reliably
reduce diversion and still do nothing for a risk of serious violations of international
humanitarian law. Which kinds can address which risk is ``CAN_ADDRESS``, from the treaty:
7(2) names confidence-building measures and jointly developed and agreed programmes for the
7(1) risks (and so for 7(4), which is weighed under 7(3)); 11(2) names the same for
diversion, plus examining the parties, documentation, certificates and assurances. A measure
of another kind lowers nothing, unless the authority's policy lets an officer's stated reason
count (``KindPolicy.OFFICER_REASON``): then the reason is required and printed in the record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Criterion,
    KindPolicy,
    MitigationKind,
    MitigationMeasure,
    ResidualRisk,
    RiskLevel,
    RiskLink,
)
from att_desktop.i18n import Message, msg

MEASURE_LABELS: dict[MitigationKind, Message] = {
    MitigationKind.CONFIDENCE_BUILDING: msg("Confidence-building measure", context="measure kind"),
    MitigationKind.JOINT_PROGRAMME: msg(
        "Programme jointly developed and agreed with the importer", context="measure kind"
    ),
    MitigationKind.END_USE_ASSURANCE: msg("End-use / end-user assurance", context="measure kind"),
    MitigationKind.RE_EXPORT_CLAUSE: msg(
        "No re-export without the exporter's consent", context="measure kind"
    ),
    MitigationKind.DELIVERY_VERIFICATION: msg(
        "Delivery verification certificate", context="measure kind"
    ),
    MitigationKind.POST_SHIPMENT_VERIFICATION: msg(
        "Post-shipment on-site verification", context="measure kind"
    ),
    MitigationKind.STOCKPILE_SECURITY: msg(
        "Stockpile security and management assurance", context="measure kind"
    ),
    MitigationKind.TRAINING: msg(
        "Training of the end user (e.g. IHL, human rights, GBV)", context="measure kind"
    ),
    MitigationKind.OTHER: msg("Other measure", context="measure kind"),
}

_EVERY_RISK = frozenset((*ARTICLE7_1, Criterion.GBV, Criterion.DIVERSION))
_DIVERSION = frozenset((Criterion.DIVERSION,))

#: Which kinds of measure can lower which risk, and the treaty text that says so.
#: - 7(2): "confidence-building measures or jointly developed and agreed programmes by the
#:   exporting and importing States" for the 7(1) risks; 7(4)'s GBV risk is weighed under the
#:   same 7(3), after the same 7(2) measures. 11(2) names the same two kinds for diversion.
#: - 11(2): "examining parties involved in the export, requiring additional documentation,
#:   certificates, assurances ... or other appropriate measures" against diversion: end-use
#:   assurances, re-export clauses, delivery and post-shipment verification, stockpile security.
#:   They control where the items go, not how a lawful end user uses them, so they cannot lower
#:   an IHL, human rights, terrorism, organised crime, GBV or peace-and-security risk.
#: - Training of the end user in IHL, human rights and GBV prevention is the programme 7(2)
#:   has in mind for those risks (jointly developed and agreed with the importing State): it
#:   can lower 7(1)(b)(i), (b)(ii) and 7(4), not the others (training does not keep items
#:   from being diverted, nor change what they do to peace and security).
#: - "Other" appears in neither paragraph: it lowers nothing unless the policy allows a reason.
CAN_ADDRESS: dict[MitigationKind, frozenset[Criterion]] = {
    MitigationKind.CONFIDENCE_BUILDING: _EVERY_RISK,
    MitigationKind.JOINT_PROGRAMME: _EVERY_RISK,
    MitigationKind.END_USE_ASSURANCE: _DIVERSION,
    MitigationKind.RE_EXPORT_CLAUSE: _DIVERSION,
    MitigationKind.DELIVERY_VERIFICATION: _DIVERSION,
    MitigationKind.POST_SHIPMENT_VERIFICATION: _DIVERSION,
    MitigationKind.STOCKPILE_SECURITY: _DIVERSION,
    MitigationKind.TRAINING: frozenset((Criterion.B_I, Criterion.B_II, Criterion.GBV)),
    MitigationKind.OTHER: frozenset(),
}

#: The paragraph that lets a kind address a risk (for the record), by kind.
_BOTH = msg("Article 7(2), 11(2)", context="treaty paragraphs")
_ART11 = msg("Article 11(2)", context="treaty paragraphs")
KIND_BASIS: dict[MitigationKind, Message] = {
    MitigationKind.CONFIDENCE_BUILDING: _BOTH,
    MitigationKind.JOINT_PROGRAMME: _BOTH,
    MitigationKind.END_USE_ASSURANCE: _ART11,
    MitigationKind.RE_EXPORT_CLAUSE: _ART11,
    MitigationKind.DELIVERY_VERIFICATION: _ART11,
    MitigationKind.POST_SHIPMENT_VERIFICATION: _ART11,
    MitigationKind.STOCKPILE_SECURITY: _ART11,
    MitigationKind.TRAINING: msg("Article 7(2)", context="treaty paragraphs"),
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


def kind_fits(kind: MitigationKind, criterion: Criterion) -> bool:
    """Whether the treaty names this kind of measure against this risk (``CAN_ADDRESS``)."""
    return criterion in CAN_ADDRESS[kind]


def counts(measure: MitigationMeasure, link: RiskLink, policy: KindPolicy) -> bool:
    """Whether the link may lower its risk at all: a kind that fits, or, where the authority's
    policy allows, an officer's stated reason why this kind addresses this risk."""
    if kind_fits(measure.kind, link.criterion):
        return True
    return policy is KindPolicy.OFFICER_REASON and bool(link.kind_reason.strip())


@dataclass(frozen=True)
class Residual:
    level: ResidualRisk | None  # None: cannot be computed yet
    reliable: tuple[str, ...]  # ids of the measures that lowered it
    unreliable: tuple[str, ...]
    undecided: tuple[str, ...]
    #: Judged to reduce it, but of a kind that cannot lower it (and no permitted reason).
    unfit: tuple[str, ...] = ()


def measures_for(
    measures: Sequence[MitigationMeasure], criterion: Criterion
) -> tuple[MitigationMeasure, ...]:
    return tuple(m for m in measures if m.link(criterion) is not None)


def residual(
    level: RiskLevel | None,
    measures: Sequence[MitigationMeasure],
    criterion: Criterion,
    policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
) -> Residual:
    """The risk after mitigation: one level lower when a linked measure of a kind that can
    address it is judged to reduce this risk reliably (Art. 7(2)-(3), 11(2))."""
    reliable: list[str] = []
    unreliable: list[str] = []
    undecided: list[str] = []
    unfit: list[str] = []
    for m in measures:
        link = m.link(criterion)
        if link is None:
            continue
        if link.reliably_reduces is None:
            undecided.append(m.id)
        elif link.reliably_reduces is False:
            unreliable.append(m.id)
        elif counts(m, link, policy):
            reliable.append(m.id)
        else:
            unfit.append(m.id)
    lists = (tuple(reliable), tuple(unreliable), tuple(undecided), tuple(unfit))
    if level is None:
        return Residual(None, *lists)
    if reliable:
        return Residual(_REDUCED[level], *lists)
    if undecided and level is RiskLevel.OVERRIDING_BEFORE_MITIGATION:
        # Whether the risk is overriding depends on a judgement not yet made.
        return Residual(None, *lists)
    return Residual(_DIRECT[level], *lists)


def legacy_links(
    addresses: Sequence[Criterion], reliably_reduces: bool | None, reasoning: str
) -> tuple[RiskLink, ...]:
    """An older record's one judgement for the whole measure, applied to each linked risk as
    it was then, marked ``carried_over`` so the record notes it for review."""
    return tuple(
        RiskLink(c, reliably_reduces, reasoning, carried_over=True)
        for c in dict.fromkeys(addresses)
    )


def missing(measures: Sequence[MitigationMeasure], policy: KindPolicy) -> list[Message]:
    problems: list[Message] = []
    seen: set[str] = set()
    for measure in measures:
        key = f"mitigation.{measure.id}"
        if measure.id in seen:
            problems.append(
                msg("{key}: duplicate measure id", context="assessment missing", key=key)
            )
        seen.add(measure.id)
        if not measure.links:
            problems.append(
                msg(
                    "{key}: link the measure to the risk(s) it addresses",
                    context="assessment missing",
                    key=key,
                )
            )
        for link in measure.links:
            at = f"{key}.{link.criterion.value}"  # the risk last: the row of the measure's table
            if link.reliably_reduces is None:
                problems.append(
                    msg(
                        "{key}: say whether it reliably reduces this risk",
                        context="assessment missing",
                        key=at,
                    )
                )
            elif not link.reasoning.strip():
                problems.append(
                    msg(
                        "{key}: reasoning is missing for this risk",
                        context="assessment missing",
                        key=at,
                    )
                )
            if (
                link.reliably_reduces
                and policy is KindPolicy.OFFICER_REASON
                and not kind_fits(measure.kind, link.criterion)
                and not link.kind_reason.strip()
            ):
                problems.append(
                    msg(
                        "{key}: reasoning is missing: why a measure of this kind can address "
                        "this risk (the authority's policy requires it)",
                        context="assessment missing",
                        key=at,
                    )
                )
    return problems


def notes(
    measures: Sequence[MitigationMeasure],
    policy: KindPolicy,
    titles: Mapping[Criterion, Message],
) -> list[Message]:
    """What the record must say about measures that were not counted, or counted on a reason
    or an older single judgement, so a reader sees which measure lowered which risk and why."""
    result: list[Message] = []
    for m in measures:
        for link in m.links:
            title = titles[link.criterion]
            if link.reliably_reduces and not kind_fits(m.kind, link.criterion):
                if counts(m, link, policy):
                    result.append(
                        msg(
                            "Measure {id} ({kind}) lowers {risk} on the officer's stated reason, "
                            "as the authority's policy allows: {reason}",
                            context="mitigation",
                            id=m.id,
                            kind=MEASURE_LABELS[m.kind],
                            risk=title,
                            reason=link.kind_reason.strip(),
                        )
                    )
                else:
                    result.append(
                        msg(
                            "Measure {id} ({kind}) was judged to reduce {risk}, but a measure of "
                            "this kind cannot lower it (Article 7(2), 11(2)): not counted.",
                            context="mitigation",
                            id=m.id,
                            kind=MEASURE_LABELS[m.kind],
                            risk=title,
                        )
                    )
        if any(link.carried_over for link in m.links):
            result.append(
                msg(
                    "Measure {id}: one judgement recorded for the whole measure (an older "
                    "record) is applied to each risk it is linked to; review it per risk.",
                    context="mitigation",
                    id=m.id,
                )
            )
    return result
