"""Allocating case references: unique even when two workstations save at the same moment.

The counter is bumped with a single ``UPDATE ... RETURNING``: the database serialises it
(SQLite's write lock, PostgreSQL's row lock), so no two transactions read the same value.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import ReferenceCounter
from att_desktop.domain.enums import TransferType
from att_desktop.domain.references import (
    PREFIXES,
    format_reference,
    parse_reference,
    validate_pattern,
)
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import REFERENCE_PATTERN, change_setting, get_setting


def ensure_counter(session: Session, prefix: str, year: int) -> None:
    dialect = session.get_bind().dialect.name
    values = {"prefix": prefix, "year": year, "last_value": 0}
    if dialect == "sqlite":
        session.execute(sqlite_insert(ReferenceCounter).values(values).on_conflict_do_nothing())
    elif dialect == "postgresql":
        session.execute(pg_insert(ReferenceCounter).values(values).on_conflict_do_nothing())
    else:  # pragma: no cover - only the two supported engines exist
        session.execute(insert(ReferenceCounter).values(values))


def next_sequence(session: Session, prefix: str, year: int) -> int:
    ensure_counter(session, prefix, year)
    value = session.execute(
        update(ReferenceCounter)
        .where(ReferenceCounter.prefix == prefix, ReferenceCounter.year == year)
        .values(last_value=ReferenceCounter.last_value + 1)
        .returning(ReferenceCounter.last_value)
    ).scalar_one()
    return int(value)


def lock_counters(session: Session, keys: Iterable[tuple[str, int]]) -> None:
    """Lock the (prefix, year) counters a unit of work will use, in one order (sorted), before
    it takes any other lock (``history.LOCK_ORDER``): an import that numbers export and import
    cases then never holds one counter while waiting for another that a registration holds."""
    for prefix, year in sorted(set(keys)):
        ensure_counter(session, prefix, year)
        session.execute(
            select(ReferenceCounter.last_value)
            .where(ReferenceCounter.prefix == prefix, ReferenceCounter.year == year)
            .with_for_update()
        )


def counter_keys(
    session: Session, cases: Iterable[tuple[TransferType, int, str | None]]
) -> set[tuple[str, int]]:
    """The counters that registering these (transfer type, year, own reference or None)
    cases will touch: the one that numbers each, or the ones an own reference is kept from."""
    pattern = get_setting(session, REFERENCE_PATTERN)
    keys: set[tuple[str, int]] = set()
    for transfer_type, year, reference in cases:
        if reference is None:
            keys.add((PREFIXES[transfer_type], year))
            continue
        parsed = parse_reference(pattern, reference)
        if parsed is not None:
            prefix, ref_year, _ = parsed
            keys.update((p, ref_year) for p in ([prefix] if prefix else PREFIXES.values()))
    return keys


def allocate_reference(session: Session, transfer_type: TransferType, year: int) -> str:
    pattern = get_setting(session, REFERENCE_PATTERN)
    seq = next_sequence(session, PREFIXES[transfer_type], year)
    return format_reference(pattern, transfer_type, year, seq)


def reserve_reference(session: Session, reference: str) -> None:
    """Make sure the counter will never hand out ``reference`` (an imported one) again."""
    parsed = parse_reference(get_setting(session, REFERENCE_PATTERN), reference)
    if parsed is None:
        return
    prefix, year, seq = parsed
    # A pattern without {prefix} shares one number space between the transfer types.
    for counter in [prefix] if prefix else sorted(PREFIXES.values()):
        ensure_counter(session, counter, year)
        session.execute(
            update(ReferenceCounter)
            .where(
                ReferenceCounter.prefix == counter,
                ReferenceCounter.year == year,
                ReferenceCounter.last_value < seq,
            )
            .values(last_value=seq)
        )


def set_reference_pattern(db: Database, pattern: str, *, actor: Actor = LOCAL_OFFICER) -> None:
    """Case numbering is reference data: an administrator changes it, and the history says so."""
    validate_pattern(pattern)
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        change_setting(
            session, actor, REFERENCE_PATTERN, pattern, f"Case reference pattern set to {pattern}"
        )


def reference_pattern(db: Database) -> str:
    with db.session() as session:
        return get_setting(session, REFERENCE_PATTERN)
