"""Dates, numbers, amounts and lists in a reader's language, from CLDR (Babel).

Nothing here is a hand-made table: each of the six languages gets its own month names, digit
grouping, decimal sign and list words from CLDR. The few conventions CLDR does not cover
(``Label: value``, a plain enumeration) are messages of the catalogue, so a translator sets
them with the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from babel import Locale
from babel import dates as babel_dates
from babel import lists as babel_lists
from babel import numbers as babel_numbers

from att_desktop.i18n.catalogue import normalise, translate

#: The CLDR locale of each catalogue language: English is British (the treaty's and the UN's
#: spelling, and "15 January 2026" rather than "January 15, 2026"); Chinese is Simplified.
_LOCALES = {
    "en": "en_GB",
    "zh_CN": "zh_Hans_CN",
    "fr": "fr",
    "ru": "ru",
    "es": "es",
    "ar": "ar",
}


@lru_cache(maxsize=16)
def babel_locale(language: str) -> Locale:
    """The CLDR locale used to format for ``language``."""
    return Locale.parse(_LOCALES[normalise(language)])


def format_date(value: date, language: str) -> str:
    """The long, unambiguous date: ``15 January 2026``, ``2026年1月15日``, ``15 janvier 2026``
    (never 01/02/2026, which readers of different countries read differently)."""
    return babel_dates.format_date(value, "long", locale=babel_locale(language))


def _pattern(value: Decimal) -> str:
    """Grouped, with exactly the decimals that were recorded (``12.50`` stays ``12.50``)."""
    if value == value.to_integral_value():
        return "#,##0"
    exponent = value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0." + "0" * digits


def format_decimal(value: Decimal | int, language: str) -> str:
    """A number with the language's grouping and decimal sign, no rounding and never in
    scientific notation: ``1,250`` / ``1 250`` / ``1.250``; ``12.50`` / ``12,50``."""
    number = Decimal(value)
    return babel_numbers.format_decimal(
        number, format=_pattern(number), locale=babel_locale(language), decimal_quantization=False
    )


def format_currency(value: Decimal | int, currency: str, language: str) -> str:
    """An amount with its ISO 4217 code where the language puts the currency:
    ``USD 1,250.00`` / ``1 250,00 USD``. The code, not a symbol: "$" names a dozen currencies."""
    locale = babel_locale(language)
    pattern = locale.currency_formats["standard"].pattern
    # CLDR's currency spacing: a code written before the digits is kept apart from them.
    pattern = pattern.replace("¤#", "¤¤\xa0#").replace("¤0", "¤¤\xa00")
    pattern = pattern.replace("¤", "¤¤") if "¤¤" not in pattern else pattern
    return babel_numbers.format_currency(
        Decimal(value), currency.upper(), format=pattern, locale=locale
    )


ListStyle = Literal[
    "standard", "standard-short", "or", "or-short", "unit", "unit-short", "unit-narrow"
]


def format_list(items: Iterable[str], language: str, *, style: ListStyle = "standard") -> str:
    """A list in running text with the language's own "and": ``a, b and c`` / ``a、b和c``."""
    parts = list(items)
    if not parts:
        return ""
    try:
        return babel_lists.format_list(parts, style=style, locale=babel_locale(language))
    except KeyError:  # a style the language's CLDR data lacks
        return babel_lists.format_list(parts, locale=babel_locale(language))


def colon(label: str, value: str, language: str) -> str:
    """``Label: value``; Chinese takes the full-width colon with no space (``标题：内容``)."""
    return translate("{label}: {value}", language, context="punctuation", label=label, value=value)


def join(parts: Iterable[str], language: str) -> str:
    """An enumeration without "and" (a name and its country, States in a cell): ``a, b`` /
    ``a，b``."""
    return translate(", ", language, context="list separator").join(parts)


def sentences(parts: Iterable[str], language: str) -> str:
    """Sentences one after the other: a space between them in English, none in Chinese."""
    out = ""
    for part in parts:
        out = (
            translate(
                "{first} {second}",
                language,
                context="two sentences in a row",
                first=out,
                second=part,
            )
            if out
            else part
        )
    return out
