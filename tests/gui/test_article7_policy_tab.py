"""Settings → Authority… → Article 7 policy: which transfer types other than exports the
assessment asks Article 7 for (Art. 7(1) binds the exporting State; more is national policy)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain.enums import TransferType
from att_desktop.services.assessment import article7_transfer_types
from att_desktop.ui.authority_dialog import AuthorityDialog
from att_desktop.ui.context import AppContext
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.gui.conftest import ScriptedPrompter

__all__ = ["committee_db", "committee_template"]


def dialog_for(
    qtbot: QtBot, db: Database, app_paths: AppPaths, prompter: ScriptedPrompter, user: object
) -> AuthorityDialog:
    ctx = AppContext(db, app_paths, UserSettings(language="en"), prompter)
    ctx.set_user(user)  # type: ignore[arg-type]
    dialog = AuthorityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_art7_1_the_administrator_asks_article7_for_brokering_under_national_policy(
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
    box = dialog.article7_boxes[TransferType.BROKERING]
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(box.parentWidget()))
    assert not box.isChecked() and article7_transfer_types(committee_db) == frozenset()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.message.text()
    assert article7_transfer_types(committee_db) == {TransferType.BROKERING}

    officer = dialog_for(qtbot, committee_db, app_paths, prompter, people.officer)
    assert officer.article7_boxes[TransferType.BROKERING].isChecked()
    assert not officer.article7_boxes[TransferType.BROKERING].isEnabled()  # read-only
