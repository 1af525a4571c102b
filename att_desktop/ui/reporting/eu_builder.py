"""The EU annual report's builder (Common Position 2008/944/CFSP, Art. 8): year and currency,
a preview of the exports and brokering tables, the findings (each opens the record to fix),
export as PDF, XLSX, CSV or JSON; and the authority's choice of denial criteria set.

The figures come from ``services.eu_report.collect_eu_report``; this window only shows them.
The preview and the files are made on a worker thread (``ReportBuilderBase``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.reporting import Severity
from att_desktop.domain.reporting.eu import EuReport, EuRow, EuSection
from att_desktop.formats.eu_report import write_eu_report
from att_desktop.formats.report_labels import state_name
from att_desktop.services import criteria_sets
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.eu_report import collect_eu_report
from att_desktop.ui.i18n import format_quantity
from att_desktop.ui.messages import error_text
from att_desktop.ui.ops import Op
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.reporting.builder_base import ReportBuilderBase
from att_desktop.ui.reporting.report_export import SavePath, ask_save_path
from att_desktop.ui.reporting.report_options import language_combo

_FORMATS = ("pdf", "xlsx", "csv", "json")


class EuReportDialog(ReportBuilderBase):
    """Options, preview and export of the EU annual report."""

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        language: str = "en",
        save_path: SavePath = ask_save_path,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompter, parent)
        self.setObjectName("euReportBuilder")
        self.setWindowTitle(self.tr("EU annual report on arms exports"))
        self._db, self._actor, self._language, self._save_path = db, actor, language, save_path
        self.report: EuReport | None = None
        self.year = QSpinBox(self)
        self.year.setObjectName("euYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year - 1)
        self.currency = QLineEdit("EUR", self)
        self.currency.setObjectName("euCurrency")
        self.currency.setMaxLength(3)
        self.criteria = QComboBox(self)
        self.criteria.setObjectName("euCriteriaSet")
        self.load_button = QPushButton(self.tr("&Load a criteria set from a file…"), self)
        self.load_button.clicked.connect(self.load_criteria_file)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setObjectName("euPreview")
        self.preview_button.clicked.connect(self.build_preview)
        form = QFormLayout()
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Currency"), self.currency)
        criteria_row = QHBoxLayout()
        criteria_row.addWidget(self.criteria, 1)
        criteria_row.addWidget(self.load_button)
        form.addRow(self.tr("Denial criteria set"), criteria_row)
        self.report_language = language_combo(self)
        self.report_language.setObjectName("euReportLanguage")
        index = self.report_language.findData(language)
        self.report_language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Report lan&guage"), self.report_language)
        self.tabs = QTabWidget(self)
        self.exports_table = self._table()
        self.brokering_table = self._table()
        self.findings = QListWidget(self)
        self.findings.setObjectName("euFindings")
        self.findings.itemDoubleClicked.connect(lambda *_: self.open_selected_finding())
        self.tabs.addTab(self.exports_table, self.tr("Exports"))
        self.tabs.addTab(self.brokering_table, self.tr("Brokering"))
        self.tabs.addTab(self.findings, self.tr("Findings"))
        self.open_record_button = QPushButton(self.tr("&Open the record to fix"), self)
        self.open_record_button.clicked.connect(self.open_selected_finding)
        self.status = self.status_label
        self.draft = QCheckBox(self.tr("Allow a &draft despite errors"), self)
        self.draft.toggled.connect(lambda *_: self._update_state())
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.open_record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.draft)
        labels = {
            "pdf": self.tr("Export &PDF…"),
            "xlsx": self.tr("Export &XLSX…"),
            "csv": self.tr("Export &CSV…"),
            "json": self.tr("Export &JSON…"),
        }
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in _FORMATS:
            button = QPushButton(labels[fmt], self)
            button.setObjectName(f"euExport_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.progress_row())
        layout.addLayout(buttons)
        self.resize(1000, 640)
        self._fill_criteria()
        self.criteria.currentIndexChanged.connect(self._criteria_chosen)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 7, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Destination"),
                self.tr("ML category"),
                self.tr("Licences issued"),
                self.tr("Value of licences"),
                self.tr("Actual exports"),
                self.tr("Denials"),
                self.tr("Criteria cited (times)"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    # ------------------------------------------------------------------ criteria sets

    def _fill_criteria(self) -> None:
        self.criteria.blockSignals(True)
        self.criteria.clear()
        self.criteria.addItem(self.tr("(none: denials cite only the treaty's grounds)"), "")
        for s in criteria_sets.list_criteria_sets(self._db):
            self.criteria.addItem(s.title_in(self._language), s.set_id)
        active = criteria_sets.active_criteria_set(self._db)
        index = self.criteria.findData(active.set_id if active is not None else "")
        self.criteria.setCurrentIndex(max(index, 0))
        self.criteria.blockSignals(False)

    def _criteria_chosen(self, _index: int) -> None:
        try:
            criteria_sets.set_active_criteria_set(
                self._db, str(self.criteria.currentData() or ""), actor=self._actor()
            )
        except ServiceError as exc:
            self.status.setText(error_text(exc))
            self._fill_criteria()

    def load_criteria_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Load a denial criteria set"), "", self.tr("JSON files (*.json)")
            )
        if not path:
            return
        try:
            loaded = criteria_sets.load_criteria_set(self._db, Path(path), actor=self._actor())
        except ServiceError as exc:
            self.status.setText(error_text(exc))
            return
        self._fill_criteria()
        self.status.setText(self.tr("Criteria set %1 loaded.").replace("%1", loaded.set_id))

    # ------------------------------------------------------------------ preview

    def build_preview(self) -> Op | None:
        """Collect the year on a worker thread; ``previewed`` once shown. None if the currency
        is not a code or work is already under way."""
        currency = self.currency.text().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            self._prompter.error(
                self,
                self.windowTitle(),
                self.tr("Give the report currency as a 3-letter ISO 4217 code."),
            )
            return None
        db, year, actor = self._db, int(self.year.value()), self._actor()
        return self._start_preview(
            lambda: collect_eu_report(db, year, currency=currency, actor=actor),
            self.show_report,
            period=str(year),
        )

    def show_report(self, report: EuReport) -> None:
        self.report = report
        self._fill(self.exports_table, report.exports)
        self._fill(self.brokering_table, report.brokering)
        self.findings.clear()
        names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        for finding in report.findings:
            item = QListWidgetItem(f"{names[finding.severity]}: {finding.text(self._language)}")
            item.setData(Qt.ItemDataRole.UserRole, finding.link.application_id)
            self.findings.addItem(item)
        errors = len(report.errors)
        self.status.setText(
            self.tr("%n error(s) to fix before export.", "", errors)
            if errors
            else self.tr("Ready to export.")
        )
        self.previewed.emit()

    def _busy_buttons(self) -> list[QWidget]:
        return [self.preview_button, self.draft, self.load_button, *self.export_buttons.values()]

    def _update_state(self) -> None:
        """Export is offered once previewed and idle; with errors only as a draft (the PDF
        says so)."""
        report, idle = self.report, not self.busy()
        allowed = report is not None and (not report.has_errors or self.draft.isChecked())
        for button in self.export_buttons.values():
            button.setEnabled(bool(allowed and idle))
        self.preview_button.setEnabled(idle)
        self.load_button.setEnabled(idle)

    def _fill(self, table: QTableWidget, section: EuSection) -> None:
        rows: list[tuple[EuRow, bool]] = [(r, False) for r in section.rows]
        rows.append((section.total, True))
        table.setRowCount(len(rows))
        for i, (row, total) in enumerate(rows):
            values: list[Any] = [
                self.tr("Total") if total else state_name(row.destination, self._language),
                "" if total else (row.category or self.tr("not rated")),
                row.licences,
                format_quantity(row.licence_value),
                format_quantity(row.actual_value),
                row.denials,
                ", ".join(f"{c} ({n})" for c, n in row.criteria.items()),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column in (2, 3, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(i, column, item)

    def open_selected_finding(self) -> None:
        item = self.findings.currentItem()
        case_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if case_id is not None:
            self.recordRequested.emit(int(case_id))

    # ------------------------------------------------------------------ export

    def export(self, fmt: str) -> Op | None:
        """Write the previewed report as ``fmt`` where the person chooses, on a worker thread
        (``exported`` once the file is complete)."""
        report = self.report
        if report is None or self.busy():
            return None
        path = self._save_path(
            self,
            self.tr("Export the EU report"),
            f"eu-report-{report.year}.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        if not path:
            return None
        out, language = Path(path), str(self.report_language.currentData() or "en")
        return self._start_export(
            lambda: write_eu_report(report, out, fmt, language=language), out, fmt
        )


def open_eu_report(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    language: str = "en",
    open_record: Callable[[int], Any] | None = None,
    save_path: SavePath = ask_save_path,
    prompter: Prompter | None = None,
) -> EuReportDialog:
    """Show the EU report builder (non-modal)."""
    dialog = EuReportDialog(
        db, actor=actor, language=language, save_path=save_path, prompter=prompter, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if open_record is not None:
        dialog.recordRequested.connect(open_record)
    dialog.show()
    return dialog
