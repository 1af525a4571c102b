"""Issue 14: ``user deactivate --successor --summary`` hands a leaver's cases over."""

from __future__ import annotations

import io
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.services import accounts, committee
from att_desktop.services.my_work import my_work
from att_desktop.services.work_items import WorkReason
from tests.accounts_helpers import (
    ADMIN_PASSWORD,
    Committee,
    assessed_case,
    committee_db,
    committee_template,
)

__all__ = ["committee_db", "committee_template"]

SUMMARY = "Awaiting the embassy's answer on the end-user certificate."


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_deactivate_refuses_then_hands_over_to_the_successor(
    committee_db: Database,
    committee_template: tuple[object, Committee],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = committee_template[1]
    db = committee_db
    case_id = assessed_case(db, people.officer)
    committee.reassign_case(db, people.officer, case_id, people.officer.user_id, "mine")
    assert db.path is not None
    path = str(db.path)
    db.close()  # the command opens the file itself

    base = ("--db", path, "user", "deactivate", "officer", "--admin", "admin")
    code, _, err = run(monkeypatch, *base)
    assert code == 1 and "open cases: EXP/2026/00001" in err and "Name a successor" in err
    code, _, err = run(monkeypatch, *base, "--successor", "decider", "--summary", "too short")
    assert code == 1 and "at least 20 characters" in err
    code, out, err = run(
        monkeypatch, *base, "--successor", "decider", "--summary", SUMMARY, "--reason", "retired"
    )
    assert code == 0, err
    assert "officer can no longer sign in" in out and "Handed over: EXP/2026/00001" in out

    from att_desktop.db.engine import open_database

    reopened = open_database(db.path)
    try:
        assert not accounts.get_user(reopened, people.officer.user_id).active
        items = [i for i in my_work(reopened, people.decider) if i.reason is WorkReason.HANDED_OVER]
        assert [i.detail for i in items] == [f"Officer: {SUMMARY}"]
    finally:
        reopened.close()
