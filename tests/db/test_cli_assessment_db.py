"""The assessment CLI commands that use a database: case export/import, embargo, reassess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.services import cases
from tests.factories import application


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_case_export_import_and_reassess_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.sqlite3"
    db = open_database(source)
    try:
        ref = cases.create_application(db, application()).reference
    finally:
        db.close()
    out_file = tmp_path / "case.json"
    code, out, err = run(capsys, "--db", str(source), "case", "export", ref, str(out_file))
    assert code == 0, err
    assert json.loads(out_file.read_text("utf-8"))["application"]["reference"] == ref

    target = tmp_path / "b.sqlite3"
    code, out, err = run(capsys, "case", "import", str(out_file), "--db", str(target))
    assert code == 0, err
    assert f"Imported {ref}" in out
    code, _, err = run(capsys, "case", "import", str(out_file), "--db", str(target))
    assert code == 1 and "already in this register" in err

    code, out, _ = run(capsys, "--db", str(target), "reassess", "list", "--on", "2026-05-01")
    assert code == 0 and "No valid licence needs reassessing" in out
    code, out, _ = run(capsys, "--db", str(target), "embargo", "list")
    assert code == 0 and "un_security_council" in out and "applied (shipped)" in out
