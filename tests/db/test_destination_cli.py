"""``att-desktop destination show|add`` (cli_destination.py): a State's file from a script."""

from __future__ import annotations

from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from tests.conftest import FreshSqlite
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.unit.assessment_cases import complete


def test_add_then_show_a_destination_file(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from att_desktop.services.decisions import decide

    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        case = register(db, "BR")
        assessed_and_completed(db, case.id, complete())
        number = decide(db, case.id, authorise(db, case.id)).licences[0].number
    finally:
        db.close()
    base = ["--db", str(path), "destination"]
    assert main([*base, "show", "BR"]) == 0
    assert "No finding recorded yet." in capsys.readouterr().out

    add = [*base, "add", "BR", "--topic", "human_rights", "--assessed-on", "2025-01-10"]
    source = "un_report;OHCHR country report;2025-01-05;A/HRC/58/3"
    assert main([*add, "--text", "Police violence documented.", "--source", source]) == 0
    out = capsys.readouterr().out
    assert "Recorded Human rights situation for Brazil (assessed 2025-01-10)." in out
    assert f"  {number} ({case.reference})" in out

    assert main([*add, "--text", "Oversight body set up."]) == 1
    assert "Say why the finding changes" in capsys.readouterr().err
    assert main([*add, "--text", "x", "--source", "rumour;Heard it"]) == 1
    assert "the kind must be one of un_report" in capsys.readouterr().err
    updated = [*add, "--text", "Oversight body set up.", "--reason", "New report"]
    assert main([*updated, "--no-reassessment"]) == 0
    out = capsys.readouterr().out
    assert "Updated Human rights situation" in out and number not in out

    assert main([*base, "show", "br", "--today", "2026-12-10"]) == 1  # stale: exit 1
    captured = capsys.readouterr()
    assert "- Human rights situation (assessed 2025-01-10 by Local officer; 1 earlier" in (
        captured.out
    )
    assert "    Oversight body set up." in captured.out
    assert (
        "Needs refreshing: Human rights situation for Brazil was last assessed 2025-01-10, "
        "23 months ago" in captured.err
    )
    assert main([*base, "show", "ZZ"]) == 1
    assert "'ZZ' is not a known country code" in capsys.readouterr().err
