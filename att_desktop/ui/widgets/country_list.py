"""An ordered list of countries chosen one at a time (the transit States of a transfer)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from att_desktop.domain.countries import country_name
from att_desktop.domain.validation import FieldError
from att_desktop.ui.field_errors import FieldTarget, message_label
from att_desktop.ui.widgets.country_combo import CountryCombo, line_edit


class CountryListEditor(QWidget):
    """Pick a country in the box, press Add (or Enter); select one in the list to remove it."""

    changed = Signal()

    def __init__(
        self,
        language: str,
        country_model: QStandardItemModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.combo = CountryCombo(language, country_model, self)
        self.add_button = QPushButton(self.tr("&Add State"), self)
        self.remove_button = QPushButton(self.tr("Remo&ve State"), self)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Transit States"))
        self.message = message_label(self)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.message, 1, 0, 1, 2)
        layout.addWidget(self.list, 2, 0)
        layout.addWidget(self.remove_button, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)

        self.add_button.clicked.connect(self.add_chosen)
        # Enter in the suggestions both chooses and adds; the completer fills the box only
        # after returnPressed, so add once the event has been handled.
        line_edit(self.combo).returnPressed.connect(lambda: QTimer.singleShot(0, self.add_chosen))
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def codes(self) -> tuple[str, ...]:
        return tuple(
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        )

    def set_codes(self, codes: Sequence[str]) -> None:
        self.list.clear()
        for code in codes:
            self._append(code)
        self._update_buttons()

    def add_chosen(self) -> None:
        """Add the country in the box; an unrecognised or repeated one is refused with a reason."""
        code = self.combo.code()
        if not code:
            if self.combo.currentText().strip():
                self._say(self.tr("choose a country from the list"))
            return
        if code in self.codes():
            self._say(self.tr("%1 is already in the list").replace("%1", self.combo.currentText()))
            return
        self._say("")
        self._append(code)
        self.list.setCurrentRow(self.list.count() - 1)
        self.combo.set_code("")
        self.combo.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    def pending_problem(self, path: str) -> FieldError | None:
        """Text left in the box that was never added: refuse to save rather than drop it."""
        if not self.combo.currentText().strip():
            return None
        return FieldError(
            path,
            self.tr("press Add State to include '%1', or clear the box").replace(
                "%1", self.combo.currentText().strip()
            ),
        )

    def targets(self, prefix: str, label: str) -> dict[str, FieldTarget]:
        targets = {prefix: FieldTarget(self.list, label, self.message)}
        targets[f"{prefix}.pending"] = FieldTarget(self.combo, label, self.message)
        return targets

    def raw_state(self) -> tuple[tuple[str, ...], str]:
        return (self.codes(), self.combo.currentText())

    def _append(self, code: str) -> None:
        item = QListWidgetItem(country_name(code, self._language), self.list)
        item.setData(Qt.ItemDataRole.UserRole, code)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
