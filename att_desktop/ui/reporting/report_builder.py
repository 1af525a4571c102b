"""The annual report builder: choose, preview, check, then write the files.

Everything shown comes from ``services.reporting.collect`` (an ``AnnualReport``); the dialog
never adds anything up. A file can only be written from a preview that matches the current
choices, so what the focal point looked at is what goes out. Every service call acts as
``actor()``, the person signed in at the time (the services refuse anyone but the focal point).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting import AnnualReport, ReportOptions, Severity
from att_desktop.domain.reporting.calendar import due_date
from att_desktop.domain.reporting.model import Finding
from att_desktop.domain.reporting.options import NationalDefinition
from att_desktop.formats.report_labels import category_label
from att_desktop.i18n import colon
from att_desktop.services import reporting
from att_desktop.services.dto import Actor
from att_desktop.ui.messages import error_text
from att_desktop.ui.ops import BarProgress, Op, Progress, run_op
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.reporting.charts import StackedBarChart
from att_desktop.ui.reporting.report_export import (
    SavePath,
    ask_save_path,
    file_filter,
    suggested_name,
    with_extension,
    write_failure_text,
    write_report_file,
)
from att_desktop.ui.reporting.report_options import ReportOptionsPanel
from att_desktop.ui.reporting.report_tables import TablePage

__all__ = ["Collect", "ReportBuilderDialog", "SavePath", "ask_save_path", "open_report_builder"]

#: Builds the report (``services.reporting.collect``); run on a worker thread.
Collect = Callable[..., AnnualReport]


class ReportBuilderDialog(ReportOptionsPanel):
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
        #: The report as submitted: contributions, approval, the frozen copy (issue 14).
        self.submission_button = QPushButton(self.tr("S&ubmission…"), self)
        self.submission_button.setObjectName("submission")
        self.submission_button.setAutoDefault(False)
        self.submission_button.clicked.connect(self.open_submission)
        self.submission: QWidget | None = None
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
        buttons.addWidget(self.submission_button)
        buttons.addWidget(self.close_button)
        self._buttons = buttons
        QShortcut(QKeySequence("Ctrl+Return"), self, self.build_preview)

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
        self._prompter.error(self, self.tr("Annual report"), error_text(exc))

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
            item = QListWidgetItem(
                colon(names[finding.severity], finding.text(self._language), self._language)
            )
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
        chosen = self._save_path(
            self, self.tr("Export the annual report"), suggested_name(report, fmt), file_filter(fmt)
        )
        if not chosen:
            return None
        out = with_extension(chosen, fmt)
        language = str(self.report_language.currentData() or "en")
        charts_annex = self.charts_annex.isChecked()

        def work(_progress: Progress) -> Path:
            return write_report_file(report, out, fmt, language=language, charts_annex=charts_annex)

        def failed(exc: BaseException) -> None:
            self.status_label.setText("")
            self._prompter.error(self, self.tr("Annual report"), write_failure_text(exc, out, fmt))

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

    def open_submission(self) -> QWidget:
        """The year's report as submitted, opened with this window's current choices."""
        from att_desktop.ui.reporting.submission import open_submission_dialog

        self.submission = open_submission_dialog(
            self,
            self._db,
            actor=self._actor,
            year=int(self.year.value()),
            options=self.options,
            prompter=self._prompter,
        )
        return self.submission


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
