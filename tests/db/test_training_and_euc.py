"""Issue 14: the training register (and the GBV training warning) and end-user certificate
checks (reuse across cases flagged, bad dates refused)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Event
from att_desktop.services import cases
from att_desktop.services.audit import verify_chain
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.euc_checks import (
    EucCheckInput,
    EucResult,
    FlagKind,
    euc_checks,
    euc_flags,
    normalise_euc_number,
    record_euc_check,
)
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.training import (
    GBV_TRAINING_KEY,
    TrainingInput,
    TrainingTopic,
    add_training,
    lacks_gbv_training,
    list_training,
)
from tests.db.gbv_helpers import assessed, team
from tests.factories import application, end_user

TODAY = date.today()


def test_training_is_recorded_by_an_administrator_and_seen_by_the_person(db: Database) -> None:
    people = team(db, second_adviser=False)
    course = TrainingInput(
        TrainingTopic.GBV,
        "GBV in arms transfer risk assessment",
        TODAY - timedelta(days=30),
        provider="Control Arms",
        valid_until=TODAY + timedelta(days=300),
    )
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        add_training(db, people.officer, people.officer.user_id, course)
    added = add_training(db, people.admin, people.officer.user_id, course)
    assert added.recorded_by == people.admin.full_name
    assert list_training(db, people.officer, people.officer.user_id) == (added,)
    with pytest.raises(PermissionDenied):
        list_training(db, people.grace, people.officer.user_id)
    history = [e.summary for e in cases_history(db)]
    assert any("Training recorded for Officer" in s for s in history)
    assert verify_chain(db).ok


def cases_history(db: Database) -> list[Event]:
    with db.session() as session:
        return list(session.scalars(select(Event).order_by(Event.id)).all())


def test_bad_training_dates_are_refused(db: Database) -> None:
    people = team(db, second_adviser=False)
    bad = TrainingInput(TrainingTopic.OTHER, " ", TODAY + timedelta(days=1), valid_until=TODAY)
    with pytest.raises(ValidationFailed) as caught:
        add_training(db, people.admin, people.officer.user_id, bad)
    assert {e.field for e in caught.value.errors} == {"title", "completed_on", "valid_until"}


def test_the_gbv_training_warning_follows_expiry_and_topic(db: Database) -> None:
    people = team(db, second_adviser=False)
    officer = people.officer
    assert lacks_gbv_training(db, officer)
    old = TODAY - timedelta(days=800)
    add_training(
        db, people.admin, officer.user_id, TrainingInput(TrainingTopic.ATT_BASICS, "ATT", old)
    )
    expired = TrainingInput(
        TrainingTopic.GBV, "GBV 2023", old, valid_until=TODAY - timedelta(days=1)
    )
    add_training(db, people.admin, officer.user_id, expired)
    assert lacks_gbv_training(db, officer)  # another topic, and GBV training expired
    assert not lacks_gbv_training(db, officer, on=TODAY - timedelta(days=2))  # still valid then
    # Saving GBV answers without valid training is noted in the event.
    _case_id, _state = assessed(db, officer, serious=True)
    saved = [e for e in cases_history(db) if e.action == "assessment_saved"]
    assert saved[-1].after is not None
    assert saved[-1].after[GBV_TRAINING_KEY] is False
    add_training(
        db, people.admin, officer.user_id, TrainingInput(TrainingTopic.GBV, "GBV 2026", TODAY)
    )
    assert not lacks_gbv_training(db, officer)
    _case_id, _state = assessed(db, officer, serious=True)
    saved = [e for e in cases_history(db) if e.action == "assessment_saved"]
    assert saved[-1].after is not None and GBV_TRAINING_KEY not in saved[-1].after


def _check(number: str, result: EucResult = EucResult.AUTHENTIC, **kw: object) -> EucCheckInput:
    values: dict[str, object] = {
        "euc_number": number,
        "issuing_authority": "Ministry of Defence of Brazil",
        "contacted": "Col. Souza, by telephone",
        "contacted_on": TODAY - timedelta(days=3),
        "result": result,
        "issued_on": TODAY - timedelta(days=20),
    }
    values.update(kw)
    return EucCheckInput(**values)  # type: ignore[arg-type]


def test_normalisation_ignores_case_spaces_and_dashes() -> None:
    assert normalise_euc_number(" mod 2025\u2013117 ") == normalise_euc_number("MOD-2025-117")
    assert normalise_euc_number("MOD-2025-117") != normalise_euc_number("MOD-2025-118")


def test_a_number_on_another_case_is_flagged(db: Database) -> None:
    people = team(db, second_adviser=False)
    first, _ = assessed(db, people.officer, serious=False, end_user_name="Army of Brazil")
    second, _ = assessed(
        db, people.officer, serious=False, end_user_name="Navy of Brazil", euc_number="mod 2025 117"
    )
    third, _ = assessed(db, people.officer, serious=False, end_user_name="Army of Brazil")
    record_euc_check(db, people.officer, first, _check("MOD-2025-117"))
    flags = euc_flags(db, first)
    assert [f.kind for f in flags] == [FlagKind.ALSO_ON_CASE]
    other = cases.get_case(db, second).reference
    assert flags[0].words == f"EUC number MOD-2025-117 is also on case {other} (different end user)"
    assert flags[0].loud
    # The other case sees the first one too, through the check recorded there.
    assert [f.other_reference for f in euc_flags(db, second)] == [
        cases.get_case(db, first).reference
    ]
    record_euc_check(db, people.officer, third, _check("MOD/2025/117", EucResult.NOT_AUTHENTIC))
    third_flags = {(f.kind, f.other_reference, f.same_end_user) for f in euc_flags(db, third)}
    assert (FlagKind.NOT_AUTHENTIC, "", False) in third_flags
    assert (FlagKind.ALSO_ON_CASE, cases.get_case(db, first).reference, True) in third_flags
    assert len(euc_checks(db, third)) == 1
    assert verify_chain(db).ok


def test_bad_check_dates_and_missing_fields_are_refused(db: Database) -> None:
    people = team(db, second_adviser=False)
    case_id, _ = assessed(db, people.officer, serious=False)
    future = TODAY + timedelta(days=2)
    with pytest.raises(ValidationFailed) as caught:
        record_euc_check(
            db,
            people.officer,
            case_id,
            _check(" - ", contacted="", issued_on=future, contacted_on=future),
        )
    assert {e.field for e in caught.value.errors} == {
        "euc_number",
        "contacted",
        "issued_on",
        "contacted_on",
    }
    with pytest.raises(ValidationFailed, match="before the issue date"):
        record_euc_check(
            db, people.officer, case_id, _check("X1", contacted_on=TODAY - timedelta(days=30))
        )
    with pytest.raises(PermissionDenied):
        record_euc_check(db, people.grace, case_id, _check("X1"))


def test_a_number_written_differently_on_another_case_is_flagged_through_its_key(
    db: Database, db_engine: str
) -> None:
    """``EUC-123/45`` and ``euc 12345`` are one certificate: the other case is named, the
    case itself never; editing the number moves the key with it; the lookup is one query on
    the index (``applications.euc_number_key``, migration 0016)."""
    first = cases.create_application(
        db, application(euc_number="EUC-123/45", parties=(end_user("Army of Brazil", "BR"),))
    )
    second = cases.create_application(
        db, application(euc_number="euc 12345", parties=(end_user("Army of Brazil", "BR"),))
    )
    unrelated = cases.create_application(db, application(euc_number="EUC-123/46"))
    with db.session() as session:
        keys = dict(session.execute(select(Application.id, Application.euc_number_key)).all())
    assert keys[first.id] == keys[second.id] == "EUC12345"
    assert keys[unrelated.id] == "EUC12346"

    flags = euc_flags(db, first.id)
    assert [(f.kind, f.number, f.other_reference, f.same_end_user) for f in flags] == [
        (FlagKind.ALSO_ON_CASE, "EUC-123/45", second.reference, True)
    ]
    assert [f.other_reference for f in euc_flags(db, second.id)] == [first.reference]
    assert euc_flags(db, unrelated.id) == ()

    # The second case's number corrected: its key follows, the flag goes.
    cases.update_application(db, second, replace(second.to_input(), euc_number="EUC-999"))
    with db.session() as session:
        assert session.get(Application, second.id).euc_number_key == "EUC999"  # type: ignore[union-attr]
    assert euc_flags(db, first.id) == ()

    if db_engine == "sqlite":  # the plan names the index (PostgreSQL may scan a tiny table)
        seen: list[tuple[str, Any]] = []

        def note(_c: object, _cur: object, statement: str, params: Any, *_a: object) -> None:
            seen.append((statement, params))

        event.listen(db.engine, "before_cursor_execute", note)
        try:
            euc_flags(db, first.id)
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        lookups = [(s, p) for s, p in seen if "euc_number_key IN" in s]
        assert len(lookups) == 1, seen
        with db.engine.connect() as conn:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + lookups[0][0], lookups[0][1])
            steps = " | ".join(str(row[-1]) for row in plan)
        assert "ix_applications_euc_number_key" in steps, steps
        assert "SCAN applications" not in steps, steps
