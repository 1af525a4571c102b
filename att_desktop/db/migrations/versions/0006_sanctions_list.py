"""UN Security Council Consolidated List: list versions, entries, names, addresses, hits

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

The administrator imports the Council's XML file; each import is a list version (its
``dateGenerated``, the file's SHA-256, who imported it and when) with its entries (DATAID,
reference number, regime, listing date), their names (primary, aliases of good or low
quality, original script) and addresses. Every party of a case is screened against the newest
version; each resemblance is a hit the officer confirms or rejects with a reason. New tables
only: nothing existing is rebuilt. They are Article 12 records (what a party was screened
against and who judged it), so the engine's no-delete guards cover them after the upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sanctions_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generated_at", UTCDateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("entries_count", sa.Integer(), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["imported_by_id"], ["users.id"], name=op.f("fk_sanctions_lists_imported_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanctions_lists")),
    )
    op.create_index(op.f("ix_sanctions_lists_sha256"), "sanctions_lists", ["sha256"])
    op.create_index(
        op.f("ix_sanctions_lists_imported_by_id"), "sanctions_lists", ["imported_by_id"]
    )
    op.create_table(
        "sanctions_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("data_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reference_number", sa.String(length=60), nullable=False),
        sa.Column("un_list_type", sa.String(length=100), nullable=False),
        sa.Column("listed_on", sa.Date(), nullable=True),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("nationalities", sa.JSON(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("names_digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["sanctions_lists.id"],
            name=op.f("fk_sanctions_entries_list_id_sanctions_lists"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanctions_entries")),
    )
    op.create_index(op.f("ix_sanctions_entries_list_id"), "sanctions_entries", ["list_id"])
    op.create_index(op.f("ix_sanctions_entries_data_id"), "sanctions_entries", ["data_id"])
    op.create_table(
        "sanctions_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["sanctions_entries.id"],
            name=op.f("fk_sanctions_names_entry_id_sanctions_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanctions_names")),
    )
    op.create_index(op.f("ix_sanctions_names_entry_id"), "sanctions_names", ["entry_id"])
    op.create_table(
        "sanctions_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["sanctions_entries.id"],
            name=op.f("fk_sanctions_addresses_entry_id_sanctions_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanctions_addresses")),
    )
    op.create_index(op.f("ix_sanctions_addresses_entry_id"), "sanctions_addresses", ["entry_id"])
    op.create_table(
        "sanctions_hits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("matched_name", sa.String(length=500), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("found_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", UTCDateTime(), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["sanctions_lists.id"],
            name=op.f("fk_sanctions_hits_list_id_sanctions_lists"),
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["sanctions_entries.id"],
            name=op.f("fk_sanctions_hits_entry_id_sanctions_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["parties.id"], name=op.f("fk_sanctions_hits_party_id_parties")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_sanctions_hits_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"], ["users.id"], name=op.f("fk_sanctions_hits_reviewed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanctions_hits")),
        sa.UniqueConstraint("party_id", "entry_id", name=op.f("uq_sanctions_hits_party_id")),
    )
    for column in ("list_id", "entry_id", "party_id", "application_id", "status", "reviewed_by_id"):
        op.create_index(op.f(f"ix_sanctions_hits_{column}"), "sanctions_hits", [column])


def downgrade() -> None:
    for table in (
        "sanctions_hits",
        "sanctions_addresses",
        "sanctions_names",
        "sanctions_entries",
        "sanctions_lists",
    ):
        op.drop_table(table)
