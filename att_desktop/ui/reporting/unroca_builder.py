"""The UN Register report builder: choose the year, preview the four tables, fix, export.

Everything shown comes from ``services.unroca.collect_unroca`` (the ATT report's records
and category aggregation on actual shipments); the window adds nothing up. The background
information (military holdings, procurement through national production) is entered in
``UnrocaBackgroundDialog`` and kept with the year. A file is written only from a preview of
the year chosen, so what the focal point looked at is what goes out. The preview is collected
and the files are written on a worker thread (``ReportBuilderBase``): a year of a large
register takes a while, and the window must keep answering meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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

from att_desktop.config import DOCUMENT_LANGUAGES
from att_desktop.db.engine import Database
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.calendar import default_report_year
from att_desktop.domain.reporting.model import Finding, Severity
from att_desktop.domain.reporting.unroca import (
    BackgroundEntry,
    BackgroundKind,
    UnrocaReport,
    UnrocaTable,
    background_categories,
)
from att_desktop.formats.report_labels import category_label, state_name
from att_desktop.services import unroca
from att_desktop.services.dto import Actor
from att_desktop.services.unroca import list_background, set_background
from att_desktop.ui.messages import error_text
from att_desktop.ui.ops import Op, run_op
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.reporting.builder_base import ReportBuilderBase
from att_desktop.ui.reporting.report_export import SavePath, ask_save_path, with_extension

__all__ = ["UnrocaBackgroundDialog", "UnrocaBuilderDialog", "open_unroca_builder"]


def _items(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


class UnrocaBackgroundDialog(QDialog):
    """Military holdings and procurement through national production, per category I-VII,
    for one year: one row per kind and category, empty rows are not reported."""

    saved = Signal()

    def __init__(
        self,
        db: Database,
        year: int,
        *,
        actor: Callable[[], Actor],
        prompter: Prompter | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unrocaBackground")
        self.setWindowTitle(self.tr("Background information %1").replace("%1", str(year)))
        self._db, self.year, self._actor = db, year, actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        catalogue = load_categories()
        kinds = {
            BackgroundKind.HOLDINGS: self.tr("Military holdings"),
            BackgroundKind.PRODUCTION: self.tr("Procurement through national production"),
        }
        self.table = QTableWidget(self)
        self.table.setObjectName("background")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Information"),
                self.tr("Category"),
                self.tr("Number of items"),
                self.tr("Description of item"),
                self.tr("Remarks"),
            ]
        )
        #: (kind, category) of each row, and its three fields.
        self.keys: list[tuple[BackgroundKind, str]] = []
        self.fields: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for kind, kind_name in kinds.items():
            for category in background_categories(catalogue):
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(kind_name))
                self.table.setItem(
                    row, 1, QTableWidgetItem(category_label(category.code, catalogue, language))
                )
                edits = (QLineEdit(self.table), QLineEdit(self.table), QLineEdit(self.table))
                for column, edit in enumerate(edits, start=2):
                    self.table.setCellWidget(row, column, edit)
                self.keys.append((kind, category.code))
                self.fields.append(edits)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, 240)
        self.table.setColumnWidth(4, 200)
        note = QLabel(
            self.tr(
                "Optional background information for the UN Register, entered by hand: it is "
                "not in the licence register. Leave a row empty to report nothing for it."
            ),
            self,
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveBackground")
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1120, 620)
        self._load()

    def _load(self) -> None:
        try:
            entries = list_background(self._db, self.year, actor=self._actor())
        except Exception as exc:  # a refusal or a closed database: say so, keep the form empty
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return
        known = {(e.kind, e.category): e for e in entries}
        for key, (number, description, remarks) in zip(self.keys, self.fields, strict=True):
            entry = known.get(key)
            if entry is not None:
                number.setText(_items(entry.number_of_items))
                description.setText(entry.description)
                remarks.setText(entry.remarks)

    def row_of(self, kind: BackgroundKind, category: str) -> int:
        return self.keys.index((kind, category))

    def entries(self) -> list[BackgroundEntry] | None:
        """What the form says; None (after saying why) if a number is not a number."""
        out: list[BackgroundEntry] = []
        for (kind, category), (number, description, remarks) in zip(
            self.keys, self.fields, strict=True
        ):
            text = number.text().strip().replace(" ", "")
            try:
                items = Decimal(text) if text else None
            except InvalidOperation:
                self._prompter.error(
                    self,
                    self.windowTitle(),
                    self.tr("'%1' is not a number of items.").replace("%1", number.text()),
                )
                number.setFocus()
                return None
            out.append(BackgroundEntry(kind, category, items, description.text(), remarks.text()))
        return out

    def save(self) -> Op | None:
        """Keep the form's entries for the year, on a worker thread (a database held by
        another program must not freeze the window); ``saved`` once they are kept."""
        entries = self.entries()
        if entries is None:
            return None
        db, year, actor = self._db, self.year, self._actor()

        def kept(_result: object) -> None:
            self.saved.emit()
            self.accept()

        return run_op(
            self,
            lambda _progress: set_background(db, year, entries, actor=actor),
            kept,
            title=self.windowTitle(),
            prompter=self._prompter,
            key="background",
            triggers=[self.save_button],
            expected=(Exception,),
            on_failure=lambda exc: self._prompter.error(self, self.windowTitle(), error_text(exc)),
        )


class UnrocaBuilderDialog(ReportBuilderBase):
    """Year and language → Preview (four tables, background, findings) → Export."""

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
    ) -> None:
        super().__init__(prompter, parent)
        self.setObjectName("unrocaBuilder")
        self.setWindowTitle(self.tr("UN Register of Conventional Arms report"))
        self._db, self._actor, self._save_path = db, actor, save_path
        self._language = language
        self._today = today or date.today()
        self._catalogue = load_categories()
        self.report: UnrocaReport | None = None
        self.background_dialog: UnrocaBackgroundDialog | None = None

        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(1990, 2100)
        self.year.setValue(default_report_year(self._today))
        self.year.valueChanged.connect(lambda _v: self._update_state())
        self.report_language = QComboBox(self)
        self.report_language.setObjectName("reportLanguage")
        for code, native in DOCUMENT_LANGUAGES.items():
            self.report_language.addItem(native, code)
        # The Secretariat's usual language first; any of the six may be chosen.
        self.report_language.setCurrentIndex(max(0, self.report_language.findData("en")))
        form = QFormLayout()
        year_label = QLabel(self.tr("Calendar &year:"), self)
        year_label.setBuddy(self.year)
        language_label = QLabel(self.tr("Report &language:"), self)
        language_label.setBuddy(self.report_language)
        form.addRow(year_label, self.year)
        form.addRow(language_label, self.report_language)
        basis = QLabel(
            self.tr(
                "The Register counts actual transfers: the shipments recorded in the calendar "
                "year (not the licences issued), in numbers of items, without values."
            ),
            self,
        )
        basis.setWordWrap(True)
        self._build_tabs()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(basis)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.progress_row())
        layout.addWidget(self.status_label)
        layout.addLayout(self._buttons)
        self.resize(1100, 700)
        self._update_state()

    # ------------------------------------------------------------------ building

    def _table(self) -> QTableWidget:
        table = QTableWidget(self.tabs)
        table.setColumnCount(7)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("State"),
                self.tr("Number of items"),
                self.tr("State of origin (if not exporter)"),
                self.tr("Intermediate location (if any)"),
                self.tr("Description of item"),
                self.tr("Comments on the transfer"),
            ]
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tables = {
            "exports": self._table(),
            "imports": self._table(),
            "salw_exports": self._table(),
            "salw_imports": self._table(),
        }
        self.tabs.addTab(self.tables["exports"], self.tr("E&xports I-VII"))
        self.tabs.addTab(self.tables["imports"], self.tr("I&mports I-VII"))
        self.tabs.addTab(self.tables["salw_exports"], self.tr("SALW exports"))
        self.tabs.addTab(self.tables["salw_imports"], self.tr("SALW imports"))
        background = QWidget(self.tabs)
        self.background = QTableWidget(background)
        self.background.setObjectName("backgroundPreview")
        self.background.setColumnCount(5)
        self.background.setHorizontalHeaderLabels(
            [
                self.tr("Information"),
                self.tr("Category"),
                self.tr("Number of items"),
                self.tr("Description of item"),
                self.tr("Remarks"),
            ]
        )
        self.background.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.background_button = QPushButton(self.tr("&Enter background information…"), background)
        self.background_button.setObjectName("editBackground")
        self.background_button.setAutoDefault(False)
        self.background_button.clicked.connect(self.open_background)
        blay = QVBoxLayout(background)
        blay.addWidget(self.background, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.background_button)
        blay.addLayout(row)
        self.tabs.addTab(background, self.tr("&Background information"))
        findings = QWidget(self.tabs)
        self.findings = QListWidget(findings)
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(lambda item: self.open_finding(self.findings.row(item)))
        self.open_record_button = QPushButton(self.tr("&Open the record to fix"), findings)
        self.open_record_button.setAutoDefault(False)
        self.open_record_button.clicked.connect(
            lambda: self.open_finding(self.findings.currentRow())
        )
        flay = QVBoxLayout(findings)
        flay.addWidget(self.findings, 1)
        frow = QHBoxLayout()
        frow.addStretch(1)
        frow.addWidget(self.open_record_button)
        flay.addLayout(frow)
        self.tabs.addTab(findings, self.tr("Fin&dings"))

    def _build_buttons(self) -> None:
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.setObjectName("preview")
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
            button.setObjectName(f"export_{fmt}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.draft)
        for button in self.export_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(close)
        self._buttons = buttons

    # ------------------------------------------------------------------ state

    def preview_is_current(self) -> bool:
        return self.report is not None and self.report.year == self.year.value()

    def _busy_buttons(self) -> list[QWidget]:
        # Background information saved meanwhile would not reach the preview under way.
        return [
            self.preview_button,
            self.draft,
            self.background_button,
            *self.export_buttons.values(),
        ]

    def _update_state(self) -> None:
        current = self.preview_is_current()
        report = self.report
        idle = not self.busy()
        allowed = (
            current
            and idle
            and report is not None
            and (not report.has_errors or self.draft.isChecked())
        )
        for button in self.export_buttons.values():
            button.setEnabled(bool(allowed))
        self.draft.setEnabled(bool(current and idle and report is not None and report.has_errors))
        if report is not None and not current and idle:
            self.status_label.setText(
                self.tr("The year changed since the preview: press Preview again to export.")
            )

    # ------------------------------------------------------------------ preview

    def build_preview(self) -> Op | None:
        """Collect the chosen year on a worker thread; ``previewed`` once it is shown. None if
        a preview or an export is already under way."""
        year = int(self.year.value())
        db, today, actor, collect = self._db, self._today, self._actor(), unroca.collect_unroca
        return self._start_preview(
            lambda: collect(db, year, today=today, actor=actor), self.show_report, period=str(year)
        )

    def show_report(self, report: UnrocaReport) -> None:
        self.report = report
        for table in report.tables:
            self._fill(self.tables[table.key], table)
        self._fill_background(report)
        self.findings.clear()
        names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        for i, finding in enumerate(report.findings):
            item = QListWidgetItem(f"{names[finding.severity]}: {finding.text(self._language)}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            if finding.severity is Severity.ERROR:
                item.setForeground(QColor("#a40000"))
            self.findings.addItem(item)
        errors = len(report.errors)
        if errors:
            self.status_label.setText(
                self.tr("Preview ready: %n error(s) to fix before export.", "", errors)
            )
        else:
            self.status_label.setText(self.tr("Preview ready: no errors."))
        self._update_state()
        self.previewed.emit()

    def _fill(self, widget: QTableWidget, table: UnrocaTable) -> None:
        widget.setRowCount(0)
        t = self._language
        if table.nil:
            widget.insertRow(0)
            widget.setItem(0, 0, QTableWidgetItem(self.tr("Nil: nothing to report.")))
            return
        for row in table.rows:
            n = widget.rowCount()
            widget.insertRow(n)
            values = [
                category_label(row.category, self._catalogue, t),
                state_name(row.counterpart, t),
                _items(row.number_of_items),
                ", ".join(state_name(c, t) for c in row.origins),
                ", ".join(state_name(c, t) for c in row.intermediate),
                "; ".join(row.descriptions),
                "; ".join(row.comments),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                widget.setItem(n, column, item)
        n = widget.rowCount()
        widget.insertRow(n)
        widget.setItem(n, 0, QTableWidgetItem(self.tr("Total")))
        total = QTableWidgetItem(_items(table.total_items))
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widget.setItem(n, 2, total)
        widget.resizeColumnsToContents()

    def _fill_background(self, report: UnrocaReport) -> None:
        kinds = {
            BackgroundKind.HOLDINGS: self.tr("Military holdings"),
            BackgroundKind.PRODUCTION: self.tr("Procurement through national production"),
        }
        self.background.setRowCount(0)
        for entry in report.background:
            n = self.background.rowCount()
            self.background.insertRow(n)
            values = [
                kinds[entry.kind],
                category_label(entry.category, self._catalogue, self._language),
                _items(entry.number_of_items),
                entry.description,
                entry.remarks,
            ]
            for column, value in enumerate(values):
                self.background.setItem(n, column, QTableWidgetItem(value))
        self.background.resizeColumnsToContents()

    # ------------------------------------------------------------------ background

    def open_background(self) -> UnrocaBackgroundDialog:
        """Enter the chosen year's background information; the preview is rebuilt on save."""
        dialog = UnrocaBackgroundDialog(
            self._db,
            int(self.year.value()),
            actor=self._actor,
            prompter=self._prompter,
            language=self._language,
            parent=self,
        )
        dialog.saved.connect(self.build_preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.background_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ findings

    def finding_at(self, row: int) -> Finding | None:
        item = self.findings.item(row)
        if item is None or self.report is None:
            return None
        return self.report.findings[int(item.data(Qt.ItemDataRole.UserRole))]

    def open_finding(self, row: int) -> None:
        """Open the case the finding points at (the first one, for a finding on a group)."""
        finding = self.finding_at(row)
        if finding is None:
            return
        target = finding.link.application_id
        if target is None and finding.related:
            target = finding.related[0].application_id
        if target is not None:
            self.recordRequested.emit(target)

    # ------------------------------------------------------------------ export

    def export(self, fmt: str) -> Op | None:
        """Write the previewed report as ``fmt`` where the person chooses, on a worker thread;
        ``exported`` is emitted with the path once it is written. None if nothing started."""
        if self.busy():
            return None
        report = self.report
        title = self.windowTitle()
        if report is None or not self.preview_is_current():
            self._prompter.error(self, title, self.tr("Preview the report before exporting it."))
            return None
        if report.has_errors and not self.draft.isChecked():
            self._prompter.error(
                self,
                title,
                self.tr(
                    "The report has errors (see Findings). Fix them, or tick “Allow a draft "
                    "despite errors” to write a draft."
                ),
            )
            return None
        state = report.reporting_state or "XX"
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV (*.csv)"),
            "json": self.tr("JSON (*.json)"),
        }
        chosen = self._save_path(
            self,
            self.tr("Export the UN Register report"),
            f"UN-Register-report-{report.year}-{state}.{fmt}",
            filters[fmt],
        )
        if not chosen:
            return None
        out = with_extension(chosen, fmt)
        language = str(self.report_language.currentData() or "en")
        from att_desktop.formats.unroca_writers import write_unroca

        return self._start_export(
            lambda: write_unroca(report, out, fmt, language=language), out, fmt
        )


def open_unroca_builder(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
    language: str = "en",
    open_record: Callable[[int], Any] | None = None,
    save_path: SavePath = ask_save_path,
) -> UnrocaBuilderDialog:
    """Show the builder (non-modal); ``open_record(case_id)`` opens a finding's case."""
    dialog = UnrocaBuilderDialog(
        db, actor=actor, prompter=prompter, save_path=save_path, language=language, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if open_record is not None:
        dialog.recordRequested.connect(open_record)
    dialog.show()
    return dialog
