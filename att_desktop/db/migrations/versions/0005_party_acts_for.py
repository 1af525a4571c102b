"""parties: the government a consignee acts for; new party types

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-12

Adds ``parties.acts_for`` (nullable): for a commercial consignee importing for a government
end user, that government party's place among the case's parties, so the Article 6 screen
treats it as the government rather than as the non-State actor an embargo targets. Existing
parties act for no one (NULL).

The new party types ``regional_government`` and ``non_state_armed_group`` need no step:
``parties.party_type`` is stored as VARCHAR(40) without a CHECK constraint on SQLite and
PostgreSQL alike (``native_enum=False``, ``create_constraint=False``), and both values fit.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acts_for", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_column("acts_for")
