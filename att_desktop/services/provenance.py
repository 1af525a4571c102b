"""Historical decisions brought in from files: who may, who decided, where each came from.

Issue 13 §1: an import never creates a decision a person could not have made in the app.
Both imports (the register spreadsheet and the case file) use this module to

- require the records-migration right (``Permission.MIGRATE_RECORDS``) for any decision;
- resolve the decider the file names: an account of the deciding authority here (never the
  importer: four eyes), or, when no account bears that name, a person who decided outside
  the app, and the record says so;
- stamp the decision with its provenance (file, SHA-256, rows, importer, time), in the
  decision's rationale and in the ``decision_imported`` event;
- screen an authorisation under Article 6 as at its decision date.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from att_desktop.db.models import Application, Event, User
from att_desktop.db.types import utcnow
from att_desktop.domain.embargoes import Effect
from att_desktop.domain.enums import Role
from att_desktop.formats.pdf_labels import screened_party
from att_desktop.i18n import Message, Worded, msg
from att_desktop.services.dto import Actor
from att_desktop.services.permissions import Permission, PermissionDenied, authorize
from att_desktop.services.screening import applied_sets, screen_matches

#: The event that records an imported decision (the app's own decisions are ``decided``).
DECISION_IMPORTED = "decision_imported"


@dataclass(frozen=True)
class ImportSource:
    """The file a record came from: its name and the SHA-256 of its bytes."""

    name: str
    sha256: str

    @classmethod
    def of_file(cls, path: Path) -> ImportSource:
        return cls(path.name, hashlib.sha256(path.read_bytes()).hexdigest())

    @classmethod
    def of_data(cls, name: str, data: Any) -> ImportSource:
        """A file already parsed (a case file handed over as JSON): the hash of its
        canonical JSON, so the same content always gives the same hash."""
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return cls(name, hashlib.sha256(text.encode("utf-8")).hexdigest())


@dataclass(frozen=True)
class Decider:
    """Who decided an imported decision: an account here, or a person outside the app."""

    user_id: int | None
    name: str

    @property
    def outside_app(self) -> bool:
        return self.user_id is None


@dataclass(frozen=True)
class Provenance:
    """Where an imported decision came from, as the record and the case view show it."""

    file: str
    sha256: str
    #: Spreadsheet rows (1 = the header row's number + 1, as the spreadsheet shows them);
    #: empty for a case file (one decision per file).
    rows: tuple[int, ...]
    imported_by: str
    imported_by_id: int | None
    imported_at: datetime
    decided_by: str
    decided_by_id: int | None

    @property
    def outside_app(self) -> bool:
        return self.decided_by_id is None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "rows": list(self.rows),
            "imported_by": self.imported_by,
            "imported_by_id": self.imported_by_id,
            "imported_at": self.imported_at.isoformat(),
            "decided_by": self.decided_by,
            "decided_by_id": self.decided_by_id,
            "decided_outside_app": self.outside_app,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Provenance:
        return cls(
            file=str(raw.get("file", "")),
            sha256=str(raw.get("sha256", "")),
            rows=tuple(int(r) for r in raw.get("rows") or ()),
            imported_by=str(raw.get("imported_by", "")),
            imported_by_id=raw.get("imported_by_id"),
            imported_at=datetime.fromisoformat(str(raw["imported_at"])),
            decided_by=str(raw.get("decided_by", "")),
            decided_by_id=raw.get("decided_by_id"),
        )

    def sentence(self) -> str:
        """The record's English line (the rationale keeps it; the window translates its own)."""
        where = ""
        if self.rows:
            where = (
                f" row {self.rows[0]}"
                if len(self.rows) == 1
                else f" rows {self.rows[0]}-{self.rows[-1]}"
            )
        who = (
            f"historical, decided outside the app by {self.decided_by}"
            if self.outside_app
            else f"decided by {self.decided_by}"
        )
        return (
            f"Imported from {self.file} (SHA-256 {self.sha256}){where} by {self.imported_by} "
            f"on {self.imported_at.date().isoformat()}; {who}."
        )


def provenance(
    source: ImportSource, rows: Sequence[int], actor: Actor, decider: Decider
) -> Provenance:
    return Provenance(
        file=source.name,
        sha256=source.sha256,
        rows=tuple(rows),
        imported_by=actor.name,
        imported_by_id=actor.user_id,
        imported_at=utcnow().replace(microsecond=0),
        decided_by=decider.name,
        decided_by_id=decider.user_id,
    )


def migration_refusal(session: Session, actor: Actor) -> Message | None:
    """Why ``actor`` may not import historical decisions (to translate), or None when they
    may."""
    try:
        authorize(session, actor, Permission.MIGRATE_RECORDS)
    except PermissionDenied as exc:
        return exc.message
    return None


def resolve_decider(session: Session, name: str, importer: Actor) -> Decider | Message:
    """The decider a file names, or why it cannot be recorded.

    A name (user name or full name, any case) of an account here must be an account of the
    deciding authority, and not the importer's own (four eyes: the importer registers the
    case and, for a case file, drafts its assessment). A name no account bears is a
    person who decided outside the app: accepted, and the record says so.
    """
    name = name.strip()
    if not name:
        return msg(
            "name who decided (the decider), as the record must say who decided",
            context="imported decision",
        )
    wanted = name.casefold()
    users = session.scalars(
        select(User).where(
            (func.lower(User.username) == wanted) | (func.lower(User.full_name) == wanted)
        )
    ).all()
    if not users:
        return Decider(None, name)
    user = users[0]
    if importer.user_id is not None and user.id == importer.user_id:
        return msg(
            "{name} is you: the person importing a decision cannot also be recorded as its "
            "decider (four-eyes principle); another member of the deciding authority must be "
            "named, or the decision imported by someone else",
            context="imported decision",
            name=name,
        )
    if user.role is not Role.DECIDING_AUTHORITY or not user.active:
        return msg(
            "{name} is an account here that is not an active member of the deciding "
            "authority, so it cannot be recorded as the decider",
            context="imported decision",
            name=name,
        )
    return Decider(user.id, user.full_name)


def article6_refusals(session: Session, app: Application, on_date: date) -> list[Message]:
    """Why an imported authorisation of ``app`` on ``on_date`` cannot stand under Article 6:
    each prohibiting embargo named with its legal basis, and each match that needs a
    confirmation the file cannot carry (a register spreadsheet records none)."""
    problems: list[Message] = []
    seen: set[tuple[str, Effect]] = set()
    for match, label in screen_matches(applied_sets(session), app, on_date):
        key = (match.embargo.id, match.effect)
        if key in seen:
            continue
        seen.add(key)
        named = f"{match.embargo.title} ({match.embargo.citation()})"
        if match.prohibits:
            problems.append(
                msg(
                    "Article 6({paragraph}): an authorisation on {day} is prohibited by "
                    "{embargo}: {explanation} [{subject}]",
                    context="imported decision",
                    paragraph=match.article6_paragraph,
                    day=on_date.isoformat(),
                    embargo=named,
                    explanation=match.message or match.explanation,
                    subject=Worded(label, screened_party),
                )
            )
        elif match.effect is Effect.NEEDS_CONFIRMATION:
            problems.append(
                msg(
                    "Article 6({paragraph}): {embargo} may apply on {day} ({explanation}) "
                    "[{subject}]; the file does not record a confirmation that it does not: "
                    "import the case as a case file whose assessment records it",
                    context="imported decision",
                    paragraph=match.article6_paragraph,
                    day=on_date.isoformat(),
                    embargo=named,
                    explanation=match.message or match.explanation,
                    subject=Worded(label, screened_party),
                )
            )
    return problems


def decision_provenance(session: Session, decision_id: int) -> Provenance | None:
    """The provenance of an imported decision (None for one decided in the app)."""
    after = session.scalars(
        select(Event.after).where(
            Event.entity == "decision",
            Event.entity_id == decision_id,
            Event.action == DECISION_IMPORTED,
        )
    ).first()
    raw = after.get("provenance") if isinstance(after, dict) else None
    return Provenance.from_json(raw) if isinstance(raw, dict) else None


def provenance_by_decision(session: Session) -> dict[int, Provenance]:
    """Every imported decision's provenance, by decision id (for the register export)."""
    out: dict[int, Provenance] = {}
    rows = session.execute(
        select(Event.entity_id, Event.after).where(
            Event.entity == "decision", Event.action == DECISION_IMPORTED
        )
    )
    for entity_id, after in rows:
        raw = after.get("provenance") if isinstance(after, dict) else None
        if entity_id is not None and isinstance(raw, dict):
            out[entity_id] = Provenance.from_json(raw)
    return out
