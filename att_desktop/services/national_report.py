"""The national (parliamentary) report and the Wassenaar half-yearly report, from the register.

National report, for a period (from-to dates, both included), export cases only:

- **authorised**: licences issued in the period (licence lines, licensed value);
- **denied**: denial decisions dated in the period (the case's line items, value applied for);
- **revoked** / **suspended**: licences revoked or suspended in the period, dated by the
  history event that recorded it (the licence's lines and value);
- **criterion**: what each criterion source returns per case. Today the treaty grounds cited
  on the denial (``treaty_grounds``); a national criteria set (EU Common Position criteria
  1-8) plugs in as another ``CriterionSource`` without touching the pivot.

Values are converted with the exchange rates the annual report uses (``ExchangeRate``), of the
year the licence was issued or the denial decided. Wassenaar: the actual exports of the half
year read exactly as the annual report reads them (``reporting.actual_transfers``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Decision,
    Event,
    ExchangeRate,
    Licence,
    LicenceLine,
    LineItem,
)
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.categories import load_categories
from att_desktop.domain.enums import DecisionOutcome, TransferType
from att_desktop.domain.reporting.pivot import (
    DecisionLine,
    Dimension,
    NationalReport,
    Outcome,
    build_pivot,
    national_findings,
    treaty_criterion,
)
from att_desktop.domain.reporting.records import RecordLink
from att_desktop.domain.reporting.wassenaar import (
    WassenaarReport,
    build_wassenaar,
    half_year,
    load_participating_states,
)
from att_desktop.services.anchoring import head_in
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.reporting import AUTHORITY_COUNTRY, actual_transfers
from att_desktop.services.settings import get_setting

#: Criteria cited per case: ``(session, application ids) -> {application id: codes}``.
CriterionSource = Callable[[Session, Sequence[int]], Mapping[int, tuple[str, ...]]]


def treaty_grounds(session: Session, application_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The treaty grounds cited on each case's denial, as report codes (``att:7(1)(b)(ii)``)."""
    out: dict[int, tuple[str, ...]] = {}
    ids = sorted(set(application_ids))
    for first in range(0, len(ids), _BATCH):  # bounded IN lists: a year may deny thousands
        for app_id, grounds in session.execute(
            select(Decision.application_id, Decision.grounds)
            .where(
                Decision.application_id.in_(ids[first : first + _BATCH]),
                Decision.outcome == DecisionOutcome.DENY,
            )
            .order_by(Decision.id)
        ):
            codes = [
                treaty_criterion(Ground.from_json(g)) for g in grounds or [] if isinstance(g, dict)
            ]
            out[app_id] = tuple(dict.fromkeys(codes))
    return out


def framework_criteria(
    session: Session, application_ids: Sequence[int]
) -> dict[int, tuple[str, ...]]:
    """The criteria of the authority's national framework (EU Common Position criteria 1-8,
    or a loaded national set) cited on each denial, as ``<set id>:<code>``."""
    out: dict[int, tuple[str, ...]] = {}
    ids = sorted(set(application_ids))
    for first in range(0, len(ids), _BATCH):
        for app_id, stored in session.execute(
            select(Decision.application_id, Decision.denial_criteria)
            .where(
                Decision.application_id.in_(ids[first : first + _BATCH]),
                Decision.outcome == DecisionOutcome.DENY,
            )
            .order_by(Decision.id)
        ):
            stored = stored or {}
            set_id = str(stored.get("set") or "")
            codes = tuple(f"{set_id}:{code}" for code in stored.get("codes") or ())
            if codes:
                out[app_id] = codes
            else:
                out.pop(app_id, None)
    return out


_BATCH = 900

#: The criterion sources by name; ``collect_national(criteria=...)`` picks among them: the
#: treaty's grounds ("att") and the national framework's criteria ("framework").
CRITERION_SOURCES: dict[str, CriterionSource] = {
    "att": treaty_grounds,
    "framework": framework_criteria,
}

_LINE_COLUMNS = (
    Application.id.label("app_id"),
    Application.reference,
    Application.destination_code,
    LineItem.id.label("item_id"),
    LineItem.line_no,
    LineItem.control_rating,
)


def _link(row: Any, **extra: Any) -> RecordLink:
    return RecordLink(
        "line_item",
        application_id=row.app_id,
        reference=row.reference,
        line_item_id=row.item_id,
        line_no=row.line_no,
        **extra,
    )


def _licence_lines(session: Session) -> Any:
    return (
        select(
            *_LINE_COLUMNS,
            Licence.id.label("licence_id"),
            Licence.number.label("licence_number"),
            Licence.issued_on,
            LicenceLine.quantity,
            LicenceLine.value,
            LicenceLine.currency,
        )
        .select_from(Licence)
        .join(LicenceLine, LicenceLine.licence_id == Licence.id)
        .join(LineItem, LineItem.id == LicenceLine.line_item_id)
        .join(Application, Application.id == Licence.application_id)
        .where(Application.transfer_type == TransferType.EXPORT, LicenceLine.quantity > 0)
        .order_by(Licence.issued_on, Licence.id, LicenceLine.id)
    )


def _line(row: Any, decision: str, outcome: Outcome, on: date, rate_year: int) -> DecisionLine:
    licence = {}
    if getattr(row, "licence_id", None) is not None:
        licence = {"licence_id": row.licence_id, "licence_number": row.licence_number}
    return DecisionLine(
        decision=decision,
        outcome=outcome,
        on=on,
        destination=(row.destination_code or "").upper(),
        rating=row.control_rating or "",
        criteria=(),
        quantity=row.quantity,
        value=row.value,
        currency=row.currency or "",
        link=_link(row, **licence),
        rate_year=rate_year,
    )


def _decision_lines(session: Session, start: date, end: date) -> list[DecisionLine]:
    """Authorisations, denials, revocations and suspensions of the period, line by line."""
    lines = [
        _line(r, f"licence:{r.licence_id}", Outcome.AUTHORISED, r.issued_on, r.issued_on.year)
        for r in session.execute(
            _licence_lines(session).where(Licence.issued_on >= start, Licence.issued_on <= end)
        )
    ]
    denials = session.execute(
        select(
            *_LINE_COLUMNS,
            Decision.id.label("decision_id"),
            Decision.decided_on,
            LineItem.quantity,
            LineItem.value,
            LineItem.currency,
        )
        .select_from(Decision)
        .join(Application, Application.id == Decision.application_id)
        .join(LineItem, LineItem.application_id == Application.id)
        .where(
            Decision.outcome == DecisionOutcome.DENY,
            Decision.decided_on >= start,
            Decision.decided_on <= end,
            Application.transfer_type == TransferType.EXPORT,
            LineItem.superseded.is_(False),
        )
        .order_by(Decision.decided_on, Decision.id, LineItem.line_no)
    )
    lines += [
        _line(r, f"denial:{r.decision_id}", Outcome.DENIED, r.decided_on, r.decided_on.year)
        for r in denials
    ]
    actions = {"licence_revoked": Outcome.REVOKED, "licence_suspended": Outcome.SUSPENDED}
    events = session.execute(
        select(Event.id, Event.entity_id, Event.action, Event.occurred_at).where(
            Event.entity == "licence",
            Event.action.in_(list(actions)),
            Event.occurred_at >= datetime.combine(start, time.min, tzinfo=UTC),
            Event.occurred_at <= datetime.combine(end, time.max, tzinfo=UTC),
        )
    ).all()
    by_licence: dict[int, list[Any]] = {}
    for r in session.execute(
        _licence_lines(session).where(Licence.id.in_({e.entity_id for e in events}))
    ):
        by_licence.setdefault(r.licence_id, []).append(r)
    for event in events:
        for r in by_licence.get(event.entity_id, []):
            lines.append(
                _line(
                    r,
                    f"{event.action}:{event.id}",
                    actions[event.action],
                    event.occurred_at.date(),
                    r.issued_on.year,
                )
            )
    return lines


def _rates(session: Session, years: set[int], currency: str) -> dict[tuple[int, str], Decimal]:
    if not years:
        return {}
    return {
        (r.year, r.currency): r.rate
        for r in session.scalars(
            select(ExchangeRate).where(
                ExchangeRate.year.in_(sorted(years)), ExchangeRate.report_currency == currency
            )
        )
    }


def collect_national(
    db: Database,
    start: date,
    end: date,
    *,
    rows: Sequence[Dimension] = (Dimension.DESTINATION, Dimension.RATING),
    columns: Sequence[Dimension] = (Dimension.OUTCOME,),
    report_currency: str = "EUR",
    criteria: Sequence[str] = ("att",),
    reporting_state: str = "",
    today: date | None = None,
    actor: Actor = LOCAL_OFFICER,
    sources: Mapping[str, CriterionSource] | None = None,
) -> NationalReport:
    """The period's decisions pivoted by ``rows`` × ``columns``, with findings to review.

    ``criteria`` names the criterion sources (``CRITERION_SOURCES``, or ``sources``) whose
    codes make the criterion dimension; a denial is counted under each criterion it cites.
    """
    if end < start:
        raise ValueError("the period ends before it starts")
    currency = report_currency.strip().upper()
    available = dict(CRITERION_SOURCES if sources is None else sources)
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        state = reporting_state or get_setting(session, AUTHORITY_COUNTRY)
        lines = _decision_lines(session, start, end)
        denied = [ln.link.application_id for ln in lines if ln.outcome is Outcome.DENIED]
        cited: dict[int, list[str]] = {}
        for name in criteria:
            for app_id, codes in available[name](session, [i for i in denied if i]).items():
                cited.setdefault(app_id, []).extend(codes)
        lines = [
            replace(ln, criteria=tuple(dict.fromkeys(cited.get(ln.link.application_id or 0, []))))
            if ln.outcome is Outcome.DENIED
            else ln
            for ln in lines
        ]
        rates = _rates(session, {ln.rate_year for ln in lines}, currency)
        head = head_in(session)
    pivot = build_pivot(lines, rows, columns, currency, rates)
    used = {
        (ln.rate_year, ln.currency.upper())
        for ln in lines
        if ln.value is not None and (ln.rate_year, ln.currency.upper()) in rates
    }
    return NationalReport(
        start=start,
        end=end,
        reporting_state=state.upper(),
        report_currency=currency,
        pivot=pivot,
        findings=national_findings(lines, currency, rates),
        criterion_sources=tuple(criteria),
        rates_used={k: rates[k] for k in sorted(used)},
        generated_on=today or date.today(),
        record_anchor=head.printed if head is not None else "",
        lines=tuple(lines),
    )


def collect_wassenaar(
    db: Database,
    year: int,
    half: int,
    *,
    reporting_state: str = "",
    today: date | None = None,
    actor: Actor = LOCAL_OFFICER,
) -> WassenaarReport:
    """The half year's deliveries to non-participating States, by category."""
    start, end = half_year(year, half)
    with db.session() as session:
        authorize(session, actor, Permission.BUILD_REPORT)
        state = reporting_state or get_setting(session, AUTHORITY_COUNTRY)
        records = actual_transfers(session, start, end)
        head = head_in(session)
    report = build_wassenaar(
        records,
        year,
        half,
        states=load_participating_states(),
        catalogue=load_categories(),
        reporting_state=state,
        today=today,
    )
    return replace(report, record_anchor=head.printed) if head is not None else report
