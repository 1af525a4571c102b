"""GUI fixtures: a scripted prompter, a case factory and a main window on a temp database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain.application import (
    ApplicationInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
)
from att_desktop.domain.enums import NotReportableReason, PartyRole, PartyType, TransferType
from att_desktop.services import cases
from att_desktop.services.dto import CaseDetail
from att_desktop.ui import ops
from att_desktop.ui.accounts import SessionManager
from att_desktop.ui.fonts import install_fonts
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.widgets.screen_fit import install_screen_fit
from tests.gui.held import Held, Hold

# The offscreen plugin's capability notices ("This plugin does not support ...") are ignored
# for every test by ``qt_log_ignore`` in pyproject.toml; every other Qt warning fails.


@pytest.fixture(scope="session", autouse=True)
def application_setup(qapp: QApplication) -> None:
    """Every GUI test draws with the fonts the application ships and fits its windows to the
    screen, as ``app.main`` does, so sizes measured here are the ones users get whatever
    fonts this machine has."""
    install_fonts(qapp)
    install_screen_fit(qapp)


#: Standard dialogs that only the real prompters raise; a test must never meet one.
STRAY_MODALS = (QMessageBox, QFileDialog, QInputDialog)


@pytest.fixture(autouse=True)
def no_stray_modal_dialog(qapp: QApplication) -> Iterator[None]:
    """Close any stray message box and fail the test, instead of hanging the run forever.

    A real ``QMessageBox.question`` reached by a test (a prompter not replaced) would wait
    for a click that never comes; its nested event loop still runs this timer, which
    rejects the box so the test finishes and reports where the dialog came from.
    """
    met: list[str] = []

    def sweep() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, STRAY_MODALS) and widget.isVisible():
                assert isinstance(widget, QDialog)
                met.append(f"{type(widget).__name__}: {widget.windowTitle()!r}")
                widget.reject()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(sweep)
    timer.start()
    yield
    timer.stop()
    sweep()
    assert not met, f"a real modal dialog was shown (it would hang a user's test run): {met}"


@pytest.fixture(autouse=True)
def background_work_ends(qtbot: QtBot) -> Iterator[None]:
    """Every op a test started has delivered and its thread ended before the next test."""
    yield
    qtbot.waitUntil(ops.idle, timeout=30000)


@dataclass
class ScriptedPrompter:
    """Answers prompts from queues and records every message, so no dialog ever blocks."""

    texts: list[str | None] = field(default_factory=list)
    files: list[str | None] = field(default_factory=list)
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    #: Answers to save dialogs (a path, or None for Cancel); the paths offered are recorded.
    saves: list[str | None] = field(default_factory=list)
    save_starts: list[str] = field(default_factory=list)
    #: Answers to "Saved … Open?" (True: Open); none left means Close.
    open_answers: list[bool] = field(default_factory=list)
    #: Files handed to the system viewer.
    opened: list[str] = field(default_factory=list)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        self.shown.append(("ask_text", title, label))
        return self.texts.pop(0) if self.texts else None

    def open_file(
        self, parent: QWidget | None, title: str, directory: str, filters: str
    ) -> str | None:
        self.shown.append(("open_file", title, filters))
        return self.files.pop(0) if self.files else None

    def save_file(self, parent: QWidget | None, title: str, path: str, filters: str) -> str | None:
        self.shown.append(("save_file", title, filters))
        self.save_starts.append(path)
        return self.saves.pop(0) if self.saves else None

    def offer_open(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(("offer_open", title, text))
        return self.open_answers.pop(0) if self.open_answers else False

    def open_path(self, path: str) -> bool:
        self.opened.append(path)
        return True

    def errors(self) -> list[str]:
        return [text for kind, _title, text in self.shown if kind == "error"]


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


MakeCase = Callable[..., CaseDetail]


@pytest.fixture
def make_case(db: Database) -> MakeCase:
    """Register a valid application; keyword arguments change what differs between tests."""

    def make(
        *,
        exporter: str = "Nordwerk Defence GmbH",
        destination: str = "BR",
        end_user: str = "Ministry of Defence",
        received: date = date(2025, 3, 14),
        category: str | None = "VIII.SA.2",
        description: str = "Rifle 7.62 mm",
        quantity: int = 100,
        value: Decimal | None = Decimal("250000"),
        currency: str = "EUR",
        transfer_type: TransferType = TransferType.EXPORT,
        transit: tuple[str, ...] = (),
    ) -> CaseDetail:
        inp = ApplicationInput(
            transfer_type=transfer_type,
            applicant=OrganisationInput(exporter, "DE"),
            destination_code=destination,
            received_on=received,
            exporting_code="DE" if transfer_type is TransferType.IMPORT else "",
            parties=(PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, end_user, destination),),
            transit_codes=transit,
            items=(
                LineItemInput(
                    description=description,
                    quantity=Decimal(quantity),
                    att_category=category,
                    not_reportable_reason=None if category else NotReportableReason.AMMUNITION,
                    model="MX-1",
                    control_rating="ML1",
                    value=value,
                    currency=currency if value is not None else "",
                ),
            ),
        )
        return cases.create_application(db, inp)

    return make


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue (plural forms such as "1 case") for tests that read labels."""
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def window_factory(
    qtbot: QtBot, db: Database, app_paths: AppPaths, prompter: ScriptedPrompter, english: None
) -> Callable[..., MainWindow]:
    def build(language: str = "en") -> MainWindow:
        window = MainWindow(db, app_paths, UserSettings(language=language), prompter)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return build


@pytest.fixture
def window(window_factory: Callable[..., MainWindow]) -> MainWindow:
    return window_factory()


def sign_in_with_password(manager: SessionManager, username: str, password: str) -> None:
    """Fill the lock screen's form and press its button (the person's own password)."""
    assert manager.lock_screen is not None
    form = manager.lock_screen.sign_in
    form.username.setText(username)
    form.password.setText(password)
    form.button.click()


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hold]:
    """``hold(module, name)`` replaces ``module.name`` with a ``Held`` wrapping it."""
    made: list[Held] = []

    def replace(module: object, name: str) -> Held:
        held = Held(getattr(module, name))
        monkeypatch.setattr(module, name, held)
        made.append(held)
        return held

    yield replace
    for held in made:
        held.release.set()  # a failed test must not leave a worker waiting
