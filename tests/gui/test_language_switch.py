"""Switching language from the menu relabels the open window without a restart, in every
language the app offers, and Arabic mirrors it; the case that was open stays open."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from att_desktop.app import Application
from att_desktop.config import SUPPORTED_LANGUAGES, AppPaths, resources_dir
from att_desktop.db.engine import Database
from att_desktop.i18n import is_rtl
from att_desktop.ui.i18n import install_translators, remove_translators
from tests.gui.conftest import MakeCase, ScriptedPrompter


def _translation(language: str, context: str, source: str) -> str:
    tree = ET.parse(resources_dir() / "translations" / f"att_desktop_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for msg in ctx.iter("message"):
            if msg.findtext("source") == source:
                return "".join(msg.find("translation").itertext())  # type: ignore[union-attr]
    raise AssertionError(f"{language}: no {context}/{source}")


def test_every_offered_language_relabels_the_window_live(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    make_case: MakeCase,
) -> None:
    assert len(SUPPORTED_LANGUAGES) >= 3
    case = make_case()
    app = Application(qapp, app_paths, prompter)
    try:
        window = app.show(db)
        qtbot.addWidget(window)
        window.open_case(case.id)
        for language in [*SUPPORTED_LANGUAGES, "en"]:
            old = app.window
            assert old is not None
            # Chosen from the Language menu, as an officer does.
            action = old.findChild(type(old.language_actions["en"]), f"actionLanguage_{language}")
            assert action is not None
            action.trigger()
            new = app.window
            assert new is not None
            if language != old.language:
                assert new is not old
                qtbot.addWidget(new)
            file_menu = new.menuBar().findChildren(QMenu)[0].title()
            expected = (
                "&File" if language == "en" else _translation(language, "MainWindow", "&File")
            )
            assert file_menu == expected, language
            assert new.layoutDirection() == (
                Qt.LayoutDirection.RightToLeft
                if is_rtl(language)
                else Qt.LayoutDirection.LeftToRight
            )
            assert new.case_view.case is not None and new.case_view.case.id == case.id
            assert new.language_actions[language].isChecked()
    finally:
        if app.sessions is not None:
            app.sessions.idle_timer.stop()
        if app.window is not None:
            app.window.close()
        app.close()
        remove_translators(qapp, install_translators(qapp, "en"))
