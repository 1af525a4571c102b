"""Starting the GUI: the QApplication first, then translations, then the database.

The QApplication exists before anything can go wrong, so every failure (a database from a
newer version, a locked or damaged file) is explained in a dialog instead of a traceback,
and the program exits without having changed anything.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from att_desktop import APP_ID, APP_NAME, __version__
from att_desktop.config import AppPaths, load_settings
from att_desktop.db.engine import Database, DatabaseError, open_database
from att_desktop.logging_setup import setup_logging
from att_desktop.services.anchoring import append_witness, witness_file_in
from att_desktop.ui.accounts.session_manager import SessionManager, install_sessions
from att_desktop.ui.context import AppContext
from att_desktop.ui.fonts import install_fonts
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.icons import app_icon
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.messages import error_text, notice_text
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.wheel_guard import install_wheel_guard
from att_desktop.ui.widgets.screen_fit import install_screen_fit

log = logging.getLogger(__name__)

#: Exit status when the database cannot be opened (matches the CLI's "cannot proceed").
EXIT_DATABASE = 2


def parse_args(argv: Sequence[str], paths: AppPaths) -> tuple[argparse.Namespace, list[str]]:
    """Our options; anything else (``-platform offscreen``, ``-style``) is left for Qt."""
    parser = argparse.ArgumentParser(prog="att-desktop gui", description=f"{APP_NAME} window")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=str(paths.default_db),
        help="database file or URL (default: %(default)s)",
    )
    return parser.parse_known_args(list(argv))


class Application:
    """Owns the translators, the database and the window, so the language can change live.

    Switching language rebuilds the window in the new language (reopening the same case)
    rather than retranslating each widget by hand, so no string is ever left behind.
    """

    def __init__(self, qapp: QApplication, paths: AppPaths, prompter: Prompter) -> None:
        self.qapp = qapp
        self.paths = paths
        self.prompter = prompter
        self.settings = load_settings(paths)
        self.translators: list[QTranslator] = install_translators(qapp, self.settings.language)
        self.window: MainWindow | None = None
        #: Who is signed in; it outlives a window rebuilt for a language change.
        self.sessions: SessionManager | None = None
        #: The database, settings and signed-in person every window reads (made by ``show``).
        self.ctx: AppContext | None = None

    def open(self, target: str) -> Database | None:
        # Like the CLI: the default database keeps its pre-upgrade copies in the data folder,
        # a database named with --db keeps them beside itself.
        default = target == str(self.paths.default_db)
        try:
            db = open_database(target, backup_dir=self.paths.backup_dir if default else None)
        except DatabaseError as exc:
            # The translators of the chosen language (settings) are installed by __init__,
            # so the problem is told in that language, before any window exists.
            self.prompter.error(
                None,
                QCoreApplication.translate("Application", "Cannot open the database"),
                error_text(exc),
            )
            return None
        db.witness = witness_file_in(self.paths.data_dir)  # issue 13: this workstation's
        return db

    def show(self, db: Database) -> MainWindow:
        window = self._build(db)
        window.show()
        for notice in db.notices:
            self.prompter.inform(
                window,
                QCoreApplication.translate("Application", "Database upgraded"),
                notice_text(notice),
            )
        db.notices.clear()
        return window

    def _build(self, db: Database) -> MainWindow:
        if self.ctx is None or self.ctx.db is not db:
            self.ctx = AppContext(db, self.paths, self.settings, self.prompter)
        self.ctx.settings = self.settings
        self.ctx.set_language(self.settings.language)
        self.window = MainWindow.for_context(
            self.ctx,
            on_language_change=self.switch_language,
            # The register is read once: at sign-in, or by set_sessions for the person still
            # signed in; only a window rebuilt behind the lock screen reads it now, to hold
            # what the old one held.
            read_register=self.sessions is not None and self.sessions.current is None,
        )
        # The window opens covered by the lock screen: first run creates the administrator,
        # later runs ask who is signing in. The start-up audit of the history runs here too.
        self.sessions = install_sessions(self.window, db, self.prompter, self.sessions)
        return self.window

    def switch_language(self, language: str) -> None:
        old = self.window
        if old is None:
            return
        self.settings = old.settings.with_language(language)
        remove_translators(self.qapp, self.translators)
        self.translators = install_translators(self.qapp, language)
        case = old.case_view.case
        geometry = old.saveGeometry()
        old.detach()
        new = self._build(old.db)
        new.restoreGeometry(geometry)
        if case is not None:
            new.open_case(case.id)
        new.show()
        old.hide()
        old.deleteLater()

    def close(self) -> None:
        if self.sessions is not None:
            self.sessions.shut_down()
            self.sessions.deleteLater()
        if self.window is not None:
            append_witness(self.window.db, "closed")
            self.window.db.close()
        remove_translators(self.qapp, self.translators)


def _excepthook(prompter: Prompter) -> None:
    """An unexpected error in a slot is logged and shown, instead of vanishing on stderr."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, value, tb))
        traceback.print_exception(kind, value, tb)
        prompter.error(
            QApplication.activeWindow(),
            QCoreApplication.translate("Application", "Unexpected error"),
            QCoreApplication.translate(
                "Application",
                "Something went wrong and the last action may not have been completed:\n%1",
            ).replace("%1", f"{kind.__name__}: {value}"),
        )

    sys.excepthook = hook


def main(argv: list[str] | None = None, *, prompter: Prompter | None = None) -> int:
    """Run the GUI; ``argv`` excludes the program name. Returns the exit status."""
    args_in = sys.argv[1:] if argv is None else argv
    paths = AppPaths.default()
    args, qt_args = parse_args(args_in, paths)

    existing = QApplication.instance()
    setup_logging(paths, program=f"{APP_NAME} window", excepthooks=existing is None)
    qapp = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    qapp.setApplicationName(APP_ID)
    qapp.setApplicationVersion(__version__)
    qapp.setWindowIcon(app_icon())
    qapp.setDesktopFileName(APP_ID)
    install_wheel_guard(qapp)
    install_fonts(qapp)
    install_screen_fit(qapp)

    prompter = prompter or MessageBoxPrompter()
    app = Application(qapp, paths, prompter)
    db = app.open(args.db)
    if db is None:
        app.close()
        return EXIT_DATABASE
    if existing is None:
        _excepthook(prompter)
    app.show(db)
    try:
        return qapp.exec()
    finally:
        app.close()
