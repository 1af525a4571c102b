"""The UN Register report's background information

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04

Issue 16: the UN Register of Conventional Arms report may carry background information on
military holdings and procurement through national production, per category I-VII. It is
not in the licence register, so the focal point enters it per year (``unroca_background``,
one row per year, kind and category, corrected in place and never deleted). A new table
only; it is an Article 12 record (the engine adds the triggers after upgrading).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import ScaledDecimal, UTCDateTime

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "unroca_background",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("number_of_items", ScaledDecimal(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["users.id"],
            name=op.f("fk_unroca_background_updated_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unroca_background")),
        sa.UniqueConstraint("year", "kind", "category", name=op.f("uq_unroca_background_year")),
    )
    op.create_index(
        op.f("ix_unroca_background_updated_by_id"), "unroca_background", ["updated_by_id"]
    )


def downgrade() -> None:
    op.drop_table("unroca_background")
