"""The annual report as plain data: what the preview shows and every writer prints.

The writers (PDF, XLSX, CSV, JSON) only format this; none of them adds anything up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from att_desktop.domain.reporting.options import (
    Basis,
    ContactPoint,
    Measure,
    NationalDefinition,
)
from att_desktop.domain.reporting.records import Direction, RecordLink
from att_desktop.i18n import Message, join, translate

#: Rows of voluntary national categories have codes like ``"national:ML13"``.
NATIONAL_PREFIX = "national:"


class Severity(StrEnum):
    #: The report would be wrong: export is refused unless forced.
    ERROR = "error"
    #: Worth a look before sign-off; the figures are still what the records say.
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """A problem found before export, with a link to the record to fix.

    ``message`` is a catalogue Message, not a sentence, so that the report builder shows it
    in the window's language and the XLSX in the report's; ``where`` names the record (case,
    line, licence, shipment) as parts joined in the reader's language. ``english`` is what
    logs, the command line and the JSON keep.
    """

    severity: Severity
    code: str
    message: Message
    link: RecordLink
    #: Further records affected by the same problem (e.g. every value in one currency).
    related: tuple[RecordLink, ...] = ()
    #: Where the problem is, most general part first (empty: the message says it all); a
    #: plain string (a case reference) is shown as written.
    where: tuple[Message | str, ...] = ()

    def text(self, language: str) -> str:
        """The finding as one sentence in ``language``: ``where: what``."""
        what = translate(self.message, language)
        if not self.where:
            return what
        place = join(
            (part if isinstance(part, str) else translate(part, language) for part in self.where),
            language,
        )
        return translate(
            "{where}: {finding}",
            language,
            context="annual report finding (record: problem)",
            where=place,
            finding=what,
        )

    @property
    def english(self) -> str:
        """The finding in English: what a log, the command line and the JSON keep."""
        return self.text("en")


@dataclass(frozen=True)
class ReportRow:
    """One line of a table: a template row (category) and one counterpart State."""

    category: str
    counterpart: str
    #: None when the report does not give numbers of items.
    number_of_items: Decimal | None
    #: In the report currency; None when the report gives no values or none could be
    #: converted. Unconvertible values are never added in (see ``value_complete``).
    value: Decimal | None
    #: False when some values of this row were left out (no exchange rate, or no value).
    value_complete: bool
    origins: tuple[str, ...] = ()
    intermediate: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    links: tuple[RecordLink, ...] = ()

    @property
    def national(self) -> bool:
        return self.category.startswith(NATIONAL_PREFIX)

    @property
    def rating(self) -> str:
        """The control-list rating of a national-category row ("" for template rows)."""
        return self.category.removeprefix(NATIONAL_PREFIX) if self.national else ""


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    number_of_items: Decimal | None
    value: Decimal | None


@dataclass(frozen=True)
class ReportTable:
    """The Exports or the Imports table, declared authorised or actual."""

    direction: Direction
    basis: Basis
    measure: Measure
    currency: str
    rows: tuple[ReportRow, ...]
    civilian_small_arms_included: bool
    #: True only when this table has a national-category row.
    national_categories_included: bool
    #: Lines left out because they were marked withheld (Art. 13(3)).
    withheld_lines: int = 0

    @property
    def nil(self) -> bool:
        """Nothing to report: the table is replaced by a nil report (Annex 3)."""
        return not self.rows

    def rows_for(self, category: str) -> tuple[ReportRow, ...]:
        return tuple(r for r in self.rows if r.category == category)

    def totals_by_category(self) -> dict[str, CategoryTotal]:
        """Per row code, in table order; totals the preview and charts show."""
        out: dict[str, CategoryTotal] = {}
        for row in self.rows:
            prev = out.get(row.category)
            items = _add(prev.number_of_items if prev else None, row.number_of_items)
            value = _add(prev.value if prev else None, row.value)
            out[row.category] = CategoryTotal(row.category, items, value)
        return out

    @property
    def total_items(self) -> Decimal | None:
        """Items of every category added up: not printed (the template has no total row,
        and tanks plus pistols is no number); kept for checks and the CLI summary."""
        if not self.measure.has_items:
            return None
        return sum((r.number_of_items or Decimal(0) for r in self.rows), Decimal(0))

    @property
    def total_value(self) -> Decimal | None:
        if not self.measure.has_value:
            return None
        return sum((r.value or Decimal(0) for r in self.rows), Decimal(0))


def _add(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    if b is None:
        return a
    return a + b


@dataclass(frozen=True)
class TitlePage:
    reporting_state: str
    year: int
    contact: ContactPoint
    #: "May be made publicly available": asked on each form, the exports form (table or nil
    #: report) and the imports form.
    exports_public: bool
    imports_public: bool
    #: Declared on the title page when any line was left out as commercially sensitive or
    #: national-security information (Art. 13(3)).
    information_withheld: bool
    exports_basis: Basis
    imports_basis: Basis
    measure: Measure
    report_currency: str
    civilian_small_arms_included: bool
    #: True only when a table actually has a national-category row (not merely when the
    #: option was on): the title page must not declare categories that are not there.
    national_categories_included: bool
    generated_on: date

    def public(self, direction: Direction) -> bool:
        """May the form of ``direction`` (its table or its nil report) be made public."""
        return self.exports_public if direction is Direction.EXPORT else self.imports_public


@dataclass(frozen=True)
class Annexes:
    national_definitions: tuple[NationalDefinition, ...]
    nil_exports: bool
    nil_imports: bool


@dataclass(frozen=True)
class ChartData:
    """Yearly totals (number of items, exports) for the optional charts annex."""

    years: tuple[int, ...]
    basis: Basis
    #: Top-level category (I..VIII) -> one total per year.
    by_category: Mapping[str, tuple[Decimal, ...]]
    #: Region name (UN M49) -> one total per year.
    by_region: Mapping[str, tuple[Decimal, ...]]


@dataclass(frozen=True)
class AnnualReport:
    title_page: TitlePage
    exports: ReportTable
    imports: ReportTable
    annexes: Annexes
    findings: tuple[Finding, ...]
    template_source: str = ""
    template_as_of: str = ""
    charts: ChartData | None = None
    #: Exchange rates applied: currency -> rate to the report currency.
    rates_used: Mapping[str, Decimal] = field(default_factory=dict)
    #: The history's head when the report was read ("#12345 3f2a…", issue 13): the PDF's
    #: footer prints it, so the register it was made from can be proved unaltered later.
    record_anchor: str = ""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def table(self, direction: Direction) -> ReportTable:
        return self.exports if direction is Direction.EXPORT else self.imports
