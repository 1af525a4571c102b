"""``att-desktop audit verify``, ``user add/list/reset-password/deactivate``, ``agency add``.

Account changes from the command line are made by a named administrator who signs in with
their password (read without echo, or from standard input when it is not a terminal), so the
history records who did it, as in the app. Only the very first account needs no one.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from att_desktop.cli_agencies import register as register_agencies
from att_desktop.cli_context import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEMS,
    Context,
    add_read_only_option,
    add_user_option,
    one_time_password_refused,
)
from att_desktop.db.engine import Database
from att_desktop.domain.enums import Role
from att_desktop.services import accounts, handover, migration_rights
from att_desktop.services.accounts import NewAccount
from att_desktop.services.anchoring import (
    Anchor,
    AnchorUnreadable,
    append_witness,
    check_anchors,
    witness_anchors,
)
from att_desktop.services.audit import (
    AuditProblem,
    AuditReport,
    ExtraCheck,
    describe,
    verify_all,
    verify_since_checkpoint,
)
from att_desktop.services.change_requests import verify_change_request_signatures
from att_desktop.services.dto import UserSession
from att_desktop.services.errors import ServiceError
from att_desktop.services.signing import sign_checkpoint, verify_signatures

ROLE_CHOICES = [r.value for r in Role]


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    common = list(parents)

    audit = commands.add_parser(
        "audit", parents=common, help="verify the event history's hash chain"
    )
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    text = (
        "check every event's hash and link; exit 1 naming the events if any was tampered "
        "with; when all is well, save a checkpoint so the start-up check re-hashes only the "
        "events after it"
    )
    verify = audit_sub.add_parser("verify", parents=common, help=text, description=text)
    verify.add_argument(
        "--since-checkpoint",
        action="store_true",
        help="the quick start-up check: only the events from the last checkpoint on (it "
        "cannot see an older event edited without re-hashing; the full check can)",
    )
    add_read_only_option(verify)
    verify.add_argument(
        "--witness",
        metavar="FILE",
        action="append",
        default=[],
        type=Path,
        help="a workstation's witness file (witness.log in its data folder): every chain head "
        "it wrote down for this database must still be in the history with that hash",
    )
    verify.add_argument(
        "--anchor",
        metavar="ID:HASH",
        action="append",
        default=[],
        help="a record anchor printed on a document or beside a backup (event id and hash)",
    )
    add_user_option(verify)  # with --user, a passing full verification signs its checkpoint
    verify.set_defaults(handler=cmd_audit_verify)

    user = commands.add_parser("user", parents=common, help="manage user accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    admin_help = "your administrator user name (the history records who made the change)"

    text = (
        "add a user with a one-time password (printed) to be changed at first sign-in; on an "
        "empty database, creates the first administrator with a password you choose"
    )
    add = user_sub.add_parser("add", parents=common, help=text, description=text)
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name, as the history shows it")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    add.add_argument(
        "--agency", metavar="CODE", help="agency code (required for committee members)"
    )
    add.add_argument("--admin", metavar="USERNAME", help=admin_help)
    add.set_defaults(handler=cmd_user_add)

    text = "lock the shared workstation after MINUTES without activity (0: never)"
    idle = user_sub.add_parser("idle-lock", parents=common, help=text, description=text)
    idle.add_argument("minutes", type=int)
    idle.add_argument("--admin", metavar="USERNAME", help=admin_help)
    idle.set_defaults(handler=cmd_idle_lock)

    text = "list the accounts, their roles and whether they can sign in"
    lst = user_sub.add_parser("list", parents=common, help=text, description=text)
    lst.set_defaults(handler=cmd_user_list)

    text = "give a user a new one-time password (printed) and lift any lock-out"
    reset = user_sub.add_parser("reset-password", parents=common, help=text, description=text)
    reset.add_argument("username")
    reset.add_argument("--admin", metavar="USERNAME", required=True, help=admin_help)
    reset.set_defaults(handler=cmd_user_reset)

    text = "stop a user signing in (accounts are never deleted)"
    deactivate = user_sub.add_parser("deactivate", parents=common, help=text, description=text)
    deactivate.add_argument("username")
    deactivate.add_argument("--reason", default="")
    deactivate.add_argument("--admin", metavar="USERNAME", required=True, help=admin_help)
    _handover_options(deactivate)
    deactivate.set_defaults(handler=cmd_user_deactivate)

    _register_migration_rights(user_sub, common, admin_help)

    agency = commands.add_parser("agency", parents=common, help="manage committee agencies")
    agency_sub = agency.add_subparsers(dest="agency_command", metavar="ACTION", required=True)
    text = "add an agency that sits on the committee"
    agency_add = agency_sub.add_parser("add", parents=common, help=text, description=text)
    agency_add.add_argument("code", help="short code, e.g. MFA")
    agency_add.add_argument("name", help="full name, e.g. 'Ministry of Foreign Affairs'")
    agency_add.add_argument("--admin", metavar="USERNAME", required=True, help=admin_help)
    agency_add.set_defaults(handler=cmd_agency_add)
    text = "list the agencies"
    agency_list = agency_sub.add_parser("list", parents=common, help=text, description=text)
    agency_list.set_defaults(handler=cmd_agency_list)
    register_agencies(agency_sub, common)  # issue 14: mandates and consultation rules


def _register_migration_rights(
    user_sub: argparse._SubParsersAction[Any],
    common: list[argparse.ArgumentParser],
    admin_help: str,
) -> None:
    """``user grant-migration`` and ``user revoke-migration`` (issue 13: imports decide
    nothing unless a named person was given the right)."""
    text = (
        "let a user import historical decisions (the records-migration right) until a date; "
        "another administrator must grant it, with a reason kept in the history"
    )
    grant = user_sub.add_parser("grant-migration", parents=common, help=text, description=text)
    grant.add_argument("username")
    grant.add_argument("--until", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    grant.add_argument("--reason", required=True)
    grant.add_argument("--admin", metavar="USERNAME", required=True, help=admin_help)
    grant.set_defaults(handler=cmd_user_grant_migration)

    text = "end a user's records-migration right now (the grant stays in the history)"
    revoke = user_sub.add_parser("revoke-migration", parents=common, help=text, description=text)
    revoke.add_argument("username")
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--admin", metavar="USERNAME", required=True, help=admin_help)
    revoke.set_defaults(handler=cmd_user_revoke_migration)


def read_password(prompt: str) -> str:
    """Without echo at a terminal; one line of standard input otherwise (scripts, tests)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _sign_in_admin(db: Database, ctx: Context, username: str | None) -> UserSession:
    if not username:
        raise ServiceError("Give your administrator user name with --admin.")
    session = accounts.sign_in(db, username, read_password(f"Password for {username}: "))
    if session.must_change_password:
        raise ServiceError(one_time_password_refused(session.username))
    return session


def _print_new(ctx: Context, account: NewAccount, verb: str) -> None:
    ctx.say(f"{verb} {account.user.username} ({account.user.full_name}, {account.user.role}).")
    ctx.say(f"One-time password: {account.temporary_password}")
    ctx.say("Hand it over in person; it must be changed at the first sign-in.")


def _anchor_checks(args: argparse.Namespace, db: Database) -> list[ExtraCheck]:
    """The full verification's further checks: anchors from witness files and the command
    line (issue 13), and every signing key and decision signature."""
    anchors = [Anchor.parse(text, "the command line") for text in getattr(args, "anchor", [])]
    problems: list[AuditProblem] = []
    for path in getattr(args, "witness", []):
        try:
            found, unread = witness_anchors(db, path)
        except OSError as exc:
            raise ServiceError(f"Cannot read the witness file {path}: {exc.strerror}.") from exc
        anchors += found
        problems += unread
    return [
        lambda session: [*problems, *check_anchors(session, anchors)],
        verify_signatures,
        verify_change_request_signatures,  # issue 14: signed consents and refusals
    ]


def cmd_audit_verify(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open_for_reading(args)
    try:
        quick = bool(getattr(args, "since_checkpoint", False))
        signer = ctx.actor(db, args.user) if getattr(args, "user", None) else None
        if quick:
            report = verify_since_checkpoint(db)
        else:
            try:
                checks = _anchor_checks(args, db)
            except AnchorUnreadable as exc:
                raise ServiceError(str(exc)) from exc
            report = verify_all(db, checks=checks)
        if report.ok and signer is not None and report.head_event and not quick:
            with db.session() as session:
                if sign_checkpoint(session, signer, report.head_event, report.head_hash):
                    ctx.say(f"Checkpoint at event {report.head_event} signed by {signer.name}.")
        if report.checkpoint_saved:
            append_witness(db, f"checkpoint {report.checkpoint_saved}")
    finally:
        db.close()
    if report.ok:
        if report.started_at:
            ctx.say(
                f"The event history since the checkpoint (event {report.started_at}) is "
                f"intact: {report.events_checked} events, every hash and link verified. "
                f"Newest hash: {report.head_hash or '(none)'}"
            )
        else:
            ctx.say(
                f"The event history is intact: {report.events_checked} events, every hash and "
                f"link verified. Newest hash: {report.head_hash or '(none)'}"
            )
            ctx.say(_rows_line(report))
        if report.checkpoint_saved:
            ctx.say(
                f"Checkpoint at event {report.checkpoint_saved}: the start-up check re-hashes "
                "only the events from there on."
            )
        return EXIT_OK
    ids = ", ".join(str(i) for i in report.event_ids)
    where = f"problems at event(s) {ids}" if ids else "record rows differ from their history"
    ctx.warn(
        f"The event history of {ctx.location} was TAMPERED WITH: {where} "
        f"({report.events_checked} events, {report.rows_checked} record rows checked)."
    )
    for line in describe(report):
        ctx.warn(f"  - {line}")
    ctx.warn("Nothing was changed. Keep this database as evidence and restore from a backup.")
    return EXIT_PROBLEMS


def _rows_line(report: AuditReport) -> str:
    """What the row-vs-history comparison of a full verification covered."""
    line = f"Every record row equals its history: {report.rows_checked} rows compared."
    if report.rows_before_digests:
        line += (
            f" {report.rows_before_digests} of them predate row digests (upgrade 0007) and "
            "are verified only as far as their events allow."
        )
    return line


def _agency_id(db: Database, code: str | None) -> int | None:
    if not code:
        return None
    for agency in accounts.list_agencies(db):
        if agency.code.upper() == code.strip().upper():
            return agency.id
    raise ServiceError(f"There is no active agency with the code {code}; add it first.")


def _user_id(db: Database, username: str) -> int:
    name = accounts.normalise_username(username)
    for user in accounts.list_users(db):
        if user.username == name:
            return user.id
    raise ServiceError(f"There is no user called {name}.")


def cmd_idle_lock(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        admin = _sign_in_admin(db, ctx, args.admin)
        accounts.set_idle_lock_minutes(db, admin, args.minutes)
        minutes = accounts.idle_lock_minutes(db)
        ctx.say(
            f"The workstation now locks after {minutes} idle minutes."
            if minutes
            else "The workstation no longer locks when idle."
        )
    finally:
        db.close()
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=True)
    try:
        role = Role(args.role)
        if accounts.needs_first_admin(db):
            if role is not Role.ADMINISTRATOR:
                raise ServiceError(
                    "This database has no accounts yet: the first one must be an administrator "
                    "(--role administrator)."
                )
            password = read_password(f"Choose a password for {args.username}: ")
            first = accounts.create_first_admin(db, args.username, args.name, password)
            ctx.say(f"Created the first administrator, {first.username} ({first.full_name}).")
            return EXIT_OK
        admin = _sign_in_admin(db, ctx, args.admin)
        account = accounts.add_user(
            db, admin, args.username, args.name, role, _agency_id(db, args.agency)
        )
        _print_new(ctx, account, "Added")
    finally:
        db.close()
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        users = accounts.list_users(db)
    finally:
        db.close()
    if not users:
        ctx.say("No accounts yet. Create the administrator with 'att-desktop user add'.")
        return EXIT_OK
    rows = [("USER", "NAME", "ROLE", "AGENCY", "STATE")]
    for u in users:
        state = "active" if u.active else "deactivated"
        if u.active and u.locked_until is not None:
            state = f"locked until {u.locked_until:%Y-%m-%d %H:%M} UTC"
        elif u.active and u.must_change_password:
            state = "active, must change password"
        rows.append((u.username, u.full_name, u.role.value, u.agency_code or "-", state))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        cells = [cell.ljust(w) for cell, w in zip(row[:4], widths, strict=True)]
        ctx.say("  ".join([*cells, row[4]]))
    return EXIT_OK


def cmd_user_reset(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        admin = _sign_in_admin(db, ctx, args.admin)
        account = accounts.reset_password(db, admin, _user_id(db, args.username))
        _print_new(ctx, account, "Reset the password of")
    finally:
        db.close()
    return EXIT_OK


def _handover_options(deactivate: argparse.ArgumentParser) -> None:
    """Issue 14: a person who still holds open cases or their agency's pending opinions is
    deactivated only with a successor and a handover summary."""
    deactivate.add_argument(
        "--successor", metavar="USERNAME", help="who takes over their open cases and opinions"
    )
    deactivate.add_argument(
        "--summary", default="", help="handover summary for the successor (at least 20 chars)"
    )
    deactivate.add_argument(
        "--agency-has-nobody",
        action="store_true",
        help="acknowledge that their agency has nobody else to give its pending opinions",
    )


def cmd_user_deactivate(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        admin = _sign_in_admin(db, ctx, args.admin)
        leaver = _user_id(db, args.username)
        work = handover.open_work(db, leaver)
        plan = None
        if args.successor or args.summary or args.agency_has_nobody:
            plan = handover.Handover(
                summary=args.summary,
                successor_id=_user_id(db, args.successor) if args.successor else None,
                agency_has_nobody=args.agency_has_nobody,
            )
        user = accounts.deactivate_user(db, admin, leaver, args.reason, handover=plan)
        ctx.say(f"{user.username} can no longer sign in; their records keep their name.")
        for case in work.cases:
            ctx.say(f"Handed over: {case.reference} (assigned case)")
        for opinion in work.opinions:
            ctx.say(f"Handed over: {opinion.reference} ({opinion.agency_code}'s opinion)")
    finally:
        db.close()
    return EXIT_OK


def cmd_user_grant_migration(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        admin = _sign_in_admin(db, ctx, args.admin)
        grant = migration_rights.grant_migration_right(
            db, _user_id(db, args.username), until=args.until, reason=args.reason, actor=admin
        )
        ctx.say(
            f"{grant.username} may import historical decisions until {grant.until.isoformat()}."
        )
    finally:
        db.close()
    return EXIT_OK


def cmd_user_revoke_migration(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        admin = _sign_in_admin(db, ctx, args.admin)
        migration_rights.revoke_migration_right(
            db, _user_id(db, args.username), reason=args.reason, actor=admin
        )
        ctx.say(f"{args.username} may no longer import historical decisions.")
    finally:
        db.close()
    return EXIT_OK


def cmd_agency_add(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        admin = _sign_in_admin(db, ctx, args.admin)
        agency = accounts.add_agency(db, admin, args.code, args.name)
        ctx.say(f"Added the agency {agency.code}: {agency.name}.")
    finally:
        db.close()
    return EXIT_OK


def cmd_agency_list(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        agencies = accounts.list_agencies(db, include_inactive=True)
    finally:
        db.close()
    for agency in agencies:
        state = "" if agency.active else "  (inactive)"
        ctx.say(f"{agency.code.ljust(10)}  {agency.name}{state}")
    if not agencies:
        ctx.say("No agencies yet. Add one with 'att-desktop agency add CODE NAME --admin YOU'.")
    return EXIT_OK


# --- restore (issue 13) ------------------------------------------------------------------------


def register_restore(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    text = (
        "replace the SQLite database by a backup, once a copy of the backup passes every "
        "check; the replaced database is kept as NAME.before-restore-TIME"
    )
    restore = commands.add_parser("restore", parents=list(parents), help=text, description=text)
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file")
    add_user_option(restore)
    restore.set_defaults(handler=cmd_restore)


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.restore import RestoreRefused, restore_sqlite

    target = ctx.sqlite_path
    if target is None:
        ctx.warn(
            "att-desktop restore: a PostgreSQL database is restored with pg_restore into an "
            "empty database (pg_restore --dbname=att FILE.pgdump)."
        )
        return EXIT_ERROR
    try:
        result = restore_sqlite(args.backup, target, sign_in=lambda db: ctx.actor(db, args.user))
    except RestoreRefused as exc:
        ctx.warn(f"att-desktop restore: {exc}")
        return EXIT_PROBLEMS
    ctx.say(
        f"Restored {result.target} from {result.backup} ({result.cases} cases, "
        f"{result.events} events; the backup passed every check)."
    )
    if result.kept is not None:
        ctx.say(f"The database it replaced is kept as {result.kept}.")
    return EXIT_OK
