"""End-user certificate numbers looked up through an index

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-10

A certificate number already used on another case is a red flag for diversion (Article 11):
``services.euc_checks`` looked for it by normalising every case's number in SQL, which reads
the whole register (500,000 cases). ``applications.euc_number_key`` holds the number as it
is compared (upper case, without spaces, dashes, slashes, dots or underscores: the same
``normalise_euc_number`` the app uses, so both always agree), with an index; existing cases
are filled in here, a batch at a time, then the index is built.

The key is derived from the number, which the history vouches for: ``row_digest.SEALED``
leaves it out of the row digests (so filling it in breaks none), and ``att-desktop check``
recomputes it from the number.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.domain.application import normalise_euc_number

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Cases read and written per round trip while filling in the keys.
BATCH = 5000

_applications = sa.table(
    "applications",
    sa.column("id", sa.Integer()),
    sa.column("euc_number", sa.String(length=100)),
    sa.column("euc_number_key", sa.String(length=100)),
)


def _backfill(bind: sa.Connection) -> None:
    """Give every case with a certificate number its key (keyset batches: memory stays flat)."""
    table = _applications
    update = (
        table.update()
        .where(table.c.id == sa.bindparam("case_id"))
        .values(euc_number_key=sa.bindparam("key"))
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(table.c.id, table.c.euc_number)
            .where(table.c.id > last, table.c.euc_number != "")
            .order_by(table.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        keys = [
            {"case_id": case_id, "key": normalise_euc_number(number)}
            for case_id, number in rows
            if normalise_euc_number(number)
        ]
        if keys:
            bind.execute(update, keys)
        last = rows[-1][0]


def upgrade() -> None:
    op.add_column(
        "applications",
        sa.Column("euc_number_key", sa.String(length=100), nullable=False, server_default=""),
    )
    _backfill(op.get_bind())
    op.create_index(op.f("ix_applications_euc_number_key"), "applications", ["euc_number_key"])


def downgrade() -> None:
    """Only for tests that build an older database; ATT Desktop itself never downgrades.

    A plain DROP COLUMN (SQLite 3.35 or newer), not a batch rebuild: the search triggers
    name ``applications``, and SQLite refuses to rename a rebuilt copy while they do."""
    op.drop_index(op.f("ix_applications_euc_number_key"), table_name="applications")
    op.drop_column("applications", "euc_number_key")
