"""Authority-wide settings stored in the database, shared by every workstation."""

from __future__ import annotations

from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Setting
from att_desktop.domain.references import DEFAULT_PATTERN, validate_pattern
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.history import record_event

REFERENCE_PATTERN = "reference_pattern"
AUTHORITY_NAME = "authority_name"
DEFAULTS = {REFERENCE_PATTERN: DEFAULT_PATTERN, AUTHORITY_NAME: ""}


def get_setting(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def change_setting(
    session: Session,
    actor: Actor,
    key: str,
    value: str,
    summary: str,
    *,
    before: object = None,
    after: object = None,
) -> None:
    """Write a setting and record the change in the history; ``before``/``after`` say what
    the event shows when that is not the stored text (a number, a default applied)."""
    stored = get_setting(session, key)
    put_setting(session, key, value)
    record_event(
        session,
        actor,
        entity="setting",
        entity_id=None,
        action="setting_changed",
        summary=summary,
        before={key: stored if before is None else before},
        after={key: value if after is None else after},
    )


def set_reference_pattern(db: Database, pattern: str, *, actor: Actor = LOCAL_OFFICER) -> None:
    """Case numbering is reference data: an administrator changes it, and the history says so."""
    # Imported here: permissions reads accounts, which reads these settings.
    from att_desktop.services.permissions import Permission, authorize

    validate_pattern(pattern)
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        change_setting(
            session, actor, REFERENCE_PATTERN, pattern, f"Case reference pattern set to {pattern}"
        )


def reference_pattern(db: Database) -> str:
    with db.session() as session:
        return get_setting(session, REFERENCE_PATTERN)
