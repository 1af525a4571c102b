"""A verification visit that found a breach starts an incident from the Follow-up tab: the
new incident is filled in from the visit (licence, destination, date, findings, source) and,
once the officer saves it, the licence is up for Article 7(7) reassessment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.follow_up import ObligationKind, VisitOutcome
from att_desktop.domain.incidents import IncidentKind, IncidentSource
from att_desktop.services import follow_up, incidents
from att_desktop.services.reassessment import affected_licences
from att_desktop.ui.main_window import MainWindow
from tests.accounts_helpers import PASSWORD, Committee, committee_db, committee_template
from tests.follow_up_helpers import licensed
from tests.gui.conftest import ScriptedPrompter, sign_in_with_password
from tests.gui.test_committee_flow import Build, build

__all__ = ["build", "committee_db", "committee_template"]

TODAY = date.today()


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def test_a_breach_found_on_a_visit_becomes_an_incident(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    db = committee_db
    case_id, licence_id = licensed(db, people)
    visit = follow_up.schedule_visit(
        db, licence_id, planned_on=TODAY, visitors="Defence attache", actor=people.officer.actor
    )
    window, manager = build(db)
    sign_in_with_password(manager, "officer", PASSWORD)
    assert isinstance(window, MainWindow)
    window.open_case(case_id)
    panel = window.case_view.follow_up_panel
    window.case_view.tabs.setCurrentWidget(panel)
    assert not panel.incident_button.isVisible()  # nothing found yet

    follow_up.record_visit(
        db,
        visit.id,
        visited_on=TODAY - timedelta(days=1),
        visitors="Defence attache",
        findings="Two rifles missing from the depot inventory.",
        outcome=VisitOutcome.BREACH_FOUND,
        actor=people.officer.actor,
    )
    window.open_case(case_id)
    panel.table.selectRow(
        next(
            n for n, o in enumerate(panel.model.rows) if o.kind is ObligationKind.VERIFICATION_VISIT
        )
    )
    assert panel.incident_button.isVisible() and panel.incident_button.isEnabled()
    qtbot.mouseClick(panel.incident_button, Qt.MouseButton.LeftButton)
    editor = panel.incident_editor
    assert editor is not None and editor.isVisible()
    assert editor.kind.currentData() == IncidentKind.END_USE_BREACH
    assert editor.source.currentData() == IncidentSource.POST_SHIPMENT_VERIFICATION
    assert editor.country.code() == "BR"
    assert "Two rifles missing" in editor.description.toPlainText()
    number = visit.licence_number
    assert [editor.licence_list.item(n).text() for n in range(editor.licence_list.count())] == [
        number
    ]
    assert incidents.list_incidents(db) == []  # nothing recorded before the officer saves

    qtbot.mouseClick(
        editor.buttons.button(editor.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert editor.errors.text() == ""
    (recorded,) = incidents.list_incidents(db)
    assert recorded.source is IncidentSource.POST_SHIPMENT_VERIFICATION
    (listed,) = [a for a in affected_licences(db, TODAY) if a.licence_id == licence_id]
    assert any(r.kind == "incident" for r in listed.reasons)
    assert prompter.errors() == []


def test_only_those_who_record_incidents_are_offered_it(
    qtbot: QtBot, build: Build, committee_db: Database, people: Committee
) -> None:
    db = committee_db
    case_id, licence_id = licensed(db, people)
    visit = follow_up.schedule_visit(
        db, licence_id, planned_on=TODAY, visitors="Attache", actor=people.officer.actor
    )
    follow_up.record_visit(
        db,
        visit.id,
        visited_on=TODAY,
        visitors="Attache",
        findings="Seals broken.",
        outcome=VisitOutcome.BREACH_FOUND,
        actor=people.officer.actor,
    )
    window, manager = build(db)
    sign_in_with_password(manager, "focal", PASSWORD)  # records follow-up, not incidents
    window.open_case(case_id)
    panel = window.case_view.follow_up_panel
    window.case_view.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    assert panel.incident_button.isVisible() and not panel.incident_button.isEnabled()
