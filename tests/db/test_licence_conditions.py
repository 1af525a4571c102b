"""Conditions carried through: the committee's and the mitigation's conditions reach the licence.

A case is assessed with a GBV risk that is "not overriding" only because a training measure
reliably reduces it; the foreign-affairs ministry approves with a condition. The decider is
proposed both (with their origins), and the licence and its PDF carry them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Event
from att_desktop.domain.application import LineItemInput
from att_desktop.domain.assessment.model import AssessmentInput, Criterion, RiskLevel
from att_desktop.domain.enums import DecisionOutcome, OpinionKind
from att_desktop.formats.pdf_common import MARGIN_BOTTOM, MARGIN_TOP, PAGE_SIZE
from att_desktop.services import cases, committee, documents
from att_desktop.services.assessment import (
    apply_screen,
    complete_assessment,
    open_assessment,
    save_assessment,
    screen_article6,
)
from att_desktop.services.conditions import (
    DEFAULT_CONDITIONS,
    ConditionOrigin,
    set_standard_conditions,
    standard_conditions,
)
from att_desktop.services.decisions import DecisionInput, decide, get_decision, suggested_terms
from att_desktop.services.dto import UserSession
from att_desktop.services.permissions import PermissionDenied
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.db.assessment_helpers import DECISION_DAY, gbv_case
from tests.factories import application, end_user
from tests.unit.assessment_cases import complete, finding, measure

__all__ = ["committee_db", "committee_template"]

MFA_CONDITION = "Post-shipment on-site verification within 12 months of delivery"
TRAINING = "Training and vetting programme agreed with the importer"  # tests.unit's measure


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def assessed(
    db: Database, officer: UserSession, inp: AssessmentInput, items: tuple[LineItemInput, ...] = ()
) -> int:
    """A case the officer registered (with ``items``, or the factory's), assessed with ``inp``
    and completed."""
    actor = officer.actor
    extra = {"items": items} if items else {}
    registered = application(destination_code="BR", parties=(end_user("MoD", "BR"),), **extra)
    case = cases.create_application(db, registered, actor=actor)
    state = open_assessment(db, case.id, actor=actor)
    screened = apply_screen(inp, screen_article6(db, case.id, on_date=DECISION_DAY), DECISION_DAY)
    saved = save_assessment(
        db, state.assessment_id, screened, decision_date=DECISION_DAY, actor=actor
    )
    complete_assessment(db, saved.assessment_id, actor=actor)
    return case.id


def through_committee(db: Database, people: Committee, case_id: int, mfa_conditions: str) -> None:
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    committee.record_opinion(
        db,
        people.mfa_member,
        case_id,
        committee.OpinionInput(
            OpinionKind.APPROVE_WITH_CONDITIONS, "Known ministry.", mfa_conditions
        ),
    )
    committee.record_opinion(
        db, people.mod_member, case_id, committee.OpinionInput(OpinionKind.APPROVE, "No concerns.")
    )


def test_committee_and_mitigation_conditions_are_proposed_and_end_up_on_the_licence(
    committee_db: Database, people: Committee, tmp_path: Path
) -> None:
    db = committee_db
    case_id = assessed(db, people.officer, gbv_case(reliable=True))
    through_committee(db, people, case_id, f"{MFA_CONDITION}\n\n• Annual end-use report")

    terms = suggested_terms(db, case_id, valid_from=DECISION_DAY)
    by_origin = {
        origin: [(p.text, p.source, p.criteria) for p in terms.proposed if p.origin is origin]
        for origin in ConditionOrigin
    }
    assert by_origin[ConditionOrigin.COMMITTEE] == [
        (MFA_CONDITION, "MFA — Ministry of Foreign Affairs", ()),
        ("Annual end-use report", "MFA — Ministry of Foreign Affairs", ()),
    ]
    assert by_origin[ConditionOrigin.MITIGATION] == [(TRAINING, "", (Criterion.GBV,))]
    assert by_origin[ConditionOrigin.REQUIRED] == []
    assert [t for t, _, _ in by_origin[ConditionOrigin.STANDARD]] == list(DEFAULT_CONDITIONS)
    # The groups come in their order, and the flat list is what a licence is issued with.
    assert [p.origin for p in terms.proposed] == sorted(
        (p.origin for p in terms.proposed), key=list(ConditionOrigin).index
    )
    assert terms.conditions == tuple(p.text for p in terms.proposed)

    decision = DecisionInput(
        DecisionOutcome.AUTHORISE, DECISION_DAY, "Mitigated; the committee agrees.", licence=terms
    )
    detail = decide(db, case_id, decision, actor=people.decider.actor)
    view = get_decision(db, case_id)
    assert view is not None and view.licence is not None
    assert view.licence.conditions == terms.conditions
    assert {MFA_CONDITION, TRAINING} <= set(view.licence.conditions)

    path = tmp_path / "licence.pdf"
    documents.write_decision(db, detail, view, path, "en")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)
    for condition in view.licence.conditions:
        assert condition in text
    assert view.licence.valid_until.strftime("%Y") in text


def test_only_current_opinions_and_measures_that_lowered_a_risk_are_proposed(
    committee_db: Database, people: Committee
) -> None:
    db = committee_db
    unreliable = measure(Criterion.A, False, "m2")
    inp = replace(
        gbv_case(reliable=True),
        mitigation=(measure(Criterion.GBV, True), replace(unreliable, description="Unreliable")),
    )
    case_id = assessed(db, people.officer, inp)
    through_committee(db, people, case_id, "A condition later withdrawn")
    committee.record_opinion(  # MFA changes its mind: the earlier opinion is superseded
        db,
        people.mfa_member,
        case_id,
        committee.OpinionInput(
            OpinionKind.APPROVE_WITH_CONDITIONS,
            "Reconsidered.",
            # Said twice: once as the standard condition, once as a new one of its own.
            f"{DEFAULT_CONDITIONS[0]}\nQuarterly reporting",
        ),
    )
    proposed = suggested_terms(db, case_id, valid_from=DECISION_DAY).proposed
    texts = [p.text for p in proposed]
    assert "A condition later withdrawn" not in texts
    assert "Unreliable" not in texts  # judged unreliable: it lowered nothing
    assert texts.count(DEFAULT_CONDITIONS[0]) == 1  # the committee's asking wins the origin
    committee_texts = [p.text for p in proposed if p.origin is ConditionOrigin.COMMITTEE]
    assert committee_texts == [DEFAULT_CONDITIONS[0], "Quarterly reporting"]
    assert [p.text for p in proposed if p.origin is ConditionOrigin.MITIGATION] == [TRAINING]


def test_a_measure_that_did_not_stop_an_overriding_risk_is_not_proposed(
    committee_db: Database, people: Committee
) -> None:
    db = committee_db
    inp = complete(
        article7=tuple(
            (c, finding(RiskLevel.SUBSTANTIAL if c is Criterion.A else RiskLevel.LOW))
            for c in (Criterion.A, Criterion.B_I, Criterion.B_II, Criterion.B_III, Criterion.B_IV)
        ),
        mitigation=(measure(Criterion.A, True),),
    )
    case_id = assessed(db, people.officer, inp)
    proposed = suggested_terms(db, case_id, valid_from=DECISION_DAY).proposed
    assert [(p.text, p.criteria) for p in proposed if p.origin is ConditionOrigin.MITIGATION] == [
        (TRAINING, (Criterion.A,))
    ]
    # Overriding even after the measure (the GBV case with an unreliable one): nothing relied on.
    denied = assessed(db, people.officer, gbv_case(reliable=False))
    proposed = suggested_terms(db, denied, valid_from=DECISION_DAY).proposed
    assert not [p for p in proposed if p.origin is ConditionOrigin.MITIGATION]


def test_the_administrator_sets_the_standard_conditions_and_they_are_proposed(
    committee_db: Database, people: Committee
) -> None:
    db = committee_db
    assert standard_conditions(db) == DEFAULT_CONDITIONS
    with pytest.raises(PermissionDenied):
        set_standard_conditions(db, ("Officer's own",), actor=people.officer.actor)
    set_standard_conditions(
        db,
        ("  Deliver by sea only. ", "", "Deliver by sea only.", "Report each shipment."),
        actor=people.admin.actor,
    )
    assert standard_conditions(db) == ("Deliver by sea only.", "Report each shipment.")
    with db.session() as session:
        event = session.scalars(select(Event).order_by(Event.id.desc()).limit(1)).one()
        assert event.action == "setting_changed" and event.actor_name == "Ana Admin"
        assert event.before == {"licence_standard_conditions": list(DEFAULT_CONDITIONS)}
        assert event.after == {
            "licence_standard_conditions": ["Deliver by sea only.", "Report each shipment."]
        }

    case_id = assessed(db, people.officer, complete())
    terms = suggested_terms(db, case_id, valid_from=DECISION_DAY)
    assert terms.conditions == ("Deliver by sea only.", "Report each shipment.")
    # A licence issued with no conditions at all gets the authority's standard ones.
    decide(
        db,
        case_id,
        DecisionInput(
            DecisionOutcome.AUTHORISE,
            DECISION_DAY,
            "No risk.",
            licence=replace(terms, conditions=(), valid_until=date(2027, 1, 1)),
        ),
        actor=people.decider.actor,
    )
    view = get_decision(db, case_id)
    assert view is not None and view.licence is not None
    assert view.licence.conditions == ("Deliver by sea only.", "Report each shipment.")

    set_standard_conditions(db, (), actor=people.admin.actor)  # none at all is a choice too
    assert standard_conditions(db) == ()


def test_a_long_list_of_conditions_flows_onto_further_pages_in_full(
    committee_db: Database, people: Committee, tmp_path: Path
) -> None:
    db = committee_db
    case_id = assessed(db, people.officer, complete())
    terms = suggested_terms(db, case_id, valid_from=DECISION_DAY)
    many = tuple(
        f"Condition {n}: the end user reports every transfer, loss, theft or destruction of "
        "the items to the licensing authority within 30 days, with the serial numbers "
        f"concerned, and allows on-site verification on request (ref. C-{n:02d})."
        for n in range(1, 41)
    )
    decision = DecisionInput(
        DecisionOutcome.AUTHORISE,
        DECISION_DAY,
        "Authorised with the conditions agreed.",
        licence=replace(terms, conditions=many),
    )
    detail = decide(db, case_id, decision, actor=people.decider.actor)
    view = get_decision(db, case_id)
    assert view is not None and view.licence is not None
    for language in ("en", "zh_CN"):
        path = tmp_path / f"licence-{language}.pdf"
        documents.write_decision(db, detail, view, path, language)
        pages = PdfReader(path).pages
        assert len(pages) > 1
        # The body of each page, without its header and footer: a condition's row may be
        # split across a page break, and must then read on, whole, on the next page.
        text = " ".join(" ".join(_body_text(p).split()) for p in pages)
        for condition in many:  # each one whole, the last on a later page
            assert condition in text, condition
        assert "(ref. C-40)" not in " ".join((pages[0].extract_text() or "").split())


def _body_text(page: PageObject) -> str:
    """The text drawn between the page's top and bottom margins (not the running header
    and footer)."""
    parts: list[str] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        y = tm[5] * cm[3] + cm[5]
        if MARGIN_BOTTOM - 1 <= y <= PAGE_SIZE[1] - MARGIN_TOP + 1:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return "".join(parts)
