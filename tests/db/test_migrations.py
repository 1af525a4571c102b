"""Opening databases: create and stamp, refuse what is not ours or too new, never alter it."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from att_desktop.db.engine import (
    Database,
    DatabaseError,
    DatabaseLockedError,
    DatabaseNotOursError,
    DatabaseTooNewError,
    current_revision,
    head_revision,
    open_database,
)
from att_desktop.db.models import RETAINED_TABLES, Base
from att_desktop.db.search_index import include_name
from att_desktop.i18n import translate
from att_desktop.services import cases
from tests.factories import application


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path) -> None:
    open_database(path).close()


def test_fresh_database_is_created_at_head_in_wal_mode(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new" / "att.sqlite3")
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert db.pre_upgrade_backup is None
    finally:
        db.close()


def test_reopening_at_head_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "att.sqlite3"
    make_database(path)
    before = sha256(path)
    make_database(path)
    assert sha256(path) == before


def test_newer_schema_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "att.sqlite3"
    make_database(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    before = sha256(path)
    with pytest.raises(DatabaseTooNewError, match="newer version of ATT Desktop"):
        open_database(path)
    assert sha256(path) == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Minutes of the licensing committee\n" * 50, encoding="utf-8")
    before = sha256(path)
    with pytest.raises(DatabaseNotOursError, match="not an ATT Desktop database"):
        open_database(path)
    assert sha256(path) == before


def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('someone')")
        conn.commit()
    before = sha256(path)
    with pytest.raises(DatabaseNotOursError, match="did not create"):
        open_database(path)
    assert sha256(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_missing_database_is_not_created_when_told_not_to(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="att-desktop init"):
        open_database(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_models_match_the_migrations(tmp_path: Path) -> None:
    db = open_database(tmp_path / "att.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


@pytest.mark.parametrize("table", ["applications", "events", "line_items", "parties"])
def test_sql_delete_is_refused_by_the_retention_trigger(tmp_path: Path, table: str) -> None:
    path = tmp_path / "att.sqlite3"
    db = open_database(path)
    try:
        cases.create_application(db, application())
    finally:
        db.close()
    assert table in RETAINED_TABLES
    with closing(sqlite3.connect(path)) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="retained for at least ten years"):
            conn.execute(f"DELETE FROM {table}")
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 1


def test_delete_through_sqlalchemy_is_refused_too(db: Database) -> None:
    cases.create_application(db, application())
    with pytest.raises(SADatabaseError, match="retained"), db.session() as session:
        session.execute(text("DELETE FROM applications"))
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM applications")).scalar() == 1


def test_events_cannot_be_updated(tmp_path: Path) -> None:
    path = tmp_path / "att.sqlite3"
    db = open_database(path)
    cases.create_application(db, application())
    db.close()
    with (
        closing(sqlite3.connect(path)) as conn,
        pytest.raises(sqlite3.DatabaseError, match="append-only"),
    ):
        conn.execute("UPDATE events SET summary = 'rewritten'")


def test_a_locked_database_gives_a_clear_error_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "att.sqlite3"
    make_database(path)
    db = open_database(path, busy_timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError, match="locked by another program"):
            cases.create_application(db, application())
        other.execute("ROLLBACK")
        created = cases.create_application(db, application())
        assert created.reference.endswith("00001")
    finally:
        other.close()
        db.close()


UPGRADE_STEP = '''"""test-only step: a column the next release might add"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applications", recreate="always") as batch:
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError
'''


def test_an_older_database_is_backed_up_then_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database at today's head is 'older' once a release adds a step: simulate that release."""
    import shutil

    from att_desktop.db import engine as engine_module

    path = tmp_path / "att.sqlite3"
    db = open_database(path)
    case = cases.create_application(db, application())
    db.close()
    old_bytes = path.read_bytes()
    old_head = head_revision()

    release = tmp_path / "next-release-migrations"
    shutil.copytree(engine_module.MIGRATIONS_DIR, release)
    (release / "versions" / "9001_test_step.py").write_text(
        UPGRADE_STEP.replace("{head}", old_head), encoding="utf-8"
    )
    monkeypatch.setattr(engine_module, "MIGRATIONS_DIR", release)

    upgraded = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == "9001"
        backup = upgraded.pre_upgrade_backup
        assert backup is not None and backup.parent == tmp_path / "backups"
        assert old_head in backup.name
        assert any("upgraded" in translate(notice, "en") for notice in upgraded.notices)
        with upgraded.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("applications")}
            assert "priority" in columns
            # the case survived the upgrade
            assert conn.execute(text("SELECT reference FROM applications")).scalar() == (
                case.reference
            )
        # the rebuilt table keeps its Article 12 guard
        with upgraded.engine.connect() as conn, pytest.raises(SADatabaseError, match="retained"):
            conn.execute(text("DELETE FROM applications"))
    finally:
        upgraded.close()
    with closing(sqlite3.connect(backup)) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert old.execute("SELECT reference FROM applications").fetchone() == (case.reference,)
    assert len(old_bytes) > 0


def _downgrade_to(target: str, revision: str) -> None:
    """Bring a database back to an older schema (as an older release left it)."""
    from alembic import command
    from sqlalchemy.orm import sessionmaker

    from att_desktop.db import engine as engine_module
    from att_desktop.db.engine import make_engine, to_url
    from att_desktop.db.retention import guard_statements

    engine = make_engine(to_url(target))
    try:
        old = Database(url=to_url(target), engine=engine, sessions=sessionmaker(engine))
        cfg = engine_module._alembic_config()
        with old.engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, revision)
                # what 0001 installed (a SQLite rebuild on the way down dropped the triggers)
                tables = set(inspect(conn).get_table_names())
                for statement in guard_statements(
                    conn.dialect.name, [t for t in RETAINED_TABLES if t in tables]
                ):
                    conn.exec_driver_sql(statement)
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    finally:
        engine.dispose()


def test_a_0001_database_gains_the_report_comment_and_keeps_its_guards(
    db_url: str, tmp_path: Path
) -> None:
    from att_desktop.db.engine import make_engine, to_url
    from att_desktop.services.integrity import check_database

    db = open_database(db_url)
    case = cases.create_application(db, application())
    db.close()
    _downgrade_to(db_url, "0001")
    probe = make_engine(to_url(db_url))
    try:
        assert current_revision(probe) == "0001"
        with probe.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("line_items")}
        assert "report_comment" not in columns
    finally:
        probe.dispose()

    upgraded = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == head_revision()
        assert upgraded.pre_upgrade_backup is not None
        detail = cases.get_case(upgraded, case.id)
        assert [i.description for i in detail.items] == [i.description for i in case.items]
        assert [i.quantity for i in detail.items] == [i.quantity for i in case.items]
        assert all(i.report_comment == "" for i in detail.items)
        with (
            pytest.raises(SADatabaseError, match="retained"),
            upgraded.engine.begin() as conn,
        ):
            conn.execute(text("DELETE FROM line_items"))
        with upgraded.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM line_items")).scalar() == len(case.items)
    finally:
        upgraded.close()
    report = check_database(db_url)
    assert report.ok, [r for r in report.results if not r.ok]


def test_the_revisions_read_without_alembic_are_alembics(tmp_path: Path) -> None:
    """Opening reads the head from the scripts' own lines (no Alembic import): it must be
    the head and the revisions Alembic itself finds, here and with a step added."""
    import shutil

    from alembic.script import ScriptDirectory

    from att_desktop.db import engine as engine_module

    def alembic_view(directory: Path) -> tuple[str | None, set[str]]:
        cfg = engine_module._alembic_config()
        cfg.set_main_option("script_location", str(directory))
        script = ScriptDirectory.from_config(cfg)
        return script.get_current_head(), {r.revision for r in script.walk_revisions()}

    assert alembic_view(engine_module.MIGRATIONS_DIR) == (
        head_revision(),
        engine_module.known_revisions(),
    )
    release = tmp_path / "next-release-migrations"
    shutil.copytree(engine_module.MIGRATIONS_DIR, release)
    (release / "versions" / "9001_test_step.py").write_text(
        UPGRADE_STEP.replace("{head}", head_revision()), encoding="utf-8"
    )
    graph = engine_module._read_revision_graph(release)
    assert alembic_view(release) == ("9001", set(graph))
    assert graph["9001"] == (head_revision(),)


def test_a_0003_database_gains_job_titles_and_keeps_its_accounts(
    db_url: str, tmp_path: Path
) -> None:
    from att_desktop.db.engine import make_engine, to_url
    from att_desktop.services import accounts

    db = open_database(db_url)
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", "a long admin passphrase")
    db.close()
    _downgrade_to(db_url, "0003")
    probe = make_engine(to_url(db_url))
    try:
        assert current_revision(probe) == "0003"
        with probe.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("users")}
        assert "job_title" not in columns
    finally:
        probe.dispose()

    upgraded = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == head_revision()
        user = accounts.get_user(upgraded, admin.user_id)
        assert (user.full_name, user.job_title) == ("Ana Admin", "")
        accounts.set_job_title(upgraded, admin, admin.user_id, "Head of Licensing")
        assert accounts.get_user(upgraded, admin.user_id).job_title == "Head of Licensing"
    finally:
        upgraded.close()


def test_a_0004_database_gains_acts_for_and_stores_the_new_party_types(
    db_url: str, tmp_path: Path
) -> None:
    """Migration 0005: ``parties.acts_for`` is added (existing parties act for no one) and the
    new party types fit the stored column on both engines (no CHECK constraint, VARCHAR(40))."""
    from att_desktop.db.engine import make_engine, to_url
    from att_desktop.domain.application import PartyInput
    from att_desktop.domain.enums import PartyRole, PartyType

    db = open_database(db_url)
    old = cases.create_application(db, application())
    db.close()
    _downgrade_to(db_url, "0004")
    probe = make_engine(to_url(db_url))
    try:
        assert current_revision(probe) == "0004"
        with probe.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("parties")}
        assert "acts_for" not in columns
    finally:
        probe.dispose()

    upgraded = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == head_revision()
        assert [p.acts_for for p in cases.get_case(upgraded, old.id).parties] == [None]
        parties = (
            PartyInput(PartyRole.END_USER, PartyType.REGIONAL_GOVERNMENT, "Puntland Police", "SO"),
            PartyInput(PartyRole.CONSIGNEE, PartyType.COMMERCIAL, "Bosaso Port", "SO", "", 0),
            PartyInput(PartyRole.BROKER, PartyType.NON_STATE_ARMED_GROUP, "Militia", "SO"),
        )
        new = cases.create_application(
            upgraded, application(destination_code="SO", parties=parties)
        )
        assert cases.get_case(upgraded, new.id).to_input().parties == parties
    finally:
        upgraded.close()


def test_a_0015_database_gains_certificate_keys_and_its_history_still_holds(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0016: every existing case's end-user certificate number gets its lookup key
    (the same certificate written differently on two cases is flagged at once), a case
    without one keeps an empty key, and the history still vouches for every row (the key is
    derived, not part of the row digests)."""
    from att_desktop.db import row_digest
    from att_desktop.db.engine import make_engine, to_url
    from att_desktop.db.models import Application
    from att_desktop.services.audit import verify_all
    from att_desktop.services.euc_checks import euc_flags
    from att_desktop.services.integrity import check_database

    db = open_database(db_url)
    with monkeypatch.context() as before_0016:
        # As the release before 0016 wrote them: their digests know nothing of the key.
        unkeyed = row_digest.SEALED["applications"] | {"euc_number_key"}
        before_0016.setitem(row_digest.SEALED, "applications", unkeyed)
        first = cases.create_application(db, application(euc_number="EUC-123/45"))
        second = cases.create_application(db, application(euc_number="euc 12345"))
        without = cases.create_application(db, application())
    db.close()
    _downgrade_to(db_url, "0015")
    probe = make_engine(to_url(db_url))
    try:
        assert current_revision(probe) == "0015"
        with probe.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("applications")}
        assert "euc_number_key" not in columns
    finally:
        probe.dispose()

    upgraded = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == head_revision()
        with upgraded.session() as session:
            keys = dict(session.query(Application.id, Application.euc_number_key).all())
        assert keys == {first.id: "EUC12345", second.id: "EUC12345", without.id: ""}
        assert [f.other_reference for f in euc_flags(upgraded, first.id)] == [second.reference]
        report = verify_all(upgraded)
        assert report.ok and report.rows_checked > 0, [str(p) for p in report.problems]
    finally:
        upgraded.close()
    checked = check_database(db_url)
    assert checked.ok, [r for r in checked.results if not r.ok]
