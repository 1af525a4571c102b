"""Opening a database: create, upgrade (after a backup) or refuse, then hand out sessions.

A fresh file is created at the newest schema; an older one is copied aside and upgraded; one
written by a newer ATT Desktop, or one that is not ours, is refused and left untouched.

Two engines are supported, with the same guarantees:

- **SQLite** (a path): WAL mode, foreign keys on, a busy timeout; the copy before an upgrade
  is made with SQLite's backup API.
- **PostgreSQL** (a URL, ``postgresql+psycopg://user@host/dbname``, psycopg 3): WAL and
  foreign keys are the server's own; a lock timeout plays the busy timeout's part; the copy
  before an upgrade is made with ``pg_dump`` (found on PATH, in Debian's
  ``/usr/lib/postgresql/*/bin``, or named by ``ATT_DESKTOP_PG_DUMP``), and an upgrade is
  refused, with nothing changed, when no ``pg_dump`` can make that copy. Opening takes a
  server-wide advisory lock, so two workstations starting at once never both create or
  upgrade the schema.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from att_desktop.db import search_index

# The errors are re-exported: callers import them from here.
from att_desktop.db.errors import (
    DatabaseConflictError as DatabaseConflictError,
)
from att_desktop.db.errors import (
    DatabaseError as DatabaseError,
)
from att_desktop.db.errors import (
    DatabaseFullError as DatabaseFullError,
)
from att_desktop.db.errors import (
    DatabaseIntegrityError as DatabaseIntegrityError,
)
from att_desktop.db.errors import (
    DatabaseIOError as DatabaseIOError,
)
from att_desktop.db.errors import (
    DatabaseLockedError as DatabaseLockedError,
)
from att_desktop.db.errors import (
    DatabaseNotOursError as DatabaseNotOursError,
)
from att_desktop.db.errors import (
    DatabaseReadOnlyError as DatabaseReadOnlyError,
)
from att_desktop.db.errors import (
    DatabaseTooNewError as DatabaseTooNewError,
)
from att_desktop.db.models import APPEND_ONLY_TABLES, RETAINED_TABLES
from att_desktop.db.retention import guard_statements
from att_desktop.i18n import Message, msg

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


def _alembic_config() -> Config:
    # Alembic (and every dialect's support it brings) is imported only to migrate: opening
    # an up-to-date database reads its revision with plain SQL (see ``head_revision``).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


def _revision_graph() -> dict[str, tuple[str, ...]]:
    return _read_revision_graph(MIGRATIONS_DIR)


@cache
def _read_revision_graph(directory: Path) -> dict[str, tuple[str, ...]]:
    """Each migration script's revision and the revisions it follows, read from the scripts'
    own ``revision = ...`` / ``down_revision = ...`` lines without importing Alembic.

    tests/db/test_migrations.py checks that this agrees with Alembic's own reading.
    """
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((directory / "versions").glob("*.py")):
        found = dict(
            (m.group(1), tuple(_QUOTED.findall(m.group(2))))
            for m in _REVISION_LINE.finditer(script.read_text(encoding="utf-8"))
        )
        if found.get("revision"):
            graph[found["revision"][0]] = found.get("down_revision", ())
    if not graph:  # scripts shipped without sources: let Alembic read them
        from alembic.script import ScriptDirectory

        cfg = _alembic_config()
        cfg.set_main_option("script_location", str(directory))
        script_dir = ScriptDirectory.from_config(cfg)
        for rev in script_dir.walk_revisions():
            down = rev.down_revision
            graph[rev.revision] = (down,) if isinstance(down, str) else tuple(down or ())
    return graph


def head_revision() -> str:
    """The newest schema revision this version knows (the one new databases are made at)."""
    graph = _revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise DatabaseError(
            msg("The migration scripts have {count} heads: {heads}.", count=len(heads), heads=heads)
        )
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _read_revision(conn: Connection, tables: set[str] | None = None) -> str | None:
    """The database's schema revision, from Alembic's ``alembic_version`` table by plain
    SQL (None when the database has none yet)."""
    if tables is None:
        tables = _our_tables(conn)
    if "alembic_version" not in tables:
        return None
    rows = [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    if len(rows) > 1:  # a branched history: Alembic explains it
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


#: URL schemes accepted for PostgreSQL; all are opened with psycopg 3.
_POSTGRES_SCHEMES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def to_url(target: str | Path) -> str:
    """A filesystem path becomes a SQLite URL; a PostgreSQL URL gets the psycopg 3 driver.

    ``postgresql://`` and ``postgres://`` (what libpq and most hosting panels print) mean
    ``postgresql+psycopg://``; other URLs are passed through unchanged.
    """
    text = str(target).strip()
    for scheme in _POSTGRES_SCHEMES[1:]:
        if text.startswith(scheme):
            return "postgresql+psycopg://" + text.removeprefix(scheme)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_postgres_url(url: str) -> bool:
    return url.startswith("postgresql")


def display_url(url: str) -> str:
    """A URL fit to show and log: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def _sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///"))
    return None


def postgres_url(
    *,
    host: str,
    database: str,
    user: str = "",
    password: str = "",
    port: int | None = None,
    sslmode: str = "",
) -> str:
    """A ``postgresql+psycopg://`` URL with every part escaped (a password may hold '@').

    Leave the password empty to let libpq take it from the user's password file
    (``~/.pgpass``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) or ``PGPASSWORD``.
    """
    from sqlalchemy.engine import URL

    query = {"sslmode": sslmode} if sslmode else {}
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host or None,
        port=port,
        database=database,
        query=query,
    ).render_as_string(hide_password=False)


def probe_database(target: str | Path, *, timeout: float = 5.0) -> Message:
    """Connect, read the schema revision and say what opening would do; change nothing.

    Raises DatabaseError with the reason when the database cannot be reached.
    """
    url = to_url(target)
    path = _sqlite_path(url)
    if path is not None:
        if not path.exists():
            return msg("{path} does not exist yet: ATT Desktop will create it.", path=str(path))
        _check_sqlite_file(path)
    where = str(path) if path is not None else display_url(url)
    engine = make_engine(url, busy_timeout=timeout)
    try:
        with engine.connect() as conn:
            tables = _our_tables(conn)
            revision = _read_revision(conn, tables)
            tables -= {"alembic_version"}
            pg = conn.dialect.name == "postgresql"
            version = conn.exec_driver_sql("SHOW server_version").scalar() if pg else None
            server = f"PostgreSQL {version}" if pg else f"SQLite {sqlite3.sqlite_version}"
    except (OperationalError, SADatabaseError) as exc:
        raise _translate(exc, where) from exc
    finally:
        engine.dispose()
    if revision is None:
        if tables:
            raise DatabaseNotOursError(
                msg(
                    "{where} holds tables that ATT Desktop did not create; choose another "
                    "database.",
                    where=where,
                )
            )
        return msg(
            "Connected ({server}). The database is empty: ATT Desktop will set it up.",
            server=server,
        )
    if revision == head_revision():
        return msg(
            "Connected ({server}). An ATT Desktop database, schema {revision} (current).",
            server=server,
            revision=revision,
        )
    if revision in known_revisions():
        return msg(
            "Connected ({server}). An ATT Desktop database at schema {revision}: it will be "
            "backed up and upgraded when opened.",
            server=server,
            revision=revision,
        )
    raise DatabaseTooNewError(
        msg(
            "{where} was written by a newer version of ATT Desktop (schema {revision}).",
            where=where,
            revision=revision,
        )
    )


#: How long a write waits for another program's lock before giving up, in seconds.
DEFAULT_BUSY_TIMEOUT = 10.0


def _sqlite_connect_hook(busy_timeout: float) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        # WAL is switched on by open_database once the file is known to be ours: setting it
        # here would rewrite the header of a file we are about to refuse.
        # FULL, not NORMAL: in WAL mode NORMAL can lose the last commits on power loss, and
        # a commit here is the legal record (issue 13).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return on_connect


def make_engine(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    if url.startswith("sqlite"):
        # The GUI runs service calls on worker threads (ui/ops.py): a pooled connection is
        # handed to one session at a time, but not always on the thread that opened it.
        # A file gets a QueuePool (a SingletonThreadPool would open one per thread, never
        # closed); an in-memory database keeps SQLAlchemy's own choice.
        pool: dict[str, Any] = {"poolclass": QueuePool} if _sqlite_path(url) else {}
        engine = create_engine(
            url, connect_args={"timeout": busy_timeout, "check_same_thread": False}, **pool
        )
        event.listen(engine, "connect", _sqlite_connect_hook(busy_timeout))
        return engine
    if is_postgres_url(url):
        try:
            return create_engine(
                url,
                pool_pre_ping=True,
                connect_args={
                    "connect_timeout": max(1, int(busy_timeout)),
                    "application_name": "ATT Desktop",
                    # A row another workstation holds is waited for this long, then the
                    # action fails with DatabaseLockedError (SQLite's busy timeout).
                    "options": f"-c lock_timeout={int(busy_timeout * 1000)}",
                },
            )
        except (NoSuchModuleError, ModuleNotFoundError) as exc:
            raise DatabaseError(
                msg(
                    "PostgreSQL support needs the psycopg package (pip install "
                    "'psycopg[binary]'); it is not installed ({error}).",
                    error=exc,
                )
            ) from exc
    try:
        return create_engine(url)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError(
            msg(
                "{location} is not a database ATT Desktop can open: give a SQLite file "
                "or a PostgreSQL URL such as postgresql+psycopg://user@server/att.",
                location=display_url(url),
            )
        ) from exc


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


#: Names the pg_dump to use when the one on PATH is missing or older than the server.
PG_DUMP_ENV = "ATT_DESKTOP_PG_DUMP"


def find_pg_dump() -> Path | None:
    """``ATT_DESKTOP_PG_DUMP``, else ``pg_dump`` on PATH, else the newest Debian/Ubuntu one."""
    named = os.environ.get(PG_DUMP_ENV)
    if named:
        return Path(named) if Path(named).is_file() else None
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return debian[-1] if debian else None


def _libpq_target(engine: Engine) -> tuple[str, dict[str, str]]:
    """The engine's connection as a libpq conninfo string, and the password as PGPASSWORD."""
    from psycopg import pq
    from psycopg.conninfo import make_conninfo

    _, params = engine.dialect.create_connect_args(engine.url)
    libpq = {d.keyword.decode() for d in pq.Conninfo.get_defaults()}
    keep = {
        k: str(v)
        for k, v in params.items()
        if k in libpq and k not in {"password", "options"} and v is not None
    }
    env = {"PGPASSWORD": str(params["password"])} if params.get("password") else {}
    return make_conninfo("", **keep), env


def backup_postgres(engine: Engine, destination: Path) -> Path:
    """A consistent ``pg_dump --format=custom`` of the database (restore with pg_restore).

    Raises DatabaseError, leaving no partial file, when pg_dump is missing or fails.
    """
    pg_dump = find_pg_dump()
    if pg_dump is None:
        raise DatabaseError(
            msg(
                "pg_dump was not found, so no backup of the PostgreSQL database could "
                "be made. Install PostgreSQL's client tools (Debian/Ubuntu: "
                "postgresql-client; the same major version as the server or newer), or "
                "name pg_dump with {variable}.",
                variable=PG_DUMP_ENV,
            )
        )
    destination.parent.mkdir(parents=True, exist_ok=True)
    conninfo, password = _libpq_target(engine)
    partial = destination.with_name(destination.name + ".partial")
    try:
        completed = subprocess.run(
            [str(pg_dump), "--format=custom", f"--file={partial}", f"--dbname={conninfo}"],
            env={**os.environ, **password},
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            msg("pg_dump could not be run ({pg_dump}): {error}", pg_dump=pg_dump, error=exc)
        ) from exc
    if completed.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = completed.stderr.strip().splitlines()
        raise DatabaseError(
            msg(
                "pg_dump ({pg_dump}) could not back up the database: {detail}",
                pg_dump=pg_dump,
                detail=detail[-1] if detail else "exit status " + str(completed.returncode),
            )
        )
    partial.replace(destination)
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
    #: For the person opening it (an upgrade made…), in the window's language.
    notices: list[Message | str] = field(default_factory=list)
    #: True when opening created the schema (a new file, or an empty PostgreSQL database).
    created: bool = False
    #: This workstation's witness file (issue 13): the app and the commands set it, and the
    #: chain's head is appended there after each decision, checkpoint and close.
    witness: Path | None = None

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
            if type(translated) in (DatabaseError, DatabaseIntegrityError):
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

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        self.engine.dispose()


class ReadOnlyDatabase(Database):
    """A database opened read-only: an attempt to write fails with a message saying so."""

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with super().session() as session:
                yield session
        except (OperationalError, SADatabaseError, DatabaseReadOnlyError) as exc:
            # The base session has already classified the driver's error; an archive says
            # why it cannot be written, whatever the driver called it.
            raise DatabaseReadOnlyError(
                msg(
                    "{location} is open read-only (an archive), so nothing can be changed "
                    "in it; nothing was.",
                    location=self.display_location,
                )
            ) from exc


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(
            msg("Cannot read {path}: {reason}.", path=path, reason=exc.strerror)
        ) from exc
    if header != SQLITE_MAGIC:
        raise DatabaseNotOursError(
            msg(
                "{path} is not an ATT Desktop database (it is not a SQLite file, or it "
                "is damaged). Choose another file, or restore it from a backup. It was "
                "not changed.",
                path=path,
            )
        )


#: What a driver's error code means, whichever engine raised it.
LOCKED, CONFLICT, FULL, READ_ONLY, IO, DAMAGED, INTEGRITY, CONNECTION = (
    "locked",
    "conflict",
    "full",
    "read-only",
    "io",
    "damaged",
    "integrity",
    "connection",
)

#: SQLite primary result codes (the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT).
_SQLITE_KINDS = {
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY*
    10: IO,  # SQLITE_IOERR*
    11: DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    19: INTEGRITY,  # SQLITE_CONSTRAINT* (the Article 12 triggers' RAISE(ABORT) too)
    26: DAMAGED,  # SQLITE_NOTADB
}
#: SQLITE_BUSY_SNAPSHOT: a WAL reader's snapshot went stale before it could write, because
#: another connection committed first; busy_timeout does not wait for it.
_SQLITE_BUSY_SNAPSHOT = 5 | (2 << 8)

#: PostgreSQL SQLSTATEs (exact codes first, then their two-character classes).
_PG_KINDS = {
    "40P01": CONFLICT,  # deadlock_detected
    "40001": CONFLICT,  # serialization_failure
    "55P03": LOCKED,  # lock_not_available (lock_timeout, NOWAIT)
    "57014": LOCKED,  # query_canceled (statement_timeout)
    "53100": FULL,  # disk_full
    "25006": READ_ONLY,  # read_only_sql_transaction
    "58030": IO,  # io_error
    "XX001": DAMAGED,  # data_corrupted
    "XX002": DAMAGED,  # index_corrupted
    "P0001": INTEGRITY,  # raise_exception: the Article 12 triggers
}
_PG_CLASSES = {"23": INTEGRITY, "08": CONNECTION, "40": CONFLICT}


def error_kind(exc: BaseException) -> str | None:
    """What went wrong, from the driver's own code (SQLite result code, PostgreSQL SQLSTATE);
    None when the driver gave no code this module knows. Message text is never read."""
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(sqlstate, str) and sqlstate:
        return _PG_KINDS.get(sqlstate) or _PG_CLASSES.get(sqlstate[:2])
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        if code == _SQLITE_BUSY_SNAPSHOT:
            return CONFLICT
        return _SQLITE_KINDS.get(code & 0xFF)
    return None


def _translate(exc: Exception, where: str) -> DatabaseError:
    """A driver error as a DatabaseError subclass when we can explain it, else a plain one.

    Classified by the driver's error code (``error_kind``). Only a PostgreSQL connection
    that could not be made at all carries no SQLSTATE (libpq reports it before any server
    message); those alone are told apart by libpq's text.
    """
    kind = error_kind(exc)
    if kind == CONFLICT:
        return DatabaseConflictError(
            msg(
                "Another workstation was saving to {where} at the same moment, and this "
                "action had to give way: try again. Nothing was lost, and nothing was "
                "half saved.",
                where=where,
            )
        )
    if kind == LOCKED:
        return DatabaseLockedError(
            msg(
                "The database {where} is locked by another program or another ATT "
                "Desktop (it held it longer than the lock timeout). Try again in a "
                "moment, or close the other program; nothing was changed.",
                where=where,
            )
        )
    if kind == FULL:
        return DatabaseFullError(
            msg(
                "The disk holding the database {where} is full. Free some space and try "
                "again; nothing was changed.",
                where=where,
            )
        )
    if kind == READ_ONLY:
        return DatabaseReadOnlyError(
            msg(
                "The database {where} is read-only (the file, its folder or the server "
                "refuses writes). Ask for write access or open a writable copy; nothing "
                "was changed.",
                where=where,
            )
        )
    if kind == IO:
        return DatabaseIOError(
            msg(
                "The computer could not read or write the database {where} (an "
                "input/output error: a removed drive, a network share gone, a failing "
                "disk). Check the drive and try again; restore from a backup if it "
                "persists.",
                where=where,
            )
        )
    if kind == DAMAGED:
        return DatabaseNotOursError(
            msg(
                "The database {where} is damaged ({error}). Restore it from a backup "
                "(att-desktop backup makes them); it was not changed.",
                where=where,
                error=exc,
            )
        )
    if kind == INTEGRITY:
        return DatabaseIntegrityError(
            msg(
                "The database {where} refused the change: {detail}",
                where=where,
                detail=getattr(exc, "orig", exc),
            )
        )
    if kind == CONNECTION or kind is None:
        explained = _connection_problem(exc, where)
        if explained is not None:
            return explained
    return DatabaseError(msg("Cannot open the database {where}: {error}", where=where, error=exc))


def _connection_problem(exc: Exception, where: str) -> DatabaseError | None:
    """libpq's connection failures (no SQLSTATE): no server, no database, wrong password."""
    first = str(getattr(exc, "orig", exc)).strip().splitlines()
    message = " ".join(first).lower()
    if "connection" not in message:
        return None
    if "does not exist" in message and "database" in message:
        return DatabaseError(
            msg(
                "The PostgreSQL server has no database {where}. Ask the administrator "
                "to create it (createdb), empty and owned by the ATT Desktop user; ATT "
                "Desktop fills it.",
                where=where,
            )
        )
    if "password authentication failed" in message:
        return DatabaseError(
            msg("The PostgreSQL server refused the user name or password for {where}.", where=where)
        )
    if "refused" in message or "failed" in message or "timeout" in message:
        return DatabaseError(
            msg(
                "Cannot connect to the PostgreSQL server for {where} ({detail}). Check "
                "that the server is running and reachable, and the URL's host, port, "
                "user and password.",
                where=where,
                detail=first[0] if first else exc,
            )
        )
    return None


#: For services that talk to the server directly (``att-desktop check``).
explain_error = _translate


def open_database(
    target: str | Path,
    *,
    backup_dir: Path | None = None,
    create: bool = True,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    read_only: bool = False,
    immutable: bool | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    ``busy_timeout`` is how long a write waits for another program's lock (seconds).
    ``read_only`` opens a SQLite file as an archive (see ``_open_sqlite_read_only``): nothing
    created, upgraded or written; ``immutable`` forces (or forbids) SQLite's immutable mode.
    """
    try:
        path = _sqlite_path(to_url(target)) if read_only else None
        if path is not None:
            db = _open_sqlite_read_only(path, immutable, busy_timeout)
        else:
            db = _open_database(target, backup_dir, create, busy_timeout)
    except DatabaseError as exc:
        log.warning("Cannot open the database %s: %s", _where(to_url(target)), exc)
        raise
    log.info("Opened the database %s", db.display_location)
    return db


def read_only_uri(path: Path, immutable: bool | None = None) -> str:
    """The ``file:`` URI that opens ``path`` read-only (for ``sqlite3.connect(uri=True)``).

    ``immutable=None`` decides: immutable when the folder cannot be written (a CD, a
    read-only share or file system, where SQLite could not create its ``-shm`` file), unless
    a ``-wal`` file holds commits not yet in the main file, which immutable mode would ignore.
    """
    if immutable is None:
        wal = path.with_name(path.name + "-wal")
        pending = wal.exists() and wal.stat().st_size > 0
        immutable = not pending and not os.access(path.parent, os.W_OK)
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")


def _open_sqlite_read_only(path: Path, immutable: bool | None, busy_timeout: float) -> Database:
    """A SQLite file opened ``mode=ro``: checks, exports and reports work on a CD or a share.

    On a read-only folder or file system (where SQLite cannot create its ``-shm`` file) the
    file is also opened ``immutable=1``, unless a ``-wal`` file holds commits not yet in the
    main file, which immutable mode would silently ignore. The schema must be this
    version's: an archive is never upgraded.
    """
    if not path.exists():
        raise DatabaseError(msg("There is no database at {path}.", path=path))
    _check_sqlite_file(path)
    uri = read_only_uri(path, immutable)
    immutable = uri.endswith("immutable=1")
    url = f"sqlite:///{uri}&uri=true"
    engine = make_engine(url, busy_timeout=busy_timeout)
    db = ReadOnlyDatabase(url, engine, sessionmaker(engine, expire_on_commit=False), path=path)
    try:
        revision = current_revision(engine)
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        raise _translate(exc, str(path)) from exc
    if revision != head_revision():
        engine.dispose()
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNewError(
                msg(
                    "{path} was written by a newer version of ATT Desktop (schema "
                    "{revision}); install that version or newer to read it. It was left "
                    "untouched.",
                    path=path,
                    revision=revision,
                )
            )
        raise DatabaseError(
            msg(
                "{path} is at schema {revision}, not {current}: a database opened "
                "read-only is never upgraded. Copy it to a writable folder and run "
                "'att-desktop init' on the copy, or use the version of ATT Desktop that "
                "wrote it.",
                path=path,
                revision=revision or "none",
                current=head_revision(),
            )
        )
    log.info("Opened the database %s read-only%s", path, " (immutable)" if immutable else "")
    return db


def _where(url: str) -> str:
    path = _sqlite_path(url)
    return str(path) if path is not None else display_url(url)


def _open_database(
    target: str | Path, backup_dir: Path | None, create: bool, busy_timeout: float
) -> Database:
    url = to_url(target)
    path = _sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise DatabaseError(
                msg("There is no database at {path}. Run 'att-desktop init' first.", path=path)
            )
        _check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    where = str(path) if path is not None else display_url(url)
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
                # Switching the mode needs the file to itself, and SQLite does not wait for it
                # (no busy handler): asked while another workstation writes, it fails at once.
                # A database already in WAL mode (every one after its first opening) is left.
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
                if str(mode).lower() != "wal":
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
        return _read_revision(conn)


#: pg_advisory_lock key held while a PostgreSQL schema is checked, created or upgraded.
SCHEMA_LOCK_KEY = 0x41_54_54_01  # "ATT" 1


@contextmanager
def _schema_lock(db: Database) -> Iterator[None]:
    """On PostgreSQL, one workstation at a time creates or upgrades the schema."""
    if not db.is_postgres:
        yield
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({SCHEMA_LOCK_KEY})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({SCHEMA_LOCK_KEY})")
            conn.commit()


def _our_tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def _prepare_schema(db: Database, backup_dir: Path | None) -> None:
    with _schema_lock(db):
        with db.engine.connect() as conn:
            tables = _our_tables(conn)
            revision = _read_revision(conn, tables)
        head = head_revision()
        if revision is None:
            if tables - {"alembic_version"}:
                raise DatabaseNotOursError(
                    msg(
                        "{location} holds tables that ATT Desktop did not create. Choose "
                        "another database; this one was not changed.",
                        location=db.display_location,
                    )
                )
            _upgrade(db)
            db.created = True
            log.info("Created the database %s at schema %s", db.display_location, head)
            return
        if revision == head:
            return
        if revision not in known_revisions():
            raise DatabaseTooNewError(
                msg(
                    "{location} was written by a newer version of ATT Desktop (schema "
                    "{revision}). Install that version or newer to open it; the database "
                    "was left untouched.",
                    location=db.display_location,
                    revision=revision,
                )
            )
        _backup_before_upgrade(db, revision, backup_dir)
        _upgrade(db)
        log.info(
            "Upgraded the database %s from schema %s to %s; the copy before is %s",
            db.display_location,
            revision,
            head,
            db.pre_upgrade_backup,
        )


def _backup_before_upgrade(db: Database, revision: str, backup_dir: Path | None) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if db.path is not None:
        folder = backup_dir or db.path.parent / "backups"
        db.pre_upgrade_backup = backup_sqlite(
            db.path, folder / f"{db.path.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
        )
    else:
        if backup_dir is None:
            from att_desktop.config import AppPaths

            backup_dir = AppPaths.default().backup_dir
        name = db.engine.url.database or "att"
        try:
            db.pre_upgrade_backup = backup_postgres(
                db.engine, backup_dir / f"{name}-before-upgrade-{revision}-{stamp}.pgdump"
            )
        except DatabaseError as exc:
            raise DatabaseError(
                msg(
                    "{location} needs an upgrade to this version's schema, and the upgrade "
                    "is only made after a backup. {error} The database was not changed.",
                    location=db.display_location,
                    error=exc.message,
                )
            ) from exc
    db.notices.append(
        msg(
            "The database was upgraded to this version's format; a copy of the old database "
            "was kept at {backup}.",
            backup=str(db.pre_upgrade_backup),
        )
    )


def _upgrade(db: Database, revision: str = "head") -> None:
    """Run the migrations in one transaction, then restore the Article 12 guards and the
    triggers that keep the search tables in step (``db/search_index.py``).

    On SQLite, foreign keys are switched off for the run (a batch migration rebuilds tables
    that others reference) and checked before the transaction commits.
    """
    from alembic import command

    cfg = _alembic_config()
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                search_index.suspend(conn)
                command.upgrade(cfg, revision)
                tables = set(inspect(conn).get_table_names())
                for statement in guard_statements(
                    conn.dialect.name,
                    [t for t in RETAINED_TABLES if t in tables],
                    APPEND_ONLY_TABLES,
                ):
                    conn.exec_driver_sql(statement)
                db.notices.extend(search_index.ensure(conn, tables))
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            msg(
                                "The upgrade would break {count} links between records; it was "
                                "rolled back and the database is unchanged.",
                                count=len(broken),
                            )
                        )
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def upgrade_to(db: Database, revision: str) -> None:
    """Move the schema to a given revision (tests build old databases with it)."""
    _upgrade(db, revision)
