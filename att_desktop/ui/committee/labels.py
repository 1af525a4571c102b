"""Translated names of the committee's vocabulary (opinions, work reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.enums import OpinionKind
from att_desktop.services.committee import WorkReason


def opinion_label(kind: OpinionKind) -> str:
    tr = QCoreApplication.translate
    return {
        OpinionKind.APPROVE: tr("CommitteeVocabulary", "Approve"),
        OpinionKind.APPROVE_WITH_CONDITIONS: tr("CommitteeVocabulary", "Approve with conditions"),
        OpinionKind.REFUSE: tr("CommitteeVocabulary", "Refuse"),
        OpinionKind.ABSTAIN: tr("CommitteeVocabulary", "Abstain"),
    }[kind]


def work_reason_label(reason: WorkReason) -> str:
    tr = QCoreApplication.translate
    return {
        WorkReason.ASSIGNED: tr("CommitteeVocabulary", "Assigned to you"),
        WorkReason.OPINION_AWAITED: tr("CommitteeVocabulary", "Your agency's opinion is awaited"),
        WorkReason.DECISION_AWAITED: tr("CommitteeVocabulary", "Ready for your decision"),
        WorkReason.MENTIONED: tr("CommitteeVocabulary", "You were mentioned"),
    }[reason]
