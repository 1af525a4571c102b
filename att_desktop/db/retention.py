"""Database-level guards for Article 12: records are kept, history is append-only.

The services never delete; these triggers make sure nothing else does either (a script, a
careless SQL console), on both SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable


def guard_statements(dialect: str, tables: Iterable[str]) -> list[str]:
    """SQL that creates the no-delete triggers, and the no-update trigger on ``events``.

    Idempotent, so it is run again after every upgrade: SQLite's batch migrations rebuild a
    table and silently drop its triggers.
    """
    statements: list[str] = []
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
    else:
        raise ValueError(f"unsupported database engine: {dialect}")
    return statements
