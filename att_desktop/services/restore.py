"""``att-desktop restore``: put a SQLite backup back in place of the database, safely.

The backup is never trusted as it is: a copy of it (the backup itself is not touched) is
upgraded if it is older, and passes every check of ``att-desktop check`` (SQLite integrity,
schema revision, the event history's hash chain, references) before anything changes. The
database it replaces is kept beside it as ``NAME.before-restore-<time>`` (with its -wal
file, if any), never deleted; a database another program has open is refused; and the
restore is recorded in the restored database's own history, by the administrator who ran it.

The checked copy is written next to the database and moved into place with one rename, so
a failure at any step leaves the database as it was. PostgreSQL is restored with
``pg_restore`` into an empty database (see the README), not by this command.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from att_desktop.db.engine import (
    SQLITE_MAGIC,
    Database,
    DatabaseError,
    DatabaseLockedError,
    DatabaseNotOursError,
    DatabaseTooNewError,
    backup_sqlite,
    known_revisions,
    open_database,
)
from att_desktop.i18n import msg
from att_desktop.services.dto import Actor
from att_desktop.services.history import record_event
from att_desktop.services.integrity import check_database
from att_desktop.services.permissions import Permission, authorize

log = logging.getLogger(__name__)

#: Who restores: signs in against the checked copy of the backup (the history it joins).
SignIn = Callable[[Database], Actor]


class RestoreRefused(DatabaseError):
    """The backup failed a check, or the database cannot be replaced now; nothing changed."""


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    target: Path
    #: Where the replaced database was kept (None when there was none).
    kept: Path | None
    cases: int
    events: int


def restore_sqlite(
    backup: Path, target: Path, *, sign_in: SignIn, now: datetime | None = None
) -> RestoreResult:
    """Replace the SQLite database ``target`` by a checked copy of ``backup``.

    Raises RestoreRefused (or another DatabaseError) with what was wrong; the database is
    then unchanged.
    """
    backup, target = backup.expanduser().resolve(), target.expanduser().resolve()
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    if backup == target:
        raise RestoreRefused(msg("The backup and the database are the same file."))
    _check_is_sqlite(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.restoring-{stamp}")
    work = target.with_name(f".{target.name}.restore-work-{stamp}")
    try:
        _stage(backup, staging, work)
        cases, events = _record_restore(staging, backup, target, stamp, sign_in)
        _refuse_if_open(target)  # last: the only step that touches the database (see there)
        kept = _set_aside(target, stamp)
        os.replace(staging, target)
    finally:
        for leftover in (staging, *_companions(staging)):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    log.info("Restored %s from %s (the replaced database kept as %s)", target, backup, kept)
    return RestoreResult(backup, target, kept, cases, events)


def _check_is_sqlite(path: Path) -> None:
    if not path.is_file():
        raise RestoreRefused(msg("There is no backup at {path}.", path=path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise DatabaseNotOursError(
                msg(
                    "{path} is not an ATT Desktop backup (not a SQLite file). Nothing was changed.",
                    path=path,
                )
            )


def _stage(backup: Path, staging: Path, work: Path) -> None:
    """Copy the backup, bring it to this version's schema and run every check on it."""
    try:
        backup_sqlite(backup, staging)
        with closing(sqlite3.connect(staging)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            try:
                stamp = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            except sqlite3.OperationalError:
                stamp = []
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused(
            msg("{backup} cannot be read: {error}. Nothing was changed.", backup=backup, error=exc)
        ) from exc
    if rows != ["ok"]:
        raise RestoreRefused(
            msg(
                "{backup} is damaged ({problems}). Nothing was changed; try an older backup.",
                backup=backup,
                problems="; ".join(rows[:3]),
            )
        )
    if len(stamp) != 1:
        raise RestoreRefused(
            msg("{backup} is not an ATT Desktop database. Nothing was changed.", backup=backup)
        )
    if stamp[0] not in known_revisions():
        raise DatabaseTooNewError(
            msg(
                "{backup} was written by a newer version of ATT Desktop (schema "
                "{revision}); restore it with that version. Nothing was changed.",
                backup=backup,
                revision=stamp[0],
            )
        )
    open_database(staging, create=False, backup_dir=work).close()  # upgrades an older one
    report = check_database(staging)
    if not report.ok:
        findings = [f"{r.name}: {f}" for r in report.results if not r.ok for f in r.findings[:3]]
        raise RestoreRefused(
            msg(
                "{backup} fails its checks, so it was not restored: {findings}. Nothing "
                "was changed; try an older backup.",
                backup=backup,
                findings="; ".join(findings[:6]),
            )
        )


def _refuse_if_open(target: Path) -> None:
    """Refuse while another program has the database open.

    Leaving WAL mode needs the only connection to the file, so it fails while any other
    program (the app, another command) has the database open, even idle; on the way it
    writes the -wal file's commits into the database file, so the file set aside is whole
    (its records unchanged). The moment between this check and the rename is not guarded.
    """
    if not target.exists():
        return
    try:
        with closing(sqlite3.connect(target, timeout=0)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE").fetchall()
            conn.execute("BEGIN EXCLUSIVE")
            conn.rollback()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                msg(
                    "{target} is open in another program (the app, or another command): "
                    "close it and try again. Nothing was changed.",
                    target=target,
                )
            ) from exc
        # A damaged database is what a restore is for: it is set aside as it is.
    except sqlite3.DatabaseError:
        pass


def _record_restore(
    staging: Path, backup: Path, target: Path, stamp: str, sign_in: SignIn
) -> tuple[int, int]:
    """Sign in against the checked copy and add the restore to its history."""
    from sqlalchemy import func, select

    from att_desktop.db.models import Application, Event

    db = open_database(staging, create=False)
    try:
        actor = sign_in(db)
        with db.session() as session:
            authorize(session, actor, Permission.MANAGE_USERS)
            record_event(
                session,
                actor,
                entity="database",
                entity_id=None,
                action="database_restored",
                summary=f"Database restored from the backup {backup.name}",
                after={
                    "backup": str(backup),
                    "database": str(target),
                    "replaced_database_kept_as": str(_kept_name(target, stamp))
                    if target.exists()
                    else "",
                },
            )
            cases = int(session.scalar(select(func.count(Application.id))) or 0)
            events = int(session.scalar(select(func.count(Event.id))) or 0)
    finally:
        db.close()
    with closing(sqlite3.connect(staging)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to move
    return cases, events


def _kept_name(target: Path, stamp: str) -> Path:
    return target.with_name(f"{target.name}.before-restore-{stamp}")


def _companions(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _set_aside(target: Path, stamp: str) -> Path | None:
    """Keep the replaced database (and its companions) under a name that says when."""
    if not target.exists():
        return None
    kept = _kept_name(target, stamp)
    if kept.exists():
        raise RestoreRefused(msg("{kept} already exists; wait a second and try again.", kept=kept))
    for companion in _companions(target):
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + companion.name[len(target.name) :]))
    os.replace(target, kept)
    return kept
