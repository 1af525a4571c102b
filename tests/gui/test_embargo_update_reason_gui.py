"""The embargo data window loads an older, corrected file only with a typed reason (issue 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.services import screening
from att_desktop.ui.reassessment import EmbargoDataDialog
from tests.db.test_embargo_update_reason import loaded_events, un_file
from tests.gui.conftest import ScriptedPrompter


def test_older_file_asks_why_and_a_cancel_changes_nothing(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    dialog = EmbargoDataDialog(db, "en", prompter=prompter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    prompter.files.append(str(un_file(tmp_path, "claimed.json", "2026-12-01")))
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert "verified as of 2026-12-01" in dialog.status.text()

    corrected = str(un_file(tmp_path, "corrected.json", "2025-12-13"))
    prompter.files.append(corrected)  # the person cancels the question: nothing is loaded
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    asked = [s for s in prompter.shown if s[0] == "ask_text"]
    assert len(asked) == 1 and asked[0][1] == "Load older embargo data"
    assert "older than the data in use" in asked[0][2]
    assert "Nothing was loaded" in dialog.status.text()
    un = next(s for s in screening.list_embargo_sets(db) if s.id == "un_security_council")
    assert un.as_of.isoformat() == "2026-12-01"

    prompter.files.append(corrected)
    prompter.texts.append("Corrected Somalia and Libya entries")
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert "verified as of 2025-12-13 (was 2026-12-01)" in dialog.status.text()
    assert loaded_events(db)[-1].reason == "Corrected Somalia and Libya entries"
