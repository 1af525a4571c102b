"""The committee's widgets for the main window: the case view's tabs and the My work dock.

The main window's build places them (tabs in the case view, the dock on the right) and its
menu declaration (``ui/menus.py``) offers "My work" and "Committee sessions…"; this object
only builds the widgets, keeps them showing the open case, and asks the window to act
through its signals. Everything here reads the database and the person acting from the
application context, so it never imports the main window.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from att_desktop.services.dto import CaseDetail
from att_desktop.ui.committee.my_work import MyWorkDock
from att_desktop.ui.committee.notes import NotesPanel
from att_desktop.ui.committee.review import ReviewPanel
from att_desktop.ui.committee.sessions import CommitteeSessionWindow
from att_desktop.ui.committee.timeline import TimelineView
from att_desktop.ui.context import AppContext


class CommitteeIntegration(QObject):
    """The review, notes and timeline tabs, the My work dock and the sessions window."""

    #: Open this case (from My work).
    openCase = Signal(int)
    #: Open a year's annual report submission (a report's item in My work).
    openReport = Signal(int)
    #: A committee step changed this case: show it again and refresh the register.
    caseChanged = Signal(int)

    def __init__(self, ctx: AppContext, tabs_parent: QWidget, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.session_window: CommitteeSessionWindow | None = None
        self.review = ReviewPanel(ctx, tabs_parent)
        self.notes = NotesPanel(ctx, tabs_parent)
        self.timeline = TimelineView(tabs_parent)
        for panel in (self.review, self.notes):
            panel.caseChanged.connect(self.caseChanged)
        self.dock = MyWorkDock(ctx, window)
        self.dock.openCase.connect(self.openCase)
        self.dock.openReport.connect(self.openReport)
        ctx.databaseChanged.connect(self._database_changed)
        ctx.userChanged.connect(self.session_changed)

    def tabs(self) -> list[tuple[QWidget, str]]:
        """The case view's committee tabs and their titles, in order."""
        return [
            (self.review, self.tr("Committee")),
            (self.notes, self.tr("Notes")),
            (self.timeline, self.tr("Timeline")),
        ]

    def show_case(self, detail: CaseDetail | None, tabs: QTabWidget) -> None:
        self.review.show_case(detail)
        self.notes.show_case(detail)
        self.timeline.show_case(detail)
        count = len(detail.history) if detail is not None else 0
        index = tabs.indexOf(self.timeline)
        if index >= 0:
            tabs.setTabText(index, self.tr("Timeline (%1)").replace("%1", str(count)))
        self.dock.reload()

    def session_changed(self, _session: object = None) -> None:
        self.review.update_buttons()
        self.dock.reload()
        user = self.ctx.user_session()
        if user is not None and self.dock.list.count() and not self.dock.isVisible():
            self.dock.show()
        if user is None and self.session_window is not None:
            with suppress(RuntimeError):
                self.session_window.close()

    def _database_changed(self, _db: object) -> None:
        """Another database: its sittings are others, and its work list is read again."""
        self.close_windows()
        self.dock.reload()

    def toggle_my_work(self) -> None:
        """Committee → My work: show or hide the dock."""
        self.dock.setVisible(not self.dock.isVisible())

    def open_sessions(self) -> None:
        if self.session_window is not None:
            with suppress(RuntimeError):
                self.session_window.close()
        dialog = CommitteeSessionWindow(self.ctx, self.window)
        dialog.caseChanged.connect(self.caseChanged)
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
