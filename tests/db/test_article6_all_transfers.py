"""Issue 12: Article 6 on every transfer type, Article 7 by national policy, the decision date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Application
from att_desktop.domain.application import LineItemInput, OrganisationInput, PartyInput
from att_desktop.domain.assessment.model import Article7Basis, AssessmentInput, Recommendation
from att_desktop.domain.embargoes import Effect
from att_desktop.domain.enums import PartyRole, PartyType, TransferType
from att_desktop.services.assessment import (
    apply_screen,
    article7_transfer_types,
    open_assessment,
    save_assessment,
    screen_article6,
    set_article7_transfer_types,
)
from att_desktop.services.decisions import decide
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.imports import (
    ImportAuthorisationInput,
    ImportProhibited,
    list_import_authorisations,
    record_import_authorisation,
)
from tests.db.assessment_helpers import assessed_and_completed, deny, register
from tests.unit.assessment_cases import clean_article6, complete


def _import(db: Database, exporting: str, issued: date) -> object:
    return record_import_authorisation(
        db,
        ImportAuthorisationInput(
            importer=OrganisationInput("National Police", "SE"),
            exporting_code=exporting,
            importing_code="SE",
            end_user=PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, "National Police", "SE"),
            items=(
                LineItemInput(
                    "Assault rifle 7.62 mm",
                    Decimal(500),
                    att_category="VIII.SA.4",
                    control_rating="ML1",
                ),
            ),
            issued_on=issued,
            valid_until=issued + timedelta(days=365),
        ),
    )


def test_art6_1_import_of_assault_rifles_from_the_dprk_is_refused(db: Database) -> None:
    """Art. 6(1) and 2(2): S/RES/1874 (2009) para. 9 forbids procuring arms from the DPRK;
    an import authorisation is screened on the "from" entries and refused, naming them."""
    with pytest.raises(ImportProhibited, match=r"Article 6\(1\) \[kp-from-1874\]") as refused:
        _import(db, "KP", date(2025, 11, 3))
    assert all(r.embargo_id.startswith("kp-from") for r in refused.value.records)
    assert list_import_authorisations(db) == ()
    with db.session() as session:  # nothing was written
        assert session.scalars(select(Application)).first() is None


def test_art6_import_from_an_unembargoed_state_is_recorded_with_its_screen(
    db: Database,
) -> None:
    """Art. 6 applies to the import; Art. 7(1) does not (the record says both)."""
    view = _import(db, "DE", date(2025, 11, 3))
    assert [v.licence_number for v in list_import_authorisations(db)] == [
        view.licence_number  # type: ignore[attr-defined]
    ]
    from att_desktop.services.decisions import get_decision

    decision = get_decision(db, view.application_id)  # type: ignore[attr-defined]
    assert decision is not None
    assert "Article 6 screen as at 2025-11-03: no embargo prohibits" in decision.rationale
    assert "Article 7 not applicable: import" in decision.rationale


def _transit_case(db: Database) -> int:
    case = register(db, "BR", transfer_type=TransferType.TRANSIT, exporting_code="DE")
    return case.id


def test_art7_1_not_asked_for_transit_unless_national_policy_says_so(db: Database) -> None:
    """Art. 7(1) binds the exporting State: a transit case is screened under Article 6 and,
    by default, Article 7 is not applicable; the authority's policy can ask for it."""
    case_id = _transit_case(db)
    state = open_assessment(db, case_id)
    assert state.input.article7_basis is Article7Basis.NOT_APPLICABLE
    assert state.input.transfer_type is TransferType.TRANSIT
    assert any(n.startswith("Article 7 not applicable: transit") for n in state.result.notes)
    screened = apply_screen(
        AssessmentInput(article6=clean_article6()),
        screen_article6(db, case_id, on_date=date(2026, 4, 1)),
        date(2026, 4, 1),
    )
    saved = save_assessment(db, state.assessment_id, screened, decision_date=date(2026, 4, 1))
    assert saved.result.recommendation is Recommendation.AUTHORISE_POSSIBLE

    assert set_article7_transfer_types(db, {TransferType.TRANSIT}) == {TransferType.TRANSIT}
    assert article7_transfer_types(db) == {TransferType.TRANSIT}
    again = save_assessment(
        db, saved.assessment_id, replace(saved.input), decision_date=date(2026, 4, 2)
    )
    assert again.input.article7_basis is Article7Basis.NATIONAL_POLICY
    assert again.result.recommendation is Recommendation.INCOMPLETE  # Article 7 now asked
    assert "Article 7 assessed under national policy (transit)." in again.result.notes


def test_decision_date_in_the_future_or_before_receipt_is_refused(db: Database) -> None:
    """The screen is made as at the decision date (Art. 6): it cannot be a date whose law is
    not known yet, nor one before the application existed."""
    case = register(db)  # received 2026-03-02
    state = open_assessment(db, case.id)
    tomorrow = date.today() + timedelta(days=1)
    for bad, words in ((tomorrow, "in the future"), (date(2026, 3, 1), "before the application")):
        with pytest.raises(ValidationFailed) as refused:
            save_assessment(db, state.assessment_id, complete(), decision_date=bad)
        assert refused.value.errors[0].field == "decision_date"
        assert words in refused.value.errors[0].text("en")
    assessed_and_completed(db, case.id, complete())
    with pytest.raises(ValidationFailed) as late:
        decide(db, case.id, deny(on=tomorrow))
    assert late.value.errors[0].field == "decided_on"


def test_art6_1_new_decision_date_rescreens_dropping_and_adding_matches(db: Database) -> None:
    """Art. 6(1) as at the decision date: S/RES/1572 (2004) (Côte d'Ivoire) was lifted by
    S/RES/2283 (2016) on 28 April 2016. Moving the date past the lifting drops the match;
    moving it back adds it again."""
    case = register(db, "CI", received_on=date(2016, 3, 1))
    state = open_assessment(db, case.id)
    before = date(2016, 4, 1)
    screened = apply_screen(complete(), screen_article6(db, case.id, on_date=before), before)
    saved = save_assessment(db, state.assessment_id, screened, decision_date=before)
    assert any(m.embargo_id == "ci-1572" for m in saved.input.article6.embargo_matches)
    assert saved.result.recommendation is Recommendation.DENY
    after = date(2016, 5, 10)
    moved = save_assessment(db, state.assessment_id, saved.input, decision_date=after)
    assert moved.input.article6.screened_on == after
    assert not any(m.embargo_id == "ci-1572" for m in moved.input.article6.embargo_matches)
    assert moved.result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    back = save_assessment(db, state.assessment_id, moved.input, decision_date=before)
    assert any(m.embargo_id == "ci-1572" for m in back.input.article6.embargo_matches)
    assert back.result.recommendation is Recommendation.DENY


def test_art6_1_transit_and_brokering_out_of_the_dprk_are_screened_on_the_from_entries(
    db: Database,
) -> None:
    """Art. 6(1) and 2(2): S/RES/1874 (2009) para. 9 forbids procuring any arms from the DPRK;
    a transit or brokered transfer from it to an unembargoed State is prohibited too."""
    for transfer in (TransferType.TRANSIT, TransferType.BROKERING):
        case = register(db, "BR", transfer_type=transfer, exporting_code="KP")
        records = screen_article6(db, case.id, on_date=date(2026, 4, 1))
        prohibiting = [r for r in records if r.effect is Effect.PROHIBITED]
        assert [r.embargo_id for r in prohibiting] == ["kp-from-1874"], transfer
        assert "Exporting State KP" in prohibiting[0].party
    export = register(db, "BR", exporting_code="KP")  # an export is screened on "to" entries
    assert not screen_article6(db, export.id, on_date=date(2026, 4, 1))
