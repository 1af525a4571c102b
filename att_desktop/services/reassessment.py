"""Article 7(7): which valid licences need reassessing when new information arrives.

Three kinds of news make a licence worth another look: an embargo (new data, or one that
starts while the licence is still valid) that the licence's assessment did not record, new
information an officer records about a destination, and a party named on the UN Consolidated
List (a confirmed or unreviewed hit, ``services.sanctions``). The officer then suspends, amends or
revokes the licence (``services.decisions``), or records that the licence stands. A
prohibiting embargo keeps the licence on the list for as long as it stays valid: no
reassessment can make Article 6 go away.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Assessment,
    Decision,
    Event,
    Incident,
    IncidentLicence,
    Licence,
    Note,
)
from att_desktop.domain.assessment.model import Source
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.embargoes import Effect, EmbargoSet
from att_desktop.domain.enums import LicenceStatus
from att_desktop.domain.incidents import kind_message
from att_desktop.formats.pdf_labels import screened_party
from att_desktop.i18n import Message, Worded, msg, translate
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import NotFoundError, ServiceError
from att_desktop.services.history import append_pending_events, record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.sanctions import open_hits_by_application
from att_desktop.services.screening import applied_sets, screen_matches

INFO_ENTITY = "destination"
INFO_ACTION = "information_recorded"
REASSESSED_ACTION = "reassessed"


@dataclass(frozen=True)
class ReassessmentReason:
    #: Stable identity: ``embargo:<id>:<effect>``, ``information:<event id>``,
    #: ``sanctions:<hit id>:<review state>`` or ``incident:<incident id>``.
    key: str
    kind: str  # "embargo" | "information" | "sanctions" | "incident"
    prohibits: bool
    #: Why, as a Message the window words in the officer's language (issue 15).
    message: Message | str

    @property
    def text(self) -> str:
        """The English, for the command line, the notes and the history."""
        return translate(self.message, "en")

    def translated(self, language: str) -> str:
        """The reason in ``language``; names, codes and typed texts stay as written."""
        return translate(self.message, language)


@dataclass(frozen=True)
class AffectedLicence:
    licence_id: int
    number: str
    version: int
    application_id: int
    reference: str
    destination_code: str
    valid_until: date
    reasons: tuple[ReassessmentReason, ...]

    @property
    def prohibited(self) -> bool:
        """An embargo now prohibits the transfer: suspend or revoke, and stop shipments."""
        return any(r.prohibits for r in self.reasons)


@dataclass(frozen=True)
class _Info:
    event_id: int
    country: str
    text: str
    recorded_on: date


def affected_licences(db: Database, on_date: date) -> list[AffectedLicence]:
    """Every valid licence that new embargo data or destination information concerns."""
    with db.session() as session:
        return _affected(session, on_date)


def _affected(
    session: Session, on_date: date, licence_id: int | None = None
) -> list[AffectedLicence]:
    query = (
        select(Licence, Application)
        .join(Application, Licence.application_id == Application.id)
        .where(Licence.status == LicenceStatus.VALID, Licence.valid_until >= on_date)
        .options(
            selectinload(Application.parties),
            selectinload(Application.items),
            selectinload(Application.transit_states),
        )
        .order_by(Licence.id)
    )
    if licence_id is not None:
        query = query.where(Licence.id == licence_id)
    pairs = session.execute(query).all()
    if not pairs:
        return []
    sets = applied_sets(session)
    recorded = _recorded_matches(session)
    issued = _issue_events(session)
    addressed = _addressed(session)
    infos = _information(session)
    listed = open_hits_by_application(session)
    incidents = _incident_reasons(session)
    result = []
    for lic, app in pairs:
        reasons = [
            *_embargo_reasons(sets, lic, app, on_date, recorded.get(lic.id, set())),
            *_info_reasons(lic, app, infos, issued.get(lic.id)),
            *(ReassessmentReason(k, "sanctions", p, t) for k, p, t in listed.get(app.id, ())),
            *incidents.get(lic.id, ()),
        ]
        done = addressed.get(lic.id, set())
        reasons = [r for r in reasons if r.prohibits or r.key not in done]
        if reasons:
            result.append(
                AffectedLicence(
                    licence_id=lic.id,
                    number=lic.number,
                    version=lic.version,
                    application_id=app.id,
                    reference=app.reference,
                    destination_code=app.destination_code,
                    valid_until=lic.valid_until,
                    reasons=tuple(reasons),
                )
            )
    return result


def prohibiting_embargoes(
    session: Session, licence_id: int, on_date: date
) -> tuple[ReassessmentReason, ...]:
    """The embargoes that prohibit the transfer under a valid licence on ``on_date``.

    For the shipments service (and any other caller in a unit of work): a shipment dated on or
    after an embargo's start must not go ahead under the licence (Art. 6; Art. 7(7)), even
    before the officer has suspended it. Empty when nothing prohibits it or the licence is not
    valid (suspended and revoked licences are answered by their own status).
    """
    found = _affected(session, on_date, licence_id)
    if not found:
        return ()
    in_force = {e.id for s in applied_sets(session) for e in s.entries if e.in_force_on(on_date)}
    return tuple(
        r
        for r in found[0].reasons
        if r.prohibits and r.kind == "embargo" and r.key.split(":")[1] in in_force
    )


class ShipmentEmbargoCheck:
    """The embargoes that prohibit a shipment under a licence on its date, whatever the
    licence's status or validity: no licence covers a transfer an embargo prohibits (Art. 6),
    and one that starts while a licence is valid stops further shipments under it (7(7)).

    For the shipments service: the embargo data and the matches each licence's assessment
    recorded are read once per unit of work, so a customs file of many shipments is checked
    without re-reading them for every one. Gives the same embargo reasons as
    ``prohibiting_embargoes`` for a valid licence.
    """

    def __init__(self, session: Session) -> None:
        self._sets = applied_sets(session)
        self._recorded = _recorded_matches(session)

    def prohibiting(
        self, licence: Licence, app: Application, on_date: date
    ) -> tuple[ReassessmentReason, ...]:
        in_force = {e.id for s in self._sets for e in s.entries if e.in_force_on(on_date)}
        recorded = self._recorded.get(licence.id, set())
        found = _embargo_reasons(
            self._sets, lic=licence, app=app, on_date=on_date, recorded=recorded, ahead=False
        )
        return tuple(r for r in found if r.prohibits and r.key.split(":")[1] in in_force)


def _embargo_reasons(
    sets: tuple[EmbargoSet, ...],
    lic: Licence,
    app: Application,
    on_date: date,
    recorded: set[tuple[str, str]],
    *,
    ahead: bool = True,
) -> list[ReassessmentReason]:
    """Matches the assessment did not record, now or (``ahead``) starting while the licence
    is valid."""
    dates = {on_date}
    if ahead:
        dates |= {e.start for s in sets for e in s.entries if on_date < e.start <= lic.valid_until}
    reasons: dict[str, ReassessmentReason] = {}
    for day in sorted(dates):
        try:
            matches = screen_matches(sets, app, day)
        except ServiceError:
            return []  # a case without items cannot be screened; nothing was licensed
        for match, label in matches:
            if match.effect is Effect.NOT_APPLICABLE:
                continue
            if (match.embargo.id, match.effect.value) in recorded:
                continue
            key = f"embargo:{match.embargo.id}:{match.effect.value}"
            if key in reasons:
                continue
            explanation = match.message or match.explanation
            if day > on_date:
                text = msg(
                    "{explanation} Concerns {label}. In force from {day}.",
                    context="reassessment reason",
                    explanation=explanation,
                    label=Worded(label, screened_party),
                    day=day.isoformat(),
                )
            else:
                text = msg(
                    "{explanation} Concerns {label}.",
                    context="reassessment reason",
                    explanation=explanation,
                    label=Worded(label, screened_party),
                )
            reasons[key] = ReassessmentReason(key, "embargo", match.prohibits, text)
    return list(reasons.values())


def _info_reasons(
    lic: Licence, app: Application, infos: list[_Info], issued_event: int | None
) -> list[ReassessmentReason]:
    countries = {app.destination_code}
    countries |= {p.country_code for p in app.parties if not p.superseded}
    countries |= {t.country_code for t in app.transit_states if not t.superseded}
    reasons = []
    for info in infos:
        if info.country not in countries:
            continue
        newer = info.event_id > issued_event if issued_event else info.recorded_on >= lic.issued_on
        if newer:
            reasons.append(
                ReassessmentReason(
                    f"information:{info.event_id}",
                    "information",
                    False,
                    msg(
                        "New information on {country} recorded on {day}: {text}",
                        context="reassessment reason",
                        country=info.country,
                        day=info.recorded_on.isoformat(),
                        text=info.text,
                    ),
                )
            )
    return reasons


def _recorded_matches(session: Session) -> dict[int, set[tuple[str, str]]]:
    """Licence id → (embargo id, effect) pairs its decision's assessment recorded."""
    rows = session.execute(
        select(Licence.id, Assessment.data)
        .join(Decision, Licence.decision_id == Decision.id)
        .join(Assessment, Decision.assessment_id == Assessment.id)
        .where(Licence.status == LicenceStatus.VALID)
    )
    found: dict[int, set[tuple[str, str]]] = {}
    for lic_id, data in rows:
        matches: Any = (data or {}).get("article6", {}).get("embargo_matches", [])
        found[lic_id] = {(str(m.get("embargo_id")), str(m.get("effect"))) for m in matches}
    return found


def _issue_events(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Event.entity_id, Event.id).where(
            Event.entity == "licence", Event.action == "licence_issued"
        )
    )
    return {int(entity_id): event_id for entity_id, event_id in rows if entity_id is not None}


def _addressed(session: Session) -> dict[int, set[str]]:
    rows = session.execute(
        select(Event.entity_id, Event.after).where(
            Event.entity == "licence", Event.action == REASSESSED_ACTION
        )
    )
    found: dict[int, set[str]] = defaultdict(set)
    for entity_id, after in rows:
        if entity_id is not None and after:
            found[int(entity_id)].update(str(k) for k in after.get("addressed", []))
    return found


def _information(session: Session) -> list[_Info]:
    rows = session.scalars(
        select(Event)
        .where(Event.entity == INFO_ENTITY, Event.action == INFO_ACTION)
        .order_by(Event.id)
    )
    return [
        _Info(
            e.id,
            str(e.after.get("country_code", "")),
            str(e.after.get("text", "")),
            e.occurred_at.date(),
        )
        for e in rows
        if e.after
    ]


def _incident_reasons(session: Session) -> dict[int, list[ReassessmentReason]]:
    """Licence id → the diversion and breach incidents that touch it (issue 14): each stays
    a reason until the licence is reassessed for it (``services.incidents`` links them)."""
    rows = session.execute(
        select(
            IncidentLicence.licence_id,
            Incident.id,
            Incident.number,
            Incident.kind,
            Incident.learned_on,
            Incident.description,
        )
        .join(Incident, Incident.id == IncidentLicence.incident_id)
        .where(IncidentLicence.superseded.is_(False))
        .order_by(Incident.id)
    )
    found: dict[int, list[ReassessmentReason]] = defaultdict(list)
    for lic_id, incident_id, number, kind, learned_on, description in rows:
        text = msg(
            "Incident {number} ({kind}, learned on {day}): {description}",
            context="reassessment reason",
            number=number,
            kind=kind_message(kind),
            day=learned_on.isoformat(),
            description=" ".join(description.split())[:200],
        )
        found[lic_id].append(ReassessmentReason(f"incident:{incident_id}", "incident", False, text))
    return found


# --------------------------------------------------------------------------- recording


def record_destination_information(
    db: Database,
    country_code: str,
    text: str,
    sources: Sequence[str | Source] = (),
    actor: Actor = LOCAL_OFFICER,
    *,
    on_date: date | None = None,
) -> list[AffectedLicence]:
    """Record new information about a State (e.g. reports of abuses) and return the valid
    licences it concerns; each affected case also gets a note so its file shows the news."""
    code = country_code.strip().upper()
    if not is_valid_country(code):
        raise ServiceError(
            msg("{country_code!r} is not a known country code.", country_code=country_code)
        )
    if not text.strip():
        raise ServiceError(msg("Describe the new information: it is what the reassessment weighs."))
    plain_sources = [_source_text(s) for s in sources]
    with db.session() as session:
        authorize(session, actor, Permission.DRAFT_ASSESSMENT)
        return flag_destination_information(
            session, actor, code, text.strip(), plain_sources, on_date or date.today()
        )


def flag_destination_information(
    session: Session,
    actor: Actor,
    code: str,
    text: str,
    plain_sources: Sequence[str],
    day: date,
    *,
    extra: dict[str, Any] | None = None,
) -> list[AffectedLicence]:
    """In the caller's unit of work (its permission checked): record the information event
    (``extra`` adds to what it shows, e.g. the destination file's entry), note it in each
    affected case, and return the valid licences it concerns."""
    event = record_event(
        session,
        actor,
        entity=INFO_ENTITY,
        entity_id=None,
        action=INFO_ACTION,
        summary=f"New information on {code}: {text[:120]}",
        after={"country_code": code, "text": text, "sources": list(plain_sources), **(extra or {})},
    )
    append_pending_events(session)  # its id names the reason below
    key = f"information:{event.id}"
    affected = [a for a in _affected(session, day) if any(r.key == key for r in a.reasons)]
    for case_id in dict.fromkeys(a.application_id for a in affected):
        note = Note(
            application_id=case_id,
            author_id=actor.user_id,
            text=f"New information on {code} (Article 7(7)): {text}",
            mentions=[],
        )
        session.add(note)
        session.flush()
        record_event(
            session,
            actor,
            entity="note",
            entity_id=note.id,
            application_id=case_id,
            action="note_added",
            summary=f"Licence to reassess: new information on {code}",
            after={"text": note.text, "sources": list(plain_sources)},
        )
    return affected


def _source_text(source: str | Source) -> str:
    if isinstance(source, str):
        return source.strip()
    dated = f", {source.date.isoformat()}" if source.date else ""
    ref = f" ({source.reference})" if source.reference else ""
    return f"{source.kind.value}: {source.title}{dated}{ref}"


def record_reassessment(
    db: Database,
    licence_id: int,
    *,
    conclusion: str,
    actor: Actor = LOCAL_OFFICER,
    on_date: date | None = None,
) -> None:
    """Record that the officer reassessed a licence and it stands as it is.

    Clears the licence's current reasons from the list, except a prohibiting embargo, which
    no reassessment can clear: that licence must be suspended or revoked instead.
    """
    if not conclusion.strip():
        raise ServiceError(msg("Record the conclusion of the reassessment and its reasons."))
    with db.session() as session:
        lic = session.get(Licence, licence_id)
        if lic is None:
            raise NotFoundError(
                msg("There is no licence with id {licence_id}.", licence_id=licence_id)
            )
        authorize(session, actor, Permission.DECIDE, application_id=lic.application_id)
        found = _affected(session, on_date or date.today(), licence_id)
        reasons = found[0].reasons if found else ()
        blocking = [r for r in reasons if r.prohibits]
        if blocking:
            raise ServiceError(
                msg(
                    "Licence {number} cannot stand: {text} Suspend or revoke it "
                    "(Article 6 admits no mitigation).",
                    number=lic.number,
                    text=blocking[0].message,
                )
            )
        record_event(
            session,
            actor,
            entity="licence",
            entity_id=lic.id,
            application_id=lic.application_id,
            action=REASSESSED_ACTION,
            summary=f"Licence {lic.number} reassessed (Article 7(7)): it stands",
            after={"addressed": [r.key for r in reasons], "conclusion": conclusion.strip()},
            reason=conclusion.strip(),
        )
