"""What every headless command shares: its context (database, output, who acts) and exit codes.

Kept apart from ``cli.py`` so the command modules (``cli_admin``, ``cli_report``...) depend on
it and ``cli.py`` depends on them, never the other way round.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from att_desktop.config import AppPaths
from att_desktop.db.engine import Database, open_database, to_url
from att_desktop.services.anchoring import WITNESS_FILENAME
from att_desktop.services.dto import LOCAL_OFFICER, Actor

#: The password of ``--user`` for scripts (otherwise the command prompts for it).
PASSWORD_ENV = "ATT_DESKTOP_PASSWORD"

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
#: At most this many import problems are printed; the rest are counted.
MAX_PRINTED_ERRORS = 200

Command = Callable[[argparse.Namespace, "Context"], int]


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
        anonymous, which only a database without accounts accepts."""
        if not username:
            return LOCAL_OFFICER
        # Here, not at the top: argon2 is loaded only by the commands that sign in.
        from att_desktop.services.accounts import sign_in

        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = getpass.getpass(f"Password for {username}: ")
        return sign_in(db, username, password).actor

    def open(self, *, create: bool) -> Database:
        # Upgrades of the default database keep their copy with the other backups; a file
        # given with --db keeps it beside itself (open_database's default).
        backup_dir = None if self.explicit_db else self.paths.backup_dir
        db = open_database(self.target, backup_dir=backup_dir, create=create)
        db.witness = self.paths.data_dir / WITNESS_FILENAME  # issue 13: anchors, per workstation
        for notice in db.notices:
            self.warn(notice)
        return db


def add_user_option(parser: argparse.ArgumentParser) -> None:
    """``--user NAME`` for a command that changes records (see ``Context.actor``)."""
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"sign in as NAME (needed once the database has accounts; password from "
        f"{PASSWORD_ENV} or a prompt)",
    )
