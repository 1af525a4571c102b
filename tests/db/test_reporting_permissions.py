"""The reporting services refuse the wrong role themselves (issue 4 rules, issue 5 records).

The focal point builds the report and sets what it uses (exchange rates, contact point and
national definitions, the reporting calendar); a licensing officer or the focal point records
shipments and import authorisations; nobody signed in is refused once accounts exist.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.application import LineItemInput, OrganisationInput, PartyInput
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.domain.reporting.calendar import ReportStatus, default_deadlines
from att_desktop.domain.reporting.options import ContactPoint
from att_desktop.services import imports, report_calendar, report_settings, reporting, shipments
from att_desktop.services.dto import LOCAL_OFFICER, UserSession
from att_desktop.services.permissions import PermissionDenied
from tests.accounts_helpers import Committee, committee_db, committee_template

__all__ = ["committee_db", "committee_template"]  # fixtures used by name


@pytest.fixture
def db(committee_db: Database) -> Database:
    return committee_db


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def _not_focal(p: Committee) -> list[UserSession]:
    return [p.officer, p.decider, p.mfa_member, p.admin]


def test_report_settings_rates_and_calendar_are_the_focal_points(
    db: Database, people: Committee
) -> None:
    defaults = report_settings.ReportDefaults(ContactPoint(name="Ingrid Berg"), "EUR")
    deadlines = default_deadlines(2025)
    for who in _not_focal(people):
        with pytest.raises(PermissionDenied, match="focal point builds reports"):
            report_settings.save_report_defaults(db, defaults, actor=who.actor)
        with pytest.raises(PermissionDenied, match="focal point builds reports"):
            reporting.set_exchange_rate(
                db, 2025, "USD", "EUR", Decimal("0.9"), "Central bank", actor=who.actor
            )
        with pytest.raises(PermissionDenied, match="focal point builds reports"):
            report_calendar.set_calendar(
                db, 2025, deadlines, ReportStatus.COLLECTING, actor=who.actor
            )
    for call in (
        lambda: report_settings.save_report_defaults(db, defaults),
        lambda: report_calendar.set_calendar(db, 2025, deadlines, ReportStatus.COLLECTING),
    ):
        with pytest.raises(PermissionDenied, match="sign in first"):
            call()  # the default actor is anonymous
    assert report_settings.get_report_defaults(db) == report_settings.ReportDefaults()
    assert report_calendar.get_calendar(db, 2025).status is ReportStatus.NOT_STARTED

    focal = people.focal.actor
    report_settings.save_report_defaults(db, defaults, actor=focal)
    report_calendar.set_calendar(db, 2025, deadlines, ReportStatus.COLLECTING, actor=focal)
    reporting.set_exchange_rate(db, 2025, "USD", "EUR", Decimal("0.9"), "Central bank", focal)
    assert report_settings.get_report_defaults(db).contact.name == "Ingrid Berg"
    assert report_calendar.get_calendar(db, 2025).status is ReportStatus.COLLECTING
    assert [r.currency for r in reporting.list_exchange_rates(db, 2025)] == ["USD"]


def _authorisation(number: str) -> imports.ImportAuthorisationInput:
    return imports.ImportAuthorisationInput(
        importer=OrganisationInput("National Police", "SE"),
        exporting_code="DE",
        importing_code="SE",
        end_user=PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, "National Police", "SE"),
        items=(
            LineItemInput(
                "Pistol 9 mm",
                Decimal(20),
                att_category="VIII.SA.1",
                control_rating="ML1",
                value=Decimal(8000),
                currency="EUR",
            ),
        ),
        issued_on=date(2025, 3, 1),
        valid_until=date(2026, 3, 1),
        number=number,
    )


def test_import_authorisations_and_shipments_are_the_officers_or_the_focal_points(
    db: Database, people: Committee, tmp_path: Path
) -> None:
    for who in (people.decider, people.mfa_member, people.admin):
        with pytest.raises(PermissionDenied, match="records import authorisations"):
            imports.record_import_authorisation(db, _authorisation("IL-X"), actor=who.actor)
    with pytest.raises(PermissionDenied, match="sign in first"):
        imports.record_import_authorisation(db, _authorisation("IL-X"), actor=LOCAL_OFFICER)
    assert imports.list_import_authorisations(db) == ()

    by_officer = imports.record_import_authorisation(
        db, _authorisation("IL-1"), actor=people.officer.actor
    )
    by_focal = imports.record_import_authorisation(
        db, _authorisation("IL-2"), actor=people.focal.actor
    )
    assert {v.licence_number for v in imports.list_import_authorisations(db)} == {"IL-1", "IL-2"}

    line = shipments.licence_for_shipment(db, by_officer.licence_id).lines[0]
    inp = shipments.ShipmentInput(
        date(2025, 6, 1), "MRN-1", (shipments.ShipmentLineInput(line.licence_line_id, Decimal(5)),)
    )
    for who in (people.decider, people.mfa_member, people.admin):
        with pytest.raises(PermissionDenied, match="records shipments"):
            shipments.record_shipment(db, by_officer.licence_id, inp, actor=who.actor)
    customs = tmp_path / "customs.csv"
    customs.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity\nIL-2,1,2025-07-01,M-9,3\n",
        encoding="utf-8",
    )
    with pytest.raises(PermissionDenied, match="records shipments"):
        shipments.import_customs_file(db, customs, actor=people.admin.actor)
    assert shipments.record_shipment(
        db, by_officer.licence_id, inp, actor=people.officer.actor
    ).saved
    assert shipments.import_customs_file(db, customs, actor=people.focal.actor).shipment_ids
    shipped = shipments.licence_for_shipment(db, by_focal.licence_id).lines[0].shipped_quantity
    assert shipped == 3
