"""Diversion and breach incidents: recorded with their checks, the licences they put up for
Article 7(7) reassessment (named, or by a matching party), suspension by the decider only."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from att_desktop.db.engine import Database
from att_desktop.domain.enums import LicenceStatus, Role
from att_desktop.domain.incidents import (
    IncidentItem,
    IncidentKind,
    IncidentParty,
    IncidentResponse,
    IncidentSource,
    IncidentStatus,
    ResponseKind,
    StateInformed,
)
from att_desktop.services import accounts
from att_desktop.services.audit import verify_all
from att_desktop.services.cases import create_application, get_case
from att_desktop.services.consistency import precedents
from att_desktop.services.decisions import decide, get_licence
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.incidents import (
    IncidentInput,
    close_incident,
    incidents_for_case,
    list_incidents,
    record_incident,
    update_incident,
)
from att_desktop.services.my_work import my_work
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.reassessment import affected_licences, record_reassessment
from att_desktop.services.work_items import WorkReason
from tests.accounts_helpers import ADMIN_PASSWORD, make_user
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.factories import application, end_user
from tests.unit.assessment_cases import complete

TODAY = date(2026, 5, 4)


def licence_for(db: Database, party: str, destination: str = "NO") -> tuple[int, int, str]:
    """A case with ``party`` as end user, authorised: (case id, licence id, licence number)."""
    case = register(db, destination, parties=(end_user(party, destination),))
    assessed_and_completed(db, case.id, complete())
    detail = decide(db, case.id, authorise(db, case.id))
    lic = detail.licences[0]
    return case.id, lic.id, lic.number


def incident(**overrides: object) -> IncidentInput:
    base: dict[str, object] = {
        "kind": IncidentKind.DIVERSION,
        "source": IncidentSource.STATE_NOTIFICATION,
        "source_reference": "Note verbale 12/2026",
        "occurred_on": date(2026, 4, 20),
        "learned_on": date(2026, 5, 2),
        "description": "Rifles found with a non-State armed group.",
        "country_code": "NO",
    }
    base.update(overrides)
    return IncidentInput(**base)  # type: ignore[arg-type]


def test_an_incident_puts_its_licences_up_for_reassessment_until_reassessed(
    db: Database,
) -> None:
    case_id, lic_id, number = licence_for(db, "Nordic Defence Logistics AS")
    _, other_id, _ = licence_for(db, "Ministry of Interior")
    assert affected_licences(db, TODAY) == []

    view = record_incident(
        db,
        incident(
            licence_numbers=(number,),
            parties=(IncidentParty("Nordic Defence Logistics AS", "NO"),),
            items=(IncidentItem("Assault rifles", "VIII.SA.4"),),
            responses=(
                IncidentResponse(
                    ResponseKind.ENFORCEMENT_REFERRAL, date(2026, 5, 3), referred_to="Prosecutor"
                ),
            ),
            states_informed=(StateInformed("SE", date(2026, 5, 3), "ATT points of contact"),),
        ),
        today=TODAY,
    )
    assert view.number == "2026-1" and view.status is IncidentStatus.OPEN
    assert [(x.number, x.via, x.awaiting_reassessment) for x in view.licences] == [
        (number, "named", True)
    ]
    assert view.responses[0].referred_to == "Prosecutor"
    assert view.states_informed[0].channel == "ATT points of contact"

    listed = affected_licences(db, TODAY)
    assert [a.licence_id for a in listed] == [lic_id]  # not the Ministry of Interior's
    (reason,) = listed[0].reasons
    assert reason.key == f"incident:{view.id}" and reason.kind == "incident"
    assert "Incident 2026-1 (diversion" in reason.text
    assert other_id not in [a.licence_id for a in listed]

    # The case's history says so.
    history = get_case(db, case_id).history
    assert any(e.action == "incident_linked" and "2026-1" in e.summary for e in history)

    record_reassessment(db, lic_id, conclusion="End user re-verified.", on_date=TODAY)
    assert affected_licences(db, TODAY) == []
    assert list_incidents(db)[0].licences[0].awaiting_reassessment is False


def test_a_transliterated_party_name_finds_the_licence(db: Database) -> None:
    _, lic_id, _ = licence_for(db, "Vostok Trading LLC")
    licence_for(db, "Vostok Trading LLC", "SE")  # same name, another country: not matched
    view = record_incident(
        db,
        incident(parties=(IncidentParty("Восток Трейдинг", "NO"),), country_code="UA"),
        today=TODAY,
    )
    assert [(x.licence_id, x.via) for x in view.licences] == [(lic_id, "party")]
    assert "Vostok Trading LLC ~ Восток Трейдинг" in view.licences[0].matched
    assert [a.licence_id for a in affected_licences(db, TODAY)] == [lic_id]


def test_bad_input_is_refused_field_by_field(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        record_incident(
            db,
            incident(
                description=" ",
                country_code="XX",
                occurred_on=date(2026, 5, 3),
                learned_on=date(2026, 5, 2),
                licence_numbers=("NOPE-1",),
                parties=(IncidentParty("", "NO"),),
                items=(IncidentItem("Rifles", "X.9"),),
                responses=(
                    IncidentResponse(ResponseKind.ENFORCEMENT_REFERRAL, date(2026, 5, 3)),
                    IncidentResponse(ResponseKind.LICENCE_SUSPENDED, date(2026, 5, 3)),
                ),
                states_informed=(StateInformed("SE", date(2026, 6, 1), ""),),
            ),
            today=TODAY,
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {
        "description",
        "country_code",
        "occurred_on",
        "licence_numbers[0]",
        "parties[0].name",
        "items[0].att_category",
        "responses[0].referred_to",
        "responses[1].licence_number",
        "states_informed[0].informed_on",
        "states_informed[0].channel",
    }
    assert list_incidents(db) == []


def test_suspending_from_an_incident_needs_the_decide_right(db: Database) -> None:
    _, lic_id, number = licence_for(db, "Ministry of Defence")
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    officer = make_user(db, admin, "officer", Role.LICENSING_OFFICER)
    decider = make_user(db, admin, "decider", Role.DECIDING_AUTHORITY)
    suspend = IncidentResponse(ResponseKind.LICENCE_SUSPENDED, date(2026, 5, 3), number)

    with pytest.raises(PermissionDenied, match="only the deciding authority"):
        record_incident(db, incident(responses=(suspend,)), officer.actor, today=TODAY)
    assert list_incidents(db) == []  # nothing saved
    assert get_licence(db, lic_id).status is LicenceStatus.VALID

    view = record_incident(db, incident(), officer.actor, today=TODAY)
    with pytest.raises(PermissionDenied, match="only the deciding authority"):
        update_incident(
            db,
            view.id,
            incident(responses=(suspend,)),
            officer.actor,
            expected_version=view.version,
            today=TODAY,
        )
    done = update_incident(
        db,
        view.id,
        incident(responses=(suspend,)),
        decider.actor,
        expected_version=view.version,
        today=TODAY,
    )
    assert get_licence(db, lic_id).status is LicenceStatus.SUSPENDED
    assert [x.number for x in done.licences] == [number]
    assert affected_licences(db, TODAY) == []  # a suspended licence is no longer listed

    closed = close_incident(
        db, view.id, "Licence suspended; referred.", decider.actor, expected_version=done.version
    )
    assert closed.status is IncidentStatus.CLOSED
    assert list_incidents(db, open_only=True) == []
    with pytest.raises(ServiceError, match="changed by someone else"):
        close_incident(db, view.id, "Again", decider.actor, expected_version=view.version)

    # The history vouches for the incident's rows (Article 12): a change behind the app's
    # back is found.
    report = verify_all(db)
    assert report.ok, [str(p) for p in report.problems]
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE incidents SET country_code = 'SE' WHERE id = :id"), {"id": view.id}
        )
    problems = [str(p) for p in verify_all(db).problems]
    assert any(f"incidents row {view.id}" in p for p in problems), problems


def test_my_work_and_the_like_cases_panel_show_the_incident(db: Database) -> None:
    case_id, _, number = licence_for(db, "Kadhafi Security Services")
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    decider = make_user(db, admin, "decider", Role.DECIDING_AUTHORITY)
    officer = make_user(db, admin, "officer", Role.LICENSING_OFFICER)
    view = record_incident(
        db,
        incident(
            licence_numbers=(number,),
            parties=(IncidentParty("Qadhafi Security Services", "NO"),),
        ),
        officer.actor,
        today=TODAY,
    )
    waiting = [w for w in my_work(db, decider) if w.reason is WorkReason.REASSESSMENT_AWAITED]
    assert [(w.application_id, w.detail) for w in waiting] == [
        (case_id, f"Licence {number}: incident {view.number}")
    ]
    assert not [w for w in my_work(db, officer) if w.reason is WorkReason.REASSESSMENT_AWAITED]

    new = create_application(
        db,
        application(parties=(end_user("Kaddafi Security Services", "NO"),)),
        actor=officer.actor,
    )
    (match,) = incidents_for_case(db, new.id)
    assert match.incident.number == view.number
    assert match.parties_matched == ("Kaddafi Security Services ~ Qadhafi Security Services",)
    assert match.same_destination and not match.linked
    assert [m.incident.id for m in precedents(db, new.id).incidents] == [view.id]
    elsewhere = create_application(
        db,
        application(destination_code="SE", parties=(end_user("Someone Else", "SE"),)),
        actor=officer.actor,
    )
    assert incidents_for_case(db, elsewhere.id) == []
