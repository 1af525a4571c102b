"""End-user certificate checks in the case view, and their warnings on the Article 11 page.

The officer records how the certificate was verified with its issuing authority; a number
also found on another case, and a certificate found not authentic, are said in words, the
latter loudly (red).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.services import euc_checks as service
from att_desktop.services.dto import CaseDetail
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.assessment.widgets import note_label, set_note
from att_desktop.ui.context import AppContext
from att_desktop.ui.gbv.forms import BadDate, date_edit, read_date, scrolled
from att_desktop.ui.gbv.words import euc_flag_text, euc_result_label
from att_desktop.ui.i18n import format_date
from att_desktop.ui.messages import error_text, field_text


class EucFlagsNote(QLabel):
    """The case's certificate warnings as one note: red when one is loud, amber otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eucFlags")
        self.setWordWrap(True)
        set_note(self, "", "info")

    def show_flags(self, db: Database, application_id: int) -> tuple[service.EucFlag, ...]:
        flags = service.euc_flags(db, application_id)
        text = "\n".join(f"⚠ {euc_flag_text(f)}" for f in flags)
        set_note(self, text, "danger" if any(f.loud for f in flags) else "warning")
        return flags


class EucChecksPanel(QWidget):
    """A case-view tab: the certificate's checks, their warnings, and a form to add one."""

    #: A check was recorded: the case view shows the case again (its history changed).
    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eucChecksPanel")
        self.ctx = ctx
        self._case: CaseDetail | None = None
        body = QWidget(self)
        self.flags = EucFlagsNote(body)
        self.table = QTableWidget(0, 6, body)
        self.table.setObjectName("eucChecksTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Issued by, on"),
                self.tr("Contacted (who, how), on"),
                self.tr("Result"),
                self.tr("Notes"),
                self.tr("Recorded by"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.form = self._build_form()
        self.table.setMinimumHeight(120)
        layout = QVBoxLayout(body)
        layout.addWidget(self.flags)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        scrolled(self, body)

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(
            self.tr("Record how the certificate was verified"), self.table.parentWidget()
        )
        self.number = QLineEdit(box)
        self.number.setObjectName("eucNumber")
        self.issuer = QLineEdit(box)
        self.issuer.setObjectName("eucIssuer")
        self.issued_on = date_edit(box, "eucIssuedOn")
        self.contacted = QLineEdit(box)
        self.contacted.setObjectName("eucContacted")
        self.contacted.setPlaceholderText(
            self.tr("e.g. Col. Souza, MoD legal office, by telephone")
        )
        self.contacted_on = date_edit(box, "eucContactedOn", today=True)
        self.result = QComboBox(box)
        self.result.setObjectName("eucResult")
        for result in service.EucResult:
            self.result.addItem(euc_result_label(result), result)
        self.notes = QLineEdit(box)
        self.notes.setObjectName("eucNotes")
        self.error = note_label("", box, kind="danger")
        self.record_button = QPushButton(self.tr("&Record the check"), box)
        self.record_button.setObjectName("recordEucCheck")
        self.record_button.clicked.connect(self.record)
        form = QFormLayout(box)
        form.addRow(self.tr("Certificate &number"), self.number)
        form.addRow(self.tr("&Issuing authority"), self.issuer)
        form.addRow(self.tr("Issued on"), self.issued_on)
        form.addRow(self.tr("&Contacted (who, how)"), self.contacted)
        form.addRow(self.tr("Contacted on"), self.contacted_on)
        form.addRow(self.tr("Res&ult"), self.result)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        form.addRow(self.record_button)
        return box

    def set_case(self, detail: CaseDetail | None) -> str:
        """Show a case's checks; returns the tab's title (with a warning sign when flagged)."""
        self._case = detail
        self.table.setRowCount(0)
        if detail is None:
            return self.tr("End-user certificate")
        db = self.ctx.db
        flags = self.flags.show_flags(db, detail.id)
        checks = service.euc_checks(db, detail.id)
        self.table.setRowCount(len(checks))
        for row, c in enumerate(checks):
            cells = (
                c.euc_number,
                ", ".join(p for p in (c.issuing_authority, format_date(c.issued_on)) if p),
                ", ".join(p for p in (c.contacted, format_date(c.contacted_on)) if p),
                euc_result_label(c.result),
                c.notes,
                c.recorded_by,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        user = self.ctx.user_session()
        may = user is not None and permitted(db, user, Permission.DRAFT_ASSESSMENT)
        self.form.setVisible(may and not detail.status.is_closed)
        if not self.number.text():
            self.number.setText(detail.euc_number)
            self.issuer.setText(detail.euc_issuer)
            self.issued_on.setText(format_date(detail.euc_date))
        title = self.tr("End-user certificate (%1)").replace("%1", str(len(checks)))
        return f"⚠ {title}" if flags else title

    def record(self) -> bool:
        user = self.ctx.user_session()
        if self._case is None or user is None:
            return False
        set_note(self.error, "", "danger")
        try:
            inp = service.EucCheckInput(
                euc_number=self.number.text(),
                issuing_authority=self.issuer.text(),
                issued_on=read_date(self.issued_on),
                contacted=self.contacted.text(),
                contacted_on=read_date(self.contacted_on),
                result=service.EucResult(self.result.currentData()),
                notes=self.notes.text(),
            )
            service.record_euc_check(self.ctx.db, user, self._case.id, inp)
        except BadDate as exc:
            set_note(self.error, error_text(exc), "danger")
            exc.field.setFocus()
            return False
        except ValidationFailed as exc:
            set_note(self.error, "\n".join(field_text(e) for e in exc.errors), "danger")
            return False
        except ServiceError as exc:
            set_note(self.error, error_text(exc), "danger")
            return False
        self.contacted.clear()
        self.notes.clear()
        self.changed.emit(self._case.id)
        return True


def place_on_article11(page: QWidget, note: EucFlagsNote) -> None:
    """Put the warnings at the top of the Article 11 page, under its introduction, where
    they are read before any stage is rated (the certificate box is far below)."""
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, note)
