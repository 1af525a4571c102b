"""Amounts and quantities on screen follow the language's separators and digits (QLocale),
without losing a digit of the recorded Decimal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from att_desktop.ui.i18n import format_amount, format_quantity, localise_number


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "12,345,678,901,234.57"),
        ("zh_CN", "12,345,678,901,234.57"),
        ("fr", "12\u202f345\u202f678\u202f901\u202f234,57"),
        ("ru", "12\xa0345\xa0678\xa0901\xa0234,57"),
        ("es", "12.345.678.901.234,57"),
        ("ar", "١٢٬٣٤٥٬٦٧٨٬٩٠١٬٢٣٤٫٥٧"),
    ],
)
def test_separators_and_digits_follow_the_language(language: str, expected: str) -> None:
    assert localise_number("12,345,678,901,234.57", QLocale(language)) == expected


def test_amounts_and_quantities_use_the_default_locale() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("es"))
        # 16 significant digits: a float would already round the cents.
        assert format_amount(Decimal("98765432109876.54"), "EUR") == "98.765.432.109.876,54 EUR"
        assert format_quantity(Decimal("1200.000"), "pcs") == "1.200 pcs"
        QLocale.setDefault(QLocale("en"))
        assert format_amount(Decimal("1250000"), "USD") == "1,250,000.00 USD"
        assert format_quantity(Decimal("2.500")) == "2.5"
    finally:
        QLocale.setDefault(previous)
