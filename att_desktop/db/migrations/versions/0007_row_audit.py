"""Row-vs-history audit: row digests on events; the committee trail and report inputs retained

Revision ID: 0007
Revises: 0006
Create Date: 2027-01-10

Issue 13: a record row changed with SQL while the events stay untouched was invisible. From
now on every event carries the digest of each record row written since the event before it
(``events.rows_sha256``, ``db/row_digest.py``), and ``audit verify`` compares every row with
the newest digest its history holds.

Rows written before this upgrade have no digest. So that a row inserted behind the app's back
later cannot pass for one of them, the upgrade appends one event, ``row_audit_started``, that
names how far each record table went (its highest id; the settings' keys): rows up to there
are verified only as far as their own events allow, every later row must have a digest. A new
(empty) database needs no such event and gets none.

``review_requests``, ``committee_sessions``, ``agencies``, ``settings`` and
``exchange_rates`` get the Article 12 no-delete triggers; record tables the app only inserts
into get an UPDATE guard (``db/retention.py``; the engine re-creates them after every upgrade).
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from att_desktop.db.models import APPEND_ONLY_TABLES, RETAINED_TABLES
from att_desktop.db.retention import guard_statements
from att_desktop.db.row_digest import SEALED, pk_column
from att_desktop.db.types import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The action of the event that marks where row digests begin.
STARTED = "row_audit_started"


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("events")}
    if "rows_sha256" not in columns:  # kept by a downgrade: see below
        op.add_column("events", sa.Column("rows_sha256", sa.JSON(), nullable=True))
    tables = set(sa.inspect(bind).get_table_names())
    for statement in guard_statements(
        bind.dialect.name, [t for t in RETAINED_TABLES if t in tables], APPEND_ONLY_TABLES
    ):
        op.execute(statement)
    reach = _reach(bind)
    if any(reach.values()):
        _append_start_event(bind, reach)


def _reach(bind: sa.engine.Connection) -> dict[str, Any]:
    """How far each record table went before row digests existed."""
    reach: dict[str, Any] = {}
    # Only the tables this revision knows: ``SEALED`` grows with later revisions' tables.
    existing = set(sa.inspect(bind).get_table_names())
    for name in sorted(SEALED):
        if name not in existing:
            continue
        if name == "settings":
            keys = bind.execute(sa.text("SELECT key FROM settings ORDER BY key")).scalars()
            reach[name] = [str(k) for k in keys if k != "audit_checkpoint"]
        else:
            column = pk_column(name)
            top = bind.execute(sa.text(f"SELECT max({column}) FROM {name}")).scalar()
            reach[name] = int(top or 0)
    return reach


def _append_start_event(bind: sa.engine.Connection, reach: dict[str, Any]) -> None:
    """Append the ``row_audit_started`` event to the chain (the chain's formula as of this
    revision, ``services/history.py``: a migration does not follow later code)."""
    events = sa.table(
        "events",
        sa.column("occurred_at", UTCDateTime()),
        sa.column("actor_id", sa.Integer()),
        sa.column("actor_name", sa.String()),
        sa.column("application_id", sa.Integer()),
        sa.column("entity", sa.String()),
        sa.column("entity_id", sa.Integer()),
        sa.column("action", sa.String()),
        sa.column("summary", sa.Text()),
        sa.column("before", sa.JSON()),
        sa.column("after", sa.JSON()),
        sa.column("reason", sa.Text()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    prev = bind.execute(sa.text("SELECT hash FROM events ORDER BY id DESC LIMIT 1")).scalar()
    fields: dict[str, Any] = {
        "occurred_at": datetime.now(UTC).replace(microsecond=0),
        "actor_id": None,
        "actor_name": "ATT Desktop",
        "application_id": None,
        "entity": "record",
        "entity_id": None,
        "action": STARTED,
        "summary": "Row digests begin: rows written before are verified as far as their "
        "events allow",
        "before": None,
        "after": {"rows_before": reach},
        "reason": "",
    }
    hashed = {**fields, "occurred_at": fields["occurred_at"].isoformat()}
    payload = json.dumps(hashed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(((prev or "") + "\n" + payload).encode("utf-8")).hexdigest()
    bind.execute(events.insert().values(**fields, prev_hash=prev or "", hash=digest))


def downgrade() -> None:
    """Changes nothing: the digests are part of the events' hashes (dropping them would break
    the chain), and the triggers and the start event are records too. An older version
    ignores the column."""
