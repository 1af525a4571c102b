"""Database-level guards for Article 12: records are kept, history is append-only.

The services never delete; these triggers make sure nothing else does either (a script, a
careless SQL console), on both SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable


def expected_triggers(
    tables: Iterable[str], append_only: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """(trigger, table) of every guard ``guard_statements`` creates for these tables: what
    ``att-desktop check`` expects to find on either engine."""
    tables = list(tables)
    expected = [(f"retain_{t}", t) for t in tables]
    expected += [(f"{t}_append_only", t) for t in append_only if t in tables and t != "events"]
    if "events" in tables:
        expected.append(("events_append_only", "events"))
    return expected


def guard_statements(
    dialect: str, tables: Iterable[str], append_only: Iterable[str] = ()
) -> list[str]:
    """SQL that creates the no-delete triggers, and the no-update triggers on ``events`` and
    on the ``append_only`` tables (record tables the app never updates: issue 13).

    Idempotent, so it is run again after every upgrade: SQLite's batch migrations rebuild a
    table and silently drop its triggers.
    """
    statements: list[str] = []
    tables = list(tables)
    frozen = [t for t in append_only if t in tables and t != "events"]
    if dialect == "sqlite":
        for table in tables:
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS retain_{table} BEFORE DELETE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'records are retained for at least ten years: "
                f"{table} rows cannot be deleted'); END"
            )
        statements.append(
            "CREATE TRIGGER IF NOT EXISTS events_append_only BEFORE UPDATE ON events "
            "BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END"
        )
        for table in frozen:
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS {table}_append_only BEFORE UPDATE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'records are retained as written: {table} rows "
                f"cannot be changed'); END"
            )
    elif dialect == "postgresql":
        # PostgreSQL 14 or newer (CREATE OR REPLACE TRIGGER).
        # The same messages as SQLite's triggers. No '%' placeholders: the statement is also
        # sent through drivers that treat '%' as a parameter marker.
        statements.append(
            "CREATE OR REPLACE FUNCTION att_refuse_change() RETURNS trigger AS $$ "
            "BEGIN "
            "IF TG_OP = 'DELETE' THEN "
            "RAISE EXCEPTION USING MESSAGE = 'records are retained for at least ten years: ' "
            "|| TG_TABLE_NAME || ' rows cannot be deleted'; "
            "END IF; "
            "IF TG_TABLE_NAME <> 'events' THEN "
            "RAISE EXCEPTION USING MESSAGE = 'records are retained as written: ' "
            "|| TG_TABLE_NAME || ' rows cannot be changed'; "
            "END IF; "
            "RAISE EXCEPTION USING MESSAGE = 'the event history is append-only'; "
            "END; $$ LANGUAGE plpgsql"
        )
        for table in tables:
            statements.append(
                f"CREATE OR REPLACE TRIGGER retain_{table} BEFORE DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION att_refuse_change()"
            )
        statements.append(
            "CREATE OR REPLACE TRIGGER events_append_only BEFORE UPDATE ON events "
            "FOR EACH ROW EXECUTE FUNCTION att_refuse_change()"
        )
        for table in frozen:
            statements.append(
                f"CREATE OR REPLACE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION att_refuse_change()"
            )
    else:
        raise ValueError(f"unsupported database engine: {dialect}")
    return statements
