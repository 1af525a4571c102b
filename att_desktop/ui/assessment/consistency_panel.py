"""Like cases treated alike (Art. 7(1)): earlier decisions and matching denial notices."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import DecisionOutcome
from att_desktop.domain.names import MatchKind
from att_desktop.services.consistency import Precedent, Precedents
from att_desktop.ui.assessment.labels import citation_style
from att_desktop.ui.i18n import party_role_label
from att_desktop.ui.incidents.labels import incident_line


class ConsistencyPanel(QWidget):
    """Four groups: same destination, same end user, same category, denial notices."""

    #: The officer asked to record a denial notified by another State.
    record_denial_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consistencyPanel")
        self._language = language
        self.title = QLabel(self.tr("Consistency: like cases"), self)
        self.title.setStyleSheet("color: #4a5560; font-weight: 600;")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("consistencyTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setRootIsDecorated(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)
        self.record_denial_button = QPushButton(
            self.tr("Record a denial from another State…"), self
        )
        self.record_denial_button.setObjectName("recordDenialNotice")
        self.record_denial_button.setToolTip(
            self.tr("Denials notified by other States are matched against this case's parties.")
        )
        self.record_denial_button.clicked.connect(self.record_denial_requested)
        layout.addWidget(self.record_denial_button)

    def _outcome(self, value: DecisionOutcome) -> str:
        return self.tr("authorised") if value is DecisionOutcome.AUTHORISE else self.tr("denied")

    def _precedent(self, p: Precedent) -> str:
        text = f"{p.reference} · {p.decided_on.isoformat()} · {self._outcome(p.outcome)}"
        details = [
            country_name(p.destination_code, self._language),
            p.end_user_name,
            p.categories_summary,
            "; ".join(dict.fromkeys(g.citation(citation_style()) for g in p.grounds)),
        ]
        return text + "\n" + " · ".join(d for d in details if d)

    def show_precedents(self, data: Precedents | None) -> None:
        self.tree.clear()
        if data is None:
            QTreeWidgetItem(self.tree, [self.tr("Not available")])
            return
        groups = (
            (self.tr("Same destination"), data.same_destination),
            (self.tr("Same end user"), data.same_end_user),
            (self.tr("Same category"), data.same_category),
        )
        for title, rows in groups:
            group = QTreeWidgetItem(self.tree, [f"{title} ({len(rows)})"])
            for p in rows:
                child = QTreeWidgetItem(group, [self._precedent(p)])
                child.setToolTip(0, self._precedent(p))
            if not rows:
                QTreeWidgetItem(group, [self.tr("No earlier decision")])
            group.setExpanded(True)
        denials = QTreeWidgetItem(
            self.tree,
            [
                self.tr("Denial notices matching the parties (%1)").replace(
                    "%1", str(len(data.denials))
                )
            ],
        )
        for m in data.denials:
            kind = self.tr("exact name") if m.kind is MatchKind.EXACT else self.tr("similar name")
            text = self.tr("%1: %2 (%3) ~ %4, denied by %5 on %6").replace("%1", kind)
            text = (
                text.replace("%2", m.party_name)
                .replace("%3", party_role_label(m.party_role))
                .replace("%4", m.notice.party_name)
                .replace(
                    "%5",
                    country_name(m.notice.notifying_state, self._language)
                    if m.notice.notifying_state
                    else self.tr("this authority"),
                )
                .replace("%6", m.notice.denied_on.isoformat())
            )
            if m.notice.reference:
                text += f" · {m.notice.reference}"
            child = QTreeWidgetItem(denials, [text])
            child.setToolTip(0, f"{text}\n{m.notice.grounds}")
        if not data.denials:
            QTreeWidgetItem(denials, [self.tr("No matching denial notice")])
        denials.setExpanded(True)
        self._show_incidents(data)

    def _show_incidents(self, data: Precedents) -> None:
        """Diversion and breach incidents with the same parties or destination (issue 14)."""
        # First: an incident with these parties is the strongest warning of the panel.
        group = QTreeWidgetItem(
            [self.tr("Diversion and breach incidents (%1)").replace("%1", str(len(data.incidents)))]
        )
        self.tree.insertTopLevelItem(0, group)
        group.setData(0, Qt.ItemDataRole.UserRole, "incidents")
        for match in data.incidents:
            text = incident_line(match, self._language)
            child = QTreeWidgetItem(group, [text])
            child.setToolTip(0, f"{text}\n{match.incident.description}")
        if not data.incidents:
            QTreeWidgetItem(group, [self.tr("No incident with these parties or destination")])
        group.setExpanded(True)
