"""The assessment service: the Article 6 screen from case data, saving, completing, revising."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import AssessmentFinding, Event
from att_desktop.db.models import MitigationMeasure as MitigationRow
from att_desktop.domain.assessment.model import (
    AssessmentInput,
    Confirmation,
    Criterion,
    EmbargoMatchRecord,
    Recommendation,
    RiskLevel,
)
from att_desktop.domain.embargoes import Effect
from att_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
)
from att_desktop.services import cases
from att_desktop.services.assessment import (
    AssessmentIncomplete,
    apply_screen,
    complete_assessment,
    current_assessment,
    enabled_embargo_sets,
    new_revision,
    open_assessment,
    save_assessment,
    screen_article6,
    set_enabled_embargo_sets,
)
from att_desktop.services.errors import ConcurrentEditError, ServiceError
from tests.db.assessment_helpers import DECISION_DAY, assess, gbv_case, register
from tests.factories import ammunition, end_user, item
from tests.unit.assessment_cases import complete, finding, measure


def worst(records: tuple[EmbargoMatchRecord, ...]) -> dict[str, Effect]:
    """The most severe effect per embargo (records come most severe first)."""
    found: dict[str, Effect] = {}
    for r in records:
        found.setdefault(r.embargo_id, r.effect)
    return found


def test_open_creates_one_draft_and_starts_the_assessment(db: Database) -> None:
    case = register(db)
    first = open_assessment(db, case.id)
    again = open_assessment(db, case.id)
    assert first.assessment_id == again.assessment_id
    assert first.revision == 1 and first.status is AssessmentStatus.DRAFT
    assert first.result.recommendation is Recommendation.INCOMPLETE
    detail = cases.get_case(db, case.id)
    assert detail.status is CaseStatus.UNDER_ASSESSMENT
    assert [e.action for e in detail.history] == [
        "created",
        "assessment_started",
        "status_changed",
    ]


def test_full_un_embargo_destination_is_prohibited_whatever_the_mitigation(db: Database) -> None:
    case = register(db, "KP", parties=(end_user("Ministry of People's Armed Forces", "KP"),))
    records = screen_article6(db, case.id, on_date=DECISION_DAY)
    prohibiting = [r for r in records if r.effect is Effect.PROHIBITED]
    assert [r.embargo_id for r in prohibiting] == ["kp-2270-to"]
    assert "Destination KP" in prohibiting[0].party
    assert "End user: Ministry of People's Armed Forces (government, KP)" in prohibiting[0].party

    reliable_everywhere = complete(
        mitigation=tuple(measure(c, True, f"m{n}") for n, c in enumerate(Criterion))
    )
    state = assess(db, case.id, reliable_everywhere)
    assert state.result.recommendation is Recommendation.DENY
    assert [(g.article, g.paragraph, g.criterion) for g in state.result.grounds] == [
        (6, 1, "kp-2270-to")
    ]
    assert any("no mitigation lifts" in n for n in state.result.notes)


def test_ammunition_only_export_to_an_embargoed_state_is_prohibited(db: Database) -> None:
    case = register(
        db,
        "KP",
        parties=(end_user("Korea Mining Development", "KP", party_type=PartyType.COMMERCIAL),),
        items=(ammunition(),),
    )
    state = assess(db, case.id, complete())
    assert state.result.recommendation is Recommendation.DENY
    assert state.result.grounds[0].paragraph == 1


def test_parts_are_screened_against_a_category_limited_embargo(db: Database) -> None:
    """Haiti 2023-24 (S/RES/2699) covered small arms and ammunition: parts of a tank did not
    match, ammunition for a commercial buyer did."""
    on = date(2024, 1, 15)
    buyer = end_user("Port-au-Prince Security SA", "HT", party_type=PartyType.COMMERCIAL)
    tank_parts = item(
        description="Track assemblies",
        att_category=None,
        not_reportable_reason=NotReportableReason.PARTS_COMPONENTS,
    )
    parts_case = register(db, "HT", parties=(buyer,), items=(tank_parts,))
    ammo_case = register(db, "HT", parties=(buyer,), items=(ammunition(),))
    parts = worst(screen_article6(db, parts_case.id, on_date=on))
    ammo = worst(screen_article6(db, ammo_case.id, on_date=on))
    assert parts.get("ht-2699") is Effect.NOT_APPLICABLE
    assert ammo["ht-2699"] is Effect.PROHIBITED


def test_non_state_embargo_with_government_end_user_lets_article7_proceed(db: Database) -> None:
    case = register(db, "LB", parties=(end_user("Lebanese Armed Forces", "LB"),))
    records = screen_article6(db, case.id, on_date=DECISION_DAY)
    assert worst(records) == {"lb-1701": Effect.NOT_APPLICABLE}
    state = assess(db, case.id, complete())
    assert state.result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert not state.result.grounds

    militia = register(
        db, "LB", parties=(end_user("Hypothetical Militia", "LB", party_type=PartyType.COMMERCIAL),)
    )
    effects = worst(screen_article6(db, militia.id, on_date=DECISION_DAY))
    assert effects["lb-1701"] is Effect.PROHIBITED_WITHOUT_APPROVAL


def test_screen_covers_consignees_brokers_and_transit_states(db: Database) -> None:
    case = register(
        db,
        "NO",
        parties=(
            end_user(),
            end_user(
                "Juba Logistics",
                "SS",
                role=PartyRole.INTERMEDIATE_CONSIGNEE,
                party_type=PartyType.COMMERCIAL,
            ),
        ),
        transit_codes=("IR",),
    )
    records = screen_article6(db, case.id, on_date=DECISION_DAY)
    by_id = {r.embargo_id: r for r in records}
    assert "Intermediate consignee: Juba Logistics" in by_id["ss-2428"].party
    assert by_id["ss-2428"].effect is Effect.PROHIBITED
    assert by_id["ir-snapback-to"].party == "Transit State IR"


def test_screen_is_made_as_at_the_decision_date(db: Database) -> None:
    case = register(db, "CI", parties=(end_user("Forces armées de Côte d'Ivoire", "CI"),))
    in_2010 = worst(screen_article6(db, case.id, on_date=date(2010, 1, 4)))
    assert in_2010 == {"ci-1572": Effect.PROHIBITED_WITHOUT_APPROVAL}
    assert screen_article6(db, case.id, on_date=DECISION_DAY) == ()


def test_optional_regional_sets_apply_once_the_authority_enables_them(db: Database) -> None:
    case = register(db, "VE", parties=(end_user("Ejército Bolivariano", "VE"),))
    assert screen_article6(db, case.id, on_date=DECISION_DAY) == ()
    assert enabled_embargo_sets(db) == ("un_security_council",)
    # The UN set cannot be switched off, even if left out.
    applied = set_enabled_embargo_sets(db, ["regional_optional"])
    assert set(applied) == {"regional_optional", "un_security_council"}
    records = screen_article6(db, case.id, on_date=DECISION_DAY)
    assert [(r.embargo_id, r.legal_basis_kind.article6_paragraph) for r in records] == [
        ("eu-venezuela-2017", 2)
    ]
    with pytest.raises(ServiceError, match="Unknown embargo set"):
        set_enabled_embargo_sets(db, ["no-such-set"])


def test_rescreen_keeps_the_officers_confirmations(db: Database) -> None:
    case = register(db, "LB", parties=(end_user("Lebanese Armed Forces", "LB"),))
    records = screen_article6(db, case.id, on_date=DECISION_DAY)
    confirmed = apply_screen(AssessmentInput(), records, DECISION_DAY)
    match = confirmed.article6.embargo_matches[0]
    from dataclasses import replace

    edited = replace(
        confirmed.article6,
        embargo_matches=(replace(match, confirmation=Confirmation.DOES_NOT_APPLY, reasoning="x"),),
    )
    again = apply_screen(replace(confirmed, article6=edited), records, date(2026, 5, 1))
    assert again.article6.screened_on == date(2026, 5, 1)
    assert again.article6.embargo_matches[0].confirmation is Confirmation.DOES_NOT_APPLY


def test_save_stores_json_mirrors_rows_and_records_before_after(db: Database) -> None:
    case = register(db)
    state = assess(db, case.id, gbv_case(reliable=False))
    assert state.result.recommendation is Recommendation.DENY
    with db.session() as session:
        rows = {
            f.criterion: f
            for f in session.scalars(
                select(AssessmentFinding).where(
                    AssessmentFinding.assessment_id == state.assessment_id
                )
            )
        }
        assert rows["art7_1_b_ii"].finding == "low"
        assert rows["gbv_step_4"].finding == "overriding_before_mitigation"
        assert rows["art7_1_a"].sources[0]["title"] == "Panel of Experts report"
        measures = session.scalars(
            select(MitigationRow).where(MitigationRow.assessment_id == state.assessment_id)
        ).all()
        assert [(m.kind, m.addresses, m.reliably_reduces) for m in measures] == [
            ("training", ["gbv"], False)
        ]
    # Taking the measure out marks its row withdrawn (rows are never deleted).
    saved = save_assessment(
        db,
        state.assessment_id,
        complete(article7=((Criterion.A, finding(RiskLevel.LOW)),)),
        decision_date=DECISION_DAY,
    )
    with db.session() as session:
        kinds = session.scalars(
            select(MitigationRow.kind).where(MitigationRow.assessment_id == state.assessment_id)
        ).all()
        assert kinds == ["withdrawn"]
        saves = session.scalars(
            select(Event).where(Event.action == "assessment_saved").order_by(Event.id)
        ).all()
    assert len(saves) == 2
    assert saves[-1].before is not None and "mitigation" in saves[-1].before
    assert saves[-1].after is not None and saves[-1].after["mitigation"] == []
    assert saved.result.recommendation is Recommendation.INCOMPLETE


def test_incomplete_assessment_cannot_be_completed(db: Database) -> None:
    case = register(db)
    state = open_assessment(db, case.id)
    with pytest.raises(AssessmentIncomplete) as caught:
        complete_assessment(db, state.assessment_id)
    assert any("article6.screen" in m for m in caught.value.missing)
    assert "Still missing" in str(caught.value)


def test_complete_assessment_is_frozen_and_a_new_revision_keeps_it(db: Database) -> None:
    case = register(db)
    state = assess(db, case.id, complete())
    done = complete_assessment(db, state.assessment_id)
    assert done.status is AssessmentStatus.COMPLETE
    with pytest.raises(ServiceError, match="can no longer be edited"):
        save_assessment(db, done.assessment_id, complete(), decision_date=DECISION_DAY)
    with pytest.raises(ServiceError, match="Say why"):
        new_revision(db, case.id, "  ")
    second = new_revision(db, case.id, "New NGO report on the end user")
    assert second.revision == 2 and second.status is AssessmentStatus.DRAFT
    assert second.input == done.input  # the officer revises, not re-enters
    current = current_assessment(db, case.id)
    assert current is not None and current.assessment_id == second.assessment_id
    from att_desktop.services.assessment import get_assessment

    assert get_assessment(db, done.assessment_id).status is AssessmentStatus.SUPERSEDED


def test_stale_assessment_save_is_refused(db: Database) -> None:
    case = register(db)
    opened = open_assessment(db, case.id)
    saved = save_assessment(
        db,
        opened.assessment_id,
        complete(),
        decision_date=DECISION_DAY,
        expected_updated_at=opened.updated_at,
    )
    # The state a save returns is good for the next save (the wizard saves step by step).
    save_assessment(
        db,
        opened.assessment_id,
        AssessmentInput(),
        decision_date=DECISION_DAY,
        expected_updated_at=saved.updated_at,
    )
    with pytest.raises(ConcurrentEditError):
        save_assessment(
            db,
            opened.assessment_id,
            complete(),
            decision_date=None,
            expected_updated_at=opened.updated_at,
        )


def test_case_without_items_cannot_be_screened(db: Database) -> None:
    case = register(db)
    with db.session() as session:
        from att_desktop.db.models import LineItem

        for line in session.scalars(select(LineItem).where(LineItem.application_id == case.id)):
            line.superseded = True
    with pytest.raises(ServiceError, match="no line items"):
        screen_article6(db, case.id, on_date=DECISION_DAY)
