"""The assessment wizard opened from the main window: selected case, Assess, decision, refresh."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import cases
from att_desktop.services.dto import Actor, CaseDetail
from att_desktop.ui.assessment.wizard import AssessmentWizard
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.register_model import Column
from tests import factories
from tests.conftest import FreshSqlite

from .conftest import ScriptedPrompter
from .test_assessment_wizard import (
    SaveAnswer,
    answer_article6_no,
    click,
    next_page,
    run_screen,
    type_text,
)

OFFICER = Actor(user_id=None, name="Officer Lindqvist")


class Wizards:
    """A wizard factory for the window that answers "save?" from a script and keeps count."""

    def __init__(self, answer: str = "discard") -> None:
        self.ask = SaveAnswer(answer)
        self.built: list[AssessmentWizard] = []

    def __call__(
        self,
        db: Database,
        case_id: int,
        language: str,
        parent: QWidget,
        prompter: Prompter,
        actor: Actor,
    ) -> AssessmentWizard:
        wizard = AssessmentWizard(
            db, case_id, language, parent, prompter=prompter, ask_save=self.ask, actor=actor
        )
        self.built.append(wizard)
        return wizard


@pytest.fixture
def wizards() -> Wizards:
    return Wizards()


@pytest.fixture
def window(
    qtbot: QtBot,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
    wizards: Wizards,
) -> MainWindow:
    window = MainWindow(
        db, app_paths, UserSettings(language="en"), prompter, actor=OFFICER, wizard_factory=wizards
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def new_case(db: Database, country: str, received: date = date(2026, 3, 5)) -> CaseDetail:
    inp = factories.application(
        destination_code=country,
        received_on=received,
        parties=(factories.end_user("Ministry of Defence", country),),
    )
    return cases.create_application(db, inp, today=date(2026, 3, 5))


def click_row(qtbot: QtBot, window: MainWindow, case_id: int) -> None:
    row = window.model.row_of(case_id)
    assert row is not None
    rect = window.table.visualRect(window.model.index(row, Column.REFERENCE))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def register_status(window: MainWindow, case_id: int) -> str:
    row = window.model.row_of(case_id)
    assert row is not None
    return str(window.model.data(window.model.index(row, Column.STATUS)))


def test_selecting_a_case_and_clicking_assess_opens_the_wizard_and_a_decision_refreshes(
    qtbot: QtBot, window: MainWindow, db: Database, wizards: Wizards
) -> None:
    other = new_case(db, "NO")
    case = new_case(db, "KP")  # the DPRK: a full UN arms embargo, so the case ends in a denial
    cases.set_status(db, case.id, CaseStatus.SUBMITTED)
    window.refresh()
    assert not window.action_assess.isEnabled()  # nothing selected yet

    click_row(qtbot, window, case.id)
    view = window.case_view
    assert view.case is not None and view.case.id == case.id
    assert window.action_assess.isEnabled() and view.assess_button.isEnabled()
    assert register_status(window, case.id) == "Submitted"

    click(qtbot, view.assess_button)

    wizard = window.assessment_wizards[case.id]
    assert wizards.built == [wizard]
    assert wizard.isVisible() and not wizard.isModal()
    assert wizard.application_id == case.id
    assert wizard.case.reference == case.reference
    assert case.reference in wizard.windowTitle()
    assert wizard.actor == OFFICER  # the window's actor is passed through
    # Opening the assessment started it: the register and the case view already say so.
    assert register_status(window, case.id) == "Under assessment"
    assert view.status_label.text() == "Under assessment"

    # Assess again (the shortcut this time): the same wizard comes forward, not a second one.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert wizards.built == [wizard]

    run_screen(qtbot, wizard)
    answer_article6_no(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.decision_page
    type_text(qtbot, page.rationale, "UN arms embargo on the DPRK")
    with qtbot.waitSignal(wizard.decided, timeout=5000):
        click(qtbot, page.record_button)

    assert register_status(window, case.id) == "Denied"
    assert register_status(window, other.id) == "Draft"
    assert view.case is not None and view.case.id == case.id
    assert view.status_label.text() == "Denied"
    decision = view.findChild(QWidget, "fact_decision")
    assert decision is not None and decision.isVisible()
    assert "Denied on 2026-03-10 by Officer Lindqvist" in view.decision_text()
    assert "Article 6(1)" in view.decision_text()
    assert not window.action_edit.isEnabled()
    # A decided case with an assessment can still be reviewed in the wizard.
    assert window.action_assess.isEnabled()
    assert "Decision recorded" in [
        view.history_table.item(r, 2).text()  # type: ignore[union-attr]
        for r in range(view.history_table.rowCount())
    ]

    click(qtbot, wizard.close_button)
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: case.id not in window.assessment_wizards, timeout=2000)


def test_assess_is_in_the_case_menu_with_its_shortcut(window: MainWindow) -> None:
    menus = {
        a.menu().objectName(): a.menu()
        for a in window.menuBar().actions()
        if isinstance(a.menu(), QMenu)
    }
    case_menu = menus["caseMenu"]
    assert isinstance(case_menu, QMenu)
    assert window.action_assess in case_menu.actions()
    assert window.action_edit in case_menu.actions()
    assert window.action_assess.shortcut().toString() == "Ctrl+Shift+A"
    assert window.action_assess.text() == "&Assess…"


def test_the_case_view_follows_the_keyboard_selection(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    first = new_case(db, "NO", date(2026, 3, 1))
    second = new_case(db, "SE", date(2026, 3, 2))
    window.refresh()
    window.table.setFocus()
    click_row(qtbot, window, second.id)  # newest first: the top row
    assert window.case_view.case is not None and window.case_view.case.id == second.id
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.case_view.case.id == first.id
    assert window.action_assess.isEnabled()


def test_withdrawn_and_decided_without_assessment_cannot_be_assessed(
    window: MainWindow, db: Database, wizards: Wizards
) -> None:
    withdrawn = new_case(db, "NO")
    cases.set_status(db, withdrawn.id, CaseStatus.WITHDRAWN, reason="The applicant withdrew")
    imported = new_case(db, "SE")
    cases.set_status(db, imported.id, CaseStatus.AUTHORISED)
    window.refresh()

    window.open_case(withdrawn.id)
    assert not window.action_assess.isEnabled()
    assert not window.case_view.assess_button.isEnabled()
    assert "withdrawn" in window.case_view.assess_button.toolTip()

    window.open_case(imported.id)
    assert not window.action_assess.isEnabled()
    assert "without an assessment" in window.case_view.assess_button.toolTip()
    window.action_assess.trigger()
    assert wizards.built == []


def test_closing_the_window_asks_the_open_wizard_and_cancel_keeps_both(
    qtbot: QtBot, window: MainWindow, db: Database, wizards: Wizards
) -> None:
    case = new_case(db, "NO")
    window.refresh()
    window.open_case(case.id)
    wizard = window.assess_case(case.id)
    assert wizard is not None
    type_text(qtbot, wizard.article6.knowledge.reasoning, "Typed, never saved")

    wizards.ask.answer = "cancel"
    assert not window.close()
    assert wizards.ask.asked == 1
    assert window.isVisible() and wizard.isVisible()

    wizards.ask.answer = "discard"
    assert window.close()
    assert not window.isVisible() and not wizard.isVisible()
    assert wizards.ask.asked == 2


def test_a_refusal_to_open_the_assessment_is_shown(
    qtbot: QtBot,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    from att_desktop.services.errors import ServiceError

    def refuse(*_args: object) -> AssessmentWizard:
        raise ServiceError("The case is locked by another officer.")

    factory: Callable[..., AssessmentWizard] = refuse
    window = MainWindow(
        db, app_paths, UserSettings(language="en"), prompter, wizard_factory=factory
    )
    qtbot.addWidget(window)
    case = new_case(db, "NO")
    window.refresh()
    window.open_case(case.id)
    assert window.assess_case(case.id) is None
    assert prompter.errors() == ["The case is locked by another officer."]
    assert window.assessment_wizards == {}


def test_switching_language_or_database_closes_the_wizards_first(
    fresh_sqlite: FreshSqlite,
    qtbot: QtBot,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
    wizards: Wizards,
    tmp_path: Path,
) -> None:
    switched: list[str] = []
    window = MainWindow(
        db,
        app_paths,
        UserSettings(language="en"),
        prompter,
        on_language_change=switched.append,
        wizard_factory=wizards,
    )
    qtbot.addWidget(window)
    window.show()
    case = new_case(db, "NO")
    window.refresh()
    wizard = window.assess_case(case.id)
    assert wizard is not None
    type_text(qtbot, wizard.article6.knowledge.reasoning, "Typed, never saved")

    # The window is rebuilt in the new language: not while answers would be lost.
    wizards.ask.answer = "cancel"
    window.language_actions["zh_CN"].trigger()
    assert switched == [] and wizard.isVisible()
    assert window.language_actions["en"].isChecked()

    # Another database: the wizard (on the old one) is closed first, or nothing happens.
    other = fresh_sqlite(tmp_path / "other.sqlite3")
    assert not window.open_database_at(str(other))
    assert window.db is db and wizard.isVisible()

    wizards.ask.answer = "save"
    assert window.open_database_at(str(other))
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: window.db is not db)  # opened on a worker thread
    assert window.model.rowCount() == 0
    window.db.close()


def test_a_case_cannot_be_edited_under_its_open_assessment(
    qtbot: QtBot, window: MainWindow, db: Database, prompter: ScriptedPrompter
) -> None:
    case = new_case(db, "NO")
    window.refresh()
    window.open_case(case.id)
    wizard = window.assess_case(case.id)
    assert wizard is not None

    qtbot.mouseClick(window.case_view.edit_button, Qt.MouseButton.LeftButton)
    assert window.application_dialog is None
    kind, title, text = prompter.shown[-1]
    assert (kind, title) == ("inform", "Assessment open")
    assert case.reference in text

    click(qtbot, wizard.close_button)
    qtbot.waitUntil(lambda: case.id not in window.assessment_wizards, timeout=2000)
    qtbot.mouseClick(window.case_view.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.application_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.confirm_discard = lambda _parent: True
    dialog.reject()


def test_a_decision_leaves_another_open_case_on_screen(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    case = new_case(db, "KP")
    other = new_case(db, "NO")
    window.refresh()
    window.open_case(case.id)
    wizard = window.assess_case(case.id)
    assert wizard is not None
    click_row(qtbot, window, other.id)  # the officer looks at another case meanwhile

    run_screen(qtbot, wizard)
    answer_article6_no(qtbot, wizard)
    next_page(qtbot, wizard)
    type_text(qtbot, wizard.decision_page.rationale, "UN arms embargo on the DPRK")
    with qtbot.waitSignal(wizard.decided, timeout=5000):
        click(qtbot, wizard.decision_page.record_button)

    assert window.case_view.case is not None and window.case_view.case.id == other.id
    assert register_status(window, case.id) == "Denied"
    assert window.table.currentIndex().row() == window.model.row_of(other.id)


def test_reopening_at_once_after_closing_keeps_one_wizard_per_case(
    qtbot: QtBot, window: MainWindow, db: Database, wizards: Wizards
) -> None:
    case = new_case(db, "NO")
    window.refresh()
    window.open_case(case.id)
    first = window.assess_case(case.id)
    assert first is not None
    first.close()  # deleted later, when the event loop runs
    second = window.assess_case(case.id)  # before that happens
    assert second is not None and second is not first
    qtbot.waitUntil(lambda: len(wizards.built) == 2 and not first.isVisible(), timeout=2000)
    qtbot.wait(50)  # the first one's deletion has run by now
    assert window.assessment_wizards == {case.id: second}
    assert window.assess_case(case.id) is second
