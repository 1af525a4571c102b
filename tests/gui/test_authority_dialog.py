"""Settings → Authority… (administrators) and job titles in Users and agencies."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.services import accounts, conditions
from att_desktop.services.authority import get_authority
from att_desktop.ui.authority_dialog import AuthorityDialog
from att_desktop.ui.main_window import MainWindow
from tests.accounts_helpers import (
    ADMIN_PASSWORD,
    PASSWORD,
    Committee,
    committee_db,
    committee_template,
)
from tests.gui.conftest import ScriptedPrompter, sign_in_with_password
from tests.gui.test_committee_flow import Build, build

__all__ = ["build", "committee_db", "committee_template"]


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def png_file(folder: Path) -> Path:
    path = folder / "letterhead.png"
    Image.new("RGB", (600, 100), (10, 50, 110)).save(path, format="PNG")
    return path


def open_dialog(window: MainWindow) -> AuthorityDialog:
    window.action_authority.trigger()
    dialog = window.authority_dialog
    assert isinstance(dialog, AuthorityDialog) and dialog.isVisible()
    return dialog


def test_only_administrators_are_offered_the_authority_settings(
    build: Build, committee_db: Database, people: Committee
) -> None:
    window, manager = build(committee_db)
    for username in ("officer", "decider", "focal"):
        sign_in_with_password(manager, username, PASSWORD)
        assert not window.action_authority.isVisible(), username
        manager.switch_user()
    sign_in_with_password(manager, "admin", ADMIN_PASSWORD)
    assert window.action_authority.isVisible() and window.action_authority.isEnabled()
    settings_menu = window.menuBar().findChild(QMenu, "settingsMenu")
    assert isinstance(settings_menu, QMenu)
    assert window.action_authority in settings_menu.actions()


def test_the_administrator_saves_the_profile_with_a_letterhead(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    window, manager = build(committee_db)
    sign_in_with_password(manager, "admin", ADMIN_PASSWORD)
    dialog = open_dialog(window)
    assert dialog.save_button.isVisible()

    # Nothing typed yet: the name is required, and the message sits beside the field.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].isVisible()
    assert "authority's name" in dialog.errors["name"].text()
    assert get_authority(committee_db).name == ""

    type_into(qtbot, dialog.name, "Export Control Agency of Norland")
    qtbot.keyClicks(dialog.address, "12 Harbour Street")
    dialog.state.set_code("SE")
    prompter.files = [str(tmp_path / "notes.txt"), str(png_file(tmp_path))]
    (tmp_path / "notes.txt").write_text("not an image", encoding="utf-8")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["letterhead"].isVisible()
    assert "PNG or JPEG" in dialog.errors["letterhead"].text()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.errors["letterhead"].isVisible()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()

    dialog.tabs.setCurrentIndex(1)
    type_into(qtbot, dialog.contact_email, "not an address")
    dialog.tabs.setCurrentIndex(2)
    type_into(qtbot, dialog.wording, "For the Minister, by delegation")
    # Letters in French whatever the screen: chosen from the keyboard (the treaty's six).
    assert dialog.document_language.count() == 7
    assert dialog.document_language.currentData() == ""
    dialog.document_language.setFocus()
    for _ in range(4):  # the screen's, ar, zh_CN, en, then fr
        qtbot.keyClick(dialog.document_language, Qt.Key.Key_Down)
    assert dialog.document_language.currentText() == "Français"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Refused: the dialog shows the contact tab with the email's message.
    assert dialog.tabs.currentIndex() == 1
    assert dialog.errors["contact_email"].isVisible()
    assert not dialog.errors["name"].isVisible()
    assert get_authority(committee_db).name == ""

    type_into(qtbot, dialog.contact_email, "exports@eca.example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = get_authority(committee_db)
    assert saved.name == "Export Control Agency of Norland"
    assert saved.address == "12 Harbour Street"
    assert saved.reporting_state == "SE"
    assert saved.contact_email == "exports@eca.example.org"
    assert saved.signatory_wording == "For the Minister, by delegation"
    assert saved.document_language == "fr"
    assert saved.letterhead == (tmp_path / "letterhead.png").read_bytes()
    assert "Saved" in dialog.message.text()
    dialog.close()


def test_the_administrator_edits_the_standard_provisos(
    qtbot: QtBot, build: Build, committee_db: Database
) -> None:
    window, manager = build(committee_db)
    sign_in_with_password(manager, "admin", ADMIN_PASSWORD)
    dialog = open_dialog(window)
    assert dialog.current_provisos() == conditions.DEFAULT_CONDITIONS
    type_into(qtbot, dialog.name, "Export Control Agency of Norland")
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.provisos.parentWidget()))
    dialog.provisos.setFocus()
    qtbot.keyClick(dialog.provisos, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.provisos, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.provisos, "Notify the authority of each shipment within 30 days.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert conditions.standard_conditions(committee_db) == (
        *conditions.DEFAULT_CONDITIONS,
        "Notify the authority of each shipment within 30 days.",
    )
    # An unchanged list is not written again (one history event for the one change).
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.message.text()
    dialog.close()


def test_the_dialog_is_read_only_for_others(
    qtbot: QtBot,
    committee_db: Database,
    people: Committee,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    from att_desktop.ui.context import AppContext

    ctx = AppContext(committee_db, app_paths, UserSettings(language="en"), prompter)
    ctx.set_user(people.officer)
    dialog = AuthorityDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.read_only
    assert dialog.save_button.isHidden() and dialog.choose_button.isHidden()
    assert dialog.name.isReadOnly() and dialog.provisos.isReadOnly()
    assert "Only an administrator" in dialog.message.text()


def test_the_administrator_gives_a_user_a_job_title(
    build: Build, committee_db: Database, people: Committee, prompter: ScriptedPrompter
) -> None:
    _, manager = build(committee_db)
    sign_in_with_password(manager, "admin", ADMIN_PASSWORD)
    manager.open_accounts()
    dialog = manager.accounts_dialog
    row = next(i for i, u in enumerate(dialog.users) if u.username == "decider")
    dialog.user_table.selectRow(row)
    prompter.texts.append("Director of Export Control")
    dialog.job_title_button.click()
    assert accounts.get_user(committee_db, people.decider.user_id).job_title == (
        "Director of Export Control"
    )
    assert dialog.user_table.item(row, 5).text() == "Director of Export Control"

    dialog.new_username.setText("li.wei")
    dialog.new_full_name.setText("Li Wei")
    dialog.new_job_title.setText("Licensing officer, arms exports")
    dialog.add_user_button.click()
    added = next(u for u in accounts.list_users(committee_db) if u.username == "li.wei")
    assert added.job_title == "Licensing officer, arms exports"
    dialog.close()
    QApplication.processEvents()


def test_the_administrator_sets_the_mitigation_policy_and_others_only_see_it(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    english: None,
) -> None:
    """Art. 7(2), 11(2): off by default; an administrator may let an officer's stated reason
    count for a measure of a kind the treaty does not name against a risk."""
    from att_desktop.domain.assessment.model import KindPolicy
    from att_desktop.services.mitigation_policy import mitigation_policy
    from att_desktop.ui.context import AppContext

    window, manager = build(committee_db)
    sign_in_with_password(manager, "admin", ADMIN_PASSWORD)
    dialog = open_dialog(window)
    assert not dialog.officer_reason.isChecked()
    type_into(qtbot, dialog.name, "Export Control Agency of Norland")  # a profile that saves
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.officer_reason.parentWidget()))
    box = dialog.officer_reason
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert mitigation_policy(committee_db) is KindPolicy.OFFICER_REASON
    assert "Saved" in dialog.message.text()
    dialog.close()

    ctx = AppContext(committee_db, app_paths, UserSettings(language="en"), prompter)
    ctx.set_user(people.officer)
    other = AuthorityDialog(ctx)
    qtbot.addWidget(other)
    assert other.officer_reason.isChecked() and not other.officer_reason.isEnabled()
