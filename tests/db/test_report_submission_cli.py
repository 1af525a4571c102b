"""``att-desktop report submission``: the whole path headless, and ``show --out`` writes the
frozen files byte for byte (issue 14)."""

from __future__ import annotations

import hashlib
import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.services import report_submission as rs
from tests.accounts_helpers import PASSWORD, committee
from tests.report_register import YEAR
from tests.report_submission_helpers import (
    add_authorised_case,
    clean_register,
    give_withholding_reason,
)


def run(monkeypatch: pytest.MonkeyPatch, db: Database, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", PASSWORD)
    target = str(db.path) if db.path is not None else db.url
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["report", "submission", *args, "--db", target])
    return code, out.getvalue(), err.getvalue()


def test_open_approve_submit_and_show_the_files_byte_for_byte(
    db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_register(db)
    committee(db)
    give_withholding_reason(db)
    year = str(YEAR)
    steps: list[tuple[str, ...]] = [
        ("open", year, "--agency", "CUS", "--reason", "As every year", "--user", "focal"),
        ("sign-off", year, "--text", "Confirmed", "--user", "cus.member"),
        ("approver", year, "decider", "--user", "focal"),
        ("approve", year, "--user", "decider"),
        ("submit", year, "--sent-on", date.today().isoformat(), "--user", "focal"),
        ("clarification", "add", year, "--text", "Which vehicles?", "--user", "focal"),
    ]
    for step in steps:
        code, out, err = run(monkeypatch, db, *step)
        assert code == 0, (step, out, err)
    code, out, err = run(monkeypatch, db, "sign-off", year, "--user", "mfa.member")
    assert code != 0
    assert "already submitted: its choices and contributions are frozen" in err
    code, out, _err = run(monkeypatch, db, "status", year)
    assert "submitted (opened by Focal)" in out
    assert "Customs: signed off by Cus.Member — Confirmed" in out
    assert "Clarification 1 of" in out and "not answered" in out

    add_authorised_case(db)  # the register changes: the files shown do not
    code, out, err = run(monkeypatch, db, "show", year, "--out", str(tmp_path / "sent"))
    assert code == 0, err
    stored = rs.frozen_files(db, YEAR)
    for f in stored:
        written = (tmp_path / "sent" / f.name).read_bytes()
        assert written == f.data
        assert hashlib.sha256(written).hexdigest() == f.sha256
        assert f"sha256 {f.sha256} (verified)" in out
    assert len(list((tmp_path / "sent").iterdir())) == 4
