"""``att-desktop follow-up``: list the overdue certificates, record one received, plan and
record a visit, change the rule; refused without the right, as in the window."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.services import follow_up
from tests.accounts_helpers import ADMIN_PASSWORD, PASSWORD, committee
from tests.conftest import FreshSqlite
from tests.follow_up_helpers import licensed, shipped

TODAY = date.today()


def test_follow_up_commands(
    fresh_sqlite: FreshSqlite,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        people = committee(db)
        _, licence_id = licensed(db, people)
        shipped(db, people.officer, licence_id, TODAY - timedelta(days=100), "CUS-123")
        shipped(db, people.officer, licence_id, TODAY, "CUS-124")
        number = follow_up.list_obligations(db)[0].licence_number
        first = follow_up.list_obligations(db)[0].id
    finally:
        db.close()
    base = ["--db", str(path), "follow-up"]

    assert main([*base, "list", "--overdue"]) == 0
    out = capsys.readouterr().out
    assert f"#{first}\t{number}" in out and "OVERDUE" in out and "shipment CUS-123" in out
    assert "CUS-124" not in out and "1 obligation(s)." in out
    assert main([*base, "list", "--licence", number, "--kind", "delivery_certificate"]) == 0
    assert "2 obligation(s)." in capsys.readouterr().out

    receive = [*base, "receive", str(first), "--on", TODAY.isoformat(), "--reference", "DVC 9"]
    assert main(receive) == 1
    assert "sign in first" in capsys.readouterr().err
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", PASSWORD)
    assert main([*receive, "--user", "mfa.member"]) == 1
    capsys.readouterr()
    bad = [*base, "receive", str(first), "--on", "2099-01-01", "--reference", "DVC 9"]
    assert main([*bad, "--user", "officer"]) == 1
    assert "is in the future" in capsys.readouterr().err
    assert main([*receive, "--user", "officer"]) == 0
    assert "fulfilled on" in capsys.readouterr().out
    assert main([*base, "list", "--overdue"]) == 0
    assert "0 obligation(s)." in capsys.readouterr().out

    plan = [*base, "visit", "--plan", number, "--on", TODAY.isoformat(), "--visitors", "Attaché"]
    assert main([*plan, "--user", "officer"]) == 0
    visit_id = capsys.readouterr().out.split("\t")[0].lstrip("#")
    done = [*base, "visit", visit_id, "--on", TODAY.isoformat(), "--visitors", "Attaché"]
    found = ["--outcome", "breach_found", "--findings", "Rifles missing", "--user", "officer"]
    assert main([*done, *found]) == 0
    captured = capsys.readouterr()
    assert "BREACH FOUND" in captured.out and "record an incident" in captured.err

    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", ADMIN_PASSWORD)
    assert main([*base, "settings", "--days", "60", "--rule", "all", "--user", "admin"]) == 0
    assert "owed for all licences, due 60 days" in capsys.readouterr().out
