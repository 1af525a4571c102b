"""The register the report-submission tests share (db and GUI): tests/report_register.py's
2025 register made free of errors, so it can be approved, and a licence added later."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select, update

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Licence, LicenceLine, LineItem, Organisation
from att_desktop.domain.enums import CaseStatus, LicenceStatus, TransferType
from att_desktop.domain.reporting import ReportOptions
from att_desktop.domain.reporting.options import ContactPoint
from att_desktop.services.reporting import set_exchange_rate
from tests.report_register import YEAR, build

OPTIONS = ReportOptions(
    year=YEAR,
    report_currency="EUR",
    contact=ContactPoint(name="Ingrid Berg", organisation="Export Control Authority"),
)


def clean_register(db: Database) -> None:
    """The shared 2025 register without its deliberate errors (done before any account
    exists, as the register's own builder is); the MANPADS line's withholding reason is
    blanked so a test can show it is required."""
    build(db)
    set_exchange_rate(db, YEAR, "GBP", "EUR", Decimal("1.15"), "Central bank average 2025")
    with db.session() as session:
        session.execute(
            update(LineItem)
            .where(LineItem.description == "Night sight")
            .values(att_category="VIII.SA.4")
        )
        session.execute(
            update(LineItem).where(LineItem.description == "MANPADS").values(withheld_reason="")
        )


def give_withholding_reason(db: Database) -> None:
    with db.session() as session:
        session.execute(
            update(LineItem)
            .where(LineItem.description == "MANPADS")
            .values(withheld_reason="national security")
        )


def add_authorised_case(db: Database) -> None:
    """A licence issued in the report's year after the report was sent (3 howitzers,
    category III, 3,000,000 EUR, to Norway)."""
    with db.session() as session:
        org = session.scalars(select(Organisation)).first()
        assert org is not None
        app = Application(
            reference="EXP/LATE",
            year=YEAR,
            transfer_type=TransferType.EXPORT,
            status=CaseStatus.AUTHORISED,
            applicant_id=org.id,
            destination_code="NO",
            exporting_code="",
            received_on=date(2025, 11, 1),
        )
        session.add(app)
        session.flush()
        line = LineItem(
            application_id=app.id,
            line_no=1,
            description="Howitzer 155 mm",
            att_category="III",
            quantity=Decimal(3),
            value=Decimal("3000000"),
            currency="EUR",
            control_rating="ML2",
        )
        lic = Licence(
            application_id=app.id,
            number="LIC/2025/00099",
            issued_on=date(2025, 12, 1),
            valid_from=date(2025, 12, 1),
            valid_until=date(2026, 12, 31),
            status=LicenceStatus.VALID,
        )
        session.add_all([line, lic])
        session.flush()
        session.add(
            LicenceLine(
                licence_id=lic.id,
                line_item_id=line.id,
                quantity=line.quantity,
                value=line.value,
                currency="EUR",
            )
        )
