"""The incident form's licence picker searches instead of listing every licence: by licence
number or case reference (anywhere, any case), or destination (code or name), valid and
suspended licences first, never more than asked for (both engines)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import insert

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Licence, Organisation
from att_desktop.domain.enums import CaseStatus, LicenceStatus, OrganisationKind, TransferType
from att_desktop.services.incident_licences import CHOICES_LIMIT, LicenceChoice, licence_choices

DAY = date(2026, 5, 4)
#: Destination of the n-th case, and the status of its licence.
DESTINATIONS = ("NO", "FR", "BR", "AR")
STATUSES = (
    LicenceStatus.EXPIRED,
    LicenceStatus.VALID,
    LicenceStatus.REVOKED,
    LicenceStatus.SUSPENDED,
    LicenceStatus.VALID,
)
CASES = 160


def _register(db: Database) -> None:
    """``CASES`` cases EXP/2026/00001... each with one licence LIC/2026/00001... (the n-th
    case's), plus a case 'RE_X/2026/1' to Germany whose licence is 'L%1'."""
    with db.session() as session:
        exporter = session.scalar(
            insert(Organisation).returning(Organisation.id),
            [{"name": "Nordic Arms", "kind": OrganisationKind.EXPORTER, "country_code": "SE"}],
        )
        cases: list[dict[str, Any]] = [
            {
                "reference": f"EXP/2026/{n:05d}",
                "year": 2026,
                "transfer_type": TransferType.EXPORT,
                "status": CaseStatus.AUTHORISED,
                "applicant_id": exporter,
                "destination_code": DESTINATIONS[n % len(DESTINATIONS)],
                "received_on": DAY,
            }
            for n in range(1, CASES + 1)
        ]
        cases.append({**cases[0], "reference": "RE_X/2026/1", "destination_code": "DE"})
        ids = list(
            session.scalars(
                insert(Application).returning(Application.id, sort_by_parameter_order=True), cases
            )
        )
        session.execute(
            insert(Licence),
            [
                {
                    "application_id": case_id,
                    "number": f"LIC/2026/{n:05d}" if n <= CASES else "L%1",
                    "issued_on": DAY,
                    "valid_from": DAY,
                    "valid_until": DAY + timedelta(days=365),
                    "status": STATUSES[n % len(STATUSES)] if n <= CASES else LicenceStatus.VALID,
                }
                for n, case_id in enumerate(ids, start=1)
            ],
        )


def _numbers(choices: list[LicenceChoice]) -> list[str]:
    return [c.number for c in choices]


def _rank(choice: LicenceChoice) -> tuple[int, str]:
    order = {LicenceStatus.VALID: 0, LicenceStatus.SUSPENDED: 1}
    return order.get(choice.status, 2), choice.number


@pytest.fixture
def register(db: Database) -> Database:
    _register(db)
    return db


def test_nothing_typed_offers_the_first_valid_licences_up_to_the_limit(register: Database) -> None:
    offered = licence_choices(register)
    assert len(offered) == CHOICES_LIMIT
    assert offered == sorted(offered, key=_rank)
    assert {c.status for c in offered} == {LicenceStatus.VALID}
    assert offered[0] == LicenceChoice(
        offered[0].licence_id, "L%1", "RE_X/2026/1", "DE", LicenceStatus.VALID
    )
    assert len(licence_choices(register, limit=3)) == 3


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # A licence number, anywhere in it and in any case.
        ("lic/2026/00017", ["LIC/2026/00017"]),
        ("0001", ["LIC/2026/00001"] + [f"LIC/2026/{n:05d}" for n in range(10, 20)]),
        ("2026/0015", [f"LIC/2026/{n:05d}" for n in range(150, 160)]),
        # A case reference: its licence (the trigram index finds it on SQLite).
        ("exp/2026/00042", ["LIC/2026/00042"]),
        ("RE_X", ["L%1"]),
        # Fewer than three characters are not looked for inside numbers and references
        # (they would match nearly all): only the destination.
        ("re", []),
        ("1", []),
        # LIKE's wildcards are the characters typed, nothing more.
        ("l%1", ["L%1"]),
        ("c%2", []),
        ("e_x", ["L%1"]),
        # The destination, by code or by name (English or Chinese).
        ("de", ["L%1"]),
        ("Germany", ["L%1"]),
        ("德国", ["L%1"]),
        ("nothing like it", []),
    ],
)
def test_what_is_typed_is_looked_for_in_the_number_reference_and_destination(
    register: Database, typed: str, expected: list[str]
) -> None:
    offered = licence_choices(register, typed, limit=100)
    assert sorted(_numbers(offered)) == sorted(expected)
    assert offered == sorted(offered, key=_rank)


def test_a_destination_offers_its_licences_valid_and_suspended_first_within_the_limit(
    register: Database,
) -> None:
    everything = licence_choices(register, "Norway", limit=500)
    norway = [f"LIC/2026/{n:05d}" for n in range(4, CASES + 1, 4)]
    assert sorted(_numbers(everything)) == norway
    assert {c.destination_code for c in everything} == {"NO"}
    assert everything == sorted(everything, key=_rank)
    statuses = [c.status for c in everything]
    first_other = min(
        n for n, s in enumerate(statuses) if s not in (LicenceStatus.VALID, LicenceStatus.SUSPENDED)
    )
    assert LicenceStatus.SUSPENDED in statuses[:first_other]
    assert licence_choices(register, "no", limit=7) == everything[:7]
    # "nor" is Norway, North Macedonia, Norfolk Island...: still only Norway's licences here.
    assert licence_choices(register, "nor", limit=500) == everything
    assert len(licence_choices(register, "LIC", limit=CASES + 10)) == CASES
