"""How long the annual report PDF takes for a large Exports table.

Run by hand: ``python benchmarks/report_pdf_benchmark.py --rows 2000`` (goal: under 2 s for
2,000 rows). Builds the report from synthetic records (one row per category and destination
State, some categories with well over a page of States), writes the PDF in English and in
Chinese and prints pages, time and the goal. Not part of the test suite: timings belong here.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import all_countries
from att_desktop.domain.reporting import (
    Basis,
    Direction,
    RecordLink,
    ReportableTransfer,
    ReportOptions,
    build_report,
)
from att_desktop.domain.reporting.model import AnnualReport
from att_desktop.domain.reporting.template import load_report_template
from att_desktop.formats.pdf_annual_report import write_annual_report_pdf

YEAR = 2025
GOAL_ROWS, GOAL_SECONDS = 2000, 2.0


def synthetic_report(rows: int, seed: int = 7) -> AnnualReport:
    """A report whose Exports table has ``rows`` rows (category x destination State)."""
    rng = random.Random(seed)
    catalogue = load_categories()
    template = load_report_template()
    categories = [r.category for r in template.rows if not r.heading]
    states = [c.code for c in all_countries()]
    pairs = [(c, s) for c in categories for s in states]
    # Past the template's categories x States, voluntary national categories (one row per
    # control-list rating and State) make the table as long as asked.
    ratings = [f"ML{n}" for n in range(1, 23)]
    national = [(f"national:{r}", s) for r in ratings for s in states]
    if rows > len(pairs) + len(national):
        raise SystemExit(f"at most {len(pairs) + len(national)} rows")
    # Fill categories in turn so that many run over several pages, as a big register does.
    chosen = sorted(pairs[:rows], key=lambda p: categories.index(p[0]))
    chosen += national[: max(0, rows - len(pairs))]
    records = [
        ReportableTransfer(
            direction=Direction.EXPORT,
            basis=Basis.AUTHORISED,
            on=date(YEAR, 1 + n % 12, 1 + n % 28),
            category=None if category.startswith("national:") else category,
            not_reportable_reason="national" if category.startswith("national:") else None,
            control_rating=category.removeprefix("national:"),
            counterpart=state,
            description=f"Item model {rng.randint(1, 400)}",
            quantity=Decimal(rng.randint(1, 5000)),
            value=Decimal(rng.randint(1000, 9_000_000)),
            currency="EUR",
            link=RecordLink("line_item", application_id=n, reference=f"EXP/{n}", line_no=1),
        )
        for n, (category, state) in enumerate(chosen, start=1)
    ]
    options = ReportOptions(
        year=YEAR, report_currency="EUR", reporting_state="SE", include_national_categories=True
    )
    return build_report(
        records, options, catalogue=catalogue, template=template, rates={}, today=date(2026, 3, 1)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=GOAL_ROWS)
    parser.add_argument("--keep", type=Path, help="write the PDFs into this folder")
    args = parser.parse_args()
    report = synthetic_report(args.rows)
    print(
        f"ATT Desktop annual report PDF, {len(report.exports.rows)} export rows; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPU(s), {sys.platform}"
    )
    print(f"  load average {os.getloadavg()[0]:.1f} (timings are wall-clock; a busy machine adds)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        write_annual_report_pdf(report, folder / "warm-up.pdf")  # fonts, templates, caches
        for language in ("en", "zh_CN"):
            out = folder / f"annual-report-{args.rows}-{language}.pdf"
            start, cpu = time.perf_counter(), time.process_time()
            pages = write_annual_report_pdf(report, out, language=language)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            goal = GOAL_SECONDS * args.rows / GOAL_ROWS
            verdict = "within" if elapsed <= goal else "OVER"
            print(
                f"  {language:<6} {pages:5d} pages  {elapsed:7.2f} s (CPU {cpu:.2f} s)  "
                f"({verdict} the goal of {goal:.1f} s for {args.rows} rows)"
            )


if __name__ == "__main__":
    main()
