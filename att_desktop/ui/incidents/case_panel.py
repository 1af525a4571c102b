"""The case view's Incidents tab: incidents with this case's parties, destination or
licences (``services.incidents.incidents_for_case``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTabWidget, QVBoxLayout, QWidget

from att_desktop.services import incidents
from att_desktop.services.errors import ServiceError
from att_desktop.services.incidents import IncidentMatch
from att_desktop.ui.context import AppContext
from att_desktop.ui.incidents.labels import incident_line


class IncidentsCasePanel(QWidget):
    """One line per incident, why it concerns the case, the description as tooltip."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseIncidents")
        self.ctx = ctx
        self.matches: list[IncidentMatch] = []
        intro = QLabel(
            self.tr(
                "Diversion and breach incidents involving this case's parties (similar names, "
                "same country), its destination or its licences. Weigh them in the "
                "assessment (Article 11)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("caseIncidentList")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)

    def show_case(self, application_id: int, tabs: QTabWidget | None = None) -> None:
        """Show the case's incidents and, given the tabs, name the tab with their count."""
        try:
            self.matches = incidents.incidents_for_case(self.ctx.db, application_id)
        except ServiceError:
            self.matches = []
        self.list.clear()
        for match in self.matches:
            text = incident_line(match, self.ctx.language)
            item = QListWidgetItem(text, self.list)
            item.setToolTip(f"{text}\n{match.incident.description}")
        if not self.matches:
            self.list.addItem(self.tr("No incident concerns this case."))
        if tabs is not None:
            tabs.setTabText(
                tabs.indexOf(self),
                self.tr("Incidents (%1)").replace("%1", str(len(self.matches))),
            )
