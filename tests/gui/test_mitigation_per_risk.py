"""The mitigation page's per-risk editor (issue 12): each measure has a small table of the
risks it is linked to, each judged on its own, with the kind-not-fit warning (Art. 7(2),
11(2)) and, where the authority's policy allows it, the officer's stated reason."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import (
    Criterion,
    KindPolicy,
    MitigationKind,
    ResidualRisk,
    RiskLevel,
    RiskLink,
)
from att_desktop.services.assessment import open_assessment, save_assessment
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.mitigation_policy import mitigation_policy, set_mitigation_policy
from att_desktop.ui.assessment.pages_mitigation import MeasureCard
from att_desktop.ui.assessment.wizard import MITIGATION, AssessmentWizard
from tests.gui.test_assessment_wizard import (
    OpenWizard,
    choose,
    click,
    english,
    new_case,
    open_wizard,
    type_text,
)
from tests.unit.assessment_cases import complete, measure, serious_gbv

__all__ = ["english", "open_wizard"]


def add_measure(qtbot: QtBot, wizard: AssessmentWizard, kind: str) -> MeasureCard:
    wizard.go_to(MITIGATION)
    click(qtbot, wizard.mitigation.add_button)
    card = wizard.mitigation.cards[-1]
    choose(card.kind, kind)
    type_text(qtbot, card.description, "No re-export without our written consent")
    return card


def judge(qtbot: QtBot, card: MeasureCard, criterion: Criterion, yes: bool, why: str) -> None:
    row = card.rows[criterion]
    click(qtbot, row.linked)
    click(qtbot, row.reliable.yes if yes else row.reliable.no)
    type_text(qtbot, row.reasoning, why)


def test_each_linked_risk_is_judged_on_its_own_and_an_unfit_kind_is_warned(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    """A re-export clause linked to IHL and to diversion: only diversion is a risk it can
    lower (Art. 11(2)); the IHL row says it will not be counted (Art. 7(2))."""
    wizard = open_wizard(new_case(db, "BR"))
    card = add_measure(qtbot, wizard, "re_export_clause")
    ihl, diversion = card.rows[Criterion.B_I], card.rows[Criterion.DIVERSION]
    assert not ihl.reliable.isEnabled()  # not linked: nothing to judge
    judge(qtbot, card, Criterion.B_I, True, "Signed by the end user")
    judge(qtbot, card, Criterion.DIVERSION, True, "Verified by our embassy")
    assert ihl.reliable.isEnabled()
    assert "cannot lower this risk" in ihl.warning.text() and not ihl.warning.isHidden()
    assert ihl.kind_reason.isHidden()  # the strict default policy asks for no reason
    assert diversion.warning.text() == "" and diversion.warning.isHidden()
    qtbot.waitUntil(card.isVisible)  # a card added to a shown page is shown by the event loop

    # Judged "no" for IHL: nothing to warn about.
    click(qtbot, ihl.reliable.no)
    assert ihl.warning.text() == ""
    click(qtbot, ihl.reliable.yes)
    assert ihl.warning.text() != ""
    # A kind 7(2) names against every risk: the warning goes.
    choose(card.kind, MitigationKind.CONFIDENCE_BUILDING.value)
    assert ihl.warning.text() == ""
    choose(card.kind, MitigationKind.RE_EXPORT_CLAUSE.value)

    wizard.save()
    measure = wizard.state.input.mitigation[0]
    assert measure.links == (
        RiskLink(Criterion.B_I, True, "Signed by the end user"),
        RiskLink(Criterion.DIVERSION, True, "Verified by our embassy"),
    )
    # Saved and reopened: the table shows the judgements again.
    wizard.mitigation.load(wizard.state.input)
    reopened = wizard.mitigation.cards[0].rows[Criterion.DIVERSION]
    assert reopened.linked.isChecked() and reopened.reliable.value() is True
    assert reopened.reasoning.text() == "Verified by our embassy"


def test_the_policy_reason_is_asked_for_and_recorded(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    """Where the authority allows an officer's stated reason, the unfit row asks for it, the
    assessment stays incomplete without it, and once given it counts (Art. 7(2), 7(3))."""
    set_mitigation_policy(db, KindPolicy.OFFICER_REASON, actor=LOCAL_OFFICER)
    assert mitigation_policy(db) is KindPolicy.OFFICER_REASON
    wizard = open_wizard(new_case(db, "BR"))
    card = add_measure(qtbot, wizard, "re_export_clause")
    judge(qtbot, card, Criterion.B_II, True, "Signed by the end user")
    row = card.rows[Criterion.B_II]
    assert "Your authority allows it" in row.warning.text()
    assert not row.kind_reason.isHidden()
    wizard.save()
    assert wizard.state.input.mitigation_policy is KindPolicy.OFFICER_REASON
    assert any(
        m.startswith("mitigation.M1.b_ii: reasoning is missing: why a measure of this kind")
        for m in wizard.state.result.missing
    )
    type_text(qtbot, row.kind_reason, "The clause names the unit cited by the UN")
    wizard.save()
    link = wizard.state.input.mitigation[0].links[0]
    assert link.kind_reason == "The clause names the unit cited by the UN"
    assert not any(m.startswith("mitigation.M1") for m in wizard.state.result.missing)
    b_ii = next(r for r in wizard.state.result.criteria if r.criterion is Criterion.B_II)
    # Not assessed yet on the Article 7 page, so no level: but the measure is recorded.
    assert b_ii.before in (None, RiskLevel.LOW) and b_ii.residual in (None, ResidualRisk.LOW)


def test_gbv_step_3_is_shown_in_step_4_on_the_gbv_page(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    """Art. 7(4): the flowchart's step 3 (effective preventive action by the importing State)
    informs step 4, and the page says so where the officer writes step 4's reasoning."""
    case = new_case(db, "BR")
    state = open_assessment(db, case.id)
    inp = complete(gbv=serious_gbv(), mitigation=(measure(Criterion.GBV, True),))
    save_assessment(db, state.assessment_id, inp, decision_date=None)
    wizard = open_wizard(case)
    text = wizard.gbv.step4_text.text()
    assert "does not take effective preventive action" in text and "step 4" in text
    assert "substantial after" in text
