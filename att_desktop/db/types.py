"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact decimal stored as a scaled integer.

    SQLite has no exact decimal type; storing thousandths as a 64-bit integer keeps sums exact
    on both engines (SUM works in SQL) and covers every currency's minor unit.
    """

    impl = BigInteger
    cache_ok = True
    SCALE = 1000

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * self.SCALE
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than 3 decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self.SCALE).normalize()


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes, stored naive-UTC so SQLite and PostgreSQL agree."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError("expected a datetime")
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous: pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def max_length(column: InstrumentedAttribute[Any]) -> int | None:
    """The most characters ``Model.column`` holds (its ``String(n)``), or None when unlimited.

    Services check free text against it before saving: PostgreSQL refuses an overflow with a
    driver error, SQLite silently stores it, so neither may be left to the database.
    """
    columns: list[Any] = list(getattr(column.property, "columns", []))
    if len(columns) != 1:
        raise TypeError(f"{column} is not a single mapped column")
    kind = columns[0].type
    return kind.length if isinstance(kind, String) else None
