"""Embargo reference data as the authority applies it, and the Article 6 screen of a case.

The shipped sets are read from ``resources/``; an update loaded by the authority is kept in
the database (a settings row per set) so that every workstation sharing the register screens
against the same data. The UN Security Council set is always applied: Article 6(1) is not an
authority's choice. Optional sets (EU, OSCE...) are switched on by the authority.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Setting
from att_desktop.domain import bounded_json
from att_desktop.domain.assessment.article6 import record_from_match
from att_desktop.domain.assessment.model import EmbargoMatchRecord
from att_desktop.domain.embargoes import (
    Effect,
    EmbargoDataError,
    EmbargoMatch,
    EmbargoSet,
    LegalBasisKind,
    check,
    enabled_sets,
    load_shipped_sets,
    parse_embargo_set,
)
from att_desktop.domain.enums import PartyRole, PartyType, TransferType
from att_desktop.domain.parties import acting_for_type
from att_desktop.i18n import msg
from att_desktop.services.dto import LOCAL_OFFICER, Actor, party_input
from att_desktop.services.errors import ServiceError
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import get_setting, put_setting

#: JSON object {set_id: true|false}; absent sets use the set's ``enabled_by_default``.
EMBARGO_SETS_ENABLED = "embargo_sets_enabled"
#: Prefix of the settings rows holding an authority-loaded set's JSON text.
EMBARGO_SET_PREFIX = "embargo_set:"

_ROLE_LABELS = {
    PartyRole.END_USER: "End user",
    PartyRole.CONSIGNEE: "Consignee",
    PartyRole.INTERMEDIATE_CONSIGNEE: "Intermediate consignee",
    PartyRole.BROKER: "Broker",
}


@dataclass(frozen=True)
class EmbargoSetInfo:
    """One embargo set as the settings page shows it."""

    id: str
    title: str
    legal_basis_kind: LegalBasisKind
    source: str
    as_of: date
    entries: int
    enabled: bool
    #: UN Chapter VII sets cannot be switched off.
    mandatory: bool
    #: True when the authority loaded this version from a file (not the shipped one).
    updated: bool


@dataclass(frozen=True)
class EmbargoUpdate:
    """What loading an embargo file changed."""

    set_id: str
    title: str
    as_of: date
    previous_as_of: date | None
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]


# --------------------------------------------------------------------------- the sets


def all_sets(session: Session) -> tuple[EmbargoSet, ...]:
    """Shipped sets, each replaced by the authority's loaded version where there is one."""
    by_id = {s.id: s for s in load_shipped_sets()}
    rows = session.scalars(select(Setting).where(Setting.key.startswith(EMBARGO_SET_PREFIX)))
    for row in rows:
        loaded = _parse_stored(row)
        by_id[loaded.id] = loaded
    return tuple(by_id.values())


def _parse_stored(row: Setting) -> EmbargoSet:
    try:
        return parse_embargo_set(json.loads(row.value), source_name=row.key)
    except (ValueError, EmbargoDataError) as exc:  # pragma: no cover - validated when stored
        raise ServiceError(
            msg("The stored embargo data {key} is damaged: {exc}", key=row.key, exc=exc)
        ) from exc


def _overrides(session: Session) -> dict[str, bool]:
    text = get_setting(session, EMBARGO_SETS_ENABLED)
    try:
        raw: Any = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): bool(v) for k, v in raw.items()}


def applied_sets(session: Session) -> tuple[EmbargoSet, ...]:
    """The sets the screen uses: UN always, optional ones as the authority chose."""
    overrides = _overrides(session)
    sets = all_sets(session)
    for s in sets:
        if s.legal_basis_kind is LegalBasisKind.UN_CHAPTER_VII:
            overrides[s.id] = True
    return enabled_sets(sets, overrides)


def list_embargo_sets(db: Database) -> list[EmbargoSetInfo]:
    with db.session() as session:
        applied = {s.id for s in applied_sets(session)}
        stored = set(
            session.scalars(
                select(Setting.key).where(Setting.key.startswith(EMBARGO_SET_PREFIX))
            ).all()
        )
        return [
            EmbargoSetInfo(
                id=s.id,
                title=s.title,
                legal_basis_kind=s.legal_basis_kind,
                source=s.source,
                as_of=s.as_of,
                entries=len(s.entries),
                enabled=s.id in applied,
                mandatory=s.legal_basis_kind is LegalBasisKind.UN_CHAPTER_VII,
                updated=f"{EMBARGO_SET_PREFIX}{s.id}" in stored,
            )
            for s in all_sets(session)
        ]


def enabled_embargo_sets(db: Database) -> tuple[str, ...]:
    """Ids of the sets the screen applies."""
    with db.session() as session:
        return tuple(s.id for s in applied_sets(session))


def set_enabled_embargo_sets(
    db: Database, ids: Iterable[str], actor: Actor = LOCAL_OFFICER
) -> tuple[str, ...]:
    """Apply exactly ``ids`` (plus every UN set, which cannot be switched off)."""
    wanted = set(ids)
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        known = {s.id: s for s in all_sets(session)}
        unknown = sorted(wanted - set(known))
        if unknown:
            raise ServiceError(msg("Unknown embargo set(s): {sets}.", sets=", ".join(unknown)))
        before = [s.id for s in applied_sets(session)]
        choice = {
            set_id: set_id in wanted or s.legal_basis_kind is LegalBasisKind.UN_CHAPTER_VII
            for set_id, s in known.items()
        }
        put_setting(session, EMBARGO_SETS_ENABLED, json.dumps(choice, sort_keys=True))
        session.flush()
        after = [s.id for s in applied_sets(session)]
        record_event(
            session,
            actor,
            entity="embargo_sets",
            entity_id=None,
            action="embargo_sets_enabled",
            summary=f"Embargo sets applied: {', '.join(after)}",
            before={"enabled": before},
            after={"enabled": after},
        )
        return tuple(after)


class OlderEmbargoDataError(ServiceError):
    """The file's ``as_of`` is older than the data in use and no reason was given."""


def load_embargo_update(
    db: Database, path: Path, actor: Actor = LOCAL_OFFICER, *, reason: str = ""
) -> EmbargoUpdate:
    """Validate an embargo file with the domain loader and make it the authority's version.

    A file with an older verification date than the data in use is refused unless a
    ``reason`` is stated (a correction, or data whose earlier date is the honest one):
    loading it could silently forget later embargoes, so a person must say why, and the
    history keeps it. A set may not change its legal basis either, since that decides
    whether a match is an Article 6(1) or 6(2) prohibition.
    """
    reason = reason.strip()
    try:
        text = path.read_text(encoding="utf-8")
        raw: Any = bounded_json.loads(text)
    except OSError as exc:
        raise ServiceError(
            msg("{name}: cannot be read ({strerror}).", name=path.name, strerror=exc.strerror)
        ) from exc
    except ValueError as exc:
        raise ServiceError(msg("{name}: not valid JSON ({exc}).", name=path.name, exc=exc)) from exc
    try:
        new = parse_embargo_set(raw, source_name=path.name)
    except EmbargoDataError as exc:
        raise ServiceError(msg("The embargo file was not loaded: {exc}", exc=exc)) from exc
    with db.session() as session:
        authorize(session, actor, Permission.MANAGE_REFERENCE_DATA)
        old = {s.id: s for s in all_sets(session)}.get(new.id)
        if old is not None:
            if new.legal_basis_kind is not old.legal_basis_kind:
                raise ServiceError(
                    msg(
                        "{name}: set {id!r} is {value}; the file says "
                        "{new_basis}. A set cannot change its legal "
                        "basis.",
                        name=path.name,
                        id=new.id,
                        value=old.legal_basis_kind.value,
                        new_basis=new.legal_basis_kind.value,
                    )
                )
            if new.as_of < old.as_of and not reason:
                raise OlderEmbargoDataError(
                    msg(
                        "{name}: its data is as of {as_of}, older than the data in use "
                        "({old_as_of}). Nothing was loaded. To load it anyway "
                        "(a correction), state the reason.",
                        name=path.name,
                        as_of=new.as_of.isoformat(),
                        old_as_of=old.as_of.isoformat(),
                    )
                )
        update = _compare(old, new)
        older = " (older than the data it replaced)" if old and new.as_of < old.as_of else ""
        put_setting(session, f"{EMBARGO_SET_PREFIX}{new.id}", json.dumps(raw, ensure_ascii=False))
        record_event(
            session,
            actor,
            entity="embargo_set",
            entity_id=None,
            action="embargo_data_loaded",
            summary=f"Loaded {new.title} as of {new.as_of.isoformat()} from {path.name}: "
            f"{len(update.added)} added, {len(update.changed)} changed, "
            f"{len(update.removed)} removed{older}",
            before={"set": new.id, "as_of": old.as_of if old else None},
            after={
                "set": new.id,
                "as_of": new.as_of,
                "published": new.published,
                "added": list(update.added),
                "changed": list(update.changed),
                "removed": list(update.removed),
            },
            reason=reason,
        )
        return update


def _compare(old: EmbargoSet | None, new: EmbargoSet) -> EmbargoUpdate:
    before = {e.id: e for e in old.entries} if old else {}
    after = {e.id: e for e in new.entries}
    return EmbargoUpdate(
        set_id=new.id,
        title=new.title,
        as_of=new.as_of,
        previous_as_of=old.as_of if old else None,
        added=tuple(sorted(set(after) - set(before))),
        removed=tuple(sorted(set(before) - set(after))),
        changed=tuple(sorted(k for k in set(before) & set(after) if before[k] != after[k])),
    )


# --------------------------------------------------------------------------- the screen


def item_kinds(app: Application) -> tuple[str, ...]:
    """What is screened: ATT categories and not-reportable reasons (Arts. 3 and 4 included)."""
    kinds: list[str] = []
    for item in app.items:
        if item.superseded:
            continue
        if item.att_category:
            kinds.append(item.att_category)
        elif item.not_reportable_reason is not None:
            kinds.append(item.not_reportable_reason.value)
    return tuple(dict.fromkeys(kinds))


_Subject = tuple[str | None, PartyType, PartyType | None, str, str]


def _subjects(app: Application) -> list[_Subject]:
    """(country, party type, government it acts for, name, label) for everything Article 6
    is checked against."""
    is_import = app.transfer_type is TransferType.IMPORT
    state = app.exporting_code if is_import and app.exporting_code else app.destination_code
    what = "Exporting State" if is_import else "Destination"
    subjects: list[_Subject] = [(state, PartyType.GOVERNMENT, None, "", f"{what} {state}")]
    current = [p for p in app.parties if not p.superseded]
    inputs = [party_input(p) for p in current]
    for index, p in enumerate(current):
        acting = acting_for_type(inputs, index)
        label = f"{_ROLE_LABELS[p.role]}: {p.name} ({p.party_type.value}, {p.country_code})"
        if acting is not None and p.acts_for is not None:
            label += f", acting for {current[p.acts_for].name}"
        subjects.append((p.country_code, p.party_type, acting, p.name, label))
    for t in app.transit_states:
        if not t.superseded:
            subjects.append(
                (t.country_code, PartyType.GOVERNMENT, None, "", f"Transit State {t.country_code}")
            )
    return subjects


def screen_matches(
    sets: tuple[EmbargoSet, ...], app: Application, on_date: date
) -> list[tuple[EmbargoMatch, str]]:
    """Every (match, party label) for the case as at ``on_date``, most severe first."""
    kinds = item_kinds(app)
    if not kinds:
        raise ServiceError(
            msg(
                "{reference} has no line items to screen: add the items "
                "(ammunition and parts are screened too) before the Article 6 "
                "screen.",
                reference=app.reference,
            )
        )
    found: list[tuple[EmbargoMatch, str]] = []
    for country, party_type, acting, name, label in _subjects(app):
        for match in check(
            sets,
            country=country,
            party_type=party_type,
            party_name=name,
            item_kinds=kinds,
            on_date=on_date,
            transfer=app.transfer_type,
            acting_for=acting,
        ):
            found.append((match, label))
    found += _supplies_from(sets, app, kinds, on_date)
    order = list(Effect)
    found.sort(key=lambda pair: (order.index(pair[0].effect), pair[0].embargo.id))
    return found


#: Transfers that move another State's arms: the State they come from is screened against the
#: embargoes on supplies *from* it too (e.g. S/RES/1874 (2009) para. 9, the DPRK).
_THROUGH = (TransferType.TRANSIT, TransferType.TRANSSHIPMENT, TransferType.BROKERING)


def _supplies_from(
    sets: tuple[EmbargoSet, ...], app: Application, kinds: tuple[str, ...], on_date: date
) -> list[tuple[EmbargoMatch, str]]:
    """Article 6 applies to any transfer (Art. 2(2)): a transit, trans-shipment or brokered
    transfer out of an embargoed State is screened as an import from it would be."""
    if app.transfer_type not in _THROUGH or not app.exporting_code:
        return []
    state = app.exporting_code
    return [
        (match, f"Exporting State {state} (supplies from it)")
        for match in check(
            sets,
            country=state,
            party_type=PartyType.GOVERNMENT,
            party_name="",
            item_kinds=kinds,
            on_date=on_date,
            transfer=TransferType.IMPORT,
        )
    ]


def screen_records(
    sets: tuple[EmbargoSet, ...], app: Application, on_date: date
) -> tuple[EmbargoMatchRecord, ...]:
    """The screen as records for the case; one record per embargo and outcome, naming every
    party it concerns, so the officer confirms each question once."""
    merged: dict[tuple[str, Effect, str], list[str]] = {}
    first: dict[tuple[str, Effect, str], EmbargoMatch] = {}
    for match, label in screen_matches(sets, app, on_date):
        key = (match.embargo.id, match.effect, match.explanation)
        merged.setdefault(key, []).append(label)
        first.setdefault(key, match)
    return tuple(record_from_match(first[k], "; ".join(labels)) for k, labels in merged.items())
