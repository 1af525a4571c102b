"""Licence change requests and case handovers

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Issue 14: requests to re-export, re-transfer, or change the end user, end use or location of
what a licence covers (``licence_change_requests``, decided like a decision), and the
handover of a deactivated person's open cases and pending opinions to named successors with
a summary (``case_handovers``). New tables only; both are Article 12 records (no DELETE; the
engine re-creates the guards after every upgrade), handovers are never updated.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    table = "licence_change_requests"
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("licence_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("requested_by", sa.String(length=30), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("new_country_code", sa.String(length=2), nullable=False),
        sa.Column("new_party_name", sa.String(length=300), nullable=False),
        sa.Column("proposed_change", sa.Text(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("reasoning", sa.Text(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk(table, "licence_id", "licences"),
        _fk(table, "application_id", "applications"),
        _fk(table, "recorded_by_id", "users"),
        _fk(table, "decided_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    for column in ("licence_id", "application_id", "status", "recorded_by_id", "decided_by_id"):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])

    table = "case_handovers"
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("from_user_id", sa.Integer(), nullable=False),
        sa.Column("to_user_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk(table, "application_id", "applications"),
        _fk(table, "agency_id", "agencies"),
        _fk(table, "from_user_id", "users"),
        _fk(table, "to_user_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    for column in ("application_id", "agency_id", "from_user_id", "to_user_id"):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    op.drop_table("case_handovers")
    op.drop_table("licence_change_requests")

