"""Translated labels for the assessment's vocabularies (context ``AssessmentVocabulary``).

The engine's enums are stored in English; the officer reads these labels. Labels are looked up
at call time, so a language switch takes effect the next time a page is built or refreshed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from att_desktop.domain.assessment.model import (
    CitationStyle,
    Confirmation,
    Criterion,
    MitigationKind,
    Recommendation,
    RedFlag,
    ResidualRisk,
    RiskLevel,
    SourceKind,
    StepStatus,
    SupplyChainStage,
)
from att_desktop.domain.countries import country_name
from att_desktop.domain.embargoes import (
    Effect,
    EmbargoWords,
    LegalBasisKind,
    Scope,
    embargo_name_for_id,
)


def risk_label(value: RiskLevel | None) -> str:
    labels = {
        RiskLevel.NONE_IDENTIFIED: QCoreApplication.translate(
            "AssessmentVocabulary", "None identified"
        ),
        RiskLevel.LOW: QCoreApplication.translate("AssessmentVocabulary", "Low"),
        RiskLevel.SUBSTANTIAL: QCoreApplication.translate("AssessmentVocabulary", "Substantial"),
        RiskLevel.OVERRIDING_BEFORE_MITIGATION: QCoreApplication.translate(
            "AssessmentVocabulary", "Overriding before mitigation"
        ),
    }
    if value is None:
        return QCoreApplication.translate("AssessmentVocabulary", "Not assessed")
    return labels.get(value, str(value))


def residual_label(value: ResidualRisk | None) -> str:
    labels = {
        ResidualRisk.NONE_IDENTIFIED: QCoreApplication.translate(
            "AssessmentVocabulary", "None identified"
        ),
        ResidualRisk.LOW: QCoreApplication.translate("AssessmentVocabulary", "Low"),
        ResidualRisk.SUBSTANTIAL: QCoreApplication.translate("AssessmentVocabulary", "Substantial"),
        ResidualRisk.OVERRIDING: QCoreApplication.translate("AssessmentVocabulary", "Overriding"),
    }
    if value is None:
        return QCoreApplication.translate("AssessmentVocabulary", "Not yet determined")
    return labels.get(value, str(value))


def criterion_label(value: Criterion | str) -> str:
    labels = {
        Criterion.A: QCoreApplication.translate(
            "AssessmentVocabulary", "7(1)(a) Peace and security"
        ),
        Criterion.B_I: QCoreApplication.translate(
            "AssessmentVocabulary", "7(1)(b)(i) Serious violation of international humanitarian law"
        ),
        Criterion.B_II: QCoreApplication.translate(
            "AssessmentVocabulary",
            "7(1)(b)(ii) Serious violation of international human rights law",
        ),
        Criterion.B_III: QCoreApplication.translate(
            "AssessmentVocabulary", "7(1)(b)(iii) Offence under the terrorism conventions"
        ),
        Criterion.B_IV: QCoreApplication.translate(
            "AssessmentVocabulary",
            "7(1)(b)(iv) Offence under the transnational organised crime conventions",
        ),
        Criterion.GBV: QCoreApplication.translate(
            "AssessmentVocabulary",
            "7(4) Serious gender-based violence or violence against women and children",
        ),
        Criterion.DIVERSION: QCoreApplication.translate(
            "AssessmentVocabulary", "Article 11 Diversion"
        ),
    }
    try:
        return labels[Criterion(value)]
    except ValueError:
        return str(value)


def criterion_short(value: Criterion) -> str:
    labels = {
        Criterion.A: QCoreApplication.translate("AssessmentVocabulary", "7(1)(a)"),
        Criterion.B_I: QCoreApplication.translate("AssessmentVocabulary", "7(1)(b)(i) IHL"),
        Criterion.B_II: QCoreApplication.translate(
            "AssessmentVocabulary", "7(1)(b)(ii) Human rights"
        ),
        Criterion.B_III: QCoreApplication.translate(
            "AssessmentVocabulary", "7(1)(b)(iii) Terrorism"
        ),
        Criterion.B_IV: QCoreApplication.translate(
            "AssessmentVocabulary", "7(1)(b)(iv) Organised crime"
        ),
        Criterion.GBV: QCoreApplication.translate("AssessmentVocabulary", "7(4) GBV/VAWC"),
        Criterion.DIVERSION: QCoreApplication.translate(
            "AssessmentVocabulary", "Art. 11 Diversion"
        ),
    }
    return labels.get(value, str(value))


def source_kind_label(value: SourceKind) -> str:
    labels = {
        SourceKind.UN_REPORT: QCoreApplication.translate("AssessmentVocabulary", "UN report"),
        SourceKind.HUMAN_RIGHTS_REPORT: QCoreApplication.translate(
            "AssessmentVocabulary", "Human-rights report"
        ),
        SourceKind.EMBASSY_REPORTING: QCoreApplication.translate(
            "AssessmentVocabulary", "Embassy reporting"
        ),
        SourceKind.IMPORTER_DOCUMENTATION: QCoreApplication.translate(
            "AssessmentVocabulary", "Importer's Art. 8(1) documentation"
        ),
        SourceKind.NGO_REPORT: QCoreApplication.translate("AssessmentVocabulary", "NGO report"),
        SourceKind.MEDIA_REPORT: QCoreApplication.translate("AssessmentVocabulary", "Media report"),
        SourceKind.INTELLIGENCE: QCoreApplication.translate("AssessmentVocabulary", "Intelligence"),
        SourceKind.INDUSTRY_DUE_DILIGENCE: QCoreApplication.translate(
            "AssessmentVocabulary", "Industry due diligence"
        ),
        SourceKind.GBV_EXPERT_CONSULTATION: QCoreApplication.translate(
            "AssessmentVocabulary", "Consultation with GBV experts"
        ),
        SourceKind.ACADEMIC: QCoreApplication.translate(
            "AssessmentVocabulary", "Academic research"
        ),
        SourceKind.OTHER: QCoreApplication.translate("AssessmentVocabulary", "Other"),
    }
    return labels.get(value, str(value))


def mitigation_kind_label(value: MitigationKind) -> str:
    labels = {
        MitigationKind.CONFIDENCE_BUILDING: QCoreApplication.translate(
            "AssessmentVocabulary", "Confidence-building measure"
        ),
        MitigationKind.JOINT_PROGRAMME: QCoreApplication.translate(
            "AssessmentVocabulary", "Jointly developed and agreed programme"
        ),
        MitigationKind.END_USE_ASSURANCE: QCoreApplication.translate(
            "AssessmentVocabulary", "End-use / end-user assurance"
        ),
        MitigationKind.RE_EXPORT_CLAUSE: QCoreApplication.translate(
            "AssessmentVocabulary", "No re-export without consent"
        ),
        MitigationKind.DELIVERY_VERIFICATION: QCoreApplication.translate(
            "AssessmentVocabulary", "Delivery verification certificate"
        ),
        MitigationKind.POST_SHIPMENT_VERIFICATION: QCoreApplication.translate(
            "AssessmentVocabulary", "Post-shipment on-site verification"
        ),
        MitigationKind.STOCKPILE_SECURITY: QCoreApplication.translate(
            "AssessmentVocabulary", "Stockpile security assurance"
        ),
        MitigationKind.TRAINING: QCoreApplication.translate(
            "AssessmentVocabulary", "Training of the end user"
        ),
        MitigationKind.OTHER: QCoreApplication.translate("AssessmentVocabulary", "Other measure"),
    }
    return labels.get(value, str(value))


def stage_label(value: SupplyChainStage) -> str:
    labels = {
        SupplyChainStage.MANUFACTURE: QCoreApplication.translate(
            "AssessmentVocabulary", "Manufacture"
        ),
        SupplyChainStage.PRE_TRANSFER: QCoreApplication.translate(
            "AssessmentVocabulary", "Before transfer (point of loading)"
        ),
        SupplyChainStage.TRANSIT: QCoreApplication.translate("AssessmentVocabulary", "In transit"),
        SupplyChainStage.POST_DELIVERY_STORAGE: QCoreApplication.translate(
            "AssessmentVocabulary", "Post-delivery storage"
        ),
        SupplyChainStage.END_USE: QCoreApplication.translate("AssessmentVocabulary", "End use"),
        SupplyChainStage.DISPOSAL: QCoreApplication.translate("AssessmentVocabulary", "Disposal"),
    }
    return labels.get(value, str(value))


def red_flag_label(value: RedFlag) -> str:
    labels = {
        RedFlag.UNUSUAL_ROUTING: QCoreApplication.translate(
            "AssessmentVocabulary", "Unusual or unexplained routing or trans-shipment"
        ),
        RedFlag.UNKNOWN_BROKER: QCoreApplication.translate(
            "AssessmentVocabulary", "Unknown or unregistered brokers or intermediaries"
        ),
        RedFlag.NEEDS_MISMATCH: QCoreApplication.translate(
            "AssessmentVocabulary", "Items or quantities do not match the end user's needs"
        ),
        RedFlag.VAGUE_END_USE: QCoreApplication.translate(
            "AssessmentVocabulary", "Vague or inconsistent end-use information"
        ),
        RedFlag.UNUSUAL_PAYMENT: QCoreApplication.translate(
            "AssessmentVocabulary", "Unusual payment terms"
        ),
        RedFlag.DIVERSION_HISTORY: QCoreApplication.translate(
            "AssessmentVocabulary", "Past diversion involving the end user or route"
        ),
        RedFlag.WEAK_STOCKPILE_SECURITY: QCoreApplication.translate(
            "AssessmentVocabulary", "Weak stockpile security at the end user"
        ),
        RedFlag.OTHER: QCoreApplication.translate("AssessmentVocabulary", "Other red flag"),
    }
    return labels.get(value, str(value))


def effect_label(value: Effect) -> str:
    labels = {
        Effect.PROHIBITED: QCoreApplication.translate("AssessmentVocabulary", "Prohibited"),
        Effect.PROHIBITED_WITHOUT_APPROVAL: QCoreApplication.translate(
            "AssessmentVocabulary", "Prohibited unless approval obtained"
        ),
        Effect.NEEDS_CONFIRMATION: QCoreApplication.translate(
            "AssessmentVocabulary", "Needs confirmation"
        ),
        Effect.NOTIFICATION_REQUIRED: QCoreApplication.translate(
            "AssessmentVocabulary", "Notification required"
        ),
        Effect.NOT_APPLICABLE: QCoreApplication.translate(
            "AssessmentVocabulary", "Does not prohibit"
        ),
    }
    return labels.get(value, str(value))


def legal_basis_label(value: LegalBasisKind) -> str:
    labels = {
        LegalBasisKind.UN_CHAPTER_VII: QCoreApplication.translate(
            "AssessmentVocabulary", "UN Security Council, Chapter VII (Art. 6(1))"
        ),
        LegalBasisKind.OTHER_INTERNATIONAL_OBLIGATION: QCoreApplication.translate(
            "AssessmentVocabulary", "Other international obligation (Art. 6(2))"
        ),
    }
    return labels.get(value, str(value))


def scope_label(value: Scope) -> str:
    labels = {
        Scope.COUNTRY: QCoreApplication.translate("AssessmentVocabulary", "Whole country"),
        Scope.NON_STATE: QCoreApplication.translate(
            "AssessmentVocabulary", "Non-State actors only"
        ),
        Scope.LISTED: QCoreApplication.translate(
            "AssessmentVocabulary", "Listed persons and entities"
        ),
        Scope.REGION: QCoreApplication.translate("AssessmentVocabulary", "Part of the country"),
    }
    return labels.get(value, str(value))


def confirmation_label(value: Confirmation | None) -> str:
    labels = {
        Confirmation.APPLIES: QCoreApplication.translate(
            "AssessmentVocabulary", "The embargo applies"
        ),
        Confirmation.DOES_NOT_APPLY: QCoreApplication.translate(
            "AssessmentVocabulary", "The embargo does not apply"
        ),
        Confirmation.APPROVAL_OBTAINED: QCoreApplication.translate(
            "AssessmentVocabulary", "Committee approval obtained"
        ),
        Confirmation.APPROVAL_NOT_OBTAINED: QCoreApplication.translate(
            "AssessmentVocabulary", "Committee approval not obtained"
        ),
        Confirmation.NOTIFIED: QCoreApplication.translate(
            "AssessmentVocabulary", "Committee notified"
        ),
    }
    if value is None:
        return QCoreApplication.translate("AssessmentVocabulary", "Not yet confirmed")
    return labels.get(value, str(value))


def recommendation_label(value: Recommendation) -> str:
    labels = {
        Recommendation.DENY: QCoreApplication.translate("AssessmentVocabulary", "Deny"),
        Recommendation.AUTHORISE_POSSIBLE: QCoreApplication.translate(
            "AssessmentVocabulary", "Authorisation possible"
        ),
        Recommendation.INCOMPLETE: QCoreApplication.translate(
            "AssessmentVocabulary", "Assessment incomplete"
        ),
    }
    return labels.get(value, str(value))


def step_status_label(value: StepStatus) -> str:
    labels = {
        StepStatus.DONE: QCoreApplication.translate("AssessmentVocabulary", "Done"),
        StepStatus.CURRENT: QCoreApplication.translate("AssessmentVocabulary", "Current step"),
        StepStatus.NOT_REACHED: QCoreApplication.translate("AssessmentVocabulary", "Not reached"),
        StepStatus.NOT_NEEDED: QCoreApplication.translate("AssessmentVocabulary", "Not needed"),
    }
    return labels.get(value, str(value))


def gbv_step_title(number: int) -> str:
    """The flowchart's steps, shortened to fit its boxes."""
    labels = {
        1: QCoreApplication.translate("AssessmentVocabulary", "Prevalent types of GBV / VAWC"),
        2: QCoreApplication.translate("AssessmentVocabulary", "Are they serious?"),
        3: QCoreApplication.translate("AssessmentVocabulary", "Effective preventive action?"),
        4: QCoreApplication.translate("AssessmentVocabulary", "Overriding risk?"),
        5: QCoreApplication.translate(
            "AssessmentVocabulary", "Mitigation reliably reduces the risk?"
        ),
    }
    return labels.get(number, str(number))


def embargo_label(embargo_id: str) -> str | None:
    """An embargo by country, body and resolution in the officer's language, never its id:
    "Libya — UN Security Council arms embargo (resolution 1970 (2011))". None for an id the
    shipped reference data does not hold."""
    language = QLocale().name()  # install_translators makes the chosen language the default
    words = EmbargoWords(
        un_body=QCoreApplication.translate(
            "AssessmentVocabulary", "UN Security Council arms embargo"
        ),
        resolution=QCoreApplication.translate(
            "AssessmentVocabulary",
            " (resolution %1 (%2))",
            "after an arms embargo's name: its UN resolution and year",
        )
        .replace("%1", "{number}")
        .replace("%2", "{year}"),
        dash=QCoreApplication.translate("AssessmentVocabulary", " — ", "embargo name separator"),
        language=language,
    )
    return embargo_name_for_id(embargo_id, lambda code: country_name(code, language), words)


def citation_style() -> CitationStyle:
    """How the UI words ``Ground.citation``: ``Article 7(3) · 7(4) GBV/VAWC``, translated."""

    def criterion(code: str, article: int) -> str:
        if article == 6:
            return embargo_label(code) or code  # an id the shipped data lacks stays as is
        try:
            return criterion_short(Criterion(code))
        except ValueError:
            return code  # an older code

    def template(text: str) -> str:
        return text.replace("%1", "{article}").replace("%2", "{paragraph}")

    return CitationStyle(
        article=template(QCoreApplication.translate("AssessmentVocabulary", "Article %1")),
        article_paragraph=template(
            QCoreApplication.translate("AssessmentVocabulary", "Article %1(%2)")
        ),
        separator=" · ",
        criterion=criterion,
    )


__all__ = [
    "citation_style",
    "confirmation_label",
    "criterion_label",
    "criterion_short",
    "effect_label",
    "embargo_label",
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


PREVENTION_TAKEN = (
    "Step 3: the importing State takes effective preventive action, weighed in step 4 "
    "(it does not lower the risk by itself)."
)
PREVENTION_NOT_TAKEN = (
    "Step 3: the importing State does not take effective preventive action, which weighs "
    "towards an overriding risk in step 4."
)


def _gbv_fixed_texts() -> dict[str, str]:
    """The engine's fixed GBV step explanations (``domain/assessment/gbv.py``), translated.

    Each call is spelled out in full so that ``lupdate`` finds the text.
    """
    return {
        PREVENTION_TAKEN: QCoreApplication.translate(
            "GbvStepText",
            "Step 3: the importing State takes effective preventive action, weighed in step 4 "
            "(it does not lower the risk by itself).",
        ),
        PREVENTION_NOT_TAKEN: QCoreApplication.translate(
            "GbvStepText",
            "Step 3: the importing State does not take effective preventive action, which "
            "weighs towards an overriding risk in step 4.",
        ),
        "Not answered yet.": QCoreApplication.translate("GbvStepText", "Not answered yet."),
        "Not reached yet.": QCoreApplication.translate("GbvStepText", "Not reached yet."),
        "Not needed: the flowchart ended earlier.": QCoreApplication.translate(
            "GbvStepText", "Not needed: the flowchart ended earlier."
        ),
        "Record the risk before mitigation first.": QCoreApplication.translate(
            "GbvStepText", "Record the risk before mitigation first."
        ),
        "No prevalent GBV/VAWC identified.": QCoreApplication.translate(
            "GbvStepText", "No prevalent GBV/VAWC identified."
        ),
        "No prevalent GBV/VAWC: no 7(4) risk.": QCoreApplication.translate(
            "GbvStepText", "No prevalent GBV/VAWC: no 7(4) risk."
        ),
        "The prevalent violations are not serious.": QCoreApplication.translate(
            "GbvStepText", "The prevalent violations are not serious."
        ),
        "The prevalent violations are serious.": QCoreApplication.translate(
            "GbvStepText", "The prevalent violations are serious."
        ),
        "Article 7(4) concerns serious acts; the prevalent violations are not serious.": QCoreApplication.translate(  # noqa: E501
            "GbvStepText",
            "Article 7(4) concerns serious acts; the prevalent violations are not serious.",
        ),
        "The importing State takes effective preventive action.": QCoreApplication.translate(
            "GbvStepText", "The importing State takes effective preventive action."
        ),
        "The importing State does not take effective preventive action.": QCoreApplication.translate(  # noqa: E501
            "GbvStepText", "The importing State does not take effective preventive action."
        ),
        "No mitigation measure addresses this risk.": QCoreApplication.translate(
            "GbvStepText", "No mitigation measure addresses this risk."
        ),
        "Consider mitigation: link a measure to this risk, or record that none addresses it.": QCoreApplication.translate(  # noqa: E501
            "GbvStepText",
            "Consider mitigation: link a measure to this risk, or record that none addresses it.",
        ),
        "The flowchart is not finished.": QCoreApplication.translate(
            "GbvStepText", "The flowchart is not finished."
        ),
        "After mitigation an overriding risk remains (Article 7(4), 7(3)).": QCoreApplication.translate(  # noqa: E501
            "GbvStepText", "After mitigation an overriding risk remains (Article 7(4), 7(3))."
        ),
        "After mitigation no overriding risk remains (Article 7(4), 7(3)).": QCoreApplication.translate(  # noqa: E501
            "GbvStepText", "After mitigation no overriding risk remains (Article 7(4), 7(3))."
        ),
    }


def _level_word(word: str) -> str:
    """'overriding', 'substantial', 'low', 'none identified' as the engine writes them."""
    key = word.strip().replace(" ", "_")
    for level in ResidualRisk:
        if level.value == key:
            return residual_label(level).lower()
    return word


def gbv_step_text(text: str) -> str:
    """A GBV step explanation from the engine in the officer's language (English otherwise)."""
    fixed = _gbv_fixed_texts()
    if text in fixed:
        return fixed[text]
    for prefix in (PREVENTION_TAKEN, PREVENTION_NOT_TAKEN):
        if text.startswith(prefix + " "):  # step 4 opens with step 3's finding
            return f"{fixed[prefix]} {gbv_step_text(text[len(prefix) + 1 :])}"
    patterns: tuple[tuple[str, str], ...] = (
        (r"^Prevalent: (.+)\.$", QCoreApplication.translate("GbvStepText", "Prevalent: %1.")),
        (
            r"^Reliably reduced by (.+)\.$",
            QCoreApplication.translate("GbvStepText", "Reliably reduced by %1."),
        ),
        (
            r"^Measures (.+) do not reliably reduce it\.$",
            QCoreApplication.translate("GbvStepText", "Measures %1 do not reliably reduce it."),
        ),
    )
    for pattern, template in patterns:
        m = re.match(pattern, text)
        if m:
            return template.replace("%1", m.group(1))
    m = re.match(r"^Risk (.+) before mitigation; decide on the measures\.$", text)
    if m:
        return QCoreApplication.translate(
            "GbvStepText", "Risk %1 before mitigation; decide on the measures."
        ).replace("%1", _level_word(m.group(1)))
    m = re.match(
        r"^Risk (.+) before mitigation, (.+) after: (an|no) overriding risk remains\.$", text
    )
    if m:
        template = (
            QCoreApplication.translate(
                "GbvStepText", "Risk %1 before mitigation, %2 after: an overriding risk remains."
            )
            if m.group(3) == "an"
            else QCoreApplication.translate(
                "GbvStepText", "Risk %1 before mitigation, %2 after: no overriding risk remains."
            )
        )
        return template.replace("%1", _level_word(m.group(1))).replace(
            "%2", _level_word(m.group(2))
        )
    return text
