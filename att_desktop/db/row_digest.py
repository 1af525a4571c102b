"""One canonical digest per record row, so the history can vouch for the rows themselves.

The hash chain proves the *events* were not altered; it says nothing about a row changed
behind the app's back with SQL while the events stay untouched. So every event carries, in
``events.rows_sha256``, the digest of each record row written since the event before it in
the same transaction (``{"applications/12": "<sha256>", ...}``), and ``audit verify`` compares
every row of the tables below with the newest digest the history holds for it.

``row_digest`` is the one function used both when the event is written and when the row is
verified, always on the row as the database returns it (a Core ``select``), never on the
values the writer meant to store, so both sides see the same types.

The session hook below only *notes* which record rows a flush wrote (``touched``); the
services' ``record_event`` turns the notes into digests.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

#: Record tables whose rows the history vouches for, and the columns it does not: values the
#: app changes without an event by design (failed sign-ins and the lock they cause), and
#: lookup keys derived from a vouched-for column (the end-user certificate number's key,
#: migration 0016, filled in for existing rows without an event; ``att-desktop check``
#: recomputes it from the number, so a key changed behind the app's back is still found).
SEALED: dict[str, frozenset[str]] = {
    "agencies": frozenset(),
    "users": frozenset({"failed_attempts", "locked_until"}),
    "organisations": frozenset(),
    "applications": frozenset({"euc_number_key"}),
    "parties": frozenset(),
    "transit_states": frozenset(),
    "line_items": frozenset(),
    "documents": frozenset(),
    "assessments": frozenset(),
    "assessment_findings": frozenset(),
    "mitigation_measures": frozenset(),
    "review_requests": frozenset(),
    "opinions": frozenset(),
    "committee_sessions": frozenset(),
    "decisions": frozenset(),
    "licences": frozenset(),
    "licence_lines": frozenset(),
    "shipments": frozenset(),
    "shipment_lines": frozenset(),
    "denial_notices": frozenset(),
    "exchange_rates": frozenset(),
    "notes": frozenset(),
    "settings": frozenset(),
    "licence_obligations": frozenset(),
    "destination_entries": frozenset(),
    # Diversion and breach incidents (issue 14).
    "incidents": frozenset(),
    "incident_parties": frozenset(),
    "incident_licences": frozenset(),
    "report_submissions": frozenset(),
    "report_contributions": frozenset(),
    "report_choices": frozenset(),
    "report_versions": frozenset(),
    "report_files": frozenset(),
    "report_clarifications": frozenset(),
    "licence_change_requests": frozenset(),
    "case_handovers": frozenset(),
    "consultation_rules": frozenset(),
    "review_deadlines": frozenset(),
    # Issue 14: GBV consultation, the training register, end-user certificate checks.
    "gbv_consultations": frozenset(),
    "training_records": frozenset(),
    "euc_checks": frozenset(),
    # The UN Register report's background information (issue 16).
    "unroca_background": frozenset(),
}

#: Columns a later migration adds to a sealed table, with the value it gives existing rows:
#: a column holding that value is left out of the digest (at write and at verify time alike),
#: so the digests recorded before the migration still match the rows it did not change. A
#: migration that adds a column to a table in ``SEALED`` must add it here, e.g.
#: ``{"users": {"public_key": None}}``.
ADDED_LATER: dict[str, dict[str, Any]] = {
    # Migration 0012 (issue 14): agency mandates.
    "agencies": {"mandate": "", "contact_name": "", "contact": "", "questions": []},
    # Migration 0018 (issue 16): the denial criteria of the national framework.
    "decisions": {"denial_criteria": {}},
}

#: Settings rows that are not part of the record: the audit checkpoint vouches for itself
#: (a full verification compares it with the history) and is written by the verification.
UNSEALED_SETTINGS = frozenset({"audit_checkpoint"})

#: ``session.info`` key of the record rows flushed but not yet vouched for by an event.
TOUCHED = "att_rows_touched"


def row_key(table: str, pk: object) -> str:
    """How a row is named in ``events.rows_sha256`` and in the audit's findings."""
    return f"{table}/{pk}"


def pk_column(table: str) -> str:
    return "key" if table == "settings" else "id"


#: Values that are their own JSON (exact types: a StrEnum member is not one of them).
_AS_IS = frozenset({str, int, bool, float, type(None)})


def _plain(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value else str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):  # a stored file: its digest stands for it
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def row_digest(table: str, row: Mapping[Any, Any]) -> str:
    """SHA-256 of the row's vouched-for columns (name and value), canonical JSON, the table
    named first so the same values in another table give another digest."""
    skip = SEALED[table]
    later = ADDED_LATER.get(table)
    fields = {
        str(name): _plain(value)
        for name, value in row.items()
        if name not in skip and not (later and name in later and later[name] == value)
    }
    payload = table + "\n" + _CANONICAL.encode(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _sealed_change(state: Any, skip: frozenset[str]) -> bool:
    """Did the flush change a vouched-for column of this (dirty) object?"""
    for attr in state.mapper.column_attrs:
        if attr.columns[0].name in skip:
            continue
        if state.attrs[attr.key].history.has_changes():
            return True
    return False


@event.listens_for(Session, "after_flush")
def _note_touched(session: Session, _flush: UOWTransaction) -> None:
    """Note the record rows this flush inserted or changed (their state is still pre-flush
    here, so an attribute's history says whether a vouched-for column changed)."""
    touched: set[tuple[str, object]] | None = None
    written = [(obj, False) for obj in session.new] + [(obj, True) for obj in session.dirty]
    for obj, dirty in written:
        state = inspect(obj)
        table = getattr(state.mapper.local_table, "name", "")
        if table not in SEALED:
            continue
        if dirty and not _sealed_change(state, SEALED[table]):
            continue
        pk = getattr(obj, pk_column(table))
        if table == "settings" and pk in UNSEALED_SETTINGS:
            continue
        if touched is None:
            touched = session.info.setdefault(TOUCHED, set())
        touched.add((table, pk))


def note_written(session: Session, table: str, pks: Iterable[object]) -> None:
    """Note rows a bulk (Core) statement wrote, which the flush hook cannot see: the next event
    (or the commit) vouches for them."""
    session.info.setdefault(TOUCHED, set()).update((table, pk) for pk in pks)
