"""The authority's mitigation policy (Art. 7(2), 11(2)): a setting, off by default, stamped on
each assessment when it is saved, whatever the answers (or a case file) claimed."""

from __future__ import annotations

from dataclasses import replace

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import (
    AssessmentInput,
    Criterion,
    KindPolicy,
    MitigationKind,
    MitigationMeasure,
    RiskLevel,
    RiskLink,
)
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.mitigation_policy import mitigation_policy, set_mitigation_policy
from tests.db.assessment_helpers import assess, register
from tests.unit.assessment_cases import complete, finding

REASON = "The clause names the unit the UN report cites."


def _reasoned_clause() -> AssessmentInput:
    findings = tuple(
        (c, finding(RiskLevel.SUBSTANTIAL if c is Criterion.B_II else RiskLevel.LOW))
        for c in (Criterion.A, Criterion.B_I, Criterion.B_II, Criterion.B_III, Criterion.B_IV)
    )
    clause = MitigationMeasure(
        "M1",
        MitigationKind.RE_EXPORT_CLAUSE,
        "No re-export",
        (RiskLink(Criterion.B_II, True, "Signed.", kind_reason=REASON),),
    )
    return complete(article7=findings, mitigation=(clause,))


def test_art_7_2_answers_claiming_a_laxer_policy_are_saved_under_the_authoritys(
    db: Database,
) -> None:
    """Strict by default: an input (or an imported file) that claims the officer-reason
    policy is saved under the register's own, so the reason does not count."""
    assert mitigation_policy(db) is KindPolicy.TREATY_KINDS_ONLY
    claimed = replace(_reasoned_clause(), mitigation_policy=KindPolicy.OFFICER_REASON)
    state = assess(db, register(db).id, claimed)
    assert state.input.mitigation_policy is KindPolicy.TREATY_KINDS_ONLY
    b_ii = next(r for r in state.result.criteria if r.criterion is Criterion.B_II)
    assert b_ii.mitigated_by == ()


def test_art_7_2_under_the_officer_reason_policy_the_reason_counts(db: Database) -> None:
    set_mitigation_policy(db, KindPolicy.OFFICER_REASON, actor=LOCAL_OFFICER)
    state = assess(db, register(db).id, _reasoned_clause())
    assert state.input.mitigation_policy is KindPolicy.OFFICER_REASON
    b_ii = next(r for r in state.result.criteria if r.criterion is Criterion.B_II)
    assert b_ii.mitigated_by == ("M1",)
    assert any(REASON in n for n in state.result.notes)
