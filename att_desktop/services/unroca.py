"""The UN Register of Conventional Arms report: the ATT report's records, the Register's form.

``collect_unroca`` asks ``services.reporting.collect`` for the year's *actual* transfers
(shipments) in numbers of items, the same extraction, rules and category aggregation as the
ATT annual report, and hands the result to ``domain.reporting.unroca`` to be sorted into the
Register's tables. Only the background information (military holdings, procurement through
national production) is the Register's own: it is not in the licence register, so the focal
point enters it per year here (``set_background``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import UnrocaBackground
from att_desktop.db.types import utcnow
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.options import ContactPoint
from att_desktop.domain.reporting.unroca import (
    BackgroundEntry,
    BackgroundKind,
    UnrocaReport,
    background_categories,
    build_unroca,
    unroca_options,
)
from att_desktop.domain.validation import FieldError
from att_desktop.i18n import msg
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.reporting import collect

_ORDER = {kind: i for i, kind in enumerate(BackgroundKind)}


def collect_unroca(
    db: Database,
    year: int,
    *,
    reporting_state: str = "",
    contact: ContactPoint | None = None,
    today: date | None = None,
    actor: Actor = LOCAL_OFFICER,
) -> UnrocaReport:
    """The Register's report for ``year``: its four tables, the background information entered
    for the year, and the findings to review (each linking to the record to fix)."""
    options = unroca_options(year, reporting_state=reporting_state, contact=contact)
    report = collect(db, options, today=today, actor=actor)
    return build_unroca(report, load_categories(), list_background(db, year, actor=actor))


def _entry(row: UnrocaBackground) -> BackgroundEntry:
    return BackgroundEntry(
        BackgroundKind(row.kind), row.category, row.number_of_items, row.description, row.remarks
    )


def _sort_key(entry: BackgroundEntry) -> tuple[int, int]:
    catalogue = load_categories()
    order = catalogue.get(entry.category).order if catalogue.is_valid(entry.category) else 0
    return (_ORDER[entry.kind], order)


def list_background(
    db: Database, year: int, *, actor: Actor = LOCAL_OFFICER
) -> tuple[BackgroundEntry, ...]:
    """The year's background information, holdings first, each in category order; cleared
    entries are left out."""
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        rows = session.scalars(select(UnrocaBackground).where(UnrocaBackground.year == year))
        entries = [_entry(r) for r in rows]
    return tuple(sorted((e for e in entries if not e.empty), key=_sort_key))


def _problems(year: int, entries: Sequence[BackgroundEntry]) -> list[FieldError]:
    allowed = {c.code for c in background_categories(load_categories())}
    errors: list[FieldError] = []
    if not 1990 <= year <= 2100:
        errors.append(FieldError("year", msg("{year} is not a plausible report year.", year=year)))
    seen: set[tuple[BackgroundKind, str]] = set()
    for entry in entries:
        if entry.category not in allowed:
            errors.append(
                FieldError(
                    "category",
                    msg(
                        "'{category}' is not a category I-VII row of the UN Register.",
                        category=entry.category,
                    ),
                )
            )
        number = entry.number_of_items
        if number is not None and (
            not number.is_finite() or number < 0 or number != number.to_integral_value()
        ):
            errors.append(
                FieldError(
                    "number_of_items",
                    msg(
                        "The number of items ({number}) must be a whole number, 0 or more.",
                        number=number,
                    ),
                )
            )
        key = (entry.kind, entry.category)
        if key in seen:
            errors.append(
                FieldError(
                    "category",
                    msg("Category {category} is given twice.", category=entry.category),
                )
            )
        seen.add(key)
    return errors


def _values(entry: BackgroundEntry | None) -> dict[str, object]:
    if entry is None:
        return {"number_of_items": None, "description": "", "remarks": ""}
    return {
        "number_of_items": entry.number_of_items,
        "description": entry.description.strip(),
        "remarks": entry.remarks.strip(),
    }


def set_background(
    db: Database,
    year: int,
    entries: Sequence[BackgroundEntry],
    *,
    actor: Actor = LOCAL_OFFICER,
) -> tuple[BackgroundEntry, ...]:
    """Make ``entries`` the year's background information: new ones are added, changed ones
    corrected, and those no longer given cleared (the table keeps every row, the history each
    version). Returns what is now recorded for the year."""
    kept = [e for e in entries if not e.empty]
    errors = _problems(year, kept)
    if errors:
        raise ValidationFailed(errors)
    wanted = {(e.kind, e.category): e for e in kept}
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        existing = {
            (BackgroundKind(r.kind), r.category): r
            for r in session.scalars(select(UnrocaBackground).where(UnrocaBackground.year == year))
        }
        for key in sorted(set(wanted) | set(existing), key=lambda k: (_ORDER[k[0]], k[1])):
            row = existing.get(key)
            after = _values(wanted.get(key))
            before = (
                {
                    "number_of_items": row.number_of_items,
                    "description": row.description,
                    "remarks": row.remarks,
                }
                if row is not None
                else None
            )
            if before == after or (before is None and wanted.get(key) is None):
                continue
            if row is None:
                row = UnrocaBackground(year=year, kind=key[0].value, category=key[1])
                session.add(row)
            number = after["number_of_items"]
            row.number_of_items = number if isinstance(number, Decimal) else None
            row.description = str(after["description"])
            row.remarks = str(after["remarks"])
            row.updated_by_id, row.updated_by_name = actor.user_id, actor.name
            row.updated_at = utcnow()
            session.flush()
            record_event(
                session,
                actor,
                entity="unroca_background",
                entity_id=row.id,
                action="unroca_background_set",
                summary=f"{year}: {key[0].value} {key[1]}",
                before=before,
                after={"year": year, "kind": key[0].value, "category": key[1], **after},
            )
    return list_background(db, year, actor=actor)
