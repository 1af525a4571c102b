"""The history check from a verified checkpoint: what the quick start-up check proves, what
only the full verification proves, and when the checkpoint moves (both engines)."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.db.models import Event, Setting
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import audit, cases
from att_desktop.services.audit import (
    CHECKPOINT_KEY,
    Checkpoint,
    read_checkpoint,
    verify_all,
    verify_chain,
    verify_events,
    verify_since_checkpoint,
)
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.history import event_digest, hashed_fields, record_event
from tests.factories import application


def _history(db: Database, cases_count: int = 3) -> None:
    """A few cases registered and moved on: a handful of chained events."""
    for _ in range(cases_count):
        case = cases.create_application(db, application())
        cases.set_status(db, case.id, CaseStatus.SUBMITTED)


def _event_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Event.id))) or 0


def _checkpoint(db: Database) -> Checkpoint | None:
    with db.session() as session:
        return read_checkpoint(session)


def _tamper(db: Database, *statements: str) -> None:
    """Change the history behind the app's back, with its guard triggers switched off."""
    postgres = db.engine.dialect.name == "postgresql"
    with db.engine.begin() as conn:
        if postgres:
            conn.exec_driver_sql("ALTER TABLE events DISABLE TRIGGER USER")
        else:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS events_append_only")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS retain_events")
        for statement in statements:
            conn.execute(text(statement))
        if postgres:
            conn.exec_driver_sql("ALTER TABLE events ENABLE TRIGGER USER")


def _rehash_from(db: Database, first_id: int) -> None:
    """What a careful forger does after editing an event: re-hash it and every later one, so
    the whole chain is consistent again (only a stored checkpoint can tell)."""
    with db.engine.connect() as conn:
        rows = conn.execute(select(Event.__table__).order_by(Event.id)).all()
    updates: list[tuple[int, str, str]] = []
    previous = ""
    for row in rows:
        if row.id >= first_id:
            digest = event_digest(previous, hashed_fields(row))
            updates.append((row.id, previous, digest))
            previous = digest
        else:
            previous = row.hash
    _tamper(
        db,
        *(
            f"UPDATE events SET prev_hash = '{p}', hash = '{h}' WHERE id = {i}"
            for i, p, h in updates
        ),
    )


def test_a_full_verification_saves_the_checkpoint_at_the_newest_event(db: Database) -> None:
    _history(db)
    total = _event_count(db)
    assert _checkpoint(db) is None
    report = verify_all(db)
    assert report.ok and report.events_checked == total and report.started_at == 0
    assert report.checkpoint_saved == report.head_event == total
    assert _checkpoint(db) == Checkpoint(total, report.head_hash, _checkpoint(db).verified_at)  # type: ignore[union-attr]

    _history(db, 1)
    quick = verify_since_checkpoint(db)
    # The checkpoint event itself and the two events written since.
    assert quick.ok and quick.started_at == total and quick.events_checked == 3
    assert quick.checkpoint_saved == 0 and _checkpoint(db).event_id == total  # type: ignore[union-attr]
    # The function the session manager calls at start-up is this quick check.
    assert verify_chain(db).events_checked == 3


def test_the_first_start_up_check_is_a_full_one_and_saves_the_checkpoint(db: Database) -> None:
    _history(db)
    report = verify_since_checkpoint(db)
    assert report.ok and report.started_at == 0 and report.events_checked == _event_count(db)
    assert report.checkpoint_saved == _event_count(db)


def test_a_change_after_the_checkpoint_is_caught_at_start_up(db: Database) -> None:
    _history(db)
    assert verify_all(db).ok
    checkpoint = _checkpoint(db)
    assert checkpoint is not None
    _history(db, 1)
    changed = checkpoint.event_id + 1
    _tamper(db, f"UPDATE events SET summary = 'nothing happened' WHERE id = {changed}")
    report = verify_since_checkpoint(db)
    assert not report.ok and report.event_ids == (changed,)
    assert "altered after it was recorded" in report.problems[0].what
    # The full verification finds the same, and the checkpoint stays where it was.
    full = verify_all(db)
    assert full.event_ids == (changed,) and full.checkpoint_saved == 0
    assert _checkpoint(db) == checkpoint


def test_an_edit_before_the_checkpoint_is_only_caught_by_the_full_verification(
    db: Database,
) -> None:
    """Documents the trade: an old row edited without re-hashing is not re-read at start-up
    (its hash no longer matches its content, but only a full pass looks at it)."""
    _history(db)
    assert verify_all(db).ok
    checkpoint = _checkpoint(db)
    assert checkpoint is not None and checkpoint.event_id > 2
    _tamper(db, "UPDATE events SET reason = 'backdated' WHERE id = 2")
    quick = verify_since_checkpoint(db)
    assert quick.ok and quick.started_at == checkpoint.event_id
    full = verify_all(db)
    assert not full.ok and full.event_ids == (2,)
    assert "altered after it was recorded" in full.problems[0].what
    assert full.checkpoint_saved == 0 and _checkpoint(db) == checkpoint


def test_old_history_rewritten_and_re_hashed_is_caught_at_start_up(db: Database) -> None:
    """The forger who re-hashes the chain after an old edit changes the checkpoint event's
    hash, which the quick check compares; the chain alone would look intact."""
    _history(db)
    assert verify_all(db).ok
    checkpoint = _checkpoint(db)
    assert checkpoint is not None
    _tamper(db, "UPDATE events SET reason = 'backdated' WHERE id = 2")
    _rehash_from(db, 2)
    quick = verify_since_checkpoint(db)
    assert not quick.ok and quick.event_ids == (checkpoint.event_id,)
    assert "no longer has the hash it had" in quick.problems[0].what
    full = verify_all(db)
    assert full.event_ids == (checkpoint.event_id,) and _checkpoint(db) == checkpoint


def test_a_tampered_checkpoint_is_reported_and_never_overwritten(db: Database) -> None:
    _history(db)
    assert verify_all(db).ok
    checkpoint = _checkpoint(db)
    assert checkpoint is not None
    forged = json.dumps({"event_id": checkpoint.event_id, "hash": "0" * 64})
    with db.session() as session:
        session.get(Setting, CHECKPOINT_KEY).value = forged  # type: ignore[union-attr]
    for report in (verify_since_checkpoint(db), verify_all(db)):
        assert not report.ok and report.event_ids == (checkpoint.event_id,)
        assert "or the checkpoint was altered" in report.problems[0].what
    with db.session() as session:
        assert session.get(Setting, CHECKPOINT_KEY).value == forged  # type: ignore[union-attr]


def test_an_unreadable_checkpoint_is_reported_and_the_whole_history_checked(
    db: Database,
) -> None:
    _history(db)
    with db.session() as session:
        session.add(Setting(key=CHECKPOINT_KEY, value="{not json"))
    for report in (verify_since_checkpoint(db), verify_all(db)):
        assert not report.ok and report.started_at == 0
        assert report.events_checked == _event_count(db) and report.event_ids == ()
        assert "checkpoint stored in the settings was altered" in str(report.problems[0])
    assert audit.describe(verify_all(db))[0].startswith("The verification checkpoint")


def test_history_cut_off_below_the_checkpoint_is_caught(db: Database) -> None:
    """Removing the newest events leaves a consistent chain; the checkpoint remembers."""
    _history(db)
    assert verify_all(db).ok
    checkpoint = _checkpoint(db)
    assert checkpoint is not None
    _tamper(db, f"DELETE FROM events WHERE id >= {checkpoint.event_id - 1}")
    for report in (verify_since_checkpoint(db), verify_all(db)):
        assert not report.ok and report.event_ids == (checkpoint.event_id,)
        assert "the newest history was removed" in report.problems[-1].what
    with db.session() as session:
        # check (read-only) reports it too, through the same code.
        assert not verify_events(session).ok


def test_progress_is_reported_and_can_cancel(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _history(db)
    total = _event_count(db)
    monkeypatch.setattr(audit, "PROGRESS_EVERY", 2)
    calls: list[tuple[int, int]] = []
    assert verify_all(db, progress=lambda done, of: calls.append((done, of))).ok
    assert calls[0] == (2, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls[:-1]] == list(range(2, total + 1, 2))

    class Cancelled(Exception):
        pass

    def cancel(done: int, of: int) -> None:
        raise Cancelled

    _history(db, 1)
    before = _checkpoint(db)
    with pytest.raises(Cancelled):
        verify_all(db, progress=cancel)
    assert _checkpoint(db) == before


def _run(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_audit_verify_saves_the_checkpoint_and_can_check_since_it(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _history(db)
    total = _event_count(db)
    code, out, _ = _run(monkeypatch, "audit", "verify", "--db", db_url)
    assert code == 0 and f"intact: {total} events" in out
    assert f"Checkpoint at event {total}" in out
    _history(db, 1)
    # Three events of the new history, plus any the row audit added to vouch for rows written
    # without an event of their own (the checkpoint's own setting row, for one).
    since = _event_count(db) - total + 1
    assert since >= 3
    code, out, _ = _run(monkeypatch, "audit", "verify", "--since-checkpoint", "--db", db_url)
    assert code == 0
    assert f"since the checkpoint (event {total}) is intact: {since} events" in out
    assert "Checkpoint at" not in out
    _tamper(db, "UPDATE events SET reason = 'x' WHERE id = 2")
    code, _, _ = _run(monkeypatch, "audit", "verify", "--since-checkpoint", "--db", db_url)
    assert code == 0  # before the checkpoint: not re-read by the quick check...
    code, _, err = _run(monkeypatch, "audit", "verify", "--db", db_url)
    assert code == 1 and "TAMPERED WITH: problems at event(s) 2" in err  # ...but by the full one


def test_the_writer_and_the_verifier_hash_awkward_values_alike(db: Database) -> None:
    """The verifier re-hashes rows read back (plain JSON) without the writer's ``_plain``
    walk: enums, decimals, dates, int keys, tuples and non-ASCII text must come out equal."""
    with db.session() as session:
        record_event(
            session,
            LOCAL_OFFICER,
            entity="application",
            entity_id=None,
            action="edited",
            summary="Überprüfung — 审查",
            before={1: Decimal("1.50"), "on": date(2026, 3, 2), "status": CaseStatus.DRAFT},
            after={"nested": [("a", 1.5), {"x": None, "y": True}], "empty": {}, "n": -0.0},
            reason='naïve «quotes» "and" \\ backslashes\n',
        )
    report = verify_all(db)
    assert report.ok and report.events_checked == 1, report.problems
