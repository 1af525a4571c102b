"""Authority-wide settings stored in the database, shared by every workstation.

Only storage: the use cases that change a setting (with permissions and history) live
with what the setting governs, e.g. ``services.references.set_reference_pattern``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from att_desktop.db.models import Setting
from att_desktop.domain.references import DEFAULT_PATTERN

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
