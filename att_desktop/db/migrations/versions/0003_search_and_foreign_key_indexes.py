"""search and filters at scale: every foreign key indexed, case categories, substring index

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

- The register's filter columns (year, status, transfer type, destination, applicant) are
  indexed with the register's order, (column, received_on, id), instead of alone.
- An index on every foreign key that had none (joins and lookups from the parent side no
  longer scan a million licence lines or two million events), on ``licences.status``, and
  on the event columns the services look events up by.
- ``case_categories``: one row per (case, ATT category of a current line item or heading
  above one), filled from the line items here and kept by triggers from now on.
- The substring search index (``att_desktop.db.search_index``): on SQLite an FTS5 trigram
  table over the cases' reference and end user, filled here and kept by triggers on
  ``applications``; on PostgreSQL the ``pg_trgm`` extension and GIN trigram indexes. Where
  neither can be had (SQLite older than 3.34, no pg_trgm) search works unindexed.

Only indexes, a new table and triggers: no table is rebuilt. The engine creates the triggers
again after every upgrade, as it does the Article 12 guards.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db import search_index

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: (table, columns, index name).
INDEXES = (
    ("users", ("agency_id",), None),
    ("applications", ("created_by_id",), None),
    ("applications", ("assigned_to_id",), None),
    ("documents", ("added_by_id",), None),
    ("assessments", ("drafted_by_id",), None),
    ("review_requests", ("agency_id",), None),
    ("review_requests", ("requested_by_id",), None),
    ("opinions", ("user_id",), None),
    ("opinions", ("agency_id",), None),
    ("opinions", ("session_id",), None),
    ("decisions", ("assessment_id",), None),
    ("decisions", ("decided_by_id",), None),
    ("licences", ("decision_id",), None),
    ("licences", ("status",), None),
    ("licence_lines", ("line_item_id",), None),
    ("shipments", ("recorded_by_id",), None),
    ("shipment_lines", ("licence_line_id",), None),
    ("notes", ("author_id",), None),
    ("events", ("actor_id",), None),
    ("events", ("entity", "entity_id"), "ix_events_entity_entity_id"),
    ("events", ("entity", "action"), "ix_events_entity_action"),
)


#: The register's filter columns: their single-column indexes become (column, received_on,
#: id), so a filter reads one range in register order instead of sorting its cases.
REGISTER_FILTERS = ("year", "status", "transfer_type", "destination_code", "applicant_id")


def upgrade() -> None:
    for table, columns, name in INDEXES:
        op.create_index(name or op.f(f"ix_{table}_{columns[0]}"), table, list(columns))
    for column in REGISTER_FILTERS:
        op.create_index(
            f"ix_applications_{column}_received", "applications", [column, "received_on", "id"]
        )
        op.drop_index(op.f(f"ix_applications_{column}"), table_name="applications")

    op.create_table(
        "case_categories",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("att_category", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("exact", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_case_categories_application_id_applications"),
        ),
        sa.PrimaryKeyConstraint("application_id", "att_category", name=op.f("pk_case_categories")),
    )
    bind = op.get_bind()
    search_index.backfill_case_categories(bind)  # before its indexes: one sort each after
    op.create_index(
        "ix_case_categories_att_category",
        "case_categories",
        ["att_category", "received_on", "application_id"],
    )
    op.create_index("ix_case_categories_exact", "case_categories", ["exact", "att_category"])
    search_index.create_search_index(bind)
    tables = set(sa.inspect(bind).get_table_names())
    for statement in search_index.trigger_statements(bind.dialect.name, tables):
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    """Only for tests that build an older database; ATT Desktop itself never downgrades."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in (
            "case_categories_on_insert",
            "case_categories_on_update",
            "case_categories_on_delete",
            "case_categories_on_received",
            "register_search_on_insert",
            "register_search_on_update",
            "register_search_on_delete",
        ):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS register_search")
    else:
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS case_categories_on_change ON line_items")
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS case_categories_on_received ON applications")
        bind.exec_driver_sql("DROP FUNCTION IF EXISTS att_case_categories()")
        bind.exec_driver_sql("DROP FUNCTION IF EXISTS att_case_categories_received()")
        bind.exec_driver_sql("DROP FUNCTION IF EXISTS att_case_categories_of(integer)")
        for index in (
            "ix_applications_reference_trgm",
            "ix_applications_end_user_name_trgm",
            "ix_organisations_name_trgm",
        ):
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    op.drop_index("ix_case_categories_exact", table_name="case_categories")
    op.drop_index("ix_case_categories_att_category", table_name="case_categories")
    op.drop_table("case_categories")
    for column in REGISTER_FILTERS:
        op.create_index(op.f(f"ix_applications_{column}"), "applications", [column])
        op.drop_index(f"ix_applications_{column}_received", table_name="applications")
    for table, columns, name in reversed(INDEXES):
        op.drop_index(name or op.f(f"ix_{table}_{columns[0]}"), table_name=table)
