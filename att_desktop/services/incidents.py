"""Diversion and breach incidents (Article 11(4)–(5), Article 14) and the 7(7) reassessment
they start.

An incident names licences and parties. Every licence it touches is linked to it when it is
recorded (or edited): the licences it names, and the valid licences of cases whose parties
match its parties (``domain.name_matching``, same country, so "Муаммар Каддафи" and
"Mouammar Kadhafi" are one person). ``services.reassessment`` lists each linked valid
licence (reason ``incident:<id>``) until it is reassessed, suspended or revoked; a licence
issued later was assessed with the incident in view (the like-cases panel shows it), so it
is not linked. Suspending or revoking from the incident is a decision
(``decisions.set_licence_status``, the DECIDE right), saved in the same unit of work as the
incident: both are saved, or neither.

Every change is an event on the incident, and one on each linked case so its history says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    String,
    cast,
    literal,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from att_desktop.db.engine import Database
from att_desktop.db.json_sql import json_list_has
from att_desktop.db.models import Application, Event, Incident, Licence, Party, User
from att_desktop.db.models import IncidentLicence as LinkRow
from att_desktop.db.models import IncidentParty as PartyRow
from att_desktop.db.types import max_length
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.enums import LicenceStatus, Role
from att_desktop.domain.incidents import (
    IncidentItem,
    IncidentKind,
    IncidentParty,
    IncidentResponse,
    IncidentSource,
    IncidentStatus,
    ResponseKind,
    StateInformed,
    check_dates,
    check_items,
    check_parties,
    check_responses,
    check_states,
    kind_words,
)
from att_desktop.domain.name_matching import THRESHOLD, compare
from att_desktop.domain.validation import FieldError, too_long
from att_desktop.i18n import msg
from att_desktop.services.cases import load_application
from att_desktop.services.decisions import set_licence_status
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import (
    ConcurrentEditError,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, PermissionDenied, authorize
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

ENTITY = "incident"
RECORDED = "incident_recorded"
UPDATED = "incident_updated"
CLOSED = "incident_closed"
#: On each case the incident touches, so the case's history shows it.
LINKED = "incident_linked"
#: ``services.reassessment`` reason keys: ``incident:<id>``.
REASON_PREFIX = "incident:"
#: How a licence came to be linked.
VIA_NAMED = "named"
VIA_PARTY = "party"


@dataclass(frozen=True)
class IncidentInput:
    kind: IncidentKind
    source: IncidentSource
    source_reference: str
    occurred_on: date | None
    learned_on: date
    description: str
    country_code: str
    licence_numbers: tuple[str, ...] = ()
    parties: tuple[IncidentParty, ...] = ()
    items: tuple[IncidentItem, ...] = ()
    responses: tuple[IncidentResponse, ...] = ()
    states_informed: tuple[StateInformed, ...] = ()


@dataclass(frozen=True)
class IncidentLicenceView:
    licence_id: int
    number: str
    application_id: int
    reference: str
    destination_code: str
    status: LicenceStatus
    #: "named" or "party".
    via: str
    #: For a party match: which party matched which, and how well.
    matched: str
    #: Still on the Article 7(7) list for this incident (valid, not yet reassessed).
    awaiting_reassessment: bool


@dataclass(frozen=True)
class IncidentView:
    id: int
    number: str
    kind: IncidentKind
    source: IncidentSource
    source_reference: str
    occurred_on: date | None
    learned_on: date
    description: str
    country_code: str
    parties: tuple[IncidentParty, ...]
    items: tuple[IncidentItem, ...]
    responses: tuple[IncidentResponse, ...]
    states_informed: tuple[StateInformed, ...]
    status: IncidentStatus
    closing_note: str
    closed_on: date | None
    version: int
    licences: tuple[IncidentLicenceView, ...] = field(default=())

    @property
    def licence_numbers(self) -> tuple[str, ...]:
        """The licences the incident names (not those found by party matching)."""
        return tuple(lic.number for lic in self.licences if lic.via == VIA_NAMED)

    def as_input(self) -> IncidentInput:
        """What an edit starts from."""
        return IncidentInput(
            self.kind,
            self.source,
            self.source_reference,
            self.occurred_on,
            self.learned_on,
            self.description,
            self.country_code,
            self.licence_numbers,
            self.parties,
            self.items,
            self.responses,
            self.states_informed,
        )


@dataclass(frozen=True)
class IncidentMatch:
    """An incident shown beside a case: why it is relevant to it."""

    incident: IncidentView
    #: "case party ~ incident party" for each party that matches.
    parties_matched: tuple[str, ...]
    #: The incident happened in the case's destination.
    same_destination: bool
    #: The incident names or matched one of this case's licences.
    linked: bool


# --------------------------------------------------------------------------- checking


def _clean(text: str) -> str:
    return " ".join(text.split())


def _numbers(inp: IncidentInput) -> list[str]:
    """The licences named, with those a response suspends or revokes."""
    named = [n.strip() for n in inp.licence_numbers if n.strip()]
    named += [r.licence_number.strip() for r in inp.responses if r.kind.changes_licence]
    return list(dict.fromkeys(named))


def _check(session: Session, inp: IncidentInput, today: date) -> dict[str, Licence]:
    """Every problem at once, as FieldErrors; the licences named, by number."""
    errors: list[FieldError] = []
    if not _clean(inp.description):
        errors.append(FieldError("description", msg("describe what happened")))
    if not is_valid_country(inp.country_code):
        errors.append(FieldError("country_code", msg("choose the country where it happened")))
    errors += check_dates(inp.occurred_on, inp.learned_on, today)
    errors += check_parties(inp.parties)
    errors += _lengths(inp)
    errors += check_items(inp.items)
    errors += check_responses(inp.responses, today)
    errors += check_states(inp.states_informed, today)
    numbers = _numbers(inp)
    found = {
        lic.number: lic
        for lic in session.scalars(select(Licence).where(Licence.number.in_(numbers)))
    }
    for n, number in enumerate(inp.licence_numbers):
        if number.strip() and number.strip() not in found:
            errors.append(_unknown_licence(f"licence_numbers[{n}]", number))
    for n, r in enumerate(inp.responses):
        number = r.licence_number.strip()
        if r.kind.changes_licence and number and number not in found:
            errors.append(_unknown_licence(f"responses[{n}].licence_number", number))
    if errors:
        raise ValidationFailed(errors)
    return found


def _unknown_licence(field: str, number: str) -> FieldError:
    """The same words whichever list (incident licences, responses) names the number."""
    return FieldError(field, msg("there is no licence numbered {number}", number=repr(number)))


def _lengths(inp: IncidentInput) -> list[FieldError]:
    """Text longer than its column holds, as it would be stored (``_apply``, ``_link``)."""
    found = [
        too_long(
            _clean(inp.source_reference),
            max_length(Incident.source_reference),
            "source_reference",
            msg("source reference", context="field"),
        )
    ]
    limit = max_length(PartyRow.name)
    found += [
        too_long(_clean(p.name), limit, f"parties[{n}].name", msg("party's name", context="field"))
        for n, p in enumerate(inp.parties)
    ]
    return [e for e in found if e is not None]


def _new_licence_responses(
    inp: IncidentInput, previous: Sequence[IncidentResponse] = ()
) -> list[IncidentResponse]:
    """Responses that suspend or revoke and were not recorded before (each is done once)."""
    return [r for r in inp.responses if r.kind.changes_licence and r not in previous]


def _may_change_licences(
    session: Session, actor: Actor, responses: Sequence[IncidentResponse]
) -> None:
    """Refuse before anything is saved when the person may not suspend or revoke."""
    if not responses:
        return
    try:
        authorize(session, actor, Permission.DECIDE)
    except PermissionDenied as exc:
        numbers = ", ".join(r.licence_number for r in responses)
        raise PermissionDenied(
            msg(
                "Suspending or revoking licence {numbers} is a decision (Article 7(7)): only the "
                "deciding authority may do it. Record the incident without that response; the "
                "licence is listed for reassessment, where the deciding authority can suspend or "
                "revoke it. ({exc})",
                numbers=numbers,
                exc=exc,
            ),
            Permission.DECIDE,
        ) from exc


# --------------------------------------------------------------------------- storing


def _plain_inputs(inp: IncidentInput) -> dict[str, Any]:
    return {
        "items": [
            {"description": _clean(i.description), "att_category": i.att_category}
            for i in inp.items
        ],
        "responses": [
            {
                "kind": r.kind.value,
                "on_date": r.on_date.isoformat(),
                "licence_number": r.licence_number.strip(),
                "referred_to": _clean(r.referred_to),
                "note": r.note.strip(),
            }
            for r in inp.responses
        ],
        "states_informed": [
            {
                "country_code": s.country_code,
                "informed_on": s.informed_on.isoformat(),
                "channel": _clean(s.channel),
            }
            for s in inp.states_informed
        ],
    }


def _snapshot(row: Incident, parties: Iterable[PartyRow], numbers: Iterable[str]) -> dict[str, Any]:
    """What the history keeps of an incident: every field, in stored form."""
    return {
        "number": row.number,
        "kind": row.kind.value,
        "source": row.source.value,
        "source_reference": row.source_reference,
        "occurred_on": row.occurred_on.isoformat() if row.occurred_on else None,
        "learned_on": row.learned_on.isoformat(),
        "description": row.description,
        "country_code": row.country_code,
        "licences": sorted(numbers),
        "parties": [{"name": p.name, "country_code": p.country_code} for p in parties],
        "items": list(row.items),
        "responses": list(row.responses),
        "states_informed": list(row.states_informed),
        "status": row.status.value,
        "closing_note": row.closing_note,
    }


def _next_number(session: Session, year: int) -> str:
    taken = session.scalars(select(Incident.number).where(Incident.number.like(f"{year}-%")))
    used = [int(n.split("-", 1)[1]) for n in taken if n.split("-", 1)[1].isdigit()]
    return f"{year}-{max(used, default=0) + 1}"


def _apply(row: Incident, inp: IncidentInput) -> None:
    plain = _plain_inputs(inp)
    row.kind = inp.kind
    row.source = inp.source
    row.source_reference = _clean(inp.source_reference)
    row.occurred_on = inp.occurred_on
    row.learned_on = inp.learned_on
    row.description = inp.description.strip()
    row.country_code = inp.country_code.strip().upper()
    row.items = plain["items"]
    row.responses = plain["responses"]
    row.states_informed = plain["states_informed"]


def _party_matches(
    session: Session, parties: Sequence[IncidentParty], on_date: date
) -> dict[int, tuple[int, str]]:
    """Valid licences whose case has a party matching one of ``parties`` (same country):
    licence id → (case id, why)."""
    countries = {p.country_code for p in parties if _clean(p.name)}
    if not countries:
        return {}
    rows = session.execute(
        select(Licence.id, Licence.application_id, Party.name, Party.country_code)
        .join(Party, Party.application_id == Licence.application_id)
        .where(
            Licence.status == LicenceStatus.VALID,
            Licence.valid_until >= on_date,
            Party.superseded.is_(False),
            Party.country_code.in_(countries),
        )
        .order_by(Licence.id)
    )
    found: dict[int, tuple[int, str]] = {}
    for lic_id, case_id, name, country in rows:
        for party in parties:
            if party.country_code != country or lic_id in found:
                continue
            score = compare(name, party.name)
            if score.score >= THRESHOLD:
                found[lic_id] = (case_id, f"{name} ~ {party.name} ({country}): {score.explain()}")
    return found


def _link(
    session: Session, row: Incident, inp: IncidentInput, named: dict[str, Licence], today: date
) -> tuple[list[LinkRow], list[LinkRow]]:
    """Bring the incident's parties and licence links in line with ``inp``; returns the
    links added and those dropped."""
    current = list(
        session.scalars(
            select(PartyRow)
            .where(PartyRow.incident_id == row.id, PartyRow.superseded.is_(False))
            .order_by(PartyRow.position)
        )
    )
    wanted = [IncidentParty(_clean(p.name), p.country_code.upper()) for p in inp.parties]
    if [IncidentParty(p.name, p.country_code) for p in current] != wanted:
        for old in current:
            old.superseded = True
        for n, party in enumerate(wanted):
            session.add(
                PartyRow(
                    incident_id=row.id, name=party.name, country_code=party.country_code, position=n
                )
            )
    desired: dict[int, tuple[int, str, str]] = {
        lic.id: (lic.application_id, VIA_NAMED, "") for lic in named.values()
    }
    for lic_id, (case_id, why) in _party_matches(session, wanted, today).items():
        desired.setdefault(lic_id, (case_id, VIA_PARTY, why))
    links = list(
        session.scalars(
            select(LinkRow).where(LinkRow.incident_id == row.id, LinkRow.superseded.is_(False))
        )
    )
    dropped = [
        link for link in links if desired.get(link.licence_id, ("", "", ""))[1:2] != (link.via,)
    ]
    kept = {link.licence_id for link in links if link not in dropped}
    for link in dropped:
        link.superseded = True
    added = [
        LinkRow(incident_id=row.id, licence_id=lic_id, application_id=case_id, via=via, matched=why)
        for lic_id, (case_id, via, why) in desired.items()
        if lic_id not in kept
    ]
    session.add_all(added)
    session.flush()
    return added, dropped


def _case_events(
    session: Session,
    actor: Actor,
    row: Incident,
    added: Sequence[LinkRow],
    numbers: dict[int, str],
) -> None:
    """One event per case the incident now touches, naming its licences."""
    by_case: dict[int, list[LinkRow]] = defaultdict(list)
    for link in added:
        by_case[link.application_id].append(link)
    for case_id, links in by_case.items():
        licences = [numbers[link.licence_id] for link in links]
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=row.id,
            application_id=case_id,
            action=LINKED,
            summary=(
                f"Incident {row.number} ({kind_words(row.kind)}) concerns licence "
                f"{', '.join(licences)}: to be reassessed (Article 7(7))"
            ),
            after={
                "incident": row.number,
                "kind": row.kind.value,
                "licences": licences,
                "matched": [link.matched for link in links if link.matched],
            },
        )


def _licence_numbers(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return dict(
        session.execute(select(Licence.id, Licence.number).where(Licence.id.in_(wanted))).all()
    )


def _named_numbers(session: Session, incident_id: int) -> list[str]:
    rows = session.scalars(
        select(Licence.number)
        .join(LinkRow, LinkRow.licence_id == Licence.id)
        .where(
            LinkRow.incident_id == incident_id,
            LinkRow.superseded.is_(False),
            LinkRow.via == VIA_NAMED,
        )
    )
    return list(rows)


def _current_parties(session: Session, incident_id: int) -> list[PartyRow]:
    return list(
        session.scalars(
            select(PartyRow)
            .where(PartyRow.incident_id == incident_id, PartyRow.superseded.is_(False))
            .order_by(PartyRow.position)
        )
    )


# --------------------------------------------------------------------------- use cases


def record_incident(
    db: Database, inp: IncidentInput, actor: Actor = LOCAL_OFFICER, *, today: date | None = None
) -> IncidentView:
    """Record an incident, link the licences it touches (put up for reassessment), and carry
    out its suspensions and revocations (the deciding authority only), all in one unit of
    work: if a licence cannot be changed, the incident is not recorded either."""
    day = today or date.today()
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_INCIDENT)
        named = _check(session, inp, day)
        changes = _new_licence_responses(inp)
        _may_change_licences(session, actor, changes)
        number = _next_number(session, inp.learned_on.year)
        row = Incident(number=number, status=IncidentStatus.OPEN, recorded_by_id=actor.user_id)
        _apply(row, inp)
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:
            # Another workstation recorded an incident with the same number a moment ago.
            raise ConcurrentEditError(
                msg(
                    "Incident number {number} was taken by an incident recorded elsewhere a "
                    "moment ago; nothing was saved. Save again: the next free number will be used.",
                    number=number,
                )
            ) from exc
        added, _ = _link(session, row, inp, named, day)
        numbers = _licence_numbers(session, (link.licence_id for link in added))
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=row.id,
            action=RECORDED,
            summary=f"Incident {row.number} recorded: {kind_words(row.kind)} in {row.country_code}",
            after=_snapshot(row, _current_parties(session, row.id), named),
        )
        _case_events(session, actor, row, added, numbers)
        _change_licences(session, row.number, changes, actor, day, "recorded")
        incident_id = row.id
    return get_incident(db, incident_id, today=day)


def update_incident(
    db: Database,
    incident_id: int,
    inp: IncidentInput,
    actor: Actor = LOCAL_OFFICER,
    *,
    expected_version: int,
    reason: str = "",
    today: date | None = None,
) -> IncidentView:
    """Correct or complete an open incident (new facts, parties, responses, States informed);
    a closed one is kept as it was closed. Its new suspensions and revocations are saved with
    it or not at all."""
    day = today or date.today()
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_INCIDENT)
        row = _row(session, incident_id)
        _refuse_if_closed(row)
        _same_version(row, expected_version)
        named = _check(session, inp, day)
        previous = [_response(r) for r in row.responses]
        changes = _new_licence_responses(inp, previous)
        _may_change_licences(session, actor, changes)
        before = _snapshot(row, _current_parties(session, row.id), _named_numbers(session, row.id))
        _apply(row, inp)
        _flush(session, row)
        added, _ = _link(session, row, inp, named, day)
        after = _snapshot(row, _current_parties(session, row.id), named)
        changed = [k for k in after if after[k] != before[k]]
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=row.id,
            action=UPDATED,
            summary=f"Incident {row.number} updated",
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed} | {"number": row.number},
            reason=reason.strip(),
        )
        _case_events(
            session,
            actor,
            row,
            added,
            _licence_numbers(session, (link.licence_id for link in added)),
        )
        _change_licences(session, row.number, changes, actor, day, "updated")
    return get_incident(db, incident_id, today=day)


def close_incident(
    db: Database,
    incident_id: int,
    note: str,
    actor: Actor = LOCAL_OFFICER,
    *,
    expected_version: int,
    today: date | None = None,
) -> IncidentView:
    """Close an incident with a note saying how it ended. Its licences stay on the
    reassessment list until each is reassessed: closing is not reassessing."""
    if not _clean(note):
        raise ValidationFailed(
            [FieldError("closing_note", msg("say how the incident was settled"))]
        )
    day = today or date.today()
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_INCIDENT)
        row = _row(session, incident_id)
        _same_version(row, expected_version)
        if row.status is IncidentStatus.CLOSED:
            raise ServiceError(msg("Incident {number} is already closed.", number=row.number))
        row.status = IncidentStatus.CLOSED
        row.closing_note = note.strip()
        row.closed_on = day
        _flush(session, row)
        record_event(
            session,
            actor,
            entity=ENTITY,
            entity_id=row.id,
            action=CLOSED,
            summary=f"Incident {row.number} closed",
            before={"status": IncidentStatus.OPEN.value},
            after={"number": row.number, "status": row.status.value, "closing_note": note.strip()},
            reason=note.strip(),
        )
    return get_incident(db, incident_id, today=day)


def _row(session: Session, incident_id: int) -> Incident:
    """The incident, locked on PostgreSQL until this unit of work ends: a second
    workstation saving it waits, then sees the new version and is refused."""
    row = session.scalars(
        select(Incident).where(Incident.id == incident_id).with_for_update(of=Incident)
    ).first()
    if row is None:
        raise NotFoundError(
            msg("There is no incident with id {incident_id}.", incident_id=incident_id)
        )
    return row


def _same_version(row: Incident, expected_version: int) -> None:
    if row.version != expected_version:
        raise ConcurrentEditError(
            msg(
                "Incident {number} was changed by someone else since you opened it (now version "
                "{version}, yours {expected_version}); nothing was saved. Open it again to see "
                "their changes, then make yours.",
                number=row.number,
                version=row.version,
                expected_version=expected_version,
            )
        )


def _refuse_if_closed(row: Incident) -> None:
    """A closed incident is kept as it was closed (there is no reopening)."""
    if row.status is not IncidentStatus.CLOSED:
        return
    when = f" on {row.closed_on.isoformat()}" if row.closed_on else ""
    raise ServiceError(
        msg(
            "Incident {number} was closed{when} and can no longer be edited; nothing was saved. "
            "Record what has been learned since as a new incident (it may name the same licences "
            "and parties).",
            number=row.number,
            when=when,
        )
    )


def _flush(session: Session, row: Incident) -> None:
    """Write the incident's row; a save by someone else in between is a ConcurrentEditError."""
    number = row.number  # a failed flush expires the row: read it before
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError(
            msg(
                "Incident {number} was saved by someone else a moment ago; nothing was saved. "
                "Open it again to see their changes, then make yours.",
                number=number,
            )
        ) from exc


def _change_licences(
    session: Session,
    number: str,
    responses: Sequence[IncidentResponse],
    actor: Actor,
    day: date,
    done: str,
) -> None:
    """Suspend or revoke as the responses say, each a decision of its own (Article 7(7)), in
    the incident's unit of work: a refusal leaves neither the incident nor any licence
    changed. ``done`` is what would have happened to the incident ("recorded", "updated")."""
    for response in responses:
        status = (
            LicenceStatus.SUSPENDED
            if response.kind is ResponseKind.LICENCE_SUSPENDED
            else LicenceStatus.REVOKED
        )
        licence_number = response.licence_number.strip()
        lic = session.scalars(select(Licence).where(Licence.number == licence_number)).one()
        if lic.status is status:
            continue
        why = response.note.strip() or f"Incident {number}"
        try:
            set_licence_status(
                session,
                lic.id,
                status,
                reason=f"Incident {number} (Article 7(7)): {why}",
                expected_version=lic.version,
                actor=actor,
                on_date=day,
            )
        except PermissionDenied:
            raise
        except ConcurrentEditError as exc:
            raise ConcurrentEditError(
                msg(
                    "Licence {licence_number} was changed by someone else a moment ago, so it was "
                    "not made {value} and incident {number} was not {done} either; nothing was "
                    "saved. Save again. ({exc})",
                    licence_number=licence_number,
                    value=status.value,
                    number=number,
                    done=done,
                    exc=exc,
                )
            ) from exc
        except ServiceError as exc:
            raise ServiceError(
                msg(
                    "Licence {licence_number} cannot be made {value}, so incident {number} was "
                    "not {done} either; nothing was saved. Correct or remove that response and "
                    "save again. ({exc})",
                    licence_number=licence_number,
                    value=status.value,
                    number=number,
                    done=done,
                    exc=exc,
                )
            ) from exc


# --------------------------------------------------------------------------- reading


def _response(raw: Any) -> IncidentResponse:
    return IncidentResponse(
        ResponseKind(str(raw.get("kind"))),
        date.fromisoformat(str(raw.get("on_date"))),
        str(raw.get("licence_number", "")),
        str(raw.get("referred_to", "")),
        str(raw.get("note", "")),
    )


def _addressed(session: Session, licence_ids: Sequence[int]) -> dict[int, set[str]]:
    """Reassessment reason keys already answered, per licence (``reassessment`` events)."""
    found: dict[int, set[str]] = defaultdict(set)
    if not licence_ids:
        return found
    rows = session.execute(
        select(Event.entity_id, Event.after).where(
            Event.entity == "licence",
            Event.action == "reassessed",
            Event.entity_id.in_(list(licence_ids)),
        )
    )
    for entity_id, after in rows:
        if entity_id is not None and after:
            found[int(entity_id)].update(str(k) for k in after.get("addressed", []))
    return found


def _views(session: Session, rows: Sequence[Incident], today: date) -> list[IncidentView]:
    ids = [r.id for r in rows]
    if not ids:
        return []
    parties: dict[int, list[IncidentParty]] = defaultdict(list)
    for p in session.scalars(
        select(PartyRow)
        .where(PartyRow.incident_id.in_(ids), PartyRow.superseded.is_(False))
        .order_by(PartyRow.position)
    ):
        parties[p.incident_id].append(IncidentParty(p.name, p.country_code))
    links = session.execute(
        select(LinkRow, Licence, Application.reference, Application.destination_code)
        .join(Licence, Licence.id == LinkRow.licence_id)
        .join(Application, Application.id == LinkRow.application_id)
        .where(LinkRow.incident_id.in_(ids), LinkRow.superseded.is_(False))
        .order_by(Licence.number)
    ).all()
    addressed = _addressed(session, [lic.id for _, lic, _, _ in links])
    licences: dict[int, list[IncidentLicenceView]] = defaultdict(list)
    for link, lic, reference, destination in links:
        waiting = (
            lic.status is LicenceStatus.VALID
            and lic.valid_until >= today
            and f"{REASON_PREFIX}{link.incident_id}" not in addressed.get(lic.id, set())
        )
        licences[link.incident_id].append(
            IncidentLicenceView(
                lic.id,
                lic.number,
                link.application_id,
                reference,
                destination,
                lic.status,
                link.via,
                link.matched,
                waiting,
            )
        )
    return [
        IncidentView(
            id=r.id,
            number=r.number,
            kind=r.kind,
            source=r.source,
            source_reference=r.source_reference,
            occurred_on=r.occurred_on,
            learned_on=r.learned_on,
            description=r.description,
            country_code=r.country_code,
            parties=tuple(parties.get(r.id, ())),
            items=tuple(
                IncidentItem(str(i.get("description", "")), str(i.get("att_category", "")))
                for i in r.items
            ),
            responses=tuple(_response(x) for x in r.responses),
            states_informed=tuple(
                StateInformed(
                    str(s.get("country_code", "")),
                    date.fromisoformat(str(s.get("informed_on"))),
                    str(s.get("channel", "")),
                )
                for s in r.states_informed
            ),
            status=r.status,
            closing_note=r.closing_note,
            closed_on=r.closed_on,
            version=r.version,
            licences=tuple(licences.get(r.id, ())),
        )
        for r in rows
    ]


def get_incident(db: Database, incident_id: int, *, today: date | None = None) -> IncidentView:
    with db.session() as session:
        row = session.get(Incident, incident_id)
        if row is None:
            raise NotFoundError(
                msg("There is no incident with id {incident_id}.", incident_id=incident_id)
            )
        return _views(session, [row], today or date.today())[0]


def list_incidents(
    db: Database,
    *,
    open_only: bool = False,
    country_code: str | None = None,
    kind: IncidentKind | None = None,
    today: date | None = None,
) -> list[IncidentView]:
    """Incidents, newest learned first, filtered by status, country and kind."""
    query = select(Incident).order_by(Incident.learned_on.desc(), Incident.id.desc())
    if open_only:
        query = query.where(Incident.status == IncidentStatus.OPEN)
    if country_code:
        query = query.where(Incident.country_code == country_code.upper())
    if kind is not None:
        query = query.where(Incident.kind == kind)
    with db.session() as session:
        return _views(session, list(session.scalars(query)), today or date.today())


# --------------------------------------------------------------------------- beside a case


def incidents_for_case(db: Database, application_id: int) -> list[IncidentMatch]:
    """Incidents involving this case's parties (name matching, same country), its
    destination, or its licences: what an officer weighs beside a new application."""
    with db.session() as session:
        return matching_incidents(session, application_id)


def matching_incidents(session: Session, application_id: int) -> list[IncidentMatch]:
    """``incidents_for_case`` inside a unit of work (the like-cases panel's precedents).

    One query for the incidents' parties (few) and one for the case's links; names are
    compared only between parties of the same country."""
    app = load_application(session, application_id)
    parties = [p for p in app.parties if not p.superseded]
    countries = {p.country_code for p in parties}
    matched: dict[int, list[str]] = defaultdict(list)
    if countries:
        for row in session.scalars(
            select(PartyRow).where(
                PartyRow.superseded.is_(False), PartyRow.country_code.in_(countries)
            )
        ):
            for party in parties:
                if party.country_code != row.country_code:
                    continue
                if compare(party.name, row.name).score >= THRESHOLD:
                    matched[row.incident_id].append(f"{party.name} ~ {row.name}")
    linked = set(
        session.scalars(
            select(LinkRow.incident_id).where(
                LinkRow.application_id == app.id, LinkRow.superseded.is_(False)
            )
        )
    )
    same = set(
        session.scalars(select(Incident.id).where(Incident.country_code == app.destination_code))
    )
    ids = set(matched) | linked | same
    if not ids:
        return []
    rows = list(
        session.scalars(
            select(Incident)
            .where(Incident.id.in_(ids))
            .order_by(Incident.learned_on.desc(), Incident.id.desc())
        )
    )
    views = _views(session, rows, date.today())
    found = [
        IncidentMatch(v, tuple(dict.fromkeys(matched.get(v.id, ()))), v.id in same, v.id in linked)
        for v in views
    ]
    # Party matches first: they are the strongest signal.
    return sorted(found, key=lambda m: (not m.parties_matched, not m.linked))


# --------------------------------------------------------------------------- my work


def reassessment_work(session: Session, me: User) -> list[WorkItem]:
    """Licences an incident put up for reassessment and not yet reassessed: for the officer
    the case is assigned to, and for every deciding authority.

    One query: the database drops the links a ``reassessed`` event already addressed and
    returns at most ``WORK_LIMIT``, oldest incident first (a register holds 500,000 cases)."""
    today = date.today()
    reason = literal(REASON_PREFIX, String) + cast(LinkRow.incident_id, String)
    addressed = (
        select(Event.id)
        .where(
            Event.entity == "licence",
            Event.entity_id == Licence.id,
            Event.action == "reassessed",
            json_list_has(session.get_bind().dialect.name, Event.after, reason, key="addressed"),
        )
        .exists()
    )
    # Checked per link, not used to pick licences: the links are few, the valid licences
    # many (SQLite, without statistics, would otherwise walk every valid licence first).
    same = aliased(Licence)
    valid = (
        select(same.id)
        .where(
            same.id == LinkRow.licence_id,
            same.status == LicenceStatus.VALID,
            same.valid_until >= today,
        )
        .exists()
    )
    conditions = [LinkRow.superseded.is_(False), valid, ~addressed]
    if me.role is not Role.DECIDING_AUTHORITY:
        conditions.append(Application.assigned_to_id == me.id)
    query = (
        select(Licence.number, Application, Incident.number)
        .select_from(LinkRow)
        .join(Licence, Licence.id == LinkRow.licence_id)
        .join(Application, Application.id == LinkRow.application_id)
        .join(Incident, Incident.id == LinkRow.incident_id)
        .where(*conditions)
        .order_by(Incident.learned_on, Licence.number)
        .limit(WORK_LIMIT)
    )
    return [
        WorkItem(
            app.id,
            app.reference,
            app.status,
            WorkReason.REASSESSMENT_AWAITED,
            f"Licence {licence_number}: incident {number}",
            facts=(("licence", licence_number), ("incident", str(number))),
        )
        for licence_number, app, number in session.execute(query)
    ]
