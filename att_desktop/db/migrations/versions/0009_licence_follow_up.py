"""Licence follow-up: obligations a licence carries after it is issued

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Issue 14: delivery verification certificates owed after each shipment, verification visits,
and end-use or storage assurances to check, each with a due date, a status (open, fulfilled,
waived) and what fulfilled it. New table only: nothing existing is rebuilt. An Article 12
record (no DELETE; the guards are applied after every upgrade from ``RETAINED_TABLES``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "licence_obligations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("licence_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("visitors", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=True),
        sa.Column("waive_reason", sa.Text(), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["licence_id"], ["licences.id"], name=op.f("fk_licence_obligations_licence_id_licences")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_licence_obligations_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            name=op.f("fk_licence_obligations_shipment_id_shipments"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_licence_obligations_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name=op.f("fk_licence_obligations_closed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_licence_obligations")),
    )
    for column in ("licence_id", "application_id", "shipment_id", "created_by_id", "closed_by_id"):
        op.create_index(op.f(f"ix_licence_obligations_{column}"), "licence_obligations", [column])
    op.create_index(
        "ix_licence_obligations_status_due_on", "licence_obligations", ["status", "due_on"]
    )
    op.create_index("ix_licence_obligations_kind_due_on", "licence_obligations", ["kind", "due_on"])


def downgrade() -> None:
    op.drop_table("licence_obligations")
