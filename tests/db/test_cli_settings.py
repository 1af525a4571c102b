from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.services import cases
from tests.factories import application


def test_reference_pattern_can_be_set_and_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "att.sqlite3"
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
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "att.sqlite3"
    assert main(["--db", str(path), "settings", "--reference-pattern", "{year}/{seq}"]) == 2
    assert "{prefix}" in capsys.readouterr().err
    assert main(["--db", str(path), "settings"]) == 0
    assert "{prefix}/{year}/{seq:05d}" in capsys.readouterr().out
