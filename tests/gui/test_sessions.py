"""Sign-in, switch user and the idle lock on one app instance (the shared workstation)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain.enums import OpinionKind, Role
from att_desktop.services import accounts, committee
from att_desktop.services.committee import OpinionInput
from att_desktop.services.permissions import FourEyesViolation, Permission, PermissionDenied
from att_desktop.ui.accounts import SessionLocked, SessionManager, install_sessions
from att_desktop.ui.main_window import MainWindow
from tests.accounts_helpers import (
    ADMIN_PASSWORD,
    PASSWORD,
    Committee,
    assessed_case,
    committee_db,
    committee_template,
    make_user,
)
from tests.gui.conftest import ScriptedPrompter

__all__ = ["committee_db", "committee_template"]

Build = Callable[..., tuple[MainWindow, SessionManager]]


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


@pytest.fixture
def build(
    qtbot: QtBot, app_paths: AppPaths, prompter: ScriptedPrompter, english: None
) -> Iterator[Build]:
    managers: list[SessionManager] = []

    def make(db: Database, idle_ms: int | None = 0) -> tuple[MainWindow, SessionManager]:
        window = MainWindow(db, app_paths, UserSettings(language="en"), prompter)
        qtbot.addWidget(window)
        manager = install_sessions(window, db, prompter, idle_ms=idle_ms)
        managers.append(manager)
        window.show()
        qtbot.waitExposed(window)
        return window, manager

    yield make
    for manager in managers:
        manager.idle_timer.stop()
        manager.deleteLater()


def sign_in(manager: SessionManager, username: str, password: str) -> None:
    assert manager.lock_screen is not None
    form = manager.lock_screen.sign_in
    form.username.setText(username)
    form.password.setText(password)
    form.button.click()


def test_different_users_sign_in_and_switch_on_one_app(
    build: Build, committee_db: Database, people: Committee
) -> None:
    case_id = assessed_case(committee_db, people.officer)
    window, manager = build(committee_db)
    screen = manager.lock_screen
    assert screen is not None and screen.isVisible()
    assert screen.current_form is screen.sign_in and manager.current is None

    sign_in(manager, "officer", "not the password")
    assert screen.sign_in.error_label.text() == (
        "Unknown user name or wrong password. Check both and try again."
    )
    assert screen.isVisible() and manager.current is None

    sign_in(manager, "officer", PASSWORD)
    assert not screen.isVisible()
    assert manager.current is not None and manager.current.role is Role.LICENSING_OFFICER
    assert "Officer — Licensing officer" in window.findChild(object, "signedInUser").text()
    officer = manager.require(Permission.SUBMIT_FOR_REVIEW)
    committee.request_review(committee_db, officer, case_id, [people.mfa, people.mod])
    with pytest.raises(PermissionDenied, match="Only the deciding authority"):
        manager.require(Permission.DECIDE, application_id=case_id)

    manager.action_switch_user.trigger()
    assert screen.isVisible() and screen.sign_in.username.text() == ""
    with pytest.raises(SessionLocked):
        manager.require(Permission.VIEW_CASES)

    sign_in(manager, "mfa.member", PASSWORD)
    member = manager.require(Permission.RECORD_OPINION, application_id=case_id)
    committee.record_opinion(
        committee_db, member, case_id, OpinionInput(OpinionKind.APPROVE, "No concerns.")
    )
    manager.switch_user()
    sign_in(manager, "cus.member", PASSWORD)
    with pytest.raises(PermissionDenied, match="was not sent to Customs"):
        manager.require(Permission.RECORD_OPINION, application_id=case_id)

    manager.switch_user()
    sign_in(manager, "decider", PASSWORD)
    assert manager.require(Permission.DECIDE, application_id=case_id).username == "decider"
    assert "Decider — Deciding authority" in window.findChild(object, "signedInUser").text()


def test_decider_is_refused_their_own_drafted_case_through_the_session(
    build: Build, committee_db: Database, people: Committee
) -> None:
    drafter = make_user(committee_db, people.admin, "drafter", Role.LICENSING_OFFICER)
    own = assessed_case(committee_db, drafter)
    accounts.change_role(
        committee_db, people.admin, drafter.user_id, Role.DECIDING_AUTHORITY, reason="Promoted"
    )
    _, manager = build(committee_db)
    sign_in(manager, "drafter", PASSWORD)
    with pytest.raises(FourEyesViolation):
        manager.require(Permission.DECIDE, application_id=own)


def test_idle_lock_refuses_actions_until_signed_in_again(
    qtbot: QtBot, build: Build, committee_db: Database
) -> None:
    window, manager = build(committee_db, idle_ms=150)
    sign_in(manager, "officer", PASSWORD)
    assert manager.current is not None
    qtbot.waitUntil(lambda: manager.is_locked, timeout=3000)
    screen = manager.lock_screen
    assert screen is not None and screen.isVisible()
    assert "Officer is signed in" in screen.sign_in.intro.text()
    assert screen.sign_in.username.text() == "officer"
    with pytest.raises(SessionLocked, match="locked"):
        manager.require(Permission.REGISTER_APPLICATION)
    # The window's shortcuts do nothing behind the lock screen.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.application_dialog is None
    assert window.findChild(object, "signedInUser").text() == "Locked"

    sign_in(manager, "officer", PASSWORD)
    assert manager.require(Permission.REGISTER_APPLICATION).username == "officer"


def test_activity_postpones_the_idle_lock(
    qtbot: QtBot, build: Build, committee_db: Database
) -> None:
    window, manager = build(committee_db, idle_ms=400)
    sign_in(manager, "officer", PASSWORD)
    for _ in range(6):
        qtbot.wait(120)
        qtbot.mouseMove(window.table.viewport())
        qtbot.keyClick(window.filters.search, Qt.Key.Key_A)
    assert not manager.is_locked
    qtbot.waitUntil(lambda: manager.is_locked, timeout=3000)


def test_someone_else_signing_in_closes_the_previous_users_windows(
    qtbot: QtBot, build: Build, committee_db: Database
) -> None:
    window, manager = build(committee_db)
    sign_in(manager, "officer", PASSWORD)
    window.show_about()
    about = window.about_dialog
    assert about is not None and about.isVisible()
    manager.lock()
    assert not about.isVisible()
    sign_in(manager, "officer", PASSWORD)  # the same person: their window comes back
    assert about.isVisible()
    manager.lock()
    sign_in(manager, "decider", PASSWORD)
    assert not about.isVisible()


def test_lockout_message_gives_the_time_remaining(build: Build, committee_db: Database) -> None:
    _, manager = build(committee_db)
    for _ in range(5):
        sign_in(manager, "focal", "wrong password")
    assert manager.lock_screen is not None
    text = manager.lock_screen.sign_in.error_label.text()
    assert "locked after repeated failed sign-ins" in text
    assert "Try again in 15 minutes" in text


def test_forced_password_change_on_first_sign_in(
    build: Build, committee_db: Database, people: Committee
) -> None:
    reset = accounts.reset_password(committee_db, people.admin, people.focal.user_id)
    _, manager = build(committee_db)
    sign_in(manager, "focal", reset.temporary_password)
    screen = manager.lock_screen
    assert screen is not None and screen.current_form is screen.change_password
    assert manager.current is None  # not usable until the password is changed
    form = screen.change_password
    form.current.setText(reset.temporary_password)
    form.new.setText("focal")
    form.confirm.setText("focal")
    form.button.click()
    assert "at least 12 characters" in form.error_label.text()
    assert "must not be your user name" in form.error_label.text()
    form.new.setText("my own long password")
    form.confirm.setText("my own long password")
    form.button.click()
    assert manager.current is not None and manager.current.username == "focal"
    assert not screen.isVisible()


def test_first_run_creates_the_administrator(build: Build, tmp_path: object, db: Database) -> None:
    _, manager = build(db)
    screen = manager.lock_screen
    assert screen is not None and screen.current_form is screen.first_admin
    form = screen.first_admin
    form.username.setText("admin")
    form.full_name.setText("Ana Admin")
    form.password.setText(ADMIN_PASSWORD)
    form.confirm.setText(ADMIN_PASSWORD + "!")
    form.button.click()
    assert "not the same" in form.error_label.text()
    form.confirm.setText(ADMIN_PASSWORD)
    form.button.click()
    assert manager.current is not None and manager.current.role is Role.ADMINISTRATOR
    assert manager.action_accounts.isVisible()


def test_administration_dialog_is_for_administrators(
    build: Build, committee_db: Database, prompter: ScriptedPrompter
) -> None:
    _, manager = build(committee_db)
    sign_in(manager, "officer", PASSWORD)
    assert not manager.action_accounts.isVisible()
    manager.open_accounts()
    assert prompter.errors() and "Only an administrator" in prompter.errors()[-1]

    manager.switch_user()
    sign_in(manager, "admin", ADMIN_PASSWORD)
    manager.open_accounts()
    dialog = manager.accounts_dialog
    dialog.new_username.setText("li.wei")
    dialog.new_full_name.setText("Li Wei")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(Role.LICENSING_OFFICER))
    dialog.add_user_button.click()
    assert "One-time password for li.wei" in dialog.message.text()
    assert any(u.username == "li.wei" for u in dialog.users)
    dialog.agency_code.setText("int")
    dialog.agency_name.setText("Interior")
    dialog.add_agency_button.click()
    assert dialog.agency_table.rowCount() == 4

    row = next(i for i, u in enumerate(dialog.users) if u.username == "li.wei")
    dialog.user_table.selectRow(row)
    prompter.texts.append("Moved to another ministry")
    dialog.deactivate_selected()
    assert "li.wei was deactivated" in dialog.message.text()
    dialog.close()


def test_the_start_up_check_reports_tampering(
    qtbot: QtBot, build: Build, committee_db: Database, prompter: ScriptedPrompter
) -> None:
    import sqlite3
    from contextlib import closing

    assert committee_db.path is not None
    with closing(sqlite3.connect(committee_db.path)) as conn:
        conn.execute("DROP TRIGGER events_append_only")
        conn.execute("UPDATE events SET actor_name = 'Someone else' WHERE id = 2")
        conn.commit()
    window, manager = build(committee_db)
    # The check runs on a worker thread: the window and its sign-in are usable meanwhile.
    assert manager.lock_screen is not None and manager.lock_screen.isVisible()
    qtbot.waitUntil(lambda: manager.audit_report is not None)
    assert manager.audit_report is not None and not manager.audit_report.ok
    assert prompter.shown[-1][1] == "The history has been tampered with"
    assert "problems at event 2" in prompter.errors()[-1]
    assert manager.history_check is None
    assert window.statusBar().currentMessage() == ""  # the "checking" note is gone


def test_tampering_before_the_checkpoint_is_found_by_the_background_verification(
    qtbot: QtBot, build: Build, committee_db: Database, prompter: ScriptedPrompter
) -> None:
    """The quick start-up check cannot see an old event edited without re-hashing; the full
    verification that follows it in the background does, and says so as loudly."""
    import sqlite3
    from contextlib import closing

    from att_desktop.services.audit import verify_all

    assert verify_all(committee_db).checkpoint_saved  # a checkpoint after the newest event
    assert committee_db.path is not None
    with closing(sqlite3.connect(committee_db.path)) as conn:
        conn.execute("DROP TRIGGER events_append_only")
        conn.execute("UPDATE events SET actor_name = 'Someone else' WHERE id = 2")
        conn.commit()
    _window, manager = build(committee_db)
    manager.full_check_delay_ms = 0
    with qtbot.waitSignal(manager.historyChecked, timeout=20_000) as quick:
        pass
    assert quick.args is not None and quick.args[0].ok  # before the checkpoint: not re-read
    with qtbot.waitSignal(manager.fullHistoryChecked, timeout=20_000) as full:
        pass
    assert full.args is not None and not full.args[0].ok
    assert prompter.shown[-1][1] == "The history has been tampered with"
    assert "problems at event 2" in prompter.errors()[-1]
    assert manager.full_history_check is None


def test_the_session_survives_a_new_window(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
) -> None:
    _window, manager = build(committee_db)
    sign_in(manager, "officer", PASSWORD)
    rebuilt = MainWindow(committee_db, app_paths, UserSettings(language="en"), prompter)
    qtbot.addWidget(rebuilt)
    install_sessions(rebuilt, committee_db, prompter, manager)
    rebuilt.show()
    assert manager.current is not None and manager.current.username == "officer"
    assert manager.lock_screen is not None and not manager.lock_screen.isVisible()
    QApplication.processEvents()


def test_locking_and_signing_out_are_logged_by_user_name(
    build: Build, committee_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    _window, manager = build(committee_db)
    sign_in(manager, "officer", PASSWORD)
    with caplog.at_level(logging.INFO, logger="att_desktop.ui.accounts.session_manager"):
        manager.lock()
        sign_in(manager, "officer", PASSWORD)
        manager.sign_out()
    messages = [r.getMessage() for r in caplog.records if r.name.endswith("session_manager")]
    assert messages == ["Workstation locked for officer", "Signed out: officer"]
    assert all(PASSWORD not in m for m in messages)


def test_a_cut_history_with_its_checkpoint_forged_is_found_by_the_witness_file(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    prompter: ScriptedPrompter,
    app_paths: AppPaths,
) -> None:
    """Issue 13: the newest events deleted and the stored checkpoint moved to the new head (so
    the chain and the checkpoint agree): only the head this workstation wrote down outside the
    database shows it, and the background verification says so."""
    import json
    import sqlite3
    from contextlib import closing

    from att_desktop.services.anchoring import append_witness, witness_file_in
    from att_desktop.services.audit import CHECKPOINT_KEY, verify_all

    committee_db.witness = witness_file_in(app_paths.data_dir)
    assert verify_all(committee_db).checkpoint_saved
    anchor = append_witness(committee_db, "closed")
    assert anchor is not None
    assert committee_db.path is not None
    with closing(sqlite3.connect(committee_db.path)) as conn:
        conn.execute("DROP TRIGGER retain_events")
        conn.execute(f"DELETE FROM events WHERE id > {anchor.event_id - 3}")
        head_id, head_hash = conn.execute(
            "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"
        ).fetchone()
        forged = json.dumps({"event_id": head_id, "hash": head_hash, "verified_at": ""})
        conn.execute("UPDATE settings SET value = ? WHERE key = ?", (forged, CHECKPOINT_KEY))
        conn.commit()
    _window, manager = build(committee_db)
    manager.full_check_delay_ms = 0
    with qtbot.waitSignal(manager.historyChecked, timeout=20_000) as quick:
        pass
    assert quick.args is not None and quick.args[0].ok  # the hole: chain and checkpoint agree
    with qtbot.waitSignal(manager.fullHistoryChecked, timeout=20_000) as full:
        pass
    assert full.args is not None and not full.args[0].ok
    assert anchor.event_id in full.args[0].event_ids
    assert prompter.shown[-1][1] == "The history has been tampered with"
    assert f"problems at event {anchor.event_id}" in prompter.errors()[-1]
