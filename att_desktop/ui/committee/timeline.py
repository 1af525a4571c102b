"""The case's history as a timeline: who, when, what, and each change before → after.

The events come from the append-only, hash-chained log (``services/history.py``); this view
lays them out, newest first, in words (``timeline_words``): labels, never stored values.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from att_desktop.services.dto import CaseDetail, EventView
from att_desktop.ui.committee.timeline_words import event_summary, value_text
from att_desktop.ui.i18n import event_action_label, field_label, format_datetime


class TimelineView(QWidget):
    """The "Timeline" tab: one entry per event; its changes are the entry's children."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("timelineTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                self.tr("When / field"),
                self.tr("Who / before"),
                self.tr("What / after"),
                self.tr("Reason"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.note = QLabel(
            self.tr(
                "The history is append-only and hash-chained: nothing in it can be changed or "
                "removed without 'att-desktop audit verify' noticing."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("timelineNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)

    def show_case(self, case: CaseDetail | None) -> None:
        self.tree.clear()
        if case is None:
            return
        for event in reversed(case.history):
            self.tree.addTopLevelItem(self._entry(event))
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def _entry(self, event: EventView) -> QTreeWidgetItem:
        what = event_action_label(event.action)
        summary = event_summary(event)
        if summary:
            # The event and what it did, with the language's own colon ("：" in Chinese).
            what = (
                QCoreApplication.translate("Vocabulary", "%1: %2", "event: what it did")
                .replace("%1", what)
                .replace("%2", summary)
            )
        item = QTreeWidgetItem(
            [format_datetime(event.occurred_at), event.actor_name, what, event.reason]
        )
        item.setToolTip(2, what)
        item.setData(0, Qt.ItemDataRole.UserRole, event.id)
        before, after = event.before or {}, event.after or {}
        for key in dict.fromkeys([*before, *after]):
            old, new = before.get(key), after.get(key)
            if key in before and old == new:
                continue
            child = QTreeWidgetItem(
                [field_label(key), value_text(key, old), value_text(key, new), ""]
            )
            for column in (1, 2):
                child.setToolTip(column, child.text(column))
            item.addChild(child)
        return item
