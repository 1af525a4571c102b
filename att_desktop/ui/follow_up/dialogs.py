"""The follow-up actions' dialogs: certificate received, visit result, assurance checked,
waive, add an obligation (or plan a visit), and the authority's DVC rule.

Each is window-modal but never blocks (``open()``), says what to correct beside the buttons
when the service refuses, and emits ``saved`` with the service's answer once it is recorded.
Recording is final (the history keeps it): the OK button names what it records.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.follow_up import MAX_DVC_DAYS, DvcRule, ObligationKind, VisitOutcome
from att_desktop.services import follow_up
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.follow_up import ObligationView
from att_desktop.ui.context import AppContext
from att_desktop.ui.follow_up.labels import kind_label, outcome_label, rule_label, what_text
from att_desktop.ui.messages import error_text, field_text


class Action(StrEnum):
    CERTIFICATE = "certificate"
    VISIT = "visit"
    ASSURANCE = "assurance"
    WAIVE = "waive"
    ADD = "add"


def _date_edit(parent: QWidget, name: str, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ObligationDialog(QDialog):
    """One follow-up action on one obligation (or, for ``ADD``, on a licence of the case)."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        action: Action,
        parent: QWidget | None = None,
        *,
        obligation: ObligationView | None = None,
        licences: tuple[tuple[int, str], ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"followUpDialog_{action.value}")
        self.ctx = ctx
        self.action = action
        self.obligation = obligation
        form = QFormLayout()
        today = date.today()
        if obligation is not None:
            o = obligation
            about = QLabel(
                self.tr("Licence %1 (%2): %3, due %4")
                .replace("%1", obligation.licence_number)
                .replace("%2", obligation.case_reference)
                .replace(
                    "%3",
                    what_text(o.kind, o.shipment_reference, o.shipped_on),
                )
                .replace("%4", obligation.due_on.isoformat()),
                self,
            )
            about.setWordWrap(True)
            about.setObjectName("followUpAbout")
            form.addRow(about)
        self.done_on = _date_edit(self, "doneOn", today)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        self.visitors = QLineEdit(obligation.visitors if obligation else "", self)
        self.visitors.setObjectName("visitors")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.findings = QPlainTextEdit(self)
        self.findings.setObjectName("findings")
        self.findings.setTabChangesFocus(True)
        self.findings.setMaximumHeight(110)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        for outcome in VisitOutcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in ObligationKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.licence = QComboBox(self)
        self.licence.setObjectName("licence")
        for licence_id, number in licences:
            self.licence.addItem(number, licence_id)
        self.due_on = _date_edit(self, "dueOn", today)
        self.description = QLineEdit(self)
        self.description.setObjectName("description")
        self._lay_out(form)
        self.errors = QLabel(self)
        self.errors.setObjectName("followUpErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = QPushButton(self._ok_text(), self)
        self.ok_button.setObjectName("followUpSave")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setWindowTitle(self._title())
        self.setMinimumWidth(520)

    def _lay_out(self, form: QFormLayout) -> None:
        """The fields this action asks for; the others are hidden (they are all built so
        ``_record`` reads one set of widgets)."""
        a = self.action
        rows: list[tuple[str, QWidget]]
        if a is Action.CERTIFICATE:
            rows = [
                (self.tr("Recei&ved on:"), self.done_on),
                (self.tr("Certificate &reference:"), self.reference),
            ]
        elif a is Action.VISIT:
            rows = [
                (self.tr("&Visited on:"), self.done_on),
                (self.tr("Visited &by:"), self.visitors),
                (self.tr("&Outcome:"), self.outcome),
                (self.tr("What was &found:"), self.findings),
                (self.tr("Report &reference:"), self.reference),
            ]
        elif a is Action.ASSURANCE:
            rows = [
                (self.tr("&Checked on:"), self.done_on),
                (self.tr("&Evidence (reference):"), self.reference),
                (self.tr("&Note:"), self.findings),
            ]
        elif a is Action.WAIVE:
            rows = [(self.tr("&Why is it waived?"), self.findings)]
        else:
            rows = [
                (self.tr("&Licence:"), self.licence),
                (self.tr("&Kind:"), self.kind),
                (self.tr("&Due (or planned) on:"), self.due_on),
                (self.tr("What to &check:"), self.description),
                (self.tr("Who is to &visit:"), self.visitors),
                (self.tr("&Where:"), self.place),
            ]
        for label, widget in rows:
            form.addRow(label, widget)
        shown = {id(w) for _label, w in rows}
        for widget in (
            self.done_on,
            self.reference,
            self.visitors,
            self.place,
            self.findings,
            self.outcome,
            self.kind,
            self.licence,
            self.due_on,
            self.description,
        ):
            if id(widget) not in shown:
                widget.hide()

    def _title(self) -> str:
        return {
            Action.CERTIFICATE: self.tr("Delivery verification certificate received"),
            Action.VISIT: self.tr("Verification visit: result"),
            Action.ASSURANCE: self.tr("Assurance checked"),
            Action.WAIVE: self.tr("Waive a follow-up obligation"),
            Action.ADD: self.tr("Add a follow-up obligation"),
        }[self.action]

    def _ok_text(self) -> str:
        return {
            Action.CERTIFICATE: self.tr("Record &certificate"),
            Action.VISIT: self.tr("Record v&isit"),
            Action.ASSURANCE: self.tr("Record c&heck"),
            Action.WAIVE: self.tr("W&aive"),
            Action.ADD: self.tr("&Add"),
        }[self.action]

    def _record(self) -> ObligationView:
        db, actor, a = self.ctx.db, self.ctx.actor(), self.action
        if a is Action.ADD:
            kind = ObligationKind(self.kind.currentData())
            licence_id = self.licence.currentData()
            if licence_id is None:
                raise ServiceError(self.tr("This case has no licence to follow up."))
            if kind is ObligationKind.VERIFICATION_VISIT:
                return follow_up.schedule_visit(
                    db,
                    int(licence_id),
                    planned_on=date_of(self.due_on),
                    visitors=self.visitors.text(),
                    place=self.place.text(),
                    description=self.description.text(),
                    actor=actor,
                )
            return follow_up.add_obligation(
                db,
                int(licence_id),
                kind=kind,
                due_on=date_of(self.due_on),
                description=self.description.text(),
                actor=actor,
            )
        assert self.obligation is not None
        oid, on, text = self.obligation.id, date_of(self.done_on), self.findings.toPlainText()
        if a is Action.CERTIFICATE:
            return follow_up.record_certificate_received(
                db, oid, received_on=on, reference=self.reference.text(), actor=actor
            )
        if a is Action.VISIT:
            return follow_up.record_visit(
                db,
                oid,
                visited_on=on,
                visitors=self.visitors.text(),
                findings=text,
                outcome=VisitOutcome(self.outcome.currentData()),
                reference=self.reference.text(),
                actor=actor,
            )
        if a is Action.ASSURANCE:
            return follow_up.record_assurance_checked(
                db, oid, checked_on=on, reference=self.reference.text(), note=text, actor=actor
            )
        return follow_up.waive_obligation(db, oid, reason=text, actor=actor)

    def _save(self) -> None:
        try:
            view = self._record()
        except ValidationFailed as exc:
            self._show_errors([field_text(e) for e in exc.errors])
            return
        except ServiceError as exc:
            self._show_errors([error_text(exc)])
            return
        self.saved.emit(view)
        self.accept()

    def _show_errors(self, messages: list[str]) -> None:
        self.errors.setText("\n".join(messages))
        self.errors.show()


class RulesDialog(QDialog):
    """The authority's rule: which shipments owe a DVC, and how many days after."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpRulesDialog")
        self.setWindowTitle(self.tr("Delivery verification certificates"))
        self.ctx = ctx
        current = follow_up.follow_up_settings(ctx.db)
        self.rule = QComboBox(self)
        self.rule.setObjectName("dvcRule")
        for rule in DvcRule:
            self.rule.addItem(rule_label(rule), rule.value)
        self.rule.setCurrentIndex(self.rule.findData(current.dvc_rule.value))
        self.days = QSpinBox(self)
        self.days.setObjectName("dvcDays")
        self.days.setRange(1, MAX_DVC_DAYS)
        self.days.setValue(current.dvc_days)
        self.days.setSuffix(self.tr(" days after the shipment"))
        form = QFormLayout()
        form.addRow(self.tr("&Owed:"), self.rule)
        form.addRow(self.tr("&Due:"), self.days)
        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Applies to shipments recorded from now on."), self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def _save(self) -> None:
        try:
            saved = follow_up.set_follow_up_settings(
                self.ctx.db,
                dvc_days=self.days.value(),
                dvc_rule=DvcRule(self.rule.currentData()),
                actor=self.ctx.actor(),
            )
        except ServiceError as exc:
            self.errors.setText(error_text(exc))
            self.errors.show()
            return
        self.saved.emit(saved)
        self.accept()
