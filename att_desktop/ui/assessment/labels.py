"""Translated labels for the assessment's vocabularies (context ``AssessmentVocabulary``).

The engine's enums are stored in English; the officer reads these labels. Labels are looked up
at call time, so a language switch takes effect the next time a page is built or refreshed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.assessment.model import (
    Confirmation,
    Criterion,
    Ground,
    MitigationKind,
    Recommendation,
    RedFlag,
    ResidualRisk,
    RiskLevel,
    SourceKind,
    StepStatus,
    SupplyChainStage,
)
from att_desktop.domain.embargoes import Effect, LegalBasisKind, Scope

_C = "AssessmentVocabulary"


def risk_label(value: RiskLevel | None) -> str:
    labels = {
        RiskLevel.NONE_IDENTIFIED: QCoreApplication.translate(_C, "None identified"),
        RiskLevel.LOW: QCoreApplication.translate(_C, "Low"),
        RiskLevel.SUBSTANTIAL: QCoreApplication.translate(_C, "Substantial"),
        RiskLevel.OVERRIDING_BEFORE_MITIGATION: QCoreApplication.translate(
            _C, "Overriding before mitigation"
        ),
    }
    if value is None:
        return QCoreApplication.translate(_C, "Not assessed")
    return labels.get(value, str(value))


def residual_label(value: ResidualRisk | None) -> str:
    labels = {
        ResidualRisk.NONE_IDENTIFIED: QCoreApplication.translate(_C, "None identified"),
        ResidualRisk.LOW: QCoreApplication.translate(_C, "Low"),
        ResidualRisk.SUBSTANTIAL: QCoreApplication.translate(_C, "Substantial"),
        ResidualRisk.OVERRIDING: QCoreApplication.translate(_C, "Overriding"),
    }
    if value is None:
        return QCoreApplication.translate(_C, "Not yet determined")
    return labels.get(value, str(value))


def criterion_label(value: Criterion | str) -> str:
    labels = {
        Criterion.A: QCoreApplication.translate(_C, "7(1)(a) Peace and security"),
        Criterion.B_I: QCoreApplication.translate(
            _C, "7(1)(b)(i) Serious violation of international humanitarian law"
        ),
        Criterion.B_II: QCoreApplication.translate(
            _C, "7(1)(b)(ii) Serious violation of international human rights law"
        ),
        Criterion.B_III: QCoreApplication.translate(
            _C, "7(1)(b)(iii) Offence under the terrorism conventions"
        ),
        Criterion.B_IV: QCoreApplication.translate(
            _C, "7(1)(b)(iv) Offence under the transnational organised crime conventions"
        ),
        Criterion.GBV: QCoreApplication.translate(
            _C, "7(4) Serious gender-based violence or violence against women and children"
        ),
        Criterion.DIVERSION: QCoreApplication.translate(_C, "Article 11 Diversion"),
    }
    try:
        return labels[Criterion(value)]
    except ValueError:
        return str(value)


def criterion_short(value: Criterion) -> str:
    labels = {
        Criterion.A: QCoreApplication.translate(_C, "7(1)(a)"),
        Criterion.B_I: QCoreApplication.translate(_C, "7(1)(b)(i) IHL"),
        Criterion.B_II: QCoreApplication.translate(_C, "7(1)(b)(ii) Human rights"),
        Criterion.B_III: QCoreApplication.translate(_C, "7(1)(b)(iii) Terrorism"),
        Criterion.B_IV: QCoreApplication.translate(_C, "7(1)(b)(iv) Organised crime"),
        Criterion.GBV: QCoreApplication.translate(_C, "7(4) GBV/VAWC"),
        Criterion.DIVERSION: QCoreApplication.translate(_C, "Art. 11 Diversion"),
    }
    return labels.get(value, str(value))


def source_kind_label(value: SourceKind) -> str:
    labels = {
        SourceKind.UN_REPORT: QCoreApplication.translate(_C, "UN report"),
        SourceKind.HUMAN_RIGHTS_REPORT: QCoreApplication.translate(_C, "Human-rights report"),
        SourceKind.EMBASSY_REPORTING: QCoreApplication.translate(_C, "Embassy reporting"),
        SourceKind.IMPORTER_DOCUMENTATION: QCoreApplication.translate(
            _C, "Importer's Art. 8(1) documentation"
        ),
        SourceKind.NGO_REPORT: QCoreApplication.translate(_C, "NGO report"),
        SourceKind.MEDIA_REPORT: QCoreApplication.translate(_C, "Media report"),
        SourceKind.INTELLIGENCE: QCoreApplication.translate(_C, "Intelligence"),
        SourceKind.INDUSTRY_DUE_DILIGENCE: QCoreApplication.translate(_C, "Industry due diligence"),
        SourceKind.GBV_EXPERT_CONSULTATION: QCoreApplication.translate(
            _C, "Consultation with GBV experts"
        ),
        SourceKind.ACADEMIC: QCoreApplication.translate(_C, "Academic research"),
        SourceKind.OTHER: QCoreApplication.translate(_C, "Other"),
    }
    return labels.get(value, str(value))


def mitigation_kind_label(value: MitigationKind) -> str:
    labels = {
        MitigationKind.CONFIDENCE_BUILDING: QCoreApplication.translate(
            _C, "Confidence-building measure"
        ),
        MitigationKind.JOINT_PROGRAMME: QCoreApplication.translate(
            _C, "Jointly developed and agreed programme"
        ),
        MitigationKind.END_USE_ASSURANCE: QCoreApplication.translate(
            _C, "End-use / end-user assurance"
        ),
        MitigationKind.RE_EXPORT_CLAUSE: QCoreApplication.translate(
            _C, "No re-export without consent"
        ),
        MitigationKind.DELIVERY_VERIFICATION: QCoreApplication.translate(
            _C, "Delivery verification certificate"
        ),
        MitigationKind.POST_SHIPMENT_VERIFICATION: QCoreApplication.translate(
            _C, "Post-shipment on-site verification"
        ),
        MitigationKind.STOCKPILE_SECURITY: QCoreApplication.translate(
            _C, "Stockpile security assurance"
        ),
        MitigationKind.TRAINING: QCoreApplication.translate(_C, "Training of the end user"),
        MitigationKind.OTHER: QCoreApplication.translate(_C, "Other measure"),
    }
    return labels.get(value, str(value))


def stage_label(value: SupplyChainStage) -> str:
    labels = {
        SupplyChainStage.MANUFACTURE: QCoreApplication.translate(_C, "Manufacture"),
        SupplyChainStage.PRE_TRANSFER: QCoreApplication.translate(
            _C, "Before transfer (point of loading)"
        ),
        SupplyChainStage.TRANSIT: QCoreApplication.translate(_C, "In transit"),
        SupplyChainStage.POST_DELIVERY_STORAGE: QCoreApplication.translate(
            _C, "Post-delivery storage"
        ),
        SupplyChainStage.END_USE: QCoreApplication.translate(_C, "End use"),
        SupplyChainStage.DISPOSAL: QCoreApplication.translate(_C, "Disposal"),
    }
    return labels.get(value, str(value))


def red_flag_label(value: RedFlag) -> str:
    labels = {
        RedFlag.UNUSUAL_ROUTING: QCoreApplication.translate(
            _C, "Unusual or unexplained routing or trans-shipment"
        ),
        RedFlag.UNKNOWN_BROKER: QCoreApplication.translate(
            _C, "Unknown or unregistered brokers or intermediaries"
        ),
        RedFlag.NEEDS_MISMATCH: QCoreApplication.translate(
            _C, "Items or quantities do not match the end user's needs"
        ),
        RedFlag.VAGUE_END_USE: QCoreApplication.translate(
            _C, "Vague or inconsistent end-use information"
        ),
        RedFlag.UNUSUAL_PAYMENT: QCoreApplication.translate(_C, "Unusual payment terms"),
        RedFlag.DIVERSION_HISTORY: QCoreApplication.translate(
            _C, "Past diversion involving the end user or route"
        ),
        RedFlag.WEAK_STOCKPILE_SECURITY: QCoreApplication.translate(
            _C, "Weak stockpile security at the end user"
        ),
        RedFlag.OTHER: QCoreApplication.translate(_C, "Other red flag"),
    }
    return labels.get(value, str(value))


def effect_label(value: Effect) -> str:
    labels = {
        Effect.PROHIBITED: QCoreApplication.translate(_C, "Prohibited"),
        Effect.PROHIBITED_WITHOUT_APPROVAL: QCoreApplication.translate(
            _C, "Prohibited unless approval obtained"
        ),
        Effect.NEEDS_CONFIRMATION: QCoreApplication.translate(_C, "Needs confirmation"),
        Effect.NOTIFICATION_REQUIRED: QCoreApplication.translate(_C, "Notification required"),
        Effect.NOT_APPLICABLE: QCoreApplication.translate(_C, "Does not prohibit"),
    }
    return labels.get(value, str(value))


def legal_basis_label(value: LegalBasisKind) -> str:
    labels = {
        LegalBasisKind.UN_CHAPTER_VII: QCoreApplication.translate(
            _C, "UN Security Council, Chapter VII (Art. 6(1))"
        ),
        LegalBasisKind.OTHER_INTERNATIONAL_OBLIGATION: QCoreApplication.translate(
            _C, "Other international obligation (Art. 6(2))"
        ),
    }
    return labels.get(value, str(value))


def scope_label(value: Scope) -> str:
    labels = {
        Scope.COUNTRY: QCoreApplication.translate(_C, "Whole country"),
        Scope.NON_STATE: QCoreApplication.translate(_C, "Non-State actors only"),
        Scope.LISTED: QCoreApplication.translate(_C, "Listed persons and entities"),
        Scope.REGION: QCoreApplication.translate(_C, "Part of the country"),
    }
    return labels.get(value, str(value))


def confirmation_label(value: Confirmation | None) -> str:
    labels = {
        Confirmation.APPLIES: QCoreApplication.translate(_C, "The embargo applies"),
        Confirmation.DOES_NOT_APPLY: QCoreApplication.translate(_C, "The embargo does not apply"),
        Confirmation.APPROVAL_OBTAINED: QCoreApplication.translate(
            _C, "Committee approval obtained"
        ),
        Confirmation.APPROVAL_NOT_OBTAINED: QCoreApplication.translate(
            _C, "Committee approval not obtained"
        ),
        Confirmation.NOTIFIED: QCoreApplication.translate(_C, "Committee notified"),
    }
    if value is None:
        return QCoreApplication.translate(_C, "Not yet confirmed")
    return labels.get(value, str(value))


def recommendation_label(value: Recommendation) -> str:
    labels = {
        Recommendation.DENY: QCoreApplication.translate(_C, "Deny"),
        Recommendation.AUTHORISE_POSSIBLE: QCoreApplication.translate(_C, "Authorisation possible"),
        Recommendation.INCOMPLETE: QCoreApplication.translate(_C, "Assessment incomplete"),
    }
    return labels.get(value, str(value))


def step_status_label(value: StepStatus) -> str:
    labels = {
        StepStatus.DONE: QCoreApplication.translate(_C, "Done"),
        StepStatus.CURRENT: QCoreApplication.translate(_C, "Current step"),
        StepStatus.NOT_REACHED: QCoreApplication.translate(_C, "Not reached"),
        StepStatus.NOT_NEEDED: QCoreApplication.translate(_C, "Not needed"),
    }
    return labels.get(value, str(value))


def gbv_step_title(number: int) -> str:
    """The flowchart's steps, shortened to fit its boxes."""
    labels = {
        1: QCoreApplication.translate(_C, "Prevalent types of GBV / VAWC"),
        2: QCoreApplication.translate(_C, "Are they serious?"),
        3: QCoreApplication.translate(_C, "Effective preventive action?"),
        4: QCoreApplication.translate(_C, "Overriding risk?"),
        5: QCoreApplication.translate(_C, "Mitigation reliably reduces the risk?"),
    }
    return labels.get(number, str(number))


def citation(ground: Ground) -> str:
    """``Article 7(3), 7(4) GBV/VAWC``: the article, paragraph and criterion, translated."""
    if ground.paragraph is None:
        text = QCoreApplication.translate(_C, "Article %1").replace("%1", str(ground.article))
    else:
        text = (
            QCoreApplication.translate(_C, "Article %1(%2)")
            .replace("%1", str(ground.article))
            .replace("%2", str(ground.paragraph))
        )
    if ground.criterion:
        try:
            text += " · " + criterion_short(Criterion(ground.criterion))
        except ValueError:
            text += " · " + ground.criterion
    return text


__all__ = [
    "citation",
    "confirmation_label",
    "criterion_label",
    "criterion_short",
    "effect_label",
    "gbv_step_title",
    "legal_basis_label",
    "mitigation_kind_label",
    "recommendation_label",
    "red_flag_label",
    "residual_label",
    "risk_label",
    "scope_label",
    "source_kind_label",
    "stage_label",
    "step_status_label",
]
