"""The database dialog: a file, or a PostgreSQL server, checked before it is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import DatabaseError, current_revision, head_revision, open_database
from att_desktop.ui.database_dialog import DatabaseDialog
from att_desktop.ui.i18n import install_translators, remove_translators
from tests.pg_server import PostgresServer


def _dialog(qtbot: QtBot, **kw: object) -> DatabaseDialog:
    dialog = DatabaseDialog(**kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _focused(dialog: DatabaseDialog) -> QWidget:
    """Where a key press goes: the focused field, or the dialog itself when nothing has focus
    yet (a busy machine may not have given it any; QTest crashes on None)."""
    return dialog.focusWidget() or dialog


def test_a_server_is_entered_tested_and_opened(qtbot: QtBot, postgres: PostgresServer) -> None:
    from sqlalchemy import make_url

    with postgres.database(migrated=False) as url:
        parts = make_url(url)
        dialog = _dialog(qtbot)
        assert dialog.file_choice.isChecked()
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.server_choice.isChecked)  # a mnemonic clicks after a short flash
        assert dialog.server_box.isEnabled()
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        assert dialog.host.hasFocus()
        qtbot.keyClicks(dialog.host, str(parts.host))
        dialog.port.setFocus()
        qtbot.keyClick(dialog.port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.port, str(parts.port))
        qtbot.keyClicks(dialog.database, str(parts.database))
        qtbot.keyClicks(dialog.user, str(parts.username))
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.testing(), timeout=10000)
        assert "Connected (PostgreSQL" in dialog.answer.text()
        assert "empty: ATT Desktop will set it up" in dialog.answer.text()
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(
                dialog.buttons.button(dialog.buttons.StandardButton.Open),
                Qt.MouseButton.LeftButton,
            )
        db = open_database(dialog.target())
        try:
            assert db.is_postgres and current_revision(db.engine) == head_revision()
        finally:
            db.close()


def test_a_password_is_never_shown_or_remembered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, current="postgresql://clerk@db.example:6543/att?sslmode=require")
    assert dialog.server_choice.isChecked()
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "db.example",
        6543,
        "att",
    )
    assert dialog.sslmode.currentText() == "require"
    qtbot.keyClicks(dialog.password, "p@ss:word")
    assert "p%40ss%3Aword" in dialog.target()
    assert "p@ss" not in dialog.shown_target() and "word" not in dialog.shown_target()


def test_missing_fields_and_refusals_are_explained(qtbot: QtBot, tmp_path: Path) -> None:
    def refuse(target: str) -> str:
        raise DatabaseError(f"Cannot connect to the PostgreSQL server for {target}.")

    dialog = _dialog(qtbot, probe=refuse)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.answer.text() == "Enter or choose the database file."
    dialog.server_choice.click()
    qtbot.keyClicks(dialog.host, "db.example")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.answer.text() == "Enter the name of the database on the server."
    qtbot.keyClicks(dialog.database, "att")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.testing() and not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.testing())
    assert dialog.answer.text().startswith("Cannot connect to the PostgreSQL server")
    assert dialog.test_button.isEnabled() and dialog.server_box.isEnabled()
    assert not dialog.file_box.isEnabled()  # as it was before the test


def test_a_file_is_chosen_with_the_injected_picker(qtbot: QtBot, tmp_path: Path) -> None:
    chosen = tmp_path / "register.sqlite3"
    dialog = _dialog(qtbot, choose_file=lambda parent, start: str(chosen))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(chosen)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.testing())
    assert "will create it" in dialog.answer.text()
    assert dialog.target() == str(chosen)


def test_a_corrupt_file_is_refused_in_the_window_language(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """Issue 15: the dialog's check of a damaged file answers in French, not English."""
    damaged = tmp_path / "registre.sqlite3"
    damaged.write_bytes(b"not a database at all, but long enough to be read as a header")
    translators = install_translators(qapp, "fr")
    try:
        dialog = _dialog(qtbot, choose_file=lambda parent, start: str(damaged))
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.testing())
        answer = dialog.answer.text()
    finally:
        remove_translators(qapp, translators)
    assert answer == (
        f"{damaged} n’est pas une base de données ATT Desktop (ce n’est pas un fichier SQLite, "
        "ou il est endommagé). Choisissez un autre fichier, ou restaurez-le à partir d’une "
        "sauvegarde. Il n’a pas été modifié."
    )


def test_the_answer_for_a_new_file_is_in_the_window_language(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """The probe's own answers (will be created, empty, current, to be upgraded) are
    messages: in French, not English."""
    chosen = tmp_path / "nouveau.sqlite3"
    translators = install_translators(qapp, "fr")
    try:
        dialog = _dialog(qtbot, choose_file=lambda parent, start: str(chosen))
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.testing())
        answer = dialog.answer.text()
    finally:
        remove_translators(qapp, translators)
    assert answer == f"{chosen} n’existe pas encore : ATT Desktop la créera."
