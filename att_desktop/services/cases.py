"""Registering, reading and editing applications (cases)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Document,
    LineItem,
    Organisation,
    Party,
    TransitState,
)
from att_desktop.domain.application import (
    ApplicationInput,
    DocumentInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
    normalise_application,
)
from att_desktop.domain.categories import load_categories
from att_desktop.domain.control_list import (
    CONTROL_LIST_SETTING,
    NATIONAL,
    normalise_rating,
    rating_problems,
)
from att_desktop.domain.enums import CaseStatus, OrganisationKind, PartyRole
from att_desktop.domain.validation import FieldError, validate_application
from att_desktop.i18n import msg
from att_desktop.services.dto import (
    LOCAL_OFFICER,
    Actor,
    CaseDetail,
    DocumentView,
    LineItemView,
    OrganisationView,
    PartyView,
    line_item_input,
    party_input,
)
from att_desktop.services.errors import (
    ConcurrentEditError,
    FieldChange,
    NotFoundError,
    ServiceError,
    ValidationFailed,
)
from att_desktop.services.history import case_history, change_status, record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.references import allocate_reference, reserve_reference
from att_desktop.services.settings import get_setting

#: Mixed-currency cases show no single total in the register.
MIXED_CURRENCIES = "*"


def _check(inp: ApplicationInput, today: date | None) -> ApplicationInput:
    inp = normalise_application(inp)
    errors = validate_application(inp, today=today)
    if errors:
        raise ValidationFailed(errors)
    return inp


def _check_ratings(
    session: Session, inp: ApplicationInput, kept: Sequence[str] = ()
) -> ApplicationInput:
    """Issue 16: ratings must be entries of the EU Common Military List (``ML10.a``) unless
    the authority's list is a national one (setting ``control_list`` = ``national``).

    ``kept``: the ratings the case already holds (an edit). One of them typed again is left
    as it is, so an old free-text rating never stops an unrelated correction of the case;
    the EU report lists it as a finding instead."""
    if get_setting(session, CONTROL_LIST_SETTING) == NATIONAL:
        return inp
    old = set(kept)
    checked = ["" if i.control_rating in old else i.control_rating for i in inp.items]
    errors = rating_problems(checked)
    if errors:
        raise ValidationFailed(errors)
    items = tuple(
        i
        if i.control_rating in old
        else replace(i, control_rating=normalise_rating(i.control_rating))
        for i in inp.items
    )
    return replace(inp, items=items)


def find_or_create_organisation(
    session: Session, org: OrganisationInput, kind: OrganisationKind
) -> Organisation:
    existing = session.scalars(
        select(Organisation).where(
            Organisation.name == org.name, Organisation.country_code == org.country_code
        )
    ).first()
    if existing is not None:
        if org.registration_number and not existing.registration_number:
            existing.registration_number = org.registration_number
        if org.address and not existing.address:
            existing.address = org.address
        return existing
    created = Organisation(
        name=org.name,
        kind=kind,
        country_code=org.country_code,
        registration_number=org.registration_number,
        address=org.address,
    )
    session.add(created)
    session.flush()
    return created


def _party(inp: PartyInput, position: int) -> Party:
    return Party(
        role=inp.role,
        party_type=inp.party_type,
        name=inp.name,
        country_code=inp.country_code,
        address=inp.address,
        position=position,
        acts_for=inp.acts_for,
    )


def _item(inp: LineItemInput, line_no: int) -> LineItem:
    return LineItem(
        line_no=line_no,
        description=inp.description,
        model=inp.model,
        control_rating=inp.control_rating,
        att_category=inp.att_category or None,
        not_reportable_reason=inp.not_reportable_reason,
        quantity=inp.quantity,
        unit=inp.unit,
        value=inp.value,
        currency=inp.currency,
        origin_code=inp.origin_code,
        withheld=inp.withheld,
        withheld_reason=inp.withheld_reason,
        report_comment=inp.report_comment,
    )


def _current_parties(app: Application) -> list[Party]:
    return [p for p in app.parties if not p.superseded]


def _current_items(app: Application) -> list[LineItem]:
    return [i for i in app.items if not i.superseded]


def _current_transit(app: Application) -> list[TransitState]:
    return [t for t in app.transit_states if not t.superseded]


def unsaved_application(inp: ApplicationInput, reference: str = "") -> Application:
    """The rows a case file's application would become, never added to a session: the
    Article 6 screen reads a case file exactly as it reads a registered case."""
    app = Application(
        reference=reference,
        transfer_type=inp.transfer_type,
        destination_code=inp.destination_code,
        exporting_code=inp.exporting_code,
        received_on=inp.received_on,
    )
    app.parties = [_party(p, n) for n, p in enumerate(inp.parties)]
    app.transit_states = [
        TransitState(country_code=c, position=n) for n, c in enumerate(inp.transit_codes)
    ]
    app.items = [_item(i, n) for n, i in enumerate(inp.items, start=1)]
    return app


class SummaryItem(Protocol):
    """What the register's summary reads of a line item (an ORM item or a Core row)."""

    @property
    def att_category(self) -> str | None: ...
    @property
    def value(self) -> Decimal | None: ...
    @property
    def currency(self) -> str: ...


def register_summary(items: Sequence[SummaryItem], end_users: Sequence[str]) -> dict[str, Any]:
    """The register's denormalised columns of a case from its current line items and its
    current end users' names (in order): ``refresh_summary`` stores them, ``att-desktop
    check`` recomputes them from rows to compare."""
    catalogue = load_categories()
    currencies = {i.currency for i in items if i.value is not None}
    total: Decimal | None = None
    if len(currencies) == 1:
        currency = currencies.pop()
        total = sum((i.value for i in items if i.value is not None), Decimal(0))
    else:
        currency = MIXED_CURRENCIES if currencies else ""
    return {
        "categories_summary": catalogue.summary(i.att_category for i in items if i.att_category),
        "total_value": total,
        "value_currency": currency,
        "end_user_name": "; ".join(end_users)[:300],
    }


def refresh_summary(app: Application) -> None:
    """Keep the register's denormalised columns in step with the case."""
    end_users = [p.name for p in _current_parties(app) if p.role is PartyRole.END_USER]
    for name, value in register_summary(_current_items(app), end_users).items():
        setattr(app, name, value)


def snapshot(app: Application) -> dict[str, Any]:
    """The case as plain data, for the event history's before/after."""
    return {
        "transfer_type": app.transfer_type.value,
        "status": app.status.value,
        "applicant": app.applicant.name,
        "destination_code": app.destination_code,
        "exporting_code": app.exporting_code,
        "intended_end_use": app.intended_end_use,
        "euc_number": app.euc_number,
        "euc_issuer": app.euc_issuer,
        "euc_date": app.euc_date,
        "received_on": app.received_on,
        "parties": [asdict(party_input(p)) for p in _current_parties(app)],
        "transit_codes": [t.country_code for t in _current_transit(app)],
        "items": [asdict(line_item_input(i)) for i in _current_items(app)],
    }


def _apply_scalars(session: Session, app: Application, inp: ApplicationInput) -> None:
    app.transfer_type = inp.transfer_type
    app.applicant = find_or_create_organisation(session, inp.applicant, OrganisationKind.EXPORTER)
    app.destination_code = inp.destination_code
    app.exporting_code = inp.exporting_code
    app.intended_end_use = inp.intended_end_use
    app.euc_number = inp.euc_number
    app.euc_issuer = inp.euc_issuer
    app.euc_date = inp.euc_date
    app.received_on = inp.received_on


def create_application(
    db: Database,
    inp: ApplicationInput,
    *,
    actor: Actor = LOCAL_OFFICER,
    status: CaseStatus = CaseStatus.DRAFT,
    today: date | None = None,
) -> CaseDetail:
    inp = _check(inp, today)
    with db.session() as session:
        authorize(session, actor, Permission.REGISTER_APPLICATION)
        inp = _check_ratings(session, inp)
        app = insert_application(session, inp, actor=actor, status=status)
        return case_detail(session, app)


def insert_application(
    session: Session,
    inp: ApplicationInput,
    *,
    actor: Actor = LOCAL_OFFICER,
    status: CaseStatus = CaseStatus.DRAFT,
    reference: str | None = None,
    action: str = "created",
    summary: str = "",
) -> Application:
    """Add an already validated case inside the caller's transaction.

    The importer uses this to write a whole spreadsheet in one transaction, keeping the
    authority's own reference when the file gives one (see ``reserve_reference``).
    """
    if reference is None:
        reference = allocate_reference(session, inp.transfer_type, inp.received_on.year)
    else:
        reserve_reference(session, reference)
    app = Application(
        reference=reference,
        year=inp.received_on.year,
        status=status,
        created_by_id=actor.user_id,
    )
    _apply_scalars(session, app, inp)
    app.parties = [_party(p, n) for n, p in enumerate(inp.parties)]
    app.transit_states = [
        TransitState(country_code=c, position=n) for n, c in enumerate(inp.transit_codes)
    ]
    app.items = [_item(i, n) for n, i in enumerate(inp.items, start=1)]
    refresh_summary(app)
    session.add(app)
    session.flush()
    record_event(
        session,
        actor,
        entity="application",
        entity_id=app.id,
        application_id=app.id,
        action=action,
        summary=summary or f"Registered {app.reference}",
        after=snapshot(app),
    )
    return app


def _diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[str, ...]:
    return tuple(k for k in after if before.get(k) != after.get(k))


def _differences(opened: dict[str, Any], now: dict[str, Any]) -> tuple[FieldChange, ...]:
    return tuple(FieldChange(k, opened.get(k), now[k]) for k in _diff(opened, now))


def _describe(change: FieldChange) -> str:
    """``destination_code: NO → DK``; lists (parties, items) are named, not printed."""
    if isinstance(change.now, list) or isinstance(change.when_opened, list):
        return f"{change.field} changed"

    def shown(value: Any) -> str:
        text = "" if value is None else str(value)
        text = text if len(text) <= 60 else text[:57] + "..."
        return f"'{text}'" if text else "(empty)"

    return f"{change.field}: {shown(change.when_opened)} → {shown(change.now)}"


def update_application(
    db: Database,
    original: CaseDetail,
    inp: ApplicationInput,
    *,
    actor: Actor = LOCAL_OFFICER,
    reason: str = "",
    today: date | None = None,
) -> CaseDetail:
    """Save an edit of the case as it was when opened (``original``).

    If anyone saved the case in between, nothing is written and the caller is told which
    fields the other person changed.
    """
    inp = _check(inp, today)
    with db.session() as session:
        authorize(session, actor, Permission.REGISTER_APPLICATION)
        # FOR UPDATE (PostgreSQL): a second workstation saving the same case at this moment
        # waits here until this save commits, then sees the new version and is refused.
        inp = _check_ratings(session, inp, [i.control_rating for i in original.items])
        app = load_application(session, original.id, for_update=True)
        if app.status.is_closed:
            raise ServiceError(
                msg(
                    "{reference} is {value}: a decided or withdrawn case cannot be "
                    "edited. Record new information as a note or a reassessment "
                    "instead.",
                    reference=app.reference,
                    value=app.status.value,
                )
            )
        if app.status is not CaseStatus.DRAFT and not reason.strip():
            # Article 12: a correction of a registered case is a new version with its reason.
            raise ValidationFailed(
                [FieldError("reason", msg("say why the case is corrected: the history keeps it"))]
            )
        if app.version != original.version:
            differences = _differences(snapshot_from_detail(original), snapshot(app))
            described = "; ".join(_describe(d) for d in differences) or "its status"
            raise ConcurrentEditError(
                msg(
                    "{reference} was changed by someone else after you opened it "
                    "({described}). Your changes were not saved: reopen the case to "
                    "see the new version, then apply your edits again.",
                    reference=app.reference,
                    described=described,
                ),
                tuple(d.field for d in differences),
                differences,
            )
        before = snapshot(app)
        _apply_scalars(session, app, inp)
        _replace_children(app, inp)
        refresh_summary(app)
        after = snapshot(app)
        changed = _diff(before, after)
        if not changed:
            return case_detail(session, app)
        reference = app.reference  # a failed flush expires the row: read it before
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConcurrentEditError(
                msg(
                    "{reference} was saved by someone else a moment ago; your "
                    "changes were not saved. Reopen the case and apply them again.",
                    reference=reference,
                )
            ) from exc
        record_event(
            session,
            actor,
            entity="application",
            entity_id=app.id,
            application_id=app.id,
            action="updated",
            summary=f"Edited {', '.join(changed)}",
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
            reason=reason,
        )
        return case_detail(session, app)


def _replace_children(app: Application, inp: ApplicationInput) -> None:
    """Changed parties, items and transit States are superseded, never deleted (Article 12)."""
    if [party_input(p) for p in _current_parties(app)] != list(inp.parties):
        for p in _current_parties(app):
            p.superseded = True
        start = len(app.parties)
        app.parties.extend(_party(p, start + n) for n, p in enumerate(inp.parties))
    if [line_item_input(i) for i in _current_items(app)] != list(inp.items):
        for i in _current_items(app):
            i.superseded = True
        app.items.extend(_item(i, n) for n, i in enumerate(inp.items, start=1))
    if [t.country_code for t in _current_transit(app)] != list(inp.transit_codes):
        for t in _current_transit(app):
            t.superseded = True
        start = len(app.transit_states)
        app.transit_states.extend(
            TransitState(country_code=c, position=start + n)
            for n, c in enumerate(inp.transit_codes)
        )


def snapshot_from_detail(detail: CaseDetail) -> dict[str, Any]:
    inp = detail.to_input()
    return {
        "transfer_type": inp.transfer_type.value,
        "status": detail.status.value,
        "applicant": inp.applicant.name,
        "destination_code": inp.destination_code,
        "exporting_code": inp.exporting_code,
        "intended_end_use": inp.intended_end_use,
        "euc_number": inp.euc_number,
        "euc_issuer": inp.euc_issuer,
        "euc_date": inp.euc_date,
        "received_on": inp.received_on,
        "parties": [asdict(p) for p in inp.parties],
        "transit_codes": list(inp.transit_codes),
        "items": [asdict(i) for i in inp.items],
    }


def set_status(
    db: Database,
    application_id: int,
    status: CaseStatus,
    *,
    actor: Actor = LOCAL_OFFICER,
    reason: str = "",
) -> CaseDetail:
    if status is CaseStatus.WITHDRAWN and not reason.strip():
        raise ValidationFailed([FieldError("reason", msg("say why the application is withdrawn"))])
    with db.session() as session:
        authorize(session, actor, Permission.REGISTER_APPLICATION)
        app = load_application(session, application_id)
        if app.status.is_closed:
            raise ServiceError(
                msg(
                    "{reference} is already {value}.",
                    reference=app.reference,
                    value=app.status.value,
                )
            )
        change_status(session, app, status, actor, reason=reason)
        return case_detail(session, app)


def add_document(
    db: Database, application_id: int, doc: DocumentInput, *, actor: Actor = LOCAL_OFFICER
) -> CaseDetail:
    if not doc.title.strip():
        raise ValidationFailed([FieldError("title", msg("give the document a title"))])
    with db.session() as session:
        authorize(session, actor, Permission.REGISTER_APPLICATION)
        app = load_application(session, application_id)
        row = Document(
            application_id=app.id,
            kind=doc.kind,
            title=doc.title.strip(),
            reference=doc.reference,
            dated=doc.dated,
            filename=doc.filename,
            sha256=doc.sha256,
            added_by_id=actor.user_id,
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            actor,
            entity="document",
            entity_id=row.id,
            application_id=app.id,
            action="document_added",
            summary=f"Added document '{row.title}'",
            after={"kind": doc.kind, "title": row.title, "reference": doc.reference},
        )
        session.expire(app, ["documents"])
        return case_detail(session, app)


def load_application(
    session: Session, application_id: int, *, for_update: bool = False
) -> Application:
    query = select(Application).where(Application.id == application_id)
    if for_update:
        # Row lock on PostgreSQL; SQLite has no row locks (its write lock serialises saves).
        query = query.with_for_update(of=Application)
    app = session.scalars(
        query.options(
            selectinload(Application.parties),
            selectinload(Application.items),
            selectinload(Application.transit_states),
            selectinload(Application.documents),
        )
    ).first()
    if app is None:
        raise NotFoundError(
            msg("There is no case with id {application_id}.", application_id=application_id)
        )
    return app


def get_case(db: Database, application_id: int) -> CaseDetail:
    with db.session() as session:
        return case_detail(session, load_application(session, application_id))


def find_case_id(db: Database, reference: str) -> int:
    with db.session() as session:
        found = session.scalars(
            select(Application.id).where(Application.reference == reference.strip())
        ).first()
    if found is None:
        raise NotFoundError(
            msg("There is no case with reference {reference}.", reference=reference)
        )
    return found


def case_detail(session: Session, app: Application) -> CaseDetail:
    from att_desktop.services.licences import licence_views

    org = app.applicant
    return CaseDetail(
        id=app.id,
        reference=app.reference,
        version=app.version,
        transfer_type=app.transfer_type,
        status=app.status,
        applicant=OrganisationView(
            org.id, org.name, org.country_code, org.registration_number, org.address
        ),
        destination_code=app.destination_code,
        exporting_code=app.exporting_code,
        intended_end_use=app.intended_end_use,
        euc_number=app.euc_number,
        euc_issuer=app.euc_issuer,
        euc_date=app.euc_date,
        received_on=app.received_on,
        submitted_on=app.submitted_on,
        decided_on=app.decided_on,
        created_at=app.created_at,
        updated_at=app.updated_at,
        parties=tuple(
            PartyView(p.id, p.role, p.party_type, p.name, p.country_code, p.address, p.acts_for)
            for p in _current_parties(app)
        ),
        transit_codes=tuple(t.country_code for t in _current_transit(app)),
        items=tuple(
            LineItemView(
                id=i.id,
                line_no=i.line_no,
                description=i.description,
                model=i.model,
                control_rating=i.control_rating,
                att_category=i.att_category,
                not_reportable_reason=i.not_reportable_reason,
                quantity=i.quantity,
                unit=i.unit,
                value=i.value,
                currency=i.currency,
                origin_code=i.origin_code,
                withheld=i.withheld,
                withheld_reason=i.withheld_reason,
                report_comment=i.report_comment,
            )
            for i in _current_items(app)
        ),
        documents=tuple(
            DocumentView(d.id, d.kind, d.title, d.reference, d.dated, d.filename, d.created_at)
            for d in app.documents
        ),
        history=case_history(session, app.id),
        licences=licence_views(session, app.id),
    )


def list_organisations(db: Database) -> list[OrganisationView]:
    """Known applicants, for the dialog's exporter chooser."""
    with db.session() as session:
        rows = session.scalars(
            select(Organisation).where(Organisation.active.is_(True)).order_by(Organisation.name)
        )
        return [
            OrganisationView(o.id, o.name, o.country_code, o.registration_number, o.address)
            for o in rows
        ]
