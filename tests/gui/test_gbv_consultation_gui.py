"""Issue 14 in the window: the officer asks the gender adviser from the GBV page, the adviser
signs in and answers from My work; the GBV training banner; end-user certificate checks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.enums import Role
from att_desktop.services import cases
from att_desktop.services.gbv_consultation import consultations
from att_desktop.services.my_work import my_work
from att_desktop.services.work_items import WorkReason
from att_desktop.ui.accounts.dialogs import AccountsDialog
from att_desktop.ui.assessment.wizard import DIVERSION, GBV, AssessmentWizard
from att_desktop.ui.gbv.training_dialog import TrainingDialog
from tests.accounts_helpers import (
    ADMIN_PASSWORD,
    Committee,
    committee_db,
    committee_template,
    make_user,
)
from tests.db.gbv_helpers import assessed
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_assessment_wizard import SaveAnswer
from tests.gui.test_committee_flow import build, click, people, sign_in

__all__ = ["build", "committee_db", "committee_template", "people"]

QUESTION = "Is sexual violence by the receiving unit documented?"
BANNER = "You have no recorded training on gender-based violence"


def open_wizard(
    qtbot: QtBot, db: Database, case_id: int, prompter: ScriptedPrompter, people: Committee
) -> AssessmentWizard:
    wizard = AssessmentWizard(
        db,
        case_id,
        "en",
        prompter=prompter,
        ask_save=SaveAnswer("discard"),
        actor=people.officer.actor,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def test_the_officer_asks_and_the_adviser_answers_from_my_work(
    qtbot: QtBot,
    build: object,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    grace = make_user(db, people.admin, "grace", Role.GENDER_ADVISER)
    quiet, _ = assessed(db, people.officer, serious=False)
    case_id, _ = assessed(db, people.officer, serious=True)
    # Steps 1 and 2 not both yes: nothing to ask.
    wizard = open_wizard(qtbot, db, quiet, prompter, people)
    wizard.go_to(GBV)
    assert not shown(wizard.gbv_consultation)
    wizard.close()

    wizard = open_wizard(qtbot, db, case_id, prompter, people)
    wizard.go_to(GBV)
    box = wizard.gbv_consultation
    assert shown(box) and shown(box.ask_button)
    assert BANNER in box.banner.text() and shown(box.banner)
    # Choose Grace by keyboard, type the question, ask.
    box.adviser.setFocus()
    qtbot.keyClick(box.adviser, Qt.Key.Key_Down)
    assert box.adviser.currentText() == grace.full_name
    qtbot.keyClicks(box.question, QUESTION)
    click(qtbot, box.ask_button)
    assert prompter.errors() == []
    assert "Awaiting the gender adviser's answer." in box.status.text()
    assert not shown(box.ask_button)  # one open question at a time
    wizard.close()

    window, manager = build(db)  # type: ignore[operator]
    sign_in(qtbot, manager, "grace")
    dock = window.committee.dock
    entries = [dock.list.item(r).text() for r in range(dock.list.count())]
    reference = cases.get_case(db, case_id).reference
    assert any(
        reference in e and "Your advice on gender-based violence is asked" in e for e in entries
    )
    dock.list.setFocus()
    dock.list.setCurrentRow(0)
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    view = window.case_view
    panel = view.consultation_panel
    assert view.case is not None and view.case.id == case_id
    assert view.tabs.currentWidget() is panel and shown(panel.form)
    assert QUESTION in panel.text.text()
    asked: list[str] = []
    panel.confirm = lambda _parent, text: asked.append(text) or True
    qtbot.keyClicks(panel.answer, "Documented in 2025; weigh it in step 4.")
    qtbot.keyClicks(panel.consulted_rows[0].name, "Women's Rights Network")
    panel.consulted_rows[0].kind.setCurrentIndex(0)
    click(qtbot, panel.record_button)
    assert asked and "cannot be changed" in asked[0]
    (answered,) = consultations(db, case_id)
    assert answered.answered_by == grace.full_name and not answered.open
    assert answered.consulted[0].name == "Women's Rights Network"
    assert "Answered by Grace" in panel.text.text() and not shown(panel.form)
    assert not [w for w in my_work(db, grace) if w.reason is WorkReason.GBV_CONSULTATION_AWAITED]
    entries = [dock.list.item(r).text() for r in range(dock.list.count())]
    assert not any("gender-based violence is asked" in e for e in entries)
    table = view.history_table
    history = [
        f"{table.item(r, 2).text()} | {table.item(r, 3).text()}" for r in range(table.rowCount())
    ]
    assert any(
        "Gender adviser answered | Gender adviser answered: Documented in 2025" in h
        for h in history
    )
    assert any(
        "Gender adviser consulted | Gender adviser asked (Grace): Is sexual" in h for h in history
    )


def test_the_training_banner_goes_once_gbv_training_is_recorded(
    qtbot: QtBot,
    build: object,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    case_id, _ = assessed(db, people.officer, serious=True)
    wizard = open_wizard(qtbot, db, case_id, prompter, people)
    wizard.go_to(GBV)
    assert shown(wizard.gbv_consultation.banner)
    wizard.close()

    window, manager = build(db)  # type: ignore[operator]
    assert manager.lock_screen is not None
    form = manager.lock_screen.sign_in
    form.username.setText("admin")
    form.password.setText(ADMIN_PASSWORD)
    form.button.click()
    manager.open_accounts()
    accounts_dialog = manager.accounts_dialog
    assert isinstance(accounts_dialog, AccountsDialog)
    row = [u.username for u in accounts_dialog.users].index("officer")
    accounts_dialog.user_table.selectRow(row)
    click(qtbot, accounts_dialog.training_button)
    dialog = accounts_dialog.training_dialog
    assert isinstance(dialog, TrainingDialog) and dialog.isVisible()
    assert "No valid training on gender-based violence" in dialog.status.text()
    # A course in the future is refused, in words; then the real one is added.
    dialog.completed_on.setText((date.today() + timedelta(days=3)).isoformat())
    qtbot.keyClicks(dialog.title, "GBV in export risk assessment")
    click(qtbot, dialog.add_button)
    assert "cannot be in the future" in dialog.error.text()
    dialog.completed_on.setText(date.today().isoformat())
    qtbot.keyClicks(dialog.provider, "Control Arms")
    dialog.valid_until.setText((date.today() + timedelta(days=365)).isoformat())
    click(qtbot, dialog.add_button)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Gender-based violence"
    assert "GBV training recorded and valid today." in dialog.status.text()
    dialog.close()
    accounts_dialog.close()

    wizard = open_wizard(qtbot, db, case_id, prompter, people)
    wizard.go_to(GBV)
    assert not shown(wizard.gbv_consultation.banner)
    wizard.close()
    # The officer sees their own register (Settings/session menu → My training…), read-only.
    sign_in(qtbot, manager, "officer")
    window.menus.actions["action_my_training"].trigger()
    own = manager.training_dialog
    assert isinstance(own, TrainingDialog) and own.isVisible()
    assert own.table.item(0, 1).text() == "GBV in export risk assessment"
    assert not shown(own.form)
    own.close()


def test_a_reused_certificate_is_flagged_in_the_case_view_and_on_article_11(
    qtbot: QtBot,
    build: object,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    first, _ = assessed(db, people.officer, serious=False, end_user_name="Army")
    second, _ = assessed(
        db, people.officer, serious=False, end_user_name="Navy", euc_number="MOD-2025-117"
    )
    window, manager = build(db)  # type: ignore[operator]
    sign_in(qtbot, manager, "officer")
    window.open_case(first)
    panel = window.case_view.euc_panel
    window.case_view.tabs.setCurrentWidget(panel)
    assert shown(panel.form)
    qtbot.keyClicks(panel.number, "mod 2025 117")
    qtbot.keyClicks(panel.issuer, "Ministry of Defence")
    panel.issued_on.setText("2026-01-05")
    qtbot.keyClicks(panel.contacted, "Legal office, by telephone")
    panel.contacted_on.setText("2026-01-01")
    click(qtbot, panel.record_button)
    assert "cannot be contacted before the issue date" in panel.error.text()
    panel.contacted_on.setText("2026-02-01")
    panel.result.setFocus()
    qtbot.keyClick(panel.result, Qt.Key.Key_Down)  # Not authentic
    click(qtbot, panel.record_button)
    assert panel.error.text() == ""
    other = cases.get_case(db, second).reference
    assert f"EUC number mod 2025 117 is also on case {other} (different end user)" in (
        panel.flags.text()
    )
    assert "NOT authentic" in panel.flags.text()
    assert panel.flags.property("noteKind") == "danger"
    assert panel.table.rowCount() == 1
    tab = window.case_view.tabs.tabText(window.case_view.tabs.indexOf(panel))
    assert tab.startswith("⚠")
    wizard = open_wizard(qtbot, db, first, prompter, people)
    wizard.go_to(DIVERSION)
    assert shown(wizard.euc_flags) and other in wizard.euc_flags.text()
