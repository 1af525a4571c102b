"""From findings to a recommendation, in the treaty's order, and the guard on decisions.

1. Article 6 first: any prohibition means the only decision is a denial citing the paragraph;
   mitigation is not considered at all (no measure lifts a prohibition).
2. Otherwise Article 7 and Article 11: every criterion must be assessed; mitigation (7(2)) is
   applied; an overriding residual risk on any criterion means denial under 7(3) (and 7(4)
   for GBV). Anything unanswered makes the assessment incomplete: it cannot be decided.
"""

from __future__ import annotations

from att_desktop.domain.assessment import article6, article7, diversion, gbv, mitigation
from att_desktop.domain.assessment.article7 import CRITERION_TITLES
from att_desktop.domain.assessment.model import (
    Article7Basis,
    AssessmentInput,
    AssessmentResult,
    Criterion,
    CriterionResult,
    Ground,
    Recommendation,
    ResidualRisk,
)
from att_desktop.domain.enums import DecisionOutcome

NO_MITIGATION_NOTE = (
    "Mitigation measures were not considered: no mitigation lifts an Article 6 prohibition."
)


class DecisionRefused(ValueError):
    """The proposed decision contradicts the assessment or the assessment is incomplete."""


def article7_note(inp: AssessmentInput) -> str:
    """What the record says about Article 7 for a transfer other than an export ("" for one)."""
    kind = inp.transfer_type.value.replace("transshipment", "trans-shipment")
    if inp.article7_basis is Article7Basis.NOT_APPLICABLE:
        return (
            f"Article 7 not applicable: {kind}. Article 7(1) binds the exporting State; the "
            "authority's national policy does not apply it to this transfer type."
        )
    if inp.article7_basis is Article7Basis.NATIONAL_POLICY:
        return f"Article 7 assessed under national policy ({kind})."
    return ""


def evaluate(inp: AssessmentInput) -> AssessmentResult:
    a6 = article6.evaluate(inp.article6)
    basis = inp.article7_basis
    a7_note = (article7_note(inp),) if article7_note(inp) else ()
    if a6.prohibited:
        return AssessmentResult(
            recommendation=Recommendation.DENY,
            grounds=a6.prohibitions,
            notes=(*a6.notes, NO_MITIGATION_NOTE, *a7_note),
            article7_basis=basis,
        )
    if basis is Article7Basis.NOT_APPLICABLE:
        return AssessmentResult(
            Recommendation.INCOMPLETE if a6.missing else Recommendation.AUTHORISE_POSSIBLE,
            missing=a6.missing,
            conditions=a6.conditions,
            notes=(*a6.notes, *a7_note),
            article7_basis=basis,
        )
    measures, policy = inp.mitigation, inp.mitigation_policy
    criteria, missing = article7.evaluate(
        dict(inp.article7), measures, policy, inp.peace_contribution
    )
    gbv_result = gbv.evaluate(inp.gbv, measures, policy)
    gbv_row = CriterionResult(
        Criterion.GBV,
        inp.gbv.risk.finding,
        gbv_result.residual,
        mitigation.residual(inp.gbv.risk.finding, measures, Criterion.GBV, policy).reliable,
        gbv_result.explanation,
        gbv_result.message,
    )
    diversion_row = diversion.evaluate(inp.diversion, measures, policy)
    rows = (*criteria, gbv_row, diversion_row)
    missing = [
        *a6.missing,
        *missing,
        *gbv.missing(inp.gbv, measures, policy),
        *diversion.missing(inp.diversion),
        *mitigation.missing(measures, policy),
    ]
    notes = (
        *a6.notes,
        *diversion.notes(inp.diversion),
        *mitigation.notes(measures, policy, CRITERION_TITLES),
        *gbv.step3_notes(inp.gbv, gbv_result.residual),
        *_weighing_notes(inp, rows),
        *a7_note,
    )
    if missing:
        return AssessmentResult(
            Recommendation.INCOMPLETE,
            missing=tuple(missing),
            conditions=a6.conditions,
            notes=notes,
            criteria=rows,
            gbv=gbv_result,
            article7_basis=basis,
        )
    grounds = tuple(g for row in rows for g in _grounds(row))
    recommendation = Recommendation.DENY if grounds else Recommendation.AUTHORISE_POSSIBLE
    return AssessmentResult(
        recommendation,
        grounds=grounds,
        conditions=a6.conditions,
        notes=notes,
        criteria=rows,
        gbv=gbv_result,
        article7_basis=basis,
    )


def _weighing_notes(inp: AssessmentInput, rows: tuple[CriterionResult, ...]) -> list[str]:
    """Article 7(3) weighs 7(1)(a)'s "would contribute to or undermine": a contribution never
    lowers a risk by itself (an overriding risk is one it does not outweigh), and a substantial
    risk left with nothing recorded on the other side of the scale is flagged for a person."""
    answer = inp.peace_contribution.answer
    overriding = [
        CRITERION_TITLES[r.criterion] for r in rows if r.residual is ResidualRisk.OVERRIDING
    ]
    substantial = [
        CRITERION_TITLES[r.criterion] for r in rows if r.residual is ResidualRisk.SUBSTANTIAL
    ]
    if overriding and answer:
        return [
            "Article 7(3): the contribution to peace and security recorded under 7(1)(a) does "
            f"not outweigh an overriding risk ({'; '.join(overriding)})."
        ]
    if overriding or not substantial:
        return []
    if answer:
        return [
            "Article 7(3): the contribution to peace and security recorded under 7(1)(a) was "
            f"weighed against the substantial risks after mitigation ({'; '.join(substantial)}), "
            "found not overriding."
        ]
    return [
        "Article 7(3): substantial risks remain after mitigation "
        f"({'; '.join(substantial)}) and no contribution to peace and security is recorded "
        "under 7(1)(a) to weigh against them: confirm that they are not overriding."
    ]


def _grounds(row: CriterionResult) -> list[Ground]:
    if row.residual is not ResidualRisk.OVERRIDING:
        return []
    title = CRITERION_TITLES[row.criterion]
    why = f"Overriding risk after mitigation: {row.explanation}"
    if row.criterion is Criterion.GBV:
        return [
            Ground(7, 4, Criterion.GBV.value, f"Risk taken into account under {title}. {why}"),
            Ground(7, 3, Criterion.GBV.value, f"Shall not authorise: {why}"),
        ]
    if row.criterion is Criterion.DIVERSION:
        return [
            Ground(
                11,
                2,
                Criterion.DIVERSION.value,
                "Article 11(2) lists not authorising the export among the measures to prevent "
                f"diversion. {why}",
            )
        ]
    return [Ground(7, 3, row.criterion.value, f"Shall not authorise: {why}")]


def validate_decision(result: AssessmentResult, proposed: DecisionOutcome) -> None:
    """Refuse a decision the assessment does not support; a denial of an authorisable case is
    allowed (a State may refuse for reasons of its own), an authorisation of a denial is not."""
    if result.recommendation is Recommendation.INCOMPLETE:
        items = "; ".join(result.missing) or "unknown items"
        raise DecisionRefused(
            f"The assessment is incomplete, so no decision can be recorded yet. Missing: {items}"
        )
    if result.recommendation is Recommendation.DENY and proposed is DecisionOutcome.AUTHORISE:
        cited = "; ".join(f"{g.citation()}: {g.explanation}" for g in result.grounds)
        raise DecisionRefused(
            "An authorisation would contradict the assessment, which requires a denial. "
            f"Grounds: {cited}"
        )
