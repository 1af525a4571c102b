"""Search-as-you-type and the register filters on a large register: before and after.

Run by hand from the repository root, e.g.::

    python -m benchmarks.search_benchmark --cases 50000
    python -m benchmarks.search_benchmark --db /tmp/r500k.sqlite3 --cases 500000

"before" runs the queries as they were before the search indexes (the oracle kept in
``tests/db/test_register_search.py``) and "after" runs ``services.register``, on the same
database, each several times; the best and the median are printed. The register is built
with ``register_benchmark.build`` (or reused with ``--db``; a register built by an older
release is upgraded on opening, which fills the search tables). A PostgreSQL URL works too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from att_desktop.db.engine import Database, open_database
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import register
from att_desktop.services.dto import RegisterFilter
from benchmarks.register_benchmark import build

#: (label, filter): what an officer types or picks; the searches are in the order typed.
CASES: tuple[tuple[str, RegisterFilter], ...] = (
    ("all cases, newest first", RegisterFilter()),
    ("search 'u' (1 character)", RegisterFilter(text="u")),
    ("search 'un' (2 characters)", RegisterFilter(text="un")),
    ("search 'uni'", RegisterFilter(text="uni")),
    ("search 'unit 42'", RegisterFilter(text="unit 42")),
    ("search 'EXP/2019/0001'", RegisterFilter(text="EXP/2019/0001")),
    ("search 'Exporter 017'", RegisterFilter(text="Exporter 017")),
    ("search 'no such text'", RegisterFilter(text="no such text")),
    ("category VIII (every SALW case)", RegisterFilter(category="VIII")),
    ("category VIII.SA.2", RegisterFilter(category="VIII.SA.2")),
    ("category VIII + year 2020", RegisterFilter(category="VIII", year=2020)),
    ("category VIII + search 'unit 42'", RegisterFilter(category="VIII", text="unit 42")),
    (
        "status authorised + year 2024",
        RegisterFilter(status=CaseStatus.AUTHORISED, year=2024),
    ),
)


def _time(fn: Callable[[], Any], repeats: int) -> tuple[float, float, Any]:
    times: list[float] = []
    value: Any = None
    for _ in range(repeats):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), value


def run(db: Database, repeats: int, *, before: bool = True) -> None:
    from tests.db.test_register_search import oracle_facets, oracle_query_ids

    print(f"{'':44} {'before best/median':>22} {'after best/median':>22} {'table best':>12}  cases")
    for label, flt in CASES:
        b_best, b_med, expected = (
            _time(lambda f=flt: oracle_query_ids(db, f), repeats) if before else (0, 0, None)
        )
        a_best, a_med, found = _time(lambda f=flt: register.query_ids(db, f), repeats)
        # What the window does on a keystroke: RegisterIds (paged for large filter results).
        t_best, _, ids = _time(lambda f=flt: register.RegisterIds(db, f), repeats)
        same = "" if expected is None or found == expected else "  DIFFERENT!"
        same += "" if len(ids) == len(found) and ids[:50] == found[:50] else "  TABLE DIFFERS!"
        print(
            f"  {label:<42} {b_best * 1000:9.1f} /{b_med * 1000:9.1f} ms "
            f"{a_best * 1000:9.1f} /{a_med * 1000:9.1f} ms {t_best * 1000:9.1f} ms"
            f"  {len(found)}{same}",
            flush=True,
        )
    b_best, b_med, expected = _time(lambda: oracle_facets(db), repeats) if before else (0, 0, None)
    a_best, a_med, found = _time(lambda: register.facets(db), repeats)
    same = "" if expected is None or found == expected else "  DIFFERENT!"
    print(
        f"  {'filter choices (facets)':<42} {b_best * 1000:9.1f} /{b_med * 1000:9.1f} ms "
        f"{a_best * 1000:9.1f} /{a_med * 1000:9.1f} ms{same}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--db", help="reuse or create the register at this path or URL")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--after-only", action="store_true", help="skip the old queries")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        target = args.db or str(Path(tmp) / "search.sqlite3")
        fresh = "://" not in target and not Path(target).exists()
        start = time.perf_counter()
        db = open_database(target, backup_dir=Path(tmp) / "backups")
        print(f"open (and upgrade if needed): {time.perf_counter() - start:.1f} s")
        try:
            if fresh:
                start = time.perf_counter()
                items = build(db, args.cases)
                print(
                    f"built {args.cases} cases, {items} line items: "
                    f"{time.perf_counter() - start:.1f} s"
                )
            run(db, args.repeats, before=not args.after_only)
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
