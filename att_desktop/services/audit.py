"""Verifying the hash-chained event history: was anything altered or removed behind our back?

Each event's hash covers its content and the previous event's hash, so editing a row breaks
its own hash, and removing one breaks the next row's link. Truncating the newest events
leaves a shorter but consistent chain; that cannot be seen from the chain alone (a backup or
an exported ``audit verify`` result can prove it), except up to the checkpoint below.

Two checks, one code path (``_check``):

- The **full verification** (``verify_all``, ``att-desktop audit verify``) re-hashes every
  event from the first. When it passes it stores a *checkpoint* in the settings table: the
  newest event it verified and that event's hash.
- The **start-up check** (``verify_since_checkpoint``, which ``verify_chain`` is) re-hashes
  only the checkpoint event and the events after it, so it stays quick at millions of events.
  It proves that every event after the checkpoint is unaltered and linked, that the chain
  links to the checkpoint event, and that this event still carries the hash the full
  verification saw. Because each hash covers the one before, that last point also proves
  nobody *rewrote and re-hashed* the older history (the usual way to hide an edit). What it
  cannot see is an older event edited *without* re-hashing (its row no longer matches its
  own hash, but that row is not re-read): only the full verification finds that, so run it
  now and then (``att-desktop audit verify``). Without a checkpoint the start-up check is a
  full verification.

The checkpoint is also a note of how long the history was: if its event has disappeared,
the newest history was cut off, which the chain alone could not show. It lives in an
ordinary table, so someone with SQL access can change it; a checkpoint that does not match
the history is reported, never trusted, and never overwritten until a full verification
of an untouched history passes.

Rows are read with Core ``select`` in batches (keyset paging by id), never as ORM objects, and
re-hashed with the writer's own ``event_digest(prev_hash, hashed_fields(...))``, so memory
stays bounded and the check runs several times faster than loading ``Event`` objects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database, DatabaseError
from att_desktop.db.models import Event
from att_desktop.services.history import hashed_fields, plain_digest
from att_desktop.services.row_audit import RowLedger
from att_desktop.services.settings import get_setting, put_setting

#: Settings key of the checkpoint: ``{"event_id": ..., "hash": ..., "verified_at": ...}``.
CHECKPOINT_KEY = "audit_checkpoint"
#: ``progress(done, total)`` is called after every this many events (and once at the end).
PROGRESS_EVERY = 5000
#: Rows fetched per round trip while streaming the history.
BATCH = 2000

#: ``progress(done, total)``: events checked so far and to check; raise to cancel the check.
Progress = Callable[[int, int], None]
#: A further check run in the full verification's session (anchors, signatures: issue 13);
#: any problem it returns fails the verification and keeps the checkpoint where it was.
ExtraCheck = Callable[[Session], "list[AuditProblem]"]
T = TypeVar("T")


@dataclass(frozen=True)
class AuditProblem:
    #: 0 when the problem is not one event's (an unreadable checkpoint).
    event_id: int
    what: str
    #: The event as the person reading the report recognises it: "status_changed, 2026-03-01".
    label: str = ""

    def __str__(self) -> str:
        if not self.event_id:
            return self.what
        label = f" ({self.label})" if self.label else ""
        return f"event {self.event_id}{label} {self.what}"


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    #: Events re-hashed by this check.
    events_checked: int
    problems: tuple[AuditProblem, ...] = field(default=())
    #: The hash of the newest event: write it down to detect a later truncation.
    head_hash: str = ""
    #: The checkpoint event this check started from; 0 when it re-hashed every event.
    started_at: int = 0
    #: The id of the newest event checked (0: none).
    head_event: int = 0
    #: The event the checkpoint now stands at, if this check (a passing full one) moved it.
    checkpoint_saved: int = 0
    #: Record rows compared with their history (full verification only; ``row_audit``).
    rows_checked: int = 0
    #: Of those, rows from before row digests began (upgrade 0007), not written since.
    rows_before_digests: int = 0
    #: Rows that differ from their history, or are missing from it or from their table.
    rows_differing: int = 0

    @property
    def event_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(p.event_id for p in self.problems if p.event_id))


@dataclass(frozen=True)
class Checkpoint:
    """The newest event a passing full verification saw, and that event's hash."""

    event_id: int
    hash: str
    verified_at: str = ""


class CheckpointUnreadable(ValueError):
    """The stored checkpoint is not what ATT Desktop writes: someone edited the setting."""


def read_checkpoint(session: Session) -> Checkpoint | None:
    """The stored checkpoint, None when no full verification has passed yet."""
    raw = get_setting(session, CHECKPOINT_KEY)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        event_id, digest = data["event_id"], data["hash"]
        if not isinstance(event_id, int) or event_id < 1 or not isinstance(digest, str):
            raise TypeError
        return Checkpoint(event_id, digest, str(data.get("verified_at", "")))
    except (ValueError, TypeError, KeyError) as exc:
        raise CheckpointUnreadable(raw) from exc


_UNREADABLE = AuditProblem(
    0,
    "The verification checkpoint stored in the settings was altered: it is not what ATT "
    "Desktop writes.",
)

_COLUMNS = (
    Event.id,
    Event.occurred_at,
    Event.actor_id,
    Event.actor_name,
    Event.application_id,
    Event.entity,
    Event.entity_id,
    Event.action,
    Event.summary,
    Event.before,
    Event.after,
    Event.reason,
    Event.prev_hash,
    Event.hash,
    Event.rows_sha256,
)


def _check(
    session: Session,
    checkpoint: Checkpoint | None,
    *,
    from_checkpoint: bool,
    progress: Progress | None,
    ledger: RowLedger | None = None,
) -> AuditReport:
    """Re-hash the events in order, from the first or from ``checkpoint``'s event.

    A full run (``from_checkpoint=False``) also compares the checkpoint event's hash on the
    way past, so a history rewritten and re-hashed since the last full verification fails.
    """
    start = checkpoint.event_id if from_checkpoint and checkpoint is not None else 0
    query = select(*_COLUMNS).order_by(Event.id)
    counted = select(func.count()).select_from(Event)
    if start:
        query = query.where(Event.id >= start)
        counted = counted.where(Event.id >= start)
    total = session.scalar(counted) or 0
    problems: list[AuditProblem] = []
    # SQLite gives a new row max(id) + 1, so a gap means a deleted row; PostgreSQL sequences
    # skip numbers on rollback, so there a gap counts only if the chain breaks too.
    dense_ids = session.get_bind().dialect.name == "sqlite"
    previous_hash = ""
    previous_id: int | None = None
    seen_checkpoint = False
    count = 0
    for row in _batches(session, query):
        count += 1
        if ledger is not None:
            ledger.note(row)
        if checkpoint is not None and row.id == checkpoint.event_id:
            seen_checkpoint = True
            if row.hash != checkpoint.hash:
                problems.append(
                    AuditProblem(
                        row.id,
                        "no longer has the hash it had when the history was last verified in "
                        "full: the history up to it was rewritten and re-hashed, or the "
                        "checkpoint was altered",
                        _label(row),
                    )
                )
        if start and count == 1:
            pass  # the checkpoint's own link was proved by the full verification
        elif row.prev_hash != previous_hash or (dense_ids and row.id != (previous_id or 0) + 1):
            broken = row.prev_hash != previous_hash
            what = _link_problem(row.id, previous_id, broken)
            problems.append(AuditProblem(row.id, what, _label(row)))
        if row.hash != plain_digest(row.prev_hash, hashed_fields(row)):
            problems.append(
                AuditProblem(
                    row.id,
                    "was altered after it was recorded: its content does not match its hash",
                    _label(row),
                )
            )
        previous_hash, previous_id = row.hash, row.id
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count, max(total, count))
    if checkpoint is not None and not seen_checkpoint:
        cut = previous_id is None or checkpoint.event_id > previous_id
        problems.append(
            AuditProblem(
                checkpoint.event_id,
                "was verified at the last full verification but is gone: "
                + ("the newest history was removed" if cut else "it was removed"),
            )
        )
    if progress is not None:
        progress(count, max(total, count))
    return AuditReport(
        ok=not problems,
        events_checked=count,
        problems=tuple(problems),
        head_hash=previous_hash,
        started_at=start,
        head_event=previous_id or 0,
    )


def _batches(session: Session, query: Select[Any]) -> Iterator[Row[Any]]:
    """The events in id order, ``BATCH`` at a time by id (keyset paging): plain Core rows in
    bounded memory, and no cursor left open between batches, so a check cancelled half way
    (or a database closed under a background check) leaves nothing behind on the server."""
    last = 0
    while True:
        batch = session.connection().execute(query.where(Event.id > last).limit(BATCH)).all()
        yield from batch
        if len(batch) < BATCH:
            return
        last = batch[-1].id


def _label(row: Row[Any]) -> str:
    """The event as a reader recognises it (made only for a problem: strftime is slow)."""
    return f"{row.action}, {row.occurred_at:%Y-%m-%d %H:%M}"


def _link_problem(event_id: int, previous_id: int | None, broken: bool) -> str:
    """What a missing link (``broken``) or a gap in the ids before ``event_id`` means."""
    expected_id = 1 if previous_id is None else previous_id + 1
    gap = event_id != expected_id
    missing = (
        f"event {expected_id}"
        if event_id == expected_id + 1
        else f"events {expected_id}–{event_id - 1}"
    )
    if not broken:
        return f"follows a gap: {missing} missing"
    if previous_id is None:
        return "links to an earlier event that is gone: the oldest history was removed"
    if gap:
        return f"does not link to event {previous_id}: {missing} removed"
    return (
        f"does not link to event {previous_id}: an event was removed or inserted, "
        "or a hash rewritten"
    )


def _stored_checkpoint(session: Session) -> tuple[Checkpoint | None, list[AuditProblem]]:
    try:
        return read_checkpoint(session), []
    except CheckpointUnreadable:
        return None, [_UNREADABLE]


def verify_events(
    session: Session, progress: Progress | None = None, checks: Sequence[ExtraCheck] = ()
) -> AuditReport:
    """The full check inside a session the caller holds; changes nothing (``att-desktop
    check`` and the self-test use it): the chain, then, if it is intact, every record row
    against the digests its history holds (``row_audit``); ``checks`` (anchors, signatures)
    add their problems after those."""
    checkpoint, problems = _stored_checkpoint(session)
    ledger = RowLedger()
    report = _check(session, checkpoint, from_checkpoint=False, progress=progress, ledger=ledger)
    extra = [problem for check in checks for problem in check(session)]
    if not report.ok:
        # The history that would vouch for the rows is itself broken: that is the finding.
        report = replace(report, problems=(*report.problems, *extra))
        return _with(report, problems)
    rows = ledger.compare(session)
    found = (*(AuditProblem(0, str(finding)) for finding in rows.findings), *extra)
    report = replace(
        report,
        ok=report.ok and not found,
        problems=(*report.problems, *found),
        rows_checked=rows.rows_checked,
        rows_before_digests=rows.rows_before_digests,
        rows_differing=len(rows.findings),
    )
    return _with(report, problems)


def _with(report: AuditReport, problems: list[AuditProblem]) -> AuditReport:
    if not problems:
        return report
    return replace(report, ok=False, problems=(*problems, *report.problems))


def _read(db: Database, fn: Callable[[Session], T]) -> T:
    session = db.sessions()
    try:
        with session.no_autoflush:
            return fn(session)
    finally:
        session.rollback()
        session.close()


def verify_all(
    db: Database, progress: Progress | None = None, checks: Sequence[ExtraCheck] = ()
) -> AuditReport:
    """Re-hash every event from the first; when all is well, move the checkpoint to the newest.

    ``progress(done, total)`` is called every ``PROGRESS_EVERY`` events and may raise to
    cancel (nothing is saved then). If the checkpoint cannot be written (the database is
    locked, say) the report still stands and says ``checkpoint_saved=0``.
    """
    report = _read(db, lambda session: verify_events(session, progress, checks))
    if not report.ok or report.events_checked == 0:
        return report
    try:
        saved = _save_checkpoint(db, report)
    except DatabaseError:
        saved = 0
    return replace(report, checkpoint_saved=saved)


def _save_checkpoint(db: Database, report: AuditReport) -> int:
    """Store the verified head, unless a later full verification already went further."""
    with db.session() as session:
        if session.scalar(select(Event.hash).where(Event.id == report.head_event)) != (
            report.head_hash
        ):
            return 0  # changed since it was read: the next full verification will say how
        try:
            current = read_checkpoint(session)
        except CheckpointUnreadable:
            current = None
        if current is not None and current.event_id >= report.head_event:
            return current.event_id
        value = {
            "event_id": report.head_event,
            "hash": report.head_hash,
            "verified_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        }
        put_setting(session, CHECKPOINT_KEY, json.dumps(value))
        return report.head_event


def verify_since_checkpoint(db: Database, progress: Progress | None = None) -> AuditReport:
    """The quick start-up check: the checkpoint event and every event after it.

    With no checkpoint yet (or an unreadable one) it re-hashes the whole history instead; a
    passing run then stores the first checkpoint, exactly as ``verify_all`` would.
    """
    try:
        checkpoint = _read(db, read_checkpoint)
    except CheckpointUnreadable:
        return _read(db, lambda session: verify_events(session, progress))
    if checkpoint is None:
        return verify_all(db, progress)
    return _read(
        db, lambda session: _check(session, checkpoint, from_checkpoint=True, progress=progress)
    )


def verify_chain(db: Database) -> AuditReport:
    """The start-up check (kept under its old name for the session manager): since the
    checkpoint, see ``verify_since_checkpoint``; reads only once a checkpoint exists."""
    return verify_since_checkpoint(db)


def describe(report: AuditReport) -> list[str]:
    """One line per problem, naming the event: for the CLI and the start-up warning."""
    return [str(p) for p in report.problems]
