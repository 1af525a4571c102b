from __future__ import annotations

from dataclasses import replace
from datetime import date

from att_desktop.db.engine import Database
from att_desktop.domain.application import OrganisationInput
from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.services import cases, register
from att_desktop.services.dto import RegisterFilter
from tests.factories import ammunition, application, end_user, item


def _fill(db: Database) -> dict[str, int]:
    made = {
        "old": cases.create_application(db, application(received_on=date(2024, 5, 1))).id,
        "tank": cases.create_application(
            db,
            application(
                destination_code="FR",
                items=(item(att_category="I", description="Main battle tank"),),
                parties=(end_user("Armée de Terre", "FR"),),
            ),
            status=CaseStatus.AUTHORISED,
        ).id,
        "ammo": cases.create_application(
            db,
            application(
                applicant=OrganisationInput(name="Munitions 100% Ltd", country_code="GB"),
                items=(ammunition(),),
                received_on=date(2026, 4, 1),
            ),
        ).id,
        "broker": cases.create_application(
            db, application(transfer_type=TransferType.BROKERING, received_on=date(2026, 1, 5))
        ).id,
    }
    return made


def test_register_is_newest_first_and_filters_combine(db: Database) -> None:
    made = _fill(db)
    all_ids = register.query_ids(db, RegisterFilter())
    assert all_ids[0] == made["ammo"]
    assert all_ids[-1] == made["old"]
    assert register.query_ids(db, RegisterFilter(year=2024)) == [made["old"]]
    assert register.query_ids(db, RegisterFilter(status=CaseStatus.AUTHORISED)) == [made["tank"]]
    assert register.query_ids(db, RegisterFilter(destination_code="FR")) == [made["tank"]]
    assert register.query_ids(db, RegisterFilter(category="I")) == [made["tank"]]
    assert set(register.query_ids(db, RegisterFilter(category="VIII"))) == {
        made["old"],
        made["broker"],
    }
    assert register.query_ids(
        db, RegisterFilter(transfer_type=TransferType.BROKERING, year=2026)
    ) == [made["broker"]]


def test_search_matches_reference_party_and_exporter(db: Database) -> None:
    made = _fill(db)
    assert register.query_ids(db, RegisterFilter(text="armée")) == [made["tank"]]
    assert register.query_ids(db, RegisterFilter(text="BRK/2026")) == [made["broker"]]
    # a % typed by the officer is a literal character, not a wildcard
    assert register.query_ids(db, RegisterFilter(text="100%")) == [made["ammo"]]
    assert register.query_ids(db, RegisterFilter(text="no such thing")) == []


def test_rows_come_back_in_the_order_asked(db: Database) -> None:
    made = _fill(db)
    ids = [made["tank"], made["old"]]
    rows = register.fetch_rows(db, ids)
    assert [r.id for r in rows] == ids
    assert rows[0].categories_summary == "I"
    assert rows[0].end_user_name == "Armée de Terre"
    assert rows[0].applicant_name == "Nordic Arms AS"


def test_facets_list_what_the_register_holds(db: Database) -> None:
    _fill(db)
    f = register.facets(db)
    assert f.years == (2026, 2024)
    assert f.destination_codes == ("FR", "NO")
    assert [name for _, name in f.applicants] == ["Munitions 100% Ltd", "Nordic Arms AS"]
    assert f.categories == ("I", "VIII.SA.4")


def test_edit_does_not_duplicate_register_rows(db: Database) -> None:
    made = _fill(db)
    case = cases.get_case(db, made["old"])
    cases.update_application(db, case, replace(case.to_input(), destination_code="DE"))
    assert register.query_ids(db, RegisterFilter(destination_code="DE")) == [made["old"]]
    assert len(register.query_ids(db, RegisterFilter())) == 4
