"""users: job title

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10

Adds ``users.job_title``: the licence and the denial letter are signed by the person who
decided, with their name and title. Existing accounts get an empty title (server default
''), which the administrator fills in under File → Users and agencies. ``users`` is not an
Article 12 record table, and on SQLite the batch operation adds the column in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("job_title", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("job_title")
