"""``att-desktop settings``: the authority-wide settings kept in the database."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from att_desktop.cli_context import EXIT_ERROR, EXIT_OK, Context, add_user_option
from att_desktop.domain.references import InvalidPatternError
from att_desktop.services.conditions import set_standard_conditions, standard_conditions
from att_desktop.services.errors import ServiceError
from att_desktop.services.gbv_consultation import consultation_policy, set_consultation_policy
from att_desktop.services.references import reference_pattern, set_reference_pattern


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    text = "show or change authority-wide settings (e.g. the case reference pattern)"
    sub: argparse.ArgumentParser = commands.add_parser(
        "settings", parents=list(parents), help=text, description=text
    )
    sub.add_argument(
        "--reference-pattern",
        metavar="PATTERN",
        help="pattern of new case references, with {prefix}, {year} and {seq}, e.g. "
        "'{prefix}/{year}/{seq:05d}' (EXP/2026/00042); the counter restarts every year",
    )
    sub.add_argument(
        "--standard-condition",
        action="append",
        metavar="TEXT",
        help="a standard licence condition proposed on every licence; repeat it for each "
        "one: together they replace the current list ('' alone: none at all)",
    )
    sub.add_argument(
        "--gbv-consultation",
        choices=("required", "optional"),
        help="issue 14: whether completing an assessment whose GBV steps 1 and 2 are yes needs "
        "the gender adviser's answer (default: required while a gender adviser is active)",
    )
    sub.add_argument(
        "--control-list",
        choices=("eu_cml", "national"),
        help="issue 16: check line-item ratings against the EU Common Military List (eu_cml, "
        "the default) or accept a national list's free-text ratings (national)",
    )
    sub.add_argument(
        "--load-criteria-set",
        metavar="FILE",
        help="issue 16: load a national denial criteria set (JSON, see docs/eu_report.md)",
    )
    sub.add_argument(
        "--criteria-set",
        metavar="ID",
        help="issue 16: the denial criteria set deciders cite (e.g. eu-cp-2008-944; '' for none)",
    )
    add_user_option(sub)
    sub.set_defaults(handler=cmd_settings)


def cmd_settings(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=True)
    try:
        if args.reference_pattern is not None:
            try:
                set_reference_pattern(db, args.reference_pattern, actor=ctx.actor(db, args.user))
            except (InvalidPatternError, ServiceError) as exc:
                ctx.warn(str(exc))
                return EXIT_ERROR
            ctx.say(f"New cases will be numbered like this: {args.reference_pattern}")
        if args.standard_condition is not None:
            try:
                chosen = tuple(args.standard_condition)
                set_standard_conditions(db, chosen, actor=ctx.actor(db, args.user))
            except ServiceError as exc:
                ctx.warn(str(exc))
                return EXIT_ERROR
        if args.gbv_consultation is not None:
            try:
                set_consultation_policy(db, ctx.actor(db, args.user), args.gbv_consultation)
            except ServiceError as exc:
                ctx.warn(str(exc))
                return EXIT_ERROR
        if not _criteria_settings(args, ctx, db):
            return EXIT_ERROR
        ctx.say(f"reference pattern: {reference_pattern(db)}")
        ctx.say(f"gender adviser consultation: {consultation_policy(db)}")
        ctx.say("standard licence conditions:")
        for condition in standard_conditions(db) or ("(none)",):
            ctx.say(f"  - {condition}")
    finally:
        db.close()
    return EXIT_OK


def _criteria_settings(args: argparse.Namespace, ctx: Context, db: Any) -> bool:
    """Issue 16: the control list, loaded criteria sets and the active set; then show them."""
    from pathlib import Path

    from att_desktop.services import criteria_sets

    try:
        if args.control_list is not None:
            criteria_sets.set_control_list(db, args.control_list, actor=ctx.actor(db, args.user))
        if args.load_criteria_set is not None:
            loaded = criteria_sets.load_criteria_set(
                db, Path(args.load_criteria_set), actor=ctx.actor(db, args.user)
            )
            ctx.say(f"criteria set loaded: {loaded.set_id} ({len(loaded.criteria)} criteria)")
        if args.criteria_set is not None:
            criteria_sets.set_active_criteria_set(
                db, args.criteria_set, actor=ctx.actor(db, args.user)
            )
    except ServiceError as exc:
        ctx.warn(str(exc))
        return False
    active = criteria_sets.active_criteria_set(db)
    ctx.say(f"control list: {criteria_sets.control_list(db)}")
    ctx.say(f"denial criteria set: {active.set_id if active is not None else '(none)'}")
    return True
