"""How the history check and ``att-desktop check`` behave on a large register.

Run by hand::

    python benchmarks/audit_benchmark.py build --db /tmp/audit.sqlite3 --cases 300000
    python benchmarks/audit_benchmark.py verify --db /tmp/audit.sqlite3
    python benchmarks/audit_benchmark.py check --db /tmp/audit.sqlite3

``build`` bulk-inserts a synthetic register (the register benchmark's builder) and a valid
hash chain of events (a registration event per case, then status changes), hashed by the
same function the app's writer uses. ``verify`` times the full and the incremental history
check (events per second); ``check`` runs ``att-desktop check``'s checks and prints the peak
memory. Each command runs in its own process, so the peak memory is that command's alone.
Figures are kept in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))

from register_benchmark import build as build_register

from att_desktop.db.engine import open_database
from att_desktop.db.models import Event
from att_desktop.services import audit
from att_desktop.services.history import event_digest, hashed_fields

STATUSES = ("submitted", "under_assessment", "committee_review", "authorised", "refused")


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def build_events(db_path: Path, cases: int, extra: int, seed: int = 11) -> int:
    """A registration event per case and ``extra`` status changes, chained as the app does."""
    rng = random.Random(seed)
    db = open_database(db_path)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    prev = ""
    rows: list[dict[str, Any]] = []
    written = 0
    total = cases + extra
    for n in range(total):
        app_id = n + 1 if n < cases else rng.randrange(1, cases + 1)
        if n < cases:
            action, before = "created", None
            after: dict[str, Any] | None = {
                "transfer_type": "export",
                "status": "draft",
                "applicant": f"Exporter {app_id % 200:03d} Ltd",
                "destination_code": "FR",
                "received_on": "2020-01-01",
                "parties": [{"role": "end_user", "name": f"Ministry unit {app_id % 97}"}],
                "items": [{"line_no": 1, "att_category": "VIII.SA.2", "quantity": "10"}],
            }
        else:
            action = "status_changed"
            old, new = rng.sample(STATUSES, 2)
            before, after = {"status": old}, {"status": new}
        fields = SimpleNamespace(
            occurred_at=start + timedelta(minutes=n),
            actor_id=None,
            actor_name="Bench Officer",
            application_id=app_id,
            entity="application",
            entity_id=app_id,
            action=action,
            summary=f"{action} {app_id}",
            before=before,
            after=after,
            reason="",
        )
        digest = event_digest(prev, hashed_fields(fields))  # type: ignore[arg-type]
        rows.append({**vars(fields), "prev_hash": prev, "hash": digest})
        prev = digest
        if len(rows) == 20_000 or n == total - 1:
            with db.session() as session:
                session.execute(insert(Event), rows)
            written += len(rows)
            rows = []
    db.close()
    return written


def cmd_build(args: argparse.Namespace) -> None:
    if args.db.exists():
        raise SystemExit(f"{args.db} exists")
    db = open_database(args.db)
    start = time.perf_counter()
    items = build_register(db, args.cases)
    db.close()
    print(
        f"register: {args.cases} cases, {items} line items in {time.perf_counter() - start:.1f} s"
    )
    start = time.perf_counter()
    events = build_events(args.db, args.cases, args.extra_events)
    print(f"history: {events} events in {time.perf_counter() - start:.1f} s")


def cmd_verify(args: argparse.Namespace) -> None:
    db = open_database(args.db, create=False)
    runs: list[tuple[str, Any]] = [("full verification (read only)", audit.verify_chain)]
    verify_all = getattr(audit, "verify_all", None)
    if verify_all is not None:
        runs = [
            ("full verification", verify_all),
            ("start-up check (since the checkpoint)", audit.verify_since_checkpoint),
        ]
    for label, fn in runs:
        start = time.perf_counter()
        report = fn(db)
        elapsed = time.perf_counter() - start
        rate = report.events_checked / elapsed if elapsed else 0.0
        print(
            f"{label}: {report.events_checked} events in {elapsed:.2f} s "
            f"({rate:,.0f} events/s), ok={report.ok}"
        )
    db.close()
    print(f"peak memory (max RSS): {peak_rss_mib():.0f} MiB")


def cmd_check(args: argparse.Namespace) -> None:
    from att_desktop.services.integrity import check_database

    start = time.perf_counter()
    report = check_database(args.db)
    elapsed = time.perf_counter() - start
    for result in report.results:
        state = "ok" if result.ok else f"{len(result.findings) + result.hidden} finding(s)"
        print(f"  {result.name}: {result.detail} [{state}]")
    print(f"check: {elapsed:.1f} s, peak memory (max RSS): {peak_rss_mib():.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build")
    build.add_argument("--db", type=Path, required=True)
    build.add_argument("--cases", type=int, default=300_000)
    build.add_argument("--extra-events", type=int, default=300_000)
    build.set_defaults(handler=cmd_build)
    for name, handler in (("verify", cmd_verify), ("check", cmd_check)):
        command = sub.add_parser(name)
        command.add_argument("--db", type=Path, required=True)
        command.set_defaults(handler=handler)
    args = parser.parse_args(argv)
    args.handler(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
