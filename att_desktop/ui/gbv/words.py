"""The issue-14 records in the window's words (translated), shared by the wizard and the
case view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from att_desktop.services.euc_checks import EucFlag, EucResult, FlagKind
from att_desktop.services.gbv_consultation import ConsultationView, ConsultedKind
from att_desktop.services.training import TrainingTopic
from att_desktop.ui.i18n import format_date


def consulted_kind_label(kind: ConsultedKind) -> str:
    return {
        ConsultedKind.WOMENS_ORGANISATION: QCoreApplication.translate(
            "GbvWords", "Women's organisation"
        ),
        ConsultedKind.GBV_EXPERT: QCoreApplication.translate("GbvWords", "GBV expert"),
        ConsultedKind.OTHER: QCoreApplication.translate("GbvWords", "Other"),
    }[kind]


def topic_label(topic: TrainingTopic) -> str:
    return {
        TrainingTopic.GBV: QCoreApplication.translate("GbvWords", "Gender-based violence"),
        TrainingTopic.ATT_BASICS: QCoreApplication.translate(
            "GbvWords", "Arms Trade Treaty basics"
        ),
        TrainingTopic.EXPORT_CONTROL_LAW: QCoreApplication.translate(
            "GbvWords", "Export control law"
        ),
        TrainingTopic.OTHER: QCoreApplication.translate("GbvWords", "Other"),
    }[topic]


def euc_result_label(result: EucResult) -> str:
    return {
        EucResult.AUTHENTIC: QCoreApplication.translate("GbvWords", "Authentic"),
        EucResult.NOT_AUTHENTIC: QCoreApplication.translate("GbvWords", "NOT authentic"),
        EucResult.NO_REPLY: QCoreApplication.translate("GbvWords", "No reply"),
    }[result]


def consultation_text(c: ConsultationView) -> str:
    """Who asked whom, when, what; and the answer with whom the adviser consulted."""
    adviser = c.adviser or QCoreApplication.translate("GbvWords", "any gender adviser")
    lines = [
        QCoreApplication.translate("GbvWords", "Asked by %1 on %2, of %3:")
        .replace("%1", c.asked_by or "—")
        .replace("%2", format_date(c.asked_on))
        .replace("%3", adviser),
        f"\u201c{c.question}\u201d",
    ]
    if c.open:
        lines.append(
            QCoreApplication.translate("GbvWords", "Awaiting the gender adviser's answer.")
        )
        return "\n".join(lines)
    lines.append(
        QCoreApplication.translate("GbvWords", "Answered by %1 on %2:")
        .replace("%1", c.answered_by or "—")
        .replace("%2", format_date(c.answered_on))
    )
    lines.append(f"\u201c{c.answer}\u201d")
    if c.consulted:
        who = "; ".join(
            ", ".join(
                part
                for part in (k.name, consulted_kind_label(k.kind), format_date(k.consulted_on))
                if part
            )
            for k in c.consulted
        )
        lines.append(QCoreApplication.translate("GbvWords", "Consulted: %1").replace("%1", who))
    return "\n".join(lines)


def euc_flag_text(flag: EucFlag) -> str:
    if flag.kind is FlagKind.ALSO_ON_CASE:
        text = (
            QCoreApplication.translate(
                "GbvWords", "EUC number %1 is also on case %2 (same end user)"
            )
            if flag.same_end_user
            else QCoreApplication.translate(
                "GbvWords", "EUC number %1 is also on case %2 (different end user)"
            )
        )
        return text.replace("%1", flag.number).replace("%2", flag.other_reference)
    if flag.kind is FlagKind.NOT_AUTHENTIC:
        return QCoreApplication.translate(
            "GbvWords",
            "EUC number %1: the issuing authority says the certificate is NOT authentic. Do "
            "not rely on it; consider the diversion risk and whether to deny.",
        ).replace("%1", flag.number)
    return QCoreApplication.translate(
        "GbvWords", "EUC number %1: the issuing authority has not replied yet."
    ).replace("%1", flag.number)


def event_words(action: str, after: Mapping[str, Any]) -> str | None:
    """Issue 14's events in the History tab's words; None for any other event."""
    if action == "gbv_consultation_asked" and "question" in after:
        adviser = after.get("adviser") or QCoreApplication.translate(
            "GbvWords", "any gender adviser"
        )
        return (
            QCoreApplication.translate("GbvWords", "Gender adviser asked (%1): %2")
            .replace("%1", str(adviser))
            .replace("%2", str(after["question"]))
        )
    if action == "gbv_consultation_answered" and "answer" in after:
        text = QCoreApplication.translate("GbvWords", "Gender adviser answered: %1").replace(
            "%1", str(after["answer"])
        )
        names = [
            str(c.get("name", "")) for c in after.get("consulted") or [] if isinstance(c, dict)
        ]
        if names:
            text += " " + QCoreApplication.translate("GbvWords", "(consulted: %1)").replace(
                "%1", ", ".join(names)
            )
        return text
    if action == "euc_check_recorded" and "result" in after:
        result = str(after["result"])
        shown = euc_result_label(EucResult(result)) if result in set(EucResult) else result
        return (
            QCoreApplication.translate("GbvWords", "End-user certificate %1 checked with %2: %3")
            .replace("%1", str(after.get("euc_number", "")))
            .replace("%2", str(after.get("issuing_authority", "")))
            .replace("%3", shown)
        )
    return None
