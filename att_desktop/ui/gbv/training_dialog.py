"""A person's training register: the courses they completed, and for an administrator the
form to add one (issue 14, staff continuity). Records are never edited: a mistake is put
right by a new record."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.services import training as service
from att_desktop.services.dto import UserSession
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.ui.assessment.widgets import note_label, set_note
from att_desktop.ui.gbv.forms import BadDate, date_edit, read_date
from att_desktop.ui.gbv.words import topic_label
from att_desktop.ui.i18n import format_date
from att_desktop.ui.messages import error_text, field_text


class TrainingDialog(QDialog):
    """One person's courses, newest first; "Add the course" for administrators."""

    def __init__(
        self,
        db: Database,
        viewer: UserSession,
        user_id: int,
        full_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingDialog")
        self.setWindowTitle(self.tr("Training of %1").replace("%1", full_name))
        self.db = db
        self.viewer = viewer
        self.user_id = user_id
        self.status = note_label("", self)
        self.status.setObjectName("trainingStatus")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("trainingTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Topic"),
                self.tr("Course"),
                self.tr("Provider"),
                self.tr("Completed on"),
                self.tr("Valid until"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.form = self._build_form()
        self.form.setVisible(service.may_record_training(viewer))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.reload()

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a course completed"), self)
        self.topic = QComboBox(box)
        self.topic.setObjectName("trainingTopic")
        for topic in service.TrainingTopic:
            self.topic.addItem(topic_label(topic), topic)
        self.title = QLineEdit(box)
        self.title.setObjectName("trainingTitle")
        self.provider = QLineEdit(box)
        self.provider.setObjectName("trainingProvider")
        self.completed_on = date_edit(box, "trainingCompletedOn", today=True)
        self.valid_until = date_edit(box, "trainingValidUntil")
        self.valid_until.setToolTip(self.tr("Leave empty when the course does not expire"))
        self.error = note_label("", box, kind="danger")
        self.add_button = QPushButton(self.tr("&Add the course"), box)
        self.add_button.setObjectName("addTraining")
        self.add_button.clicked.connect(self.add)
        form = QFormLayout(box)
        form.addRow(self.tr("T&opic"), self.topic)
        form.addRow(self.tr("&Course"), self.title)
        form.addRow(self.tr("&Provider"), self.provider)
        form.addRow(self.tr("Completed on"), self.completed_on)
        form.addRow(self.tr("Valid until (optional)"), self.valid_until)
        form.addRow(self.error)
        form.addRow(self.add_button)
        return box

    def reload(self) -> None:
        try:
            courses = service.list_training(self.db, self.viewer, self.user_id)
        except ServiceError as exc:
            set_note(self.status, error_text(exc), "danger")
            return
        self.table.setRowCount(len(courses))
        for row, c in enumerate(courses):
            cells = (
                topic_label(c.topic),
                c.title,
                c.provider,
                format_date(c.completed_on),
                format_date(c.valid_until) or self.tr("does not expire"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        today = date.today()
        gbv = any(c.topic is service.TrainingTopic.GBV and c.valid_on(today) for c in courses)
        if gbv:
            set_note(self.status, self.tr("GBV training recorded and valid today."), "ok")
        else:
            set_note(
                self.status,
                self.tr(
                    "No valid training on gender-based violence recorded: the GBV page of the "
                    "assessment warns this person."
                ),
                "warning",
            )

    def add(self) -> bool:
        set_note(self.error, "", "danger")
        try:
            inp = service.TrainingInput(
                topic=service.TrainingTopic(self.topic.currentData()),
                title=self.title.text(),
                provider=self.provider.text(),
                completed_on=read_date(self.completed_on) or date.today(),
                valid_until=read_date(self.valid_until),
            )
            service.add_training(self.db, self.viewer, self.user_id, inp)
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
        self.title.clear()
        self.provider.clear()
        self.valid_until.clear()
        self.reload()
        return True
