"""Translated names of the committee's vocabulary (opinions, work reasons).

Each call is spelled ``QCoreApplication.translate(...)`` in full: lupdate does not follow an
alias such as ``tr = QCoreApplication.translate`` and would file the context as the text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import OpinionKind
from att_desktop.domain.follow_up import ObligationKind
from att_desktop.services.work_items import WorkItem, WorkReason
from att_desktop.ui.change_requests.labels import kind_label as change_kind_label
from att_desktop.ui.follow_up.labels import what_text as follow_up_what


def opinion_label(kind: OpinionKind) -> str:
    return {
        OpinionKind.APPROVE: QCoreApplication.translate("CommitteeVocabulary", "Approve"),
        OpinionKind.APPROVE_WITH_CONDITIONS: QCoreApplication.translate(
            "CommitteeVocabulary", "Approve with conditions"
        ),
        OpinionKind.REFUSE: QCoreApplication.translate("CommitteeVocabulary", "Refuse"),
        OpinionKind.ABSTAIN: QCoreApplication.translate("CommitteeVocabulary", "Abstain"),
    }[kind]


def work_reason_label(reason: WorkReason) -> str:
    return {
        WorkReason.ASSIGNED: QCoreApplication.translate("CommitteeVocabulary", "Assigned to you"),
        WorkReason.OPINION_AWAITED: QCoreApplication.translate(
            "CommitteeVocabulary", "Your agency's opinion is awaited"
        ),
        WorkReason.DECISION_AWAITED: QCoreApplication.translate(
            "CommitteeVocabulary", "Ready for your decision"
        ),
        WorkReason.MENTIONED: QCoreApplication.translate(
            "CommitteeVocabulary", "You were mentioned"
        ),
        WorkReason.OPINION_OVERDUE: QCoreApplication.translate(
            "CommitteeVocabulary", "An opinion is overdue"
        ),
        WorkReason.FOLLOW_UP_OVERDUE: QCoreApplication.translate(
            "CommitteeVocabulary", "Licence follow-up overdue"
        ),
        WorkReason.CHANGE_REQUEST_AWAITED: QCoreApplication.translate(
            "CommitteeVocabulary", "Change request awaits a decision"
        ),
        WorkReason.GBV_CONSULTATION_AWAITED: QCoreApplication.translate(
            "CommitteeVocabulary", "Your advice on gender-based violence is asked"
        ),
        WorkReason.REASSESSMENT_AWAITED: QCoreApplication.translate(
            "CommitteeVocabulary", "Licence to reassess (Article 7(7))"
        ),
        WorkReason.HANDED_OVER: QCoreApplication.translate(
            "CommitteeVocabulary", "Handed over to you"
        ),
        WorkReason.REPORT_SIGN_OFF_AWAITED: QCoreApplication.translate(
            "CommitteeVocabulary", "A report awaits your sign-off"
        ),
    }[reason]


def work_reference(work: WorkItem) -> str:
    """The case's reference, or a report's name in the window's language."""
    year = dict(work.facts).get("year")
    if work.application_id == 0 and year:
        return QCoreApplication.translate("CommitteeVocabulary", "Annual report %1").replace(
            "%1", year
        )
    return work.reference


def work_detail(work: WorkItem, language: str = "en") -> str:
    """The item's detail in the window's language, from its facts; the service's English
    sentence only when the item carries none (a note's or a handover's own text)."""
    facts = dict(work.facts)
    if not facts:
        return work.detail
    reason = work.reason
    if reason is WorkReason.FOLLOW_UP_OVERDUE:
        shipped = facts.get("shipped_on", "")
        return follow_up_what(
            ObligationKind(facts["kind"]),
            facts.get("shipment", ""),
            date.fromisoformat(shipped) if shipped else None,
        )
    if reason is WorkReason.REASSESSMENT_AWAITED:
        return (
            QCoreApplication.translate("CommitteeVocabulary", "licence %1, incident %2")
            .replace("%1", facts.get("licence", ""))
            .replace("%2", facts.get("incident", ""))
        )
    if reason is WorkReason.CHANGE_REQUEST_AWAITED:
        target = [facts.get("party", "")]
        if facts.get("country"):
            target.append(country_name(facts["country"], language) or facts["country"])
        named = ", ".join(t for t in target if t)
        text = (
            QCoreApplication.translate("CommitteeVocabulary", "%1, licence %2")
            .replace("%1", change_kind_label(facts.get("kind", "")))
            .replace("%2", facts.get("licence", ""))
        )
        return f"{text} — {named}" if named else text
    if reason is WorkReason.OPINION_OVERDUE:
        text = QCoreApplication.translate("CommitteeVocabulary", "opinion of %1").replace(
            "%1", facts.get("agency", "")
        )
        if facts.get("urgent"):
            text += " " + QCoreApplication.translate("CommitteeVocabulary", "(urgent)")
        return text
    if reason is WorkReason.REPORT_SIGN_OFF_AWAITED:
        if facts.get("what") == "approval":
            return QCoreApplication.translate("CommitteeVocabulary", "approval for submission")
        return QCoreApplication.translate("CommitteeVocabulary", "contribution of %1").replace(
            "%1", facts.get("agency", "")
        )
    return work.detail
