"""Starting the application: database errors are explained, translations load, language switches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.app import EXIT_DATABASE, Application, main, parse_args
from att_desktop.config import AppPaths, UserSettings, load_settings, save_settings
from att_desktop.db.engine import Database, open_database
from att_desktop.logging_setup import active_log_file
from att_desktop.ui.i18n import install_translators, remove_translators, translations_dir

from .conftest import MakeCase, ScriptedPrompter


def test_a_foreign_file_is_refused_with_a_message_and_exit_2(
    tmp_path: Path, prompter: ScriptedPrompter, qapp: QApplication
) -> None:
    target = tmp_path / "budget.sqlite3"
    target.write_bytes(b"not a database at all")
    assert main(["--db", str(target)], prompter=prompter) == EXIT_DATABASE
    assert target.read_bytes() == b"not a database at all"
    kind, _title, text = prompter.shown[-1]
    assert kind == "error"
    assert "not an ATT Desktop database" in text
    assert "Traceback" not in text


def test_the_refusal_at_start_is_in_the_chosen_language(
    tmp_path: Path, app_paths: AppPaths, prompter: ScriptedPrompter, qapp: QApplication
) -> None:
    """Issue 15: before any window exists the database problem is told in the language of
    the settings (the translators are installed first), not in English."""
    save_settings(app_paths, UserSettings(language="fr"))
    target = tmp_path / "budget.sqlite3"
    target.write_bytes(b"not a database at all")
    assert main(["--db", str(target)], prompter=prompter) == EXIT_DATABASE
    kind, _title, text = prompter.shown[-1]
    assert kind == "error"
    assert text.startswith(f"{target} n’est pas une base de données ATT Desktop"), text
    assert "not an ATT Desktop database" in app_paths.log_file.read_text(encoding="utf-8")


def test_a_database_from_a_newer_version_is_refused_by_the_window_untouched(
    tmp_path: Path, prompter: ScriptedPrompter, qapp: QApplication
) -> None:
    import hashlib
    import sqlite3
    from contextlib import closing

    target = tmp_path / "db" / "future.sqlite3"  # its own folder: the log is in the data folder
    open_database(target).close()
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    assert main(["--db", str(target)], prompter=prompter) == EXIT_DATABASE
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["future.sqlite3"]  # no backup/WAL
    kind, _title, text = prompter.shown[-1]
    assert kind == "error"
    assert "newer version of ATT Desktop" in text and "untouched" in text


def test_the_window_logs_why_a_database_was_refused_in_the_data_folder(
    tmp_path: Path, app_paths: AppPaths, prompter: ScriptedPrompter, qapp: QApplication
) -> None:
    target = tmp_path / "budget.sqlite3"
    target.write_bytes(b"not a database at all")
    assert main(["--db", str(target)], prompter=prompter) == EXIT_DATABASE
    logged = app_paths.log_file.read_text(encoding="utf-8")
    assert "ATT Desktop window" in logged and "started" in logged
    assert f"Cannot open the database {target}" in logged
    assert "not an ATT Desktop database" in logged
    assert active_log_file() == app_paths.log_file.resolve()


def test_default_database_is_in_the_data_directory(app_paths: AppPaths) -> None:
    args, qt_args = parse_args(["-style", "fusion"], app_paths)
    assert args.db == str(app_paths.default_db)
    assert qt_args == ["-style", "fusion"]
    args, _ = parse_args(["--db", "other.sqlite3"], app_paths)
    assert args.db == "other.sqlite3"


@pytest.fixture
def application(
    qapp: QApplication, app_paths: AppPaths, prompter: ScriptedPrompter
) -> Iterator[Application]:
    app = Application(qapp, app_paths, prompter)
    yield app
    remove_translators(qapp, app.translators)
    if app.window is not None:
        app.window.close()


def test_upgrade_notices_are_shown_once(
    qtbot: QtBot, application: Application, prompter: ScriptedPrompter, db: Database
) -> None:
    db.notices.append("The database was upgraded; a copy was kept at /backups/x.sqlite3.")
    window = application.show(db)
    qtbot.addWidget(window)
    assert [t for k, _, t in prompter.shown if k == "inform"] == [
        "The database was upgraded; a copy was kept at /backups/x.sqlite3."
    ]
    assert db.notices == []


def test_an_upgrade_notice_is_shown_in_the_window_language(
    qtbot: QtBot,
    application: Application,
    prompter: ScriptedPrompter,
    db: Database,
    qapp: QApplication,
) -> None:
    from att_desktop.i18n import msg
    from att_desktop.ui.i18n import install_translators, remove_translators

    db.notices.append(
        msg(
            "The database was upgraded to this version's format; a copy of the old database "
            "was kept at {backup}.",
            backup="/backups/x.sqlite3",
        )
    )
    translators = install_translators(qapp, "fr")
    try:
        window = application.show(db)
        qtbot.addWidget(window)
    finally:
        remove_translators(qapp, translators)
    assert [t for k, _, t in prompter.shown if k == "inform"] == [
        "La base de données a été mise à niveau au format de cette version ; une copie de "
        "l’ancienne base a été conservée dans /backups/x.sqlite3."
    ]


def test_switching_language_rebuilds_the_window_in_chinese(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    db: Database,
    make_case: MakeCase,
) -> None:
    detail = make_case(destination="FR")
    save_settings(app_paths, UserSettings(language="en"))
    application = Application(qapp, app_paths, prompter)
    try:
        old = application.show(db)
        qtbot.addWidget(old)
        old.open_case(detail.id)
        old.language_actions["zh_CN"].trigger()

        new = application.window
        assert new is not None and new is not old
        qtbot.addWidget(new)
        assert load_settings(app_paths).language == "zh_CN"
        assert new.menuBar().actions()[0].text() == "文件(&F)"
        assert new.case_view.case is not None and new.case_view.case.id == detail.id
        assert new.case_view.parties_table.item(0, 3).text() == "法国"  # type: ignore[union-attr]
        assert new.count_label.text() == "1 个案件"
        assert not [k for k, _, _ in prompter.shown if k == "error"]
    finally:
        remove_translators(qapp, application.translators)


def test_translations_are_shipped_and_load(qapp: QApplication) -> None:
    for language in ("en", "zh_CN"):
        assert (translations_dir() / f"att_desktop_{language}.qm").is_file()
        assert (translations_dir() / f"att_desktop_{language}.ts").is_file()
    translators = install_translators(qapp, "zh_CN")
    try:
        assert len(translators) == 2  # ours and Qt's own qtbase
        assert QCoreApplication.translate("Vocabulary", "End user") == "最终用户"
        assert QCoreApplication.translate("Vocabulary", "Intermediate consignee") == "中间收货人"
        assert QCoreApplication.translate("MainWindow", "%n case(s)", "", 3) == "3 个案件"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("Vocabulary", "End user") == "End user"


def test_english_plurals(qapp: QApplication) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "%n case(s)", "", 1) == "1 case"
        assert QCoreApplication.translate("MainWindow", "%n case(s)", "", 50000) == "50000 cases"
    finally:
        remove_translators(qapp, translators)


def test_every_string_of_the_main_window_is_translated_into_chinese() -> None:
    """No unfinished entry in the contexts this package's windows use."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(translations_dir() / "att_desktop_zh_CN.ts")
    contexts = {
        "AboutDialog",
        "Application",
        "CaseView",
        "DocumentDialog",
        "MainWindow",
        "RegisterFilters",
        "RegisterModel",
        "Vocabulary",
    }
    untranslated = [
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in tree.getroot().iter("context")
        if ctx.findtext("name") in contexts
        for msg in ctx.iter("message")
        if msg.find("translation") is not None
        and msg.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == []


def test_open_database_from_the_command_line_path_is_created(
    tmp_path: Path, app_paths: AppPaths, prompter: ScriptedPrompter, qapp: QApplication
) -> None:
    application = Application(qapp, app_paths, prompter)
    try:
        db = application.open(str(tmp_path / "new" / "fresh.sqlite3"))
        assert db is not None
        db.close()
        assert (tmp_path / "new" / "fresh.sqlite3").is_file()
        reopened = open_database(tmp_path / "new" / "fresh.sqlite3", create=False)
        reopened.close()
    finally:
        remove_translators(qapp, application.translators)
