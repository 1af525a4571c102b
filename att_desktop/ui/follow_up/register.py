"""Case → Licence follow-up…: every licence's obligations, filtered, sorted and paged in SQL.

A register of years holds tens of thousands of obligations, so the window never loads them
all: each filter is a condition of the query, a click on a column header sorts in the query,
and one page (``PAGE``) is shown at a time with Previous and Next. A double click opens the
case; the actions work on the selected row as in the case's Follow-up tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.countries import country_name
from att_desktop.domain.follow_up import ObligationKind, ObligationStatus
from att_desktop.services import follow_up
from att_desktop.services.follow_up import ObligationFilter
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.context import AppContext
from att_desktop.ui.follow_up.dialogs import RulesDialog, date_of
from att_desktop.ui.follow_up.labels import kind_label, status_word
from att_desktop.ui.follow_up.panel import COLUMNS, ObligationsPanel

#: Rows per page.
PAGE = 200


def _date_edit(parent: QWidget, name: str, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


class FollowUpWindow(QWidget):
    """The follow-up register: filters above, one page of obligations, actions below."""

    def __init__(
        self, ctx: AppContext, open_case: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("followUpWindow")
        self.setWindowTitle(self.tr("Licence follow-up"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.offset = 0
        self.total = 0
        self.sort_key, self.descending = "due_on", False
        self.rules_dialog: RulesDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.panel = ObligationsPanel(ctx, self, per_case=False)
        self.panel.openCase.connect(open_case)
        self.panel.obligationsChanged.connect(lambda _id: self.reload())
        header = self.panel.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)
        layout.addWidget(self.panel, 1)
        layout.addLayout(self._build_pager())
        self.resize(1200, 640)
        self.reload()

    # --- building ---------------------------------------------------------------------------

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("filterKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ObligationKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.status = QComboBox(self)
        self.status.setObjectName("filterStatus")
        self.status.addItem(self.tr("Any status"), None)
        for status in ObligationStatus:
            self.status.addItem(status_word(status), status.value)
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setObjectName("filterOverdue")
        self.due_between = QCheckBox(self.tr("&Due between"), self)
        self.due_between.setObjectName("filterDueBetween")
        today = date.today()
        self.due_from = _date_edit(self, "filterDueFrom", today - timedelta(days=30))
        self.due_until = _date_edit(self, "filterDueUntil", today + timedelta(days=60))
        self.destination = QComboBox(self)
        self.destination.setObjectName("filterDestination")
        self.licence_text = QLineEdit(self)
        self.licence_text.setObjectName("filterLicence")
        self.licence_text.setPlaceholderText(self.tr("Part of the licence number"))
        self.licence_text.setClearButtonEnabled(True)
        kind_label_w = QLabel(self.tr("&Kind:"), self)
        kind_label_w.setBuddy(self.kind)
        status_label_w = QLabel(self.tr("&Status:"), self)
        status_label_w.setBuddy(self.status)
        dest_label = QLabel(self.tr("Des&tination:"), self)
        dest_label.setBuddy(self.destination)
        licence_label = QLabel(self.tr("&Licence:"), self)
        licence_label.setBuddy(self.licence_text)
        and_label = QLabel(self.tr("and"), self)
        grid.addWidget(kind_label_w, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(status_label_w, 0, 2)
        grid.addWidget(self.status, 0, 3)
        grid.addWidget(self.overdue, 0, 4)
        grid.addWidget(self.due_between, 0, 5)
        grid.addWidget(self.due_from, 0, 6)
        grid.addWidget(and_label, 0, 7)
        grid.addWidget(self.due_until, 0, 8)
        grid.addWidget(dest_label, 1, 0)
        grid.addWidget(self.destination, 1, 1, 1, 3)
        grid.addWidget(licence_label, 1, 4)
        grid.addWidget(self.licence_text, 1, 5, 1, 4)
        grid.setColumnStretch(9, 1)
        self._fill_destinations()
        for combo in (self.kind, self.status, self.destination):
            combo.currentIndexChanged.connect(self._filter_changed)
        for box in (self.overdue, self.due_between):
            box.toggled.connect(self._filter_changed)
        for edit in (self.due_from, self.due_until):
            edit.dateChanged.connect(self._filter_changed)
        self.licence_text.textChanged.connect(self._filter_changed)
        return grid

    def _build_pager(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("followUpCount")
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.previous_button.setObjectName("followUpPrevious")
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("followUpNext")
        self.previous_button.clicked.connect(lambda: self._page(-PAGE))
        self.next_button.clicked.connect(lambda: self._page(PAGE))
        self.rules_button = QPushButton(self.tr("Certificate &rules…"), self)
        self.rules_button.setObjectName("followUpRules")
        self.rules_button.setToolTip(
            self.tr("When delivery verification certificates are owed, and how soon")
        )
        self.rules_button.clicked.connect(self.open_rules)
        self.rules_button.setVisible(
            permitted(self.ctx.db, self.ctx.actor(), Permission.MANAGE_REFERENCE_DATA)
        )
        row.addWidget(self.count_label, 1)
        row.addWidget(self.rules_button)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        return row

    def _fill_destinations(self) -> None:
        self.destination.blockSignals(True)
        chosen = self.destination.currentData()
        self.destination.clear()
        self.destination.addItem(self.tr("All destinations"), "")
        language = self.ctx.language
        for code in follow_up.obligation_destinations(self.ctx.db):
            self.destination.addItem(country_name(code, language) or code, code)
        index = self.destination.findData(chosen) if chosen else 0
        self.destination.setCurrentIndex(max(index, 0))
        self.destination.blockSignals(False)

    # --- querying ---------------------------------------------------------------------------

    def current_filter(self) -> ObligationFilter:
        kind, status = self.kind.currentData(), self.status.currentData()
        between = self.due_between.isChecked()
        return ObligationFilter(
            overdue_on=date.today() if self.overdue.isChecked() else None,
            kind=ObligationKind(kind) if kind else None,
            status=ObligationStatus(status) if status else None,
            due_from=date_of(self.due_from) if between else None,
            due_until=date_of(self.due_until) if between else None,
            destination_code=str(self.destination.currentData() or ""),
            licence_text=self.licence_text.text(),
        )

    def _filter_changed(self, *_args: object) -> None:
        self.offset = 0
        self.reload()

    def _sort_by(self, column: int) -> None:
        key = COLUMNS[column][1]
        if not key:
            return
        self.descending = not self.descending if key == self.sort_key else False
        self.sort_key = key
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.panel.table.horizontalHeader().setSortIndicator(column, order)
        self.offset = 0
        self.reload()

    def _page(self, step: int) -> None:
        self.offset = max(0, min(self.offset + step, max(self.total - 1, 0)))
        self.reload()

    def reload(self) -> None:
        f = self.current_filter()
        db = self.ctx.db
        self.total = follow_up.count_obligations(db, f)
        if self.offset >= self.total:
            self.offset = max(0, (self.total - 1) // PAGE * PAGE)
        rows = follow_up.list_obligations(
            db,
            filters=f,
            limit=PAGE,
            offset=self.offset,
            sort=self.sort_key,
            descending=self.descending,
        )
        self.panel.load(rows, self.tr("No obligation matches these filters."))
        first = self.offset + 1 if rows else 0
        self.count_label.setText(
            self.tr("%1–%2 of %3 obligations")
            .replace("%1", str(first))
            .replace("%2", str(self.offset + len(rows)))
            .replace("%3", str(self.total))
        )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(rows) < self.total)

    def open_rules(self) -> RulesDialog:
        dialog = RulesDialog(self.ctx, self)
        self.rules_dialog = dialog
        dialog.open()
        return dialog


def open_follow_up_window(
    parent: QWidget, ctx: AppContext, open_case: Callable[[int], None]
) -> FollowUpWindow:
    window = FollowUpWindow(ctx, open_case, parent)
    window.show()
    return window
