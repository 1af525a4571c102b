"""Editing the parties to a transfer: end users, consignees, intermediate consignees, brokers.

A small table of real input widgets (rarely more than a handful of rows), so each party's name
and country can be marked individually when the dialog refuses them. Rows are kept in order:
the order is the one the officer gave, and it is stored.

A commercial consignee may act for one of the case's government parties (national or
regional): its "Acts for" combo lists them and follows them when rows move or are removed,
because the Article 6 screen treats such a consignee as the government it acts for.
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
    QComboBox,
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
from att_desktop.domain.parties import GOVERNMENT_TYPES
from att_desktop.domain.validation import FieldError
from att_desktop.ui.field_errors import FieldTarget
from att_desktop.ui.i18n import party_role_label, party_type_label
from att_desktop.ui.widgets.country_combo import CountryCombo, NoWheelComboBox

#: A party row as typed: role, type, name, country text, address, and the number of the row
#: it acts for ("" if none). Used to move rows and to tell whether anything changed.
RawParty = tuple[str, str, str, str, str, str]


@dataclass(eq=False)
class _PartyRow:
    role: NoWheelComboBox
    party_type: NoWheelComboBox
    name: QLineEdit
    country: CountryCombo
    address: QLineEdit
    acts_for: NoWheelComboBox
    #: The row of the government this consignee acts for (followed when rows move).
    acts_for_row: _PartyRow | None = None

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.role, self.party_type, self.name, self.country, self.address, self.acts_for)

    def raw(self) -> RawParty:
        return (
            str(self.role.currentData()),
            str(self.party_type.currentData()),
            self.name.text(),
            self.country.currentText(),
            self.address.text(),
            self.acts_for.currentText() if self.acts_for_row is not None else "",
        )

    def load(self, raw: RawParty) -> None:
        role, party_type, name, country, address, _acts_for = raw
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
        ROLE, TYPE, NAME, COUNTRY, ADDRESS, ACTS_FOR = range(6)

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
        self._swapping = False

        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Role"),
                self.tr("Type"),
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Address"),
                self.tr("Acts for"),
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
        header.setSectionResizeMode(self.Column.ACTS_FOR, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.Column.ROLE, 190)
        self.table.setColumnWidth(self.Column.TYPE, 185)
        self.table.setColumnWidth(self.Column.COUNTRY, 210)
        self.table.setColumnWidth(self.Column.ACTS_FOR, 190)

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
        for row, party in zip(self._rows, parties, strict=True):
            if party.acts_for is not None and 0 <= party.acts_for < len(self._rows):
                row.acts_for_row = self._rows[party.acts_for]
        self._refresh_acts_for()
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
            row.load((role.value, kind.value, "", "", "", ""))
        else:
            raw = (party.role.value, party.party_type.value, party.name, "", party.address, "")
            row.load(raw)
            row.country.set_code(party.country_code)
        self._watch(row)
        self._refresh_acts_for()
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
        gone = self._rows.pop(index)
        for row in self._rows:
            if row.acts_for_row is gone:
                row.acts_for_row = None
        self._refresh_acts_for()
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
        first, second = self._rows[index], self._rows[other]
        mine, theirs = first.raw(), second.raw()
        self._swapping = True  # half-swapped rows must not drop a link
        first.load(theirs)
        second.load(mine)
        self._swapping = False
        # The rows' contents swapped: so do their links, and links to them.
        swap = {id(first): second, id(second): first}
        first.acts_for_row, second.acts_for_row = second.acts_for_row, first.acts_for_row
        for row in self._rows:
            if row.acts_for_row is not None and id(row.acts_for_row) in swap:
                row.acts_for_row = swap[id(row.acts_for_row)]
        self._refresh_acts_for()
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
                    acts_for=self._acts_for_index(row),
                )
            )
        return tuple(result)

    def raw_state(self) -> tuple[RawParty, ...]:
        return tuple(row.raw() for row in self._rows)

    def row_widgets(self, index: int) -> tuple[QWidget, ...]:
        """The input widgets of a row: role, type, name, country, address (for tests)."""
        return self._rows[index].widgets()[:5]

    def acts_for_combo(self, index: int) -> QComboBox:
        """The row's "Acts for" combo: the case's government parties, for a consignee."""
        return self._rows[index].acts_for

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
                ("acts_for", row.acts_for, self.tr("Party %1: acts for")),
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
        acts_for = NoWheelComboBox(viewport)
        acts_for.setAccessibleName(self.tr("Acts for"))
        acts_for.setToolTip(
            self.tr(
                "For a commercial consignee importing for a government end user of this case: "
                "the Article 6 screen then treats it as that government."
            )
        )
        for combo in (role, party_type, acts_for):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return _PartyRow(role, party_type, name, country, address, acts_for)

    def _watch(self, row: _PartyRow) -> None:
        """Keep every "Acts for" list current as roles, types and names change."""
        row.role.currentIndexChanged.connect(self._refresh_acts_for)
        row.party_type.currentIndexChanged.connect(self._refresh_acts_for)
        row.name.textChanged.connect(self._refresh_acts_for)
        row.acts_for.activated.connect(lambda _i, r=row: self._choose_acts_for(r))

    def _choose_acts_for(self, row: _PartyRow) -> None:
        data = row.acts_for.currentData()
        row.acts_for_row = self._rows[data] if isinstance(data, int) else None
        self.changed.emit()

    def _acts_for_index(self, row: _PartyRow) -> int | None:
        target = row.acts_for_row
        return self._rows.index(target) if target is not None and target in self._rows else None

    def _refresh_acts_for(self) -> None:
        """Offer each consignee the government parties (national or regional) by number and
        name; a row that is not a consignee offers nothing and is disabled."""
        if self._swapping:
            return
        governments = [
            (i, r)
            for i, r in enumerate(self._rows)
            if r.party_type.currentData() in {t.value for t in GOVERNMENT_TYPES}
        ]
        for row in self._rows:
            consignee = row.role.currentData() == PartyRole.CONSIGNEE.value
            if row.acts_for_row is not None and (
                not consignee or all(r is not row.acts_for_row for _i, r in governments)
            ):
                row.acts_for_row = None
            combo = row.acts_for
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("—"), None)
            if consignee:
                for i, target in governments:
                    label = self.tr("%1. %2").replace("%1", str(i + 1))
                    combo.addItem(label.replace("%2", target.name.text().strip()), i)
                    if target is row.acts_for_row:
                        combo.setCurrentIndex(combo.count() - 1)
            combo.setEnabled(consignee)
            combo.blockSignals(False)

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
