"""What only PostgreSQL has: its triggers, pg_dump before an upgrade, its errors, its CLI.

The SQLite side of each behaviour is in test_migrations.py and test_cli.py; every test that
takes the ``db`` fixture also runs on PostgreSQL (tests/conftest.py).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, make_url, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from att_desktop.cli import main
from att_desktop.db import engine as engine_module
from att_desktop.db.engine import (
    DatabaseError,
    DatabaseLockedError,
    DatabaseNotOursError,
    DatabaseTooNewError,
    current_revision,
    head_revision,
    open_database,
    to_url,
)
from att_desktop.db.models import RETAINED_TABLES, Base
from att_desktop.db.search_index import include_name
from att_desktop.i18n import translate
from att_desktop.services import cases
from tests.factories import application
from tests.pg_server import PostgresServer

UPGRADE_STEP = '''"""test-only step: a column the next release might add"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError
'''


def _raw(url: str) -> object:
    return create_engine(url, isolation_level="AUTOCOMMIT")


def _next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = tmp_path / "next-release-migrations"
    shutil.copytree(engine_module.MIGRATIONS_DIR, release)
    (release / "versions" / "9001_test_step.py").write_text(
        UPGRADE_STEP.replace("{head}", head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(engine_module, "MIGRATIONS_DIR", release)


def test_urls_name_the_psycopg_driver() -> None:
    assert to_url("postgresql://u@h/att") == "postgresql+psycopg://u@h/att"
    assert to_url("postgres://u@h/att") == "postgresql+psycopg://u@h/att"
    assert to_url("postgresql+psycopg://u@h/att") == "postgresql+psycopg://u@h/att"


def test_an_empty_database_is_migrated_with_guards(postgres: PostgresServer) -> None:
    with postgres.database(migrated=False) as url:
        db = open_database(url)
        try:
            assert db.is_postgres and db.path is None
            assert current_revision(db.engine) == head_revision()
            with db.engine.connect() as conn:
                context = MigrationContext.configure(
                    conn, opts={"compare_type": True, "include_name": include_name}
                )
                assert compare_metadata(context, Base.metadata) == []
                triggers = set(
                    conn.exec_driver_sql(
                        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
                    ).scalars()
                )
            assert {f"retain_{t}" for t in RETAINED_TABLES} | {"events_append_only"} <= triggers
            cases.create_application(db, application())
            with db.engine.connect() as conn:
                with pytest.raises(SADatabaseError, match="retained for at least ten years"):
                    conn.execute(text("DELETE FROM parties"))
                conn.rollback()
                with pytest.raises(SADatabaseError, match="append-only"):
                    conn.execute(text("UPDATE events SET summary = 'rewritten'"))
                conn.rollback()
                assert conn.execute(text("SELECT count(*) FROM parties")).scalar() == 1
        finally:
            db.close()


def test_newer_schema_is_refused_and_left_alone(postgres: PostgresServer) -> None:
    with postgres.database() as url:
        engine = _raw(url)
        with engine.connect() as conn:  # type: ignore[attr-defined]
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
        with pytest.raises(DatabaseTooNewError, match="newer version of ATT Desktop"):
            open_database(url)
        with engine.connect() as conn:  # type: ignore[attr-defined]
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                "0099_future"
            )
        engine.dispose()  # type: ignore[attr-defined]


def test_a_database_of_another_program_is_refused(postgres: PostgresServer) -> None:
    with postgres.database(migrated=False) as url:
        engine = _raw(url)
        with engine.connect() as conn:  # type: ignore[attr-defined]
            conn.exec_driver_sql("CREATE TABLE customers (id serial PRIMARY KEY, name text)")
        with pytest.raises(DatabaseNotOursError, match="did not create"):
            open_database(url)
        with engine.connect() as conn:  # type: ignore[attr-defined]
            assert set(inspect(conn).get_table_names()) == {"customers"}
        engine.dispose()  # type: ignore[attr-defined]


def test_an_upgrade_is_made_after_a_pg_dump_backup(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine_module.find_pg_dump() is None:
        pytest.skip("pg_dump is not installed")
    with postgres.database() as url:
        db = open_database(url)
        case = cases.create_application(db, application())
        db.close()
        old_head = head_revision()
        _next_release(tmp_path, monkeypatch)
        upgraded = open_database(url, backup_dir=tmp_path / "backups")
        try:
            assert current_revision(upgraded.engine) == "9001"
            backup = upgraded.pre_upgrade_backup
            assert backup is not None and backup.parent == tmp_path / "backups"
            assert backup.suffix == ".pgdump" and old_head in backup.name
            assert any("upgraded" in translate(n, "en") for n in upgraded.notices)
            with upgraded.engine.connect() as conn:
                columns = {c["name"] for c in inspect(conn).get_columns("applications")}
                assert "priority" in columns
                assert conn.execute(text("SELECT reference FROM applications")).scalar() == (
                    case.reference
                )
            with upgraded.engine.connect() as conn, pytest.raises(SADatabaseError, match="ten"):
                conn.execute(text("DELETE FROM applications"))
        finally:
            upgraded.close()
        pg_dump = engine_module.find_pg_dump()
        assert pg_dump is not None
        listed = subprocess.run(
            [str(pg_dump.with_name("pg_restore")), "--list", str(backup)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "TABLE DATA public applications" in listed.stdout


def test_without_pg_dump_the_upgrade_is_refused_and_nothing_changes(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with postgres.database() as url:
        _next_release(tmp_path, monkeypatch)
        monkeypatch.setenv(engine_module.PG_DUMP_ENV, str(tmp_path / "no-such-pg_dump"))
        with pytest.raises(DatabaseError, match="only made after a backup") as caught:
            open_database(url, backup_dir=tmp_path / "backups")
        assert "pg_dump was not found" in str(caught.value)
        monkeypatch.undo()
        engine = _raw(url)
        with engine.connect() as conn:  # type: ignore[attr-defined]
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
            columns = {c["name"] for c in inspect(conn).get_columns("applications")}
        engine.dispose()  # type: ignore[attr-defined]
        assert "priority" not in columns
        assert not (tmp_path / "backups").exists()


def test_a_row_held_by_another_workstation_gives_a_locked_error(
    postgres: PostgresServer,
) -> None:
    with postgres.database() as url:
        db = open_database(url, busy_timeout=0.3)
        try:
            case = cases.create_application(db, application())
            other = create_engine(url)
            with other.connect() as conn:
                conn.execute(text("SELECT id FROM applications FOR UPDATE"))
                with pytest.raises(DatabaseLockedError, match="locked by another program"):
                    cases.update_application(
                        db, case, replace(case.to_input(), intended_end_use="Navy")
                    )
                conn.rollback()
            other.dispose()
        finally:
            db.close()


def test_an_unreachable_server_is_explained(postgres: PostgresServer) -> None:
    url = make_url(postgres.url_for("att")).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="Cannot connect to the PostgreSQL server"):
        open_database(url, busy_timeout=1)


def test_a_missing_database_is_explained(postgres: PostgresServer) -> None:
    with pytest.raises(DatabaseError, match="no database"):
        open_database(postgres.url_for("att_no_such_database"))


def test_cli_on_a_postgresql_url(
    postgres: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with postgres.database(migrated=False) as url:
        assert main(["--db", url, "init"]) == 0
        assert "is ready" in capsys.readouterr().out
        assert main(["--db", url, "init"]) == 0
        assert "is up to date" in capsys.readouterr().out
        assert main(["--db", url, "demo", "--cases", "12", "--years", "1"]) == 0
        assert "Added 12 demo cases" in capsys.readouterr().out
        assert main(["--db", url, "check"]) == 0
        out = capsys.readouterr().out
        assert "ok   Article 12 triggers" in out and "No problems found." in out
        assert main(["--db", url, "audit", "verify"]) == 0
        capsys.readouterr()
        exported = tmp_path / "register.csv"
        assert main(["--db", url, "export", str(exported)]) == 0
        assert "Exported 12 case(s)" in capsys.readouterr().out
        assert main(["--db", url, "version"]) == 0
        assert "(current)" in capsys.readouterr().out
        if engine_module.find_pg_dump() is not None:
            assert main(["--db", url, "backup", "--out", str(tmp_path)]) == 0
            out = capsys.readouterr().out
            assert "(12 cases)" in out and ".pgdump" in out
            assert len(list(tmp_path.glob("*.pgdump"))) == 1
        # A disabled Article 12 trigger is a finding, not a silent weakness.
        engine = _raw(url)
        with engine.connect() as conn:  # type: ignore[attr-defined]
            conn.exec_driver_sql("ALTER TABLE events DISABLE TRIGGER events_append_only")
        engine.dispose()  # type: ignore[attr-defined]
        assert main(["--db", url, "check"]) == 1
        assert "events_append_only on events is missing or disabled" in capsys.readouterr().out


def test_a_deadlock_between_workstations_is_explained(postgres: PostgresServer) -> None:
    """Two transactions locking two cases in opposite orders: one is told to try again."""
    import threading
    import time
    from contextlib import suppress

    with postgres.database() as url:
        db = open_database(url)
        try:
            a = cases.create_application(db, application())
            b = cases.create_application(db, application())
            other = create_engine(url)
            holding = threading.Event()
            release = threading.Event()

            def hold_b_then_want_a() -> None:
                with other.connect() as conn:
                    conn.execute(
                        text("SELECT id FROM applications WHERE id = :i FOR UPDATE"), {"i": b.id}
                    )
                    holding.set()
                    release.wait(10)
                    # Make the main thread the one PostgreSQL picks: it waits first, and
                    # (where this login may) this side checks for deadlocks later.
                    time.sleep(0.3)
                    superuser = conn.execute(text("SELECT current_setting('is_superuser')"))
                    if superuser.scalar() == "on":
                        conn.execute(text("SET deadlock_timeout = '5s'"))
                    with suppress(SADatabaseError):
                        conn.execute(
                            text("SELECT id FROM applications WHERE id = :i FOR UPDATE"),
                            {"i": a.id},
                        )
                    conn.rollback()

            thread = threading.Thread(target=hold_b_then_want_a)
            thread.start()
            assert holding.wait(10)
            with pytest.raises(DatabaseLockedError, match="try again"), db.session() as session:
                session.execute(
                    text("SELECT id FROM applications WHERE id = :i FOR UPDATE"), {"i": a.id}
                )
                release.set()
                session.execute(
                    text("SELECT id FROM applications WHERE id = :i FOR UPDATE"), {"i": b.id}
                )
            thread.join(10)
            other.dispose()
        finally:
            db.close()
