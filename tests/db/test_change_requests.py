"""Issue 14: re-export, re-transfer and change requests on a licence, decided like a decision."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from att_desktop.db.engine import Database
from att_desktop.db.models import Signature
from att_desktop.i18n import translate
from att_desktop.services.change_requests import (
    ChangeKind,
    ChangeRequestRefused,
    RequestedLine,
    RequestStatus,
    decide_request,
    get_request,
    list_requests,
    may_decide,
    record_request,
    verify_change_request_signatures,
)
from att_desktop.services.decisions import decide, get_licence
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.history import case_history as _case_history
from att_desktop.services.my_work import my_work
from att_desktop.services.permissions import FourEyesViolation, PermissionDenied
from att_desktop.services.work_items import WorkReason
from tests.accounts_helpers import Committee, assessed_case, committee_db, committee_template
from tests.db.assessment_helpers import authorise

__all__ = ["committee_db", "committee_template"]  # fixtures used by name

RECEIVED = date(2026, 5, 4)


def case_history(db: Database, application_id: int) -> tuple[Any, ...]:
    with db.session() as session:
        return _case_history(session, application_id)


@pytest.fixture
def db(committee_db: Database) -> Database:
    return committee_db


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


@pytest.fixture
def licence_id(db: Database, people: Committee) -> int:
    case_id = assessed_case(db, people.officer)
    detail = decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    return detail.licences[0].id


def re_export(
    db: Database,
    people: Committee,
    licence_id: int,
    country: str = "AR",
    party: str = "Policía Federal",
) -> int:
    return record_request(
        db,
        licence_id,
        kind="re_export",
        requested_by="importing_state",
        received_on=RECEIVED,
        details="The armed forces transfer surplus rifles to a partner's police.",
        new_country_code=country,
        new_party_name=party,
        documents=("Note verbale 12/2026",),
        actor=people.officer,
    ).id


def test_a_request_is_recorded_and_consented_with_history_and_signature(
    db: Database, people: Committee, licence_id: int
) -> None:
    request_id = re_export(db, people, licence_id)
    view = get_request(db, request_id)
    assert view.status is RequestStatus.PENDING and view.kind is ChangeKind.RE_EXPORT
    assert view.recorded_by == "Officer" and view.documents == ("Note verbale 12/2026",)
    assert [line.quantity for line in view.lines] == [Decimal(100)]  # every line in full
    assert view.prohibitions == ()

    # The deciders' My work lists it; the officer's does not.
    items = [
        i for i in my_work(db, people.decider) if i.reason is WorkReason.CHANGE_REQUEST_AWAITED
    ]
    assert len(items) == 1 and "Re-export" in items[0].detail and "AR" in items[0].detail
    assert not [
        i for i in my_work(db, people.officer) if i.reason is WorkReason.CHANGE_REQUEST_AWAITED
    ]

    decided = decide_request(
        db,
        request_id,
        consent=True,
        reasoning="Argentina is not under embargo; the police use is lawful.",
        conditions=("Delivery verification certificate within 90 days", " "),
        actor=people.decider,
    )
    assert decided.status is RequestStatus.CONSENTED and decided.decided_by == "Decider"
    assert decided.conditions == ("Delivery verification certificate within 90 days",)
    assert decided.decided_on == date.today() and decided.signed
    assert list_requests(db, licence_id=licence_id, pending_only=True) == ()
    assert [r.id for r in list_requests(db, application_id=decided.application_id)] == [request_id]
    assert not [
        i for i in my_work(db, people.decider) if i.reason is WorkReason.CHANGE_REQUEST_AWAITED
    ]

    actions = [e.action for e in case_history(db, decided.application_id)]
    assert "change_request_recorded" in actions and "change_request_consented" in actions
    consent = next(
        e
        for e in case_history(db, decided.application_id)
        if e.action == "change_request_consented"
    )
    assert consent.reason.startswith("Argentina is not under embargo")
    licence_actions = [e.action for e in get_licence(db, licence_id).history]
    assert "licence_change_consented" in licence_actions

    with db.session() as session:
        assert verify_change_request_signatures(session) == []
        signature = session.scalars(
            select(Signature).where(Signature.kind == "change_request")
        ).one()
        assert signature.subject_id == request_id

    with pytest.raises(ServiceError, match="already consented"):
        decide_request(
            db, request_id, consent=False, reasoning="changed mind", actor=people.decider
        )


def test_a_re_export_to_an_embargoed_state_cannot_be_consented_but_can_be_refused(
    db: Database, people: Committee, licence_id: int
) -> None:
    request_id = re_export(db, people, licence_id, country="KP")
    assert get_request(db, request_id).prohibitions  # shown before anyone decides
    with pytest.raises(ChangeRequestRefused, match="Article 6"):
        decide_request(db, request_id, consent=True, reasoning="Requested", actor=people.decider)
    assert get_request(db, request_id).status is RequestStatus.PENDING
    refused = decide_request(
        db,
        request_id,
        consent=False,
        reasoning="UN arms embargo on the DPRK.",
        actor=people.decider,
    )
    assert refused.status is RequestStatus.REFUSED and refused.reasoning.startswith("UN arms")
    assert "change_request_refused" in [e.action for e in case_history(db, refused.application_id)]


def test_a_re_export_naming_no_recipient_meets_an_embargo_on_non_state_actors(
    db: Database, people: Committee, licence_id: int
) -> None:
    """Resolution 1701 bars arms to anyone in Lebanon the government has not authorised: a
    re-export naming only the State could go to such a party, so it cannot be consented to
    as if the recipient were the government (it was, before)."""
    request_id = re_export(db, people, licence_id, country="LB", party="")
    assert any("1701" in p for p in get_request(db, request_id).prohibitions)
    with pytest.raises(ChangeRequestRefused, match="Article 6"):
        decide_request(db, request_id, consent=True, reasoning="Requested", actor=people.decider)


def test_four_eyes_and_rights(db: Database, people: Committee, licence_id: int) -> None:
    request_id = re_export(db, people, licence_id)
    for who in (people.officer, people.admin, people.mfa_member, people.focal):
        with pytest.raises(PermissionDenied):
            decide_request(db, request_id, consent=True, reasoning="ok", actor=who)
    with pytest.raises(PermissionDenied, match="licence follow-up"):
        re_export_by(db, people.decider, licence_id)
    # Recorded by the focal point: the decider, who had no hand in it, may decide it.
    by_focal = re_export_by(db, people.focal, licence_id)
    assert may_decide(db, people.decider, by_focal) is None
    why = may_decide(db, people.officer, by_focal)
    assert why is not None and "deciding authority" in translate(why, "en")
    assert "autorité" in translate(why, "fr")


def re_export_by(db: Database, who: object, licence_id: int) -> int:
    return record_request(
        db,
        licence_id,
        kind=ChangeKind.CHANGE_END_USE,
        requested_by="end_user",
        received_on=RECEIVED,
        details="The rifles go to the training school instead of the border units.",
        proposed_change="Training of recruits",
        actor=who,  # type: ignore[arg-type]
    ).id


def test_whoever_worked_on_the_case_or_the_request_may_not_decide_it(
    db: Database, people: Committee
) -> None:
    from att_desktop.domain.enums import Role
    from att_desktop.services import accounts
    from tests.accounts_helpers import make_user

    case_id = assessed_case(db, people.officer)
    licence_id = (
        decide(db, case_id, authorise(db, case_id), actor=people.decider.actor).licences[0].id
    )
    request_id = re_export(db, people, licence_id)
    clerk = make_user(db, people.admin, "clerk", Role.LICENSING_OFFICER)
    by_clerk = re_export_by(db, clerk, licence_id)
    # Promoted to the deciding authority: the officer who assessed the case may decide
    # neither request, the clerk may not decide the one they recorded.
    for who in (people.officer, clerk):
        accounts.change_role(
            db, people.admin, who.user_id, Role.DECIDING_AUTHORITY, None, "promoted"
        )
    with pytest.raises(FourEyesViolation, match="You registered"):
        decide_request(db, request_id, consent=True, reasoning="ok", actor=people.officer)
    with pytest.raises(FourEyesViolation, match="You recorded this request"):
        decide_request(db, by_clerk, consent=True, reasoning="ok", actor=clerk)
    assert decide_request(db, request_id, consent=True, reasoning="ok", actor=clerk).signed
    other = make_user(db, people.admin, "second.decider", Role.DECIDING_AUTHORITY)
    assert decide_request(db, by_clerk, consent=False, reasoning="no", actor=other).status is (
        RequestStatus.REFUSED
    )


def test_bad_requests_say_what_to_fix(db: Database, people: Committee, licence_id: int) -> None:
    lines = get_licence(db, licence_id).lines
    with pytest.raises(ValidationFailed) as caught:
        record_request(
            db,
            licence_id,
            kind="sell_it",
            requested_by="someone",
            received_on=date.today() + timedelta(days=3),
            details=" ",
            actor=people.officer,
        )
    fields = {e.field for e in caught.value.errors}
    assert {"kind", "requested_by", "received_on", "details"} <= fields

    with pytest.raises(ValidationFailed) as caught:
        record_request(
            db,
            licence_id,
            kind="re_export",
            requested_by="exporter",
            received_on=RECEIVED,
            details="Resale",
            new_country_code="ZZ",
            lines=(RequestedLine(lines[0].id, Decimal(1000)), RequestedLine(999, Decimal(1))),
            actor=people.officer,
        )
    messages = " ".join(str(e) for e in caught.value.errors)
    assert "'ZZ' is not a known country code" in messages
    assert "exceeds the 100 licensed" in messages and "is not a line of licence" in messages

    with pytest.raises(ValidationFailed, match="re-transfer stays in BR"):
        record_request(
            db,
            licence_id,
            kind="re_transfer",
            requested_by="end_user",
            received_on=RECEIVED,
            details="To the navy",
            new_country_code="AR",
            new_party_name="Navy",
            actor=people.officer,
        )
    with pytest.raises(ValidationFailed, match="name the proposed new end user"):
        record_request(
            db,
            licence_id,
            kind="change_end_user",
            requested_by="end_user",
            received_on=RECEIVED,
            details="Reorganisation",
            actor=people.officer,
        )
    request_id = re_export(db, people, licence_id)
    with pytest.raises(ValidationFailed, match="reasoning"):
        decide_request(db, request_id, consent=True, reasoning=" ", actor=people.decider)
    with pytest.raises(ValidationFailed, match="conditions go with a consent"):
        decide_request(
            db, request_id, consent=False, reasoning="No", conditions=("x",), actor=people.decider
        )


def test_a_partial_re_transfer_keeps_the_destination(
    db: Database, people: Committee, licence_id: int
) -> None:
    line = get_licence(db, licence_id).lines[0]
    view = record_request(
        db,
        licence_id,
        kind="re_transfer",
        requested_by="importing_state",
        received_on=RECEIVED,
        details="Ten rifles to the federal police.",
        new_party_name="Polícia Federal",
        lines=(RequestedLine(line.id, Decimal(10)),),
        actor=people.officer,
    )
    assert view.new_country_code == "BR" and view.lines[0].quantity == Decimal(10)
    assert view.lines[0].description == line.description


def test_a_decision_changed_behind_the_apps_back_no_longer_verifies(
    db: Database, people: Committee, licence_id: int
) -> None:
    request_id = re_export(db, people, licence_id)
    decide_request(db, request_id, consent=False, reasoning="Not now.", actor=people.decider)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE licence_change_requests SET status = 'consented' WHERE id = :id"),
            {"id": request_id},
        )
    with db.session() as session:
        problems = verify_change_request_signatures(session)
    assert len(problems) == 1 and "changed after it was signed" in problems[0].what


def test_a_consent_is_printed_as_a_letter(
    db: Database, people: Committee, licence_id: int, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from att_desktop.services.change_consent import consent_letter_name, write_consent_letter

    request_id = re_export(db, people, licence_id)
    with pytest.raises(ServiceError, match="no consent letter"):
        write_consent_letter(db, request_id, tmp_path / "x.pdf", "en")
    view = decide_request(
        db,
        request_id,
        consent=True,
        reasoning="Lawful police use.",
        conditions=("Delivery verification certificate within 90 days",),
        actor=people.decider,
    )
    assert consent_letter_name(view) == f"LIC-2026-00001-consent-{request_id}.pdf"
    for language in ("en", "zh_CN"):
        path = write_consent_letter(db, request_id, tmp_path / f"{language}.pdf", language)
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        text = " ".join(text.split())
        assert "LIC/2026/00001" in text and "Policía Federal" in text
        assert "Delivery verification certificate within 90 days" in text and "Decider" in text
    assert "Re-export under licence LIC/2026/00001" in " ".join(
        " ".join(p.extract_text() for p in PdfReader(tmp_path / "en.pdf").pages).split()
    )
