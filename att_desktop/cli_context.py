"""What every headless command shares: its context (database, output, who acts) and exit codes.

Kept apart from ``cli.py`` so the command modules (``cli_admin``, ``cli_report``...) depend on
it and ``cli.py`` depends on them, never the other way round.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from att_desktop.config import AppPaths
from att_desktop.db.engine import Database, open_database, to_url
from att_desktop.domain.reporting.model import Finding, Severity
from att_desktop.i18n import translate
from att_desktop.services.anchoring import WITNESS_FILENAME
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ServiceError

#: The password of ``--user`` for scripts (otherwise the command prompts for it).
PASSWORD_ENV = "ATT_DESKTOP_PASSWORD"

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
#: A fault in ATT Desktop itself (sysexits' EX_SOFTWARE): never a verdict on the data.
EXIT_CRASH = 70
#: At most this many import problems are printed; the rest are counted.
MAX_PRINTED_ERRORS = 200

Command = Callable[[argparse.Namespace, "Context"], int]


def one_time_password_refused(username: str) -> str:
    """Why a command refuses an account whose password is still the one-time one."""
    return (
        f"{username} must first choose a new password: sign in to the app and choose your "
        "password first (a one-time password never works from the command line)."
    )


class Context:
    """What every command needs: where the database is, and where to write."""

    def __init__(self, db: str | None, out: TextIO, err: TextIO) -> None:
        self.paths = AppPaths.default()
        self.explicit_db = db is not None
        self.target = db if db is not None else str(self.paths.default_db)
        self.out = out
        self.err = err

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(text, file=self.err)

    @property
    def sqlite_path(self) -> Path | None:
        url = to_url(self.target)
        return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None

    @property
    def location(self) -> str:
        path = self.sqlite_path
        return str(path) if path is not None else to_url(self.target).split("@")[-1]

    def actor(self, db: Database, username: str | None) -> Actor:
        """Who a headless command acts as: ``--user NAME`` signs in (the password comes from
        the ATT_DESKTOP_PASSWORD environment variable or a prompt); without it the command is
        anonymous, which only a database without accounts accepts.

        A one-time password is refused here, for every command: it was handed over to be
        replaced at the first sign-in, and the command line cannot ask for a new one."""
        if not username:
            return LOCAL_OFFICER
        # Here, not at the top: argon2 is loaded only by the commands that sign in.
        from att_desktop.services.accounts import sign_in

        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            try:
                password = getpass.getpass(f"Password for {username}: ")
            except EOFError:  # no terminal and nothing on standard input (a scheduled job)
                raise ServiceError(
                    f"No password for {username}: nothing could be read from the terminal. "
                    f"Set {PASSWORD_ENV} for a command run without one."
                ) from None
        session = sign_in(db, username, password)
        if session.must_change_password:
            raise ServiceError(one_time_password_refused(session.username))
        return session.actor

    def open(self, *, create: bool) -> Database:
        # Upgrades of the default database keep their copy with the other backups; a file
        # given with --db keeps it beside itself (open_database's default).
        backup_dir = None if self.explicit_db else self.paths.backup_dir
        db = open_database(self.target, backup_dir=backup_dir, create=create)
        db.witness = self.paths.data_dir / WITNESS_FILENAME  # issue 13: anchors, per workstation
        for notice in db.notices:
            self.warn(notice if isinstance(notice, str) else translate(notice, "en"))
        return db

    def open_for_reading(self, args: argparse.Namespace) -> Database:
        """For commands that only read (check, audit verify, export, reports): a SQLite file
        is opened read-only, never upgraded, when ``--read-only`` is given (then immutable too)
        or when it or its folder cannot be written (an archive on a CD or a read-only share).
        """
        path = self.sqlite_path
        forced = bool(getattr(args, "read_only", False))
        if path is not None and path.exists() and (forced or not _writable(path)):
            return open_database(
                self.target, create=False, read_only=True, immutable=True if forced else None
            )
        return self.open(create=False)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def add_read_only_option(parser: argparse.ArgumentParser) -> None:
    """``--read-only`` for a command that only reads: the SQLite file is opened immutable."""
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open a SQLite file read-only and immutable (an archive on a CD or a read-only "
        "share; done by itself when the file or its folder cannot be written)",
    )


def add_user_option(parser: argparse.ArgumentParser) -> None:
    """``--user NAME`` for a command that changes records (see ``Context.actor``)."""
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"sign in as NAME (needed once the database has accounts; password from "
        f"{PASSWORD_ENV} or a prompt)",
    )


def findings_allow_writing(
    ctx: Context, findings: Sequence[Finding], errors: int, force: bool
) -> bool:
    """Print a report's findings (not the notes); True when its file may be written: no
    errors, or ``--force`` for a draft. Every ``report`` command words this the same."""
    for finding in findings:
        if finding.severity is not Severity.INFO:
            ctx.warn(f"{finding.severity.value}: {finding.english}")
    if errors and not force:
        ctx.warn(
            f"{errors} error(s): the report was not written. Fix them, or use --force to "
            "write a draft."
        )
        return False
    return True
