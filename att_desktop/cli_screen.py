"""``att-desktop evaluate`` and ``att-desktop screen``: the Article 6 screen from the command line.

Both run the screen themselves (``services.case_screen``) against the reference data as at
the case's decision date (``--as-at`` overrides; without either, today, and the output says
so), and both name the data sets used and the date each was verified (``as_of``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from att_desktop.cli_context import EXIT_OK, EXIT_PROBLEMS, Context
from att_desktop.domain import bounded_json

#: ``screen``'s exit status beyond the common ones: something prohibits the transfer.
EXIT_PROHIBITED = 3
#: ``screen``'s exit status when a person must look: a match to confirm, or no screen at all.
EXIT_CONFIRM = 4

SCREEN_EPILOG = (
    "Exit status: 0 nothing prohibits the transfer and nothing needs confirming (notification "
    "conditions may still be printed); 1 the file or case has problems (printed); 2 the "
    f"command could not run; {EXIT_PROHIBITED} an embargo prohibits the transfer (Article 6; "
    "also a prohibition unless approval is obtained: the screen does not read approvals); "
    f"{EXIT_CONFIRM} a match needs a person's confirmation, or the case could not be screened."
)

_EFFECT_WORDS = {
    "prohibited": "PROHIBITED",
    "prohibited_without_approval": "PROHIBITED WITHOUT PRIOR APPROVAL",
    "needs_confirmation": "NEEDS CONFIRMATION",
    "notification_required": "NOTIFICATION REQUIRED",
    "not_applicable": "not applicable",
}


def as_at_date(text: str) -> date:
    """``--as-at``'s type: an ISO date, with a message argparse prints as a usage error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def add_screen_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-at",
        type=as_at_date,
        metavar="YYYY-MM-DD",
        help="screen as at this date (default: the case's decision date, else today)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``screen``; ``add(name, handler, help)`` is ``cli_assessment``'s sub-command maker."""
    screen = add(
        "screen",
        cmd_screen,
        "print the Article 6 embargo matches for a JSON case file or a registered case",
    )
    screen.epilog = SCREEN_EPILOG
    what = screen.add_mutually_exclusive_group(required=True)
    what.add_argument("file", type=Path, nargs="?", metavar="CASE.json")
    what.add_argument("--case", metavar="REFERENCE", help="a case of the register (needs --db)")
    add_screen_options(screen)


def _read_json(ctx: Context, path: Path) -> Any:
    try:
        return bounded_json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        ctx.warn(f"{path}: not valid JSON ({exc}).")
        return None


def _open_if_given(ctx: Context) -> Any:
    """The database only when ``--db`` was given: a case file is screened without one. A
    SQLite file that does not exist holds no sets of its own and is not created."""
    if not ctx.explicit_db:
        return None
    path = ctx.sqlite_path
    if path is not None and not path.exists():
        ctx.warn(f"Note: there is no database at {path}; the shipped reference data is used.")
        return None
    return ctx.open(create=False)


def cmd_evaluate(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.domain.casefile import CaseFileError
    from att_desktop.services.case_screen import evaluate_screened_case_file

    path: Path = args.file
    data = _read_json(ctx, path)
    if data is None:
        return EXIT_PROBLEMS
    db = _open_if_given(ctx)
    try:
        answer = evaluate_screened_case_file(data, args.as_at, db=db)
    except CaseFileError as exc:
        ctx.warn(f"{path} cannot be evaluated: {len(exc.problems)} problem(s).")
        for problem in exc.problems:
            ctx.warn(f"  {problem}")
        return EXIT_PROBLEMS
    finally:
        if db is not None:
            db.close()
    if args.json:
        ctx.say(json.dumps(answer, indent=2, ensure_ascii=False))
    else:
        _print_answer(ctx, answer)
    return EXIT_OK


def cmd_screen(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.domain.casefile import CaseFileError
    from att_desktop.services.case_screen import report_as_json, screen_case, screen_case_file

    if args.case:
        db = ctx.open(create=False)
        try:
            report = screen_case(db, args.case, args.as_at)
        finally:
            db.close()
    else:
        data = _read_json(ctx, args.file)
        if data is None:
            return EXIT_PROBLEMS
        db = _open_if_given(ctx)
        try:
            report = screen_case_file(data, args.as_at, db=db)
        except CaseFileError as exc:
            ctx.warn(f"{args.file} cannot be screened: {len(exc.problems)} problem(s).")
            for problem in exc.problems:
                ctx.warn(f"  {problem}")
            return EXIT_PROBLEMS
        finally:
            if db is not None:
                db.close()
    screen = report_as_json(report)
    if args.json:
        ctx.say(json.dumps(screen, indent=2, ensure_ascii=False))
    else:
        print_screen(ctx, screen)
    if report.prohibited:
        return EXIT_PROHIBITED
    return EXIT_CONFIRM if report.needs_confirmation else EXIT_OK


# --------------------------------------------------------------------------- text output


def print_screen(ctx: Context, screen: dict[str, Any]) -> None:
    """The screen as text: date and why, data sets, then each match and what it matched."""
    who = f" of {screen['reference']}" if screen["reference"] else ""
    ctx.say(f"Article 6 screen{who} as at {screen['as_at']} ({screen['as_at_source']}).")
    ctx.say("Reference data used:")
    for s in screen["data_sets"]:
        ctx.say(f"  {s['id']}: {s['title']}, as of {s['as_of']} ({s['origin']})")
    if not screen["screened"]:
        ctx.say(f"NOT SCREENED: {screen['not_screened']}. A person must screen this case.")
        return
    if not screen["matches"]:
        ctx.say("No embargo in the data touches this case on that date.")
    for m in screen["matches"]:
        ctx.say("")
        ctx.say(f"{_EFFECT_WORDS.get(m['effect'], m['effect'])}: {m['name']}")
        where = f"data set {m['set']}, entry {m['embargo_id']}"
        ctx.say(f"  Article 6({m['article6_paragraph']}); {where}")
        ctx.say(f"  Resolutions: {'; '.join(m['resolutions'])}")
        region = f" ({m['region']})" if m["region"] else ""
        ctx.say(
            f"  Scope: {m['scope']}{region}; direction: {m['direction']} "
            f"(this case: {m['transfer']})"
        )
        ctx.say(f"  Matched: {'; '.join(m['parties'])}")
        ctx.say(f"  Items covered: {', '.join(m['items']) or 'none'}")
        for e in m["exemptions"]:
            by = f", {e['who']}" if e["who"] else ""
            ctx.say(f"  Exemption path: {e['kind']} ({e['beneficiary']}{by}): {e['text']}")
        ctx.say(f"  Why: {m['explanation']}")
        for warning in m["warnings"]:
            ctx.say(f"  Note: {warning}")
    ctx.say("")
    if screen["prohibited"]:
        ctx.say("Result: the transfer is PROHIBITED by an embargo (Article 6).")
    elif screen["needs_confirmation"]:
        ctx.say("Result: a match needs a person's confirmation before any decision.")
    else:
        ctx.say("Result: no embargo prohibits the transfer on that date.")


def _print_answer(ctx: Context, answer: dict[str, Any]) -> None:
    """``evaluate``'s text: the recommendation and why, then the screen it rests on."""
    ctx.say(f"Recommendation: {answer['recommendation'].replace('_', ' ')}")
    _section(ctx, "Grounds", [f"{g['citation']}: {g['explanation']}" for g in answer["grounds"]])
    _section(ctx, "Missing", answer["missing"])
    _section(ctx, "Conditions", answer["conditions"])
    _section(ctx, "Notes", answer["notes"])
    check = answer.get("decision_check")
    if check is not None:
        verdict = "allowed" if check["allowed"] else f"NOT allowed: {check.get('reason', '')}"
        ctx.say(f"Recorded decision ({check['outcome']}): {verdict}")
    ctx.say("")
    print_screen(ctx, answer["screen"])


def _section(ctx: Context, title: str, lines: Sequence[str]) -> None:
    if lines:
        ctx.say(f"{title}:")
        for line in lines:
            ctx.say(f"  - {line}")
