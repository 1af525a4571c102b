"""The annual report builder: choose, preview, check, then write the files.

Everything shown comes from ``services.reporting.collect`` (an ``AnnualReport``); the dialog
never adds anything up. A file can only be written from a preview that matches the current
choices, so what the focal point looked at is what goes out. Every service call acts as
``actor()``, the person signed in at the time (the services refuse anyone but the focal point).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.categories import CategoryCatalogue, load_categories
from att_desktop.domain.reporting import (
    AnnualReport,
    Basis,
    ContactPoint,
    Measure,
    ReportOptions,
    Severity,
)
from att_desktop.domain.reporting.calendar import default_report_year, due_date
from att_desktop.domain.reporting.model import Finding, ReportRow, ReportTable
from att_desktop.domain.reporting.options import NationalDefinition
from att_desktop.formats.report_labels import category_label, state_name
from att_desktop.services import reporting
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.report_settings import (
    ReportDefaults,
    get_report_defaults,
    save_report_defaults,
)
from att_desktop.ui.ops import BarProgress, Op, Progress, run_op
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.reporting.charts import StackedBarChart

log = logging.getLogger(__name__)

#: ``(parent, title, suggested path, filter) -> chosen path or None``: tests replace it.
SavePath = Callable[[QWidget, str, str, str], str | None]
#: Builds the report (``services.reporting.collect``); run on a worker thread.
Collect = Callable[..., AnnualReport]


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def _number(value: Decimal | None) -> str:
    if value is None:
        return ""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,.2f}"


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
        if table.total_items is not None:
            parts.append(
                QCoreApplication.translate("ReportBuilder", "%1 items").replace(
                    "%1", _number(table.total_items)
                )
            )
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


class ReportBuilderDialog(QDialog):
    """Options → Preview (tables, findings, charts) → Export PDF/XLSX/CSV/JSON."""

    #: The application (case) id of a record to fix; the main window opens it.
    recordRequested = Signal(int)
    #: A file was written: its path.
    exported = Signal(str)
    #: A preview was built (tests and the main window may listen).
    previewed = Signal()

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        prompter: Prompter | None = None,
        save_path: SavePath = ask_save_path,
        language: str = "en",
        today: date | None = None,
        parent: QWidget | None = None,
        collect: Collect = reporting.collect,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportBuilder")
        self.setWindowTitle(self.tr("Annual report (Article 13(3))"))
        self._db = db
        self._actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self._save_path = save_path
        self._collect = collect
        self._language = language
        self._today = today or date.today()
        self._catalogue = load_categories()
        self.report: AnnualReport | None = None
        self._previewed_options: ReportOptions | None = None
        self._known_rates: dict[str, tuple[Decimal, str]] = {}
        self._definitions: list[NationalDefinition] = []
        #: The preview being built or the file being written, if any.
        self._op: Op | None = None

        self._build_options()
        self._build_preview()
        self._build_buttons()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._options_panel)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(420)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(self.deadline_label)
        layout.addWidget(splitter, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.status_label)
        layout.addLayout(self._buttons)
        self.resize(1280, 760)
        self._load_defaults()
        self._reload_rates()
        self._update_state()

    # ------------------------------------------------------------------ building

    def _build_options(self) -> None:
        panel = QWidget()
        form = QFormLayout()
        self.year = QSpinBox(panel)
        self.year.setRange(1990, 2100)
        self.year.setValue(default_report_year(self._today))
        self.exports_basis = QComboBox(panel)
        self.imports_basis = QComboBox(panel)
        for combo in (self.exports_basis, self.imports_basis):
            combo.addItem(self.tr("Authorised (licences issued in the year)"), Basis.AUTHORISED)
            combo.addItem(self.tr("Actual (shipments made in the year)"), Basis.ACTUAL)
        self.measure = QComboBox(panel)
        self.measure.addItem(self.tr("Number of items and value"), Measure.BOTH)
        self.measure.addItem(self.tr("Number of items"), Measure.ITEMS)
        self.measure.addItem(self.tr("Value"), Measure.VALUE)
        self.currency = QLineEdit("EUR", panel)
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA")
        self.civilian = QCheckBox(self.tr("Include small arms for &civilian end users"), panel)
        self.civilian.setChecked(True)
        self.national = QCheckBox(self.tr("Add voluntary &national categories"), panel)
        self.public = QCheckBox(self.tr("The report may be made &public"), panel)
        self.state = QLineEdit(panel)
        self.state.setMaxLength(2)
        self.state.setPlaceholderText(self.tr("From the settings, e.g. SE"))
        self.contact_name = QLineEdit(panel)
        self.contact_position = QLineEdit(panel)
        self.contact_org = QLineEdit(panel)
        self.contact_address = QLineEdit(panel)
        self.contact_phone = QLineEdit(panel)
        self.contact_email = QLineEdit(panel)
        self.chart_years = QSpinBox(panel)
        self.chart_years.setRange(2, 15)
        self.chart_years.setValue(5)
        self.charts_annex = QCheckBox(self.tr("Add the charts annex to the PDF"), panel)
        labels = (
            (self.tr("Report &year:"), self.year),
            (self.tr("&Exports:"), self.exports_basis),
            (self.tr("&Imports:"), self.imports_basis),
            (self.tr("&Figures:"), self.measure),
            (self.tr("Report c&urrency:"), self.currency),
            (self.tr("Reporting &State:"), self.state),
            (self.tr("Contact &name:"), self.contact_name),
            (self.tr("Position:"), self.contact_position),
            (self.tr("Contact &organisation:"), self.contact_org),
            (self.tr("Address:"), self.contact_address),
            (self.tr("Telephone:"), self.contact_phone),
            (self.tr("Contact e-&mail:"), self.contact_email),
            (self.tr("Chart &years:"), self.chart_years),
        )
        for text, widget in labels:
            label = QLabel(text, panel)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for box in (self.civilian, self.national, self.public, self.charts_annex):
            form.addRow(box)

        rates_box = QGroupBox(self.tr("Exchange rates into the report currency"), panel)
        self.rates = QTableWidget(0, 3, rates_box)
        self.rates.setObjectName("exchangeRates")
        self.rates.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Rate (1 unit =)"), self.tr("Source")]
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
        self.rate_value.setPlaceholderText(self.tr("e.g. 0.92"))
        self.rate_source = QLineEdit(rates_box)
        self.rate_source.setPlaceholderText(self.tr("e.g. Central bank annual average"))
        self.save_rate_button = QPushButton(self.tr("Save &rate"), rates_box)
        self.save_rate_button.setAutoDefault(False)
        self.save_rate_button.clicked.connect(self.save_rate)
        self.rate_source.returnPressed.connect(self.save_rate)
        self.rates_hint = QLabel(
            self.tr(
                "Values in other currencies are added to no total until their rate for the "
                "year is recorded."
            ),
            rates_box,
        )
        self.rates_hint.setWordWrap(True)
        rate_form = QFormLayout()
        for text, widget in (
            (self.tr("Curre&ncy:"), self.rate_currency),
            (self.tr("R&ate:"), self.rate_value),
            (self.tr("Source:"), self.rate_source),
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

        column = QVBoxLayout(panel)
        column.addLayout(form)
        column.addWidget(rates_box)
        column.addWidget(self._build_definitions(panel))
        column.addStretch(1)
        self._options_panel = panel

        for signal in (
            self.year.valueChanged,
            self.exports_basis.currentIndexChanged,
            self.imports_basis.currentIndexChanged,
            self.measure.currentIndexChanged,
            self.chart_years.valueChanged,
        ):
            signal.connect(self._options_changed)
        for edit in (
            self.currency,
            self.state,
            self.contact_name,
            self.contact_position,
            self.contact_org,
            self.contact_address,
            self.contact_phone,
            self.contact_email,
        ):
            edit.textChanged.connect(self._options_changed)
        for box in (self.civilian, self.national, self.public):
            box.toggled.connect(self._options_changed)
        self.year.valueChanged.connect(self._reload_rates)
        self.currency.editingFinished.connect(self._reload_rates)

        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("deadline")

    def _build_definitions(self, panel: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Annex 2: national definitions of categories"), panel)
        self.definition_category = QComboBox(box)
        for category in self._catalogue.all():
            self.definition_category.addItem(
                self._catalogue.label(category.code, self._language), category.code
            )
        self.definition_category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.definition_category.setMinimumContentsLength(18)
        self.definition_text = QLineEdit(box)
        self.definition_text.setPlaceholderText(
            self.tr("How your national definition is wider than the UN Register's")
        )
        self.definition_text.returnPressed.connect(self.add_definition)
        self.add_definition_button = QPushButton(self.tr("Add definition"), box)
        self.add_definition_button.setAutoDefault(False)
        self.add_definition_button.clicked.connect(self.add_definition)
        self.definitions = QListWidget(box)
        self.definitions.setObjectName("nationalDefinitions")
        self.definitions.setWordWrap(True)
        self.definitions.setMaximumHeight(110)
        self.remove_definition_button = QPushButton(self.tr("Remove definition"), box)
        self.remove_definition_button.setAutoDefault(False)
        self.remove_definition_button.clicked.connect(self.remove_definition)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Cate&gory:"), self.definition_category),
            (self.tr("Defini&tion:"), self.definition_text),
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_definition_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_definition_button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.definitions)
        return box

    def _show_definitions(self) -> None:
        self.definitions.clear()
        for d in self._definitions:
            self.definitions.addItem(f"{d.category}: {d.definition}")
        self._update_state()

    def add_definition(self) -> None:
        text = self.definition_text.text().strip()
        if not text:
            self.definition_text.setFocus()
            return
        code = str(self.definition_category.currentData())
        self._definitions = [d for d in self._definitions if d.category != code]
        self._definitions.append(NationalDefinition(code, text))
        order = {c.code: c.order for c in self._catalogue.all()}
        self._definitions.sort(key=lambda d: order.get(d.category, 0))
        self.definition_text.clear()
        self._show_definitions()

    def remove_definition(self) -> None:
        row = self.definitions.currentRow()
        if 0 <= row < len(self._definitions):
            del self._definitions[row]
            self._show_definitions()

    def _load_defaults(self) -> None:
        defaults = get_report_defaults(self._db)
        contact = defaults.contact
        for edit, text in (
            (self.contact_name, contact.name),
            (self.contact_position, contact.position),
            (self.contact_org, contact.organisation),
            (self.contact_address, contact.address),
            (self.contact_phone, contact.telephone),
            (self.contact_email, contact.email),
            (self.currency, defaults.report_currency),
        ):
            edit.setText(text)
        self._definitions = list(defaults.national_definitions)
        self._show_definitions()

    def _save_defaults(self, options: ReportOptions) -> None:
        try:
            save_report_defaults(
                self._db,
                ReportDefaults(
                    options.contact, options.report_currency, tuple(options.national_definitions)
                ),
                actor=self._actor(),
            )
        except ServiceError as exc:
            self._prompter.error(
                self,
                self.tr("Annual report"),
                self.tr(
                    "The file was written, but the contact point and definitions were not kept "
                    "for next time: %1"
                ).replace("%1", str(exc)),
            )

    def _build_preview(self) -> None:
        self.tabs = QTabWidget(self)
        self.exports_page = TablePage(self._catalogue, self._language, self.tabs)
        self.imports_page = TablePage(self._catalogue, self._language, self.tabs)
        findings = QWidget(self.tabs)
        self.findings = QListWidget(findings)
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)
        self.findings.setAlternatingRowColors(True)
        self.findings.itemActivated.connect(self._finding_activated)
        self.findings.currentRowChanged.connect(lambda _row: self._update_state())
        self.open_record_button = QPushButton(self.tr("&Open the record to fix"), findings)
        self.open_record_button.setAutoDefault(False)
        self.open_record_button.clicked.connect(self.open_selected_finding)
        self.findings_summary = QLabel(findings)
        self.findings_summary.setWordWrap(True)
        flay = QVBoxLayout(findings)
        flay.addWidget(self.findings_summary)
        flay.addWidget(self.findings, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_record_button)
        flay.addLayout(row)
        charts = QWidget(self.tabs)
        self.category_chart = StackedBarChart(self.tr("Exported items per year, by category"))
        self.region_chart = StackedBarChart(self.tr("Exported items per year, by region"))
        clay = QVBoxLayout(charts)
        clay.addWidget(self.category_chart, 1)
        clay.addWidget(self.region_chart, 1)
        self.tabs.addTab(self.exports_page, self.tr("E&xports table"))
        self.tabs.addTab(self.imports_page, self.tr("I&mports table"))
        self.tabs.addTab(findings, self.tr("Fin&dings"))
        self.tabs.addTab(charts, self.tr("C&harts"))

    def _build_buttons(self) -> None:
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.build_preview)
        self.draft = QCheckBox(self.tr("Allow a dra&ft despite errors"), self)
        self.draft.toggled.connect(lambda _on: self._update_state())
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in (
            ("pdf", self.tr("Export &PDF…")),
            ("xlsx", self.tr("Export &XLSX…")),
            ("csv", self.tr("Export &CSV…")),
            ("json", self.tr("Export &JSON…")),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        #: Stops a preview being built (shown only meanwhile; files are written to the end).
        self.cancel_button = QPushButton(self.tr("Cancel the preview"), self)
        self.cancel_button.setObjectName("cancelPreview")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.draft)
        for button in self.export_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.close_button)
        self._buttons = buttons
        QShortcut(QKeySequence("Ctrl+Return"), self, self.build_preview)

    # ------------------------------------------------------------------ options

    def options(self) -> ReportOptions:
        """The choices on screen as report options."""
        return ReportOptions(
            year=self.year.value(),
            exports_basis=Basis(self.exports_basis.currentData()),
            imports_basis=Basis(self.imports_basis.currentData()),
            measure=Measure(self.measure.currentData()),
            report_currency=self.currency.text().strip().upper() or "EUR",
            include_civilian_small_arms=self.civilian.isChecked(),
            include_national_categories=self.national.isChecked(),
            may_be_made_public=self.public.isChecked(),
            reporting_state=self.state.text().strip().upper(),
            national_definitions=tuple(self._definitions),
            contact=ContactPoint(
                name=self.contact_name.text().strip(),
                position=self.contact_position.text().strip(),
                organisation=self.contact_org.text().strip(),
                address=self.contact_address.text().strip(),
                telephone=self.contact_phone.text().strip(),
                email=self.contact_email.text().strip(),
            ),
            chart_years=self.chart_years.value(),
        )

    def _options_changed(self) -> None:
        self._update_state()

    def preview_is_current(self) -> bool:
        return self.report is not None and self._previewed_options == self.options()

    def busy(self) -> bool:
        """A preview is being built or a file written (on a worker thread)."""
        return self._op is not None

    def _update_state(self) -> None:
        current = self.preview_is_current()
        allowed = (
            current
            and not self.busy()
            and (self.report is not None and (not self.report.has_errors or self.draft.isChecked()))
        )
        for button in self.export_buttons.values():
            button.setEnabled(allowed)
        self.draft.setEnabled(current and self.report is not None and self.report.has_errors)
        item = self.findings.currentItem()
        self.open_record_button.setEnabled(item is not None)
        if self.report is not None and not current:
            self.status_label.setText(
                self.tr("The choices changed since the preview: press Preview again to export.")
            )
        due = due_date(self.year.value())
        days = (due - self._today).days
        if days >= 0:
            text = self.tr("Due to the ATT Secretariat by %1: %n day(s) left.", "", days)
        else:
            text = self.tr("Due to the ATT Secretariat by %1: %n day(s) overdue.", "", -days)
        self.deadline_label.setText(text.replace("%1", due.isoformat()))

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
        for column, text in enumerate((code, rate or self.tr("(none)"), source)):
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
                self.tr("Exchange rates"),
                self.tr("'%1' is not a number; write the rate like 0.92").replace("%1", text),
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
                self, self.tr("Exchange rates"), "\n".join(e.message for e in exc.errors)
            )
            return False
        except ServiceError as exc:
            self._prompter.error(self, self.tr("Exchange rates"), str(exc))
            return False
        self._reload_rates()
        self.status_label.setText(
            self.tr("Saved: 1 %1 = %2 %3 for %4. Preview again to use it.")
            .replace("%1", view.currency)
            .replace("%2", format(view.rate, "f"))
            .replace("%3", view.report_currency)
            .replace("%4", str(view.year))
        )
        self._update_state()
        return True

    # ------------------------------------------------------------------ preview

    def _busy_buttons(self) -> list[QWidget]:
        return [self.preview_button, self.draft, *self.export_buttons.values()]

    def _op_ended(self) -> None:
        self._op = None
        self._update_state()

    def build_preview(self) -> Op | None:
        """Build the preview on a worker thread; ``previewed`` is emitted when it is shown.

        None if a preview or an export is already under way (the second press is refused).
        """
        if self.busy():
            return None
        options = self.options()
        db, collect, today, actor = self._db, self._collect, self._today, self._actor()

        def work(progress: Progress) -> AnnualReport:
            progress.check()
            return collect(db, options, today=today, actor=actor)

        op = run_op(
            self,
            work,
            lambda report: self._show_preview(report, options),
            title=self.tr("Annual report"),
            prompter=self._prompter,
            label=self.tr("Reading the records of %1…").replace("%1", str(options.year)),
            key="report",
            triggers=self._busy_buttons(),
            view=BarProgress(self.progress, self.status_label, self.cancel_button),
            cancellable=True,
            on_failure=self._preview_failed,
            on_cancelled=lambda: self.status_label.setText(self.tr("The preview was cancelled.")),
        )
        if op is not None:
            self._op = op
            op.finished.connect(self._op_ended)
            self._update_state()
        return op

    def _preview_failed(self, exc: BaseException) -> None:
        self.status_label.setText("")
        self._prompter.error(self, self.tr("Annual report"), str(exc))

    def _show_preview(self, report: AnnualReport, options: ReportOptions) -> None:
        self.status_label.setText(self.tr("Laying out the tables…"))
        self.report = report
        self._previewed_options = options
        self.exports_page.show_table(report.exports, options.year)
        self.imports_page.show_table(report.imports, options.year)
        self._show_findings(report)
        self._show_charts(report)
        errors = len(report.errors)
        withheld = (
            self.tr(" Information withheld: the title page declares it.")
            if report.title_page.information_withheld
            else ""
        )
        if errors:
            self.status_label.setText(
                self.tr("Preview ready: %n error(s) to fix before export.", "", errors) + withheld
            )
        else:
            self.status_label.setText(self.tr("Preview ready: no errors.") + withheld)
        self._op = None
        self._update_state()
        self.previewed.emit()

    def _show_findings(self, report: AnnualReport) -> None:
        self.findings.clear()
        names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        for i, finding in enumerate(report.findings):
            item = QListWidgetItem(f"{names[finding.severity]}: {finding.message}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            if finding.severity is Severity.ERROR:
                item.setForeground(QColor("#a40000"))
            self.findings.addItem(item)
        errors = len(report.errors)
        warnings = sum(1 for f in report.findings if f.severity is Severity.WARNING)
        self.findings_summary.setText(
            self.tr("%n error(s)", "", errors)
            + ", "
            + self.tr("%n warning(s)", "", warnings)
            + ". "
            + self.tr("Double-click a finding (or press Enter) to open the record to fix.")
        )
        label = self.tr("Fin&dings (%1)").replace("%1", str(len(report.findings)))
        self.tabs.setTabText(2, label)

    def _show_charts(self, report: AnnualReport) -> None:
        charts = report.charts
        empty = self.tr("Nothing exported in these years.")
        if charts is None:
            self.category_chart.set_data((), {}, empty_text=empty)
            self.region_chart.set_data((), {}, empty_text=empty)
            return
        labels = {c: category_label(c, self._catalogue, self._language) for c in charts.by_category}
        self.category_chart.set_data(charts.years, charts.by_category, labels, empty)
        self.region_chart.set_data(charts.years, charts.by_region, empty_text=empty)

    # ------------------------------------------------------------------ findings

    def finding_at(self, row: int) -> Finding | None:
        item = self.findings.item(row)
        if item is None or self.report is None:
            return None
        return self.report.findings[int(item.data(Qt.ItemDataRole.UserRole))]

    def _finding_activated(self, item: QListWidgetItem) -> None:
        self.open_finding(self.findings.row(item))

    def open_selected_finding(self) -> None:
        self.open_finding(self.findings.currentRow())

    def open_finding(self, row: int) -> None:
        """Go to what the finding points at: the case, or the missing exchange rate."""
        finding = self.finding_at(row)
        if finding is None:
            return
        link = finding.link
        if link.kind == "exchange_rate":
            self.select_rate(link.currency)
            self.status_label.setText(
                self.tr("Enter the %1 rate into %2 for %3, then save it and preview again.")
                .replace("%1", link.currency)
                .replace("%2", link.report_currency)
                .replace("%3", str(link.year))
            )
            return
        if link.kind == "reporting_state":
            self.state.setFocus()
            self.state.selectAll()
            return
        target = link.application_id
        if target is None and finding.related:
            target = finding.related[0].application_id
        if target is not None:
            self.recordRequested.emit(target)

    # ------------------------------------------------------------------ export

    def export(self, fmt: str) -> Op | None:
        """Write the previewed report as ``fmt`` to a path the person chooses.

        The file is written on a worker thread; ``exported`` is emitted with its path.
        """
        if self.busy():
            return None
        if not self.preview_is_current() or self.report is None:
            self._prompter.error(
                self, self.tr("Annual report"), self.tr("Preview the report before exporting it.")
            )
            return None
        report = self.report
        if report.has_errors and not self.draft.isChecked():
            self._prompter.error(
                self,
                self.tr("Annual report"),
                self.tr(
                    "The report has errors (see Findings). Fix them, or tick “Allow a draft "
                    "despite errors” to write a draft."
                ),
            )
            return None
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV (*.csv)"),
            "json": self.tr("JSON (*.json)"),
        }
        state = report.title_page.reporting_state or "XX"
        suggested = f"ATT-annual-report-{report.title_page.year}-{state}.{fmt}"
        chosen = self._save_path(self, self.tr("Export the annual report"), suggested, filters[fmt])
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        printable = report if self.charts_annex.isChecked() else replace(report, charts=None)
        language = self._language

        def work(_progress: Progress) -> Path:
            if fmt == "pdf":
                from att_desktop.formats.pdf_annual_report import write_annual_report_pdf

                write_annual_report_pdf(printable, out, language=language)
            else:
                from att_desktop.formats.report_writers import write_report

                write_report(report, out, fmt)
            return out

        def failed(exc: BaseException) -> None:
            self.status_label.setText("")
            if isinstance(exc, OSError):
                text = self.tr("Could not write %1: %2").replace("%1", str(out))
                text = text.replace("%2", str(exc))
            else:  # a writer's own failure (reportlab, openpyxl): say what failed
                log.exception(
                    "Writing the annual report as %s to %s failed", fmt, out, exc_info=exc
                )
                text = (
                    self.tr("The %1 file could not be written: %2\nThe details are in the log.")
                    .replace("%1", fmt.upper())
                    .replace("%2", f"{type(exc).__name__}: {exc}")
                )
            self._prompter.error(self, self.tr("Annual report"), text)

        op = run_op(
            self,
            work,
            self._written,
            title=self.tr("Annual report"),
            prompter=self._prompter,
            label=self.tr("Writing %1…").replace("%1", out.name),
            key="report",
            triggers=self._busy_buttons(),
            view=BarProgress(self.progress, self.status_label),
            expected=(Exception,),
            on_failure=failed,
        )
        if op is not None:
            self._op = op
            op.finished.connect(self._op_ended)
            self._update_state()
        return op

    def _written(self, out: Path) -> None:
        self._op = None
        self._update_state()
        self.status_label.setText(self.tr("Written: %1").replace("%1", str(out)))
        if self._previewed_options is not None:
            self._save_defaults(self._previewed_options)
        self.exported.emit(str(out))


def open_report_builder(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
    language: str = "en",
    open_record: Callable[[int], Any] | None = None,
    save_path: SavePath = ask_save_path,
) -> ReportBuilderDialog:
    """Show the report builder (non-modal); ``open_record(case_id)`` opens a finding's case.

    ``actor`` is asked at each service call (``MainWindow.actor``): who is signed in then.
    """
    dialog = ReportBuilderDialog(
        db, actor=actor, prompter=prompter, save_path=save_path, language=language, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if open_record is not None:
        dialog.recordRequested.connect(open_record)
    dialog.show()
    return dialog
