"""Issue 14: the accounts dialog hands a leaver's open cases over before deactivating them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.enums import Role
from att_desktop.services import accounts, committee
from att_desktop.services.dto import UserSession
from att_desktop.services.my_work import my_work
from att_desktop.services.work_items import WorkReason
from att_desktop.ui.accounts.dialogs import AccountsDialog
from tests.accounts_helpers import (
    Committee,
    assessed_case,
    committee_db,
    committee_template,
    make_user,
)
from tests.gui.conftest import ScriptedPrompter

__all__ = ["committee_db", "committee_template"]

SUMMARY = "EXP/2026/00001: the end-user certificate check is still awaited from the embassy."


@dataclass
class Host:
    """The session manager as the accounts dialog sees it: an administrator signed in."""

    db: Database
    current: UserSession | None
    prompter: ScriptedPrompter

    def password_changed(self, session: UserSession) -> None:
        self.current = session

    def rearm(self) -> None:
        pass


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def test_deactivating_someone_with_open_cases_hands_them_over(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    db = committee_db
    leaver = make_user(db, people.admin, "leaver", Role.LICENSING_OFFICER)
    case_id = assessed_case(db, people.officer)
    committee.reassign_case(db, people.officer, case_id, leaver.user_id, "leave cover")

    dialog = AccountsDialog(Host(db, people.admin, prompter))
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(i for i, u in enumerate(dialog.users) if u.username == "leaver")
    dialog.user_table.selectRow(row)
    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    handover = dialog.deactivation_dialog
    assert handover is not None and handover.isVisible()
    assert prompter.shown == []  # no bare "reason?" question for someone who holds work
    assert handover.table.rowCount() == 1
    assert handover.table.item(0, 0).text() == "EXP/2026/00001"

    # The button waits for a real summary and the confirmation.
    assert not handover.ok_button.isEnabled()
    handover.summary.setFocus()
    qtbot.keyClicks(handover.summary, "see notes")
    qtbot.mouseClick(handover.confirm, Qt.MouseButton.LeftButton)
    assert not handover.ok_button.isEnabled()
    handover.summary.setPlainText(SUMMARY)
    assert handover.ok_button.isEnabled()

    # No successor chosen: the service refuses and says so; nothing changes.
    qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    assert handover.isVisible() and "Name a successor" in handover.message.text()
    assert accounts.get_user(db, leaver.user_id).active

    combo = handover.row_choices[0]
    combo.setCurrentIndex(combo.findData(people.officer.user_id))
    handover.reason.setText("Retired")
    qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    assert not handover.isVisible()
    assert not accounts.get_user(db, leaver.user_id).active
    assert "leaver was deactivated; their work was handed over" in dialog.message.text()
    items = [i for i in my_work(db, people.officer) if i.reason is WorkReason.HANDED_OVER]
    assert [i.detail for i in items] == [f"Leaver: {SUMMARY}"]
    dialog.close()
