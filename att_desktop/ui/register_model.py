"""The case register as a lazy table model: ids up front, display rows a page at a time.

Filtering asks the database for the matching ids only (``services.register.query_ids``); the
rows the view actually paints are fetched in pages (``fetch_rows``) and kept in a small
least-recently-used cache. Scrolling through 50,000 cases therefore costs one query per 200
rows, and memory stays bounded. The model takes a fetch function, not a database, so it can
be tested (and run through ``qtmodeltester``) without one.

A page that cannot be read (the database is locked, or gone) is not asked for again at every
repaint: its rows show "Could not read this case" with the reason, until the register is
refreshed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from att_desktop.db.engine import DatabaseError
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import country_name
from att_desktop.services.dto import RegisterRow
from att_desktop.services.errors import ServiceError
from att_desktop.services.register import RegisterIds
from att_desktop.ui.i18n import format_amount, format_date, status_label, transfer_type_label
from att_desktop.ui.icons import status_icon
from att_desktop.ui.messages import error_text

RowFetcher = Callable[[Sequence[int]], list[RegisterRow]]

_ROOT = QModelIndex()


class Column(IntEnum):
    REFERENCE = 0
    TYPE = 1
    EXPORTER = 2
    DESTINATION = 3
    END_USER = 4
    CATEGORIES = 5
    VALUE = 6
    STATUS = 7
    RECEIVED = 8
    DECIDED = 9


#: The case's database id, for opening it.
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RegisterModel(QAbstractTableModel):
    """Rows of the case register, newest first (the order ``query_ids`` returns)."""

    PAGE_SIZE = 200
    #: At most this many pages stay in memory (5,000 rows).
    MAX_PAGES = 25

    def __init__(
        self, fetch: RowFetcher, language: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._language = language
        self._ids: Sequence[int] = []
        self._pages: OrderedDict[int, dict[int, RegisterRow]] = OrderedDict()
        #: Pages that could not be read, with the reason (kept until the next reset).
        self._failed: dict[int, str] = {}
        self._countries: dict[str, str] = {}
        self._catalogue = load_categories()
        #: How many pages were fetched since the last reset (benchmarks and tests read it).
        self.pages_fetched = 0

    # --- what the window uses ---------------------------------------------------------------

    def set_fetch(self, fetch: RowFetcher) -> None:
        """Use another database (File > Open database)."""
        self._fetch = fetch
        self.set_ids([])

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        # RegisterIds reads a large register's ids in pages as rows are shown: keep it as is.
        self._ids = ids if isinstance(ids, RegisterIds) else list(ids)
        self._pages.clear()
        self._failed.clear()
        self.pages_fetched = 0
        self.endResetModel()

    def invalidate_rows(self) -> None:
        """Forget cached rows (a case changed) without losing the view's position."""
        self._pages.clear()
        self._failed.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def register_row(self, row: int) -> RegisterRow | None:
        """The display row, fetching its page if needed; None if it could not be read."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // self.PAGE_SIZE
        if page_no in self._failed:
            return None
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.PAGE_SIZE
            ids = self._ids[start : start + self.PAGE_SIZE]
            self.pages_fetched += 1
            try:
                page = {r.id: r for r in self._fetch(ids)}
            except (DatabaseError, ServiceError) as exc:
                self._failed[page_no] = error_text(exc)
                return None
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def row_error(self, row: int) -> str | None:
        """Why ``row`` could not be read, or None (read, or not asked for yet)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._failed.get(row // self.PAGE_SIZE)

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == Column.VALUE else _LEFT
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._ids) and 0 <= column < len(Column)):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.VALUE else _LEFT
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        record = self.register_row(row)
        if record is None:
            return self._error_data(row, Column(column), role)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        col = Column(column)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(record.status) if col is Column.STATUS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, col)
        return self._display(record, col)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- helpers ----------------------------------------------------------------------------

    def _error_data(self, row: int, col: Column, role: int) -> Any:
        """A row that could not be read: the reason in its first cell, in red."""
        reason = self.row_error(row)
        if reason is None:
            return None
        text = self.tr("Could not read this case: %1").replace("%1", reason)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return text if col is Column.REFERENCE else ""
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Reference"),
            self.tr("Type"),
            self.tr("Exporter / applicant"),
            self.tr("Destination"),
            self.tr("End user"),
            self.tr("ATT categories"),
            self.tr("Value"),
            self.tr("Status"),
            self.tr("Received"),
            self.tr("Decided"),
        )

    def _country(self, code: str) -> str:
        name = self._countries.get(code)
        if name is None:
            name = country_name(code, self._language) if code else ""
            self._countries[code] = name
        return name

    def _display(self, r: RegisterRow, col: Column) -> str:
        match col:
            case Column.REFERENCE:
                return r.reference
            case Column.TYPE:
                return transfer_type_label(r.transfer_type)
            case Column.EXPORTER:
                return r.applicant_name
            case Column.DESTINATION:
                return self._country(r.destination_code)
            case Column.END_USER:
                return r.end_user_name
            case Column.CATEGORIES:
                return r.categories_summary
            case Column.VALUE:
                return format_amount(r.total_value, r.value_currency)
            case Column.STATUS:
                return status_label(r.status)
            case Column.RECEIVED:
                return format_date(r.received_on)
            case Column.DECIDED:
                return format_date(r.decided_on)

    def _tooltip(self, r: RegisterRow, col: Column) -> str | None:
        if col is Column.CATEGORIES:
            codes = [c.strip() for c in r.categories_summary.split(",") if c.strip()]
            return "\n".join(self._catalogue.label(c, self._language) for c in codes) or None
        if col is Column.DESTINATION:
            return f"{self._country(r.destination_code)} ({r.destination_code})"
        if col is Column.VALUE and r.value_currency == "*":
            return self.tr("The line items are valued in different currencies.")
        return self._display(r, col) or None
