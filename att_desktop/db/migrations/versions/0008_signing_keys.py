"""Per-person signing keys and signatures over decisions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Issue 13: every person gets an Ed25519 key pair; the private half is stored encrypted with a
key derived from their password (argon2id), so a decision signed with it needs that password.
``user_keys`` holds the public keys (old ones kept, retired, so old signatures still verify);
``signatures`` holds each signed decision's signature with the chain's head at that moment.
New tables only: nothing existing is rebuilt. Both are Article 12 records (no DELETE).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "user_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("encrypted_private_key", sa.String(length=200), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("kdf", sa.String(length=100), nullable=False),
        sa.Column("certified_by_id", sa.Integer(), nullable=True),
        sa.Column("certificate", sa.String(length=128), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("retired_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_keys_user_id_users")),
        sa.ForeignKeyConstraint(
            ["certified_by_id"],
            ["user_keys.id"],
            name=op.f("fk_user_keys_certified_by_id_user_keys"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_keys")),
    )
    op.create_index(op.f("ix_user_keys_user_id"), "user_keys", ["user_id"])
    op.create_index(op.f("ix_user_keys_certified_by_id"), "user_keys", ["certified_by_id"])
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("head_event_id", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["key_id"], ["user_keys.id"], name=op.f("fk_signatures_key_id_user_keys")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatures")),
        sa.UniqueConstraint("kind", "subject_id", name=op.f("uq_signatures_kind")),
    )
    op.create_index(op.f("ix_signatures_key_id"), "signatures", ["key_id"])


def downgrade() -> None:
    op.drop_table("signatures")
    op.drop_table("user_keys")
