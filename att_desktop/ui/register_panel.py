"""The case register: the filters above a lazy table of every case that matches them.

The panel reads the database from the application context at each query, so it follows
File → Open without being told; the window sets the case count (its catalogue holds the
plural forms) and decides what opening a row does.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.services import register
from att_desktop.services.dto import RegisterFilter
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import status_label, transfer_type_label
from att_desktop.ui.register_filters import RegisterFilters
from att_desktop.ui.register_model import Column, RegisterModel
from att_desktop.ui.register_table import RegisterTable

#: The exporter and end-user columns never get narrower than this (in average characters).
NAME_COLUMN_MIN_CHARS = 20

#: Register column widths, in average character widths of the table's font.
_COLUMN_CHARS: dict[Column, int] = {
    Column.REFERENCE: 15,
    Column.TYPE: 12,
    Column.DESTINATION: 15,
    Column.CATEGORIES: 12,
    Column.VALUE: 15,
    Column.STATUS: 17,
    Column.RECEIVED: 10,
    Column.DECIDED: 10,
}


class RegisterPanel(QWidget):
    """Filters, the case count and the register table."""

    #: A row was activated (Enter, double click): the case id.
    caseActivated = Signal(int)
    #: The current row moved to another case (keyboard or click): the case id.
    currentCaseChanged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filters = RegisterFilters(ctx.language, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.count_label.setMinimumWidth(90)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model = RegisterModel(
            lambda ids: register.fetch_rows(self.ctx.db, ids), ctx.language, self
        )
        self.table = RegisterTable(self)
        self._build_table()
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.filters, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _build_table(self) -> None:
        table = self.table
        table.setObjectName("registerTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setShowGrid(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures rows it does not paint (lazy model).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        self._size_columns()
        table.set_flexible_columns((Column.EXPORTER, Column.END_USER), NAME_COLUMN_MIN_CHARS)
        table.activated.connect(self._row_activated)
        # The case view follows the selected row, so the case actions act on what is selected.
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)

    def _size_columns(self) -> None:
        table = self.table
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        char = metrics.averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char + 24)
        # Columns of fixed vocabularies fit their longest label in this language, whole.
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        widest = {
            Column.STATUS: max(metrics.horizontalAdvance(status_label(s)) for s in CaseStatus)
            + table.iconSize().width()
            + 22,
            Column.TYPE: max(
                metrics.horizontalAdvance(transfer_type_label(t)) for t in TransferType
            ),
            Column.REFERENCE: metrics.horizontalAdvance("EXP/2026/00000"),
        }
        for column, width in widest.items():
            header_text = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(width, metrics.horizontalAdvance(str(header_text)))
            header.resizeSection(column, max(header.sectionSize(column), width + padding))
        # The status is read from its label: never a bare dot, however narrow the window.
        table.set_column_floor(Column.STATUS, widest[Column.STATUS] + padding)

    # --- querying ---------------------------------------------------------------------------

    def reload_facets(self) -> None:
        """Re-read the filter choices (countries, years...) from the database."""
        self.filters.set_facets(register.facets(self.ctx.db))

    def query(self, flt: RegisterFilter) -> int:
        """Show the cases matching ``flt``; returns how many there are."""
        ids = register.RegisterIds(self.ctx.db, flt)
        self.model.set_ids(ids)
        return len(ids)

    def select_case(self, case_id: int) -> None:
        """Select the case's row (scrolled into view), or nothing if it is filtered out."""
        row = self.model.row_of(case_id)
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _row_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.caseActivated.emit(self.model.case_id(index.row()))

    def _current_row_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        if current.isValid():
            self.currentCaseChanged.emit(self.model.case_id(current.row()))
