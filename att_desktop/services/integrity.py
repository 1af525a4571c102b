"""``att-desktop check``: is the record intact? (Article 12 records must be trustworthy.)

Reads only: the file's own consistency, the schema version, the event history's hash chain,
the case references and the register's denormalised summaries. Nothing is repaired here; a
finding says what is wrong so a person can decide.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVarTuple

from sqlalchemy import Row, Select, func, inspect, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from att_desktop.db.engine import (
    SQLITE_MAGIC,
    Database,
    DatabaseError,
    DatabaseLockedError,
    DatabaseNotOursError,
    DatabaseTooNewError,
    current_revision,
    display_url,
    explain_error,
    head_revision,
    known_revisions,
    make_engine,
    open_database,
    read_only_uri,
    to_url,
)
from att_desktop.db.models import (
    APPEND_ONLY_TABLES,
    RETAINED_TABLES,
    Application,
    Event,
    LineItem,
    Party,
    ReferenceCounter,
)
from att_desktop.db.retention import expected_triggers
from att_desktop.domain.application import normalise_euc_number
from att_desktop.domain.categories import load_categories
from att_desktop.domain.enums import PartyRole
from att_desktop.domain.references import PREFIXES, parse_reference
from att_desktop.i18n import msg
from att_desktop.services.audit import verify_events
from att_desktop.services.cases import register_summary
from att_desktop.services.settings import REFERENCE_PATTERN, get_setting

#: Findings listed per check before the rest are only counted.
MAX_LISTED = 50


@dataclass
class CheckResult:
    name: str
    detail: str = ""
    findings: list[str] = field(default_factory=list)
    hidden: int = 0

    def add(self, message: str) -> None:
        if len(self.findings) < MAX_LISTED:
            self.findings.append(message)
        else:
            self.hidden += 1

    @property
    def ok(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class IntegrityReport:
    location: str
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


def check_database(target: str | Path, *, immutable: bool | None = None) -> IntegrityReport:
    """Run every check against a database path or URL without changing it.

    Raises DatabaseError (or a subclass) when the file is missing, not ours, too new or locked.
    A SQLite file is only ever opened read-only (immutable on a read-only folder or file
    system, or when ``immutable`` is True), so an archive on a CD can be checked.
    """
    url = to_url(target)
    results: list[CheckResult] = []
    location = url.split("@")[-1]
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        location = str(path)
        revision = _sqlite_checks(path, results, immutable)
    else:
        location = display_url(url)
        revision = _postgres_checks(url, results)
    if revision is not None and revision != head_revision():
        return IntegrityReport(location, tuple(results))
    db = open_database(target, create=False, read_only=True, immutable=immutable)
    try:
        if revision is None:
            schema = _schema_check(db)
            results.append(schema)
            if not schema.ok:
                return IntegrityReport(location, tuple(results))
        session = db.sessions()
        try:
            with session.no_autoflush:
                results.append(_event_chain(session))
                results.append(_references(session))
                results.append(_line_items(session))
                results.append(_summaries(session))
        finally:
            session.rollback()
            session.close()
    finally:
        db.close()
    return IntegrityReport(location, tuple(results))


def _sqlite_checks(path: Path, results: list[CheckResult], immutable: bool | None) -> str | None:
    """PRAGMA checks and the schema revision, through a read-only connection."""
    if not path.is_file():
        raise DatabaseError(
            msg("There is no database at {path}. Run 'att-desktop init' first.", path=path)
        )
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise DatabaseNotOursError(
                msg("{path} is not an ATT Desktop database (not SQLite).", path=path)
            )
    try:
        uri = read_only_uri(path, immutable)
        with closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
            integrity = CheckResult("SQLite integrity")
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                for row in rows:
                    integrity.add(f"damaged: {row}")
            results.append(integrity)
            keys = CheckResult("foreign keys")
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                keys.add(f"{table} row {rowid} refers to a {parent} row that does not exist")
            results.append(keys)
            try:
                stamp = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            except sqlite3.OperationalError:
                stamp = []
            triggers = {
                str(name): str(table)
                for name, table in conn.execute(
                    "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
            tables = {
                str(name)
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                msg(
                    "The database {path} is locked by another program; close it and try again.",
                    path=path,
                )
            ) from exc
        raise DatabaseError(msg("Cannot read {path}: {error}.", path=path, error=exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseNotOursError(
            msg("{path} is damaged and cannot be read: {error}.", path=path, error=exc)
        ) from exc
    schema = CheckResult("schema revision")
    results.append(schema)
    revision = stamp[0] if len(stamp) == 1 else None
    _judge_revision(schema, revision)
    if revision is not None:
        results.append(_sqlite_guards(triggers, tables))
    return revision if revision is not None else ""


def _sqlite_guards(triggers: dict[str, str], tables: set[str]) -> CheckResult:
    """The Article 12 triggers, as PostgreSQL's check reports them: SQLite has no way to
    disable one, so a guard is either there on its table or missing."""
    guards = CheckResult("Article 12 triggers", detail=f"SQLite {sqlite3.sqlite_version}")
    retained = [t for t in RETAINED_TABLES if t in tables]
    for name, table in expected_triggers(retained, APPEND_ONLY_TABLES):
        if triggers.get(name) != table:
            guards.add(
                f"trigger {name} on {table} is missing, so its rows could be deleted or "
                f"rewritten: open the database with ATT Desktop to restore it, and check the "
                f"history with 'att-desktop audit verify'"
            )
    return guards


def _postgres_checks(url: str, results: list[CheckResult]) -> str:
    """The schema revision and the Article 12 triggers, read without changing anything.

    PostgreSQL keeps its own pages consistent (checksums, WAL) and enforces foreign keys, so
    what is checked here is what a person with SQL access could have switched off.
    """
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = current_revision(engine)
            server = conn.exec_driver_sql("SHOW server_version").scalar()
            enabled = {
                str(name)
                for (name,) in conn.exec_driver_sql(
                    "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
                    "AND c.relnamespace = to_regnamespace(current_schema())"
                )
            }
            tables = set(inspect(conn).get_table_names())
    except (OperationalError, SADatabaseError) as exc:
        raise explain_error(exc, display_url(url)) from exc
    finally:
        engine.dispose()
    schema = CheckResult("schema revision")
    results.append(schema)
    _judge_revision(schema, revision)
    guards = CheckResult("Article 12 triggers", detail=f"PostgreSQL {server}")
    retained = [t for t in RETAINED_TABLES if t in tables]
    for name, table in expected_triggers(retained, APPEND_ONLY_TABLES):
        if name not in enabled:
            guards.add(
                f"trigger {name} on {table} is missing or disabled, so its rows could be "
                f"deleted or rewritten: re-enable it (ALTER TABLE {table} ENABLE TRIGGER "
                f"{name}) and check the history with 'att-desktop audit verify'"
            )
    if revision is not None:
        results.append(guards)
    return revision or ""


def _schema_check(db: Database) -> CheckResult:
    schema = CheckResult("schema revision")
    _judge_revision(schema, current_revision(db.engine))
    return schema


def _judge_revision(result: CheckResult, revision: str | None) -> None:
    head = head_revision()
    if revision == head:
        result.detail = f"{revision}, current"
    elif revision is None:
        result.add("the database carries no schema revision: it was not created by ATT Desktop")
    elif revision in known_revisions():
        result.add(
            f"the schema is at revision {revision}, this version uses {head}: run "
            "'att-desktop init' to upgrade it (a copy is kept first)"
        )
    else:
        raise DatabaseTooNewError(
            msg(
                "The database was written by a newer version of ATT Desktop (schema "
                "{revision}); check it with that version. It was left untouched.",
                revision=revision,
            )
        )


def _event_chain(session: Session) -> CheckResult:
    """The hash chain, checked by the same code as ``att-desktop audit verify``."""
    result = CheckResult("event history")
    report = verify_events(session)
    for problem in report.problems:
        result.add(str(problem))
    chain_ok = len(report.problems) == report.rows_differing
    state = "intact" if chain_ok else "BROKEN"
    result.detail = f"{report.events_checked} events, hash chain {state}"
    if report.rows_checked:
        result.detail += (
            f"; {report.rows_checked} record rows compared with it, "
            f"{report.rows_differing or 'none'} differing"
        )
    return result


Ts = TypeVarTuple("Ts")

#: Rows fetched per round trip, and cases compared per batch of the summary check.
BATCH = 2000


def _stream(session: Session, query: Select[*Ts]) -> Iterator[Row[*Ts]]:
    """Core rows in batches on the session's connection: bounded memory, no ORM objects."""
    rows = session.connection().execute(query.execution_options(yield_per=BATCH))
    try:
        yield from rows
    finally:
        rows.close()


def _references(session: Session) -> CheckResult:
    """References: present, unique (ignoring case and spaces), in their year, behind their
    counter, and each case registered in the history.

    Streams the cases twice; the only thing kept per case is its folded reference, for the
    duplicate count (about 100 bytes a case), then only the duplicated ones.
    """
    result = CheckResult("case references")
    folded = Counter(
        r.strip().casefold() for (r,) in _stream(session, select(Application.reference))
    )
    duplicated = {ref for ref, n in folded.items() if n > 1}
    count = sum(folded.values())
    del folded
    pattern = get_setting(session, REFERENCE_PATTERN)
    highest: dict[tuple[str, int], int] = defaultdict(int)
    query = select(
        Application.id, Application.reference, Application.year, Application.received_on
    ).order_by(Application.id)
    for app_id, reference, year, received_on in _stream(session, query):
        if not reference.strip():
            result.add(f"case id {app_id} has no reference")
            continue
        if reference.strip().casefold() in duplicated:
            result.add(f"{reference} is used by more than one case (case id {app_id})")
        if year != received_on.year:
            result.add(f"{reference}: filed under {year} but received on {received_on}")
        parsed = parse_reference(pattern, reference)
        if parsed is not None:
            prefix, ref_year, seq = parsed
            for counter in [prefix] if prefix else PREFIXES.values():
                highest[(counter, ref_year)] = max(highest[(counter, ref_year)], seq)
    counters = {(c.prefix, c.year): c.last_value for c in session.scalars(select(ReferenceCounter))}
    for (prefix, year), seq in sorted(highest.items()):
        if counters.get((prefix, year), 0) < seq:
            result.add(
                f"the {prefix} counter for {year} is at {counters.get((prefix, year), 0)} but "
                f"number {seq} is taken: the next new case would get a duplicate reference"
            )
    registered = (
        select(Event.id)
        .where(Event.application_id == Application.id)
        .where(Event.entity == "application", Event.action.in_(("created", "imported")))
    )
    unregistered = (
        select(Application.reference).where(~registered.exists()).order_by(Application.id)
    )
    for (reference,) in _stream(session, unregistered):
        result.add(f"{reference} has no registration event in its history")
    result.detail = f"{count} cases"
    return result


def _line_items(session: Session) -> CheckResult:
    """Every current line item has a known ATT category or a reason it is not reportable.

    The categories in use are few: they are judged once each (``DISTINCT`` in SQL), and only
    the lines that fail are read.
    """
    result = CheckResult("line items")
    catalogue = load_categories()
    current = LineItem.superseded.is_(False)
    used = session.scalars(
        select(LineItem.att_category).where(current, LineItem.att_category.is_not(None)).distinct()
    )
    unknown = sorted({c for c in used if c is not None and not catalogue.is_valid(c)})
    suspect = LineItem.att_category.is_(None) & LineItem.not_reportable_reason.is_(None)
    if len(unknown) <= 500:
        suspect = suspect | LineItem.att_category.in_(unknown)
    else:  # a damaged file with thousands of invented codes: test every line as it streams
        suspect = suspect | LineItem.att_category.is_not(None)
    query = (
        select(LineItem.line_no, LineItem.att_category, Application.reference)
        .join(Application, Application.id == LineItem.application_id)
        .where(current, suspect)
        .order_by(LineItem.id)
    )
    count = session.scalar(select(func.count(LineItem.id)).where(current))
    for line_no, category, reference in _stream(session, query):
        if category is None:
            result.add(
                f"{reference} line {line_no} has neither an ATT category nor a reason it is "
                "not reportable: it would be missing from the annual report"
            )
        elif not catalogue.is_valid(category):
            result.add(f"{reference} line {line_no}: '{category}' is not a known ATT category")
    result.detail = f"{count} current line items"
    return result


_SUMMARY_FIELDS = ("categories_summary", "total_value", "value_currency", "end_user_name")


def _summaries(session: Session) -> CheckResult:
    """Recompute each case's register columns (and its certificate number's lookup key) from
    its rows and compare, a batch of cases at a time (three queries per batch, whatever the
    batch holds): memory stays bounded."""
    result = CheckResult("register summaries")
    count = 0
    last_id = 0
    while True:
        cases = session.execute(
            select(
                Application.id,
                Application.reference,
                Application.euc_number,
                Application.euc_number_key,
                *_summary_columns(),
            )
            .where(Application.id > last_id)
            .order_by(Application.id)
            .limit(BATCH)
        ).all()
        if not cases:
            break
        first, last_id = cases[0].id, cases[-1].id
        items: dict[int, list[Any]] = defaultdict(list)
        for row in session.execute(
            select(
                LineItem.application_id, LineItem.att_category, LineItem.value, LineItem.currency
            )
            .where(LineItem.application_id.between(first, last_id))
            .where(LineItem.superseded.is_(False))
            .order_by(LineItem.application_id, LineItem.line_no, LineItem.id)
        ):
            items[row.application_id].append(row)
        end_users: dict[int, list[str]] = defaultdict(list)
        for app_id, name in session.execute(
            select(Party.application_id, Party.name)
            .where(Party.application_id.between(first, last_id))
            .where(Party.superseded.is_(False), Party.role == PartyRole.END_USER)
            .order_by(Party.application_id, Party.position, Party.id)
        ):
            end_users[app_id].append(name)
        for case in cases:
            count += 1
            key = normalise_euc_number(case.euc_number)
            if case.euc_number_key != key:
                result.add(
                    f"{case.reference}: the end-user certificate is looked up as "
                    f"{case.euc_number_key!r} but its number {case.euc_number!r} gives {key!r}, "
                    "so its use on another case would go unflagged"
                )
            expected = register_summary(items.get(case.id, []), end_users.get(case.id, []))
            for name in _SUMMARY_FIELDS:
                stored = getattr(case, name)
                if stored != expected[name]:
                    result.add(
                        f"{case.reference}: the register shows {name} = {stored!r} but its "
                        f"line items and parties give {expected[name]!r}"
                    )
    result.detail = f"{count} cases"
    return result


def _summary_columns() -> tuple[Any, ...]:
    return tuple(getattr(Application, name) for name in _SUMMARY_FIELDS)
