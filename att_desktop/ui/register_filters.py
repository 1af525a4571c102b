"""The row of filters above the register, and the search box that narrows it as you type.

Choices come from ``services.register.facets`` (only years, destinations, categories and
exporters that occur in the register), so a filter never offers an empty result. Typing is
debounced: the register is re-queried once the officer pauses, not on every key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.services.dto import RegisterFacets, RegisterFilter
from att_desktop.ui.i18n import status_label, transfer_type_label
from att_desktop.ui.icons import icon

SEARCH_DELAY_MS = 200


class FilterCombo(QComboBox):
    """A filter choice as wide as its label (or its choice) when there is room, else narrower."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.count() == 0:
            return hint
        metrics = self.fontMetrics()
        # What the style adds around the text (frame, arrow, icon room) for the minimum text.
        chrome = hint.width() - metrics.horizontalAdvance("x") * self.minimumContentsLength()
        text = max(
            metrics.horizontalAdvance(self.itemText(0)),
            metrics.horizontalAdvance(self.currentText()),
        )
        return QSize(max(hint.width(), text + chrome), hint.height())


class RegisterFilters(QWidget):
    """Emits ``filterChanged(RegisterFilter)`` whenever what the register should show changes."""

    filterChanged = Signal(object)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._catalogue = load_categories()

        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Search reference, exporter, end user…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(150)

        self.year = self._combo("yearFilter", self.tr("Year the application was received"))
        self.status = self._combo("statusFilter", self.tr("Case status"))
        self.destination = self._combo("destinationFilter", self.tr("Final importing State"))
        self.category = self._combo("categoryFilter", self.tr("ATT category of any line item"))
        self.exporter = self._combo("exporterFilter", self.tr("Exporter or applicant"))
        self.transfer_type = self._combo("transferTypeFilter", self.tr("Transfer type"))

        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(icon("clear-filters"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every case again"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 1)
        for combo in self._combos():
            layout.addWidget(combo)
        layout.addWidget(self.clear_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit_now)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._emit_now)
        self.clear_button.clicked.connect(self.clear)

        self._fill_fixed()
        self.set_facets(RegisterFacets(years=(), destination_codes=(), applicants=()))

    # --- public -----------------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        # Qt hands StrEnum values back as plain str: rebuild the enums here.
        status = self.status.currentData()
        transfer_type = self.transfer_type.currentData()
        return RegisterFilter(
            text=self.search.text().strip(),
            year=self.year.currentData(),
            status=CaseStatus(status) if status else None,
            destination_code=self.destination.currentData(),
            category=self.category.currentData(),
            applicant_id=self.exporter.currentData(),
            transfer_type=TransferType(transfer_type) if transfer_type else None,
        )

    def set_facets(self, facets: RegisterFacets) -> None:
        """Refill the choices, keeping what is selected where it still exists."""
        self._refill(
            self.year,
            self.tr("All years"),
            [(str(y), y) for y in facets.years],
        )
        destinations = sorted(
            ((country_name(c, self._language), c) for c in facets.destination_codes),
            key=lambda pair: pair[0],
        )
        self._refill(self.destination, self.tr("All destinations"), destinations)
        self._refill(self.category, self.tr("All categories"), self._category_choices(facets))
        self._refill(
            self.exporter,
            self.tr("All exporters"),
            [(name, org_id) for org_id, name in facets.applicants],
        )

    def clear(self) -> None:
        """Back to the whole register, with one re-query rather than one per control."""
        self._debounce.stop()
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def is_pending(self) -> bool:
        """Whether typed text is waiting for the debounce timer (tests wait on it)."""
        return self._debounce.isActive()

    # --- internals --------------------------------------------------------------------------

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.year,
            self.status,
            self.destination,
            self.category,
            self.exporter,
            self.transfer_type,
        )

    def _combo(self, name: str, tooltip: str) -> QComboBox:
        combo = FilterCombo(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Narrow enough for a 1024-pixel screen; the stretch widens them on larger ones.
        combo.setMinimumContentsLength(6)
        combo.setMaxVisibleItems(20)
        return combo

    def _fill_fixed(self) -> None:
        self._refill(
            self.status,
            self.tr("All statuses"),
            [(status_label(s), s.value) for s in CaseStatus],
        )
        self._refill(
            self.transfer_type,
            self.tr("All transfer types"),
            [(transfer_type_label(t), t.value) for t in TransferType],
        )

    def _category_choices(self, facets: RegisterFacets) -> list[tuple[str, Any]]:
        """The categories in use, each with its headings ("VIII", "VIII.SA") to filter wider."""
        wanted: set[str] = set()
        for code in facets.categories:
            current: str | None = code
            while current is not None:
                wanted.add(current)
                try:
                    current = self._catalogue.get(current).parent
                except KeyError:
                    current = None
        choices: list[tuple[str, Any]] = []
        for category in self._catalogue.all():
            if category.code in wanted:
                depth = category.code.count(".")
                indent = "\u2003" * depth
                label = self._catalogue.label(category.code, self._language)
                choices.append((indent + label, category.code))
        known = {c.code for c in self._catalogue.all()}
        choices += [(code, code) for code in sorted(wanted - known)]
        return choices

    def _refill(self, combo: QComboBox, all_label: str, choices: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, None)
        for label, value in choices:
            combo.addItem(label, value)
            if value is not None and value == current:
                combo.setCurrentIndex(combo.count() - 1)
        combo.blockSignals(False)

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.filterChanged.emit(self.current_filter())
