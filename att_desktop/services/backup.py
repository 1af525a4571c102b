"""``att-desktop backup``: a consistent copy of the database, checked after it is made.

SQLite's backup API copies a live database (WAL included) consistently, unlike a file copy
taken while ATT Desktop is writing. A PostgreSQL database is copied with ``pg_dump
--format=custom`` (one consistent snapshot, taken while others keep working); the copy is
checked with ``pg_restore --list`` and restored with ``pg_restore --dbname=EMPTY_DB FILE``.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from att_desktop.db.engine import (
    SQLITE_MAGIC,
    DatabaseError,
    DatabaseLockedError,
    DatabaseNotOursError,
    backup_postgres,
    backup_sqlite,
    display_url,
    find_pg_dump,
    is_postgres_url,
    make_engine,
    to_url,
)
from att_desktop.i18n import msg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupResult:
    #: The file copied, or the PostgreSQL database's URL (without its password).
    source: Path | str
    destination: Path
    size: int
    cases: int
    #: The chain's head in the copy, ``EVENT_ID:HASH`` (issue 13), also written beside it in
    #: ``<backup>.anchor``: ``audit verify --anchor`` proves a later history still holds it.
    anchor: str = ""


def anchor_file(backup: Path) -> Path:
    """The sidecar holding a backup's record anchor."""
    return backup.with_name(backup.name + ".anchor")


def _write_anchor(destination: Path, head: tuple[int, str] | None) -> str:
    if head is None:
        return ""
    anchor = f"{head[0]}:{head[1]}"
    anchor_file(destination).write_text(anchor + "\n", encoding="utf-8")
    return anchor


def default_backup_name(source: Path, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{source.stem}-{stamp}.sqlite3"


def backup_database(target: str | Path, *, out: Path | None, backup_dir: Path) -> BackupResult:
    """Copy the database at ``target`` to ``out`` (a file or a folder) or into ``backup_dir``.

    An existing file is never overwritten. Raises DatabaseError with what to do instead.
    """
    url = to_url(target)
    if is_postgres_url(url):
        return _backup_postgres(url, out=out, backup_dir=backup_dir)
    if not url.startswith("sqlite:///"):
        raise DatabaseError(
            msg("{location} is neither a SQLite file nor PostgreSQL.", location=display_url(url))
        )
    source = Path(url.removeprefix("sqlite:///"))
    if not source.is_file():
        raise DatabaseError(msg("There is no database at {source} to back up.", source=source))
    with source.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise DatabaseNotOursError(
                msg("{source} is not an ATT Desktop database (not SQLite).", source=source)
            )
    if out is None:
        destination = backup_dir / default_backup_name(source)
    elif out.is_dir():
        destination = out / default_backup_name(source)
    else:
        destination = out
    destination = destination.expanduser().resolve()
    if destination == source.resolve():
        raise DatabaseError(msg("The backup cannot be written over the database itself."))
    if destination.exists():
        raise DatabaseError(
            msg(
                "{destination} already exists; choose another name with --out.",
                destination=destination,
            )
        )
    try:
        backup_sqlite(source, destination)
        _single_file(destination)
        cases = _verify(destination)
        anchor = _write_anchor(destination, _head(destination))
    except sqlite3.OperationalError as exc:
        destination.unlink(missing_ok=True)
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                msg("{source} is locked by another program; close it and try again.", source=source)
            ) from exc
        raise DatabaseError(
            msg("The backup failed: {error}. Nothing was written.", error=exc)
        ) from exc
    except sqlite3.DatabaseError as exc:
        destination.unlink(missing_ok=True)
        raise DatabaseNotOursError(
            msg("{source} is damaged and cannot be copied: {error}.", source=source, error=exc)
        ) from exc
    except OSError as exc:
        destination.unlink(missing_ok=True)
        raise DatabaseError(
            msg(
                "Cannot write {destination}: {reason}.",
                destination=destination,
                reason=exc.strerror,
            )
        ) from exc
    log.info("Backed up %s to %s (%d cases, anchor %s)", source, destination, cases, anchor)
    return BackupResult(source, destination, destination.stat().st_size, cases, anchor)


def _single_file(copy: Path) -> None:
    """A backup is one self-contained file: no -wal/-shm companions to lose when copied."""
    with closing(sqlite3.connect(copy)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")


def _verify(copy: Path) -> int:
    """Open the copy on its own and check it, so a bad backup is known today, not in a crisis."""
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as conn:
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise sqlite3.DatabaseError(f"the copy failed its check: {status}")
        try:
            return int(conn.execute("SELECT count(*) FROM applications").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def _head(copy: Path) -> tuple[int, str] | None:
    """The copy's newest event and its hash (None: no history yet)."""
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as conn:
        try:
            row = conn.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            return None
    return (int(row[0]), str(row[1])) if row is not None else None


def _destination(out: Path | None, default_dir: Path, name: str) -> Path:
    if out is None:
        destination = default_dir / name
    elif out.is_dir():
        destination = out / name
    else:
        destination = out
    destination = destination.expanduser().resolve()
    if destination.exists():
        raise DatabaseError(
            msg(
                "{destination} already exists; choose another name with --out.",
                destination=destination,
            )
        )
    return destination


def _backup_postgres(url: str, *, out: Path | None, backup_dir: Path) -> BackupResult:
    from sqlalchemy import func, select

    from att_desktop.db.models import Application, Event

    engine = make_engine(url)
    try:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{engine.url.database or 'att'}-{stamp}.pgdump"
        destination = _destination(out, backup_dir, name)
        try:
            with engine.connect() as conn:
                cases = int(conn.execute(select(func.count(Application.id))).scalar() or 0)
                # Read before the dump starts: an event the dump's snapshot holds.
                newest = conn.execute(
                    select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1)
                ).first()
        except Exception as exc:
            from att_desktop.db.engine import explain_error

            raise explain_error(exc, display_url(url)) from exc
        backup_postgres(engine, destination)
    finally:
        engine.dispose()
    _verify_dump(destination)
    head = (int(newest.id), str(newest.hash)) if newest is not None else None
    try:
        anchor = _write_anchor(destination, head)
    except OSError as exc:
        raise DatabaseError(
            msg(
                "Cannot write {file}: {reason}.", file=anchor_file(destination), reason=exc.strerror
            )
        ) from exc
    log.info("Backed up %s to %s (%d cases)", display_url(url), destination, cases)
    return BackupResult(display_url(url), destination, destination.stat().st_size, cases, anchor)


def _verify_dump(dump: Path) -> None:
    """``pg_restore --list`` reads the whole archive's table of contents: a truncated or
    damaged dump is found now, not on the day it is needed."""
    import subprocess

    pg_dump = find_pg_dump()
    pg_restore = pg_dump.with_name("pg_restore") if pg_dump is not None else None
    if pg_restore is None or not pg_restore.exists():
        return
    listed = subprocess.run(
        [str(pg_restore), "--list", str(dump)], capture_output=True, text=True, check=False
    )
    if listed.returncode != 0 or "TABLE DATA public applications" not in listed.stdout:
        raise DatabaseError(
            msg(
                "The backup {dump} was written but does not read back ({detail}); do "
                "not rely on it. Check the disk and pg_dump's version, and try again.",
                dump=dump,
                detail=listed.stderr.strip(),
            )
        )
