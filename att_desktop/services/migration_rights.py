"""The records-migration right: who may import historical decisions, granted person by person.

Importing an authorised or denied case from another register writes a decision nobody made
in this application, so no role carries the right (``Permission.MIGRATE_RECORDS``): an
administrator grants it to a named, active account until a date, states why, and may
revoke it early. Each change is a ``setting_changed`` event in the history (who granted
what to whom, until when, why). An administrator cannot grant it to themselves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from att_desktop.db.engine import Database
from att_desktop.db.models import User
from att_desktop.i18n import msg
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import NotFoundError, ServiceError
from att_desktop.services.permissions import (
    MIGRATION_GRANTS,
    Permission,
    authorize,
    migration_grants,
)
from att_desktop.services.settings import change_setting

#: The longest a grant may run: a migration is a project, not a standing role.
MAX_GRANT_DAYS = 366


@dataclass(frozen=True)
class MigrationGrant:
    user_id: int
    username: str
    until: date
    granted_by: str
    granted_on: date


def list_migration_grants(db: Database) -> tuple[MigrationGrant, ...]:
    """The grants as stored, expired ones included (the history says who held it when)."""
    with db.session() as session:
        out = []
        for g in migration_grants(session):
            try:
                out.append(
                    MigrationGrant(
                        int(g["user_id"]),
                        str(g.get("username", "")),
                        date.fromisoformat(str(g["until"])),
                        str(g.get("granted_by", "")),
                        date.fromisoformat(str(g.get("granted_on") or g["until"])),
                    )
                )
            except (KeyError, TypeError, ValueError):
                continue
        return tuple(out)


def grant_migration_right(
    db: Database,
    user_id: int,
    *,
    until: date,
    reason: str,
    actor: Actor | UserSession,
    today: date | None = None,
) -> MigrationGrant:
    """Let ``user_id`` import historical decisions until ``until`` (inclusive)."""
    today = today or date.today()
    if not reason.strip():
        raise ServiceError(msg("Say why the records-migration right is granted."))
    if not today <= until <= today + timedelta(days=MAX_GRANT_DAYS):
        raise ServiceError(
            msg(
                "The right must end between today and {max_days} days from "
                "now (until {latest} at "
                "the latest).",
                max_days=MAX_GRANT_DAYS,
                latest=(today + timedelta(days=MAX_GRANT_DAYS)).isoformat(),
            )
        )
    with db.session() as session:
        admin = authorize(session, actor, Permission.MANAGE_USERS)
        user = session.get(User, user_id)
        if user is None or not user.active:
            raise NotFoundError(
                msg("There is no active account with id {user_id}.", user_id=user_id)
            )
        if admin is not None and admin.id == user.id:
            raise ServiceError(
                msg(
                    "An administrator cannot grant the records-migration right to "
                    "themselves: another administrator must."
                )
            )
        by = admin.full_name if admin is not None else actor_name(actor)
        grant = MigrationGrant(user.id, user.username, until, by, today)
        kept = [g for g in migration_grants(session) if g.get("user_id") != user.id]
        kept.append(
            {
                "user_id": user.id,
                "username": user.username,
                "until": until.isoformat(),
                "granted_by": by,
                "granted_on": today.isoformat(),
            }
        )
        change_setting(
            session,
            _as_actor(actor),
            MIGRATION_GRANTS,
            json.dumps(kept, sort_keys=True),
            f"Records-migration right granted to {user.username} until {until.isoformat()}",
            reason=reason.strip(),
        )
        return grant


def revoke_migration_right(
    db: Database, user_id: int, *, reason: str, actor: Actor | UserSession
) -> None:
    """End ``user_id``'s grant now (the grant stays in the history)."""
    if not reason.strip():
        raise ServiceError(msg("Say why the records-migration right is revoked."))
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_USERS)
        grants = migration_grants(session)
        kept = [g for g in grants if g.get("user_id") != user_id]
        if len(kept) == len(grants):
            raise NotFoundError(
                msg("Account {user_id} holds no records-migration right.", user_id=user_id)
            )
        change_setting(
            session,
            _as_actor(actor),
            MIGRATION_GRANTS,
            json.dumps(kept, sort_keys=True),
            f"Records-migration right of account {user_id} revoked",
            reason=reason.strip(),
        )


def actor_name(actor: Actor | UserSession) -> str:
    return actor.name if isinstance(actor, Actor) else actor.full_name


def _as_actor(actor: Actor | UserSession) -> Actor:
    return actor if isinstance(actor, Actor) else Actor(actor.user_id, actor.full_name)
