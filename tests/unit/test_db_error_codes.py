"""Issue 13 §4: database errors are told apart by the driver's code, never by its text."""

from __future__ import annotations

import sqlite3

import psycopg.errors
import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from att_desktop.db.engine import (
    DatabaseConflictError,
    DatabaseError,
    DatabaseFullError,
    DatabaseIntegrityError,
    DatabaseIOError,
    DatabaseLockedError,
    DatabaseNotOursError,
    DatabaseReadOnlyError,
    _translate,
    error_kind,
)

#: A message that names every old keyword: the code alone must decide.
MISLEADING = "locked busy deadlock detected malformed not a database connection refused"


def _sqlite(code: int) -> OperationalError:
    orig = sqlite3.OperationalError(MISLEADING)
    orig.sqlite_errorcode = code  # type: ignore[attr-defined]
    return OperationalError("UPDATE x", {}, orig)


def _postgres(sqlstate: str) -> OperationalError:
    return OperationalError("UPDATE x", {}, psycopg.errors.lookup(sqlstate)(MISLEADING))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (5, DatabaseLockedError),  # SQLITE_BUSY
        (5 | (3 << 8), DatabaseLockedError),  # SQLITE_BUSY_TIMEOUT
        (517, DatabaseConflictError),  # SQLITE_BUSY_SNAPSHOT: a stale WAL snapshot
        (6, DatabaseLockedError),  # SQLITE_LOCKED
        (13, DatabaseFullError),  # SQLITE_FULL
        (10, DatabaseIOError),  # SQLITE_IOERR
        (10 | (4 << 8), DatabaseIOError),  # SQLITE_IOERR_SHORT_READ
        (8, DatabaseReadOnlyError),  # SQLITE_READONLY
        (8 | (5 << 8), DatabaseReadOnlyError),  # SQLITE_READONLY_DIRECTORY
        (11, DatabaseNotOursError),  # SQLITE_CORRUPT
        (26, DatabaseNotOursError),  # SQLITE_NOTADB
        (19 | (7 << 8), DatabaseIntegrityError),  # SQLITE_CONSTRAINT_TRIGGER
    ],
)
def test_sqlite_result_codes(code: int, expected: type[DatabaseError]) -> None:
    assert type(_translate(_sqlite(code), "register.sqlite3")) is expected


@pytest.mark.parametrize(
    ("sqlstate", "expected"),
    [
        ("40P01", DatabaseConflictError),  # deadlock_detected
        ("40001", DatabaseConflictError),  # serialization_failure
        ("55P03", DatabaseLockedError),  # lock_not_available (lock_timeout)
        ("57014", DatabaseLockedError),  # query_canceled (statement_timeout)
        ("53100", DatabaseFullError),  # disk_full
        ("25006", DatabaseReadOnlyError),  # read_only_sql_transaction
        ("58030", DatabaseIOError),  # io_error
        ("XX001", DatabaseNotOursError),  # data_corrupted
        ("23505", DatabaseIntegrityError),  # unique_violation
        ("P0001", DatabaseIntegrityError),  # raise_exception: an Article 12 trigger
    ],
)
def test_postgres_sqlstates(sqlstate: str, expected: type[DatabaseError]) -> None:
    assert type(_translate(_postgres(sqlstate), "att@server")) is expected


def test_a_deadlock_is_not_reported_as_a_lock_held_by_another_program() -> None:
    """PostgreSQL's deadlock message says "blocked by process": the old text match read
    "locked" in it and told the officer to close the other program."""
    orig = psycopg.errors.DeadlockDetected(
        "deadlock detected\nDETAIL: Process 1 waits for ShareLock on transaction 2; "
        "blocked by process 3."
    )
    error = _translate(OperationalError("UPDATE x", {}, orig), "att@server")
    assert isinstance(error, DatabaseConflictError)
    assert "at the same moment" in str(error) and "Nothing was lost" in str(error)
    assert "Close the other program" not in str(error)


def test_messages_say_what_to_do() -> None:
    assert "full" in str(_translate(_sqlite(13), "f"))
    assert "read-only" in str(_translate(_postgres("25006"), "f"))
    assert "try again" in str(_translate(_sqlite(5), "f")).lower()


def test_no_code_no_kind() -> None:
    """A driver error without a code is not guessed from its words."""
    assert error_kind(OperationalError("x", {}, Exception(MISLEADING))) is None
    assert error_kind(IntegrityError("x", {}, sqlite3.IntegrityError("locked"))) is None
