"""``att-desktop report national`` and ``att-desktop report wassenaar``, headless.

Like ``report annual``: the findings are printed, and errors (a value with no exchange rate,
a destination missing) stop the file being written unless ``--force`` is given (the PDF then
says DRAFT on every page); exit status 1 while errors remain.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
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

DIMENSIONS = ("destination", "rating", "outcome", "criterion")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from exc


def _dimensions(text: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    bad = [n for n in names if n not in DIMENSIONS]
    if bad:
        raise argparse.ArgumentTypeError(
            f"unknown dimension {', '.join(bad)}; use {', '.join(DIMENSIONS)}"
        )
    return names


def _criteria(text: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    known = ("att", "framework")
    bad = [n for n in names if n not in known]
    if bad or not names:
        raise argparse.ArgumentTypeError(
            f"unknown criterion source {', '.join(bad) or '(none)'}; use {', '.join(known)}"
        )
    return names


def _common(parser: argparse.ArgumentParser) -> None:
    add_read_only_option(parser)
    parser.add_argument("--format", choices=("pdf", "xlsx", "csv", "json"), required=True)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the PDF and XLSX (and the CSV's names); JSON is always English",
    )
    parser.add_argument("--state", default="", help="reporting State (ISO code); default: setting")
    parser.add_argument(
        "--force", action="store_true", help="write the file even if validation finds errors"
    )
    add_user_option(parser)


def register(
    kinds: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    text = "national (parliamentary) report: licence decisions of a period, pivoted"
    national = kinds.add_parser("national", parents=list(parents), help=text, description=text)
    national.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
    national.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE")
    national.add_argument(
        "--rows",
        type=_dimensions,
        default=("destination", "rating"),
        help=f"comma-separated, among {', '.join(DIMENSIONS)} (default: destination,rating)",
    )
    national.add_argument(
        "--columns",
        type=_dimensions,
        default=("outcome",),
        help="comma-separated, not used as rows (default: outcome)",
    )
    national.add_argument("--currency", default="EUR", help="report currency (default: EUR)")
    national.add_argument(
        "--criteria",
        type=_criteria,
        default=("att",),
        help="comma-separated criterion sources: att (the treaty's grounds), framework (the "
        "national framework's criteria, e.g. EU Common Position 1-8) (default: att)",
    )
    _common(national)
    national.set_defaults(handler=cmd_report_national)
    text = "Wassenaar Arrangement half-yearly report of deliveries to non-participating States"
    wassenaar = kinds.add_parser("wassenaar", parents=list(parents), help=text, description=text)
    wassenaar.add_argument("--year", type=int, required=True)
    wassenaar.add_argument("--half", type=int, choices=(1, 2), required=True)
    _common(wassenaar)
    wassenaar.set_defaults(handler=cmd_report_wassenaar)


def cmd_report_national(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.domain.reporting.pivot import Dimension
    from att_desktop.formats.national_report import write_national_report
    from att_desktop.services.national_report import collect_national

    if args.end < args.start:
        ctx.warn("--to is before --from")
        return EXIT_PROBLEMS
    if set(args.rows) & set(args.columns):
        ctx.warn("a dimension cannot be both in --rows and in --columns")
        return EXIT_PROBLEMS
    db = ctx.open_for_reading(args)
    try:
        report = collect_national(
            db,
            args.start,
            args.end,
            rows=tuple(Dimension(d) for d in args.rows),
            columns=tuple(Dimension(d) for d in args.columns),
            report_currency=args.currency,
            criteria=args.criteria,
            reporting_state=args.state.strip().upper(),
            actor=ctx.actor(db, args.user),
        )
    finally:
        db.close()
    if not findings_allow_writing(ctx, report.findings, len(report.errors), args.force):
        return EXIT_PROBLEMS
    write_national_report(report, args.out, args.format, language=args.language)
    total = report.pivot.total
    what = (
        "nil report"
        if report.nil
        else f"{total.count} decision(s), {format(total.value, 'f')} {report.report_currency}"
    )
    ctx.say(f"National report {args.start} to {args.end} written to {args.out}: {what}.")
    return EXIT_PROBLEMS if report.has_errors else EXIT_OK


def cmd_report_wassenaar(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.domain.reporting.wassenaar import CATEGORIES
    from att_desktop.formats.wassenaar_report import write_wassenaar_report
    from att_desktop.services.national_report import collect_wassenaar

    db = ctx.open_for_reading(args)
    try:
        report = collect_wassenaar(
            db,
            args.year,
            args.half,
            reporting_state=args.state.strip().upper(),
            actor=ctx.actor(db, args.user),
        )
    finally:
        db.close()
    if not findings_allow_writing(ctx, report.findings, len(report.errors), args.force):
        return EXIT_PROBLEMS
    write_wassenaar_report(report, args.out, args.format, language=args.language)
    totals = ", ".join(
        f"{c}: {format(report.total(c), 'f')}" for c in CATEGORIES if report.tables[c]
    )
    ctx.say(
        f"Wassenaar report {args.year} H{args.half} written to {args.out}: "
        + ("nil report" if report.nil else totals)
        + "."
    )
    return EXIT_PROBLEMS if report.has_errors else EXIT_OK
