"""The EU annual report (Common Position 2008/944/CFSP, Art. 8) from the register.

Reads, in one short session, the licence lines issued in the year, the shipment lines
shipped in it, and the denials decided in it (export and brokering cases), and hands plain
records to ``domain.reporting.eu``. Values are converted into the report currency (EUR by
default) with the exchange rates the authority recorded for the year, never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Decision,
    ExchangeRate,
    Licence,
    LicenceLine,
    LineItem,
    Shipment,
    ShipmentLine,
)
from att_desktop.domain.control_list import load_eu_cml
from att_desktop.domain.enums import DecisionOutcome, TransferType
from att_desktop.domain.reporting.eu import EuDenial, EuLine, EuReport, build_eu_report
from att_desktop.domain.reporting.records import RecordLink
from att_desktop.services.anchoring import head_in
from att_desktop.services.criteria_sets import active_set_in
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import get_setting

_TYPES = (TransferType.EXPORT, TransferType.BROKERING)
_COLUMNS = (
    Application.id.label("app_id"),
    Application.reference,
    Application.transfer_type,
    Application.destination_code,
    LineItem.id.label("item_id"),
    LineItem.line_no,
    LineItem.control_rating,
    Licence.id.label("licence_id"),
    Licence.number.label("licence_number"),
)


def _line(
    row: Row[*tuple[Any, ...]], value: Decimal | None, currency: str, link: RecordLink
) -> EuLine:
    return EuLine(
        transfer_type=row.transfer_type.value,
        licence_id=row.licence_id,
        destination=row.destination_code or "",
        rating=row.control_rating,
        value=value,
        currency=currency,
        link=link,
    )


def _link(row: Row[*tuple[Any, ...]], kind: str, **extra: Any) -> RecordLink:
    return RecordLink(
        kind,
        application_id=row.app_id,
        reference=row.reference,
        line_item_id=row.item_id,
        line_no=row.line_no,
        licence_id=row.licence_id,
        licence_number=row.licence_number,
        **extra,
    )


def _licences(session: Session, start: date, end: date) -> list[EuLine]:
    rows = session.execute(
        select(*_COLUMNS, LicenceLine.value, LicenceLine.currency)
        .select_from(Licence)
        .join(LicenceLine, LicenceLine.licence_id == Licence.id)
        .join(LineItem, LineItem.id == LicenceLine.line_item_id)
        .join(Application, Application.id == Licence.application_id)
        .where(
            Licence.issued_on >= start,
            Licence.issued_on <= end,
            Application.transfer_type.in_(_TYPES),
            LicenceLine.quantity > 0,  # lines dropped by an amendment keep quantity zero
        )
        .order_by(Licence.issued_on, Licence.id, LicenceLine.id)
    ).all()
    return [_line(r, r.value, r.currency, _link(r, "line_item")) for r in rows]


def _shipments(session: Session, start: date, end: date) -> list[EuLine]:
    rows = session.execute(
        select(
            *_COLUMNS, Shipment.id.label("shipment_id"), ShipmentLine.value, ShipmentLine.currency
        )
        .select_from(Shipment)
        .join(ShipmentLine, ShipmentLine.shipment_id == Shipment.id)
        .join(LicenceLine, LicenceLine.id == ShipmentLine.licence_line_id)
        .join(Licence, Licence.id == Shipment.licence_id)
        .join(LineItem, LineItem.id == LicenceLine.line_item_id)
        .join(Application, Application.id == Licence.application_id)
        .where(
            Shipment.shipped_on >= start,
            Shipment.shipped_on <= end,
            Application.transfer_type.in_(_TYPES),
        )
        .order_by(Shipment.shipped_on, Shipment.id, ShipmentLine.id)
    ).all()
    return [
        _line(r, r.value, r.currency, _link(r, "shipment", shipment_id=r.shipment_id)) for r in rows
    ]


def _denials(session: Session, start: date, end: date) -> list[EuDenial]:
    denied = (
        Decision.outcome == DecisionOutcome.DENY,
        Decision.decided_on >= start,
        Decision.decided_on <= end,
        Application.transfer_type.in_(_TYPES),
    )
    decisions = session.execute(
        select(
            Decision.application_id,
            Decision.denial_criteria,
            Application.reference,
            Application.transfer_type,
            Application.destination_code,
        )
        .join(Application, Application.id == Decision.application_id)
        .where(*denied)
        .order_by(Decision.decided_on, Decision.id)
    ).all()
    # The cases as a subquery, not a list of ids: a year's denials never hit a bound limit.
    ids = (
        select(Decision.application_id)
        .join(Application, Application.id == Decision.application_id)
        .where(*denied)
    )
    references = {d.application_id: d.reference for d in decisions}
    items: dict[int, list[tuple[str, RecordLink]]] = defaultdict(list)
    for item in session.execute(
        select(LineItem.id, LineItem.application_id, LineItem.line_no, LineItem.control_rating)
        .where(LineItem.application_id.in_(ids), LineItem.superseded.is_(False))
        .order_by(LineItem.application_id, LineItem.line_no)
    ):
        ref = references[item.application_id]
        link = RecordLink(
            "line_item",
            application_id=item.application_id,
            reference=ref,
            line_item_id=item.id,
            line_no=item.line_no,
        )
        items[item.application_id].append((item.control_rating, link))
    latest = {d.application_id: d for d in decisions}  # a case denied twice counts once
    return [
        EuDenial(
            transfer_type=d.transfer_type.value,
            application_id=d.application_id,
            destination=d.destination_code or "",
            ratings=tuple(r for r, _ in items[d.application_id]),
            criteria=tuple((d.denial_criteria or {}).get("codes") or ()),
            link=RecordLink("application", application_id=d.application_id, reference=d.reference),
            item_links=tuple(link for _, link in items[d.application_id]),
        )
        for d in latest.values()
    ]


def _rates(session: Session, year: int, currency: str) -> dict[str, Decimal]:
    return {
        r.currency: r.rate
        for r in session.scalars(
            select(ExchangeRate).where(
                ExchangeRate.year == year, ExchangeRate.report_currency == currency
            )
        )
    }


def collect_eu_report(
    db: Database,
    year: int,
    *,
    currency: str = "EUR",
    today: date | None = None,
    actor: Actor = LOCAL_OFFICER,
) -> EuReport:
    """The EU annual report for ``year`` with its findings (each links to the record)."""
    currency = currency.strip().upper() or "EUR"
    start, end = date(year, 1, 1), date(year, 12, 31)
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        state = get_setting(session, "authority_country")
        active = active_set_in(session)
        licences = _licences(session, start, end)
        shipments = _shipments(session, start, end)
        denials = _denials(session, start, end)
        rates = _rates(session, year, currency)
        head = head_in(session)
    report = build_eu_report(
        year=year,
        licences=licences,
        shipments=shipments,
        denials=denials,
        cml=load_eu_cml(),
        currency=currency,
        rates=rates,
        reporting_state=state,
        criteria_set=(
            (active.set_id, active.title, active.codes()) if active is not None else ("", "", ())
        ),
        today=today,
    )
    if head is not None:
        report = replace(report, record_anchor=head.printed)
    return report
