"""``att-desktop report annual``: the Article 13(3) annual report, headless.

Exit status 1 with the findings printed when validation finds errors (a value that cannot be
converted, a line with no category, a State missing): the file is not written unless
``--force`` is given, in which case the PDF says DRAFT on every page.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from att_desktop.cli_context import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Context,
    add_read_only_option,
    add_user_option,
    findings_allow_writing,
)
from att_desktop.i18n import LANGUAGES


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    text = "annual reports (Article 13(3)) and the exchange rates they use"
    report = commands.add_parser("report", parents=list(parents), help=text, description=text)
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    annual_text = "write the ATT annual report for a calendar year"
    annual = kinds.add_parser(
        "annual", parents=list(parents), help=annual_text, description=annual_text
    )
    annual.add_argument("--year", type=int, required=True, help="calendar year reported on")
    add_read_only_option(annual)
    annual.add_argument("--format", choices=("pdf", "xlsx", "csv", "json"), required=True)
    annual.add_argument("--out", type=Path, required=True, metavar="FILE")
    annual.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the PDF and XLSX (and the CSV's names); JSON is always English",
    )
    annual.add_argument("--exports", choices=("authorised", "actual"), default="authorised")
    annual.add_argument("--imports", choices=("authorised", "actual"), default="authorised")
    annual.add_argument("--measure", choices=("items", "value", "both"), default="both")
    annual.add_argument("--currency", default="EUR", help="report currency (default: EUR)")
    annual.add_argument("--state", default="", help="reporting State (ISO code); default: setting")
    annual.add_argument("--contact", default="", help="national point of contact (one line)")
    annual.add_argument(
        "--public", action="store_true", help="both forms (exports, imports) may be made public"
    )
    annual.add_argument(
        "--public-exports", action="store_true", help="the exports form may be made public"
    )
    annual.add_argument(
        "--public-imports", action="store_true", help="the imports form may be made public"
    )
    annual.add_argument(
        "--exclude-civilian", action="store_true", help="leave out small arms for civilian use"
    )
    annual.add_argument(
        "--national-categories", action="store_true", help="add voluntary national categories"
    )
    annual.add_argument(
        "--charts", type=int, default=0, metavar="YEARS", help="PDF charts annex over N years"
    )
    annual.add_argument(
        "--force", action="store_true", help="write the file even if validation finds errors"
    )
    add_user_option(annual)
    annual.set_defaults(handler=cmd_report_annual)
    rate_text = "record the exchange rate used to convert a currency in a year's report"
    rate = kinds.add_parser("rate", parents=list(parents), help=rate_text, description=rate_text)
    rate.add_argument("--year", type=int, required=True)
    rate.add_argument("--from", dest="currency", required=True, metavar="CUR")
    rate.add_argument("--to", dest="report_currency", required=True, metavar="CUR")
    rate.add_argument("--rate", required=True, help="1 unit of --from in units of --to")
    rate.add_argument("--source", required=True, help="where the rate comes from")
    add_user_option(rate)
    rate.set_defaults(handler=cmd_report_rate)
    from att_desktop.cli_report_submission import register as register_submission  # issue 14

    register_submission(kinds, parents)
    from att_desktop.cli_report_national import register as register_national  # issue 16

    register_national(kinds, parents)
    from att_desktop.cli_unroca import register as register_unroca  # issue 16

    register_unroca(kinds, parents)
    register_eu(kinds, parents)  # issue 16


def register_eu(kinds: argparse._SubParsersAction[Any], parents: Sequence[Any] = ()) -> None:
    """``att-desktop report eu``: the EU annual report (Common Position 2008/944/CFSP)."""
    text = "write the EU annual report on arms exports (Common Position 2008/944/CFSP, Art. 8)"
    eu = kinds.add_parser("eu", parents=list(parents), help=text, description=text)
    eu.add_argument("--year", type=int, required=True, help="calendar year reported on")
    add_read_only_option(eu)
    eu.add_argument("--format", choices=("pdf", "xlsx", "csv", "json"), required=True)
    eu.add_argument("--out", type=Path, required=True, metavar="FILE")
    eu.add_argument("--language", choices=LANGUAGES, default="en", help="PDF and XLSX language")
    eu.add_argument("--currency", default="EUR", help="report currency (default: EUR)")
    eu.add_argument(
        "--force", action="store_true", help="write the file even if validation finds errors"
    )
    add_user_option(eu)
    eu.set_defaults(handler=cmd_report_eu)


def cmd_report_eu(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.formats.eu_report import write_eu_report
    from att_desktop.services.eu_report import collect_eu_report

    db = ctx.open_for_reading(args)
    try:
        report = collect_eu_report(
            db, args.year, currency=args.currency, actor=ctx.actor(db, args.user)
        )
    finally:
        db.close()
    if not findings_allow_writing(ctx, report.findings, len(report.errors), args.force):
        return EXIT_PROBLEMS
    write_eu_report(report, args.out, args.format, language=args.language)
    ctx.say(
        f"EU report {args.year} written to {args.out}: exports {len(report.exports.rows)} rows, "
        f"brokering {len(report.brokering.rows)} rows."
    )
    return EXIT_PROBLEMS if report.has_errors else EXIT_OK


def cmd_report_annual(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.domain.reporting import Basis, ContactPoint, Measure, ReportOptions
    from att_desktop.formats.report_writers import write_report
    from att_desktop.services.reporting import collect

    options = ReportOptions(
        year=args.year,
        exports_basis=Basis(args.exports),
        imports_basis=Basis(args.imports),
        measure=Measure(args.measure),
        report_currency=args.currency.strip().upper(),
        include_civilian_small_arms=not args.exclude_civilian,
        include_national_categories=args.national_categories,
        exports_public=args.public or args.public_exports,
        imports_public=args.public or args.public_imports,
        reporting_state=args.state.strip().upper(),
        contact=ContactPoint(name=args.contact),
        chart_years=max(args.charts, 0),
    )
    db = ctx.open_for_reading(args)
    try:
        report = collect(db, options, actor=ctx.actor(db, args.user))
    finally:
        db.close()
    if not findings_allow_writing(ctx, report.findings, len(report.errors), args.force):
        return EXIT_PROBLEMS
    write_report(report, args.out, args.format, language=args.language)
    ex, im = report.exports, report.imports
    ctx.say(
        f"Annual report {args.year} written to {args.out}: exports {ex.basis.value} "
        f"({'nil report' if ex.nil else f'{len(ex.rows)} rows'}), imports {im.basis.value} "
        f"({'nil report' if im.nil else f'{len(im.rows)} rows'})"
        + ("; information withheld" if report.title_page.information_withheld else "")
        + "."
    )
    return EXIT_PROBLEMS if report.has_errors else EXIT_OK


def cmd_report_rate(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.reporting import set_exchange_rate

    try:
        rate = Decimal(args.rate)
        if not rate.is_finite():  # NaN, Infinity: once an InvalidOperation traceback
            raise InvalidOperation
    except InvalidOperation:
        ctx.warn(f"'{args.rate}' is not a number; write it with a dot, e.g. 0.92")
        return EXIT_PROBLEMS
    db = ctx.open(create=False)
    try:
        view = set_exchange_rate(
            db,
            args.year,
            args.currency,
            args.report_currency,
            rate,
            args.source,
            actor=ctx.actor(db, args.user),
        )
    finally:
        db.close()
    ctx.say(f"{view.year}: 1 {view.currency} = {view.rate} {view.report_currency} ({view.source})")
    return EXIT_OK
