"""Asking the database whether a JSON list holds a value, on either engine.

Some record columns hold short JSON lists (a note's mentioned user ids, the reasons a
reassessment addressed). Reading every row into Python to look inside them does not scale
to a register of 500,000 cases; these conditions let one SQL query do it instead: SQLite
through ``json_each``, PostgreSQL through ``jsonb`` containment.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, Integer, String, cast, exists, func, literal, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import InstrumentedAttribute


def json_list_has(
    dialect: str,
    column: ColumnElement[Any] | InstrumentedAttribute[Any],
    value: Any,
    *,
    key: str = "",
) -> ColumnElement[bool]:
    """``column`` (a JSON list, or the list under ``key`` of a JSON object) holds ``value``
    (a Python int or str, or an SQL expression of one). ``dialect`` is the engine's name
    (``session.get_bind().dialect.name``)."""
    element = _typed(value)
    if dialect == "postgresql":
        document: ColumnElement[Any] = cast(column, JSONB)
        if key:  # "->", not subscripting: that needs PostgreSQL 14
            document = document.op("->", return_type=JSONB)(literal(key, String))
        return document.op("@>", return_type=Boolean)(func.jsonb_build_array(element))
    items = func.json_each(column, f"$.{key}" if key else "$").table_valued("value")
    # Every other table named (the column's, the value's) belongs to the enclosing queries,
    # however deep: without this, a table two levels up would be scanned here afresh.
    return exists(
        select(literal(1))
        .select_from(items)
        .where(items.c.value == element)
        .correlate_except(items)
    )


def _typed(value: Any) -> ColumnElement[Any]:
    """A bound value with its SQL type spelled out (PostgreSQL cannot infer the type of a
    parameter handed to ``jsonb_build_array``)."""
    if isinstance(value, ColumnElement):
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"json_list_has compares ints or strings, not {type(value).__name__}")
    return cast(literal(value), Integer if isinstance(value, int) else String)
