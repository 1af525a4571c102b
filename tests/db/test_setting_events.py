"""Every authority setting is changed through settings.change_setting: one event shape."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Event
from att_desktop.services.decisions import (
    AUTHORITY_COUNTRY,
    MAX_VALIDITY_YEARS,
    set_authority_country,
    set_max_validity_years,
)
from att_desktop.services.references import set_reference_pattern
from att_desktop.services.settings import REFERENCE_PATTERN


def _last_change(db: Database) -> tuple[str, Any, Any]:
    with db.session() as session:
        event = session.scalars(
            select(Event).where(Event.action == "setting_changed").order_by(Event.id.desc())
        ).first()
        assert event is not None and event.entity == "setting" and event.entity_id is None
        return event.summary, event.before, event.after


def test_each_change_records_what_was_there_and_what_is_now(db: Database) -> None:
    set_max_validity_years(db, 5)
    assert _last_change(db) == (
        "Maximum licence validity 3 → 5 years",
        {MAX_VALIDITY_YEARS: 3},  # the default in force, as a number
        {MAX_VALIDITY_YEARS: 5},
    )
    set_authority_country(db, "SE")
    set_authority_country(db, "NO")
    assert _last_change(db) == (
        "Authority's State set to NO",
        {AUTHORITY_COUNTRY: "SE"},
        {AUTHORITY_COUNTRY: "NO"},
    )
    set_reference_pattern(db, "{prefix}-{year}-{seq:04d}")
    summary, before, after = _last_change(db)
    assert after == {REFERENCE_PATTERN: "{prefix}-{year}-{seq:04d}"}
    assert before[REFERENCE_PATTERN] != after[REFERENCE_PATTERN]
    assert summary == "Case reference pattern set to {prefix}-{year}-{seq:04d}"
