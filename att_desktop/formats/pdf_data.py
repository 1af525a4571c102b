"""Plain data the PDF writers take.

The writers never touch the database or the services: a PDF of a decision must be
reproducible from its recorded data alone, and tests build it from literals. Everything here
is a frozen dataclass; the assessment's input and result are the domain's own frozen
dataclasses, carried as they are so the record shows exactly what the engine evaluated.

``att_desktop.services.documents`` builds these from a registered case and its decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from att_desktop.domain.assessment.model import AssessmentInput, AssessmentResult, Ground
from att_desktop.domain.criteria import CriteriaSet
from att_desktop.domain.enums import (
    DecisionOutcome,
    NotReportableReason,
    OpinionKind,
    PartyRole,
    PartyType,
    TransferType,
)


@dataclass(frozen=True)
class PartyData:
    role: PartyRole
    party_type: PartyType
    name: str
    country_code: str
    address: str = ""


@dataclass(frozen=True)
class ItemData:
    """A line item (applied for, or authorised on a licence line)."""

    line_no: int
    description: str
    quantity: Decimal
    unit: str = ""
    model: str = ""
    control_rating: str = ""
    att_category: str | None = None
    not_reportable_reason: NotReportableReason | None = None
    value: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class CaseData:
    """The application as the documents describe it."""

    reference: str
    transfer_type: TransferType
    applicant_name: str
    applicant_country: str
    destination_code: str
    received_on: date
    applicant_address: str = ""
    applicant_registration: str = ""
    exporting_code: str = ""
    intended_end_use: str = ""
    euc_number: str = ""
    euc_issuer: str = ""
    euc_date: date | None = None
    parties: tuple[PartyData, ...] = ()
    transit_codes: tuple[str, ...] = ()
    items: tuple[ItemData, ...] = ()

    def with_role(self, *roles: PartyRole) -> tuple[PartyData, ...]:
        return tuple(p for p in self.parties if p.role in roles)


@dataclass(frozen=True)
class DecisionData:
    """Who decided what, when and why (Article 12 records)."""

    outcome: DecisionOutcome
    decided_by: str
    decided_on: date
    rationale: str = ""
    grounds: tuple[Ground, ...] = ()
    #: The decider's job title, printed beside their name.
    decided_by_title: str = ""
    #: Issue 16: the national framework's criteria cited on a denial, and their set.
    criteria: tuple[str, ...] = ()
    criteria_set: CriteriaSet | None = None


@dataclass(frozen=True)
class Signatory:
    """Who signs: the deciding person, under the authority's signatory wording."""

    name: str = ""
    title: str = ""
    #: e.g. "For the Minister, by delegation"; empty: nothing is printed above the name.
    wording: str = ""


@dataclass(frozen=True)
class OpinionData:
    """One agency's current opinion in the committee, with who gave it."""

    agency: str
    opinion: OpinionKind
    given_by: str
    given_on: date
    reasons: str = ""
    conditions: str = ""


@dataclass(frozen=True)
class AssessmentRecordData:
    authority: str
    case: CaseData
    assessment: AssessmentInput
    result: AssessmentResult
    decision: DecisionData | None = None
    assessed_by: str = ""
    revision: int | None = None
    generated_on: date = field(default_factory=date.today)
    #: The chain's head when the document was made ("#12345 3f2a…", issue 13): the footer
    #: prints it, so a later truncation or re-hashing of the history can be proved.
    anchor: str = ""
    opinions: tuple[OpinionData, ...] = ()
    #: A PNG or JPEG printed at the top of the first page; empty: none.
    letterhead: bytes = b""
    #: Issue 14: the gender adviser's consultations and the end-user certificate checks.
    gbv_consultations: tuple[ConsultationData, ...] = ()
    euc_checks: tuple[EucCheckData, ...] = ()
    #: Warnings on the certificates: (kind: "also_on_case" | "not_authentic" | "no_reply",
    #: number, other case's reference, same end user).
    euc_warnings: tuple[tuple[str, str, str, bool], ...] = ()


@dataclass(frozen=True)
class LicenceData:
    authority: str
    number: str
    case: CaseData
    issued_on: date
    valid_from: date
    valid_until: date
    lines: tuple[ItemData, ...]
    conditions: tuple[str, ...] = ()
    #: The national act the licence is issued under; empty: a generic phrase is printed.
    national_law: str = ""
    authority_address: str = ""
    signatory: Signatory = field(default_factory=Signatory)
    generated_on: date = field(default_factory=date.today)
    #: The chain's head when the document was made ("#12345 3f2a…", issue 13): the footer
    #: prints it, so a later truncation or re-hashing of the history can be proved.
    anchor: str = ""
    #: A PNG or JPEG printed at the top of the first page; empty: none.
    letterhead: bytes = b""


@dataclass(frozen=True)
class DenialLetterData:
    authority: str
    case: CaseData
    letter_date: date
    grounds: tuple[Ground, ...]
    reasoning: str
    #: The authority's own review/appeal paragraph; empty: the generic text is printed.
    review_text: str = ""
    authority_address: str = ""
    signatory: Signatory = field(default_factory=Signatory)
    generated_on: date = field(default_factory=date.today)
    #: The chain's head when the document was made ("#12345 3f2a…", issue 13): the footer
    #: prints it, so a later truncation or re-hashing of the history can be proved.
    anchor: str = ""
    #: A PNG or JPEG printed at the top of the first page; empty: none.
    letterhead: bytes = b""
    #: Issue 16: the national framework's criteria the denial cites, and their set.
    criteria: tuple[str, ...] = ()
    criteria_set: CriteriaSet | None = None


@dataclass(frozen=True)
class ConsultationData:
    """A GBV consultation with the gender adviser, as printed (issue 14)."""

    question: str
    asked_by: str
    asked_on: date
    adviser: str
    answer: str
    answered_by: str
    answered_on: date | None
    #: (name, kind: "womens_organisation" | "gbv_expert" | "other", consulted on)
    consulted: tuple[tuple[str, str, date | None], ...] = ()


@dataclass(frozen=True)
class EucCheckData:
    """One verification of an end-user certificate, as printed (issue 14)."""

    number: str
    issuing_authority: str
    issued_on: date | None
    contacted: str
    contacted_on: date | None
    #: "authentic", "not_authentic" or "no_reply"
    result: str
    recorded_by: str
    notes: str = ""
