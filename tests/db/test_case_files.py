"""The JSON case file: export, import into another register, and strict all-or-nothing checks."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application
from att_desktop.domain.enums import CaseStatus, LicenceStatus
from att_desktop.services.assessment import current_assessment
from att_desktop.services.case_files import CaseImportError, export_case, import_case
from att_desktop.services.decisions import decide, get_decision
from tests.conftest import FreshSqlite
from tests.db.assessment_helpers import assessed_and_completed, authorise, deny, gbv_case, register
from tests.factories import ammunition, item


def _without_volatile(data: dict[str, Any]) -> dict[str, Any]:
    """Fields that legitimately differ between two registers (who imported it)."""
    out = copy.deepcopy(data)
    if out.get("decision"):
        out["decision"].pop("decided_by", None)
    return out


@pytest.fixture
def other_db(fresh_sqlite: FreshSqlite, tmp_path: Path) -> Any:
    database = open_database(fresh_sqlite(tmp_path / "other.sqlite3"))
    yield database
    database.close()


def test_authorised_case_round_trips_into_another_register(
    db: Database, other_db: Database
) -> None:
    case = register(db, items=(item(), ammunition()), transit_codes=("DK",))
    assessed_and_completed(db, case.id, gbv_case(reliable=True))
    decide(db, case.id, authorise(db, case.id))
    exported = export_case(db, case.id)
    text = json.dumps(exported)  # plain JSON all the way down
    assert exported["decision"]["licence"]["number"] == "LIC/2026/00001"
    assert exported["result"]["recommendation"] == "authorise_possible"

    imported = import_case(other_db, json.loads(text))
    assert imported.reference == case.reference and imported.status is CaseStatus.AUTHORISED
    assert [i.quantity for i in imported.items] == [i.quantity for i in case.items]
    decision = get_decision(other_db, imported.id)
    assert decision is not None and decision.licence is not None
    assert decision.licence.number == "LIC/2026/00001"
    state = current_assessment(other_db, imported.id)
    assert state is not None and state.input == current_assessment(db, case.id).input  # type: ignore[union-attr]
    assert _without_volatile(export_case(other_db, imported.id)) == _without_volatile(exported)
    # The licence counter moved past the imported number.
    second = register(other_db)
    assessed_and_completed(other_db, second.id, gbv_case(reliable=True))
    assert decide(other_db, second.id, authorise(other_db, second.id)).licences[0].number == (
        "LIC/2026/00002"
    )


def test_denied_case_round_trips(db: Database, other_db: Database) -> None:
    case = register(db)
    assessed_and_completed(db, case.id, gbv_case(reliable=False))
    decide(db, case.id, deny())
    imported = import_case(other_db, export_case(db, case.id))
    assert imported.status is CaseStatus.DENIED
    decision = get_decision(other_db, imported.id)
    assert decision is not None
    assert {(g.article, g.paragraph) for g in decision.grounds} == {(7, 4), (7, 3)}


def test_denied_grounds_keep_their_shape_and_must_cite_numbers(
    db: Database, other_db: Database
) -> None:
    case = register(db)
    assessed_and_completed(db, case.id, gbv_case(reliable=False))
    decide(db, case.id, deny())
    exported = export_case(db, case.id)
    assert all(
        set(g) == {"article", "paragraph", "criterion", "explanation"}
        and all(isinstance(v, str) for v in g.values())
        for g in exported["decision"]["grounds"]
    )
    imported = import_case(other_db, copy.deepcopy(exported))
    assert _without_volatile(export_case(other_db, imported.id)) == _without_volatile(exported)

    exported["decision"]["grounds"][0]["article"] = "VII"
    exported["decision"]["grounds"][1]["paragraph"] = "three"
    with pytest.raises(CaseImportError) as caught:
        import_case(other_db, exported, new_reference=True)
    problems = "\n".join(caught.value.problems)
    assert "decision.grounds[0].article: must be a whole number" in problems
    assert "decision.grounds[1].paragraph: must be a whole number" in problems


def test_import_refuses_a_decision_the_engine_does_not_allow(
    db: Database, other_db: Database
) -> None:
    case = register(db)
    assessed_and_completed(db, case.id, gbv_case(reliable=True))
    decide(db, case.id, authorise(db, case.id))
    data = export_case(db, case.id)
    data["assessment"]["mitigation"][0]["links"][0]["reliably_reduces"] = (
        False  # now an overriding risk
    )
    with pytest.raises(CaseImportError) as caught:
        import_case(other_db, data)
    assert caught.value.problems[0].startswith("decision.outcome: An authorisation would")
    with other_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0


def test_import_names_every_bad_field_and_writes_nothing(db: Database) -> None:
    case = register(db)
    data = export_case(db, case.id)
    data["application"]["reference"] = "EXP/2026/00099"
    data["application"]["destination_code"] = "XX"
    data["items"][0]["quantity"] = "lots"
    data["parties"][0]["role"] = "buyer"
    data["parties"][0]["colour"] = "red"
    data["decision"] = {"outcome": "authorise", "decided_on": "2026-04-01", "rationale": "ok"}
    with pytest.raises(CaseImportError) as caught:
        import_case(db, data)
    problems = "\n".join(caught.value.problems)
    for expected in (
        "items[0].quantity: 'lots' is not a number",
        "application.destination_code: choose the final importing State",
        "parties[0].role: 'buyer' is not one of",
        "parties[0].colour: unknown field",
        "decision.licence: an authorisation needs its licence",
        "decision: a decision needs the assessment it rests on",
    ):
        assert expected in problems
    assert "items[0].quantity: the quantity" not in problems  # reported once, as malformed
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 1


def test_import_keeps_or_replaces_the_reference(db: Database) -> None:
    case = register(db)
    data = export_case(db, case.id)
    with pytest.raises(CaseImportError, match="already in this register"):
        import_case(db, data)
    copy_ = import_case(db, data, new_reference=True)
    assert copy_.reference == "EXP/2026/00002" and copy_.status is CaseStatus.SUBMITTED
    assert [e.action for e in copy_.history] == ["imported"]


def test_suspended_licence_status_is_kept(db: Database, other_db: Database) -> None:
    case = register(db)
    assessed_and_completed(db, case.id, gbv_case(reliable=True))
    decide(db, case.id, authorise(db, case.id))
    data = export_case(db, case.id)
    data["decision"]["licence"]["status"] = "suspended"
    imported = import_case(other_db, data)
    assert imported.licences[0].status is LicenceStatus.SUSPENDED
