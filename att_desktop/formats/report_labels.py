"""How the annual report names its rows, categories and States, in every format it is written.

One place for the PDF, the data files and the report builder's preview, so the three never
word the same row differently. Every text is a message of the catalogue (``att_desktop.i18n``)
or comes from CLDR/pycountry, so a report in one language is in that language throughout.
"""

from __future__ import annotations

import re

from att_desktop.domain.categories import AttCategory, CategoryCatalogue
from att_desktop.domain.countries import country_name, is_valid_country
from att_desktop.i18n import TEMPLATE_CONTEXT, normalise, render, translate

#: The catalogue's context of the annual report's own texts (``report_text``).
REPORT_CONTEXT = "annual report"


def report_text(text: str, language: str, **values: object) -> str:
    """One of the annual report's fixed texts in ``language`` (English the message id)."""
    return render(text, language, values, context=REPORT_CONTEXT)


def report_plural(singular: str, plural: str, n: int, language: str, **values: object) -> str:
    """A report text whose form follows the number ``n`` ("1 line" / "2 lines")."""
    return render(singular, language, values, context=REPORT_CONTEXT, plural=plural, n=n)


def template_text(key: str, english: str, language: str) -> str:
    """A heading of the report template (``annual_report_template.json``) in ``language``:
    the file's English is the message id, ``key`` names it (see i18n.build.template_texts);
    a heading an authority reworded shows in its own English until it is translated."""
    return translate(english, language, context=TEMPLATE_CONTEXT.format(key=key))


def state_name(code: str, language: str = "en") -> str:
    """A State's name for print; a code that is not ISO 3166-1 is shown as it is."""
    if not code:
        return ""
    return country_name(code, language) if is_valid_country(code) else code


def row_label(category: AttCategory, language: str = "en") -> str:
    """The template's own row wording: "IV. Combat aircraft", "a) Manned", "6. Others"."""
    parts = category.code.split(".")
    if len(parts) == 1:
        return f"{category.roman}. {category.name(language)}"
    last = parts[-1]
    if category.template_row and normalise(language) == "en":
        # The template's English row text; other languages name the row in full.
        return re.sub(r"^[IVX]+\s+(Small arms\s+|Light weapons\s+)?", "", category.template_row)
    name = category.name(language)
    if last.isdigit():
        return f"{last}. {name}"
    if len(last) == 1 and last.isalpha():
        return f"{last}) {name}"
    return name


def national_category(rating: str, language: str = "en") -> str:
    """The row of a voluntary national category: "National category ML1"."""
    return report_text("National category {rating}", language, rating=rating)


def category_label(code: str, catalogue: CategoryCatalogue, language: str = "en") -> str:
    """Self-contained label for flat files: "VIII.SA.2 Rifles and carbines"."""
    if code.startswith("national:"):
        return national_category(code.removeprefix("national:"), language)
    return catalogue.label(code, language)
