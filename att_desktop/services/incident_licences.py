"""The incident form's licence picker: licences found as the officer types, in the database.

Apart from ``incidents`` so that each module stays readable; ``incidents`` re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    CompoundSelect,
    Integer,
    Select,
    case,
    literal_column,
    select,
    table,
    union,
)
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Licence
from att_desktop.db.search_index import SEARCH_TABLE, TRIGRAM_MIN_CHARS, has_search_table
from att_desktop.domain.countries import countries_matching
from att_desktop.domain.enums import LicenceStatus


@dataclass(frozen=True)
class LicenceChoice:
    """A licence the picker offers, by number."""

    licence_id: int
    number: str
    reference: str
    destination_code: str
    status: LicenceStatus


#: How many licences the incident form's picker is offered at a time: it narrows them as
#: the officer types, instead of listing a register of 500,000 cases.
CHOICES_LIMIT = 50
#: The most a caller may ask for at once.
MAX_CHOICES = 500


def licence_choices(
    db: Database, text: str = "", limit: int = CHOICES_LIMIT
) -> list[LicenceChoice]:
    """The licences an incident may name that match ``text``: anywhere in the licence number
    or the case reference (case-insensitively; from three characters on, see
    ``_licences_matching``), or the destination by code or name (``countries_matching``).
    Valid and suspended ones first, then by number; at most ``limit``.

    The database finds, orders and limits them: the case reference through the register's
    trigram index, the destination through its index; the licence number has no index to
    look inside, so the database reads the numbers' own index through (about 0.2 s for
    400,000 licences on SQLite), never Python."""
    wanted = " ".join(text.split())
    rank = case(
        (Licence.status == LicenceStatus.VALID, 0),
        (Licence.status == LicenceStatus.SUSPENDED, 1),
        else_=2,
    )
    query = (
        select(
            Licence.id,
            Licence.number,
            Application.reference,
            Application.destination_code,
            Licence.status,
        )
        .join(Application, Application.id == Licence.application_id)
        .order_by(rank, Licence.number)
        .limit(max(1, min(limit, MAX_CHOICES)))
    )
    with db.session() as session:
        if wanted:
            query = query.where(Licence.id.in_(_licences_matching(session, wanted)))
        return [LicenceChoice(*row) for row in session.execute(query)]


def _licences_matching(session: Session, text: str) -> CompoundSelect[int]:
    """The ids of the licences ``licence_choices`` offers for ``text``, one indexed lookup
    per kind of match where the engine has the index.

    Text shorter than ``TRIGRAM_MIN_CHARS`` is not looked for inside numbers and references
    (it would match most of them, and no index finds it there): only a number or reference
    that is exactly that, and the destination ("no" is Norway)."""
    parts: list[Select[int]] = []
    if len(text) < TRIGRAM_MIN_CHARS:
        spellings = sorted({text, text.upper()})
        parts.append(select(Licence.id).where(Licence.number.in_(spellings)))
        references = select(Application.id).where(Application.reference.in_(spellings))
    else:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        parts.append(select(Licence.id).where(Licence.number.ilike(pattern, escape="\\")))
        references = select(Application.id).where(Application.reference.ilike(pattern, escape="\\"))
        connection = session.connection()
        if connection.dialect.name == "sqlite" and has_search_table(connection):
            # The register's FTS5 trigram table finds the candidates, the LIKE decides
            # (PostgreSQL's pg_trgm index serves the ILIKE as it is).
            phrase = 'reference : "' + text.replace('"', '""') + '"'
            found: Select[int] = (
                select(literal_column("rowid", Integer))
                .select_from(table(SEARCH_TABLE))
                .where(literal_column(SEARCH_TABLE).op("MATCH")(phrase))
            )
            references = references.where(Application.id.in_(found))
    parts.append(select(Licence.id).where(Licence.application_id.in_(references)))
    codes = countries_matching(text)
    if codes:
        parts.append(
            select(Licence.id)
            .join(Application, Application.id == Licence.application_id)
            .where(Application.destination_code.in_(sorted(codes)))
        )
    return union(*parts)
