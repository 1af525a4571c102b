"""A register with known numbers for the EU annual report (issue 16), year 2025, EUR.

Exports (licences issued in 2025, shipments in 2025, denials decided in 2025):
- E1 to Brazil, licence 10 March 2025: ML1.a rifles 125,000 EUR; ML3.a cartridges 30,000 EUR;
  ML2.a mortars 40,000 USD (rate 0.90: 36,000 EUR). Shipped 5 May: 75,000 + 12,000 EUR.
- E2 to Brazil, licence 1 July 2025: ML1 pistols 10,000 EUR.
- E3 to Norway, licence 1 June 2025: ML6.a carriers 2,000,000 EUR.
- E4 to Brazil, licence of 2024 (not counted), shipped 20 January 2025: ML1.a 60,000 EUR.
- D1 to North Korea, denied 1 April 2025: ML1.a and ML4.a, criteria 1 and 7.
- D2 to North Korea, denied 1 August 2025: ML1, criterion 1.
- D3 to Brazil, denied 1 December 2024 (not counted).
Brokering: B1 to Brazil, licence 1 February 2025: ML10.c 500,000 EUR; B2 to Yemen, denied
1 September 2025: ML4, criteria 2, 4 and 7.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from att_desktop.db.engine import Database
from att_desktop.db.models import Decision, LicenceLine, Shipment, ShipmentLine
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, LicenceStatus, TransferType
from att_desktop.services.decisions import set_authority_country
from att_desktop.services.reporting import set_exchange_rate
from tests.report_register import Register, _case

YEAR = 2025
EU_SET = "eu-cp-2008-944"


def _item(rating: str, value: str, currency: str = "EUR", qty: int = 1) -> dict[str, Any]:
    return {
        "category": "VIII.SA.2",
        "description": f"Item {rating}",
        "quantity": qty,
        "value": value,
        "currency": currency,
        "rating": rating,
    }


def _deny(
    s: Any,
    reg: Register,
    ref: str,
    dest: str,
    ratings: list[str],
    on: date,
    codes: list[str],
    transfer: TransferType = TransferType.EXPORT,
) -> None:
    """A denied case; its decision cites ``codes`` of the EU set (decisions are never updated,
    so the row is written here rather than by ``_case``)."""
    items = [_item(r, "1000") for r in ratings]
    app = _case(s, reg, ref, dest, items, status=CaseStatus.DENIED, transfer=transfer, deny=False)
    s.add(
        Decision(
            application_id=app.id,
            outcome=DecisionOutcome.DENY,
            decided_on=on,
            rationale="Denied.",
            denial_criteria={"set": EU_SET, "codes": codes} if codes else {},
        )
    )
    s.flush()


def _ship(s: Any, reg: Register, ref: str, on: date, lines: list[tuple[int, str]]) -> None:
    shipment = Shipment(licence_id=reg.licences[ref], shipped_on=on, customs_reference=ref)
    s.add(shipment)
    s.flush()
    for n, value in lines:
        line = s.get(LicenceLine, reg.lines[(ref, n)])
        s.add(
            ShipmentLine(
                shipment_id=shipment.id,
                licence_line_id=line.id,
                quantity=Decimal(1),
                value=Decimal(value),
                currency="EUR",
            )
        )


def build(db: Database) -> Register:
    reg = Register()
    set_authority_country(db, "SE")
    valid = LicenceStatus.VALID
    with db.session() as s:
        _case(
            s,
            reg,
            "E1",
            "BR",
            [_item("ML1.a", "125000"), _item("ML3.a", "30000"), _item("ML2.a", "40000", "USD")],
            licence=("L1", date(2025, 3, 10), valid),
        )
        _case(s, reg, "E2", "BR", [_item("ML1", "10000")], licence=("L2", date(2025, 7, 1), valid))
        _case(
            s, reg, "E3", "NO", [_item("ML6.a", "2000000")], licence=("L3", date(2025, 6, 1), valid)
        )
        _case(
            s, reg, "E4", "BR", [_item("ML1.a", "60000")], licence=("L4", date(2024, 11, 15), valid)
        )
        _ship(s, reg, "E1", date(2025, 5, 5), [(1, "75000"), (2, "12000")])
        _ship(s, reg, "E4", date(2025, 1, 20), [(1, "60000")])
        _deny(s, reg, "D1", "KP", ["ML1.a", "ML4.a"], date(2025, 4, 1), ["1", "7"])
        _deny(s, reg, "D2", "KP", ["ML1"], date(2025, 8, 1), ["1"])
        _deny(s, reg, "D3", "BR", ["ML1"], date(2024, 12, 1), ["2"])
        _case(
            s,
            reg,
            "B1",
            "BR",
            [_item("ML10.c", "500000")],
            transfer=TransferType.BROKERING,
            licence=("L5", date(2025, 2, 1), valid),
        )
        _deny(
            s,
            reg,
            "B2",
            "YE",
            ["ML4"],
            date(2025, 9, 1),
            ["2", "4", "7"],
            transfer=TransferType.BROKERING,
        )
    set_exchange_rate(db, YEAR, "usd", "eur", Decimal("0.90"), "Central bank average 2025")
    return reg
