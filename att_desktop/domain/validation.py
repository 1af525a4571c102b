"""Checks on an application before it is saved, reported field by field.

Field paths (``items[2].quantity``) let the dialog put each message next to its field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from att_desktop.domain.application import ApplicationInput
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import is_valid_country
from att_desktop.domain.enums import PartyRole, TransferType
from att_desktop.domain.parties import acts_for_problem
from att_desktop.i18n import Message, translate

MAX_DECIMALS = 3


@dataclass(frozen=True)
class FieldError:
    """One field's problem; ``message`` may be a Message so the window can translate it."""

    field: str
    message: str | Message

    def __str__(self) -> str:
        return f"{self.field}: {self.text('en')}"

    def text(self, language: str) -> str:
        """The problem in ``language`` (a plain string stays as written)."""
        if isinstance(self.message, Message):
            return translate(self.message, language)
        return self.message


def too_long(value: str, limit: int | None, field: str, label: str = "") -> FieldError | None:
    """A FieldError when ``value`` (as it will be stored) exceeds ``limit`` characters, else None.

    ``limit`` comes from the column (``db.types.max_length``); None means unlimited. The
    message names the field in words (``label``) and says how far to shorten it, so the
    person is told before the database refuses it (PostgreSQL) or keeps it as is (SQLite).
    """
    if limit is None or len(value) <= limit:
        return None
    what = label or field
    return FieldError(
        field,
        f"the {what} is {len(value)} characters long: shorten it to {limit} characters at most",
    )


def parse_decimal(text: str, *, what: str = "number") -> Decimal:
    """Parse a quantity or amount typed by a person: '1 200,50' is refused, '1200.50' is fine."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "")
    if cleaned.count(",") and not cleaned.count("."):
        raise ValueError(f"use a dot for decimals in the {what}, not a comma")
    cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not a {what}") from None
    if not value.is_finite():
        raise ValueError(f"'{text}' is not a {what}")
    return value


def parse_iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text}' is not a date; use YYYY-MM-DD, e.g. 2026-03-31") from None


def _decimal_problem(value: Decimal, *, allow_zero: bool) -> str | None:
    if not value.is_finite():
        return "is not a number"
    if value < 0:
        return "must not be negative"
    if value == 0 and not allow_zero:
        return "must be greater than zero"
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        return f"may have at most {MAX_DECIMALS} decimal places"
    if value >= Decimal(10) ** 15:
        return "is too large"
    return None


def decimal_problem(value: Decimal, *, allow_zero: bool) -> str | None:
    """What is wrong with a quantity (``allow_zero=False``) or an amount, or None.

    Public so that the spreadsheet importer can quote the cell in the same words.
    """
    return _decimal_problem(value, allow_zero=allow_zero)


def _currency_ok(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code.isupper()


def validate_application(inp: ApplicationInput, *, today: date | None = None) -> list[FieldError]:
    """Every problem in an application; an empty list means it may be saved."""
    today = today or date.today()
    errors: list[FieldError] = []

    def need(cond: bool, field: str, message: str) -> None:
        if not cond:
            errors.append(FieldError(field, message))

    need(bool(inp.applicant.name.strip()), "applicant.name", "enter the applicant's name")
    need(
        is_valid_country(inp.applicant.country_code),
        "applicant.country_code",
        "choose the applicant's country",
    )
    need(
        is_valid_country(inp.destination_code),
        "destination_code",
        "choose the final importing State",
    )
    if inp.transfer_type in (TransferType.IMPORT, TransferType.TRANSIT, TransferType.TRANSSHIPMENT):
        need(
            is_valid_country(inp.exporting_code),
            "exporting_code",
            "choose the exporting State",
        )
    elif inp.exporting_code:
        need(is_valid_country(inp.exporting_code), "exporting_code", "not a known country")
    need(inp.received_on <= today, "received_on", "the date received cannot be in the future")
    if inp.euc_date is not None:
        need(inp.euc_date <= today, "euc_date", "the certificate date cannot be in the future")
    for i, code in enumerate(inp.transit_codes):
        need(is_valid_country(code), f"transit_codes[{i}]", "choose a transit State")

    end_users = [p for p in inp.parties if p.role is PartyRole.END_USER]
    if inp.transfer_type is not TransferType.IMPORT:
        need(bool(end_users), "parties", "add the end user")
    for i, party in enumerate(inp.parties):
        need(bool(party.name.strip()), f"parties[{i}].name", "enter the party's name")
        need(
            is_valid_country(party.country_code),
            f"parties[{i}].country_code",
            "choose the party's country",
        )
        if (problem := acts_for_problem(inp.parties, i)) is not None:
            errors.append(FieldError(f"parties[{i}].acts_for", problem))

    need(bool(inp.items), "items", "add at least one line item")
    catalogue = load_categories()
    for i, item in enumerate(inp.items):
        prefix = f"items[{i}]"
        need(bool(item.description.strip()), f"{prefix}.description", "describe the item")
        problem = _decimal_problem(item.quantity, allow_zero=False)
        if problem:
            errors.append(FieldError(f"{prefix}.quantity", f"the quantity {problem}"))
        if item.value is not None:
            problem = _decimal_problem(item.value, allow_zero=True)
            if problem:
                errors.append(FieldError(f"{prefix}.value", f"the value {problem}"))
            need(
                _currency_ok(item.currency),
                f"{prefix}.currency",
                "give the value's currency as a three-letter code such as EUR",
            )
        if item.att_category and item.not_reportable_reason:
            errors.append(
                FieldError(
                    f"{prefix}.att_category",
                    "choose either an ATT category or a reason it is not reportable, not both",
                )
            )
        elif item.att_category:
            need(
                catalogue.is_valid(item.att_category),
                f"{prefix}.att_category",
                f"'{item.att_category}' is not an ATT category",
            )
        elif item.not_reportable_reason is None:
            errors.append(
                FieldError(
                    f"{prefix}.att_category",
                    "choose the ATT category, or say why the item is not reportable",
                )
            )
        if item.origin_code:
            need(is_valid_country(item.origin_code), f"{prefix}.origin_code", "not a country")
        if item.withheld:
            need(
                bool(item.withheld_reason.strip()),
                f"{prefix}.withheld_reason",
                "say why the item is withheld from the annual report",
            )
    return errors
