"""Issue 14: the gender adviser is asked once GBV steps 1 and 2 are yes, answers, and the
consultation is in My work, the history, the completion rule and the assessment record."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Event
from att_desktop.domain.enums import AssessmentStatus
from att_desktop.services import cases
from att_desktop.services.assessment import complete_assessment, current_assessment
from att_desktop.services.audit import verify_chain
from att_desktop.services.documents import write_assessment
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.euc_checks import EucCheckInput, EucResult, record_euc_check
from att_desktop.services.gbv_consultation import (
    OPTIONAL,
    ConsultationMissing,
    Consulted,
    ConsultedKind,
    answer_consultation,
    ask_consultation,
    consultations,
    gender_advisers,
    set_consultation_policy,
)
from att_desktop.services.my_work import my_work
from att_desktop.services.permissions import PermissionDenied
from att_desktop.services.work_items import WorkReason
from tests.db.gbv_helpers import assessed, team

QUESTION = "Is conflict-related sexual violence by the receiving unit documented?"


def _gbv_items(db: Database, person: object) -> list[str]:
    return [
        w.reference
        for w in my_work(db, person)  # type: ignore[arg-type]
        if w.reason is WorkReason.GBV_CONSULTATION_AWAITED
    ]


def test_asked_only_once_steps_1_and_2_are_yes(db: Database) -> None:
    people = team(db, second_adviser=False)
    case_id, _ = assessed(db, people.officer, serious=False)
    with pytest.raises(ServiceError, match="steps 1 and 2"):
        ask_consultation(db, people.officer, case_id, QUESTION)
    assert consultations(db, case_id) == ()


def test_the_adviser_answers_and_my_work_follows(db: Database) -> None:
    people = team(db)
    case_id, _ = assessed(db, people.officer, serious=True)
    reference = cases.get_case(db, case_id).reference
    asked = ask_consultation(db, people.officer, case_id, QUESTION, adviser_id=people.grace.user_id)
    assert asked.open and asked.adviser == people.grace.full_name
    assert asked.asked_by == people.officer.full_name
    # Named: in Grace's My work, not in the other adviser's nor the officer's.
    assert _gbv_items(db, people.grace) == [reference]
    assert _gbv_items(db, people.gita) == []
    assert _gbv_items(db, people.officer) == []
    with pytest.raises(ServiceError, match="already asked"):
        ask_consultation(db, people.officer, case_id, "Another question")
    # An officer cannot answer: only the gender adviser.
    with pytest.raises(PermissionDenied, match="Only the gender adviser"):
        answer_consultation(db, people.officer, asked.id, "Yes.")
    consulted = (
        Consulted("Women's Rights Network", ConsultedKind.WOMENS_ORGANISATION, date(2026, 3, 2)),
        Consulted("Dr Amal Haddad", ConsultedKind.GBV_EXPERT),
    )
    answered = answer_consultation(
        db, people.grace, asked.id, "Documented in 2025 reports.", consulted=consulted
    )
    assert not answered.open and answered.answered_by == people.grace.full_name
    assert answered.consulted == consulted
    assert _gbv_items(db, people.grace) == []
    with pytest.raises(ServiceError, match="never changed"):
        answer_consultation(db, people.gita, asked.id, "Changed my mind.")
    history = [e.action for e in cases.get_case(db, case_id).history]
    assert "gbv_consultation_asked" in history and "gbv_consultation_answered" in history
    assert verify_chain(db).ok


def test_an_answer_is_recorded_only_by_a_named_gender_adviser(db: Database) -> None:
    """On a database without accounts anyone may act, but nobody would be named as the
    adviser who answered: the answer is refused and the question stays open."""
    anonymous = SimpleNamespace(actor=LOCAL_OFFICER)
    case_id, _ = assessed(db, anonymous, serious=True)  # type: ignore[arg-type]
    asked = ask_consultation(db, LOCAL_OFFICER, case_id, QUESTION)
    with pytest.raises(ServiceError, match="answered by a named gender adviser"):
        answer_consultation(db, LOCAL_OFFICER, asked.id, "Documented in 2025 reports.")
    (still,) = consultations(db, case_id)
    assert still.open and still.answer == "" and still.answered_by == ""
    with db.session() as session:
        answered = session.scalar(
            select(Event.id).where(Event.action == "gbv_consultation_answered")
        )
    assert answered is None


def test_any_adviser_sees_an_open_question(db: Database) -> None:
    people = team(db)
    case_id, _ = assessed(db, people.officer, serious=True)
    ask_consultation(db, people.officer, case_id, QUESTION)
    reference = cases.get_case(db, case_id).reference
    assert _gbv_items(db, people.grace) == [reference] == _gbv_items(db, people.gita)


def test_bad_questions_and_answers_are_refused_with_what_to_fix(db: Database) -> None:
    people = team(db, second_adviser=False)
    case_id, _ = assessed(db, people.officer, serious=True)
    with pytest.raises(ValidationFailed) as caught:
        ask_consultation(db, people.officer, case_id, "  ", adviser_id=people.officer.user_id)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"question", "adviser"}
    asked = ask_consultation(db, people.officer, case_id, QUESTION)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationFailed) as caught:
        answer_consultation(
            db,
            people.grace,
            asked.id,
            "",
            answered_on=tomorrow,
            consulted=(Consulted(" ", consulted_on=tomorrow),),
        )
    assert {e.field for e in caught.value.errors} == {"answer", "answered_on", "consulted.1"}


def test_completion_needs_the_answer_while_an_adviser_exists(db: Database) -> None:
    people = team(db, second_adviser=False)
    case_id, state = assessed(db, people.officer, serious=True)
    with pytest.raises(ConsultationMissing, match="gender adviser must be consulted"):
        complete_assessment(db, state.assessment_id, actor=people.officer.actor)
    asked = ask_consultation(db, people.officer, case_id, QUESTION)
    with pytest.raises(ConsultationMissing, match="has not answered"):
        complete_assessment(db, state.assessment_id, actor=people.officer.actor)
    answer_consultation(db, people.grace, asked.id, "Documented; weigh it in step 4.")
    done = complete_assessment(db, state.assessment_id, actor=people.officer.actor)
    assert done.status is AssessmentStatus.COMPLETE


def test_optional_setting_completes_with_a_note(db: Database) -> None:
    people = team(db, second_adviser=False)
    _case_id, state = assessed(db, people.officer, serious=True)
    with pytest.raises(PermissionDenied):
        set_consultation_policy(db, people.officer, OPTIONAL)
    set_consultation_policy(db, people.admin, OPTIONAL)
    complete_assessment(db, state.assessment_id, actor=people.officer.actor)
    with db.session() as session:
        done = session.scalars(select(Event).where(Event.action == "assessment_completed")).one()
    assert done.after is not None and "optional" in done.after["gbv_consultation"]


def test_without_any_gender_adviser_completion_is_noted_not_refused(db: Database) -> None:
    people = team(db, second_adviser=False)
    from att_desktop.services import accounts

    accounts.deactivate_user(db, people.admin, people.grace.user_id, reason="Left")
    assert gender_advisers(db) == ()
    _case_id, state = assessed(db, people.officer, serious=True)
    complete_assessment(db, state.assessment_id, actor=people.officer.actor)
    with db.session() as session:
        done = session.scalars(select(Event).where(Event.action == "assessment_completed")).one()
    assert done.after is not None and "no active account" in done.after["gbv_consultation"]


def test_the_consultation_is_printed_in_the_assessment_record(db: Database, tmp_path: Path) -> None:
    people = team(db, second_adviser=False)
    case_id, _ = assessed(db, people.officer, serious=True)
    asked = ask_consultation(db, people.officer, case_id, QUESTION)
    answer_consultation(
        db,
        people.grace,
        asked.id,
        "Documented in 2025 reports.",
        consulted=(Consulted("Women's Rights Network", ConsultedKind.WOMENS_ORGANISATION),),
    )
    record_euc_check(
        db,
        people.officer,
        case_id,
        EucCheckInput(
            "MOD-2025-117",
            "Ministry of Defence",
            "Legal office, by telephone",
            date.today(),
            EucResult.NOT_AUTHENTIC,
        ),
    )
    state = current_assessment(db, case_id)
    assert state is not None
    path = tmp_path / "record.pdf"
    write_assessment(db, cases.get_case(db, case_id), state, None, path, "en")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Gender-based violence consultation" in text
    assert QUESTION in text and "Documented in 2025 reports." in text
    assert "Women's Rights Network, women's organisation" in text
    assert people.grace.full_name in text and people.officer.full_name in text
    assert "End-user certificate checks" in text
    assert "EUC number MOD-2025-117: the issuing authority says the certificate is NOT" in text
