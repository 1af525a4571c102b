"""Issue 10's measures against their goals, at the size asked, on SQLite or PostgreSQL.

    make benchmark                                   # 50,000 cases in a temporary SQLite file
    python benchmarks/scale_benchmark.py --cases 50000 [--db FILE_OR_URL]
    python benchmarks/scale_benchmark.py --cases 50000 --db-url postgresql+psycopg://u@h/att
    python benchmarks/scale_benchmark.py --cases 50000 --postgres   # throwaway local cluster

The register is built by ``generate_register.py`` unless the database already holds cases
(then it is measured as it is, so a 500,000-case file is built once). Each line says the
measure, the figure, the goal and whether it is met. The start-up and keystroke measures run
the real ``att_desktop.app.main`` in a subprocess (``startup_probe.py``); the reports run the
services in this process; memory figures are the max RSS of the process concerned (``wait4``
on the child, i.e. ``getrusage(RUSAGE_CHILDREN)`` of that one child).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from generate_register import generate
from sqlalchemy import func, select, text

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application, User
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import all_countries
from att_desktop.domain.reporting import (
    AnnualReport,
    Basis,
    Direction,
    RecordLink,
    ReportableTransfer,
    ReportOptions,
    build_report,
)
from att_desktop.domain.reporting.template import load_report_template
from att_desktop.services import reporting
from att_desktop.services.dto import LOCAL_OFFICER, Actor

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROBE = HERE / "startup_probe.py"
MIB = 1024
HEAVY = ("alembic", "reportlab", "openpyxl")


@dataclass
class Line:
    measure: str
    figure: str
    goal: str
    met: bool | None  # None: could not be measured
    detail: str = ""


@dataclass
class Results:
    lines: list[Line] = field(default_factory=list)

    def add(self, line: Line) -> None:
        self.lines.append(line)
        print(_format(line), flush=True)


def _format(line: Line) -> str:
    verdict = {True: "met", False: "NOT MET", None: "n/a"}[line.met]
    text_ = f"  {line.measure:<58} {line.figure:>16}   goal {line.goal:<14} {verdict}"
    return text_ + (f"\n      {line.detail}" if line.detail else "")


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


# --------------------------------------------------------------------------- subprocesses


def cli(*args: str) -> list[str]:
    """``att-desktop ARGS`` (the headless commands; ``python -m att_desktop`` is the GUI).

    ``-P``: the current folder is not put on sys.path, so PYTHONPATH chooses the code."""
    return [
        sys.executable,
        "-P",
        "-c",
        "import sys; from att_desktop.cli import main; sys.exit(main())",
        *args,
    ]


def run_child(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str, float]:
    """Run a child to the end; its exit status, output, and its own max RSS in MiB."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return child.returncode, out.read(), err.read(), usage.ru_maxrss / MIB


def probe(db: str, data_dir: Path, *extra: str) -> tuple[dict[str, Any], float]:
    """The real app.main on ``db``, signed in as the demo officer (see startup_probe.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ATT_DESKTOP_DATA_DIR": str(data_dir)}
    t0 = time.time()
    status, out, err, rss = run_child(
        [sys.executable, str(PROBE), "--db", db, "--t0", repr(t0), *extra], env
    )
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if status != 0 or not lines:
        raise RuntimeError(f"the probe failed (exit {status}): {err.strip()[-800:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    if "startup_s" not in result:
        raise RuntimeError(f"the window never showed its rows: {result} {err.strip()[-400:]}")
    return result, rss


# --------------------------------------------------------------------------- the report


#: A table's totals: (direction, category, counterpart) -> (number of items, value in cents).
Totals = dict[tuple[str, str, str], tuple[Decimal, int]]

#: The hand-written report: licence lines issued in the year (authorised) or shipment lines
#: shipped in the year (actual), grouped by table, category and counterpart, each value
#: converted to the report currency and rounded to the cent as the report does (scaled
#: integers: values and rates are stored in thousandths).
HAND_SQL = """
SELECT a.transfer_type, li.att_category,
       CASE WHEN a.transfer_type = 'export' THEN a.destination_code ELSE a.exporting_code END,
       SUM({x}.quantity),
       SUM(({x}.value * CASE WHEN {x}.currency = :cur THEN 1000 ELSE r.rate END + 5000) / 10000)
FROM {source}
JOIN line_items li ON li.id = ll.line_item_id
JOIN applications a ON a.id = l.application_id
LEFT JOIN exchange_rates r
       ON r.year = :year AND r.currency = {x}.currency AND r.report_currency = :cur
WHERE {when} BETWEEN :start AND :end
  AND a.transfer_type IN ('export', 'import')
  AND li.att_category IS NOT NULL AND li.withheld = :no
GROUP BY 1, 2, 3
"""
#: Authorised: licence lines of licences issued in the year (lines amended to zero left out).
AUTHORISED = {
    "source": "licences l JOIN licence_lines ll ON ll.licence_id = l.id AND ll.quantity > 0",
    "x": "ll",
    "when": "l.issued_on",
}
#: Actual: shipment lines shipped in the year, whatever the year of their licence.
ACTUAL = {
    "source": "shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id "
    "JOIN licence_lines ll ON ll.id = sl.licence_line_id JOIN licences l ON l.id = s.licence_id",
    "x": "sl",
    "when": "s.shipped_on",
}


def hand_written(db: Database, year: int, basis: Basis, currency: str = "EUR") -> Totals:
    sql = HAND_SQL.format(**(AUTHORISED if basis is Basis.AUTHORISED else ACTUAL))
    params = {
        "cur": currency,
        "year": year,
        "start": date(year, 1, 1),
        "end": date(year, 12, 31),
        "no": False,
    }
    totals: Totals = {}
    with db.engine.connect() as conn:
        for kind, category, counterpart, quantity, cents in conn.execute(text(sql), params):
            direction = "export" if kind == "export" else "import"
            key = (direction, category, (counterpart or "").upper())
            totals[key] = (Decimal(int(quantity)) / 1000, int(cents))
    return totals


def report_totals(report: AnnualReport) -> Totals:
    totals: Totals = {}
    for table in (report.exports, report.imports):
        for row in table.rows:
            assert row.number_of_items is not None and row.value is not None and row.value_complete
            totals[(table.direction.value, row.category, row.counterpart)] = (
                row.number_of_items,
                int(row.value * 100),
            )
    return totals


def best_of(n: int, fn: Callable[[], Any], enough: float = 5.0) -> tuple[float, Any]:
    """The best of ``n`` runs; one run when it takes longer than ``enough`` seconds."""
    best, value = float("inf"), None
    for _ in range(n):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
        if best > enough:
            break
    return best, value


def report_measure(db: Database, year: int, basis: Basis, actor: Actor, results: Results) -> None:
    options = ReportOptions(year=year, exports_basis=basis, imports_basis=basis)
    label = "annual report, one year" + (
        " (authorised basis)" if basis is Basis.AUTHORISED else ", actual (shipped) basis"
    )
    try:
        service, report = best_of(2, lambda: reporting.collect(db, options, actor=actor))
    except Exception as exc:
        results.add(Line(label, "fails", "≤ 1.5× SQL", None, f"{type(exc).__name__}: {exc}"))
        return
    sql, totals = best_of(3, lambda: hand_written(db, year, basis))
    mine = report_totals(report)
    if mine != totals:
        differ = sorted(set(mine.items()) ^ set(totals.items()))[:4]
        raise AssertionError(f"{label}: the report and the GROUP BY disagree: {differ}")
    ratio = service / sql
    results.add(
        Line(
            label + " vs hand-written GROUP BY",
            f"{ratio:.1f}×",
            "≤ 1.5×",
            ratio <= 1.5,
            f"report {seconds(service)}, GROUP BY {seconds(sql)}; {len(mine)} rows, totals "
            f"equal; {sum(q for q, _ in mine.values()):,} items, "
            f"{sum(c for _, c in mine.values()) / 100:,.2f} EUR",
        )
    )


def big_report(rows: int, year: int) -> AnnualReport:
    """An annual report with ``rows`` table rows (category x State), built by the domain."""
    catalogue = load_categories()
    categories = [c.code for c in catalogue.selectable()]
    states = sorted(c.code for c in all_countries())
    records = []
    for n in range(rows):
        category = categories[n % len(categories)]
        state = states[(n // len(categories)) % len(states)]
        direction = Direction.EXPORT if n % 5 else Direction.IMPORT
        records.append(
            ReportableTransfer(
                direction=direction,
                basis=Basis.AUTHORISED,
                on=date(year, 1 + n % 12, 1 + n % 28),
                category=category,
                not_reportable_reason=None,
                counterpart=state,
                description=f"Synthetic item {n} (model {n % 97})",
                quantity=Decimal(1 + n % 400),
                value=Decimal(1000 + 37 * n),
                currency="EUR",
                link=RecordLink("line_item", application_id=n + 1, reference=f"EXP/{year}/{n}"),
                comments="Transfer under a government-to-government agreement" if n % 9 else "",
            )
        )
    return build_report(
        records,
        ReportOptions(year=year, reporting_state="SE"),
        catalogue=catalogue,
        template=load_report_template(),
        rates={},
        today=date(year + 1, 3, 1),
    )


def pdf_measure(results: Results, tmp: Path) -> None:
    report = big_report(2000, 2025)
    count = len(report.exports.rows) + len(report.imports.rows)
    label = f"annual report PDF, {count:,} rows"
    try:
        from att_desktop.formats.pdf_annual_report import write_annual_report_pdf

        elapsed, pages = best_of(1, lambda: write_annual_report_pdf(report, tmp / "report.pdf"))
    except Exception as exc:
        results.add(Line(label, "fails", "< 2 s", False, f"{type(exc).__name__}: {exc}"))
        return
    results.add(Line(label, seconds(elapsed), "< 2 s", elapsed < 2, f"{pages} pages"))


# --------------------------------------------------------------------------- the run


def machine() -> list[str]:
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    model = ""
    try:
        for ln in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if ln.startswith("Model name"):
                model = ln.split(":", 1)[1].strip()
    except OSError:
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return [
        f"nproc {os.cpu_count()}; CPU {model or platform.processor()}; RAM {ram:.0f} GiB; "
        f"{platform.system()} {platform.release()}",
        f"Python {platform.python_version()}; Qt {qVersion()} / PySide6 {PySide6.__version__}; "
        f"SQLAlchemy {sqlalchemy.__version__}; SQLite {sqlite3.sqlite_version}",
    ]


def focal_actor(db: Database) -> Actor:
    with db.session() as session:
        row = session.execute(
            select(User.id, User.full_name).where(User.username == "focal")
        ).first()
    return Actor(row[0], row[1]) if row is not None else LOCAL_OFFICER


#: The groups of measures ``--only`` can choose from.
GROUPS = ("startup", "reports", "pdf", "cold", "check")


def measure(
    target: str, cases: int, tmp: Path, only: frozenset[str] = frozenset(GROUPS)
) -> Results:
    results = Results()
    db = open_database(target)
    try:
        with db.session() as session:
            present = int(session.scalar(select(func.count(Application.id))) or 0)
        if db.is_postgres:
            with db.engine.connect() as conn:
                server = conn.exec_driver_sql("SHOW server_version").scalar()
            print(f"  PostgreSQL {server}")
    finally:
        db.close()
    if present == 0:
        print(f"building {cases:,} cases in {target} ...", flush=True)
        built = generate(target, cases, progress=lambda ln: print(ln, flush=True))
        for ln in built.lines():
            print(f"  {ln}")
    else:
        print(f"measuring the {present:,} cases already in {target}")

    data_dir = tmp / "data"
    data_dir.mkdir(exist_ok=True)
    if "startup" in only:
        startup_measures(target, data_dir, results)
    if "reports" in only:
        db = open_database(target)
        try:
            with db.session() as session:
                top = session.scalar(select(func.max(Application.year)))
            year = int(top or date.today().year) - 1
            actor = focal_actor(db)
            report_measure(db, year, Basis.AUTHORISED, actor, results)
            report_measure(db, year, Basis.ACTUAL, actor, results)
        finally:
            db.close()
    if "pdf" in only:
        pdf_measure(results, tmp)
    if "cold" in only:
        cold_start(results, tmp)
    if "check" in only:
        check_measure(target, data_dir, results)
    return results


def startup_measures(target: str, data_dir: Path, results: Results) -> None:
    try:
        first, rss = probe(target, data_dir, "--keystrokes")
        results.add(
            Line(
                "start-up to a usable window with the first rows (app.main)",
                seconds(first["startup_s"]),
                "< 1 s",
                first["startup_s"] < 1,
                f"{first['rows']:,} rows; signed in as officer; {first.get('messages') or ''}",
            )
        )
        plain, _ = probe(target, data_dir, "--skip-history-check")
        results.add(
            Line(
                "the same without the start-up history check",
                seconds(plain["startup_s"]),
                "< 1 s",
                plain["startup_s"] < 1,
            )
        )
        if "error" in first:
            raise RuntimeError(first["error"])
        rows = first.get("keystroke_rows", {})
        results.add(
            Line(
                "one keystroke in the search box (to the repaint)",
                seconds(first["keystroke_s"]),
                "< 100 ms",
                first["keystroke_s"] < 0.1,
                f"'Hallber' + 'g', Return: {rows.get('all', '?')} cases; median of 3",
            )
        )
        results.add(
            Line(
                "one keystroke with the category VIII filter set",
                seconds(first["keystroke_viii_s"]),
                "< 100 ms",
                first["keystroke_viii_s"] < 0.1,
                f"{rows.get('VIII', '?')} cases; median of 3",
            )
        )
        results.add(
            Line(
                "memory (max RSS) with the register open",
                f"{rss:.0f} MiB",
                "< 400 MB",
                rss * 1.048576 < 400,
                "the window's process after start-up and the keystrokes",
            )
        )
    except RuntimeError as exc:
        results.add(Line("start-up, keystrokes, memory", "fails", "", None, str(exc)))


def check_measure(target: str, data_dir: Path, results: Results) -> None:
    started = time.perf_counter()
    status, out, err, rss = run_child(
        cli("--db", target, "check"),
        {**os.environ, "ATT_DESKTOP_DATA_DIR": str(data_dir)},
    )
    elapsed = time.perf_counter() - started
    verdict = (out.strip().splitlines() or err.strip().splitlines() or ["?"])[-1]
    results.add(
        Line(
            "att-desktop check: max RSS",
            f"{rss:.0f} MiB",
            "< 400 MB",
            rss * 1.048576 < 400 and status == 0,
            f"{seconds(elapsed)}, exit {status}: {verdict}",
        )
    )


def cold_start(results: Results, tmp: Path) -> None:
    """The demo register (``att-desktop demo``): start-up to the first rows, as officers do."""
    demo = tmp / "demo.sqlite3"
    env = {**os.environ, "ATT_DESKTOP_DATA_DIR": str(tmp / "demo-data")}
    if not demo.exists():
        status, _out, err, _ = run_child(cli("--db", str(demo), "demo"), env)
        if status != 0:
            results.add(Line("cold start on the demo database", "fails", "< 1.5 s", None, err))
            return
    try:
        runs = [probe(str(demo), tmp / "demo-data")[0] for _ in range(3)]
    except RuntimeError as exc:
        results.add(Line("cold start on the demo database", "fails", "< 1.5 s", None, str(exc)))
        return
    best = min(r["startup_s"] for r in runs)
    heavy = runs[0]["heavy_modules_loaded"]
    results.add(
        Line(
            "cold start on the demo database (app.main to first rows)",
            seconds(best),
            "< 1.5 s",
            best < 1.5,
            f"best of 3; loaded by then: {', '.join(heavy) or 'none of ' + ', '.join(HEAVY)}",
        )
    )


def throwaway_postgres() -> Any:
    sys.path.insert(0, str(ROOT))
    from tests import pg_server

    return pg_server.start_server()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--db", "--db-url", dest="db", help="SQLite file or PostgreSQL URL")
    parser.add_argument(
        "--postgres", action="store_true", help="a throwaway local cluster (as tests/pg_server)"
    )
    parser.add_argument(
        "--only",
        default=",".join(GROUPS),
        help=f"comma-separated groups of measures (default: all of {','.join(GROUPS)})",
    )
    args = parser.parse_args(argv)
    only = frozenset(g.strip() for g in args.only.split(",") if g.strip())
    if only - set(GROUPS):
        parser.error(f"unknown groups: {sorted(only - set(GROUPS))}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for ln in machine():
        print(ln)
    server = None
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        target = args.db
        if args.postgres:
            server = throwaway_postgres()
            target = server.new_database(migrated=False)
        elif target is None:
            target = str(tmp / "register.sqlite3")
        try:
            results = measure(target, args.cases, tmp, only)
        finally:
            if server is not None:
                server.close()
    met = sum(1 for ln in results.lines if ln.met)
    print(f"{met} of {len(results.lines)} goals met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
