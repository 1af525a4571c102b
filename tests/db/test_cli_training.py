"""``att-desktop user training add|list`` (issue 14): the training register, headless."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from att_desktop.db.engine import Database
from att_desktop.services import accounts
from tests.accounts_helpers import ADMIN_PASSWORD, PASSWORD, committee_db, committee_template
from tests.db.test_audit_and_admin_cli import run

__all__ = ["committee_db", "committee_template"]


def test_an_administrator_adds_training_and_the_person_lists_it(
    committee_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert committee_db.path is not None
    path = str(committee_db.path)
    committee_db.close()
    completed = (date.today() - timedelta(days=10)).isoformat()
    add = ("--db", path, "user", "training", "add", "officer", "--topic", "gbv")
    course = ("--title", "GBV in risk assessment", "--completed", completed)
    code, _, err = run(monkeypatch, *add, *course, "--admin", "officer", stdin=PASSWORD + "\n")
    assert code == 1 and "Only an administrator" in err
    code, _, err = run(
        monkeypatch,
        *add,
        "--title",
        "Too early",
        "--completed",
        (date.today() + timedelta(days=1)).isoformat(),
        "--admin",
        "admin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 1 and "cannot be in the future" in err
    listing = ("--db", path, "user", "training", "list", "officer", "--as", "officer")
    code, out, _ = run(monkeypatch, *listing, stdin=PASSWORD + "\n")
    assert code == 0 and "No training recorded for officer" in out and "none valid" in out
    code, out, _ = run(
        monkeypatch,
        *add,
        *course,
        "--provider",
        "Control Arms",
        "--admin",
        "admin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0 and "Recorded for officer: GBV in risk assessment" in out, out
    code, out, _ = run(monkeypatch, *listing, stdin=PASSWORD + "\n")
    assert code == 0 and "GBV in risk assessment (Control Arms)" in out
    assert "GBV training: valid today." in out
    code, _, err = run(
        monkeypatch,
        "--db",
        path,
        "user",
        "training",
        "list",
        "officer",
        "--as",
        "decider",
        stdin=PASSWORD + "\n",
    )
    assert code == 1 and "Only an administrator" in err


def test_training_needs_an_existing_person(
    committee_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert committee_db.path is not None and accounts.list_users(committee_db)
    path = str(committee_db.path)
    committee_db.close()
    code, _, err = run(
        monkeypatch,
        "--db",
        path,
        "user",
        "training",
        "list",
        "nobody",
        "--as",
        "admin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 1 and "There is no user called nobody" in err


def test_the_consultation_setting_is_changed_headless(
    committee_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from att_desktop.cli_context import EXIT_ERROR, PASSWORD_ENV
    from att_desktop.services.gbv_consultation import consultation_policy

    assert committee_db.path is not None
    path = str(committee_db.path)
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    code, _, err = run(
        monkeypatch, "--db", path, "settings", "--gbv-consultation", "optional", "--user", "officer"
    )
    assert code == EXIT_ERROR and "Only an administrator" in err
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    code, out, _ = run(
        monkeypatch, "--db", path, "settings", "--gbv-consultation", "optional", "--user", "admin"
    )
    assert code == 0 and "gender adviser consultation: optional" in out
    assert consultation_policy(committee_db) == "optional"
