"""What goes into the tables: the few rules that aggregation and validation share.

- A record counts in the year of its licence's issue (authorised) or of its shipment
  (actual), and only in the table whose basis matches.
- Ammunition (Art. 3), parts and components (Art. 4) and dual-use items never appear;
  items on the national control list only appear as voluntary national categories when the
  report includes them.
- Withheld lines are left out (and declared on the title page); civilian small arms are left
  out when the State chose so. Light weapons are never "civilian".
- Values are converted to the report currency only with a rate recorded for that year; a
  value that cannot be converted is never added to anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from att_desktop.domain.categories import CategoryCatalogue
from att_desktop.domain.enums import NotReportableReason
from att_desktop.domain.reporting.options import Basis, ReportOptions
from att_desktop.domain.reporting.records import Direction, ReportableTransfer

CENT = Decimal("0.01")


class Fate(StrEnum):
    """Why a record is, or is not, in a table."""

    ROW = "row"
    NATIONAL = "national"
    NOT_REPORTABLE = "not_reportable"
    UNCATEGORISED = "uncategorised"
    UNKNOWN_CATEGORY = "unknown_category"
    WITHHELD = "withheld"
    CIVILIAN_EXCLUDED = "civilian_excluded"


def table_basis(options: ReportOptions, direction: Direction) -> Basis:
    return options.exports_basis if direction is Direction.EXPORT else options.imports_basis


def in_table(record: ReportableTransfer, options: ReportOptions) -> bool:
    """Whether the record belongs to the year and to its table's chosen basis."""
    return record.on.year == options.year and record.basis is table_basis(options, record.direction)


def fate(record: ReportableTransfer, options: ReportOptions, catalogue: CategoryCatalogue) -> Fate:
    if record.category is None:
        if record.not_reportable_reason is None:
            return Fate.UNCATEGORISED
        if (
            record.not_reportable_reason == NotReportableReason.NATIONAL
            and options.include_national_categories
        ):
            return Fate.WITHHELD if record.withheld else Fate.NATIONAL
        return Fate.NOT_REPORTABLE
    if not catalogue.is_valid(record.category):
        return Fate.UNKNOWN_CATEGORY
    if record.withheld:
        return Fate.WITHHELD
    if (
        record.civilian
        and not options.include_civilian_small_arms
        and catalogue.is_within(record.category, "VIII.SA")
    ):
        return Fate.CIVILIAN_EXCLUDED
    return Fate.ROW


def convert(
    value: Decimal | None, currency: str, report_currency: str, rates: Mapping[str, Decimal]
) -> Decimal | None:
    """``value`` in the report currency, or None when there is no value or no rate."""
    if value is None:
        return None
    currency = currency.upper()
    if currency == report_currency.upper():
        return value.quantize(CENT, ROUND_HALF_UP)
    rate = rates.get(currency)
    if rate is None:
        return None
    return (value * rate).quantize(CENT, ROUND_HALF_UP)
