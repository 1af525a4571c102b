"""Licence follow-up in words: kinds, statuses, visit outcomes and the history's events."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.follow_up import DvcRule, ObligationKind, ObligationStatus, VisitOutcome
from att_desktop.services.dto import EventView


def kind_label(kind: ObligationKind) -> str:
    return {
        ObligationKind.DELIVERY_CERTIFICATE: QCoreApplication.translate(
            "FollowUpVocabulary", "Delivery verification certificate"
        ),
        ObligationKind.VERIFICATION_VISIT: QCoreApplication.translate(
            "FollowUpVocabulary", "Verification visit"
        ),
        ObligationKind.END_USE_ASSURANCE: QCoreApplication.translate(
            "FollowUpVocabulary", "End-use assurance"
        ),
        ObligationKind.STORAGE_ASSURANCE: QCoreApplication.translate(
            "FollowUpVocabulary", "Storage assurance"
        ),
    }[kind]


def status_word(status: ObligationStatus, overdue: bool = False) -> str:
    if overdue:
        return QCoreApplication.translate("FollowUpVocabulary", "Overdue")
    return {
        ObligationStatus.OPEN: QCoreApplication.translate("FollowUpVocabulary", "Open"),
        ObligationStatus.FULFILLED: QCoreApplication.translate("FollowUpVocabulary", "Fulfilled"),
        ObligationStatus.WAIVED: QCoreApplication.translate("FollowUpVocabulary", "Waived"),
    }[status]


def outcome_label(outcome: VisitOutcome) -> str:
    return {
        VisitOutcome.SATISFACTORY: QCoreApplication.translate("FollowUpVocabulary", "Satisfactory"),
        VisitOutcome.CONCERNS: QCoreApplication.translate("FollowUpVocabulary", "Concerns"),
        VisitOutcome.BREACH_FOUND: QCoreApplication.translate("FollowUpVocabulary", "BREACH FOUND"),
    }[outcome]


def rule_label(rule: DvcRule) -> str:
    return {
        DvcRule.ALL: QCoreApplication.translate(
            "FollowUpVocabulary", "After every shipment under every licence"
        ),
        DvcRule.WHEN_REQUIRED: QCoreApplication.translate(
            "FollowUpVocabulary",
            "When the licence's conditions or its assessment call for delivery verification",
        ),
        DvcRule.NEVER: QCoreApplication.translate(
            "FollowUpVocabulary", "Never automatically (added by hand)"
        ),
    }[rule]


def what_text(kind: ObligationKind, shipment_reference: str, shipped_on: date | None) -> str:
    """ "Delivery verification certificate for shipment CUS-123"."""
    text = kind_label(kind)
    if shipment_reference:
        return (
            QCoreApplication.translate("FollowUpVocabulary", "%1 for shipment %2")
            .replace("%1", text)
            .replace("%2", shipment_reference)
        )
    if shipped_on is not None:
        return (
            QCoreApplication.translate("FollowUpVocabulary", "%1 for the shipment of %2")
            .replace("%1", text)
            .replace("%2", shipped_on.isoformat())
        )
    return text


#: The history's actions for obligations, in words.
ACTIONS = (
    "obligation_added",
    "visit_scheduled",
    "certificate_received",
    "visit_recorded",
    "assurance_checked",
    "obligation_waived",
)


def action_label(action: str) -> str | None:
    return {
        "obligation_added": QCoreApplication.translate(
            "FollowUpVocabulary", "Follow-up obligation added"
        ),
        "visit_scheduled": QCoreApplication.translate(
            "FollowUpVocabulary", "Verification visit planned"
        ),
        "certificate_received": QCoreApplication.translate(
            "FollowUpVocabulary", "Delivery verification certificate received"
        ),
        "visit_recorded": QCoreApplication.translate(
            "FollowUpVocabulary", "Verification visit recorded"
        ),
        "assurance_checked": QCoreApplication.translate("FollowUpVocabulary", "Assurance checked"),
        "obligation_waived": QCoreApplication.translate(
            "FollowUpVocabulary", "Follow-up obligation waived"
        ),
    }.get(action)


def _kind(after: dict[str, Any]) -> ObligationKind | None:
    raw = after.get("kind")
    return ObligationKind(raw) if raw in set(ObligationKind) else None


def obligation_event_text(event: EventView) -> str | None:
    """An obligation's event in words (the History tab and the timeline); None when the
    event is not one of follow-up's or its data is not known."""
    if event.action not in ACTIONS:
        return None
    after = event.after or {}
    kind = _kind(after)
    if kind is None:
        return None
    licence = str(after.get("licence", ""))
    head = (
        QCoreApplication.translate("FollowUpVocabulary", "Licence %1: %2")
        .replace("%1", licence)
        .replace("%2", kind_label(kind))
    )
    due, done, ref = after.get("due_on"), after.get("done_on"), after.get("reference")
    if event.action in ("obligation_added", "visit_scheduled") and due:
        return f"{head}, " + QCoreApplication.translate("FollowUpVocabulary", "due %1").replace(
            "%1", str(due)
        )
    if event.action == "obligation_waived":
        return f"{head}: " + status_word(ObligationStatus.WAIVED)
    parts = [head]
    if done:
        parts.append(
            QCoreApplication.translate("FollowUpVocabulary", "on %1").replace("%1", str(done))
        )
    if ref:
        parts.append(str(ref))
    outcome = after.get("outcome")
    if outcome in set(VisitOutcome):
        parts.append(outcome_label(VisitOutcome(outcome)))
    return ", ".join(parts)
