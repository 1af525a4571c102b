"""Licence follow-up (issue 14): the obligations a licence carries after it is issued.

A delivery verification certificate (DVC) is owed after each shipment under a licence whose
terms call for one (the authority's rule, ``DvcRule``), due a set number of days after the
shipment; it is created here when ``services.shipments`` records the shipment, whether typed
in, scripted or imported from a customs file. Verification visits are scheduled and their
result recorded; end-use and storage assurances are checked. Officers may add any of them
by hand. An open obligation past its due date is overdue: it is listed in My work and in the
follow-up register.

One row per obligation, updated when it is fulfilled or waived: the history keeps every
change with its before and after (``record_event`` also seals the row), and the register
filters and pages on the row's columns in SQL. Waiving needs a stated reason and the same
right as recording (RECORD_FOLLOW_UP): it is the officer's judgement that the obligation no
longer serves, kept in the history for whoever reviews it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Assessment,
    Decision,
    Licence,
    LicenceObligation,
    Shipment,
    User,
)
from att_desktop.db.types import max_length, utcnow
from att_desktop.domain.enums import CaseStatus
from att_desktop.domain.follow_up import (
    DEFAULT_DVC_DAYS,
    DEFAULT_DVC_RULE,
    MAX_DVC_DAYS,
    DvcRule,
    ObligationKind,
    ObligationStatus,
    VisitOutcome,
    is_overdue,
    licence_calls_for_dvc,
)
from att_desktop.domain.validation import FieldError, too_long
from att_desktop.i18n import Message, msg
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, allowed, authorize
from att_desktop.services.settings import change_setting, get_setting
from att_desktop.services.work_items import WORK_LIMIT, WorkItem, WorkReason

#: Authority settings: days after the shipment a DVC is due, and which shipments owe one.
DVC_DAYS = "follow_up_dvc_days"
DVC_RULE = "follow_up_dvc_rule"
#: The most rows one call of ``list_obligations`` returns (the register pages through more).
DEFAULT_LIMIT = 200
MAX_LIMIT = 2000

KIND_WORDS = {
    ObligationKind.DELIVERY_CERTIFICATE: "Delivery verification certificate",
    ObligationKind.VERIFICATION_VISIT: "Verification visit",
    ObligationKind.END_USE_ASSURANCE: "End-use assurance",
    ObligationKind.STORAGE_ASSURANCE: "Storage assurance",
}


class FollowUpNotSaved(ValidationFailed):
    """Nothing was recorded: each field error says what to correct."""

    def heading(self, lines: str) -> Message:
        return msg("Nothing was recorded. Please correct:\n{lines}", lines=lines)


@dataclass(frozen=True)
class FollowUpSettings:
    dvc_days: int = DEFAULT_DVC_DAYS
    dvc_rule: DvcRule = DEFAULT_DVC_RULE


@dataclass(frozen=True)
class ObligationView:
    """One obligation as the register, the case view and the commands show it."""

    id: int
    licence_id: int
    licence_number: str
    application_id: int
    case_reference: str
    destination_code: str
    kind: ObligationKind
    status: ObligationStatus
    due_on: date
    description: str = ""
    shipment_id: int | None = None
    shipment_reference: str = ""
    shipped_on: date | None = None
    place: str = ""
    visitors: str = ""
    done_on: date | None = None
    reference: str = ""
    findings: str = ""
    outcome: VisitOutcome | None = None
    waive_reason: str = ""
    closed_by: str = ""
    #: Open and past its due date on the day it was listed (or on ``overdue_on``).
    overdue: bool = False

    @property
    def breach_found(self) -> bool:
        """A visit found a breach: the licence needs action (an incident, a reassessment)."""
        return self.outcome is VisitOutcome.BREACH_FOUND

    @property
    def summary(self) -> str:
        """The obligation in one line of English (My work, the commands, the history)."""
        return describe(self.kind, self.shipment_reference, self.shipped_on, self.due_on)


def describe(
    kind: ObligationKind, shipment_reference: str, shipped_on: date | None, due_on: date | None
) -> str:
    """ "Delivery verification certificate for shipment CUS-123, due 2026-03-01"."""
    text = KIND_WORDS[kind]
    if shipment_reference:
        text += f" for shipment {shipment_reference}"
    elif shipped_on is not None:
        text += f" for the shipment of {shipped_on.isoformat()}"
    return text if due_on is None else f"{text}, due {due_on.isoformat()}"


# --------------------------------------------------------------------------- settings


def settings_in(session: Session) -> FollowUpSettings:
    raw_days, raw_rule = get_setting(session, DVC_DAYS), get_setting(session, DVC_RULE)
    try:
        days = int(raw_days) if raw_days else DEFAULT_DVC_DAYS
    except ValueError:
        days = DEFAULT_DVC_DAYS
    rule = DvcRule(raw_rule) if raw_rule in set(DvcRule) else DEFAULT_DVC_RULE
    return FollowUpSettings(days if 1 <= days <= MAX_DVC_DAYS else DEFAULT_DVC_DAYS, rule)


def follow_up_settings(db: Database) -> FollowUpSettings:
    """The authority's DVC rule and period (90 days, when the licence calls for one, until an
    administrator changes them)."""
    with db.session() as session:
        return settings_in(session)


def set_follow_up_settings(
    db: Database, *, dvc_days: int, dvc_rule: DvcRule, actor: Actor | UserSession
) -> FollowUpSettings:
    """Change the DVC rule and period (an administrator's task, kept in the history). Only
    shipments recorded afterwards follow the new setting."""
    if not 1 <= dvc_days <= MAX_DVC_DAYS:
        raise FollowUpNotSaved(
            [
                FieldError(
                    "dvc_days",
                    msg("Enter a number of days from 1 to {most}.", most=MAX_DVC_DAYS),
                )
            ]
        )
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        before = settings_in(session)
        who = _actor(actor)
        if before.dvc_days != dvc_days:
            change_setting(
                session,
                who,
                DVC_DAYS,
                str(dvc_days),
                f"Delivery verification certificates due {before.dvc_days} → {dvc_days} "
                "days after the shipment",
            )
        if before.dvc_rule is not dvc_rule:
            change_setting(
                session,
                who,
                DVC_RULE,
                dvc_rule.value,
                f"Delivery verification certificates owed: {before.dvc_rule} → {dvc_rule}",
            )
        return settings_in(session)


def _actor(actor: Actor | UserSession) -> Actor:
    if isinstance(actor, UserSession):
        return Actor(actor.user_id, actor.full_name)
    return actor


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class ObligationFilter:
    """The register's filters; every one is applied in SQL."""

    licence_id: int | None = None
    application_id: int | None = None
    #: Only those open and due before this day (overdue on it).
    overdue_on: date | None = None
    kind: ObligationKind | None = None
    status: ObligationStatus | None = None
    due_from: date | None = None
    due_until: date | None = None
    destination_code: str = ""
    #: Part of the licence number (case-insensitive).
    licence_text: str = ""


#: The register's sort keys, each with a tie-breaker so pages never overlap.
SORT_KEYS = ("due_on", "kind", "status", "licence", "case", "destination", "done_on")


def _conditions(f: ObligationFilter) -> list[ColumnElement[bool]]:
    o = LicenceObligation
    where: list[ColumnElement[bool]] = []
    if f.licence_id is not None:
        where.append(o.licence_id == f.licence_id)
    if f.application_id is not None:
        where.append(o.application_id == f.application_id)
    if f.overdue_on is not None:
        where += [o.status == ObligationStatus.OPEN, o.due_on < f.overdue_on]
    if f.kind is not None:
        where.append(o.kind == f.kind)
    if f.status is not None:
        where.append(o.status == f.status)
    if f.due_from is not None:
        where.append(o.due_on >= f.due_from)
    if f.due_until is not None:
        where.append(o.due_on <= f.due_until)
    if f.destination_code.strip():
        where.append(Application.destination_code == f.destination_code.strip().upper())
    if f.licence_text.strip():
        text = f.licence_text.strip().lower().replace("\\", "\\\\")
        text = text.replace("%", "\\%").replace("_", "\\_")
        where.append(func.lower(Licence.number).like(f"%{text}%", escape="\\"))
    return where


_CLOSER = aliased(User)


def _query(f: ObligationFilter) -> Select[LicenceObligation, str, str, str, str, date, str]:
    return (
        select(
            LicenceObligation,
            Licence.number,
            Application.reference,
            Application.destination_code,
            Shipment.customs_reference,
            Shipment.shipped_on,
            _CLOSER.full_name,
        )
        .join(Licence, Licence.id == LicenceObligation.licence_id)
        .join(Application, Application.id == LicenceObligation.application_id)
        .outerjoin(Shipment, Shipment.id == LicenceObligation.shipment_id)
        .outerjoin(_CLOSER, _CLOSER.id == LicenceObligation.closed_by_id)
        .where(*_conditions(f))
    )


def _order(sort: str, descending: bool) -> list[Any]:
    o = LicenceObligation
    column: Any = {
        "due_on": o.due_on,
        "kind": o.kind,
        "status": o.status,
        "licence": Licence.number,
        "case": Application.reference,
        "destination": Application.destination_code,
        "done_on": o.done_on,
    }.get(sort, o.due_on)
    if descending:
        return [column.desc(), o.id.desc()]
    return [column.asc(), o.id.asc()]


def _view(row: Any, today: date) -> ObligationView:
    ob: LicenceObligation = row[0]
    return ObligationView(
        id=ob.id,
        licence_id=ob.licence_id,
        licence_number=row[1],
        application_id=ob.application_id,
        case_reference=row[2],
        destination_code=row[3],
        kind=ob.kind,
        status=ob.status,
        due_on=ob.due_on,
        description=ob.description,
        shipment_id=ob.shipment_id,
        shipment_reference=row[4] or "",
        shipped_on=row[5],
        place=ob.place,
        visitors=ob.visitors,
        done_on=ob.done_on,
        reference=ob.reference,
        findings=ob.findings,
        outcome=ob.outcome,
        waive_reason=ob.waive_reason,
        closed_by=row[6] or "",
        overdue=is_overdue(ob.status, ob.due_on, today),
    )


def list_obligations(
    db: Database,
    *,
    licence_id: int | None = None,
    application_id: int | None = None,
    overdue_on: date | None = None,
    kind: ObligationKind | None = None,
    status: ObligationStatus | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    filters: ObligationFilter | None = None,
    sort: str = "due_on",
    descending: bool = False,
) -> tuple[ObligationView, ...]:
    """Obligations matching the filters, one page (``limit`` from ``offset``), soonest due
    first unless ``sort`` says otherwise. ``filters`` carries the register's other filters;
    the keyword filters are added to it."""
    f = _merged(filters, licence_id, application_id, overdue_on, kind, status)
    limit = max(1, min(limit, MAX_LIMIT))
    today = overdue_on or date.today()
    with db.session() as session:
        rows = session.execute(
            _query(f).order_by(*_order(sort, descending)).limit(limit).offset(max(0, offset))
        )
        return tuple(_view(row, today) for row in rows)


def count_obligations(db: Database, filters: ObligationFilter) -> int:
    """How many obligations match (the register says "1–200 of 5,312")."""
    with db.session() as session:
        query = (
            select(func.count(LicenceObligation.id))
            .join(Licence, Licence.id == LicenceObligation.licence_id)
            .join(Application, Application.id == LicenceObligation.application_id)
            .where(*_conditions(filters))
        )
        return int(session.scalar(query) or 0)


def _merged(
    filters: ObligationFilter | None,
    licence_id: int | None,
    application_id: int | None,
    overdue_on: date | None,
    kind: ObligationKind | None,
    status: ObligationStatus | None,
) -> ObligationFilter:
    f = filters or ObligationFilter()
    return ObligationFilter(
        licence_id=licence_id if licence_id is not None else f.licence_id,
        application_id=application_id if application_id is not None else f.application_id,
        overdue_on=overdue_on if overdue_on is not None else f.overdue_on,
        kind=kind if kind is not None else f.kind,
        status=status if status is not None else f.status,
        due_from=f.due_from,
        due_until=f.due_until,
        destination_code=f.destination_code,
        licence_text=f.licence_text,
    )


def obligation_destinations(db: Database) -> tuple[str, ...]:
    """The destination States that have obligations (the register's destination filter)."""
    with db.session() as session:
        return tuple(
            session.scalars(
                select(Application.destination_code)
                .join(LicenceObligation, LicenceObligation.application_id == Application.id)
                .distinct()
                .order_by(Application.destination_code)
            )
        )


def get_obligation(db: Database, obligation_id: int) -> ObligationView:
    with db.session() as session:
        return _one(session, obligation_id)


def _one(session: Session, obligation_id: int) -> ObligationView:
    row = session.execute(
        _query(ObligationFilter()).where(LicenceObligation.id == obligation_id)
    ).first()
    if row is None:
        raise NotFoundError(
            msg("There is no licence obligation #{obligation_id}.", obligation_id=obligation_id)
        )
    return _view(row, date.today())


# --------------------------------------------------------------------------- My work


def follow_up_work(session: Session, me: User) -> list[WorkItem]:
    """Overdue obligations for My work: those of the cases assigned to this person; and, for
    whoever records follow-up (officers, the focal point), those of cases no active
    colleague is assigned to, so nothing overdue waits unseen."""
    today = date.today()
    assignee = aliased(User)
    mine: ColumnElement[bool] = Application.assigned_to_id == me.id
    if allowed(me.role, Permission.RECORD_FOLLOW_UP):
        unattended = or_(Application.assigned_to_id.is_(None), assignee.active.is_(False))
        mine = or_(mine, unattended)
    rows = session.execute(
        select(
            LicenceObligation,
            Application.reference,
            Application.status,
            Shipment.customs_reference,
            Shipment.shipped_on,
        )
        .join(Application, Application.id == LicenceObligation.application_id)
        .outerjoin(assignee, assignee.id == Application.assigned_to_id)
        .outerjoin(Shipment, Shipment.id == LicenceObligation.shipment_id)
        .where(
            LicenceObligation.status == ObligationStatus.OPEN,
            LicenceObligation.due_on < today,
            mine,
        )
        .order_by(LicenceObligation.due_on, LicenceObligation.id)
        .limit(WORK_LIMIT)
    )
    # My work shows the due date beside the detail, so the detail does not repeat it.
    return [
        WorkItem(
            ob.application_id,
            reference,
            CaseStatus(status),
            WorkReason.FOLLOW_UP_OVERDUE,
            describe(ob.kind, customs or "", shipped_on, None),
            ob.due_on,
            (
                ("kind", ob.kind.value),
                ("shipment", customs or ""),
                ("shipped_on", shipped_on.isoformat() if shipped_on else ""),
            ),
        )
        for ob, reference, status, customs, shipped_on in rows
    ]


# --------------------------------------------------------------------------- creating


def _snapshot(ob: LicenceObligation, licence_number: str) -> dict[str, Any]:
    return {
        "licence": licence_number,
        "kind": ob.kind,
        "status": ob.status,
        "due_on": ob.due_on,
        "shipment_id": ob.shipment_id,
        "description": ob.description,
        "place": ob.place,
        "visitors": ob.visitors,
        "done_on": ob.done_on,
        "reference": ob.reference,
        "findings": ob.findings,
        "outcome": ob.outcome,
        "waive_reason": ob.waive_reason,
    }


def _create(
    session: Session,
    licence: Licence,
    actor: Actor,
    *,
    kind: ObligationKind,
    due_on: date,
    action: str,
    reason: str = "",
    **fields: Any,
) -> LicenceObligation:
    ob = LicenceObligation(
        licence_id=licence.id,
        application_id=licence.application_id,
        kind=kind,
        status=ObligationStatus.OPEN,
        due_on=due_on,
        created_by_id=actor.user_id,
        **fields,
    )
    session.add(ob)
    session.flush()
    shipment = session.get(Shipment, ob.shipment_id) if ob.shipment_id else None
    record_event(
        session,
        actor,
        entity="licence_obligation",
        entity_id=ob.id,
        application_id=licence.application_id,
        action=action,
        summary=f"Licence {licence.number}: "
        + describe(
            kind,
            shipment.customs_reference if shipment else "",
            shipment.shipped_on if shipment else None,
            due_on,
        ),
        after=_snapshot(ob, licence.number),
        reason=reason,
    )
    return ob


#: Why a certificate was added with a shipment, for the history's reason column.
_RULE_WORDS = {
    DvcRule.ALL: "Owed after every shipment (the authority's rule)",
    DvcRule.WHEN_REQUIRED: "Owed after each shipment: the licence calls for delivery verification",
    DvcRule.NEVER: "",
}


def owe_for_shipment(
    session: Session, licence: Licence, shipment: Shipment, actor: Actor
) -> LicenceObligation | None:
    """The DVC a new shipment owes under the authority's rule, or None when it owes none.

    Called by ``services.shipments`` in the shipment's own unit of work, so a shipment is
    never saved without the certificate it owes (typed in, scripted or imported alike).
    """
    settings = settings_in(session)
    if settings.dvc_rule is DvcRule.NEVER:
        return None
    if settings.dvc_rule is DvcRule.WHEN_REQUIRED and not _licence_calls_for_dvc(session, licence):
        return None
    return _create(
        session,
        licence,
        actor,
        kind=ObligationKind.DELIVERY_CERTIFICATE,
        due_on=shipment.shipped_on + timedelta(days=settings.dvc_days),
        action="obligation_added",
        reason=_RULE_WORDS[settings.dvc_rule]
        + f", due {settings.dvc_days} days after the shipment",
        shipment_id=shipment.id,
    )


def _licence_calls_for_dvc(session: Session, licence: Licence) -> bool:
    data: dict[str, Any] | None = None
    if licence.decision_id is not None:
        assessment_id = session.scalar(
            select(Decision.assessment_id).where(Decision.id == licence.decision_id)
        )
        if assessment_id is not None:
            data = session.scalar(select(Assessment.data).where(Assessment.id == assessment_id))
    return licence_calls_for_dvc(licence.conditions or [], data)


def _licence(session: Session, licence_id: int) -> Licence:
    licence = session.get(Licence, licence_id)
    if licence is None:
        raise NotFoundError(msg("There is no licence #{licence_id}.", licence_id=licence_id))
    return licence


def add_obligation(
    db: Database,
    licence_id: int,
    *,
    kind: ObligationKind,
    due_on: date,
    description: str = "",
    actor: Actor | UserSession,
) -> ObligationView:
    """An obligation added by hand (an assurance to check, a certificate asked for)."""
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_FOLLOW_UP)
        licence = _licence(session, licence_id)
        errors = _not_before(
            "due_on",
            msg("The due date", context="follow-up date"),
            due_on,
            licence.issued_on,
            msg("the licence", context="follow-up date"),
        )
        if kind.is_assurance and not description.strip():
            errors.append(FieldError("description", msg("Say which assurance is to be checked.")))
        if errors:
            raise FollowUpNotSaved(errors)
        ob = _create(
            session,
            licence,
            _actor(actor),
            kind=kind,
            due_on=due_on,
            action="obligation_added",
            description=description.strip(),
        )
        return _one(session, ob.id)


def schedule_visit(
    db: Database,
    licence_id: int,
    *,
    planned_on: date,
    visitors: str,
    actor: Actor | UserSession,
    place: str = "",
    description: str = "",
) -> ObligationView:
    """Plan a post-shipment or on-site verification visit: due on the planned day."""
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_FOLLOW_UP)
        licence = _licence(session, licence_id)
        errors = _not_before(
            "planned_on",
            msg("The planned date", context="follow-up date"),
            planned_on,
            licence.issued_on,
            msg("the licence", context="follow-up date"),
        )
        errors += _fits("place", msg("place", context="field"), place, LicenceObligation.place)
        if errors:
            raise FollowUpNotSaved(errors)
        ob = _create(
            session,
            licence,
            _actor(actor),
            kind=ObligationKind.VERIFICATION_VISIT,
            due_on=planned_on,
            action="visit_scheduled",
            visitors=visitors.strip(),
            place=place.strip(),
            description=description.strip(),
        )
        return _one(session, ob.id)


# --------------------------------------------------------------------------- closing


def _not_before(
    field: str, what: Message, value: date, earliest: date, earliest_what: Message
) -> list[FieldError]:
    if value < earliest:
        return [
            FieldError(
                field,
                msg(
                    "{what} ({date}) cannot be before {earliest} ({earliest_date}).",
                    what=what,
                    date=value.isoformat(),
                    earliest=earliest_what,
                    earliest_date=earliest.isoformat(),
                ),
            )
        ]
    return []


def _fits(
    field: str, label: Message, value: str, column: InstrumentedAttribute[str]
) -> list[FieldError]:
    """``value`` (as stored) longer than ``column`` holds: said before the database refuses
    it (PostgreSQL) or keeps it whole (SQLite)."""
    problem = too_long(value.strip(), max_length(column), field, label)
    return [problem] if problem is not None else []


def _done_date_errors(
    session: Session, ob: LicenceObligation, field: str, what: Message, done_on: date
) -> list[FieldError]:
    """A date something was received, visited or checked: not in the future, not before
    the shipment (or the licence) it follows."""
    today = date.today()
    if done_on > today:
        return [
            FieldError(
                field,
                msg(
                    "{what} ({date}) is in the future: record it once it has happened "
                    "(today is {today}).",
                    what=what,
                    date=done_on.isoformat(),
                    today=today.isoformat(),
                ),
            )
        ]
    shipment = session.get(Shipment, ob.shipment_id) if ob.shipment_id else None
    if shipment is not None:
        return _not_before(
            field, what, done_on, shipment.shipped_on, msg("the shipment", context="follow-up date")
        )
    licence = _licence(session, ob.licence_id)
    return _not_before(
        field,
        what,
        done_on,
        licence.issued_on,
        msg("the licence's issue", context="follow-up date"),
    )


def _open(
    session: Session, obligation_id: int, kinds: tuple[ObligationKind, ...] | None = None
) -> LicenceObligation:
    ob = session.get(LicenceObligation, obligation_id)
    if ob is None:
        raise NotFoundError(
            msg("There is no licence obligation #{obligation_id}.", obligation_id=obligation_id)
        )
    if kinds is not None and ob.kind not in kinds:
        raise ServiceError(
            f"Obligation #{ob.id} is a {KIND_WORDS[ob.kind].lower()}, not a "
            + " or ".join(KIND_WORDS[k].lower() for k in kinds)
            + "."
        )
    if ob.status is not ObligationStatus.OPEN:
        when = f" on {ob.done_on.isoformat()}" if ob.done_on else ""
        raise ServiceError(
            msg(
                "Obligation #{id} was already {value}{when}: nothing was changed.",
                id=ob.id,
                value=ob.status.value,
                when=when,
            )
        )
    return ob


def _close(
    session: Session,
    ob: LicenceObligation,
    actor: Actor,
    *,
    status: ObligationStatus,
    action: str,
    reason: str = "",
    **fields: Any,
) -> ObligationView:
    licence = _licence(session, ob.licence_id)
    before = _snapshot(ob, licence.number)
    ob.status = status
    for name, value in fields.items():
        setattr(ob, name, value)
    ob.closed_by_id = actor.user_id
    ob.closed_at = utcnow()
    session.flush()
    view = _one(session, ob.id)
    after = _snapshot(ob, licence.number)
    record_event(
        session,
        actor,
        entity="licence_obligation",
        entity_id=ob.id,
        application_id=ob.application_id,
        action=action,
        summary=f"Licence {licence.number}: {view.summary}: {status.value}"
        + (" — BREACH FOUND" if view.breach_found else ""),
        before={k: v for k, v in before.items() if after[k] != v},
        after={"licence": licence.number, "kind": ob.kind}
        | {k: v for k, v in after.items() if before[k] != v},
        reason=reason,
    )
    return view


def record_certificate_received(
    db: Database,
    obligation_id: int,
    *,
    received_on: date,
    reference: str,
    actor: Actor | UserSession,
) -> ObligationView:
    """The delivery verification certificate arrived: the obligation is fulfilled."""
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_FOLLOW_UP)
        ob = _open(session, obligation_id, (ObligationKind.DELIVERY_CERTIFICATE,))
        errors = _done_date_errors(
            session,
            ob,
            "received_on",
            msg("The date received", context="follow-up date"),
            received_on,
        )
        errors += _fits(
            "reference", msg("reference", context="field"), reference, LicenceObligation.reference
        )
        if not reference.strip():
            errors.append(
                FieldError(
                    "reference",
                    msg("Enter the certificate's reference (its number, or the document's title)."),
                )
            )
        if errors:
            raise FollowUpNotSaved(errors)
        return _close(
            session,
            ob,
            _actor(actor),
            status=ObligationStatus.FULFILLED,
            action="certificate_received",
            done_on=received_on,
            reference=reference.strip(),
        )


def record_visit(
    db: Database,
    obligation_id: int,
    *,
    visited_on: date,
    visitors: str,
    findings: str,
    outcome: VisitOutcome,
    actor: Actor | UserSession,
    reference: str = "",
) -> ObligationView:
    """A verification visit's result. The visit is done whatever it found; a breach found
    is kept in ``outcome`` for the incident that must follow."""
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_FOLLOW_UP)
        ob = _open(session, obligation_id, (ObligationKind.VERIFICATION_VISIT,))
        errors = _done_date_errors(
            session,
            ob,
            "visited_on",
            msg("The date of the visit", context="follow-up date"),
            visited_on,
        )
        errors += _fits(
            "reference", msg("reference", context="field"), reference, LicenceObligation.reference
        )
        if not visitors.strip():
            errors.append(FieldError("visitors", msg("Name who made the visit.")))
        if outcome is not VisitOutcome.SATISFACTORY and not findings.strip():
            errors.append(
                FieldError(
                    "findings", msg("Describe what was found: the outcome is not satisfactory.")
                )
            )
        if errors:
            raise FollowUpNotSaved(errors)
        return _close(
            session,
            ob,
            _actor(actor),
            status=ObligationStatus.FULFILLED,
            action="visit_recorded",
            done_on=visited_on,
            visitors=visitors.strip(),
            findings=findings.strip(),
            outcome=outcome,
            reference=reference.strip(),
        )


def record_assurance_checked(
    db: Database,
    obligation_id: int,
    *,
    checked_on: date,
    reference: str,
    note: str = "",
    actor: Actor | UserSession,
) -> ObligationView:
    """An end-use or storage assurance was checked: what showed it, and what was noted."""
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_FOLLOW_UP)
        ob = _open(
            session,
            obligation_id,
            (ObligationKind.END_USE_ASSURANCE, ObligationKind.STORAGE_ASSURANCE),
        )
        errors = _done_date_errors(
            session, ob, "checked_on", msg("The date checked", context="follow-up date"), checked_on
        )
        errors += _fits(
            "reference", msg("reference", context="field"), reference, LicenceObligation.reference
        )
        if not reference.strip() and not note.strip():
            errors.append(
                FieldError("reference", msg("Enter what showed the assurance holds, or a note."))
            )
        if errors:
            raise FollowUpNotSaved(errors)
        return _close(
            session,
            ob,
            _actor(actor),
            status=ObligationStatus.FULFILLED,
            action="assurance_checked",
            done_on=checked_on,
            reference=reference.strip(),
            findings=note.strip(),
        )


def waive_obligation(
    db: Database, obligation_id: int, *, reason: str, actor: Actor | UserSession
) -> ObligationView:
    """Waive an open obligation: needs a stated reason (kept in the history and on the row)."""
    if len(reason.strip()) < 5:
        raise FollowUpNotSaved(
            [FieldError("reason", msg("Say why this obligation is waived (a sentence)."))]
        )
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_FOLLOW_UP)
        ob = _open(session, obligation_id)
        return _close(
            session,
            ob,
            _actor(actor),
            status=ObligationStatus.WAIVED,
            action="obligation_waived",
            reason=reason.strip(),
            waive_reason=reason.strip(),
            done_on=date.today(),
        )


def open_licences(db: Database, application_id: int) -> tuple[tuple[int, str], ...]:
    """The case's licences (id, number), for adding an obligation or planning a visit."""
    with db.session() as session:
        return tuple(
            (lid, number)
            for lid, number in session.execute(
                select(Licence.id, Licence.number)
                .where(Licence.application_id == application_id)
                .order_by(Licence.id)
            )
        )


def licence_id_by_number(db: Database, number: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Licence.id).where(Licence.number == number.strip()))
        if found is None:
            raise NotFoundError(
                msg("There is no licence numbered {number!r}.", number=number.strip())
            )
        return found


__all__ = [
    "DVC_DAYS",
    "DVC_RULE",
    "FollowUpNotSaved",
    "FollowUpSettings",
    "ObligationFilter",
    "ObligationView",
    "add_obligation",
    "count_obligations",
    "follow_up_settings",
    "follow_up_work",
    "get_obligation",
    "licence_id_by_number",
    "list_obligations",
    "obligation_destinations",
    "open_licences",
    "owe_for_shipment",
    "record_assurance_checked",
    "record_certificate_received",
    "record_visit",
    "schedule_visit",
    "set_follow_up_settings",
    "waive_obligation",
]
