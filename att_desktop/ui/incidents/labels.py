"""Incidents in words: kinds, sources, responses, and one line per incident beside a case.

Each call is spelled ``QCoreApplication.translate(...)`` in full, so lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from att_desktop.domain.countries import country_name
from att_desktop.domain.incidents import IncidentKind, IncidentSource, IncidentStatus, ResponseKind
from att_desktop.services.dto import EventView
from att_desktop.services.incidents import CLOSED, LINKED, RECORDED, UPDATED, IncidentMatch


def kind_label(kind: IncidentKind) -> str:
    return {
        IncidentKind.DIVERSION: QCoreApplication.translate("Incidents", "Diversion"),
        IncidentKind.SUSPECTED_DIVERSION: QCoreApplication.translate(
            "Incidents", "Suspected diversion"
        ),
        IncidentKind.UNAUTHORISED_REEXPORT: QCoreApplication.translate(
            "Incidents", "Unauthorised re-export"
        ),
        IncidentKind.END_USE_BREACH: QCoreApplication.translate("Incidents", "End-use breach"),
        IncidentKind.CONDITIONS_BREACH: QCoreApplication.translate(
            "Incidents", "Breach of licence conditions"
        ),
        IncidentKind.OTHER: QCoreApplication.translate("Incidents", "Other incident"),
    }[kind]


def source_label(source: IncidentSource) -> str:
    return {
        IncidentSource.CUSTOMS_SEIZURE: QCoreApplication.translate("Incidents", "Customs seizure"),
        IncidentSource.INTELLIGENCE: QCoreApplication.translate("Incidents", "Intelligence"),
        IncidentSource.STATE_NOTIFICATION: QCoreApplication.translate(
            "Incidents", "Another State's notification (Art. 11(4)–(5))"
        ),
        IncidentSource.UN_PANEL_REPORT: QCoreApplication.translate(
            "Incidents", "UN panel of experts report"
        ),
        IncidentSource.MEDIA: QCoreApplication.translate("Incidents", "Media"),
        IncidentSource.POST_SHIPMENT_VERIFICATION: QCoreApplication.translate(
            "Incidents", "Post-shipment verification"
        ),
        IncidentSource.OTHER: QCoreApplication.translate("Incidents", "Other source"),
    }[source]


def response_label(kind: ResponseKind) -> str:
    return {
        ResponseKind.NONE_YET: QCoreApplication.translate("Incidents", "None yet"),
        ResponseKind.LICENCE_SUSPENDED: QCoreApplication.translate(
            "Incidents", "Licence suspended"
        ),
        ResponseKind.LICENCE_REVOKED: QCoreApplication.translate("Incidents", "Licence revoked"),
        ResponseKind.ENFORCEMENT_REFERRAL: QCoreApplication.translate(
            "Incidents", "Enforcement referral (Art. 14)"
        ),
        ResponseKind.INFORMATION_SHARED: QCoreApplication.translate(
            "Incidents", "Information shared"
        ),
    }[kind]


def status_label(status: IncidentStatus) -> str:
    if status is IncidentStatus.OPEN:
        return QCoreApplication.translate("Incidents", "Open")
    return QCoreApplication.translate("Incidents", "Closed")


def incident_line(match: IncidentMatch, language: str) -> str:
    """ "Incident 2026-3: Diversion in Norway", why it concerns the case ("— parties match:
    …, same destination"), and "learned on … · licence …", one line each (the most telling
    first: the like-cases panel is narrow)."""
    inc = match.incident
    lines = [
        QCoreApplication.translate("Incidents", "Incident %1: %2 in %3")
        .replace("%1", inc.number)
        .replace("%2", kind_label(inc.kind))
        .replace("%3", country_name(inc.country_code, language))
    ]
    why = []
    if match.parties_matched:
        why.append(
            QCoreApplication.translate("Incidents", "parties match: %1").replace(
                "%1", "; ".join(match.parties_matched)
            )
        )
    if match.linked:
        why.append(QCoreApplication.translate("Incidents", "concerns this case's licence"))
    if match.same_destination:
        why.append(QCoreApplication.translate("Incidents", "same destination"))
    if why:
        lines.append("— " + ", ".join(why))
    learned = QCoreApplication.translate("Incidents", "learned on %1").replace(
        "%1", inc.learned_on.isoformat()
    )
    if inc.licences:
        learned += " · " + QCoreApplication.translate("Incidents", "licence %1").replace(
            "%1", ", ".join(lic.number for lic in inc.licences)
        )
    lines.append(learned)
    return "\n".join(lines)


INCIDENT_ACTIONS = frozenset({RECORDED, UPDATED, CLOSED, LINKED})


def incident_event_words(event: EventView, language: str = "en") -> str:
    """An incident's event in words, from its recorded data."""
    after = event.after or {}
    number = str(after.get("number") or after.get("incident") or "")
    kind = str(after.get("kind", ""))
    kind_text = kind_label(IncidentKind(kind)) if kind in set(IncidentKind) else ""
    if event.action == LINKED:
        return (
            QCoreApplication.translate(
                "Incidents", "Incident %1 (%2) concerns licence %3: to be reassessed (Art. 7(7))"
            )
            .replace("%1", number)
            .replace("%2", kind_text)
            .replace("%3", ", ".join(str(n) for n in after.get("licences", [])))
        )
    if event.action == RECORDED:
        return (
            QCoreApplication.translate("Incidents", "Incident %1: %2 in %3")
            .replace("%1", number)
            .replace("%2", kind_text)
            .replace("%3", country_name(str(after.get("country_code", "")), language))
        )
    if event.action == CLOSED:
        return (
            QCoreApplication.translate("Incidents", "Incident %1 closed: %2")
            .replace("%1", number)
            .replace("%2", str(after.get("closing_note", "")))
        )
    changed = [k for k in after if k != "number"]
    return (
        QCoreApplication.translate("Incidents", "Incident %1 updated: %2")
        .replace("%1", number)
        .replace("%2", ", ".join(_field(k) for k in changed) or "—")
    )


def _field(key: str) -> str:
    return {
        "kind": QCoreApplication.translate("Incidents", "kind"),
        "source": QCoreApplication.translate("Incidents", "source"),
        "source_reference": QCoreApplication.translate("Incidents", "source reference"),
        "occurred_on": QCoreApplication.translate("Incidents", "date of the incident"),
        "learned_on": QCoreApplication.translate("Incidents", "date learned"),
        "description": QCoreApplication.translate("Incidents", "description"),
        "country_code": QCoreApplication.translate("Incidents", "country"),
        "licences": QCoreApplication.translate("Incidents", "licences"),
        "parties": QCoreApplication.translate("Incidents", "parties"),
        "items": QCoreApplication.translate("Incidents", "items"),
        "responses": QCoreApplication.translate("Incidents", "responses"),
        "states_informed": QCoreApplication.translate("Incidents", "States informed"),
    }.get(key, key.replace("_", " "))
