"""The committee, permission and notes tests of test_permissions_committee.py, on PostgreSQL.

That module runs on a SQLite copy of a committee database (accounts_helpers.committee_db,
made once because Argon2 is slow on purpose). Here each of its tests that needs only
``db``, ``people`` and ``case_id`` runs again on a PostgreSQL copy of a committee database
built once per session, so the committee's services are proven on both engines without
the two modules drifting apart.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from att_desktop.db.engine import open_database
from tests.accounts_helpers import Committee, assessed_case, committee
from tests.db import test_permissions_committee as committee_tests
from tests.pg_server import PostgresServer

SUPPLIED = {"db", "people", "case_id"}


def _tests() -> dict[str, Callable[..., Any]]:
    found = {}
    for name, function in vars(committee_tests).items():
        if not name.startswith("test_") or not inspect.isfunction(function):
            continue
        params = set(inspect.signature(function).parameters)
        if "db" in params and params <= SUPPLIED and not hasattr(function, "pytestmark"):
            found[name.removeprefix("test_")] = function
    return found


TESTS = _tests()


def _build_committee(url: str) -> Committee:
    database = open_database(url)
    try:
        return committee(database)
    finally:
        database.close()


def test_the_committee_tests_are_found() -> None:
    assert len(TESTS) >= 10, sorted(TESTS)


@pytest.mark.parametrize("name", sorted(TESTS))
def test_on_postgresql(name: str, postgres: PostgresServer) -> None:
    people = postgres.template("committee", _build_committee)
    function = TESTS[name]
    with postgres.database(template="committee") as url:
        database = open_database(url)
        try:
            supplied: dict[str, Any] = {"db": database, "people": people}
            if "case_id" in inspect.signature(function).parameters:
                supplied["case_id"] = assessed_case(database, people.officer)
            function(**supplied)
        finally:
            database.close()
