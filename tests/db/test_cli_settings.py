from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.services import cases
from tests.conftest import FreshSqlite
from tests.factories import application


def test_reference_pattern_can_be_set_and_is_used(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    assert (
        main(["--db", str(path), "settings", "--reference-pattern", "{prefix}-{year}-{seq:04d}"])
        == 0
    )
    assert "{prefix}-{year}-{seq:04d}" in capsys.readouterr().out
    db = open_database(path)
    try:
        assert cases.create_application(db, application()).reference == "EXP-2026-0001"
    finally:
        db.close()


def test_a_pattern_that_cannot_be_unique_is_refused(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    assert main(["--db", str(path), "settings", "--reference-pattern", "{year}/{seq}"]) == 2
    assert "{prefix}" in capsys.readouterr().err
    assert main(["--db", str(path), "settings"]) == 0
    assert "{prefix}/{year}/{seq:05d}" in capsys.readouterr().out


def test_once_accounts_exist_only_an_administrator_changes_the_numbering(
    fresh_sqlite: FreshSqlite,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from att_desktop.services.references import reference_pattern
    from tests.accounts_helpers import ADMIN_PASSWORD, PASSWORD, committee

    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        committee(db)
    finally:
        db.close()
    change = ["--db", str(path), "settings", "--reference-pattern", "{prefix}-{year}-{seq:04d}"]
    assert main(change) == 2
    assert "sign in first" in capsys.readouterr().err
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", PASSWORD)
    assert main([*change, "--user", "officer"]) == 2
    assert "Only an administrator" in capsys.readouterr().err
    db = open_database(path)
    try:
        assert reference_pattern(db) == "{prefix}/{year}/{seq:05d}"
    finally:
        db.close()
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", ADMIN_PASSWORD)
    assert main([*change, "--user", "admin"]) == 0
    db = open_database(path)
    try:
        assert reference_pattern(db) == "{prefix}-{year}-{seq:04d}"
        from sqlalchemy import select

        from att_desktop.db.models import Event

        with db.session() as session:
            event = session.scalars(
                select(Event).where(Event.action == "setting_changed").order_by(Event.id.desc())
            ).first()
            assert event is not None and "{prefix}-{year}-{seq:04d}" in event.summary
    finally:
        db.close()


def test_standard_licence_conditions_can_be_set_from_the_command_line(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from att_desktop.services.conditions import DEFAULT_CONDITIONS, standard_conditions

    path = fresh_sqlite(tmp_path / "att.sqlite3")
    assert main(["--db", str(path), "settings"]) == 0
    assert f"  - {DEFAULT_CONDITIONS[0]}" in capsys.readouterr().out
    change = ["--standard-condition", "Deliver by sea.", "--standard-condition", "Report yearly."]
    assert main(["--db", str(path), "settings", *change]) == 0
    assert "  - Deliver by sea.\n  - Report yearly." in capsys.readouterr().out
    assert main(["--db", str(path), "settings", "--standard-condition", ""]) == 0
    assert "  - (none)" in capsys.readouterr().out
    db = open_database(path)
    try:
        assert standard_conditions(db) == ()
    finally:
        db.close()
