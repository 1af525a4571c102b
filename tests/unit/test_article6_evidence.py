"""Issue 12: an exemption path clears an Article 6(1) match only with the committee's evidence,
and Article 7 is the exporting State's obligation (asked for other transfers only by policy)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.article6 import record_from_match
from att_desktop.domain.assessment.model import (
    Article7Basis,
    AssessmentInput,
    Confirmation,
    EmbargoMatchRecord,
    Recommendation,
)
from att_desktop.domain.casefile import dump_assessment, parse_assessment
from att_desktop.domain.embargoes import (
    Effect,
    ExemptionKind,
    check,
    load_shipped_sets,
    parse_embargo_set,
)
from att_desktop.domain.enums import PartyType, TransferType
from att_desktop.services.assessment import result_as_json
from tests.unit.assessment_cases import clean_article6, complete, embargo_record

AS_AT = date(2026, 1, 15)  # clean_article6's screened_on: the decision date


def with_matches(*records: EmbargoMatchRecord) -> AssessmentInput:
    return complete(article6=replace(clean_article6(), embargo_matches=records))


def approval(**changes: object) -> EmbargoMatchRecord:
    record = embargo_record(
        Effect.PROHIBITED_WITHOUT_APPROVAL,
        confirmation=Confirmation.APPROVAL_OBTAINED,
        reasoning="Committee letter",
        exemption_paths=(ExemptionKind.APPROVAL,),
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def notified(**changes: object) -> EmbargoMatchRecord:
    record = embargo_record(
        Effect.NOTIFICATION_REQUIRED,
        confirmation=Confirmation.NOTIFIED,
        exemption_paths=(ExemptionKind.NOTIFICATION,),
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def test_art6_1_approval_obtained_without_committee_reference_still_prohibits() -> None:
    """Art. 6(1): "approval obtained" with no committee reference or date clears nothing."""
    for record in (
        approval(),
        approval(committee_reference="S/AC.47/2026/OC.3"),
        approval(committee_date=date(2026, 1, 5)),
    ):
        result = evaluate(with_matches(record))
        assert result.recommendation is Recommendation.DENY
        assert [(g.article, g.paragraph) for g in result.grounds] == [(6, 1)]
        assert "reference and date are not recorded" in result.grounds[0].explanation


def test_art6_1_approval_dated_after_the_decision_date_does_not_clear() -> None:
    """Art. 6(1): the approval must exist as at the decision date, not later."""
    record = approval(committee_reference="OC.3", committee_date=date(2026, 2, 1))
    result = evaluate(with_matches(record))
    assert result.recommendation is Recommendation.DENY
    assert "after the decision date 2026-01-15" in result.grounds[0].explanation


def test_art6_1_approval_with_reference_and_date_clears_and_is_recorded() -> None:
    """Art. 6(1): with the committee's reference and date the approval path is open."""
    record = approval(committee_reference="S/AC.47/2026/OC.3", committee_date=date(2026, 1, 5))
    result = evaluate(with_matches(record))
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert any("S/AC.47/2026/OC.3 of 2026-01-05" in n for n in result.notes)


def test_res_1591_para_7_darfur_region_match_accepts_an_approval_with_evidence() -> None:
    """S/RES/1591 (2005) para. 7: movements into Darfur need the 1591 Committee's prior
    approval; S/RES/1556 (2004) paras 7-9: the region-scope embargo. A Darfur match (region
    scope, needs confirmation) is cleared by a recorded approval, and only with its evidence."""
    match = next(
        m
        for m in check(
            load_shipped_sets(),
            country="SD",
            party_type=PartyType.GOVERNMENT,
            party_name="Sudanese Armed Forces",
            item_kinds=["VIII"],
            on_date=date(2025, 6, 1),
        )
        if m.embargo.id == "sd-1591"
    )
    record = record_from_match(match, "SAF")
    assert record.effect is Effect.NEEDS_CONFIRMATION
    assert ExemptionKind.APPROVAL in record.exemption_paths
    claimed = replace(record, confirmation=Confirmation.APPROVAL_OBTAINED)
    assert evaluate(with_matches(claimed)).recommendation is Recommendation.DENY
    evidenced = replace(claimed, committee_reference="S/AC.47/2025/1", committee_date=AS_AT)
    assert evaluate(with_matches(evidenced)).recommendation is Recommendation.AUTHORISE_POSSIBLE


def test_res_1591_region_match_without_an_approval_path_asks_rather_than_clears() -> None:
    """S/RES/1556 (2004) para. 7: non-State actors in Darfur have no approval path; an
    "approval obtained" on such a match is sent back to the officer, never cleared."""
    record = embargo_record(
        Effect.NEEDS_CONFIRMATION,
        confirmation=Confirmation.APPROVAL_OBTAINED,
        committee_reference="X",
        committee_date=AS_AT,
    )
    result = evaluate(with_matches(record))
    assert result.recommendation is Recommendation.INCOMPLETE
    assert any("no approval path" in m for m in result.missing)


def test_res_2713_notification_needs_reference_date_and_no_objection() -> None:
    """S/RES/2713 (2023) (Somalia: Annex A deliveries to federal member states go through the
    notification procedure) and S/RES/1807 (2008) para. 5 (advance notification): "notified"
    without the committee's reference and date, or with the waiting period not stated and no
    objection recorded, still prohibits (Art. 6(1))."""
    bare = evaluate(with_matches(notified()))
    assert bare.recommendation is Recommendation.DENY
    dated = notified(committee_reference="751/2026/12", committee_date=date(2026, 1, 2))
    result = evaluate(with_matches(dated))
    assert result.recommendation is Recommendation.DENY
    assert "no objection had been received" in result.grounds[0].explanation
    cleared = replace(dated, no_objection_on=date(2026, 1, 12))
    result = evaluate(with_matches(cleared))
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert any("no objection received by 2026-01-12" in n for n in result.notes)


def test_res_2713_notification_waiting_period_must_elapse_before_the_decision() -> None:
    """S/RES/2713 (2023) notification procedure: a waiting period stated in the entry must
    have elapsed without objection by the decision date (2026-01-15)."""
    early = notified(
        waiting_days=10,
        committee_reference="751/2026/12",
        committee_date=date(2026, 1, 10),
        no_objection_on=date(2026, 1, 14),
    )
    result = evaluate(with_matches(early))
    assert result.recommendation is Recommendation.DENY
    assert "10-day waiting period ends on 2026-01-20" in result.grounds[0].explanation
    elapsed = replace(early, committee_date=date(2026, 1, 2))
    assert evaluate(with_matches(elapsed)).recommendation is Recommendation.AUTHORISE_POSSIBLE
    no_objection_missing = replace(elapsed, no_objection_on=None)
    assert evaluate(with_matches(no_objection_missing)).recommendation is Recommendation.DENY


def test_res_1874_para_10_notification_without_waiting_period_clears_on_evidence() -> None:
    """An entry stating waiting_days 0 (notice alone suffices, e.g. S/RES/1874 (2009)
    para. 10's notice before supply) clears with the committee's reference and date."""
    record = notified(waiting_days=0, committee_reference="1718/2009/4", committee_date=AS_AT)
    assert evaluate(with_matches(record)).recommendation is Recommendation.AUTHORISE_POSSIBLE


def test_exemption_waiting_days_are_read_from_the_entry_and_copied_to_the_record() -> None:
    """The waiting period is the embargo entry's (S/RES/2713 (2023) notification procedure)."""
    raw = {
        "set": "t",
        "title": "T",
        "legal_basis_kind": "un_chapter_vii",
        "source": "test",
        "as_of": "2025-12-01",
        "enabled_by_default": True,
        "entries": [
            {
                "id": "so-test",
                "title": "Somalia (test)",
                "target": "SO",
                "scope": "country",
                "covers": "all_arms",
                "start": "2023-12-01",
                "direction": "to",
                "resolutions": [{"number": 2713, "date": "2023-12-01"}],
                "exemptions": [
                    {
                        "kind": "notification",
                        "beneficiary": "non_state",
                        "who": "2713 Committee",
                        "text": "Annex A items: notification procedure.",
                        "waiting_days": 5,
                    }
                ],
            }
        ],
    }
    embargo_set = parse_embargo_set(raw, source_name="t.json")
    assert embargo_set.entries[0].exemptions[0].waiting_days == 5
    (match,) = check(
        [embargo_set],
        country="SO",
        party_type=PartyType.COMMERCIAL,
        party_name="Puntland Maritime Police",
        item_kinds=["VIII"],
        on_date=AS_AT,
    )
    record = record_from_match(match)
    assert record.waiting_days == 5
    assert record.exemption_paths == (ExemptionKind.NOTIFICATION,)


def test_exemption_evidence_round_trips_through_the_case_file() -> None:
    """The evidence is part of the record (Art. 12) and of the case file format."""
    record = notified(
        waiting_days=5,
        committee_reference="751/2026/12",
        committee_date=date(2026, 1, 2),
        no_objection_on=date(2026, 1, 12),
    )
    inp = replace(
        with_matches(record),
        transfer_type=TransferType.BROKERING,
        article7_basis=Article7Basis.NATIONAL_POLICY,
    )
    data = dump_assessment(inp)
    match = data["article6"]["embargo_matches"][0]
    assert match["committee_reference"] == "751/2026/12"
    assert match["no_objection_on"] == "2026-01-12"
    assert parse_assessment(data) == inp


def test_art7_1_not_applicable_to_an_import_unless_national_policy_says_so() -> None:
    """Art. 7(1) binds the exporting State: for an import, Article 7 is not asked (the record
    says so), while Article 6 still applies to any transfer (Arts 2(2), 6)."""
    inp = AssessmentInput(
        article6=clean_article6(),
        transfer_type=TransferType.IMPORT,
        article7_basis=Article7Basis.NOT_APPLICABLE,
    )
    result = evaluate(inp)
    assert result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert result.article7_basis is Article7Basis.NOT_APPLICABLE
    assert any(n.startswith("Article 7 not applicable: import") for n in result.notes)
    assert result_as_json(result)["article7_basis"] == "not_applicable"
    policy = evaluate(replace(inp, article7_basis=Article7Basis.NATIONAL_POLICY))
    assert policy.recommendation is Recommendation.INCOMPLETE  # Article 7 must be answered
    assert "Article 7 assessed under national policy (import)." in policy.notes


def test_art6_1_prohibits_an_import_even_where_article7_is_not_applicable() -> None:
    """Art. 6(1) applies to "any transfer" (Art. 2(2)): an embargo match denies an import."""
    inp = AssessmentInput(
        article6=replace(clean_article6(), embargo_matches=(embargo_record(Effect.PROHIBITED),)),
        transfer_type=TransferType.IMPORT,
        article7_basis=Article7Basis.NOT_APPLICABLE,
    )
    result = evaluate(inp)
    assert result.recommendation is Recommendation.DENY
    assert [(g.article, g.paragraph) for g in result.grounds] == [(6, 1)]
