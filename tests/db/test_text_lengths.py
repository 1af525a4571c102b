"""Free text longer than its column is refused by the service, naming the field, before the
database sees it: PostgreSQL would refuse it with a driver error, SQLite would keep it whole.
Each refusal leaves no row behind."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    DestinationEntry,
    EucCheck,
    Incident,
    IncidentParty,
    LicenceChangeRequest,
    LicenceObligation,
    ReportClarification,
    TrainingRecord,
)
from att_desktop.db.types import max_length
from att_desktop.domain.destination import DestinationTopic
from att_desktop.domain.follow_up import ObligationStatus, VisitOutcome
from att_desktop.domain.incidents import IncidentParty as Party
from att_desktop.domain.validation import too_long
from att_desktop.services import accounts
from att_desktop.services.change_requests import record_request
from att_desktop.services.destination_files import record_finding
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.euc_checks import EucCheckInput, EucResult, record_euc_check
from att_desktop.services.follow_up import get_obligation, record_visit, schedule_visit
from att_desktop.services.incidents import record_incident
from att_desktop.services.report_clarifications import add_clarification
from att_desktop.services.training import TrainingInput, TrainingTopic, add_training
from tests.accounts_helpers import ADMIN_PASSWORD
from tests.db.assessment_helpers import register
from tests.db.test_incidents_service import TODAY, incident, licence_for


def _rows(db: Database, column: InstrumentedAttribute[int]) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(column))) or 0)


def _refused(caught: pytest.ExceptionInfo[ValidationFailed], field: str, limit: int) -> None:
    """Exactly one error, on ``field``, saying how long the text may be."""
    ((error),) = [e for e in caught.value.errors if e.field == field]
    assert f"shorten it to {limit} characters at most" in error.text("en")
    assert f"{field}: " in str(caught.value)


def test_the_helpers_read_the_column_and_count_characters() -> None:
    assert max_length(Incident.source_reference) == 300
    assert max_length(Incident.description) is None  # Text: no limit
    assert too_long("é" * 300, 300, "f") is None  # characters, not bytes
    problem = too_long("x" * 301, 300, "source_reference", "source reference")
    assert problem is not None and problem.field == "source_reference"
    assert problem.text("en") == (
        "the source reference is 301 characters long: shorten it to 300 characters at most"
    )
    assert too_long("x" * 5000, None, "description") is None


def test_an_incident_with_a_long_source_reference_or_party_name(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        record_incident(
            db,
            incident(
                source_reference="Note verbale " + "x" * 300,
                parties=(Party("N" * 301, "NO"), Party("Nordic Defence Logistics AS", "NO")),
            ),
            today=TODAY,
        )
    _refused(caught, "source_reference", 300)
    _refused(caught, "parties[0].name", 300)
    assert "parties[1].name" not in {e.field for e in caught.value.errors}
    assert _rows(db, Incident.id) == 0 and _rows(db, IncidentParty.id) == 0
    # Exactly at the limit is fine (as stored: spaces collapsed, then counted).
    saved = record_incident(
        db, incident(source_reference=" " + "x" * 300 + " ", parties=()), today=TODAY
    )
    assert len(saved.source_reference) == 300


def test_follow_up_references_and_places(db: Database) -> None:
    _, lic_id, _ = licence_for(db, "Ministry of Defence")
    obligations = _rows(db, LicenceObligation.id)
    with pytest.raises(ValidationFailed) as caught:
        schedule_visit(
            db,
            lic_id,
            planned_on=date.today(),
            visitors="Embassy attaché",
            place="Depot " + "x" * 300,
            actor=LOCAL_OFFICER,
        )
    _refused(caught, "place", 300)
    assert _rows(db, LicenceObligation.id) == obligations
    visit = schedule_visit(
        db, lic_id, planned_on=date.today(), visitors="Embassy attaché", actor=LOCAL_OFFICER
    )
    with pytest.raises(ValidationFailed) as caught:
        record_visit(
            db,
            visit.id,
            visited_on=date.today(),
            visitors="Embassy attaché",
            findings="",
            outcome=VisitOutcome.SATISFACTORY,
            reference="Visit report " + "r" * 200,
            actor=LOCAL_OFFICER,
        )
    _refused(caught, "reference", 200)
    assert get_obligation(db, visit.id).status is ObligationStatus.OPEN


def test_a_change_request_naming_a_long_end_user(db: Database) -> None:
    _, lic_id, _ = licence_for(db, "Ministry of Defence")
    with pytest.raises(ValidationFailed) as caught:
        record_request(
            db,
            lic_id,
            kind="re_transfer",
            requested_by="end_user",
            received_on=date.today(),
            details="Surplus rifles to the police.",
            new_party_name="National Police " + "x" * 300,
            actor=LOCAL_OFFICER,
        )
    _refused(caught, "new_party_name", 300)
    assert _rows(db, LicenceChangeRequest.id) == 0


def test_an_euc_check_with_a_long_number_and_contact(db: Database) -> None:
    case = register(db, "NO")
    with pytest.raises(ValidationFailed) as caught:
        record_euc_check(
            db,
            LOCAL_OFFICER,
            case.id,
            EucCheckInput(
                "MOD-" + "1" * 100,
                "Ministry of Defence",
                "Legal office, by telephone, " + "x" * 300,
                date.today(),
                EucResult.AUTHENTIC,
            ),
        )
    _refused(caught, "euc_number", 100)
    _refused(caught, "contacted", 300)
    assert _rows(db, EucCheck.id) == 0


def test_a_training_record_with_a_long_title(db: Database) -> None:
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    with pytest.raises(ValidationFailed) as caught:
        add_training(
            db,
            admin,
            admin.user_id,
            TrainingInput(TrainingTopic.GBV, "T" * 301, date(2026, 1, 15), provider="P" * 301),
        )
    _refused(caught, "title", 300)
    _refused(caught, "provider", 300)
    assert _rows(db, TrainingRecord.id) == 0


def test_a_clarification_with_a_long_reference(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        add_clarification(db, 2025, date.today(), "Explain row III.", reference="R" * 201)
    _refused(caught, "reference", 200)
    assert _rows(db, ReportClarification.id) == 0


def test_a_destination_finding_by_an_author_with_a_long_name(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        record_finding(
            db,
            "NO",
            next(iter(DestinationTopic)),
            "Stable; no diversion reported.",
            date(2026, 1, 5),
            actor=Actor(None, "A" * 201),
        )
    _refused(caught, "author", 200)
    assert _rows(db, DestinationEntry.id) == 0
