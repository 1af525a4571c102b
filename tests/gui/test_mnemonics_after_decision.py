"""Alt-key letters in the windows issue 14 added: no two controls shown together share one,
in English and in Chinese (whose catalogue writes "文字(&X)"), in every mode and with each tab
current, so Alt+letter reaches the field its label names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain.destination import DestinationTopic
from att_desktop.domain.enums import Role
from att_desktop.domain.incidents import IncidentKind, IncidentSource
from att_desktop.services import cases, committee, consultation, follow_up, incidents
from att_desktop.services import report_submission as rs
from att_desktop.services.decisions import decide
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.ui.accounts.agencies import MandateDialog
from att_desktop.ui.accounts.dialogs import AccountsDialog
from att_desktop.ui.case_view import CaseView
from att_desktop.ui.committee.review import SubmitReviewDialog
from att_desktop.ui.committee.sessions import CommitteeSessionWindow
from att_desktop.ui.context import AppContext
from att_desktop.ui.destination.window import DestinationFilesWindow
from att_desktop.ui.follow_up.dialogs import Action, ObligationDialog, RulesDialog
from att_desktop.ui.follow_up.panel import ObligationsPanel
from att_desktop.ui.follow_up.register import FollowUpWindow
from att_desktop.ui.gbv.training_dialog import TrainingDialog
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.incidents.dialog import IncidentDialog
from att_desktop.ui.incidents.window import IncidentsWindow
from att_desktop.ui.reporting.submission import SubmissionDialog
from tests.accounts_helpers import (
    Committee,
    assessed_case,
    committee_db,
    committee_template,
    make_user,
)
from tests.db.assessment_helpers import authorise
from tests.follow_up_helpers import licensed, shipped
from tests.gui.conftest import ScriptedPrompter
from tests.gui.mnemonics import assert_unique_mnemonics, mnemonic, visible_mnemonics
from tests.gui.test_committee_flow import Build, build, click, sign_in
from tests.gui.test_handover_dialog import Host
from tests.gui.test_report_submission_gui import Acting, _prepared
from tests.report_register import YEAR
from tests.report_submission_helpers import OPTIONS

__all__ = ["build", "committee_db", "committee_template"]

TODAY = date.today()


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def context(
    db: Database, app_paths: AppPaths, prompter: ScriptedPrompter, language: str
) -> AppContext:
    return AppContext(db, app_paths, UserSettings(language=language), prompter)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def check(window: QWidget, where: str) -> None:
    """Unique letters as the window stands, then with each tab of each tab widget current."""
    assert_unique_mnemonics(window, where)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        was = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            assert_unique_mnemonics(window, f"{where}, tab {tabs.tabText(i)!r}")
        tabs.setCurrentIndex(was)


def test_the_helper_reads_letters_as_qt_does(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPushButton

    assert mnemonic("Recei&ved on:") == "v"
    assert mnemonic("R&&D &budget") == "b"
    assert mnemonic("收到日期(&V)：") == "v"
    assert mnemonic("Save") is None and mnemonic("A && B") is None
    page = QWidget()
    form = QFormLayout(page)
    form.addRow("&Name:", QLineEdit(page))
    form.addRow(QPushButton("&New", page))
    hidden = QCheckBox("&Hidden", page)
    form.addRow(hidden)
    hidden.hide()
    shown(qtbot, page)
    assert visible_mnemonics(page) == {"n": ["&Name:", "&New"]}
    with pytest.raises(AssertionError, match="&Name:"):
        assert_unique_mnemonics(page)


def test_follow_up_dialogs_panel_and_register(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    language: str,
) -> None:
    db = committee_db
    case_id, licence_id = licensed(db, people)
    shipped(db, people.officer, licence_id, TODAY - timedelta(days=100), "B-1")
    follow_up.schedule_visit(
        db, licence_id, planned_on=TODAY, visitors="Attaché", actor=people.officer
    )
    ctx = context(db, app_paths, prompter, language)
    ctx.set_user(people.officer)
    obligations = follow_up.list_obligations(db)
    for action in Action:
        for obligation in obligations:
            dialog = ObligationDialog(
                ctx,
                action,
                obligation=None if action is Action.ADD else obligation,
                licences=((licence_id, obligation.licence_number),),
            )
            check(shown(qtbot, dialog), f"follow-up {action.value}")
            if action is Action.ADD:
                for i in range(dialog.kind.count()):
                    dialog.kind.setCurrentIndex(i)
                    check(dialog, f"follow-up add, kind {dialog.kind.currentText()}")
            dialog.close()
    check(shown(qtbot, RulesDialog(ctx)), "certificate rules")
    panel = ObligationsPanel(ctx, per_case=True)
    shown(qtbot, panel)
    panel.set_case(case_id)
    check(panel, "follow-up panel")
    register = FollowUpWindow(ctx, lambda _id: None)
    check(shown(qtbot, register), "follow-up register")
    register.due_between.setChecked(True)
    check(register, "follow-up register, due between")


def test_incident_dialog_and_window(
    qtbot: QtBot,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    language: str,
) -> None:
    ctx = context(db, app_paths, prompter, language)
    window = IncidentsWindow(ctx)
    check(shown(qtbot, window), "incidents window")
    new = IncidentDialog(ctx)
    check(shown(qtbot, new), "new incident")
    new.occurred_known.setChecked(not new.occurred_known.isChecked())
    check(new, "new incident, date known toggled")
    new.close()
    incidents.record_incident(
        db,
        incidents.IncidentInput(
            IncidentKind.SUSPECTED_DIVERSION,
            IncidentSource.CUSTOMS_SEIZURE,
            "Seizure 44/2026",
            None,
            TODAY,
            "Rifles seized at the border.",
            "NO",
            (),
        ),
    )
    (recorded,) = incidents.list_incidents(db)
    check(shown(qtbot, IncidentDialog(ctx, incident=recorded)), "edit incident")
    window.close()
    check(shown(qtbot, IncidentsWindow(ctx)), "incidents window with one")


def test_accounts_rules_mandate_handover_and_training(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    language: str,
) -> None:
    db = committee_db
    leaver = make_user(db, people.admin, "leaver", Role.LICENSING_OFFICER)
    case_id = assessed_case(db, people.officer)
    committee.reassign_case(db, people.officer, case_id, leaver.user_id, "leave cover")
    dialog = AccountsDialog(Host(db, people.admin, prompter))
    check(shown(qtbot, dialog), "accounts")

    dialog.tabs.setCurrentIndex(1)
    dialog.agency_table.selectRow(0)
    click(qtbot, dialog.mandate_button)
    mandate = dialog.mandate_dialog
    assert isinstance(mandate, MandateDialog)
    check(mandate, "mandate")
    mandate.close()

    dialog.tabs.setCurrentIndex(0)
    row = next(i for i, u in enumerate(dialog.users) if u.username == "leaver")
    dialog.user_table.selectRow(row)
    click(qtbot, dialog.deactivate_button)
    handover = dialog.deactivation_dialog
    assert handover is not None and handover.isVisible()
    check(handover, "handover")
    handover.close()

    training = TrainingDialog(db, people.admin, leaver.user_id, "Leaver")
    check(shown(qtbot, training), "GBV training")


def test_change_request_dialogs(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    language: str,
) -> None:
    db = committee_db
    case_id = assessed_case(db, people.officer)
    decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    ctx = context(db, app_paths, prompter, language)
    ctx.set_user(people.officer)
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show_case(cases.get_case(db, case_id))
    view.show()
    view.open_change_requests()
    dialog = view.change_requests_dialog
    assert dialog is not None
    check(dialog, "change requests")
    record = dialog.open_record()
    check(record, "record change request")
    for i in range(record.kind.count()):
        record.kind.setCurrentIndex(i)
        check(record, f"record change request, {record.kind.currentText()}")
    record.kind.setCurrentIndex(0)
    record.received_on.setDate(QDate(2026, 5, 4))
    record.country.setFocus()
    qtbot.keyClicks(record.country, "Argentina")
    qtbot.keyClick(record.country, Qt.Key.Key_Tab)
    record.party.setText("Policía Federal")
    record.lines.item(0, 1).setText("40")
    record.justification.setPlainText("Surplus rifles for the federal police.")
    record.save_button.click()
    assert not record.isVisible(), record.message.text()
    dialog.close()

    ctx.set_user(people.decider)
    view.open_change_requests()
    dialog = view.change_requests_dialog
    assert dialog is not None
    dialog.table.selectRow(0)
    decision = dialog.open_decide()
    assert decision is not None
    check(decision, "decide change request")
    decision.refuse.setChecked(True)
    check(decision, "decide change request, refusing")


def test_committee_sessions_and_agency_chooser(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    language: str,
) -> None:
    db = committee_db
    consultation.set_mandate(
        db, people.admin, people.customs, consultation.MandateInput("Border control.")
    )
    first = assessed_case(db, people.officer)
    ctx = context(db, app_paths, prompter, language)
    ctx.set_user(people.officer)
    sittings = CommitteeSessionWindow(ctx)
    check(shown(qtbot, sittings), "committee sessions, none open")
    sittings.close()
    committee.request_review(db, people.officer, first, [people.mfa, people.mod])
    committee.open_session(db, people.officer.actor, TODAY, "April committee")
    sittings = CommitteeSessionWindow(ctx)
    check(shown(qtbot, sittings), "committee sessions, one open")
    click(qtbot, sittings.close_sitting_button)
    check(sittings, "committee sessions, confirming the close")
    sittings.close()

    second = assessed_case(db, people.officer, destination="CL")
    window, manager = build(db)
    sign_in(qtbot, manager, "officer")
    window.open_case(second)
    review = window.committee.review
    click(qtbot, review.submit_button)
    chooser = review.dialog
    assert isinstance(chooser, SubmitReviewDialog)
    check(chooser, "agency chooser")
    chooser.close()


def test_destination_files(qtbot: QtBot, db: Database, language: str) -> None:
    win = DestinationFilesWindow(db, language, LOCAL_OFFICER, today=TODAY)
    check(shown(qtbot, win), "destination files")
    from tests.gui.test_destination_files_gui import choose_state

    choose_state(qtbot, win, "Brazil")
    check(win, "destination files, Brazil")
    win.topics.setCurrentCell(1, 0)
    click(qtbot, win.add_button)
    entry = win.entry_dialog
    assert entry is not None
    check(entry, "destination finding")
    assert entry.chosen_topic() is DestinationTopic.HUMAN_RIGHTS


@pytest.mark.parametrize("who", ["decider", "focal", "customs_member"])
def test_report_submission(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, language: str, who: str
) -> None:
    def open_dialog(acting: Acting) -> SubmissionDialog:
        dialog = SubmissionDialog(
            db, actor=acting, year=YEAR, options=lambda: OPTIONS, prompter=prompter
        )
        shown(qtbot, dialog)
        return dialog

    people = _prepared(db)
    acting = Acting(getattr(people, who).actor)
    check(open_dialog(acting), f"report submission as {who}, prepared")
    rs.approve_report(db, YEAR, actor=people.decider.actor)
    check(open_dialog(acting), f"report submission as {who}, approved")
    unopened = SubmissionDialog(
        db, actor=acting, year=YEAR + 1, options=lambda: OPTIONS, prompter=prompter
    )
    check(shown(qtbot, unopened), f"report submission as {who}, not opened")
