"""The end of the officer's path in the wizard: Complete assessment, then Submit to the
committee; what is still missing, in words, each a link to its field; step marks; only deciders
are offered a decision; a new source has no kind until one is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QListWidgetItem
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.assessment import missing as catalogue
from att_desktop.domain.assessment.model import Criterion
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import assessment, cases, committee
from att_desktop.ui.assessment.completion import MISSING_TEXTS
from att_desktop.ui.assessment.wizard import (
    ARTICLE6,
    ARTICLE7,
    CONCLUSION,
    DECISION,
    AssessmentWizard,
)
from tests import factories
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_assessment_wizard import (
    SaveAnswer,
    click,
    english,
    fill_gbv_case,
    type_text,
)
from tests.gui.test_committee_flow import Build, build, sign_in

__all__ = ["build", "committee_db", "committee_template", "english"]


@pytest.fixture
def people(committee_template: tuple[Path, Committee]) -> Committee:
    return committee_template[1]


def _case(db: Database, people: Committee) -> int:
    inp = factories.application(
        destination_code="NO", parties=(factories.end_user("Ministry of Defence", "NO"),)
    )
    return cases.create_application(db, inp, actor=people.officer.actor).id


def _wizard(
    qtbot: QtBot, db: Database, case_id: int, actor: object, prompter: ScriptedPrompter
) -> AssessmentWizard:
    wizard = AssessmentWizard(
        db, case_id, "en", prompter=prompter, ask_save=SaveAnswer("discard"), actor=actor
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def _click_link(qtbot: QtBot, link: QLabel) -> None:
    """Click the first characters of a link label, as a person does."""
    rect = link.contentsRect()
    at = QPoint(rect.left() + 6, rect.top() + link.fontMetrics().height() // 2 + 2)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=at)


def _link(wizard: AssessmentWizard, text: str) -> QLabel:
    found = [link for link in wizard.missing_list.links if str(link.property("plainText")) == text]
    assert found, wizard.missing_list.labels()
    return found[0]


def test_every_word_of_the_catalogue_is_marked_for_the_translators() -> None:
    assert set(MISSING_TEXTS) == set(catalogue.PLACES) | set(catalogue.WHATS)


def test_an_incomplete_assessment_lists_what_is_missing_in_words_and_locks_nothing(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    case_id = _case(db, people)
    wizard = _wizard(qtbot, db, case_id, people.officer.actor, prompter)
    wizard.go_to(ARTICLE7)
    editor = wizard.article7.editors[Criterion.B_III]
    type_text(qtbot, editor.reasoning, "Reasoning typed but not yet saved")

    click(qtbot, wizard.complete_button)

    # Refused: still a draft, the wizard open, the text where it was typed.
    assert wizard.state.editable and wizard.isVisible()
    assert editor.reasoning.toPlainText() == "Reasoning typed but not yet saved"
    assert "not completed" in wizard.status_note.text()
    labels = wizard.missing_list.labels()
    assert wizard.missing_list.isVisible()
    assert "Article 7(1)(b)(iii) terrorism: sources for the finding" in labels
    assert "GBV flowchart step 1, prevalent GBV/VAWC: the answer" in labels
    assert "Article 11 diversion, before transfer: sources for the finding" in labels
    assert not any("article7." in text or "gbv.step" in text for text in labels)
    assert wizard.missing_list.heading.text().startswith("Still missing before this assessment")

    wizard.go_to(ARTICLE6)
    _click_link(qtbot, _link(wizard, "Article 7(1)(b)(iii) terrorism: sources for the finding"))
    assert wizard.stack.currentIndex() == ARTICLE7
    assert QApplication.focusWidget() is editor.sources.add_button
    _click_link(qtbot, _link(wizard, "Article 11 diversion, end use: reasoning for the finding"))
    assert (
        QApplication.focusWidget()
        is wizard.diversion.stages[
            next(s for s in wizard.diversion.stages if s.value == "end_use")
        ].reasoning
    )
    state = assessment.current_assessment(db, case_id)
    assert state is not None and state.editable
    assert state.input.finding(Criterion.B_III).reasoning == "Reasoning typed but not yet saved"


def test_step_marks_change_when_a_page_becomes_complete(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    from tests.gui.test_assessment_wizard import answer_article6_no, run_screen

    db = committee_db
    wizard = _wizard(qtbot, db, _case(db, people), people.officer.actor, prompter)

    def mark(index: int) -> str:
        item: QListWidgetItem = wizard.steps.item(index)
        return item.text()[0]

    assert mark(ARTICLE6) == "•" and mark(ARTICLE7) == "•"
    assert "still incomplete" in wizard.steps.item(ARTICLE6).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    run_screen(qtbot, wizard)
    answer_article6_no(qtbot, wizard)
    assert mark(ARTICLE6) == "•"  # the last answer is still being typed
    qtbot.keyClick(wizard.article6.knowledge.reasoning, Qt.Key.Key_Tab)  # moves on
    assert mark(ARTICLE6) == "✓"
    assert "(complete)" in wizard.steps.item(ARTICLE6).data(Qt.ItemDataRole.AccessibleTextRole)
    assert mark(ARTICLE7) == "•" and mark(CONCLUSION) == "•"
    assert wizard.legend.text().startswith("✓ complete")
    form = wizard.article7.editors[Criterion.A].layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(wizard.article7.editors[Criterion.A].risk)
    assert isinstance(label, QLabel) and label.text() == "Risk before mitigation *"


def test_the_officer_completes_and_submits_and_only_the_decider_is_offered_the_decision(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    case_id = _case(db, people)
    wizard = _wizard(qtbot, db, case_id, people.officer.actor, prompter)
    assert wizard.steps.item(DECISION).isHidden()
    assert wizard.complete_button.isVisible() and wizard.submit_button.isVisible()
    fill_gbv_case(qtbot, wizard, reliable=True, to_decision=False)
    assert not wizard.next_button.isEnabled()  # the conclusion is the officer's last page

    click(qtbot, wizard.submit_button)  # a draft is completed first
    assert not wizard.state.editable
    dialog = wizard.submit_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.check("MFA")
    dialog.check("MOD")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert not dialog.isVisible()
    status = committee.review_status(db, case_id)
    assert {a.code for a in status.requested} == {"MFA", "MOD"}
    assert cases.get_case(db, case_id).status is CaseStatus.IN_COMMITTEE
    assert "Submitted to the committee" in wizard.status_note.text()
    assert not wizard.complete_button.isEnabled()
    wizard.close()

    reader = _wizard(qtbot, db, case_id, people.decider.actor, prompter)
    assert not reader.steps.item(DECISION).isHidden()
    assert not reader.complete_button.isVisible() and not reader.submit_button.isVisible()
    reader.go_to(DECISION)
    assert reader.stack.currentIndex() == DECISION and reader.decision_page.isVisible()


def test_a_new_source_has_no_kind_until_one_is_chosen(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    wizard = _wizard(qtbot, db, _case(db, people), people.officer.actor, prompter)
    wizard.go_to(ARTICLE7)
    table = wizard.article7.editors[Criterion.A].sources
    click(qtbot, table.add_button)
    kind, title, _when, _reference = table.row_widgets(0)
    assert kind.currentData() is None and kind.currentText() == "Choose the kind of source…"
    assert "Incomplete" in kind.toolTip()
    type_text(qtbot, title, "Amnesty International country report")
    assert table.sources() == ()  # not a source, never silently a "UN report"

    assert wizard.is_dirty()  # closing asks, and "save" keeps the row and the wizard open
    wizard._ask_save = SaveAnswer("save")
    wizard.close()
    assert wizard.isVisible() and title.text() == "Amnesty International country report"
    click(qtbot, wizard.complete_button)
    assert wizard.state.editable
    text = "Source \u201cAmnesty International country report\u201d: choose the kind of source"
    _click_link(qtbot, _link(wizard, text))
    assert QApplication.focusWidget() is kind
    kind.setCurrentIndex(kind.findData("ngo_report"))
    assert kind.toolTip() == ""
    assert [s.kind.value for s in table.sources()] == ["ngo_report"]
    header = table.table.horizontalHeader()
    assert header.sectionSize(1) == max(header.sectionSize(c) for c in range(4))


def test_the_case_menu_offers_complete_and_submit_to_the_officer_only(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    db = committee_db
    window, manager = build(db)
    sign_in(qtbot, manager, "officer")
    case_id = _case(db, people)
    window.open_case(case_id)
    menu = window.menus.menus["caseMenu"]
    assert window.action_complete_assessment in menu.actions()
    assert window.action_complete_assessment.isVisible()
    assert window.action_submit_to_committee.isEnabled()

    window.action_complete_assessment.trigger()  # nothing answered yet: the wizard says what
    wizard = window.assessment_wizards[case_id]
    assert wizard.isVisible() and wizard.state.editable
    assert "Article 6(1) embargo screen: run the screen as at the decision date" in (
        wizard.missing_list.labels()
    )
    wizard.close()

    sign_in(qtbot, manager, "decider")
    window.open_case(case_id)
    assert not window.action_complete_assessment.isVisible()
    assert not window.action_submit_to_committee.isVisible()
