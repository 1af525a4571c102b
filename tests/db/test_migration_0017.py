"""Migration 0017 (issue 16): a database of the release before gains the UN Register
report's background table, and what it holds is kept by the history like any record."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import inspect, text

from att_desktop.db.engine import (
    current_revision,
    head_revision,
    make_engine,
    open_database,
    to_url,
)
from att_desktop.domain.reporting.unroca import BackgroundEntry, BackgroundKind
from att_desktop.services import cases
from att_desktop.services.audit import verify_all
from att_desktop.services.unroca import list_background, set_background
from tests.db.test_migrations import _downgrade_to
from tests.factories import application


def test_a_0016_database_gains_the_background_table(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    case = cases.create_application(db, application())
    db.close()
    _downgrade_to(db_url, "0016")
    probe = make_engine(to_url(db_url))
    try:
        assert current_revision(probe) == "0016"
        with probe.connect() as conn:
            assert "unroca_background" not in inspect(conn).get_table_names()
    finally:
        probe.dispose()

    upgraded = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == head_revision()
        assert cases.get_case(upgraded, case.id).reference == case.reference
        assert list_background(upgraded, 2025) == ()
        entry = BackgroundEntry(BackgroundKind.HOLDINGS, "I", Decimal(120), "Leopard 2A5")
        assert set_background(upgraded, 2025, [entry]) == (entry,)
        # An Article 12 record: the engine's retention trigger refuses a delete.
        with upgraded.engine.connect() as conn:
            try:
                conn.execute(text("DELETE FROM unroca_background"))
                conn.commit()
                deleted = True
            except Exception:
                deleted = False
        assert not deleted
        assert list_background(upgraded, 2025) == (entry,)
        report = verify_all(upgraded)
        assert report.ok, [str(p) for p in report.problems]
    finally:
        upgraded.close()
