"""``att-desktop sanctions import|screen|hits|review`` (cli_sanctions.py): the UN Consolidated
List from the command line, for Security Council targeted measures under ATT Article 6(1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.services import cases
from tests.conftest import FreshSqlite
from tests.factories import application, end_user

SAMPLE = Path(__file__).parents[1] / "data" / "un_consolidated_sample.xml"


def test_import_screen_hits_and_review(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        listed = end_user(
            "Sahel Logistic Services SARL",
            "ML",
            role=PartyRole.CONSIGNEE,
            party_type=PartyType.COMMERCIAL,
        )
        ref = cases.create_application(db, application(parties=(end_user(), listed))).reference
        clean = cases.create_application(db, application()).reference
    finally:
        db.close()
    base = ["--db", str(path), "sanctions"]
    assert main([*base, "hits"]) == 0
    assert "No UN Consolidated List has been imported" in capsys.readouterr().out

    truncated = tmp_path / "cut.xml"
    truncated.write_bytes(SAMPLE.read_bytes()[:1500])
    assert main([*base, "import", str(truncated)]) == 1
    assert "not well-formed XML" in capsys.readouterr().err

    assert main([*base, "import", str(SAMPLE)]) == 0  # no licence to reassess
    out = capsys.readouterr().out
    assert "generated 2026-11-20" in out and "5 entries" in out and "1 new hit(s)" in out

    assert main([*base, "screen", "--case", clean]) == 0
    assert "Screened 1 parties: 0 new hit(s)." in capsys.readouterr().out
    assert main([*base, "screen"]) == 1  # an unreviewed hit is waiting
    out = capsys.readouterr().out
    assert f"{ref} consignee Sahel Logistic Services SARL (ML)" in out
    assert "QDe.900" in out and "unreviewed" in out
    hit_id = int(out.split("[", 1)[1].split("]", 1)[0])

    assert main([*base, "review", str(hit_id), "--reject", "--reason", "Other firm, Dakar"]) == 0
    assert "is now rejected" in capsys.readouterr().out
    assert main([*base, "hits", "--status", "rejected"]) == 0
    out = capsys.readouterr().out
    assert "rejected" in out and "reason: Other firm, Dakar" in out
    assert main([*base, "hits", "--status", "unreviewed"]) == 0
    assert "No hits." in capsys.readouterr().out
    assert main([*base, "screen"]) == 0
