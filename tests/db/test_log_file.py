"""What the commands write to the log: events by user name, never a password or a full name."""

from __future__ import annotations

import logging
import socket
from contextlib import closing
from pathlib import Path

import pytest

from att_desktop import cli
from att_desktop.cli import main
from att_desktop.cli_context import EXIT_CRASH
from att_desktop.config import AppPaths
from att_desktop.db.engine import open_database
from att_desktop.services import accounts
from tests.accounts_helpers import ADMIN_PASSWORD
from tests.conftest import FreshSqlite

WRONG_PASSWORD = "certainly not the password"
CHANGE = ["settings", "--reference-pattern", "{prefix}-{year}-{seq:04d}", "--user", "admin"]


def logged(paths: AppPaths) -> str:
    return paths.log_file.read_text(encoding="utf-8")


def test_a_command_logs_the_database_and_sign_ins_by_user_name_only(
    fresh_sqlite: FreshSqlite,
    tmp_path: Path,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    finally:
        db.close()
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", WRONG_PASSWORD)
    assert main(["--db", str(path), *CHANGE]) != 0
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", ADMIN_PASSWORD)
    assert main(["--db", str(path), *CHANGE]) == 0
    capsys.readouterr()

    text = logged(app_paths)
    assert "att-desktop settings 0.1.0 started" in text
    assert f"Opened the database {path.resolve()}" in text
    assert "Sign-in refused (AuthenticationFailed) for admin" in text
    assert "admin signed in" in text
    assert ADMIN_PASSWORD not in text and WRONG_PASSWORD not in text
    assert "Ana Admin" not in text  # personal data beyond the user name stays out


def test_an_unknown_user_name_is_not_logged_it_may_be_a_password(
    fresh_sqlite: FreshSqlite, tmp_path: Path, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = fresh_sqlite(tmp_path / "att.sqlite3")
    db = open_database(path)
    try:
        accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    finally:
        db.close()
    monkeypatch.setenv("ATT_DESKTOP_PASSWORD", ADMIN_PASSWORD)
    typed = ["settings", "--reference-pattern", "{prefix}-{year}-{seq:04d}"]
    assert main(["--db", str(path), *typed, "--user", "Hunter2-typed-in-the-name"]) != 0
    text = logged(app_paths)
    assert "Sign-in refused (AuthenticationFailed) for an unknown user name" in text
    assert "hunter2" not in text.lower()


def _closed_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_postgresql_url_is_logged_without_its_password(
    app_paths: AppPaths, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Pg-Secret-4711"
    url = f"postgresql+psycopg://att:{secret}@127.0.0.1:{_closed_port()}/att"
    assert main(["--db", url, "init"]) == 2
    assert "Cannot connect" in capsys.readouterr().err
    text = logged(app_paths)
    assert "Cannot open the database postgresql+psycopg://att:***@127.0.0.1:" in text
    assert secret not in text
    # Masked where it is logged, not only by the file's formatter.
    assert caplog.records and all(secret not in r.getMessage() for r in caplog.records)


def test_a_command_that_crashes_leaves_its_traceback_in_the_log(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> str:
        raise RuntimeError("schema lookup broke")

    monkeypatch.setattr(cli, "head_revision", broken)
    # A crash exits with its own status (issue 13), not "problems found" nor a traceback.
    assert main(["version"]) == EXIT_CRASH
    text = logged(app_paths)
    assert "ERROR   " in text and "att-desktop version failed unexpectedly" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: schema lookup broke" in text


def test_imports_exports_and_backups_are_logged(
    tmp_path: Path, app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "att.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "3"]) == 0
    assert main(["--db", str(path), "export", str(tmp_path / "register.csv")]) == 0
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", str(tmp_path / "register.csv")]) == 0
    assert main(["--db", str(fresh), "backup", "--out", str(tmp_path / "copy.sqlite3")]) == 0
    capsys.readouterr()
    text = logged(app_paths)
    assert f"Created the database {path.resolve()} at schema" in text
    assert f"to {tmp_path / 'register.csv'}" in text and "Exported 3 cases" in text
    assert "Imported 3 cases" in text and f"from {tmp_path / 'register.csv'}" in text
    assert f"Backed up {fresh.resolve()} to {(tmp_path / 'copy.sqlite3').resolve()}" in text
    assert logging.getLogger("att_desktop").level == logging.INFO
