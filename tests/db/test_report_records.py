"""Import authorisations and actual imports feeding the Imports table; the reporting calendar;
the licence look-up the shipment dialog uses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.application import LineItemInput, OrganisationInput, PartyInput
from att_desktop.domain.enums import (
    LicenceStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
)
from att_desktop.domain.reporting import Basis, ReportOptions
from att_desktop.domain.reporting.calendar import Milestone, ReportStatus
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.imports import (
    ImportAuthorisationInput,
    list_import_authorisations,
    record_import_authorisation,
)
from att_desktop.services.report_calendar import get_calendar, set_calendar
from att_desktop.services.reporting import collect
from att_desktop.services.shipments import (
    ShipmentInput,
    ShipmentLineInput,
    find_licences,
    licence_for_shipment,
    record_shipment,
)


def _import(db: Database, **kw: object) -> object:
    base: dict[str, object] = {
        "importer": OrganisationInput("National Police", "SE"),
        "exporting_code": "DE",
        "importing_code": "SE",
        "end_user": PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, "National Police", "SE"),
        "items": (
            LineItemInput(
                "Pistol 9 mm",
                Decimal(200),
                att_category="VIII.SA.1",
                control_rating="ML1",
                value=Decimal(80000),
                currency="EUR",
                origin_code="AT",
            ),
            LineItemInput(
                "Cartridges 9 mm",
                Decimal(100000),
                not_reportable_reason=NotReportableReason.AMMUNITION,
                control_rating="ML3",
                value=Decimal(20000),
                currency="EUR",
            ),
        ),
        "issued_on": date(2025, 11, 3),
        "valid_until": date(2026, 11, 2),
    }
    base.update(kw)
    return record_import_authorisation(db, ImportAuthorisationInput(**base))  # type: ignore[arg-type]


def test_import_authorisation_and_actual_import_fill_the_imports_table(db: Database) -> None:
    view = _import(db)
    assert view.licence_number == "IL/2025/00001"  # type: ignore[attr-defined]
    assert [v.licence_number for v in list_import_authorisations(db, 2025)] == ["IL/2025/00001"]
    assert list_import_authorisations(db, 2024) == ()

    authorised = collect(db, ReportOptions(year=2025, reporting_state="SE"))
    rows = [
        (r.category, r.counterpart, r.number_of_items, r.value, r.origins)
        for r in authorised.imports.rows
    ]
    assert rows == [("VIII.SA.1", "DE", Decimal(200), Decimal("80000.00"), ("AT",))]
    assert authorised.exports.nil and not authorised.imports.nil

    licence = licence_for_shipment(db, view.licence_id)  # type: ignore[attr-defined]
    assert licence.transfer_type == "import" and licence.counterpart == "DE"
    assert [(ln.line_no, ln.remaining_quantity) for ln in licence.lines] == [
        (1, Decimal(200)),
        (2, Decimal(100000)),
    ]
    pistols = licence.lines[0].licence_line_id
    result = record_shipment(
        db,
        licence.licence_id,
        ShipmentInput(
            date(2026, 1, 12),
            "IMP-MRN-1",
            (ShipmentLineInput(pistols, Decimal(150), Decimal(60000), "EUR"),),
        ),
    )
    assert result.saved and result.warnings == ()
    assert licence_for_shipment(db, licence.licence_id).lines[0].shipped_quantity == 150
    actual_2025 = collect(db, ReportOptions(year=2025, imports_basis=Basis.ACTUAL))
    assert actual_2025.imports.nil  # imported in January 2026: next year's actual imports
    actual_2026 = collect(db, ReportOptions(year=2026, imports_basis=Basis.ACTUAL))
    assert [(r.counterpart, r.number_of_items) for r in actual_2026.imports.rows] == [
        ("DE", Decimal(150))
    ]
    found = find_licences(db, "IL/2025")
    assert [f.number for f in found] == ["IL/2025/00001"]
    assert found[0].status is LicenceStatus.VALID
    assert find_licences(db, "nothing-like-this") == ()


def test_import_authorisation_is_checked_before_saving(db: Database) -> None:
    with pytest.raises(ValidationFailed, match="ends before it is issued"):
        _import(db, valid_until=date(2025, 1, 1))
    with pytest.raises(ValidationFailed):
        _import(db, exporting_code="")
    assert list_import_authorisations(db) == ()
    _import(db, number="NAT-IMP-7")
    with pytest.raises(ValidationFailed, match="NAT-IMP-7 is taken"):
        _import(db, number="NAT-IMP-7")


def test_reporting_calendar_defaults_edits_and_checks(db: Database) -> None:
    view = get_calendar(db, 2025, today=date(2026, 5, 1))
    assert view.due == date(2026, 5, 31) and view.days_left == 30
    assert view.status is ReportStatus.NOT_STARTED and not view.overdue
    assert [(m.milestone, m.due) for m in view.milestones] == [
        (Milestone.COLLECT_DATA, date(2026, 3, 31)),
        (Milestone.INTERAGENCY_CHECK, date(2026, 4, 30)),
        (Milestone.SIGN_OFF, date(2026, 5, 20)),
    ]
    assert view.milestones[0].overdue and view.next_milestone is view.milestones[0]

    deadlines = {
        Milestone.COLLECT_DATA: date(2026, 2, 15),
        Milestone.INTERAGENCY_CHECK: date(2026, 4, 1),
        Milestone.SIGN_OFF: date(2026, 5, 15),
    }
    set_calendar(db, 2025, deadlines, ReportStatus.INTERAGENCY_CHECK)
    saved = get_calendar(db, 2025, today=date(2026, 6, 2))
    assert [m.due for m in saved.milestones] == list(deadlines.values())
    assert [m.done for m in saved.milestones] == [True, False, False]
    assert saved.overdue and saved.days_left == -2
    with pytest.raises(ValidationFailed, match="on or before the due date"):
        set_calendar(
            db, 2025, {**deadlines, Milestone.SIGN_OFF: date(2026, 6, 1)}, ReportStatus.SIGNED_OFF
        )
    with pytest.raises(ValidationFailed, match="before the previous step"):
        set_calendar(
            db,
            2025,
            {**deadlines, Milestone.INTERAGENCY_CHECK: date(2026, 1, 1)},
            ReportStatus.SIGNED_OFF,
        )
    assert get_calendar(db, 2025).status is ReportStatus.INTERAGENCY_CHECK
    submitted = set_calendar(db, 2025, deadlines, ReportStatus.SUBMITTED, today=date(2026, 7, 1))
    assert not submitted.overdue and submitted.next_milestone is None
