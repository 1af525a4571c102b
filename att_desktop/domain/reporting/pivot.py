"""The national (parliamentary) report: licence decisions of a period, pivoted.

Records in (one ``DecisionLine`` per line item of a decision), a ``Pivot`` out: a count of
decisions and a value in the report currency for every combination of the dimensions chosen
as rows and as columns (destination, control-list rating, outcome, criterion).

A decision can fall into several cells: its lines may carry different ratings, and a denial
usually cites more than one criterion. Each cell counts a decision once and adds a line's
value once; the totals are computed from the records in the same way (never by adding cells
up), so a denial citing two criteria is one denial in the total, not two.

Pure Python: the service (``services.national_report``) reads the register, this adds up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.countries import country_name, is_valid_country
from att_desktop.domain.reporting.model import Finding, Severity
from att_desktop.domain.reporting.records import RecordLink
from att_desktop.domain.reporting.rules import convert
from att_desktop.domain.reporting.validation import link_where
from att_desktop.i18n import msg

#: The treaty grounds' criterion codes (``Ground``), in the order the report lists them.
TREATY_PREFIX = "att:"
TREATY_ORDER = (
    "6(1)",
    "6(2)",
    "6(3)",
    "7(1)(a)",
    "7(1)(b)(i)",
    "7(1)(b)(ii)",
    "7(1)(b)(iii)",
    "7(1)(b)(iv)",
    "7(4)",
    "11",
    "other",
)
#: A cell key part for "none": no criterion (authorisations), no rating, no destination.
NONE = ""


class Dimension(StrEnum):
    DESTINATION = "destination"
    RATING = "rating"
    OUTCOME = "outcome"
    CRITERION = "criterion"


class Outcome(StrEnum):
    AUTHORISED = "authorised"
    DENIED = "denied"
    REVOKED = "revoked"
    SUSPENDED = "suspended"


_OUTCOME_ORDER = {o.value: i for i, o in enumerate(Outcome)}


def treaty_criterion(ground: Ground) -> str:
    """The report's code of a treaty ground: ``att:6(1)``, ``att:7(1)(b)(ii)``, ``att:7(4)``.

    Article 7(3) grounds name the 7(1) risk found overriding, so they are reported under that
    risk; gender-based violence (7(4)) and diversion (Article 11) have their own codes; an
    embargo's id (Article 6) is detail of 6(1) and not a criterion of its own.
    """
    article, paragraph, criterion = ground.article, ground.paragraph, ground.criterion or ""
    if article is None:
        return TREATY_PREFIX + "other"
    if article == 7 and criterion == "gbv":
        return TREATY_PREFIX + "7(4)"
    if article == 7 and criterion:
        head, _, sub = criterion.partition("_")
        return TREATY_PREFIX + f"7(1)({head})" + (f"({sub})" if sub else "")
    if article == 11:
        return TREATY_PREFIX + "11"
    return TREATY_PREFIX + (f"{article}({paragraph})" if paragraph is not None else f"{article}")


def criterion_order(code: str) -> tuple[int, str]:
    if code == NONE:
        return (-1, "")
    if code.startswith(TREATY_PREFIX):
        ref = code.removeprefix(TREATY_PREFIX)
        if ref in TREATY_ORDER:
            return (TREATY_ORDER.index(ref), code)
        return (len(TREATY_ORDER), code)
    return (100, code)


@dataclass(frozen=True)
class DecisionLine:
    """One line item of one decision (a licence issued, a denial, a revocation, a suspension)."""

    #: Identifies the decision: cells count distinct decisions ("licence:12", "denial:5").
    decision: str
    outcome: Outcome
    on: date
    #: Final importing State (ISO code), "" when not recorded.
    destination: str
    rating: str
    #: Criterion codes from every criterion source (``att:7(1)(b)(ii)``, ``eu:2``); ().
    criteria: tuple[str, ...]
    quantity: Decimal
    value: Decimal | None
    currency: str
    link: RecordLink
    #: The year whose exchange rates convert the value (the licence's or denial's year).
    rate_year: int = 0


@dataclass(frozen=True)
class Cell:
    count: int
    number_of_items: Decimal
    #: In the report currency; values that could not be converted are left out.
    value: Decimal
    value_complete: bool = True


EMPTY = Cell(0, Decimal(0), Decimal(0))


@dataclass(frozen=True)
class Pivot:
    rows: tuple[Dimension, ...]
    columns: tuple[Dimension, ...]
    row_keys: tuple[tuple[str, ...], ...]
    column_keys: tuple[tuple[str, ...], ...]
    cells: Mapping[tuple[tuple[str, ...], tuple[str, ...]], Cell]
    row_totals: Mapping[tuple[str, ...], Cell]
    column_totals: Mapping[tuple[str, ...], Cell]
    total: Cell

    def cell(self, row: tuple[str, ...], column: tuple[str, ...] = ()) -> Cell:
        return self.cells.get((row, column), EMPTY)

    @property
    def empty(self) -> bool:
        return self.total.count == 0


@dataclass(frozen=True)
class NationalReport:
    start: date
    end: date
    reporting_state: str
    report_currency: str
    pivot: Pivot
    findings: tuple[Finding, ...]
    #: Names of the criterion sources used ("att" = the treaty grounds cited on denials).
    criterion_sources: tuple[str, ...]
    #: Rates applied: (year, currency) -> rate into the report currency.
    rates_used: Mapping[tuple[int, str], Decimal] = field(default_factory=dict)
    generated_on: date = field(default_factory=date.today)
    record_anchor: str = ""
    lines: tuple[DecisionLine, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def nil(self) -> bool:
        return self.pivot.empty


# --------------------------------------------------------------------------- adding up


def _values(line: DecisionLine, dimension: Dimension) -> tuple[str, ...]:
    if dimension is Dimension.DESTINATION:
        return (line.destination.upper(),)
    if dimension is Dimension.RATING:
        return (line.rating.strip(),)
    if dimension is Dimension.OUTCOME:
        return (line.outcome.value,)
    return tuple(dict.fromkeys(line.criteria)) or (NONE,)


def _keys(line: DecisionLine, dims: Sequence[Dimension]) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [()]
    for dim in dims:
        keys = [(*k, v) for k in keys for v in _values(line, dim)]
    return keys


@dataclass
class _Acc:
    decisions: set[str] = field(default_factory=set)
    lines: dict[int, tuple[Decimal, Decimal | None]] = field(default_factory=dict)

    def add(self, index: int, line: DecisionLine, converted: Decimal | None) -> None:
        self.decisions.add(line.decision)
        self.lines[index] = (line.quantity, converted)

    def cell(self) -> Cell:
        values = [v for _q, v in self.lines.values()]
        return Cell(
            count=len(self.decisions),
            number_of_items=sum((q for q, _v in self.lines.values()), Decimal(0)),
            value=sum((v for v in values if v is not None), Decimal(0)),
            value_complete=all(v is not None for v in values),
        )


def _state_order(code: str) -> tuple[int, str, str]:
    if code == NONE:
        return (1, "", "")
    return (0, country_name(code) if is_valid_country(code) else code, code)


def _part_order(dimension: Dimension, value: str) -> tuple[object, ...]:
    if dimension is Dimension.DESTINATION:
        return _state_order(value)
    if dimension is Dimension.OUTCOME:
        return (_OUTCOME_ORDER.get(value, 99), value)
    if dimension is Dimension.CRITERION:
        return criterion_order(value)
    return (value == NONE, _natural(value))


def _natural(text: str) -> tuple[object, ...]:
    """ML2 before ML10: runs of digits compare as numbers."""
    out: list[object] = []
    digits = ""
    for ch in text + " ":
        if ch.isdigit():
            digits += ch
            continue
        if digits:
            out.append((0, int(digits)))
            digits = ""
        out.append((1, ch))
    return tuple(out)


def _sorted(
    keys: Iterable[tuple[str, ...]], dims: Sequence[Dimension]
) -> tuple[tuple[str, ...], ...]:
    return tuple(
        sorted(
            set(keys), key=lambda k: tuple(_part_order(d, v) for d, v in zip(dims, k, strict=True))
        )
    )


def build_pivot(
    lines: Sequence[DecisionLine],
    rows: Sequence[Dimension],
    columns: Sequence[Dimension],
    report_currency: str,
    rates: Mapping[tuple[int, str], Decimal],
) -> Pivot:
    """Count decisions and add values for every row × column combination found.

    ``rates`` maps (year, currency) to the rate into ``report_currency`` recorded for that
    year; a value with no rate is left out and its cells marked incomplete.
    """
    if set(rows) & set(columns):
        raise ValueError("a dimension cannot be both a row and a column")
    cells: dict[tuple[tuple[str, ...], tuple[str, ...]], _Acc] = {}
    row_totals: dict[tuple[str, ...], _Acc] = {}
    column_totals: dict[tuple[str, ...], _Acc] = {}
    total = _Acc()
    for index, line in enumerate(lines):
        year_rates = {c: r for (y, c), r in rates.items() if y == line.rate_year}
        converted = convert(line.value, line.currency, report_currency, year_rates)
        row_keys, column_keys = _keys(line, rows), _keys(line, columns)
        for rk in row_keys:
            row_totals.setdefault(rk, _Acc()).add(index, line, converted)
            for ck in column_keys:
                cells.setdefault((rk, ck), _Acc()).add(index, line, converted)
        for ck in column_keys:
            column_totals.setdefault(ck, _Acc()).add(index, line, converted)
        total.add(index, line, converted)
    return Pivot(
        rows=tuple(rows),
        columns=tuple(columns),
        row_keys=_sorted(row_totals, rows),
        column_keys=_sorted(column_totals, columns),
        cells={k: a.cell() for k, a in cells.items()},
        row_totals={k: a.cell() for k, a in row_totals.items()},
        column_totals={k: a.cell() for k, a in column_totals.items()},
        total=total.cell(),
    )


# --------------------------------------------------------------------------- findings


def _first(seen: set[tuple[str, int | None]], what: str, line: DecisionLine) -> bool:
    """True the first time ``what`` is found for the line's case (one finding per case)."""
    key = (what, line.link.application_id)
    if key in seen:
        return False
    seen.add(key)
    return True


def national_findings(
    lines: Sequence[DecisionLine],
    report_currency: str,
    rates: Mapping[tuple[int, str], Decimal],
) -> tuple[Finding, ...]:
    """What to fix before the report goes to parliament, errors first, each with its record."""
    errors: list[Finding] = []
    warnings: list[Finding] = []
    missing_rate: dict[tuple[int, str], list[RecordLink]] = {}
    seen_cases: set[tuple[str, int | None]] = set()
    for line in lines:
        where = link_where(line.link)
        case_link = RecordLink(
            "application", application_id=line.link.application_id, reference=line.link.reference
        )
        no_state = not line.destination or not is_valid_country(line.destination)
        if no_state and _first(seen_cases, "destination", line):
            errors.append(
                Finding(
                    Severity.ERROR,
                    "destination_missing",
                    msg(
                        "The destination is not recorded or not an ISO 3166-1 code.",
                        context="report finding",
                    ),
                    case_link,
                    where=(line.link.reference,),
                )
            )
        no_criterion = line.outcome is Outcome.DENIED and not line.criteria
        if no_criterion and _first(seen_cases, "criteria", line):
            warnings.append(
                Finding(
                    Severity.WARNING,
                    "denial_without_criterion",
                    msg(
                        "The denial cites no criterion; it is counted under “no criterion "
                        "recorded”.",
                        context="report finding",
                    ),
                    case_link,
                    where=(line.link.reference,),
                )
            )
        if not line.rating.strip():
            warnings.append(
                Finding(
                    Severity.WARNING,
                    "rating_missing",
                    msg("No control-list rating; counted as unrated.", context="report finding"),
                    line.link,
                    where=where,
                )
            )
        if line.value is None:
            warnings.append(
                Finding(
                    Severity.WARNING,
                    "value_missing",
                    msg("No value recorded; counted with no value.", context="report finding"),
                    line.link,
                    where=where,
                )
            )
            continue
        currency = line.currency.upper()
        if currency != report_currency.upper() and (line.rate_year, currency) not in rates:
            missing_rate.setdefault((line.rate_year, currency), []).append(line.link)
    for (year, currency), links in sorted(missing_rate.items()):
        errors.append(
            Finding(
                Severity.ERROR,
                "exchange_rate_missing",
                msg(
                    "No {year} exchange rate from {currency} into {report_currency}: "
                    "{n} value left out.",
                    context="report finding",
                    plural="No {year} exchange rate from {currency} into {report_currency}: "
                    "{n} values left out.",
                    year=year,
                    currency=currency,
                    report_currency=report_currency.upper(),
                    n=len(links),
                ),
                RecordLink(
                    "exchange_rate",
                    year=year,
                    currency=currency,
                    report_currency=report_currency.upper(),
                ),
                related=tuple(links),
            )
        )
    return (*errors, *warnings)
