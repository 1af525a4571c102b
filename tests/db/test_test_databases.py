"""The test databases themselves: each test's is its own, empty, and at the newest schema.

SQLite test databases are copies of one template migrated once per session (see
tests/conftest.py); these tests make sure a copy is a real ATT Desktop database and that no
test's writes reach the template or another test.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from att_desktop.db.engine import Database, current_revision, head_revision, open_database
from att_desktop.db.models import Application, Event
from att_desktop.services import cases
from tests.conftest import FreshSqlite
from tests.factories import application


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_cases(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(Application.id))) or 0)


def test_a_copy_is_a_complete_database_at_the_newest_schema(
    fresh_sqlite: FreshSqlite, sqlite_template: Path, tmp_path: Path
) -> None:
    beside = [p.name for p in sqlite_template.parent.iterdir() if p.is_file()]
    assert beside == ["template.sqlite3"]  # one self-contained file: no -wal or -shm state
    db = open_database(fresh_sqlite(tmp_path / "copy.sqlite3"))
    try:
        assert db.path == (tmp_path / "copy.sqlite3").resolve()
        assert not db.created and db.pre_upgrade_backup is None  # nothing left to migrate
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert count_cases(db) == 0
        cases.create_application(db, application())
        with pytest.raises(SADatabaseError), db.session() as session:  # Article 12 triggers
            session.execute(text("DELETE FROM events"))
    finally:
        db.close()


def test_writes_to_one_copy_reach_neither_the_template_nor_another_copy(
    fresh_sqlite: FreshSqlite, sqlite_template: Path, tmp_path: Path
) -> None:
    before = digest(sqlite_template)
    first = open_database(fresh_sqlite(tmp_path / "first.sqlite3"))
    try:
        cases.create_application(first, application())
        second = open_database(fresh_sqlite(tmp_path / "second.sqlite3"))
        try:
            assert count_cases(first) == 1
            assert count_cases(second) == 0
            created = cases.create_application(second, application())
            assert created.reference == "EXP/2026/00001"  # its own reference counter too
            with second.session() as session:
                assert session.scalar(select(func.count(Event.id))) == 1
        finally:
            second.close()
    finally:
        first.close()
    assert digest(sqlite_template) == before
    with pytest.raises(FileExistsError):
        fresh_sqlite(tmp_path / "first.sqlite3")  # never over a database in use


@pytest.mark.parametrize("run", [1, 2, 3])
def test_each_test_starts_from_an_empty_database(db: Database, run: int) -> None:
    """Three runs in a row of one test: a case left by an earlier run would be counted."""
    assert count_cases(db) == 0
    case = cases.create_application(db, application())
    assert case.reference == "EXP/2026/00001"
    assert count_cases(db) == 1
