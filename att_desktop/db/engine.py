"""Opening a database: create, upgrade (after a backup) or refuse, then hand out sessions.

A fresh file is created at the newest schema; an older one is copied aside and upgraded; one
written by a newer ATT Desktop, or one that is not ours, is refused and left untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from att_desktop.db.models import RETAINED_TABLES
from att_desktop.db.retention import guard_statements

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database problem explained for the person at the keyboard."""


class DatabaseTooNewError(DatabaseError):
    pass


class DatabaseNotOursError(DatabaseError):
    pass


class DatabaseLockedError(DatabaseError):
    pass


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def to_url(target: str | Path) -> str:
    """A filesystem path becomes a SQLite URL; a URL (``postgresql+psycopg://...``) stays."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///"))
    return None


#: How long a write waits for another program's lock before giving up, in seconds.
DEFAULT_BUSY_TIMEOUT = 10.0


def _sqlite_connect_hook(busy_timeout: float) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        # WAL is switched on by open_database once the file is known to be ours: setting it
        # here would rewrite the header of a file we are about to refuse.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


def make_engine(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout})
        event.listen(engine, "connect", _sqlite_connect_hook(busy_timeout))
        return engine
    return create_engine(url, pool_pre_ping=True)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while the file is in WAL mode)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


@dataclass
class Database:
    """An open database: one engine and one session factory for the whole app."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None = None
    #: Set when opening upgraded an older schema; the copy made before the upgrade.
    pre_upgrade_backup: Path | None = None
    notices: list[str] = field(default_factory=list)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed if the block succeeds, rolled back if it raises.

        A lock held by another program, or a damaged file, surfaces as a DatabaseError that
        says what to do, not as a driver exception.
        """
        session = self.sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, SADatabaseError) as exc:
            session.rollback()
            translated = _translate(exc, self.display_location)
            if type(translated) is DatabaseError:
                raise
            raise translated from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def display_location(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_MAGIC:
        raise DatabaseNotOursError(
            f"{path} is not an ATT Desktop database (it is not a SQLite file, or it is "
            "damaged). Choose another file, or restore it from a backup. It was not changed."
        )


def _translate(exc: Exception, where: str) -> DatabaseError:
    """A driver error as a DatabaseError subclass when we can explain it, else a plain one."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "locked" in message or "busy" in message:
        return DatabaseLockedError(
            f"The database {where} is locked by another program or another ATT Desktop. "
            "Close the other program and try again; nothing was changed."
        )
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return DatabaseNotOursError(
            f"The database {where} is damaged ({exc}). Restore it from a backup "
            "(att-desktop backup makes them); it was not changed."
        )
    return DatabaseError(f"Cannot open the database {where}: {exc}")


def open_database(
    target: str | Path,
    *,
    backup_dir: Path | None = None,
    create: bool = True,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    ``busy_timeout`` is how long a write waits for another program's lock (seconds).
    """
    url = to_url(target)
    path = _sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise DatabaseError(f"There is no database at {path}. Run 'att-desktop init' first.")
        _check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    where = str(path) if path is not None else url.split("@")[-1]
    engine = make_engine(url, busy_timeout=busy_timeout)
    db = Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        path=path,
    )
    try:
        _prepare_schema(db, backup_dir)
        if path is not None:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    except DatabaseError:
        engine.dispose()
        raise
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        raise _translate(exc, where) from exc
    return db


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _prepare_schema(db: Database, backup_dir: Path | None) -> None:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = MigrationContext.configure(conn).get_current_revision()
    head = head_revision()
    if revision is None:
        if tables - {"alembic_version"}:
            raise DatabaseNotOursError(
                f"{db.display_location} holds tables that ATT Desktop did not create. "
                "Choose another file; this one was not changed."
            )
        _upgrade(db)
        return
    if revision == head:
        return
    if revision not in known_revisions():
        raise DatabaseTooNewError(
            f"{db.display_location} was written by a newer version of ATT Desktop "
            f"(schema {revision}). Install that version or newer to open it; the file was "
            "left untouched."
        )
    if db.path is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        folder = backup_dir or db.path.parent / "backups"
        db.pre_upgrade_backup = backup_sqlite(
            db.path, folder / f"{db.path.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
        )
        db.notices.append(
            f"The database was upgraded to this version's format; a copy of the old file "
            f"was kept at {db.pre_upgrade_backup}."
        )
    _upgrade(db)


def _upgrade(db: Database, revision: str = "head") -> None:
    """Run the migrations in one transaction, then restore the Article 12 guards.

    On SQLite, foreign keys are switched off for the run (a batch migration rebuilds tables
    that others reference) and checked before the transaction commits.
    """
    cfg = _alembic_config()
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                tables = set(inspect(conn).get_table_names())
                for statement in guard_statements(
                    conn.dialect.name, [t for t in RETAINED_TABLES if t in tables]
                ):
                    conn.exec_driver_sql(statement)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            f"The upgrade would break {len(broken)} links between records; "
                            "it was rolled back and the database is unchanged."
                        )
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def upgrade_to(db: Database, revision: str) -> None:
    """Move the schema to a given revision (tests build old databases with it)."""
    _upgrade(db, revision)
