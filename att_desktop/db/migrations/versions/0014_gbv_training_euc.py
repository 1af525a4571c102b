"""GBV consultation with the gender adviser, the training register, end-user certificate checks

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

Issue 14: ``gbv_consultations`` (the gender adviser asked once GBV steps 1 and 2 are answered
yes, and the answer), ``training_records`` (each person's courses, GBV training among them)
and ``euc_checks`` (how an end-user certificate was verified with its issuing authority).
New tables only; all three are Article 12 records (no DELETE), the last two append-only.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "gbv_consultations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("asked_by_id", sa.Integer(), nullable=True),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("adviser_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("organisations", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("gbv_consultations", "application_id", "applications"),
        _fk("gbv_consultations", "assessment_id", "assessments"),
        _fk("gbv_consultations", "asked_by_id", "users"),
        _fk("gbv_consultations", "adviser_id", "users"),
        _fk("gbv_consultations", "answered_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gbv_consultations")),
    )
    for column in ("application_id", "assessment_id", "asked_by_id", "adviser_id"):
        op.create_index(op.f(f"ix_gbv_consultations_{column}"), "gbv_consultations", [column])
    op.create_index(
        op.f("ix_gbv_consultations_answered_by_id"), "gbv_consultations", ["answered_by_id"]
    )
    op.create_table(
        "training_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("training_records", "user_id", "users"),
        _fk("training_records", "recorded_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_records")),
    )
    op.create_index(op.f("ix_training_records_user_id"), "training_records", ["user_id"])
    op.create_index(
        op.f("ix_training_records_recorded_by_id"), "training_records", ["recorded_by_id"]
    )
    op.create_table(
        "euc_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("euc_number", sa.String(length=100), nullable=False),
        sa.Column("number_key", sa.String(length=100), nullable=False),
        sa.Column("issuing_authority", sa.String(length=300), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("contacted", sa.String(length=300), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=True),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("euc_checks", "application_id", "applications"),
        _fk("euc_checks", "recorded_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_euc_checks")),
    )
    for column in ("application_id", "number_key", "recorded_by_id"):
        op.create_index(op.f(f"ix_euc_checks_{column}"), "euc_checks", [column])


def downgrade() -> None:
    op.drop_table("euc_checks")
    op.drop_table("training_records")
    op.drop_table("gbv_consultations")
