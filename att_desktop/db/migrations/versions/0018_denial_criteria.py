"""Denial criteria of the authority's national framework, cited on each denial

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04

Issue 16: a denial cites, beside the treaty's grounds, the criteria of the authority's
framework (the EU Common Position 2008/944/CFSP criteria 1-8, or a national set) so the EU
annual report can count them. ``decisions.denial_criteria`` holds
``{"set": "<set id>", "codes": ["2", "7"]}`` (``{}`` when none was cited: every decision
made before this migration). ``row_digest.ADDED_LATER`` leaves the empty value out of the
row digests, so the digests recorded before still match.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "decisions",
        sa.Column("denial_criteria", sa.JSON(), nullable=False, server_default="{}"),
    )


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("denial_criteria")
