"""Loading a corrected embargo file whose as_of is older than the data in use (issue 12).

The shipped UN set once claimed as_of 2026-12-01 while its sources stopped in December 2025;
the corrected file is honestly dated earlier. Loading it over the old one must be possible,
but only with a stated reason that the history keeps, because an older file could otherwise
silently forget later embargoes (Article 6).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from att_desktop.cli import main
from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Event
from att_desktop.domain.embargoes import shipped_embargo_dir
from att_desktop.services.screening import (
    OlderEmbargoDataError,
    list_embargo_sets,
    load_embargo_update,
)
from tests.conftest import FreshSqlite


def un_file(tmp_path: Path, name: str, as_of: str, **changes: Any) -> Path:
    """The shipped UN set with another as_of and, optionally, an entry changed."""
    raw = json.loads((shipped_embargo_dir() / "un_security_council.json").read_text("utf-8"))
    raw["as_of"] = as_of
    raw.pop("published", None)
    for entry_id, fields in changes.items():
        next(e for e in raw["entries"] if e["id"] == entry_id.replace("_", "-")).update(fields)
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def loaded_events(db: Database) -> list[Event]:
    with db.session() as session:
        rows = session.scalars(
            select(Event).where(Event.action == "embargo_data_loaded").order_by(Event.id)
        ).all()
        session.expunge_all()
        return list(rows)


def test_older_correction_loads_only_with_a_reason_kept_in_the_history(
    db: Database, tmp_path: Path
) -> None:
    """Issue 12: an update file with an earlier as_of but corrections is loadable with a
    reason; without one nothing changes."""
    load_embargo_update(db, un_file(tmp_path, "claimed.json", "2026-12-01"))
    corrected = un_file(
        tmp_path, "corrected.json", "2025-12-13", so_2713={"title": "Somalia (corrected)"}
    )
    with pytest.raises(OlderEmbargoDataError, match=r"older than the data in use.*reason"):
        load_embargo_update(db, corrected)
    with pytest.raises(OlderEmbargoDataError):
        load_embargo_update(db, corrected, reason="   ")
    un = next(s for s in list_embargo_sets(db) if s.id == "un_security_council")
    assert un.as_of.isoformat() == "2026-12-01" and len(loaded_events(db)) == 1

    why = "Corrected file: as_of is the date the sources end, not the publication date"
    update = load_embargo_update(db, corrected, reason=why)
    assert update.as_of.isoformat() == "2025-12-13"
    assert update.previous_as_of is not None and update.previous_as_of.isoformat() == "2026-12-01"
    assert update.changed == ("so-2713",)
    un = next(s for s in list_embargo_sets(db) if s.id == "un_security_council")
    assert un.as_of.isoformat() == "2025-12-13" and un.updated
    event = loaded_events(db)[-1]
    assert event.reason == why
    assert "older than the data it replaced" in event.summary
    assert event.after is not None and event.after["as_of"] == "2025-12-13"


def test_a_newer_file_needs_no_reason(db: Database, tmp_path: Path) -> None:
    update = load_embargo_update(db, un_file(tmp_path, "newer.json", "2026-02-01"))
    assert update.as_of.isoformat() == "2026-02-01"
    assert loaded_events(db)[-1].reason == ""


def test_cli_embargo_update_takes_the_reason(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fresh_sqlite(tmp_path / "a.sqlite3")
    claimed = un_file(tmp_path, "claimed.json", "2026-12-01")
    corrected = un_file(tmp_path, "corrected.json", "2025-12-13")
    assert main(["--db", str(path), "embargo", "update", str(claimed)]) == 0
    capsys.readouterr()

    assert main(["--db", str(path), "embargo", "update", str(corrected)]) == 1
    _, err = capsys.readouterr()
    assert "older than the data in use" in err and "--reason" in err

    code = main(["--db", str(path), "embargo", "update", str(corrected), "--reason", "Corrections"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "as of 2025-12-13 (was 2026-12-01)" in out
    db = open_database(path)
    try:
        assert loaded_events(db)[-1].reason == "Corrections"
    finally:
        db.close()
