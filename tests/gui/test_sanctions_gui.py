"""The UN Consolidated List in the window, end to end: the administrator imports the file
(Assessment → UN sanctions list and hits…), the officer sees the hit in the case view's
"Sanctions list hits" tab, confirms it with a reason typed in, and the history shows it.

Screening every party against the list serves ATT Article 6(1) (the Security Council's
targeted measures on listed individuals and entities, e.g. res. 1718 (2006) para. 8(d)).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.application import PartyInput
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.services import cases, sanctions
from att_desktop.ui.sanctions import SanctionsListDialog
from tests.accounts_helpers import (
    ADMIN_PASSWORD,
    PASSWORD,
    Committee,
    committee_db,
    committee_template,
)
from tests.factories import application, end_user
from tests.gui.conftest import ScriptedPrompter, sign_in_with_password
from tests.gui.test_committee_flow import Build, build

__all__ = ["build", "committee_db", "committee_template"]

SAMPLE = Path(__file__).parents[1] / "data" / "un_consolidated_sample.xml"


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def listed_case(db: Database, people: Committee) -> int:
    consignee = end_user(
        "Korea Mining Development Trading Corp.",
        "KP",
        role=PartyRole.CONSIGNEE,
        party_type=PartyType.COMMERCIAL,
    )
    assert isinstance(consignee, PartyInput)
    inp = application(parties=(end_user("Ministry of Defence", "NO"), consignee))
    return cases.create_application(db, inp, actor=people.officer.actor).id


def test_admin_imports_officer_confirms_with_a_reason(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
) -> None:
    case_id = listed_case(committee_db, people)
    window, manager = build(committee_db)
    sign_in_with_password(manager, "officer", PASSWORD)
    window.action_sanctions_list.trigger()
    dialog = window.sanctions_dialog
    assert isinstance(dialog, SanctionsListDialog)
    assert not dialog.import_button.isEnabled()  # only an administrator imports
    dialog.close()

    manager.switch_user()
    sign_in_with_password(manager, "admin", ADMIN_PASSWORD)
    window.action_sanctions_list.trigger()
    dialog = window.sanctions_dialog
    assert isinstance(dialog, SanctionsListDialog) and dialog.import_button.isEnabled()
    prompter.files.append(str(SAMPLE))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_import is not None, timeout=20000)
    assert prompter.shown[-1][:2] == ("inform", "List imported")
    assert "5 entries" in prompter.shown[-1][2] and "1 new hits" in prompter.shown[-1][2]
    assert dialog.panel.table.rowCount() == 1
    # The administrator sees the hit but may not judge it.
    dialog.panel.table.selectRow(0)
    qtbot.keyClicks(dialog.panel.reason_edit, "x")
    assert not dialog.panel.confirm_button.isEnabled()
    dialog.close()

    manager.switch_user()
    sign_in_with_password(manager, "officer", PASSWORD)
    window.open_case(case_id)
    view = window.case_view
    panel = view.sanctions_panel
    assert "1 to review" in view.tabs.tabText(view.tabs.indexOf(panel))
    view.tabs.setCurrentWidget(panel)
    assert panel.table.item(0, 2).text() == "KPe.001"
    assert "Korea Mining Development Trading Corp." in panel.table.item(0, 0).text()
    assert panel.table.item(0, 5).text() == "To review"
    panel.table.selectRow(0)
    assert not panel.confirm_button.isEnabled()  # no reason yet
    qtbot.keyClicks(panel.reason_edit, "Same address in Pyongyang as the listing")
    assert panel.confirm_button.isEnabled()
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)

    assert prompter.errors() == []
    hit = sanctions.list_hits(committee_db, application_id=case_id)[0]
    assert hit.status == "confirmed"
    assert hit.review_reason == "Same address in Pyongyang as the listing"
    assert view.tabs.currentWidget() is panel
    assert panel.table.item(0, 5).text() == "Confirmed"
    assert "to review" not in view.tabs.tabText(view.tabs.indexOf(panel))
    history = view.history_table
    rows = [
        (history.item(r, 2).text(), history.item(r, 4).text()) for r in range(history.rowCount())
    ]
    assert ("UN sanctions list hit confirmed", "Same address in Pyongyang as the listing") in rows


def test_a_truncated_file_is_refused_in_the_window(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    """Nothing changes when the file is not a whole list: the error names what is wrong."""
    listed_case(committee_db, people)
    cut = tmp_path / "consolidated.xml"
    cut.write_bytes(SAMPLE.read_bytes()[:2000])
    window, manager = build(committee_db)
    sign_in_with_password(manager, "admin", ADMIN_PASSWORD)
    window.action_sanctions_list.trigger()
    dialog = window.sanctions_dialog
    assert isinstance(dialog, SanctionsListDialog)
    prompter.files.append(str(cut))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompter.errors()), timeout=20000)
    assert "not well-formed XML" in prompter.errors()[0]
    assert "line" in prompter.errors()[0]
    assert sanctions.current_list(committee_db) is None
    assert dialog.panel.table.rowCount() == 0
    assert "No UN Consolidated List has been imported" in dialog.panel.list_label.text()
