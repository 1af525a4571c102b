"""Does every record row equal what its history says? (issue 13: rows changed behind our back)

The hash chain proves the events; this proves the rows. Each event carries the digest of the
record rows written with it (``events.rows_sha256``, made by ``db/row_digest.row_digest``).
While the full verification streams the history, ``RowLedger.note`` keeps the newest digest of
every row; ``RowLedger.compare`` then streams every record table (keyset batches, Core rows)
and reports each row that

- differs from its newest digest (changed with SQL, ``INSERT OR REPLACE`` included),
- has no digest although it was written after digests began (inserted behind the app's back),
- has a digest but is not in its table (removed, with the no-delete trigger dropped).

Rows written before upgrade 0007 have no digest: the ``row_audit_started`` event names how far
each table went then, and those rows are verified only as far as their own events allow
(counted, not reported) until the app next writes them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Table, select
from sqlalchemy.orm import Session

from att_desktop.db.models import Base
from att_desktop.db.row_digest import SEALED, UNSEALED_SETTINGS, pk_column, row_digest

#: The event that marks where row digests begin (written by migration 0007).
STARTED = "row_audit_started"
#: Rows fetched per round trip.
BATCH = 2000
#: How each table's row is named in a finding, besides its id: what a reader recognises.
_NAMES = {
    "applications": "reference",
    "licences": "number",
    "users": "username",
    "agencies": "code",
    "organisations": "name",
}


@dataclass(frozen=True)
class RowFinding:
    table: str
    pk: object
    what: str
    name: str = ""

    def __str__(self) -> str:
        named = f" ({self.name})" if self.name else ""
        return f"{self.table} row {self.pk}{named} {self.what}"


@dataclass(frozen=True)
class RowReport:
    findings: tuple[RowFinding, ...]
    #: Record rows compared with their history.
    rows_checked: int
    #: Rows from before row digests began that the app has not written since.
    rows_before_digests: int


def _short(digest: str) -> int:
    """128 bits of a digest as an int: a tenth of the memory of the hex text per row."""
    return int(digest[:32], 16)


class RowLedger:
    """The newest digest of every record row, gathered from the events in order."""

    def __init__(self) -> None:
        self.latest: dict[str, dict[object, int]] = {t: {} for t in SEALED}
        self.before: dict[str, Any] = {}

    def note(self, event: Any) -> None:
        """Called with every event row, oldest first (``audit._check``)."""
        rows = event.rows_sha256
        if rows:
            for key, digest in rows.items():
                table, _, pk = str(key).partition("/")
                latest = self.latest.get(table)
                if latest is not None and isinstance(digest, str):
                    latest[pk if table == "settings" else _int(pk)] = _short(digest)
        if event.action == STARTED and event.entity == "record" and event.after:
            before = event.after.get("rows_before")
            if isinstance(before, dict):
                self.before = before

    def compare(self, session: Session) -> RowReport:
        findings: list[RowFinding] = []
        checked = legacy = 0
        for name in SEALED:
            table = Base.metadata.tables[name]
            expected = self.latest[name]
            reach = self.before.get(name)
            for row in _rows(session, table):
                values = row._mapping
                pk = values[pk_column(name)]
                if name == "settings" and pk in UNSEALED_SETTINGS:
                    continue
                checked += 1
                want = expected.pop(pk, None)
                if want is None:
                    if _before_digests(pk, reach):
                        legacy += 1
                        continue
                    what = "is not in the history: it was added behind the app's back"
                elif want != _short(row_digest(name, values)):
                    what = (
                        "differs from what its history recorded: it was changed behind the "
                        "app's back"
                    )
                else:
                    continue
                findings.append(RowFinding(name, pk, what, _name(name, values)))
            for pk in expected:
                what = "is in the history but not in its table: it was removed"
                findings.append(RowFinding(name, pk, what))
        return RowReport(tuple(findings), checked, legacy)


def _int(text: str) -> object:
    try:
        return int(text)
    except ValueError:
        return text


def _before_digests(pk: object, reach: Any) -> bool:
    """Was this row there when digests began (upgrade 0007)?"""
    if isinstance(reach, list):
        return pk in reach
    return isinstance(reach, int) and isinstance(pk, int) and pk <= reach


def _name(table: str, values: Mapping[Any, Any]) -> str:
    column = _NAMES.get(table)
    return str(values[column]) if column else ""


def _rows(session: Session, table: Table) -> Iterator[Row[Any]]:
    """Every row of ``table`` in primary-key order, ``BATCH`` at a time (keyset paging)."""
    column = table.c[pk_column(table.name)]
    query = select(table).order_by(column).limit(BATCH)
    connection = session.connection()
    batch = connection.execute(query).all()
    while batch:
        yield from batch
        if len(batch) < BATCH:
            return
        last = batch[-1]._mapping[column.name]
        batch = connection.execute(query.where(column > last)).all()
