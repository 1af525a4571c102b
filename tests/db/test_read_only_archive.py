"""Issue 13 §3: an archive opens read-only, so checks, export and reports work on a CD.

Before, ``check``, ``audit verify`` and ``export`` opened the file read-write (creating the
``-wal``/``-shm`` files, switching on WAL) and failed on a read-only file system with a raw
SQLAlchemy message. The tests run as root in CI, where ``chmod`` cannot make a folder
read-only: there the read-only folder test is skipped and ``--read-only`` (which forces
SQLite's ``mode=ro&immutable=1`` URI, exactly what a read-only folder selects) is tested
instead, proving that nothing is written and that a write through the connection fails.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from att_desktop.cli import main
from att_desktop.cli_context import PASSWORD_ENV
from att_desktop.db.engine import DatabaseError, open_database, read_only_uri
from att_desktop.services.demo_accounts import DEMO_PASSWORD
from tests.conftest import FreshSqlite

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, DEMO_PASSWORD)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture(scope="module")
def archive_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    path = folder / "archive.sqlite3"
    with closing(sqlite3.connect(sqlite_template)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    assert main(["demo", "--db", str(path), "--cases", "8", "--years", "1"]) == 0
    return path


@pytest.fixture
def archive(archive_template: Path, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "archive.sqlite3"
    with closing(sqlite3.connect(archive_template)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    yield path
    folder.chmod(0o755)


def _state(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(os.listdir(path.parent))


def _read_everything(run: Run, db: Path, out: Path, *extra: str) -> None:
    for argv in (
        ("check", *extra),
        ("audit", "verify", *extra),
        ("export", str(out / "register.xlsx"), *extra),
    ):  # fmt: skip
        code, _, err = run(*argv, "--db", str(db))
        assert code in (0, 1), (argv, err)  # 1: the report's findings, never a failure
        assert "Traceback" not in err and "sqlalchemy" not in err.lower(), err
    assert (out / "register.xlsx").stat().st_size > 0


def test_read_only_option_reads_an_archive_without_touching_it(
    run: Run, archive: Path, tmp_path: Path
) -> None:
    before = _state(archive)
    _read_everything(run, archive, tmp_path, "--read-only")
    assert _state(archive) == before  # same bytes, and no -wal or -shm file created


def test_read_only_opening_refuses_writes(archive: Path) -> None:
    assert read_only_uri(archive, True).endswith("?mode=ro&immutable=1")
    db = open_database(archive, create=False, read_only=True, immutable=True)
    try:
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM applications")).scalar() == 8
        with pytest.raises(DatabaseError, match="open read-only"), db.session() as session:
            session.execute(text("UPDATE settings SET value = 'x'"))
    finally:
        db.close()


def test_read_only_opening_never_upgrades(archive: Path) -> None:
    with closing(sqlite3.connect(archive)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
        conn.commit()
    before = _state(archive)[0]
    with pytest.raises(DatabaseError, match="never upgraded"):
        open_database(archive, create=False, read_only=True)
    assert _state(archive)[0] == before


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores chmod: the read-only URI mode is tested with --read-only instead",
)
def test_a_read_only_folder_is_read_without_the_option(
    run: Run, archive: Path, tmp_path: Path
) -> None:
    archive.chmod(0o444)
    archive.parent.chmod(0o555)
    before = _state(archive)
    out = tmp_path / "out"
    out.mkdir()
    _read_everything(run, archive, out)
    assert _state(archive) == before


def test_unwritable_check_is_decided_per_file(fresh_sqlite: FreshSqlite, tmp_path: Path) -> None:
    """A writable folder without a pending -wal reads mode=ro, not immutable."""
    path = fresh_sqlite(tmp_path / "live.sqlite3")
    assert read_only_uri(path).endswith("?mode=ro")
