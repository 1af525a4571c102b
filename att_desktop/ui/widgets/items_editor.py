"""Editing the line items of an application, one card per item.

Each item has a dozen fields, too many for a readable table row on a laptop screen, so every
item gets a compact card whose fields can each carry their own error message. Quantities and
values stay as typed text until the dialog saves, so a refused "abc" is still there to correct.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.application import LineItemInput
from att_desktop.domain.categories import CategoryCatalogue, ControlListRating
from att_desktop.domain.enums import NotReportableReason
from att_desktop.domain.validation import FieldError, parse_decimal
from att_desktop.ui.field_errors import FieldSlot, FieldTarget
from att_desktop.ui.widgets.country_combo import CountryCombo, NoWheelComboBox, line_edit

#: Currencies offered first; any three-letter ISO 4217 code may be typed.
COMMON_CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "CNY", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK",
    "CAD", "AUD", "NZD", "KRW", "INR", "BRL", "ZAR", "SGD", "TRY", "AED", "SAR",
)  # fmt: skip
#: Units offered; any other unit may be typed.
COMMON_UNITS = ("pcs", "sets", "units", "systems", "rounds", "kg")

_CATEGORY_PREFIX = "cat:"
_REASON_PREFIX = "nr:"

#: A card's fields as typed, in a fixed order, for moving cards and noticing changes.
RawItem = tuple[str, ...]


class ItemCard(QGroupBox):
    """One line item: what it is, how it is classified, how many, and what it is worth."""

    removeRequested = Signal(QWidget)
    moveRequested = Signal(QWidget, int)

    def __init__(
        self,
        language: str,
        catalogue: CategoryCatalogue,
        ratings: Sequence[ControlListRating],
        country_model: QStandardItemModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. Assault rifle, 5.56 mm"))
        self.model = QLineEdit(self)
        self.model.setPlaceholderText(self.tr("Manufacturer's model or type"))
        self.rating = self._rating_combo(ratings)
        self.category = self._category_combo(catalogue)
        self.quantity = QLineEdit(self)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setPlaceholderText(self.tr("e.g. 250"))
        self.unit = NoWheelComboBox(self)
        self.unit.setEditable(True)
        self.unit.addItems(COMMON_UNITS)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.value = QLineEdit(self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value.setPlaceholderText(self.tr("e.g. 1250000.00"))
        self.currency = NoWheelComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.setEditText("")
        self.origin = CountryCombo(language, country_model, self)
        line_edit(self.origin).setPlaceholderText(self.tr("Optional"))
        self.withheld = QCheckBox(self.tr("Withhold from the published annual report"), self)
        self.withheld_reason = QLineEdit(self)
        self.withheld_reason.setPlaceholderText(self.tr("Reason, e.g. commercially sensitive"))
        self.withheld_reason.setEnabled(False)
        self.withheld.toggled.connect(self.withheld_reason.setEnabled)
        self.report_comment = QLineEdit(self)
        self.report_comment.setPlaceholderText(
            self.tr("Optional, e.g. temporary export for demonstration, to be returned")
        )
        self.report_comment.setToolTip(
            self.tr(
                "Printed in the annual report's column “Comments on the transfer” "
                "for this item's row; never printed when the item is withheld."
            )
        )

        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.remove_button = QPushButton(self.tr("Remove item"), self)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
        self.up_button.clicked.connect(lambda: self.moveRequested.emit(self, -1))
        self.down_button.clicked.connect(lambda: self.moveRequested.emit(self, 1))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))

        self.slots: dict[str, FieldSlot] = {
            "description": FieldSlot(self.description, self.tr("Description *"), self),
            "model": FieldSlot(self.model, self.tr("Model / type"), self),
            "control_rating": FieldSlot(self.rating, self.tr("Control-list rating"), self),
            "att_category": FieldSlot(
                self.category, self.tr("ATT category, or why it is not reportable *"), self
            ),
            "origin_code": FieldSlot(self.origin, self.tr("State of origin"), self),
            "quantity": FieldSlot(self.quantity, self.tr("Quantity *"), self),
            "unit": FieldSlot(self.unit, self.tr("Unit"), self),
            "value": FieldSlot(self.value, self.tr("Value"), self),
            "currency": FieldSlot(self.currency, self.tr("Currency"), self),
            "withheld_reason": FieldSlot(self.withheld_reason, None, self),
            "report_comment": FieldSlot(
                self.report_comment, self.tr("Comment for the annual report"), self
            ),
        }
        self._lay_out()

    def _lay_out(self) -> None:
        """The fields in a six-column grid, the move and remove buttons bottom right."""
        s = self.slots
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        # Fields sit at the top of their row, so a message under one does not shift the others.
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(s["description"], 0, 0, 1, 3, top)
        grid.addWidget(s["model"], 0, 3, 1, 2, top)
        grid.addWidget(s["control_rating"], 0, 5, 1, 1, top)
        grid.addWidget(s["att_category"], 1, 0, 1, 3, top)
        grid.addWidget(s["quantity"], 1, 3, 1, 1, top)
        grid.addWidget(s["unit"], 1, 4, 1, 1, top)
        grid.addWidget(s["origin_code"], 1, 5, 1, 1, top)
        # The check box stands where the other fields have their caption.
        withheld_box = QVBoxLayout()
        withheld_box.setSpacing(2)
        withheld_box.addWidget(self.withheld)
        withheld_box.addWidget(s["withheld_reason"])
        grid.addLayout(withheld_box, 2, 0, 1, 3, top)
        grid.addWidget(s["value"], 2, 3, 1, 1, top)
        grid.addWidget(s["currency"], 2, 4, 1, 1, top)
        grid.addWidget(s["report_comment"], 3, 0, 1, 5, top)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        grid.addLayout(buttons, 3, 5, Qt.AlignmentFlag.AlignBottom)

    # --- widgets -------------------------------------------------------------------------

    def _rating_combo(self, ratings: Sequence[ControlListRating]) -> NoWheelComboBox:
        combo = NoWheelComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for rating in ratings:
            combo.addItem(f"{rating.code} – {rating.name_en}", rating.code)
            combo.setItemData(combo.count() - 1, rating.name_en, Qt.ItemDataRole.ToolTipRole)
        combo.view().setMinimumWidth(560)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        line_edit(combo).setPlaceholderText(self.tr("e.g. ML10.a"))
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        combo.activated.connect(lambda index: combo.setEditText(str(combo.itemData(index))))
        return combo

    def _category_combo(self, catalogue: CategoryCatalogue) -> NoWheelComboBox:
        combo = NoWheelComboBox(self)
        model = QStandardItemModel(combo)
        placeholder = QStandardItem(self.tr("Choose…"))
        placeholder.setData("", Qt.ItemDataRole.UserRole)
        model.appendRow(placeholder)
        bold = QFont()
        bold.setBold(True)

        def heading(text: str) -> None:
            item = QStandardItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setFont(bold)
            model.appendRow(item)

        heading(self.tr("ATT categories (reported)"))
        for category in catalogue.selectable():
            item = QStandardItem(catalogue.label(category.code, self._language))
            item.setData(_CATEGORY_PREFIX + category.code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        heading(self.tr("Not reportable, because it is:"))
        for info in catalogue.not_reportable_reasons():
            item = QStandardItem(info.name(self._language))
            item.setData(_REASON_PREFIX + info.code.value, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        combo.setModel(model)
        combo.setMaxVisibleItems(20)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return combo

    # --- content -------------------------------------------------------------------------

    def set_number(self, number: int, total: int) -> None:
        self.setTitle(self.tr("Line item %1").replace("%1", str(number)))
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < total)

    def set_category(self, code: str | None, reason: NotReportableReason | None) -> None:
        """Select a category or a reason; a code unknown to today's reference data is kept."""
        wanted = ""
        if code:
            wanted = _CATEGORY_PREFIX + code
        elif reason is not None:
            wanted = _REASON_PREFIX + reason.value
        index = self.category.findData(wanted, Qt.ItemDataRole.UserRole) if wanted else 0
        if index < 0:
            self.category.addItem(self.tr("%1 (not in the current list)").replace("%1", code or ""))
            index = self.category.count() - 1
            self.category.setItemData(index, wanted, Qt.ItemDataRole.UserRole)
        self.category.setCurrentIndex(index)

    def choose_category(self, code: str) -> None:
        """Select an ATT category by code (for tests and scripted input)."""
        self.set_category(code, None)

    def choose_not_reportable(self, reason: NotReportableReason) -> None:
        self.set_category(None, reason)

    def load(self, item: LineItemInput) -> None:
        self.description.setText(item.description)
        self.model.setText(item.model)
        self.rating.setEditText(item.control_rating)
        self.set_category(item.att_category, item.not_reportable_reason)
        self.quantity.setText(_plain(item.quantity))
        self.unit.setEditText(item.unit)
        self.value.setText(_money(item.value) if item.value is not None else "")
        self.currency.setEditText(item.currency)
        self.origin.set_code(item.origin_code)
        self.withheld.setChecked(item.withheld)
        self.withheld_reason.setText(item.withheld_reason)
        self.report_comment.setText(item.report_comment)

    def raw(self) -> RawItem:
        return (
            self.description.text(),
            self.model.text(),
            self.rating.currentText(),
            str(self.category.currentData(Qt.ItemDataRole.UserRole) or ""),
            self.category.currentText(),
            self.quantity.text(),
            self.unit.currentText(),
            self.value.text(),
            self.currency.currentText(),
            self.origin.currentText(),
            "1" if self.withheld.isChecked() else "",
            self.withheld_reason.text(),
            self.report_comment.text(),
        )

    def load_raw(self, raw: RawItem) -> None:
        (description, model, rating, category, category_text, quantity, unit, value, currency,
         origin, withheld, withheld_reason, report_comment) = raw  # fmt: skip
        self.description.setText(description)
        self.model.setText(model)
        self.rating.setEditText(rating)
        index = self.category.findData(category, Qt.ItemDataRole.UserRole) if category else 0
        if index < 0:
            self.category.addItem(category_text, category)
            index = self.category.count() - 1
        self.category.setCurrentIndex(index)
        self.quantity.setText(quantity)
        self.unit.setEditText(unit)
        self.value.setText(value)
        self.currency.setEditText(currency)
        self.origin.setCurrentIndex(self.origin.findText(origin, Qt.MatchFlag.MatchExactly))
        self.origin.setEditText(origin)
        self.withheld.setChecked(bool(withheld))
        self.withheld_reason.setText(withheld_reason)
        self.report_comment.setText(report_comment)

    def to_input(self, prefix: str, problems: list[FieldError]) -> LineItemInput:
        """The card as an input; text that cannot be read is reported in ``problems``."""
        quantity = Decimal(1)
        quantity_text = self.quantity.text()
        if not quantity_text.strip():
            problems.append(FieldError(f"{prefix}.quantity", self.tr("enter the quantity")))
        else:
            try:
                quantity = parse_decimal(quantity_text, what="quantity")
            except ValueError as exc:
                problems.append(FieldError(f"{prefix}.quantity", str(exc)))
        value: Decimal | None = None
        if self.value.text().strip():
            try:
                value = parse_decimal(self.value.text(), what="value")
            except ValueError as exc:
                problems.append(FieldError(f"{prefix}.value", str(exc)))
        if self.origin.has_unknown_text():
            problems.append(
                FieldError(
                    f"{prefix}.origin_code",
                    self.tr(
                        "'%1' is not in the list of countries; choose one from the list"
                    ).replace("%1", self.origin.currentText().strip()),
                )
            )
        chosen = str(self.category.currentData(Qt.ItemDataRole.UserRole) or "")
        category = chosen.removeprefix(_CATEGORY_PREFIX) if chosen.startswith("cat:") else None
        reason = (
            NotReportableReason(chosen.removeprefix(_REASON_PREFIX))
            if chosen.startswith(_REASON_PREFIX)
            else None
        )
        withheld = self.withheld.isChecked()
        return LineItemInput(
            description=self.description.text().strip(),
            quantity=quantity,
            att_category=category,
            not_reportable_reason=reason,
            model=self.model.text().strip(),
            control_rating=self._rating_code(),
            unit=self.unit.currentText().strip() or "pcs",
            value=value,
            currency=self.currency.currentText().strip().upper(),
            origin_code=self.origin.code(),
            withheld=withheld,
            withheld_reason=self.withheld_reason.text().strip() if withheld else "",
            report_comment=self.report_comment.text().strip(),
        )

    def _rating_code(self) -> str:
        text = self.rating.currentText().strip()
        index = self.rating.findText(text, Qt.MatchFlag.MatchExactly)
        return str(self.rating.itemData(index)) if index >= 0 else text

    def targets(self, prefix: str, number: int) -> dict[str, FieldTarget]:
        captions = {
            "description": self.tr("Item %1: description"),
            "model": self.tr("Item %1: model / type"),
            "control_rating": self.tr("Item %1: control-list rating"),
            "att_category": self.tr("Item %1: ATT category"),
            "origin_code": self.tr("Item %1: State of origin"),
            "quantity": self.tr("Item %1: quantity"),
            "unit": self.tr("Item %1: unit"),
            "value": self.tr("Item %1: value"),
            "currency": self.tr("Item %1: currency"),
            "withheld_reason": self.tr("Item %1: reason for withholding"),
            "report_comment": self.tr("Item %1: comment for the annual report"),
        }
        targets = {
            f"{prefix}.{name}": self.slots[name].target(captions[name].replace("%1", str(number)))
            for name in self.slots
        }
        targets[f"{prefix}.not_reportable_reason"] = targets[f"{prefix}.att_category"]
        targets[f"{prefix}.withheld"] = FieldTarget(
            self.withheld, self.tr("Item %1").replace("%1", str(number))
        )
        targets[prefix] = FieldTarget(
            self.description, self.tr("Item %1").replace("%1", str(number))
        )
        return targets

    def tab_chain(self) -> list[QWidget]:
        return [
            self.description, self.model, self.rating, self.category, self.quantity, self.unit,
            self.origin, self.withheld, self.withheld_reason, self.value, self.currency,
            self.report_comment, self.up_button, self.down_button, self.remove_button,
        ]  # fmt: skip


def _plain(value: Decimal) -> str:
    """A stored decimal as a person would type it: 250, not 250.000."""
    return format(value.normalize(), "f")


def _money(value: Decimal) -> str:
    """An amount as typed: 375000, or 42000.50 with both decimals, never 42000.5."""
    text = _plain(value)
    whole, _dot, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}" if fraction else whole


class ItemsEditor(QWidget):
    """The cards of all line items in a scrolling column, with an Add button."""

    changed = Signal()

    def __init__(
        self,
        language: str,
        catalogue: CategoryCatalogue,
        ratings: Sequence[ControlListRating],
        country_model: QStandardItemModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._catalogue = catalogue
        self._ratings = tuple(ratings)
        self._country_model = country_model
        self._cards: list[ItemCard] = []

        self.add_button = QPushButton(self.tr("Add line &item"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.hint = QLabel(
            self.tr(
                "Give each item its ATT category, or say why it is not reportable "
                "(ammunition, parts and components, dual-use, national list only)."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        self._column = QWidget()
        self._column_layout = QVBoxLayout(self._column)
        self._column_layout.setContentsMargins(0, 0, 6, 0)
        self._column_layout.setSpacing(10)
        self._empty = QLabel(self.tr("No line items yet. Press “Add line item”."), self._column)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self._column_layout.addWidget(self._empty)
        self._column_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._column)

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.scroll_area.viewport().setAutoFillBackground(False)
        self._column.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

    def count(self) -> int:
        return len(self._cards)

    def card(self, index: int) -> ItemCard:
        return self._cards[index]

    def set_items(self, items: Sequence[LineItemInput]) -> None:
        for card in list(self._cards):
            self._drop(card)
        for item in items:
            self.add_item(item, focus=False)

    def add_item(self, item: LineItemInput | None = None, *, focus: bool = True) -> ItemCard:
        """Append a card; a new blank one takes the previous item's unit and currency."""
        card = ItemCard(
            self._language, self._catalogue, self._ratings, self._country_model, self._column
        )
        if item is not None:
            card.load(item)
        elif self._cards:
            previous = self._cards[-1]
            card.unit.setEditText(previous.unit.currentText())
            card.currency.setEditText(previous.currency.currentText())
        else:
            card.unit.setEditText("pcs")
        card.removeRequested.connect(self._remove)
        card.moveRequested.connect(self._move)
        self._cards.append(card)
        self._column_layout.insertWidget(len(self._cards), card)
        self._renumber()
        if focus:
            card.description.setFocus()
            self.scroll_area.ensureWidgetVisible(card)
        self.changed.emit()
        return card

    def items(self, problems: list[FieldError], prefix: str = "items") -> tuple[LineItemInput, ...]:
        return tuple(
            card.to_input(f"{prefix}[{i}]", problems) for i, card in enumerate(self._cards)
        )

    def raw_state(self) -> tuple[RawItem, ...]:
        return tuple(card.raw() for card in self._cards)

    def targets(self, prefix: str = "items") -> dict[str, FieldTarget]:
        targets = {prefix: FieldTarget(self.scroll_area, self.tr("Line items"))}
        for i, card in enumerate(self._cards):
            targets.update(card.targets(f"{prefix}[{i}]", i + 1))
        return targets

    def _remove(self, card: QWidget) -> None:
        if not isinstance(card, ItemCard) or card not in self._cards:
            return
        index = self._cards.index(card)
        self._drop(card)
        if self._cards:
            self._cards[min(index, len(self._cards) - 1)].description.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _drop(self, card: ItemCard) -> None:
        self._cards.remove(card)
        self._column_layout.removeWidget(card)
        card.hide()
        card.deleteLater()
        self._renumber()

    def _move(self, card: QWidget, delta: int) -> None:
        if not isinstance(card, ItemCard) or card not in self._cards:
            return
        index = self._cards.index(card)
        other = index + delta
        if not 0 <= other < len(self._cards):
            return
        mine, theirs = card.raw(), self._cards[other].raw()
        card.load_raw(theirs)
        self._cards[other].load_raw(mine)
        moved = self._cards[other]
        button = moved.up_button if delta < 0 else moved.down_button
        (button if button.isEnabled() else moved.description).setFocus()
        self.scroll_area.ensureWidgetVisible(moved)
        self.changed.emit()

    def _renumber(self) -> None:
        total = len(self._cards)
        for number, card in enumerate(self._cards, start=1):
            card.set_number(number, total)
        self._empty.setVisible(total == 0)
        chain: list[QWidget] = [self.add_button]
        for card in self._cards:
            chain += card.tab_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
