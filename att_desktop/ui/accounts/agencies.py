"""The administrator's side of issue 14: each agency's mandate, the consultation rules, and
how many working days an opinion may take. Everyone else reads mandates in the chooser and
the Committee tab; these widgets write through ``services.consultation`` (which checks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import RiskLevel
from att_desktop.domain.consultation import FindingCondition
from att_desktop.domain.enums import TransferType
from att_desktop.services import consultation
from att_desktop.services.consultation import AgencyDetails, MandateInput, RuleInput, RuleView
from att_desktop.services.dto import UserSession
from att_desktop.services.errors import ServiceError
from att_desktop.ui.accounts.labels import error_text
from att_desktop.ui.committee.consultation import rule_words
from att_desktop.ui.i18n import transfer_type_label
from att_desktop.ui.prompts import Prompter


class MandateDialog(QDialog):
    """Edit one agency's mandate, contact and the questions it answers."""

    def __init__(
        self, db: Database, session: UserSession, agency: AgencyDetails, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mandateDialog")
        self.db, self.session, self.agency = db, session, agency
        self.setWindowTitle(self.tr("Mandate of %1").replace("%1", agency.code))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.mandate = QPlainTextEdit(agency.mandate, self)
        self.mandate.setObjectName("mandateText")
        self.mandate.setTabChangesFocus(True)
        self.contact_name = QLineEdit(agency.contact_name, self)
        self.contact_name.setObjectName("contactName")
        self.contact = QLineEdit(agency.contact, self)
        self.contact.setObjectName("contact")
        self.contact.setPlaceholderText(self.tr("Phone, e-mail"))
        self.questions = QPlainTextEdit("\n".join(agency.questions), self)
        self.questions.setObjectName("questions")
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("&Mandate:"), self.mandate)
        form.addRow(self.tr("Contact &person:"), self.contact_name)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow(self.tr("&Questions it answers:"), self.questions)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{agency.code} — {agency.name}", self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def save(self) -> None:
        try:
            consultation.set_mandate(
                self.db,
                self.session,
                self.agency.id,
                MandateInput(
                    self.mandate.toPlainText(),
                    self.contact_name.text(),
                    self.contact.text(),
                    tuple(self.questions.toPlainText().splitlines()),
                ),
            )
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


def finding_label(value: FindingCondition) -> str:
    words = {
        FindingCondition.ANY: QCoreApplication.translate("RulesTab", "any case"),
        FindingCondition.TRANSIT: QCoreApplication.translate(
            "RulesTab", "transit or trans-shipment States"
        ),
        FindingCondition.GBV_SERIOUS: QCoreApplication.translate(
            "RulesTab", "a serious GBV finding"
        ),
        FindingCondition.RISK: QCoreApplication.translate("RulesTab", "a risk at a level"),
        FindingCondition.ARTICLE6: QCoreApplication.translate("RulesTab", "an Article 6 concern"),
    }
    return words[value]


class RulesTab(QWidget):
    """The consultation rules (retired ones kept, greyed) and the opinions' due days."""

    def __init__(
        self,
        db: Database,
        session: Callable[[], UserSession | None],
        prompter: Prompter,
        say: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesTab")
        self.db, self.session, self.prompter, self.say = db, session, prompter, say
        self.rules: tuple[RuleView, ...] = ()
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agency"), self.tr("When"), self.tr("Why"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.retire_button = QPushButton(self.tr("Ret&ire rule…"), self)
        self.retire_button.setObjectName("retireRuleButton")
        self.retire_button.clicked.connect(self.retire_selected)
        box = QGroupBox(self.tr("New rule"), self)
        self.agency = QLineEdit(box)
        self.agency.setObjectName("ruleAgency")
        self.agency.setPlaceholderText(self.tr("agency code, e.g. CUS"))
        self.transfer = QComboBox(box)
        self.transfer.setObjectName("ruleTransfer")
        self.transfer.addItem(self.tr("any transfer type"), None)
        for kind in TransferType:
            self.transfer.addItem(transfer_type_label(kind), kind)
        self.finding = QComboBox(box)
        self.finding.setObjectName("ruleFinding")
        for condition in FindingCondition:
            if condition is not FindingCondition.RISK:  # needs a criterion: the command line
                self.finding.addItem(finding_label(condition), condition)
        self.destinations = QLineEdit(box)
        self.destinations.setObjectName("ruleDestinations")
        self.destinations.setPlaceholderText(self.tr("any; or codes, e.g. BR, AR"))
        self.note = QLineEdit(box)
        self.note.setObjectName("ruleNote")
        self.note.setPlaceholderText(self.tr("why: the mandate or decree"))
        self.add_button = QPushButton(self.tr("Add &rule"), box)
        self.add_button.setObjectName("addRuleButton")
        self.add_button.clicked.connect(self.add_rule)
        form = QFormLayout(box)
        form.addRow(self.tr("&Agency:"), self.agency)
        form.addRow(self.tr("&Transfer type:"), self.transfer)
        form.addRow(self.tr("&Finding:"), self.finding)
        form.addRow(self.tr("&Destinations:"), self.destinations)
        form.addRow(self.tr("W&hy:"), self.note)
        form.addRow("", self.add_button)
        normal, urgent = consultation.due_days(db)
        self.normal_days = QSpinBox(self)
        self.normal_days.setObjectName("normalDays")
        self.normal_days.setRange(1, 60)
        self.normal_days.setValue(normal)
        self.urgent_days = QSpinBox(self)
        self.urgent_days.setObjectName("urgentDays")
        self.urgent_days.setRange(1, 60)
        self.urgent_days.setValue(urgent)
        save_days = QPushButton(self.tr("Sa&ve due days"), self)
        save_days.setObjectName("saveDueDaysButton")
        save_days.clicked.connect(self.save_days)
        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("Opinions due in (working days):"), self))
        days.addWidget(self.normal_days)
        days.addWidget(QLabel(self.tr("urgent:"), self))
        days.addWidget(self.urgent_days)
        days.addWidget(save_days)
        days.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.retire_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        layout.addLayout(days)
        self.reload()

    def reload(self) -> None:
        self.rules = consultation.list_rules(self.db, include_inactive=True)
        self.table.setRowCount(len(self.rules))
        for row, view in enumerate(self.rules):
            state = (
                self.tr("Retired")
                if not view.rule.active
                else self.tr("In force")
                if view.in_force
                else self.tr("No such agency yet")
            )
            cells = (view.rule.agency_code, rule_words(view.rule), view.rule.note, state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not view.rule.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)

    def add_rule(self) -> None:
        session = self.session()
        if session is None:
            return
        kind = self.transfer.currentData()
        codes = frozenset(c.strip() for c in self.destinations.text().split(",") if c.strip())
        try:
            consultation.add_rule(
                self.db,
                session,
                RuleInput(
                    self.agency.text(),
                    frozenset({kind}) if kind is not None else frozenset(),
                    destinations=codes,
                    finding=self.finding.currentData(),
                    min_level=RiskLevel.SUBSTANTIAL
                    if self.finding.currentData() is FindingCondition.GBV_SERIOUS
                    else None,
                    note=self.note.text(),
                ),
            )
        except ServiceError as exc:
            self.say(error_text(exc), error=True)
            return
        self.agency.clear()
        self.note.clear()
        self.destinations.clear()
        self.reload()
        self.say(self.tr("Rule added."))

    def retire_selected(self) -> None:
        session = self.session()
        rows = self.table.selectionModel().selectedRows()
        if session is None or not rows:
            return
        view = self.rules[rows[0].row()]
        reason = self.prompter.ask_text(
            self,
            self.tr("Retire a consultation rule"),
            self.tr("Why does this rule no longer apply? (It is kept, retired.)"),
        )
        if reason is None:
            return
        try:
            consultation.deactivate_rule(self.db, session, view.rule.id, reason)
        except ServiceError as exc:
            self.say(error_text(exc), error=True)
            return
        self.reload()
        self.say(self.tr("Rule retired."))

    def save_days(self) -> None:
        session = self.session()
        if session is None:
            return
        try:
            consultation.set_due_days(
                self.db, session, self.normal_days.value(), self.urgent_days.value()
            )
        except ServiceError as exc:
            self.say(error_text(exc), error=True)
            return
        self.say(self.tr("Due days saved."))
