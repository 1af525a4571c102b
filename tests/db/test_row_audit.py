"""Issue 13 §2: every record row equals its history, so a change with SQL is found even when
the events are left untouched; the committee trail and report inputs are retained; the SQLite
``check`` reports a missing trigger like PostgreSQL's.

Each forgery is made behind the app's back with raw SQL (dropping a guard first where one is in
the way) and must be named by ``audit verify`` (``verify_all``) and by ``check``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application
from att_desktop.domain.enums import Role
from att_desktop.services import accounts
from att_desktop.services.audit import AuditReport, verify_all
from att_desktop.services.demo import fill_demo_register
from att_desktop.services.integrity import check_database

TODAY = date(2026, 11, 23)


@pytest.fixture
def register(db: Database) -> Iterator[Database]:
    """A small register with decisions both ways, licences, shipments and two accounts."""
    fill_demo_register(db, cases=24, today=TODAY)
    admin = accounts.create_first_admin(db, "admin", "Ada Admin", "correct horse battery 1")
    accounts.add_user(db, admin, "olga", "Olga Officer", Role.LICENSING_OFFICER)
    yield db


def _sql(db: Database, *statements: str) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def _drop_trigger(db: Database, name: str, table: str) -> str:
    return f"DROP TRIGGER {name}" + (f" ON {table}" if db.is_postgres else "")


def _one(db: Database, query: str) -> int:
    with db.engine.connect() as conn:
        value = conn.execute(text(query)).scalar()
    assert isinstance(value, int), query
    return value


def _found(db: Database, *needles: str) -> AuditReport:
    """Both ``audit verify`` and ``check`` name the row; the chain itself is intact."""
    report = verify_all(db)
    assert not report.ok
    assert not report.event_ids, "the events were not touched"
    lines = [str(p) for p in report.problems]
    for needle in needles:
        assert any(needle in line for line in lines), (needle, lines)
    checked = check_database(db.url)
    history = next(r for r in checked.results if r.name == "event history")
    for needle in needles:
        assert any(needle in line for line in history.findings), (needle, history.findings)
    return report


def test_an_untouched_register_verifies_every_row(register: Database) -> None:
    report = verify_all(register)
    assert report.ok, [str(p) for p in report.problems]
    cases = _one(register, "SELECT count(*) FROM applications")
    items = _one(register, "SELECT count(*) FROM line_items")
    assert report.rows_checked >= cases + items + 2
    assert report.rows_before_digests == 0
    assert check_database(register.url).ok


def test_a_denial_turned_into_an_authorisation_is_found(register: Database) -> None:
    decision = _one(register, "SELECT min(id) FROM decisions WHERE outcome = 'deny'")
    forge = f"UPDATE decisions SET outcome = 'authorise' WHERE id = {decision}"
    with pytest.raises(SADatabaseError, match="cannot be changed"):
        _sql(register, forge)
    _sql(register, _drop_trigger(register, "decisions_append_only", "decisions"), forge)
    _found(register, f"decisions row {decision} differs from what its history recorded")


def test_a_licence_extended_to_2099_is_found(register: Database) -> None:
    licence = _one(register, "SELECT min(id) FROM licences")
    _sql(register, f"UPDATE licences SET valid_until = '2099-12-31' WHERE id = {licence}")
    _found(register, f"licences row {licence} (")


def test_a_quantity_times_100_is_found(register: Database) -> None:
    item = _one(register, "SELECT min(id) FROM line_items")
    _sql(register, f"UPDATE line_items SET quantity = quantity * 100 WHERE id = {item}")
    _found(register, f"line_items row {item} differs")


def test_a_changed_destination_is_found(register: Database) -> None:
    case = _one(register, "SELECT min(id) FROM applications")
    _sql(register, f"UPDATE applications SET destination_code = 'KP' WHERE id = {case}")
    _found(register, f"applications row {case} (")


def test_a_promoted_user_with_a_swapped_password_hash_is_found(register: Database) -> None:
    admin = _one(register, "SELECT id FROM users WHERE username = 'admin'")
    olga = _one(register, "SELECT id FROM users WHERE username = 'olga'")
    _sql(
        register,
        f"UPDATE users SET role = 'administrator', password_hash = "
        f"(SELECT password_hash FROM users WHERE id = {admin}) WHERE id = {olga}",
    )
    _found(register, f"users row {olga} (olga) differs")


def test_a_password_hash_swapped_alone_is_found(register: Database) -> None:
    olga = _one(register, "SELECT id FROM users WHERE username = 'olga'")
    _sql(register, f"UPDATE users SET password_hash = 'argon2-forged' WHERE id = {olga}")
    _found(register, f"users row {olga} (olga) differs")


def test_a_deleted_shipment_is_found(register: Database) -> None:
    shipment = _one(register, "SELECT max(id) FROM shipments")
    delete = f"DELETE FROM shipment_lines WHERE shipment_id = {shipment}"
    with pytest.raises(SADatabaseError, match="retained"):
        _sql(register, delete)
    _sql(
        register,
        _drop_trigger(register, "retain_shipment_lines", "shipment_lines"),
        _drop_trigger(register, "retain_shipments", "shipments"),
        delete,
        f"DELETE FROM shipments WHERE id = {shipment}",
    )
    _found(register, f"shipments row {shipment} is in the history but not in its table")


def test_a_case_row_replaced_wholesale_is_found(register: Database) -> None:
    """SQLite's ``INSERT OR REPLACE`` deletes the old row without firing the no-delete
    trigger; PostgreSQL's equivalent is an upsert."""
    case = _one(register, "SELECT min(id) FROM applications WHERE status = 'denied'")
    columns = [c.name for c in Application.__table__.columns]
    chosen = ", ".join("'authorised'" if c == "status" else c for c in columns)
    names = ", ".join(columns)
    if register.is_postgres:
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != "id")
        forge = (
            f"INSERT INTO applications ({names}) SELECT {chosen} FROM applications "
            f"WHERE id = {case} ON CONFLICT (id) DO UPDATE SET {updates}"
        )
    else:
        forge = (
            f"INSERT OR REPLACE INTO applications ({names}) SELECT {chosen} "
            f"FROM applications WHERE id = {case}"
        )
    _sql(register, forge)
    assert _one(register, f"SELECT count(*) FROM applications WHERE id = {case}") == 1
    _found(register, f"applications row {case} (")


def test_a_row_inserted_behind_the_apps_back_is_found(register: Database) -> None:
    _sql(register, "INSERT INTO agencies (code, name, active) VALUES ('XX', 'Forged', true)")
    _found(register, "is not in the history: it was added behind the app's back")


def test_a_setting_changed_behind_the_apps_back_is_found(register: Database) -> None:
    _sql(register, "INSERT INTO settings (key, value) VALUES ('quorum', '1')")
    _found(register, "settings row quorum is not in the history")


#: A row for each table newly retained (a trigger does not fire on an empty table).
_RETAINED_ROWS = {
    "agencies": "INSERT INTO agencies (code, name, active) VALUES ('ZZ', 'Z', true)",
    "settings": "INSERT INTO settings (key, value) VALUES ('zz', 'z')",
    "exchange_rates": "INSERT INTO exchange_rates (year, currency, report_currency, rate, "
    "source) VALUES (2020, 'ZZZ', 'USD', 1000, '')",
    "committee_sessions": "INSERT INTO committee_sessions (held_on, title, attendance, agenda, "
    "created_at) VALUES ('2026-01-05', '', '[]', '[]', CURRENT_TIMESTAMP)",
    "review_requests": "INSERT INTO review_requests (application_id, agency_id, created_at) "
    "VALUES ((SELECT min(id) FROM applications), (SELECT min(id) FROM agencies), "
    "CURRENT_TIMESTAMP)",
}


def test_the_committee_trail_and_report_inputs_cannot_be_deleted(register: Database) -> None:
    _sql(register, *_RETAINED_ROWS.values())
    for table in _RETAINED_ROWS:
        with pytest.raises(SADatabaseError, match=f"retained.*{table} rows cannot be deleted"):
            _sql(register, f"DELETE FROM {table}")
        assert _one(register, f"SELECT count(*) FROM {table}") >= 1


def test_check_reports_a_dropped_trigger_on_either_engine(db: Database) -> None:
    """SQLite's check used to report nothing here; PostgreSQL's did not know the new guards."""
    assert check_database(db.url).ok
    _sql(
        db,
        _drop_trigger(db, "retain_exchange_rates", "exchange_rates"),
        _drop_trigger(db, "shipments_append_only", "shipments"),
    )
    report = check_database(db.url)
    guards = next(r for r in report.results if r.name == "Article 12 triggers")
    assert len(guards.findings) == 2, guards.findings
    assert "retain_exchange_rates on exchange_rates is missing" in guards.findings[0]
    assert "shipments_append_only on shipments is missing" in guards.findings[1]
    assert not report.ok


def test_rows_from_before_the_upgrade_are_counted_and_later_ones_vouched_for(
    db_url: str, tmp_path: Path
) -> None:
    """A 0006 database: its rows have no digest. The upgrade marks how far each table went,
    so those rows are counted as older than the digests, and a row inserted with SQL after
    the upgrade is still found."""
    from alembic import command

    from att_desktop.db import engine as engine_module

    engine = engine_module.make_engine(engine_module.to_url(db_url))
    try:
        cfg = engine_module._alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
            for statement in (
                "INSERT INTO agencies (code, name, active) VALUES ('MFA', 'Foreign', true)",
                "INSERT INTO settings (key, value) VALUES ('quorum', '3')",
            ):
                conn.execute(text(statement))
    finally:
        engine.dispose()
    upgraded = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        report = verify_all(upgraded)
        assert report.ok, [str(p) for p in report.problems]
        assert report.rows_before_digests == 2
        with upgraded.engine.connect() as conn:
            started = conn.execute(
                text("SELECT count(*) FROM events WHERE action = 'row_audit_started'")
            ).scalar()
        assert started == 1
        _sql(upgraded, "INSERT INTO agencies (code, name, active) VALUES ('XX', 'Forged', true)")
        _found(upgraded, "agencies row 2 (XX) is not in the history")
    finally:
        upgraded.close()


def test_rows_changed_after_the_last_event_are_vouched_for_at_commit(db: Database) -> None:
    """A service that writes a record row after its last event (or with no event at all)
    leaves no row without a digest: the commit appends ``rows_recorded``."""
    from att_desktop.db.models import Agency, Event
    from att_desktop.services.dto import Actor
    from att_desktop.services.history import record_event

    clerk = Actor(None, "Clerk")
    with db.session() as session:
        agency = Agency(code="MOD", name="Defence")
        session.add(agency)
        session.flush()
        record_event(session, clerk, entity="agency", entity_id=agency.id, action="added")
        agency.name = "Ministry of Defence"
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(Agency(code="TMP", name="rolled back"))
        session.flush()
        raise RuntimeError("rolled back: nothing to vouch for")
    with db.session() as session:
        events = list(session.scalars(select(Event).order_by(Event.id)))
    assert [e.action for e in events] == ["added", "rows_recorded"]
    assert events[1].actor_name == "Clerk"
    assert list(events[1].rows_sha256 or {}) == [f"agencies/{agency.id}"]
    assert verify_all(db).ok
    _sql(db, "UPDATE agencies SET name = 'Defence' WHERE code = 'MOD'")
    _found(db, f"agencies row {agency.id} (MOD) differs")


def test_check_says_the_chain_is_intact_and_which_rows_differ(register: Database) -> None:
    case = _one(register, "SELECT min(id) FROM applications")
    _sql(register, f"UPDATE applications SET destination_code = 'KP' WHERE id = {case}")
    history = next(r for r in check_database(register.url).results if r.name == "event history")
    assert "hash chain intact" in history.detail
    assert "record rows compared with it, 1 differing" in history.detail
    assert len(history.findings) == 1
