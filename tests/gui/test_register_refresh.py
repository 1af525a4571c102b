"""The register is read once per sign-in: not under the lock screen and again at sign-in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.app import Application
from att_desktop.config import AppPaths
from att_desktop.db.engine import Database
from att_desktop.services import register
from tests.accounts_helpers import PASSWORD, committee_db, committee_template
from tests.gui.conftest import ScriptedPrompter

__all__ = ["committee_db", "committee_template"]


def test_the_app_reads_the_register_once_per_sign_in(
    qtbot: QtBot,
    qapp: QApplication,
    committee_db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[Any] = []

    class Counted(register.RegisterIds):
        def __init__(self, db: Database, flt: Any) -> None:
            reads.append(flt)
            super().__init__(db, flt)

    monkeypatch.setattr(register, "RegisterIds", Counted)
    app = Application(qapp, app_paths, prompter)
    window = app.show(committee_db)
    qtbot.addWidget(window)
    sessions = app.sessions
    assert sessions is not None and sessions.lock_screen is not None
    assert reads == []  # covered by the lock screen: nothing to show yet
    form = sessions.lock_screen.sign_in
    qtbot.keyClicks(form.username, "officer")
    qtbot.keyClicks(form.password, PASSWORD)
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert sessions.current is not None
    assert len(reads) == 1
    assert window.model.rowCount() == len(register.query_ids(committee_db, reads[0]))

    reads.clear()
    app.switch_language("zh_CN")  # the window is rebuilt for the person still signed in
    assert app.window is not None and app.window is not window
    qtbot.addWidget(app.window)
    assert len(reads) == 1
    sessions.idle_timer.stop()
    app.window.close()
    app.close()
