"""The records kept after the decision (issue 14): licence follow-up, consultation rules and
opinion due dates, diversion and breach incidents, destination files, the annual report as
submitted, change requests, handovers, GBV consultations, training and end-user certificate
checks.

Kept apart from ``db.models`` only for size; ``db.models`` re-exports every class here, so
callers import them from there like any other table.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from att_desktop.db.model_base import Base, Timestamped, enum_type
from att_desktop.db.types import utcnow
from att_desktop.domain.follow_up import ObligationKind, ObligationStatus, VisitOutcome
from att_desktop.domain.incidents import IncidentKind, IncidentSource, IncidentStatus

# --- licence follow-up (issue 14) ---------------------------------------------------------


class LicenceObligation(Timestamped, Base):
    """Something a licence still owes after it is issued (``domain/follow_up.py``): a delivery
    verification certificate after a shipment, a verification visit, an assurance to check.

    One row per obligation, updated when it is fulfilled or waived (the history keeps the
    before and after, and seals the row): the follow-up register filters and pages on these
    columns in SQL. ``application_id`` repeats the licence's case so a case's obligations and
    the register's destination filter need no join through the licence.
    """

    __tablename__ = "licence_obligations"
    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    #: The shipment a delivery verification certificate is owed for.
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"), index=True)
    kind: Mapped[ObligationKind] = mapped_column(enum_type(ObligationKind))
    status: Mapped[ObligationStatus] = mapped_column(enum_type(ObligationStatus))
    due_on: Mapped[date] = mapped_column(Date)
    #: What is to be checked (an assurance's wording, a visit's purpose).
    description: Mapped[str] = mapped_column(Text, default="")
    #: Visits: where, and who is to go (planned); who went (done).
    place: Mapped[str] = mapped_column(String(300), default="")
    visitors: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: Fulfilled: the date received, visited or checked; the evidence's reference.
    done_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    #: Visits: ``VisitOutcome`` (satisfactory, concerns, breach found).
    outcome: Mapped[VisitOutcome | None] = mapped_column(enum_type(VisitOutcome))
    waive_reason: Mapped[str] = mapped_column(Text, default="")
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    closed_at: Mapped[datetime | None]
    #: Optimistic locking: two workstations cannot both close the same obligation.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


#: The register's and My work's queries: open obligations by due date, and by kind.
Index("ix_licence_obligations_status_due_on", LicenceObligation.status, LicenceObligation.due_on)
Index("ix_licence_obligations_kind_due_on", LicenceObligation.kind, LicenceObligation.due_on)
# --- consultation rules and opinion due dates (issue 14, migration 0012) ---------------


class ConsultationRule(Timestamped, Base):
    """A case that matches these conditions must go to ``agency_code`` (``domain.consultation``).

    By code, not by id: a rule may name an agency the authority has not added yet (the
    defaults do); it takes effect when that agency exists. Reference data: deactivated, never
    deleted."""

    __tablename__ = "consultation_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(40), index=True)
    transfer_types: Mapped[list[Any]] = mapped_column(default=list)
    category: Mapped[str] = mapped_column(String(20), default="")
    destinations: Mapped[list[Any]] = mapped_column(default=list)
    finding: Mapped[str] = mapped_column(String(40), default="any")
    criterion: Mapped[str] = mapped_column(String(40), default="")
    min_level: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ReviewDeadline(Timestamped, Base):
    """When an agency's opinion on a case is due: written with its review request (which is
    append-only and sealed, so the date lives beside it, not in it)."""

    __tablename__ = "review_deadlines"
    __table_args__ = (UniqueConstraint("application_id", "agency_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reason: Mapped[str] = mapped_column(Text, default="")


class DestinationEntry(Base):
    """One version of a standing finding in a destination State's file (issue 14).

    Append-only: a new version of a topic's finding is a new row naming the one it
    ``supersedes``; the current finding of a topic is its newest row. ``sources`` holds the
    assessment's source shape (kind, title, date, reference)."""

    __tablename__ = "destination_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    topic: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    assessed_on: Mapped[date] = mapped_column(Date)
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    author_name: Mapped[str] = mapped_column(String(200), default="")
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("destination_entries.id"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- diversion and breach incidents (issue 14; Article 11(4)-(5), Article 14) --------------


class Incident(Timestamped, Base):
    """A diversion or breach the authority learned of, and how it was answered.

    Items, responses and the States informed are short lists kept with the incident (JSON):
    they are read and written with it, never searched on their own. Parties and licences are
    rows of their own, because new applications and the reassessment list look them up.
    """

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    #: "2026-3": the year learned and a running number within it.
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[IncidentKind] = mapped_column(enum_type(IncidentKind))
    source: Mapped[IncidentSource] = mapped_column(enum_type(IncidentSource))
    source_reference: Mapped[str] = mapped_column(String(300), default="")
    occurred_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    learned_on: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    items: Mapped[list[Any]] = mapped_column(default=list)
    responses: Mapped[list[Any]] = mapped_column(default=list)
    states_informed: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[IncidentStatus] = mapped_column(enum_type(IncidentStatus), index=True)
    closing_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class IncidentParty(Base):
    """A party involved in an incident, as its source names it (replaced ones are kept)."""

    __tablename__ = "incident_parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


class IncidentLicence(Base):
    """A licence an incident touches: named by it, or held by a party matching its parties.

    Each one is put up for Article 7(7) reassessment (``services.reassessment``, reason
    ``incident:<id>``) until it is reassessed, suspended or revoked.
    """

    __tablename__ = "incident_licences"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    #: "named" (the incident names the licence) or "party" (a party matches).
    via: Mapped[str] = mapped_column(String(20))
    #: Why a party match was made, in words (the matcher's explanation).
    matched: Mapped[str] = mapped_column(Text, default="")
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


# --- the annual report as submitted (issue 14) ----------------------------------------------


class ReportSubmission(Base):
    """A report in preparation and, once approved, as sent: one per (kind, year). Its choices,
    contributions and frozen files hang from it; ``status`` is preparing, approved or
    submitted."""

    __tablename__ = "report_submissions"
    __table_args__ = (UniqueConstraint("kind", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="preparing")
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The named approver (APPROVE_REPORT), never the person who prepared the report.
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    approved_at: Mapped[datetime | None]
    #: The date the report was sent to the ATT Secretariat.
    submitted_on: Mapped[date | None] = mapped_column(Date)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)


class ReportContribution(Base):
    """An agency asked to contribute, its notes on its data, and its member's sign-off."""

    __tablename__ = "report_contributions"
    __table_args__ = (UniqueConstraint("submission_id", "agency_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("report_submissions.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    signed_off_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    signed_off_at: Mapped[datetime | None]


class ReportChoice(Base):
    """One of the report's choices as made: a changed choice is a new row (the newest per
    key counts), so who chose what, and why, is never overwritten."""

    __tablename__ = "report_choices"
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("report_submissions.id"), index=True)
    key: Mapped[str] = mapped_column(String(120))
    value: Mapped[str] = mapped_column(Text)
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    set_by_name: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReportVersion(Base):
    """A frozen version of the report: 1 as approved, 2... for each correction."""

    __tablename__ = "report_versions"
    __table_args__ = (UniqueConstraint("submission_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("report_submissions.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    made_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    made_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReportFile(Base):
    """The bytes of one file exactly as sent, with their SHA-256: shown, never rebuilt."""

    __tablename__ = "report_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("report_versions.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(120))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


class ReportClarification(Base):
    """A clarification request from the ATT Secretariat and the answer sent."""

    __tablename__ = "report_clarifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("report_submissions.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    answered_on: Mapped[date | None] = mapped_column(Date)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    answer: Mapped[str] = mapped_column(Text, default="")


# --- after the decision: change requests and staff continuity (issue 14) --------------------


class LicenceChangeRequest(Timestamped, Base):
    """A request to re-export, re-transfer, or change the end user, end use or location of
    what a licence covers; decided like a decision (consent or refusal, by the deciding
    authority, four eyes, signed)."""

    __tablename__ = "licence_change_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    #: ``services.change_requests.ChangeKind``: re_export, re_transfer, change_end_user...
    kind: Mapped[str] = mapped_column(String(30))
    #: ``services.change_requests.Requester``: importing_state, end_user or exporter.
    requested_by: Mapped[str] = mapped_column(String(30))
    received_on: Mapped[date] = mapped_column(Date)
    new_country_code: Mapped[str] = mapped_column(String(2), default="")
    new_party_name: Mapped[str] = mapped_column(String(300), default="")
    #: The new end use or the new location, in words (change_end_use, change_location).
    proposed_change: Mapped[str] = mapped_column(Text, default="")
    #: [{"licence_line_id": 3, "quantity": "10"}]: the licensed items the request concerns.
    lines: Mapped[list[Any]] = mapped_column(default=list)
    justification: Mapped[str] = mapped_column(Text)
    #: Documents referenced (titles or references), in the order given.
    documents: Mapped[list[Any]] = mapped_column(default=list)
    #: pending, consented or refused.
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    decided_on: Mapped[date | None] = mapped_column(Date)
    reasoning: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[list[Any]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CaseHandover(Timestamped, Base):
    """A case (or an agency's pending opinion on one) handed over when its holder's account
    was deactivated: who to whom, and the handover summary the successor reads."""

    __tablename__ = "case_handovers"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    #: "case" (the assignment) or "opinion" (the agency's pending opinion).
    kind: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    from_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    #: None when the administrator acknowledged that the agency has nobody left to answer.
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    summary: Mapped[str] = mapped_column(Text)


# --- issue 14: GBV consultation, training register, end-user certificate checks -------------


class GbvConsultation(Timestamped, Base):
    """The gender adviser asked about a case's GBV risk (Article 7(4), seed 003 para. 26-27):
    asked once steps 1 and 2 of the flowchart are answered yes; answered by a gender adviser,
    with the women's organisations and GBV experts consulted. Updated once, by the answer."""

    __tablename__ = "gbv_consultations"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    #: The assessment revision the question was asked on.
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id"), index=True)
    question: Mapped[str] = mapped_column(Text)
    asked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    asked_on: Mapped[date] = mapped_column(Date)
    #: A named gender adviser, or None: any gender adviser may answer.
    adviser_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    answered_on: Mapped[date | None] = mapped_column(Date)
    #: [{"name": ..., "kind": "womens_organisation" | "gbv_expert" | "other",
    #:   "consulted_on": "YYYY-MM-DD"}]
    organisations: Mapped[list[Any]] = mapped_column(default=list)


class TrainingRecord(Timestamped, Base):
    """A course a person completed (the training register): never edited, a correction is a
    new record. GBV training still valid is what the wizard's GBV page looks for."""

    __tablename__ = "training_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    #: "gbv", "att_basics", "export_control_law" or "other".
    topic: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str] = mapped_column(String(300), default="")
    completed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)


class EucCheck(Timestamped, Base):
    """How an end-user certificate was verified with its issuing authority (Article 11):
    one row per check, never edited (a later reply is a new check)."""

    __tablename__ = "euc_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    euc_number: Mapped[str] = mapped_column(String(100))
    #: The number without case, spaces or separators, to find it on other cases.
    number_key: Mapped[str] = mapped_column(String(100), index=True)
    issuing_authority: Mapped[str] = mapped_column(String(300), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    #: Who was contacted at the issuing authority, and how.
    contacted: Mapped[str] = mapped_column(String(300), default="")
    contacted_on: Mapped[date | None] = mapped_column(Date)
    #: "authentic", "not_authentic" or "no_reply".
    result: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
