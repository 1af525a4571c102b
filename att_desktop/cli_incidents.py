"""``att-desktop incident record --file INCIDENT.json`` and ``incident list [--open]``:
diversion and breach incidents (Article 11(4)–(5), Article 14), headless.

The file's fields are documented in docs/incidents.md. Every problem in the file is listed at
once with its place (``parties[1].country``) and nothing is saved; the service's own checks
(a licence number that does not exist, a date in the future) are named the same way. Once
the database has accounts, ``--user NAME`` signs in (a licensing officer, committee member
or the deciding authority; suspending or revoking a licence needs the deciding authority).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from att_desktop.cli_context import (
    EXIT_OK,
    EXIT_PROBLEMS,
    MAX_PRINTED_ERRORS,
    Context,
    add_user_option,
)
from att_desktop.domain.incidents import (
    IncidentItem,
    IncidentKind,
    IncidentParty,
    IncidentResponse,
    IncidentSource,
    ResponseKind,
    StateInformed,
)
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.incidents import IncidentInput, IncidentView

E = TypeVar("E", bound=StrEnum)

#: The service's field names as the file spells them.
_FILE_NAMES = (
    ("licence_numbers", "licences"),
    ("country_code", "country"),
    ("licence_number", "licence"),
    ("on_date", "date"),
    ("informed_on", "date"),
)


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    """Add ``incident record`` and ``incident list`` to ``att-desktop``'s commands."""
    common = list(parents)
    text = "diversion and breach incidents (Article 11(4)-(5), Article 14)"
    incident = commands.add_parser("incident", parents=common, help=text, description=text)
    actions = incident.add_subparsers(dest="incident_command", metavar="ACTION", required=True)
    text = (
        "record an incident from a JSON file (docs/incidents.md); the licences it touches are "
        "listed for Article 7(7) reassessment"
    )
    record = actions.add_parser("record", parents=common, help=text, description=text)
    record.add_argument("--file", required=True, type=Path, metavar="INCIDENT.json")
    add_user_option(record)
    record.set_defaults(handler=cmd_incident_record)
    text = "list incidents, newest learned first"
    listing = actions.add_parser("list", parents=common, help=text, description=text)
    listing.add_argument("--open", action="store_true", help="only incidents still open")
    listing.add_argument("--country", metavar="CC", help="only incidents in this country")
    listing.set_defaults(handler=cmd_incident_list)


# --------------------------------------------------------------------------- the file


class _Reader:
    """Reads the file's values, noting every problem with its place instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def text(self, raw: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
        value = raw.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.problems.append(f"{where}{key}: must be text")
            return ""
        if required and not value.strip():
            self.problems.append(f"{where}{key}: is required")
        return value

    def day(
        self, raw: dict[str, Any], key: str, where: str, *, required: bool = True
    ) -> date | None:
        value = raw.get(key)
        if value in (None, ""):
            if required:
                self.problems.append(f"{where}{key}: is required (YYYY-MM-DD)")
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.problems.append(f"{where}{key}: {value!r} is not a date (YYYY-MM-DD)")
            return None

    def choice(self, raw: dict[str, Any], key: str, where: str, enum: type[E]) -> E | None:
        value = raw.get(key)
        try:
            return enum(str(value))
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.problems.append(f"{where}{key}: {value!r} is not one of {allowed}")
            return None

    def rows(
        self, raw: dict[str, Any], key: str, read: Callable[[dict[str, Any], str], Any]
    ) -> tuple[Any, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            self.problems.append(f"{key}: must be a list")
            return ()
        found = []
        for n, row in enumerate(value):
            if not isinstance(row, dict):
                self.problems.append(f"{key}[{n}]: must be an object")
                continue
            item = read(row, f"{key}[{n}].")
            if item is not None:
                found.append(item)
        return tuple(found)


def read_incident_file(path: Path) -> tuple[IncidentInput | None, list[str]]:
    """The incident a file describes, or None and every problem found in it."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return None, [f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno})"]
    if not isinstance(raw, dict):
        return None, [f"{path.name}: the file must hold one JSON object"]
    r = _Reader()
    kind = r.choice(raw, "kind", "", IncidentKind)
    source = r.choice(raw, "source", "", IncidentSource)
    licences = raw.get("licences", [])
    if not isinstance(licences, list) or not all(isinstance(x, str) for x in licences):
        r.problems.append("licences: must be a list of licence numbers")
        licences = []

    def response(row: dict[str, Any], where: str) -> IncidentResponse | None:
        kind = r.choice(row, "kind", where, ResponseKind)
        day = r.day(row, "date", where)
        if kind is None or day is None:
            return None
        return IncidentResponse(
            kind,
            day,
            r.text(row, "licence", where),
            r.text(row, "referred_to", where),
            r.text(row, "note", where),
        )

    def informed(row: dict[str, Any], where: str) -> StateInformed | None:
        day = r.day(row, "date", where)
        country = r.text(row, "country", where, required=True).upper()
        return StateInformed(country, day, r.text(row, "channel", where)) if day else None

    inp = IncidentInput(
        kind=kind or IncidentKind.OTHER,
        source=source or IncidentSource.OTHER,
        source_reference=r.text(raw, "source_reference", ""),
        occurred_on=r.day(raw, "occurred_on", "", required=False),
        learned_on=r.day(raw, "learned_on", "") or date.today(),
        description=r.text(raw, "description", "", required=True),
        country_code=r.text(raw, "country", "", required=True).upper(),
        licence_numbers=tuple(licences),
        parties=r.rows(
            raw,
            "parties",
            lambda row, w: IncidentParty(
                r.text(row, "name", w, required=True), r.text(row, "country", w).upper()
            ),
        ),
        items=r.rows(
            raw,
            "items",
            lambda row, w: IncidentItem(
                r.text(row, "description", w, required=True), r.text(row, "att_category", w)
            ),
        ),
        responses=r.rows(raw, "responses", response),
        states_informed=r.rows(raw, "states_informed", informed),
    )
    return (None, r.problems) if r.problems else (inp, [])


def _file_field(field: str) -> str:
    for old, new in _FILE_NAMES:
        field = field.replace(old, new)
    return field


# --------------------------------------------------------------------------- commands


def cmd_incident_record(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.incidents import record_incident

    inp, problems = read_incident_file(args.file)
    if inp is None:
        for problem in problems[:MAX_PRINTED_ERRORS]:
            ctx.warn(problem)
        ctx.warn(f"{args.file.name}: {len(problems)} problem(s); nothing was saved.")
        return EXIT_PROBLEMS
    db = ctx.open(create=False)
    try:
        actor = ctx.actor(db, args.user)
        try:
            view = record_incident(db, inp, actor)
        except ValidationFailed as exc:
            for error in exc.errors[:MAX_PRINTED_ERRORS]:
                ctx.warn(f"{_file_field(error.field)}: {error.text('en')}")
            ctx.warn(f"{args.file.name}: {len(exc.errors)} problem(s); nothing was saved.")
            return EXIT_PROBLEMS
    finally:
        db.close()
    ctx.say(f"Recorded incident {view.number}: {view.kind.value} in {view.country_code}.")
    waiting = [lic for lic in view.licences if lic.awaiting_reassessment]
    if waiting:
        ctx.say("Licences to reassess (Article 7(7)):")
        for lic in waiting:
            how = "named" if lic.via == "named" else f"party match: {lic.matched}"
            ctx.say(f"  {lic.number} ({lic.reference}) - {how}")
    else:
        ctx.say("No valid licence is touched by this incident.")
    return EXIT_OK


def _line(view: IncidentView) -> str:
    licences = ", ".join(lic.number for lic in view.licences) or "no licence"
    return (
        f"{view.number}  {view.status.value:<6}  learned {view.learned_on.isoformat()}  "
        f"{view.kind.value} in {view.country_code}  ({licences})"
    )


def cmd_incident_list(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.incidents import list_incidents

    db = ctx.open_for_reading(args)
    try:
        found = list_incidents(db, open_only=args.open, country_code=args.country)
    finally:
        db.close()
    if not found:
        ctx.say("No incident recorded." if not args.open else "No open incident.")
    for view in found:
        ctx.say(_line(view))
        waiting = [lic.number for lic in view.licences if lic.awaiting_reassessment]
        if waiting:
            ctx.say(f"    to reassess: {', '.join(waiting)}")
    return EXIT_OK
