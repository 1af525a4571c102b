"""Two ATT Desktop instances (two engines, as on two workstations) edit the same case.

Runs on SQLite and on PostgreSQL (``db_url``). The later saver is shown what changed and
keeps their input; the earlier save is not overwritten.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database, open_database
from att_desktop.services import cases
from att_desktop.ui.application_dialog import ApplicationDialog
from tests.factories import application


def _never_discard(parent: QWidget) -> bool:
    return False


@pytest.fixture
def two_instances(db_url: str) -> Iterator[tuple[Database, Database]]:
    first, second = open_database(db_url), open_database(db_url)
    yield first, second
    first.close()
    second.close()


def _edit_dialog(qtbot: QtBot, db: Database, case_id: int) -> ApplicationDialog:
    dialog = ApplicationDialog(
        db, "en", cases.get_case(db, case_id), confirm_discard=_never_discard
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_the_second_saver_sees_the_conflict_instead_of_losing_an_update(
    qtbot: QtBot, two_instances: tuple[Database, Database]
) -> None:
    first_db, second_db = two_instances
    case = cases.create_application(first_db, application())
    # Both officers open the case before either saves.
    first = _edit_dialog(qtbot, first_db, case.id)
    second = _edit_dialog(qtbot, second_db, case.id)

    _type(qtbot, first.euc_number, "EUC-2026-0042")
    _type(qtbot, first.reason, "Certificate received")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert first.saved_case is not None and not first.isVisible()

    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    _type(qtbot, second.end_use, "Navy patrol vessels")
    _type(qtbot, second.reason, "Applicant clarified the end use")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)

    assert second.isVisible() and second.saved_case is None
    assert second.banner.isVisible()
    assert "someone else changed this case" in second.banner.text()
    # What the other officer changed, value by value.
    assert "certificate number: (empty) → “EUC-2026-0042”" in second.banner.text()
    assert "euc_number: (empty) → 'EUC-2026-0042'" in second.banner.toolTip()
    # The second officer's typing is still there to re-apply...
    assert second.end_use.toPlainText() == "Navy patrol vessels"
    # ...and the first officer's save was not overwritten.
    stored = cases.get_case(second_db, case.id)
    assert stored.euc_number == "EUC-2026-0042"
    assert stored.intended_end_use == "Equipment of the armed forces"
    assert [e.action for e in stored.history].count("updated") == 1
