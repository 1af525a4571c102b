"""``att-desktop restore BACKUP``: a SQLite backup put back only once it passes every check.

SQLite only (PostgreSQL is restored with pg_restore into an empty database). Before issue 13
there was no restore command at all: each test below failed with a usage error.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.cli_context import PASSWORD_ENV
from att_desktop.db.engine import open_database
from att_desktop.services import cases
from att_desktop.services.integrity import check_database
from tests.accounts_helpers import ADMIN_PASSWORD, PASSWORD, committee
from tests.conftest import FreshSqlite
from tests.factories import application

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def database(fresh_sqlite: FreshSqlite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A register with the committee's accounts and one case, its administrator signed in."""
    path = fresh_sqlite(tmp_path / "register.sqlite3")
    db = open_database(path)
    try:
        people = committee(db)
        cases.create_application(db, application(), actor=people.officer.actor)
    finally:
        db.close()
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    return path


def _backup(run: Run, database: Path, out: Path) -> Path:
    code, _, err = run("backup", "--db", str(database), "--out", str(out))
    assert code == 0, err
    return out


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_case(path: Path) -> None:
    db = open_database(path)
    try:
        from att_desktop.services.accounts import sign_in

        officer = sign_in(db, "officer", PASSWORD)
        cases.create_application(db, application(), actor=officer.actor)
    finally:
        db.close()


def test_restore_puts_the_checked_backup_in_place_and_keeps_the_replaced_file(
    run: Run, database: Path, tmp_path: Path
) -> None:
    backup = _backup(run, database, tmp_path / "copy.sqlite3")
    before = _digest(backup)
    _add_case(database)  # work done after the backup...
    assert _rows(database, "SELECT count(*) FROM applications") == [(2,)]

    code, out, err = run("restore", str(backup), "--db", str(database), "--user", "admin")
    assert code == 0, err
    assert "passed every check" in out
    # ...is in the kept file, not in the restored database.
    (kept,) = tmp_path.glob("register.sqlite3.before-restore-*")
    assert kept.name in out
    assert _rows(kept, "SELECT count(*) FROM applications") == [(2,)]
    assert _rows(database, "SELECT count(*) FROM applications") == [(1,)]
    assert _digest(backup) == before  # the backup itself is never touched
    assert not list(tmp_path.glob(".register.sqlite3.*"))  # no staging file left behind

    # The restore is in the restored database's history, by the administrator, and that
    # history still verifies.
    (last,) = _rows(
        database, "SELECT action, actor_name, summary FROM events ORDER BY id DESC LIMIT 1"
    )
    assert last == (
        "database_restored",
        "Ana Admin",
        "Database restored from the backup copy.sqlite3",
    )
    assert check_database(database).ok


def test_a_backup_that_fails_its_checks_is_refused_and_nothing_changes(
    run: Run, database: Path, tmp_path: Path
) -> None:
    backup = _backup(run, database, tmp_path / "forged.sqlite3")
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("DROP TRIGGER events_append_only")
        conn.execute("UPDATE events SET summary = 'nothing happened' WHERE id = 4")
        conn.commit()
    unchanged = _digest(database)

    code, _, err = run("restore", str(backup), "--db", str(database), "--user", "admin")
    assert code == 1
    assert "fails its checks" in err and "event 4" in err
    assert _digest(database) == unchanged
    assert not list(tmp_path.glob("register.sqlite3.before-restore-*"))
    assert not list(tmp_path.glob(".register.sqlite3.*"))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("UPDATE alembic_version SET version_num = '9999'", "newer version"),
        ("DROP TABLE alembic_version", "not an ATT Desktop database"),
    ],
)
def test_a_backup_of_another_schema_is_refused(
    run: Run, database: Path, tmp_path: Path, damage: str, message: str
) -> None:
    backup = _backup(run, database, tmp_path / "other.sqlite3")
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute(damage)
        conn.commit()
    unchanged = _digest(database)
    code, _, err = run("restore", str(backup), "--db", str(database), "--user", "admin")
    assert code != 0 and message in err
    assert _digest(database) == unchanged


def test_a_file_that_is_not_a_backup_is_refused(run: Run, database: Path, tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    code, _, err = run("restore", str(junk), "--db", str(database), "--user", "admin")
    assert code == 2 and "not an ATT Desktop backup" in err


def test_restore_is_refused_while_another_program_has_the_database_open(
    run: Run, database: Path, tmp_path: Path
) -> None:
    backup = _backup(run, database, tmp_path / "copy.sqlite3")
    other = open_database(database)  # the app, idle, on the same file
    try:
        with other.session() as session:
            session.execute(cases_count_sql())
        code, _, err = run("restore", str(backup), "--db", str(database), "--user", "admin")
    finally:
        other.close()
    assert code == 2 and "open in another program" in err
    assert not list(tmp_path.glob("register.sqlite3.before-restore-*"))
    assert _rows(database, "SELECT count(*) FROM applications") == [(1,)]


def cases_count_sql() -> object:
    from sqlalchemy import text

    return text("SELECT count(*) FROM applications")


def test_only_an_administrator_restores_a_database_with_accounts(
    run: Run, database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = _backup(run, database, tmp_path / "copy.sqlite3")
    unchanged = _digest(database)
    code, _, err = run("restore", str(backup), "--db", str(database))
    assert code == 1 and "sign in" in err.lower()
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    code, _, err = run("restore", str(backup), "--db", str(database), "--user", "officer")
    assert code == 1, err
    assert _digest(database) == unchanged
    assert not list(tmp_path.glob("register.sqlite3.before-restore-*"))
