"""Issue 13 §4: real lock waits, deadlocks and a full disk, each explained by its driver code."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from att_desktop.db.engine import (
    Database,
    DatabaseConflictError,
    DatabaseFullError,
    DatabaseLockedError,
    open_database,
)
from att_desktop.db.models import ReferenceCounter
from att_desktop.services import cases
from att_desktop.services.errors import ConcurrentEditError
from att_desktop.services.history import CHAIN_LOCK_KEY
from att_desktop.services.references import ensure_counter
from tests.factories import application


def test_a_lock_held_past_the_timeout_says_locked_not_conflict(db_url: str) -> None:
    """Another program holds the write lock (SQLite) or the chain (PostgreSQL)."""
    patient = open_database(db_url, busy_timeout=0.5)
    holder = open_database(db_url)
    try:
        with holder.engine.connect() as conn:
            if holder.is_postgres:
                conn.exec_driver_sql(f"SELECT pg_advisory_lock({CHAIN_LOCK_KEY})")
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseLockedError) as caught:
                cases.create_application(patient, application())
            conn.rollback()
            if holder.is_postgres:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({CHAIN_LOCK_KEY})")
        assert type(caught.value) is DatabaseLockedError
        assert "locked by another program" in str(caught.value)
        cases.create_application(patient, application())  # once released, it saves
    finally:
        patient.close()
        holder.close()


def test_a_real_deadlock_is_a_conflict_to_retry(db: Database) -> None:
    """Two transactions lock two counters in opposite orders: PostgreSQL breaks the circle
    with SQLSTATE 40P01, which reaches the officer as "try again", not "close the other
    program" (the old text match made this branch unreachable)."""
    if not db.is_postgres:
        pytest.skip("SQLite has one writer at a time: it cannot deadlock on rows")
    with db.session() as session:
        ensure_counter(session, "AAA", 2026)
        ensure_counter(session, "BBB", 2026)
    barrier = threading.Barrier(2, timeout=30)
    errors: list[BaseException] = []

    def lock(first: str, second: str) -> None:
        try:
            with db.session() as session:
                for n, prefix in enumerate((first, second)):
                    session.execute(
                        select(ReferenceCounter)
                        .where(ReferenceCounter.prefix == prefix)
                        .with_for_update()
                    )
                    if n == 0:
                        barrier.wait()
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=lock, args=order) for order in (("AAA", "BBB"), ("BBB", "AAA"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(errors) == 1, errors
    assert type(errors[0]) is DatabaseConflictError
    assert "at the same moment" in str(errors[0])


def test_a_full_disk_is_said_plainly(tmp_path: Path) -> None:
    """SQLite's SQLITE_FULL, provoked by capping the file's size (max_page_count)."""
    database = open_database(tmp_path / "full.sqlite3")
    try:
        with pytest.raises(DatabaseFullError) as caught, database.session() as session:
            pages = session.execute(text("PRAGMA page_count")).scalar_one()
            session.execute(text(f"PRAGMA max_page_count = {pages}"))
            for n in range(200):
                cases.insert_application(session, application(intended_end_use="x" * 2000 + str(n)))
        assert "disk" in str(caught.value) and "full" in str(caught.value)
    finally:
        database.close()


def test_an_edit_overtaken_between_reading_and_writing_is_a_concurrent_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite has no row lock: another workstation can save the case after this one read it
    and before it writes. Before: SQLAlchemy's PendingRollbackError (the refusal read the
    case's reference from a row the failed flush had expired)."""
    mine = open_database(tmp_path / "shared.sqlite3")
    theirs = open_database(tmp_path / "shared.sqlite3")
    try:
        case = cases.create_application(mine, application())
        opened = cases.get_case(mine, case.id)
        original = cases.refresh_summary
        overtaken = []

        def others_save_first(app: object) -> None:
            if not overtaken:
                overtaken.append(True)
                other = cases.get_case(theirs, case.id)
                cases.update_application(theirs, other, replace(other.to_input(), euc_number="E-9"))
            original(app)  # type: ignore[arg-type]

        monkeypatch.setattr(cases, "refresh_summary", others_save_first)
        with pytest.raises(ConcurrentEditError, match="saved by someone else a moment ago"):
            cases.update_application(
                mine, opened, replace(opened.to_input(), intended_end_use="Coast guard")
            )
        assert cases.get_case(mine, case.id).euc_number == "E-9"
    finally:
        mine.close()
        theirs.close()


def test_sqlite_codes_reach_the_classifier(tmp_path: Path) -> None:
    """The driver really carries the code the classifier reads (Python 3.11+)."""
    path = tmp_path / "codes.sqlite3"
    a, b = sqlite3.connect(path, timeout=0), sqlite3.connect(path, timeout=0)
    try:
        a.execute("CREATE TABLE t (x)")
        a.commit()
        a.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError) as caught:
            b.execute("BEGIN IMMEDIATE")
        assert caught.value.sqlite_errorname == "SQLITE_BUSY"
    finally:
        a.close()
        b.close()
