"""An unexpected error in the window is shown and logged; the window and what was typed stay.

Issue 13 §3: "a GUI exception shows a message, keeps what the person typed and logs the rest".
"""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from att_desktop.app import _excepthook
from tests.gui.conftest import ScriptedPrompter


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_and_logged_and_the_typing_is_kept(
    qtbot: QtBot, prompter: ScriptedPrompter, caplog: pytest.LogCaptureFixture
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    button = QPushButton("Go", dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(button)

    def fail() -> None:
        raise RuntimeError("the service fell over")

    button.clicked.connect(fail)
    dialog.show()
    qtbot.keyClicks(field, "Reasoning typed by the officer")
    before = sys.excepthook
    _excepthook(prompter)
    try:
        with caplog.at_level(logging.ERROR):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        sys.excepthook = before
    errors = [s for s in prompter.shown if s[0] == "error"]
    assert errors and "RuntimeError: the service fell over" in errors[0][2]
    assert dialog.isVisible() and field.text() == "Reasoning typed by the officer"
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[0] is RuntimeError]
    assert logged, "the traceback goes to the log"
