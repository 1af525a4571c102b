"""An application as typed in: what the dialog, the importer and the CLI hand to the services."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from att_desktop.domain.enums import NotReportableReason, PartyRole, PartyType, TransferType


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    country_code: str
    registration_number: str = ""
    address: str = ""


@dataclass(frozen=True)
class PartyInput:
    role: PartyRole
    party_type: PartyType
    name: str
    country_code: str
    address: str = ""
    #: For a commercial consignee importing for a government end user: the index, in the
    #: case's list of parties, of that government party (national or regional).
    acts_for: int | None = None


@dataclass(frozen=True)
class LineItemInput:
    description: str
    quantity: Decimal
    att_category: str | None = None
    not_reportable_reason: NotReportableReason | None = None
    model: str = ""
    control_rating: str = ""
    unit: str = "pcs"
    value: Decimal | None = None
    currency: str = ""
    origin_code: str = ""
    withheld: bool = False
    withheld_reason: str = ""
    #: Printed in the annual report's "Comments on the transfer" column.
    report_comment: str = ""


@dataclass(frozen=True)
class ApplicationInput:
    transfer_type: TransferType
    applicant: OrganisationInput
    destination_code: str
    received_on: date
    parties: tuple[PartyInput, ...] = ()
    items: tuple[LineItemInput, ...] = ()
    transit_codes: tuple[str, ...] = ()
    exporting_code: str = ""
    intended_end_use: str = ""
    euc_number: str = ""
    euc_issuer: str = ""
    euc_date: date | None = None


@dataclass(frozen=True)
class DocumentInput:
    kind: str
    title: str
    reference: str = ""
    dated: date | None = None
    filename: str = ""
    sha256: str = ""


def normalise_application(inp: ApplicationInput) -> ApplicationInput:
    """Trim what people type so ' ACME ' and 'ACME' are one organisation."""
    return replace(
        inp,
        applicant=replace(inp.applicant, name=" ".join(inp.applicant.name.split())),
        parties=tuple(replace(p, name=" ".join(p.name.split())) for p in inp.parties),
        items=tuple(
            replace(
                i,
                description=i.description.strip(),
                currency=i.currency.strip().upper(),
                report_comment=i.report_comment.strip(),
            )
            for i in inp.items
        ),
    )


#: Left out when end-user certificate numbers are compared (after case folding).
_EUC_SEPARATORS = (" ", "-", "_", "/", ".")
_EUC_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\t", "-"))


def normalise_euc_number(number: str) -> str:
    """``mod 2025-117`` and ``MOD-2025-117`` are the same certificate number: the key a
    number is stored and compared under, so one written differently on another case (a red
    flag for diversion, Article 11) is found by an index instead of by reading every case."""
    text = number.translate(_EUC_DASHES).upper()
    for sep in _EUC_SEPARATORS:
        text = text.replace(sep, "")
    return text
