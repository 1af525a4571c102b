"""The annual report as submitted: contributions, choices, frozen files, clarifications

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03

Issue 14: a report in preparation (``report_submissions``, one per kind and year) lists the
agencies asked to contribute and their sign-off (``report_contributions``), the report's
choices with who made them and why (``report_choices``, append-only), the frozen versions
(``report_versions``) and the exact bytes sent with their SHA-256 (``report_files``, both
append-only), and the Secretariat's clarification requests (``report_clarifications``).
New tables only; all are Article 12 records (the engine adds the triggers after upgrading).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "report_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", UTCDateTime(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("submitted_by_id", sa.Integer(), nullable=True),
        _fk("report_submissions", "opened_by_id", "users"),
        _fk("report_submissions", "approver_id", "users"),
        _fk("report_submissions", "submitted_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_submissions")),
        sa.UniqueConstraint("kind", "year", name=op.f("uq_report_submissions_kind")),
    )
    _indexes("report_submissions", "opened_by_id", "approver_id", "submitted_by_id")
    op.create_table(
        "report_contributions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("signed_off_by_id", sa.Integer(), nullable=True),
        sa.Column("signed_off_at", UTCDateTime(), nullable=True),
        _fk("report_contributions", "submission_id", "report_submissions"),
        _fk("report_contributions", "agency_id", "agencies"),
        _fk("report_contributions", "signed_off_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_contributions")),
        sa.UniqueConstraint(
            "submission_id", "agency_id", name=op.f("uq_report_contributions_submission_id")
        ),
    )
    _indexes("report_contributions", "submission_id", "agency_id", "signed_off_by_id")
    op.create_table(
        "report_choices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.Column("set_by_name", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        _fk("report_choices", "submission_id", "report_submissions"),
        _fk("report_choices", "set_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_choices")),
    )
    _indexes("report_choices", "submission_id", "set_by_id")
    op.create_table(
        "report_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("made_by_id", sa.Integer(), nullable=True),
        sa.Column("made_at", UTCDateTime(), nullable=False),
        _fk("report_versions", "submission_id", "report_submissions"),
        _fk("report_versions", "made_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_versions")),
        sa.UniqueConstraint(
            "submission_id", "version", name=op.f("uq_report_versions_submission_id")
        ),
    )
    _indexes("report_versions", "submission_id", "made_by_id")
    op.create_table(
        "report_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        _fk("report_files", "version_id", "report_versions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_files")),
    )
    _indexes("report_files", "version_id")
    op.create_table(
        "report_clarifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        _fk("report_clarifications", "submission_id", "report_submissions"),
        _fk("report_clarifications", "recorded_by_id", "users"),
        _fk("report_clarifications", "answered_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_clarifications")),
    )
    _indexes("report_clarifications", "submission_id", "recorded_by_id", "answered_by_id")


def downgrade() -> None:
    for table in (
        "report_clarifications",
        "report_files",
        "report_versions",
        "report_choices",
        "report_contributions",
        "report_submissions",
    ):
        op.drop_table(table)
