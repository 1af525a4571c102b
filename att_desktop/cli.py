"""``att-desktop``: the headless commands (init, demo, import, export, backup, check, version).

Qt is imported only by the ``gui`` command, so the commands run on a server or in CI without a
display or even without PySide6. Exit status: 0 done, 1 problems found (validation, integrity
findings), 2 the command could not run (usage, database or file errors), 70 ATT Desktop itself
failed (the traceback is in the log). Expected failures
print one clear message on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import platform
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from contextlib import closing
from importlib import metadata
from pathlib import Path
from typing import NoReturn

from att_desktop import APP_NAME, __version__
from att_desktop.cli_context import (
    EXIT_CRASH,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEMS,
    MAX_PRINTED_ERRORS,
    Command,
    Context,
    add_read_only_option,
    add_user_option,
)
from att_desktop.config import AppPaths
from att_desktop.db.engine import (
    DatabaseError,
    head_revision,
    known_revisions,
    to_url,
)
from att_desktop.logging_setup import active_log_file, log_crash, setup_logging
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.errors import ServiceError, ValidationFailed


class _Parser(argparse.ArgumentParser):
    """Usage errors exit with status 2 and a hint, as argparse does, but say what to run."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\nRun 'att-desktop --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    db_help = (
        "database file or URL (postgresql+psycopg://...); default: the file in your data "
        f"folder ({AppPaths.default().default_db})"
    )
    parser = _Parser(
        prog="att-desktop",
        description=f"{APP_NAME}: Arms Trade Treaty licensing register (headless commands).",
        epilog="Exit status: 0 done, 1 problems found, 2 the command could not run, "
        "70 an unexpected error (details in the log). "
        "Run 'att-desktop COMMAND --help' for a command's options.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help=db_help)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # --db is accepted after the command name too; SUPPRESS keeps it from overwriting the
    # value given before the command.
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Command, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    add("init", cmd_init, "create the database, or upgrade it to this version (a copy is kept)")
    demo = add("demo", cmd_demo, "fill an empty database with a realistic synthetic register")
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing (and succeed) if the database already holds cases",
    )
    demo.add_argument("--seed", type=int, default=2013, help="random seed (default: %(default)s)")
    demo.add_argument(
        "--years", type=_positive, default=4, help="calendar years to cover (default: 4)"
    )
    demo.add_argument("--cases", type=_positive, default=300, help="number of cases (default: 300)")
    imp = add("import", cmd_import, "import cases from a register spreadsheet (.csv or .xlsx)")
    imp.add_argument("file", type=Path, metavar="FILE")
    add_user_option(imp)
    imp.add_argument(
        "--dry-run", action="store_true", help="check the file and report, write nothing"
    )
    exp = add("export", cmd_export, "export the register to a spreadsheet (.csv or .xlsx)")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument("--year", type=int, help="only cases received in this year")
    add_read_only_option(exp)
    backup = add("backup", cmd_backup, "copy the database safely (SQLite backup API, or pg_dump)")
    backup.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="file or folder for the copy (default: the backups folder, with a timestamp)",
    )
    check = add(
        "check", cmd_check, "check the database's integrity and the event history's hash chain"
    )
    add_read_only_option(check)
    add("version", cmd_version, "show the versions of ATT Desktop, its schema and libraries")
    gui = add("gui", cmd_gui, "open the ATT Desktop window")
    gui.set_defaults(accepts_extra=True)
    from att_desktop.cli_shipments import register as register_shipments  # issue 12

    register_shipments(commands, [common])
    from att_desktop.cli_assessment import register  # issue 3: evaluate, case, embargo, reassess

    register(commands, [common])
    from att_desktop.cli_settings import register as register_settings

    register_settings(commands, [common])
    from att_desktop.cli_admin import register as register_admin  # issue 4: audit, user, agency

    register_admin(commands, [common])
    from att_desktop.cli_training import register as register_training  # issue 14: user training

    register_training(commands, [common])
    from att_desktop.cli_admin import register_restore  # issue 13: restore a SQLite backup

    register_restore(commands, [common])
    from att_desktop.cli_report import register as register_report  # issue 5: annual report

    register_report(commands, [common])
    from att_desktop.cli_sanctions import register as register_sanctions  # issue 12: UN list

    register_sanctions(commands, [common])
    from att_desktop.cli_follow_up import register as register_follow_up  # issue 14

    register_follow_up(commands, [common])
    from att_desktop.cli_destination import register as register_destination  # issue 14

    register_destination(commands, [common])
    from att_desktop.cli_incidents import register as register_incidents  # issue 14

    register_incidents(commands, [common])
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


# --- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=True)
    try:
        state = "is ready" if db.created else "is up to date"
        if db.pre_upgrade_backup is not None:
            state = "was upgraded"
        ctx.say(f"The database {state}: {db.display_location} (schema {head_revision()}).")
    finally:
        db.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.demo import build_demo, case_count
    from att_desktop.services.demo_accounts import DEMO_PASSWORD
    from att_desktop.services.permissions import accounts_exist

    db = ctx.open(create=True)
    try:
        existing = case_count(db)
        with db.session() as session:
            has_accounts = accounts_exist(session)
        if has_accounts and not existing:
            message = (
                f"{db.display_location} already has user accounts. Demo data is only added to "
                "a new database, so that demo people never sign in to real records: give a "
                "new file with --db."
            )
            if args.if_empty:
                ctx.say(message)
                return EXIT_OK
            ctx.warn(message)
            return EXIT_PROBLEMS
        if existing:
            if args.if_empty:
                ctx.say(
                    f"{db.display_location} already holds {existing} cases; no demo data was added."
                )
                return EXIT_OK
            ctx.warn(
                f"{db.display_location} already holds {existing} cases. Demo data is only added "
                "to an empty database, so that it never mixes with real records: give a new "
                "file with --db, or add --if-empty to skip quietly."
            )
            return EXIT_PROBLEMS
        summary, names = build_demo(db, seed=args.seed, cases=args.cases, years=args.years)
        ctx.say(
            f"Added {summary.cases} demo cases to {db.display_location}: "
            f"{summary.authorised} authorised, {summary.denied} denied, "
            f"{summary.withdrawn} withdrawn, {summary.pending} pending; "
            f"{summary.licences} licences, {summary.shipments} shipments."
        )
        ctx.say(
            f"Demo accounts (password '{DEMO_PASSWORD}' for all): {', '.join(names)}. "
            "Never use them on real data."
        )
    finally:
        db.close()
    return EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.register_files import import_register

    path = ctx.sqlite_path
    # A dry run never creates a database: checking a file must not leave one behind.
    fresh = path is not None and not path.exists()
    db = None if args.dry_run and fresh else ctx.open(create=True)
    try:
        actor = ctx.actor(db, args.user) if db is not None else LOCAL_OFFICER
        report = import_register(db, args.file, dry_run=args.dry_run, actor=actor)
    finally:
        if db is not None:
            db.close()
    for warning in report.warnings:
        ctx.warn(f"Note: {warning}")
    if report.errors:
        ctx.warn(
            f"{report.source} was not imported: {len(report.errors)} problem(s) found. "
            "Nothing was written; correct the file and import it again."
        )
        for error in report.errors[:MAX_PRINTED_ERRORS]:
            ctx.warn(f"  {error}")
        if len(report.errors) > MAX_PRINTED_ERRORS:
            ctx.warn(f"  ... and {len(report.errors) - MAX_PRINTED_ERRORS} more.")
        return EXIT_PROBLEMS
    counts = f"{report.cases} case(s) with {report.items} line item(s)"
    if args.dry_run:
        ctx.say(f"{report.source} is valid: {counts} would be imported. Nothing was written.")
    else:
        ctx.say(f"Imported {counts} from {report.source} into {ctx.location}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.register_files import export_register

    db = ctx.open_for_reading(args)
    try:
        report = export_register(db, args.file, year=args.year)
    finally:
        db.close()
    scope = f" received in {args.year}" if args.year else ""
    ctx.say(
        f"Exported {report.cases} case(s){scope} ({report.rows} row(s), one per line item) "
        f"to {report.path}."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.backup import backup_database

    result = backup_database(ctx.target, out=args.out, backup_dir=ctx.paths.backup_dir)
    ctx.say(
        f"Backed up {result.source} ({result.cases} cases) to {result.destination} "
        f"({result.size / 1024:.0f} KiB); the copy was checked and opens on its own."
    )
    if result.anchor:
        ctx.say(
            f"Record anchor: {result.anchor} (kept beside the copy; 'audit verify --anchor' "
            "checks that a later history still holds it)."
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.integrity import check_database

    report = check_database(ctx.target, immutable=True if args.read_only else None)
    ctx.say(f"Checking {report.location}")
    for result in report.results:
        mark = "ok  " if result.ok else "FAIL"
        detail = f" ({result.detail})" if result.detail else ""
        ctx.say(f"  {mark} {result.name}{detail}")
        for finding in result.findings:
            ctx.say(f"       - {finding}")
        if result.hidden:
            ctx.say(f"       ... and {result.hidden} more")
    if report.ok:
        ctx.say("No problems found.")
        return EXIT_OK
    problems = sum(len(r.findings) + r.hidden for r in report.results)
    ctx.warn(
        f"{problems} problem(s) found in {report.location}. Nothing was changed; restore the "
        "database from a backup or ask your administrator before continuing."
    )
    return EXIT_PROBLEMS


def _package_version(*names: str) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _database_state(ctx: Context) -> str:
    """The schema revision of the database, read without opening (or upgrading) it."""
    path = ctx.sqlite_path
    if path is None:
        from att_desktop.db.engine import current_revision, make_engine

        engine = make_engine(to_url(ctx.target))
        try:
            revision = current_revision(engine)
        except Exception as exc:  # a version report must not fail on this
            return f"cannot be read ({type(exc).__name__})"
        finally:
            engine.dispose()
    elif not path.exists():
        return "not created yet (run 'att-desktop init')"
    else:
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return "not an ATT Desktop database"
        revision = row[0] if row else None
    if revision is None:
        return "no schema revision"
    if revision == head_revision():
        return f"schema {revision} (current)"
    if revision in known_revisions():
        return f"schema {revision} (older: 'att-desktop init' upgrades it)"
    return f"schema {revision} (written by a newer ATT Desktop)"


def cmd_version(args: argparse.Namespace, ctx: Context) -> int:
    import sqlalchemy

    rows = [
        (APP_NAME, __version__),
        ("Schema", head_revision()),
        ("Database", f"{ctx.location}: {_database_state(ctx)}"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("Alembic", _package_version("alembic")),
        ("SQLite", sqlite3.sqlite_version),
        ("Qt (PySide6)", _package_version("PySide6-Essentials", "PySide6")),
        ("Platform", platform.platform()),
        ("Data folder", str(ctx.paths.data_dir)),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        ctx.say(f"{name.ljust(width)}  {value}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.app import main as gui_main  # Qt is loaded here and only here

    return gui_main(["--db", ctx.target, *args.extra])


# --- entry point ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (the console script passes it to sys.exit)."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args, extra = parser.parse_known_args(arguments)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_ERROR
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    if extra and not getattr(args, "accepts_extra", False):
        print(
            f"att-desktop {args.command}: error: unrecognised arguments: {' '.join(extra)}\n"
            f"Run 'att-desktop {args.command} --help'.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    args.extra = extra
    ctx = Context(args.db, sys.stdout, sys.stderr)
    setup_logging(ctx.paths, program=f"att-desktop {args.command}")
    handler: Command = args.handler
    try:
        return handler(args, ctx)
    except ValidationFailed as exc:
        ctx.warn(str(exc))
        return EXIT_PROBLEMS
    except ServiceError as exc:
        ctx.warn(f"att-desktop {args.command}: {exc}")
        return EXIT_PROBLEMS
    except DatabaseError as exc:
        ctx.warn(f"att-desktop {args.command}: {exc}")
        return EXIT_ERROR
    except _file_errors() as exc:
        ctx.warn(f"att-desktop {args.command}: {_describe(exc)}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        ctx.warn("Interrupted; any unfinished change was rolled back.")
        return 130
    except Exception:
        return _crashed(ctx, args.command)


def _crashed(ctx: Context, command: str) -> int:
    """An unexpected error: the traceback goes to the log, one plain line to the screen."""
    log_crash(command)
    log_file = active_log_file()
    kind = type(sys.exc_info()[1]).__name__
    if log_file is None:  # no log could be written: the traceback must not be lost
        traceback.print_exc(file=ctx.err)
        where = "the details are above"
    else:
        where = f"the details are in the log {log_file}"
    ctx.warn(
        f"att-desktop {command}: an unexpected error stopped the command ({kind}); {where}. "
        "Any unfinished change was rolled back. Please report it with the log."
    )
    return EXIT_CRASH


def _file_errors() -> tuple[type[Exception], ...]:
    from att_desktop.formats.table_files import RegisterFileError

    return (RegisterFileError, OSError)


#: Plain words for what the disk or the system said, and what to do about it.
_OS_PROBLEMS = {
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EDQUOT: "the disk quota is used up; free some space and run the command again",
    errno.EROFS: "the disk is read-only; write to another folder, or copy the file first",
    errno.EIO: "the disk could not be read or written (input/output error); check the disk "
    "or the network share, and restore from a backup if the file is damaged",
    errno.EACCES: "permission denied; choose a file or folder you may use",
}


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.errno in _OS_PROBLEMS:
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot use{where}: {_OS_PROBLEMS[exc.errno]}."
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot use{where}: {exc.strerror}."
    return str(exc)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
