"""``att-desktop report submission``: the annual report as submitted, headless (issue 14).

``open YEAR`` (the focal point opens the report with its choices and the agencies asked),
``status YEAR``, ``sign-off YEAR`` (an agency's member), ``approver YEAR USER``, ``approve
YEAR`` (the named approver: the files are built once and frozen), ``submit YEAR [--sent-on]``,
``show YEAR --out DIR`` (the frozen files, byte for byte, each hash checked), ``correct YEAR
--reason`` and ``clarification add|answer``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from att_desktop.cli_context import EXIT_OK, EXIT_PROBLEMS, Context, add_user_option


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as 2026-05-20"
        ) from None


def _sub(
    commands: argparse._SubParsersAction[Any],
    parents: Sequence[argparse.ArgumentParser],
    name: str,
    text: str,
    handler: Any,
    *,
    user: bool = True,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name, parents=list(parents), help=text, description=text
    )
    parser.add_argument("year", type=int, metavar="YEAR", help="the calendar year reported on")
    if user:
        add_user_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def register(
    kinds: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    """Add ``submission`` under ``att-desktop report``."""
    text = "the annual report as submitted: contributions, approval, the frozen copy"
    submission = kinds.add_parser("submission", parents=list(parents), help=text, description=text)
    steps = submission.add_subparsers(dest="submission_step", metavar="STEP", required=True)
    opened = _sub(steps, parents, "open", "open the year's report for preparation", cmd_open)
    opened.add_argument(
        "--agency",
        action="append",
        default=[],
        metavar="CODE",
        help="an agency asked to contribute (repeat for several)",
    )
    opened.add_argument("--reason", default="", help="why these choices")
    opened.add_argument("--exports", choices=("authorised", "actual"), default="authorised")
    opened.add_argument("--imports", choices=("authorised", "actual"), default="authorised")
    opened.add_argument("--measure", choices=("items", "value", "both"), default="both")
    opened.add_argument(
        "--public", action="store_true", help="both forms (exports, imports) may be made public"
    )
    opened.add_argument(
        "--public-exports", action="store_true", help="the exports form may be made public"
    )
    opened.add_argument(
        "--public-imports", action="store_true", help="the imports form may be made public"
    )
    opened.add_argument("--exclude-civilian", action="store_true")
    opened.add_argument("--national-categories", action="store_true")
    _sub(steps, parents, "status", "show where the year's report stands", cmd_status, user=False)
    signed = _sub(steps, parents, "sign-off", "sign off your agency's contribution", cmd_sign_off)
    signed.add_argument("--text", default="", help="your agency's notes on its data")
    named = _sub(steps, parents, "approver", "name who approves the report", cmd_approver)
    named.add_argument("approver", metavar="USERNAME")
    _sub(steps, parents, "approve", "approve the report and freeze its files", cmd_approve)
    sent = _sub(
        steps, parents, "submit", "record the date it was sent to the Secretariat", cmd_submit
    )
    sent.add_argument(
        "--sent-on", type=_date, default=None, metavar="DATE", help="default: today (local date)"
    )
    show = _sub(steps, parents, "show", "write the files exactly as sent", cmd_show, user=False)
    show.add_argument("--out", type=Path, required=True, metavar="DIR")
    show.add_argument("--version", type=int, default=None, help="default: the newest")
    fixed = _sub(steps, parents, "correct", "freeze a correction as the next version", cmd_correct)
    fixed.add_argument("--reason", required=True)
    ctext = "the ATT Secretariat's clarification requests"
    clar = steps.add_parser("clarification", parents=list(parents), help=ctext, description=ctext)
    what = clar.add_subparsers(dest="clarification_step", metavar="ACTION", required=True)
    add = _sub(what, parents, "add", "log a clarification request", cmd_clarification_add)
    add.add_argument("--text", required=True)
    add.add_argument("--reference", default="")
    add.add_argument("--received-on", type=_date, default=None, metavar="DATE")
    answer = _sub(what, parents, "answer", "record the answer sent", cmd_clarification_answer)
    answer.add_argument("--id", type=int, required=True, dest="clarification_id")
    answer.add_argument("--text", required=True)
    answer.add_argument("--answered-on", type=_date, default=None, metavar="DATE")


def _say_status(ctx: Context, year: int) -> None:
    from att_desktop.services.report_clarifications import list_clarifications
    from att_desktop.services.report_submission import get_submission

    db = ctx.open(create=False)
    try:
        view = get_submission(db, year)
        requests = list_clarifications(db, year)
    finally:
        db.close()
    if view is None:
        ctx.say(f"No report for {year} is in preparation.")
        return
    ctx.say(f"Annual report {year}: {view.status.value} (opened by {view.opened_by})")
    for c in view.contributions:
        state = f"signed off by {c.signed_off_by}" if c.signed_off else "sign-off awaited"
        ctx.say(f"  {c.agency_name}: {state}" + (f" — {c.text}" if c.text else ""))
    ctx.say(f"  Approver: {view.approver or 'not named'}")
    if view.submitted_on is not None:
        ctx.say(f"  Sent to the ATT Secretariat on {view.submitted_on.isoformat()}")
    for v in view.versions:
        ctx.say(f"  Version {v.version}" + (f" ({v.reason})" if v.reason else ""))
        for f in v.files:
            ctx.say(f"    {f.name}  sha256 {f.sha256}")
    for r in requests:
        answered = f"answered {r.answered_on.isoformat()}" if r.answered_on else "not answered"
        ctx.say(f"  Clarification {r.id} of {r.received_on.isoformat()}: {answered}")


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    _say_status(ctx, args.year)
    return EXIT_OK


def cmd_open(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.domain.reporting import Basis, Measure, ReportOptions
    from att_desktop.services.accounts import list_agencies
    from att_desktop.services.report_settings import get_report_defaults
    from att_desktop.services.report_submission import open_submission

    db = ctx.open(create=False)
    try:
        by_code = {a.code.upper(): a.id for a in list_agencies(db)}
        unknown = [c for c in args.agency if c.upper() not in by_code]
        if unknown:
            ctx.warn(f"No agency with the code {', '.join(unknown)}.")
            return EXIT_PROBLEMS
        defaults = get_report_defaults(db)
        options = ReportOptions(
            year=args.year,
            exports_basis=Basis(args.exports),
            imports_basis=Basis(args.imports),
            measure=Measure(args.measure),
            report_currency=defaults.report_currency,
            include_civilian_small_arms=not args.exclude_civilian,
            include_national_categories=args.national_categories,
            exports_public=args.public or args.public_exports,
            imports_public=args.public or args.public_imports,
            contact=defaults.contact,
            national_definitions=defaults.national_definitions,
        )
        view = open_submission(
            db,
            args.year,
            options,
            agency_ids=tuple(by_code[c.upper()] for c in args.agency),
            reason=args.reason,
            actor=ctx.actor(db, args.user),
        )
    finally:
        db.close()
    ctx.say(
        f"Annual report {args.year} in preparation: {len(view.choices)} choice(s) recorded, "
        f"{len(view.contributions)} agency contribution(s) asked."
    )
    return EXIT_OK


def _act(ctx: Context, args: argparse.Namespace, call: Any) -> Any:
    db = ctx.open(create=False)
    try:
        return call(db, ctx.actor(db, args.user))
    finally:
        db.close()


def cmd_sign_off(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.report_submission import sign_off_contribution

    _act(ctx, args, lambda db, a: sign_off_contribution(db, args.year, args.text, actor=a))
    ctx.say(f"Your agency's contribution to the {args.year} report is signed off.")
    return EXIT_OK


def cmd_approver(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.accounts import list_users
    from att_desktop.services.report_submission import name_approver

    def name(db: Any, actor: Any) -> Any:
        found = [u for u in list_users(db, include_inactive=False) if u.username == args.approver]
        if not found:
            ctx.warn(f"No active account named {args.approver}.")
            return None
        return name_approver(db, args.year, found[0].id, actor=actor)

    view = _act(ctx, args, name)
    if view is None:
        return EXIT_PROBLEMS
    ctx.say(f"{view.approver} is named to approve the {args.year} report.")
    return EXIT_OK


def cmd_approve(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.report_submission import approve_report

    view = _act(ctx, args, lambda db, a: approve_report(db, args.year, actor=a))
    ctx.say(f"Annual report {args.year} approved by {view.approver}; its files are frozen:")
    for f in view.versions[-1].files:
        ctx.say(f"  {f.name}  sha256 {f.sha256}")
    return EXIT_OK


def cmd_submit(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.report_submission import mark_submitted

    view = _act(ctx, args, lambda db, a: mark_submitted(db, args.year, args.sent_on, actor=a))
    sent_on = view.submitted_on.isoformat() if view.submitted_on else ""
    ctx.say(f"Annual report {args.year} recorded as sent on {sent_on}.")
    return EXIT_OK


def cmd_correct(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.report_submission import correct_report

    view = _act(ctx, args, lambda db, a: correct_report(db, args.year, args.reason, actor=a))
    ctx.say(f"Correction frozen as version {view.versions[-1].version} of the {args.year} report.")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    """Write the frozen files byte for byte; each is re-hashed when read and once written."""
    import hashlib

    from att_desktop.services.report_submission import frozen_files

    db = ctx.open_for_reading(args)
    try:
        files = frozen_files(db, args.year, version=args.version)
    finally:
        db.close()
    args.out.mkdir(parents=True, exist_ok=True)
    for f in files:
        path = args.out / f.name
        path.write_bytes(f.data)
        if hashlib.sha256(path.read_bytes()).hexdigest() != f.sha256:
            ctx.warn(f"{path} was not written as stored: its hash differs.")
            return EXIT_PROBLEMS
        ctx.say(f"{path}  sha256 {f.sha256} (verified)")
    return EXIT_OK


def cmd_clarification_add(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.report_clarifications import add_clarification

    received = args.received_on or date.today()
    view = _act(
        ctx,
        args,
        lambda db, a: add_clarification(
            db, args.year, received, args.text, reference=args.reference, actor=a
        ),
    )
    ctx.say(f"Clarification request {view.id} of {received.isoformat()} logged.")
    return EXIT_OK


def cmd_clarification_answer(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.report_clarifications import answer_clarification

    on = args.answered_on or date.today()
    _act(
        ctx,
        args,
        lambda db, a: answer_clarification(db, args.clarification_id, on, args.text, actor=a),
    )
    ctx.say(f"Answer to clarification request {args.clarification_id} recorded.")
    return EXIT_OK
