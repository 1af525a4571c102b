"""One app instance, several people: a case goes from draft through the committee to a decision.

People sign in and switch on the same window; each step is done with the real widgets, and
each refusal (wrong role, own case, locked workstation) comes from the services.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from att_desktop.app import Application
from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus, OpinionKind, Role
from att_desktop.services import accounts, cases, committee
from att_desktop.ui.accounts import SessionManager, install_sessions
from att_desktop.ui.committee.review import DecideDialog, OpinionDialog, SubmitReviewDialog
from att_desktop.ui.committee.sessions import CommitteeSessionWindow
from att_desktop.ui.main_window import MainWindow
from tests.accounts_helpers import (
    MOD_NOT_ASKED,
    PASSWORD,
    Committee,
    assessed_case,
    committee_db,
    committee_template,
    make_user,
)
from tests.conftest import FreshSqlite
from tests.gui.conftest import ScriptedPrompter

__all__ = ["committee_db", "committee_template"]

Build = Callable[..., tuple[MainWindow, SessionManager]]


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


@pytest.fixture
def build(
    qtbot: QtBot, app_paths: AppPaths, prompter: ScriptedPrompter, english: None
) -> Iterator[Build]:
    managers: list[SessionManager] = []

    def make(db: Database) -> tuple[MainWindow, SessionManager]:
        window = MainWindow(db, app_paths, UserSettings(language="en"), prompter)
        qtbot.addWidget(window)
        manager = install_sessions(window, db, prompter, idle_ms=0)
        managers.append(manager)
        window.show()
        qtbot.waitExposed(window)
        return window, manager

    yield make
    for manager in managers:
        manager.idle_timer.stop()
        manager.deleteLater()


def sign_in(qtbot: QtBot, manager: SessionManager, username: str) -> None:
    """Switch user (Ctrl+L) if someone is signed in, then type the name and password."""
    if manager.current is not None:
        manager.switch_user()
    screen = manager.lock_screen
    assert screen is not None and screen.isVisible()
    form = screen.sign_in
    form.username.clear()
    qtbot.keyClicks(form.username, username)
    qtbot.keyClicks(form.password, PASSWORD)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert manager.current is not None and manager.current.username == username


def ok(qtbot: QtBot, dialog: QDialog | None) -> None:
    buttons = dialog.findChild(QDialogButtonBox) if dialog is not None else None
    assert isinstance(buttons, QDialogButtonBox)
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_case_from_draft_through_the_committee_to_a_decision(
    qtbot: QtBot, build: Build, committee_db: Database, people: Committee
) -> None:
    db = committee_db
    # The officer registered and assessed it (the wizard's own tests drive those pages).
    case_id = assessed_case(db, people.officer)
    window, manager = build(db)
    review = window.committee.review

    # --- the officer submits it to two agencies -------------------------------------------
    sign_in(qtbot, manager, "officer")
    assert "Officer" in window.windowTitle()
    assert window.action_new.isEnabled()
    window.open_case(case_id)
    assert not review.decide_button.isEnabled()  # a courtesy; the service is the guard
    click(qtbot, review.submit_button)
    dialog = review.dialog
    assert isinstance(dialog, SubmitReviewDialog)
    assert dialog.chosen() == [people.mfa, people.mod]  # the consultation rules' choice
    dialog.uncheck("MFA")
    dialog.uncheck("MOD")
    ok(qtbot, dialog)  # nothing chosen: refused inside the dialog, which stays open
    assert dialog.isVisible() and "choose at least one agency" in dialog.error_label.text()
    dialog.check("MFA")
    dialog.check("MOD")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert cases.get_case(db, case_id).status is CaseStatus.IN_COMMITTEE
    assert "0 of 2 agencies answered" in review.summary.text()
    assert "Waiting for: MFA" in review.summary.text()

    # --- the wrong role: the officer's decision is refused by the service -------------------
    review.decide_button.setEnabled(True)  # as if the button had been left on
    click(qtbot, review.decide_button)
    decide = review.dialog
    assert isinstance(decide, DecideDialog)
    decide.authorise.setChecked(True)
    qtbot.keyClicks(decide.rationale, "Officer tries to decide.")
    ok(qtbot, decide)
    assert "Only the deciding authority decides" in decide.error_label.text()
    decide.reject()

    # --- MFA approves, with a note mentioning the decider -----------------------------------
    sign_in(qtbot, manager, "mfa.member")
    window.open_case(case_id)
    assert not window.action_new.isEnabled()  # a member registers nothing
    click(qtbot, review.opinion_button)
    opinion = review.dialog
    assert isinstance(opinion, OpinionDialog)
    assert "Recommendation" in opinion.assessment.toPlainText()  # they see the assessment
    opinion.choose(OpinionKind.APPROVE_WITH_CONDITIONS)
    qtbot.keyClicks(opinion.reasons, "The end user is a known government ministry.")
    ok(qtbot, opinion)
    assert "state the conditions" in opinion.error_label.text()
    qtbot.keyClicks(opinion.conditions, "Post-shipment verification")
    ok(qtbot, opinion)
    assert not opinion.isVisible()
    assert "1 of 2 agencies answered" in review.summary.text()
    notes = window.committee.notes
    qtbot.keyClicks(notes.editor, "@decider MFA has answered; MOD to follow.")
    click(qtbot, notes.add_button)
    assert notes.list.count() == 1 and "@decider" in notes.list.item(0).text()

    # --- MOD refuses ------------------------------------------------------------------------
    sign_in(qtbot, manager, "mod.member")
    window.open_case(case_id)
    click(qtbot, review.opinion_button)
    opinion = review.dialog
    assert isinstance(opinion, OpinionDialog)
    opinion.choose(OpinionKind.REFUSE)
    qtbot.keyClicks(opinion.reasons, "Credible reports of diversion in the region.")
    ok(qtbot, opinion)
    assert "2 of 2 agencies answered" in review.summary.text()
    assert review.table.item(1, 2) is not None
    assert review.table.item(1, 2).text() == "Refuse"  # type: ignore[union-attr]

    # --- a member of an agency not asked is refused ---------------------------------------
    sign_in(qtbot, manager, "cus.member")
    window.open_case(case_id)
    click(qtbot, review.opinion_button)
    opinion = review.dialog
    assert isinstance(opinion, OpinionDialog)
    opinion.choose(OpinionKind.APPROVE)
    qtbot.keyClicks(opinion.reasons, "Fine by customs.")
    ok(qtbot, opinion)
    assert "was not sent to Customs" in opinion.error_label.text()
    opinion.reject()

    # --- locked: nothing can be done until someone signs in --------------------------------
    manager.lock()
    assert manager.is_locked and "Locked" in window.windowTitle()
    with pytest.raises(Exception, match="sign in first"):
        committee.add_note(db, window.actor(), case_id, "behind the lock")

    # --- the decider sees both opinions and decides; the MFA mention is in their queue ------
    sign_in(qtbot, manager, "decider")
    dock = window.committee.dock
    assert dock.isVisible()
    queued = [dock.list.item(r).text() for r in range(dock.list.count())]
    assert any("You were mentioned" in t for t in queued)
    assert any("Ready for your decision" in t for t in queued)
    dock.list.setCurrentRow(0)
    window.open_case(case_id)
    click(qtbot, review.decide_button)
    decide = review.dialog
    assert isinstance(decide, DecideDialog)
    shown = decide.findChild(type(review.summary), "decideOpinions")
    assert shown is not None and "MFA" in shown.text() and "MOD" in shown.text()
    decide.authorise.setChecked(True)
    decide.decided_on.setDate(decide.decided_on.date().fromString("2026-04-01", "yyyy-MM-dd"))
    qtbot.keyClicks(decide.rationale, "No prohibition; conditions address the diversion risk.")
    ok(qtbot, decide)
    assert not decide.isVisible(), decide.error_label.text()
    detail = cases.get_case(db, case_id)
    assert detail.status is CaseStatus.AUTHORISED
    # The timeline shows who did what, newest first.
    tree = window.committee.timeline.tree
    actions = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    whos = {tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    assert {"Officer", "Mfa.Member", "Mod.Member", "Decider"} <= whos
    assert any("Committee: 2 of 2" in a for a in actions)


def test_the_decider_is_refused_a_case_they_assessed_and_against_majority_needs_reasons(
    qtbot: QtBot, build: Build, committee_db: Database, people: Committee
) -> None:
    db = committee_db
    drafter = make_user(db, people.admin, "drafter", Role.LICENSING_OFFICER)
    own = assessed_case(db, drafter)
    other = assessed_case(db, people.officer)
    for case_id in (own, other):
        committee.request_review(db, people.officer, case_id, [people.mfa], reasons=MOD_NOT_ASKED)
        committee.record_opinion(
            db,
            people.mfa_member,
            case_id,
            committee.OpinionInput(OpinionKind.APPROVE, "No concerns."),
        )
    accounts.change_role(db, people.admin, drafter.user_id, Role.DECIDING_AUTHORITY, reason="Post")
    window, manager = build(db)
    review = window.committee.review

    sign_in(qtbot, manager, "drafter")
    window.open_case(own)
    click(qtbot, review.decide_button)
    decide = review.dialog
    assert isinstance(decide, DecideDialog)
    decide.authorise.setChecked(True)
    qtbot.keyClicks(decide.rationale, "Fine.")
    ok(qtbot, decide)
    assert "four-eyes" in decide.error_label.text()
    decide.reject()
    assert cases.get_case(db, own).status is CaseStatus.IN_COMMITTEE

    sign_in(qtbot, manager, "decider")
    window.open_case(other)
    click(qtbot, review.decide_button)
    decide = review.dialog
    assert isinstance(decide, DecideDialog)
    decide.deny.setChecked(True)
    decide.ground.setCurrentIndex(1)
    qtbot.keyClicks(decide.rationale, "Denied.")
    ok(qtbot, decide)
    assert "goes against it" in decide.error_label.text()
    qtbot.keyClicks(decide.majority_reason, "Intelligence received after the committee met.")
    ok(qtbot, decide)
    assert not decide.isVisible(), decide.error_label.text()
    assert cases.get_case(db, other).status is CaseStatus.DENIED


def test_a_committee_sitting_walks_through_cases_with_attendance(
    qtbot: QtBot, build: Build, committee_db: Database, people: Committee
) -> None:
    db = committee_db
    first = assessed_case(db, people.officer)
    second = assessed_case(db, people.officer, destination="CL")
    for case_id in (first, second):
        committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    window, manager = build(db)
    sign_in(qtbot, manager, "mfa.member")
    window.committee.open_sessions()
    sitting = window.committee.session_window
    assert isinstance(sitting, CommitteeSessionWindow)
    qtbot.keyClicks(sitting.title_edit, "April committee")
    click(qtbot, sitting.open_button)
    assert "Only a licensing officer or the deciding authority" in sitting.error.text()
    sitting.close()

    sign_in(qtbot, manager, "officer")
    window.committee.open_sessions()
    sitting = window.committee.session_window
    assert isinstance(sitting, CommitteeSessionWindow)
    qtbot.keyClicks(sitting.title_edit, "April committee")
    click(qtbot, sitting.open_button)
    assert sitting.sitting is not None and len(sitting.sitting.agenda) == 2
    assert "Case 1 of 2" in sitting.agenda_label.text()
    sitting.tick(people.mfa_member.user_id)
    sitting.tick(people.mod_member.user_id)
    click(qtbot, sitting.attendance_button)
    assert {a.user_id for a in sitting.sitting.attendance if a.present} == {
        people.mfa_member.user_id,
        people.mod_member.user_id,
    }
    qtbot.keyClicks(sitting.outcome, "Recommend approval")
    qtbot.keyClick(sitting.outcome, Qt.Key.Key_Return)
    assert "Case 2 of 2" in sitting.agenda_label.text()  # on to the next case
    qtbot.keyClicks(sitting.outcome, "Deferred: more information needed")
    click(qtbot, sitting.outcome_button)
    click(qtbot, sitting.close_sitting_button)
    assert committee.list_sessions(db)[0].is_open  # not before it is confirmed
    click(qtbot, sitting.cancel_close_button)
    assert committee.list_sessions(db)[0].is_open
    click(qtbot, sitting.close_sitting_button)
    click(qtbot, sitting.confirm_button)
    view = committee.list_sessions(db)[0]
    assert not view.is_open
    assert [a.outcome for a in view.agenda] == [
        "Recommend approval",
        "Deferred: more information needed",
    ]
    assert not sitting.outcome_button.isEnabled()


def test_reassignment_puts_the_case_in_the_new_officers_queue(
    qtbot: QtBot, build: Build, committee_db: Database, people: Committee
) -> None:
    db = committee_db
    successor = make_user(db, people.admin, "successor", Role.LICENSING_OFFICER)
    case_id = assessed_case(db, people.officer)
    window, manager = build(db)
    sign_in(qtbot, manager, "officer")
    window.open_case(case_id)
    notes = window.committee.notes
    click(qtbot, notes.reassign_button)
    dialog = notes.reassign_dialog
    assert dialog is not None
    dialog.person.setCurrentIndex(dialog.person.findData(successor.user_id))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    assert "say why" in dialog.error.text()  # the reason is required
    qtbot.keyClicks(dialog.reason, "Olga moves to the embargo unit")
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    assert "Assigned to Successor" in notes.assigned.text()
    sign_in(qtbot, manager, "successor")
    dock = window.committee.dock
    texts = [dock.list.item(r).text() for r in range(dock.list.count())]
    assert any("Assigned to you" in t for t in texts)
    dock.list.itemActivated.emit(dock.list.item(0))
    assert window.case_view.case is not None and window.case_view.case.id == case_id


def test_first_run_asks_for_the_administrator_and_tampering_is_shown_at_start(
    fresh_sqlite: FreshSqlite,
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    english: None,
) -> None:
    from att_desktop.db.engine import open_database

    target = fresh_sqlite(tmp_path / "first.sqlite3")
    db = open_database(target)
    app = Application(qapp, app_paths, prompter)
    window = app.show(db)
    qtbot.addWidget(window)
    sessions = app.sessions
    assert sessions is not None and sessions.lock_screen is not None
    screen = sessions.lock_screen
    assert screen.current_form is screen.first_admin
    form = screen.first_admin
    form.username.setText("root")
    form.full_name.setText("Rosa Root")
    form.password.setText("a long first passphrase")
    form.confirm.setText("a long first passphrase")
    form.button.click()
    assert sessions.current is not None and sessions.current.role is Role.ADMINISTRATOR
    assert "Rosa Root" in window.windowTitle()
    window.close()
    app.close()
    db.close()

    # Someone edits the history behind the app's back (the trigger is dropped first).
    with closing(sqlite3.connect(target)) as conn:
        triggers = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
            if "event" in r[0]
        ]
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE events SET summary = 'nothing happened' WHERE id = 1")
        conn.commit()
    db = open_database(target)
    app = Application(qapp, app_paths, prompter)
    window = app.show(db)
    qtbot.addWidget(window)
    qtbot.waitUntil(  # the history is checked on a worker thread
        lambda: any("tampered" in title for kind, title, _ in prompter.shown if kind == "error")
    )
    window.close()
    app.close()
    db.close()


def test_the_administrator_sets_idle_lock_and_quorum(
    qtbot: QtBot, build: Build, committee_db: Database
) -> None:
    from att_desktop.ui.accounts.dialogs import AccountsDialog
    from tests.accounts_helpers import ADMIN_PASSWORD

    _window, manager = build(committee_db)
    assert manager.lock_screen is not None
    form = manager.lock_screen.sign_in
    form.username.setText("admin")

    form.password.setText(ADMIN_PASSWORD)
    form.button.click()
    manager.open_accounts()
    dialog = manager.accounts_dialog
    assert isinstance(dialog, AccountsDialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.idle_minutes.setValue(5)
    dialog.quorum.setValue(1)
    click(qtbot, dialog.save_settings_button)
    assert dialog.message.text() == "Settings saved."
    assert accounts.idle_lock_minutes(committee_db) == 5
    assert committee.quorum_setting(committee_db) == 1
    dialog.close()


def test_in_the_wizard_the_officer_drafts_and_only_the_decider_decides(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    """The assessment wizard, given the signed-in person's actor, goes through the same
    service checks: the officer drafts and completes, but their decision is refused; a
    decider cannot start a draft; the decider then decides the completed assessment."""
    from att_desktop.services.permissions import PermissionDenied
    from att_desktop.ui.assessment.wizard import DECISION, AssessmentWizard
    from tests import factories
    from tests.gui.test_assessment_wizard import SaveAnswer, fill_gbv_case, type_text
    from tests.gui.test_assessment_wizard import click as press

    db = committee_db
    window, manager = build(db)

    def wizard_for(case_id: int) -> AssessmentWizard:
        wizard = AssessmentWizard(
            db,
            case_id,
            "en",
            prompter=prompter,
            ask_save=SaveAnswer("discard"),
            actor=window.actor(),
        )
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    def new_case() -> int:
        inp = factories.application(
            destination_code="NO", parties=(factories.end_user("Ministry of Defence", "NO"),)
        )
        return cases.create_application(db, inp, actor=window.actor()).id

    sign_in(qtbot, manager, "officer")
    case_id = new_case()
    untouched = new_case()
    wizard = wizard_for(case_id)
    fill_gbv_case(qtbot, wizard, reliable=True, to_decision=False)
    # The officer is never offered a decision: no step, no page; Complete instead.
    assert wizard.steps.item(DECISION).isHidden()
    assert not wizard.decision_page.isVisible() and not wizard.next_button.isEnabled()
    wizard.go_to(DECISION)
    assert wizard.stack.currentIndex() != DECISION
    press(qtbot, wizard.complete_button)
    assert not wizard.state.editable
    assert cases.get_case(db, case_id).status is not CaseStatus.AUTHORISED
    assert wizard.revision_button.isVisible()  # the drafter may reopen their assessment
    wizard.close()

    sign_in(qtbot, manager, "decider")
    with pytest.raises(PermissionDenied, match="Only a licensing officer drafts"):
        wizard_for(untouched)
    wizard = wizard_for(case_id)  # reading a completed assessment needs no drafting right
    assert not wizard.revision_button.isVisible()  # ... and offers no revision to a reader
    page = wizard.decision_page
    wizard.go_to(DECISION)
    assert page.isVisible() and page.authorise.isEnabled()
    press(qtbot, page.authorise)
    type_text(qtbot, page.rationale, "Authorised: the committee was not needed for this one")
    press(qtbot, page.record_button)
    assert page.refusal.text() == "", page.refusal.text()
    assert cases.get_case(db, case_id).status is CaseStatus.AUTHORISED
    wizard.close()


def test_a_wizard_left_open_keeps_its_owners_answers_when_someone_else_signs_in(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    """The next person is never asked about answers that are not theirs: the draft is saved
    in its author's name and the wizard closes."""
    from att_desktop.services import assessment
    from att_desktop.ui.assessment.wizard import AssessmentWizard
    from tests import factories
    from tests.gui.test_assessment_wizard import answer_article6_no

    db = committee_db
    window, manager = build(db)
    sign_in(qtbot, manager, "officer")
    inp = factories.application(
        destination_code="NO", parties=(factories.end_user("Ministry of Defence", "NO"),)
    )
    case_id = cases.create_application(db, inp, actor=window.actor()).id
    asked: list[str] = []

    def ask(_parent: object) -> str:
        asked.append("asked")
        return "discard"

    wizard = AssessmentWizard(
        db, case_id, "en", prompter=prompter, ask_save=ask, actor=window.actor()
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    answer_article6_no(qtbot, wizard)
    assert wizard.is_dirty()

    sign_in(qtbot, manager, "decider")
    assert not wizard.isVisible()
    assert asked == []
    state = assessment.current_assessment(db, case_id)
    assert state is not None
    assert (
        state.input.article6.other_obligations.reasoning == "No regional embargo or treaty bars it"
    )
    saved = [e for e in cases.get_case(db, case_id).history if e.action == "assessment_saved"]
    assert saved and saved[-1].actor_name == people.officer.full_name
