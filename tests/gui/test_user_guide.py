"""Help → User guide and F1: the offline guide opens at the section for the current window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.services.dto import Actor
from att_desktop.ui.assessment.wizard import AssessmentWizard
from att_desktop.ui.help import GuideWindow
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.prompts import Prompter
from tests.gui.conftest import MakeCase, ScriptedPrompter


def _guide(window: MainWindow) -> GuideWindow:
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    return guide


def test_help_menu_offers_the_user_guide_and_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    help_menu = window.menus.menus["helpMenu"]
    assert window.action_user_guide in help_menu.actions()
    assert window.action_user_guide.shortcut().toString() == "F1"
    assert window.help.guide is None

    window.action_user_guide.trigger()

    guide = _guide(window)
    assert guide.current_chapter() == "introduction"
    assert guide.current_section() == "main-window"
    assert "The register at the top lists every application" in guide.text()
    # The contents list names every chapter, and marks where the reader is.
    tops = [
        guide.contents.topLevelItem(i).text(0) for i in range(guide.contents.topLevelItemCount())
    ]
    assert tops == [
        "Introduction",
        "Licensing officer",
        "Committee member",
        "Deciding authority",
        "National focal point",
        "Administrator",
    ]
    assert guide.contents.currentItem().text(0) == "The main window"


def test_f1_in_the_main_window_opens_the_main_window_section(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    guide = _guide(window)
    assert (guide.current_chapter(), guide.current_section()) == ("introduction", "main-window")


def _discarding_wizard(
    db: Database, case_id: int, language: str, parent: QWidget, prompter: Prompter, actor: Actor
) -> AssessmentWizard:
    """The wizard, answering "discard" when it closes with unsaved answers."""
    return AssessmentWizard(
        db, case_id, language, parent, prompter=prompter, ask_save=lambda _p: "discard", actor=actor
    )


def test_f1_in_the_assessment_opens_the_assessment_section(
    qtbot: QtBot,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
    make_case: MakeCase,
) -> None:
    window = MainWindow(
        db, app_paths, UserSettings(language="en"), prompter, wizard_factory=_discarding_wizard
    )
    qtbot.addWidget(window)
    window.show()
    case = make_case()
    wizard = window.assess_case(case.id)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.steps.setFocus()

    qtbot.keyClick(wizard.steps, Qt.Key.Key_F1)

    guide = _guide(window)
    assert (guide.current_chapter(), guide.current_section()) == ("officer", "officer-assessment")
    assert "Run embargo screen" in guide.text()
    # Nothing else took the key: the wizard stays on its step.
    assert wizard.isVisible()


def test_f1_in_the_committee_tab_opens_the_committee_chapter(
    qtbot: QtBot, window: MainWindow, make_case: MakeCase
) -> None:
    case = make_case()
    window.open_case(case.id)
    review = window.committee.review
    window.case_view.tabs.setCurrentWidget(review)
    review.setFocus()
    qtbot.keyClick(review, Qt.Key.Key_F1)
    assert _guide(window).current_section() == "committee-tab"


def test_contents_back_forward_and_find_are_keyboard_driven(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.action_user_guide.trigger()
    guide = _guide(window)
    item = next(
        guide.contents.topLevelItem(i)
        for i in range(guide.contents.topLevelItemCount())
        if guide.contents.topLevelItem(i).text(0) == "Administrator"
    )
    guide.contents.setFocus()
    guide.contents.setCurrentItem(item)
    qtbot.keyClick(guide.contents, Qt.Key.Key_Return)
    assert guide.current_chapter() == "administrator"
    assert guide.back_button.isEnabled() and not guide.forward_button.isEnabled()

    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.current_chapter() == "introduction"
    assert guide.forward_button.isEnabled()
    qtbot.mouseClick(guide.forward_button, Qt.MouseButton.LeftButton)
    assert guide.current_chapter() == "administrator"

    qtbot.keyClicks(guide.find_box, "one-time password")
    qtbot.keyClick(guide.find_box, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText() == "one-time password"
    assert guide.find_label.text() == ""
    guide.find_box.setText("no such words anywhere")
    qtbot.keyClick(guide.find_box, Qt.Key.Key_Return)
    assert guide.find_label.text() == "Not found"


def test_the_guide_is_chinese_when_the_ui_is(
    qtbot: QtBot, window_factory: Callable[..., MainWindow]
) -> None:
    window = window_factory("zh_CN")
    window.action_user_guide.trigger()
    guide = _guide(window)
    assert guide.language == "zh_CN"
    assert guide.contents.topLevelItem(0).text(0) == "简介"
    assert "登记簿" in guide.text()  # the register, as the window names it
    assert "The register at the top" not in guide.text()
