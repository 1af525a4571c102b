"""The annual report: extract the records in one short session, let the domain add them up.

What counts (see ``domain/reporting/rules.py`` for the rest):

- **Authorised** = licences *issued* in the calendar year, whatever their status today. A
  licence revoked or suspended later was still an authorisation granted that year, and
  Art. 13(3) asks for authorisations; the revocation shows in next year's records, not by
  rewriting this year's. Denied cases have no licence, so they never appear.
- **Actual** = shipments made in the year, whatever the year of their licence (a January
  shipment under last year's licence is this year's actual export).
- Exports are export-type cases (counterpart: the final importing State, the case's
  destination); imports are import-type cases (counterpart: the exporting State). Transit,
  trans-shipment and brokering cases are not in the Art. 13(3) tables.
- Small arms are "civilian" when the case's end user is not a government.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, extract, func, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    ExchangeRate,
    Licence,
    LicenceLine,
    LineItem,
    Party,
    Shipment,
    ShipmentLine,
    TransitState,
)
from att_desktop.domain.categories import load_categories
from att_desktop.domain.enums import PartyRole, TransferType
from att_desktop.domain.parties import CIVILIAN_TYPES
from att_desktop.domain.reporting import (
    AnnualReport,
    Basis,
    Direction,
    LicenceUsage,
    RecordLink,
    ReportableTransfer,
    ReportOptions,
    build_report,
)
from att_desktop.domain.reporting.aggregate import yearly_totals
from att_desktop.domain.reporting.template import load_regions, load_report_template
from att_desktop.domain.validation import FieldError, decimal_message
from att_desktop.i18n import msg
from att_desktop.services.anchoring import head_in
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.settings import get_setting

#: The authority's own State (set by ``decisions.set_authority_country``).
AUTHORITY_COUNTRY = "authority_country"
_DIRECTIONS = {TransferType.EXPORT: Direction.EXPORT, TransferType.IMPORT: Direction.IMPORT}


@dataclass(frozen=True)
class ExchangeRateView:
    id: int
    year: int
    currency: str
    report_currency: str
    rate: Decimal
    source: str


# --------------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class _CaseFacts:
    transit: tuple[str, ...]
    civilian: bool


def _civilian_end_user() -> ColumnElement[bool]:
    """The case's end users are known and all civilian (``CIVILIAN_TYPES``: companies and
    private persons, never a national or regional government nor a non-State armed group):
    the small arms they receive may be left out as civilian. One definition for the
    line-by-line reading and the charts."""
    end_user = (
        select(Party.id)
        .where(
            Party.application_id == Application.id,
            Party.role == PartyRole.END_USER,
            Party.superseded.is_(False),
        )
        .correlate(Application)
    )
    not_civilian = end_user.where(Party.party_type.not_in(sorted(CIVILIAN_TYPES)))
    return end_user.exists() & ~not_civilian.exists()


def _case_facts(session: Session, app_ids: Iterable[int]) -> dict[int, _CaseFacts]:
    ids = sorted(set(app_ids))
    if not ids:
        return {}
    transit: dict[int, list[str]] = defaultdict(list)
    for app_id, code in session.execute(
        select(TransitState.application_id, TransitState.country_code)
        .where(TransitState.application_id.in_(ids), TransitState.superseded.is_(False))
        .order_by(TransitState.application_id, TransitState.position)
    ):
        transit[app_id].append(code)
    civilian = {
        app_id: flag
        for app_id, flag in session.execute(
            select(Application.id, _civilian_end_user()).where(Application.id.in_(ids))
        )
    }
    return {i: _CaseFacts(tuple(transit[i]), bool(civilian.get(i))) for i in ids}


# The columns a reportable line needs, read as plain rows: loading whole ORM objects (and
# decoding each licence's JSON conditions) was most of the report's time at scale.
_ITEM_COLUMNS = (
    Application.id.label("app_id"),
    Application.reference,
    Application.transfer_type,
    Application.destination_code,
    Application.exporting_code,
    LineItem.id.label("item_id"),
    LineItem.line_no,
    LineItem.description,
    LineItem.model,
    LineItem.att_category,
    LineItem.not_reportable_reason,
    LineItem.origin_code,
    LineItem.withheld,
    LineItem.withheld_reason,
    LineItem.report_comment,
    LineItem.control_rating,
    LineItem.currency.label("item_currency"),
    Licence.id.label("licence_id"),
    Licence.number.label("licence_number"),
)


def _transfer(
    row: Row[*tuple[Any, ...]],
    facts: _CaseFacts,
    *,
    basis: Basis,
    on: date,
    quantity: Decimal,
    value: Decimal | None,
    currency: str,
    link: RecordLink,
) -> ReportableTransfer:
    direction = _DIRECTIONS[row.transfer_type]
    counterpart = row.destination_code if direction is Direction.EXPORT else row.exporting_code
    description = row.description + (f" ({row.model})" if row.model else "")
    return ReportableTransfer(
        direction=direction,
        basis=basis,
        on=on,
        category=row.att_category,
        not_reportable_reason=(
            row.not_reportable_reason.value if row.not_reportable_reason else None
        ),
        counterpart=(counterpart or "").upper(),
        description=description,
        quantity=quantity,
        value=value,
        currency=currency or ("" if value is None else row.item_currency),
        link=link,
        origin=row.origin_code,
        intermediate=facts.transit,
        withheld=row.withheld,
        withheld_reason=row.withheld_reason,
        comments=row.report_comment.strip(),
        civilian=facts.civilian,
        control_rating=row.control_rating,
    )


def _link(row: Row[*tuple[Any, ...]], kind: str, **extra: Any) -> RecordLink:
    """Where the report builder takes the person to fix a line (``_ITEM_COLUMNS``' ids)."""
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


def _authorised(session: Session, start: date, end: date) -> list[ReportableTransfer]:
    rows = session.execute(
        select(
            *_ITEM_COLUMNS,
            Licence.issued_on,
            LicenceLine.quantity,
            LicenceLine.value,
            LicenceLine.currency,
        )
        .select_from(Licence)
        .join(LicenceLine, LicenceLine.licence_id == Licence.id)
        .join(LineItem, LineItem.id == LicenceLine.line_item_id)
        .join(Application, Application.id == Licence.application_id)
        .where(
            Licence.issued_on >= start,
            Licence.issued_on <= end,
            Application.transfer_type.in_(list(_DIRECTIONS)),
            LicenceLine.quantity > 0,  # lines dropped by an amendment keep quantity zero
        )
        .order_by(Licence.issued_on, Licence.id, LicenceLine.id)
    ).all()
    facts = _case_facts(session, (r.app_id for r in rows))
    return [
        _transfer(
            r,
            facts[r.app_id],
            basis=Basis.AUTHORISED,
            on=r.issued_on,
            quantity=r.quantity,
            value=r.value,
            currency=r.currency,
            link=_link(r, "line_item"),
        )
        for r in rows
    ]


def actual_transfers(session: Session, start: date, end: date) -> list[ReportableTransfer]:
    """Every shipment line of the period as a transfer (the "actual" basis), for the ATT
    report and for the reports that count deliveries (UN Register, Wassenaar)."""
    rows = session.execute(
        select(
            *_ITEM_COLUMNS,
            Shipment.id.label("shipment_id"),
            Shipment.shipped_on,
            Shipment.customs_reference,
            ShipmentLine.quantity,
            ShipmentLine.value,
            ShipmentLine.currency,
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
            Application.transfer_type.in_(list(_DIRECTIONS)),
        )
        .order_by(Shipment.shipped_on, Shipment.id, ShipmentLine.id)
    ).all()
    facts = _case_facts(session, (r.app_id for r in rows))
    return [
        _transfer(
            r,
            facts[r.app_id],
            basis=Basis.ACTUAL,
            on=r.shipped_on,
            quantity=r.quantity,
            value=r.value,
            currency=r.currency,
            link=_link(
                r,
                "shipment",
                shipment_id=r.shipment_id,
                customs_reference=r.customs_reference,
            ),
        )
        for r in rows
    ]


def _usages(session: Session, year: int) -> list[LicenceUsage]:
    """Licence lines shipped against in ``year``, with everything shipped up to its end.

    One grouped query: the old way asked once per licence line, which grew with the square
    of the register."""
    end = date(year, 12, 31)
    in_year = (
        select(ShipmentLine.licence_line_id)
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .where(Shipment.shipped_on >= date(year, 1, 1), Shipment.shipped_on <= end)
    )
    lines = session.execute(
        select(
            *_ITEM_COLUMNS,
            LicenceLine.id.label("line_id"),
            LicenceLine.quantity,
            LicenceLine.value,
            LicenceLine.currency,
        )
        .select_from(LicenceLine)
        .join(Licence, Licence.id == LicenceLine.licence_id)
        .join(LineItem, LineItem.id == LicenceLine.line_item_id)
        .join(Application, Application.id == Licence.application_id)
        .where(LicenceLine.id.in_(in_year))
        .order_by(Licence.id, LicenceLine.id)
    ).all()
    shipped_quantity: dict[int, Decimal] = defaultdict(Decimal)
    shipped_value: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for line_id, currency, quantity, value in session.execute(
        select(
            ShipmentLine.licence_line_id,
            ShipmentLine.currency,
            ShipmentLine.quantity,
            ShipmentLine.value,
        )
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .where(ShipmentLine.licence_line_id.in_(in_year), Shipment.shipped_on <= end)
    ):
        shipped_quantity[line_id] += quantity
        if value is not None:
            shipped_value[(line_id, currency)] += value
    return [
        LicenceUsage(
            link=_link(r, "licence_line"),
            description=r.description,
            licensed_quantity=r.quantity,
            shipped_quantity=shipped_quantity[r.line_id],
            licensed_value=r.value,
            shipped_value=(
                shipped_value.get((r.line_id, r.currency), Decimal(0))
                if r.value is not None
                else None
            ),
            currency=r.currency,
        )
        for r in lines
    ]


def _chart_records(
    session: Session, basis: Basis, first: int, last: int
) -> list[ReportableTransfer]:
    """Exported quantities per year, category, destination and civilian flag, added up in SQL.

    The charts count items by year, category and region only, so the years before the report
    year are never read line by line; each group stands in for its lines as one record.
    """
    start, end = date(first, 1, 1), date(last, 12, 31)
    if basis is Basis.AUTHORISED:
        on, quantity = Licence.issued_on, LicenceLine.quantity
        query = (
            select()
            .select_from(Licence)
            .join(LicenceLine, LicenceLine.licence_id == Licence.id)
            .where(LicenceLine.quantity > 0)
        )
    else:
        on, quantity = Shipment.shipped_on, ShipmentLine.quantity
        query = (
            select()
            .select_from(Shipment)
            .join(ShipmentLine, ShipmentLine.shipment_id == Shipment.id)
            .join(LicenceLine, LicenceLine.id == ShipmentLine.licence_line_id)
            .join(Licence, Licence.id == Shipment.licence_id)
        )
    year = extract("year", on).label("year")
    civilian = _civilian_end_user().label("civilian")
    keys = (year, LineItem.att_category, LineItem.withheld, Application.destination_code, civilian)
    rows = session.execute(
        query.add_columns(*keys, func.sum(quantity).label("quantity"))
        .join(LineItem, LineItem.id == LicenceLine.line_item_id)
        .join(Application, Application.id == Licence.application_id)
        .where(
            on >= start,
            on <= end,
            Application.transfer_type == TransferType.EXPORT,
            LineItem.att_category.is_not(None),
        )
        .group_by(*keys)
    ).all()
    return [
        ReportableTransfer(
            direction=Direction.EXPORT,
            basis=basis,
            on=date(int(r.year), 1, 1),
            category=r.att_category,
            not_reportable_reason=None,
            counterpart=(r.destination_code or "").upper(),
            description="",
            quantity=r.quantity or Decimal(0),
            value=None,
            currency="",
            link=RecordLink("line_item"),
            withheld=bool(r.withheld),
            civilian=bool(r.civilian),
        )
        for r in rows
    ]


def _rates(session: Session, year: int, report_currency: str) -> dict[str, Decimal]:
    return {
        r.currency: r.rate
        for r in session.scalars(
            select(ExchangeRate).where(
                ExchangeRate.year == year, ExchangeRate.report_currency == report_currency
            )
        )
    }


def collect(
    db: Database,
    options: ReportOptions,
    *,
    today: date | None = None,
    actor: Actor = LOCAL_OFFICER,
    permission: Permission = Permission.BUILD_REPORT,
) -> AnnualReport:
    """The annual report for ``options.year``: tables, annexes and findings to review.

    Reads everything in one short session and returns plain data (no ORM objects).
    ``permission``: the focal point builds it; the named approver freezes what they approve
    (``services.report_submission``) with APPROVE_REPORT.
    """
    currency = options.report_currency.strip().upper()
    start, end = date(options.year, 1, 1), date(options.year, 12, 31)
    bases = {options.exports_basis, options.imports_basis}
    charts = None
    with db.session() as session:
        authorize(session, actor, permission)
        state = options.reporting_state or get_setting(session, AUTHORITY_COUNTRY)
        options = replace(options, report_currency=currency, reporting_state=state.upper())
        # Only the basis a table asks for is read: the other would be computed for nothing.
        records: list[ReportableTransfer] = []
        if Basis.AUTHORISED in bases:
            records += _authorised(session, start, end)
        if Basis.ACTUAL in bases:
            records += actual_transfers(session, start, end)
        usages = _usages(session, options.year) if Basis.ACTUAL in bases else []
        rates = _rates(session, options.year, currency)
        if options.chart_years > 0:
            first = options.year - options.chart_years + 1
            chart_records = _chart_records(session, options.exports_basis, first, options.year)
        head = head_in(session)  # issue 13: the PDF prints the chain's head it was made from
    catalogue = load_categories()
    if options.chart_years > 0:
        charts = yearly_totals(
            chart_records,
            tuple(range(first, options.year + 1)),
            options.exports_basis,
            options,
            catalogue,
            load_regions(),
        )
    report = build_report(
        records,
        options,
        catalogue=catalogue,
        template=load_report_template(),
        rates=rates,
        usages=usages,
        today=today,
        charts=charts,
    )
    return replace(report, record_anchor=head.printed) if head is not None else report


# --------------------------------------------------------------------------- exchange rates


def _view(row: ExchangeRate) -> ExchangeRateView:
    return ExchangeRateView(
        row.id, row.year, row.currency, row.report_currency, row.rate, row.source
    )


def _currency_error(field: str, code: str) -> FieldError | None:
    if len(code) == 3 and code.isalpha() and code.isascii():
        return None
    return FieldError(field, msg("'{code}' is not a 3-letter ISO 4217 currency code", code=code))


def set_exchange_rate(
    db: Database,
    year: int,
    currency: str,
    report_currency: str,
    rate: Decimal,
    source: str,
    actor: Actor = LOCAL_OFFICER,
) -> ExchangeRateView:
    """Record (or correct) the rate used to convert ``currency`` in ``year``'s report.

    One unit of ``currency`` is worth ``rate`` units of ``report_currency``. The source
    (e.g. "Central bank annual average 2025") is kept so the conversion can be explained.
    """
    currency, report_currency = currency.strip().upper(), report_currency.strip().upper()
    errors = [
        e
        for e in (
            _currency_error("currency", currency),
            _currency_error("report_currency", report_currency),
        )
        if e is not None
    ]
    if currency == report_currency:
        errors.append(FieldError("currency", msg("a currency needs no rate into itself")))
    if not 1990 <= year <= 2100:
        errors.append(FieldError("year", msg("{year} is not a plausible report year", year=year)))
    problem = decimal_message(rate, allow_zero=False, what="rate")
    if problem:
        errors.append(FieldError("rate", problem))
    if not source.strip():
        errors.append(FieldError("source", msg("say where the rate comes from")))
    if errors:
        raise ValidationFailed(errors)
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        row = session.scalars(
            select(ExchangeRate).where(
                ExchangeRate.year == year,
                ExchangeRate.currency == currency,
                ExchangeRate.report_currency == report_currency,
            )
        ).first()
        before = {"rate": row.rate, "source": row.source} if row is not None else None
        if row is None:
            row = ExchangeRate(year=year, currency=currency, report_currency=report_currency)
            session.add(row)
        row.rate, row.source = rate, source.strip()
        session.flush()
        record_event(
            session,
            actor,
            entity="exchange_rate",
            entity_id=row.id,
            action="exchange_rate_set",
            summary=f"{year}: 1 {currency} = {rate} {report_currency}",
            before=before,
            after={
                "year": year,
                "currency": currency,
                "report_currency": report_currency,
                "rate": rate,
                "source": row.source,
            },
        )
        return _view(row)


def list_exchange_rates(db: Database, year: int | None = None) -> tuple[ExchangeRateView, ...]:
    """Recorded rates, newest year first, then by currency."""
    with db.session() as session:
        query = select(ExchangeRate).order_by(
            ExchangeRate.year.desc(), ExchangeRate.report_currency, ExchangeRate.currency
        )
        if year is not None:
            query = query.where(ExchangeRate.year == year)
        return tuple(_view(r) for r in session.scalars(query))


def currencies_in_year(db: Database, year: int) -> tuple[str, ...]:
    """Currencies of the values recorded on licences issued or shipments made in ``year``.

    The report builder lists them so each one can be given a rate before export.
    """
    start, end = date(year, 1, 1), date(year, 12, 31)
    with db.session() as session:
        licensed = session.scalars(
            select(func.distinct(LicenceLine.currency))
            .join(Licence, Licence.id == LicenceLine.licence_id)
            .where(Licence.issued_on >= start, Licence.issued_on <= end)
        ).all()
        shipped = session.scalars(
            select(func.distinct(ShipmentLine.currency))
            .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
            .where(Shipment.shipped_on >= start, Shipment.shipped_on <= end)
        ).all()
    return tuple(sorted({c for c in (*licensed, *shipped) if c}))
