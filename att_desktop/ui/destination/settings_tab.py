"""The authority's "Destination files" tab: after how many months destination material needs
refreshing (``services.destination_files.set_refresh_months``; default 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from att_desktop.db.engine import Database
from att_desktop.services import destination_files
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.ui.messages import error_text


class DestinationSettingsTab(QWidget):
    """One setting, saved with the rest of the authority's profile."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("destinationSettingsTab")
        self.db = db
        intro = QLabel(
            self.tr(
                "Each destination State's file holds standing findings (GBV, human rights, "
                "IHL, diversion...) that new assessments start from. A finding older than "
                "this is shown with a warning, in the file and beside the assessment, so "
                "someone refreshes it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.months = QSpinBox(self)
        self.months.setObjectName("destinationRefreshMonths")
        self.months.setRange(1, 120)
        self.months.setSuffix(self.tr(" months"))
        self._saved = destination_files.refresh_months(db)
        self.months.setValue(self._saved)
        label = QLabel(self.tr("Destination material needs &refreshing after"), self)
        label.setBuddy(self.months)
        form = QFormLayout()
        form.addRow(label, self.months)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def set_read_only(self) -> None:
        self.months.setReadOnly(True)

    def save(self, actor: Actor) -> str | None:
        """Save a changed value; the service's refusal, if any, to show to the person."""
        months = self.months.value()
        if months == self._saved:
            return None
        try:
            destination_files.set_refresh_months(self.db, months, actor=actor)
        except ServiceError as exc:
            return error_text(exc)
        self._saved = months
        return None
