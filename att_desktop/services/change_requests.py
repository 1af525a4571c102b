"""Requests to re-export, re-transfer, or change the end user, end use or location of what a
licence covers (issue 14), recorded by an officer and decided like a decision.

The importing State, the end user or the exporter asks; the officer records the request
against a valid licence (the items and quantities it concerns, the proposed new party,
country or location, the justification and documents). The deciding authority consents or
refuses with reasoning and conditions, under the same rules as a decision: the DECIDE right,
four eyes (nobody who registered or assessed the case, nor who recorded or worked on the
request, decides it), no consent while an Article 6 prohibition applies to the new
destination or party as at the decision date, signed with the decider's key, and recorded
in the history (on the case and in the licence's own record).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import literal, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Event,
    Licence,
    LicenceChangeRequest,
    LicenceLine,
    Signature,
    User,
)
from att_desktop.db.types import max_length
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.embargoes import check
from att_desktop.domain.enums import LicenceStatus, PartyType, TransferType
from att_desktop.domain.validation import FieldError, decimal_message, too_long
from att_desktop.i18n import Message, msg
from att_desktop.services.audit import AuditProblem
from att_desktop.services.cases import load_application
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import (
    ConcurrentEditError,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from att_desktop.services.history import record_event
from att_desktop.services.permissions import (
    FourEyesViolation,
    Permission,
    accounts_exist,
    allowed,
    authorize,
    four_eyes_conflict,
)
from att_desktop.services.screening import applied_sets, item_kinds
from att_desktop.services.signing import record_signature_problem, sign_record
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

#: The ``signatures.kind`` of a signed consent or refusal.
SIGNATURE_KIND = "change_request"


class ChangeKind(StrEnum):
    RE_EXPORT = "re_export"
    #: Within the importing State, to another end user.
    RE_TRANSFER = "re_transfer"
    CHANGE_END_USER = "change_end_user"
    CHANGE_END_USE = "change_end_use"
    CHANGE_LOCATION = "change_location"


class Requester(StrEnum):
    IMPORTING_STATE = "importing_state"
    END_USER = "end_user"
    EXPORTER = "exporter"


class RequestStatus(StrEnum):
    PENDING = "pending"
    CONSENTED = "consented"
    REFUSED = "refused"


#: What each kind needs besides the justification.
_NEEDS_COUNTRY = {ChangeKind.RE_EXPORT}
_NEEDS_PARTY = {ChangeKind.RE_TRANSFER, ChangeKind.CHANGE_END_USER}
_NEEDS_PROPOSAL = {ChangeKind.CHANGE_END_USE, ChangeKind.CHANGE_LOCATION}


class ChangeRequestRefused(ServiceError):
    """The consent contradicts the law (an Article 6 prohibition) or the licence's state."""


@dataclass(frozen=True)
class RequestedLine:
    """A licensed line the request concerns and how much of it."""

    licence_line_id: int
    quantity: Decimal


@dataclass(frozen=True)
class RequestedLineView:
    licence_line_id: int
    line_no: int
    description: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class ChangeRequestView:
    id: int
    licence_id: int
    licence_number: str
    application_id: int
    reference: str
    kind: ChangeKind
    requested_by: Requester
    received_on: date
    new_country_code: str
    new_party_name: str
    proposed_change: str
    lines: tuple[RequestedLineView, ...]
    justification: str
    documents: tuple[str, ...]
    status: RequestStatus
    recorded_by: str
    recorded_at: datetime
    decided_by: str
    decided_on: date | None
    reasoning: str
    conditions: tuple[str, ...]
    #: Pending requests: the Article 6 prohibitions that stop a consent today (their
    #: explanations); empty when none applies, and for decided requests.
    prohibitions: tuple[str, ...] = ()
    signed: bool = False
    version: int = 1

    @property
    def pending(self) -> bool:
        return self.status is RequestStatus.PENDING


# --------------------------------------------------------------------------- recording


def record_request(
    db: Database,
    licence_id: int,
    *,
    kind: ChangeKind | str,
    requested_by: Requester | str,
    received_on: date,
    details: str,
    new_country_code: str | None = None,
    new_party_name: str | None = None,
    proposed_change: str = "",
    lines: Sequence[RequestedLine] | None = None,
    documents: Sequence[str] = (),
    actor: Actor | UserSession,
) -> ChangeRequestView:
    """Record a request received against a valid licence. ``details`` is the justification
    given; ``lines`` default to every licensed line in full. A re-transfer stays in the
    importing State (its country is the licence's destination)."""
    who = _actor(actor)
    with db.session() as session:
        lic = _licence(session, licence_id)
        authorize(session, actor, Permission.RECORD_FOLLOW_UP)
        app = load_application(session, lic.application_id)
        the_kind, requester, errors = _kind_and_requester(kind, requested_by)
        country = (new_country_code or "").strip().upper()
        party = (new_party_name or "").strip()
        proposal = proposed_change.strip()
        if the_kind is not None:
            country, more = _check_target(the_kind, app, country, party, proposal)
            errors += more
        errors += _check_received(received_on, lic)
        if not details.strip():
            errors.append(FieldError("details", msg("give the justification the requester gave")))
        long_name = too_long(
            party,
            max_length(LicenceChangeRequest.new_party_name),
            "new_party_name",
            msg("new end user's name", context="field"),
        )
        if long_name is not None:
            errors.append(long_name)
        chosen, more = _check_lines(lic, lines)
        errors += more
        if lic.status is not LicenceStatus.VALID:
            errors.append(
                FieldError(
                    "licence",
                    msg(
                        "licence {number} is {status}: a change is requested against a valid "
                        "licence",
                        number=lic.number,
                        status=lic.status.value,
                    ),
                )
            )
        if errors or the_kind is None or requester is None:
            raise ValidationFailed(errors)
        row = LicenceChangeRequest(
            licence_id=lic.id,
            application_id=app.id,
            kind=the_kind.value,
            requested_by=requester.value,
            received_on=received_on,
            new_country_code=country,
            new_party_name=party,
            proposed_change=proposal,
            lines=[{"licence_line_id": i, "quantity": str(q)} for i, q in chosen],
            justification=details.strip(),
            documents=[d.strip() for d in documents if d.strip()],
            status=RequestStatus.PENDING.value,
            recorded_by_id=who.user_id,
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            who,
            entity="change_request",
            entity_id=row.id,
            application_id=app.id,
            action="change_request_recorded",
            summary=f"{_KIND_WORDS[the_kind]} requested on licence {lic.number}"
            + _target_words(row),
            after=_snapshot(row),
        )
        return _view(session, row)


def _actor(actor: Actor | UserSession) -> Actor:
    return actor.actor if isinstance(actor, UserSession) else actor


def _licence(session: Session, licence_id: int) -> Licence:
    lic = session.get(Licence, licence_id)
    if lic is None:
        raise NotFoundError(msg("There is no licence with id {licence_id}.", licence_id=licence_id))
    return lic


def _kind_and_requester(
    kind: ChangeKind | str, requested_by: Requester | str
) -> tuple[ChangeKind | None, Requester | None, list[FieldError]]:
    errors: list[FieldError] = []
    the_kind = requester = None
    try:
        the_kind = ChangeKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in ChangeKind)
        errors.append(
            FieldError(
                "kind",
                msg(
                    "{kind} is not a kind of request ({choices})", kind=repr(kind), choices=choices
                ),
            )
        )
    try:
        requester = Requester(requested_by)
    except ValueError:
        choices = ", ".join(r.value for r in Requester)
        errors.append(FieldError("requested_by", msg("say who asked ({choices})", choices=choices)))
    return the_kind, requester, errors


def _check_target(
    kind: ChangeKind, app: Application, country: str, party: str, proposal: str
) -> tuple[str, list[FieldError]]:
    """The proposed new country, party or location as the kind needs them; the country
    defaults to the licence's destination except for a re-export."""
    errors: list[FieldError] = []
    if kind in _NEEDS_COUNTRY and not country:
        errors.append(FieldError("new_country_code", msg("name the country of the re-export")))
    elif country and not is_valid_country(country):
        errors.append(
            FieldError(
                "new_country_code",
                msg("{code} is not a known country code", code=repr(country)),
            )
        )
    elif kind is ChangeKind.RE_EXPORT and country == app.destination_code:
        errors.append(
            FieldError(
                "new_country_code",
                msg(
                    "{code} is the licence's destination: a transfer within it is a re-transfer",
                    code=country,
                ),
            )
        )
    elif kind is ChangeKind.RE_TRANSFER and country and country != app.destination_code:
        errors.append(
            FieldError(
                "new_country_code",
                msg(
                    "a re-transfer stays in {code}; to another State it is a re-export",
                    code=app.destination_code,
                ),
            )
        )
    if kind in _NEEDS_PARTY and not party:
        errors.append(FieldError("new_party_name", msg("name the proposed new end user")))
    if kind in _NEEDS_PROPOSAL and not proposal:
        if kind is ChangeKind.CHANGE_END_USE:
            proposed = msg("describe the proposed new end use")
        else:
            proposed = msg("describe the proposed new location")
        errors.append(FieldError("proposed_change", proposed))
    return country or app.destination_code, errors


def _check_received(received_on: date, lic: Licence) -> list[FieldError]:
    if received_on > date.today():
        return [FieldError("received_on", msg("a request cannot be received in the future"))]
    if received_on < lic.issued_on:
        return [
            FieldError(
                "received_on",
                msg(
                    "licence {number} was issued on {issued}; a request about it cannot be "
                    "received before",
                    number=lic.number,
                    issued=lic.issued_on.isoformat(),
                ),
            )
        ]
    return []


def _check_lines(
    lic: Licence, lines: Sequence[RequestedLine] | None
) -> tuple[list[tuple[int, Decimal]], list[FieldError]]:
    licensed = {line.id: line for line in lic.lines if line.quantity > 0}
    if lines is None:
        return [(line.id, line.quantity) for line in licensed.values()], []
    errors: list[FieldError] = []
    chosen: list[tuple[int, Decimal]] = []
    if not lines:
        errors.append(FieldError("lines", msg("choose at least one licensed item")))
    for n, asked in enumerate(lines):
        where = f"lines[{n}]"
        line = licensed.get(asked.licence_line_id)
        if line is None:
            errors.append(
                FieldError(where, msg("is not a line of licence {number}", number=lic.number))
            )
            continue
        try:
            problem = decimal_message(Decimal(asked.quantity), allow_zero=False, what="quantity")
        except (InvalidOperation, TypeError, ValueError):
            problem = msg("the quantity is not a number")
        if problem:
            errors.append(FieldError(f"{where}.quantity", problem))
        elif Decimal(asked.quantity) > line.quantity:
            errors.append(
                FieldError(
                    f"{where}.quantity",
                    msg(
                        "{asked} exceeds the {licensed} licensed",
                        asked=asked.quantity,
                        licensed=f"{line.quantity.normalize():f}",
                    ),
                )
            )
        elif any(i == line.id for i, _ in chosen):
            errors.append(FieldError(where, msg("this line is listed twice")))
        else:
            chosen.append((line.id, Decimal(asked.quantity)))
    return chosen, errors


# --------------------------------------------------------------------------- deciding


def decide_request(
    db: Database,
    request_id: int,
    *,
    consent: bool,
    reasoning: str,
    conditions: Sequence[str] = (),
    actor: Actor | UserSession,
    decided_on: date | None = None,
) -> ChangeRequestView:
    """Consent to or refuse a pending request, with the rights and history of a decision."""
    who = _actor(actor)
    day = decided_on or date.today()
    with db.session() as session:
        row = _request(session, request_id)
        authorize(session, actor, Permission.DECIDE, application_id=row.application_id)
        lic = _licence(session, row.licence_id)
        if row.status != RequestStatus.PENDING.value:
            raise ServiceError(
                msg(
                    "This request on licence {number} is already {status}.",
                    number=lic.number,
                    status=row.status,
                )
            )
        conflict = request_conflict(session, who.user_id, row)
        if conflict is not None:
            raise FourEyesViolation(conflict, Permission.DECIDE)
        chosen = [c.strip() for c in conditions if c.strip()]
        _check_decision(row, lic, consent, reasoning, chosen, day)
        if consent:
            blocking = prohibitions(session, row, day)
            if blocking:
                raise ChangeRequestRefused(
                    msg(
                        "The request on licence {number} cannot be consented to: "
                        "{blocking} (Article 6: no authorisation may be given).",
                        number=lic.number,
                        blocking=blocking[0],
                    )
                )
        before = _snapshot(row)
        row.status = (RequestStatus.CONSENTED if consent else RequestStatus.REFUSED).value
        row.decided_by_id, row.decided_on = who.user_id, day
        row.reasoning, row.conditions = reasoning.strip(), chosen
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConcurrentEditError(
                msg(
                    "The request on licence {number} was decided by someone else a "
                    "moment ago; nothing was saved.",
                    number=lic.number,
                )
            ) from exc
        _record_decision(session, who, row, lic, before)
        sign_record(session, SIGNATURE_KIND, row.id, _payload(row), row.decided_by_id, who)
        return _view(session, row)


def _check_decision(
    row: LicenceChangeRequest,
    lic: Licence,
    consent: bool,
    reasoning: str,
    conditions: list[str],
    day: date,
) -> None:
    errors: list[FieldError] = []
    if not reasoning.strip():
        errors.append(FieldError("reasoning", msg("give the reasoning for the decision")))
    if conditions and not consent:
        errors.append(FieldError("conditions", msg("conditions go with a consent, not a refusal")))
    if day < row.received_on:
        errors.append(
            FieldError("decided_on", msg("a request cannot be decided before it came in"))
        )
    if day > date.today():
        errors.append(FieldError("decided_on", msg("a decision cannot be dated in the future")))
    if errors:
        raise ValidationFailed(errors)
    if consent and (lic.status is not LicenceStatus.VALID or day > lic.valid_until):
        state = lic.status.value if lic.status is not LicenceStatus.VALID else "expired"
        raise ChangeRequestRefused(
            msg(
                "Licence {number} is {state}: a change to it cannot be consented "
                "to; refuse the request or reinstate the licence first.",
                number=lic.number,
                state=state,
            )
        )


def _record_decision(
    session: Session, who: Actor, row: LicenceChangeRequest, lic: Licence, before: dict[str, Any]
) -> None:
    consented = row.status == RequestStatus.CONSENTED.value
    words = _KIND_WORDS[ChangeKind(row.kind)]
    verb = "consented to" if consented else "refused"
    after = _snapshot(row)
    changed = {k: after[k] for k in after if after[k] != before.get(k)}
    record_event(
        session,
        who,
        entity="change_request",
        entity_id=row.id,
        application_id=row.application_id,
        action="change_request_consented" if consented else "change_request_refused",
        summary=f"{words} on licence {lic.number} {verb}" + _target_words(row),
        before={k: before[k] for k in changed},
        after=changed | {k: after[k] for k in ("kind", "new_country_code", "new_party_name")},
        reason=row.reasoning,
    )
    if consented:  # the licence's own record carries what it now allows
        record_event(
            session,
            who,
            entity="licence",
            entity_id=lic.id,
            application_id=row.application_id,
            action="licence_change_consented",
            summary=f"Licence {lic.number}: {words.lower()} consented" + _target_words(row),
            after={
                "change_request_id": row.id,
                "kind": row.kind,
                "new_country_code": row.new_country_code,
                "new_party_name": row.new_party_name,
                "conditions": list(row.conditions),
            },
            reason=row.reasoning,
        )


def _request(session: Session, request_id: int) -> LicenceChangeRequest:
    row = session.get(LicenceChangeRequest, request_id)
    if row is None:
        raise NotFoundError(
            msg("There is no change request with id {request_id}.", request_id=request_id)
        )
    return row


def request_conflict(
    session: Session, user_id: int | None, row: LicenceChangeRequest
) -> Message | None:
    """Why this person may not decide this request, or None: four eyes on the case (they
    registered or assessed it), or on the request (they recorded it or worked on it)."""
    if user_id is None:
        return None
    case = four_eyes_conflict(session, user_id, row.application_id)
    if case is not None:
        return case
    if row.recorded_by_id == user_id:
        return msg(
            "You recorded this request, so someone else must decide it (four-eyes principle)."
        )
    worked = session.scalar(
        select(Event.id)
        .where(
            Event.entity == "change_request",
            Event.entity_id == row.id,
            Event.actor_id == user_id,
        )
        .limit(1)
    )
    if worked is not None:
        return msg(
            "You worked on this request, so someone else must decide it (four-eyes principle)."
        )
    return None


def prohibitions(session: Session, row: LicenceChangeRequest, on_date: date) -> tuple[str, ...]:
    """The Article 6 prohibitions that apply, as at ``on_date``, to the request's new
    destination and party with the licensed items (the same embargo data and screen as a
    decision). A party of unknown type is screened both as a government and as a private
    party, so a ban on non-State actors is never missed."""
    app = load_application(session, row.application_id)
    kinds = item_kinds(app)
    if not kinds:
        return ()
    country = row.new_country_code or app.destination_code
    sets = applied_sets(session)
    found: dict[str, str] = {}
    # Who receives the goods is not known to the request (a re-export often names only a
    # State): screen every kind of party, so an embargo on non-State actors (Lebanon 1701,
    # the DRC, the CAR's armed groups...) is never passed over as "government only".
    for party_type in PartyType:
        for match in check(
            sets,
            country=country,
            party_type=party_type,
            party_name=row.new_party_name,
            item_kinds=kinds,
            on_date=on_date,
            transfer=TransferType.EXPORT,
        ):
            if match.prohibits:
                found.setdefault(match.embargo.id, match.explanation)
    return tuple(found.values())


# --------------------------------------------------------------------------- reading


def list_requests(
    db: Database,
    *,
    licence_id: int | None = None,
    application_id: int | None = None,
    pending_only: bool = False,
) -> tuple[ChangeRequestView, ...]:
    """Requests, newest first, for a licence, a case, or all; pending ones only if asked."""
    with db.session() as session:
        query = select(LicenceChangeRequest).order_by(LicenceChangeRequest.id.desc())
        if licence_id is not None:
            query = query.where(LicenceChangeRequest.licence_id == licence_id)
        if application_id is not None:
            query = query.where(LicenceChangeRequest.application_id == application_id)
        if pending_only:
            query = query.where(LicenceChangeRequest.status == RequestStatus.PENDING.value)
        return tuple(_view(session, row) for row in session.scalars(query))


def get_request(db: Database, request_id: int) -> ChangeRequestView:
    with db.session() as session:
        return _view(session, _request(session, request_id))


def may_decide(db: Database, actor: Actor | UserSession, request_id: int) -> Message | None:
    """For the window: why this person may not decide the request (to translate), or None
    if they may."""
    user_id = _actor(actor).user_id
    with db.session() as session:
        row = _request(session, request_id)
        if user_id is None:
            return msg("Sign in first.") if accounts_exist(session) else None
        me = session.get(User, user_id)
        if me is None or not me.active or not allowed(me.role, Permission.DECIDE):
            return msg("Only the deciding authority decides change requests.")
        return request_conflict(session, me.id, row)


def change_request_work(session: Session, me: User) -> list[WorkItem]:
    """My work: pending requests this decider may decide (four eyes respected).

    The pending requests (an indexed status) come with their case and licence, oldest first,
    ``WORK_LIMIT`` at a time until that many are found that four eyes lets this person
    decide: never a query per request for its case, never every request at once."""
    if not allowed(me.role, Permission.DECIDE):
        return []
    items: list[WorkItem] = []
    query = (
        select(LicenceChangeRequest, Application, Licence.number)
        .join(Application, Application.id == LicenceChangeRequest.application_id)
        .join(Licence, Licence.id == LicenceChangeRequest.licence_id)
        .where(LicenceChangeRequest.status == RequestStatus.PENDING.value)
        .order_by(LicenceChangeRequest.received_on, LicenceChangeRequest.id)
        .limit(WORK_LIMIT)
    )
    batch = session.execute(query).all()
    while batch:
        for row, app, number in batch:
            if request_conflict(session, me.id, row) is not None:
                continue
            items.append(_request_item(row, app, number))
            if len(items) >= WORK_LIMIT:
                return items
        last = batch[-1][0]
        batch = session.execute(
            query.where(
                tuple_(LicenceChangeRequest.received_on, LicenceChangeRequest.id)
                > tuple_(literal(last.received_on), literal(last.id))
            )
        ).all()
    return items


def _request_item(row: LicenceChangeRequest, app: Application, number: str) -> WorkItem:
    detail = f"{_KIND_WORDS[ChangeKind(row.kind)]}, licence {number}" + _target_words(row)
    return WorkItem(
        app.id,
        app.reference,
        app.status,
        WorkReason.CHANGE_REQUEST_AWAITED,
        detail,
        facts=(
            ("kind", row.kind),
            ("licence", number),
            ("party", row.new_party_name),
            ("country", row.new_country_code),
        ),
    )


def verify_change_request_signatures(session: Session) -> list[AuditProblem]:
    """Every signed consent or refusal still holds (an ``ExtraCheck`` of the audit)."""
    problems: list[AuditProblem] = []
    for signature in session.scalars(
        select(Signature).where(Signature.kind == SIGNATURE_KIND).order_by(Signature.id)
    ):
        row = session.get(LicenceChangeRequest, signature.subject_id)
        if row is None:
            problems.append(
                AuditProblem(0, f"Change request {signature.subject_id} is signed but missing.")
            )
            continue
        problem = record_signature_problem(session, signature, _payload(row), row.decided_by_id)
        if problem is not None:
            problems.append(AuditProblem(0, f"The decision on change request {row.id} {problem}."))
    return problems


_KIND_WORDS = {
    ChangeKind.RE_EXPORT: "Re-export",
    ChangeKind.RE_TRANSFER: "Re-transfer",
    ChangeKind.CHANGE_END_USER: "Change of end user",
    ChangeKind.CHANGE_END_USE: "Change of end use",
    ChangeKind.CHANGE_LOCATION: "Change of location",
}


def _target_words(row: LicenceChangeRequest) -> str:
    parts = [p for p in (row.new_party_name, row.new_country_code) if p]
    return f" ({', '.join(parts)})" if parts else ""


def _snapshot(row: LicenceChangeRequest) -> dict[str, Any]:
    return {
        "licence_id": row.licence_id,
        "kind": row.kind,
        "requested_by": row.requested_by,
        "received_on": row.received_on,
        "new_country_code": row.new_country_code,
        "new_party_name": row.new_party_name,
        "proposed_change": row.proposed_change,
        "lines": list(row.lines),
        "justification": row.justification,
        "documents": list(row.documents),
        "status": row.status,
        "decided_by_id": row.decided_by_id,
        "decided_on": row.decided_on,
        "reasoning": row.reasoning,
        "conditions": list(row.conditions),
    }


def _payload(row: LicenceChangeRequest) -> dict[str, Any]:
    """What the decider's signature covers: the request and the decision as recorded."""
    snap = _snapshot(row)
    snap["id"] = row.id
    snap["received_on"] = row.received_on.isoformat()
    snap["decided_on"] = row.decided_on.isoformat() if row.decided_on else None
    return snap


def _view(session: Session, row: LicenceChangeRequest) -> ChangeRequestView:
    lic = _licence(session, row.licence_id)
    app = load_application(session, row.application_id)
    items = {i.id: i for i in app.items}
    licensed = {line.id: line for line in lic.lines}
    lines = []
    for entry in row.lines:
        line: LicenceLine | None = licensed.get(int(entry["licence_line_id"]))
        item = items.get(line.line_item_id) if line is not None else None
        lines.append(
            RequestedLineView(
                licence_line_id=int(entry["licence_line_id"]),
                line_no=item.line_no if item is not None else 0,
                description=item.description if item is not None else "",
                quantity=Decimal(str(entry["quantity"])),
                unit=item.unit if item is not None else "",
            )
        )
    status = RequestStatus(row.status)
    signed = session.scalar(
        select(Signature.id).where(Signature.kind == SIGNATURE_KIND, Signature.subject_id == row.id)
    )
    return ChangeRequestView(
        id=row.id,
        licence_id=lic.id,
        licence_number=lic.number,
        application_id=app.id,
        reference=app.reference,
        kind=ChangeKind(row.kind),
        requested_by=Requester(row.requested_by),
        received_on=row.received_on,
        new_country_code=row.new_country_code,
        new_party_name=row.new_party_name,
        proposed_change=row.proposed_change,
        lines=tuple(lines),
        justification=row.justification,
        documents=tuple(str(d) for d in row.documents),
        status=status,
        recorded_by=_name(session, row.recorded_by_id),
        recorded_at=row.created_at,
        decided_by=_name(session, row.decided_by_id),
        decided_on=row.decided_on,
        reasoning=row.reasoning,
        conditions=tuple(str(c) for c in row.conditions),
        prohibitions=prohibitions(session, row, date.today()) if status.value == "pending" else (),
        signed=signed is not None,
        version=row.version,
    )


def _name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    return user.full_name if user is not None else ""
