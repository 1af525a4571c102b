"""The one row digest the history records and the audit recomputes (``db/row_digest.py``)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from att_desktop.db import row_digest
from att_desktop.domain.enums import Role

ROW = {
    "id": 3,
    "username": "olga",
    "role": Role.LICENSING_OFFICER,
    "password_hash": "$argon2id$x",
    "failed_attempts": 0,
    "locked_until": None,
    "created_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
}


def test_the_digest_covers_every_vouched_column_and_nothing_else() -> None:
    digest = row_digest.row_digest("users", ROW)
    assert digest == row_digest.row_digest("users", dict(reversed(list(ROW.items()))))
    # sign-in failures change these without an event: not part of the digest
    assert digest == row_digest.row_digest("users", {**ROW, "failed_attempts": 4})
    assert digest == row_digest.row_digest(
        "users", {**ROW, "locked_until": datetime(2026, 1, 3, tzinfo=UTC)}
    )
    for changed in (
        {"role": Role.ADMINISTRATOR},
        {"password_hash": "$argon2id$y"},
        {"username": "olga2"},
        {"created_at": datetime(2026, 1, 2, 3, 4, 6, tzinfo=UTC)},
    ):
        assert digest != row_digest.row_digest("users", {**ROW, **changed}), changed


def test_the_same_values_in_another_table_give_another_digest() -> None:
    row = {"id": 1, "code": "MFA", "name": "Foreign affairs", "active": True}
    assert row_digest.row_digest("agencies", row) != row_digest.row_digest("organisations", row)


def test_decimals_and_dates_are_digested_by_value() -> None:
    row = {"id": 1, "quantity": Decimal("2.500"), "dated": date(2026, 5, 1)}
    same = {"id": 1, "quantity": Decimal("2.5"), "dated": date(2026, 5, 1)}
    times_100 = {"id": 1, "quantity": Decimal("250"), "dated": date(2026, 5, 1)}
    assert row_digest.row_digest("line_items", row) == row_digest.row_digest("line_items", same)
    assert row_digest.row_digest("line_items", row) != row_digest.row_digest(
        "line_items", times_100
    )


def test_a_column_added_later_keeps_older_digests_while_it_holds_its_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = row_digest.row_digest("users", ROW)
    monkeypatch.setattr(row_digest, "ADDED_LATER", {"users": {"public_key": None}})
    assert row_digest.row_digest("users", {**ROW, "public_key": None}) == before
    assert row_digest.row_digest("users", {**ROW, "public_key": "ed25519:abc"}) != before
