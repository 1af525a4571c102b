"""The case register: filtering 50,000 cases fast enough to narrow as the officer types.

The table asks for matching ids first (cheap), then fetches display rows a page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, exists, or_, select

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, LineItem, Organisation
from att_desktop.services.dto import RegisterFacets, RegisterFilter, RegisterRow


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(query: Select[Any], flt: RegisterFilter) -> Select[Any]:
    if flt.year is not None:
        query = query.where(Application.year == flt.year)
    if flt.status is not None:
        query = query.where(Application.status == flt.status)
    if flt.transfer_type is not None:
        query = query.where(Application.transfer_type == flt.transfer_type)
    if flt.destination_code:
        query = query.where(Application.destination_code == flt.destination_code)
    if flt.applicant_id is not None:
        query = query.where(Application.applicant_id == flt.applicant_id)
    if flt.category:
        code = flt.category
        query = query.where(
            exists().where(
                LineItem.application_id == Application.id,
                LineItem.superseded.is_(False),
                or_(
                    LineItem.att_category == code,
                    LineItem.att_category.like(_escape_like(code) + ".%", escape="\\"),
                ),
            )
        )
    text = flt.text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        query = query.where(
            or_(
                Application.reference.ilike(pattern, escape="\\"),
                Application.end_user_name.ilike(pattern, escape="\\"),
                Organisation.name.ilike(pattern, escape="\\"),
                Application.destination_code == text.upper(),
            )
        )
    return query


def query_ids(db: Database, flt: RegisterFilter) -> list[int]:
    """Ids of the matching cases, newest first."""
    query = (
        select(Application.id)
        .join(Organisation, Organisation.id == Application.applicant_id)
        .order_by(Application.received_on.desc(), Application.id.desc())
    )
    with db.session() as session:
        return list(session.scalars(_filtered(query, flt)))


def fetch_rows(db: Database, ids: Sequence[int]) -> list[RegisterRow]:
    """Display rows for these ids, in the order given."""
    if not ids:
        return []
    query = (
        select(
            Application.id,
            Application.reference,
            Application.transfer_type,
            Organisation.name.label("applicant_name"),
            Application.destination_code,
            Application.end_user_name,
            Application.categories_summary,
            Application.total_value,
            Application.value_currency,
            Application.status,
            Application.received_on,
            Application.decided_on,
            Application.updated_at,
        )
        .join(Organisation, Organisation.id == Application.applicant_id)
        .where(Application.id.in_(list(ids)))
    )
    with db.session() as session:
        by_id = {row.id: RegisterRow(**row._mapping) for row in session.execute(query)}
    return [by_id[i] for i in ids if i in by_id]


def facets(db: Database) -> RegisterFacets:
    with db.session() as session:
        years = session.scalars(
            select(Application.year).distinct().order_by(Application.year.desc())
        )
        destinations = session.scalars(
            select(Application.destination_code).distinct().order_by(Application.destination_code)
        )
        applicants = session.execute(
            select(Organisation.id, Organisation.name)
            .where(exists().where(Application.applicant_id == Organisation.id))
            .order_by(Organisation.name)
        )
        categories = session.scalars(
            select(LineItem.att_category)
            .distinct()
            .where(LineItem.att_category.is_not(None), LineItem.superseded.is_(False))
            .order_by(LineItem.att_category)
        )
        return RegisterFacets(
            years=tuple(years),
            destination_codes=tuple(destinations),
            applicants=tuple((int(i), str(n)) for i, n in applicants),
            categories=tuple(c for c in categories if c),
        )
