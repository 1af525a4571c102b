"""Every window and dialog is usable on a 1280×720 and a 1366×768 screen.

Each is opened with realistic content on a simulated screen of that size
(``screen_fit.simulated_screen``: the offscreen platform's own screen is a fixed 800×800)
and must fit it whole, with every button of its button row inside the window and outside
any scroll area, so it is on screen whatever the content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.enums import OpinionKind
from att_desktop.services import committee
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.ui.about import AboutDialog
from att_desktop.ui.accounts.dialogs import AccountsDialog, ChangePasswordDialog
from att_desktop.ui.application_dialog import ApplicationDialog
from att_desktop.ui.assessment.denial_notices import DenialNoticesDialog
from att_desktop.ui.assessment.wizard import AssessmentWizard
from att_desktop.ui.case_view import DocumentDialog
from att_desktop.ui.committee.notes import ReassignDialog
from att_desktop.ui.committee.review import DecideDialog, OpinionDialog, SubmitReviewDialog
from att_desktop.ui.committee.sessions import CommitteeSessionWindow
from att_desktop.ui.database_dialog import DatabaseDialog
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reassessment import EmbargoDataDialog, ReassessmentDialog
from att_desktop.ui.register_model import Column
from att_desktop.ui.reporting.calendar import ReportingCalendarDialog
from att_desktop.ui.reporting.imports import ImportAuthorisationDialog
from att_desktop.ui.reporting.report_builder import ReportBuilderDialog
from att_desktop.ui.reporting.shipments import CustomsImportDialog, ShipmentDialog
from att_desktop.ui.widgets.screen_fit import (
    MARGIN,
    fit_to_screen,
    fitted_size,
    simulated_screen,
)
from tests.accounts_helpers import (
    ADMIN_PASSWORD,
    Committee,
    assessed_case,
    committee_db,
    committee_template,
)
from tests.gui.conftest import MakeCase, ScriptedPrompter
from tests.gui.test_committee_flow import Build, build, people, sign_in
from tests.gui.test_main_window import three_cases
from tests.report_register import build_with_shipments

__all__ = ["build", "committee_db", "committee_template", "people", "three_cases"]

SCREENS = {"1280x720": QSize(1280, 720), "1366x768": QSize(1366, 768)}


@pytest.fixture(params=list(SCREENS.values()), ids=list(SCREENS))
def screen(request: pytest.FixtureRequest) -> Iterator[QSize]:
    size: QSize = request.param
    with simulated_screen(size):
        yield size


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is inside a scroll area (or a tab bar's strip) of ``window``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def footer_buttons(window: QWidget) -> list[QAbstractButton]:
    """The buttons shown outside every scroll area: the window's button rows."""
    return [
        button
        for button in window.findChildren(QAbstractButton)
        if button.isVisibleTo(window)
        and button.window() is window
        and not _scrolled(button, window)
    ]


def assert_fits(qtbot: QtBot, window: QWidget, screen: QSize) -> None:
    """The window is no larger than the screen and its buttons are in sight: the button
    rows whole inside it, or, for a window without one, everything without scrolling."""
    if not window.isVisible():
        qtbot.addWidget(window)
        window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    name = type(window).__name__
    frame = window.frameGeometry().size()
    assert frame.width() <= screen.width(), (name, frame)
    assert frame.height() <= screen.height(), (name, frame)
    if not isinstance(window, QDialog):
        return
    buttons = footer_buttons(window)
    for widget in [*buttons, *window.findChildren(QDialogButtonBox)]:
        if widget.window() is window and widget.isVisibleTo(window):
            where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            assert window.rect().contains(where), (name, widget.objectName(), where, window.size())
            assert not _scrolled(widget, window), (name, widget.objectName())
    if not buttons:
        scroll = window.findChild(QScrollArea, "screenFitScroll")
        assert scroll is not None, f"{name} has no button row and no scroll area"
        assert scroll.verticalScrollBar().maximum() == 0, name
        assert scroll.horizontalScrollBar().maximum() == 0, name


def test_fitted_size_keeps_what_fits_and_shrinks_what_does_not(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    with simulated_screen(QSize(1366, 768)):
        assert fitted_size(widget, QSize(900, 600)) == QSize(900, 600)
        assert fitted_size(widget, QSize(1400, 860)) == QSize(1366, 768) - MARGIN


def test_a_tall_dialog_scrolls_its_content_and_keeps_its_buttons_in_sight(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    tall = QLabel("Findings\n" * 80, dialog)
    error = QLabel("Say why", dialog)
    error.hide()  # shown when OK is refused
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    layout.addWidget(tall)
    layout.addWidget(error)
    layout.addWidget(buttons)
    assert dialog.sizeHint().height() > 720
    with simulated_screen(QSize(1280, 720)):
        fit_to_screen(dialog)
        assert_fits(qtbot, dialog, QSize(1280, 720))
    scroll = dialog.findChild(QScrollArea, "screenFitScroll")
    assert scroll is not None and scroll.widget().isAncestorOf(tall)
    assert scroll.verticalScrollBar().maximum() > 0  # the findings scroll, not the buttons
    error.show()
    assert not _scrolled(error, dialog)  # a refusal next to OK stays beside it


def test_the_main_window_with_a_case_open(
    qtbot: QtBot,
    screen: QSize,
    window_factory: Callable[..., MainWindow],
    three_cases: list[int],
) -> None:
    window = window_factory()
    window.open_case(three_cases[0])
    assert_fits(qtbot, window, screen)


def test_the_wizard_on_every_step(
    qtbot: QtBot, screen: QSize, db: Database, make_case: MakeCase, prompter: ScriptedPrompter
) -> None:
    case = make_case()
    wizard = AssessmentWizard(db, case.id, "en", prompter=prompter, ask_save=lambda _w: "discard")
    for step in range(wizard.steps.count()):
        wizard.steps.setCurrentRow(step)
        assert_fits(qtbot, wizard, screen)
    assert wizard.height() < 860  # it asked for more


DialogFactory = Callable[[Database, ScriptedPrompter, Path], QWidget]

LOCAL_DIALOGS: dict[str, DialogFactory] = {
    "report builder": lambda db, p, _t: ReportBuilderDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=p, today=date(2026, 3, 2)
    ),
    "reporting calendar": lambda db, p, _t: ReportingCalendarDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=p, today=date(2026, 3, 2)
    ),
    "shipment": lambda db, p, _t: ShipmentDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=p, today=date(2027, 2, 1)
    ),
    "customs import": lambda db, p, _t: CustomsImportDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=p
    ),
    "import authorisations": lambda db, p, _t: ImportAuthorisationDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=p, today=date(2026, 3, 2)
    ),
    "denial notices": lambda db, _p, _t: DenialNoticesDialog(db, "en", today=date(2026, 1, 1)),
    "embargo data": lambda db, p, _t: EmbargoDataDialog(db, "en", prompter=p),
    "reassessment": lambda db, p, _t: ReassessmentDialog(db, "en", prompter=p),
    "database": lambda _db, p, t: DatabaseDialog(str(t / "att.sqlite3"), prompter=p),
    "about": lambda _db, _p, t: AboutDialog(
        str(t / "att.sqlite3"), data_folder=str(t), settings_file=str(t / "settings.json")
    ),
    "document": lambda _db, p, _t: DocumentDialog("EXP/2026/00001", p),
}


@pytest.mark.parametrize("kind", list(LOCAL_DIALOGS))
def test_dialogs_on_a_register_with_shipments(
    qtbot: QtBot,
    screen: QSize,
    db: Database,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    english: None,
    kind: str,
) -> None:
    build_with_shipments(db)
    assert_fits(qtbot, LOCAL_DIALOGS[kind](db, prompter, tmp_path), screen)


def test_the_application_dialog_editing_a_case(
    qtbot: QtBot, screen: QSize, db: Database, make_case: MakeCase, english: None
) -> None:
    case = make_case(transit=("PA", "CO"))
    dialog = ApplicationDialog(db, "en", original=case, confirm_discard=lambda _w: True)
    assert_fits(qtbot, dialog, screen)


def test_committee_and_account_dialogs(
    qtbot: QtBot, screen: QSize, build: Build, committee_db: Database, people: Committee
) -> None:
    db = committee_db
    submitted, fresh = assessed_case(db, people.officer), assessed_case(db, people.officer)
    committee.request_review(db, people.officer, submitted, [people.mfa, people.mod])
    committee.record_opinion(
        db,
        people.mfa_member,
        submitted,
        committee.OpinionInput(OpinionKind.APPROVE, "No concerns."),
    )
    window, manager = build(db)
    review, notes = window.committee.review, window.committee.notes

    sign_in(qtbot, manager, "officer")
    window.open_case(fresh)
    review.submit_button.click()
    _fits_then_closes(qtbot, review.dialog, SubmitReviewDialog, screen)
    notes.reassign_button.click()
    _fits_then_closes(qtbot, notes.reassign_dialog, ReassignDialog, screen)
    window.committee.open_sessions()
    _fits_then_closes(qtbot, window.committee.session_window, CommitteeSessionWindow, screen)

    sign_in(qtbot, manager, "mod.member")
    window.open_case(submitted)
    review.opinion_button.click()
    _fits_then_closes(qtbot, review.dialog, OpinionDialog, screen)
    manager.open_change_password()
    _fits_then_closes(qtbot, manager.change_password_dialog, ChangePasswordDialog, screen)

    sign_in(qtbot, manager, "decider")
    window.open_case(submitted)
    review.decide_button.click()
    _fits_then_closes(qtbot, review.dialog, DecideDialog, screen)

    manager.switch_user()
    assert manager.lock_screen is not None
    form = manager.lock_screen.sign_in
    form.username.setText("admin")
    form.password.setText(ADMIN_PASSWORD)
    form.button.click()
    manager.open_accounts()
    _fits_then_closes(qtbot, manager.accounts_dialog, AccountsDialog, screen)


def _fits_then_closes(qtbot: QtBot, dialog: object, kind: type[QWidget], screen: QSize) -> None:
    assert isinstance(dialog, kind), dialog
    assert_fits(qtbot, dialog, screen)
    dialog.close()


def test_the_register_keeps_the_status_readable_and_scrolls_sideways(
    qtbot: QtBot,
    screen: QSize,
    window_factory: Callable[..., MainWindow],
    three_cases: list[int],
) -> None:
    window = window_factory()
    window.refresh()
    table, header = window.table, window.table.horizontalHeader()
    readable = table.sizeHintForColumn(Column.STATUS)  # icon and the whole label
    window.resize(window.minimumSizeHint().width(), screen.height() - MARGIN.height())
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0, timeout=2000)
    assert header.sectionSize(Column.STATUS) >= readable
    header.resizeSection(Column.STATUS, 12)  # dragged down to the dot
    assert header.sectionSize(Column.STATUS) >= readable
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    status = header.sectionViewportPosition(Column.STATUS)
    assert status >= 0 and status + readable <= table.viewport().width()
