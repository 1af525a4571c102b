"""``att-desktop user training add|list``: the training register, headless (issue 14).

An administrator records the courses a person completed (GBV training among them, which the
assessment's GBV page looks for); the person or an administrator lists them. Passwords are
read as for the other ``user`` commands: without echo at a terminal, one line of standard
input otherwise.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

from att_desktop.cli_admin import read_password
from att_desktop.cli_context import EXIT_OK, Context
from att_desktop.cli_screen import as_at_date
from att_desktop.db.engine import Database
from att_desktop.services import accounts, training
from att_desktop.services.dto import UserSession
from att_desktop.services.errors import ServiceError


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    """Add ``training`` under the existing ``user`` command."""
    common = list(parents)
    user = commands.choices["user"]
    actions = next(a for a in user._actions if isinstance(a, argparse._SubParsersAction))
    text = "the training register: courses a person completed (add, list)"
    parser = actions.add_parser("training", parents=common, help=text, description=text)
    sub = parser.add_subparsers(dest="training_command", metavar="ACTION", required=True)

    text = "record a course a person completed (administrators)"
    add = sub.add_parser("add", parents=common, help=text, description=text)
    add.add_argument("username", help="whose training it is")
    add.add_argument("--topic", required=True, choices=[t.value for t in training.TrainingTopic])
    add.add_argument("--title", required=True, help="the course's title")
    add.add_argument("--provider", default="", help="who gave it")
    add.add_argument(
        "--completed", required=True, type=as_at_date, metavar="YYYY-MM-DD", help="completed on"
    )
    add.add_argument(
        "--valid-until", type=as_at_date, metavar="YYYY-MM-DD", help="when it expires, if it does"
    )
    add.add_argument("--admin", metavar="USERNAME", required=True, help="your administrator name")
    add.set_defaults(handler=cmd_training_add)

    text = "list a person's courses, and whether their GBV training is valid today"
    lst = sub.add_parser("list", parents=common, help=text, description=text)
    lst.add_argument("username", help="whose training to list")
    lst.add_argument(
        "--as",
        dest="viewer",
        metavar="USERNAME",
        required=True,
        help="your user name: the person themselves or an administrator",
    )
    lst.set_defaults(handler=cmd_training_list)


def _sign_in(db: Database, username: str) -> UserSession:
    session = accounts.sign_in(db, username, read_password(f"Password for {username}: "))
    if session.must_change_password:
        raise ServiceError(
            f"{session.username} must first change the one-time password in the app."
        )
    return session


def _user(db: Database, username: str) -> accounts.UserView:
    name = accounts.normalise_username(username)
    for user in accounts.list_users(db):
        if user.username == name:
            return user
    raise ServiceError(f"There is no user called {name}.")


def cmd_training_add(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        admin = _sign_in(db, args.admin)
        person = _user(db, args.username)
        course = training.add_training(
            db,
            admin,
            person.id,
            training.TrainingInput(
                topic=training.TrainingTopic(args.topic),
                title=args.title,
                provider=args.provider,
                completed_on=args.completed,
                valid_until=args.valid_until,
            ),
        )
    finally:
        db.close()
    ctx.say(f"Recorded for {person.username}: {course.title} ({course.completed_on}).")
    return EXIT_OK


def cmd_training_list(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open(create=False)
    try:
        viewer = _sign_in(db, args.viewer)
        person = _user(db, args.username)
        courses = training.list_training(db, viewer, person.id)
    finally:
        db.close()
    today = date.today()
    if not courses:
        ctx.say(f"No training recorded for {person.username}.")
    for c in courses:
        until = c.valid_until.isoformat() if c.valid_until else "does not expire"
        ctx.say(
            f"{c.completed_on}  {c.topic.value:<18}  {c.title}"
            + (f" ({c.provider})" if c.provider else "")
            + f"  valid until: {until}"
        )
    valid = any(c.topic is training.TrainingTopic.GBV and c.valid_on(today) for c in courses)
    ctx.say(
        "GBV training: valid today."
        if valid
        else "GBV training: none valid today (the assessment's GBV page warns this person)."
    )
    return EXIT_OK
