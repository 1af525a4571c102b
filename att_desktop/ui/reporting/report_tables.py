"""The report builder's preview of one report table: its model and the page that shows it.

The rows come from an ``AnnualReport`` table as the service built it; nothing is added up
here, only laid out in the template's columns.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.categories import CategoryCatalogue
from att_desktop.domain.reporting import Basis
from att_desktop.domain.reporting.model import ReportRow, ReportTable
from att_desktop.formats.report_labels import category_label, state_name
from att_desktop.ui.i18n import localise_number


def _number(value: Decimal | None) -> str:
    """A figure in the screen language's separators and digits (``localise_number``)."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return localise_number(f"{int(value):,}")
    return localise_number(f"{value:,.2f}")


COLUMNS = (
    "category",
    "counterpart",
    "number_of_items",
    "value",
    "state_of_origin",
    "intermediate_location",
    "description",
    "comments",
)


class ReportTableModel(QAbstractTableModel):
    """The rows of one report table, in the template's columns."""

    def __init__(
        self, catalogue: CategoryCatalogue, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._language = language
        self._table: ReportTable | None = None
        self._rows: tuple[ReportRow, ...] = ()

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = table.rows if table is not None else ()
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        direction = self._table.direction.value if self._table is not None else "export"
        currency = self._table.currency if self._table is not None else ""
        labels = {
            "category": QCoreApplication.translate("ReportBuilder", "Category / sub-category"),
            "counterpart": QCoreApplication.translate("ReportBuilder", "Final importing State")
            if direction == "export"
            else QCoreApplication.translate("ReportBuilder", "Exporting State"),
            "number_of_items": QCoreApplication.translate("ReportBuilder", "Number of items"),
            "value": QCoreApplication.translate("ReportBuilder", "Value (%1)").replace(
                "%1", currency
            ),
            "state_of_origin": QCoreApplication.translate(
                "ReportBuilder", "State of origin (if not exporter)"
            ),
            "intermediate_location": QCoreApplication.translate(
                "ReportBuilder", "Intermediate location (if any)"
            ),
            "description": QCoreApplication.translate("ReportBuilder", "Description of item"),
            "comments": QCoreApplication.translate("ReportBuilder", "Comments on the transfer"),
        }
        return labels[COLUMNS[section]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("number_of_items", "value"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "value" and not row.value_complete:
            return QCoreApplication.translate(
                "ReportBuilder",
                "Some values of this row are left out: no value recorded, or no exchange rate "
                "into the report currency. See the findings.",
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = self._language
        if key == "category":
            return category_label(row.category, self._catalogue, lang)
        if key == "counterpart":
            return state_name(row.counterpart, lang) or QCoreApplication.translate(
                "ReportBuilder", "(not recorded)"
            )
        if key == "number_of_items":
            return _number(row.number_of_items)
        if key == "value":
            text = _number(row.value)
            return text + (" *" if not row.value_complete else "")
        if key == "state_of_origin":
            return ", ".join(state_name(c, lang) for c in row.origins)
        if key == "intermediate_location":
            return ", ".join(state_name(c, lang) for c in row.intermediate)
        if key == "description":
            return "; ".join(row.descriptions)
        return "; ".join(row.comments)


class TablePage(QWidget):
    """One table of the report, or its nil report, with the totals the service computed."""

    def __init__(
        self, catalogue: CategoryCatalogue, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = ReportTableModel(catalogue, language, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.nil_label = QLabel(self)
        self.nil_label.setObjectName("nilReport")
        self.nil_label.setWordWrap(True)
        self.nil_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nil_label.setStyleSheet("font-size: 14pt; padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.nil_label)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.totals)
        self.clear()

    def show_table(self, table: ReportTable, year: int) -> None:
        self.model.set_table(table)
        export = table.direction.value == "export"
        basis = (
            QCoreApplication.translate("ReportBuilder", "authorised")
            if table.basis is Basis.AUTHORISED
            else QCoreApplication.translate("ReportBuilder", "actual")
        )
        title = (
            QCoreApplication.translate("ReportBuilder", "Exports (%1), %2")
            if export
            else QCoreApplication.translate("ReportBuilder", "Imports (%1), %2")
        )
        self.heading.setText(title.replace("%1", basis).replace("%2", str(year)))
        if table.nil:
            text = (
                QCoreApplication.translate(
                    "ReportBuilder", "Nil report on exports: nothing to report for %1."
                )
                if export
                else QCoreApplication.translate(
                    "ReportBuilder", "Nil report on imports: nothing to report for %1."
                )
            )
            self.nil_label.setText(text.replace("%1", str(year)))
            self.stack.setCurrentWidget(self.nil_label)
            self.totals.setText(
                QCoreApplication.translate(
                    "ReportBuilder", "The report will include a nil report (Annex 3)."
                )
            )
            return
        self.stack.setCurrentWidget(self.view)
        self.view.resizeColumnsToContents()
        # Plurals through self.tr: lupdate files QCoreApplication.translate's as singular.
        parts = [self.tr("%n row(s)", "", len(table.rows))]
        # No number of items over all categories: tanks and pistols do not add up (the
        # template has no total row); the value, one currency, does.
        if table.total_value is not None:
            parts.append(
                QCoreApplication.translate("ReportBuilder", "%1 %2")
                .replace("%1", _number(table.total_value))
                .replace("%2", table.currency)
            )
        if any(not r.value_complete for r in table.rows):
            parts.append(
                QCoreApplication.translate("ReportBuilder", "* value incomplete (see findings)")
            )
        if table.withheld_lines:
            parts.append(self.tr("%n line(s) withheld", "", table.withheld_lines))
        self.totals.setText(
            QCoreApplication.translate("ReportBuilder", "Total: ") + " · ".join(parts)
        )

    def clear(self) -> None:
        self.model.set_table(None)
        self.heading.setText("")
        self.totals.setText("")
        self.nil_label.setText(
            QCoreApplication.translate(
                "ReportBuilder", "Choose the options, then press Preview to see this table."
            )
        )
        self.stack.setCurrentWidget(self.nil_label)
