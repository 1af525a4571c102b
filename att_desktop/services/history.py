"""The append-only, hash-chained event history (Article 12: who did what, when and why)."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol

from sqlalchemy import event as sa_event
from sqlalchemy import func, select, text
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from att_desktop.db.models import Application, Base, Event
from att_desktop.db.row_digest import TOUCHED, pk_column, row_digest, row_key
from att_desktop.db.types import utcnow
from att_desktop.domain.enums import CaseStatus
from att_desktop.services.dto import Actor, EventView


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


#: One encoder for every digest (``json.dumps`` with these options builds a new one per call).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_digest(prev_hash: str, fields: dict[str, Any]) -> str:
    """The chain link: any later change to a row, or to the row before it, changes this."""
    return plain_digest(prev_hash, _plain(fields))


def plain_digest(prev_hash: str, fields: dict[str, Any]) -> str:
    """``event_digest`` of fields that are already plain JSON values (str keys, lists, no
    enums, decimals or dates), as every row read back from the events table is: the
    verifier skips the ``_plain`` walk, which would return them unchanged."""
    payload = _CANONICAL.encode(fields)
    return hashlib.sha256((prev_hash + "\n" + payload).encode("utf-8")).hexdigest()


class HashedEvent(Protocol):
    """What the hash covers: an ``Event`` when it is written, a Core row when it is verified."""

    @property
    def occurred_at(self) -> datetime: ...
    @property
    def actor_id(self) -> int | None: ...
    @property
    def actor_name(self) -> str: ...
    @property
    def application_id(self) -> int | None: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> int | None: ...
    @property
    def action(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def before(self) -> dict[str, Any] | None: ...
    @property
    def after(self) -> dict[str, Any] | None: ...
    @property
    def reason(self) -> str: ...
    @property
    def rows_sha256(self) -> dict[str, Any] | None: ...


def hashed_fields(event: HashedEvent) -> dict[str, Any]:
    """What the chain link covers; the row digests only when the event has them, so every
    event written before they existed keeps its hash."""
    rows = getattr(event, "rows_sha256", None)
    fields = {
        "occurred_at": event.occurred_at.isoformat(),
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "application_id": event.application_id,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "action": event.action,
        "summary": event.summary,
        "before": event.before,
        "after": event.after,
        "reason": event.reason,
    }
    if rows is not None:
        fields["rows_sha256"] = rows
    return fields


def in_words(value: Enum) -> str:
    """A stored value as a summary's English words ("in committee"), never its key: summaries
    are read in the timeline and the audit log as they were written."""
    text = str(value.value).replace("_", " ")
    return text[:1].upper() + text[1:]


def change_status(
    session: Session,
    app: Application,
    status: CaseStatus,
    actor: Actor,
    *,
    note: str = "",
    reason: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Move a case to ``status`` and record it: the one way every service changes a status,
    so the history always says from what, to what, by whom (``before``/``after`` add fields
    that changed with it, such as the decision date)."""
    previous = app.status
    app.status = status
    session.flush()
    record_event(
        session,
        actor,
        entity="application",
        entity_id=app.id,
        application_id=app.id,
        action="status_changed",
        summary=f"Status: {in_words(previous)} → {in_words(status)}{note}",
        before={"status": previous, **(before or {})},
        after={"status": status, **(after or {})},
        reason=reason,
    )


def record_event(
    session: Session,
    actor: Actor,
    *,
    entity: str,
    entity_id: int | None,
    action: str,
    application_id: int | None = None,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> Event:
    """Record an event of this unit of work; it joins the chain when the work commits.

    The chain's lock is the last lock any unit of work takes (see ``LOCK_ORDER``), so the
    event waits in the session until the commit (or until something reads the history in
    this transaction, or ``append_pending_events``) and only then gets its id and its link.
    """
    rows = seal_touched_rows(session)
    session.info[_LAST_ACTOR] = actor
    event = Event(
        occurred_at=utcnow().replace(microsecond=0),
        actor_id=actor.user_id,
        actor_name=actor.name,
        application_id=application_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        summary=summary,
        before=_plain(before) if before is not None else None,
        after=_plain(after) if after is not None else None,
        reason=reason,
        rows_sha256=rows,
    )
    session.info.setdefault(_PENDING, []).append(event)
    return event


#: The order in which every unit of work takes its locks, so two workstations never wait for
#: each other in a circle (a deadlock):
#:
#: 1. case-reference counters (``references.lock_counters``: sorted, when there are several);
#: 2. existing case rows (``load_application(for_update=True)``, an UPDATE of the row);
#: 3. licence-number counters (a decision numbers its licence after locking the case);
#: 4. the event chain's head, always last: taken at commit by ``append_pending_events``.
#:
#: Because the chain comes last and only at the commit, a long import holds it for the
#: moment its events are linked, not for the whole import.
LOCK_ORDER = ("reference counters", "case rows", "licence counters", "event chain")

#: ``session.info`` key of the events recorded in this transaction and not yet chained.
_PENDING = "att_pending_events"
#: ``session.info`` key of the actor of the session's newest event (who the rows are vouched
#: for at commit if a service changed record rows after its last event).
_LAST_ACTOR = "att_last_actor"
#: Rows read per statement while digesting.
_DIGEST_BATCH = 500


def seal_touched_rows(session: Session) -> dict[str, str] | None:
    """Flush, then the digest of every record row written since the session's last event, as
    the database now returns it (``db/row_digest.py``); None when there is none."""
    session.flush()
    touched: set[tuple[str, object]] = session.info.pop(TOUCHED, set())
    if not touched:
        return None
    by_table: dict[str, list[object]] = {}
    for table, pk in touched:
        by_table.setdefault(table, []).append(pk)
    digests: dict[str, str] = {}
    connection = session.connection()
    for name, pks in sorted(by_table.items()):
        sealed = Base.metadata.tables[name]
        column = sealed.c[pk_column(name)]
        for start in range(0, len(pks), _DIGEST_BATCH):
            chunk = pks[start : start + _DIGEST_BATCH]
            for row in connection.execute(select(sealed).where(column.in_(chunk))):
                values = row._mapping
                digests[row_key(name, values[column.name])] = row_digest(name, values)
    return dict(sorted(digests.items()))


@sa_event.listens_for(Session, "before_commit")
def _seal_before_commit(session: Session) -> None:
    """Record rows changed after the transaction's last event (or in one with no event) are
    vouched for by one more event, so no committed record row goes without a digest."""
    session.flush()
    if not session.info.get(TOUCHED):
        return
    actor = session.info.get(_LAST_ACTOR) or Actor(None, "ATT Desktop")
    record_event(
        session,
        actor,
        entity="record",
        entity_id=None,
        action="rows_recorded",
        summary="Record rows written after the change's last event",
    )


@sa_event.listens_for(Session, "after_soft_rollback")
def _forget_touched(session: Session, previous: SessionTransaction) -> None:
    """Rolled back rows were never written: nothing to vouch for (a savepoint's rollback
    keeps the notes: rows flushed before it still commit, and their digests are re-read)."""
    if not previous.nested:
        session.info.pop(TOUCHED, None)


#: pg_advisory_xact_lock key that serialises appends to the event chain on PostgreSQL.
CHAIN_LOCK_KEY = 0x41_54_54_02  # "ATT" 2


def append_pending_events(session: Session) -> None:
    """Link this transaction's recorded events onto the chain's head and insert them.

    Runs by itself before every commit and before any ORM read of the events table; call
    it directly only to use a new event's id inside the same unit of work.
    """
    pending: list[Event] = session.info.pop(_PENDING, [])
    if not pending:
        return
    _lock_chain(session)
    last = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).first()
    prev_hash = last[0] if last is not None else ""
    for event in pending:
        event.prev_hash = prev_hash
        event.hash = event_digest(prev_hash, hashed_fields(event))
        prev_hash = event.hash
        session.add(event)
    session.flush()


def _lock_chain(session: Session) -> None:
    """Make this transaction the only one appending to the chain until it ends.

    Each event links to the one before it, so two transactions must not both read the same
    "last event". On PostgreSQL (READ COMMITTED) a transaction-scoped advisory lock makes a
    second writer wait here until the first commits, and then read the first one's event as
    the last. On SQLite a write that changes nothing takes the file's write lock now, if this
    transaction has not written yet, so the head is read under it. The ids are taken after the
    lock, so ids follow the chain's order.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK_KEY)))
    else:
        session.execute(text("UPDATE reference_counters SET last_value = last_value WHERE 0"))


@sa_event.listens_for(Session, "before_commit")
def _chain_before_commit(session: Session) -> None:
    append_pending_events(session)


@sa_event.listens_for(Session, "do_orm_execute")
def _chain_before_reading(state: ORMExecuteState) -> None:
    """A read of the history inside the unit of work that recorded events sees them."""
    pending = state.is_select and state.session.info.get(_PENDING)
    if pending and any(m.class_ is Event for m in state.all_mappers):
        append_pending_events(state.session)


@sa_event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session) -> None:
    """Events of a unit of work that was rolled back never happened."""
    session.info.pop(_PENDING, None)


def event_view(event: Event) -> EventView:
    return EventView(
        id=event.id,
        occurred_at=event.occurred_at,
        actor_name=event.actor_name,
        action=event.action,
        summary=event.summary,
        reason=event.reason,
        before=event.before,
        after=event.after,
    )


def case_history(session: Session, application_id: int) -> tuple[EventView, ...]:
    events = session.scalars(
        select(Event).where(Event.application_id == application_id).order_by(Event.id)
    )
    return tuple(event_view(e) for e in events)
