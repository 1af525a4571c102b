"""``att-desktop destination show|add``: a destination State's file from the command line.

``show CC`` prints each topic's current finding (date, author, sources), how many earlier
versions are kept, and a warning for each topic older than the authority's setting (exit
status 1 when any is, so a script can remind someone to refresh it). ``add CC --topic T
--text ...`` records a new finding, superseding the current one (``--reason`` says why), and
lists the valid licences it puts up for reassessment (Article 7(7)).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

from att_desktop.cli_context import EXIT_OK, EXIT_PROBLEMS, Context, add_user_option
from att_desktop.domain.assessment.model import Source, SourceKind
from att_desktop.domain.countries import country_name
from att_desktop.domain.destination import TOPIC_NAMES, DestinationTopic
from att_desktop.services import destination_files
from att_desktop.services.errors import ServiceError

SOURCE_FORMAT = "KIND;TITLE[;YYYY-MM-DD[;REFERENCE]]"


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    common = list(parents)
    top = commands.add_parser(
        "destination", parents=common, help="a destination State's file of standing findings"
    )
    sub = top.add_subparsers(dest="destination_command", metavar="ACTION", required=True)

    text = (
        "print a State's file: each topic's current finding, date, author and sources, and "
        "the topics older than the authority's setting (exit status 1 when any is)"
    )
    show = sub.add_parser("show", parents=common, help=text, description=text)
    show.add_argument("country", metavar="CC", help="ISO 3166 two-letter code, e.g. BR")
    show.add_argument("--today", type=_day, metavar="YYYY-MM-DD", help="judge staleness as at")
    show.set_defaults(handler=cmd_show)

    text = (
        "record a new finding on a topic (it supersedes the current one, which is kept) and "
        "list the valid licences put up for reassessment (Article 7(7))"
    )
    add = sub.add_parser("add", parents=common, help=text, description=text)
    add.add_argument("country", metavar="CC", help="ISO 3166 two-letter code, e.g. BR")
    add.add_argument(
        "--topic", required=True, choices=[t.value for t in DestinationTopic], help="the topic"
    )
    add.add_argument("--text", required=True, help="what the material shows about the State")
    add.add_argument(
        "--assessed-on", type=_day, metavar="YYYY-MM-DD", help="when assessed (default: today)"
    )
    add.add_argument(
        "--source",
        action="append",
        default=[],
        metavar=SOURCE_FORMAT,
        help="a source (repeat for several); KIND is one of: "
        + ", ".join(k.value for k in SourceKind),
    )
    add.add_argument("--reason", default="", help="why the finding changes (needed to update)")
    add.add_argument(
        "--no-reassessment",
        action="store_true",
        help="do not put the valid licences to the State up for reassessment",
    )
    add_user_option(add)
    add.set_defaults(handler=cmd_add)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def parse_source(text: str) -> Source:
    """``un_report;OHCHR report;2026-03-01;A/HRC/61/12`` as a source."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2 or len(parts) > 4:
        raise ServiceError(f"Source {text!r}: write it as {SOURCE_FORMAT}.")
    try:
        kind = SourceKind(parts[0])
    except ValueError:
        kinds = ", ".join(k.value for k in SourceKind)
        raise ServiceError(f"Source {text!r}: the kind must be one of {kinds}.") from None
    dated = None
    if len(parts) > 2 and parts[2]:
        try:
            dated = date.fromisoformat(parts[2])
        except ValueError:
            raise ServiceError(
                f"Source {text!r}: {parts[2]!r} is not a date (YYYY-MM-DD)."
            ) from None
    return Source(kind, parts[1], dated, parts[3] if len(parts) > 3 else "")


def _source_line(source: Source) -> str:
    parts = [source.kind.value, source.title]
    if source.date:
        parts.append(source.date.isoformat())
    if source.reference:
        parts.append(source.reference)
    return "; ".join(p for p in parts if p)


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open_for_reading(args)
    today = args.today or date.today()
    try:
        file = destination_files.current_file(db, args.country)
        stale = destination_files.stale_topics(db, args.country, today)
    finally:
        db.close()
    ctx.say(f"Destination file: {country_name(file.country_code)} ({file.country_code})")
    if file.is_empty:
        ctx.say("No finding recorded yet.")
    for topic in file.topics:
        entry = topic.current
        if entry is None:
            continue
        earlier = f"; {len(topic.history)} earlier version(s)" if topic.history else ""
        ctx.say(
            f"- {TOPIC_NAMES[topic.topic]} (assessed {entry.assessed_on.isoformat()} "
            f"by {entry.author}{earlier})"
        )
        ctx.say(f"    {entry.text}")
        for source in entry.sources:
            ctx.say(f"    source: {_source_line(source)}")
    for item in stale:
        ctx.warn(f"Needs refreshing: {item.text}")
    return EXIT_PROBLEMS if stale else EXIT_OK


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    sources = [parse_source(s) for s in args.source]
    db = ctx.open(create=False)
    try:
        recorded = destination_files.record_finding(
            db,
            args.country,
            DestinationTopic(args.topic),
            args.text,
            args.assessed_on or date.today(),
            sources,
            actor=ctx.actor(db, args.user),
            reason=args.reason,
            offer_reassessment=not args.no_reassessment,
        )
    finally:
        db.close()
    entry = recorded.entry
    verb = "Updated" if entry.supersedes_id is not None else "Recorded"
    ctx.say(
        f"{verb} {TOPIC_NAMES[entry.topic]} for {country_name(entry.country_code)} "
        f"(assessed {entry.assessed_on.isoformat()})."
    )
    if recorded.affected:
        ctx.say("Valid licences put up for reassessment (Article 7(7)):")
        for lic in recorded.affected:
            ctx.say(f"  {lic.number} ({lic.reference}), valid until {lic.valid_until.isoformat()}")
    elif not args.no_reassessment:
        ctx.say("No valid licence concerns this State.")
    return EXIT_OK
