"""The consultation-rule, mandate and due-date tests of test_consultation.py, on PostgreSQL.

As ``test_postgres_committee`` does for the committee: each test that needs only ``db``,
``people`` (and ``monkeypatch``) runs again on a PostgreSQL copy of a committee database.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from att_desktop.db.engine import open_database
from tests.accounts_helpers import Committee, committee
from tests.db import test_consultation as consultation_tests
from tests.pg_server import PostgresServer

SUPPLIED = {"db", "people", "monkeypatch"}


def _tests() -> dict[str, Callable[..., Any]]:
    found = {}
    for name, function in vars(consultation_tests).items():
        if not name.startswith("test_") or not inspect.isfunction(function):
            continue
        params = set(inspect.signature(function).parameters)
        if "db" in params and params <= SUPPLIED:
            found[name.removeprefix("test_")] = function
    return found


TESTS = _tests()


def _build_committee(url: str) -> Committee:
    database = open_database(url)
    try:
        return committee(database)
    finally:
        database.close()


def test_the_consultation_tests_are_found() -> None:
    assert len(TESTS) >= 10, sorted(TESTS)


@pytest.mark.parametrize("name", sorted(TESTS))
def test_on_postgresql(
    name: str, postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = postgres.template("committee", _build_committee)
    function = TESTS[name]
    with postgres.database(template="committee") as url:
        database = open_database(url)
        try:
            offered: dict[str, Any] = {"db": database, "people": people, "monkeypatch": monkeypatch}
            wanted = inspect.signature(function).parameters
            function(**{k: v for k, v in offered.items() if k in wanted})
        finally:
            database.close()
