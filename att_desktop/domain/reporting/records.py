"""The plain records the reporting service extracts from the register.

One ``ReportableTransfer`` per licence line (authorised) or shipment line (actual), with the
line item's category and flags. Nothing is filtered out here: ammunition, items without a
category and withheld items all come in, so validation can point at them and the
aggregation can decide, in one visible place, what the tables leave out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from att_desktop.domain.reporting.options import Basis


class Direction(StrEnum):
    EXPORT = "export"
    IMPORT = "import"


@dataclass(frozen=True)
class RecordLink:
    """Where to go to fix something: the UI opens the case (and line, licence or shipment)."""

    #: "line_item" | "licence_line" | "shipment" | "application" | "exchange_rate" |
    #: "reporting_state" (the report's own option, no record)
    kind: str
    application_id: int | None = None
    reference: str = ""
    line_item_id: int | None = None
    line_no: int | None = None
    licence_id: int | None = None
    licence_number: str = ""
    shipment_id: int | None = None
    customs_reference: str = ""
    #: Exchange-rate links: the missing rate's key.
    year: int | None = None
    currency: str = ""
    report_currency: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Only the fields that are set, so a link reads like what it points to."""
        out: dict[str, Any] = {"kind": self.kind}
        for key in (
            "application_id",
            "reference",
            "line_item_id",
            "line_no",
            "licence_id",
            "licence_number",
            "shipment_id",
            "customs_reference",
            "year",
            "currency",
            "report_currency",
        ):
            value = getattr(self, key)
            if value not in (None, ""):
                out[key] = value
        return out


@dataclass(frozen=True)
class ReportableTransfer:
    """One authorised licence line or one actual shipment line, ready to be reported."""

    direction: Direction
    basis: Basis
    #: Licence issue date (authorised) or shipment date (actual): decides the report year.
    on: date
    #: ATT category code (``"VIII.SA.2"``), or None with a not-reportable reason (or neither:
    #: a validation error).
    category: str | None
    not_reportable_reason: str | None
    #: Final importing State (exports) or exporting State (imports); "" when not recorded.
    counterpart: str
    description: str
    quantity: Decimal
    value: Decimal | None
    currency: str
    link: RecordLink
    origin: str = ""
    intermediate: tuple[str, ...] = ()
    withheld: bool = False
    withheld_reason: str = ""
    comments: str = ""
    #: Small arms for civilian end users (end user not a government), which the State may
    #: choose to leave out of category VIII.
    civilian: bool = False
    #: The line's control-list rating: labels the row of a voluntary national category.
    control_rating: str = ""


@dataclass(frozen=True)
class LicenceUsage:
    """How much of one licence line has been shipped (all shipments up to the report's end)."""

    link: RecordLink
    description: str
    licensed_quantity: Decimal
    shipped_quantity: Decimal
    licensed_value: Decimal | None = None
    shipped_value: Decimal | None = None
    currency: str = ""
