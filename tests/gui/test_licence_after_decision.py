"""Issue 14, end to end on one window: a licence after its decision.

The officer records two shipments (each owes a delivery verification certificate; the older
one is overdue and waits in My work), plans and records a verification visit, and records a
re-export request; the deciding authority finds the request in My work and consents; an
incident then puts the licence up for Article 7(7) reassessment, which the decider finds in
the reassessment window and in My work. The case's History tab tells all of it in words.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.follow_up import ObligationKind, ObligationStatus, VisitOutcome
from att_desktop.services import follow_up
from att_desktop.services.change_requests import RequestStatus, list_requests
from att_desktop.ui.follow_up.dialogs import Action, ObligationDialog
from att_desktop.ui.incidents.dialog import IncidentDialog
from att_desktop.ui.incidents.window import IncidentsWindow
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reassessment import ReassessmentDialog
from att_desktop.ui.reporting import ShipmentDialog
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.follow_up_helpers import licensed
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_committee_flow import Build, build, click, people, sign_in

__all__ = ["build", "committee_db", "committee_template", "people"]

TODAY = date.today()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _my_work(window: MainWindow) -> list[str]:
    window.committee.dock.reload()
    dock = window.committee.dock
    return [dock.list.item(i).text() for i in range(dock.list.count())]


def _ship(qtbot: QtBot, window: MainWindow, licence_id: int, on: date, ref: str) -> None:
    dialog = window.open_shipment(licence_id)
    assert isinstance(dialog, ShipmentDialog)
    qtbot.addWidget(dialog)
    dialog.shipped_on.setDate(_qdate(on))
    qtbot.keyClicks(dialog.customs_reference, ref)
    dialog.set_line(0, "10")
    with qtbot.waitSignal(dialog.shipmentRecorded):
        click(qtbot, dialog.record_button)
    dialog.close()


def _save(qtbot: QtBot, dialog: ObligationDialog | None) -> None:
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ok_button)


def _history(window: MainWindow) -> list[tuple[str, str]]:
    table = window.case_view.history_table
    return [(table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


def test_a_licence_is_followed_up_changed_and_reassessed_after_an_incident(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    db = committee_db
    case_id, licence_id = licensed(db, people)
    window, manager = build(db)

    # --- the officer: two shipments, the older one's certificate overdue ------------------
    sign_in(qtbot, manager, "officer")
    window.open_case(case_id)
    view = window.case_view
    panel = view.follow_up_panel
    view.tabs.setCurrentWidget(panel)
    # The case in view follows each shipment at once (no reopening).
    _ship(qtbot, window, licence_id, TODAY - timedelta(days=120), "CUS-OLD-1")
    _ship(qtbot, window, licence_id, TODAY - timedelta(days=5), "CUS-NEW-2")
    assert view.tabs.currentWidget() is panel and panel.model.rowCount() == 2
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Follow-up (2) — 1 overdue"
    overdue = [line for line in _my_work(window) if "Licence follow-up overdue" in line]
    assert len(overdue) == 1
    assert "CUS-OLD-1" in overdue[0]
    assert f"(due {(TODAY - timedelta(days=30)).isoformat()})" in overdue[0]

    # --- a verification visit: planned, then its result --------------------------------------
    view.tabs.setCurrentWidget(panel)
    click(qtbot, panel.buttons[Action.ADD])
    plan = panel.dialog
    assert plan is not None
    plan.kind.setCurrentIndex(plan.kind.findData(ObligationKind.VERIFICATION_VISIT.value))
    plan.due_on.setDate(_qdate(TODAY))
    qtbot.keyClicks(plan.visitors, "Defence attache")
    qtbot.keyClicks(plan.place, "Central army depot, Brasilia")
    _save(qtbot, plan)
    rows = panel.model.rows
    assert len(rows) == 3
    visit_row = next(n for n, o in enumerate(rows) if o.kind is ObligationKind.VERIFICATION_VISIT)
    panel.table.selectRow(visit_row)
    click(qtbot, panel.buttons[Action.VISIT])
    result = panel.dialog
    assert result is not None
    result.outcome.setCurrentIndex(result.outcome.findData(VisitOutcome.SATISFACTORY.value))
    result.findings.setPlainText("All 20 rifles counted in the depot; storage as assured.")
    _save(qtbot, result)
    (visit,) = follow_up.list_obligations(db, kind=ObligationKind.VERIFICATION_VISIT)
    assert visit.status is ObligationStatus.FULFILLED and not visit.breach_found

    # --- a re-export request, recorded by the officer ---------------------------------------
    view.tabs.setCurrentWidget(view.licences_page)
    click(qtbot, view.change_requests_button)
    requests = view.change_requests_dialog
    assert requests is not None
    click(qtbot, requests.record_button)
    record = requests.record_dialog
    assert record is not None
    record.country.setFocus()
    qtbot.keyClicks(record.country, "Argentina")
    qtbot.keyClick(record.country, Qt.Key.Key_Tab)
    assert record.country.code() == "AR"
    record.party.setText("Policía Federal Argentina")
    record.justification.setFocus()
    qtbot.keyClicks(record.justification, "The army hands surplus rifles to the federal police.")
    record.save_button.click()
    assert not record.isVisible()
    assert requests.table.item(0, 5).text() == "Awaiting decision"
    assert not requests.decide_button.isEnabled()  # an officer does not decide
    requests.close()

    # --- the deciding authority: the request is in My work, and consented ------------------
    sign_in(qtbot, manager, "decider")
    assert any("Change request awaits a decision" in line for line in _my_work(window))
    window.open_case(case_id)
    view = window.case_view
    view.open_change_requests()
    requests = view.change_requests_dialog
    assert requests is not None
    click(qtbot, requests.decide_button)
    decision = requests.decide_dialog
    assert decision is not None and decision.consent.isChecked()
    decision.reasoning.setPlainText("No embargo on Argentina; federal police use is lawful.")
    click(qtbot, decision.confirm)
    click(qtbot, decision.ok_button)
    assert requests.table.item(0, 5).text() == "Consented"
    requests.close()
    (request,) = list_requests(db, application_id=case_id)
    assert request.status is RequestStatus.CONSENTED and request.signed
    assert not any("Change request awaits a decision" in line for line in _my_work(window))

    # --- an incident: the licence is put up for reassessment --------------------------------
    number = follow_up.list_obligations(db)[0].licence_number
    window.action_incidents.trigger()
    incidents = window.incidents_window
    assert isinstance(incidents, IncidentsWindow)
    click(qtbot, incidents.new_button)
    editor = incidents.editor
    assert isinstance(editor, IncidentDialog)
    qtbot.keyClicks(editor.description, "Rifles of this licence seized from a criminal gang.")
    editor.country.setFocus()
    qtbot.keyClicks(editor.country.lineEdit(), "Brazil")
    qtbot.keyClick(editor.country.lineEdit(), Qt.Key.Key_Tab)
    editor.tabs.setCurrentIndex(1)
    editor.licence_picker.setFocus()
    qtbot.keyClicks(editor.licence_picker.lineEdit(), number)
    add = editor.findChild(QWidget, "incidentAddLicence")
    assert add is not None
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
    assert editor.errors.text() == ""
    assert number in prompter.shown[-1][2] and "reassessment" in prompter.shown[-1][2]
    click(qtbot, incidents.reassess_button)
    listing = incidents.reassessment_window
    assert isinstance(listing, ReassessmentDialog)
    assert [listing.table.item(r, 0).text() for r in range(listing.table.rowCount())] == [number]
    assert "Incident" in listing.table.item(0, 4).text()
    listing.close()
    incidents.close()
    assert any("Licence to reassess (Article 7(7))" in line for line in _my_work(window))

    # --- the case's history, in words -------------------------------------------------------
    window.open_case(case_id)
    said = [what for what, _ in _history(window)]
    after_issue = said[said.index("Licence issued") :]
    for step in (
        "Shipment recorded",
        "Follow-up obligation added",
        "Shipment recorded",
        "Follow-up obligation added",
        "Verification visit planned",
        "Verification visit recorded",
        "Change request recorded",
        "Change request consented to",
        "Incident concerns this case",
    ):
        assert step in after_issue, step
        after_issue = after_issue[after_issue.index(step) + 1 :]
    assert prompter.errors() == []
