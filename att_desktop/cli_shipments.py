"""``att-desktop shipment record`` and ``shipment import``: actual shipments, headless.

The same services as Reports → Record a shipment… and Import shipments from a customs file…,
with the same rules: a shipment that goes beyond the licence is a fact to record but is saved
only once its warnings are acknowledged (``--acknowledge-warnings``, kept in the history); a
shipment on a day an embargo prohibits the transfer is refused whatever is acknowledged; a
customs file with any bad row saves nothing. Once the database has accounts, ``--user NAME``
signs in (a licensing officer or the focal point) and a one-time password must first be
changed in the app, as for the administrator's commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from att_desktop.cli_context import (
    EXIT_OK,
    EXIT_PROBLEMS,
    MAX_PRINTED_ERRORS,
    Context,
    add_user_option,
)
from att_desktop.cli_screen import as_at_date
from att_desktop.db.engine import Database
from att_desktop.i18n import translate
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError


def register(
    commands: argparse._SubParsersAction[Any], parents: Sequence[argparse.ArgumentParser] = ()
) -> None:
    """Add ``shipment record`` and ``shipment import`` to ``att-desktop``'s commands."""
    common = list(parents)
    text = "record actual shipments made under a licence (Article 12 records)"
    shipment = commands.add_parser("shipment", parents=common, help=text, description=text)
    actions = shipment.add_subparsers(dest="shipment_command", metavar="ACTION", required=True)
    ack_help = (
        "save even though the shipment goes beyond the licence (more than licensed, outside "
        "its validity, under a suspended licence, a customs reference already recorded); the "
        "warnings are kept in the history. An embargo stop cannot be acknowledged."
    )

    text = "record one shipment of one licence line"
    record = actions.add_parser("record", parents=common, help=text, description=text)
    record.add_argument("--licence", required=True, metavar="NUMBER", help="as printed on it")
    record.add_argument(
        "--date", required=True, type=as_at_date, metavar="YYYY-MM-DD", help="shipped on"
    )
    record.add_argument("--line", required=True, type=int, metavar="N", help="licence line no.")
    record.add_argument("--quantity", required=True, metavar="Q", help="items shipped (> 0)")
    record.add_argument("--value", metavar="V", help="value of the goods on this line")
    record.add_argument(
        "--currency", metavar="CUR", help="ISO 4217 code of --value (default: the licence line's)"
    )
    record.add_argument("--customs-reference", default="", metavar="R", help="declaration (MRN)")
    record.add_argument("--notes", default="")
    record.add_argument("--acknowledge-warnings", action="store_true", help=ack_help)
    add_user_option(record)
    record.set_defaults(handler=cmd_shipment_record)

    text = (
        "import the shipments of a customs file (.csv or .xlsx, docs/customs-import-format.md):"
        " all or nothing"
    )
    imp = actions.add_parser("import", parents=common, help=text, description=text)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check the file, save nothing")
    imp.add_argument("--acknowledge-warnings", action="store_true", help=ack_help)
    add_user_option(imp)
    imp.set_defaults(handler=cmd_shipment_import)


def signed_in_actor(ctx: Context, db: Database, username: str | None) -> Actor:
    """``Context.actor``, which refuses a one-time password for every command."""
    return ctx.actor(db, username)


def _amount(text: str | None, what: str) -> Decimal | None:
    from att_desktop.domain.validation import parse_decimal

    if text is None:
        return None
    try:
        return parse_decimal(text, what=what)
    except ValueError as exc:
        raise ServiceError(f"--{what}: {exc}.") from None


def cmd_shipment_record(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.shipments import (
        ShipmentInput,
        ShipmentLineInput,
        licence_by_number,
        record_shipment,
    )

    quantity = _amount(args.quantity, "quantity")
    value = _amount(args.value, "value")
    assert quantity is not None
    db = ctx.open(create=False)
    try:
        actor = signed_in_actor(ctx, db, args.user)
        licence = licence_by_number(db, args.licence)
        line = next((ln for ln in licence.lines if ln.line_no == args.line), None)
        if line is None:
            numbers = ", ".join(str(ln.line_no) for ln in licence.lines) or "none"
            ctx.warn(
                f"Licence {licence.number} has no line {args.line} (its lines: {numbers}). "
                "Nothing was saved."
            )
            return EXIT_PROBLEMS
        currency = args.currency if args.currency is not None else line.currency
        inp = ShipmentInput(
            args.date,
            args.customs_reference,
            (ShipmentLineInput(line.licence_line_id, quantity, value, currency or ""),),
            notes=args.notes,
        )
        result = record_shipment(
            db, licence.licence_id, inp, actor, acknowledge_warnings=args.acknowledge_warnings
        )
    finally:
        db.close()
    for warning in result.warnings:
        ctx.warn(f"Warning: {translate(warning, 'en')}")
    if not result.saved:
        ctx.warn(
            "Nothing was saved. Check the warnings; if the goods did move so, record the "
            "shipment again with --acknowledge-warnings (the warnings are kept in the history)."
        )
        return EXIT_PROBLEMS
    ctx.say(
        f"Recorded a shipment of {args.quantity} on line {args.line} of licence "
        f"{licence.number} ({licence.reference}), shipped on {args.date.isoformat()}."
    )
    return EXIT_OK


def cmd_shipment_import(args: argparse.Namespace, ctx: Context) -> int:
    from att_desktop.services.shipments import import_customs_file, preview_customs_file

    db = ctx.open(create=False)
    try:
        actor = signed_in_actor(ctx, db, args.user)
        preview = preview_customs_file(db, args.file)
        for warning in preview.warnings:
            ctx.warn(f"Warning: {warning}")
        if preview.row_errors:
            ctx.warn(
                f"{args.file.name} was not imported: {len(preview.row_errors)} problem(s). "
                "Nothing was saved; correct the file and import it again."
            )
            for error in preview.row_errors[:MAX_PRINTED_ERRORS]:
                ctx.warn(f"  {error}")
            if len(preview.row_errors) > MAX_PRINTED_ERRORS:
                ctx.warn(f"  ... and {len(preview.row_errors) - MAX_PRINTED_ERRORS} more.")
            return EXIT_PROBLEMS
        counts = f"{preview.shipments} shipment(s) in {len(preview.rows)} row(s)"
        if args.dry_run:
            ctx.say(f"{args.file.name} is valid: {counts} would be imported. Nothing was saved.")
            return EXIT_OK
        if preview.warnings and not args.acknowledge_warnings:
            ctx.warn(
                f"Nothing was saved: {len(preview.warnings)} warning(s). If the goods did move "
                "so, import the file again with --acknowledge-warnings (the warnings are kept "
                "in each shipment's history)."
            )
            return EXIT_PROBLEMS
        result = import_customs_file(db, args.file, actor)
    finally:
        db.close()
    ctx.say(f"Imported {len(result.shipment_ids)} shipment(s) from {args.file.name}.")
    return EXIT_OK


__all__ = ["register", "signed_in_actor"]
