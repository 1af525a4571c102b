"""Shared fixtures: every test gets its own data directory and database; none touches real data.

Every test that takes the ``db`` fixture runs twice: on a SQLite file and on a PostgreSQL
database of its own (see tests/pg_server.py for where the server comes from; without one
those runs are skipped with the reason, or fail when ``ATT_TEST_REQUIRE_POSTGRES=1``).
``pytest --engine sqlite`` (or ``postgresql``) runs one engine only.

Both engines start each test from a template migrated once per session: PostgreSQL clones
it (``CREATE DATABASE ... TEMPLATE``), SQLite copies the template's file (``fresh_sqlite``),
which takes milliseconds instead of replaying every migration. Tests of creating and
upgrading a database (tests/db/test_migrations.py, ``init``) open a new path themselves.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from att_desktop.config import DATA_DIR_ENV, AppPaths
from att_desktop.db.engine import Database, backup_sqlite, open_database
from att_desktop.logging_setup import reset_logging
from tests import pg_server

ENGINES = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=[*ENGINES, "both"],
        default="both",
        help="database engine(s) for tests that take the db fixture (default: both)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" in metafunc.fixturenames:
        chosen = metafunc.config.getoption("--engine")
        engines = ENGINES if chosen == "both" else (chosen,)
        metafunc.parametrize("db_engine", engines, indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg_server.PostgresServer | str]:
    """The session's PostgreSQL server, or the reason there is none (a string)."""
    try:
        server = pg_server.start_server()
    except pg_server.ServerUnavailable as exc:
        yield str(exc)
        return
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def postgres(postgres_server: pg_server.PostgresServer | str) -> pg_server.PostgresServer:
    """The PostgreSQL server, for tests that only make sense there; skipped without one."""
    if isinstance(postgres_server, str):
        message = f"PostgreSQL tests skipped: {postgres_server}"
        if pg_server.required():
            pytest.fail(f"{message} ({pg_server.REQUIRE_ENV} is set)", pytrace=False)
        pytest.skip(message)
    return postgres_server


#: Makes an empty SQLite database at the newest schema at the given path; returns the path.
FreshSqlite = Callable[[Path], Path]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database made once by the real ``open_database`` (migrations, Article 12
    triggers, reference rows), checkpointed into one self-contained file to copy."""
    folder = tmp_path_factory.mktemp("sqlite-template")
    built = open_database(folder / "build" / "built.sqlite3")
    try:
        assert built.created
    finally:
        built.close()
    template = backup_sqlite(folder / "build" / "built.sqlite3", folder / "template.sqlite3")
    with closing(sqlite3.connect(template)) as conn:
        # No -wal/-shm companions: a plain copy of this one file is the whole database.
        conn.execute("PRAGMA journal_mode=DELETE")
    return template


@pytest.fixture
def fresh_sqlite(sqlite_template: Path) -> FreshSqlite:
    """``fresh_sqlite(tmp_path / "x.sqlite3")``: a copy of the template of its own there."""

    def make(target: Path) -> Path:
        if target.exists():
            raise FileExistsError(f"{target} exists: a fresh database needs a new path")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sqlite_template, target)
        return target

    return make


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql": which engine this run of a database test uses."""
    return str(request.param)


@pytest.fixture
def db_url(db_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where this test's database lives: a SQLite path, or a fresh PostgreSQL database URL.

    Either is this test's own, empty and already at the newest schema (a copy of the SQLite
    template, a clone of the PostgreSQL one).
    """
    if db_engine == "sqlite":
        fresh: FreshSqlite = request.getfixturevalue("fresh_sqlite")
        yield str(fresh(tmp_path / "test.sqlite3"))
        return
    server: pg_server.PostgresServer = request.getfixturevalue("postgres")
    with server.database() as url:
        yield url


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs-based defaults at a temporary folder for every test."""
    data_dir = tmp_path / "userdata"
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return data_dir


#: Argon2 as cheap as it goes: the library's defaults (64 MiB, three passes) cost about a
#: fifth of a second a hash, and the suite signs in thousands of times. A hash records its
#: own parameters, so these verify and upgrade exactly as production's do;
#: ``test_production_hashes_passwords_with_argon2_defaults`` keeps the real ones.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def fast_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_password_hashing"):
        return
    from att_desktop.services import accounts, demo_accounts

    monkeypatch.setattr(accounts, "_hasher", FAST_HASHER)
    monkeypatch.setattr(demo_accounts, "PasswordHasher", lambda: FAST_HASHER)


@pytest.fixture(autouse=True)
def no_log_handlers_left() -> Iterator[None]:
    """A test whose code ran a ``main()`` set up the log in its own data folder: remove it,
    so the next test's records never land in this test's file."""
    yield
    reset_logging()


@pytest.fixture
def app_paths(isolated_data_dir: Path) -> AppPaths:
    return AppPaths.default()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/gui is a GUI test: `pytest -m "not gui"` is the fast loop."""
    for item in items:
        if f"{os.sep}gui{os.sep}" in str(item.path):
            item.add_marker(pytest.mark.gui)
