"""``att-desktop check``: is the record intact? (Article 12 records must be trustworthy.)

Reads only: the file's own consistency, the schema version, the event history's hash chain,
the case references and the register's denormalised summaries. Nothing is repaired here; a
finding says what is wrong so a person can decide.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

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
    to_url,
)
from att_desktop.db.models import RETAINED_TABLES, Application, Event, LineItem, ReferenceCounter
from att_desktop.domain.categories import load_categories
from att_desktop.domain.references import PREFIXES, parse_reference
from att_desktop.services.audit import verify_events
from att_desktop.services.cases import refresh_summary
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


def check_database(target: str | Path) -> IntegrityReport:
    """Run every check against a database path or URL without changing it.

    Raises DatabaseError (or a subclass) when the file is missing, not ours, too new or locked.
    """
    url = to_url(target)
    results: list[CheckResult] = []
    location = url.split("@")[-1]
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        location = str(path)
        revision = _sqlite_checks(path, results)
    else:
        location = display_url(url)
        revision = _postgres_checks(url, results)
    if revision is not None and revision != head_revision():
        return IntegrityReport(location, tuple(results))
    db = open_database(target, create=False)
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


def _sqlite_checks(path: Path, results: list[CheckResult]) -> str | None:
    """PRAGMA checks and the schema revision, through a read-only connection."""
    if not path.is_file():
        raise DatabaseError(f"There is no database at {path}. Run 'att-desktop init' first.")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise DatabaseNotOursError(f"{path} is not an ATT Desktop database (not SQLite).")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
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
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                f"The database {path} is locked by another program; close it and try again."
            ) from exc
        raise DatabaseError(f"Cannot read {path}: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseNotOursError(f"{path} is damaged and cannot be read: {exc}.") from exc
    schema = CheckResult("schema revision")
    results.append(schema)
    revision = stamp[0] if len(stamp) == 1 else None
    _judge_revision(schema, revision)
    return revision if revision is not None else ""


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
    expected = [(f"retain_{t}", t) for t in RETAINED_TABLES if t in tables]
    if "events" in tables:
        expected.append(("events_append_only", "events"))
    for name, table in expected:
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
            f"The database was written by a newer version of ATT Desktop (schema {revision}); "
            "check it with that version. It was left untouched."
        )


def _event_chain(session: Session) -> CheckResult:
    """The hash chain, checked by the same code as ``att-desktop audit verify``."""
    result = CheckResult("event history")
    report = verify_events(session)
    for problem in report.problems:
        result.add(str(problem))
    state = "intact" if report.ok else "BROKEN"
    result.detail = f"{report.events_checked} events, hash chain {state}"
    return result


def _references(session: Session) -> CheckResult:
    result = CheckResult("case references")
    rows = session.execute(
        select(Application.id, Application.reference, Application.year, Application.received_on)
    ).all()
    folded = Counter(r.reference.strip().casefold() for r in rows)
    pattern = get_setting(session, REFERENCE_PATTERN)
    highest: dict[tuple[str, int], int] = defaultdict(int)
    for app_id, reference, year, received_on in rows:
        if not reference.strip():
            result.add(f"case id {app_id} has no reference")
            continue
        if folded[reference.strip().casefold()] > 1:
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
    registered = set(
        session.scalars(
            select(Event.application_id)
            .where(Event.entity == "application", Event.action.in_(("created", "imported")))
            .distinct()
        )
    )
    for app_id, reference, _, _ in rows:
        if app_id not in registered:
            result.add(f"{reference} has no registration event in its history")
    result.detail = f"{len(rows)} cases"
    return result


def _line_items(session: Session) -> CheckResult:
    result = CheckResult("line items")
    catalogue = load_categories()
    query = (
        select(LineItem.id, LineItem.line_no, LineItem.att_category, Application.reference)
        .join(Application, Application.id == LineItem.application_id)
        .where(LineItem.superseded.is_(False))
        .where(
            (LineItem.att_category.is_(None) & LineItem.not_reportable_reason.is_(None))
            | LineItem.att_category.is_not(None)
        )
    )
    count = session.scalar(select(func.count(LineItem.id)).where(LineItem.superseded.is_(False)))
    for _, line_no, category, reference in session.execute(query):
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
    """Recompute each case's register columns and compare; the session is rolled back after."""
    result = CheckResult("register summaries")
    query = select(Application).options(
        selectinload(Application.items), selectinload(Application.parties)
    )
    count = 0
    for app in session.scalars(query):
        count += 1
        stored = {f: getattr(app, f) for f in _SUMMARY_FIELDS}
        refresh_summary(app)
        for name in _SUMMARY_FIELDS:
            expected = getattr(app, name)
            if stored[name] != expected:
                result.add(
                    f"{app.reference}: the register shows {name} = {stored[name]!r} but its line "
                    f"items and parties give {expected!r}"
                )
    result.detail = f"{count} cases"
    return result
