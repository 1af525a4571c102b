"""Translated words for destination files: topic names and the staleness warning.

Each call is spelled ``QCoreApplication.translate(...)`` in full, so lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.countries import country_name
from att_desktop.domain.destination import DestinationTopic
from att_desktop.services.destination_files import RECORDED_ACTION, StaleTopic

__all__ = ["RECORDED_ACTION", "finding_event_words", "stale_text", "topic_label"]


def topic_label(topic: DestinationTopic) -> str:
    return {
        DestinationTopic.GBV: QCoreApplication.translate(
            "DestinationFiles", "Prevalent GBV types and prevention measures"
        ),
        DestinationTopic.HUMAN_RIGHTS: QCoreApplication.translate(
            "DestinationFiles", "Human rights situation"
        ),
        DestinationTopic.IHL: QCoreApplication.translate("DestinationFiles", "IHL situation"),
        DestinationTopic.DIVERSION: QCoreApplication.translate(
            "DestinationFiles", "Diversion history"
        ),
        DestinationTopic.TERRORISM_CRIME: QCoreApplication.translate(
            "DestinationFiles", "Terrorism and organised crime"
        ),
        DestinationTopic.OTHER: QCoreApplication.translate("DestinationFiles", "Other"),
    }[topic]


def stale_text(stale: StaleTopic, language: str) -> str:
    """ "Human rights situation for Brazil was last assessed 2025-01-10, 23 months ago; …"."""
    text = QCoreApplication.translate(
        "DestinationFiles",
        "%1 for %2 was last assessed %3, %4 months ago; the authority asks for material "
        "under %5 months.",
    )
    values = (
        topic_label(stale.topic),
        country_name(stale.country_code, language),
        stale.assessed_on.isoformat(),
        str(stale.months_old),
        str(stale.limit_months),
    )
    # Highest placeholder first, so "%1" never eats the "1" of a "%10".
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", value)
    return text


def finding_event_words(before: dict[str, object], after: dict[str, object], summary: str) -> str:
    """ "Destination file, Brazil: Human rights situation updated (assessed 2026-11-01)"."""
    try:
        topic = topic_label(DestinationTopic(str(after.get("topic"))))
    except ValueError:
        return summary
    text = (
        QCoreApplication.translate(
            "DestinationFiles", "Destination file, %1: %2 updated (assessed %3)"
        )
        if before
        else QCoreApplication.translate(
            "DestinationFiles", "Destination file, %1: %2 recorded (assessed %3)"
        )
    )
    return (
        text.replace("%1", country_name(str(after.get("country_code", ""))))
        .replace("%2", topic)
        .replace("%3", str(after.get("assessed_on", "")))
    )
