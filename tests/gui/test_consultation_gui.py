"""The agency chooser follows the consultation rules (issue 14): a transit case has Customs
ticked with the rule in words; leaving it out is refused until the officer says why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.services import committee, consultation
from att_desktop.services.consultation import MandateInput
from att_desktop.services.history import case_history
from att_desktop.ui.accounts.agencies import MandateDialog
from att_desktop.ui.accounts.dialogs import AccountsDialog
from att_desktop.ui.committee.review import SubmitReviewDialog
from att_desktop.ui.committee.timeline_words import event_summary
from tests.accounts_helpers import ADMIN_PASSWORD, Committee, committee_db, committee_template
from tests.db.test_consultation import _case
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_committee_flow import Build, build, click, ok, people, sign_in

__all__ = ["build", "committee_db", "committee_template", "people"]


def test_a_transit_case_needs_customs_or_a_reason(
    qtbot: QtBot, build: Build, committee_db: Database, people: Committee
) -> None:
    db = committee_db
    consultation.set_mandate(
        db, people.admin, people.customs, MandateInput("Border control of arms in transit.")
    )
    case_id = _case(db, people, transit=("TR",))
    window, manager = build(db)
    review = window.committee.review
    sign_in(qtbot, manager, "officer")
    window.open_case(case_id)
    click(qtbot, review.submit_button)
    dialog = review.dialog
    assert isinstance(dialog, SubmitReviewDialog)
    chooser = dialog.chooser
    table = chooser.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("CUS "))
    assert chooser.is_checked("CUS") and chooser.is_checked("MFA") and chooser.is_checked("MOD")
    assert table.item(row, chooser.RULE).text() == "Any case with transit or trans-shipment States"
    assert "Border control of arms in transit." in table.item(row, chooser.AGENCY).toolTip()
    reason = chooser.reasons["CUS"]
    assert not reason.isEnabled()  # following the rule needs no reason

    # Untick Customs with the keyboard: the reason field opens, and OK without one is refused.
    table.setFocus()
    table.setCurrentCell(row, chooser.AGENCY)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert not chooser.is_checked("CUS")
    assert reason.isEnabled() and reason.placeholderText() == "Why is it not consulted?"
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "CUS is required" in dialog.error_label.text()
    assert not committee.review_status(db, case_id).requested

    qtbot.keyClicks(reason, "Air freight with no customs stop on the route")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    status = committee.review_status(db, case_id)
    assert [a.code for a in status.requested] == ["MFA", "MOD"]
    due = consultation.due_date(db, case_id, "MFA")
    assert due is not None
    answered = review.table.item(0, 1)
    assert answered is not None and answered.text().startswith("Not yet, due ")
    with db.session() as session:
        sent = [e for e in case_history(session, case_id) if e.action == "review_requested"]
    words = event_summary(sent[-1])
    assert words.startswith("Sent to the committee: MFA, MOD; opinions due MFA ")
    assert "CUS not consulted although required: Air freight with no customs stop" in words


def test_the_administrator_records_a_mandate_and_retires_a_rule(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    db = committee_db
    _window, manager = build(db)
    screen = manager.lock_screen
    assert screen is not None
    qtbot.keyClicks(screen.sign_in.username, "admin")
    qtbot.keyClicks(screen.sign_in.password, ADMIN_PASSWORD)
    qtbot.keyClick(screen.sign_in.password, Qt.Key.Key_Return)
    assert manager.current is not None and manager.current.username == "admin"
    manager.open_accounts()
    dialog = manager.accounts_dialog
    assert isinstance(dialog, AccountsDialog)
    row = next(
        r
        for r in range(dialog.agency_table.rowCount())
        if dialog.agency_table.item(r, 0).text() == "CUS"
    )
    dialog.agency_table.selectRow(row)
    click(qtbot, dialog.mandate_button)
    mandate = dialog.mandate_dialog
    assert isinstance(mandate, MandateDialog)
    ok(qtbot, mandate)  # an empty mandate is refused inside the dialog
    assert mandate.isVisible() and "describe the agency's mandate" in mandate.error.text()
    qtbot.keyClicks(mandate.mandate, "Border control of arms in transit.")
    qtbot.keyClicks(mandate.questions, "Is the route controllable?")
    ok(qtbot, mandate)
    assert not mandate.isVisible()
    assert dialog.agency_table.item(row, 2).text() == "Border control of arms in transit."
    assert consultation.agency_by_code(db, "CUS").questions == ("Is the route controllable?",)

    rules = dialog.rules_tab
    customs = next(i for i, v in enumerate(rules.rules) if v.rule.agency_code == "CUS")
    rules.table.selectRow(customs)
    prompter.texts.append("Customs left the licensing board")
    click(qtbot, rules.retire_button)
    assert rules.table.item(customs, 3).text() == "Retired"
    assert not any(r.rule.agency_code == "CUS" for r in consultation.list_rules(db))
    dialog.close()
