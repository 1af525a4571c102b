"""Storage: SQLAlchemy models, the engine, migrations. No Qt here."""
