"""``att-desktop follow-up``: licence obligations, headless (issue 14).

The same services as Case → Licence follow-up…: ``list`` prints the obligations (the overdue
ones with ``--overdue``), ``receive`` records a delivery verification certificate, ``visit``
a verification visit's result, ``waive`` waives one with a reason, and ``settings`` shows or
changes when certificates are owed (an administrator's task). Once the database has
accounts, ``--user NAME`` signs in (a licensing officer or the focal point records).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

from att_desktop.cli_context import EXIT_OK, Context, add_read_only_option, add_user_option
from att_desktop.cli_screen import as_at_date
from att_desktop.domain.follow_up import DvcRule, ObligationKind, ObligationStatus, VisitOutcome


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    """Add ``follow-up list|receive|visit|waive|settings`` to ``att-desktop``'s commands."""
    common = list(parents)
    text = "licence follow-up: delivery certificates, verification visits, assurances"
    follow = commands.add_parser("follow-up", parents=common, help=text, description=text)
    actions = follow.add_subparsers(dest="follow_up_command", metavar="ACTION", required=True)

    text = "list licence obligations (soonest due first)"
    listing = actions.add_parser("list", parents=common, help=text, description=text)
    listing.add_argument("--overdue", action="store_true", help="open and past their due date")
    listing.add_argument("--kind", choices=[k.value for k in ObligationKind])
    listing.add_argument("--status", choices=[s.value for s in ObligationStatus])
    listing.add_argument("--licence", metavar="NUMBER", help="one licence, as printed on it")
    listing.add_argument("--limit", type=int, default=200, metavar="N")
    add_read_only_option(listing)
    listing.set_defaults(handler=cmd_list)

    text = "record a delivery verification certificate as received"
    receive = actions.add_parser("receive", parents=common, help=text, description=text)
    receive.add_argument("id", type=int, metavar="ID", help="the obligation's number (list)")
    receive.add_argument("--on", required=True, type=as_at_date, metavar="YYYY-MM-DD")
    receive.add_argument("--reference", required=True, metavar="TEXT", help="certificate no.")
    add_user_option(receive)
    receive.set_defaults(handler=cmd_receive)

    text = "record the result of a verification visit (schedule one with --plan)"
    visit = actions.add_parser("visit", parents=common, help=text, description=text)
    visit.add_argument("id", type=int, nargs="?", metavar="ID", help="the planned visit")
    visit.add_argument("--plan", metavar="LICENCE", help="plan a visit under this licence")
    visit.add_argument("--on", required=True, type=as_at_date, metavar="YYYY-MM-DD")
    visit.add_argument("--visitors", default="", metavar="WHO")
    visit.add_argument("--place", default="", metavar="WHERE")
    visit.add_argument("--findings", default="", metavar="TEXT")
    visit.add_argument(
        "--outcome", choices=[o.value for o in VisitOutcome], default=VisitOutcome.SATISFACTORY
    )
    add_user_option(visit)
    visit.set_defaults(handler=cmd_visit)

    text = "waive an open obligation, saying why"
    waive = actions.add_parser("waive", parents=common, help=text, description=text)
    waive.add_argument("id", type=int, metavar="ID")
    waive.add_argument("--reason", required=True, metavar="TEXT")
    add_user_option(waive)
    waive.set_defaults(handler=cmd_waive)

    text = "show or change when delivery verification certificates are owed"
    settings = actions.add_parser("settings", parents=common, help=text, description=text)
    settings.add_argument("--days", type=int, metavar="N", help="due N days after shipment")
    settings.add_argument("--rule", choices=[r.value for r in DvcRule])
    add_user_option(settings)
    settings.set_defaults(handler=cmd_settings)


def _line(o: Any) -> str:
    from att_desktop.services.follow_up import ObligationView

    assert isinstance(o, ObligationView)
    state = "OVERDUE" if o.overdue else o.status.value
    extra = ""
    if o.done_on is not None:
        extra = f"; {o.status.value} on {o.done_on.isoformat()}"
        extra += f" ({o.reference})" if o.reference else ""
    if o.outcome is not None:
        extra += "; BREACH FOUND" if o.breach_found else f"; {o.outcome.value}"
    if o.waive_reason:
        extra += f": {o.waive_reason}"
    return f"#{o.id}\t{o.licence_number}\t{o.case_reference}\t{state}\t{o.summary}{extra}"


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.follow_up import licence_id_by_number, list_obligations

    db = ctx.open_for_reading(args)
    try:
        licence_id = licence_id_by_number(db, args.licence) if args.licence else None
        rows = list_obligations(
            db,
            licence_id=licence_id,
            overdue_on=date.today() if args.overdue else None,
            kind=ObligationKind(args.kind) if args.kind else None,
            status=ObligationStatus(args.status) if args.status else None,
            limit=args.limit,
        )
    finally:
        db.close()
    for row in rows:
        ctx.say(_line(row))
    ctx.say(f"{len(rows)} obligation(s).")
    return EXIT_OK


def cmd_receive(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.follow_up import record_certificate_received

    db = ctx.open(create=False)
    try:
        actor = ctx.actor(db, args.user)
        done = record_certificate_received(
            db, args.id, received_on=args.on, reference=args.reference, actor=actor
        )
    finally:
        db.close()
    ctx.say(_line(done))
    return EXIT_OK


def cmd_visit(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.errors import ServiceError
    from att_desktop.services.follow_up import licence_id_by_number, record_visit, schedule_visit

    if (args.id is None) == (args.plan is None):
        raise ServiceError("Give either the planned visit's ID, or --plan LICENCE to plan one.")
    db = ctx.open(create=False)
    try:
        actor = ctx.actor(db, args.user)
        if args.plan:
            done = schedule_visit(
                db,
                licence_id_by_number(db, args.plan),
                planned_on=args.on,
                visitors=args.visitors,
                place=args.place,
                actor=actor,
            )
        else:
            done = record_visit(
                db,
                args.id,
                visited_on=args.on,
                visitors=args.visitors,
                findings=args.findings,
                outcome=VisitOutcome(args.outcome),
                actor=actor,
            )
    finally:
        db.close()
    ctx.say(_line(done))
    if done.breach_found:
        ctx.warn(
            f"The visit found a breach under licence {done.licence_number}: record an incident "
            "and consider suspending the licence (Article 7(7))."
        )
    return EXIT_OK


def cmd_waive(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.follow_up import waive_obligation

    db = ctx.open(create=False)
    try:
        done = waive_obligation(db, args.id, reason=args.reason, actor=ctx.actor(db, args.user))
    finally:
        db.close()
    ctx.say(_line(done))
    return EXIT_OK


def cmd_settings(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.follow_up import follow_up_settings, set_follow_up_settings

    db = ctx.open(create=False)
    try:
        current = follow_up_settings(db)
        if args.days is not None or args.rule is not None:
            current = set_follow_up_settings(
                db,
                dvc_days=args.days if args.days is not None else current.dvc_days,
                dvc_rule=DvcRule(args.rule) if args.rule else current.dvc_rule,
                actor=ctx.actor(db, args.user),
            )
    finally:
        db.close()
    ctx.say(
        f"Delivery verification certificates: owed for {current.dvc_rule.value} licences, "
        f"due {current.dvc_days} days after each shipment."
    )
    return EXIT_OK
