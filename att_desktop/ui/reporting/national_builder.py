"""Builders for the national (parliamentary) report and the Wassenaar half-yearly report.

Both work like the annual report builder: choose, preview, check the findings (each opens the
record to fix), then write PDF/XLSX/CSV/JSON. Everything shown comes from
``services.national_report`` (plain data); the dialogs never add anything up, and a file is
written only from a preview that matches the current choices. The preview is collected and
the files are written on a worker thread (``ReportBuilderBase``): a period of a large register
takes a while, and the window must keep answering meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from att_desktop.db.engine import Database
from att_desktop.domain.reporting.model import Finding, Severity
from att_desktop.domain.reporting.pivot import Dimension, NationalReport
from att_desktop.domain.reporting.wassenaar import CATEGORIES, WassenaarReport
from att_desktop.formats.national_labels import dimension_label, key_labels, wa_category_label
from att_desktop.formats.national_report import write_national_report
from att_desktop.formats.pdf_labels import format_number
from att_desktop.formats.report_labels import state_name
from att_desktop.formats.wassenaar_report import write_wassenaar_report
from att_desktop.services import national_report
from att_desktop.services.dto import Actor
from att_desktop.ui.ops import Op
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.reporting.builder_base import ReportBuilderBase
from att_desktop.ui.reporting.report_export import (
    SavePath,
    ask_save_path,
    file_filter,
    with_extension,
)
from att_desktop.ui.reporting.report_options import language_combo

FORMATS = ("pdf", "xlsx", "csv", "json")


class _ReportDialog(ReportBuilderBase):
    """What both builders share: findings, preview state, export buttons, language."""

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        prompter: Prompter | None,
        save_path: SavePath,
        language: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(prompter, parent)
        self._db, self._actor = db, actor
        self._save_path = save_path
        self._language = language
        self.report: Any = None
        self._previewed: object = None
        self.form = QFormLayout()
        self.report_language = language_combo(self)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(language)))
        self.tabs = QTabWidget(self)
        self.table = QTableWidget(self.tabs)
        self.table.setObjectName("preview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.findings = QListWidget(self.tabs)
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(lambda item: self.open_finding(self.findings.row(item)))
        self.tabs.addTab(self.table, self.tr("&Table"))
        self.tabs.addTab(self.findings, self.tr("Fin&dings"))
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.build_preview)
        self.open_record_button = QPushButton(self.tr("&Open the record to fix"), self)
        self.open_record_button.setAutoDefault(False)
        self.open_record_button.clicked.connect(
            lambda: self.open_finding(self.findings.currentRow())
        )
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

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.progress_row())
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.open_record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.draft)
        for button in self.export_buttons.values():
            buttons.addWidget(button)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(1100, 700)
        self._update_state()

    # ------------------------------------------------------------------ to override

    def choices(self) -> object:
        raise NotImplementedError

    def _collector(self) -> Callable[[], Any]:
        """The service call for the current choices, to run on the worker thread: it takes
        plain data only (never a widget) and opens its own database session."""
        raise NotImplementedError

    def _period_text(self) -> str:
        """The period read, for the busy line ("Reading the records of …")."""
        raise NotImplementedError

    def _show_table(self, report: Any) -> None:
        raise NotImplementedError

    @staticmethod
    def _write(report: Any, out: Path, fmt: str, language: str) -> None:
        """Write ``report`` (on the worker thread: plain data only)."""
        raise NotImplementedError

    def _suggested_name(self, fmt: str) -> str:
        raise NotImplementedError

    def _nil_text(self) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------------ shared

    def preview_is_current(self) -> bool:
        return self.report is not None and self._previewed == self.choices()

    def _busy_buttons(self) -> list[QWidget]:
        return [self.preview_button, self.draft, *self.export_buttons.values()]

    def _update_state(self) -> None:
        current = self.preview_is_current()
        errors = current and bool(self.report.has_errors)
        allowed = current and not self.busy() and (not errors or self.draft.isChecked())
        for button in self.export_buttons.values():
            button.setEnabled(allowed)
        self.draft.setEnabled(errors and not self.busy())
        self.open_record_button.setEnabled(self.findings.count() > 0)
        if self.report is not None and not current and not self.busy():
            self.status_label.setText(
                self.tr("The choices changed since the preview: press Preview again to export.")
            )

    def build_preview(self) -> Op | None:
        """Collect the report on a worker thread; ``previewed`` once it is shown. None if
        work is already under way."""
        choices = self.choices()
        return self._start_preview(
            self._collector(),
            lambda report: self._show_preview(report, choices),
            period=self._period_text(),
        )

    def _show_preview(self, report: Any, choices: object) -> None:
        self.report, self._previewed = report, choices
        self._show_table(report)
        self._show_findings(report.findings)
        errors = len(report.errors)
        if errors:
            # Not a %n plural: PySide looks a plural up in the subclass's context only.
            self.status_label.setText(
                self.tr("Preview ready. Errors to fix before export: %1.").replace(
                    "%1", str(errors)
                )
            )
        else:
            self.status_label.setText(self.tr("Preview ready: no errors."))
        if report.nil:
            self.status_label.setText(self.status_label.text() + " " + self._nil_text())
        self._update_state()
        self.previewed.emit()

    def _show_findings(self, findings: tuple[Finding, ...]) -> None:
        self.findings.clear()
        names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        for finding in findings:
            item = QListWidgetItem(f"{names[finding.severity]}: {finding.text(self._language)}")
            if finding.severity is Severity.ERROR:
                item.setForeground(QColor("#a40000"))
            self.findings.addItem(item)
        self.tabs.setTabText(1, self.tr("Fin&dings (%1)").replace("%1", str(len(findings))))

    def open_finding(self, row: int) -> None:
        """Open the case the finding points at (a missing rate: say where to record it)."""
        if self.report is None or not 0 <= row < len(self.report.findings):
            return
        finding: Finding = self.report.findings[row]
        link = finding.link
        if link.kind == "exchange_rate":
            self.status_label.setText(
                self.tr(
                    "Record the %1 rate into %2 for %3 in the annual report builder, then "
                    "preview again."
                )
                .replace("%1", link.currency)
                .replace("%2", link.report_currency)
                .replace("%3", str(link.year))
            )
            target = finding.related[0].application_id if finding.related else None
        else:
            target = link.application_id
        if target is not None:
            self.recordRequested.emit(target)

    def export(self, fmt: str) -> Op | None:
        """Write the previewed report as ``fmt`` where the person chooses, on a worker thread;
        ``exported`` is emitted with the path once it is written."""
        if self.busy():
            return None
        if not self.preview_is_current():
            self._prompter.error(
                self, self.windowTitle(), self.tr("Preview the report before exporting it.")
            )
            return None
        if self.report.has_errors and not self.draft.isChecked():
            self._prompter.error(
                self,
                self.windowTitle(),
                self.tr(
                    "The report has errors (see Findings). Fix them, or tick “Allow a draft "
                    "despite errors” to write a draft."
                ),
            )
            return None
        chosen = self._save_path(
            self, self.windowTitle(), self._suggested_name(fmt), file_filter(fmt)
        )
        if not chosen:
            return None
        out = with_extension(chosen, fmt)
        report, write = self.report, self._write
        language = str(self.report_language.currentData() or "en")
        return self._start_export(lambda: write(report, out, fmt, language), out, fmt)

    def _add_row(self, text: str, buddy: QWidget, field: QWidget | QHBoxLayout) -> None:
        """A form row whose label's mnemonic (Alt+letter) goes to ``buddy``."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        self.form.addRow(label, field)

    def _cell(self, row: int, column: int, text: str, *, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)


def _dimension_combo(parent: QWidget, name: str, default: Dimension | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem("—", None)
    for d in Dimension:
        combo.addItem(dimension_label(d, "en"), d.value)
    combo.setCurrentIndex(combo.findData(default.value) if default else 0)
    return combo


class NationalReportDialog(_ReportDialog):
    """The period's licence decisions pivoted by the dimensions chosen as rows and columns."""

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
        super().__init__(
            db, actor=actor, prompter=prompter, save_path=save_path, language=language,
            parent=parent,
        )  # fmt: skip
        self.setObjectName("nationalReportBuilder")
        self.setWindowTitle(self.tr("National report on licence decisions"))
        today = today or date.today()
        self.start = QDateEdit(QDate(today.year - 1, 1, 1), self)
        self.end = QDateEdit(QDate(today.year - 1, 12, 31), self)
        for edit, name in ((self.start, "periodFrom"), (self.end, "periodTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.rows = [
            _dimension_combo(self, "row1", Dimension.DESTINATION),
            _dimension_combo(self, "row2", Dimension.RATING),
        ]
        self.columns = [
            _dimension_combo(self, "column1", Dimension.OUTCOME),
            _dimension_combo(self, "column2", None),
        ]
        for combo in (*self.rows, *self.columns):
            for i in range(1, combo.count()):
                combo.setItemText(i, self._dimension_text(Dimension(combo.itemData(i))))
        self.currency = QLineEdit("EUR", self)
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(3)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        rows, columns = QHBoxLayout(), QHBoxLayout()
        for box, combos in ((rows, self.rows), (columns, self.columns)):
            for combo in combos:
                box.addWidget(combo)
                combo.currentIndexChanged.connect(lambda _i: self._update_state())
            box.addStretch(1)
        self._add_row(self.tr("P&eriod:"), self.start, period)
        self._add_row(self.tr("&Rows:"), self.rows[0], rows)
        self._add_row(self.tr("Colu&mns:"), self.columns[0], columns)
        self._add_row(self.tr("Report c&urrency:"), self.currency, self.currency)
        self._add_row(self.tr("Document &language:"), self.report_language, self.report_language)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._update_state())
        self.currency.textChanged.connect(lambda _t: self._update_state())
        self._lay_out()

    def _dimension_text(self, d: Dimension) -> str:
        return {
            Dimension.DESTINATION: self.tr("Destination"),
            Dimension.RATING: self.tr("Control-list rating"),
            Dimension.OUTCOME: self.tr("Outcome"),
            Dimension.CRITERION: self.tr("Criterion"),
        }[d]

    def _chosen(self, combos: list[QComboBox]) -> tuple[Dimension, ...]:
        values = [c.currentData() for c in combos]
        return tuple(dict.fromkeys(Dimension(v) for v in values if v))

    def choices(self) -> object:
        return self._choices()

    def _choices(self) -> tuple[date, date, tuple[Dimension, ...], tuple[Dimension, ...], str]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return (
            start,
            end,
            self._chosen(self.rows),
            self._chosen(self.columns),
            self.currency.text().strip().upper(),
        )

    def build_preview(self) -> Op | None:
        start, end, rows, columns, currency = self._choices()
        problem = ""
        if end < start:
            problem = self.tr("The period ends before it starts.")
        elif not rows:
            problem = self.tr("Choose at least one dimension for the rows.")
        elif set(rows) & set(columns):
            problem = self.tr("A dimension cannot be both a row and a column.")
        elif len(currency) != 3:
            problem = self.tr("Give the report currency as a 3-letter ISO 4217 code.")
        if problem:
            self._prompter.error(self, self.windowTitle(), problem)
            return None
        return super().build_preview()

    def _collector(self) -> Callable[[], NationalReport]:
        start, end, rows, columns, currency = self._choices()
        db, actor, collect = self._db, self._actor(), national_report.collect_national
        return lambda: collect(
            db, start, end, rows=rows, columns=columns, report_currency=currency, actor=actor
        )

    def _period_text(self) -> str:
        start, end = self._choices()[:2]
        return f"{start.isoformat()} – {end.isoformat()}"

    def _show_table(self, report: NationalReport) -> None:
        pivot, t = report.pivot, self._language
        keys = list(pivot.column_keys)
        heads = [self._dimension_text(d) for d in pivot.rows]
        for ck in keys:
            name = " / ".join(key_labels(pivot.columns, ck, t))
            heads += [self.tr("%1: count").replace("%1", name) if name else self.tr("Count")]
            heads += [self.tr("%1: value").replace("%1", name) if name else self.tr("Value")]
        if pivot.columns:
            heads += [self.tr("Total: count"), self.tr("Total: value")]
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(pivot.row_keys) + 1)
        for r, rk in enumerate(pivot.row_keys):
            for c, text in enumerate(key_labels(pivot.rows, rk, t)):
                self._cell(r, c, text)
            cells = [pivot.cells.get((rk, ck)) for ck in keys]
            if pivot.columns:
                cells.append(pivot.row_totals[rk])
            self._figures(r, len(pivot.rows), cells)
        last = len(pivot.row_keys)
        self._cell(last, 0, self.tr("Total"))
        totals: list[Any] = [pivot.column_totals[ck] for ck in keys]
        totals.append(pivot.total)
        self._figures(last, len(pivot.rows), totals)
        self.table.resizeColumnsToContents()

    def _nil_text(self) -> str:
        return self.tr("Nil report: no licence decisions in the period.")

    def _figures(self, row: int, first: int, cells: list[Any]) -> None:
        for i, cell in enumerate(cells):
            if cell is None:
                continue
            value = format_number(cell.value, self._language) + (
                "" if cell.value_complete else " *"
            )
            self._cell(row, first + 2 * i, str(cell.count), right=True)
            self._cell(row, first + 2 * i + 1, value, right=True)

    @staticmethod
    def _write(report: Any, out: Path, fmt: str, language: str) -> None:
        write_national_report(report, out, fmt, language=language)

    def _suggested_name(self, fmt: str) -> str:
        start, end = self.report.start, self.report.end
        return f"national-report-{start.isoformat()}-{end.isoformat()}.{fmt}"


class WassenaarReportDialog(_ReportDialog):
    """A half year's deliveries to non-participating States, one table per category."""

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
        super().__init__(
            db, actor=actor, prompter=prompter, save_path=save_path, language=language,
            parent=parent,
        )  # fmt: skip
        self.setObjectName("wassenaarReportBuilder")
        self.setWindowTitle(self.tr("Wassenaar Arrangement report"))
        today = today or date.today()
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(1996, 2100)
        self.half = QComboBox(self)
        self.half.setObjectName("half")
        self.half.addItem(self.tr("January–June"), 1)
        self.half.addItem(self.tr("July–December"), 2)
        # The last half year that has ended.
        if today.month > 6:
            self.year.setValue(today.year)
            self.half.setCurrentIndex(0)
        else:
            self.year.setValue(today.year - 1)
            self.half.setCurrentIndex(1)
        period = QHBoxLayout()
        period.addWidget(self.year)
        period.addWidget(self.half)
        period.addStretch(1)
        self._add_row(self.tr("P&eriod:"), self.year, period)
        self._add_row(self.tr("Document &language:"), self.report_language, self.report_language)
        self.year.valueChanged.connect(lambda _v: self._update_state())
        self.half.currentIndexChanged.connect(lambda _i: self._update_state())
        self._lay_out()

    def choices(self) -> object:
        return self._period()

    def _period(self) -> tuple[int, int]:
        return (self.year.value(), int(self.half.currentData()))

    def _collector(self) -> Callable[[], WassenaarReport]:
        year, half = self._period()
        db, actor, collect = self._db, self._actor(), national_report.collect_wassenaar
        return lambda: collect(db, year, half, actor=actor)

    def _period_text(self) -> str:
        return f"{self.half.currentText()} {self.year.value()}"

    def _show_table(self, report: WassenaarReport) -> None:
        t = self._language
        heads = [self.tr("Category"), self.tr("State of import"), self.tr("Number of items")]
        heads.append(self.tr("Description"))
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        lines: list[tuple[str, str, str, str]] = []
        for code in CATEGORIES:
            label = wa_category_label(code, t)
            rows = report.tables[code]
            if not rows:
                lines.append((label, self.tr("Nil"), "", ""))
            for r in rows:
                lines.append(
                    (
                        label,
                        state_name(r.state, t),
                        format_number(r.number_of_items, t),
                        "; ".join(r.descriptions),
                    )
                )
        self.table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            for c, text in enumerate(line):
                self._cell(i, c, text, right=c == 2)
        self.table.resizeColumnsToContents()

    def _nil_text(self) -> str:
        return self.tr("Nil report: nothing to report for the period.")

    @staticmethod
    def _write(report: Any, out: Path, fmt: str, language: str) -> None:
        write_wassenaar_report(report, out, fmt, language=language)

    def _suggested_name(self, fmt: str) -> str:
        return f"wassenaar-report-{self.report.year}-H{self.report.half}.{fmt}"


def _open(dialog: _ReportDialog, open_record: Callable[[int], Any] | None) -> _ReportDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if open_record is not None:
        dialog.recordRequested.connect(open_record)
    dialog.show()
    return dialog


def open_national_report(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
    language: str = "en",
    open_record: Callable[[int], Any] | None = None,
    save_path: SavePath = ask_save_path,
) -> _ReportDialog:
    dialog = NationalReportDialog(
        db, actor=actor, prompter=prompter, save_path=save_path, language=language, parent=parent
    )
    return _open(dialog, open_record)


def open_wassenaar_report(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
    language: str = "en",
    open_record: Callable[[int], Any] | None = None,
    save_path: SavePath = ask_save_path,
) -> _ReportDialog:
    dialog = WassenaarReportDialog(
        db, actor=actor, prompter=prompter, save_path=save_path, language=language, parent=parent
    )
    return _open(dialog, open_record)
