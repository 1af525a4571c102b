"""The assessment wizard, driven through its real widgets: Article 6 first, then 7, then decide.

Countries come from the shipped UN data (resources/reference/embargoes/un_security_council.json):
KP (DPRK) is under a full arms embargo covering all arms and ammunition since resolution 2270;
CD (DR Congo) is embargoed for non-State actors only since resolution 2667, government forces
exempt; SS (South Sudan) is under a whole-country embargo (resolution 2428). NO has none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    Criterion,
    Recommendation,
    RiskLevel,
    SupplyChainStage,
)
from att_desktop.domain.enums import CaseStatus, PartyType
from att_desktop.services import cases, decisions
from att_desktop.services.dto import CaseDetail
from att_desktop.ui.assessment import wizard as wizard_module
from att_desktop.ui.assessment.guidance import domain_texts
from att_desktop.ui.assessment.guidance_texts import GUIDANCE_TEXTS
from att_desktop.ui.assessment.pages_mitigation import MeasureCard
from att_desktop.ui.assessment.widgets import AnswerEditor, FindingEditor, SourcesTable, YesNo
from att_desktop.ui.assessment.wizard import (
    ARTICLE6,
    ARTICLE7,
    CONCLUSION,
    DECISION,
    DIVERSION,
    GBV,
    MITIGATION,
    AssessmentWizard,
)
from att_desktop.ui.i18n import install_translators, remove_translators
from tests import factories
from tests.gui.conftest import ScriptedPrompter

DECISION_DAY = date(2026, 3, 10)


class SaveAnswer:
    """A scripted answer to "save before closing?" that counts the times it was asked."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self, parent: QWidget) -> str:
        self.asked += 1
        return self.answer


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


OpenWizard = Callable[..., AssessmentWizard]


@pytest.fixture
def open_wizard(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> OpenWizard:
    def build(case: CaseDetail, ask: SaveAnswer | None = None) -> AssessmentWizard:
        wizard = AssessmentWizard(
            db, case.id, "en", prompter=prompter, ask_save=ask or SaveAnswer("discard")
        )
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return build


def new_case(
    db: Database,
    country: str,
    *,
    ammunition_only: bool = False,
    party_type: PartyType = PartyType.GOVERNMENT,
    end_user: str = "Ministry of Defence",
) -> CaseDetail:
    items = (factories.ammunition(),) if ammunition_only else (factories.item(),)
    inp = factories.application(
        destination_code=country,
        parties=(factories.end_user(end_user, country, party_type=party_type),),
        items=items,
    )
    return cases.create_application(db, inp, today=date(2026, 3, 5))


# --------------------------------------------------------------------------- driving


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click a button; radio buttons and check boxes on their indicator, as a person does."""
    if isinstance(widget, QRadioButton | QCheckBox):
        pos = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def answer(qtbot: QtBot, editor: AnswerEditor, yes: bool, reasoning: str) -> None:
    click(qtbot, editor.answer.yes if yes else editor.answer.no)
    type_text(qtbot, editor.reasoning, reasoning)
    add_source(qtbot, editor.sources.add_button.parentWidget(), reasoning)


def add_source(qtbot: QtBot, table_owner: QWidget | None, title: str) -> None:
    assert isinstance(table_owner, SourcesTable)
    click(qtbot, table_owner.add_button)
    kind, title_edit, _when, _ref = table_owner.row_widgets(table_owner.table.rowCount() - 1)
    choose(kind, "un_report")  # a new row has no kind until one is chosen
    type_text(qtbot, title_edit, f"Report on {title}")


def find(qtbot: QtBot, editor: FindingEditor, level: RiskLevel, reasoning: str) -> None:
    choose(editor.risk, level.value)
    type_text(qtbot, editor.reasoning, reasoning)
    add_source(qtbot, editor.sources, reasoning)


def set_decision_date(qtbot: QtBot, wizard: AssessmentWizard, day: date) -> None:
    edit = wizard.article6.decision_date
    edit.setDate(QDate(day.year, day.month, day.day))


def run_screen(qtbot: QtBot, wizard: AssessmentWizard, day: date = DECISION_DAY) -> None:
    set_decision_date(qtbot, wizard, day)
    click(qtbot, wizard.article6.screen_button)


def answer_article6_no(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    page = wizard.article6
    click(qtbot, page.other_obligations.answer.no)
    type_text(qtbot, page.other_obligations.reasoning, "No regional embargo or treaty bars it")
    click(qtbot, page.knowledge.answer.no)
    type_text(qtbot, page.knowledge.reasoning, "No such knowledge")


def complete_article7(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    for criterion in ARTICLE7_1:
        find(qtbot, wizard.article7.editors[criterion], RiskLevel.LOW, f"7(1) {criterion}")


def complete_gbv(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    page = wizard.gbv
    answer(qtbot, page.step1, True, "UN CEDAW review")
    type_text(qtbot, page.types, "conflict-related sexual violence; femicide")
    answer(qtbot, page.step2, True, "Systematic, involving security forces")
    answer(qtbot, page.step3, False, "Few prosecutions")
    find(qtbot, page.risk, RiskLevel.OVERRIDING_BEFORE_MITIGATION, "Rifles used by the unit")
    type_text(qtbot, page.overriding_reasoning, "Determined after considering the measures")


def complete_diversion(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    page = wizard.diversion
    for stage in SupplyChainStage:
        find(qtbot, page.stages[stage], RiskLevel.LOW, f"stage {stage}")
    click(qtbot, page.certificate_received.yes)


def add_gbv_measure(qtbot: QtBot, wizard: AssessmentWizard, *, reliable: bool) -> MeasureCard:
    page = wizard.mitigation
    click(qtbot, page.add_button)
    card = page.cards[-1]
    choose(card.kind, "training")
    type_text(qtbot, card.description, "GBV training and vetting of the receiving unit")
    row = card.rows[Criterion.GBV]
    click(qtbot, row.linked)
    click(qtbot, row.reliable.yes if reliable else row.reliable.no)
    type_text(qtbot, row.reasoning, "Verified by our embassy" if reliable else "Unverifiable")
    type_text(qtbot, card.reasoning, "Verified by our embassy" if reliable else "Unverifiable")
    return card


def next_page(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    click(qtbot, wizard.next_button)


def fill_gbv_case(
    qtbot: QtBot, wizard: AssessmentWizard, *, reliable: bool, to_decision: bool = True
) -> None:
    """Walk every page of an embargo-free case with a serious, prevalent GBV risk (to the
    conclusion only for someone who is not offered the decision)."""
    run_screen(qtbot, wizard)
    answer_article6_no(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == ARTICLE7
    complete_article7(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == GBV
    complete_gbv(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == DIVERSION
    complete_diversion(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == MITIGATION
    add_gbv_measure(qtbot, wizard, reliable=reliable)
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == CONCLUSION
    if not to_decision:
        return
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == DECISION


def citations(wizard: AssessmentWizard) -> set[tuple[int, int | None]]:
    return {(g.article, g.paragraph) for g in wizard.state.result.grounds}


# --------------------------------------------------------------------------- the scenarios


def test_full_un_embargo_ends_in_a_denial_under_6_1_only(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(new_case(db, "KP"))
    # Mitigation typed in (through the page, before the screen) changes nothing later.
    wizard.go_to(MITIGATION)
    assert wizard.stack.currentIndex() == MITIGATION
    card = add_gbv_measure(qtbot, wizard, reliable=True)
    click(qtbot, card.addresses[Criterion.A])
    wizard.go_to(ARTICLE6)
    run_screen(qtbot, wizard)

    card6 = wizard.article6.cards[0]
    assert card6.record.embargo_id == "kp-2270-to"
    assert card6.effect.text() == "Prohibited"
    next_page(qtbot, wizard)

    assert wizard.stack.currentIndex() == DECISION  # the Article 7 pages are skipped
    assert citations(wizard) == {(6, 1)}
    for index in (ARTICLE7, GBV, DIVERSION, MITIGATION, CONCLUSION):
        assert not wizard.page_enabled(index)
    assert "no mitigation measure can lift" in wizard.article6.prohibition.text()
    assert "no mitigation measure can lift" in wizard.mitigation.closed.text()
    page = wizard.decision_page
    assert not page.authorise.isEnabled() and page.deny.isChecked()
    assert "Article 6 prohibits" in page.authorise_reason.text()
    assert "Article 6(1)" in page.grounds.item(0).text()
    # Clicking the step list cannot reach a closed page either.
    wizard.steps.setCurrentRow(MITIGATION)
    assert wizard.stack.currentIndex() == DECISION

    # Even with the authorise option forced open, the decision service refuses it.
    page.authorise.setEnabled(True)
    click(qtbot, page.authorise)
    type_text(qtbot, page.rationale, "Mitigation was entered")
    click(qtbot, page.record_button)
    assert "would contradict the assessment" in page.refusal.text()
    assert "6(1)" in page.refusal.text()
    assert decisions.get_decision(db, wizard.application_id) is None
    assert wizard.state.result.notes[-1].startswith("Mitigation measures were not considered")

    click(qtbot, page.deny)
    page.rationale.clear()
    type_text(qtbot, page.rationale, "UN arms embargo on the DPRK")
    click(qtbot, page.record_button)

    assert page.refusal.text() == ""
    decision = decisions.get_decision(db, wizard.application_id)
    assert decision is not None and decision.outcome.value == "deny"
    assert {(g.article, g.paragraph) for g in decision.grounds} == {(6, 1)}
    assert cases.get_case(db, wizard.application_id).status is CaseStatus.DENIED
    assert "Decision recorded" in page.recorded.text()


def test_non_state_embargo_with_government_end_user_lets_article_7_go_on(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(new_case(db, "CD"))
    run_screen(qtbot, wizard)

    cards = wizard.article6.cards
    assert [c.record.embargo_id for c in cards] == ["cd-2667"]
    assert cards[0].effect.text() == "Does not prohibit"
    assert "non-State actors only" in cards[0].record.explanation
    answer_article6_no(qtbot, wizard)
    next_page(qtbot, wizard)

    assert wizard.stack.currentIndex() == ARTICLE7
    assert wizard.state.result.recommendation is Recommendation.INCOMPLETE
    assert not wizard.article6.prohibition.isVisible()
    assert all(wizard.page_enabled(i) for i in range(7))
    assert wizard.mitigation.add_button.isEnabled()
    # Article 7 really goes on: the rest of the walk ends in a decision that can authorise.
    complete_article7(qtbot, wizard)
    next_page(qtbot, wizard)
    click(qtbot, wizard.gbv.step1.answer.no)
    type_text(qtbot, wizard.gbv.step1.reasoning, "No prevalent GBV found in UN reporting")
    add_source(qtbot, wizard.gbv.step1.sources.add_button.parentWidget(), "CEDAW review")
    next_page(qtbot, wizard)
    complete_diversion(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == DECISION
    assert wizard.state.result.recommendation is Recommendation.AUTHORISE_POSSIBLE, (
        wizard.state.result.missing
    )
    assert wizard.decision_page.authorise.isEnabled()


def test_non_state_embargo_prohibits_a_commercial_end_user(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(
        new_case(db, "CD", party_type=PartyType.COMMERCIAL, end_user="Kivu Security SARL")
    )
    run_screen(qtbot, wizard)
    cards = wizard.article6.cards
    assert {c.record.embargo_id for c in cards} == {"cd-2667"}
    by_effect = {c.effect.text(): c.record for c in cards}
    # 2667: supplies to non-governmental entities only with the 1533 Committee's approval.
    assert set(by_effect) == {"Prohibited unless approval obtained", "Does not prohibit"}
    assert "Kivu Security SARL" in by_effect["Prohibited unless approval obtained"].party
    assert "Destination" in by_effect["Does not prohibit"].party  # the government
    next_page(qtbot, wizard)
    assert wizard.stack.currentIndex() == DECISION
    assert citations(wizard) == {(6, 1)}


def test_serious_gbv_risk_without_reliable_mitigation_is_denied_under_7_4_and_7_3(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(new_case(db, "NO"))
    fill_gbv_case(qtbot, wizard, reliable=False)

    result = wizard.state.result
    assert result.recommendation is Recommendation.DENY
    assert citations(wizard) == {(7, 4), (7, 3)}
    assert wizard.gbv.flowchart.result is not None
    assert [s.number for s in wizard.gbv.flowchart.result.steps] == [1, 2, 3, 5, 4]
    # The picture marks where the case ends: step 4, overriding, and says so in words.
    assert wizard.gbv.flowchart.overriding() is True
    assert "Article 7(3) forbids authorising" in wizard.gbv.flowchart.outcome_text()
    assert "Overriding" in wizard.conclusion.table.item(5, 2).text()
    page = wizard.decision_page
    assert not page.authorise.isEnabled()
    assert "overriding risk remains" in page.authorise_reason.text()

    # Even if the option were forced open, the decision service refuses an authorisation.
    page.authorise.setEnabled(True)
    click(qtbot, page.authorise)
    type_text(qtbot, page.rationale, "Trying to authorise")
    click(qtbot, page.record_button)
    assert "The decision was not recorded" in page.refusal.text()
    assert "would contradict the assessment" in page.refusal.text()
    assert decisions.get_decision(db, wizard.application_id) is None

    click(qtbot, page.deny)
    click(qtbot, page.record_button)
    decision = decisions.get_decision(db, wizard.application_id)
    assert decision is not None and decision.outcome.value == "deny"
    assert {(7, 4), (7, 3)} <= {(g.article, g.paragraph) for g in decision.grounds}


def test_same_case_with_reliable_mitigation_can_be_authorised_with_a_licence(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(new_case(db, "NO"))
    fill_gbv_case(qtbot, wizard, reliable=True)

    assert wizard.state.result.recommendation is Recommendation.AUTHORISE_POSSIBLE
    assert wizard.gbv.flowchart.result is not None
    assert wizard.gbv.flowchart.result.current_step is None
    assert wizard.gbv.flowchart.overriding() is False
    assert "no overriding risk" in wizard.gbv.flowchart.outcome_text()
    page = wizard.decision_page
    assert page.authorise.isEnabled() and page.record_button.isEnabled()
    click(qtbot, page.authorise)
    assert page.licence_box.isVisible()
    assert "No re-export" in page.conditions.toPlainText()  # suggested default conditions
    assert page.lines.rowCount() == 1
    type_text(qtbot, page.rationale, "Risks mitigated by verified training and vetting")
    click(qtbot, page.record_button)

    assert page.refusal.text() == ""
    decision = decisions.get_decision(db, wizard.application_id)
    assert decision is not None and decision.licence is not None
    assert decision.licence.number.startswith("LIC/")
    assert cases.get_case(db, wizard.application_id).status is CaseStatus.AUTHORISED
    assert decision.licence.number in page.recorded.text()


def test_pdf_buttons_write_the_record_and_the_licence(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard, tmp_path: Path
) -> None:
    wizard = open_wizard(new_case(db, "NO"))
    fill_gbv_case(qtbot, wizard, reliable=True)
    click(qtbot, wizard.decision_page.authorise)
    type_text(qtbot, wizard.decision_page.rationale, "Mitigated")
    click(qtbot, wizard.decision_page.record_button)
    paths = iter([tmp_path / "record.pdf", tmp_path / "licence.pdf"])
    wizard._save_path = lambda *_args: str(next(paths))
    click(qtbot, wizard.assessment_pdf_button)
    click(qtbot, wizard.decision_pdf_button)
    for name in ("record.pdf", "licence.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    decision = decisions.get_decision(db, wizard.application_id)
    assert decision is not None and decision.licence is not None
    licence_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "licence.pdf").pages)
    assert decision.licence.number in licence_text


@pytest.mark.parametrize(("country", "embargo_id"), [("SS", "ss-2428"), ("KP", "kp-2270-to")])
def test_ammunition_only_export_to_an_embargoed_state_is_prohibited(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard, country: str, embargo_id: str
) -> None:
    case = new_case(db, country, ammunition_only=True)
    assert case.items[0].att_category is None  # ammunition: not in the report, still screened
    wizard = open_wizard(case)
    assert "(Ammunition" in wizard.header.text()  # the reason in words, never its code
    run_screen(qtbot, wizard)
    cards = [c for c in wizard.article6.cards if c.record.embargo_id == embargo_id]
    assert cards and cards[0].effect.text() == "Prohibited"
    next_page(qtbot, wizard)

    assert wizard.state.result.recommendation is Recommendation.DENY
    assert citations(wizard) == {(6, 1)}
    assert wizard.stack.currentIndex() == DECISION
    page = wizard.decision_page
    assert not page.authorise.isEnabled()
    type_text(qtbot, page.rationale, "UN arms embargo covers ammunition")
    click(qtbot, page.record_button)
    decision = decisions.get_decision(db, wizard.application_id)
    assert decision is not None and decision.outcome.value == "deny"
    assert {(g.article, g.paragraph) for g in decision.grounds} == {(6, 1)}


# --------------------------------------------------------------------------- behaviour


def test_an_incomplete_assessment_cannot_be_decided(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(new_case(db, "NO"))
    run_screen(qtbot, wizard)
    wizard.go_to(DECISION)
    page = wizard.decision_page
    assert not page.record_button.isEnabled()
    assert "incomplete assessment cannot be decided" in page.blocked.text()
    # The service refuses too, and the page says so.
    page.record_button.setEnabled(True)
    click(qtbot, page.deny)
    type_text(qtbot, page.rationale, "Deny")
    click(qtbot, page.record_button)
    assert "cannot be completed yet" in page.refusal.text()
    assert decisions.get_decision(db, wizard.application_id) is None


def test_next_saves_the_draft_and_nothing_typed_is_lost(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    case = new_case(db, "NO")
    wizard = open_wizard(case)
    run_screen(qtbot, wizard)
    next_page(qtbot, wizard)
    find(qtbot, wizard.article7.editors[Criterion.A], RiskLevel.SUBSTANTIAL, "Regional tension")
    next_page(qtbot, wizard)

    saved = wizard.state.input.finding(Criterion.A)
    assert saved.finding is RiskLevel.SUBSTANTIAL and saved.reasoning == "Regional tension"
    assert saved.sources[0].title == "Report on Regional tension"
    assert wizard.state.decision_date == DECISION_DAY
    assert wizard.state.input.article6.screened_on == DECISION_DAY
    wizard.close()

    reopened = open_wizard(case)
    editor = reopened.article7.editors[Criterion.A]
    assert editor.risk.value() is RiskLevel.SUBSTANTIAL
    assert editor.sources.sources()[0].title == "Report on Regional tension"


def test_closing_with_unsaved_answers_asks_and_saves(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    ask = SaveAnswer("save")
    wizard = open_wizard(new_case(db, "NO"), ask)
    wizard.go_to(ARTICLE7)
    type_text(qtbot, wizard.article7.editors[Criterion.B_II].reasoning, "Typed, never saved")
    click(qtbot, wizard.close_button)

    assert ask.asked == 1
    assert wizard.state.input.finding(Criterion.B_II).reasoning == "Typed, never saved"


def test_cancel_keeps_the_wizard_open(qtbot: QtBot, db: Database, open_wizard: OpenWizard) -> None:
    ask = SaveAnswer("cancel")
    wizard = open_wizard(new_case(db, "NO"), ask)
    type_text(qtbot, wizard.article6.knowledge.reasoning, "Draft")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert ask.asked == 1 and wizard.isVisible()


def test_guidance_follows_the_focused_question(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(new_case(db, "NO"))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.go_to(ARTICLE7)
    click(qtbot, wizard.article7.editors[Criterion.B_I].reasoning)
    qtbot.waitUntil(lambda: wizard.guidance.question_id == "article7.b_i")
    assert "IHL" in wizard.guidance.text()
    wizard.go_to(GBV)
    assert wizard.guidance.question_id == "gbv.step1"
    assert "footnote 7" in wizard.gbv.order_note.text()


def test_every_guidance_text_is_in_the_translation_catalogue() -> None:
    assert list(GUIDANCE_TEXTS) == domain_texts()


def test_answers_default_to_not_answered(qtbot: QtBot) -> None:
    widget = YesNo()
    qtbot.addWidget(widget)
    assert widget.value() is None
    widget.set_value(True)
    widget.set_value(None)
    assert widget.value() is None


def test_government_party_type_is_what_keeps_cd_open(db: Database) -> None:
    """Guard on the fixture data: the CD case's end user really is a government."""
    case = new_case(db, "CD")
    assert case.parties[0].party_type is PartyType.GOVERNMENT


def test_chinese_wizard_shows_translated_titles(
    qtbot: QtBot, db: Database, qapp: QApplication, prompter: ScriptedPrompter
) -> None:
    translators = install_translators(qapp, "zh_CN")
    try:
        wizard = wizard_module.AssessmentWizard(
            db, new_case(db, "NO").id, "zh_CN", prompter=prompter, ask_save=SaveAnswer("discard")
        )
        qtbot.addWidget(wizard)
        assert wizard.steps.item(ARTICLE6).text() != "1. Article 6 prohibitions"
        assert wizard.next_button.text() != "Save and continue >"
    finally:
        remove_translators(qapp, translators)


def test_every_gbv_step_explanation_reaches_the_translator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine's step texts (English) are all shown through a translated template."""
    from dataclasses import replace

    from att_desktop.domain.assessment import gbv as gbv_engine
    from att_desktop.domain.assessment.model import AssessmentInput
    from att_desktop.ui.assessment import labels
    from tests.unit.assessment_cases import answer as answer_of
    from tests.unit.assessment_cases import measure, serious_gbv

    monkeypatch.setattr(
        labels.QCoreApplication, "translate", staticmethod(lambda _ctx, text: f"ZH:{text}")
    )
    inputs = [
        (AssessmentInput().gbv, ()),
        (replace(serious_gbv(), serious=answer_of(False)), ()),
        (serious_gbv(), (measure(Criterion.GBV, None),)),
        (serious_gbv(), ()),
        (serious_gbv(), (measure(Criterion.GBV, True),)),
        (serious_gbv(), (measure(Criterion.GBV, False),)),
        (replace(serious_gbv(), no_mitigation_available=False), ()),
    ]
    seen = 0
    for gbv_input, measures in inputs:
        result = gbv_engine.evaluate(gbv_input, measures)
        for text in (result.explanation, *(s.explanation for s in result.steps)):
            assert labels.gbv_step_text(text).startswith("ZH:"), text
            seen += 1
    assert seen >= 20


def test_every_question_on_every_page_has_guidance_beside_it(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    """Each input widget belongs to a question with guidance; every guidance entry is used."""
    from PySide6.QtWidgets import QAbstractButton, QDateEdit, QLineEdit, QPlainTextEdit

    from att_desktop.domain.assessment.guidance import GUIDANCE
    from att_desktop.ui.assessment.guidance import question_of

    wizard = open_wizard(new_case(db, "CD", party_type=PartyType.COMMERCIAL))
    add_gbv_measure(qtbot, wizard, reliable=True)
    run_screen(qtbot, wizard)  # cd-2667 cards, one needing the Committee's approval
    inputs = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QAbstractButton)
    used: set[str] = set()
    for page in wizard.pages[:-1]:  # the decision page is not a question
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, inputs) or widget.parent() is None:
                continue
            if isinstance(widget.parentWidget(), QComboBox | QDateEdit):
                continue  # a combo box's own line edit
            question = question_of(widget)
            assert question in GUIDANCE, f"{type(widget).__name__} {widget.objectName()!r}"
            used.add(question)
    assert used == set(GUIDANCE)
