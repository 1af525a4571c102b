"""Recording actual exports and imports: one shipment against a licence, or a customs file.

The warnings (more than licensed, outside the validity, suspended or revoked licence) come
from ``services.shipments``; the dialog shows them and saves only once the officer ticks that
they have read them. A customs file is previewed row by row and imported all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.i18n import Message, translate
from att_desktop.services import shipments
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.shipments import (
    CustomsImportResult,
    CustomsPreview,
    LicenceForShipment,
    ShipmentInput,
    ShipmentLineInput,
    ShipmentProhibited,
)
from att_desktop.ui.i18n import current_language, licence_status_label
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.ops import BarProgress, Op, Progress, run_op
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter


def _plain(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f") if value == value.to_integral_value() else f"{value}"


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class ShipmentDialog(QDialog):
    """Record one shipment (actual export or import) against a licence."""

    shipmentRecorded = Signal(int)

    LINE_COLUMNS = 8  # line, description, licensed, shipped, remaining, quantity, value, currency

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        prompter: Prompter | None = None,
        licence_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shipmentDialog")
        self.setWindowTitle(self.tr("Record a shipment"))
        self._db = db
        self._actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self._licences: tuple[LicenceForShipment, ...] = ()
        self.licence: LicenceForShipment | None = None
        self._checked_warnings: tuple[Message, ...] | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Licence number or case reference"))
        self.search.textChanged.connect(self._search)
        self.licence_list = QListWidget(self)
        self.licence_list.setMaximumHeight(120)
        self.licence_list.currentRowChanged.connect(self._licence_chosen)
        self.licence_info = QLabel(self)
        self.licence_info.setWordWrap(True)
        self.shipped_on = QDateEdit(self)
        self.shipped_on.setCalendarPopup(True)
        self.shipped_on.setDisplayFormat("yyyy-MM-dd")
        day = today or date.today()
        self.shipped_on.setDate(QDate(day.year, day.month, day.day))
        self.customs_reference = QLineEdit(self)
        self.customs_reference.setPlaceholderText(self.tr("Customs declaration, e.g. MRN"))
        self.notes = QLineEdit(self)
        self._build_lines_table()
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("shipmentWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(120)
        self.warnings.setStyleSheet("QListWidget#shipmentWarnings { color: #7a4b00; }")
        self.acknowledge = QCheckBox(
            self.tr("I have read the warnings; record the shipment as it happened"), self
        )
        self.acknowledge.setEnabled(False)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        self._lay_out(close)
        self.resize(900, 620)
        self.shipped_on.dateChanged.connect(self._changed)
        self.customs_reference.textChanged.connect(self._changed)
        self.lines.itemChanged.connect(self._changed)
        self._search("")
        if licence_id is not None:
            self.choose_licence(licence_id)

    def _build_lines_table(self) -> None:
        """The licence's lines: what was licensed, shipped, and what this shipment carries."""
        self.lines = QTableWidget(0, self.LINE_COLUMNS, self)
        self.lines.setObjectName("shipmentLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Item"),
                self.tr("Licensed"),
                self.tr("Shipped so far"),
                self.tr("Remaining"),
                self.tr("This shipment"),
                self.tr("Value"),
                self.tr("Currency"),
            ]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )

    def _lay_out(self, close: QPushButton) -> None:
        """Search, licence, shipment details, lines, warnings, then the buttons."""
        search_form = QFormLayout()
        search_label = QLabel(self.tr("Find &licence:"), self)
        search_label.setBuddy(self.search)
        search_form.addRow(search_label, self.search)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Shipped &on:"), self.shipped_on),
            (self.tr("C&ustoms reference:"), self.customs_reference),
            (self.tr("&Notes:"), self.notes),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(search_form)
        layout.addWidget(self.licence_list)
        layout.addWidget(self.licence_info)
        layout.addLayout(form)
        lines_label = QLabel(self.tr("Quantities and values shipped (&this shipment):"), self)
        lines_label.setBuddy(self.lines)
        layout.addWidget(lines_label)
        layout.addWidget(self.lines, 1)
        warn_label = QLabel(self.tr("Warnings:"), self)
        layout.addWidget(warn_label)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ licence

    def _search(self, text: str) -> None:
        self._licences = shipments.find_licences(self._db, text)
        self.licence_list.blockSignals(True)
        self.licence_list.clear()
        for lic in self._licences:
            kind = self.tr("export") if lic.transfer_type == "export" else self.tr("import")
            status = licence_status_label(lic.status)
            self.licence_list.addItem(
                f"{lic.number} · {lic.reference} · {kind} · {lic.counterpart} · {status}"
            )
        self.licence_list.blockSignals(False)

    def choose_licence(self, licence_id: int) -> None:
        for row, lic in enumerate(self._licences):
            if lic.licence_id == licence_id:
                self.licence_list.setCurrentRow(row)
                return
        self._show_licence(shipments.licence_for_shipment(self._db, licence_id))

    def _licence_chosen(self, row: int) -> None:
        if 0 <= row < len(self._licences):
            self._show_licence(self._licences[row])

    def _show_licence(self, lic: LicenceForShipment) -> None:
        self._commit_edits()
        self.licence = lic
        self.licence_info.setText(
            self.tr("Licence %1 (case %2), %3, valid %4 to %5.")
            .replace("%1", lic.number)
            .replace("%2", lic.reference)
            .replace("%3", licence_status_label(lic.status))
            .replace("%4", lic.valid_from.isoformat())
            .replace("%5", lic.valid_until.isoformat())
        )
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(lic.lines))
        for row, line in enumerate(lic.lines):
            cells = (
                str(line.line_no),
                line.description,
                f"{_plain(line.licensed_quantity)} {line.unit}",
                _plain(line.shipped_quantity),
                _plain(line.remaining_quantity),
            )
            for column, text in enumerate(cells):
                self.lines.setItem(row, column, _read_only(text))
            self.lines.setItem(row, 5, QTableWidgetItem(""))
            self.lines.setItem(row, 6, QTableWidgetItem(""))
            self.lines.setItem(row, 7, QTableWidgetItem(line.currency))
        self.lines.blockSignals(False)
        self.lines.resizeColumnsToContents()
        for column in (5, 6):  # room to type a quantity and a value
            self.lines.setColumnWidth(column, max(self.lines.columnWidth(column), 120))
        self._changed()

    def set_line(self, row: int, quantity: str, value: str = "", currency: str = "") -> None:
        for column, text in ((5, quantity), (6, value), (7, currency)):
            if text:
                self.lines.setItem(row, column, QTableWidgetItem(text))

    # ------------------------------------------------------------------ checking

    def _changed(self) -> None:
        self._checked_warnings = None
        self.acknowledge.setChecked(False)
        self.acknowledge.setEnabled(False)

    def _text(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item is not None else ""

    def _commit_edits(self) -> None:
        """Take in a cell still being edited (moving the current cell commits its editor)."""
        if self.lines.state() is QAbstractItemView.State.EditingState:
            self.lines.setCurrentIndex(QModelIndex())

    def shipment_input(self) -> ShipmentInput | None:
        """The shipment on screen, or None after telling what to fix."""
        self._commit_edits()
        if self.licence is None:
            self._prompter.error(self, self.windowTitle(), self.tr("Choose the licence first."))
            return None
        lines: list[ShipmentLineInput] = []
        problems: list[str] = []
        for row, line in enumerate(self.licence.lines):
            qty_text = self._text(row, 5)
            if not qty_text:
                continue
            try:
                quantity = Decimal(qty_text.replace(",", "."))
                value_text = self._text(row, 6)
                value = Decimal(value_text.replace(",", ".")) if value_text else None
            except InvalidOperation:
                problems.append(
                    self.tr(
                        "Line %1: quantity and value must be numbers, e.g. 12 or 1500.50"
                    ).replace("%1", str(line.line_no))
                )
                continue
            currency = self._text(row, 7).upper() if value is not None else ""
            lines.append(ShipmentLineInput(line.licence_line_id, quantity, value, currency))
        if not lines and not problems:
            problems.append(self.tr("Enter the quantity shipped on at least one line."))
        if problems:
            self._prompter.error(self, self.windowTitle(), "\n".join(problems))
            return None
        day = self.shipped_on.date()
        return ShipmentInput(
            date(day.year(), day.month(), day.day()),
            self.customs_reference.text().strip(),
            tuple(lines),
            self.notes.text().strip(),
        )

    def _show_refusal(self, exc: ShipmentProhibited) -> None:
        """An embargo stops the shipment: said in the list and in a message, no tick offered."""
        self.warnings.clear()
        stop = QListWidgetItem(error_text(exc))
        stop.setForeground(QColor("#a40000"))
        self.warnings.addItem(stop)
        self._checked_warnings = None
        self.acknowledge.setChecked(False)
        self.acknowledge.setEnabled(False)
        self._prompter.error(self, self.windowTitle(), error_text(exc))

    def _show_warnings(self, warnings: tuple[Message, ...]) -> None:
        self.warnings.clear()
        language = current_language()
        for warning in warnings:
            self.warnings.addItem(translate(warning, language))
        if not warnings:
            self.warnings.addItem(self.tr("No warnings: the shipment is within the licence."))
        self._checked_warnings = warnings
        self.acknowledge.setEnabled(bool(warnings))

    def check(self) -> tuple[Message, ...] | None:
        inp = self.shipment_input()
        if inp is None or self.licence is None:
            return None
        try:
            warnings = shipments.check_shipment(self._db, self.licence.licence_id, inp)
        except ValidationFailed as exc:
            self._prompter.error(
                self,
                self.windowTitle(),
                "\n".join(f"{e.field}: {field_text(e)}" for e in exc.errors),
            )
            return None
        except ShipmentProhibited as exc:
            self._show_refusal(exc)
            return None
        except ServiceError as exc:
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return None
        self._show_warnings(warnings)
        return warnings

    def record(self) -> int | None:
        """Save the shipment; with warnings, only once they were read and acknowledged."""
        inp = self.shipment_input()
        if inp is None or self.licence is None:
            return None
        acknowledged = self._checked_warnings is not None and self.acknowledge.isChecked()
        try:
            result = shipments.record_shipment(
                self._db,
                self.licence.licence_id,
                inp,
                actor=self._actor(),
                acknowledge_warnings=acknowledged,
            )
        except ValidationFailed as exc:
            self._prompter.error(
                self,
                self.windowTitle(),
                "\n".join(f"{e.field}: {field_text(e)}" for e in exc.errors),
            )
            return None
        except ShipmentProhibited as exc:
            self._show_refusal(exc)
            return None
        except ServiceError as exc:
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return None
        if not result.saved:
            self._show_warnings(result.warnings)
            self._prompter.error(
                self,
                self.windowTitle(),
                self.tr(
                    "Nothing was saved: read the warnings, tick that you have read them, "
                    "then record again."
                ),
            )
            return None
        assert result.shipment_id is not None
        self.shipmentRecorded.emit(result.shipment_id)
        self._show_licence(shipments.licence_for_shipment(self._db, self.licence.licence_id))
        self.warnings.clear()
        self.warnings.addItem(
            self.tr("Shipment recorded (%n warning(s) acknowledged).", "", len(result.warnings))
        )
        return result.shipment_id


class CustomsImportDialog(QDialog):
    """Preview a customs CSV/XLSX row by row, then import all of it or nothing."""

    imported = Signal(int)

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customsImport")
        self.setWindowTitle(self.tr("Import shipments from a customs file"))
        self._db = db
        self._actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self.preview: CustomsPreview | None = None
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("C&hoose file…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.rows = QTableWidget(0, 8, self)
        self.rows.setObjectName("customsRows")
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Licence"),
                self.tr("Line"),
                self.tr("Date"),
                self.tr("Customs reference"),
                self.tr("Quantity"),
                self.tr("Value"),
                self.tr("Currency"),
            ]
        )
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors = QListWidget(self)
        self.errors.setObjectName("customsErrors")
        self.errors.setWordWrap(True)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("customsWarnings")
        self.warnings.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAutoDefault(False)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        #: Reading or importing the file runs on a worker thread; this shows it is under way.
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self._op: Op | None = None
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.choose_button)
        top.addWidget(file_label)
        top.addWidget(self.path, 1)
        top.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Rows understood:"), self))
        layout.addWidget(self.rows, 2)
        layout.addWidget(
            QLabel(self.tr("Errors (nothing is imported until they are fixed):"), self)
        )
        layout.addWidget(self.errors, 1)
        layout.addWidget(QLabel(self.tr("Warnings (recorded with each shipment):"), self))
        layout.addWidget(self.warnings, 1)
        layout.addLayout(buttons)
        self.resize(900, 640)

    def choose_file(self) -> None:
        path = self._prompter.open_file(
            self,
            self.tr("Customs file"),
            "",
            self.tr("Customs exports (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def busy(self) -> bool:
        """The file is being read or imported (on a worker thread)."""
        return self._op is not None

    def _run(
        self,
        work: Callable[[Progress], object],
        done: Callable[..., None],
        failed: Callable[[BaseException], None],
        label: str,
    ) -> Op | None:
        op = run_op(
            self,
            work,
            done,
            title=self.windowTitle(),
            prompter=self._prompter,
            label=label,
            key="customs",
            triggers=[self.choose_button, self.import_button],
            view=BarProgress(self.progress, self.summary),
            on_failure=failed,
        )
        if op is not None:
            self._op = op
            op.finished.connect(self._op_ended)
        return op

    def _op_ended(self) -> None:
        self._op = None

    def _import_failed(self, exc: BaseException) -> None:
        """Refused (nothing was imported): show the file as it reads now."""
        self._prompter.error(self, self.windowTitle(), error_text(exc))
        self._op = None
        self.load(Path(self.path.text()))

    def _load_failed(self, exc: BaseException) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.summary.setText("")
        self._prompter.error(self, self.windowTitle(), error_text(exc))

    def load(self, path: Path) -> Op | None:
        """Read and check ``path`` on a worker thread, then show it; nothing is saved."""
        if self.busy():
            return None
        self.path.setText(str(path))
        db = self._db
        return self._run(
            lambda _p: shipments.preview_customs_file(db, path),
            self._show_preview,
            self._load_failed,
            self.tr("Reading %1…").replace("%1", path.name),
        )

    def _show_preview(self, preview: CustomsPreview) -> None:
        self.preview = preview
        self.rows.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            cells = (
                str(row.row),
                row.licence_number,
                str(row.line_no),
                row.shipped_on.isoformat(),
                row.customs_reference,
                _plain(row.quantity),
                _plain(row.value),
                row.currency,
            )
            for c, text in enumerate(cells):
                self.rows.setItem(r, c, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()
        self.errors.clear()
        for error in preview.row_errors:
            self.errors.addItem(error.text(current_language()))
        self.warnings.clear()
        for warning in preview.warnings:
            self.warnings.addItem(warning.text(current_language()))
        self.import_button.setEnabled(preview.ok and bool(preview.rows))
        if preview.ok:
            self.summary.setText(
                self.tr("%n shipment(s) ready to import.", "", preview.shipments)
                + " "
                + self.tr("%n warning(s).", "", len(preview.warnings))
            )
        else:
            self.summary.setText(
                self.tr(
                    "%n error(s): correct the file and choose it again.",
                    "",
                    len(preview.row_errors),
                )
            )

    def run_import(self) -> Op | None:
        """Import the previewed file on a worker thread; ``imported`` gives the count."""
        if self.busy() or self.preview is None or not self.preview.ok:
            return None
        path = Path(self.path.text())
        db, actor = self._db, self._actor()
        return self._run(
            lambda _p: shipments.import_customs_file(db, path, actor=actor),
            self._imported,
            self._import_failed,
            self.tr("Importing %1…").replace("%1", path.name),
        )

    def _imported(self, result: CustomsImportResult) -> None:
        count = len(result.shipment_ids)
        self.import_button.setEnabled(False)
        self.preview = None
        self.summary.setText(self.tr("%n shipment(s) imported.", "", count))
        self.imported.emit(count)


def open_shipment_dialog(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
    licence_id: int | None = None,
) -> ShipmentDialog:
    dialog = ShipmentDialog(
        db, actor=actor, prompter=prompter, licence_id=licence_id, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_customs_import(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
) -> CustomsImportDialog:
    dialog = CustomsImportDialog(db, actor=actor, prompter=prompter, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
