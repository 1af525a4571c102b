"""The case register: filtering 500,000 cases fast enough to narrow as the officer types.

The table asks for matching ids first (cheap), then fetches display rows a page at a time.
Each filter is served by an index (``db/search_index.py``): the category filter by the
``case_categories`` table, search text of three characters or more by SQLite's FTS5 trigram
table or PostgreSQL's ``pg_trgm`` indexes. The ids come straight off the driver's cursor,
without building a row object per case. The results are those of the plain queries (kept as
the oracle in ``tests/db/test_register_search.py``): the index only finds the candidates, the
original conditions decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

from sqlalchemy import Connection, select

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Organisation
from att_desktop.db.search_index import SEARCH_TABLE, TRIGRAM_MIN_CHARS, has_search_table
from att_desktop.services.dto import RegisterFacets, RegisterFilter, RegisterRow


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Where:
    """The conditions of one register query, as SQL for one engine with named parameters."""

    def __init__(self, conn: Connection) -> None:
        self.sqlite = conn.dialect.name == "sqlite"
        self.params: dict[str, Any] = {}
        self.conditions: list[str] = []

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}" if self.sqlite else f"%({name})s"

    def ilike(self, column: str, pattern: str) -> str:
        """What SQLAlchemy's ``ilike`` renders: ``lower() LIKE lower()`` on SQLite."""
        if self.sqlite:
            return f"lower({column}) LIKE lower({pattern}) ESCAPE '\\'"
        return f"{column} ILIKE {pattern} ESCAPE '\\'"


def _loose_scan(table: str, column: str, *, descending: bool = False, where: str = "") -> str:
    """The distinct values of an indexed column, one index seek per value (a recursive CTE:
    neither engine skips through an index for ``SELECT DISTINCT`` by itself)."""
    first, step = ("max", "<") if descending else ("min", ">")
    also = f"{where} AND " if where else ""
    return (
        f"WITH RECURSIVE d(v) AS (SELECT {first}({column}) FROM {table}"
        f"{' WHERE ' + where if where else ''} UNION ALL "
        f"SELECT (SELECT {first}({column}) FROM {table} WHERE {also}{column} {step} d.v) "
        "FROM d WHERE d.v IS NOT NULL) SELECT v FROM d WHERE v IS NOT NULL"
    )


def _category_keys(conn: Connection, code: str) -> list[str]:
    """The ``case_categories`` keys (categories and headings) the filter ``code`` selects:
    the code itself and every key under it ("VIII" selects "VIII.SA" and "VIII.SA.2"),
    compared by the database with the same LIKE as before."""
    where = _Where(conn)
    exact, under = where.param(code), where.param(_escape_like(code) + ".%")
    sql = (
        f"SELECT v FROM ({_loose_scan('case_categories', 'att_category')}) AS c "
        f"WHERE v = {exact} OR v LIKE {under} ESCAPE '\\'"
    )
    return [str(v) for (v,) in _rows(conn, sql, where.params)]


#: Headings are stored down to this many dots ("VIII.SA" has one): see search_index.
_HEADING_MAX_DOTS = 2


def _single_key(keys: list[str]) -> str | None:
    """The one key every selected case carries, when there is one: all the keys lie under a
    single heading the triggers store ("VIII" for "VIII", "VIII.SA", "VIII.SA.2"...)."""
    top = [k for k in keys if not any(k.startswith(o + ".") for o in keys if o != k)]
    if len(top) == 1 and top[0].count(".") <= _HEADING_MAX_DOTS:
        return top[0]
    return None


def _text_condition(conn: Connection, where: _Where, text: str) -> str:
    """Reference, end user or exporter contains the text, or the destination is its code."""
    pattern = where.param(f"%{_escape_like(text)}%")
    code = where.param(text.upper())
    exporters = f"SELECT o.id FROM organisations o WHERE {where.ilike('o.name', pattern)}"
    if not where.sqlite:
        # Each branch is served by an index (pg_trgm GIN for ILIKE, b-tree for the rest).
        return (
            "a.id IN ("
            f"SELECT id FROM applications WHERE {where.ilike('reference', pattern)} UNION "
            f"SELECT id FROM applications WHERE {where.ilike('end_user_name', pattern)} UNION "
            f"SELECT id FROM applications WHERE applicant_id IN ({exporters}) UNION "
            f"SELECT id FROM applications WHERE destination_code = {code})"
        )
    exact = (
        f"({where.ilike('a.reference', pattern)} OR {where.ilike('a.end_user_name', pattern)} "
        f"OR a.applicant_id IN ({exporters}) OR a.destination_code = {code})"
    )
    if len(text) < TRIGRAM_MIN_CHARS or not has_search_table(conn):
        return exact
    # The trigram index folds case beyond ASCII, so it finds a few more candidates than
    # SQLite's LIKE matches ("É" for "é"): the exact conditions decide.
    phrase = where.param('"' + text.replace('"', '""') + '"')
    return (
        f"a.id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH {phrase} UNION "
        f"SELECT id FROM applications WHERE applicant_id IN ({exporters}) UNION "
        f"SELECT id FROM applications WHERE destination_code = {code}) AND {exact}"
    )


def _value(member: Any) -> Any:
    return getattr(member, "value", member)


def _rows(conn: Connection, sql: str, params: dict[str, Any]) -> list[Any]:
    """All rows straight from the driver's cursor (no row objects: 500,000 ids stay cheap)."""
    result = conn.exec_driver_sql(sql, params)
    try:
        return list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()


def _plan(conn: Connection, flt: RegisterFilter) -> tuple[str, dict[str, Any]] | None:
    """The SELECT of the matching ids, newest first, and its parameters; None for none."""
    where = _Where(conn)
    conditions = where.conditions
    if flt.year is not None:
        conditions.append(f"a.year = {where.param(flt.year)}")
    if flt.status is not None:
        conditions.append(f"a.status = {where.param(_value(flt.status))}")
    if flt.transfer_type is not None:
        conditions.append(f"a.transfer_type = {where.param(_value(flt.transfer_type))}")
    if flt.destination_code:
        conditions.append(f"a.destination_code = {where.param(flt.destination_code)}")
    if flt.applicant_id is not None:
        conditions.append(f"a.applicant_id = {where.param(flt.applicant_id)}")
    key: str | None = None
    if flt.category:
        keys = _category_keys(conn, flt.category)
        if not keys:
            return None
        key = _single_key(keys)
        if key is None:
            listed = ", ".join(where.param(k) for k in keys)
            conditions.append(
                "a.id IN (SELECT application_id FROM case_categories "
                f"WHERE att_category IN ({listed}))"
            )
    text = flt.text.strip()
    if text:
        conditions.append(_text_condition(conn, where, text))
    if key is not None and conditions:
        # Another filter narrows first (a search, a year...): each case it keeps is
        # looked up in the category index by its primary key.
        conditions.append(
            "EXISTS (SELECT 1 FROM case_categories c WHERE c.application_id = a.id "
            f"AND c.att_category = {where.param(key)})"
        )
        key = None
    if key is None:
        sql = "SELECT a.id FROM applications a"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY a.received_on DESC, a.id DESC"
    else:
        # The category alone: one range of its index, already newest first.
        sql = (
            "SELECT c.application_id FROM case_categories c "
            f"WHERE c.att_category = {where.param(key)} "
            "ORDER BY c.received_on DESC, c.application_id DESC"
        )
    return sql, where.params


def query_ids(db: Database, flt: RegisterFilter) -> list[int]:
    """Ids of the matching cases, newest first."""
    with db.session() as session:
        conn = session.connection()
        plan = _plan(conn, flt)
        if plan is None:
            return []
        return [int(i) for (i,) in _rows(conn, *plan)]


class RegisterIds(Sequence[int]):
    """The matching ids, newest first, for the table: a count, then pages of ids on demand.

    A search, or a result of up to ``EAGER`` cases (all of a 50,000-case register), is read
    at once, as ``query_ids`` does.
    A larger result of the filters alone (all cases, category VIII of 500,000) is read in
    register order from an index, so it is counted and its ids are read ``CHUNK`` at a time
    as the table shows them (``LIMIT``/``OFFSET`` on the same query): choosing a filter
    does not wait for half a million ids. A case saved meanwhile shows after the next
    refresh, which every save already triggers.
    """

    EAGER = 50_000
    CHUNK = 5_000

    def __init__(self, db: Database, flt: RegisterFilter) -> None:
        self._db = db
        self._chunks: dict[int, list[int]] = {}
        self._plan: tuple[str, dict[str, Any]] | None = None
        self._count = 0
        with db.session() as session:
            conn = session.connection()
            plan = _plan(conn, flt)
            if plan is None:
                return
            sql, params = plan
            if flt.text.strip():
                # A search's candidates are all gathered before they are ordered: counting
                # them apart would cost the search twice.
                self._whole([int(i) for (i,) in _rows(conn, sql, params)])
                return
            rows = _rows(conn, f"{sql} LIMIT {self.EAGER + 1}", params)
            if len(rows) <= self.EAGER:
                self._whole([int(i) for (i,) in rows])
                return
            unordered = sql[: sql.rindex(" ORDER BY ")]
            (count,) = _rows(conn, f"SELECT count(*) FROM ({unordered}) AS m", params)[0]
            self._count = int(count)
            self._plan = plan
            ids = [int(i) for (i,) in rows]
            for n in range(0, len(ids) - self.CHUNK + 1, self.CHUNK):  # whole chunks read
                self._chunks[n // self.CHUNK] = ids[n : n + self.CHUNK]

    def _whole(self, ids: list[int]) -> None:
        self._count = len(ids)
        self._chunks = {
            n // self.CHUNK: ids[n : n + self.CHUNK] for n in range(0, len(ids), self.CHUNK)
        }

    def _chunk(self, number: int) -> list[int]:
        chunk = self._chunks.get(number)
        if chunk is None:
            assert self._plan is not None
            sql, params = self._plan
            page = f"{sql} LIMIT {self.CHUNK} OFFSET {number * self.CHUNK}"
            with self._db.session() as session:
                chunk = [int(i) for (i,) in _rows(session.connection(), page, params)]
            self._chunks[number] = chunk
        return chunk

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        chunk = self._chunk(index // self.CHUNK)
        offset = index % self.CHUNK
        # Cases that left the result since it was counted: an id no case has (a blank row
        # until the next refresh), rather than an error in the middle of painting.
        return chunk[offset] if offset < len(chunk) else self.GONE

    #: What a row reads as when its case left the result after the count.
    GONE = -1

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """The row of a case: looked for in what was read, else all ids are read once."""
        stop = self._count if stop is None else stop
        loaded = len(self._chunks) * self.CHUNK >= self._count
        if not loaded and not any(value in chunk for chunk in self._chunks.values()):
            self._read_all()
        for number in sorted(self._chunks):
            chunk = self._chunks[number]
            if value in chunk:
                row = number * self.CHUNK + chunk.index(value)
                if start <= row < stop:
                    return row
        raise ValueError(f"{value} is not in the register")

    def _read_all(self) -> None:
        """Every id in one query (the count, and so the table's rows, stay as they were)."""
        assert self._plan is not None
        with self._db.session() as session:
            ids = [int(i) for (i,) in _rows(session.connection(), *self._plan)]
        self._chunks = {
            n // self.CHUNK: ids[n : n + self.CHUNK] for n in range(0, len(ids), self.CHUNK)
        }


def fetch_rows(db: Database, ids: Sequence[int]) -> list[RegisterRow]:
    """Display rows for these ids, in the order given."""
    if not ids:
        return []
    query = (
        select(
            Application.id,
            Application.reference,
            Application.transfer_type,
            Organisation.name.label("applicant_name"),
            Application.destination_code,
            Application.end_user_name,
            Application.categories_summary,
            Application.total_value,
            Application.value_currency,
            Application.status,
            Application.received_on,
            Application.decided_on,
            Application.updated_at,
        )
        .join(Organisation, Organisation.id == Application.applicant_id)
        .where(Application.id.in_(list(ids)))
    )
    with db.session() as session:
        by_id = {row.id: RegisterRow(**row._mapping) for row in session.execute(query)}
    return [by_id[i] for i in ids if i in by_id]


def facets(db: Database) -> RegisterFacets:
    """What the filters offer: each list read from an index, never from every case or line."""
    with db.session() as session:
        conn = session.connection()
        years = _rows(conn, _loose_scan("applications", "year", descending=True), {})
        destinations = _rows(conn, _loose_scan("applications", "destination_code"), {})
        applicants = _rows(
            conn,
            "SELECT o.id, o.name FROM organisations o WHERE EXISTS "
            "(SELECT 1 FROM applications a WHERE a.applicant_id = o.id) ORDER BY o.name",
            {},
        )
        categories = _rows(
            conn, _loose_scan("case_categories", "att_category", where="exact = TRUE"), {}
        )
        return RegisterFacets(
            years=tuple(int(y) for (y,) in years),
            destination_codes=tuple(str(c) for (c,) in destinations),
            applicants=tuple((int(i), str(n)) for i, n in applicants),
            categories=tuple(str(c) for (c,) in categories if c),
        )
