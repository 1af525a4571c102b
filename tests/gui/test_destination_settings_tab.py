"""Settings → Authority… → Destination files: after how many months destination material
needs refreshing; the administrator changes it, everyone else reads it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths
from att_desktop.db.engine import Database
from att_desktop.services.destination_files import refresh_months
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_article7_policy_tab import dialog_for

__all__ = ["committee_db", "committee_template"]


def test_the_administrator_sets_the_refresh_period(
    qtbot: QtBot,
    committee_db: Database,
    committee_template: tuple[object, Committee],
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    people = committee_template[1]
    dialog = dialog_for(qtbot, committee_db, app_paths, prompter, people.admin)
    qtbot.keyClicks(dialog.name, "Export Control Agency of Norland")  # the profile needs one
    tab = dialog.destination_tab
    dialog.tabs.setCurrentWidget(tab)
    assert tab.months.value() == 12 and tab.months.suffix() == " months"
    tab.months.setFocus()
    tab.months.selectAll()
    qtbot.keyClicks(tab.months, "6")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.message.text()
    assert refresh_months(committee_db) == 6

    officer = dialog_for(qtbot, committee_db, app_paths, prompter, people.officer)
    assert officer.destination_tab.months.value() == 6
    assert officer.destination_tab.months.isReadOnly()
