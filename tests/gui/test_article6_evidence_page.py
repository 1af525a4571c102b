"""Issue 12 in the wizard: an approval clears a Darfur match only with the committee's evidence,
and the decision date is checked beside its field and re-runs the screen when changed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Confirmation, Recommendation
from att_desktop.ui.assessment.pages_article6 import MatchCard
from att_desktop.ui.assessment.wizard import ARTICLE6
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_assessment_wizard import (
    DECISION_DAY,
    OpenWizard,
    answer_article6_no,
    choose,
    click,
    english,  # noqa: F401  (fixture)
    new_case,
    open_wizard,  # noqa: F401  (fixture)
    run_screen,
    type_text,
)


def darfur_card(cards: list[MatchCard]) -> MatchCard:
    return next(c for c in cards if c.record.embargo_id == "sd-1591")


def test_res_1591_para_7_darfur_approval_needs_the_committees_reference_and_date(
    qtbot: QtBot,
    db: Database,
    open_wizard: OpenWizard,  # noqa: F811
) -> None:
    """S/RES/1591 (2005) para. 7: the 1591 Committee's prior approval; Art. 6(1)."""
    wizard = open_wizard(new_case(db, "SD"))
    page = wizard.article6
    run_screen(qtbot, wizard)
    answer_article6_no(qtbot, wizard)
    card = darfur_card(page.cards)
    assert card.confirmation is not None and card.evidence is not None
    assert card.evidence.isHidden()  # nothing to evidence yet
    choose(card.confirmation, Confirmation.APPROVAL_OBTAINED.value)
    qtbot.waitUntil(card.evidence.isVisible)  # cards added by the screen show on the loop
    assert not card.no_objection.isVisible()
    assert card.reasoning is not None
    type_text(qtbot, card.reasoning, "Approved for the SAF in El Fasher")
    click(qtbot, wizard.save_button)
    assert wizard.state.result.recommendation is Recommendation.DENY
    assert "reference and date are not recorded" in wizard.state.result.grounds[0].explanation
    assert "Article 6 prohibits" in page.prohibition.text()

    card = darfur_card(page.cards)  # the same card: the page was not rebuilt
    type_text(qtbot, card.committee_reference, "S/AC.47/2026/OC.3")
    card.committee_date.setDate(QDate(2026, 3, 1))
    click(qtbot, wizard.save_button)
    assert wizard.state.result.recommendation is not Recommendation.DENY
    assert page.prohibition.text() == ""
    saved = wizard.state.input.article6.embargo_matches
    darfur = next(m for m in saved if m.embargo_id == "sd-1591")
    assert (darfur.committee_reference, darfur.committee_date) == (
        "S/AC.47/2026/OC.3",
        date(2026, 3, 1),
    )


def test_decision_date_in_the_future_or_before_receipt_is_refused_beside_the_field(
    qtbot: QtBot,
    db: Database,
    open_wizard: OpenWizard,  # noqa: F811
    prompter: ScriptedPrompter,
) -> None:
    """The screen is made as at the decision date (Art. 6): not a future date, not a date
    before the application was received (2026-03-02); nothing is saved."""
    wizard = open_wizard(new_case(db, "NO"))
    page = wizard.article6
    run_screen(qtbot, wizard)
    click(qtbot, wizard.save_button)
    assert wizard.state.decision_date == DECISION_DAY
    tomorrow = date.today() + timedelta(days=1)
    page.decision_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert "cannot lie in the future" in page.date_error.text()
    click(qtbot, wizard.save_button)
    assert wizard.state.decision_date == DECISION_DAY  # refused, not saved
    assert "cannot lie in the future" in page.date_error.text()
    page.decision_date.setDate(QDate(2026, 3, 1))
    assert "before the application was received (2026-03-02)" in page.date_error.text()
    click(qtbot, page.screen_button)
    assert page._screened_on == DECISION_DAY  # no screen as at an impossible date
    page.decision_date.setDate(QDate(2026, 3, 3))
    assert page.date_error.text() == ""
    assert prompter.shown == []  # refused beside the field, not in a message box


def test_a_new_decision_date_reruns_the_screen(
    qtbot: QtBot,
    db: Database,
    open_wizard: OpenWizard,  # noqa: F811
) -> None:
    """Art. 6 is applied as at the decision date: editing it re-runs a screen already made."""
    wizard = open_wizard(new_case(db, "KP"))
    page = wizard.article6
    run_screen(qtbot, wizard)
    assert page._screened_on == DECISION_DAY and page.cards
    edit = page.decision_date
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setDate(QDate(2026, 4, 20))
    reasoning = page.knowledge.reasoning
    qtbot.mouseClick(reasoning.viewport(), Qt.MouseButton.LeftButton)  # leaving the field
    qtbot.waitUntil(reasoning.hasFocus)
    assert page._screened_on == date(2026, 4, 20)
    assert "2026-04-20" in page.screen_status.text()
    assert wizard.stack.currentIndex() == ARTICLE6
