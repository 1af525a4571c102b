"""The small register with known numbers that the annual report tests (db and GUI) share.

The register (report year 2025, report currency EUR, a recorded USD rate of 0.90, no GBP
rate):

- EXP/1 to Brazil, licence of 10 March 2025: 100 assault rifles (125,000 EUR), 50,000
  cartridges (ammunition: never reported), 10 mortars < 75 mm (40,000 USD = 36,000 EUR);
  shipped 5 May 2025: 60 rifles (75,000 EUR) and 20,000 cartridges.
- EXP/2 to Norway via Denmark, licence of 1 June 2025 revoked later (still authorised in
  2025): 4 armoured combat vehicles made in Germany (2,000,000 EUR) and 6 MANPADS
  withheld as national-security information.
- EXP/3 to the United States, civilian end user, licence of 1 September 2025: 30 pistols
  at 12,000 GBP (no rate: counted, value left out, an error finding).
- EXP/4 to Brazil, licence of 15 November 2024 for 200 rifles: 100 shipped 10 December
  2024 and 120 on 20 January 2025 (over the licence: a warning).
- EXP/5 to North Korea: denied. EXP/6: a line with no category (an error finding).
- IMP/1 from Germany, licence of 2024: nothing to report for 2025 (a nil imports table).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Decision,
    Licence,
    LicenceLine,
    LineItem,
    Organisation,
    Party,
    TransitState,
)
from att_desktop.domain.enums import (
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    NotReportableReason,
    OrganisationKind,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.i18n import translate
from att_desktop.services.decisions import set_authority_country
from att_desktop.services.reporting import set_exchange_rate
from att_desktop.services.shipments import ShipmentInput, ShipmentLineInput, record_shipment

YEAR = 2025

Item = tuple[str | None, str, int, str | None, str]  # category, description, qty, value, currency


class Register:
    """Ids of what ``build`` created, for the tests to refer to."""

    licences: dict[str, int]
    lines: dict[tuple[str, int], int]

    def __init__(self) -> None:
        self.licences = {}
        self.lines = {}


def _case(
    session: Any,
    reg: Register,
    ref: str,
    destination: str,
    items: list[dict[str, Any]],
    *,
    transfer: TransferType = TransferType.EXPORT,
    exporting: str = "",
    status: CaseStatus = CaseStatus.AUTHORISED,
    end_user: PartyType = PartyType.GOVERNMENT,
    transit: tuple[str, ...] = (),
    licence: tuple[str, date, LicenceStatus] | None = None,
    deny: bool = True,
) -> Application:
    org = session.scalars(select(Organisation)).first()
    if org is None:
        org = Organisation(name="Nordic Arms AS", kind=OrganisationKind.EXPORTER, country_code="SE")
        session.add(org)
        session.flush()
    app = Application(
        reference=ref,
        year=2025,
        transfer_type=transfer,
        status=status,
        applicant_id=org.id,
        destination_code=destination,
        exporting_code=exporting,
        received_on=date(2024, 10, 1),
    )
    session.add(app)
    session.flush()
    session.add(
        Party(
            application_id=app.id,
            role=PartyRole.END_USER,
            party_type=end_user,
            name="End user",
            country_code=destination,
        )
    )
    for i, code in enumerate(transit):
        session.add(TransitState(application_id=app.id, country_code=code, position=i))
    rows = []
    for n, spec in enumerate(items, start=1):
        row = LineItem(
            application_id=app.id,
            line_no=n,
            description=spec["description"],
            att_category=spec.get("category"),
            not_reportable_reason=spec.get("reason"),
            quantity=Decimal(spec["quantity"]),
            value=Decimal(spec["value"]) if spec.get("value") is not None else None,
            currency=spec.get("currency", "EUR"),
            origin_code=spec.get("origin", ""),
            withheld=spec.get("withheld", False),
            withheld_reason=spec.get("withheld_reason", ""),
            control_rating=spec.get("rating", "ML1"),
        )
        session.add(row)
        rows.append(row)
    session.flush()
    if status is CaseStatus.DENIED and deny:
        session.add(
            Decision(
                application_id=app.id,
                outcome=DecisionOutcome.DENY,
                decided_on=date(2025, 4, 1),
                rationale="Article 6(1): UN arms embargo.",
            )
        )
    if licence is not None:
        number, issued, lic_status = licence
        lic = Licence(
            application_id=app.id,
            number=number,
            issued_on=issued,
            valid_from=issued,
            valid_until=date(issued.year + 1, 12, 31),
            status=lic_status,
        )
        session.add(lic)
        session.flush()
        reg.licences[ref] = lic.id
        for n, row in enumerate(rows, start=1):
            line = LicenceLine(
                licence_id=lic.id,
                line_item_id=row.id,
                quantity=row.quantity,
                value=row.value,
                currency=row.currency if row.value is not None else "",
            )
            session.add(line)
            session.flush()
            reg.lines[(ref, n)] = line.id
    return app


def build(db: Database) -> Register:
    reg = Register()
    set_authority_country(db, "SE")
    with db.session() as s:
        _case(
            s,
            reg,
            "EXP/1",
            "BR",
            [
                {
                    "category": "VIII.SA.4",
                    "description": "Assault rifle 5.56 mm",
                    "quantity": 100,
                    "value": "125000",
                },
                {
                    "reason": NotReportableReason.AMMUNITION,
                    "description": "Cartridges 5.56 mm",
                    "quantity": 50000,
                    "value": "30000",
                    "rating": "ML3",
                },
                {
                    "category": "VIII.LW.6",
                    "description": "Mortar 60 mm",
                    "quantity": 10,
                    "value": "40000",
                    "currency": "USD",
                },
            ],
            licence=("LIC/2025/00001", date(2025, 3, 10), LicenceStatus.VALID),
        )
        _case(
            s,
            reg,
            "EXP/2",
            "NO",
            [
                {
                    "category": "II",
                    "description": "Armoured personnel carrier",
                    "quantity": 4,
                    "value": "2000000",
                    "origin": "DE",
                },
                {
                    "category": "VII.b",
                    "description": "MANPADS",
                    "quantity": 6,
                    "value": "900000",
                    "withheld": True,
                    "withheld_reason": "national security",
                },
            ],
            transit=("DK",),
            licence=("LIC/2025/00002", date(2025, 6, 1), LicenceStatus.REVOKED),
        )
        _case(
            s,
            reg,
            "EXP/3",
            "US",
            [
                {
                    "category": "VIII.SA.1",
                    "description": "Pistol 9 mm",
                    "quantity": 30,
                    "value": "12000",
                    "currency": "GBP",
                }
            ],
            end_user=PartyType.COMMERCIAL,
            licence=("LIC/2025/00003", date(2025, 9, 1), LicenceStatus.VALID),
        )
        _case(
            s,
            reg,
            "EXP/4",
            "BR",
            [
                {
                    "category": "VIII.SA.2",
                    "description": "Rifle 7.62 mm",
                    "quantity": 200,
                    "value": "50000",
                }
            ],
            licence=("LIC/2024/00009", date(2024, 11, 15), LicenceStatus.VALID),
        )
        _case(
            s,
            reg,
            "EXP/5",
            "KP",
            [{"category": "I", "description": "Battle tank", "quantity": 2, "value": "9000000"}],
            status=CaseStatus.DENIED,
        )
        _case(
            s,
            reg,
            "EXP/6",
            "BR",
            [{"description": "Night sight", "quantity": 5, "value": "5000"}],
            licence=("LIC/2025/00004", date(2025, 2, 1), LicenceStatus.VALID),
        )
        _case(
            s,
            reg,
            "IMP/1",
            "SE",
            [
                {
                    "category": "VIII.SA.2",
                    "description": "Sniper rifle",
                    "quantity": 12,
                    "value": "60000",
                }
            ],
            transfer=TransferType.IMPORT,
            exporting="DE",
            licence=("LIC/2024/00010", date(2024, 5, 1), LicenceStatus.VALID),
        )
    set_exchange_rate(db, YEAR, "usd", "eur", Decimal("0.90"), "Central bank average 2025")
    return reg


def ship(
    db: Database, reg: Register, ref: str, on: date, customs: str, *lines: Any, ack: bool = True
) -> Any:
    inp = ShipmentInput(
        on,
        customs,
        tuple(
            ShipmentLineInput(reg.lines[(ref, n)], Decimal(q), Decimal(v), "EUR")
            for n, q, v in lines
        ),
    )
    return record_shipment(db, reg.licences[ref], inp, acknowledge_warnings=ack)


def build_with_shipments(db: Database) -> Register:
    reg = build(db)
    assert ship(db, reg, "EXP/4", date(2024, 12, 10), "C-2412", (1, 100, 25000)).warnings == ()
    first = ship(db, reg, "EXP/4", date(2025, 1, 20), "C-2501", (1, 120, 30000), ack=False)
    assert not first.saved
    assert tuple(translate(w, "en") for w in first.warnings) == (
        "Licence LIC/2024/00009, line 1 ('Rifle 7.62 mm'): 220 pcs shipped in all, 200 "
        "licensed (20 over).",
        "Licence LIC/2024/00009, line 1: 55000 EUR shipped in all, 50000 EUR licensed.",
    )
    assert ship(db, reg, "EXP/4", date(2025, 1, 20), "C-2501", (1, 120, 30000)).saved
    assert ship(db, reg, "EXP/1", date(2025, 5, 5), "C-2505", (1, 60, 75000), (2, 20000, 12000))
    return reg
