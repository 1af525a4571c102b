"""The report builder's exchange rates: the year's rates into the report currency.

``ExchangeRatesPanel`` is the base of the report builder that shows and records the rates a
report needs (a finding about a missing rate selects its row here). Its texts are translated in
the dialog's context (``ReportBuilderDialog``), as they were before the split.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.services import reporting
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.prompts import Prompter


class ExchangeRatesPanel(QDialog):
    """The exchange-rate box of the report builder (a base of ``ReportBuilderDialog``)."""

    # Set by ReportBuilderDialog.__init__ and the options column before the box is built.
    _db: Database
    _actor: Callable[[], Actor]
    _prompter: Prompter
    _known_rates: dict[str, tuple[Decimal, str]]
    year: QSpinBox
    currency: QLineEdit
    status_label: QLabel

    def _update_state(self) -> None:
        """Enable what the choices allow; the dialog says what that is."""

    def _build_rates(self, panel: QWidget) -> QGroupBox:
        """The year's exchange rates and the form that records one."""
        rates_box = QGroupBox(
            QCoreApplication.translate(
                "ReportBuilderDialog", "Exchange rates into the report currency"
            ),
            panel,
        )
        self.rates = QTableWidget(0, 3, rates_box)
        self.rates.setObjectName("exchangeRates")
        self.rates.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ReportBuilderDialog", "Currency"),
                QCoreApplication.translate("ReportBuilderDialog", "Rate (1 unit =)"),
                QCoreApplication.translate("ReportBuilderDialog", "Source"),
            ]
        )
        self.rates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rates.verticalHeader().setVisible(False)
        self.rates.horizontalHeader().setStretchLastSection(True)
        self.rates.setMinimumHeight(110)
        self.rates.currentCellChanged.connect(lambda row, _c, _r, _p: self._rate_selected(row))
        self.rate_currency = QLineEdit(rates_box)
        self.rate_currency.setMaxLength(3)
        self.rate_currency.setPlaceholderText("USD")
        self.rate_value = QLineEdit(rates_box)
        self.rate_value.setPlaceholderText(
            QCoreApplication.translate("ReportBuilderDialog", "e.g. 0.92")
        )
        self.rate_source = QLineEdit(rates_box)
        self.rate_source.setPlaceholderText(
            QCoreApplication.translate("ReportBuilderDialog", "e.g. Central bank annual average")
        )
        self.save_rate_button = QPushButton(
            QCoreApplication.translate("ReportBuilderDialog", "Save &rate"), rates_box
        )
        self.save_rate_button.setAutoDefault(False)
        self.save_rate_button.clicked.connect(self.save_rate)
        self.rate_source.returnPressed.connect(self.save_rate)
        self.rates_hint = QLabel(
            QCoreApplication.translate(
                "ReportBuilderDialog",
                "Values in other currencies are added to no total until their rate for the "
                "year is recorded.",
            ),
            rates_box,
        )
        self.rates_hint.setWordWrap(True)
        rate_form = QFormLayout()
        for text, widget in (
            (QCoreApplication.translate("ReportBuilderDialog", "Curre&ncy:"), self.rate_currency),
            (QCoreApplication.translate("ReportBuilderDialog", "R&ate:"), self.rate_value),
            (QCoreApplication.translate("ReportBuilderDialog", "Source:"), self.rate_source),
        ):
            label = QLabel(text, rates_box)
            label.setBuddy(widget)
            rate_form.addRow(label, widget)
        rates_buttons = QHBoxLayout()
        rates_buttons.addStretch(1)
        rates_buttons.addWidget(self.save_rate_button)
        rates_layout = QVBoxLayout(rates_box)
        rates_layout.addWidget(self.rates_hint)
        rates_layout.addWidget(self.rates)
        rates_layout.addLayout(rate_form)
        rates_layout.addLayout(rates_buttons)
        return rates_box

    # ------------------------------------------------------------------ exchange rates

    def _reload_rates(self) -> None:
        year = self.year.value()
        currency = self.currency.text().strip().upper()
        known = {
            r.currency: r
            for r in reporting.list_exchange_rates(self._db, year)
            if r.report_currency == currency
        }
        needed = [c for c in reporting.currencies_in_year(self._db, year) if c != currency]
        codes = sorted(set(needed) | set(known))
        self._known_rates = {c: (v.rate, v.source) for c, v in known.items()}
        self.rates.setRowCount(0)
        for code in codes:
            view = known.get(code)
            self._add_rate_row(
                code,
                format(view.rate, "f") if view else "",
                view.source if view else "",
            )

    def _add_rate_row(self, code: str, rate: str = "", source: str = "") -> None:
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        for column, text in enumerate(
            (code, rate or QCoreApplication.translate("ReportBuilderDialog", "(none)"), source)
        ):
            self.rates.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.rates.item(row, column)
        return item.text().strip() if item is not None else ""

    def _rate_selected(self, row: int) -> None:
        if row < 0:
            return
        code = self._cell(row, 0)
        known = self._known_rates.get(code)
        self.rate_currency.setText(code)
        self.rate_value.setText(format(known[0], "f") if known else "")
        self.rate_source.setText(known[1] if known else "")

    def select_rate(self, currency: str) -> None:
        """Select ``currency``'s row (added if missing) and put the cursor in its rate."""
        code = currency.strip().upper()
        rows = [r for r in range(self.rates.rowCount()) if self._cell(r, 0) == code]
        if not rows:
            self._add_rate_row(code)
            rows = [self.rates.rowCount() - 1]
        self.rates.setCurrentCell(rows[0], 0)
        self._rate_selected(rows[0])
        self.rate_value.setFocus()
        self.rate_value.selectAll()

    def save_rate(self) -> bool:
        """Record the rate in the form for the report year and currency."""
        year = self.year.value()
        report_currency = self.currency.text().strip().upper()
        code = self.rate_currency.text().strip().upper()
        text = self.rate_value.text().strip().replace(",", ".")
        try:
            rate = Decimal(text)
        except ArithmeticError:
            self._prompter.error(
                self,
                QCoreApplication.translate("ReportBuilderDialog", "Exchange rates"),
                QCoreApplication.translate(
                    "ReportBuilderDialog", "'%1' is not a number; write the rate like 0.92"
                ).replace("%1", text),
            )
            self.rate_value.setFocus()
            return False
        try:
            view = reporting.set_exchange_rate(
                self._db,
                year,
                code,
                report_currency,
                rate,
                self.rate_source.text(),
                actor=self._actor(),
            )
        except ValidationFailed as exc:
            self._prompter.error(
                self,
                QCoreApplication.translate("ReportBuilderDialog", "Exchange rates"),
                "\n".join(field_text(e) for e in exc.errors),
            )
            return False
        except ServiceError as exc:
            self._prompter.error(
                self,
                QCoreApplication.translate("ReportBuilderDialog", "Exchange rates"),
                error_text(exc),
            )
            return False
        self._reload_rates()
        self.status_label.setText(
            QCoreApplication.translate(
                "ReportBuilderDialog", "Saved: 1 %1 = %2 %3 for %4. Preview again to use it."
            )
            .replace("%1", view.currency)
            .replace("%2", format(view.rate, "f"))
            .replace("%3", view.report_currency)
            .replace("%4", str(view.year))
        )
        self._update_state()
        return True

    # ------------------------------------------------------------------ preview
