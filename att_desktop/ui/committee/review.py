"""Committee review of one case: who was asked, who answered, the quorum, and the actions.

The panel shows what ``committee.review_status`` returns. Its buttons open small
window-modal dialogs (submit to agencies, give an opinion, decide) that call the services
with the signed-in person's actor: the services check the role, the agency, four eyes, the
quorum and the majority; a greyed-out button is only a courtesy.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, OpinionKind
from att_desktop.services import assessment as assessment_service
from att_desktop.services import committee, consultation, decisions
from att_desktop.services.committee import OpinionInput, ReviewStatus
from att_desktop.services.consultation import DeadlineView
from att_desktop.services.criteria_sets import active_criteria_set
from att_desktop.services.decisions import DecisionInput
from att_desktop.services.dto import Actor, CaseDetail, UserSession
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.permissions import Permission, allowed
from att_desktop.ui.assessment.decision_form import DecisionForm
from att_desktop.ui.assessment.labels import citation_style, recommendation_label
from att_desktop.ui.committee.consultation import (
    ConsultationChooser,
    deadline_words,
    mandate_text,
)
from att_desktop.ui.committee.labels import opinion_label
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import assessment_status_label, current_language, format_datetime
from att_desktop.ui.messages import error_text, field_text


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


def _errors_text(exc: ServiceError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_text(e) for e in exc.errors)
    return error_text(exc)


def _deadline_summary(deadlines: list[DeadlineView]) -> str:
    """Issue 14: the urgent track and the overdue opinions, one line in the tab's summary."""
    parts: list[str] = []
    urgent = next((d for d in deadlines if d.urgent), None)
    if urgent is not None:
        parts.append(
            QCoreApplication.translate("ReviewPanel", "Urgent: %1").replace(
                "%1", urgent.urgent_reason
            )
        )
    late = [d.agency_code for d in deadlines if d.overdue]
    if late:
        parts.append(
            QCoreApplication.translate("ReviewPanel", "Overdue: %1").replace("%1", ", ".join(late))
        )
    return "\n" + " · ".join(parts) if parts else ""


class ReviewPanel(QWidget):
    """The "Committee" tab of the case view."""

    #: The case changed here (submitted, decided): the window refreshes register and case.
    caseChanged = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        #: The database and the person acting, read when a button is pressed.
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self.status: ReviewStatus | None = None
        self.dialog: QDialog | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Agency"),
                self.tr("Answered"),
                self.tr("Opinion"),
                self.tr("By"),
                self.tr("When"),
                self.tr("Reasons"),
                self.tr("Conditions"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)

        self.submit_button = QPushButton(self.tr("&Submit for review…"), self)
        self.submit_button.setObjectName("submitReviewButton")
        self.submit_button.clicked.connect(self.open_submit)
        self.opinion_button = QPushButton(self.tr("Give &opinion…"), self)
        self.opinion_button.setObjectName("giveOpinionButton")
        self.opinion_button.clicked.connect(self.open_opinion)
        self.decide_button = QPushButton(self.tr("&Decide…"), self)
        self.decide_button.setObjectName("decideButton")
        self.decide_button.clicked.connect(self.open_decide)

        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.opinion_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_case(None)

    # --- showing ----------------------------------------------------------------------------

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        self.status = committee.review_status(self.ctx.db, case.id) if case is not None else None
        self.deadlines = (
            {d.agency_id: d for d in consultation.deadlines(self.ctx.db, case.id)}
            if case is not None
            else {}
        )
        self.mandates = {a.id: mandate_text(a) for a in consultation.agency_details(self.ctx.db)}
        self._fill()
        self.update_buttons()

    def _fill(self) -> None:
        status = self.status
        self.table.setRowCount(0)
        if status is None:
            self.summary.setText("")
            return
        if not status.requested:
            self.summary.setText(self.tr("This case has not been submitted to the committee."))
            return
        majority = {
            OpinionKind.APPROVE: self.tr("the majority approves"),
            OpinionKind.REFUSE: self.tr("the majority refuses"),
            None: self.tr("no majority"),
        }[status.majority]
        quorum = self.tr("quorum met") if status.quorum_met else self.tr("quorum not met")
        text = (
            self.tr("%1 of %2 agencies answered; %3 needed (%4); %5.")
            .replace("%1", str(len(status.answered)))
            .replace("%2", str(len(status.requested)))
            .replace("%3", str(status.quorum))
            .replace("%4", quorum)
            .replace("%5", majority)
        )
        if status.missing:
            text += "\n" + self.tr("Waiting for: %1").replace(
                "%1", ", ".join(f"{a.code} ({a.name})" for a in status.missing)
            )
        text += _deadline_summary(list(self.deadlines.values()))
        self.summary.setText(text)
        current = {o.agency_id: o for o in status.opinions if not o.superseded}
        rows: list[tuple[str, ...]] = []
        for agency in status.requested:
            opinion = current.get(agency.id)
            if opinion is None:
                waiting = deadline_words(self.deadlines.get(agency.id))
                rows.append((agency.code, waiting, "", "", "", "", ""))
            else:
                rows.append(
                    (
                        agency.code,
                        self.tr("Yes"),
                        opinion_label(opinion.opinion),
                        opinion.user_name,
                        format_datetime(opinion.given_at),
                        opinion.reasons,
                        opinion.conditions,
                    )
                )
        for opinion in status.opinions:
            if opinion.superseded:
                rows.append(
                    (
                        opinion.agency_code,
                        self.tr("Superseded"),
                        opinion_label(opinion.opinion),
                        opinion.user_name,
                        format_datetime(opinion.given_at),
                        opinion.reasons,
                        opinion.conditions,
                    )
                )
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, _item(value))
        for r, agency in enumerate(status.requested):
            cell = self.table.item(r, 0)
            if cell is not None:
                cell.setToolTip(self.mandates.get(agency.id, agency.name))
        self.table.resizeColumnsToContents()

    def update_buttons(self) -> None:
        """Offer what the signed-in person's role allows; the services decide anyway."""
        user = self.ctx.user_session()
        case = self.case
        open_case = case is not None and not case.status.is_closed

        def may(permission: Permission) -> bool:
            return user is None or allowed(user.role, permission)

        self.submit_button.setEnabled(open_case and may(Permission.SUBMIT_FOR_REVIEW))
        asked = self.status is not None and bool(self.status.requested)
        self.opinion_button.setEnabled(open_case and asked and may(Permission.RECORD_OPINION))
        self.decide_button.setEnabled(open_case and may(Permission.DECIDE))

    def reload(self) -> None:
        if self.case is not None:
            self.caseChanged.emit(self.case.id)

    # --- dialogs ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def open_submit(self) -> None:
        if self.case is not None:
            self._open(SubmitReviewDialog(self, self.case))

    def open_opinion(self) -> None:
        if self.case is not None:
            self._open(OpinionDialog(self, self.case))

    def open_decide(self) -> None:
        if self.case is not None and self.status is not None:
            self._open(DecideDialog(self, self.case, self.status))

    @property
    def db(self) -> Database:
        return self.ctx.db

    def actor(self) -> Actor:
        return self.ctx.actor()

    def user(self) -> UserSession | None:
        return self.ctx.user_session()


class _ServiceDialog(QDialog):
    """A dialog whose OK calls a service; a refusal is shown inside it, nothing is lost."""

    def __init__(self, panel: ReviewPanel, title: str) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _submit(self) -> None:
        try:
            self.run()
        except ServiceError as exc:
            self.show_error(_errors_text(exc))
            return
        self.accept()
        self.panel.reload()

    def run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SubmitReviewDialog(_ServiceDialog):
    """Choose the agencies whose opinion the case needs: the consultation rules' choice is
    pre-selected, and a departure from it asks for a reason (``ui/committee/consultation``)."""

    def __init__(self, panel: ReviewPanel, case: CaseDetail) -> None:
        super().__init__(panel, self.tr("Submit %1 for review").replace("%1", case.reference))
        self.setObjectName("submitReviewDialog")
        self.case = case
        intro = QLabel(
            self.tr(
                "Send the completed assessment to these agencies for their opinion. The "
                "authority's rules tick the agencies this case needs; leaving one out, or "
                "adding another, needs a reason."
            ),
            self,
        )
        intro.setWordWrap(True)
        requested = {a.id for a in panel.status.requested} if panel.status is not None else set()
        self.chooser = ConsultationChooser(panel.db, case.id, requested, self)
        self.agencies = self.chooser.table
        self.layout_.addWidget(intro)
        self.layout_.addWidget(self.chooser, 1)
        self.finish_layout()
        self.resize(860, 440)

    def check(self, code: str) -> None:
        self.chooser.set_checked(code, True)

    def uncheck(self, code: str) -> None:
        self.chooser.set_checked(code, False)

    def give_reason(self, code: str, text: str) -> None:
        self.chooser.reasons[code].setText(text)

    def chosen(self) -> list[int]:
        return self.chooser.chosen()

    def run(self) -> None:
        committee.request_review(
            self.panel.db,
            self.panel.actor(),
            self.case.id,
            self.chosen(),
            reasons=self.chooser.departures(),
            urgent=self.chooser.urgent.isChecked(),
            urgent_reason=self.chooser.urgent_reason.text(),
        )


class OpinionDialog(_ServiceDialog):
    """A committee member's opinion for their agency, beside the assessment they review."""

    def __init__(self, panel: ReviewPanel, case: CaseDetail) -> None:
        super().__init__(panel, self.tr("Opinion on %1").replace("%1", case.reference))
        self.setObjectName("opinionDialog")
        self.case = case
        user = panel.user()
        who = QLabel(self)
        who.setObjectName("opinionAgency")
        if user is not None:
            who.setText(
                self.tr("%1 gives the opinion of %2.")
                .replace("%1", user.full_name)
                .replace("%2", user.agency_name or self.tr("no agency"))
            )
        self.assessment = QPlainTextEdit(self)
        self.assessment.setObjectName("assessmentSummary")
        self.assessment.setReadOnly(True)
        self.assessment.setPlainText(self._assessment_text(panel.db, case.id))
        self.assessment.setMaximumHeight(150)

        self.kinds = QButtonGroup(self)
        kind_row = QHBoxLayout()
        self.kind_buttons: dict[OpinionKind, QRadioButton] = {}
        for kind in OpinionKind:
            button = QRadioButton(opinion_label(kind), self)
            button.setObjectName(f"opinion_{kind.value}")
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            kind_row.addWidget(button)
            button.toggled.connect(self._update)
        self.reasons = QPlainTextEdit(self)
        self.reasons.setObjectName("opinionReasons")
        self.reasons.setPlaceholderText(self.tr("Why: the facts and sources your agency relies on"))
        self.conditions = QPlainTextEdit(self)
        self.conditions.setObjectName("opinionConditions")
        self.conditions.setPlaceholderText(
            self.tr("Conditions, one per line (e.g. post-shipment verification)")
        )
        form = QFormLayout()
        form.addRow(self.tr("Opinion:"), kind_row)
        form.addRow(self.tr("&Reasons:"), self.reasons)
        form.addRow(self.tr("&Conditions:"), self.conditions)
        self.layout_.addWidget(who)
        self.layout_.addWidget(QLabel(self.tr("The assessment under review:"), self))
        self.layout_.addWidget(self.assessment)
        self.layout_.addLayout(form)
        self.finish_layout()
        self._update()
        self.resize(620, 520)

    def _assessment_text(self, db: Database, application_id: int) -> str:
        state = assessment_service.current_assessment(db, application_id)
        if state is None:
            return self.tr("This case has no assessment yet.")
        result = state.result
        lines = [
            self.tr("Revision %1, %2")
            .replace("%1", str(state.revision))
            .replace("%2", assessment_status_label(state.status)),
            self.tr("Recommendation: %1").replace(
                "%1", recommendation_label(result.recommendation)
            ),
        ]
        cite, language = citation_style(), current_language()
        lines += [f"• {g.citation(cite)}: {g.text(language)}" for g in result.grounds]
        lines += [f"• {c}" for c in result.conditions_in(language)]
        return "\n".join(lines)

    def _update(self) -> None:
        self.conditions.setEnabled(
            self.kind_buttons[OpinionKind.APPROVE_WITH_CONDITIONS].isChecked()
        )

    def choose(self, kind: OpinionKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def chosen(self) -> OpinionKind | None:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)

    def run(self) -> None:
        kind = self.chosen()
        if kind is None:
            raise ServiceError(self.tr("Choose an opinion."))
        conditions = self.conditions.toPlainText() if self.conditions.isEnabled() else ""
        committee.record_opinion(
            self.panel.db,
            self.panel.actor(),
            self.case.id,
            OpinionInput(kind, self.reasons.toPlainText(), conditions),
        )


class DecideDialog(_ServiceDialog):
    """The deciding authority's decision, with every opinion in view.

    The same decision form as the wizard's decision step: authorising sets the licence's
    validity, lines and conditions (the committee's, the mitigation relied on, the required
    and the standard ones proposed); denying cites the grounds.
    """

    def __init__(self, panel: ReviewPanel, case: CaseDetail, status: ReviewStatus) -> None:
        super().__init__(panel, self.tr("Decide %1").replace("%1", case.reference))
        self.setObjectName("decideDialog")
        self.case = case
        self.status = status
        opinions = QLabel(self)
        opinions.setObjectName("decideOpinions")
        opinions.setWordWrap(True)
        opinions.setTextFormat(Qt.TextFormat.PlainText)
        opinions.setText(panel.summary.text() + "\n" + self._opinions_text())
        self.decided_on = QDateEdit(self)
        self.decided_on.setObjectName("decideDate")
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("yyyy-MM-dd")
        self.decided_on.setDate(QDate.currentDate())
        self.form = DecisionForm(self)
        form = self.form
        self.authorise, self.deny = form.authorise, form.deny
        self.rationale, self.majority_reason = form.rationale, form.majority_reason
        self.ground = form.ground
        form.set_committee(bool(status.requested))
        db = panel.db
        on = self.decision_date()
        state = assessment_service.current_assessment(db, case.id)
        form.set_terms(
            case,
            decisions.suggested_terms(db, case.id, valid_from=on),
            decisions.max_validity_years(db),
        )
        form.set_decision_date(on)
        form.show_result(state.result if state is not None else None, panel.ctx.language)
        form.set_criteria_set(active_criteria_set(db), panel.ctx.language)
        self.decided_on.dateChanged.connect(lambda *_: form.set_decision_date(self.decision_date()))
        when = QFormLayout()
        when.addRow(self.tr("Decision &date:"), self.decided_on)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addWidget(opinions)
        inner.addLayout(when)
        inner.addWidget(form)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        self.finish_layout()
        self._fit()

    def _fit(self) -> None:
        """Room for the lines and the conditions, never larger than the screen."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 860, 760
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 80)
        self.resize(width, height)

    def _opinions_text(self) -> str:
        return "\n".join(
            f"{o.agency_code}: {opinion_label(o.opinion)} — {o.reasons}"
            + (f" [{o.conditions}]" if o.conditions else "")
            for o in self.status.opinions
            if not o.superseded
        )

    def decision_date(self) -> date:
        value = self.decided_on.date().toPython()
        assert isinstance(value, date)
        return value

    def run(self) -> None:
        form = self.form
        problems = form.check()
        if problems:
            rest = form.show_errors(problems)
            raise ServiceError(
                "\n".join(field_text(e) for e in rest) or self.tr("See the messages above.")
            )
        form.clear_errors()
        outcome = form.outcome()
        assert outcome is not None  # check() asked for one
        decision = DecisionInput(
            outcome=outcome,
            decided_on=self.decision_date(),
            rationale=form.rationale.toPlainText(),
            grounds=form.extra_grounds() if outcome is DecisionOutcome.DENY else (),
            licence=form.licence_terms() if outcome is DecisionOutcome.AUTHORISE else None,
            against_majority_reason=form.majority_reason.toPlainText(),
            criteria=form.chosen_criteria() if outcome is DecisionOutcome.DENY else (),
        )
        try:
            decided = decisions.decide(
                self.panel.db, self.case.id, decision, actor=self.panel.actor()
            )
        except ValidationFailed as exc:
            rest = form.show_errors(exc.errors)
            raise ServiceError(
                "\n".join(field_text(e) for e in rest) or self.tr("See the messages above.")
            ) from exc
        if decided.status not in (CaseStatus.AUTHORISED, CaseStatus.DENIED):
            raise ServiceError(self.tr("The decision was not recorded."))
