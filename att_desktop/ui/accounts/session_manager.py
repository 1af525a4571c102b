"""Who is at the shared workstation: sign-in, switch user, lock after idle time.

One ``SessionManager`` lives as long as the application (it survives the main window being
rebuilt for a language change). Locking covers the window with the lock screen, hides the
other open windows, and makes ``current`` None, so ``require`` refuses every action until
someone signs in again. If someone else signs in, the previous person's open windows are
closed rather than handed over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QWidget

from att_desktop.db.engine import Database
from att_desktop.services import accounts
from att_desktop.services.anchoring import append_witness, own_witness_check
from att_desktop.services.audit import AuditReport, describe, verify_all, verify_chain
from att_desktop.services.change_requests import verify_change_request_signatures
from att_desktop.services.dto import UserSession
from att_desktop.services.errors import ServiceError
from att_desktop.services.permissions import Permission, PermissionDenied, require
from att_desktop.services.signing import verify_signatures
from att_desktop.ui.accounts.dialogs import AccountsDialog, ChangePasswordDialog
from att_desktop.ui.accounts.labels import error_text, role_label
from att_desktop.ui.accounts.lock_screen import LockScreen
from att_desktop.ui.context import AppContext
from att_desktop.ui.gbv.training_dialog import TrainingDialog
from att_desktop.ui.ops import Op, StatusBarProgress, run_op
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter

#: Events that count as someone using the workstation (they postpone the idle lock).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SessionLocked(PermissionDenied):
    """The workstation is locked or nobody is signed in."""


log = logging.getLogger(__name__)

#: The full history verification waits this long after the start-up check.
FULL_CHECK_DELAY_MS = 60_000


class SessionManager(QObject):
    """Holds the signed-in ``UserSession`` and the lock screen of the attached window."""

    #: The signed-in session after a sign-in, or None after a lock or sign-out.
    sessionChanged = Signal(object)
    lockedChanged = Signal(bool)
    #: The start-up history check has its ``AuditReport`` (it runs on a worker thread).
    historyChecked = Signal(object)
    #: The background full verification (every event since the first) has its report.
    fullHistoryChecked = Signal(object)

    def __init__(
        self,
        db: Database,
        prompter: Prompter | None = None,
        parent: QObject | None = None,
        *,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        #: The application context this manager sets the signed-in person on.
        self.context: AppContext | None = None
        self.prompter: Prompter = prompter or MessageBoxPrompter()
        self.window: QMainWindow | None = None
        self.lock_screen: LockScreen | None = None
        self.status_label: QLabel | None = None
        self.audit_report: AuditReport | None = None
        #: The history check under way, if any.
        self.history_check: Op | None = None
        self.full_history_check: Op | None = None
        #: How long after the start-up check the full verification starts (tests: 0).
        self.full_check_delay_ms = FULL_CHECK_DELAY_MS
        self.full_check_timer = QTimer(self)
        self.full_check_timer.setSingleShot(True)
        self.full_check_timer.timeout.connect(self.verify_whole_history)
        self._session: UserSession | None = None
        #: Whose session the lock screen is covering (they may unlock it).
        self._locked: UserSession | None = None
        #: Signed in with a one-time password; not usable until it is changed.
        self._pending: UserSession | None = None
        self._hidden_windows: list[QWidget] = []
        self._disabled: list[QWidget] = []
        self._idle_override = idle_ms
        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idleLockTimer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # --- state ------------------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """The context's database once attached to a window (it follows File → Open)."""
        return self.context.db if self.context is not None else self._db

    @property
    def current(self) -> UserSession | None:
        """The person who may act now; None while locked or before anyone signed in."""
        return self._session

    @property
    def is_locked(self) -> bool:
        return self._session is None

    def require(self, permission: Permission, *, application_id: int | None = None) -> UserSession:
        """The current session if it may do this; raises SessionLocked or PermissionDenied."""
        if self._session is None:
            raise SessionLocked(
                QCoreApplication.translate(
                    "SessionManager", "The workstation is locked: sign in to continue."
                ),
                permission,
            )
        require(self._session, permission, application_id=application_id, db=self.db)
        return self._session

    def idle_interval_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return accounts.idle_lock_minutes(self.db) * 60_000

    def rearm(self) -> None:
        """Restart the idle timer, e.g. after the administrator changed the idle time."""
        self._arm()

    def set_idle_interval_ms(self, milliseconds: int) -> None:
        self._idle_override = milliseconds
        self._arm()

    # --- the window -------------------------------------------------------------------------

    def attach(self, window: QMainWindow) -> None:
        """Put the lock screen, the status label and the account actions on a window."""
        self.window = window
        # The full check would report into a window that no longer exists.
        window.destroyed.connect(self.full_check_timer.stop)
        self.lock_screen = LockScreen(window)
        screen = self.lock_screen
        screen.sign_in.submitted.connect(self._sign_in)
        screen.first_admin.submitted.connect(self._create_first_admin)
        screen.change_password.submitted.connect(self._change_password)
        screen.change_password.cancelled.connect(self.sign_out)

        self.status_label = QLabel(window)
        self.status_label.setObjectName("signedInUser")
        self.status_label.setContentsMargins(12, 0, 4, 0)
        window.statusBar().addPermanentWidget(self.status_label)
        self._adopt_actions(window)
        if self.audit_report is None and self.history_check is None:
            self.check_history()
        if self._session is None:
            self._show_start()
        else:
            self._signed_in_ui()
        # A window that acts for the signed-in person (the main window) keeps the manager
        # (its account actions call it) and hands over its context, which follows sign-ins.
        follow = getattr(window, "set_sessions", None)
        if callable(follow):
            follow(self)
        context = getattr(window, "ctx", None)
        if isinstance(context, AppContext):
            self.bind(context)

    def bind(self, context: AppContext) -> None:
        """Set the signed-in person on ``context`` from now on, and follow its database."""
        if self.context is not context:
            if self.context is not None:
                with suppress(RuntimeError, TypeError):  # deleted with its window
                    self.context.databaseChanged.disconnect(self.set_database)
            self.context = context
            context.databaseChanged.connect(self.set_database)
        context.set_user(self._session)

    def _adopt_actions(self, window: QMainWindow) -> None:
        """The account actions are declared with the window's menus (``ui/menus.py``);
        they call this manager through ``window.sessions``."""

        def find(name: str) -> QAction:
            action = window.findChild(QAction, name)
            if action is None:
                raise LookupError(f"the window declares no {name} action (ui/menus.py)")
            return action

        self.action_switch_user = find("actionSwitchUser")
        self.action_lock = find("actionLock")
        self.action_change_password = find("actionChangePassword")
        self.action_accounts = find("actionUsersAgencies")

    def check_history(self) -> Op | None:
        """At start-up: tell whoever is at the keyboard if the history was tampered with.

        The check reads every event, so it runs on a worker thread while the window (and
        its sign-in) can be used; ``historyChecked`` gives the report when it is done, and
        a tampered history is reported as before, over the window.
        """
        db = self.db
        window = self.window
        op = run_op(
            self,
            lambda _progress: verify_chain(db),
            lambda report: self._history_checked(db, report),
            title=self.tr("Checking the event history"),
            prompter=self.prompter,
            label=self.tr("Checking the event history…"),
            key=f"history-{id(db)}",
            view=_StatusView(window),
            on_failure=lambda exc: self._history_failed(db, exc),
        )
        if op is not None:
            self.history_check = op
        return op

    def _history_checked(self, db: Database, report: AuditReport) -> None:
        if db is not self.db:
            return  # another database was opened meanwhile; it has its own check
        self.history_check = None
        self.audit_report = report
        if not report.ok:
            self._report_tampering(report)
        self.historyChecked.emit(report)
        if report.ok:
            # Later, not at once: the full pass reads every event (two million after ten
            # years), and the first minute belongs to the person who just opened the window.
            self.full_check_timer.start(self.full_check_delay_ms)

    def verify_whole_history(self) -> Op | None:
        """Every event since the first, in the background after the quick start-up check.

        The start-up check proves only what was written since the last full verification
        (the stored checkpoint); this one proves the rest and, when it passes, moves the
        checkpoint forward so the next start-up has less to check.
        """
        db = self.db

        def check(progress: Callable[[int, int], None]) -> AuditReport:
            # Issue 13: this workstation's witness anchors and every signature, too.
            checks = [own_witness_check(db), verify_signatures, verify_change_request_signatures]
            report = verify_all(db, progress=progress, checks=checks)
            if report.checkpoint_saved:
                append_witness(db, f"checkpoint {report.checkpoint_saved}")
            return report

        op = run_op(
            self,
            check,
            lambda report: self._whole_history_checked(db, report),
            title=self.tr("Checking the event history"),
            prompter=self.prompter,
            label=self.tr("Checking the whole event history…"),
            key=f"history-full-{id(db)}",
            view=_StatusView(self.window),
            on_failure=lambda exc: self._history_failed(db, exc),
        )
        if op is not None:
            self.full_history_check = op
        return op

    def _whole_history_checked(self, db: Database, report: AuditReport) -> None:
        if db is not self.db:
            return
        self.full_history_check = None
        self.audit_report = report
        if not report.ok:
            self._report_tampering(report)
        self.fullHistoryChecked.emit(report)

    def _report_tampering(self, report: AuditReport) -> None:
        ids = ", ".join(str(i) for i in report.event_ids[:20])
        if not ids:  # e.g. the stored checkpoint itself was altered: say what was found
            ids = "; ".join(describe(report)[:3])
        self.prompter.error(
            self.window,
            self.tr("The history has been tampered with"),
            self.tr(
                "The event history of this database was changed outside ATT Desktop "
                "(problems at event %1). Keep the file as evidence, tell your administrator "
                "and run 'att-desktop audit verify' for the details."
            ).replace("%1", ids),
        )

    def _history_failed(self, db: Database, exc: BaseException) -> None:
        if db is not self.db:
            return
        self.history_check = None
        self.prompter.error(self.window, self.tr("Checking the event history"), error_text(exc))

    # --- locking ----------------------------------------------------------------------------

    def lock(self) -> None:
        """Cover the window; the same person (or someone else) signs in to continue."""
        if self._session is None:
            return
        self._locked = self._session
        log.info("Workstation locked for %s", self._session.username)
        self._set_session(None)
        self._cover()
        if self.lock_screen is not None:
            self.lock_screen.sign_in.prepare(self._locked.full_name, self._locked.username)
            self.lock_screen.show_form(self.lock_screen.sign_in)
            self.lock_screen.sign_in.password.setFocus()

    def switch_user(self) -> None:
        """Lock, with an empty sign-in form for the next person."""
        self.lock()
        if self.lock_screen is not None and self._locked is not None:
            self.lock_screen.sign_in.prepare(self._locked.full_name, "")

    def sign_out(self) -> None:
        """End the session; the previous person's open windows are closed."""
        if self._session is not None:
            log.info("Signed out: %s", self._session.username)
        self._pending = None
        self._locked = None
        self._set_session(None)
        self._cover()
        self._close_hidden()
        self._show_start()

    def set_database(self, db: Database) -> None:
        """Another database has other accounts: sign out and start again on it."""
        self._db = db
        self.audit_report = None
        self.history_check = None
        self.sign_out()
        self.check_history()

    def _show_start(self) -> None:
        screen = self.lock_screen
        if screen is None:
            return
        self._cover()
        if accounts.needs_first_admin(self.db):
            screen.first_admin.clear_error()
            screen.show_form(screen.first_admin)
            screen.first_admin.username.setFocus()
        else:
            screen.sign_in.prepare()
            screen.show_form(screen.sign_in)
            screen.sign_in.username.setFocus()
        self._update_label()

    def _cover(self) -> None:
        window = self.window
        if window is None or self.lock_screen is None:
            return
        self.idle_timer.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
                widget.hide()
                self._hidden_windows.append(widget)
        for child in window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child is not self.lock_screen and child.isEnabled() and not child.isWindow():
                child.setEnabled(False)
                self._disabled.append(child)
        self.lock_screen.show_form(self.lock_screen.current_form)
        self._update_label()

    def _uncover(self) -> None:
        for child in self._disabled:
            child.setEnabled(True)
        self._disabled.clear()
        if self.lock_screen is not None:
            self.lock_screen.hide()
        if self.window is not None:
            self.window.activateWindow()

    def _close_hidden(self) -> None:
        """Someone else signed in: the previous person's windows close. A window that can
        keep its owner's unsaved work (``hand_over``) does so first, instead of asking the
        next person about answers that are not theirs."""
        for widget in self._hidden_windows:
            hand_over = getattr(widget, "hand_over", None)
            if callable(hand_over):
                hand_over()
            widget.close()
        self._hidden_windows.clear()

    def _restore_hidden(self) -> None:
        for widget in self._hidden_windows:
            widget.show()
        self._hidden_windows.clear()

    # --- signing in -------------------------------------------------------------------------

    def _sign_in(self, username: str, password: str) -> None:
        screen = self.lock_screen
        assert screen is not None
        try:
            session = accounts.sign_in(self.db, username, password)
        except ServiceError as exc:
            screen.sign_in.password.clear()
            screen.sign_in.show_error(error_text(exc))
            screen.sign_in.password.setFocus()
            return
        if session.must_change_password:
            self._pending = session
            screen.change_password.prepare(session.full_name, forced=True)
            screen.show_form(screen.change_password)
            screen.change_password.current.setFocus()
            return
        self._complete(session)

    def _change_password(self, current: str, new: str, confirm: str) -> None:
        screen = self.lock_screen
        assert screen is not None
        pending = self._pending
        if pending is None:
            return
        try:
            session = accounts.change_password(self.db, pending, current, new, confirmation=confirm)
        except ServiceError as exc:
            screen.change_password.show_error(error_text(exc))
            return
        self._pending = None
        self._complete(session)

    def _create_first_admin(self, username: str, full_name: str, password: str) -> None:
        screen = self.lock_screen
        assert screen is not None
        try:
            session = accounts.create_first_admin(self.db, username, full_name, password)
        except ServiceError as exc:
            screen.first_admin.show_error(error_text(exc))
            return
        self._complete(session)

    def _complete(self, session: UserSession) -> None:
        previous = self._locked
        self._locked = None
        if previous is not None and previous.user_id == session.user_id:
            self._restore_hidden()
        else:
            self._close_hidden()
        self._uncover()
        self._set_session(session)

    def _set_session(self, session: UserSession | None) -> None:
        changed = session != self._session
        self._session = session
        if session is not None:
            self._signed_in_ui()
        else:
            self.idle_timer.stop()
            self._update_label()
        if changed:
            if self.context is not None:
                self.context.set_user(session)
            self.sessionChanged.emit(session)
            self.lockedChanged.emit(session is None)

    def _signed_in_ui(self) -> None:
        self._update_label()
        self._arm()

    def _arm(self) -> None:
        interval = self.idle_interval_ms()
        if self._session is None or interval <= 0:
            self.idle_timer.stop()
            return
        self.idle_timer.start(interval)

    def _update_label(self) -> None:
        session = self._session
        if self.status_label is None:
            return
        if session is None:
            self.status_label.setText(self.tr("Locked"))
            self.status_label.setToolTip("")
            return
        text = f"{session.full_name} — {role_label(session.role)}"
        if session.agency_name:
            text += f" ({session.agency_name})"
        self.status_label.setText(self.tr("Signed in: %1").replace("%1", text))
        self.status_label.setToolTip(session.username)

    # --- dialogs ----------------------------------------------------------------------------

    def open_change_password(self) -> None:
        if self._session is None or self.window is None:
            return
        dialog = ChangePasswordDialog(self, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.change_password_dialog = dialog
        dialog.open()

    def open_my_training(self) -> None:
        """Issue 14: the signed-in person's own training register (read-only for them)."""
        if self._session is None or self.window is None:
            return
        dialog = TrainingDialog(
            self.db, self._session, self._session.user_id, self._session.full_name, self.window
        )
        dialog.finished.connect(dialog.deleteLater)
        self.training_dialog = dialog
        dialog.open()

    def open_accounts(self) -> None:
        if self.window is None:
            return
        try:
            self.require(Permission.MANAGE_USERS)
        except PermissionDenied as exc:
            self.prompter.error(self.window, self.tr("Not allowed"), error_text(exc))
            return
        dialog = AccountsDialog(self, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.accounts_dialog = dialog
        dialog.open()

    def password_changed(self, session: UserSession) -> None:
        """Called by the change-password dialog with the updated session."""
        self._session = session
        if self.context is not None:
            self.context.set_user(session)

    # --- idle detection ---------------------------------------------------------------------

    def _guarding(self) -> bool:
        """A lock screen is shown on a window: a manager whose window closed guards nothing
        (its filter must not swallow the shortcuts of windows that came after it)."""
        window = self.window
        return window is not None and shiboken6.isValid(window) and window.isVisible()

    def shut_down(self) -> None:
        """The application is closing this manager: stop watching the whole application.

        The filter is application-wide; left installed (``deleteLater`` runs only once the
        event loop gets to it, and never without one), a manager with nobody signed in
        would go on swallowing every shortcut of every later window in the process.
        """
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self.full_check_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            if self.idle_timer.isActive():
                self.idle_timer.start()
        elif kind == QEvent.Type.Shortcut and self._session is None and self._guarding():
            # While locked, the window's shortcuts (Ctrl+N, Ctrl+O...) must not fire behind
            # the lock screen; only the lock screen's own mnemonics do.
            screen = self.lock_screen
            inside = (
                screen is not None
                and isinstance(watched, QWidget)
                and (watched is screen or screen.isAncestorOf(watched))
            )
            if not inside and isinstance(watched, QAction | QWidget):
                return True
        return False


class _StatusView:
    """The history check's progress in the window's status bar, if there is a window."""

    def __init__(self, window: QMainWindow | None) -> None:
        self._inner = StatusBarProgress(window) if window is not None else None

    def begin(self, label: str, cancel: object) -> None:
        if self._inner is not None:
            self._inner.begin(label, None)

    def update(self, done: int, total: int) -> None:
        if self._inner is not None:
            self._inner.update(done, total)

    def end(self) -> None:
        if self._inner is not None:
            self._inner.end()


def install_sessions(
    window: QMainWindow,
    db: Database,
    prompter: Prompter | None = None,
    manager: SessionManager | None = None,
    *,
    idle_ms: int | None = None,
) -> SessionManager:
    """Attach sign-in, switch user and the idle lock to ``window`` (reusing ``manager``
    across a window rebuild, so the signed-in person stays signed in).

    The caller keeps the returned manager (the application object holds it); it has no Qt
    parent so that it outlives a window rebuilt for a language change.
    """
    if manager is None:
        manager = SessionManager(db, prompter, idle_ms=idle_ms)
    manager.attach(window)
    return manager
