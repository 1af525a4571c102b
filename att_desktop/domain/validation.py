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
from att_desktop.i18n import Message, msg, translate

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


def too_long(
    value: str, limit: int | None, field: str, label: str | Message = ""
) -> FieldError | None:
    """A FieldError when ``value`` (as it will be stored) exceeds ``limit`` characters, else None.

    ``limit`` comes from the column (``db.types.max_length``); None means unlimited. The
    message names the field in words (``label``, a Message so it is translated too) and says
    how far to shorten it, so the person is told before the database refuses it (PostgreSQL)
    or keeps it as is (SQLite).
    """
    if limit is None or len(value) <= limit:
        return None
    return FieldError(
        field,
        msg(
            "the {what} is {length} characters long: shorten it to {limit} characters at most",
            what=label or field,
            length=len(value),
            limit=limit,
        ),
    )


def not_in_future(field: str) -> FieldError:
    """One message, many date fields: a date that has not come yet."""
    return FieldError(field, msg("the date cannot be in the future"))


class ParseProblem(ValueError):
    """A typed number or date that cannot be read: ``str`` is the English (the log, the
    command line), ``message`` the same to translate where it is shown (issue 15)."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(translate(message, "en"))


#: The numbers ``parse_decimal`` names by a word; another ``what`` (a file's column name)
#: is quoted as written.
_WHAT = {
    "number": msg("number", context="number read from text"),
    "quantity": msg("quantity", context="number read from text"),
    "value": msg("value", context="number read from text"),
    "rate": msg("rate", context="number read from text"),
    "line number": msg("line number", context="number read from text"),
}


def parse_decimal(text: str, *, what: str = "number") -> Decimal:
    """Parse a quantity or amount typed by a person: '1 200,50' is refused, '1200.50' is fine.

    Raises ``ParseProblem``; its English is also matched by ``ui.field_errors.translate_message``
    in the window.
    """
    word: Message | str = _WHAT.get(what, what)
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "")
    if cleaned.count(",") and not cleaned.count("."):
        raise ParseProblem(msg("use a dot for decimals in the {what}, not a comma", what=word))
    cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ParseProblem(msg("'{text}' is not a {what}", text=text, what=word)) from None
    if not value.is_finite():
        raise ParseProblem(msg("'{text}' is not a {what}", text=text, what=word))
    return value


def parse_iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ParseProblem(
            msg("'{text}' is not a date; use YYYY-MM-DD, e.g. 2026-03-31", text=text)
        ) from None


def _decimal_kind(value: Decimal, *, allow_zero: bool) -> str | None:
    if not value.is_finite():
        return "nan"
    if value < 0:
        return "negative"
    if value == 0 and not allow_zero:
        return "zero"
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        return "decimals"
    if value >= Decimal(10) ** 15:
        return "large"
    return None


#: The phrase that follows a cell's value or column ("'-3' must not be negative").
_DECIMAL_PHRASES = {
    "nan": msg("is not a number", context="number cell"),
    "negative": msg("must not be negative", context="number cell"),
    "zero": msg("must be greater than zero", context="number cell"),
    "decimals": msg(
        "may have at most {places} decimal places", context="number cell", places=MAX_DECIMALS
    ),
    "large": msg("is too large", context="number cell"),
}

#: Whole sentences per kind of number, so each language can agree them with the noun.
_DECIMAL_MESSAGES: dict[str, dict[str, Message]] = {
    "quantity": {
        "nan": msg("the quantity is not a number"),
        "negative": msg("the quantity must not be negative"),
        "zero": msg("the quantity must be greater than zero"),
        "decimals": msg(
            "the quantity may have at most {places} decimal places", places=MAX_DECIMALS
        ),
        "large": msg("the quantity is too large"),
    },
    "value": {
        "nan": msg("the value is not a number"),
        "negative": msg("the value must not be negative"),
        "zero": msg("the value must be greater than zero"),
        "decimals": msg("the value may have at most {places} decimal places", places=MAX_DECIMALS),
        "large": msg("the value is too large"),
    },
    "rate": {
        "nan": msg("the rate is not a number"),
        "negative": msg("the rate must not be negative"),
        "zero": msg("the rate must be greater than zero"),
        "decimals": msg("the rate may have at most {places} decimal places", places=MAX_DECIMALS),
        "large": msg("the rate is too large"),
    },
}


def decimal_problem(value: Decimal, *, allow_zero: bool) -> str | None:
    """What is wrong with a quantity (``allow_zero=False``) or an amount, or None: the
    English phrase ("must not be negative") of ``decimal_phrase``."""
    phrase = decimal_phrase(value, allow_zero=allow_zero)
    return None if phrase is None else translate(phrase, "en")


def decimal_phrase(value: Decimal, *, allow_zero: bool) -> Message | None:
    """What is wrong with a number in a spreadsheet cell, as a phrase that follows the cell
    ("must not be negative"), to translate; a form field uses ``decimal_message``."""
    kind = _decimal_kind(value, allow_zero=allow_zero)
    return None if kind is None else _DECIMAL_PHRASES[kind]


def decimal_message(value: Decimal, *, allow_zero: bool, what: str) -> Message | None:
    """What is wrong with a ``what`` ("quantity", "value" or "rate") as a sentence, or None."""
    kind = _decimal_kind(value, allow_zero=allow_zero)
    if kind is None:
        return None
    return _DECIMAL_MESSAGES[what][kind]


def _currency_ok(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code.isupper()


def validate_application(inp: ApplicationInput, *, today: date | None = None) -> list[FieldError]:
    """Every problem in an application; an empty list means it may be saved."""
    today = today or date.today()
    errors: list[FieldError] = []

    def need(cond: bool, field: str, message: Message) -> None:
        if not cond:
            errors.append(FieldError(field, message))

    need(bool(inp.applicant.name.strip()), "applicant.name", msg("enter the applicant's name"))
    need(
        is_valid_country(inp.applicant.country_code),
        "applicant.country_code",
        msg("choose the applicant's country"),
    )
    need(
        is_valid_country(inp.destination_code),
        "destination_code",
        msg("choose the final importing State"),
    )
    if inp.transfer_type in (TransferType.IMPORT, TransferType.TRANSIT, TransferType.TRANSSHIPMENT):
        need(
            is_valid_country(inp.exporting_code),
            "exporting_code",
            msg("choose the exporting State"),
        )
    elif inp.exporting_code:
        need(is_valid_country(inp.exporting_code), "exporting_code", msg("not a known country"))
    need(inp.received_on <= today, "received_on", msg("the date received cannot be in the future"))
    if inp.euc_date is not None:
        need(inp.euc_date <= today, "euc_date", msg("the certificate date cannot be in the future"))
    for i, code in enumerate(inp.transit_codes):
        need(is_valid_country(code), f"transit_codes[{i}]", msg("choose a transit State"))

    end_users = [p for p in inp.parties if p.role is PartyRole.END_USER]
    if inp.transfer_type is not TransferType.IMPORT:
        need(bool(end_users), "parties", msg("add the end user"))
    for i, party in enumerate(inp.parties):
        need(bool(party.name.strip()), f"parties[{i}].name", msg("enter the party's name"))
        need(
            is_valid_country(party.country_code),
            f"parties[{i}].country_code",
            msg("choose the party's country"),
        )
        if (problem := acts_for_problem(inp.parties, i)) is not None:
            errors.append(FieldError(f"parties[{i}].acts_for", problem))

    need(bool(inp.items), "items", msg("add at least one line item"))
    catalogue = load_categories()
    for i, item in enumerate(inp.items):
        prefix = f"items[{i}]"
        need(bool(item.description.strip()), f"{prefix}.description", msg("describe the item"))
        problem = decimal_message(item.quantity, allow_zero=False, what="quantity")
        if problem:
            errors.append(FieldError(f"{prefix}.quantity", problem))
        if item.value is not None:
            problem = decimal_message(item.value, allow_zero=True, what="value")
            if problem:
                errors.append(FieldError(f"{prefix}.value", problem))
            need(
                _currency_ok(item.currency),
                f"{prefix}.currency",
                msg("give the value's currency as a three-letter code such as EUR"),
            )
        if item.att_category and item.not_reportable_reason:
            errors.append(
                FieldError(
                    f"{prefix}.att_category",
                    msg("choose either an ATT category or a reason it is not reportable, not both"),
                )
            )
        elif item.att_category:
            need(
                catalogue.is_valid(item.att_category),
                f"{prefix}.att_category",
                msg("'{code}' is not an ATT category", code=item.att_category),
            )
        elif item.not_reportable_reason is None:
            errors.append(
                FieldError(
                    f"{prefix}.att_category",
                    msg("choose the ATT category, or say why the item is not reportable"),
                )
            )
        if item.origin_code:
            need(is_valid_country(item.origin_code), f"{prefix}.origin_code", msg("not a country"))
        if item.withheld:
            need(
                bool(item.withheld_reason.strip()),
                f"{prefix}.withheld_reason",
                msg("say why the item is withheld from the annual report"),
            )
    return errors
