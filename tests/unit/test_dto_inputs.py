"""A recorded line or party back as an editable input: one function each, every field kept."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from att_desktop.domain.application import LineItemInput, PartyInput
from att_desktop.domain.enums import NotReportableReason, PartyRole, PartyType
from att_desktop.services.dto import LineItemView, PartyView, line_item_input, party_input


def test_a_line_view_becomes_the_input_it_was_recorded_from() -> None:
    recorded = LineItemInput(
        description="Assault rifle",
        quantity=Decimal("150"),
        att_category="VIII.SA.4",
        not_reportable_reason=NotReportableReason.AMMUNITION,
        model="AR-556",
        control_rating="ML1.a",
        unit="rounds",
        value=Decimal("345000.50"),
        currency="EUR",
        origin_code="BE",
        withheld=True,
        withheld_reason="National security",
        report_comment="Intergovernmental",
    )
    # Every field differs from its default, so a field left out would show.
    assert all(getattr(recorded, f.name) != f.default for f in fields(LineItemInput))
    view = LineItemView(
        id=9, line_no=1, **{f.name: getattr(recorded, f.name) for f in fields(recorded)}
    )
    assert line_item_input(view) == recorded


def test_a_party_view_becomes_its_input() -> None:
    view = PartyView(
        id=3,
        role=PartyRole.END_USER,
        party_type=PartyType.GOVERNMENT,
        name="Ministry of Defence",
        country_code="BR",
        address="Esplanada dos Ministérios",
    )
    assert party_input(view) == PartyInput(
        PartyRole.END_USER,
        PartyType.GOVERNMENT,
        "Ministry of Defence",
        "BR",
        "Esplanada dos Ministérios",
    )
