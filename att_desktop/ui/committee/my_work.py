"""My work: the open cases waiting for the signed-in person (``services.my_work``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.services.my_work import my_work
from att_desktop.services.report_clarifications import work_item_year
from att_desktop.ui.committee.labels import work_detail, work_reason_label, work_reference
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import status_label


class MyWorkDock(QDockWidget):
    """A dock beside the register; Enter or a double click opens the case."""

    openCase = Signal(int)
    #: A report's item (application id 0): open that year's report submission.
    openReport = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("My work"), parent)
        self.setObjectName("myWorkDock")
        self.ctx = ctx
        body = QWidget(self)
        self.heading = QLabel(body)
        self.heading.setObjectName("myWorkHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("myWorkList")
        self.list.setWordWrap(True)
        # Each entry is two lines (case, then why it waits): re-laid out when the dock resizes.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        body.setMinimumWidth(280)
        self.setWidget(body)

    def reload(self) -> None:
        self.list.clear()
        user = self.ctx.user_session()
        if user is None:
            self.heading.setText(self.tr("Sign in to see the cases waiting for you."))
            return
        items = my_work(self.ctx.db, user)
        self.heading.setText(
            self.tr("%1: %n case(s) waiting", "", len(items)).replace("%1", user.full_name)
        )
        line_height = int(self.list.fontMetrics().height() * 1.35)
        for work in items:
            reference = work_reference(work)
            text = (
                f"{reference} — {status_label(work.status)}\n{work_reason_label(work.reason)}"
                if work.application_id
                else f"{reference}\n{work_reason_label(work.reason)}"
            )
            detail = work_detail(work, self.ctx.language)
            if detail:
                text += f": {detail[:80]}"
            if work.due_on is not None:
                text += " " + self.tr("(due %1)").replace("%1", work.due_on.isoformat())
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, work.application_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, work_item_year(work.reference) or 0)
            # Room for every line even when a fallback font (Chinese) is taller than the
            # list's own: Qt measures wrapped items with the primary font only.
            lines = self.list.fontMetrics().boundingRect(
                0,
                0,
                max(self.list.viewport().width() - 12, 200),
                10_000,
                int(Qt.TextFlag.TextWordWrap),
                text,
            ).height() // max(self.list.fontMetrics().height(), 1)
            item.setSizeHint(QSize(0, max(lines, text.count("\n") + 1) * line_height + 8))
            item.setToolTip(detail or text)

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = int(item.data(Qt.ItemDataRole.UserRole))
        if case_id == 0:
            self.openReport.emit(int(item.data(Qt.ItemDataRole.UserRole + 1)))
            return
        self.openCase.emit(case_id)
