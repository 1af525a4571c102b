"""From findings to a recommendation, in the treaty's order, and the guard on decisions.

1. Article 6 first: any prohibition means the only decision is a denial citing the paragraph;
   mitigation is not considered at all (no measure lifts a prohibition).
2. Otherwise Article 7 and Article 11: every criterion must be assessed; mitigation (7(2)) is
   applied; an overriding residual risk on any criterion means denial under 7(3) (and 7(4)
   for GBV). Anything unanswered makes the assessment incomplete: it cannot be decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from att_desktop.domain.assessment import article6, article7, diversion, gbv, mitigation
from att_desktop.domain.assessment.article7 import CRITERION_TITLE_MESSAGES
from att_desktop.domain.assessment.model import (
    Article7Basis,
    AssessmentInput,
    AssessmentResult,
    Criterion,
    CriterionResult,
    Ground,
    Recommendation,
    ResidualRisk,
    as_written,
    english,
)
from att_desktop.domain.enums import DecisionOutcome, TransferType
from att_desktop.i18n import Joined, Message, msg, translate

NO_MITIGATION_NOTE_MSG = msg(
    "Mitigation measures were not considered: no mitigation lifts an Article 6 prohibition.",
    context="assessment note",
)
NO_MITIGATION_NOTE = translate(NO_MITIGATION_NOTE_MSG, "en")

_TRANSFER_WORDS: dict[TransferType, Message] = {
    TransferType.EXPORT: msg("export", context="transfer type in a sentence"),
    TransferType.IMPORT: msg("import", context="transfer type in a sentence"),
    TransferType.TRANSIT: msg("transit", context="transfer type in a sentence"),
    TransferType.TRANSSHIPMENT: msg("trans-shipment", context="transfer type in a sentence"),
    TransferType.BROKERING: msg("brokering", context="transfer type in a sentence"),
}


class DecisionRefused(ValueError):
    """The proposed decision contradicts the assessment or the assessment is incomplete;
    ``str`` is the English, ``message`` the same to translate."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(translate(message, "en"))


def article7_note_message(inp: AssessmentInput) -> Message | None:
    """What the record says about Article 7 for a transfer other than an export (None for one)."""
    kind = _TRANSFER_WORDS[inp.transfer_type]
    if inp.article7_basis is Article7Basis.NOT_APPLICABLE:
        return msg(
            "Article 7 not applicable: {kind}. Article 7(1) binds the exporting State; the "
            "authority's national policy does not apply it to this transfer type.",
            context="assessment note",
            kind=kind,
        )
    if inp.article7_basis is Article7Basis.NATIONAL_POLICY:
        return msg(
            "Article 7 assessed under national policy ({kind}).",
            context="assessment note",
            kind=kind,
        )
    return None


def article7_note(inp: AssessmentInput) -> str:
    """``article7_note_message`` in English ("" for an export)."""
    note = article7_note_message(inp)
    return "" if note is None else translate(note, "en")


def _result(
    recommendation: Recommendation,
    *,
    missing: Sequence[Message] = (),
    conditions: Sequence[Message] = (),
    notes: Sequence[Message] = (),
    **rest: Any,
) -> AssessmentResult:
    """A result with each text in English (the record) and as a message (the window, PDFs)."""
    return AssessmentResult(
        recommendation,
        missing=english(missing),
        conditions=english(conditions),
        notes=english(notes),
        missing_messages=tuple(missing),
        condition_messages=tuple(conditions),
        note_messages=tuple(notes),
        **rest,
    )


def evaluate(inp: AssessmentInput) -> AssessmentResult:
    a6 = article6.evaluate(inp.article6)
    basis = inp.article7_basis
    note = article7_note_message(inp)
    a7_note = (note,) if note is not None else ()
    if a6.prohibited:
        return _result(
            Recommendation.DENY,
            grounds=a6.prohibitions,
            notes=(*a6.notes, NO_MITIGATION_NOTE_MSG, *a7_note),
            article7_basis=basis,
        )
    if basis is Article7Basis.NOT_APPLICABLE:
        return _result(
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
        *gbv.missing_messages(inp.gbv, measures, policy),
        *diversion.missing(inp.diversion),
        *mitigation.missing(measures, policy),
    ]
    notes = (
        *a6.notes,
        *diversion.notes(inp.diversion),
        *mitigation.notes(measures, policy, CRITERION_TITLE_MESSAGES),
        *gbv.step3_notes(inp.gbv, gbv_result.residual),
        *_weighing_notes(inp, rows),
        *a7_note,
    )
    if missing:
        return _result(
            Recommendation.INCOMPLETE,
            missing=missing,
            conditions=a6.conditions,
            notes=notes,
            criteria=rows,
            gbv=gbv_result,
            article7_basis=basis,
        )
    grounds = tuple(g for row in rows for g in _grounds(row))
    recommendation = Recommendation.DENY if grounds else Recommendation.AUTHORISE_POSSIBLE
    return _result(
        recommendation,
        grounds=grounds,
        conditions=a6.conditions,
        notes=notes,
        criteria=rows,
        gbv=gbv_result,
        article7_basis=basis,
    )


def _weighing_notes(inp: AssessmentInput, rows: tuple[CriterionResult, ...]) -> list[Message]:
    """Article 7(3) weighs 7(1)(a)'s "would contribute to or undermine": a contribution never
    lowers a risk by itself (an overriding risk is one it does not outweigh), and a substantial
    risk left with nothing recorded on the other side of the scale is flagged for a person."""
    answer = inp.peace_contribution.answer
    overriding = Joined(
        tuple(
            CRITERION_TITLE_MESSAGES[r.criterion]
            for r in rows
            if r.residual is ResidualRisk.OVERRIDING
        )
    )
    substantial = Joined(
        tuple(
            CRITERION_TITLE_MESSAGES[r.criterion]
            for r in rows
            if r.residual is ResidualRisk.SUBSTANTIAL
        )
    )
    if overriding.items and answer:
        return [
            msg(
                "Article 7(3): the contribution to peace and security recorded under 7(1)(a) "
                "does not outweigh an overriding risk ({risks}).",
                context="assessment note",
                risks=overriding,
            )
        ]
    if overriding.items or not substantial.items:
        return []
    if answer:
        return [
            msg(
                "Article 7(3): the contribution to peace and security recorded under 7(1)(a) was "
                "weighed against the substantial risks after mitigation ({risks}), found not "
                "overriding.",
                context="assessment note",
                risks=substantial,
            )
        ]
    return [
        msg(
            "Article 7(3): substantial risks remain after mitigation ({risks}) and no "
            "contribution to peace and security is recorded under 7(1)(a) to weigh against "
            "them: confirm that they are not overriding.",
            context="assessment note",
            risks=substantial,
        )
    ]


def _grounds(row: CriterionResult) -> list[Ground]:
    if row.residual is not ResidualRisk.OVERRIDING:
        return []
    title = CRITERION_TITLE_MESSAGES[row.criterion]
    explanation = row.message if row.message is not None else as_written(row.explanation)
    why = msg(
        "Overriding risk after mitigation: {explanation}",
        context="ground",
        explanation=explanation,
    )
    if row.criterion is Criterion.GBV:
        return [
            Ground.of(
                7,
                4,
                Criterion.GBV.value,
                msg(
                    "Risk taken into account under {title}. {why}",
                    context="ground",
                    title=title,
                    why=why,
                ),
            ),
            Ground.of(
                7,
                3,
                Criterion.GBV.value,
                msg("Shall not authorise: {why}", context="ground", why=why),
            ),
        ]
    if row.criterion is Criterion.DIVERSION:
        return [
            Ground.of(
                11,
                2,
                Criterion.DIVERSION.value,
                msg(
                    "Article 11(2) lists not authorising the export among the measures to "
                    "prevent diversion. {why}",
                    context="ground",
                    why=why,
                ),
            )
        ]
    return [
        Ground.of(
            7, 3, row.criterion.value, msg("Shall not authorise: {why}", context="ground", why=why)
        )
    ]


def validate_decision(result: AssessmentResult, proposed: DecisionOutcome) -> None:
    """Refuse a decision the assessment does not support; a denial of an authorisable case is
    allowed (a State may refuse for reasons of its own), an authorisation of a denial is not."""
    if result.recommendation is Recommendation.INCOMPLETE:
        missing: tuple[object, ...] = result.missing
        if len(result.missing_messages) == len(result.missing):
            missing = result.missing_messages
        items: object = Joined(missing) if missing else msg("unknown items", context="decision")
        raise DecisionRefused(
            msg(
                "The assessment is incomplete, so no decision can be recorded yet. Missing: "
                "{items}",
                context="decision",
                items=items,
            )
        )
    if result.recommendation is Recommendation.DENY and proposed is DecisionOutcome.AUTHORISE:
        cited = Joined(
            tuple(
                msg(
                    "{label}: {value}",
                    context="punctuation",
                    label=g.citation(),
                    value=g.message if g.message is not None else as_written(g.explanation),
                )
                for g in result.grounds
            )
        )
        raise DecisionRefused(
            msg(
                "An authorisation would contradict the assessment, which requires a denial. "
                "Grounds: {grounds}",
                context="decision",
                grounds=cited,
            )
        )
