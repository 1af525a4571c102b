"""Use cases: each opens one unit of work and returns frozen dataclasses, never ORM objects."""
