"""The declarative base every table derives from, and how enums and timestamps are stored."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import JSON, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from att_desktop.db.types import ScaledDecimal, UTCDateTime, utcnow
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

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_type(cls: type[enum.Enum]) -> Enum:
    """Store an enum's value as text, without a CHECK constraint, so adding a value needs no
    table rebuild on SQLite."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda e: [m.value for m in e],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        TransferType: enum_type(TransferType),
        CaseStatus: enum_type(CaseStatus),
        PartyRole: enum_type(PartyRole),
        PartyType: enum_type(PartyType),
        NotReportableReason: enum_type(NotReportableReason),
        OrganisationKind: enum_type(OrganisationKind),
        DecisionOutcome: enum_type(DecisionOutcome),
        LicenceStatus: enum_type(LicenceStatus),
        AssessmentStatus: enum_type(AssessmentStatus),
        Role: enum_type(Role),
        OpinionKind: enum_type(OpinionKind),
        Decimal: ScaledDecimal(),
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
