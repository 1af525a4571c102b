"""Authority-wide settings stored in the database, shared by every workstation.

Only storage: the use cases that change a setting (with permissions and history) live
with what the setting governs, e.g. ``services.references.set_reference_pattern``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from att_desktop.db.models import Setting
from att_desktop.domain.references import DEFAULT_PATTERN
from att_desktop.services.dto import Actor
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
    reason: str = "",
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
        reason=reason,
    )
