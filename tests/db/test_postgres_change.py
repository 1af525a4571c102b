"""The change-request and handover tests (issue 14) again, on PostgreSQL.

``test_change_requests`` and ``test_handover`` run on a SQLite copy of a committee database;
here each of their tests that needs only ``db``, ``people``, ``licence_id`` and ``tmp_path``
runs on a PostgreSQL copy of a committee database, as ``test_postgres_committee`` does for
the committee's own tests.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from att_desktop.db.engine import open_database
from att_desktop.services.decisions import decide
from tests.accounts_helpers import Committee, assessed_case, committee
from tests.db import test_change_requests, test_handover
from tests.db.assessment_helpers import authorise
from tests.pg_server import PostgresServer

SUPPLIED = {"db", "people", "licence_id", "tmp_path"}


def _tests() -> dict[str, Callable[..., Any]]:
    found = {}
    for module in (test_change_requests, test_handover):
        for name, function in vars(module).items():
            if not name.startswith("test_") or not inspect.isfunction(function):
                continue
            params = set(inspect.signature(function).parameters)
            if "db" in params and params <= SUPPLIED:
                found[f"{module.__name__.rsplit('.', 1)[-1]}.{name}"] = function
    return found


TESTS = _tests()


def _build_committee(url: str) -> Committee:
    database = open_database(url)
    try:
        return committee(database)
    finally:
        database.close()


def test_the_change_tests_are_found() -> None:
    assert len(TESTS) >= 10, sorted(TESTS)


@pytest.mark.parametrize("name", sorted(TESTS))
def test_on_postgresql(name: str, postgres: PostgresServer, tmp_path: Path) -> None:
    people = postgres.template("committee", _build_committee)
    function = TESTS[name]
    with postgres.database(template="committee") as url:
        database = open_database(url)
        try:
            supplied: dict[str, Any] = {"db": database, "people": people}
            wanted = inspect.signature(function).parameters
            if "licence_id" in wanted:
                case_id = assessed_case(database, people.officer)
                detail = decide(
                    database, case_id, authorise(database, case_id), actor=people.decider.actor
                )
                supplied["licence_id"] = detail.licences[0].id
            if "tmp_path" in wanted:
                supplied["tmp_path"] = tmp_path
            function(**supplied)
        finally:
            database.close()
