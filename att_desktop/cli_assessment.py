"""Headless commands for the assessment (issue 3): evaluate, screen, case, embargo, reassess.

Kept apart from ``cli.py`` so the two can grow independently; ``cli.build_parser`` calls
``register``. ``evaluate`` and ``screen`` live in ``cli_screen``; they open a database only
when ``--db`` is given.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from att_desktop import cli_screen
from att_desktop.cli_context import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, Context, add_user_option
from att_desktop.domain import bounded_json


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    """Add the commands to ``att-desktop``'s sub-command table."""

    def add(
        table: argparse._SubParsersAction[Any], name: str, handler: Any, text: str
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = table.add_parser(
            name, parents=list(parents), help=text, description=text
        )
        sub.set_defaults(handler=handler)
        return sub

    ev = add(
        commands,
        "evaluate",
        cli_screen.cmd_evaluate,
        "run the Article 6 screen on a JSON case file and print the assessment engine's "
        "recommendation and grounds (shipped reference data, plus the database's sets only "
        "with --db); matches written in the file add to the screen's, never remove them",
    )
    ev.add_argument("file", type=Path, metavar="CASE.json")
    cli_screen.add_screen_options(ev)
    cli_screen.register(lambda name, handler, text: add(commands, name, handler, text))

    case = commands.add_parser("case", help="export or import one case as a JSON case file")
    case_cmds = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    exp = add(case_cmds, "export", cmd_case_export, "write a case to a JSON case file")
    exp.add_argument("reference", metavar="REF")
    exp.add_argument("file", type=Path, metavar="FILE")
    imp = add(case_cmds, "import", cmd_case_import, "import a JSON case file (all or nothing)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--new-reference",
        action="store_true",
        help="give the case a new reference instead of the file's",
    )
    add_user_option(imp)

    embargo = commands.add_parser("embargo", help="embargo reference data")
    embargo_cmds = embargo.add_subparsers(dest="embargo_command", metavar="ACTION", required=True)
    upd = add(
        embargo_cmds,
        "update",
        cmd_embargo_update,
        "load an updated embargo set from a JSON file and list the licences to reassess",
    )
    upd.add_argument("file", type=Path, metavar="FILE")
    upd.add_argument(
        "--reason",
        default="",
        help="why a file whose as_of is older than the data in use is loaded anyway "
        "(a correction); kept in the history",
    )
    add_user_option(upd)
    add(embargo_cmds, "list", cmd_embargo_list, "list the embargo sets and which are applied")
    apply = add(
        embargo_cmds,
        "apply",
        cmd_embargo_apply,
        "apply exactly the optional embargo sets named (Article 6(2)); UN sets always apply",
    )
    apply.add_argument("sets", nargs="*", metavar="SET", help="set ids; none: UN sets only")

    reassess = commands.add_parser("reassess", help="Article 7(7) reassessment")
    reassess_cmds = reassess.add_subparsers(
        dest="reassess_command", metavar="ACTION", required=True
    )
    lst = add(
        reassess_cmds,
        "list",
        cmd_reassess_list,
        "list the valid licences that new embargo data or destination information concerns",
    )
    lst.add_argument("--on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")


# --- commands -------------------------------------------------------------------------------


def cmd_case_export(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.case_files import export_case
    from att_desktop.services.cases import find_case_id

    db = ctx.open(create=False)
    try:
        data = export_case(db, find_case_id(db, args.reference))
    finally:
        db.close()
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    args.file.write_text(text, encoding="utf-8")
    ctx.say(f"Exported {args.reference} to {args.file}.")
    return EXIT_OK


def cmd_case_import(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.case_files import import_case
    from att_desktop.services.provenance import ImportSource

    try:
        data = bounded_json.loads(args.file.read_text(encoding="utf-8"))
    except ValueError as exc:
        ctx.warn(f"{args.file}: not valid JSON ({exc}). Nothing was imported.")
        return EXIT_PROBLEMS
    db = ctx.open(create=True)
    try:
        case = import_case(
            db,
            data,
            new_reference=args.new_reference,
            actor=ctx.actor(db, args.user),
            source=ImportSource.of_file(args.file),
        )
    finally:
        db.close()
    ctx.say(f"Imported {case.reference} ({case.status.value}) into {ctx.location}.")
    return EXIT_OK


def cmd_embargo_update(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.assessment import affected_licences, load_embargo_update
    from att_desktop.services.screening import OlderEmbargoDataError

    db = ctx.open(create=False)
    try:
        update = load_embargo_update(
            db, args.file, actor=ctx.actor(db, args.user), reason=args.reason
        )
        affected = affected_licences(db, date.today())
    except OlderEmbargoDataError as exc:
        ctx.warn(f"att-desktop embargo update: {exc} Give it with --reason TEXT.")
        return EXIT_PROBLEMS
    finally:
        db.close()
    previous = update.previous_as_of.isoformat() if update.previous_as_of else "none"
    ctx.say(
        f"Loaded {update.title} as of {update.as_of.isoformat()} (was {previous}): "
        f"{len(update.added)} added, {len(update.changed)} changed, "
        f"{len(update.removed)} removed."
    )
    _print_affected(ctx, affected)
    return EXIT_OK


def cmd_embargo_list(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.assessment import list_embargo_sets

    db = ctx.open(create=False)
    try:
        sets = list_embargo_sets(db)
    finally:
        db.close()
    for s in sets:
        state = "applied" if s.enabled else "not applied"
        origin = "loaded update" if s.updated else "shipped"
        ctx.say(
            f"{s.id}: {s.title} — as of {s.as_of.isoformat()}, {s.entries} entries, "
            f"{state} ({origin})"
        )
    return EXIT_OK


def cmd_embargo_apply(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.assessment import set_enabled_embargo_sets

    db = ctx.open(create=False)
    try:
        applied = set_enabled_embargo_sets(db, args.sets)
    finally:
        db.close()
    ctx.say(f"Embargo sets applied: {', '.join(applied)}.")
    return EXIT_OK


def cmd_reassess_list(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.assessment import affected_licences

    db = ctx.open(create=False)
    try:
        affected = affected_licences(db, args.on or date.today())
    finally:
        db.close()
    _print_affected(ctx, affected)
    return EXIT_OK


def _print_affected(ctx: Context, affected: Sequence[Any]) -> None:
    if not affected:
        ctx.say("No valid licence needs reassessing.")
        return
    ctx.say(f"{len(affected)} valid licence(s) to reassess (Article 7(7)):")
    for lic in affected:
        flag = " [EMBARGO: suspend or revoke]" if lic.prohibited else ""
        ctx.say(
            f"  {lic.number} ({lic.reference}, {lic.destination_code}, valid until "
            f"{lic.valid_until.isoformat()}){flag}"
        )
        for reason in lic.reasons:
            ctx.say(f"    - {reason.text}")


__all__ = ["EXIT_ERROR", "register"]
