"""The chain's head written down outside the database, so truncation and re-hashing show.

The hash chain alone cannot tell a history whose newest events were deleted, or one rewritten
and re-hashed from some event on, from an honest one: both are consistent. An *anchor* (an
event id and the hash it had) kept somewhere the database's editor cannot reach settles it:
if that event is gone the history was cut; if its hash differs the history up to it was
rewritten. Anchors are printed in every signed document, written beside every backup, and
appended to a witness file per workstation (``witness.log`` in the data folder) after each
decision, each checkpoint and each close. ``att-desktop audit verify --witness FILE --anchor
ID:HASH`` checks them (``check_anchors``).

A witness line is ``time<TAB>database id<TAB>event id<TAB>hash<TAB>why``. The database id is a
random identifier kept in the settings, so one workstation's file can witness several
databases and each is checked only against its own lines.
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database, DatabaseError
from att_desktop.db.models import Event
from att_desktop.services.audit import AuditProblem
from att_desktop.services.settings import get_setting, put_setting

#: Settings key of this database's random identity (witness lines name it).
DATABASE_ID_KEY = "database_id"
WITNESS_FILENAME = "witness.log"

log = logging.getLogger(__name__)

_ANCHOR = re.compile(r"^#?(\d+)[:\s]+([0-9a-f]{64})$")


class AnchorUnreadable(ValueError):
    """An anchor given on the command line or in a file is not ``ID:HASH``."""


@dataclass(frozen=True)
class Anchor:
    """An event of the chain and the hash it had when it was written down."""

    event_id: int
    hash: str
    #: Where it was read (a witness file's line, a backup's sidecar, the command line).
    source: str = ""

    def __str__(self) -> str:
        return f"{self.event_id}:{self.hash}"

    @property
    def printed(self) -> str:
        """As documents print it: short enough for a footer, long enough to be checked."""
        return f"#{self.event_id} {self.hash[:16]}…"

    @classmethod
    def parse(cls, text: str, source: str = "") -> Anchor:
        match = _ANCHOR.match(text.strip().lower())
        if match is None:
            raise AnchorUnreadable(f"{text!r} is not an anchor: give EVENT_ID:HASH (64 hex).")
        return cls(int(match.group(1)), match.group(2), source)


def head_in(session: Session) -> Anchor | None:
    """The newest event and its hash; None on an empty history."""
    row = session.execute(select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1)).first()
    return Anchor(row.id, row.hash) if row is not None else None


def head_anchor(db: Database) -> Anchor | None:
    with db.session() as session:
        return head_in(session)


def database_identity(db: Database, *, create: bool = True) -> str:
    """This database's random id (made on first use unless ``create`` is false, as for a
    check, which writes nothing): which witness lines are its own."""
    with db.session() as session:
        identity = get_setting(session, DATABASE_ID_KEY).strip()
        if not identity and create:
            identity = uuid.uuid4().hex
            put_setting(session, DATABASE_ID_KEY, identity)
        return identity


def witness_file_in(data_dir: Path) -> Path:
    """The workstation's witness file: in the person's data folder, outside the database."""
    return data_dir / WITNESS_FILENAME


def append_witness(db: Database, why: str, path: Path | None = None) -> Anchor | None:
    """Append the chain's head to the witness file (``path`` or ``db.witness``).

    Called after a commit: a witness that cannot be written (a full disk, a read-only folder)
    is logged, never raised, since the record itself is already safe in the database.
    """
    target = path or db.witness
    if target is None:
        return None
    try:
        # The identity first: creating it on first use is itself a recorded change, so the
        # head is read after it.
        identity = database_identity(db)
        anchor = head_anchor(db)
        if anchor is None:
            return None
        stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
        target.parent.mkdir(parents=True, exist_ok=True)
        line = f"{stamp}\t{identity}\t{anchor.event_id}\t{anchor.hash}\t{why}\n"
        with target.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        return anchor
    except (OSError, DatabaseError) as exc:
        log.warning("Could not append the chain's head to the witness file %s: %s", target, exc)
        return None


def read_witness(path: Path, identity: str) -> tuple[list[Anchor], list[str]]:
    """This database's anchors in a witness file, and the file's unreadable lines."""
    anchors: list[Anchor] = []
    bad: list[str] = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 4 or not parts[2].isdigit() or not re.fullmatch(r"[0-9a-f]{64}", parts[3]):
            bad.append(f"{path.name} line {number}")
            continue
        if parts[1] == identity:
            anchors.append(Anchor(int(parts[2]), parts[3], f"{path.name} line {number}"))
    return anchors, bad


def witness_anchors(db: Database, path: Path) -> tuple[list[Anchor], list[AuditProblem]]:
    """The anchors ``path`` holds for ``db``, with the problems reading it showed: a witness
    file without a single line for this database means its identity was changed (or it was
    never opened on that workstation), which the person checking must hear."""
    identity = database_identity(db, create=False)
    anchors, bad = read_witness(path, identity) if identity else ([], [])
    problems = [AuditProblem(0, f"The witness file cannot be read at {where}.") for where in bad]
    if not anchors:
        problems.append(
            AuditProblem(
                0,
                f"The witness file {path} holds no anchor for this database (id {identity}): "
                "it was never used with it, or the database's identity was changed.",
            )
        )
    return anchors, problems


def check_anchors(session: Session, anchors: Iterable[Anchor]) -> list[AuditProblem]:
    """Each anchored event must still be in the chain with the hash written down."""
    problems: list[AuditProblem] = []
    newest = session.scalar(select(Event.id).order_by(Event.id.desc()).limit(1)) or 0
    seen: set[tuple[int, str]] = set()
    for anchor in anchors:
        if (anchor.event_id, anchor.hash) in seen:
            continue
        seen.add((anchor.event_id, anchor.hash))
        where = f" (anchor from {anchor.source})" if anchor.source else ""
        stored = session.scalar(select(Event.hash).where(Event.id == anchor.event_id))
        if stored is None:
            cut = anchor.event_id > newest
            what = (
                "was written down outside the database but is gone: "
                + ("the newest history was removed" if cut else "it was removed")
                + where
            )
            problems.append(AuditProblem(anchor.event_id, what))
        elif stored != anchor.hash:
            problems.append(
                AuditProblem(
                    anchor.event_id,
                    "no longer has the hash written down outside the database: the history up "
                    f"to it was rewritten and re-hashed{where}",
                )
            )
    return problems


def own_witness_check(db: Database) -> Callable[[Session], list[AuditProblem]]:
    """The full verification's check of this workstation's own witness file (``db.witness``):
    the app runs it in the background after every start-up, so a history cut or re-hashed
    since this workstation last wrote its head down is reported without anyone asking."""
    path = db.witness
    anchors: list[Anchor] = []
    if path is not None and path.is_file():
        try:
            anchors = witness_anchors(db, path)[0]
        except OSError as exc:
            log.warning("Could not read the witness file %s: %s", path, exc)
    return lambda session: check_anchors(session, anchors)
