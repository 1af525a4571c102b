"""Licence follow-up in the window (issue 14): a shipment recorded in the shipment dialog owes
a delivery verification certificate, shown in the case's Follow-up tab; overdue, it is in
My work; recorded as received, it leaves My work and the History tab says so in words. The
register window (Case → Licence follow-up…) filters, pages and opens the case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.follow_up import ObligationStatus, VisitOutcome
from att_desktop.services import follow_up
from att_desktop.ui.follow_up.dialogs import Action, ObligationDialog
from att_desktop.ui.follow_up.register import FollowUpWindow
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reporting import ShipmentDialog
from tests.accounts_helpers import PASSWORD, Committee, committee_db, committee_template
from tests.follow_up_helpers import licensed, shipped
from tests.gui.conftest import ScriptedPrompter, sign_in_with_password
from tests.gui.test_committee_flow import Build, build

__all__ = ["build", "committee_db", "committee_template"]

TODAY = date.today()


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def _my_work(window: MainWindow) -> list[str]:
    dock = window.committee.dock
    return [dock.list.item(i).text() for i in range(dock.list.count())]


def _record_shipment(qtbot: QtBot, window: MainWindow, licence_id: int, on: date) -> None:
    dialog = window.open_shipment(licence_id)
    assert isinstance(dialog, ShipmentDialog) and dialog.licence is not None
    qtbot.addWidget(dialog)
    dialog.shipped_on.setDate(QDate(on.year, on.month, on.day))
    qtbot.keyClicks(dialog.customs_reference, "CUS-123")
    dialog.set_line(0, "1")
    with qtbot.waitSignal(dialog.shipmentRecorded):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    dialog.close()


def _fill_and_save(qtbot: QtBot, dialog: ObligationDialog | None) -> None:
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_shipment_to_certificate_through_my_work(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    case_id, licence_id = licensed(committee_db, people)
    window, manager = build(committee_db)
    sign_in_with_password(manager, "officer", PASSWORD)
    _record_shipment(qtbot, window, licence_id, TODAY - timedelta(days=100))

    window.open_case(case_id)
    view = window.case_view
    panel = view.follow_up_panel
    title = view.tabs.tabText(view.tabs.indexOf(panel))
    assert title == "Follow-up (1) — 1 overdue"
    view.tabs.setCurrentWidget(panel)
    model = panel.model
    assert model.rowCount() == 1
    due = (TODAY - timedelta(days=10)).isoformat()
    assert [model.index(0, c).data() for c in range(4)] == [
        due,
        "Delivery verification certificate for shipment CUS-123",
        "Overdue",
        follow_up.list_obligations(committee_db)[0].licence_number,
    ]
    work = [line for line in _my_work(window) if "Licence follow-up overdue" in line]
    assert len(work) == 1 and "shipment CUS-123" in work[0]

    # Only the fitting actions are offered for a certificate.
    assert panel.buttons[Action.CERTIFICATE].isEnabled()
    assert not panel.buttons[Action.VISIT].isEnabled()
    qtbot.mouseClick(panel.buttons[Action.CERTIFICATE], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    # Refused with what to fix, and nothing recorded, while the reference is missing.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Enter the certificate's reference" in dialog.errors.text()
    qtbot.keyClicks(dialog.reference, "DVC BR-77")
    _fill_and_save(qtbot, dialog)

    assert prompter.errors() == []
    assert view.tabs.currentWidget() is panel
    assert model.index(0, 2).data() == "Fulfilled"
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Follow-up (1)"
    assert not any("Licence follow-up overdue" in line for line in _my_work(window))
    history = view.history_table
    rows = [
        (history.item(r, 2).text(), history.item(r, 3).text()) for r in range(history.rowCount())
    ]
    assert any(
        what == "Delivery verification certificate received" and "DVC BR-77" in details
        for what, details in rows
    )
    assert any(what == "Follow-up obligation added" for what, _ in rows)


def test_register_window_filters_opens_the_case_and_shows_a_breach(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
) -> None:
    case_id, to_brazil = licensed(committee_db, people)
    _, to_norway = licensed(committee_db, people, "NO")
    shipped(committee_db, people.officer, to_brazil, TODAY - timedelta(days=100), "B-1")
    shipped(committee_db, people.officer, to_norway, TODAY, "N-1")
    visit = follow_up.schedule_visit(
        committee_db, to_brazil, planned_on=TODAY, visitors="Attaché", actor=people.officer
    )
    window, manager = build(committee_db)
    sign_in_with_password(manager, "officer", PASSWORD)
    window.action_follow_up.trigger()
    register = window.report_windows["follow_up"]
    assert isinstance(register, FollowUpWindow)
    qtbot.waitExposed(register)
    assert register.panel.model.rowCount() == 3
    assert register.count_label.text() == "1–3 of 3 obligations"

    register.overdue.setChecked(True)
    assert [o.shipment_reference for o in register.panel.model.rows] == ["B-1"]
    register.overdue.setChecked(False)
    register.destination.setCurrentIndex(register.destination.findData("NO"))
    assert register.destination.currentText() == "Norway"
    assert [o.shipment_reference for o in register.panel.model.rows] == ["N-1"]
    register.destination.setCurrentIndex(0)
    register.kind.setCurrentIndex(register.kind.findData("verification_visit"))
    assert [o.id for o in register.panel.model.rows] == [visit.id]

    # The visit's result, a breach: shown loudly in the register.
    register.panel.table.selectRow(0)
    qtbot.mouseClick(register.panel.buttons[Action.VISIT], Qt.MouseButton.LeftButton)
    dialog = register.panel.dialog
    assert dialog is not None
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(VisitOutcome.BREACH_FOUND.value))
    dialog.findings.setPlainText("Two rifles missing from the depot inventory")
    _fill_and_save(qtbot, dialog)
    row = register.panel.model.rows[0]
    assert row.breach_found and row.status is ObligationStatus.FULFILLED
    assert register.panel.model.index(0, 7).data().startswith("BREACH FOUND")

    # Sorting by licence, descending, is done by the query.
    register.kind.setCurrentIndex(0)
    header = register.panel.table.horizontalHeader()
    header.sectionClicked.emit(3)
    header.sectionClicked.emit(3)
    assert register.panel.model.rows[0].licence_id == to_norway

    # Enter on a row opens its case in the main window.
    register.licence_text.setText(follow_up.list_obligations(committee_db)[0].licence_number)
    register.panel.table.setFocus()
    register.panel.table.selectRow(0)
    qtbot.keyClick(register.panel.table, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.case_view.case is not None and window.case_view.case.id == case_id
