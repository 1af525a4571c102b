"""A file per destination State: dated, versioned standing findings with their sources

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

Issue 14: ``destination_entries`` holds every version of each standing finding on a State
(prevalent GBV types and prevention, human rights and IHL situation, diversion history...),
each with its sources, the date it was assessed and who wrote it. A new version names the one
it supersedes; nothing is updated or deleted (Article 12: DELETE and UPDATE are refused by the
guards the upgrade restores for every table in RETAINED_TABLES/APPEND_ONLY_TABLES). A new
table only: nothing existing is rebuilt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "destination_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_destination_entries_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["destination_entries.id"],
            name=op.f("fk_destination_entries_supersedes_id_destination_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destination_entries")),
    )
    op.create_index(
        op.f("ix_destination_entries_country_code"), "destination_entries", ["country_code"]
    )
    op.create_index(op.f("ix_destination_entries_author_id"), "destination_entries", ["author_id"])
    op.create_index(
        op.f("ix_destination_entries_supersedes_id"), "destination_entries", ["supersedes_id"]
    )


def downgrade() -> None:
    op.drop_table("destination_entries")
