"""Plain data passed between the UI, the CLI and the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from att_desktop.domain.application import (
    ApplicationInput,
    DocumentInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
)
from att_desktop.domain.enums import (
    CaseStatus,
    LicenceStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
    Role,
    TransferType,
)

__all__ = [
    "ApplicationInput",
    "DocumentInput",
    "LineItemInput",
    "OrganisationInput",
    "PartyInput",
]


@dataclass(frozen=True)
class Actor:
    """Who is acting. The services trust only ``user_id`` and re-read the role from the database;
    ``LOCAL_OFFICER`` (no id) is accepted only while the database has no accounts at all."""

    user_id: int | None
    name: str
    #: The person's unlocked signing key (``services.signing.PersonalKey``), carried from the
    #: sign-in to the services that sign; never compared or printed.
    key: object | None = field(default=None, repr=False, compare=False)


LOCAL_OFFICER = Actor(user_id=None, name="Local officer")


@dataclass(frozen=True)
class UserSession:
    """Who is signed in. Frozen: a role change takes effect at the next sign-in."""

    user_id: int
    username: str
    full_name: str
    role: Role
    agency_id: int | None
    agency_name: str
    must_change_password: bool = False
    #: Unlocked at sign-in with the password (``services.signing.PersonalKey``): memory only,
    #: never compared or printed.
    signing_key: object | None = field(default=None, repr=False, compare=False)

    @property
    def actor(self) -> Actor:
        """The name the history records for this person's actions (and their key)."""
        return Actor(user_id=self.user_id, name=self.full_name, key=self.signing_key)


# --- views ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationView:
    id: int
    name: str
    country_code: str
    registration_number: str
    address: str


@dataclass(frozen=True)
class PartyView:
    id: int
    role: PartyRole
    party_type: PartyType
    name: str
    country_code: str
    address: str
    #: Index, in the case's parties, of the government a commercial consignee acts for.
    acts_for: int | None = None


@dataclass(frozen=True)
class LineItemView:
    id: int
    line_no: int
    description: str
    model: str
    control_rating: str
    att_category: str | None
    not_reportable_reason: NotReportableReason | None
    quantity: Decimal
    unit: str
    value: Decimal | None
    currency: str
    origin_code: str
    withheld: bool
    withheld_reason: str
    report_comment: str = ""


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    title: str
    reference: str
    dated: date | None
    filename: str
    created_at: datetime


@dataclass(frozen=True)
class EventView:
    id: int
    occurred_at: datetime
    actor_name: str
    action: str
    summary: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class LicenceView:
    id: int
    number: str
    status: LicenceStatus
    issued_on: date
    valid_from: date
    valid_until: date


@dataclass(frozen=True)
class CaseDetail:
    id: int
    reference: str
    version: int
    transfer_type: TransferType
    status: CaseStatus
    applicant: OrganisationView
    destination_code: str
    exporting_code: str
    intended_end_use: str
    euc_number: str
    euc_issuer: str
    euc_date: date | None
    received_on: date
    submitted_on: date | None
    decided_on: date | None
    created_at: datetime
    updated_at: datetime
    parties: tuple[PartyView, ...]
    transit_codes: tuple[str, ...]
    items: tuple[LineItemView, ...]
    documents: tuple[DocumentView, ...]
    history: tuple[EventView, ...]
    licences: tuple[LicenceView, ...] = ()

    def to_input(self) -> ApplicationInput:
        """The case as an editable input, for the edit dialog."""
        return ApplicationInput(
            transfer_type=self.transfer_type,
            applicant=OrganisationInput(
                name=self.applicant.name,
                country_code=self.applicant.country_code,
                registration_number=self.applicant.registration_number,
                address=self.applicant.address,
            ),
            destination_code=self.destination_code,
            received_on=self.received_on,
            parties=tuple(party_input(p) for p in self.parties),
            items=tuple(line_item_input(i) for i in self.items),
            transit_codes=self.transit_codes,
            exporting_code=self.exporting_code,
            intended_end_use=self.intended_end_use,
            euc_number=self.euc_number,
            euc_issuer=self.euc_issuer,
            euc_date=self.euc_date,
        )


class PartyFields(Protocol):
    """What a party row and a ``PartyView`` both have."""

    @property
    def role(self) -> PartyRole: ...
    @property
    def party_type(self) -> PartyType: ...
    @property
    def name(self) -> str: ...
    @property
    def country_code(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def acts_for(self) -> int | None: ...


class LineItemFields(Protocol):
    """What a line item row and a ``LineItemView`` both have."""

    @property
    def description(self) -> str: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def att_category(self) -> str | None: ...
    @property
    def not_reportable_reason(self) -> NotReportableReason | None: ...
    @property
    def model(self) -> str: ...
    @property
    def control_rating(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def value(self) -> Decimal | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def origin_code(self) -> str: ...
    @property
    def withheld(self) -> bool: ...
    @property
    def withheld_reason(self) -> str: ...
    @property
    def report_comment(self) -> str: ...


def party_input(p: PartyFields) -> PartyInput:
    """A recorded party as an editable input (from the database or a ``PartyView``)."""
    return PartyInput(p.role, p.party_type, p.name, p.country_code, p.address, p.acts_for)


def line_item_input(i: LineItemFields) -> LineItemInput:
    """A recorded line as an editable input (from the database or a ``LineItemView``): the
    one place that knows which of a line's fields the officer edits."""
    return LineItemInput(
        description=i.description,
        quantity=i.quantity,
        att_category=i.att_category,
        not_reportable_reason=i.not_reportable_reason,
        model=i.model,
        control_rating=i.control_rating,
        unit=i.unit,
        value=i.value,
        currency=i.currency,
        origin_code=i.origin_code,
        withheld=i.withheld,
        withheld_reason=i.withheld_reason,
        report_comment=i.report_comment,
    )


@dataclass(frozen=True)
class RegisterFilter:
    """What narrows the register; empty means 'all'."""

    text: str = ""
    year: int | None = None
    status: CaseStatus | None = None
    destination_code: str | None = None
    #: A category code or prefix: "VIII" matches every small arm and light weapon.
    category: str | None = None
    applicant_id: int | None = None
    transfer_type: TransferType | None = None


@dataclass(frozen=True)
class RegisterRow:
    id: int
    reference: str
    transfer_type: TransferType
    applicant_name: str
    destination_code: str
    end_user_name: str
    categories_summary: str
    total_value: Decimal | None
    value_currency: str
    status: CaseStatus
    received_on: date
    decided_on: date | None
    updated_at: datetime


@dataclass(frozen=True)
class RegisterFacets:
    """The choices the register's filters offer, drawn from what the register holds."""

    years: tuple[int, ...]
    destination_codes: tuple[str, ...]
    applicants: tuple[tuple[int, str], ...]
    categories: tuple[str, ...] = field(default_factory=tuple)
