"""``att-desktop sanctions import|screen|hits|review``: the UN Security Council Consolidated List.

The administrator imports the Council's XML file (downloaded elsewhere: the app stays
offline), which re-screens the parties of valid licences and open cases and prints the
licences to reassess under Article 7(7). ``screen`` screens every case's parties, or one
case's; ``hits`` lists the hits with their review state; ``review`` records an officer's
judgement with its reason. See docs/sanctions-list.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from att_desktop.cli_context import EXIT_OK, EXIT_PROBLEMS, Context, add_user_option
from att_desktop.services import sanctions

STATUSES = (sanctions.UNREVIEWED, sanctions.CONFIRMED, sanctions.REJECTED)


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    common = list(parents)
    top = commands.add_parser(
        "sanctions", parents=common, help="the UN Security Council Consolidated List"
    )
    sub = top.add_subparsers(dest="sanctions_command", metavar="ACTION", required=True)

    text = (
        "import the Council's consolidated XML file (administrator), re-screen valid "
        "licences and open cases, and list the licences to reassess (Article 7(7))"
    )
    imp = sub.add_parser("import", parents=common, help=text, description=text)
    imp.add_argument("file", type=Path, metavar="FILE")
    add_user_option(imp)
    imp.set_defaults(handler=cmd_import)

    text = "screen every party of every case (or of one case) against the list in use"
    screen = sub.add_parser("screen", parents=common, help=text, description=text)
    screen.add_argument("--case", metavar="REF", help="only this case's parties")
    add_user_option(screen)
    screen.set_defaults(handler=cmd_screen)

    text = "list the hits on the list in use with their review state"
    hits = sub.add_parser("hits", parents=common, help=text, description=text)
    hits.add_argument("--case", metavar="REF", help="only this case's hits")
    hits.add_argument("--status", choices=STATUSES, help="only hits in this review state")
    hits.set_defaults(handler=cmd_hits)

    text = "confirm or reject a hit, with the reason (kept in the history)"
    review = sub.add_parser("review", parents=common, help=text, description=text)
    review.add_argument("hit", type=int, metavar="HIT_ID")
    verdict = review.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--confirm", action="store_true", help="the party is the listed one")
    verdict.add_argument("--reject", action="store_true", help="the party is someone else")
    review.add_argument("--reason", required=True)
    add_user_option(review)
    review.set_defaults(handler=cmd_review)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=True)
    try:
        result = sanctions.import_sanctions_list(db, args.file, ctx.actor(db, args.user))
    finally:
        db.close()
    info = result.info
    ctx.say(
        f"Imported the UN Consolidated List generated {info.generated_at:%Y-%m-%d %H:%M} UTC "
        f"({info.entries} entries, SHA-256 {info.sha256[:16]}...) from {args.file.name}."
    )
    ctx.say(
        f"Screened {result.screening.parties} parties of open cases and valid licences: "
        f"{result.screening.new_hits} new hit(s)."
    )
    if not result.licences:
        ctx.say("No valid licence has a confirmed or unreviewed hit.")
        return EXIT_OK
    ctx.say("Valid licences to reassess (Article 7(7)):")
    for lic in result.licences:
        state = "CONFIRMED hit" if lic.confirmed else "hit to review"
        names = "; ".join(f"{h.party_name} ~ {h.entry_reference}" for h in lic.hits)
        ctx.say(f"  {lic.number} ({lic.reference}): {state}: {names}")
    return EXIT_PROBLEMS


def cmd_screen(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        actor = ctx.actor(db, args.user)
        case_id = sanctions.application_id_for(db, args.case) if args.case else None
        result = sanctions.screen_parties(db, actor, application_id=case_id)
        open_hits = sanctions.list_hits(db, application_id=case_id)
    finally:
        db.close()
    waiting = [h for h in open_hits if h.status != sanctions.REJECTED]
    ctx.say(f"Screened {result.parties} parties: {result.new_hits} new hit(s).")
    _print_hits(ctx, waiting)
    return EXIT_PROBLEMS if waiting else EXIT_OK


def cmd_hits(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        listed = sanctions.current_list(db)
        case_id = sanctions.application_id_for(db, args.case) if args.case else None
        found = sanctions.list_hits(db, application_id=case_id, status=args.status)
    finally:
        db.close()
    if listed is None:
        ctx.say("No UN Consolidated List has been imported.")
        return EXIT_OK
    ctx.say(f"UN Consolidated List generated {listed.generated_at:%Y-%m-%d %H:%M} UTC.")
    if not found:
        ctx.say("No hits.")
    _print_hits(ctx, found)
    return EXIT_OK


def cmd_review(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        hit = sanctions.review_hit(
            db, args.hit, confirmed=args.confirm, reason=args.reason, actor=ctx.actor(db, args.user)
        )
    finally:
        db.close()
    ctx.say(f"Hit {hit.id} ({hit.party_name} ~ {hit.entry_reference}) is now {hit.status}.")
    return EXIT_OK


def _print_hits(ctx: Context, hits: Sequence[sanctions.HitView]) -> None:
    for h in hits:
        ctx.say(
            f"  [{h.id}] {h.reference} {h.party_role.value} {h.party_name} ({h.party_country}) ~ "
            f"{h.entry_name} {h.entry_reference} ({h.un_list_type}), score {h.score}: {h.status}"
        )
        ctx.say(f"      {h.explanation}")
        if h.review_reason:
            ctx.say(f"      reason: {h.review_reason}")
