"""Checks run before a report is exported; each finding links to the record to fix.

Errors make the report wrong (a line with no category, a State missing, a value that cannot
be converted) and stop an export unless the focal point forces it; warnings (shipments above
the licence, lines without a value) are for review before sign-off.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from att_desktop.domain.categories import CategoryCatalogue
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.reporting.model import Finding, Severity
from att_desktop.domain.reporting.options import ReportOptions
from att_desktop.domain.reporting.records import (
    Direction,
    LicenceUsage,
    RecordLink,
    ReportableTransfer,
)
from att_desktop.domain.reporting.rules import Fate, fate, in_table

_REPORTED = (Fate.ROW, Fate.NATIONAL)


def _where(record: ReportableTransfer) -> str:
    link = record.link
    parts = [link.reference or f"case {link.application_id}"]
    if link.line_no is not None:
        parts.append(f"line {link.line_no}")
    if link.licence_number:
        parts.append(f"licence {link.licence_number}")
    if link.shipment_id is not None:
        parts.append(f"shipment of {record.on.isoformat()}")
    return ", ".join(parts)


def _fmt(value: object) -> str:
    return format(value, "f") if hasattr(value, "as_tuple") else str(value)


def validate(
    records: Iterable[ReportableTransfer],
    usages: Iterable[LicenceUsage],
    options: ReportOptions,
    catalogue: CategoryCatalogue,
    rates: Mapping[str, object],
) -> tuple[Finding, ...]:
    """Every finding for the records of the report's year and bases, errors first."""
    findings: list[Finding] = _reporting_state_findings(options)
    report_currency = options.report_currency.upper()
    unconvertible: dict[str, list[RecordLink]] = defaultdict(list)
    for record in records:
        if not in_table(record, options):
            continue
        where = _where(record)
        what = fate(record, options, catalogue)
        if what in _NOT_COUNTED:
            findings.append(_not_counted_finding(record, what, where))
            continue
        if what not in _REPORTED:
            continue
        findings.extend(_country_findings(record, where))
        if not options.measure.has_value:
            continue
        value_finding = _value_finding(record, where)
        if value_finding is not None:
            findings.append(value_finding)
        elif record.currency.upper() != report_currency and record.currency.upper() not in rates:
            unconvertible[record.currency.upper()].append(record.link)
    findings.extend(_exchange_rate_findings(unconvertible, options.year, report_currency))
    for usage in usages:
        findings.extend(_usage_findings(usage))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return tuple(sorted(findings, key=lambda f: order[f.severity]))


def _reporting_state_findings(options: ReportOptions) -> list[Finding]:
    """The title page's reporting State: missing or not an ISO code is an error."""
    state = options.reporting_state.strip()
    if state and is_valid_country(state):
        return []
    return [
        Finding(
            Severity.ERROR,
            "no_reporting_state",
            "The title page needs the reporting State: give its ISO 3166-1 code "
            f"(e.g. SE){f', not {state!r}' if state else ''}, or set the authority's "
            "country in the settings.",
            RecordLink("reporting_state"),
        )
    ]


#: Fates that keep a record out of the tables, each with its own finding.
_NOT_COUNTED = (Fate.UNCATEGORISED, Fate.UNKNOWN_CATEGORY, Fate.WITHHELD)


def _not_counted_finding(record: ReportableTransfer, what: Fate, where: str) -> Finding:
    """Why a record is not counted: no category, an unknown one, or withheld."""
    if what is Fate.UNCATEGORISED:
        return Finding(
            Severity.ERROR,
            "no_category",
            f"{where}: '{record.description}' has no ATT category and no reason why it "
            "is not reportable; choose one so the item is counted or left out knowingly.",
            record.link,
        )
    if what is Fate.UNKNOWN_CATEGORY:
        return Finding(
            Severity.ERROR,
            "unknown_category",
            f"{where}: category {record.category!r} is not a row of the report "
            "template; choose a current category.",
            record.link,
        )
    reason = f" ({record.withheld_reason})" if record.withheld_reason else ""
    return Finding(
        Severity.INFO,
        "withheld",
        f"{where}: '{record.description}' is withheld from the report{reason}; the "
        "title page declares that information was withheld.",
        record.link,
    )


def _country_findings(record: ReportableTransfer, where: str) -> list[Finding]:
    """The counterpart State must be a valid code; origin and transit should be."""
    findings: list[Finding] = []
    state = "final importing State" if record.direction is Direction.EXPORT else ("exporting State")
    if not record.counterpart:
        findings.append(
            Finding(
                Severity.ERROR,
                "missing_country",
                f"{where}: no {state} is recorded; the table needs one for every line.",
                record.link,
            )
        )
    elif not is_valid_country(record.counterpart):
        findings.append(
            Finding(
                Severity.ERROR,
                "invalid_country",
                f"{where}: {record.counterpart!r} is not an ISO 3166-1 country code ({state}).",
                record.link,
            )
        )
    for code in (record.origin, *record.intermediate):
        if code and not is_valid_country(code):
            findings.append(
                Finding(
                    Severity.WARNING,
                    "invalid_country",
                    f"{where}: {code!r} (State of origin or intermediate location) is not "
                    "an ISO 3166-1 country code.",
                    record.link,
                )
            )
    return findings


def _value_finding(record: ReportableTransfer, where: str) -> Finding | None:
    """A missing value (warning) or a value without a currency (error)."""
    if record.value is None:
        return Finding(
            Severity.WARNING,
            "no_value",
            f"{where}: no value is recorded, so the row's value is incomplete.",
            record.link,
        )
    if not record.currency:
        return Finding(
            Severity.ERROR,
            "no_currency",
            f"{where}: the value {_fmt(record.value)} has no currency.",
            record.link,
        )
    return None


def _exchange_rate_findings(
    unconvertible: Mapping[str, list[RecordLink]], year: int, report_currency: str
) -> list[Finding]:
    """One error per currency whose rate for the year is not recorded."""
    return [
        Finding(
            Severity.ERROR,
            "no_exchange_rate",
            f"{len(links)} value(s) in {currency} cannot be converted: record the "
            f"{year} rate from {currency} to {report_currency}. They are not "
            "added to any total until then.",
            RecordLink(
                "exchange_rate",
                year=year,
                currency=currency,
                report_currency=report_currency,
            ),
            tuple(links),
        )
        for currency, links in sorted(unconvertible.items())
    ]


def _usage_findings(usage: LicenceUsage) -> list[Finding]:
    """Shipments beyond what a licence line allows, in quantity or in value."""
    findings: list[Finding] = []
    if usage.shipped_quantity > usage.licensed_quantity:
        findings.append(
            Finding(
                Severity.WARNING,
                "over_licence",
                f"Licence {usage.link.licence_number}, line {usage.link.line_no} "
                f"('{usage.description}'): {_fmt(usage.shipped_quantity)} shipped, "
                f"{_fmt(usage.licensed_quantity)} licensed.",
                usage.link,
            )
        )
    if (
        usage.licensed_value is not None
        and usage.shipped_value is not None
        and usage.shipped_value > usage.licensed_value
    ):
        findings.append(
            Finding(
                Severity.WARNING,
                "over_licence_value",
                f"Licence {usage.link.licence_number}, line {usage.link.line_no}: "
                f"{_fmt(usage.shipped_value)} {usage.currency} shipped, "
                f"{_fmt(usage.licensed_value)} {usage.currency} licensed.",
                usage.link,
            )
        )
    return findings
