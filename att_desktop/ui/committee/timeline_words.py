"""The timeline in words: each event and each changed value as people say it, never as stored.

The history keeps what the services recorded (enum values, embargo ids, the assessment's
fields as JSON, English summaries written by older releases); it is hash-chained and never
rewritten. So the timeline words each event from its structured ``before``/``after`` data
with the UI's labels where it can, and otherwise rewords the recorded summary's stored values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

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
    SupplyChainStage,
)
from att_desktop.domain.countries import country_name
from att_desktop.domain.embargoes import Effect, LegalBasisKind, Scope, shipped_embargo
from att_desktop.domain.enums import (
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    OpinionKind,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.services.dto import EventView
from att_desktop.ui.assessment.labels import (
    citation_style,
    confirmation_label,
    criterion_short,
    effect_label,
    embargo_label,
    legal_basis_label,
    mitigation_kind_label,
    recommendation_label,
    red_flag_label,
    residual_label,
    risk_label,
    scope_label,
    source_kind_label,
    stage_label,
)
from att_desktop.ui.change_requests.labels import kind_label
from att_desktop.ui.committee.labels import opinion_label
from att_desktop.ui.destination.labels import RECORDED_ACTION, finding_event_words
from att_desktop.ui.follow_up.labels import obligation_event_text
from att_desktop.ui.gbv.words import event_words as gbv_event_words
from att_desktop.ui.i18n import (
    field_label,
    licence_status_label,
    party_role_label,
    party_type_label,
    status_label,
    transfer_type_label,
)
from att_desktop.ui.incidents.labels import INCIDENT_ACTIONS, incident_event_words
from att_desktop.ui.reporting.submission_words import report_event_words

#: A stored key or value: two or more lower-case words joined by "_".
_SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def outcome_label(value: DecisionOutcome) -> str:
    return {
        DecisionOutcome.AUTHORISE: QCoreApplication.translate("Vocabulary", "Authorise"),
        DecisionOutcome.DENY: QCoreApplication.translate("Vocabulary", "Deny"),
    }[value]


_LABELLED: tuple[tuple[type[StrEnum], Callable[[Any], str]], ...] = (
    (CaseStatus, status_label),
    (OpinionKind, opinion_label),
    (DecisionOutcome, outcome_label),
    (Recommendation, recommendation_label),
    (RiskLevel, risk_label),
    (ResidualRisk, residual_label),
    (Effect, effect_label),
    (LegalBasisKind, legal_basis_label),
    (Scope, scope_label),
    (Confirmation, confirmation_label),
    (SupplyChainStage, stage_label),
    (RedFlag, red_flag_label),
    (SourceKind, source_kind_label),
    (MitigationKind, mitigation_kind_label),
    (PartyRole, party_role_label),
    (PartyType, party_type_label),
    (TransferType, transfer_type_label),
    (LicenceStatus, licence_status_label),
)


def _value_labels() -> dict[str, str]:
    """Stored values that are two or more words, with their labels (first vocabulary wins)."""
    labels: dict[str, str] = {}
    for enum, labeller in _LABELLED:
        for member in enum:
            if "_" in member.value:
                labels.setdefault(member.value, labeller(member))
    return labels


def _code_label(code: str) -> str | None:
    """A stored code in words: an Article 7 criterion, an embargo, or a multi-word value."""
    if code in set(Criterion):
        return criterion_short(Criterion(code))
    if shipped_embargo(code) is not None:
        return embargo_label(code)
    return _value_labels().get(code)


def words_in(text: str) -> str:
    """A recorded sentence with its stored values and embargo ids replaced by their labels."""
    labels = _value_labels()

    def embargo(match: re.Match[str]) -> str:
        return embargo_label(match.group(1)) or match.group(0)

    text = re.sub(r"\[([a-z0-9][a-z0-9-]*)\]", embargo, text)
    return _SNAKE.sub(lambda m: labels.get(m.group(0), m.group(0).replace("_", " ")), text)


def _key_words(key: str) -> str:
    if key in set(Criterion) or key in set(SupplyChainStage) or key in set(RedFlag):
        return _code_label(key) or key
    return field_label(key)


def value_text(key: str, value: Any) -> str:
    """One changed value in words: labels for stored codes, citations for grounds."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Vocabulary", "Yes")
            if value
            else QCoreApplication.translate("Vocabulary", "No")
        )
    if key == "grounds" and isinstance(value, list):
        cite = citation_style()
        return "; ".join(
            Ground.from_json(g).citation(cite) if isinstance(g, Mapping) else words_in(str(g))
            for g in value
        )
    if isinstance(value, Mapping):
        shown = ((str(k), value_text(str(k), v)) for k, v in value.items())
        return "; ".join(f"{_key_words(k)}: {v}" for k, v in shown if v not in ("", "—")) or "—"
    if isinstance(value, list):
        parts = [value_text(key, v) for v in value]
        nested = any(isinstance(v, Mapping) for v in value)
        return "; ".join(f"({p})" for p in parts) if nested else ", ".join(parts)
    text = str(value)
    if key == "outcome" and text in set(DecisionOutcome):
        return outcome_label(DecisionOutcome(text))
    if key in ("opinion", "majority") and text in set(OpinionKind):
        return opinion_label(OpinionKind(text))
    if key == "recommendation" and text in set(Recommendation):
        return recommendation_label(Recommendation(text))
    if key == "status" and text in set(CaseStatus):
        return status_label(CaseStatus(text))
    return _code_label(text) or words_in(text)


def _status_text(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    return (
        QCoreApplication.translate("Vocabulary", "Status: %1 → %2")
        .replace("%1", value_text("status", before.get("status")))
        .replace("%2", value_text("status", after.get("status")))
    )


def event_summary(event: EventView) -> str:
    """What happened, in words: from the event's data where it is known, else its summary."""
    before, after = event.before or {}, event.after or {}
    worded = obligation_event_text(event)  # issue 14: licence follow-up; None for others
    if worded is not None:
        return worded
    if event.action == "status_changed" and "status" in after:
        return _status_text(before, after)
    if event.action in ("opinion_recorded", "opinion_changed") and "opinion" in after:
        return (
            QCoreApplication.translate("Vocabulary", "%1: %2", "agency: opinion")
            .replace("%1", str(after.get("agency", "")))
            .replace("%2", value_text("opinion", after["opinion"]))
        )
    if event.action == "review_requested" and after.get("agencies"):
        return QCoreApplication.translate("Vocabulary", "Sent to the committee: %1").replace(
            "%1", ", ".join(str(a) for a in after["agencies"])
        ) + _consultation_words(after)
    if event.action == "licence_issued" and {"number", "valid_from", "valid_until"} <= set(after):
        return (
            QCoreApplication.translate("Vocabulary", "Licence %1, valid %2 to %3")
            .replace("%1", str(after["number"]))
            .replace("%2", str(after["valid_from"]))
            .replace("%3", str(after["valid_until"]))
        )
    if event.action == "decided" and "outcome" in after:
        text = f"{value_text('outcome', after['outcome'])}, {after.get('decided_on', '')}"
        grounds = value_text("grounds", after.get("grounds") or [])
        return text if grounds == "—" else f"{text}: {grounds}"
    if event.action == "sanctions_screened" and {"parties", "new_hits"} <= set(after):
        return (
            QCoreApplication.translate(
                "Vocabulary", "%1 parties screened against the UN Consolidated List: %2 new hits"
            )
            .replace("%1", str(after["parties"]))
            .replace("%2", str(after["new_hits"]))
        )
    if event.action.startswith("report_") and report_event_words(event.action, after):
        return report_event_words(event.action, after)  # issue 14: the report as submitted
    if event.action in _CHANGE_REQUEST_ACTIONS and after.get("kind"):
        return change_request_words(after)
    if event.action in ("handed_over", "opinion_handed_over", "opinion_left_unanswered"):
        return handover_words(event.action, before, after)
    if event.action in ("sanctions_hit_confirmed", "sanctions_hit_rejected"):
        # The event's name says confirmed or rejected; the summary's tail names the hit.
        _head, found, hit = event.summary.partition(" List hit ")
        if found:
            return hit
    if event.action == RECORDED_ACTION:
        return finding_event_words(before, after, event.summary)
    if event.action in INCIDENT_ACTIONS and event.after:
        return incident_event_words(event)
    issue14 = gbv_event_words(event.action, after)  # GBV consultation, certificate checks
    if issue14 is not None:
        return issue14
    return words_in(event.summary)


# --- issue 14: change requests and handovers --------------------------------------------------

_CHANGE_REQUEST_ACTIONS = frozenset(
    {
        "change_request_recorded",
        "change_request_consented",
        "change_request_refused",
        "licence_change_consented",
    }
)


def change_request_words(after: Mapping[str, Any]) -> str:
    """ "Re-export: Policía Federal, Argentina", plus the conditions of a consent."""
    target = [str(after.get("new_party_name") or "")]
    if after.get("new_country_code"):
        target.append(country_name(str(after["new_country_code"])))
    text = kind_label(str(after["kind"]))
    named = ", ".join(t for t in target if t)
    if named:
        text = f"{text}: {named}"
    conditions = [str(c) for c in after.get("conditions") or ()]
    if conditions:
        text += " — " + QCoreApplication.translate("Vocabulary", "conditions: %1").replace(
            "%1", "; ".join(conditions)
        )
    return text


def handover_words(action: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    """Who handed what to whom, by user name as the history recorded them."""
    if action == "handed_over":
        return (
            QCoreApplication.translate("Vocabulary", "From %1 to %2")
            .replace("%1", str(before.get("assigned_to", "")))
            .replace("%2", str(after.get("assigned_to", "")))
        )
    if action == "opinion_handed_over":
        return (
            QCoreApplication.translate("Vocabulary", "%1's opinion: from %2 to %3")
            .replace("%1", str(after.get("agency", "")))
            .replace("%2", str(before.get("member", "")))
            .replace("%3", str(after.get("member", "")))
        )
    return (
        QCoreApplication.translate("Vocabulary", "%1's opinion: %2 left, nobody else can answer")
        .replace("%1", str(after.get("agency", "")))
        .replace("%2", str(before.get("member", "")))
    )


def _consultation_words(after: Mapping[str, Any]) -> str:
    """Issue 14: the urgent track, the due dates, and each departure from the consultation
    rules with its reason."""
    parts: list[str] = []
    if after.get("urgent"):
        parts.append(
            QCoreApplication.translate("Vocabulary", "urgent: %1").replace(
                "%1", str(after["urgent"])
            )
        )
    due = after.get("due")
    if isinstance(due, Mapping) and due:
        parts.append(
            QCoreApplication.translate("Vocabulary", "opinions due %1").replace(
                "%1", ", ".join(f"{code} {day}" for code, day in due.items())
            )
        )
    for key, words in (
        (
            "skipped",
            QCoreApplication.translate("Vocabulary", "%1 not consulted although required: %2"),
        ),
        (
            "added",
            QCoreApplication.translate(
                "Vocabulary", "%1 consulted although no rule requires it: %2"
            ),
        ),
    ):
        departures = after.get(key)
        if isinstance(departures, Mapping):
            parts += [
                words.replace("%1", str(code)).replace("%2", str(why))
                for code, why in departures.items()
            ]
    return "".join(f"; {p}" for p in parts)
