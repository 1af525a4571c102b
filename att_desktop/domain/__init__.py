"""The treaty's logic in plain Python: no Qt, no SQLAlchemy."""
