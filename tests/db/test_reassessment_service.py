"""Article 7(7): embargo data updates and new destination information flag valid licences."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Note
from att_desktop.domain.embargoes import shipped_embargo_dir
from att_desktop.domain.enums import LicenceStatus
from att_desktop.services.assessment import (
    affected_licences,
    list_embargo_sets,
    load_embargo_update,
    record_destination_information,
    record_reassessment,
)
from att_desktop.services.decisions import (
    DecisionRefusedError,
    change_licence_status,
    decide,
    get_licence,
)
from att_desktop.services.errors import ServiceError
from tests.conftest import FreshSqlite
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.unit.assessment_cases import complete

NEW_EMBARGO_START = "2026-06-01"


def un_file(tmp_path: Path, *, as_of: str = "2026-12-01", extra: Any = None) -> Path:
    """The shipped UN set, re-verified later, with one new (fictional) embargo on Brazil."""
    raw = json.loads((shipped_embargo_dir() / "un_security_council.json").read_text("utf-8"))
    raw["as_of"] = as_of
    raw["entries"].append(
        extra
        or {
            "id": "br-test",
            "title": "Brazil (fictional test embargo)",
            "target": "BR",
            "scope": "country",
            "covers": "all_arms",
            "start": NEW_EMBARGO_START,
            "end": None,
            "direction": "to",
            "resolutions": [{"number": 9999, "date": NEW_EMBARGO_START}],
            "sources": ["test fixture"],
        }
    )
    path = tmp_path / "un_update.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def licence_to(db: Database, destination: str) -> tuple[int, int]:
    case = register(db, destination)
    assessed_and_completed(db, case.id, complete())
    detail = decide(db, case.id, authorise(db, case.id))
    return case.id, detail.licences[0].id


def test_new_embargo_flags_a_valid_licence_and_blocks_it(db: Database, tmp_path: Path) -> None:
    _, licence_id = licence_to(db, "BR")
    licence_to(db, "NO")
    assert affected_licences(db, date(2026, 5, 1)) == []

    update = load_embargo_update(db, un_file(tmp_path))
    assert update.added == ("br-test",) and update.removed == ()
    assert update.previous_as_of is not None and update.as_of == date(2026, 12, 1)
    info = {s.id: s for s in list_embargo_sets(db)}["un_security_council"]
    assert info.updated and info.as_of == date(2026, 12, 1)

    # Before it starts: flagged because it starts while the licence is valid.
    before = affected_licences(db, date(2026, 5, 1))
    assert [a.licence_id for a in before] == [licence_id]
    assert before[0].prohibited
    assert "In force from 2026-06-01" in before[0].reasons[0].text
    after = affected_licences(db, date(2026, 7, 1))
    assert [a.licence_id for a in after] == [licence_id]  # not the licence to NO

    with pytest.raises(ServiceError, match="cannot stand"):
        record_reassessment(db, licence_id, conclusion="Fine", on_date=date(2026, 7, 1))
    lic = get_licence(db, licence_id)
    suspended = change_licence_status(
        db,
        licence_id,
        LicenceStatus.SUSPENDED,
        reason="New UN arms embargo",
        expected_version=lic.version,
    )
    assert affected_licences(db, date(2026, 7, 1)) == []  # only valid licences are listed
    with pytest.raises(ServiceError, match="cannot be reinstated"):
        change_licence_status(
            db,
            licence_id,
            LicenceStatus.VALID,
            reason="Try",
            expected_version=suspended.version,
            on_date=date(2026, 7, 1),
        )


def test_decision_rescreens_as_at_the_decision_date(db: Database, tmp_path: Path) -> None:
    load_embargo_update(db, un_file(tmp_path))
    case = register(db, "BR")
    assessed_and_completed(db, case.id, complete())  # screened 2026-04-01: no embargo yet
    on = date(2026, 7, 1)
    with pytest.raises(DecisionRefusedError, match="br-test"):
        decide(db, case.id, authorise(db, case.id, on))


def test_bad_or_older_embargo_files_are_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="older than the data in use"):
        load_embargo_update(db, un_file(tmp_path, as_of="2020-01-01"))
    broken = {"id": "x", "title": "X", "target": "BR", "scope": "country", "covers": "all_arms"}
    with pytest.raises(ServiceError, match=r"entry 'x', field 'start': is missing"):
        load_embargo_update(db, un_file(tmp_path, extra=broken))
    assert not any(s.updated for s in list_embargo_sets(db))


def test_destination_information_flags_licences_until_reassessed(db: Database) -> None:
    case_id, licence_id = licence_to(db, "NO")
    licence_to(db, "BR")
    affected = record_destination_information(
        db,
        "NO",
        "Credible reports that the end-user unit committed serious abuses.",
        ["OHCHR report A/HRC/61/12"],
        on_date=date(2026, 5, 1),
    )
    assert [a.licence_id for a in affected] == [licence_id]
    assert affected[0].reasons[0].kind == "information" and not affected[0].prohibited
    with db.session() as session:
        notes = session.scalars(select(Note.text).where(Note.application_id == case_id)).all()
    assert len(notes) == 1 and "Article 7(7)" in notes[0]
    assert (
        record_destination_information(db, "IS", "Unrelated news", on_date=date(2026, 5, 1)) == []
    )

    record_reassessment(
        db, licence_id, conclusion="The unit is not the end user.", on_date=date(2026, 5, 2)
    )
    assert affected_licences(db, date(2026, 5, 2)) == []
    history = [e.action for e in get_licence(db, licence_id).history]
    assert history == ["licence_issued", "reassessed"]
    with pytest.raises(ServiceError):
        record_destination_information(db, "ZZ", "text")


def test_imported_authorisation_is_rescreened_against_this_registers_embargo_data(
    fresh_sqlite: FreshSqlite, db: Database, tmp_path: Path
) -> None:
    from att_desktop.db.engine import open_database
    from att_desktop.services.case_files import CaseImportError, export_case, import_case

    case_id, _ = licence_to(db, "BR")
    data = export_case(db, case_id)
    data["decision"]["decided_on"] = "2026-07-01"
    data["decision"]["licence"]["valid_from"] = "2026-07-01"
    other = open_database(fresh_sqlite(tmp_path / "other.sqlite3"))
    try:
        load_embargo_update(other, un_file(tmp_path))
        with pytest.raises(CaseImportError, match=r"decision.outcome: .*br-test"):
            import_case(other, data)
        data["decision"]["decided_on"] = data["decision"]["licence"]["valid_from"] = "2026-05-01"
        assert import_case(other, data).licences[0].number == "LIC/2026/00001"
    finally:
        other.close()


def test_prohibiting_embargoes_stop_shipments_from_the_embargo_start(
    db: Database, tmp_path: Path
) -> None:
    from att_desktop.services.reassessment import prohibiting_embargoes

    _, licence_id = licence_to(db, "BR")
    _, other = licence_to(db, "NO")
    load_embargo_update(db, un_file(tmp_path))
    with db.session() as session:
        assert prohibiting_embargoes(session, licence_id, date(2026, 5, 31)) == ()
        found = prohibiting_embargoes(session, licence_id, date(2026, 6, 1))
        assert [r.key.split(":")[1] for r in found] == ["br-test"]
        assert prohibiting_embargoes(session, other, date(2026, 6, 1)) == ()
