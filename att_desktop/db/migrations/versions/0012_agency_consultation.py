"""Agency mandates, consultation rules and opinion due dates

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

Issue 14 (seed 001 ¶8, ¶14): each agency's mandate, contact and the questions it answers
(new columns on ``agencies``, empty for existing rows: ``row_digest.ADDED_LATER`` keeps their
recorded digests valid); ``consultation_rules`` name the agencies a case must go to;
``review_deadlines`` hold when each requested opinion is due (``review_requests`` is
append-only and sealed, so the date lives beside it). Nothing existing is rewritten. The
default rules are written by the first administrator's creation (through the history), not
here: a row a migration inserts would have no digest in the history.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("agencies", sa.Column("mandate", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "agencies",
        sa.Column("contact_name", sa.String(length=200), nullable=False, server_default=""),
    )
    op.add_column(
        "agencies", sa.Column("contact", sa.String(length=300), nullable=False, server_default="")
    )
    op.add_column(
        "agencies", sa.Column("questions", sa.JSON(), nullable=False, server_default="[]")
    )
    op.create_table(
        "consultation_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_code", sa.String(length=40), nullable=False),
        sa.Column("transfer_types", sa.JSON(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("destinations", sa.JSON(), nullable=False),
        sa.Column("finding", sa.String(length=40), nullable=False),
        sa.Column("criterion", sa.String(length=40), nullable=False),
        sa.Column("min_level", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_rules")),
    )
    op.create_index(
        op.f("ix_consultation_rules_agency_code"), "consultation_rules", ["agency_code"]
    )
    op.create_table(
        "review_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("urgent_reason", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_review_deadlines_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_review_deadlines_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_deadlines")),
        sa.UniqueConstraint(
            "application_id", "agency_id", name=op.f("uq_review_deadlines_application_id")
        ),
    )
    op.create_index(
        op.f("ix_review_deadlines_application_id"), "review_deadlines", ["application_id"]
    )
    op.create_index(op.f("ix_review_deadlines_agency_id"), "review_deadlines", ["agency_id"])


def downgrade() -> None:
    op.drop_table("review_deadlines")
    op.drop_table("consultation_rules")
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("questions")
        batch.drop_column("contact")
        batch.drop_column("contact_name")
        batch.drop_column("mandate")
