"""Translated names of the committee's vocabulary (opinions, work reasons).

Each call is spelled ``QCoreApplication.translate(...)`` in full: lupdate does not follow an
alias such as ``tr = QCoreApplication.translate`` and would file the context as the text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.enums import OpinionKind
from att_desktop.services.work_items import WorkReason


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
