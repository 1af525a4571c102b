"""Verifying the hash-chained event history: was anything altered or removed behind our back?

Each event's hash covers its content and the previous event's hash, so editing a row breaks
its own hash, and removing one breaks the next row's link. Truncating the newest events
leaves a shorter but consistent chain; that cannot be seen from the chain alone (a backup or
an exported ``audit verify`` result can prove it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Event
from att_desktop.services.history import event_digest, hashed_fields


@dataclass(frozen=True)
class AuditProblem:
    event_id: int
    what: str
    #: The event as the person reading the report recognises it: "status_changed, 2026-03-01".
    label: str = ""

    def __str__(self) -> str:
        label = f" ({self.label})" if self.label else ""
        return f"event {self.event_id}{label} {self.what}"


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    events_checked: int
    problems: tuple[AuditProblem, ...] = field(default=())
    #: The hash of the newest event: write it down to detect a later truncation.
    head_hash: str = ""

    @property
    def event_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(p.event_id for p in self.problems))


def _events(session: Session) -> Iterator[Event]:
    """Every event in order, a thousand at a time, so ten years of history fit in memory."""
    query = select(Event).order_by(Event.id).execution_options(yield_per=1000)
    for event in session.scalars(query):
        yield event
        session.expunge(event)


def verify_events(session: Session) -> AuditReport:
    """The check itself, inside a session the caller holds (``att-desktop check`` uses it)."""
    problems: list[AuditProblem] = []
    # SQLite gives a new row max(id) + 1, so a gap means a deleted row; PostgreSQL sequences
    # skip numbers on rollback, so there a gap counts only if the chain breaks too.
    dense_ids = session.get_bind().dialect.name == "sqlite"
    previous_hash = ""
    previous_id: int | None = None
    count = 0
    for event in _events(session):
        count += 1
        expected_id = 1 if previous_id is None else previous_id + 1
        gap = event.id != expected_id
        missing = (
            f"event {expected_id}"
            if event.id == expected_id + 1
            else f"events {expected_id}–{event.id - 1}"
        )
        label = f"{event.action}, {event.occurred_at:%Y-%m-%d %H:%M}"
        if event.prev_hash != previous_hash:
            if previous_id is None:
                what = "links to an earlier event that is gone: the oldest history was removed"
            elif gap:
                what = f"does not link to event {previous_id}: {missing} removed"
            else:
                what = (
                    f"does not link to event {previous_id}: an event was removed or inserted, "
                    "or a hash rewritten"
                )
            problems.append(AuditProblem(event.id, what, label))
        elif gap and dense_ids:
            problems.append(AuditProblem(event.id, f"follows a gap: {missing} missing", label))
        if event.hash != event_digest(event.prev_hash, hashed_fields(event)):
            problems.append(
                AuditProblem(
                    event.id,
                    "was altered after it was recorded: its content does not match its hash",
                    label,
                )
            )
        previous_hash, previous_id = event.hash, event.id
    return AuditReport(
        ok=not problems, events_checked=count, problems=tuple(problems), head_hash=previous_hash
    )


def verify_chain(db: Database) -> AuditReport:
    """Check the whole event history; reads only."""
    session = db.sessions()
    try:
        with session.no_autoflush:
            return verify_events(session)
    finally:
        session.rollback()
        session.close()


def describe(report: AuditReport) -> list[str]:
    """One line per problem, naming the event: for the CLI and the start-up warning."""
    return [str(p) for p in report.problems]
