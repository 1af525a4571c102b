"""The data model: everything the register, the assessment, the committee and the report need.

Records are never hard-deleted (Article 12 keeps them ten years): cases are withdrawn, licences
revoked, users deactivated. Database triggers created by the migrations refuse DELETE on the
tables that hold the record, and any UPDATE of the event history.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from att_desktop.db.model_base import NAMING_CONVENTION as NAMING_CONVENTION
from att_desktop.db.model_base import Base as Base
from att_desktop.db.model_base import Timestamped as Timestamped
from att_desktop.db.models_after_decision import (
    CaseHandover,
    ConsultationRule,
    DestinationEntry,
    EucCheck,
    GbvConsultation,
    Incident,
    IncidentLicence,
    IncidentParty,
    LicenceChangeRequest,
    LicenceObligation,
    ReportChoice,
    ReportClarification,
    ReportContribution,
    ReportFile,
    ReportSubmission,
    ReportVersion,
    ReviewDeadline,
    TrainingRecord,
)
from att_desktop.db.models_unroca import UnrocaBackground
from att_desktop.db.types import utcnow
from att_desktop.domain.application import normalise_euc_number
from att_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    DecisionOutcome,
    LicenceStatus,
    NotReportableReason,
    OpinionKind,
    OrganisationKind,
    PartyRole,
    PartyType,
    Role,
    TransferType,
)

#: The tables kept in ``db.models_after_decision``, importable from here like the rest.
__all__ = [
    "CaseHandover",
    "ConsultationRule",
    "DestinationEntry",
    "EucCheck",
    "GbvConsultation",
    "Incident",
    "IncidentLicence",
    "IncidentParty",
    "LicenceChangeRequest",
    "LicenceObligation",
    "ReportChoice",
    "ReportClarification",
    "ReportContribution",
    "ReportFile",
    "ReportSubmission",
    "ReportVersion",
    "ReviewDeadline",
    "TrainingRecord",
    "UnrocaBackground",
]


# --- people and organisations -------------------------------------------------------------


class Agency(Base):
    __tablename__ = "agencies"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Issue 14 (migration 0012): what the agency is for, whom to call, what it answers.
    mandate: Mapped[str] = mapped_column(Text, default="", server_default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: Phone and e-mail, as text.
    contact: Mapped[str] = mapped_column(String(300), default="", server_default="")
    #: The questions the agency answers for the committee, short texts.
    questions: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")


class User(Timestamped, Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    #: Printed under the name when this person signs a licence or a denial letter.
    job_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    role: Mapped[Role]
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    agency: Mapped[Agency | None] = relationship()


class Organisation(Timestamped, Base):
    """An exporter, importer, broker or manufacturer that applies or appears in cases."""

    __tablename__ = "organisations"
    __table_args__ = (UniqueConstraint("name", "country_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[OrganisationKind]
    country_code: Mapped[str] = mapped_column(String(2))
    registration_number: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- the case ------------------------------------------------------------------------------


class ReferenceCounter(Base):
    """One row per (prefix, year): the next sequence number for case references."""

    __tablename__ = "reference_counters"
    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Application(Timestamped, Base):
    """An application for a transfer authorisation: the case."""

    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(60), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    transfer_type: Mapped[TransferType]
    status: Mapped[CaseStatus]
    applicant_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    #: Final importing State for exports; the exporting State's counterpart for imports.
    destination_code: Mapped[str] = mapped_column(String(2))
    #: Exporting State (imports and transit); empty for our own exports.
    exporting_code: Mapped[str] = mapped_column(String(2), default="")
    intended_end_use: Mapped[str] = mapped_column(Text, default="")
    euc_number: Mapped[str] = mapped_column(String(100), default="")
    #: ``euc_number`` as compared (``normalise_euc_number``), kept by ``_keep_euc_key``
    #: (migration 0016): finds the same certificate on another case through an index.
    euc_number_key: Mapped[str] = mapped_column(
        String(100), default="", server_default="", index=True
    )
    euc_issuer: Mapped[str] = mapped_column(String(300), default="")
    euc_date: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: Denormalised summaries kept by the services so the register lists 50,000 cases fast.
    categories_summary: Mapped[str] = mapped_column(String(300), default="")
    total_value: Mapped[Decimal | None]
    value_currency: Mapped[str] = mapped_column(String(3), default="")
    end_user_name: Mapped[str] = mapped_column(String(300), default="")
    #: Optimistic locking: a second saver of a stale copy is told, never silently overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1)

    applicant: Mapped[Organisation] = relationship()
    parties: Mapped[list[Party]] = relationship(
        back_populates="application", order_by="Party.position", cascade="save-update, merge"
    )
    transit_states: Mapped[list[TransitState]] = relationship(
        order_by="TransitState.position", cascade="save-update, merge"
    )
    items: Mapped[list[LineItem]] = relationship(
        back_populates="application", order_by="LineItem.line_no", cascade="save-update, merge"
    )
    documents: Mapped[list[Document]] = relationship(order_by="Document.id")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @validates("euc_number")
    def _keep_euc_key(self, _name: str, number: str) -> str:
        """Whoever sets the certificate number (the case form, an import, a script through
        the models) sets the key it is looked up by: they can never disagree."""
        self.euc_number_key = normalise_euc_number(number or "")
        return number


Index("ix_applications_received_id", Application.received_on.desc(), Application.id.desc())
# Each register filter is one index range already in register order (newest first), so a
# filter never sorts its cases; the applicant's also serves its foreign key.
for _column in ("year", "status", "transfer_type", "destination_code", "applicant_id"):
    Index(
        f"ix_applications_{_column}_received",
        getattr(Application, _column),
        Application.received_on,
        Application.id,
    )


class Party(Base):
    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    role: Mapped[PartyRole]
    party_type: Mapped[PartyType]
    name: Mapped[str] = mapped_column(String(300), index=True)
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: For a commercial consignee importing for a government end user: that government
    #: party's place (0-based, in position order) among this version of the case's parties.
    acts_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: A replaced party is kept (Article 12) but no longer part of the case.
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)

    application: Mapped[Application] = relationship(back_populates="parties")


class TransitState(Base):
    __tablename__ = "transit_states"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    country_code: Mapped[str] = mapped_column(String(2))
    position: Mapped[int] = mapped_column(Integer, default=0)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


class LineItem(Base):
    __tablename__ = "line_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    model: Mapped[str] = mapped_column(String(200), default="")
    control_rating: Mapped[str] = mapped_column(String(40), default="")
    #: ATT category code from resources/reference/att_categories.json, e.g. "VIII.SA.2".
    att_category: Mapped[str | None] = mapped_column(String(20), index=True)
    not_reportable_reason: Mapped[NotReportableReason | None]
    quantity: Mapped[Decimal]
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    value: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="")
    #: State of origin, if not the exporting State (annual report column).
    origin_code: Mapped[str] = mapped_column(String(2), default="")
    #: Commercially sensitive or national-security information withheld from the report.
    withheld: Mapped[bool] = mapped_column(Boolean, default=False)
    withheld_reason: Mapped[str] = mapped_column(Text, default="")
    #: "Comments on the transfer" in the annual report (e.g. "temporary export for a
    #: demonstration, to be returned"); left out with the line when it is withheld.
    report_comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)

    application: Mapped[Application] = relationship(back_populates="items")


class CaseCategory(Base):
    """The ATT categories a case's current line items carry, and the headings above them.

    Derived data for the register: an item in "VIII.SA.2" gives the case the rows
    "VIII.SA.2" (``exact``), "VIII.SA" and "VIII", so filtering by a heading is one index
    range, already in register order (``received_on`` is copied from the case), and the list
    of categories in use (``exact``) reads no line item. Kept by database triggers on
    ``line_items`` and ``applications`` (``db/search_index.py``), so every writer keeps it in
    step; not part of the Article 12 record (the line items are).
    """

    __tablename__ = "case_categories"
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), primary_key=True)
    att_category: Mapped[str] = mapped_column(String(20), primary_key=True)
    received_on: Mapped[date] = mapped_column(Date)
    #: True for a line item's own category, False for a heading above one.
    exact: Mapped[bool] = mapped_column(Boolean)


Index(
    "ix_case_categories_att_category",
    CaseCategory.att_category,
    CaseCategory.received_on,
    CaseCategory.application_id,
)
Index("ix_case_categories_exact", CaseCategory.exact, CaseCategory.att_category)


class Document(Timestamped, Base):
    """Metadata of a document received or issued; the file itself may live elsewhere."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    reference: Mapped[str] = mapped_column(String(200), default="")
    dated: Mapped[date | None] = mapped_column(Date)
    filename: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)


# --- assessment, committee and decision ----------------------------------------------------


class Assessment(Timestamped, Base):
    """One version of a case's Article 6/7/11 assessment.

    Findings are structured rows (``AssessmentFinding``); ``data`` carries the engine's
    snapshot of answers so a completed assessment can be re-evaluated years later.
    """

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[AssessmentStatus]
    drafted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    decision_date: Mapped[date | None] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    recommendation: Mapped[str] = mapped_column(String(40), default="")
    recommendation_grounds: Mapped[list[Any]] = mapped_column(default=list)
    completed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    findings: Mapped[list[AssessmentFinding]] = relationship(order_by="AssessmentFinding.id")
    mitigations: Mapped[list[MitigationMeasure]] = relationship(order_by="MitigationMeasure.id")


class AssessmentFinding(Base):
    """One answered question: a criterion (``art7_1_b_ii``, ``gbv_step_3``...) and its finding."""

    __tablename__ = "assessment_findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    criterion: Mapped[str] = mapped_column(String(60))
    finding: Mapped[str] = mapped_column(String(60))
    reasoning: Mapped[str] = mapped_column(Text, default="")
    #: [{"kind": ..., "title": ..., "dated": "YYYY-MM-DD", "reference": ...}]
    sources: Mapped[list[Any]] = mapped_column(default=list)


class MitigationMeasure(Base):
    __tablename__ = "mitigation_measures"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text)
    addresses: Mapped[list[Any]] = mapped_column(default=list)
    reliably_reduces: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewRequest(Timestamped, Base):
    """A case sent to an agency for its opinion."""

    __tablename__ = "review_requests"
    __table_args__ = (UniqueConstraint("application_id", "agency_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)


class Opinion(Timestamped, Base):
    __tablename__ = "opinions"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    opinion: Mapped[OpinionKind]
    reasons: Mapped[str] = mapped_column(Text)
    conditions: Mapped[str] = mapped_column(Text, default="")
    session_id: Mapped[int | None] = mapped_column(ForeignKey("committee_sessions.id"), index=True)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


class CommitteeSession(Timestamped, Base):
    __tablename__ = "committee_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    #: [{"user_id": 1, "agency_id": 2, "present": true}]
    attendance: Mapped[list[Any]] = mapped_column(default=list)
    #: [{"application_id": 1, "outcome": "..."}]
    agenda: Mapped[list[Any]] = mapped_column(default=list)
    closed_at: Mapped[datetime | None]


class Decision(Timestamped, Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id"), index=True)
    outcome: Mapped[DecisionOutcome]
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: [{"article": "6", "paragraph": "1", "criterion": "..."}] for denials.
    grounds: Mapped[list[Any]] = mapped_column(default=list)
    rationale: Mapped[str] = mapped_column(Text)
    against_majority_reason: Mapped[str] = mapped_column(Text, default="")
    #: Issue 16: the national framework's criteria cited on a denial,
    #: ``{"set": "eu-cp-2008-944", "codes": ["2", "7"]}``; ``{}`` when none (migration 0018).
    denial_criteria: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")


class Licence(Timestamped, Base):
    __tablename__ = "licences"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), index=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    status: Mapped[LicenceStatus] = mapped_column(index=True)
    conditions: Mapped[list[Any]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[LicenceLine]] = relationship(order_by="LicenceLine.id")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class LicenceLine(Base):
    __tablename__ = "licence_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    line_item_id: Mapped[int] = mapped_column(ForeignKey("line_items.id"), index=True)
    quantity: Mapped[Decimal]
    value: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="")


class Shipment(Timestamped, Base):
    """An actual transfer made under a licence (Article 12 records, 'actual' reports)."""

    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    shipped_on: Mapped[date] = mapped_column(Date, index=True)
    customs_reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)

    lines: Mapped[list[ShipmentLine]] = relationship(order_by="ShipmentLine.id")


class ShipmentLine(Base):
    __tablename__ = "shipment_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    licence_line_id: Mapped[int] = mapped_column(ForeignKey("licence_lines.id"), index=True)
    quantity: Mapped[Decimal]
    value: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="")


class DenialNotice(Timestamped, Base):
    """A denial issued by this authority or notified by another State, matched against parties."""

    __tablename__ = "denial_notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    notifying_state: Mapped[str] = mapped_column(String(2))
    reference: Mapped[str] = mapped_column(String(100), default="")
    denied_on: Mapped[date] = mapped_column(Date)
    party_name: Mapped[str] = mapped_column(String(300), index=True)
    party_country: Mapped[str] = mapped_column(String(2))
    items: Mapped[str] = mapped_column(Text, default="")
    grounds: Mapped[str] = mapped_column(Text, default="")


# --- the UN Security Council Consolidated List (issue 12) ----------------------------------


class SanctionsListVersion(Base):
    """One imported Consolidated List file; the newest is the one parties are screened against."""

    __tablename__ = "sanctions_lists"
    id: Mapped[int] = mapped_column(primary_key=True)
    generated_at: Mapped[datetime]
    file_name: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    entries_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)


class SanctionsEntry(Base):
    """A listed individual or entity, as one list version has it."""

    __tablename__ = "sanctions_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("sanctions_lists.id"), index=True)
    data_id: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reference_number: Mapped[str] = mapped_column(String(60))
    un_list_type: Mapped[str] = mapped_column(String(100), default="")
    listed_on: Mapped[date | None] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(500))
    nationalities: Mapped[list[Any]] = mapped_column(default=list)
    comments: Mapped[str] = mapped_column(Text, default="")
    #: Digest of the entry's names: a review carries over to a new list only if unchanged.
    names_digest: Mapped[str] = mapped_column(String(64), default="")

    names: Mapped[list[SanctionsName]] = relationship(order_by="SanctionsName.id")
    addresses: Mapped[list[SanctionsAddress]] = relationship(order_by="SanctionsAddress.id")


class SanctionsName(Base):
    """A name, alias or original-script name of a listed entry."""

    __tablename__ = "sanctions_names"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("sanctions_entries.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    #: ``domain.name_matching.NameKind``: primary, alias_good, alias_low, original_script.
    kind: Mapped[str] = mapped_column(String(20))


class SanctionsAddress(Base):
    __tablename__ = "sanctions_addresses"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("sanctions_entries.id"), index=True)
    country: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class SanctionsHit(Base):
    """A party resembling a listed entry, and the officer's review of it."""

    __tablename__ = "sanctions_hits"
    __table_args__ = (UniqueConstraint("party_id", "entry_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("sanctions_lists.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("sanctions_entries.id"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    score: Mapped[int] = mapped_column(Integer)
    matched_name: Mapped[str] = mapped_column(String(500))
    explanation: Mapped[str] = mapped_column(Text, default="")
    found_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: "unreviewed", "confirmed" or "rejected".
    status: Mapped[str] = mapped_column(String(20), default="unreviewed", index=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    reviewed_at: Mapped[datetime | None]
    review_reason: Mapped[str] = mapped_column(Text, default="")

    entry: Mapped[SanctionsEntry] = relationship()
    party: Mapped[Party] = relationship()


class ExchangeRate(Base):
    """Yearly rate for the annual report: never sum unlike currencies without one."""

    __tablename__ = "exchange_rates"
    __table_args__ = (UniqueConstraint("year", "currency", "report_currency"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    report_currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal]
    source: Mapped[str] = mapped_column(String(300), default="")


class Note(Timestamped, Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    mentions: Mapped[list[Any]] = mapped_column(default=list)


class Setting(Base):
    """Authority-wide settings (reference pattern, quorum, idle lock...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserKey(Base):
    """A person's Ed25519 signing key (issue 13): the public half in clear, the private half
    encrypted with a key derived from their password (argon2id, ``salt``, ``kdf``), so only
    that password unlocks it. A reset retires the key (``retired_at``) and makes a new one:
    the old public key stays, so what was signed with it still verifies."""

    __tablename__ = "user_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    encrypted_private_key: Mapped[str] = mapped_column(String(200))
    salt: Mapped[str] = mapped_column(String(64))
    kdf: Mapped[str] = mapped_column(String(100))
    #: The key that vouches for this one (an administrator's; itself for a self-made key).
    certified_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_keys.id"), index=True)
    certificate: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None]


class Signature(Base):
    """A person's signature over a record (``kind`` "decision": the decision ``subject_id``)
    and the chain's head at that moment, so the record and the history up to it are vouched
    for by someone who knew the signer's password."""

    __tablename__ = "signatures"
    __table_args__ = (UniqueConstraint("kind", "subject_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int] = mapped_column(Integer)
    key_id: Mapped[int] = mapped_column(ForeignKey("user_keys.id"), index=True)
    head_event_id: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Event(Base):
    """The append-only history of every change: who, when, what, before and after.

    ``prev_hash``/``hash`` chain the rows so later tampering is detectable (see issue 4's
    ``audit verify``).
    """

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
    #: The digest of each record row written since the event before (``db/row_digest.py``),
    #: ``{"applications/12": "<sha256>"}``; None when none was (and on events before 0007).
    rows_sha256: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


#: The services look events up by what they are about (a licence's history, a decision's
#: event) and by kind (every licence issued).
Index("ix_events_entity_entity_id", Event.entity, Event.entity_id)
Index("ix_events_entity_action", Event.entity, Event.action)


#: Tables whose rows are part of the Article 12 record: DELETE is refused by trigger.
RETAINED_TABLES = (
    "applications",
    "parties",
    "transit_states",
    "line_items",
    "documents",
    "assessments",
    "assessment_findings",
    "mitigation_measures",
    "opinions",
    "decisions",
    "licences",
    "licence_lines",
    "shipments",
    "shipment_lines",
    "denial_notices",
    "events",
    "notes",
    "users",
    "organisations",
    "sanctions_lists",
    "sanctions_entries",
    "sanctions_names",
    "sanctions_addresses",
    "sanctions_hits",
    "user_keys",
    "signatures",
    # The committee's trail and the annual report's inputs (issue 13).
    "review_requests",
    "committee_sessions",
    "agencies",
    "settings",
    "exchange_rates",
    # Licence follow-up (issue 14): obligations are updated when fulfilled, so not
    # append-only; the history keeps each change.
    "licence_obligations",
    "destination_entries",
    # Diversion and breach incidents (issue 14).
    "incidents",
    "incident_parties",
    "incident_licences",
    # The annual report as submitted (issue 14).
    "report_submissions",
    "report_contributions",
    "report_choices",
    "report_versions",
    "report_files",
    "report_clarifications",
    # Issue 14: change requests on a licence; handovers when an account is deactivated.
    "licence_change_requests",
    "case_handovers",
    # Consultation rules and opinion due dates (issue 14).
    "consultation_rules",
    "review_deadlines",
    # Issue 14: GBV consultation, the training register, end-user certificate checks.
    "gbv_consultations",
    "training_records",
    "euc_checks",
    # The UN Register report's background information (issue 16).
    "unroca_background",
)

#: Record tables the app only ever inserts into: UPDATE is refused by trigger as well.
APPEND_ONLY_TABLES = (
    "review_requests",
    "decisions",
    "shipments",
    "shipment_lines",
    "notes",
    "destination_entries",
    "report_choices",
    "report_versions",
    "report_files",
    "case_handovers",
    "review_deadlines",
    "training_records",
    "euc_checks",
)
