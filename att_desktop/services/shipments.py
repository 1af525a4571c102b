"""Shipments: the actual exports and imports made under a licence (Article 12 records).

A shipment that goes beyond the licence (more than licensed, outside its validity, under a
suspended or revoked licence) is a fact to record, not something the register may refuse:
the goods have moved. So those problems are *warnings*; nothing is saved until the officer
confirms with ``acknowledge_warnings=True``, and the acknowledgement is kept in the history.
What is plainly wrong (a line that is not on the licence, a negative quantity) is an error.

One thing is refused outright, whatever the officer acknowledges: a shipment dated on a day
an arms embargo prohibits the transfer (the destination or end user came under it, Article
6(1)). An embargo that starts while a licence is valid stops further shipments under it
(Article 7(7)); no licence covers such a shipment, so none is booked against one
(``ShipmentProhibited``, or a row error in a customs file).

Customs exports are imported in bulk in two steps: ``preview_customs_file`` reads and checks
every row, ``import_customs_file`` saves all shipments in one transaction, or nothing if any
row has an error. The columns are described in ``docs/customs-import-format.md``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from att_desktop.db.engine import Database
from att_desktop.db.models import (
    Application,
    Licence,
    LicenceLine,
    LineItem,
    Shipment,
    ShipmentLine,
)
from att_desktop.domain.enums import LicenceStatus, TransferType
from att_desktop.domain.validation import (
    FieldError,
    ParseProblem,
    decimal_message,
    decimal_phrase,
    parse_decimal,
)
from att_desktop.formats.table_files import (
    CellError,
    RegisterFileError,
    cell_text,
    date_cell,
    decimal_cell,
    read_table,
)
from att_desktop.i18n import Message, msg, translate
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import NotFoundError, ServiceError, ValidationFailed, problem_text
from att_desktop.services.follow_up import owe_for_shipment
from att_desktop.services.history import record_event
from att_desktop.services.permissions import Permission, authorize
from att_desktop.services.reassessment import ShipmentEmbargoCheck


@dataclass(frozen=True)
class ShipmentLineInput:
    licence_line_id: int
    quantity: Decimal
    value: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class ShipmentInput:
    shipped_on: date
    customs_reference: str
    lines: tuple[ShipmentLineInput, ...]
    notes: str = ""


@dataclass(frozen=True)
class ShipmentResult:
    """``shipment_id`` is None when warnings were not yet acknowledged (nothing saved)."""

    shipment_id: int | None
    #: What the officer must read before the shipment is saved; Messages for the window's
    #: language (the history keeps their English).
    warnings: tuple[Message, ...]

    @property
    def saved(self) -> bool:
        return self.shipment_id is not None


#: A required cell left empty (after the column's name: "row 4, currency: is empty").
_EMPTY = msg("is empty", context="customs file")


class CustomsFileError(ServiceError):
    """The customs file cannot be imported; ``row_errors`` says what to fix, row by row."""

    def __init__(self, message: str | Message, row_errors: tuple[RowError, ...] = ()) -> None:
        self.row_errors = row_errors
        super().__init__(message)
        self.args = ("\n".join([str(self.args[0]), *(str(e) for e in row_errors)]),)

    def translated(self, language: str) -> str:
        # The columns are the file's own names: only the words around them are translated.
        return "\n".join(
            [super().translated(language), *(e.text(language) for e in self.row_errors)]
        )


class ShipmentProhibited(ServiceError):
    """An embargo prohibits the transfer on the shipment date: no licence covers it."""

    def __init__(
        self, licence_number: str, shipped_on: date, reasons: tuple[Message | str, ...]
    ) -> None:
        self.licence_number = licence_number
        self.shipped_on = shipped_on
        self.reasons = reasons
        super().__init__(_prohibited_text(licence_number, shipped_on, reasons))


def _prohibited_text(
    licence_number: str, shipped_on: date, reasons: tuple[Message | str, ...]
) -> Message:
    """The refusal; each embargo's reason a Message (a plain string is shown as written)."""
    joined: Message | str = ""
    for reason in reasons:
        joined = (
            msg("{first} {second}", context="two sentences in a row", first=joined, second=reason)
            if joined
            else reason
        )
    return msg(
        "Licence {number} cannot cover a shipment on {date}: {reasons} An embargo in force on "
        "the shipment date stops further shipments under a licence issued before it (Article "
        "7(7)). Nothing was saved. Have the licence suspended or revoked (reassessment), and "
        "report a shipment that has already left to the enforcement authorities.",
        number=licence_number,
        date=shipped_on.isoformat(),
        reasons=joined,
    )


def _embargo_stop(
    session: Session, check: ShipmentEmbargoCheck, licence: Licence, shipped_on: date
) -> tuple[Message | str, ...]:
    """The prohibiting embargoes on the shipment date, as Messages; empty when none applies."""
    app = session.get(Application, licence.application_id)
    assert app is not None
    return tuple(r.message for r in check.prohibiting(licence, app, shipped_on))


@dataclass(frozen=True)
class RowError:
    """One row's problem: ``message`` a Message (or a plain string from elsewhere, shown as
    written); ``column`` is the file's own column name."""

    row: int
    column: str
    message: Message | str

    def __str__(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        problem = problem_text(self.message, language)
        if self.column:
            return translate(
                "row {row}, {column}: {problem}",
                language,
                context="customs file",
                row=self.row,
                column=self.column,
                problem=problem,
            )
        return translate(
            "row {row}: {problem}", language, context="customs file", row=self.row, problem=problem
        )


@dataclass(frozen=True)
class RowWarning:
    rows: tuple[int, ...]
    message: Message

    def __str__(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        return translate(
            "row {rows}: {problem}",
            language,
            context="customs file",
            rows=", ".join(map(str, self.rows)),
            problem=translate(self.message, language),
        )


@dataclass(frozen=True)
class CustomsRow:
    """A row as understood: the licence line it books against and what was shipped."""

    row: int
    licence_number: str
    line_no: int
    shipped_on: date
    customs_reference: str
    quantity: Decimal
    value: Decimal | None
    currency: str
    licence_id: int
    licence_line_id: int


@dataclass(frozen=True)
class CustomsPreview:
    rows: tuple[CustomsRow, ...]
    row_errors: tuple[RowError, ...]
    warnings: tuple[RowWarning, ...]

    @property
    def ok(self) -> bool:
        return not self.row_errors

    @property
    def shipments(self) -> int:
        return len({(r.licence_id, r.shipped_on, r.customs_reference) for r in self.rows})


@dataclass(frozen=True)
class CustomsImportResult:
    shipment_ids: tuple[int, ...]
    warnings: tuple[RowWarning, ...]


# --------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class _LineState:
    """A licence line and what has been shipped against it so far."""

    line: LicenceLine
    item: LineItem
    shipped_quantity: Decimal
    shipped_value: Decimal


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else f"{value}"


def _line_states(session: Session, licence: Licence) -> dict[int, _LineState]:
    shipped = dict(
        session.execute(
            select(ShipmentLine.licence_line_id, func.sum(ShipmentLine.quantity))
            .join(LicenceLine, LicenceLine.id == ShipmentLine.licence_line_id)
            .where(LicenceLine.licence_id == licence.id)
            .group_by(ShipmentLine.licence_line_id)
        ).all()
    )
    values: dict[int, Decimal] = defaultdict(Decimal)
    rows = session.execute(
        select(ShipmentLine.licence_line_id, ShipmentLine.value, ShipmentLine.currency)
        .join(LicenceLine, LicenceLine.id == ShipmentLine.licence_line_id)
        .where(LicenceLine.licence_id == licence.id, ShipmentLine.value.is_not(None))
    )
    currency_of = {line.id: line.currency for line in licence.lines}
    for line_id, value, currency in rows:
        if value is not None and currency == currency_of.get(line_id):
            values[line_id] += value
    items = {
        i.id: i
        for i in session.scalars(
            select(LineItem).where(LineItem.id.in_([ln.line_item_id for ln in licence.lines]))
        )
    }
    return {
        line.id: _LineState(
            line,
            items[line.line_item_id],
            Decimal(shipped.get(line.id) or 0),
            values[line.id],
        )
        for line in licence.lines
    }


def _licence_warnings(licence: Licence, shipped_on: date) -> list[Message]:
    warnings: list[Message] = []
    if licence.status == LicenceStatus.SUSPENDED:
        warnings.append(
            msg(
                "Licence {number} is suspended: a shipment under it needs to be explained.",
                number=licence.number,
            )
        )
    elif licence.status == LicenceStatus.REVOKED:
        warnings.append(
            msg(
                "Licence {number} is revoked: a shipment under it needs to be explained.",
                number=licence.number,
            )
        )
    if shipped_on < licence.valid_from or shipped_on > licence.valid_until:
        warnings.append(
            msg(
                "Shipped on {date}, outside the validity of licence {number} ({start} to {end}).",
                date=shipped_on.isoformat(),
                number=licence.number,
                start=licence.valid_from.isoformat(),
                end=licence.valid_until.isoformat(),
            )
        )
    return warnings


def _line_warnings(
    licence: Licence, state: _LineState, quantity: Decimal, value: Decimal | None, currency: str
) -> list[Message]:
    """Cumulative checks: what was shipped before plus this shipment, against the licence."""
    warnings: list[Message] = []
    line, item = state.line, state.item
    total = state.shipped_quantity + quantity
    if total > line.quantity:
        warnings.append(
            msg(
                "Licence {number}, line {line} ('{description}'): {total} {unit} shipped in "
                "all, {licensed} licensed ({over} over).",
                number=licence.number,
                line=item.line_no,
                description=item.description,
                total=_fmt(total),
                unit=item.unit,
                licensed=_fmt(line.quantity),
                over=_fmt(total - line.quantity),
            )
        )
    if value is not None and line.value is not None and currency == line.currency:
        total_value = state.shipped_value + value
        if total_value > line.value:
            warnings.append(
                msg(
                    "Licence {number}, line {line}: {total} {currency} shipped in all, "
                    "{licensed} {currency} licensed.",
                    number=licence.number,
                    line=item.line_no,
                    total=_fmt(total_value),
                    currency=currency,
                    licensed=_fmt(line.value),
                )
            )
    return warnings


def _check_input(inp: ShipmentInput, licence: Licence) -> list[FieldError]:
    errors: list[FieldError] = []
    on_licence = {line.id for line in licence.lines}
    seen: set[int] = set()
    if not inp.lines:
        errors.append(FieldError("lines", msg("a shipment needs at least one line")))
    for i, line in enumerate(inp.lines, start=1):
        where = f"line {i}"
        if line.licence_line_id not in on_licence:
            errors.append(
                FieldError(where, msg("is not a line of licence {number}", number=licence.number))
            )
        if line.licence_line_id in seen:
            errors.append(FieldError(where, msg("books the same licence line twice; add them up")))
        seen.add(line.licence_line_id)
        problem = decimal_message(line.quantity, allow_zero=False, what="quantity")
        if problem:
            errors.append(FieldError(f"{where} quantity", problem))
        if line.value is not None:
            problem = decimal_message(line.value, allow_zero=True, what="value")
            if problem:
                errors.append(FieldError(f"{where} value", problem))
            code = line.currency.strip().upper()
            if not (len(code) == 3 and code.isalpha()):
                errors.append(FieldError(f"{where} currency", msg("give a 3-letter ISO 4217 code")))
    return errors


def _licence(session: Session, licence_id: int) -> Licence:
    licence = session.get(Licence, licence_id)
    if licence is None:
        raise NotFoundError(msg("There is no licence with id {licence_id}.", licence_id=licence_id))
    return licence


def _duplicate_warning(session: Session, licence: Licence, inp: ShipmentInput) -> list[Message]:
    ref = inp.customs_reference.strip()
    if not ref:
        return []
    exists = session.scalar(
        select(func.count(Shipment.id)).where(
            Shipment.licence_id == licence.id,
            Shipment.customs_reference == ref,
            Shipment.shipped_on == inp.shipped_on,
        )
    )
    if exists:
        return [
            msg(
                "A shipment with customs reference {reference} on {date} is already recorded "
                "under licence {number}: is this the same one?",
                reference=ref,
                date=inp.shipped_on.isoformat(),
                number=licence.number,
            )
        ]
    return []


def _save(
    session: Session, licence: Licence, inp: ShipmentInput, warnings: list[Message], actor: Actor
) -> Shipment:
    """Save the shipment; the history keeps the acknowledged warnings in English."""
    read = [translate(w, "en") for w in warnings]
    shipment = Shipment(
        licence_id=licence.id,
        shipped_on=inp.shipped_on,
        customs_reference=inp.customs_reference.strip(),
        notes=inp.notes.strip(),
        recorded_by_id=actor.user_id,
    )
    session.add(shipment)
    session.flush()
    for line in inp.lines:
        session.add(
            ShipmentLine(
                shipment_id=shipment.id,
                licence_line_id=line.licence_line_id,
                quantity=line.quantity,
                value=line.value,
                currency=line.currency.strip().upper() if line.value is not None else "",
            )
        )
    session.flush()
    record_event(
        session,
        actor,
        entity="shipment",
        entity_id=shipment.id,
        application_id=licence.application_id,
        action="shipment_recorded",
        summary=f"Shipment of {inp.shipped_on.isoformat()} under licence {licence.number}"
        + (f" (customs {shipment.customs_reference})" if shipment.customs_reference else ""),
        after={
            "licence": licence.number,
            "shipped_on": inp.shipped_on,
            "customs_reference": shipment.customs_reference,
            "lines": [
                {
                    "licence_line_id": ln.licence_line_id,
                    "quantity": ln.quantity,
                    "value": ln.value,
                    "currency": ln.currency,
                }
                for ln in inp.lines
            ],
            "warnings_acknowledged": read,
        },
        reason="; ".join(read),
    )
    owe_for_shipment(session, licence, shipment, actor)  # the DVC it owes (issue 14)
    return shipment


def _refuse_if_embargoed(session: Session, licence: Licence, shipped_on: date) -> None:
    reasons = _embargo_stop(session, ShipmentEmbargoCheck(session), licence, shipped_on)
    if reasons:
        raise ShipmentProhibited(licence.number, shipped_on, reasons)


def check_shipment(db: Database, licence_id: int, inp: ShipmentInput) -> tuple[Message, ...]:
    """The warnings ``record_shipment`` would give, without saving (for the dialog).

    Raises ``ShipmentProhibited`` as ``record_shipment`` would.
    """
    with db.session() as session:
        licence = _licence(session, licence_id)
        errors = _check_input(inp, licence)
        if errors:
            raise ValidationFailed(errors)
        _refuse_if_embargoed(session, licence, inp.shipped_on)
        return tuple(_warnings(session, licence, inp))


def _warnings(session: Session, licence: Licence, inp: ShipmentInput) -> list[Message]:
    states = _line_states(session, licence)
    warnings = _licence_warnings(licence, inp.shipped_on)
    for line in inp.lines:
        warnings += _line_warnings(
            licence,
            states[line.licence_line_id],
            line.quantity,
            line.value,
            line.currency.strip().upper(),
        )
    return warnings + _duplicate_warning(session, licence, inp)


def record_shipment(
    db: Database,
    licence_id: int,
    inp: ShipmentInput,
    actor: Actor = LOCAL_OFFICER,
    *,
    acknowledge_warnings: bool = False,
) -> ShipmentResult:
    """Record a shipment; with warnings, only once the officer has acknowledged them.

    Refused (``ShipmentProhibited``), acknowledged or not, when an embargo prohibits the
    transfer on the shipment date.
    """
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_SHIPMENT)
        licence = _licence(session, licence_id)
        errors = _check_input(inp, licence)
        if errors:
            raise ValidationFailed(errors)
        _refuse_if_embargoed(session, licence, inp.shipped_on)
        warnings = _warnings(session, licence, inp)
        if warnings and not acknowledge_warnings:
            return ShipmentResult(None, tuple(warnings))
        shipment = _save(session, licence, inp, warnings, actor)
        return ShipmentResult(shipment.id, tuple(warnings))


# --------------------------------------------------------------------------- licences to book


@dataclass(frozen=True)
class LicenceLineBalance:
    """A licence line and what has been shipped against it so far."""

    licence_line_id: int
    line_no: int
    description: str
    unit: str
    licensed_quantity: Decimal
    shipped_quantity: Decimal
    licensed_value: Decimal | None
    currency: str

    @property
    def remaining_quantity(self) -> Decimal:
        return self.licensed_quantity - self.shipped_quantity


@dataclass(frozen=True)
class LicenceForShipment:
    licence_id: int
    number: str
    application_id: int
    reference: str
    transfer_type: str
    status: LicenceStatus
    issued_on: date
    valid_from: date
    valid_until: date
    #: Final importing State (exports) or exporting State (imports).
    counterpart: str
    lines: tuple[LicenceLineBalance, ...]


def _licence_view(session: Session, licence: Licence) -> LicenceForShipment:
    app = session.get(Application, licence.application_id)
    assert app is not None
    states = _line_states(session, licence)
    counterpart = (
        app.exporting_code if app.transfer_type is TransferType.IMPORT else app.destination_code
    )
    return LicenceForShipment(
        licence.id,
        licence.number,
        app.id,
        app.reference,
        app.transfer_type.value,
        licence.status,
        licence.issued_on,
        licence.valid_from,
        licence.valid_until,
        counterpart,
        tuple(
            LicenceLineBalance(
                s.line.id,
                s.item.line_no,
                s.item.description,
                s.item.unit,
                s.line.quantity,
                s.shipped_quantity,
                s.line.value,
                s.line.currency,
            )
            for s in sorted(states.values(), key=lambda s: s.item.line_no)
            if s.line.quantity > 0
        ),
    )


def find_licences(
    db: Database, text: str = "", *, limit: int = 200
) -> tuple[LicenceForShipment, ...]:
    """Licences whose number or case reference contains ``text``, newest first."""
    with db.session() as session:
        query = (
            select(Licence)
            .join(Application, Application.id == Licence.application_id)
            .order_by(Licence.issued_on.desc(), Licence.id.desc())
            .limit(limit)
        )
        needle = text.strip()
        if needle:
            # autoescape: a '%' or '_' typed by the officer is that character, not a wildcard.
            query = query.where(
                Licence.number.icontains(needle, autoescape=True)
                | Application.reference.icontains(needle, autoescape=True)
            )
        return tuple(_licence_view(session, lic) for lic in session.scalars(query))


def licence_for_shipment(db: Database, licence_id: int) -> LicenceForShipment:
    with db.session() as session:
        return _licence_view(session, _licence(session, licence_id))


def licence_by_number(db: Database, number: str) -> LicenceForShipment:
    """The licence printed with exactly this number (the command line books by number)."""
    with db.session() as session:
        licence = session.scalars(select(Licence).where(Licence.number == number.strip())).first()
        if licence is None:
            raise NotFoundError(
                msg("There is no licence numbered {number}.", number=number.strip())
            )
        return _licence_view(session, licence)


# --------------------------------------------------------------------------- customs files

#: Column -> (required, accepted header spellings after normalisation).
CUSTOMS_COLUMNS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "licence_number": (True, ("licence_number", "license_number", "licence", "license")),
    "line_no": (True, ("line_no", "line", "line_number", "item_no")),
    "shipped_on": (True, ("shipped_on", "date", "shipment_date", "export_date", "import_date")),
    "customs_reference": (True, ("customs_reference", "declaration", "mrn", "customs_ref")),
    "quantity": (True, ("quantity", "qty")),
    "value": (False, ("value", "amount")),
    "currency": (False, ("currency",)),
}


def _columns(headers: tuple[str, ...]) -> tuple[dict[str, int], list[RowError]]:
    found: dict[str, int] = {}
    for name, (_required, spellings) in CUSTOMS_COLUMNS.items():
        for i, header in enumerate(headers):
            if header in spellings:
                found[name] = i
                break
    missing = [n for n, (req, _s) in CUSTOMS_COLUMNS.items() if req and n not in found]
    errors = [
        RowError(1, name, msg("this column is missing from the header row", context="customs file"))
        for name in missing
    ]
    return found, errors


def _cell(row: tuple[Any, ...], index: int | None) -> Any:
    if index is None or index >= len(row):
        return None
    return row[index]


def _parse_rows(
    session: Session, path: Path
) -> tuple[list[CustomsRow], list[RowError], dict[int, Licence]]:
    try:
        table = read_table(path)
    except RegisterFileError as exc:  # its texts name no kind of file: they fit both
        raise CustomsFileError(exc.message) from None
    cols, errors = _columns(table.headers)
    if errors:
        return [], errors, {}
    parsed: list[CustomsRow] = []
    licences: dict[str, Licence | None] = {}
    for number, raw in table.rows:
        row_errors: list[RowError] = []

        def get(name: str, raw: tuple[Any, ...] = raw) -> Any:
            return _cell(raw, cols.get(name))

        lic_no = cell_text(get("licence_number"))
        if lic_no not in licences:
            licences[lic_no] = session.scalars(
                select(Licence).where(Licence.number == lic_no)
            ).first()
        licence = licences[lic_no]
        if not lic_no:
            row_errors.append(RowError(number, "licence_number", _EMPTY))
        elif licence is None:
            row_errors.append(
                RowError(
                    number,
                    "licence_number",
                    msg("no licence {number} exists", context="customs file", number=lic_no),
                )
            )
        shipped_on = _shipped_on(number, get("shipped_on"), row_errors)
        ref = cell_text(get("customs_reference"))
        if not ref:
            row_errors.append(RowError(number, "customs_reference", _EMPTY))
        quantity, value = _amounts(number, get("quantity"), get("value"), row_errors)
        currency = cell_text(get("currency")).upper()
        if value is not None and not (len(currency) == 3 and currency.isalpha()):
            row_errors.append(
                RowError(
                    number,
                    "currency",
                    msg("a value needs its 3-letter ISO 4217 currency", context="customs file"),
                )
            )
        line_no, line_id = _licence_line(
            session, number, licence, lic_no, cell_text(get("line_no")), row_errors
        )
        if row_errors:
            errors.extend(row_errors)
            continue
        assert licence is not None and shipped_on is not None and quantity is not None
        assert line_id is not None
        parsed.append(
            CustomsRow(
                number,
                lic_no,
                line_no,
                shipped_on,
                ref,
                quantity,
                value,
                currency if value is not None else "",
                licence.id,
                line_id,
            )
        )
    by_id = {lic.id: lic for lic in licences.values() if lic is not None}
    return parsed, errors, by_id


def _shipped_on(number: int, raw: Any, errors: list[RowError]) -> date | None:
    """The row's shipping date; a missing or unreadable one is an error."""
    try:
        shipped_on = date_cell(raw)
    except CellError as exc:
        errors.append(RowError(number, "shipped_on", exc.message))
        return None
    if shipped_on is None:
        errors.append(RowError(number, "shipped_on", _EMPTY))
    return shipped_on


def _amounts(
    number: int, quantity_raw: Any, value_raw: Any, errors: list[RowError]
) -> tuple[Decimal | None, Decimal | None]:
    """The quantity (required, above zero) and the value (optional, not negative)."""
    quantity: Decimal | None = None
    value: Decimal | None = None
    for name, raw in (("quantity", quantity_raw), ("value", value_raw)):
        try:
            amount = decimal_cell(raw, name)
        except CellError as exc:
            errors.append(RowError(number, name, exc.message))
            continue
        if name == "quantity":
            quantity = amount
            if amount is None:
                errors.append(RowError(number, name, _EMPTY))
            elif problem := decimal_phrase(amount, allow_zero=False):
                errors.append(RowError(number, name, problem))
        else:
            value = amount
            if amount is not None and (problem := decimal_phrase(amount, allow_zero=True)):
                errors.append(RowError(number, name, problem))
    return quantity, value


def _licence_line(
    session: Session,
    number: int,
    licence: Licence | None,
    lic_no: str,
    line_text: str,
    errors: list[RowError],
) -> tuple[int, int | None]:
    """The line number as written and the id of the licence line it names, if any."""
    line_id: int | None = None
    line_no = 0
    try:
        written = parse_decimal(line_text, what="line number") if line_text else None
    except ParseProblem as exc:
        errors.append(RowError(number, "line_no", exc.message))
        written = None
    if written is not None:
        if written < 1 or written != written.to_integral_value() or written > 1_000_000:
            # Line 0 or 0.4 would name no line; they were once an AssertionError.
            errors.append(
                RowError(
                    number,
                    "line_no",
                    msg("'{text}' is not a line number", context="customs file", text=line_text),
                )
            )
        else:
            line_no = int(written)
    if not line_text:
        errors.append(RowError(number, "line_no", _EMPTY))
    elif licence is not None and line_no:
        items = {
            i.id: i.line_no
            for i in session.scalars(
                select(LineItem).where(LineItem.application_id == licence.application_id)
            )
        }
        matches = [ln for ln in licence.lines if items.get(ln.line_item_id) == line_no]
        if matches:
            line_id = matches[0].id
        else:
            errors.append(
                RowError(
                    number,
                    "line_no",
                    msg(
                        "licence {number} has no line {line}",
                        context="customs file",
                        number=lic_no,
                        line=line_no,
                    ),
                )
            )
    return line_no, line_id


def _group(rows: list[CustomsRow]) -> dict[tuple[int, date, str], list[CustomsRow]]:
    """One shipment per licence, date and customs reference."""
    groups: dict[tuple[int, date, str], list[CustomsRow]] = defaultdict(list)
    for row in rows:
        groups[(row.licence_id, row.shipped_on, row.customs_reference)].append(row)
    return groups


def _preview(session: Session, path: Path) -> CustomsPreview:
    rows, errors, licences = _parse_rows(session, path)
    warnings: list[RowWarning] = []
    # Cumulative per licence line, including earlier rows of the same file.
    extra_qty: dict[int, Decimal] = defaultdict(Decimal)
    extra_val: dict[int, Decimal] = defaultdict(Decimal)
    states_by_licence: dict[int, dict[int, _LineState]] = {}
    embargo_check = ShipmentEmbargoCheck(session)
    for (licence_id, shipped_on, ref), group in sorted(
        _group(rows).items(), key=lambda kv: (kv[0][1], kv[1][0].row)
    ):
        licence = licences[licence_id]
        states = states_by_licence.setdefault(licence_id, _line_states(session, licence))
        numbers = tuple(r.row for r in group)
        seen: set[int] = set()
        for row in group:
            if row.licence_line_id in seen:
                errors.append(
                    RowError(
                        row.row,
                        "line_no",
                        msg(
                            "line {line} appears twice in shipment {reference}; add them up",
                            context="customs file",
                            line=row.line_no,
                            reference=ref,
                        ),
                    )
                )
            seen.add(row.licence_line_id)
        embargoes = _embargo_stop(session, embargo_check, licence, shipped_on)
        if embargoes:
            stop = _prohibited_text(licence.number, shipped_on, embargoes)
            errors.extend(RowError(r.row, "shipped_on", stop) for r in group)
        for message in _licence_warnings(licence, shipped_on):
            warnings.append(RowWarning(numbers, message))
        inp = ShipmentInput(shipped_on, ref, ())
        for message in _duplicate_warning(session, licence, inp):
            warnings.append(RowWarning(numbers, message))
        for row in group:
            state = states[row.licence_line_id]
            shifted = _LineState(
                state.line,
                state.item,
                state.shipped_quantity + extra_qty[row.licence_line_id],
                state.shipped_value + extra_val[row.licence_line_id],
            )
            for message in _line_warnings(licence, shifted, row.quantity, row.value, row.currency):
                warnings.append(RowWarning((row.row,), message))
            extra_qty[row.licence_line_id] += row.quantity
            if row.value is not None and row.currency == state.line.currency:
                extra_val[row.licence_line_id] += row.value
    errors.sort(key=lambda e: e.row)
    return CustomsPreview(tuple(rows), tuple(errors), tuple(warnings))


def preview_customs_file(db: Database, path: Path) -> CustomsPreview:
    """Read and check a customs CSV/XLSX; nothing is saved."""
    with db.session() as session:
        return _preview(session, Path(path))


def import_customs_file(
    db: Database, path: Path, actor: Actor = LOCAL_OFFICER
) -> CustomsImportResult:
    """Save every shipment of the file in one transaction, or nothing if a row has an error.

    Warnings do not stop the import: calling this after the preview is the officer's
    acknowledgement, which each shipment's history records.
    """
    with db.session() as session:
        authorize(session, actor, Permission.RECORD_SHIPMENT)
        preview = _preview(session, Path(path))
        if preview.row_errors:
            raise CustomsFileError(
                msg(
                    "{name}: nothing was imported; correct these rows first:", name=Path(path).name
                ),
                preview.row_errors,
            )
        ids: list[int] = []
        # A list, not a dict keyed by rows: two warnings on the same rows are both kept.
        by_rows = [(w.rows, w.message) for w in preview.warnings]
        for (licence_id, shipped_on, ref), group in _group(list(preview.rows)).items():
            licence = _licence(session, licence_id)
            numbers = {r.row for r in group}
            acknowledged = [m for rows, m in by_rows if numbers.intersection(rows)]
            inp = ShipmentInput(
                shipped_on,
                ref,
                tuple(
                    ShipmentLineInput(r.licence_line_id, r.quantity, r.value, r.currency)
                    for r in group
                ),
                notes=f"Imported from {Path(path).name}",
            )
            ids.append(_save(session, licence, inp, acknowledged, actor).id)
    logging.getLogger(__name__).info(
        "Imported %d shipments (%d warnings) from %s", len(ids), len(preview.warnings), path
    )
    return CustomsImportResult(tuple(ids), preview.warnings)


__all__ = [
    "CustomsFileError",
    "CustomsImportResult",
    "CustomsPreview",
    "CustomsRow",
    "LicenceForShipment",
    "LicenceLineBalance",
    "RowError",
    "RowWarning",
    "ShipmentInput",
    "ShipmentLineInput",
    "ShipmentProhibited",
    "ShipmentResult",
    "check_shipment",
    "find_licences",
    "import_customs_file",
    "licence_by_number",
    "licence_for_shipment",
    "preview_customs_file",
    "record_shipment",
]
