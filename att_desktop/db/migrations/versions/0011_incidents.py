"""Diversion and breach incidents (Article 11(4)-(5), Article 14)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

Issue 14: ``incidents`` holds each diversion or breach the authority learned of, with its
source, items, responses and the States informed; ``incident_parties`` the parties involved
(matched against new applications' parties); ``incident_licences`` the licences it touches,
each put up for Article 7(7) reassessment. New tables only: nothing existing is rebuilt. All
three are Article 12 records (no DELETE).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from att_desktop.db.types import UTCDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("source_reference", sa.String(length=300), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("learned_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("responses", sa.JSON(), nullable=False),
        sa.Column("states_informed", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("closing_note", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_incidents_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint("number", name=op.f("uq_incidents_number")),
    )
    op.create_index(op.f("ix_incidents_learned_on"), "incidents", ["learned_on"])
    op.create_index(op.f("ix_incidents_country_code"), "incidents", ["country_code"])
    op.create_index(op.f("ix_incidents_status"), "incidents", ["status"])
    op.create_index(op.f("ix_incidents_recorded_by_id"), "incidents", ["recorded_by_id"])
    op.create_table(
        "incident_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_parties_incident_id_incidents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_parties")),
    )
    op.create_index(op.f("ix_incident_parties_incident_id"), "incident_parties", ["incident_id"])
    op.create_index(op.f("ix_incident_parties_country_code"), "incident_parties", ["country_code"])
    op.create_table(
        "incident_licences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("licence_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("via", sa.String(length=20), nullable=False),
        sa.Column("matched", sa.Text(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_licences_incident_id_incidents"),
        ),
        sa.ForeignKeyConstraint(
            ["licence_id"],
            ["licences.id"],
            name=op.f("fk_incident_licences_licence_id_licences"),
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_incident_licences_application_id_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_licences")),
    )
    for column in ("incident_id", "licence_id", "application_id"):
        op.create_index(op.f(f"ix_incident_licences_{column}"), "incident_licences", [column])


def downgrade() -> None:
    op.drop_table("incident_licences")
    op.drop_table("incident_parties")
    op.drop_table("incidents")
