"""``att-desktop report unroca``: the UN Register of Conventional Arms report, headless.

The same records and category aggregation as ``report annual`` (actual shipments of the
calendar year, numbers of items), written on the Register's forms. Exit status 1 with the
findings printed when validation finds errors; the file is then written only with
``--force`` (the PDF then says DRAFT).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
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
    kinds: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    """Add ``unroca`` to the ``report`` command's kinds."""
    text = "write the UN Register of Conventional Arms report for a calendar year"
    unroca = kinds.add_parser("unroca", parents=list(parents), help=text, description=text)
    unroca.add_argument("--year", type=int, required=True, help="calendar year reported on")
    add_read_only_option(unroca)
    unroca.add_argument("--format", choices=("pdf", "xlsx", "csv", "json"), required=True)
    unroca.add_argument("--out", type=Path, required=True, metavar="FILE")
    unroca.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the PDF and XLSX (and the CSV's names); JSON is always English",
    )
    unroca.add_argument("--state", default="", help="reporting State (ISO code); default: setting")
    unroca.add_argument("--contact", default="", help="national point of contact (one line)")
    unroca.add_argument(
        "--force", action="store_true", help="write the file even if validation finds errors"
    )
    add_user_option(unroca)
    unroca.set_defaults(handler=cmd_report_unroca)


def cmd_report_unroca(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.domain.reporting import ContactPoint
    from att_desktop.formats.unroca_writers import write_unroca
    from att_desktop.services.unroca import collect_unroca

    db = ctx.open_for_reading(args)
    try:
        report = collect_unroca(
            db,
            args.year,
            reporting_state=args.state.strip().upper(),
            contact=ContactPoint(name=args.contact),
            actor=ctx.actor(db, args.user),
        )
    finally:
        db.close()
    if not findings_allow_writing(ctx, report.findings, len(report.errors), args.force):
        return EXIT_PROBLEMS
    write_unroca(report, args.out, args.format, language=args.language)
    names = {
        "exports": "exports I-VII",
        "imports": "imports I-VII",
        "salw_exports": "SALW exports",
        "salw_imports": "SALW imports",
    }
    parts = [
        f"{names[t.key]}: {'nil' if t.nil else f'{t.total_items} items'}" for t in report.tables
    ]
    ctx.say(
        f"UN Register report {args.year} (actual transfers) written to {args.out}: "
        + "; ".join(parts)
        + "."
    )
    return EXIT_PROBLEMS if report.has_errors else EXIT_OK
