"""What the database keeps beside the record so the register filters 500,000 cases quickly.

- ``case_categories``: one row per (case, ATT category of a current line item), so the
  category filter and the list of categories never read every line item. Both engines.
- SQLite: ``register_search``, an FTS5 table with the ``trigram`` tokenizer (SQLite 3.34 or
  newer) over ``applications.reference`` and ``applications.end_user_name`` (external
  content: the text stays in ``applications``), so a substring search reads an index
  instead of every case.
- PostgreSQL: ``pg_trgm`` GIN indexes on the same columns and ``organisations.name``;
  ``ILIKE '%x%'`` uses them as it is, so the query and its results do not change.

All of it is kept in step by triggers, not by the services: every writer (a case saved,
a case file or register spreadsheet imported, demo data, a bulk insert by a script) is
covered. The triggers are created by migration 0003 and created again after every upgrade,
since a SQLite batch migration that rebuilds a table drops its triggers. Where FTS5 trigram
or ``pg_trgm`` is missing, search still works with the plain query, only without an index.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from att_desktop.i18n import Message, msg

log = logging.getLogger(__name__)

#: The SQLite FTS5 table over the cases' reference and end user (rowid = applications.id).
SEARCH_TABLE = "register_search"
#: PostgreSQL trigram indexes: name -> (table, column).
TRIGRAM_INDEXES = {
    "ix_applications_reference_trgm": ("applications", "reference"),
    "ix_applications_end_user_name_trgm": ("applications", "end_user_name"),
    "ix_organisations_name_trgm": ("organisations", "name"),
}
#: The trigram tokenizer matches only text of this many characters or more.
TRIGRAM_MIN_CHARS = 3

NO_TRIGRAM_NOTICE = msg(
    "The PostgreSQL extension pg_trgm could not be enabled, so searching the register reads "
    "every case (it still finds the same cases, more slowly on a large register). Ask the "
    "database administrator to run CREATE EXTENSION pg_trgm in this database (it is part of "
    "PostgreSQL's contrib package); the search indexes are then made at the next upgrade."
)


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: the search objects are outside the models on purpose
    (an FTS5 virtual table and its shadow tables, PostgreSQL-only GIN indexes)."""
    if name is None:
        return True
    if type_ == "table":
        return not (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))
    if type_ == "index":
        return name not in TRIGRAM_INDEXES
    return True


def _category_inserts(dialect: str, app: str | None) -> list[str]:
    """INSERTs into ``case_categories`` for one case's current line items (``app`` is an SQL
    expression) or for every case (None): each item's own category first (``exact``), then
    its headings, the text before the first, second and third dot ("VIII.SA.2" gives
    "VIII" and "VIII.SA"); a row already there is kept. A deeper heading is left out; the
    register then filters by the categories under it instead (``services/register.py``).
    No GROUP BY and no sort: a register of 1.5 million line items is filled in one pass each.
    """
    pos = "instr" if dialect == "sqlite" else "strpos"
    c = "i.att_category"
    rest1 = f"substr({c}, {pos}({c}, '.') + 1)"
    rest2 = f"substr({rest1}, {pos}({rest1}, '.') + 1)"
    d1, d2, d3 = f"{pos}({c}, '.')", f"{pos}({rest1}, '.')", f"{pos}({rest2}, '.')"
    where = "i.att_category IS NOT NULL AND NOT i.superseded"
    if app is not None:
        where = f"i.application_id = {app} AND {where}"
    keys = [
        (c, "TRUE", ""),
        (f"substr({c}, 1, {d1} - 1)", "FALSE", f" AND {d1} > 0"),
        (f"substr({c}, 1, {d1} + {d2} - 1)", "FALSE", f" AND {d1} > 0 AND {d2} > 0"),
        (
            f"substr({c}, 1, {d1} + {d2} + {d3} - 1)",
            "FALSE",
            f" AND {d1} > 0 AND {d2} > 0 AND {d3} > 0",
        ),
    ]
    insert, conflict = (
        ("INSERT OR IGNORE INTO", "")
        if dialect == "sqlite"
        else ("INSERT INTO", " ON CONFLICT DO NOTHING")
    )
    received = "(SELECT ap.received_on FROM applications ap WHERE ap.id = i.application_id)"
    return [
        f"{insert} {_CATEGORY_COLUMNS} SELECT i.application_id, {key}, {received}, {exact} "
        f"FROM line_items i WHERE {where}{cond}{conflict}"
        for key, exact, cond in keys
    ]


_CATEGORY_COLUMNS = "case_categories (application_id, att_category, received_on, exact)"


def backfill_case_categories(conn: Connection) -> None:
    """Fill ``case_categories`` from the current line items (migration 0003)."""
    for statement in _category_inserts(conn.dialect.name, None):
        conn.exec_driver_sql(statement)


def fts5_trigram_available(conn: Connection) -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34 or newer)."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE temp.att_trigram_probe USING fts5(x, tokenize='trigram')"
            )
            conn.exec_driver_sql("DROP TABLE temp.att_trigram_probe")
    except DBAPIError:
        return False
    return True


def has_search_table(conn: Connection) -> bool:
    """Whether the SQLite FTS5 search table exists (it does not on an old SQLite)."""
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_TABLE,)
    ).first()
    return found is not None


def has_trigram_extension(conn: Connection) -> bool:
    found = conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first()
    return found is not None


def create_search_index(conn: Connection) -> bool:
    """Create (and fill from the existing cases) the substring search index; False when this
    engine cannot have one, and the register searches without it."""
    if conn.dialect.name == "sqlite":
        if not fts5_trigram_available(conn):
            log.warning("SQLite %s has no FTS5 trigram tokenizer: search is unindexed", _v(conn))
            return False
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
            "reference, end_user_name, content='applications', content_rowid='id', "
            "tokenize='trigram')"
        )
        conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")
        return True
    if conn.dialect.name == "postgresql":
        try:
            with conn.begin_nested():
                if not has_trigram_extension(conn):
                    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                for index, (table, column) in TRIGRAM_INDEXES.items():
                    conn.exec_driver_sql(
                        f"CREATE INDEX IF NOT EXISTS {index} ON {table} "
                        f"USING gin ({column} gin_trgm_ops)"
                    )
        except DBAPIError as exc:  # not permitted, not installed, not on the search path
            log.warning("pg_trgm could not be used, search is unindexed: %s", exc)
            return False
        return True
    return False


def _v(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT sqlite_version()").scalar())


def trigger_statements(dialect: str, tables: set[str]) -> list[str]:
    """SQL that creates the triggers keeping ``case_categories`` and the SQLite search table
    in step with the data; idempotent, for the objects present in ``tables``."""
    statements: list[str] = []
    if dialect == "sqlite":
        if "case_categories" in tables:

            def recompute(app: str) -> str:
                inserts = " ".join(f"{i};" for i in _category_inserts(dialect, app))
                return f"DELETE FROM case_categories WHERE application_id = {app}; {inserts}"

            statements += [
                "CREATE TRIGGER IF NOT EXISTS case_categories_on_insert AFTER INSERT ON "
                f"line_items BEGIN {recompute('NEW.application_id')} END",
                "CREATE TRIGGER IF NOT EXISTS case_categories_on_update AFTER UPDATE OF "
                "application_id, att_category, superseded ON line_items BEGIN "
                f"{recompute('OLD.application_id')} {recompute('NEW.application_id')} END",
                "CREATE TRIGGER IF NOT EXISTS case_categories_on_delete AFTER DELETE ON "
                f"line_items BEGIN {recompute('OLD.application_id')} END",
                "CREATE TRIGGER IF NOT EXISTS case_categories_on_received AFTER UPDATE OF "
                "received_on ON applications WHEN OLD.received_on IS NOT NEW.received_on "
                "BEGIN UPDATE case_categories SET received_on = NEW.received_on "
                "WHERE application_id = NEW.id; END",
            ]
        if SEARCH_TABLE in tables:
            old = (
                f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, reference, end_user_name) "
                "VALUES ('delete', OLD.id, OLD.reference, OLD.end_user_name);"
            )
            new = (
                f"INSERT INTO {SEARCH_TABLE}(rowid, reference, end_user_name) "
                "VALUES (NEW.id, NEW.reference, NEW.end_user_name);"
            )
            statements += [
                f"CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_on_insert AFTER INSERT ON "
                f"applications BEGIN {new} END",
                f"CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_on_update AFTER UPDATE OF "
                "id, reference, end_user_name ON applications WHEN OLD.id IS NOT NEW.id "
                "OR OLD.reference IS NOT NEW.reference "
                f"OR OLD.end_user_name IS NOT NEW.end_user_name BEGIN {old} {new} END",
                f"CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_on_delete AFTER DELETE ON "
                f"applications BEGIN {old} END",
            ]
    elif dialect == "postgresql":
        if "case_categories" in tables:
            statements += [
                "CREATE OR REPLACE FUNCTION att_case_categories_of(app integer) RETURNS void "
                "AS $$ DELETE FROM case_categories WHERE application_id = app; "
                + " ".join(f"{i};" for i in _category_inserts(dialect, "app"))
                + " $$ LANGUAGE sql",
                "CREATE OR REPLACE FUNCTION att_case_categories() RETURNS trigger AS $$ "
                "BEGIN "
                "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
                "PERFORM att_case_categories_of(OLD.application_id); "
                "END IF; "
                "IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' "
                "AND NEW.application_id IS DISTINCT FROM OLD.application_id) THEN "
                "PERFORM att_case_categories_of(NEW.application_id); "
                "END IF; "
                "RETURN NULL; "
                "END; $$ LANGUAGE plpgsql",
                "CREATE OR REPLACE TRIGGER case_categories_on_change AFTER INSERT OR UPDATE OF "
                "application_id, att_category, superseded OR DELETE ON line_items "
                "FOR EACH ROW EXECUTE FUNCTION att_case_categories()",
                "CREATE OR REPLACE FUNCTION att_case_categories_received() RETURNS trigger "
                "AS $$ BEGIN "
                "UPDATE case_categories SET received_on = NEW.received_on "
                "WHERE application_id = NEW.id; "
                "RETURN NULL; "
                "END; $$ LANGUAGE plpgsql",
                "CREATE OR REPLACE TRIGGER case_categories_on_received AFTER UPDATE OF "
                "received_on ON applications FOR EACH ROW "
                "WHEN (OLD.received_on IS DISTINCT FROM NEW.received_on) "
                "EXECUTE FUNCTION att_case_categories_received()",
            ]
    else:
        raise ValueError(f"unsupported database engine: {dialect}")
    return statements


_SQLITE_TRIGGERS = (
    "case_categories_on_insert",
    "case_categories_on_update",
    "case_categories_on_delete",
    "case_categories_on_received",
    f"{SEARCH_TABLE}_on_insert",
    f"{SEARCH_TABLE}_on_update",
    f"{SEARCH_TABLE}_on_delete",
)


def suspend(conn: Connection) -> None:
    """Before migrations on SQLite: drop the triggers (``ensure`` makes them again after).

    The ``line_items`` triggers name ``applications``, and SQLite refuses to rename the
    rebuilt copy of a table (what a batch migration does) while a trigger names a table that
    is missing at that moment. A migration that writes line items or cases runs without
    them, so it calls ``rebuild`` at its end.
    """
    if conn.dialect.name == "sqlite":
        for trigger in _SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")


def rebuild(conn: Connection) -> None:
    """Refill ``case_categories`` and the SQLite search table from the record."""
    conn.exec_driver_sql("DELETE FROM case_categories")
    backfill_case_categories(conn)
    if conn.dialect.name == "sqlite" and has_search_table(conn):
        conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")


def ensure(conn: Connection, tables: set[str]) -> list[Message]:
    """After every upgrade: the search index if it is missing and can now be made (a newer
    SQLite, ``pg_trgm`` installed since), then the triggers again. Returns notices for the
    person opening the database."""
    if "case_categories" not in tables:
        return []  # a schema older than 0003 (tests build them)
    notices: list[Message] = []
    if conn.dialect.name == "sqlite":
        if SEARCH_TABLE not in tables and create_search_index(conn):
            tables = tables | {SEARCH_TABLE}
    elif conn.dialect.name == "postgresql" and not create_search_index(conn):
        notices.append(NO_TRIGRAM_NOTICE)
    for statement in trigger_statements(conn.dialect.name, tables):
        conn.exec_driver_sql(statement)
    return notices
