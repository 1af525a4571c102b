"""Authority-wide settings stored in the database, shared by every workstation."""

from __future__ import annotations

from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Setting
from att_desktop.domain.references import DEFAULT_PATTERN, validate_pattern

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


def set_reference_pattern(db: Database, pattern: str) -> None:
    validate_pattern(pattern)
    with db.session() as session:
        put_setting(session, REFERENCE_PATTERN, pattern)


def reference_pattern(db: Database) -> str:
    with db.session() as session:
        return get_setting(session, REFERENCE_PATTERN)
