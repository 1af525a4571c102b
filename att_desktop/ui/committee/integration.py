"""Puts the committee into the main window: tabs in the case view, a menu, the work dock.

Kept apart from ``main_window.py`` so the window only builds this object and forwards the
case it shows and the sign-ins; everything here acts as ``window.actor()``.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from att_desktop.db.engine import Database
from att_desktop.services.dto import CaseDetail
from att_desktop.ui.committee.my_work import MyWorkDock
from att_desktop.ui.committee.notes import NotesPanel
from att_desktop.ui.committee.review import ReviewPanel
from att_desktop.ui.committee.sessions import CommitteeSessionWindow
from att_desktop.ui.committee.timeline import TimelineView

if TYPE_CHECKING:
    from att_desktop.ui.main_window import MainWindow


class CommitteeIntegration(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session_window: CommitteeSessionWindow | None = None
        view = window.case_view

        def db() -> Database:
            return window.db

        self._db = db
        self.review = ReviewPanel(db, window.actor, window.user_session, view)
        self.notes = NotesPanel(db, window.actor, view)
        self.timeline = TimelineView(view)
        self.review_tab = view.tabs.addTab(self.review, self.tr("Committee"))
        self.notes_tab = view.tabs.addTab(self.notes, self.tr("Notes"))
        self.timeline_tab = view.tabs.addTab(self.timeline, self.tr("Timeline"))
        for panel in (self.review, self.notes):
            panel.caseChanged.connect(self._case_changed)

        self.dock = MyWorkDock(db, window.user_session, window)
        self.dock.openCase.connect(window.open_case)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.action_my_work = self.dock.toggleViewAction()
        self.action_my_work.setText(self.tr("&My work"))
        self.action_my_work.setObjectName("actionMyWork")
        self.action_my_work.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action_my_work.setToolTip(self.tr("The cases waiting for you (Ctrl+Shift+M)"))
        window.addAction(self.action_my_work)
        self.action_sessions = QAction(self.tr("Committee &sessions…"), window)
        self.action_sessions.setObjectName("actionCommitteeSessions")
        self.action_sessions.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.action_sessions.triggered.connect(lambda _checked=False: self.open_sessions())
        window.addAction(self.action_sessions)
        menu = window.menuBar().addMenu(self.tr("Co&mmittee"))
        menu.setObjectName("committeeMenu")
        menu.addAction(self.action_my_work)
        menu.addAction(self.action_sessions)
        # Before Settings (and the Reports and Help menus after it), as the last work menu.
        actions = window.menuBar().actions()
        settings = [a for a in actions if a.menu() and a.menu().objectName() == "settingsMenu"]
        if settings:
            window.menuBar().insertMenu(settings[0], menu)
        elif len(actions) > 3:
            window.menuBar().insertMenu(actions[-3], menu)

    def show_case(self, detail: CaseDetail | None) -> None:
        self.review.show_case(detail)
        self.notes.show_case(detail)
        self.timeline.show_case(detail)
        view = self.window.case_view
        count = len(detail.history) if detail is not None else 0
        view.tabs.setTabText(self.timeline_tab, self.tr("Timeline (%1)").replace("%1", str(count)))
        self.dock.reload()

    def session_changed(self) -> None:
        self.review.update_buttons()
        self.dock.reload()
        user = self.window.user_session()
        if user is not None and self.dock.list.count() and not self.dock.isVisible():
            self.dock.show()
        if user is None and self.session_window is not None:
            with suppress(RuntimeError):
                self.session_window.close()

    def _case_changed(self, case_id: int) -> None:
        self.window.refresh_case(case_id)

    def open_sessions(self) -> None:
        if self.session_window is not None:
            with suppress(RuntimeError):
                self.session_window.close()
        dialog = CommitteeSessionWindow(self._db, self.window.actor, self.window)
        dialog.caseChanged.connect(self._case_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.session_window = dialog
        dialog.show()

    def close_windows(self) -> None:
        for dialog in (
            self.session_window,
            self.review.dialog,
            self.notes.reassign_dialog,
        ):
            if dialog is not None:
                with suppress(RuntimeError):
                    dialog.close()
