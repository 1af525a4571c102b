"""Denial criteria of the national framework (issue 16): the shipped EU set and loaded sets,
the active set, criteria recorded with a denial (in the history and the row digests), printed
in the denial letter, and migration 0018."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, select

from att_desktop.db.engine import Database, current_revision, head_revision, open_database
from att_desktop.db.models import Decision, Event
from att_desktop.services import cases
from att_desktop.services.criteria_sets import (
    active_criteria_set,
    list_criteria_sets,
    load_criteria_set,
    set_active_criteria_set,
)
from att_desktop.services.decisions import decide, denial_criteria, get_decision
from att_desktop.services.errors import ServiceError, ValidationFailed
from tests.db.assessment_helpers import assessed_and_completed, authorise, deny, gbv_case, register
from tests.db.test_migrations import _downgrade_to
from tests.unit.assessment_cases import complete

EU = "eu-cp-2008-944"


def _denied_case(db: Database) -> int:
    case = register(db)
    assessed_and_completed(db, case.id, gbv_case(reliable=False))
    return case.id


def test_the_eu_set_ships_and_no_set_is_active_until_the_authority_chooses(db: Database) -> None:
    sets = list_criteria_sets(db)
    assert [s.set_id for s in sets] == [EU]
    assert sets[0].codes() == tuple("12345678")
    assert "human rights" in sets[0].text("2")
    assert "droits de l’homme" in sets[0].text("2", "fr")
    assert active_criteria_set(db) is None
    case_id = _denied_case(db)
    decide(db, case_id, deny())  # no set active: the treaty's grounds are enough
    decision = get_decision(db, case_id)
    assert decision is not None and decision.criteria == ()


def test_a_denial_must_cite_a_criterion_of_the_active_set_and_stores_it(db: Database) -> None:
    set_active_criteria_set(db, EU)
    case_id = _denied_case(db)
    with pytest.raises(ValidationFailed) as refused:
        decide(db, case_id, deny())
    assert [e.field for e in refused.value.errors] == ["criteria"]
    with pytest.raises(ValidationFailed, match="9: not a criterion"):
        decide(db, case_id, deny(criteria=("9",)))
    decide(db, case_id, deny(criteria=("7", "2")))
    decision = get_decision(db, case_id)
    assert decision is not None and decision.criteria == ("2", "7")
    assert decision.criteria_set is not None and decision.criteria_set.set_id == EU
    with db.session() as s:
        assert denial_criteria(s, [case_id, 999]) == {case_id: ("2", "7")}
        row = s.scalars(select(Decision)).one()
        assert row.denial_criteria == {"set": EU, "codes": ["2", "7"]}
        event = s.scalars(select(Event).where(Event.action == "decided")).one()
        assert event.after["denial_criteria"] == {"set": EU, "codes": ["2", "7"]}
        assert f"decisions/{row.id}" in (event.rows_sha256 or {})


def test_authorising_needs_no_criterion(db: Database) -> None:
    set_active_criteria_set(db, EU)
    case = register(db)
    assessed_and_completed(db, case.id, complete())
    decide(db, case.id, authorise(db, case.id))
    decision = get_decision(db, case.id)
    assert decision is not None and decision.criteria == ()


def test_the_denial_letter_prints_the_criteria_in_its_language(
    db: Database, tmp_path: Path
) -> None:
    from att_desktop.formats.pdf_denial import write_denial_letter
    from att_desktop.services.documents import denial_letter_from_decision

    set_active_criteria_set(db, EU)
    case_id = _denied_case(db)
    decide(db, case_id, deny(criteria=("2",)))
    decision = get_decision(db, case_id)
    assert decision is not None
    detail = cases.get_case(db, case_id)
    for language, needle in (("en", "Criterion 2: Respect for human rights"), ("fr", "Critère 2")):
        out = tmp_path / f"letter-{language}.pdf"
        data = denial_letter_from_decision(detail, decision, authority="Export Control Agency")
        write_denial_letter(data, out, language=language)
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
        assert needle in text, language


def test_a_national_set_is_loaded_checked_and_chosen(db: Database, tmp_path: Path) -> None:
    national = {
        "format": "att-desktop-criteria-set",
        "version": 1,
        "set": "xx-export-act-2020",
        "title": "Export Control Act 2020, section 12",
        "source": "Export Control Act 2020",
        "as_of": "2020-01-01",
        "criteria": [{"code": "a", "text": "Risk to national security"}],
    }
    path = tmp_path / "national.json"
    path.write_text(json.dumps(national), encoding="utf-8")
    loaded = load_criteria_set(db, path)
    assert [s.set_id for s in list_criteria_sets(db)] == [EU, "xx-export-act-2020"]
    set_active_criteria_set(db, loaded.set_id)
    active = active_criteria_set(db)
    assert active is not None and active.text("a", "fr") == "Risk to national security"
    broken = dict(national, criteria=[{"code": "a"}])
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ServiceError, match=r"national\.json: criterion 1: field 'text'"):
        load_criteria_set(db, path)
    path.write_text(json.dumps(dict(national, set=EU)), encoding="utf-8")
    with pytest.raises(ServiceError, match="ships with the program"):
        load_criteria_set(db, path)
    with pytest.raises(ServiceError, match="no denial criteria set"):
        set_active_criteria_set(db, "nope")


def test_a_0017_database_gains_denial_criteria_and_its_history_still_holds(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0018: decisions made before it get ``{}`` and every digest still matches."""
    from att_desktop.db import row_digest
    from att_desktop.db.engine import make_engine, to_url
    from att_desktop.services.audit import verify_all

    db = open_database(db_url)
    with monkeypatch.context() as before:
        # As the release before 0018 wrote them: their digests know nothing of the column.
        before.setitem(row_digest.SEALED, "decisions", frozenset({"denial_criteria"}))
        case_id = _denied_case(db)
        decide(db, case_id, deny())
    db.close()
    _downgrade_to(db_url, "0017")
    probe = make_engine(to_url(db_url))
    try:
        assert current_revision(probe) == "0017"
        with probe.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("decisions")}
        assert "denial_criteria" not in columns
    finally:
        probe.dispose()
    upgraded = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == head_revision()
        with upgraded.session() as session:
            assert session.scalars(select(Decision.denial_criteria)).all() == [{}]
        report = verify_all(upgraded)
        assert report.ok and report.rows_checked > 0, [str(p) for p in report.problems]
    finally:
        upgraded.close()


def test_the_assessment_record_and_the_letter_written_by_the_app_print_the_criteria(
    db: Database, tmp_path: Path
) -> None:
    from att_desktop.services.assessment import current_assessment
    from att_desktop.services.documents import write_assessment, write_decision

    set_active_criteria_set(db, EU)
    case_id = _denied_case(db)
    decide(db, case_id, deny(criteria=("4", "7")))
    decision = get_decision(db, case_id)
    state = current_assessment(db, case_id)
    assert decision is not None and state is not None
    detail = cases.get_case(db, case_id)
    record, letter = tmp_path / "record.pdf", tmp_path / "letter.pdf"
    write_assessment(db, detail, state, decision, record, "en")
    write_decision(db, detail, decision, letter, "es")
    record_text = " ".join(" ".join(p.extract_text() for p in PdfReader(record).pages).split())
    assert "Criterion 4: Preservation of regional peace" in record_text
    assert "Criterion 7: Existence of a risk" in record_text
    letter_text = " ".join(" ".join(p.extract_text() for p in PdfReader(letter).pages).split())
    assert "Criterio 7" in letter_text
