"""Checks run before a report is exported; each finding links to the record to fix.

Errors make the report wrong (a line with no category, a State missing, a value that cannot
be converted) and stop an export unless the focal point forces it; warnings (shipments above
the licence, lines without a value) are for review before sign-off.

Each finding's text is a catalogue Message (context ``annual report finding``), so the report
builder shows it in the officer's language and the XLSX in the report's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

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
from att_desktop.i18n import Message, msg

_REPORTED = (Fate.ROW, Fate.NATIONAL)


Where = tuple[Message | str, ...]


def link_where(link: RecordLink, shipped_on: date | None = None) -> Where:
    """A record's parts (case, line, licence, shipment), joined in the reader's language; the
    other reports' findings name their records the same way."""
    parts: list[Message | str] = [
        link.reference
        or msg("case {id}", context="annual report finding: where", id=link.application_id)
    ]
    if link.line_no is not None:
        parts.append(msg("line {line}", context="annual report finding: where", line=link.line_no))
    if link.licence_number:
        parts.append(
            msg(
                "licence {number}",
                context="annual report finding: where",
                number=link.licence_number,
            )
        )
    if link.shipment_id is not None and shipped_on is not None:
        parts.append(
            msg(
                "shipment of {date}",
                context="annual report finding: where",
                date=shipped_on.isoformat(),
            )
        )
    return tuple(parts)


def _where(record: ReportableTransfer) -> Where:
    return link_where(record.link, record.on)


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
    message = (
        msg(
            "The title page needs the reporting State: give its ISO 3166-1 code (e.g. SE), "
            "not '{state}', or set the authority's country in the settings.",
            context="annual report finding",
            state=state,
        )
        if state
        else msg(
            "The title page needs the reporting State: give its ISO 3166-1 code (e.g. SE), "
            "or set the authority's country in the settings.",
            context="annual report finding",
        )
    )
    return [Finding(Severity.ERROR, "no_reporting_state", message, RecordLink("reporting_state"))]


#: Fates that keep a record out of the tables, each with its own finding.
_NOT_COUNTED = (Fate.UNCATEGORISED, Fate.UNKNOWN_CATEGORY, Fate.WITHHELD)


def _not_counted_finding(record: ReportableTransfer, what: Fate, where: Where) -> Finding:
    """Why a record is not counted: no category, an unknown one, or withheld."""
    if what is Fate.UNCATEGORISED:
        return Finding(
            Severity.ERROR,
            "no_category",
            msg(
                "'{description}' has no ATT category and no reason why it is not reportable; "
                "choose one so the item is counted or left out knowingly.",
                context="annual report finding",
                description=record.description,
            ),
            record.link,
            where=where,
        )
    if what is Fate.UNKNOWN_CATEGORY:
        return Finding(
            Severity.ERROR,
            "unknown_category",
            msg(
                "category '{category}' is not a row of the report template; choose a current "
                "category.",
                context="annual report finding",
                category=record.category,
            ),
            record.link,
            where=where,
        )
    message = (
        msg(
            "'{description}' is withheld from the report ({reason}); the title page declares "
            "that information was withheld.",
            context="annual report finding",
            description=record.description,
            reason=record.withheld_reason,
        )
        if record.withheld_reason
        else msg(
            "'{description}' is withheld from the report; the title page declares that "
            "information was withheld.",
            context="annual report finding",
            description=record.description,
        )
    )
    return Finding(Severity.INFO, "withheld", message, record.link, where=where)


def _counterpart_message(record: ReportableTransfer) -> Message | None:
    """What is wrong with the counterpart State (none recorded, or not a code), if anything."""
    export = record.direction is Direction.EXPORT
    if not record.counterpart:
        return (
            msg(
                "no final importing State is recorded; the table needs one for every line.",
                context="annual report finding",
            )
            if export
            else msg(
                "no exporting State is recorded; the table needs one for every line.",
                context="annual report finding",
            )
        )
    if is_valid_country(record.counterpart):
        return None
    return (
        msg(
            "'{code}' is not an ISO 3166-1 country code (final importing State).",
            context="annual report finding",
            code=record.counterpart,
        )
        if export
        else msg(
            "'{code}' is not an ISO 3166-1 country code (exporting State).",
            context="annual report finding",
            code=record.counterpart,
        )
    )


def _country_findings(record: ReportableTransfer, where: Where) -> list[Finding]:
    """The counterpart State must be a valid code; origin and transit should be."""
    findings: list[Finding] = []
    counterpart = _counterpart_message(record)
    if counterpart is not None:
        code = "missing_country" if not record.counterpart else "invalid_country"
        findings.append(Finding(Severity.ERROR, code, counterpart, record.link, where=where))
    for code in (record.origin, *record.intermediate):
        if code and not is_valid_country(code):
            findings.append(
                Finding(
                    Severity.WARNING,
                    "invalid_country",
                    msg(
                        "'{code}' (State of origin or intermediate location) is not an ISO "
                        "3166-1 country code.",
                        context="annual report finding",
                        code=code,
                    ),
                    record.link,
                    where=where,
                )
            )
    return findings


def _value_finding(record: ReportableTransfer, where: Where) -> Finding | None:
    """A missing value (warning) or a value without a currency (error)."""
    if record.value is None:
        return Finding(
            Severity.WARNING,
            "no_value",
            msg(
                "no value is recorded, so the row's value is incomplete.",
                context="annual report finding",
            ),
            record.link,
            where=where,
        )
    if not record.currency:
        return Finding(
            Severity.ERROR,
            "no_currency",
            msg(
                "the value {value} has no currency.",
                context="annual report finding",
                value=_fmt(record.value),
            ),
            record.link,
            where=where,
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
            msg(
                "{n} value in {currency} cannot be converted: record the {year} rate from "
                "{currency} to {report_currency}. It is not added to any total until then.",
                context="annual report finding",
                plural="{n} values in {currency} cannot be converted: record the {year} rate "
                "from {currency} to {report_currency}. They are not added to any total until "
                "then.",
                n=len(links),
                currency=currency,
                year=year,
                report_currency=report_currency,
            ),
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
                msg(
                    "Licence {licence}, line {line} ('{description}'): {shipped} shipped, "
                    "{licensed} licensed.",
                    context="annual report finding",
                    licence=usage.link.licence_number,
                    line=usage.link.line_no,
                    description=usage.description,
                    shipped=_fmt(usage.shipped_quantity),
                    licensed=_fmt(usage.licensed_quantity),
                ),
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
                msg(
                    "Licence {licence}, line {line}: {shipped} {currency} shipped, "
                    "{licensed} {currency} licensed.",
                    context="annual report finding",
                    licence=usage.link.licence_number,
                    line=usage.link.line_no,
                    shipped=_fmt(usage.shipped_value),
                    licensed=_fmt(usage.licensed_value),
                    currency=usage.currency,
                ),
                usage.link,
            )
        )
    return findings
