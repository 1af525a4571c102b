"""Adding up the records into the template's tables.

Rows are grouped by template row (category or sub-category) and counterpart State, in the
template's row order, then by the State's English name. Which records count at all is
decided in ``rules``; what is wrong with them in ``validation``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from att_desktop.domain.categories import CategoryCatalogue
from att_desktop.domain.countries import country_name, is_valid_country
from att_desktop.domain.reporting.model import (
    NATIONAL_PREFIX,
    Annexes,
    AnnualReport,
    ChartData,
    ReportRow,
    ReportTable,
    TitlePage,
)
from att_desktop.domain.reporting.options import Basis, ReportOptions
from att_desktop.domain.reporting.records import (
    Direction,
    LicenceUsage,
    RecordLink,
    ReportableTransfer,
)
from att_desktop.domain.reporting.rules import Fate, convert, fate, in_table, table_basis
from att_desktop.domain.reporting.template import Regions, ReportTemplate
from att_desktop.domain.reporting.validation import validate


@dataclass
class _Group:
    quantity: Decimal = Decimal(0)
    value: Decimal | None = None
    complete: bool = True
    origins: list[str] = field(default_factory=list)
    intermediate: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    links: list[RecordLink] = field(default_factory=list)


def _add_unique(target: list[str], values: Iterable[str]) -> None:
    for v in values:
        v = v.strip()
        if v and v not in target:
            target.append(v)


def _row_code(record: ReportableTransfer, what: Fate) -> str:
    if what is Fate.NATIONAL:
        return NATIONAL_PREFIX + (record.control_rating.strip() or "unrated")
    assert record.category is not None
    return record.category


def _state_key(code: str) -> tuple[str, str]:
    name = country_name(code) if code and is_valid_country(code) else "~"
    return (name, code)


def build_table(
    records: Iterable[ReportableTransfer],
    direction: Direction,
    options: ReportOptions,
    catalogue: CategoryCatalogue,
    rates: Mapping[str, Decimal],
) -> ReportTable:
    """One table: the records of ``direction`` for the year and the table's basis."""
    groups: dict[tuple[str, str], _Group] = {}
    withheld = 0
    for record in records:
        if record.direction is not direction or not in_table(record, options):
            continue
        what = fate(record, options, catalogue)
        if what is Fate.WITHHELD:
            withheld += 1
            continue
        if what not in (Fate.ROW, Fate.NATIONAL):
            continue
        group = groups.setdefault((_row_code(record, what), record.counterpart.upper()), _Group())
        group.quantity += record.quantity
        if options.measure.has_value:
            converted = convert(record.value, record.currency, options.report_currency, rates)
            if converted is None:
                group.complete = False
            else:
                group.value = (group.value or Decimal(0)) + converted
        # "State of origin (if not exporter)": the exporter is the reporting State for the
        # Exports table and the counterpart (exporting State) for the Imports table.
        exporter = (
            options.reporting_state if direction is Direction.EXPORT else record.counterpart
        ).upper()
        origin = record.origin.upper()
        _add_unique(group.origins, [origin] if origin and origin != exporter else [])
        _add_unique(group.intermediate, (c.upper() for c in record.intermediate))
        _add_unique(group.descriptions, [record.description])
        _add_unique(group.comments, [record.comments])
        group.links.append(record.link)

    def order(key: tuple[str, str]) -> tuple[int, str, tuple[str, str]]:
        code, state = key
        if code.startswith(NATIONAL_PREFIX):
            return (1_000_000, code, _state_key(state))
        return (catalogue.get(code).order, code, _state_key(state))

    rows = tuple(
        ReportRow(
            category=code,
            counterpart=state,
            number_of_items=g.quantity if options.measure.has_items else None,
            value=g.value if options.measure.has_value else None,
            value_complete=g.complete if options.measure.has_value else True,
            origins=tuple(g.origins),
            intermediate=tuple(g.intermediate),
            descriptions=tuple(g.descriptions),
            comments=tuple(g.comments),
            links=tuple(g.links),
        )
        for (code, state), g in sorted(groups.items(), key=lambda kv: order(kv[0]))
    )
    return ReportTable(
        direction=direction,
        basis=table_basis(options, direction),
        measure=options.measure,
        currency=options.report_currency.upper(),
        rows=rows,
        civilian_small_arms_included=options.include_civilian_small_arms,
        national_categories_included=any(r.national for r in rows),
        withheld_lines=withheld,
    )


def build_report(
    records: Sequence[ReportableTransfer],
    options: ReportOptions,
    *,
    catalogue: CategoryCatalogue,
    template: ReportTemplate,
    rates: Mapping[str, Decimal],
    usages: Sequence[LicenceUsage] = (),
    today: date | None = None,
    charts: ChartData | None = None,
) -> AnnualReport:
    """The whole report: title page, both tables, annexes and the findings to review.

    ``rates`` maps a currency to its rate into ``options.report_currency`` for
    ``options.year`` (only rates recorded by the authority; none is ever guessed).
    """
    rates = {k.upper(): v for k, v in rates.items()}
    exports = build_table(records, Direction.EXPORT, options, catalogue, rates)
    imports = build_table(records, Direction.IMPORT, options, catalogue, rates)
    findings = validate(records, usages, options, catalogue, rates)
    title = TitlePage(
        reporting_state=options.reporting_state.upper(),
        year=options.year,
        contact=options.contact,
        exports_public=options.exports_public,
        imports_public=options.imports_public,
        information_withheld=bool(exports.withheld_lines or imports.withheld_lines),
        exports_basis=options.exports_basis,
        imports_basis=options.imports_basis,
        measure=options.measure,
        report_currency=options.report_currency.upper(),
        civilian_small_arms_included=options.include_civilian_small_arms,
        national_categories_included=(
            exports.national_categories_included or imports.national_categories_included
        ),
        generated_on=today or date.today(),
    )
    used = {
        r.currency.upper()
        for r in records
        if in_table(r, options) and r.currency and r.currency.upper() in rates
    }
    return AnnualReport(
        title_page=title,
        exports=exports,
        imports=imports,
        annexes=Annexes(
            national_definitions=options.national_definitions,
            nil_exports=exports.nil,
            nil_imports=imports.nil,
        ),
        findings=findings,
        template_source=template.source,
        template_as_of=template.as_of,
        charts=charts,
        rates_used={c: rates[c] for c in sorted(used)},
    )


def yearly_totals(
    records: Iterable[ReportableTransfer],
    years: Sequence[int],
    basis: Basis,
    options: ReportOptions,
    catalogue: CategoryCatalogue,
    regions: Regions,
) -> ChartData:
    """Numbers of exported items per year by category (I-VIII) and by destination region.

    Counts, not values: values of different years would need each year's rates, and a chart
    must not mix converted and unconverted money.
    """
    index = {y: i for i, y in enumerate(years)}
    by_category: dict[str, list[Decimal]] = {}
    by_region: dict[str, list[Decimal]] = {}
    for record in records:
        if record.direction is not Direction.EXPORT or record.basis is not basis:
            continue
        i = index.get(record.on.year)
        if i is None or fate(record, options, catalogue) is not Fate.ROW:
            continue
        assert record.category is not None
        top = catalogue.top_level(record.category)
        region = regions.region_of(record.counterpart) if record.counterpart else "Other"
        by_category.setdefault(top, [Decimal(0)] * len(years))[i] += record.quantity
        by_region.setdefault(region, [Decimal(0)] * len(years))[i] += record.quantity
    cat_order = sorted(by_category, key=lambda c: catalogue.get(c).order)
    reg_order = [r for r in (*regions.names, "Other") if r in by_region]
    return ChartData(
        years=tuple(years),
        basis=basis,
        by_category={c: tuple(by_category[c]) for c in cat_order},
        by_region={r: tuple(by_region[r]) for r in reg_order},
    )
