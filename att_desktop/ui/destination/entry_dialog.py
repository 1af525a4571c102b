"""Add or update one standing finding of a destination file: text, date assessed, sources.

Updating starts from the current finding, so the officer edits rather than retypes; the
service keeps the previous version and asks why it changed. The dialog is window-modal and
never blocks (``open``); the window reads ``recorded`` once it is accepted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.countries import country_name
from att_desktop.domain.destination import DestinationTopic
from att_desktop.services import destination_files
from att_desktop.services.destination_files import DestinationFileView, RecordedFinding
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.ui.assessment.widgets import SourcesTable, note_label, set_note
from att_desktop.ui.destination.labels import topic_label
from att_desktop.ui.messages import error_text
from att_desktop.ui.widgets.screen_fit import fitted_size


class EntryDialog(QDialog):
    """One finding: the topic, what the material shows, when it was assessed, its sources."""

    def __init__(
        self,
        db: Database,
        file: DestinationFileView,
        topic: DestinationTopic,
        language: str,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("destinationEntryDialog")
        self.db = db
        self.file = file
        self.actor = actor
        self.today = today or date.today()
        self.recorded: RecordedFinding | None = None
        self.setWindowTitle(
            self.tr("Destination file: %1").replace("%1", country_name(file.country_code, language))
        )
        self.topic = QComboBox(self)
        self.topic.setObjectName("entryTopic")
        for value in DestinationTopic:
            self.topic.addItem(topic_label(value), value.value)
        self.assessed_on = QDateEdit(self)
        self.assessed_on.setObjectName("entryAssessedOn")
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("yyyy-MM-dd")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("entryText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("What the material shows about the State, for the officers who come after")
        )
        self.sources = SourcesTable(self)
        self.sources.setObjectName("entrySources")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("entryReason")
        self.reason.setPlaceholderText(
            self.tr("Why the finding changes (a new report, the situation changed)")
        )
        self.reassess = QCheckBox(
            self.tr(
                "Put the valid licences concerning this State up for reassessment (Article 7(7))"
            ),
            self,
        )
        self.reassess.setObjectName("entryReassess")
        self.reassess.setChecked(True)
        self.message = note_label("", self, kind="danger")
        self.message.setObjectName("entryMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("entrySave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Topic"), self.topic), self.topic)
        form.addRow(self._label(self.tr("&Assessed on"), self.assessed_on), self.assessed_on)
        form.addRow(self._label(self.tr("&Finding"), self.text), self.text)
        form.addRow(QLabel(self.tr("Sources"), self))
        form.addRow(self.sources)
        self.reason_label = self._label(self.tr("&Why it changes"), self.reason)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.reassess)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.topic.currentIndexChanged.connect(self._load_topic)
        self.topic.setCurrentIndex(self.topic.findData(topic.value))
        self._load_topic()
        self.resize(fitted_size(self, QSize(760, 600)))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def chosen_topic(self) -> DestinationTopic:
        return DestinationTopic(str(self.topic.currentData()))

    def _load_topic(self) -> None:
        """Start from the topic's current finding (an update), or from nothing (a new one)."""
        current = self.file.topic(self.chosen_topic()).current
        self.text.setPlainText(current.text if current else "")
        self.sources.set_sources(current.sources if current else ())
        day = self.today
        self.assessed_on.setDate(QDate(day.year, day.month, day.day))
        self.reason.clear()
        self.reason.setEnabled(current is not None)
        self.reason_label.setEnabled(current is not None)
        set_note(self.message, "", "danger")

    def save(self) -> None:
        """Record the finding; the message says what to fix when the service refuses it."""
        pending = self.sources.pending_rows()
        if pending:
            pending[0][0].setFocus()
            set_note(
                self.message,
                self.tr("Choose the kind of source for “%1”, or remove the row.").replace(
                    "%1", pending[0][1]
                ),
                "danger",
            )
            return
        qd = self.assessed_on.date()
        try:
            self.recorded = destination_files.record_finding(
                self.db,
                self.file.country_code,
                self.chosen_topic(),
                self.text.toPlainText(),
                date(qd.year(), qd.month(), qd.day()),
                self.sources.sources(),
                actor=self.actor,
                reason=self.reason.text(),
                offer_reassessment=self.reassess.isChecked(),
                today=self.today,
            )
        except ServiceError as exc:
            set_note(self.message, error_text(exc), "danger")
            return
        self.accept()
