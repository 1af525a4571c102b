"""Choosing the agencies to consult (issue 14): the rules' choice pre-selected, each rule in
words, a reason asked for every departure, an urgent track; and each agency's mandate shown
where agencies are named (tooltips and details lines).

The service (``committee.request_review``) decides whether the choice stands; this widget
only shows what ``services.consultation`` says and gathers the reasons.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Criterion, RiskLevel
from att_desktop.domain.consultation import FindingCondition, Rule, add_working_days
from att_desktop.domain.enums import TransferType
from att_desktop.services import consultation
from att_desktop.services.consultation import AgencyDetails, DeadlineView
from att_desktop.ui.i18n import format_date, transfer_type_label

# The assessment's own words for risks and levels (same context and source text as
# ``ui/assessment/labels``, so the same translation): that package is not imported here, as
# it imports the committee's review panel, which imports this module.
_CRITERIA = {
    Criterion.A: "7(1)(a)",
    Criterion.B_I: "7(1)(b)(i) IHL",
    Criterion.B_II: "7(1)(b)(ii) Human rights",
    Criterion.B_III: "7(1)(b)(iii) Terrorism",
    Criterion.B_IV: "7(1)(b)(iv) Organised crime",
    Criterion.GBV: "7(4) GBV/VAWC",
    Criterion.DIVERSION: "Art. 11 Diversion",
}
_LEVELS = {
    RiskLevel.NONE_IDENTIFIED: "None identified",
    RiskLevel.LOW: "Low",
    RiskLevel.SUBSTANTIAL: "Substantial",
    RiskLevel.OVERRIDING_BEFORE_MITIGATION: "Overriding before mitigation",
}


def criterion_short(value: Criterion) -> str:
    return QCoreApplication.translate("AssessmentVocabulary", _CRITERIA[value])


def risk_label(value: RiskLevel) -> str:
    return QCoreApplication.translate("AssessmentVocabulary", _LEVELS[value])


def rule_words(rule: Rule) -> str:
    """A consultation rule in the reader's language, e.g. "export with transit States"."""
    kinds = [transfer_type_label(t) for t in TransferType if t in rule.transfer_types]
    parts = [
        QCoreApplication.translate("Consultation", "%1 cases").replace("%1", ", ".join(kinds))
        if kinds
        else QCoreApplication.translate("Consultation", "Any case")
    ]
    if rule.category:
        parts.append(
            QCoreApplication.translate("Consultation", "in category %1").replace(
                "%1", rule.category
            )
        )
    if rule.destinations:
        parts.append(
            QCoreApplication.translate("Consultation", "to %1").replace(
                "%1", ", ".join(sorted(rule.destinations))
            )
        )
    if rule.finding is FindingCondition.TRANSIT:
        parts.append(
            QCoreApplication.translate("Consultation", "with transit or trans-shipment States")
        )
    elif rule.finding is FindingCondition.GBV_SERIOUS:
        parts.append(
            QCoreApplication.translate("Consultation", "with a serious GBV finding (Art. 7(4))")
        )
    elif rule.finding is FindingCondition.ARTICLE6:
        parts.append(QCoreApplication.translate("Consultation", "with an Article 6 concern"))
    elif rule.finding is FindingCondition.RISK and rule.criterion is not None:
        level = risk_label(rule.min_level) if rule.min_level else ""
        parts.append(
            QCoreApplication.translate("Consultation", "with the risk %1 at %2 or above")
            .replace("%1", criterion_short(rule.criterion))
            .replace("%2", level)
        )
    return " ".join(parts)


def mandate_text(agency: AgencyDetails) -> str:
    """An agency's mandate, contact and questions, for a tooltip or a details line."""
    lines = [f"{agency.code} — {agency.name}"]
    lines.append(
        QCoreApplication.translate("Consultation", "Mandate: %1").replace("%1", agency.mandate)
        if agency.mandate
        else QCoreApplication.translate("Consultation", "No mandate recorded yet.")
    )
    contact = ", ".join(t for t in (agency.contact_name, agency.contact) if t)
    if contact:
        lines.append(
            QCoreApplication.translate("Consultation", "Contact: %1").replace("%1", contact)
        )
    lines += [
        QCoreApplication.translate("Consultation", "Answers: %1").replace("%1", q)
        for q in agency.questions
    ]
    return "\n".join(lines)


def deadline_words(deadline: DeadlineView | None) -> str:
    """ "Not yet, due 18 Dec 2026", "Overdue: due …", or the plain word when there is no date."""
    if deadline is None:
        return QCoreApplication.translate("Consultation", "Not yet")
    due = format_date(deadline.due_on)
    if deadline.overdue:
        text = QCoreApplication.translate("Consultation", "Overdue: was due %1").replace("%1", due)
    else:
        text = QCoreApplication.translate("Consultation", "Not yet, due %1").replace("%1", due)
    return text + (
        " " + QCoreApplication.translate("Consultation", "(urgent)") if deadline.urgent else ""
    )


class ConsultationChooser(QWidget):
    """One row per active agency: ticked if chosen, why the rules require it, and a reason
    field that opens when the choice departs from the rules."""

    AGENCY, RULE, REASON = range(3)

    def __init__(
        self, db: Database, application_id: int, asked: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultationChooser")
        self.agencies = consultation.agency_details(db)
        required = consultation.required_agencies(db, application_id)
        self.required = {r.agency.code: r for r in required}
        self.asked = asked
        normal, urgent = consultation.due_days(db)
        self.days = (normal, urgent)

        self.table = QTableWidget(len(self.agencies), 3, self)
        self.table.setObjectName("agencyList")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Consultation", "Agency"),
                QCoreApplication.translate("Consultation", "Required by the rules"),
                QCoreApplication.translate("Consultation", "Reason for departing"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.reasons: dict[str, QLineEdit] = {}
        for row, agency in enumerate(self.agencies):
            self._add_row(row, agency)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.AGENCY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.RULE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda *_: self._update())
        # The current agency's mandate, contact and questions (the tooltip, for the keyboard).
        self.details = QLabel(self)
        self.details.setObjectName("agencyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))

        self.urgent = QCheckBox(
            QCoreApplication.translate("Consultation", "&Urgent: shorter due date"), self
        )
        self.urgent.setObjectName("urgentCheck")
        self.urgent_reason = QLineEdit(self)
        self.urgent_reason.setObjectName("urgentReason")
        self.urgent_reason.setPlaceholderText(
            QCoreApplication.translate("Consultation", "Why is the case urgent?")
        )
        self.urgent.toggled.connect(lambda *_: self._update())
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueLabel")
        self.due_label.setWordWrap(True)
        urgent_row = QHBoxLayout()
        urgent_row.addWidget(self.urgent)
        urgent_row.addWidget(self.urgent_reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(urgent_row)
        layout.addWidget(self.due_label)
        self._update()
        if self.agencies:
            self.table.setCurrentCell(0, self.AGENCY)

    def _show_details(self, row: int) -> None:
        if 0 <= row < len(self.agencies):
            self.details.setText(mandate_text(self.agencies[row]).replace("\n", " · "))

    def _add_row(self, row: int, agency: AgencyDetails) -> None:
        needed = self.required.get(agency.code)
        item = QTableWidgetItem(f"{agency.code} — {agency.name}")
        item.setData(Qt.ItemDataRole.UserRole, agency.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        chosen = needed is not None or agency.id in self.asked
        item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        item.setToolTip(mandate_text(agency))
        self.table.setItem(row, self.AGENCY, item)
        words = (
            "; ".join(rule_words(r) for r in needed.rules)
            if needed is not None
            else QCoreApplication.translate("Consultation", "Not required")
        )
        rule_item = QTableWidgetItem(words)
        rule_item.setToolTip(
            "\n".join(f"{rule_words(r)}: {r.note}" for r in needed.rules) if needed else words
        )
        self.table.setItem(row, self.RULE, rule_item)
        reason = QLineEdit(self.table)
        reason.setObjectName(f"reason_{agency.code}")
        self.reasons[agency.code] = reason
        self.table.setCellWidget(row, self.REASON, reason)

    # --- reading and driving -----------------------------------------------------------------

    def _row_of(self, code: str) -> int:
        return next(r for r, a in enumerate(self.agencies) if a.code == code)

    def _agency_item(self, code: str) -> QTableWidgetItem:
        item = self.table.item(self._row_of(code), self.AGENCY)
        assert item is not None
        return item

    def set_checked(self, code: str, checked: bool) -> None:
        item = self._agency_item(code)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_checked(self, code: str) -> bool:
        item = self._agency_item(code)
        return item.checkState() is Qt.CheckState.Checked

    def chosen(self) -> list[int]:
        return [a.id for a in self.agencies if self.is_checked(a.code)]

    def departures(self) -> dict[str, str]:
        """Agency code → the reason typed for each departure from the rules."""
        return {
            code: field.text().strip()
            for code, field in self.reasons.items()
            if field.isEnabled() and field.text().strip()
        }

    def _update(self) -> None:
        for agency in self.agencies:
            field = self.reasons[agency.code]
            checked = self.is_checked(agency.code)
            needed = agency.code in self.required
            departs = (needed and not checked) or (
                checked and not needed and agency.id not in self.asked
            )
            field.setEnabled(departs)
            field.setPlaceholderText(
                (
                    QCoreApplication.translate("Consultation", "Why is it not consulted?")
                    if needed
                    else QCoreApplication.translate("Consultation", "Why is it consulted?")
                )
                if departs
                else ""
            )
        self.urgent_reason.setEnabled(self.urgent.isChecked())
        days = self.days[1] if self.urgent.isChecked() else self.days[0]
        due = add_working_days(date.today(), days)
        self.due_label.setText(
            QCoreApplication.translate(
                "Consultation", "Opinions will be due by %1 (%2 working days)."
            )
            .replace("%1", format_date(due))
            .replace("%2", str(days))
        )
