"""Issue 13 §4: two workstations importing, registering and editing at once.

Each scenario runs real processes (as two officers' desktops would be) on SQLite and on
PostgreSQL. They meet at barriers and events, never at a sleep, so no test depends on timing.
"""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from att_desktop.db.engine import DatabaseError, open_database
from att_desktop.db.models import Application, Event
from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.services import cases, register_files
from att_desktop.services.audit import verify_events
from att_desktop.services.errors import ConcurrentEditError
from tests.factories import application

IMPORTED = 200
REGISTRATIONS = 30

_HEADER = (
    "reference,transfer_type,status,received_on,applicant,applicant_country,destination,"
    "exporting_state,end_user,end_user_type,end_user_country,other_end_users,consignees,"
    "intermediate_consignees,brokers,transit_states,intended_end_use,euc_number,euc_issuer,"
    "euc_date,line_no,description,model,control_rating,att_category,not_reportable_reason,"
    "quantity,unit,value,currency,origin,withheld,withheld_reason,report_comment,decided_on,"
    "decision_grounds,licence_number,licence_valid_from,licence_valid_until"
)
_ITEM = '1,"Assault rifle, 5.56 mm",AR-15X,ML1,VIII.SA.4,,100,pcs,125000,EUR,,no,,,,,,,'


def write_register(path: Path, count: int = IMPORTED) -> Path:
    """A register of export cases numbered on import and import cases with their own
    references, alternating: the import takes the export and the import counters by turns,
    as the registrations on the other workstation do."""
    rows = [_HEADER]
    for n in range(count):
        if n % 2:
            rows.append(
                f"IMP/2026/{5000 + n:05d},import,submitted,2026-03-02,Nordic Arms AS,SE,SE,NO,"
                f"Ministry of Defence,government,SE,,,,,,imported {n},,,,{_ITEM}"
            )
        else:
            rows.append(
                ",export,draft,2026-03-02,Nordic Arms AS,SE,NO,,Ministry of Defence,government,"
                f"NO,,,,,,imported {n},,,,{_ITEM}"
            )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _register(database: Any, n: int, worker: str, year: int = 2026) -> str:
    kind = TransferType.EXPORT if n % 2 else TransferType.IMPORT
    extra: dict[str, Any] = {}
    if kind is TransferType.IMPORT:
        extra = {"destination_code": "SE", "exporting_code": "NO"}
    case = cases.create_application(
        database,
        application(
            transfer_type=kind,
            intended_end_use=f"{worker} #{n}",
            received_on=date(year, 3, 2),
            **extra,
        ),
    )
    cases.set_status(database, case.id, CaseStatus.SUBMITTED)
    return case.reference


def _wait_for_a_waiting_workstation(database: Any) -> None:
    """PostgreSQL: until another connection waits for a lock (a row or the chain's)."""
    with database.engine.connect() as conn:
        for _ in range(600):
            waiting = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database() AND pid <> pg_backend_pid()"
            ).scalar()
            if waiting:
                return
            time.sleep(0.05)
    raise AssertionError("the other workstation never waited for the import")


def _importer(url: str, path: str, barrier: Any, first: Any, out: Any) -> None:
    """Imports the register. On PostgreSQL, after its first case it lets the registrar go
    and writes the second only once the registrar waits for a lock the import holds: the
    moment the old lock order deadlocked, every time."""
    database = open_database(url)
    original = register_files._write_case
    written = [0]

    def write_case(*args: Any, **kwargs: Any) -> Any:
        problems = original(*args, **kwargs)
        written[0] += 1
        if written[0] == 1 and database.is_postgres:
            first.set()
            _wait_for_a_waiting_workstation(database)
        return problems

    register_files._write_case = write_case  # type: ignore[assignment]
    try:
        barrier.wait(timeout=60)
        report = register_files.import_register(database, Path(path))
        out.put(("import", report.written, report.errors))
    except Exception as exc:  # the parent says which workstation failed, and how
        out.put(("import", False, f"{type(exc).__name__}: {exc}"))
    finally:
        first.set()
        database.close()


def _registrar(url: str, barrier: Any, first: Any, out: Any) -> None:
    database = open_database(url)
    try:
        barrier.wait(timeout=60)
        if database.is_postgres:
            assert first.wait(timeout=90)
        refs = [_register(database, n, "registrar") for n in range(REGISTRATIONS)]
        out.put(("register", True, refs))
    except Exception as exc:
        out.put(("register", False, f"{type(exc).__name__}: {exc}"))
    finally:
        database.close()


def _run(*processes: Any) -> None:
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=170)
        assert p.exitcode == 0, "a workstation's process died (its traceback is in stderr)"


def test_an_import_racing_registrations_neither_deadlocks_nor_breaks_the_chain(
    db_url: str, tmp_path: Path
) -> None:
    """Before: the import locked the chain at its first case and a counter at its second,
    a registration the same two the other way round: PostgreSQL found a deadlock every run."""
    open_database(db_url).close()
    path = write_register(tmp_path / "register.csv")
    ctx = multiprocessing.get_context("spawn")
    barrier, first, out = ctx.Barrier(2), ctx.Event(), ctx.Queue()
    _run(
        ctx.Process(target=_importer, args=(db_url, str(path), barrier, first, out)),
        ctx.Process(target=_registrar, args=(db_url, barrier, first, out)),
    )
    results = {name: (ok, detail) for name, ok, detail in (out.get(timeout=5) for _ in "ab")}
    assert results["import"] == (True, ()), results["import"]
    ok, registered = results["register"]
    assert ok, registered

    database = open_database(db_url)
    try:
        with database.session() as session:
            refs = list(session.scalars(select(Application.reference)))
            events = session.scalar(select(func.count(Event.id)))
            # The row audit may vouch for rows written after a change's last event.
            sealing = session.scalar(
                select(func.count(Event.id)).where(Event.action == "rows_recorded")
            )
            report = verify_events(session)
    finally:
        database.close()
    assert len(refs) == len(set(refs)) == IMPORTED + REGISTRATIONS
    assert set(registered) <= set(refs)
    # Numbered by the counters without a gap; the imported own references kept.
    exports = sorted(r for r in refs if r.startswith("EXP/"))
    assert exports == [f"EXP/2026/{n:05d}" for n in range(1, len(exports) + 1)]
    kept = {f"IMP/2026/{5000 + n:05d}" for n in range(1, IMPORTED, 2)}
    assert kept <= set(refs)
    assert events - sealing == IMPORTED + 2 * REGISTRATIONS
    assert report.ok, report.problems
    assert report.events_checked == events


# --------------------------------------------------------------------------- a long import


def _slow_importer(url: str, path: str, writing: Any, saved: Any, out: Any) -> None:
    """An import whose writing lasts until the other workstation has saved (the longest
    import there can be): halfway through its cases it tells the other one, then waits."""
    database = open_database(url)
    original = register_files._write_case
    written = [0]

    def write_case(*args: Any, **kwargs: Any) -> Any:
        problems = original(*args, **kwargs)
        written[0] += 1
        if written[0] == IMPORTED // 2:
            writing.set()
            saved.wait(timeout=90)
        return problems

    register_files._write_case = write_case  # type: ignore[assignment]
    try:
        report = register_files.import_register(database, Path(path))
        out.put(("import", report.written, report.errors))
    except Exception as exc:
        out.put(("import", False, f"{type(exc).__name__}: {exc}"))
    finally:
        writing.set()
        database.close()


def _other_workstation(url: str, ids: list[int], writing: Any, saved: Any, out: Any) -> None:
    """Saves on its own cases while the import is halfway, with a 2 s lock timeout."""
    database = open_database(url, busy_timeout=2.0)
    try:
        assert writing.wait(timeout=90)
        edited = cases.get_case(database, ids[0])
        cases.update_application(
            database, edited, replace(edited.to_input(), intended_end_use="Coast guard")
        )
        cases.set_status(database, ids[1], CaseStatus.SUBMITTED)
        # Another year's counter is not one the import holds: registering there goes on too.
        done = _register(database, 1, "other", year=2025)
        out.put(("other", True, done))
    except Exception as exc:
        out.put(("other", False, f"{type(exc).__name__}: {exc}"))
    finally:
        saved.set()
        database.close()


def test_a_long_import_does_not_hold_another_workstations_saves(
    db_url: str, tmp_path: Path
) -> None:
    """Before: the import held the chain's lock from its first event to its commit, so any
    save elsewhere failed after the lock timeout ("locked by another program").

    On PostgreSQL the other workstation's edits go through while the import is still
    writing; SQLite has one writer at a time, so there the other save waits for the import
    (which is why the import prepares everything before it starts writing)."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite lets one program write at a time: see the racing test instead")
    database = open_database(db_url)
    try:
        ids = [cases.create_application(database, application()).id for _ in range(2)]
    finally:
        database.close()
    path = write_register(tmp_path / "register.csv")
    ctx = multiprocessing.get_context("spawn")
    writing, saved, out = ctx.Event(), ctx.Event(), ctx.Queue()
    _run(
        ctx.Process(target=_slow_importer, args=(db_url, str(path), writing, saved, out)),
        ctx.Process(target=_other_workstation, args=(db_url, ids, writing, saved, out)),
    )
    results = {name: (ok, detail) for name, ok, detail in (out.get(timeout=5) for _ in "ab")}
    assert results["other"][0], results["other"]
    assert results["import"] == (True, ()), results["import"]
    database = open_database(db_url)
    try:
        with database.session() as session:
            report = verify_events(session)
        assert cases.get_case(database, ids[0]).intended_end_use == "Coast guard"
    finally:
        database.close()
    assert report.ok, report.problems


# --------------------------------------------------------------------------- contended edits

EDITS = 60


def _editor(url: str, case_id: int, worker: int, barrier: Any, out: Any) -> None:
    """Open, change and save the same case again and again; a refusal must be the
    concurrent-edit message, nothing else."""
    database = open_database(url)
    saved = refused = 0
    try:
        barrier.wait(timeout=60)
        for n in range(EDITS):
            opened = cases.get_case(database, case_id)
            try:
                cases.update_application(
                    database,
                    opened,
                    replace(opened.to_input(), intended_end_use=f"worker {worker} edit {n}"),
                )
                saved += 1
            except ConcurrentEditError:
                refused += 1
        out.put((worker, True, (saved, refused)))
    except (Exception, DatabaseError) as exc:
        out.put((worker, False, f"{type(exc).__name__}: {exc}"))
    finally:
        database.close()


def test_contended_edits_of_one_case_are_saved_or_refused_as_concurrent(db_url: str) -> None:
    database = open_database(db_url)
    try:
        case_id = cases.create_application(database, application()).id
    finally:
        database.close()
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    _run(*(ctx.Process(target=_editor, args=(db_url, case_id, w, barrier, out)) for w in (1, 2)))
    results = [out.get(timeout=5) for _ in range(2)]
    for worker, ok, detail in results:
        assert ok, f"worker {worker}: {detail}"
    saved = sum(detail[0] for _, _, detail in results)
    assert saved + sum(detail[1] for _, _, detail in results) == 2 * EDITS
    database = open_database(db_url)
    try:
        with database.session() as session:
            report = verify_events(session)
            edits = session.scalar(select(func.count(Event.id)).where(Event.action == "updated"))
        assert cases.get_case(database, case_id).version == 1 + saved
    finally:
        database.close()
    assert edits == saved
    assert report.ok, report.problems
