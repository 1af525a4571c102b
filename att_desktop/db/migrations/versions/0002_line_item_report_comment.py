"""line items: comment for the annual report

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Adds ``line_items.report_comment``, the line's text for the annual report's "Comments on
the transfer" column. Existing lines get an empty comment (server default ''). On SQLite
the batch operation adds the column in place (ALTER TABLE ... ADD COLUMN); should it ever
rebuild the table, the Article 12 triggers are restored by the engine after every upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("line_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("report_comment", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("line_items", schema=None) as batch_op:
        batch_op.drop_column("report_comment")
