"""Editing the parties to a transfer: end users, consignees, intermediate consignees, brokers.

A small table of real input widgets (rarely more than a handful of rows), so each party's name
and country can be marked individually when the dialog refuses them. Rows are kept in order:
the order is the one the officer gave, and it is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.application import PartyInput
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.domain.validation import FieldError
from att_desktop.ui.field_errors import FieldTarget
from att_desktop.ui.i18n import party_role_label, party_type_label
from att_desktop.ui.widgets.country_combo import CountryCombo, NoWheelComboBox

#: A party row as typed: role, type, name, country text, address. Used to move rows and to
#: tell whether anything changed.
RawParty = tuple[str, str, str, str, str]


@dataclass
class _PartyRow:
    role: NoWheelComboBox
    party_type: NoWheelComboBox
    name: QLineEdit
    country: CountryCombo
    address: QLineEdit

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.role, self.party_type, self.name, self.country, self.address)

    def raw(self) -> RawParty:
        return (
            str(self.role.currentData()),
            str(self.party_type.currentData()),
            self.name.text(),
            self.country.currentText(),
            self.address.text(),
        )

    def load(self, raw: RawParty) -> None:
        role, party_type, name, country, address = raw
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.party_type.setCurrentIndex(max(0, self.party_type.findData(party_type)))
        self.name.setText(name)
        index = self.country.findText(country, Qt.MatchFlag.MatchExactly)
        self.country.setCurrentIndex(index)
        self.country.setEditText(country)
        self.address.setText(address)


class PartiesEditor(QWidget):
    """Parties as a table of input widgets, with add, remove and move buttons."""

    changed = Signal()

    class Column:
        ROLE, TYPE, NAME, COUNTRY, ADDRESS = range(5)

    def __init__(
        self,
        language: str,
        country_model: QStandardItemModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._country_model = country_model
        self._rows: list[_PartyRow] = []

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Role"),
                self.tr("Type"),
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Address"),
            ]
        )
        self.table.setAccessibleName(self.tr("Parties"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.Column.ROLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.Column.TYPE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.Column.COUNTRY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.Column.ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(self.Column.ROLE, 190)
        self.table.setColumnWidth(self.Column.TYPE, 130)
        self.table.setColumnWidth(self.Column.COUNTRY, 210)

        self.add_button = QPushButton(self.tr("Add part&y"), self)
        self.remove_button = QPushButton(self.tr("Re&move party"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_party())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self._update_buttons()

    # --- content -------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._rows)

    def current_row(self) -> int:
        return self.table.currentRow()

    def set_parties(self, parties: Sequence[PartyInput]) -> None:
        self.table.setRowCount(0)
        self._rows.clear()
        for party in parties:
            self.add_party(party, focus=False)
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self._update_buttons()

    def add_party(self, party: PartyInput | None = None, *, focus: bool = True) -> int:
        """Append a row (an end user if there is none yet, else a consignee); return its index."""
        has_end_user = any(r.role.currentData() == PartyRole.END_USER.value for r in self._rows)
        row = self._make_row()
        index = len(self._rows)
        self._rows.append(row)
        self.table.insertRow(index)
        for column, widget in enumerate(row.widgets()):
            self.table.setCellWidget(index, column, widget)
        if party is None:
            role = PartyRole.CONSIGNEE if has_end_user else PartyRole.END_USER
            kind = PartyType.GOVERNMENT if role is PartyRole.END_USER else PartyType.COMMERCIAL
            row.load((role.value, kind.value, "", "", ""))
        else:
            row.load((party.role.value, party.party_type.value, party.name, "", party.address))
            row.country.set_code(party.country_code)
        self._retab()
        self.table.selectRow(index)
        if focus:
            row.name.setFocus()
        self.changed.emit()
        return index

    def remove_current(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self._rows):
            return
        self.table.removeRow(index)
        del self._rows[index]
        self._retab()
        if self._rows:
            index = min(index, len(self._rows) - 1)
            self.table.selectRow(index)
            self._rows[index].name.setFocus()
        else:
            self.add_button.setFocus()
        self._update_buttons()
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        index = self.table.currentRow()
        other = index + delta
        if not (0 <= index < len(self._rows) and 0 <= other < len(self._rows)):
            return
        mine, theirs = self._rows[index].raw(), self._rows[other].raw()
        self._rows[index].load(theirs)
        self._rows[other].load(mine)
        self.table.selectRow(other)
        self._update_buttons()
        self.changed.emit()

    def parties(
        self, problems: list[FieldError], prefix: str = "parties"
    ) -> tuple[PartyInput, ...]:
        """The rows as inputs; a country typed but not recognised is added to ``problems``."""
        result: list[PartyInput] = []
        for i, row in enumerate(self._rows):
            if row.country.has_unknown_text():
                problems.append(
                    FieldError(
                        f"{prefix}[{i}].country_code",
                        self.tr(
                            "'%1' is not in the list of countries; choose one from the list"
                        ).replace("%1", row.country.currentText().strip()),
                    )
                )
            result.append(
                PartyInput(
                    role=PartyRole(str(row.role.currentData())),
                    party_type=PartyType(str(row.party_type.currentData())),
                    name=row.name.text().strip(),
                    country_code=row.country.code(),
                    address=row.address.text().strip(),
                )
            )
        return tuple(result)

    def raw_state(self) -> tuple[RawParty, ...]:
        return tuple(row.raw() for row in self._rows)

    def row_widgets(self, index: int) -> tuple[QWidget, ...]:
        """The input widgets of a row: role, type, name, country, address (for tests)."""
        return self._rows[index].widgets()

    def targets(self, prefix: str = "parties") -> dict[str, FieldTarget]:
        """Where each party field's problems are shown."""
        targets: dict[str, FieldTarget] = {
            prefix: FieldTarget(self.table, self.tr("Parties")),
        }
        for i, row in enumerate(self._rows):
            number = str(i + 1)
            for name, widget, caption in (
                ("role", row.role, self.tr("Party %1: role")),
                ("party_type", row.party_type, self.tr("Party %1: type")),
                ("name", row.name, self.tr("Party %1: name")),
                ("country_code", row.country, self.tr("Party %1: country")),
                ("address", row.address, self.tr("Party %1: address")),
            ):
                targets[f"{prefix}[{i}].{name}"] = FieldTarget(
                    widget, caption.replace("%1", number)
                )
            targets[f"{prefix}[{i}]"] = FieldTarget(
                row.name, self.tr("Party %1").replace("%1", number)
            )
        return targets

    # --- internals -----------------------------------------------------------------------

    def _make_row(self) -> _PartyRow:
        viewport = self.table.viewport()
        role = NoWheelComboBox(viewport)
        for value in PartyRole:
            role.addItem(party_role_label(value), value.value)
        role.setAccessibleName(self.tr("Role"))
        party_type = NoWheelComboBox(viewport)
        for kind in PartyType:
            party_type.addItem(party_type_label(kind), kind.value)
        party_type.setAccessibleName(self.tr("Type"))
        name = QLineEdit(viewport)
        name.setAccessibleName(self.tr("Name"))
        name.setPlaceholderText(self.tr("Name of the party"))
        country = CountryCombo(self._language, self._country_model, viewport)
        country.setAccessibleName(self.tr("Country"))
        address = QLineEdit(viewport)
        address.setAccessibleName(self.tr("Address"))
        for combo in (role, party_type):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return _PartyRow(role, party_type, name, country, address)

    def _retab(self) -> None:
        chain: list[QWidget] = [w for row in self._rows for w in row.widgets()]
        chain += [self.add_button, self.remove_button, self.up_button, self.down_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Select the row being typed in, so Remove and Move act on it."""
        if new is None:
            return
        for index, row in enumerate(self._rows):
            if any(w is new or w.isAncestorOf(new) for w in row.widgets()):
                if self.table.currentRow() != index:
                    self.table.selectRow(index)
                return

    def _update_buttons(self) -> None:
        index = self.table.currentRow()
        valid = 0 <= index < len(self._rows)
        self.remove_button.setEnabled(valid)
        self.up_button.setEnabled(valid and index > 0)
        self.down_button.setEnabled(valid and index < len(self._rows) - 1)
