"""The register's table view: the name columns share the spare width, never below a minimum.

A stretched header column can shrink to a few pixels on a small screen ("Norr…"); here the
exporter and end-user columns take what the fixed columns leave, each at least
``minimum_chars`` characters wide, and the table scrolls sideways when the window is too
narrow for that. Columns given a floor (``set_column_floor``: the status, whose label must be
read whole) are never narrower, even dragged: a status cut to its coloured dot says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget


class RegisterTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flexible: tuple[int, ...] = ()
        self._minimum = 0
        self._floors: dict[int, int] = {}
        self.horizontalHeader().sectionResized.connect(self._keep_floor)

    def set_column_floor(self, column: int, width: int) -> None:
        """``column`` is never narrower than ``width`` pixels (dragged or fitted)."""
        self._floors[column] = width
        header = self.horizontalHeader()
        if header.sectionSize(column) < width:
            header.resizeSection(column, width)

    def _keep_floor(self, column: int, _old: int, new: int) -> None:
        floor = self._floors.get(column, 0)
        if new < floor:
            self.horizontalHeader().resizeSection(column, floor)

    def set_flexible_columns(self, columns: Sequence[int], minimum_chars: int) -> None:
        """Columns that share the spare width, each at least ``minimum_chars`` wide."""
        self._flexible = tuple(columns)
        self._minimum = minimum_chars * self.fontMetrics().averageCharWidth() + 16
        header = self.horizontalHeader()
        for column in self._flexible:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.fit_flexible_columns()

    def fit_flexible_columns(self) -> None:
        if not self._flexible or self.model() is None:
            return
        header = self.horizontalHeader()
        fixed = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in self._flexible and not header.isSectionHidden(c)
        )
        spare = self.viewport().width() - fixed
        share = max(self._minimum, spare // len(self._flexible))
        for column in self._flexible:
            header.resizeSection(column, share)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_flexible_columns()
