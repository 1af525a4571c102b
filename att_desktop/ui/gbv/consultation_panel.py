"""The case view's "GBV consultation" tab: the consultations in words, and for the gender
adviser the form to answer the open one (what they found, and whom they consulted: women's
organisations, GBV experts). An answer is never changed, so it is confirmed first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from att_desktop.services import gbv_consultation as service
from att_desktop.services.dto import CaseDetail
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.assessment.widgets import note_label, set_note
from att_desktop.ui.context import AppContext
from att_desktop.ui.gbv.forms import BadDate, date_edit, read_date, scrolled
from att_desktop.ui.gbv.words import consultation_text, consulted_kind_label
from att_desktop.ui.messages import error_text, field_text

#: Asks "record this answer? it cannot be changed": True to go ahead.
Confirm = Callable[[QWidget, str], bool]


def confirm_answer(parent: QWidget, text: str) -> bool:
    """The real question, as a modal message box (tests pass their own)."""
    answer = QMessageBox.question(
        parent,
        QApplication.translate("ConsultationPanel", "Record the answer"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ConsultedRow(QWidget):
    """One organisation or expert consulted: name, kind, date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("consultedName")
        self.name.setPlaceholderText(
            QCoreApplication.translate("ConsultationPanel", "Organisation or expert")
        )
        self.kind = QComboBox(self)
        self.kind.setObjectName("consultedKind")
        for kind in service.ConsultedKind:
            self.kind.addItem(consulted_kind_label(kind), kind)
        self.on = date_edit(self, "consultedOn")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 3)
        row.addWidget(self.kind, 2)
        row.addWidget(self.on, 1)

    def value(self) -> service.Consulted | None:
        if not self.name.text().strip():
            return None
        return service.Consulted(
            self.name.text(), service.ConsultedKind(self.kind.currentData()), read_date(self.on)
        )


class ConsultationPanel(QWidget):
    """Every consultation of the case; the answer form for a gender adviser."""

    #: An answer was recorded: the case view shows the case again (its history changed).
    changed = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, confirm: Confirm = confirm_answer
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gbvConsultationPanel")
        self.ctx = ctx
        #: Asked before an answer is recorded (tests replace it).
        self.confirm = confirm
        self._case: CaseDetail | None = None
        self._open_id: int | None = None
        body = QWidget(self)
        self.text = note_label("", body)
        self.text.setObjectName("consultationText")
        self.form = QGroupBox(self.tr("Your answer as gender adviser"), body)
        self.answer = QPlainTextEdit(self.form)
        self.answer.setObjectName("consultationAnswer")
        self.answer.setTabChangesFocus(True)
        self.answered_on = date_edit(self.form, "answeredOn", today=True)
        self.consulted_rows: list[ConsultedRow] = []
        self.consulted_box = QVBoxLayout()
        add = QPushButton(self.tr("Add an organisation or e&xpert consulted"), self.form)
        add.setObjectName("addConsulted")
        add.clicked.connect(self.add_consulted)
        self.error = note_label("", self.form, kind="danger")
        self.record_button = QPushButton(self.tr("&Record the answer…"), self.form)
        self.record_button.setObjectName("recordConsultationAnswer")
        self.record_button.clicked.connect(self.record)
        form = QFormLayout(self.form)
        form.addRow(self.tr("&Answer"), self.answer)
        form.addRow(self.tr("Answered on"), self.answered_on)
        form.addRow(self.tr("Consulted"), self.consulted_box)
        form.addRow("", add)
        form.addRow(self.error)
        form.addRow(self.record_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.text)
        layout.addWidget(self.form)
        layout.addStretch(1)
        scrolled(self, body)
        self.add_consulted()

    def add_consulted(self) -> ConsultedRow:
        row = ConsultedRow(self.form)
        self.consulted_rows.append(row)
        self.consulted_box.addWidget(row)
        row.name.setFocus()
        return row

    @property
    def awaiting_me(self) -> bool:
        """An open question this person may answer (the case view brings the tab forward)."""
        return self._open_id is not None and self.form.isVisibleTo(self)

    def set_case(self, detail: CaseDetail | None) -> str:
        """Show a case's consultations; returns the tab's title."""
        self._case = detail
        self._open_id = None
        if detail is None:
            return self.tr("GBV consultation")
        asked = service.consultations(self.ctx.db, detail.id)
        if asked:
            text = "\n\n".join(consultation_text(c) for c in asked)
            set_note(self.text, text, "warning" if any(c.open for c in asked) else "ok")
        else:
            set_note(
                self.text,
                self.tr(
                    "The gender adviser has not been asked about this case. The officer asks "
                    "from the assessment's Article 7(4) page once GBV steps 1 and 2 are yes."
                ),
                "info",
            )
        self._open_id = next((c.id for c in asked if c.open), None)
        user = self.ctx.user_session()
        may = user is not None and permitted(self.ctx.db, user, Permission.RECORD_GBV_CONSULTATION)
        self.form.setVisible(may and self._open_id is not None)
        title = self.tr("GBV consultation (%1)").replace("%1", str(len(asked)))
        return f"● {title}" if self._open_id is not None else title

    def record(self) -> bool:
        user = self.ctx.user_session()
        if self._case is None or user is None or self._open_id is None:
            return False
        set_note(self.error, "", "danger")
        try:
            consulted = [c for c in (r.value() for r in self.consulted_rows) if c is not None]
            answered_on = read_date(self.answered_on)
        except BadDate as exc:
            set_note(self.error, error_text(exc), "danger")
            exc.field.setFocus()
            return False
        question = self.tr(
            "Record this answer for %1? An answer is part of the record and cannot be changed."
        ).replace("%1", self._case.reference)
        if not self.confirm(self, question):
            return False
        try:
            service.answer_consultation(
                self.ctx.db,
                user,
                self._open_id,
                self.answer.toPlainText(),
                answered_on=answered_on,
                consulted=consulted,
            )
        except ValidationFailed as exc:
            set_note(self.error, "\n".join(field_text(e) for e in exc.errors), "danger")
            return False
        except ServiceError as exc:
            set_note(self.error, error_text(exc), "danger")
            return False
        self.answer.clear()
        for row in self.consulted_rows:
            row.name.clear()
            row.on.clear()
        self.changed.emit(self._case.id)
        return True
