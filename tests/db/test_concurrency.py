"""Two workstations on one database: references, the history chain and case edits stay right.

Each test runs on SQLite and on PostgreSQL (the ``db_url`` fixture). The writers are real
processes started at the same moment (a barrier), as two officers' desktops would be.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select

from att_desktop.db.engine import open_database
from att_desktop.db.models import Application, Event
from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.services import cases
from att_desktop.services.audit import verify_chain, verify_events
from att_desktop.services.errors import ConcurrentEditError
from tests.factories import application

CASES_PER_WRITER = 12


def _writer(url: str, barrier: Any, worker: int, out: Any) -> None:
    """Register cases (each allocates a reference and appends events) as fast as possible."""
    database = open_database(url)
    try:
        barrier.wait(timeout=60)
        for n in range(CASES_PER_WRITER):
            # Exports and imports interleave: two counters, one chain.
            kind = TransferType.EXPORT if n % 3 else TransferType.IMPORT
            extra: dict[str, Any] = {}
            if kind is TransferType.IMPORT:
                extra = {"destination_code": "SE", "exporting_code": "NO"}
            case = cases.create_application(
                database,
                application(transfer_type=kind, intended_end_use=f"worker {worker} #{n}", **extra),
            )
            cases.set_status(database, case.id, CaseStatus.SUBMITTED)
            out.put(case.reference)
    finally:
        database.close()


def test_two_processes_keep_references_unique_and_the_chain_intact(db_url: str) -> None:
    open_database(db_url).close()
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    out = ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(db_url, barrier, w, out)) for w in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=110)
        assert w.exitcode == 0, "a writer failed (its traceback is in the captured stderr)"
    returned = [out.get(timeout=5) for _ in range(2 * CASES_PER_WRITER)]

    database = open_database(db_url)
    try:
        with database.session() as session:
            refs = list(session.scalars(select(Application.reference)))
            events = session.scalar(select(func.count(Event.id)))
            report = verify_events(session)
    finally:
        database.close()
    assert sorted(refs) == sorted(returned)
    assert len(set(refs)) == 2 * CASES_PER_WRITER
    exports = sorted(r for r in refs if r.startswith("EXP/"))
    imports = sorted(r for r in refs if r.startswith("IMP/"))
    # Each yearly counter handed out 1..n without a gap or a repeat.
    assert exports == [f"EXP/2026/{n:05d}" for n in range(1, len(exports) + 1)]
    assert imports == [f"IMP/2026/{n:05d}" for n in range(1, len(imports) + 1)]
    # Every registration and status change is in one unbroken chain.
    assert events == 2 * 2 * CASES_PER_WRITER
    assert report.ok, report.problems
    assert report.events_checked == events


def test_a_second_instance_saving_a_stale_copy_is_told_what_changed(db_url: str) -> None:
    """Two app instances (two engines) edit the same case; the later save loses nothing."""
    first = open_database(db_url)
    second = open_database(db_url)
    try:
        case = cases.create_application(first, application())
        mine = cases.get_case(first, case.id)
        theirs = cases.get_case(second, case.id)
        cases.update_application(
            second, theirs, replace(theirs.to_input(), destination_code="DK", euc_number="E-7")
        )
        with pytest.raises(ConcurrentEditError) as caught:
            cases.update_application(
                first, mine, replace(mine.to_input(), intended_end_use="Coast guard")
            )
        error = caught.value
        assert set(error.changed_fields) == {"destination_code", "euc_number"}
        by_field = {d.field: d for d in error.differences}
        assert (by_field["destination_code"].when_opened, by_field["destination_code"].now) == (
            "NO",
            "DK",
        )
        assert "destination_code: 'NO' → 'DK'" in str(error)
        assert "euc_number: (empty) → 'E-7'" in str(error)
        saved = cases.get_case(first, case.id)
        assert saved.destination_code == "DK" and saved.euc_number == "E-7"
        assert saved.intended_end_use == "Equipment of the armed forces"
        # Reopened, the first officer's edit goes through on top of the second's.
        again = cases.update_application(
            first, saved, replace(saved.to_input(), intended_end_use="Coast guard")
        )
        assert (again.destination_code, again.intended_end_use) == ("DK", "Coast guard")
    finally:
        first.close()
        second.close()


def test_sessions_work_from_worker_threads_as_the_gui_runs_them(db_url: str) -> None:
    """ui/ops.py runs service calls on worker threads while the GUI thread reads: each unit
    of work gets a pooled connection, whichever thread opened it before."""
    import threading

    from sqlalchemy.pool import QueuePool

    database = open_database(db_url)
    try:
        assert isinstance(database.engine.pool, QueuePool)
        made = cases.create_application(database, application(intended_end_use="main thread"))
        errors: list[BaseException] = []
        references: list[str] = []

        def worker(n: int) -> None:
            try:
                for _ in range(3):
                    case = cases.create_application(
                        database, application(intended_end_use=f"thread {n}")
                    )
                    references.append(case.reference)
                    with database.session() as s:
                        s.scalar(select(func.count()).select_from(Application))
            except BaseException as exc:  # reported below, with the thread's error
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
        for t in threads:
            t.start()
        for _ in range(3):  # the GUI thread keeps reading meanwhile
            with database.session() as s:
                assert s.get(Application, made.id) is not None
        for t in threads:
            t.join(timeout=60)
        assert errors == []
        assert len(set(references)) == 9
        # Connections opened on the worker threads serve the GUI thread afterwards.
        with database.session() as s:
            assert s.scalar(select(func.count()).select_from(Application)) == 10
        assert verify_chain(database).ok
    finally:
        database.close()
