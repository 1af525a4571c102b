"""``att-desktop incident record --file`` and ``incident list``: an incident from a JSON
file, its problems listed with their place, and the licences it puts up for reassessment."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.services.decisions import decide
from att_desktop.services.incidents import list_incidents
from tests.conftest import FreshSqlite
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.factories import end_user
from tests.unit.assessment_cases import complete


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_record_and_list(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        case = register(db, "NO", parties=(end_user("Vostok Trading LLC", "NO"),))
        assessed_and_completed(db, case.id, complete())
        number = decide(db, case.id, authorise(db, case.id)).licences[0].number
    finally:
        db.close()
    base = ["--db", str(path), "incident"]

    bad = write(
        tmp_path,
        {
            "kind": "theft",
            "source": "media",
            "learned_on": "2026-13-01",
            "description": "",
            "country": "NO",
            "parties": [{"name": "Восток Трейдинг"}, "x"],
        },
    )
    assert main([*base, "record", "--file", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "kind: 'theft' is not one of diversion, suspected_diversion" in err
    assert "learned_on: '2026-13-01' is not a date" in err
    assert "description: is required" in err and "parties[1]: must be an object" in err
    assert "nothing was saved" in err

    unknown = write(
        tmp_path,
        {
            "kind": "diversion",
            "source": "state_notification",
            "learned_on": "2026-05-02",
            "description": "Rifles found with an armed group.",
            "country": "NO",
            "licences": ["LIC/1999/1"],
            "parties": [{"name": "Восток Трейдинг", "country": "XX"}],
        },
    )
    assert main([*base, "record", "--file", str(unknown)]) == 1
    err = capsys.readouterr().err
    assert "licences[0]: there is no licence numbered 'LIC/1999/1'" in err
    assert "parties[0].country: choose the party's country" in err

    good = write(
        tmp_path,
        {
            "kind": "diversion",
            "source": "state_notification",
            "source_reference": "Note verbale 12/2026",
            "occurred_on": "2026-04-20",
            "learned_on": "2026-05-02",
            "description": "Rifles found with an armed group.",
            "country": "NO",
            "parties": [{"name": "Восток Трейдинг", "country": "NO"}],
            "items": [{"description": "Assault rifles", "att_category": "VIII.SA.4"}],
            "responses": [
                {"kind": "enforcement_referral", "date": "2026-05-03", "referred_to": "Prosecutor"}
            ],
            "states_informed": [
                {"country": "SE", "date": "2026-05-03", "channel": "ATT points of contact"}
            ],
        },
    )
    assert main([*base, "record", "--file", str(good)]) == 0
    out = capsys.readouterr().out
    assert "Recorded incident 2026-1: diversion in NO." in out
    assert f"  {number} ({case.reference}) - party match: Vostok Trading LLC ~ Восток" in out

    assert main([*base, "list", "--open"]) == 0
    out = capsys.readouterr().out
    assert f"2026-1  open    learned 2026-05-02  diversion in NO  ({number})" in out
    assert f"to reassess: {number}" in out
    db = open_database(path)
    try:
        (view,) = list_incidents(db)
        assert view.states_informed[0].channel == "ATT points of contact"
    finally:
        db.close()
