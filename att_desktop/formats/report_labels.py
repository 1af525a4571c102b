"""How the annual report names its rows, categories and States, in every format it is written.

One place for the PDF, the data files and the report builder's preview, so the three never
word the same row differently.
"""

from __future__ import annotations

import re

from att_desktop.domain.categories import AttCategory, CategoryCatalogue
from att_desktop.domain.countries import country_name, is_valid_country


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
    if category.template_row and not language.lower().startswith("zh"):
        return re.sub(r"^[IVX]+\s+(Small arms\s+|Light weapons\s+)?", "", category.template_row)
    name = category.name(language)
    if last.isdigit():
        return f"{last}. {name}"
    if len(last) == 1 and last.isalpha():
        return f"{last}) {name}"
    return name


def category_label(code: str, catalogue: CategoryCatalogue, language: str = "en") -> str:
    """Self-contained label for flat files: "VIII.SA.2 Rifles and carbines"."""
    if code.startswith("national:"):
        return f"National category {code.removeprefix('national:')}"
    return catalogue.label(code, language)
