"""One application context: File → Open switches every panel, and the menus come from one table.

Two databases made from the same committee template hold different cases under the same
ids, so a panel still reading the old database shows the wrong note, history or sitting.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database, backup_sqlite, open_database
from att_desktop.services import committee
from att_desktop.services.dto import UserSession
from att_desktop.services.permissions import permitted
from att_desktop.ui.accounts import SessionManager, install_sessions
from att_desktop.ui.committee.sessions import CommitteeSessionWindow
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.menus import MENUS, TOOLBAR, ActionSpec, SubmenuSpec, action_specs
from tests.accounts_helpers import MOD_NOT_ASKED, Committee, assessed_case
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_committee_flow import committee_db, committee_template, sign_in

__all__ = ["committee_db", "committee_template"]


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


class Signed:
    def __init__(self, window: MainWindow, manager: SessionManager) -> None:
        self.window = window
        self.manager = manager


@pytest.fixture
def signed(
    qtbot: QtBot,
    committee_db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
) -> Iterator[Signed]:
    window = MainWindow(committee_db, app_paths, UserSettings(language="en"), prompter)
    qtbot.addWidget(window)
    manager = install_sessions(window, committee_db, prompter, idle_ms=0)
    window.show()
    qtbot.waitExposed(window)
    yield Signed(window, manager)
    manager.idle_timer.stop()
    manager.deleteLater()


def _holders_of(root: QObject, value: object) -> list[str]:
    """Every object under ``root`` (and ``root``) with an attribute that is ``value``."""
    found = []
    for obj in (root, *root.findChildren(QObject)):
        for name, held in vars(obj).items():
            if held is value:
                found.append(f"{type(obj).__name__}.{name}")
    return found


def _notes(window: MainWindow) -> list[str]:
    notes = window.committee.notes.list
    return [notes.item(i).text() for i in range(notes.count())]


def test_file_open_switches_the_register_case_view_and_committee_panels(
    qtbot: QtBot,
    signed: Signed,
    committee_db: Database,
    committee_template: tuple[Path, Committee],
    people: Committee,
    prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    window, manager = signed.window, signed.manager
    old = committee_db
    in_old = assessed_case(old, people.officer, "BR")
    committee.add_note(old, people.officer.actor, in_old, "written in the first database")
    committee.request_review(old, people.officer.actor, in_old, [people.mfa], reasons=MOD_NOT_ASKED)
    committee.open_session(old, people.officer.actor, date(2026, 3, 2), "First database sitting")
    other_path = backup_sqlite(committee_template[0], tmp_path / "other.sqlite3")
    other = open_database(other_path)
    try:
        in_other = assessed_case(other, people.officer, "NO")
        committee.add_note(other, people.officer.actor, in_other, "written in the second one")
    finally:
        other.close()
    assert in_other == in_old  # the same id names a different case in each database

    sign_in(qtbot, manager, "officer")
    window.open_case(in_old)
    assert any("first database" in n for n in _notes(window))
    assert window.committee.review.status is not None
    assert window.committee.review.status.requested  # sent to the MFA in the first database
    old_history = window.committee.timeline.tree.topLevelItemCount()

    # File → Open database…, answered by the prompter's file chooser.
    prompter.files = [str(other_path)]
    window.action_open_db.trigger()
    qtbot.waitUntil(lambda: window.db is not old)  # opened on a worker thread (ui/ops)
    new = window.db
    assert new is not old and new.path == other_path
    assert window.ctx.db is new and window.case_view.db is new and manager.db is new
    # Another database has other accounts: the sign-in starts again, on the new one.
    assert manager.current is None and window.ctx.user_session() is None
    sign_in(qtbot, manager, "officer")

    assert window.model.rowCount() == 1 and window.model.case_id(0) == in_other
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # select the row; the case view follows
    qtbot.waitUntil(lambda: window.case_view.case is not None)
    case = window.case_view.case
    assert case is not None and case.id == in_other
    assert case.destination_code == "NO"  # the case view read the new database
    assert _notes(window) and all("second one" in n for n in _notes(window))
    timeline = window.committee.timeline.tree
    assert timeline.topLevelItemCount() == len(case.history) < old_history
    status = window.committee.review.status
    assert status is not None and status.application_id == in_other
    assert status.requested == ()  # never sent for review in the second database
    window.committee.dock.reload()  # My work reads the new database (no error, no old rows)

    window.action_sessions.trigger()  # Committee → Committee sessions…
    sittings = window.committee.session_window
    assert isinstance(sittings, CommitteeSessionWindow)
    assert sittings.sittings.count() == 0  # the first database's sitting is not listed
    sittings.close()

    assert _holders_of(window, old) == []
    assert _holders_of(manager, old) == []


# --- the menu bar comes from the declaration ------------------------------------------------


def test_the_menu_bar_is_built_from_the_declaration_in_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = [a.menu() for a in window.menuBar().actions()]
    assert [m.objectName() for m in bar if isinstance(m, QMenu)] == [m.object_name for m in MENUS]
    assert [m.object_name for m in MENUS] == [
        "fileMenu",
        "editMenu",
        "caseMenu",
        "assessmentMenu",
        "viewMenu",
        "committeeMenu",
        "settingsMenu",
        "reportsMenu",
        "helpMenu",
    ]
    for spec, menu in zip(MENUS, bar, strict=True):
        assert isinstance(menu, QMenu)
        assert menu.title() == spec.title
        items = [
            "-"
            if a.isSeparator()
            else a.objectName()
            if a.menu() is None
            else a.menu().objectName()
            for a in menu.actions()
        ]
        declared = [
            "-"
            if item is None
            else item.object_name
            if isinstance(item, (ActionSpec, SubmenuSpec))
            else "?"
            for item in spec.items
        ]
        assert items == declared, spec.object_name
    for spec in action_specs():
        action = window.findChild(QAction, spec.object_name)
        assert isinstance(action, QAction), spec.object_name
        assert getattr(window, spec.attr) is action
        assert action.text() == spec.text.replace("%1", "ATT Desktop")
        assert action.shortcut() == QKeySequence(spec.shortcut), spec.object_name
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert isinstance(toolbar, QToolBar)
    shown = ["-" if a.isSeparator() else a.objectName() for a in toolbar.actions()]
    declared = {s.attr: s.object_name for s in action_specs()}
    assert shown == ["-" if attr is None else declared[attr] for attr in TOOLBAR]
    # Without a sign-in (a single-user database) every action is offered; no account action.
    assert window.action_annual_report.isEnabled() and window.action_new.isEnabled()
    assert not window.action_switch_user.isVisible()
    assert not window.action_accounts.isVisible()


def _offered(window: MainWindow) -> dict[str, bool]:
    return {s.object_name: getattr(window, s.attr).isEnabled() for s in action_specs()}


def _expected(db: Database, user: UserSession, spec: ActionSpec) -> bool:
    return not spec.offered_to or any(permitted(db, user, p) for p in spec.offered_to)


@pytest.mark.parametrize("username", ["officer", "focal", "admin"])
def test_each_role_is_offered_what_its_permissions_allow(
    qtbot: QtBot,
    signed: Signed,
    committee_db: Database,
    people: Committee,
    username: str,
) -> None:
    window, manager = signed.window, signed.manager
    case_id = assessed_case(committee_db, people.officer)
    if username == "admin":
        from tests.accounts_helpers import ADMIN_PASSWORD

        screen = manager.lock_screen
        assert screen is not None
        form = screen.sign_in
        form.username.clear()
        qtbot.keyClicks(form.username, "admin")
        qtbot.keyClicks(form.password, ADMIN_PASSWORD)
        qtbot.keyClick(form.password, Qt.Key.Key_Return)
    else:
        sign_in(qtbot, manager, username)
    user = manager.current
    assert user is not None and user.username == username
    window.open_case(case_id)  # an open, editable case: only the role decides the case actions
    offered = _offered(window)
    for spec in action_specs():
        if spec.object_name == "actionAssess":
            continue  # offered by the case's state (the wizard decides who may draft)
        assert offered[spec.object_name] == _expected(committee_db, user, spec), spec.object_name
    expected = {
        "officer": {"actionNew": True, "actionAnnualReport": False, "actionRecordShipment": True},
        "focal": {"actionNew": False, "actionAnnualReport": True, "actionRecordShipment": True},
        "admin": {"actionNew": False, "actionAnnualReport": False, "actionRecordShipment": False},
    }[username]
    assert {name: offered[name] for name in expected} == expected
    assert window.action_accounts.isVisible() == (username == "admin")
    assert window.action_switch_user.isVisible() and window.action_switch_user.isEnabled()
    assert window.case_view.edit_button.isEnabled() == (username == "officer")
    if username == "focal":
        assert window.action_new.toolTip() == "Register a new application (Ctrl+N)"
    if username == "officer":
        assert "focal point" in window.action_annual_report.toolTip()

    manager.lock()  # locked: nothing that needs a permission is offered
    assert not window.action_annual_report.isEnabled() and not window.action_new.isEnabled()
    assert not window.action_lock.isEnabled()
