"""Translated names of the committee's vocabulary (opinions, work reasons).

Each call is spelled ``QCoreApplication.translate(...)`` in full: lupdate does not follow an
alias such as ``tr = QCoreApplication.translate`` and would file the context as the text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.enums import OpinionKind
from att_desktop.services.committee import WorkReason


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
    }[reason]
