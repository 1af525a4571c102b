"""``att-desktop agency show|set-mandate|rules list|add|remove`` (cli_agencies.py, issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.services import accounts, consultation
from tests.accounts_helpers import ADMIN_PASSWORD
from tests.conftest import FreshSqlite


def test_mandates_and_rules_from_the_command_line(
    fresh_sqlite: FreshSqlite,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
        accounts.add_agency(db, admin, "CUS", "Customs")
    finally:
        db.close()
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", ADMIN_PASSWORD)
    base = ["--db", str(path), "agency"]
    assert main([*base, "rules", "list"]) == 0
    out = capsys.readouterr().out
    assert "any case with transit or trans-shipment States → CUS (in force)" in out
    assert "→ GEN (no agency GEN yet)" in out

    assert (
        main(
            [
                *base,
                "set-mandate",
                "cus",
                "--mandate",
                "Border control of arms in transit.",
                "--contact",
                "arms@customs.example",
                "--question",
                "Is the route controllable?",
                "--user",
                "admin",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *base,
                "rules",
                "add",
                "CUS",
                "--transfer",
                "brokering",
                "--destination",
                "ml",
                "--note",
                "Brokers to Mali",
                "--user",
                "admin",
            ]
        )
        == 0
    )
    added = capsys.readouterr().out
    assert "brokering to ML → CUS" in added
    rule_id = int(added.split("Added rule ", 1)[1].split(":", 1)[0])

    assert main([*base, "show", "CUS"]) == 0
    out = capsys.readouterr().out
    assert "Mandate: Border control of arms in transit." in out
    assert "Answers: Is the route controllable?" in out
    assert f"Required by rule {rule_id}: brokering to ML → CUS" in out
    assert "Opinions due in 10 working days (3 when urgent)." in out

    assert (
        main(
            [
                *base,
                "rules",
                "remove",
                str(rule_id),
                "--reason",
                "Covered by the MFA",
                "--user",
                "admin",
            ]
        )
        == 0
    )
    assert "stays in the record" in capsys.readouterr().out
    db = open_database(path)
    try:
        kept = {
            v.rule.id: v.rule.active for v in consultation.list_rules(db, include_inactive=True)
        }
    finally:
        db.close()
    assert kept[rule_id] is False

    # Reference data is the administrator's: anyone else is refused, and nothing changes.
    assert main([*base, "rules", "remove", "1", "--reason", "x"]) != 0
    assert "sign in" in capsys.readouterr().err.lower()
