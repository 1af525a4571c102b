"""Issue 14: change requests recorded and decided from the case view's Licences tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.services import cases
from att_desktop.services.change_requests import RequestStatus, list_requests
from att_desktop.services.decisions import decide
from att_desktop.ui import ops
from att_desktop.ui.case_view import CaseView
from att_desktop.ui.context import AppContext
from tests.accounts_helpers import Committee, assessed_case, committee_db, committee_template
from tests.db.assessment_helpers import authorise
from tests.gui.conftest import ScriptedPrompter

__all__ = ["committee_db", "committee_template"]


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def test_an_officer_records_a_re_export_and_the_decider_consents(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
    tmp_path: Path,
) -> None:
    db = committee_db
    case_id = assessed_case(db, people.officer)
    decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    ctx = AppContext(db, app_paths, UserSettings(language="en"), prompter)
    ctx.set_user(people.officer)
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show_case(cases.get_case(db, case_id))
    view.show()
    view.tabs.setCurrentWidget(view.licences_page)
    assert view.change_requests_button.isEnabled()

    qtbot.mouseClick(view.change_requests_button, Qt.MouseButton.LeftButton)
    dialog = view.change_requests_dialog
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 0
    assert dialog.record_button.isEnabled() and not dialog.decide_button.isEnabled()

    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    record = dialog.record_dialog
    assert record is not None and record.lines.rowCount() == 1
    record.received_on.setDate(QDate(2026, 5, 4))
    # Saving without the justification or the country says what to fix.
    record.save_button.click()
    assert record.isVisible()
    assert "name the country of the re-export" in record.message.text()
    assert "justification" in record.message.text()
    record.country.setFocus()
    qtbot.keyClicks(record.country, "Argentina")
    qtbot.keyClick(record.country, Qt.Key.Key_Tab)  # settles the typed name
    assert record.country.code() == "AR"
    record.party.setText("Policía Federal")
    record.lines.item(0, 1).setText("40")
    record.justification.setFocus()
    qtbot.keyClicks(record.justification, "Surplus rifles for the federal police.")
    record.documents.setPlainText("Note verbale 12/2026\n\n")
    record.save_button.click()
    assert not record.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Re-export"
    assert dialog.table.item(0, 5).text() == "Awaiting decision"
    assert "Argentina" in dialog.table.item(0, 4).text()
    assert "40 pcs" in dialog.detail.text() and "Note verbale 12/2026" in dialog.detail.text()
    assert not dialog.decide_button.isEnabled()  # the officer does not decide
    assert "1 change request(s) awaiting a decision" in view.change_requests_label.text()
    dialog.close()

    ctx.set_user(people.decider)
    view.open_change_requests()
    dialog = view.change_requests_dialog
    assert dialog is not None and dialog.decide_button.isEnabled()
    assert not dialog.record_button.isEnabled()  # deciders do not record requests
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    decision = dialog.decide_dialog
    assert decision is not None and decision.consent.isChecked()
    assert not decision.warning.isVisible()
    decision.reasoning.setPlainText("No embargo on Argentina; police use is lawful.")
    decision.conditions.setPlainText("Delivery verification certificate within 90 days")
    assert not decision.ok_button.isEnabled()  # the confirmation comes first
    qtbot.mouseClick(decision.confirm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(decision.ok_button, Qt.MouseButton.LeftButton)
    assert not decision.isVisible()
    assert dialog.table.item(0, 5).text() == "Consented"
    assert "Delivery verification certificate within 90 days" in dialog.detail.text()
    (request,) = list_requests(db, application_id=case_id)
    assert request.status is RequestStatus.CONSENTED and request.signed
    assert request.lines[0].quantity == 40 and request.documents == ("Note verbale 12/2026",)

    # The History tab words it.
    history = view.history_table
    texts = [history.item(r, 2).text() for r in range(history.rowCount())]
    assert "Change request consented to" in texts
    row = texts.index("Change request consented to")
    assert history.item(row, 3).text().startswith("Re-export: Policía Federal, Argentina")
    assert view.change_requests_label.text() == ""

    # The consent is printed as a letter, written off the GUI thread.
    view.open_change_requests()
    dialog = view.change_requests_dialog
    assert dialog is not None and dialog.letter_button.isEnabled()
    target = tmp_path / "consent.pdf"
    prompter.saves.append(str(target))
    qtbot.mouseClick(dialog.letter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ops.idle, timeout=30000)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert prompter.save_starts[-1].endswith(f"LIC-2026-00001-consent-{request.id}.pdf")
    assert prompter.shown[-1][0] == "offer_open" and str(target) in prompter.shown[-1][2]
    assert prompter.errors() == []
    dialog.close()
