"""The EU annual report on arms exports (Council Common Position 2008/944/CFSP, Article 8):
records in, one table per transfer type out (exports; brokering separately).

Per destination and per Common Military List category (ML1-ML22): the number of licences
issued and their value, the value of actual exports (shipments), the number of denials and
how often each criterion of the national framework was cited in them. Pure Python: the
service reads plain records in one short session and hands them here, so every figure can
be tested without a database. How each figure is counted: ``docs/eu_report.md``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from att_desktop.domain.control_list import EXAMPLE, ControlList, is_dual_use, ml_category
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.reporting.model import Finding, Severity
from att_desktop.domain.reporting.records import RecordLink
from att_desktop.domain.reporting.rules import convert
from att_desktop.domain.reporting.validation import link_where
from att_desktop.i18n import msg

#: Sections of the report: transfer types, in print order.
EXPORTS, BROKERING = "export", "brokering"
#: The row category of lines whose rating names no ML category.
UNRATED = ""


@dataclass(frozen=True)
class EuLine:
    """One licence line (licensed) or shipment line (actual) of an export or brokering case."""

    transfer_type: str
    licence_id: int
    destination: str
    rating: str
    value: Decimal | None
    currency: str
    link: RecordLink


@dataclass(frozen=True)
class EuDenial:
    """One denied case: its destination, the ratings of its line items, the criteria cited."""

    transfer_type: str
    application_id: int
    destination: str
    ratings: tuple[str, ...]
    criteria: tuple[str, ...]
    link: RecordLink
    item_links: tuple[RecordLink, ...] = ()


@dataclass(frozen=True)
class EuRow:
    """One destination and ML category (``""``: lines with no valid rating)."""

    destination: str
    category: str
    licences: int = 0
    licence_value: Decimal = Decimal(0)
    actual_value: Decimal = Decimal(0)
    denials: int = 0
    #: criterion code -> how many of the row's denials cite it
    criteria: Mapping[str, int] = field(default_factory=dict)
    #: False when some value could not be converted into the report currency (left out).
    values_complete: bool = True


@dataclass(frozen=True)
class EuSection:
    transfer_type: str
    rows: tuple[EuRow, ...]
    #: Distinct licences, denials, and criteria over distinct denials (not sums of rows: a
    #: licence with lines in two categories is one licence).
    total: EuRow

    @property
    def nil(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class EuReport:
    year: int
    currency: str
    reporting_state: str
    criteria_set: str
    criteria_title: str
    criteria_codes: tuple[str, ...]
    list_source: str
    exports: EuSection
    brokering: EuSection
    findings: tuple[Finding, ...]
    generated_on: date
    record_anchor: str = ""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def sections(self) -> tuple[EuSection, ...]:
        return (self.exports, self.brokering)


class _Cell:
    """A row being added up."""

    def __init__(self) -> None:
        self.licences: set[int] = set()
        self.licence_value = Decimal(0)
        self.actual_value = Decimal(0)
        self.denials: set[int] = set()
        self.criteria: Counter[str] = Counter()
        self.complete = True

    def row(self, destination: str, category: str) -> EuRow:
        return EuRow(
            destination,
            category,
            len(self.licences),
            self.licence_value,
            self.actual_value,
            len(self.denials),
            dict(sorted(self.criteria.items())),
            self.complete,
        )


class _Builder:
    def __init__(self, cml: ControlList, currency: str, rates: Mapping[str, Decimal]) -> None:
        self.cml = cml
        self.currency = currency.upper()
        self.rates = {k.upper(): v for k, v in rates.items()}
        self.cells: dict[str, dict[tuple[str, str], _Cell]] = {
            EXPORTS: defaultdict(_Cell),
            BROKERING: defaultdict(_Cell),
        }
        self.totals = {EXPORTS: _Cell(), BROKERING: _Cell()}
        self.findings: list[Finding] = []
        self.unconvertible: dict[str, list[RecordLink]] = defaultdict(list)
        self.flagged: set[tuple[str, int | None]] = set()
        #: Lines rated with a dual-use control number: not military list items, left out.
        self.dual_use: dict[tuple[str, int | None], RecordLink] = {}

    def left_out(self, rating: str, link: RecordLink) -> bool:
        """A dual-use line is not reported here (noted once per line item)."""
        if not is_dual_use(rating):
            return False
        self.dual_use.setdefault((link.kind, link.line_item_id or link.application_id), link)
        return True

    def category(self, rating: str, link: RecordLink) -> str:
        found = ml_category(rating, self.cml)
        if found is not None:
            return found
        key = (link.kind, link.line_item_id or link.application_id)
        if key not in self.flagged:
            self.flagged.add(key)
            shown = rating.strip() or "no rating"
            self.findings.append(
                Finding(
                    Severity.ERROR,
                    "eu_rating",
                    msg(
                        "The control-list rating '{rating}' is not an entry of the EU Common "
                        "Military List (write it like {example}); the line is counted under "
                        "'not rated'.",
                        context="report finding",
                        rating=shown,
                        example=EXAMPLE,
                    ),
                    link,
                    where=link_where(link),
                )
            )
        return UNRATED

    def destination(self, code: str, link: RecordLink) -> str:
        if code and is_valid_country(code):
            return code.upper()
        self.findings.append(
            Finding(
                Severity.ERROR,
                "eu_destination",
                msg(
                    "The destination State is missing or not an ISO code.", context="report finding"
                ),
                link,
                where=link_where(link),
            )
        )
        return code.upper()

    def value(self, line: EuLine) -> Decimal | None:
        converted = convert(line.value, line.currency, self.currency, self.rates)
        if converted is None and line.value is not None:
            self.unconvertible[line.currency.upper()].append(line.link)
        return converted

    def licence(self, line: EuLine) -> None:
        if self.left_out(line.rating, line.link):
            return
        section = self._section(line.transfer_type)
        key = (self.destination(line.destination, line.link), self.category(line.rating, line.link))
        cell, total = self.cells[section][key], self.totals[section]
        cell.licences.add(line.licence_id)
        total.licences.add(line.licence_id)
        value = self.value(line)
        if value is None:
            cell.complete = total.complete = False
        else:
            cell.licence_value += value
            total.licence_value += value

    def shipment(self, line: EuLine) -> None:
        if self.left_out(line.rating, line.link):
            return
        section = self._section(line.transfer_type)
        key = (self.destination(line.destination, line.link), self.category(line.rating, line.link))
        cell, total = self.cells[section][key], self.totals[section]
        value = self.value(line)
        if value is None:
            cell.complete = total.complete = False
        else:
            cell.actual_value += value
            total.actual_value += value

    def denial(self, denial: EuDenial) -> bool:
        """Count a denial; False when all its items are dual-use (not reported here)."""
        links = denial.item_links or (denial.link,) * len(denial.ratings)
        pairs = [(r, link) for r, link in zip(denial.ratings, links, strict=False)]
        military = [(r, link) for r, link in pairs if not self.left_out(r, link)]
        if pairs and not military:
            return False
        section = self._section(denial.transfer_type)
        destination = self.destination(denial.destination, denial.link)
        categories = {self.category(r, link) for r, link in military}
        for category in categories or {UNRATED}:
            cell = self.cells[section][(destination, category)]
            cell.denials.add(denial.application_id)
            cell.criteria.update(denial.criteria)
        total = self.totals[section]
        total.denials.add(denial.application_id)
        total.criteria.update(denial.criteria)
        return True

    @staticmethod
    def _section(transfer_type: str) -> str:
        return BROKERING if transfer_type == BROKERING else EXPORTS

    def section(self, name: str) -> EuSection:
        order = {c: i for i, c in enumerate(self.cml.categories())}
        keys = sorted(self.cells[name], key=lambda k: (k[0], order.get(k[1], len(order))))
        rows = tuple(self.cells[name][k].row(*k) for k in keys)
        return EuSection(name, rows, self.totals[name].row("", ""))

    def currency_findings(self) -> None:
        for currency, links in sorted(self.unconvertible.items()):
            self.findings.append(
                Finding(
                    Severity.ERROR,
                    "eu_exchange_rate",
                    msg(
                        "No exchange rate from {currency} to {report_currency} for the year: "
                        "{n} value left out. Record the rate.",
                        context="report finding",
                        plural="No exchange rate from {currency} to {report_currency} for the "
                        "year: {n} values left out. Record the rate.",
                        currency=currency or "—",
                        report_currency=self.currency,
                        n=len(links),
                    ),
                    RecordLink("exchange_rate", currency=currency, report_currency=self.currency),
                    tuple(links),
                )
            )


def build_eu_report(
    *,
    year: int,
    licences: Iterable[EuLine],
    shipments: Iterable[EuLine],
    denials: Sequence[EuDenial],
    cml: ControlList,
    currency: str,
    rates: Mapping[str, Decimal],
    reporting_state: str = "",
    criteria_set: tuple[str, str, tuple[str, ...]] = ("", "", ()),
    today: date | None = None,
) -> EuReport:
    """The report's two sections and its findings, errors first.

    ``criteria_set``: (id, title, codes) of the active set, whose codes are the criteria
    columns; criteria cited from another set (a set changed during the year) are added
    after them."""
    builder = _Builder(cml, currency, rates)
    for line in licences:
        builder.licence(line)
    for line in shipments:
        builder.shipment(line)
    for denial in denials:
        if builder.denial(denial) and not denial.criteria:
            builder.findings.append(
                Finding(
                    Severity.WARNING,
                    "eu_no_criteria",
                    msg(
                        "The denial cites no criterion; it is counted without one.",
                        context="report finding",
                    ),
                    denial.link,
                    where=link_where(denial.link),
                )
            )
    builder.currency_findings()
    if builder.dual_use:
        links = tuple(builder.dual_use.values())
        builder.findings.append(
            Finding(
                Severity.INFO,
                "eu_dual_use",
                msg(
                    "{n} line rated with a dual-use control number is left out: the EU report "
                    "covers the Common Military List.",
                    context="report finding",
                    plural="{n} lines rated with a dual-use control number are left out (the "
                    "first is named): the EU report covers the Common Military List.",
                    n=len(links),
                ),
                links[0],
                links[1:],
                where=link_where(links[0]),
            )
        )
    codes = list(criteria_set[2])
    for denial in denials:
        codes += [c for c in denial.criteria if c not in codes]
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return EuReport(
        year=year,
        currency=builder.currency,
        reporting_state=reporting_state.upper(),
        criteria_set=criteria_set[0],
        criteria_title=criteria_set[1],
        criteria_codes=tuple(codes),
        list_source=cml.source,
        exports=builder.section(EXPORTS),
        brokering=builder.section(BROKERING),
        findings=tuple(sorted(builder.findings, key=lambda f: order[f.severity])),
        generated_on=today or date.today(),
    )
