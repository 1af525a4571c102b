"""The UN Register report's background information (issue 16), entered by hand per year.

Kept apart from ``db.models`` only for size; ``db.models`` re-exports the class, so callers
import it from there like any other table.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from att_desktop.db.model_base import Base
from att_desktop.db.types import utcnow


class UnrocaBackground(Base):
    """One category's military holdings or procurement through national production for a
    year. Corrected in place (the history keeps each version); cleared, never deleted."""

    __tablename__ = "unroca_background"
    __table_args__ = (UniqueConstraint("year", "kind", "category"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    #: "holdings" or "production" (``domain.reporting.unroca.BackgroundKind``).
    kind: Mapped[str] = mapped_column(String(20))
    #: A category I-VII row code (``att_categories.json``).
    category: Mapped[str] = mapped_column(String(20))
    number_of_items: Mapped[Decimal | None]
    description: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    updated_by_name: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
