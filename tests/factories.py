"""Small builders for test data; each test states only what it cares about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
)
from att_desktop.domain.enums import NotReportableReason, PartyRole, PartyType, TransferType


def item(**overrides: Any) -> LineItemInput:
    base = LineItemInput(
        description="Assault rifle, 5.56 mm",
        quantity=Decimal(100),
        att_category="VIII.SA.4",
        model="AR-15X",
        control_rating="ML1",
        value=Decimal("125000.00"),
        currency="EUR",
    )
    return replace(base, **overrides)


def ammunition(**overrides: Any) -> LineItemInput:
    base = item(
        description="Cartridges 5.56 x 45 mm",
        att_category=None,
        not_reportable_reason=NotReportableReason.AMMUNITION,
        control_rating="ML3",
        quantity=Decimal(50000),
        value=Decimal("30000"),
    )
    return replace(base, **overrides)


def end_user(name: str = "Ministry of Defence", country: str = "NO", **kw: Any) -> PartyInput:
    return PartyInput(
        role=kw.pop("role", PartyRole.END_USER),
        party_type=kw.pop("party_type", PartyType.GOVERNMENT),
        name=name,
        country_code=country,
        **kw,
    )


def application(**overrides: Any) -> ApplicationInput:
    base = ApplicationInput(
        transfer_type=TransferType.EXPORT,
        applicant=OrganisationInput(name="Nordic Arms AS", country_code="SE"),
        destination_code="NO",
        received_on=date(2026, 3, 2),
        parties=(end_user(),),
        items=(item(),),
        intended_end_use="Equipment of the armed forces",
    )
    return replace(base, **overrides)
