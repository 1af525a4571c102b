"""Change requests on a case's licences: the list, recording one, and deciding one.

Opened from the case view's Licences tab ("Change requests…"). The list shows every request
on the case's licences with its state; the officer records a request (who asked, when, the
new party, country, location or end use, the licensed items and quantities concerned, the
justification and documents); the deciding authority consents or refuses with reasoning and
conditions, after ticking a confirmation, since a decision is signed and cannot be undone.
An Article 6 prohibition on the new destination is shown before anyone decides.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import LicenceStatus
from att_desktop.i18n import translate
from att_desktop.services import change_requests, decisions
from att_desktop.services.change_consent import consent_letter_name, write_consent_letter
from att_desktop.services.change_requests import (
    ChangeKind,
    ChangeRequestView,
    RequestedLine,
    Requester,
    RequestStatus,
)
from att_desktop.services.decisions import LicenceDetail
from att_desktop.services.dto import CaseDetail
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui import ops
from att_desktop.ui.case_documents import session_folder
from att_desktop.ui.change_requests.labels import kind_label, request_status_label, requester_label
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import current_language, format_date, format_quantity
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.widgets.country_combo import CountryCombo


def _error_text(exc: ServiceError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(f"• {field_text(e)}" for e in exc.errors)
    return error_text(exc)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorMessage")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ChangeRequestsDialog(QDialog):
    """Every change request on the open case's licences, with Record… and Decide…."""

    #: A request was recorded or decided: the case view shows the case again.
    changed = Signal()

    def __init__(self, ctx: AppContext, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeRequestsDialog")
        self.setWindowTitle(self.tr("Change requests: %1").replace("%1", case.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx, self.case = ctx, case
        self.requests: tuple[ChangeRequestView, ...] = ()
        self.record_dialog: RecordRequestDialog | None = None
        self.decide_dialog: DecideRequestDialog | None = None

        intro = QLabel(
            self.tr(
                "Requests to re-export, re-transfer, or change the end user, end use or "
                "location of what a licence covers. An officer records each request; the "
                "deciding authority consents or refuses it, as for a decision."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = _table(
            self,
            "changeRequestsTable",
            [
                self.tr("Licence"),
                self.tr("Request"),
                self.tr("Asked by"),
                self.tr("Received"),
                self.tr("Proposed"),
                self.tr("Status"),
            ],
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QLabel(self)
        self.detail.setObjectName("changeRequestDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(120)

        self.record_button = QPushButton(self.tr("&Record request…"), self)
        self.record_button.setObjectName("recordRequestButton")
        self.record_button.clicked.connect(self.open_record)
        self.decide_button = QPushButton(self.tr("&Decide…"), self)
        self.decide_button.setObjectName("decideRequestButton")
        self.decide_button.clicked.connect(self.open_decide)
        self.letter_button = QPushButton(self.tr("Consent &letter…"), self)
        self.letter_button.setObjectName("consentLetterButton")
        self.letter_button.setToolTip(self.tr("Save the consent letter of the selected request"))
        self.letter_button.clicked.connect(self.save_letter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.decide_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        self.requests = change_requests.list_requests(self.ctx.db, application_id=self.case.id)
        self.table.setRowCount(len(self.requests))
        for r, req in enumerate(self.requests):
            values = (
                req.licence_number,
                kind_label(req.kind),
                requester_label(req.requested_by),
                format_date(req.received_on),
                self._proposed(req),
                request_status_label(req.status),
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        valid = any(lic.status is LicenceStatus.VALID for lic in self.case.licences)
        may_record = permitted(self.ctx.db, self.ctx.actor(), Permission.RECORD_FOLLOW_UP)
        self.record_button.setEnabled(valid and may_record)
        self.record_button.setToolTip(
            ""
            if valid and may_record
            else self.tr(
                "A licensing officer or the focal point records requests on a valid licence."
            )
        )
        rows = [i for i, req in enumerate(self.requests) if req.id == keep]
        if rows or self.requests:
            self.table.selectRow(rows[0] if rows else 0)
        self._selected()

    def _proposed(self, req: ChangeRequestView) -> str:
        parts = [req.new_party_name, req.proposed_change]
        if req.new_country_code:
            parts.append(country_name(req.new_country_code, self.ctx.language))
        return ", ".join(p for p in parts if p)

    def selected(self) -> ChangeRequestView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.requests[rows[0].row()] if rows else None

    def _selected(self) -> None:
        req = self.selected()
        self.detail.setText(self._describe(req) if req is not None else "")
        why = None
        if req is None or not req.pending:
            why = self.tr("Choose a request awaiting a decision.")
        else:
            refusal = change_requests.may_decide(self.ctx.db, self.ctx.actor(), req.id)
            why = None if refusal is None else translate(refusal, current_language())
        self.decide_button.setEnabled(why is None)
        self.decide_button.setToolTip(why or "")
        self.letter_button.setEnabled(req is not None and req.status is RequestStatus.CONSENTED)

    def _describe(self, req: ChangeRequestView) -> str:
        lines = "; ".join(
            f"{line.line_no}. {line.description}: {format_quantity(line.quantity, line.unit)}"
            for line in req.lines
        )
        text = [
            self.tr("Items: %1").replace("%1", lines),
            self.tr("Justification: %1").replace("%1", req.justification),
        ]
        if req.documents:
            text.append(self.tr("Documents: %1").replace("%1", "; ".join(req.documents)))
        text.append(
            self.tr("Recorded by %1 on %2")
            .replace("%1", req.recorded_by or "—")
            .replace("%2", format_date(req.recorded_at.date()))
        )
        if req.prohibitions:
            text.append(
                self.tr("Article 6 prohibits a consent: %1").replace(
                    "%1", "; ".join(req.prohibitions)
                )
            )
        if not req.pending:
            text.append(
                self.tr("%1 by %2 on %3: %4")
                .replace("%1", request_status_label(req.status))
                .replace("%2", req.decided_by)
                .replace("%3", format_date(req.decided_on))
                .replace("%4", req.reasoning)
            )
            if req.conditions:
                text.append(self.tr("Conditions: %1").replace("%1", "; ".join(req.conditions)))
        return "\n".join(text)

    def open_record(self) -> RecordRequestDialog:
        licences = [
            decisions.get_licence(self.ctx.db, lic.id)
            for lic in self.case.licences
            if lic.status is LicenceStatus.VALID
        ]
        self.record_dialog = RecordRequestDialog(self.ctx, licences, self)
        self.record_dialog.recorded.connect(self._done)
        self.record_dialog.open()
        return self.record_dialog

    def open_decide(self) -> DecideRequestDialog | None:
        req = self.selected()
        if req is None or not req.pending:
            return None
        self.decide_dialog = DecideRequestDialog(self.ctx, req, self)
        self.decide_dialog.decided.connect(self._done)
        self.decide_dialog.open()
        return self.decide_dialog

    def save_letter(self) -> None:
        """Save the consent letter of the selected request (written on a worker thread)."""
        req = self.selected()
        if req is None or req.status is not RequestStatus.CONSENTED:
            return
        title = self.tr("Save the consent letter")
        folder = session_folder()
        chosen = self.ctx.prompter.save_file(
            self, title, folder.suggest(consent_letter_name(req)), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        db, language, request_id = self.ctx.db, self.ctx.language, req.id

        def saved(path: Path) -> None:
            folder.remember(path)
            text = self.tr("Saved to %1").replace("%1", str(path))
            if self.ctx.prompter.offer_open(self, title, text):
                self.ctx.prompter.open_path(str(path))

        ops.run_op(
            self,
            lambda _progress: write_consent_letter(db, request_id, Path(chosen), language),
            saved,
            title=title,
            prompter=self.ctx.prompter,
            label=self.tr("Writing the consent letter…"),
            key="consent-letter",
            triggers=(self.letter_button,),
            expected=(ServiceError, OSError),
        )

    def _done(self, request_id: int) -> None:
        self.refresh(keep=request_id)
        self.changed.emit()


class RecordRequestDialog(QDialog):
    """Record a request received: the officer fills in what was asked and why."""

    recorded = Signal(int)

    def __init__(
        self, ctx: AppContext, licences: list[LicenceDetail], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordChangeRequestDialog")
        self.setWindowTitle(self.tr("Record a change request"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx, self.licences = ctx, licences

        self.licence = QComboBox(self)
        self.licence.setObjectName("requestLicence")
        for lic in licences:
            self.licence.addItem(lic.number, lic.id)
        self.licence.currentIndexChanged.connect(self._show_lines)
        self.kind = QComboBox(self)
        self.kind.setObjectName("requestKind")
        for kind in ChangeKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.requested_by = QComboBox(self)
        self.requested_by.setObjectName("requestedBy")
        for who in Requester:
            self.requested_by.addItem(requester_label(who), who.value)
        self.received_on = QDateEdit(QDate.currentDate(), self)
        self.received_on.setObjectName("receivedOn")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.country = CountryCombo(ctx.language, parent=self)
        self.country.setObjectName("newCountry")
        self.party = QLineEdit(self)
        self.party.setObjectName("newParty")
        self.proposal = QLineEdit(self)
        self.proposal.setObjectName("proposedChange")
        self.proposal.setPlaceholderText(self.tr("The new end use or location, in words"))
        self.lines = _table(self, "requestLines", [self.tr("Licensed item"), self.tr("Quantity")])
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.setMinimumHeight(110)
        self.justification = QPlainTextEdit(self)
        self.justification.setObjectName("justification")
        self.justification.setTabChangesFocus(True)
        self.documents = QPlainTextEdit(self)
        self.documents.setObjectName("documents")
        self.documents.setTabChangesFocus(True)
        self.documents.setPlaceholderText(self.tr("One document per line (title or reference)"))
        self.documents.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Licence:"), self.licence)
        form.addRow(self.tr("&Request:"), self.kind)
        form.addRow(self.tr("Asked &by:"), self.requested_by)
        form.addRow(self.tr("Recei&ved on:"), self.received_on)
        form.addRow(self.tr("New &country:"), self.country)
        form.addRow(self.tr("New &end user:"), self.party)
        form.addRow(self.tr("New end use or l&ocation:"), self.proposal)
        form.addRow(self.tr("&Items concerned:"), self.lines)
        form.addRow(self.tr("&Justification:"), self.justification)
        form.addRow(self.tr("Docu&ments:"), self.documents)
        self.message = _error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self._show_lines()

    def _lic(self) -> LicenceDetail | None:
        index = self.licence.currentIndex()
        return self.licences[index] if 0 <= index < len(self.licences) else None

    def _show_lines(self) -> None:
        lic = self._lic()
        rows = [line for line in (lic.lines if lic else ()) if line.quantity > 0]
        self._line_ids = [line.id for line in rows]
        self.lines.setRowCount(len(rows))
        for r, line in enumerate(rows):
            item = QTableWidgetItem(
                f"{line.line_no}. {line.description} "
                + self.tr("(licensed: %1)").replace("%1", format_quantity(line.quantity, line.unit))
            )
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.lines.setItem(r, 0, item)
            self.lines.setItem(r, 1, QTableWidgetItem(format(line.quantity.normalize(), "f")))

    def requested_lines(self) -> list[RequestedLine] | None:
        """The ticked lines and quantities typed; None when a quantity is not a number."""
        chosen = []
        for r, line_id in enumerate(self._line_ids):
            check, amount = self.lines.item(r, 0), self.lines.item(r, 1)
            if check is None or check.checkState() is not Qt.CheckState.Checked:
                continue
            try:
                quantity = Decimal((amount.text() if amount else "").replace(",", "").strip())
            except InvalidOperation:
                return None
            chosen.append(RequestedLine(line_id, quantity))
        return chosen

    def accept(self) -> None:
        lic = self._lic()
        lines = self.requested_lines()
        if lic is None or lines is None:
            self._say(self.tr("Type each quantity as a number, e.g. 10 or 2.5."))
            return
        qd = self.received_on.date()
        try:
            view = change_requests.record_request(
                self.ctx.db,
                lic.id,
                kind=str(self.kind.currentData()),
                requested_by=str(self.requested_by.currentData()),
                received_on=date(qd.year(), qd.month(), qd.day()),
                details=self.justification.toPlainText(),
                new_country_code=self.country.code() or None,
                new_party_name=self.party.text(),
                proposed_change=self.proposal.text(),
                lines=lines,
                documents=self.documents.toPlainText().splitlines(),
                actor=self.ctx.actor(),
            )
        except ServiceError as exc:
            self._say(_error_text(exc))
            return
        self.recorded.emit(view.id)
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class DecideRequestDialog(QDialog):
    """Consent or refuse, with reasoning and conditions, after ticking the confirmation."""

    decided = Signal(int)

    def __init__(
        self, ctx: AppContext, request: ChangeRequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decideChangeRequestDialog")
        self.setWindowTitle(
            self.tr("Decide: %1 on licence %2")
            .replace("%1", kind_label(request.kind))
            .replace("%2", request.licence_number)
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx, self.request = ctx, request

        what = QLabel(self)
        what.setWordWrap(True)
        what.setText(
            self.tr("%1, asked by %2 on %3. Justification: %4")
            .replace("%1", kind_label(request.kind))
            .replace("%2", requester_label(request.requested_by))
            .replace("%3", format_date(request.received_on))
            .replace("%4", request.justification)
        )
        self.warning = QLabel(self)
        self.warning.setObjectName("prohibitionWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: 600;")
        self.warning.setText(
            self.tr("Article 6 prohibits a consent: %1").replace(
                "%1", "; ".join(request.prohibitions)
            )
        )
        self.warning.setVisible(bool(request.prohibitions))

        self.consent = QRadioButton(self.tr("&Consent"), self)
        self.consent.setObjectName("consentChoice")
        self.refuse = QRadioButton(self.tr("&Refuse"), self)
        self.refuse.setObjectName("refuseChoice")
        group = QButtonGroup(self)
        group.addButton(self.consent)
        group.addButton(self.refuse)
        (self.refuse if request.prohibitions else self.consent).setChecked(True)
        choice = QHBoxLayout()
        choice.addWidget(self.consent)
        choice.addWidget(self.refuse)
        choice.addStretch(1)
        self.reasoning = QPlainTextEdit(self)
        self.reasoning.setObjectName("decisionReasoning")
        self.reasoning.setTabChangesFocus(True)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setObjectName("decisionConditions")
        self.conditions.setTabChangesFocus(True)
        self.conditions.setPlaceholderText(self.tr("One condition per line (consent only)"))
        self.conditions.setMaximumHeight(90)
        self.confirm = QCheckBox(
            self.tr("I have checked the request; the decision is signed and cannot be undone"),
            self,
        )
        self.confirm.setObjectName("confirmDecision")

        form = QFormLayout()
        form.addRow(self.tr("Decision:"), choice)
        form.addRow(self.tr("Rea&soning:"), self.reasoning)
        form.addRow(self.tr("Co&nditions:"), self.conditions)
        self.message = _error_label(self)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Record &decision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("recordDecisionButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (what, self.warning):
            layout.addWidget(widget)
        layout.addLayout(form, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.consent.toggled.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self.resize(680, 480)
        self._update()

    def _update(self) -> None:
        self.conditions.setEnabled(self.consent.isChecked())
        self.ok_button.setEnabled(self.confirm.isChecked())

    def accept(self) -> None:
        consent = self.consent.isChecked()
        conditions = self.conditions.toPlainText().splitlines() if consent else []
        try:
            view = change_requests.decide_request(
                self.ctx.db,
                self.request.id,
                consent=consent,
                reasoning=self.reasoning.toPlainText(),
                conditions=conditions,
                actor=self.ctx.actor(),
            )
        except ServiceError as exc:
            self.message.setText(_error_text(exc))
            self.message.show()
            return
        self.decided.emit(view.id)
        super().accept()
