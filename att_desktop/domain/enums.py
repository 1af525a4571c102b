"""The vocabularies shared by every layer. Values are stored in the database: never rename one."""

from __future__ import annotations

from enum import StrEnum


class TransferType(StrEnum):
    """Article 2(2): the activities that make up a transfer."""

    EXPORT = "export"
    IMPORT = "import"
    TRANSIT = "transit"
    TRANSSHIPMENT = "transshipment"
    BROKERING = "brokering"


class CaseStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_ASSESSMENT = "under_assessment"
    IN_COMMITTEE = "in_committee"
    AUTHORISED = "authorised"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"

    @property
    def is_closed(self) -> bool:
        return self in {CaseStatus.AUTHORISED, CaseStatus.DENIED, CaseStatus.WITHDRAWN}


class PartyRole(StrEnum):
    END_USER = "end_user"
    CONSIGNEE = "consignee"
    INTERMEDIATE_CONSIGNEE = "intermediate_consignee"
    BROKER = "broker"


class PartyType(StrEnum):
    GOVERNMENT = "government"
    COMMERCIAL = "commercial"
    INDIVIDUAL = "individual"
    REGIONAL_GOVERNMENT = "regional_government"
    NON_STATE_ARMED_GROUP = "non_state_armed_group"


class NotReportableReason(StrEnum):
    """Why a line item has no ATT category (Articles 3 and 4, dual-use, national lists)."""

    AMMUNITION = "ammunition"
    PARTS_COMPONENTS = "parts_components"
    DUAL_USE = "dual_use"
    NATIONAL = "national"


class OrganisationKind(StrEnum):
    EXPORTER = "exporter"
    IMPORTER = "importer"
    BROKER = "broker"
    MANUFACTURER = "manufacturer"


class DecisionOutcome(StrEnum):
    AUTHORISE = "authorise"
    DENY = "deny"


class LicenceStatus(StrEnum):
    VALID = "valid"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"
    EXHAUSTED = "exhausted"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"
    SUPERSEDED = "superseded"


class Role(StrEnum):
    LICENSING_OFFICER = "licensing_officer"
    COMMITTEE_MEMBER = "committee_member"
    DECIDING_AUTHORITY = "deciding_authority"
    FOCAL_POINT = "focal_point"
    ADMINISTRATOR = "administrator"
    #: Advises on Article 7(4) gender-based violence (the gender focal point, seed 003 ¶26).
    GENDER_ADVISER = "gender_adviser"


class OpinionKind(StrEnum):
    APPROVE = "approve"
    APPROVE_WITH_CONDITIONS = "approve_with_conditions"
    REFUSE = "refuse"
    ABSTAIN = "abstain"
