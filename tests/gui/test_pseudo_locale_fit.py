"""The windows still fit a 1280×720 screen when every string is 40 % longer, and mirrored.

The pseudo-locale (``pseudo_locale.py``) stands for French, Russian and Arabic before their
translations exist and after they change: a label that only fits English fails here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.config import SUPPORTED_LANGUAGES
from att_desktop.db.engine import Database
from att_desktop.ui.application_dialog import ApplicationDialog
from att_desktop.ui.assessment.wizard import AssessmentWizard
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.widgets.screen_fit import simulated_screen
from tests.gui.conftest import MakeCase, ScriptedPrompter
from tests.gui.pseudo_locale import pseudo_locale
from tests.gui.test_main_window import three_cases
from tests.gui.test_screen_fit import LOCAL_DIALOGS, assert_fits
from tests.report_register import build_with_shipments

__all__ = ["three_cases"]

SMALL = QSize(1280, 720)


@pytest.fixture
def pseudo(qapp: QApplication, english: None) -> Iterator[str]:
    """Stretched strings (a mirrored layout needs no more room: Qt's size hints do not depend
    on the direction; the main window is checked mirrored too)."""
    with simulated_screen(SMALL), pseudo_locale(qapp):
        yield "stretched"


@pytest.fixture(params=["stretched", "mirrored"])
def pseudo_both(request: pytest.FixtureRequest, qapp: QApplication, english: None) -> Iterator[str]:
    with simulated_screen(SMALL), pseudo_locale(qapp, mirrored=request.param == "mirrored"):
        yield request.param


def test_the_main_window_with_a_case_open(
    qtbot: QtBot,
    pseudo_both: str,
    window_factory: Callable[..., MainWindow],
    three_cases: list[int],
) -> None:
    window = window_factory()
    window.open_case(three_cases[0])
    assert window.windowTitle().startswith("[") or window.menuBar().actions()[0].text()[0] == "["
    assert_fits(qtbot, window, SMALL)


def test_the_wizard_on_every_step(
    qtbot: QtBot, pseudo: str, db: Database, make_case: MakeCase, prompter: ScriptedPrompter
) -> None:
    case = make_case()
    wizard = AssessmentWizard(db, case.id, "en", prompter=prompter, ask_save=lambda _w: "discard")
    for step in range(wizard.steps.count()):
        wizard.steps.setCurrentRow(step)
        assert_fits(qtbot, wizard, SMALL)


@pytest.mark.parametrize("kind", list(LOCAL_DIALOGS))
def test_dialogs(
    qtbot: QtBot,
    pseudo: str,
    db: Database,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    kind: str,
) -> None:
    build_with_shipments(db)
    assert_fits(qtbot, LOCAL_DIALOGS[kind](db, prompter, tmp_path), SMALL)


def test_the_application_dialog_editing_a_case(
    qtbot: QtBot, pseudo: str, db: Database, make_case: MakeCase
) -> None:
    case = make_case(transit=("PA", "CO"))
    dialog = ApplicationDialog(db, "en", original=case, confirm_discard=lambda _w: True)
    assert_fits(qtbot, dialog, SMALL)


@pytest.fixture(params=[code for code in SUPPORTED_LANGUAGES if code != "en"])
def offered(request: pytest.FixtureRequest, qapp: QApplication, english: None) -> Iterator[str]:
    """Each offered language's real catalogue, on the small screen."""
    translators = install_translators(qapp, request.param)
    try:
        with simulated_screen(SMALL):
            yield request.param
    finally:
        remove_translators(qapp, translators)
        remove_translators(qapp, install_translators(qapp, "en"))


def test_the_main_window_and_the_wizard_fit_in_each_offered_language(
    qtbot: QtBot,
    offered: str,
    window_factory: Callable[..., MainWindow],
    three_cases: list[int],
    db: Database,
    prompter: ScriptedPrompter,
) -> None:
    window = window_factory(offered)
    window.open_case(three_cases[0])
    assert_fits(qtbot, window, SMALL)
    wizard = AssessmentWizard(
        db, three_cases[0], offered, prompter=prompter, ask_save=lambda _w: "discard"
    )
    for step in range(wizard.steps.count()):
        wizard.steps.setCurrentRow(step)
        assert_fits(qtbot, wizard, SMALL)
