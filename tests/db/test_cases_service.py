"""The case services against a real (temporary) SQLite database."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application, Event, LineItem
from att_desktop.domain.enums import CaseStatus, PartyRole, TransferType
from att_desktop.services import cases
from att_desktop.services.errors import ConcurrentEditError, ServiceError, ValidationFailed
from att_desktop.services.references import set_reference_pattern
from tests.conftest import FreshSqlite
from tests.factories import ammunition, application, end_user, item


def test_create_allocates_reference_and_records_history(db: Database) -> None:
    case = cases.create_application(db, application())
    assert case.reference == "EXP/2026/00001"
    assert case.status is CaseStatus.DRAFT
    assert [p.name for p in case.parties] == ["Ministry of Defence"]
    assert case.items[0].quantity == Decimal(100)
    assert case.items[0].value == Decimal("125000")
    assert [e.action for e in case.history] == ["created"]
    second = cases.create_application(db, application(transfer_type=TransferType.BROKERING))
    third = cases.create_application(db, application())
    assert second.reference == "BRK/2026/00001"
    assert third.reference == "EXP/2026/00002"


def test_counter_restarts_each_year(db: Database) -> None:
    cases.create_application(db, application(received_on=date(2025, 12, 31)))
    cases.create_application(db, application(received_on=date(2025, 12, 31)))
    first_2026 = cases.create_application(db, application(received_on=date(2026, 1, 1)))
    assert first_2026.reference == "EXP/2026/00001"


def test_configured_pattern_is_used(db: Database) -> None:
    set_reference_pattern(db, "{year}-{prefix}-{seq:03d}")
    assert cases.create_application(db, application()).reference == "2026-EXP-001"


def test_invalid_application_is_refused_field_by_field_and_nothing_saved(db: Database) -> None:
    bad = application(
        parties=(),
        items=(item(quantity=Decimal(-3)), ammunition(not_reportable_reason=None)),
        destination_code="ZZ",
    )
    with pytest.raises(ValidationFailed) as caught:
        cases.create_application(db, bad)
    fields = {e.field for e in caught.value.errors}
    assert {"parties", "items[0].quantity", "items[1].att_category", "destination_code"} <= fields
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0


def test_future_received_date_is_refused(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        cases.create_application(
            db, application(received_on=date(2026, 5, 1)), today=date(2026, 4, 30)
        )
    assert [e.field for e in caught.value.errors] == ["received_on"]


def test_register_summary_columns_follow_the_items(db: Database) -> None:
    case = cases.create_application(
        db,
        application(
            items=(item(), item(att_category="I", value=Decimal(5)), ammunition()),
            parties=(end_user(), end_user("Port Authority", role=PartyRole.CONSIGNEE)),
        ),
    )
    with db.session() as session:
        app = session.get(Application, case.id)
        assert app is not None
        assert app.categories_summary == "I, VIII.SA.4"
        assert app.total_value == Decimal("155005")
        assert app.value_currency == "EUR"
        assert app.end_user_name == "Ministry of Defence"
    mixed = cases.create_application(db, application(items=(item(), item(currency="USD"))))
    with db.session() as session:
        app = session.get(Application, mixed.id)
        assert app is not None
        assert app.total_value is None
        assert app.value_currency == cases.MIXED_CURRENCIES


def test_edit_keeps_old_rows_and_records_before_and_after(db: Database) -> None:
    case = cases.create_application(db, application())
    edited = cases.update_application(
        db,
        case,
        replace(case.to_input(), items=(item(quantity=Decimal(80)),), destination_code="DK"),
        reason="Applicant reduced the quantity",
    )
    assert edited.version == case.version + 1
    assert edited.destination_code == "DK"
    assert [i.quantity for i in edited.items] == [Decimal(80)]
    last = edited.history[-1]
    assert last.action == "updated"
    assert last.reason == "Applicant reduced the quantity"
    assert last.before is not None and last.before["destination_code"] == "NO"
    assert last.after is not None and last.after["destination_code"] == "DK"
    with db.session() as session:
        # the superseded line is kept (Article 12), not deleted
        assert session.scalar(select(func.count()).select_from(LineItem)) == 2


def test_stale_edit_is_refused_and_names_what_changed(db: Database) -> None:
    case = cases.create_application(db, application())
    cases.update_application(db, case, replace(case.to_input(), destination_code="DK"))
    with pytest.raises(ConcurrentEditError) as caught:
        cases.update_application(db, case, replace(case.to_input(), intended_end_use="Police"))
    assert "destination_code" in caught.value.changed_fields
    assert cases.get_case(db, case.id).intended_end_use == "Equipment of the armed forces"


def test_decided_case_cannot_be_edited(db: Database) -> None:
    case = cases.create_application(db, application(), status=CaseStatus.AUTHORISED)
    with pytest.raises(ServiceError, match="cannot be edited"):
        cases.update_application(db, case, case.to_input())


def test_withdrawal_needs_a_reason(db: Database) -> None:
    case = cases.create_application(db, application())
    with pytest.raises(ValidationFailed):
        cases.set_status(db, case.id, CaseStatus.WITHDRAWN)
    withdrawn = cases.set_status(db, case.id, CaseStatus.WITHDRAWN, reason="Applicant withdrew")
    assert withdrawn.status is CaseStatus.WITHDRAWN


def test_records_cannot_be_deleted_nor_history_rewritten(db: Database) -> None:
    case = cases.create_application(db, application())
    with db.engine.connect() as conn:
        with pytest.raises(Exception, match="retained"):
            conn.execute(text("DELETE FROM applications WHERE id = :i"), {"i": case.id})
        conn.rollback()
        with pytest.raises(Exception, match="append-only"):
            conn.execute(text("UPDATE events SET summary = 'nothing happened'"))
        conn.rollback()


def test_history_is_hash_chained(db: Database) -> None:
    from att_desktop.services.history import event_digest, hashed_fields

    cases.create_application(db, application())
    cases.create_application(db, application())
    with db.session() as session:
        events = list(session.scalars(select(Event).order_by(Event.id)))
    assert events[1].prev_hash == events[0].hash
    for event in events:
        assert event.hash == event_digest(event.prev_hash, hashed_fields(event))


def _create_many(path: str, count: int, start: Any) -> None:
    database = open_database(path)
    start.wait(timeout=60)  # both workstations press Save at the same moment
    for _ in range(count):
        cases.create_application(database, application())
    database.close()


def test_references_stay_unique_with_two_writers(fresh_sqlite: FreshSqlite, tmp_path: Path) -> None:
    path = str(fresh_sqlite(tmp_path / "shared.sqlite3"))
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    workers = [ctx.Process(target=_create_many, args=(path, 15, start)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
        assert w.exitcode == 0
    database = open_database(path)
    with database.session() as session:
        refs = list(session.scalars(select(Application.reference)))
    database.close()
    assert len(refs) == 30
    assert sorted(refs) == [f"EXP/2026/{n:05d}" for n in range(1, 31)]
