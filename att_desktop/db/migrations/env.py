"""Alembic environment: always run by ATT Desktop itself with an open connection."""

from alembic import context

from att_desktop.db.models import Base
from att_desktop.db.search_index import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through att_desktop.db.engine.open_database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
