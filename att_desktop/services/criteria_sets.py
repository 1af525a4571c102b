"""Denial criteria sets: the shipped EU Common Position set, sets the authority loads from a
file, which one is active, and the criteria each denial cites.

A loaded set is kept in the settings table (``criteria_set:<id>``, the file's JSON), so the
history records who loaded it and when, and the row digests vouch for it. The active set is
the ``denial_criteria_set`` setting ("" = none: denials cite only the treaty's grounds).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Decision, Setting
from att_desktop.domain.categories import ReferenceDataError
from att_desktop.domain.control_list import CONTROL_LIST_SETTING, EU_CML, NATIONAL
from att_desktop.domain.criteria import CriteriaSet, parse_criteria_set, shipped_sets
from att_desktop.domain.enums import DecisionOutcome
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import change_setting, get_setting

ACTIVE_SET = "denial_criteria_set"
#: Cases asked for per query by ``denial_criteria``.
_BATCH = 500
_LOADED_PREFIX = "criteria_set:"


def _loaded(session: Session) -> list[CriteriaSet]:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(_LOADED_PREFIX)))
    return [parse_criteria_set(json.loads(r.value), r.key) for r in rows]


def sets_in(session: Session) -> tuple[CriteriaSet, ...]:
    """Shipped sets first, then loaded ones (a loaded set never replaces a shipped id)."""
    shipped = shipped_sets()
    ids = {s.set_id for s in shipped}
    return shipped + tuple(s for s in _loaded(session) if s.set_id not in ids)


def list_criteria_sets(db: Database) -> tuple[CriteriaSet, ...]:
    with db.session() as session:
        return sets_in(session)


def active_set_in(session: Session) -> CriteriaSet | None:
    wanted = get_setting(session, ACTIVE_SET)
    if not wanted:
        return None
    return next((s for s in sets_in(session) if s.set_id == wanted), None)


def active_criteria_set(db: Database) -> CriteriaSet | None:
    """The set deciders cite from, or None (the authority chose none)."""
    with db.session() as session:
        return active_set_in(session)


def set_active_criteria_set(db: Database, set_id: str, *, actor: Actor = LOCAL_OFFICER) -> None:
    """Choose the active set ("" for none); the history records the change."""
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        if set_id and all(s.set_id != set_id for s in sets_in(session)):
            raise ServiceError(
                msg("There is no denial criteria set {set}.", context="criteria", set=set_id)
            )
        change_setting(session, actor, ACTIVE_SET, set_id, f"Denial criteria set: {set_id or '-'}")


def load_criteria_set(db: Database, path: Path, *, actor: Actor = LOCAL_OFFICER) -> CriteriaSet:
    """Load a national set from a JSON file of the shipped file's shape, checked completely
    first. A set with the id of a shipped set is refused; reloading a loaded id replaces it."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ServiceError(
            msg("{file} cannot be read: {error}", context="criteria", file=path.name, error=exc)
        ) from exc
    try:
        loaded = parse_criteria_set(data, path.name)
    except ReferenceDataError as exc:
        raise ServiceError(str(exc)) from exc
    if any(s.set_id == loaded.set_id for s in shipped_sets()):
        raise ServiceError(
            msg(
                "{set} is the id of a set that ships with the program: give the file its own.",
                context="criteria",
                set=loaded.set_id,
            )
        )
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        change_setting(
            session,
            actor,
            _LOADED_PREFIX + loaded.set_id,
            json.dumps(loaded.to_json(), ensure_ascii=False, sort_keys=True),
            f"Denial criteria set loaded: {loaded.set_id} ({loaded.as_of})",
            before={"set": loaded.set_id},
            after={"set": loaded.set_id, "as_of": loaded.as_of, "codes": list(loaded.codes())},
        )
    return loaded


def criteria_record(
    session: Session, outcome: DecisionOutcome, codes: Iterable[str], *, required: bool
) -> dict[str, Any]:
    """What a decision stores: ``{"set": id, "codes": [...]}`` for a denial citing criteria of
    the active set, ``{}`` otherwise. ``required`` (a decision made in the app, not imported):
    a denial must cite at least one criterion when a set is active."""
    cited = list(dict.fromkeys(c.strip() for c in codes if c.strip()))
    if outcome is not DecisionOutcome.DENY:
        return {}
    active = active_set_in(session)
    if active is None:
        return {}
    unknown = [c for c in cited if active.get(c) is None]
    if unknown:
        raise ValidationFailed(
            [
                FieldError(
                    "criteria",
                    msg(
                        "{codes}: not a criterion of {set}",
                        context="criteria",
                        codes=", ".join(unknown),
                        set=active.set_id,
                    ),
                )
            ]
        )
    if not cited and required:
        raise ValidationFailed(
            [
                FieldError(
                    "criteria",
                    msg(
                        "tick at least one criterion of {set} that the denial rests on",
                        context="criteria",
                        set=active.set_id,
                    ),
                )
            ]
        )
    order = {c: i for i, c in enumerate(active.codes())}
    return {"set": active.set_id, "codes": sorted(cited, key=order.__getitem__)} if cited else {}


def denial_criteria(session: Session, application_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Each denied case's cited criteria (its latest denial), for reports: ``{app_id: codes}``.
    Cases not denied, or denied without criteria, are absent."""
    ids = sorted(set(application_ids))
    out: dict[int, tuple[str, ...]] = {}
    for first in range(0, len(ids), _BATCH):  # bounded IN lists, whatever the caller passes
        rows = session.execute(
            select(Decision.application_id, Decision.denial_criteria)
            .where(
                Decision.application_id.in_(ids[first : first + _BATCH]),
                Decision.outcome == DecisionOutcome.DENY,
            )
            .order_by(Decision.application_id, Decision.id)
        )
        for app_id, stored in rows:
            codes = tuple((stored or {}).get("codes") or ())
            if codes:
                out[app_id] = codes
            else:
                out.pop(app_id, None)
    return out


def denial_criteria_set(
    session: Session, application_id: int
) -> tuple[CriteriaSet | None, tuple[str, ...]]:
    """The set and codes the case's latest denial cites (for the letter and the record)."""
    row = session.scalars(
        select(Decision)
        .where(Decision.application_id == application_id)
        .order_by(Decision.id.desc())
        .limit(1)
    ).first()
    stored = row.denial_criteria if row is not None else {}
    codes = tuple((stored or {}).get("codes") or ())
    if not codes:
        return None, ()
    found = next((s for s in sets_in(session) if s.set_id == stored.get("set")), None)
    return found, codes


def control_list(db: Database) -> str:
    """The authority's control list: ``eu_cml`` (ratings checked against the EU list, the
    default) or ``national`` (free-text ratings)."""
    with db.session() as session:
        return get_setting(session, CONTROL_LIST_SETTING) or EU_CML


def set_control_list(db: Database, value: str, *, actor: Actor = LOCAL_OFFICER) -> None:
    """Choose how ratings are checked on entry; the history records the change."""
    if value not in (EU_CML, NATIONAL):
        raise ServiceError(
            msg(
                "The control list is {eu} or {national}, not {value}.",
                context="criteria",
                eu=EU_CML,
                national=NATIONAL,
                value=value,
            )
        )
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        change_setting(session, actor, CONTROL_LIST_SETTING, value, f"Control list: {value}")
