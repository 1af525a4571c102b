"""Choosing a country by its localised name, never by typing free text.

A State recorded on a case must be one ISO 3166-1 knows, so the combo only ever yields a code
from its list. Typing filters the list by any part of the name (in the display language, in
English, or by the ISO codes); text that matches no country is kept on screen, so nothing typed
is lost, but yields no code and is flagged when the dialog saves.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from att_desktop.domain.countries import all_countries, country_name, find_country

#: Item data: the ISO 3166-1 alpha-2 code.
CODE_ROLE = Qt.ItemDataRole.UserRole
#: Item data: every spelling the completer matches against (local name, English name, codes).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _is_chinese(language: str) -> bool:
    return language.lower().replace("-", "_").startswith("zh")


def build_country_model(language: str, parent: QObject | None = None) -> QStandardItemModel:
    """One list of countries for ``language``; share it between the combos of a dialog.

    Chinese names are sorted by pinyin with Qt's ICU collator (the domain sorts by code point).
    """
    countries = all_countries(language)
    if _is_chinese(language):
        collator = QCollator(QLocale("zh_CN"))
        countries.sort(key=lambda c: collator.sortKey(c.name))
    model = QStandardItemModel(parent)
    for country in countries:
        item = QStandardItem(country.name)
        item.setData(country.code, CODE_ROLE)
        english = country_name(country.code, "en")
        item.setData(f"{country.name} | {english} | {country.code} | {country.alpha3}", SEARCH_ROLE)
        if english != country.name:
            item.setToolTip(english)
        item.setEditable(False)
        model.appendRow(item)
    return model


def line_edit(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo (typed as never missing)."""
    edit = combo.lineEdit()
    if edit is None:
        raise ValueError("the combo box is not editable")
    return edit


class _NameCompleter(QCompleter):
    """Matches on every spelling but writes the localised name into the box."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class NoWheelComboBox(QComboBox):
    """Ignores the mouse wheel unless focused, so scrolling a long form never changes a value."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class CountryCombo(NoWheelComboBox):
    """An editable, searchable country chooser whose value is an alpha-2 code or ``""``."""

    codeChanged = Signal(str)

    def __init__(
        self,
        language: str,
        model: QStandardItemModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(model if model is not None else build_country_model(language, self))
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        completer = _NameCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        edit = line_edit(self)
        edit.setPlaceholderText(self.tr("Type to search…"))
        edit.editingFinished.connect(self._settle)
        self.setCurrentIndex(-1)
        self._last_code = ""
        self.currentIndexChanged.connect(self._emit_if_changed)
        self.editTextChanged.connect(self._emit_if_changed)

    def code(self) -> str:
        """The chosen country's alpha-2 code; ``""`` if the box is empty or matches no country."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return str(self.itemData(index, CODE_ROLE))
        return self._lookup(text)

    def set_code(self, code: str) -> None:
        """Show the country with this code; an unknown or empty code clears the box."""
        index = self.findData(code.strip().upper(), CODE_ROLE) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def has_unknown_text(self) -> bool:
        """Whether something is typed that is not a country: it will not be saved as one."""
        return bool(self.currentText().strip()) and not self.code()

    def _lookup(self, text: str) -> str:
        for row in range(self.count()):
            if self.itemText(row).casefold() == text.casefold():
                return str(self.itemData(row, CODE_ROLE))
        found = find_country(text, self._language)
        return found.code if found is not None else ""

    def _settle(self) -> None:
        """When the person leaves the box, show a recognised country under its proper name."""
        code = self.code()
        if code:
            index = self.findData(code, CODE_ROLE)
            if index != self.currentIndex() or self.currentText() != self.itemText(index):
                self.setCurrentIndex(index)
                self.setEditText(self.itemText(index))
        elif not self.currentText().strip():
            self.setCurrentIndex(-1)

    def _emit_if_changed(self) -> None:
        code = self.code()
        if code != self._last_code:
            self._last_code = code
            self.codeChanged.emit(code)
