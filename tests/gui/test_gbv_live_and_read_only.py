"""The GBV flowchart follows the answers live and stays beside the questions; read-only views.

Issue 11, items 6 and 9: the flowchart showed "no overriding risk" before mitigation was
considered, updated only on saving and scrolled away; a decider reading an assessment saw pale
disabled text and an enabled "Save and continue".
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import (
    Criterion,
    GbvInput,
    ResidualRisk,
    RiskLevel,
    StepStatus,
)
from att_desktop.services import cases
from att_desktop.services.assessment import (
    apply_screen,
    complete_assessment,
    open_assessment,
    save_assessment,
    screen_article6,
)
from att_desktop.services.dto import Actor
from att_desktop.ui.assessment.wizard import GBV, AssessmentWizard
from att_desktop.ui.widgets.read_only import mark_edit_action, set_read_only
from tests import factories
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_assessment_wizard import SaveAnswer, answer, click, type_text
from tests.unit.assessment_cases import complete, measure, serious_gbv

__all__ = ["committee_db", "committee_template"]  # fixtures used by the read-only tests

DAY = date(2026, 3, 10)


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def open_wizard(
    qtbot: QtBot, db: Database, case_id: int, prompter: ScriptedPrompter, actor: Actor | None
) -> AssessmentWizard:
    extra = {"actor": actor} if actor is not None else {}
    wizard = AssessmentWizard(
        db, case_id, "en", prompter=prompter, ask_save=SaveAnswer("discard"), **extra
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def new_case(db: Database, actor: Actor | None = None) -> int:
    inp = factories.application(
        destination_code="NO", parties=(factories.end_user("Ministry of Defence", "NO"),)
    )
    extra = {"actor": actor} if actor is not None else {}
    return cases.create_application(db, inp, today=date(2026, 3, 5), **extra).id


def answer_steps_1_to_3(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    page = wizard.gbv
    answer(qtbot, page.step1, True, "UN CEDAW review")
    type_text(qtbot, page.types, "conflict-related sexual violence")
    answer(qtbot, page.step2, True, "Systematic, involving security forces")
    answer(qtbot, page.step3, False, "Few prosecutions")


def pick_by_keyboard(qtbot: QtBot, combo: QComboBox, level: RiskLevel) -> None:
    """Arrow keys on the focused list until ``level`` is chosen, as an officer would."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == level.value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == level.value


def statuses(wizard: AssessmentWizard) -> dict[int, StepStatus]:
    result = wizard.gbv.flowchart.result
    assert result is not None
    return {s.number: s.status for s in result.steps}


# --------------------------------------------------------------------------- live, step 5 first


def test_flowchart_follows_a_list_change_without_saving(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    wizard = open_wizard(qtbot, db, new_case(db), prompter, None)
    wizard.go_to(GBV)
    answer_steps_1_to_3(qtbot, wizard)
    assert wizard.gbv.flowchart.result is not None
    assert wizard.gbv.flowchart.result.current_step == 5  # the risk is not recorded yet
    assert (
        "Record the risk"
        in dict((s.number, s.explanation) for s in wizard.gbv.flowchart.result.steps)[5]
    )
    pick_by_keyboard(qtbot, wizard.gbv.risk.risk, RiskLevel.SUBSTANTIAL)
    steps = {s.number: s for s in wizard.gbv.flowchart.result.steps}
    assert "Consider mitigation" in steps[5].explanation
    assert "Consider mitigation" in wizard.gbv.step5_text.text()
    # Nothing was saved: the flowchart followed the answers on screen.
    assert wizard.state.input.gbv == GbvInput()
    assert wizard.is_dirty()


def test_step_4_has_no_outcome_until_step_5_is_answered(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    """Article 7(4) is decided under 7(3) only after the 7(2) measures were weighed."""
    wizard = open_wizard(qtbot, db, new_case(db), prompter, None)
    wizard.go_to(GBV)
    answer_steps_1_to_3(qtbot, wizard)
    pick_by_keyboard(qtbot, wizard.gbv.risk.risk, RiskLevel.LOW)
    click(qtbot, wizard.save_button)  # the reported path: steps 1-3, then Save draft
    assert wizard.state.input.gbv.serious.answer is True  # saved
    assert statuses(wizard)[5] is StepStatus.CURRENT
    assert statuses(wizard)[4] is StepStatus.NOT_REACHED
    assert wizard.gbv.flowchart.overriding() is None
    assert "no overriding risk" not in wizard.gbv.flowchart.outcome_text()
    assert "overriding" not in wizard.gbv.step4_text.text().lower()
    # Answering step 5 (no measure addresses this risk) brings step 4's outcome, live.
    assert wizard.gbv.no_measure.isVisible()
    click(qtbot, wizard.gbv.no_measure)
    assert statuses(wizard) == {n: StepStatus.DONE for n in (1, 2, 3, 4, 5)}
    assert wizard.gbv.flowchart.overriding() is False
    assert wizard.gbv.flowchart.result is not None
    assert wizard.gbv.flowchart.result.residual is ResidualRisk.LOW
    assert "no overriding risk remains" in wizard.gbv.step4_text.text()
    # Unticking takes the outcome away again.
    click(qtbot, wizard.gbv.no_measure)
    assert statuses(wizard)[4] is StepStatus.NOT_REACHED


# --------------------------------------------------------------------------- beside the questions


def questions_scroll(wizard: AssessmentWizard) -> QScrollArea:
    widget = wizard.gbv.parentWidget()
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    assert widget is not None
    return widget


def rect_in(wizard: AssessmentWizard, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(wizard, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_flowchart_stays_in_view_while_the_questions_scroll(
    qtbot: QtBot,
    db: Database,
    prompter: ScriptedPrompter,
    english: None,
    size: tuple[int, int],
) -> None:
    wizard = open_wizard(qtbot, db, new_case(db), prompter, None)
    wizard.resize(*size)
    wizard.go_to(GBV)
    qtbot.wait_until(lambda: wizard.size().width() == size[0])
    scroll = questions_scroll(wizard)
    chart = wizard.gbv.flowchart
    visible = QRect(QPoint(0, 0), wizard.size())
    before = rect_in(wizard, chart)
    step1_before = rect_in(wizard, wizard.gbv.step1)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the questions are longer than the window
    bar.setValue(bar.maximum())
    assert rect_in(wizard, wizard.gbv.step1).top() < step1_before.top()  # they moved
    after = rect_in(wizard, chart)
    assert after == before
    assert visible.contains(after), (after, visible)
    assert chart.visibleRegion().boundingRect() == chart.rect()  # nothing covers it
    # Beside the questions, not above them nor inside their scrolling area.
    assert not scroll.isAncestorOf(chart)
    assert not rect_in(wizard, scroll).intersects(after)
    assert rect_in(wizard, scroll).width() >= 380  # the questions stay usable


# --------------------------------------------------------------------------- read-only views


def completed_gbv_case(db: Database, officer: Actor) -> int:
    case_id = new_case(db, officer)
    state = open_assessment(db, case_id, actor=officer)
    inp = complete(gbv=serious_gbv(), mitigation=(measure(Criterion.GBV, True),))
    screened = apply_screen(inp, screen_article6(db, case_id, on_date=DAY), DAY)
    saved = save_assessment(db, state.assessment_id, screened, decision_date=DAY, actor=officer)
    complete_assessment(db, saved.assessment_id, actor=officer)
    return case_id


def darkest_lightness(widget: QWidget) -> int:
    image = widget.grab().toImage()
    inner = widget.rect().adjusted(5, 5, -5, -5)
    return min(
        image.pixelColor(x, y).lightness()
        for x in range(inner.left(), inner.right())
        for y in range(inner.top(), inner.bottom())
    )


def test_a_decider_reads_a_completed_assessment_in_normal_text_and_cannot_edit(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    case_id = completed_gbv_case(db, people.officer.actor)
    wizard = open_wizard(qtbot, db, case_id, prompter, people.decider.actor)
    wizard.go_to(GBV)
    page = wizard.gbv
    saving = [
        b
        for b in wizard.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and b.text().startswith("Save") and "PDF" not in b.text()
    ]
    assert saving == [], [b.text() for b in saving]
    assert wizard.next_button.text() == "Next >" and wizard.next_button.isEnabled()
    source_buttons = [
        b for b in page.findChildren(QPushButton) if b.objectName() in ("addSource", "removeSource")
    ]
    assert source_buttons and not any(b.isVisible() for b in source_buttons)

    # The keyboard changes nothing: text, a list, a radio button.
    reasoning = page.step1.reasoning
    saved_text = reasoning.toPlainText()
    type_text(qtbot, reasoning, "typed by the decider")
    assert reasoning.toPlainText() == saved_text
    types = page.types
    saved_types = types.text()
    type_text(qtbot, types, "more")
    assert types.text() == saved_types
    risk = page.risk.risk
    risk.setFocus()
    qtbot.keyClick(risk, Qt.Key.Key_Down)
    qtbot.keyClick(risk, Qt.Key.Key_Up)
    assert risk.currentData() == RiskLevel.OVERRIDING_BEFORE_MITIGATION.value
    click(qtbot, page.step3.answer.yes)
    page.step3.answer.yes.setFocus()
    qtbot.keyClick(page.step3.answer.yes, Qt.Key.Key_Space)
    assert page.step3.answer.value() is False
    assert not wizard.is_dirty()

    # Normal text, not the disabled grey: fields stay enabled, and the text is drawn dark.
    assert types.isEnabled() and reasoning.isEnabled() and risk.isEnabled()
    palette = types.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert normal != disabled
    middle = (normal.lightness() + disabled.lightness()) // 2
    assert darkest_lightness(types) < middle
    greyed = QLineEdit(saved_types)  # the same text, disabled: the check tells them apart
    greyed.resize(types.size())
    greyed.setEnabled(False)
    qtbot.addWidget(greyed)
    assert darkest_lightness(greyed) >= middle

    # Moving on still works, without saving anything.
    click(qtbot, wizard.next_button)
    assert wizard.stack.currentIndex() == GBV + 1
    assert prompter.errors() == []


def test_read_only_is_undone_and_hides_only_edit_actions(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    edit = QLineEdit("kept", root)
    combo = QComboBox(root)
    combo.addItems(["one", "two"])
    check = QCheckBox("tick", root)
    add = QPushButton("Add", root)
    mark_edit_action(add)
    go = QPushButton("Go to mitigation", root)
    layout = QVBoxLayout(root)
    for widget in (edit, combo, check, add, go):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)

    set_read_only(root, True)
    assert edit.isReadOnly() and not add.isVisible() and go.isVisible()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, check)
    assert combo.currentIndex() == 0 and not check.isChecked()

    set_read_only(root, False)
    assert not edit.isReadOnly() and add.isVisible()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, check)
    assert combo.currentIndex() == 1 and check.isChecked()
