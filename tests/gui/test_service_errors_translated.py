"""A service refusal reaches the officer in the window's language (issue 15): the services
raise Messages, and the window translates them instead of showing the English ``str(exc)``."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from att_desktop.ui.i18n import current_language, install_translators, remove_translators
from att_desktop.ui.main_window import MainWindow

from .conftest import ScriptedPrompter


@pytest.fixture
def chinese(qapp: QApplication, english: None) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def french(qapp: QApplication, english: None) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)


def test_a_case_that_is_not_found_is_reported_in_chinese(
    chinese: None, window_factory: Callable[..., MainWindow], prompter: ScriptedPrompter
) -> None:
    window = window_factory("zh_CN")
    prompter.texts.append("EXP/2026/99999")
    window.ask_open_case()
    assert prompter.errors() == ["没有编号为 EXP/2026/99999 的案件。"]


def test_a_case_that_is_not_found_is_reported_in_french(
    french: None, window_factory: Callable[..., MainWindow], prompter: ScriptedPrompter
) -> None:
    window = window_factory("fr")
    window.open_case(999999)
    assert prompter.errors() == ["Il n’existe aucun dossier avec l’identifiant 999999."]


def test_removing_the_translators_brings_the_messages_back_to_english(
    qapp: QApplication, english: None
) -> None:
    translators = install_translators(qapp, "ru")
    assert current_language() == "ru"
    remove_translators(qapp, translators)
    assert current_language() == "en"
