"""An incident and the licence changes it orders are one unit of work; a closed incident is
kept as closed; two officers saving the same incident, or two incidents taking the same
number, are told so in words instead of one overwriting the other or a raw database error."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Event, Incident
from att_desktop.domain.enums import LicenceStatus
from att_desktop.domain.incidents import IncidentResponse, IncidentStatus, ResponseKind
from att_desktop.services import decisions, incidents
from att_desktop.services.decisions import change_licence_status, get_licence
from att_desktop.services.errors import ConcurrentEditError, ServiceError
from att_desktop.services.incidents import (
    IncidentInput,
    close_incident,
    get_incident,
    list_incidents,
    record_incident,
    update_incident,
)
from tests.db.test_incidents_service import TODAY, incident, licence_for


def _suspend(number: str) -> IncidentResponse:
    return IncidentResponse(
        ResponseKind.LICENCE_SUSPENDED, date(2026, 5, 3), number, note="Pending inquiry"
    )


def _incident_events(db: Database) -> int:
    with db.session() as session:
        return int(
            session.scalar(
                select(func.count(Event.id)).where(
                    Event.action.in_(("incident_recorded", "incident_updated", "incident_linked"))
                )
            )
            or 0
        )


def _break_the_licence_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """The licence's save fails as when another workstation saved it a moment before."""

    def refuse(session: Session, lic: object) -> None:
        raise ConcurrentEditError("Licence saved by someone else a moment ago.")

    monkeypatch.setattr(decisions, "_flush", refuse)


def test_a_failed_suspension_records_no_incident(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, lic_id, number = licence_for(db, "Ministry of Defence")
    _break_the_licence_write(monkeypatch)
    with pytest.raises(ConcurrentEditError, match="incident 2026-1 was not recorded either"):
        record_incident(
            db, incident(licence_numbers=(number,), responses=(_suspend(number),)), today=TODAY
        )
    assert list_incidents(db) == []
    assert _incident_events(db) == 0
    assert get_licence(db, lic_id).status is LicenceStatus.VALID


def test_a_refused_status_change_records_no_incident(db: Database) -> None:
    """No monkeypatching: a revoked licence cannot be suspended, so nothing is saved."""
    _, lic_id, number = licence_for(db, "Ministry of Defence")
    change_licence_status(
        db,
        lic_id,
        LicenceStatus.REVOKED,
        reason="Revoked earlier",
        expected_version=get_licence(db, lic_id).version,
    )
    with pytest.raises(ServiceError, match=r"cannot be made suspended.*not recorded either"):
        record_incident(db, incident(responses=(_suspend(number),)), today=TODAY)
    assert list_incidents(db) == []
    assert _incident_events(db) == 0


def test_an_incident_and_its_suspension_are_saved_together(db: Database) -> None:
    _, lic_id, number = licence_for(db, "Ministry of Defence")
    view = record_incident(db, incident(responses=(_suspend(number),)), today=TODAY)
    assert view.responses == (_suspend(number),)
    lic = get_licence(db, lic_id)
    assert lic.status is LicenceStatus.SUSPENDED
    (changed,) = [e for e in lic.history if e.action == "licence_suspended"]
    assert changed.reason == "Incident 2026-1 (Article 7(7)): Pending inquiry"


def test_a_failed_suspension_leaves_the_edited_incident_as_it_was(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, lic_id, number = licence_for(db, "Ministry of Defence")
    view = record_incident(db, incident(), today=TODAY)
    events = _incident_events(db)
    _break_the_licence_write(monkeypatch)
    with pytest.raises(ConcurrentEditError, match="not updated either"):
        update_incident(
            db,
            view.id,
            incident(description="Rifles traced to a militia.", responses=(_suspend(number),)),
            expected_version=view.version,
            today=TODAY,
        )
    kept = get_incident(db, view.id, today=TODAY)
    assert (kept.description, kept.responses, kept.version) == (
        view.description,
        (),
        view.version,
    )
    assert _incident_events(db) == events
    assert get_licence(db, lic_id).status is LicenceStatus.VALID


def test_a_closed_incident_refuses_edits(db: Database) -> None:
    view = record_incident(db, incident(), today=TODAY)
    closed = close_incident(
        db, view.id, "Settled with the importing State.", expected_version=view.version, today=TODAY
    )
    with pytest.raises(ServiceError, match=r"closed on 2026-05-04 .*new incident") as caught:
        update_incident(
            db,
            view.id,
            incident(description="A late correction."),
            expected_version=closed.version,
            today=TODAY,
        )
    assert not isinstance(caught.value, ConcurrentEditError)
    kept = get_incident(db, view.id, today=TODAY)
    assert kept.status is IncidentStatus.CLOSED
    assert (kept.description, kept.version) == (view.description, closed.version)


def test_two_officers_saving_the_same_incident(db_url: str) -> None:
    """Two workstations open version 1; the second save is refused and overwrites nothing."""
    first, second = open_database(db_url), open_database(db_url)
    try:
        view = record_incident(first, incident(), today=TODAY)
        mine = get_incident(first, view.id, today=TODAY)
        theirs = get_incident(second, view.id, today=TODAY)
        update_incident(
            second,
            theirs.id,
            incident(description="Their account of it."),
            expected_version=theirs.version,
            today=TODAY,
        )
        with pytest.raises(ConcurrentEditError, match="2026-1 was changed by someone else"):
            update_incident(
                first,
                mine.id,
                incident(description="My account of it."),
                expected_version=mine.version,
                today=TODAY,
            )
        with pytest.raises(ConcurrentEditError, match="changed by someone else"):
            close_incident(first, mine.id, "Done.", expected_version=mine.version, today=TODAY)
        saved = get_incident(first, view.id, today=TODAY)
        assert (saved.description, saved.version) == ("Their account of it.", 2)
        assert saved.status is IncidentStatus.OPEN
    finally:
        first.close()
        second.close()


def test_a_save_in_between_the_read_and_the_write_is_refused(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone saves the incident after this save read it (the version counter catches it:
    StaleDataError), not a driver error and not a lost update."""
    view = record_incident(db, incident(), today=TODAY)
    original = incidents._check

    def check_then_someone_saves(session: Session, inp: IncidentInput, today: date) -> object:
        found = original(session, inp, today)
        session.execute(
            text("UPDATE incidents SET version = version + 1 WHERE id = :id"), {"id": view.id}
        )
        return found

    monkeypatch.setattr(incidents, "_check", check_then_someone_saves)
    with pytest.raises(ConcurrentEditError, match="2026-1 was saved by someone else"):
        update_incident(
            db,
            view.id,
            incident(description="Lost?"),
            expected_version=view.version,
            today=TODAY,
        )
    monkeypatch.undo()
    kept = get_incident(db, view.id, today=TODAY)
    assert (kept.description, kept.version) == (view.description, view.version)


def test_a_number_taken_a_moment_ago_is_said_in_words(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workstations recording at once both compute the next number; the unique
    constraint refuses the second, which is told which number and to save again."""
    first = record_incident(db, incident(), today=TODAY)
    monkeypatch.setattr(incidents, "_next_number", lambda session, year: first.number)
    with pytest.raises(ConcurrentEditError, match=r"Incident number 2026-1 was taken.*Save again"):
        record_incident(db, incident(description="Another seizure."), today=TODAY)
    monkeypatch.undo()
    with db.session() as session:
        assert session.scalar(select(func.count(Incident.id))) == 1
    again = record_incident(db, incident(description="Another seizure."), today=TODAY)
    assert again.number == "2026-2"
