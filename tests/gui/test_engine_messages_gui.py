"""Issue 15: the wizard speaks the engine's grounds, notes and embargo explanations in the
officer's language (here French), not in the English the record keeps."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.ui.assessment.wizard import DECISION, AssessmentWizard
from att_desktop.ui.i18n import install_translators, remove_translators
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_assessment_wizard import SaveAnswer, new_case, next_page, run_screen


def test_a_french_wizard_shows_the_article_6_ground_in_french(
    qtbot: QtBot, db: Database, qapp: QApplication, prompter: ScriptedPrompter
) -> None:
    translators = install_translators(qapp, "fr")
    try:
        wizard = AssessmentWizard(
            db, new_case(db, "KP").id, "fr", prompter=prompter, ask_save=SaveAnswer("discard")
        )
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        run_screen(qtbot, wizard)

        card = wizard.article6.cards[0]
        assert card.record.embargo_id == "kp-2270-to"
        # The card explains the match in French, the embargo's own title translated.
        card_text = " ".join(w.text() for w in card.findChildren(type(wizard.article6.prohibition)))
        assert "RPDC\u00a0: toutes armes, y compris les ALPC" in card_text
        assert "the transfer is prohibited" not in card_text
        next_page(qtbot, wizard)

        assert wizard.stack.currentIndex() == DECISION
        ground = wizard.decision_page.grounds.item(0).text()
        assert "Embargo sur les armes\u00a0:" in ground
        assert "le transfert est interdit (article 6)." in ground
        assert "Arms embargo" not in ground and "prohibited" not in ground
        # The record keeps the English.
        (recorded,) = wizard.state.result.grounds
        assert recorded.explanation.startswith("Arms embargo: DPRK: all arms including SALW")
        wizard.grab().save("/tmp/engine-wizard-fr.png")
    finally:
        remove_translators(qapp, translators)


def test_a_french_wizard_names_the_embargo_to_confirm_in_french(
    qtbot: QtBot, db: Database, qapp: QApplication, prompter: ScriptedPrompter
) -> None:
    """Darfur (a region embargo) needs the officer's confirmation: the step list's missing
    answer names the embargo by its French title, and the card gives the region in French."""
    translators = install_translators(qapp, "fr")
    try:
        wizard = AssessmentWizard(
            db, new_case(db, "SD").id, "fr", prompter=prompter, ask_save=SaveAnswer("discard")
        )
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        run_screen(qtbot, wizard)
        card = wizard.article6.cards[0]
        assert card.record.embargo_id == "sd-1591"
        next_page(qtbot, wizard)  # saved: the step list lists what is still missing
        title = "Soudan (Darfour)\u00a0: tous les belligérants au Darfour (résolution 1591)"
        assert any(title in text for text in wizard.missing_list.labels()), (
            wizard.missing_list.labels()
        )
        card_text = " ".join(w.text() for w in card.findChildren(type(wizard.article6.prohibition)))
        assert "Les États du Darfour" in card_text
        assert "confirmez si l’utilisateur final ou l’utilisation finale en relève" in card_text
        assert "The Darfur States" not in card_text
    finally:
        remove_translators(qapp, translators)
