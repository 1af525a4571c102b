"""Audit verification (tampering behind the app's back) and the account commands."""

from __future__ import annotations

import io
import sqlite3
import sys
from contextlib import closing, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.services import accounts
from att_desktop.services.audit import verify_chain
from tests.accounts_helpers import ADMIN_PASSWORD, committee_db, committee_template
from tests.conftest import FreshSqlite

__all__ = ["committee_db", "committee_template"]


def _tamper(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_an_intact_history_verifies(committee_db: Database) -> None:
    report = verify_chain(committee_db)
    assert report.ok and report.events_checked > 10 and not report.problems


def test_a_row_altered_behind_the_apps_back_is_named(committee_db: Database) -> None:
    assert committee_db.path is not None
    _tamper(
        committee_db.path,
        "DROP TRIGGER events_append_only",
        "UPDATE events SET summary = 'nothing happened' WHERE id = 4",
    )
    report = verify_chain(committee_db)
    assert not report.ok
    assert report.event_ids == (4,)
    assert "altered after it was recorded" in report.problems[0].what


def test_a_rewritten_hash_breaks_the_next_link(committee_db: Database) -> None:
    assert committee_db.path is not None
    _tamper(
        committee_db.path,
        "DROP TRIGGER events_append_only",
        "UPDATE events SET hash = 'forged' WHERE id = 6",
    )
    report = verify_chain(committee_db)
    assert report.event_ids == (6, 7)
    assert "does not link to event 6" in report.problems[-1].what


def test_deleted_rows_are_found(committee_db: Database) -> None:
    assert committee_db.path is not None
    _tamper(
        committee_db.path,
        "DROP TRIGGER retain_events",
        "DELETE FROM events WHERE id IN (5, 6)",
        "DELETE FROM events WHERE id = 1",
    )
    report = verify_chain(committee_db)
    assert report.event_ids == (2, 7)
    assert "oldest history was removed" in report.problems[0].what
    assert "events 5–6 removed" in report.problems[1].what


def test_audit_verify_command(committee_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = committee_db.path
    assert path is not None
    code, out, _ = run(monkeypatch, "audit", "verify", "--db", str(path))
    assert code == 0 and "intact" in out
    _tamper(path, "DROP TRIGGER events_append_only", "UPDATE events SET reason='x' WHERE id=3")
    code, _, err = run(monkeypatch, "audit", "verify", "--db", str(path))
    assert code == 1
    assert "TAMPERED WITH: problems at event(s) 3" in err
    assert "event 3 (" in err


def test_user_and_agency_commands(
    fresh_sqlite: FreshSqlite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(fresh_sqlite(tmp_path / "cli.sqlite3"))
    code, _, err = run(
        monkeypatch,
        "user",
        "add",
        "boss",
        "--name",
        "B",
        "--role",
        "focal_point",
        "--db",
        db,
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 1 and "first one must be an administrator" in err
    code, out, _ = run(
        monkeypatch,
        "--db",
        db,
        "user",
        "add",
        "boss",
        "--name",
        "Bo Boss",
        "--role",
        "administrator",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0 and "first administrator" in out
    code, out, _ = run(
        monkeypatch,
        "--db",
        db,
        "agency",
        "add",
        "MFA",
        "Foreign Affairs",
        "--admin",
        "boss",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, out
    code, out, _ = run(
        monkeypatch,
        "--db",
        db,
        "user",
        "add",
        "mei",
        "--name",
        "Mei Chen",
        "--role",
        "committee_member",
        "--agency",
        "mfa",
        "--admin",
        "boss",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0 and "One-time password: " in out
    temporary = out.split("One-time password: ")[1].split()[0]
    code, _, err = run(
        monkeypatch,
        "--db",
        db,
        "user",
        "reset-password",
        "mei",
        "--admin",
        "boss",
        stdin="wrong\n",
    )
    assert code == 1 and "wrong password" in err
    code, out, _ = run(monkeypatch, "--db", db, "user", "list")
    assert code == 0
    assert "mei" in out and "committee_member  MFA" in out and "must change password" in out
    code, out, _ = run(
        monkeypatch,
        "--db",
        db,
        "user",
        "reset-password",
        "mei",
        "--admin",
        "boss",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0 and temporary not in out
    code, idle_out, _ = run(
        monkeypatch,
        "--db",
        db,
        "user",
        "idle-lock",
        "3",
        "--admin",
        "boss",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0 and "after 3 idle minutes" in idle_out
    code, _, err = run(
        monkeypatch,
        "--db",
        db,
        "user",
        "idle-lock",
        "999",
        "--admin",
        "boss",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 1 and "between 1 and 240" in err
    from att_desktop.db.engine import open_database

    database = open_database(db)
    try:
        new = out.split("One-time password: ")[1].split()[0]
        assert accounts.sign_in(database, "mei", new).must_change_password
    finally:
        database.close()


def test_an_administrator_grants_and_revokes_the_records_migration_right_from_the_cli(
    committee_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13 §1: importing historical decisions is a right granted by name, for a period,
    with a reason in the history; never to oneself."""
    from datetime import date, timedelta

    from att_desktop.services.migration_rights import list_migration_grants

    assert committee_db.path is not None
    db = str(committee_db.path)
    until = (date.today() + timedelta(days=30)).isoformat()
    grant = ("user", "grant-migration", "--db", db, "--until", until, "--admin", "admin")
    code, _, err = run(
        monkeypatch, *grant, "admin", "--reason", "Self", stdin=ADMIN_PASSWORD + "\n"
    )
    assert code != 0 and "cannot grant" in err
    code, out, err = run(
        monkeypatch,
        *grant,
        "officer",
        "--reason",
        "Migrating the 2015-2020 paper register",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, err
    assert f"officer may import historical decisions until {until}" in out
    assert [g.username for g in list_migration_grants(committee_db)] == ["officer"]
    code, out, err = run(
        monkeypatch,
        "user",
        "revoke-migration",
        "officer",
        "--db",
        db,
        "--reason",
        "Migration finished",
        "--admin",
        "admin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, err
    assert list_migration_grants(committee_db) == ()
