"""The indexed register queries find exactly what the plain queries found, in the same order.

The oracle is a copy of ``services/register.py``'s queries as they were before the search
indexes (a correlated EXISTS over line items, LIKE over three columns, DISTINCT over every
line item). Both run on one randomized register with tricky text (case, accents, ``%``,
``_``, quotes, backslashes, CJK), every combination of filters, searches of one to many
characters; on SQLite and on PostgreSQL. Writes by the services, and by plain SQL behind
their back, must keep the derived tables in step.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Select, exists, insert, or_, select, text

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, LineItem, Organisation
from att_desktop.domain.application import OrganisationInput
from att_desktop.domain.enums import CaseStatus, OrganisationKind, TransferType
from att_desktop.services import cases, register
from att_desktop.services.dto import RegisterFacets, RegisterFilter
from tests.factories import application, end_user, item

# --- the oracle: today's queries, copied before the indexes ----------------------------------


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _oracle_filtered(query: Select[Any], flt: RegisterFilter) -> Select[Any]:
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


def oracle_query_ids(db: Database, flt: RegisterFilter) -> list[int]:
    query = (
        select(Application.id)
        .join(Organisation, Organisation.id == Application.applicant_id)
        .order_by(Application.received_on.desc(), Application.id.desc())
    )
    with db.session() as session:
        return list(session.scalars(_oracle_filtered(query, flt)))


def oracle_facets(db: Database) -> RegisterFacets:
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


# --- a register with tricky text ------------------------------------------------------------

NAMES = (
    "Armée de Terre",
    "ARMÉE DE L'AIR",
    "armée de mer",
    "Ministère des Armées",
    "Munitions 100% Ltd",
    "Under_score & Sons",
    "Back\\slash Trading",
    'The "Quoted" Company',
    "O'Brien Defence",
    "中国国防部",
    "国防科技工业局",
    "Ελληνικός Στρατός",
    "İstanbul Savunma",
    "Straße Waffen GmbH",
    "ÉTAT-MAJOR",
    "état-major",
    "ab",
    "a",
    "Ministry of Defence unit 42",
    "Ministry of Defence unit 4",
    "Nordic Arms AS",
    "nordic arms as",
)
EXPORTERS = (
    "Nordic Arms AS",
    "NORDIC ARMS",
    "Munitions 100% Ltd",
    "Exporter_1",
    "Exporter%1",
    "Défense Industries",
    "北方工业",
    "O'Neil & Co",
    'Say "when"',
)
CATEGORIES = (
    "I",
    "II",
    "III",
    "IV.a",
    "IV.b",
    "VII.a",
    "VIII.SA.2",
    "VIII.SA.4",
    "VIII.LW.1",
    "viii.sa.2",
    "VIII_SA",
    "VIII%x",
    "",
    None,
)
FILTER_CODES = (
    "I",
    "II",
    "IV",
    "IV.a",
    "iv.A",
    "VIII",
    "viii",
    "VIII.SA",
    "VIII.S",
    "VIII.SA.2",
    "VIII_SA",
    "VIII%",
    "%",
    "_",
    "X",
)
COUNTRIES = ("FR", "NO", "DE", "CN", "GR", "TR", "US", "AB")
PREFIXES = ("EXP", "exp", "IMP", "BRK", "A_B", "A%B", "Ré")


def _build(db: Database, rng: random.Random, cases_count: int = 300) -> None:
    """Bulk-insert cases (the triggers fill the derived tables), then change some through the
    services and some by plain SQL, as imports, edits and scripts do."""
    with db.session() as session:
        session.execute(
            insert(Organisation),
            [
                {"name": name, "kind": OrganisationKind.EXPORTER, "country_code": "SE"}
                for name in EXPORTERS
            ],
        )
        org_ids = list(session.scalars(select(Organisation.id)))
        apps: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        for n in range(1, cases_count + 1):
            received = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 2500))
            apps.append(
                {
                    "id": n,
                    "reference": f"{rng.choice(PREFIXES)}/{received.year}/{n:04d}",
                    "year": received.year,
                    "transfer_type": rng.choice(list(TransferType)),
                    "status": rng.choice(list(CaseStatus)),
                    "applicant_id": rng.choice(org_ids),
                    "destination_code": rng.choice(COUNTRIES),
                    # Same day for many cases: the id breaks the tie.
                    "received_on": received if n % 5 else date(2024, 2, 29),
                    "end_user_name": rng.choice(NAMES) if n % 7 else "",
                }
            )
            for line in range(rng.randrange(0, 4)):
                items.append(
                    {
                        "application_id": n,
                        "line_no": line + 1,
                        "description": "Item",
                        "att_category": rng.choice(CATEGORIES),
                        "quantity": Decimal(1),
                        "superseded": rng.random() < 0.2,
                    }
                )
        session.execute(insert(Application), apps)
        session.execute(insert(LineItem), items)
        if db.is_postgres:  # the ids were given: move the sequence past them
            session.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('applications', 'id'), max(id)) "
                    "FROM applications"
                )
            )
    # Plain SQL behind the services' back: categories changed, lines superseded and back,
    # references and end users renamed.
    with db.session() as session:
        session.execute(
            text("UPDATE line_items SET att_category = 'III' WHERE id % 11 = 0"),
        )
        session.execute(text("UPDATE line_items SET superseded = NOT superseded WHERE id % 13 = 0"))
        session.execute(text("UPDATE line_items SET att_category = NULL WHERE id % 17 = 0"))
        session.execute(
            text("UPDATE applications SET end_user_name = 'Renamed ÉTAT' WHERE id % 19 = 0")
        )
        session.execute(
            text("UPDATE applications SET reference = 'REN/' || reference WHERE id % 23 = 0")
        )
        session.execute(
            text("UPDATE applications SET received_on = :day WHERE id % 29 = 0"),
            {"day": date(2018, 6, 1)},
        )
    # Through the services: a new case, and an edit that replaces its items.
    made = cases.create_application(
        db,
        application(
            applicant=OrganisationInput(name="Service Exporter", country_code="GB"),
            items=(item(att_category="II"), item(att_category="VIII.SA.4")),
            parties=(end_user("Forces Armées Royales", "MA"),),
        ),
    )
    cases.update_application(
        db,
        made,
        replace(
            made.to_input(),
            items=(item(att_category="VII.a"),),
            parties=(end_user("Forces Navales", "MA"),),
        ),
    )


def _searches(rng: random.Random, db: Database) -> list[str]:
    """Substrings of what the register holds (1 to 7 characters, case scrambled), and the
    characters LIKE and FTS5 treat specially."""
    with db.session() as session:
        corpus = [
            *session.scalars(select(Application.reference)),
            *session.scalars(select(Application.end_user_name)),
            *session.scalars(select(Organisation.name)),
        ]
    found: list[str] = []
    for _ in range(60):
        source = rng.choice([c for c in corpus if c])
        size = rng.randint(1, 7)
        start = rng.randrange(0, max(1, len(source) - size + 1))
        piece = source[start : start + size]
        found.append("".join(c.upper() if rng.random() < 0.3 else c for c in piece))
    return [
        *found,
        *(
            "%",
            "_",
            "\\",
            '"',
            "'",
            "%%",
            "a_b",
            "A%B",
            "100%",
            "é",
            "É",
            "ée",
            "armée",
            "ARMÉE",
            "État",
            "ÉTAT",
            "中",
            "国防",
            "国防部",
            "北方工业",
            "Straße",
            "STRASSE",
            "i̇stanbul",
            '"Quoted"',
            'say "when',
            "O'B",
            "fr",
            "FR",
            " no ",
            "unit 4",
            "unit 42",
            "/2024/",
            "REN/",
            "xyz-none",
            "AND",
            "OR x",
            "NEAR(",
            "*",
            "ab*",
            "^ab",
            "-",
            "a:b",
        ),
    ]


@pytest.fixture
def tricky(db: Database) -> Database:
    _build(db, random.Random(20261203))
    return db


def test_facets_match_the_oracle(tricky: Database) -> None:
    assert register.facets(tricky) == oracle_facets(tricky)


def test_every_search_matches_the_oracle(tricky: Database) -> None:
    rng = random.Random(1)
    searches = _searches(rng, tricky)
    assert any(len(s) < 3 for s in searches) and any(len(s) >= 3 for s in searches)
    matched = 0
    for term in searches:
        expected = oracle_query_ids(tricky, RegisterFilter(text=term))
        assert register.query_ids(tricky, RegisterFilter(text=term)) == expected, term
        matched += bool(expected)
    assert matched > len(searches) // 2  # the comparison is not between empty lists


def test_every_category_code_matches_the_oracle(tricky: Database) -> None:
    hits = 0
    for code in FILTER_CODES:
        expected = oracle_query_ids(tricky, RegisterFilter(category=code))
        assert register.query_ids(tricky, RegisterFilter(category=code)) == expected, code
        hits += bool(expected)
    assert hits >= 8


def test_every_combination_of_filters_matches_the_oracle(tricky: Database) -> None:
    rng = random.Random(2)
    with tricky.session() as session:
        rows = session.execute(
            select(
                Application.year,
                Application.status,
                Application.transfer_type,
                Application.destination_code,
                Application.applicant_id,
                Application.end_user_name,
            )
        ).all()
    names = ("text", "year", "status", "destination_code", "category", "applicant_id")
    names += ("transfer_type",)
    compared = non_empty = 0
    for size in range(len(names) + 1):
        for chosen in itertools.combinations(names, size):
            for _ in range(3):
                row = rng.choice(rows)  # values taken from one case, so some results remain
                values: dict[str, Any] = {
                    "text": rng.choice((row.end_user_name[:4], "ée", "%", "Nordic", "a")),
                    "year": row.year,
                    "status": row.status,
                    "destination_code": row.destination_code,
                    "category": rng.choice(("VIII", "I", "IV.a", "viii.sa", "III")),
                    "applicant_id": row.applicant_id,
                    "transfer_type": row.transfer_type,
                }
                flt = RegisterFilter(**{k: values[k] for k in chosen})
                expected = oracle_query_ids(tricky, flt)
                assert register.query_ids(tricky, flt) == expected, flt
                compared += 1
                non_empty += bool(expected)
    assert compared == 3 * 2 ** len(names)
    assert non_empty > compared // 4


def test_derived_tables_follow_service_edits(db: Database) -> None:
    made = cases.create_application(
        db,
        application(
            applicant=OrganisationInput(name="Helios Ammunition", country_code="GR"),
            items=(item(att_category="I"),),
            parties=(end_user("Hellenic Army", "GR"),),
        ),
    )
    assert register.query_ids(db, RegisterFilter(category="I")) == [made.id]
    assert register.query_ids(db, RegisterFilter(text="hellenic")) == [made.id]
    changed = cases.update_application(
        db,
        made,
        replace(
            made.to_input(),
            items=(item(att_category="VIII.SA.2"),),
            parties=(end_user("Hellenic Navy", "GR"),),
            received_on=date(2025, 1, 2),
        ),
    )
    older = cases.create_application(db, application(received_on=date(2025, 1, 1)))
    assert register.query_ids(db, RegisterFilter(category="VIII")) == [changed.id, older.id]
    cases.update_application(
        db, cases.get_case(db, older.id), replace(older.to_input(), received_on=date(2025, 1, 3))
    )
    assert register.query_ids(db, RegisterFilter(category="VIII")) == [older.id, changed.id]
    assert register.query_ids(db, RegisterFilter(category="I")) == []
    assert register.query_ids(db, RegisterFilter(text="army")) == []
    assert register.query_ids(db, RegisterFilter(text="NAVY")) == [changed.id]
    assert register.facets(db).categories == ("VIII.SA.2", "VIII.SA.4")
    for flt in (
        RegisterFilter(category="I"),
        RegisterFilter(category="VIII"),
        RegisterFilter(category="VIII.SA"),
        RegisterFilter(text="navy"),
    ):
        assert register.query_ids(db, flt) == oracle_query_ids(db, flt)


def test_without_fts5_trigram_search_finds_the_same(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SQLite without the trigram tokenizer (older than 3.34): no search table, the plain
    query, the same results."""
    from att_desktop.db import search_index
    from att_desktop.db.engine import open_database

    monkeypatch.setattr(search_index, "fts5_trigram_available", lambda _conn: False)
    db = open_database(tmp_path / "old-sqlite.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert not search_index.has_search_table(conn)
        _build(db, random.Random(3), cases_count=120)
        for term in ("armée", "ÉTAT", "100%", "a_b", "国防部", "unit 42", "ex"):
            flt = RegisterFilter(text=term)
            assert register.query_ids(db, flt) == oracle_query_ids(db, flt), term
        assert register.query_ids(db, RegisterFilter(text="armée"))
    finally:
        db.close()


def test_postgres_without_pg_trgm_is_told_and_still_searches(
    db_engine: str, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No pg_trgm (an administrator who may not create it): the person opening the database
    is told why search is slower, and search finds the same cases."""
    from att_desktop.db import search_index
    from att_desktop.db.engine import open_database, upgrade_to

    if db_engine != "postgresql":
        pytest.skip("PostgreSQL only")
    monkeypatch.setattr(search_index, "create_search_index", lambda _conn: False)
    db = open_database(db_url)
    try:
        upgrade_to(db, "head")  # the upgrade step that reports it
        assert search_index.NO_TRIGRAM_NOTICE in db.notices
        _build(db, random.Random(4), cases_count=60)
        for term in ("armée", "ÉTAT", "100%", "unit 42"):
            flt = RegisterFilter(text=term)
            assert register.query_ids(db, flt) == oracle_query_ids(db, flt), term
    finally:
        db.close()


def _same_as_oracle(db: Database) -> int:
    """Facets, every category in use (and its headings) and a few searches: new == old."""
    facets = register.facets(db)
    assert facets == oracle_facets(db)
    assert facets.categories  # the category filters below are exercised
    codes = {c for code in facets.categories for c in _headings(code)}
    terms = ("a", "de", "Ministry", "ée", "LTD", "/20", "%")
    found = 0
    for flt in [RegisterFilter(category=c) for c in codes] + [
        RegisterFilter(text=t) for t in terms
    ]:
        expected = oracle_query_ids(db, flt)
        assert register.query_ids(db, flt) == expected, flt
        found += len(expected)
    return found


def _headings(code: str) -> list[str]:
    parts = code.split(".")
    return [".".join(parts[: n + 1]) for n in range(len(parts))]


def test_demo_data_case_files_and_register_spreadsheets_keep_the_index(
    db: Database, tmp_path: Any
) -> None:
    """Every writer of cases: demo data, a case file imported, a register spreadsheet
    imported (SQLite targets for the imports; the triggers are the same on both engines)."""
    from att_desktop.db.engine import open_database
    from att_desktop.services.case_files import export_case, import_case
    from att_desktop.services.demo import fill_demo_register
    from att_desktop.services.register_files import export_register, import_register

    fill_demo_register(db, cases=40, today=date(2026, 6, 1))
    assert _same_as_oracle(db) > 0
    first = register.query_ids(db, RegisterFilter())[:5]
    copy = open_database(tmp_path / "copy.sqlite3")
    try:
        for case_id in first:
            import_case(copy, export_case(db, case_id))
        assert _same_as_oracle(copy) > 0
        assert len(register.query_ids(copy, RegisterFilter())) == len(first)
    finally:
        copy.close()
    path = tmp_path / "register.xlsx"
    export_register(db, path)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        assert import_register(fresh, path).written
        assert _same_as_oracle(fresh) > 0
    finally:
        fresh.close()


@pytest.mark.parametrize(("eager", "chunk"), [(20, 7), (22, 7)])
def test_register_ids_read_in_pages_are_the_same_ids(
    tricky: Database, monkeypatch: pytest.MonkeyPatch, eager: int, chunk: int
) -> None:
    """What the table holds: counted, then read a chunk at a time; the same ids, in order."""
    monkeypatch.setattr(register.RegisterIds, "EAGER", eager)
    monkeypatch.setattr(register.RegisterIds, "CHUNK", chunk)
    rng = random.Random(5)
    with tricky.session() as session:
        years = sorted(set(session.scalars(select(Application.year))))
    filters = [
        RegisterFilter(),
        RegisterFilter(category="VIII"),
        RegisterFilter(category="viii"),
        RegisterFilter(category="III", status=CaseStatus.DRAFT),
        RegisterFilter(year=years[0]),
        RegisterFilter(text="ée"),
        RegisterFilter(category="No such"),
    ]
    lazy_seen = 0
    for flt in filters:
        expected = oracle_query_ids(tricky, flt)
        ids = register.RegisterIds(tricky, flt)
        assert len(ids) == len(expected), flt
        lazy_seen += ids._plan is not None
        if expected:  # the row of the last case, before anything past the first read
            assert ids.index(expected[-1]) == len(expected) - 1
        for _ in range(10):  # random access, as a table scrolled to the end does
            if expected:
                row = rng.randrange(len(expected))
                assert ids[row] == expected[row]
                assert ids.index(expected[row]) == row
        assert ids[3:17] == expected[3:17]
        assert list(ids) == expected, flt
        if expected:
            assert ids[-1] == expected[-1]
        with pytest.raises(IndexError):
            ids[len(expected)]
        with pytest.raises(ValueError):
            ids.index(10**9)
    assert lazy_seen >= 3  # the paged path ran, not only the eager one
