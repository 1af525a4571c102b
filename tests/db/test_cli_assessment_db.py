"""The assessment CLI commands that use a database: case export/import, embargo, reassess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import open_database
from att_desktop.services import cases
from tests.conftest import FreshSqlite
from tests.factories import application


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_case_export_import_and_reassess_commands(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = fresh_sqlite(tmp_path / "a.sqlite3")
    db = open_database(source)
    try:
        ref = cases.create_application(db, application()).reference
    finally:
        db.close()
    out_file = tmp_path / "case.json"
    code, out, err = run(capsys, "--db", str(source), "case", "export", ref, str(out_file))
    assert code == 0, err
    assert json.loads(out_file.read_text("utf-8"))["application"]["reference"] == ref

    target = fresh_sqlite(tmp_path / "b.sqlite3")
    code, out, err = run(capsys, "case", "import", str(out_file), "--db", str(target))
    assert code == 0, err
    assert f"Imported {ref}" in out
    code, _, err = run(capsys, "case", "import", str(out_file), "--db", str(target))
    assert code == 1 and "already in this register" in err

    code, out, _ = run(capsys, "--db", str(target), "reassess", "list", "--on", "2026-05-01")
    assert code == 0 and "No valid licence needs reassessing" in out
    code, out, _ = run(capsys, "--db", str(target), "embargo", "list")
    assert code == 0 and "un_security_council" in out and "applied (shipped)" in out


def test_embargo_apply_and_a_malformed_update_file(
    fresh_sqlite: FreshSqlite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from att_desktop.domain.embargoes import shipped_embargo_dir

    path = fresh_sqlite(tmp_path / "a.sqlite3")
    code, out, err = run(capsys, "--db", str(path), "embargo", "apply", "regional_optional")
    assert code == 0, err
    assert "regional_optional" in out and "un_security_council" in out
    code, out, _ = run(capsys, "--db", str(path), "embargo", "list")
    assert "regional_optional: " in out and "not applied" not in out
    code, _, err = run(capsys, "--db", str(path), "embargo", "apply", "no_such_set")
    assert code != 0 and "Unknown embargo set(s): no_such_set" in err

    raw = json.loads((shipped_embargo_dir() / "un_security_council.json").read_text("utf-8"))
    raw["entries"][0]["scope"] = "everywhere"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(path), "embargo", "update", str(bad))
    assert code != 0
    assert "entry 'kp-1718-to', field 'scope': 'everywhere' is not one of" in err
    code, out, _ = run(capsys, "--db", str(path), "embargo", "list")
    assert "(shipped)" in out and "loaded update" not in out
