"""Builders for complete assessments, shared by the assessment tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Answer,
    Article6Input,
    AssessmentInput,
    Criterion,
    DiversionInput,
    EmbargoMatchRecord,
    EndUserAssurances,
    Finding,
    GbvInput,
    MitigationKind,
    MitigationMeasure,
    RiskLevel,
    RiskLink,
    Source,
    SourceKind,
    SupplyChainStage,
)
from att_desktop.domain.embargoes import Effect, LegalBasisKind

SOURCE = Source(SourceKind.UN_REPORT, "Panel of Experts report", date(2025, 6, 1), "S/2025/1")


def finding(level: RiskLevel) -> Finding:
    return Finding(level, "Reasoned on the cited reports.", (SOURCE,))


def answer(value: bool) -> Answer:
    return Answer(value, "Considered the available information.", (SOURCE,))


def clean_article6() -> Article6Input:
    return Article6Input(
        screened_on=date(2026, 1, 15), other_obligations=answer(False), knowledge=answer(False)
    )


def serious_gbv(level: RiskLevel = RiskLevel.OVERRIDING_BEFORE_MITIGATION) -> GbvInput:
    return GbvInput(
        prevalent=answer(True),
        prevalent_types=("conflict-related sexual violence",),
        serious=answer(True),
        effective_prevention=answer(False),
        risk=finding(level),
        no_mitigation_available=True,
        overriding_reasoning="Weighed after mitigation.",
    )


def no_gbv() -> GbvInput:
    return GbvInput(prevalent=answer(False))


def low_diversion() -> DiversionInput:
    return DiversionInput(
        stages=tuple((s, finding(RiskLevel.LOW)) for s in SupplyChainStage),
        assurances=EndUserAssurances(certificate_received=True, certificate_authenticated=True),
    )


def measure(criterion: Criterion, reliable: bool | None, mid: str = "m1") -> MitigationMeasure:
    """A measure of a kind that can lower ``criterion`` (Art. 7(2), 11(2)): training for the
    risks training addresses (IHL, human rights, GBV), a jointly agreed programme otherwise."""
    trainable = criterion in (Criterion.B_I, Criterion.B_II, Criterion.GBV)
    return MitigationMeasure(
        id=mid,
        kind=MitigationKind.TRAINING if trainable else MitigationKind.JOINT_PROGRAMME,
        description="Training and vetting programme agreed with the importer",
        links=(RiskLink(criterion, reliable, "Judged on the importer's record."),),
        reasoning="Judged on the importer's record.",
    )


def complete(**changes: object) -> AssessmentInput:
    """A complete assessment with low risks everywhere: authorisation possible."""
    base = AssessmentInput(
        article6=clean_article6(),
        article7=tuple((c, finding(RiskLevel.LOW)) for c in ARTICLE7_1),
        gbv=no_gbv(),
        diversion=low_diversion(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def embargo_record(effect: Effect, **changes: object) -> EmbargoMatchRecord:
    record = EmbargoMatchRecord(
        embargo_id="test-embargo",
        title="Test embargo",
        legal_basis_kind=LegalBasisKind.UN_CHAPTER_VII,
        effect=effect,
        explanation="Test embargo (S/RES/1): prohibited.",
    )
    return replace(record, **changes)  # type: ignore[arg-type]
