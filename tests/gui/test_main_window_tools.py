"""The main window's tool windows: the Assessment menu and the database server dialog.

Each is opened the way an officer opens it (the menu action), and must act as the person
the window says is acting, never as an anonymous officer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.services.dto import Actor
from att_desktop.ui.assessment.denial_notices import DenialNoticesDialog
from att_desktop.ui.database_dialog import DatabaseDialog
from att_desktop.ui.destination.window import DestinationFilesWindow
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.incidents.window import IncidentsWindow
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reassessment import EmbargoDataDialog, ReassessmentDialog
from att_desktop.ui.sanctions import SanctionsListDialog
from tests.conftest import FreshSqlite
from tests.gui.conftest import MakeCase, ScriptedPrompter

OFFICER = Actor(user_id=None, name="Officer on duty")


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, app_paths: AppPaths, prompter: ScriptedPrompter, english: None
) -> MainWindow:
    win = MainWindow(db, app_paths, UserSettings(language="en"), prompter, actor=OFFICER)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _menu(window: MainWindow, name: str) -> QMenu:
    menu = window.menuBar().findChild(QMenu, name)
    assert isinstance(menu, QMenu)
    return menu


def test_assessment_menu_opens_each_tool_as_the_acting_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    names = [a.objectName() for a in _menu(window, "assessmentMenu").actions()]
    assert names == [
        "actionReassessment",
        "actionEmbargoData",
        "actionDenialNotices",
        "actionSanctionsList",
        "actionDestinationFiles",
        "actionIncidents",
    ]

    window.action_reassessment.trigger()
    reassess = window.findChild(ReassessmentDialog)
    assert isinstance(reassess, ReassessmentDialog) and reassess.isVisible()
    assert reassess.actor == OFFICER

    window.action_embargo_data.trigger()
    embargo = window.findChild(EmbargoDataDialog)
    assert isinstance(embargo, EmbargoDataDialog) and embargo.isVisible()
    assert embargo.actor == OFFICER

    window.action_denial_notices.trigger()
    notices = window.findChild(DenialNoticesDialog)
    assert isinstance(notices, DenialNoticesDialog) and notices.isVisible()
    assert notices.actor == OFFICER

    window.action_sanctions_list.trigger()
    listed = window.findChild(SanctionsListDialog)
    assert isinstance(listed, SanctionsListDialog) and listed.isVisible()

    window.action_destination_files.trigger()
    files = window.findChild(DestinationFilesWindow)
    assert isinstance(files, DestinationFilesWindow) and files.isVisible()
    assert files.actor == OFFICER
    window.action_incidents.trigger()
    found = window.findChild(IncidentsWindow)
    assert isinstance(found, IncidentsWindow) and found.isVisible()
    assert found.ctx.actor() == OFFICER
    for dialog in (reassess, embargo, notices, listed, files, found):
        dialog.close()


def test_connect_to_a_server_dialog_opens_the_chosen_database(
    fresh_sqlite: FreshSqlite, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = fresh_sqlite(tmp_path / "other.sqlite3")
    window.action_connect_server.trigger()
    dialog = window.findChild(DatabaseDialog)
    assert isinstance(dialog, DatabaseDialog) and dialog.isVisible()
    dialog.file_choice.click()  # on a server database the dialog opens on the server fields
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(other))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db.display_location == str(other))  # on a worker thread


def test_a_missing_file_in_the_server_dialog_is_explained_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.action_connect_server.trigger()
    dialog = window.findChild(DatabaseDialog)
    assert isinstance(dialog, DatabaseDialog)
    dialog.file_choice.click()
    dialog.path.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Enter or choose the database file" in dialog.answer.text()
    assert dialog.isVisible()
    assert window.db is db


def _mnemonic(text: str) -> str:
    found = re.search(r"&(\w)", text)
    assert found, f"menu {text!r} has no keyboard mnemonic"
    return found.group(1).lower()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_menu_and_case_button_has_its_own_alt_key(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    make_case: MakeCase,
    language: str,
) -> None:
    translators = install_translators(qapp, language)
    try:
        win = MainWindow(db, app_paths, UserSettings(language=language), prompter)
        qtbot.addWidget(win)
        win.open_case(make_case().id)
        view = win.case_view
        # The menu titles and the case header's buttons are on screen together.
        buttons = (view.edit_button, view.add_document_button, view.assess_button)
        titles = [a.text() for a in win.menuBar().actions() if a.menu() is not None]
        titles += [b.text() for b in buttons]
        keys = [_mnemonic(title) for title in titles]
        clashes = {k: [t for t in titles if _mnemonic(t) == k] for k in keys if keys.count(k) > 1}
        assert clashes == {}, f"two menus answer to the same Alt key: {clashes}"
    finally:
        remove_translators(qapp, translators)
