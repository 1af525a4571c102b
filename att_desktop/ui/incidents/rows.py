"""A small table of rows the person adds and removes (parties, items, responses, States
informed), each cell a text cell or a widget made by the editor's column factory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.ui.widgets.country_combo import CountryCombo, NoWheelComboBox


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


@dataclass(frozen=True)
class Column:
    title: str
    #: Makes the cell's widget; None for a line edit (every cell is a widget, so Tab walks
    #: through a row's cells and the next row's as through a form).
    widget: Callable[[QWidget], QWidget] | None = None
    stretch: bool = False


class RowsEditor(QWidget):
    """A table with Add and Remove buttons; ``value(row, col)`` reads a cell as text, a
    country code, a date or a combo's data."""

    def __init__(
        self,
        name: str,
        columns: Sequence[Column],
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for n, column in enumerate(self.columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(n, mode)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for n, column in enumerate(self.columns):
            make = column.widget or QLineEdit
            widget = make(self.table)
            widget.setAccessibleName(column.title)
            if not column.stretch:
                widget.setMinimumWidth(150)
            self.table.setCellWidget(row, n, widget)
        self.table.setCurrentCell(row, 0)
        first = self.table.cellWidget(row, 0)
        if first is not None:
            first.setFocus()
        return row

    def remove_current(self) -> None:
        """Remove the row being edited (the one whose cell has the focus), else the current."""
        row = self.table.currentRow()
        focused = self.focusWidget()
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                cell = self.table.cellWidget(r, c)
                if (cell is not None and focused is not None and cell.isAncestorOf(focused)) or (
                    cell is focused and cell is not None
                ):
                    row = r
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> int:
        return self.table.rowCount()

    def cell(self, row: int, col: int) -> QWidget | None:
        return self.table.cellWidget(row, col)

    def text(self, row: int, col: int) -> str:
        widget = self.cell(row, col)
        return widget.text().strip() if isinstance(widget, QLineEdit) else ""

    def set_text(self, row: int, col: int, text: str) -> None:
        widget = self.cell(row, col)
        if isinstance(widget, QLineEdit):
            widget.setText(text)

    def code(self, row: int, col: int) -> str:
        widget = self.cell(row, col)
        return widget.code() if isinstance(widget, CountryCombo) else ""

    def day(self, row: int, col: int) -> date:
        widget = self.cell(row, col)
        return pydate(widget.date()) if isinstance(widget, QDateEdit) else date.today()

    def combo_text(self, row: int, col: int) -> str:
        widget = self.cell(row, col)
        return widget.currentText().strip() if isinstance(widget, QComboBox) else ""

    def combo_data(self, row: int, col: int) -> object:
        widget = self.cell(row, col)
        return widget.currentData() if isinstance(widget, QComboBox) else None


def choice_combo(parent: QWidget, choices: Sequence[tuple[str, object]]) -> QComboBox:
    combo = NoWheelComboBox(parent)
    for text, data in choices:
        combo.addItem(text, data)
    return combo
