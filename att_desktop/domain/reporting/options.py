"""What the focal point decides before the numbers are added up (seed 004, Annex A).

Each choice is one of the template's declarations: authorised or actual (per table), number of
items and/or value, civilian small arms in or out, national categories, publication (per
form).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Basis(StrEnum):
    """Art. 13(3) lets a State report "authorized or actual" transfers, per table."""

    AUTHORISED = "authorised"
    ACTUAL = "actual"


class Measure(StrEnum):
    """The template's "Number of items" and/or "Value" columns."""

    ITEMS = "items"
    VALUE = "value"
    BOTH = "both"

    @property
    def has_items(self) -> bool:
        return self in (Measure.ITEMS, Measure.BOTH)

    @property
    def has_value(self) -> bool:
        return self in (Measure.VALUE, Measure.BOTH)


@dataclass(frozen=True)
class ContactPoint:
    """The national point of contact printed on the title page."""

    name: str = ""
    position: str = ""
    organisation: str = ""
    address: str = ""
    telephone: str = ""
    email: str = ""

    def lines(self) -> tuple[str, ...]:
        parts = (
            self.name,
            self.position,
            self.organisation,
            self.address,
            self.telephone,
            self.email,
        )
        return tuple(p for p in parts if p.strip())


@dataclass(frozen=True)
class NationalDefinition:
    """Annex 2: how the State defines a category, where it differs from the UN Register's."""

    category: str
    definition: str


@dataclass(frozen=True)
class ReportOptions:
    year: int
    exports_basis: Basis = Basis.AUTHORISED
    imports_basis: Basis = Basis.AUTHORISED
    measure: Measure = Measure.BOTH
    #: ISO 4217 code; values in other currencies need a recorded rate for ``year``.
    report_currency: str = "EUR"
    include_civilian_small_arms: bool = True
    include_national_categories: bool = False
    #: The template asks on each form whether the Secretariat may publish it. A direction
    #: submits one form: its table, or its nil report (Annex 3) when it has nothing to
    #: report, so one answer per direction is one answer per submitted form.
    exports_public: bool = False
    imports_public: bool = False
    #: ISO 3166-1 alpha-2 code of the reporting State; the service fills it from the
    #: authority's settings when left empty.
    reporting_state: str = ""
    contact: ContactPoint = ContactPoint()
    national_definitions: tuple[NationalDefinition, ...] = ()
    #: Optional charts annex in the PDF: this many years up to ``year`` (0 = no annex).
    chart_years: int = 0
