"""The UN Register of Conventional Arms (UNROCA) report, made from the ATT report's rows.

The Register asks each year for the *actual* international transfers of the calendar year
(A/RES/46/36 L; the standardized form's "Report of international conventional arms
transfers ... calendar year"), in numbers of items and without values. ATT Desktop already
adds up actual shipments per category and counterpart State for the ATT annual report
(``aggregate.build_report`` with both bases ``ACTUAL`` and measure ``ITEMS``), so this module
does not add anything up again: it sorts that report's rows into the Register's tables:

- the standardized form's Exports and Imports tables, categories I-VII;
- the voluntary SALW tables (exports and imports), the category VIII rows (small arms,
  light weapons and their sub-categories, which the ATT template took from the Register's
  SALW form);

and adds the optional background information (military holdings, procurement through
national production) the authority enters by hand per year. A table with no rows is a
"nil" report. Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from att_desktop.domain.categories import AttCategory, CategoryCatalogue
from att_desktop.domain.reporting.model import AnnualReport, Finding, ReportRow, Severity
from att_desktop.domain.reporting.options import Basis, ContactPoint, Measure, ReportOptions
from att_desktop.domain.reporting.records import Direction
from att_desktop.i18n import msg

#: The top-level category of the voluntary SALW tables; every other one is on the
#: standardized form (I-VII).
SALW = "VIII"


class BackgroundKind(StrEnum):
    """The two kinds of optional background information the form asks for per category."""

    HOLDINGS = "holdings"
    PRODUCTION = "production"


@dataclass(frozen=True)
class BackgroundEntry:
    """One category's military holdings, or procurement through national production, at the
    end of (or during) the year: entered by hand, never read from the licence register."""

    kind: BackgroundKind
    #: A category I-VII row code (``"I"``, ``"IV.a"``, ``"VII.b"``).
    category: str
    number_of_items: Decimal | None
    description: str = ""
    remarks: str = ""

    @property
    def empty(self) -> bool:
        return self.number_of_items is None and not self.description.strip()


@dataclass(frozen=True)
class UnrocaTable:
    """One of the four tables: the standardized form's or the SALW form's, exports or imports."""

    direction: Direction
    #: The voluntary small arms and light weapons table (category VIII rows).
    salw: bool
    rows: tuple[ReportRow, ...]

    @property
    def key(self) -> str:
        """``exports``, ``imports``, ``salw_exports`` or ``salw_imports``."""
        return ("salw_" if self.salw else "") + self.direction.value + "s"

    @property
    def nil(self) -> bool:
        """Nothing to report: the form's "nil" is ticked for this table."""
        return not self.rows

    def rows_for(self, category: str) -> tuple[ReportRow, ...]:
        return tuple(r for r in self.rows if r.category == category)

    @property
    def total_items(self) -> Decimal:
        return sum((r.number_of_items or Decimal(0) for r in self.rows), Decimal(0))

    def totals_by_category(self) -> dict[str, Decimal]:
        """Number of items per row code, in table order."""
        out: dict[str, Decimal] = {}
        for row in self.rows:
            out[row.category] = out.get(row.category, Decimal(0)) + (
                row.number_of_items or Decimal(0)
            )
        return out

    def totals_by_top_level(self, catalogue: CategoryCatalogue) -> dict[str, Decimal]:
        """Number of items per category I-VII (standard) or per "VIII.SA"/"VIII.LW" (SALW)."""
        out: dict[str, Decimal] = {}
        for code, items in self.totals_by_category().items():
            key = _group_of(code, catalogue)
            out[key] = out.get(key, Decimal(0)) + items
        return out


@dataclass(frozen=True)
class UnrocaReport:
    reporting_state: str
    year: int
    contact: ContactPoint
    generated_on: date
    exports: UnrocaTable
    imports: UnrocaTable
    salw_exports: UnrocaTable
    salw_imports: UnrocaTable
    background: tuple[BackgroundEntry, ...]
    findings: tuple[Finding, ...]
    #: Shipment lines left out as withheld (Art. 13(3) of the ATT; the Register has no such
    #: declaration, so the report says how many in a note).
    withheld_lines: int = 0
    #: What the figures are: always actual transfers (shipments) in the calendar year.
    basis: Basis = Basis.ACTUAL
    record_anchor: str = ""

    @property
    def tables(self) -> tuple[UnrocaTable, ...]:
        return (self.exports, self.imports, self.salw_exports, self.salw_imports)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def background_of(self, kind: BackgroundKind) -> tuple[BackgroundEntry, ...]:
        return tuple(e for e in self.background if e.kind is kind and not e.empty)


def unroca_options(
    year: int, *, reporting_state: str = "", contact: ContactPoint | None = None
) -> ReportOptions:
    """The ATT report options that give the Register's figures: actual transfers (shipments)
    in both tables, numbers of items only, every small arm (civilian end users included: the
    SALW form has no such exception), no national categories."""
    return ReportOptions(
        year=year,
        exports_basis=Basis.ACTUAL,
        imports_basis=Basis.ACTUAL,
        measure=Measure.ITEMS,
        include_civilian_small_arms=True,
        include_national_categories=False,
        reporting_state=reporting_state,
        contact=contact or ContactPoint(),
    )


def _group_of(code: str, catalogue: CategoryCatalogue) -> str:
    top = catalogue.top_level(code)
    if top != SALW:
        return top
    category = catalogue.get(code)
    while category.parent is not None and category.parent != SALW:
        category = catalogue.get(category.parent)
    return category.code


def is_salw(code: str, catalogue: CategoryCatalogue) -> bool:
    return catalogue.top_level(code) == SALW


def standard_rows(catalogue: CategoryCatalogue) -> tuple[AttCategory, ...]:
    """The standardized form's rows and headings (I-VII), in form order."""
    return tuple(c for c in catalogue.all() if not is_salw(c.code, catalogue))


def salw_rows(catalogue: CategoryCatalogue) -> tuple[AttCategory, ...]:
    """The SALW form's headings and rows (small arms 1-6, light weapons 1-7), in form order."""
    return tuple(c for c in catalogue.all() if is_salw(c.code, catalogue) and c.code != SALW)


def background_categories(catalogue: CategoryCatalogue) -> tuple[AttCategory, ...]:
    """The categories background information may be given for: the I-VII rows."""
    return tuple(c for c in standard_rows(catalogue) if c.selectable)


def _split(
    rows: Iterable[ReportRow], direction: Direction, catalogue: CategoryCatalogue
) -> tuple[UnrocaTable, UnrocaTable]:
    standard: list[ReportRow] = []
    salw: list[ReportRow] = []
    for row in rows:
        if row.national:
            continue  # voluntary national categories are the ATT report's own
        (salw if is_salw(row.category, catalogue) else standard).append(row)
    return (
        UnrocaTable(direction, False, tuple(standard)),
        UnrocaTable(direction, True, tuple(salw)),
    )


def _row_findings(table: UnrocaTable, catalogue: CategoryCatalogue) -> list[Finding]:
    """What the form needs that the ATT checks do not ask for: a number of items on every
    row (a line shipped with no quantity), and a description on a category I-VII row."""
    findings: list[Finding] = []
    for row in table.rows:
        if not row.links:
            continue
        link, related = row.links[0], row.links[1:]
        where = (row.category, row.counterpart or "?")
        if row.number_of_items is None or row.number_of_items <= 0:
            findings.append(
                Finding(
                    Severity.ERROR,
                    "unroca_no_items",
                    msg(
                        "No number of items was shipped; the Register's form needs the "
                        "number of items on every line.",
                        context="report finding",
                    ),
                    link,
                    related,
                    where=where,
                )
            )
        if not table.salw and not any(d.strip() for d in row.descriptions):
            findings.append(
                Finding(
                    Severity.WARNING,
                    "unroca_no_description",
                    msg(
                        "No description of the item; the form's 'Description of item' "
                        "column stays empty.",
                        context="report finding",
                    ),
                    link,
                    related,
                    where=where,
                )
            )
    return findings


def build_unroca(
    report: AnnualReport,
    catalogue: CategoryCatalogue,
    background: Sequence[BackgroundEntry] = (),
) -> UnrocaReport:
    """The Register's report from an ATT report built with ``unroca_options``.

    Refuses a report of authorised transfers or without numbers of items: the Register's
    figures are actual transfers in numbers of items, and mixing them up would be silent.
    """
    for table in (report.exports, report.imports):
        if table.basis is not Basis.ACTUAL or not table.measure.has_items:
            raise ValueError("the UN Register report needs actual transfers in numbers of items")
    exports, salw_exports = _split(report.exports.rows, Direction.EXPORT, catalogue)
    imports, salw_imports = _split(report.imports.rows, Direction.IMPORT, catalogue)
    findings = list(report.findings)
    for part in (exports, imports, salw_exports, salw_imports):
        findings += _row_findings(part, catalogue)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    title = report.title_page
    return UnrocaReport(
        reporting_state=title.reporting_state,
        year=title.year,
        contact=title.contact,
        generated_on=title.generated_on,
        exports=exports,
        imports=imports,
        salw_exports=salw_exports,
        salw_imports=salw_imports,
        background=tuple(e for e in background if not e.empty),
        findings=tuple(sorted(findings, key=lambda f: order[f.severity])),
        withheld_lines=report.exports.withheld_lines + report.imports.withheld_lines,
        record_anchor=report.record_anchor,
    )


def with_background(report: UnrocaReport, background: Sequence[BackgroundEntry]) -> UnrocaReport:
    """The same report with other background information (after the dialog saved it)."""
    return replace(report, background=tuple(e for e in background if not e.empty))
