"""Issue 13 §1: imports decide nothing by the back door.

A historical decision (an authorised or denied spreadsheet row, a case file carrying a
decision) needs the records-migration right an administrator grants to a named person; it
names a decider who could have decided here (never the importer), carries its provenance
in the record and the history, and an authorisation passes Article 6 as at its date.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application, Decision, Event, Licence
from att_desktop.domain.enums import CaseStatus, Role
from att_desktop.services import accounts
from att_desktop.services.case_files import CaseImportError, export_case, import_case
from att_desktop.services.decisions import decide, get_decision
from att_desktop.services.dto import Actor, UserSession
from att_desktop.services.errors import ServiceError
from att_desktop.services.migration_rights import (
    grant_migration_right,
    list_migration_grants,
    revoke_migration_right,
)
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.provenance import ImportSource
from att_desktop.services.register_files import import_register
from tests.conftest import FreshSqlite
from tests.db.assessment_helpers import assessed_and_completed, authorise, gbv_case, register
from tests.factories import item

TODAY = date.today()
HEADER = (
    "transfer_type,status,received_on,applicant,applicant_country,destination,end_user,"
    "end_user_type,end_user_country,description,att_category,quantity,decided_on,decided_by,"
    "licence_number,licence_valid_from,licence_valid_until"
)


@dataclass(frozen=True)
class People:
    admin: UserSession
    second_admin: Actor
    officer: Actor
    decider: Actor


@pytest.fixture
def people(db: Database) -> People:
    """Accounts made without signing in (the services trust only the user id)."""
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", "the admin's own pass 42")

    def add(username: str, full_name: str, role: Role) -> Actor:
        view = accounts.add_user(db, admin, username, full_name, role, None).user
        return Actor(view.id, view.full_name)

    return People(
        admin=admin,
        second_admin=add("admin2", "Bo Admin", Role.ADMINISTRATOR),
        officer=add("officer", "Olga Officer", Role.LICENSING_OFFICER),
        decider=add("decider", "Dana Decider", Role.DECIDING_AUTHORITY),
    )


def _row(
    destination: str,
    end_user: str,
    *,
    decided_on: date = date(2026, 3, 2),
    decided_by: str = "Dana Decider",
    licence: str = "OLD/LIC/1",
    category: str = "II",
) -> str:
    until = decided_on + timedelta(days=700)
    return (
        f"export,authorised,{(decided_on - timedelta(days=30)).isoformat()},Nordic Arms AS,NO,"
        f"{destination},{end_user},government,{destination},Armoured personnel carrier,"
        f"{category},4,{decided_on.isoformat()},{decided_by},{licence},"
        f"{decided_on.isoformat()},{until.isoformat()}"
    )


def _sheet(tmp_path: Path, *rows: str, name: str = "old-register.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def _count(db: Database, table: Any) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


DPRK = ("KP", "Korean People's Army")


# --- the right -------------------------------------------------------------------------------


def test_an_officer_cannot_import_a_valid_licence_to_the_dprk(
    db: Database, people: People, tmp_path: Path
) -> None:
    """The issue's reproduction: today's code writes a valid licence to the DPRK."""
    path = _sheet(tmp_path, _row(*DPRK))
    report = import_register(db, path, actor=people.officer)
    assert not report.written
    assert [e.row for e in report.errors] == [2]
    assert "records-migration right" in str(report.errors[0])
    assert _count(db, Application) == 0 and _count(db, Licence) == 0


def test_an_administrator_without_the_right_cannot_import_decisions(
    db: Database, people: People, tmp_path: Path
) -> None:
    clean = _row("NO", "Norwegian Army", licence="OLD/LIC/7")
    denied = clean.replace(",authorised,", ",denied,").replace(",OLD/LIC/7,", ",,")
    denied = ",".join(denied.split(",")[:-2]) + ",,"
    path = _sheet(tmp_path, clean, denied)
    report = import_register(db, path, actor=people.admin.actor)
    assert not report.written
    assert [e.row for e in report.errors] == [2, 3]  # every decided row is named
    assert all("records-migration right" in str(e) for e in report.errors)
    assert _count(db, Decision) == 0


def test_the_right_is_granted_by_an_administrator_to_a_named_person_for_a_period(
    db: Database, people: People
) -> None:
    until = TODAY + timedelta(days=30)
    with pytest.raises(PermissionDenied):
        grant_migration_right(
            db, people.officer.user_id or 0, until=until, reason="x", actor=people.officer
        )
    with pytest.raises(ServiceError, match="themselves"):
        grant_migration_right(
            db, people.admin.user_id, until=until, reason="migration", actor=people.admin
        )
    with pytest.raises(ServiceError, match="days"):
        grant_migration_right(
            db,
            people.officer.user_id or 0,
            until=TODAY + timedelta(days=900),
            reason="migration",
            actor=people.admin,
        )
    grant_migration_right(
        db,
        people.officer.user_id or 0,
        until=until,
        reason="Moving the 2019-2025 paper register",
        actor=people.admin,
    )
    (grant,) = list_migration_grants(db)
    assert grant.username == "officer" and grant.until == until
    with db.session() as session:
        event = session.scalars(
            select(Event).where(Event.action == "setting_changed").order_by(Event.id.desc())
        ).first()
        assert event is not None and "officer" in event.summary
        assert event.reason == "Moving the 2019-2025 paper register"
        assert event.actor_id == people.admin.user_id
    revoke_migration_right(db, people.officer.user_id or 0, reason="done", actor=people.admin)
    assert list_migration_grants(db) == ()


def _grant(db: Database, people: People, who: Actor, days: int = 30) -> None:
    grant_migration_right(
        db,
        who.user_id or 0,
        until=TODAY + timedelta(days=days),
        reason="migration",
        actor=people.admin,
    )


# --- the spreadsheet -------------------------------------------------------------------------


def test_a_clean_historical_authorisation_carries_its_provenance(
    db: Database, people: People, tmp_path: Path
) -> None:
    _grant(db, people, people.officer)
    path = _sheet(tmp_path, _row("NO", "Norwegian Army"))
    report = import_register(db, path, actor=people.officer)
    assert report.written, report.errors
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with db.session() as session:
        decision = session.scalars(select(Decision)).one()
        assert decision.decided_by_id == people.decider.user_id  # never the importer
        assert (
            f"Imported from old-register.csv (SHA-256 {digest}) row 2 by Olga Officer on "
            in decision.rationale
        )
        assert "decided by Dana Decider" in decision.rationale
        event = session.scalars(
            select(Event).where(Event.entity == "decision", Event.entity_id == decision.id)
        ).one()
        assert event.action == "decision_imported" and event.actor_id == people.officer.user_id
        assert event.after is not None
        origin = event.after["provenance"]
        assert origin["file"] == "old-register.csv" and origin["sha256"] == digest
        assert origin["rows"] == [2] and origin["imported_by"] == "Olga Officer"
        assert origin["decided_by_id"] == people.decider.user_id
        app_id = decision.application_id
    view = get_decision(db, app_id)
    assert view is not None and view.decided_by == "Dana Decider"
    assert view.provenance is not None and view.provenance.rows == (2,)


def test_a_decider_outside_the_app_is_recorded_as_such_and_the_importer_never_decides(
    db: Database, people: People, tmp_path: Path
) -> None:
    _grant(db, people, people.officer)
    for name, problem in (
        ("", "name who decided"),
        ("Olga Officer", "four-eyes"),  # the importer
        ("admin2", "not an active member of the deciding authority"),
    ):
        report = import_register(
            db,
            _sheet(tmp_path, _row("NO", "Norwegian Army", decided_by=name)),
            actor=people.officer,
        )
        assert not report.written and problem in str(report.errors[0]), report.errors
    report = import_register(
        db,
        _sheet(tmp_path, _row("NO", "Norwegian Army", decided_by="Minister Lund")),
        actor=people.officer,
    )
    assert report.written, report.errors
    with db.session() as session:
        decision = session.scalars(select(Decision)).one()
        assert decision.decided_by_id is None
        assert "historical, decided outside the app by Minister Lund" in decision.rationale


def test_a_prohibited_authorisation_at_its_date_is_refused_naming_the_embargo(
    db: Database, people: People, tmp_path: Path
) -> None:
    _grant(db, people, people.officer)
    clean = _row("NO", "Norwegian Army", licence="OLD/LIC/1")
    path = _sheet(tmp_path, clean, _row(*DPRK, licence="OLD/LIC/2"))
    report = import_register(db, path, actor=people.officer)
    assert not report.written
    assert [e.row for e in report.errors] == [3]
    assert "prohibited by DPRK" in str(report.errors[0])
    assert "S/RES/2270" in str(report.errors[0])
    assert _count(db, Application) == 0  # the clean row is not written either
    # As at its date: in 2008 resolution 1718 covered major conventional arms only.
    older = _row(*DPRK, decided_on=date(2008, 5, 2), licence="OLD/LIC/3", category="VIII.SA.1")
    assert import_register(db, _sheet(tmp_path, older), actor=people.officer).written


def test_an_expired_right_no_longer_lets_anyone_import_decisions(
    db: Database, people: People, tmp_path: Path
) -> None:
    _grant(db, people, people.officer, days=0)  # ends today: still valid today
    report = import_register(
        db, _sheet(tmp_path, _row("NO", "Norwegian Army")), actor=people.officer
    )
    assert report.written
    with db.session() as session:
        from att_desktop.services.permissions import migration_grant

        assert (
            migration_grant(session, people.officer.user_id or 0, TODAY + timedelta(days=1)) is None
        )


# --- the case file ---------------------------------------------------------------------------


@pytest.fixture
def exported(fresh_sqlite: FreshSqlite, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """An authorised case from another register (no accounts there), as its case file."""
    other = open_database(fresh_sqlite(tmp_path / "other.sqlite3"))
    try:
        case = register(other, items=(item(),))
        assessed_and_completed(other, case.id, gbv_case(reliable=True))
        decide(other, case.id, authorise(other, case.id))
        data = export_case(other, case.id)
    finally:
        other.close()
    data["decision"]["decided_by"] = "Dana Decider"
    yield data


def test_a_case_file_decision_needs_the_right(
    db: Database, people: People, exported: dict[str, Any]
) -> None:
    for who in (people.officer, people.admin.actor):
        with pytest.raises(CaseImportError, match="records-migration right"):
            import_case(db, copy.deepcopy(exported), actor=who)
    assert _count(db, Application) == 0
    undecided = copy.deepcopy(exported)
    undecided["decision"] = None  # the case itself, undecided, needs no special right
    assert import_case(db, undecided, actor=people.officer).status is CaseStatus.UNDER_ASSESSMENT


def test_a_case_file_decision_is_recorded_with_its_decider_and_provenance(
    db: Database, people: People, exported: dict[str, Any]
) -> None:
    _grant(db, people, people.officer)
    with pytest.raises(CaseImportError, match="four-eyes"):
        bad = copy.deepcopy(exported)
        bad["decision"]["decided_by"] = "officer"
        import_case(db, bad, actor=people.officer)
    source = ImportSource("EXP-2026-00001.json", "ab" * 32)
    case = import_case(db, copy.deepcopy(exported), actor=people.officer, source=source)
    assert case.status is CaseStatus.AUTHORISED
    view = get_decision(db, case.id)
    assert view is not None and view.decided_by == "Dana Decider"
    assert view.provenance is not None and view.provenance.file == "EXP-2026-00001.json"
    assert f"(SHA-256 {'ab' * 32}) by Olga Officer" in view.rationale
    with db.session() as session:
        row = session.get(Decision, view.id)
        assert row is not None and row.decided_by_id == people.decider.user_id
    again = export_case(db, case.id)  # the file's own rationale, not this register's stamp
    assert again["decision"]["rationale"] == exported["decision"]["rationale"]
    assert again["decision"]["decided_by"] == "Dana Decider"


def test_a_case_file_decision_contradicting_its_assessment_is_refused(
    db: Database, people: People, exported: dict[str, Any]
) -> None:
    _grant(db, people, people.officer)
    data = copy.deepcopy(exported)
    data["assessment"]["mitigation"][0]["links"][0]["reliably_reduces"] = False
    with pytest.raises(CaseImportError) as caught:
        import_case(db, data, actor=people.officer)
    assert caught.value.problems[0].startswith("decision.outcome: An authorisation would")
    assert _count(db, Application) == 0


def test_a_case_file_authorising_the_dprk_is_refused_naming_the_embargo(
    db: Database, people: People, exported: dict[str, Any]
) -> None:
    _grant(db, people, people.officer)
    data = copy.deepcopy(exported)
    data["application"]["destination_code"] = "KP"
    for party in data["parties"]:
        party["country_code"] = "KP"
    with pytest.raises(CaseImportError) as caught:
        import_case(db, data, actor=people.officer)
    assert "decision" in caught.value.problems[0]
    assert _count(db, Application) == 0
