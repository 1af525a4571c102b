"""The guided assessment: Article 6, 7(1), 7(4), 11, 7(2), 7(3), then the decision.

A step list on the left, the page in the middle, guidance and like cases on the right. Each
move to another page saves the draft through ``save_assessment`` and shows the engine's
verdict that comes back; nothing here decides a treaty question. When the result says Article
6 prohibits the transfer, the Article 7/11 pages and mitigation are closed and the only path
left is the decision page, where a denial is the only choice offered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.missing import MissingAnswer, describe_all
from att_desktop.domain.assessment.model import Article7Basis, AssessmentInput
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import DecisionOutcome, PartyRole
from att_desktop.services import assessment as assessment_service
from att_desktop.services import cases, committee, consistency, decisions, documents
from att_desktop.services.assessment import AssessmentIncomplete, AssessmentState
from att_desktop.services.criteria_sets import active_criteria_set
from att_desktop.services.decisions import DecisionInput
from att_desktop.services.dto import LOCAL_OFFICER, Actor, CaseDetail, LineItemView
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.assessment.completion import (
    PAGE_INDEX,
    MissingList,
    SubmitHost,
    field_widget,
    missing_label,
    step_marks,
)
from att_desktop.ui.assessment.consistency_panel import ConsistencyPanel
from att_desktop.ui.assessment.denial_notices import DenialNoticesDialog
from att_desktop.ui.assessment.guidance import GuidancePanel, question_of
from att_desktop.ui.assessment.pages_article6 import Article6Page, prohibition_grounds
from att_desktop.ui.assessment.pages_decision import ConclusionPage, DecisionPage
from att_desktop.ui.assessment.pages_mitigation import MitigationPage
from att_desktop.ui.assessment.pages_risk import Article7Page, DiversionPage, GbvPage
from att_desktop.ui.assessment.widgets import SourcesTable, note_label, set_note
from att_desktop.ui.case_documents import session_folder
from att_desktop.ui.committee.review import SubmitReviewDialog
from att_desktop.ui.gbv.consultation_box import GbvConsultationBox
from att_desktop.ui.gbv.euc_panel import EucFlagsNote, place_on_article11
from att_desktop.ui.i18n import transfer_type_label
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.widgets.read_only import set_read_only

#: "save", "discard" or "cancel": asked when the wizard closes with unsaved answers.
AskSave = Callable[[QWidget], str]
#: A path to save a file to (title, suggested name, filter), or None if cancelled.
ChooseSavePath = Callable[[QWidget, str, str, str], str | None]

ARTICLE6, ARTICLE7, GBV, DIVERSION, MITIGATION, CONCLUSION, DECISION = range(7)
#: The pages closed when Article 6 prohibits the transfer.
CLOSED_BY_ARTICLE6 = (ARTICLE7, GBV, DIVERSION, MITIGATION, CONCLUSION)
#: Closed when Article 7 does not apply (an import, transit, trans-shipment or brokering
#: case the authority's policy does not assess under Article 7): only Article 6 is asked.
CLOSED_WITHOUT_ARTICLE7 = (ARTICLE7, GBV, DIVERSION, MITIGATION)


def ask_save_changes(parent: QWidget) -> str:
    """The real question, as a modal message box."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        QApplication.translate("AssessmentWizard", "Unsaved answers"),
        QApplication.translate(
            "AssessmentWizard", "Save your answers to the assessment draft before closing?"
        ),
        buttons,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


class AssessmentWizard(QDialog):
    """One case's assessment, from the Article 6 screen to the recorded decision."""

    #: The case after a decision was recorded: the register and case view refresh.
    decided = Signal(object)
    #: The case after its assessment was completed or sent to the committee.
    progressed = Signal(object)

    def __init__(
        self,
        db: Database,
        application_id: int,
        language: str,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        ask_save: AskSave = ask_save_changes,
        save_path: ChooseSavePath = choose_save_path,
        actor: Actor = LOCAL_OFFICER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentWizard")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.db = db
        self.application_id = application_id
        self.language = language
        self.actor = actor
        # The wizard acts for one person: whether they may draft is asked once.
        self._may_draft = permitted(db, actor, Permission.DRAFT_ASSESSMENT)
        self._may_submit = permitted(db, actor, Permission.SUBMIT_FOR_REVIEW)
        # Only a decider is ever offered the decision step (hidden, not greyed out).
        self._may_decide = permitted(db, actor, Permission.DECIDE)
        self.submit_dialog: SubmitReviewDialog | None = None
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self._ask_save = ask_save
        self._save_path = save_path
        self.case: CaseDetail = cases.get_case(db, application_id)
        self.state: AssessmentState = assessment_service.open_assessment(
            db, application_id, actor=actor
        )
        self.decision = decisions.get_decision(db, application_id)

        self.setWindowTitle(self.tr("Assessment — %1").replace("%1", self.case.reference))
        self.header = QLabel(self)
        self.header.setObjectName("caseHeader")
        self.header.setWordWrap(True)
        self.header.setText(self._header_text())
        self.status_note = note_label("", self, kind="info")
        self.status_note.setObjectName("statusNote")

        self.steps = QListWidget(self)
        self.steps.setObjectName("steps")
        self.steps.setMinimumWidth(200)
        self.steps.setMaximumWidth(260)
        self.steps.setSpacing(2)
        for title in self._step_titles():
            QListWidgetItem(title, self.steps)
        self.steps.item(DECISION).setHidden(not self._may_decide)
        self.steps.currentRowChanged.connect(self._step_clicked)
        self.missing_list = MissingList(self)
        self.missing_list.activated.connect(self.go_to_missing)
        left = self._build_step_column()

        self._build_pages(language)

        right = self._build_side_panels(language)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([220, 760, 320])

        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.status_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._focus_connected = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            self._focus_connected = True
        self._load_pages()
        self._refresh()
        self._refresh_consistency()
        self.steps.setCurrentRow(ARTICLE6)
        self.resize(1320, 860)

    def _build_pages(self, language: str) -> None:
        """The seven steps, each in its own scroll area of the stack."""
        self.article6 = Article6Page(self._screen)
        self.article7 = Article7Page()
        self.gbv = GbvPage()
        self.gbv_consultation = GbvConsultationBox(
            self.db, self.application_id, self.actor, self._prompter, self.gbv
        )
        self.gbv.add_consultation(self.gbv_consultation.banner, self.gbv_consultation)
        self.diversion = DiversionPage()
        self.euc_flags = EucFlagsNote(self.diversion)  # issue 14: certificate warnings
        place_on_article11(self.diversion, self.euc_flags)
        self.mitigation = MitigationPage()
        self.conclusion = ConclusionPage(language=language)
        self.decision_page = DecisionPage(language=language)
        self.pages: list[QWidget] = [
            self.article6,
            self.article7,
            self.gbv,
            self.diversion,
            self.mitigation,
            self.conclusion,
            self.decision_page,
        ]
        self.stack = QStackedWidget(self)
        for page in self.pages:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(self.gbv.beside_chart(scroll) if page is self.gbv else scroll)
        self.gbv.to_mitigation.clicked.connect(lambda: self.go_to(MITIGATION))
        if self._may_decide:
            self.decision_page.record_button.clicked.connect(self.record_decision)

    def _build_step_column(self) -> QWidget:
        """The steps with their marks, the legend, and what is still missing, as links."""
        column = QWidget(self)
        column.setObjectName("stepColumn")
        column.setMinimumWidth(200)
        column.setMaximumWidth(280)
        row = self.steps.sizeHintForRow(0) + 2 * self.steps.spacing()
        shown = sum(not self.steps.item(i).isHidden() for i in range(self.steps.count()))
        self.steps.setFixedHeight(row * shown + 2 * self.steps.frameWidth() + 4)
        self.legend = QLabel(
            self.tr("✓ complete   • still incomplete\n* required to complete the assessment"),
            column,
        )
        self.legend.setObjectName("stepLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #4a5560;")
        self.missing_scroll = QScrollArea(column)
        self.missing_scroll.setWidgetResizable(True)
        self.missing_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.missing_scroll.setWidget(self.missing_list)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.legend)
        layout.addWidget(self.missing_scroll, 1)
        layout.addStretch(0)  # keeps the legend under the steps while nothing is missing
        return column

    def _build_side_panels(self, language: str) -> QSplitter:
        """Guidance above, the consistency checks below."""
        self.guidance = GuidancePanel(self)
        self.consistency = ConsistencyPanel(language, self)
        self.consistency.record_denial_requested.connect(self.open_denial_notices)
        self.denial_notices: DenialNoticesDialog | None = None
        # Imported here: the destination windows use this package's widgets, whose
        # ``__init__`` imports this module.
        from att_desktop.ui.destination.panel import DestinationPanel

        right = QSplitter(Qt.Orientation.Vertical, self)
        # What the authority knows of the destination: the assessment starts from it.
        self.destination_panel = DestinationPanel(self.db, self.case.destination_code, language)
        pages: dict[int, QWidget] = {ARTICLE7: self.article7, GBV: self.gbv}
        self.destination_panel.attach(self.stack, {**pages, DIVERSION: self.diversion})
        right.addWidget(self.destination_panel)
        right.addWidget(self.guidance)
        right.addWidget(self.consistency)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 2)
        right.setMinimumWidth(260)
        return right

    def _build_buttons(self) -> QVBoxLayout:
        """Revisions and the PDFs, then navigation and saving, in two rows under the pages."""
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.back_button.setObjectName("back")
        self.save_button = QPushButton(self.tr("Save draft"), self)
        self.save_button.setObjectName("saveDraft")
        self.next_button = QPushButton(self.tr("Save and continue >"), self)
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.revision_button = QPushButton(self.tr("Start a new revision…"), self)
        self.revision_button.setObjectName("newRevision")
        self.assessment_pdf_button = QPushButton(self.tr("Save assessment record PDF…"), self)
        self.assessment_pdf_button.setObjectName("assessmentPdf")
        self.decision_pdf_button = QPushButton(self.tr("Save licence/denial PDF…"), self)
        self.decision_pdf_button.setObjectName("decisionPdf")
        self.complete_button = QPushButton(self.tr("Complete assessment"), self)
        self.complete_button.setObjectName("completeAssessment")
        self.complete_button.clicked.connect(self.complete_assessment)
        self.submit_button = QPushButton(self.tr("Submit to the committee…"), self)
        self.submit_button.setObjectName("submitToCommittee")
        self.submit_button.clicked.connect(self.submit_to_committee)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color: #4a5560;")
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save)
        self.next_button.clicked.connect(self.next)
        self.revision_button.clicked.connect(self.start_new_revision)
        self.assessment_pdf_button.clicked.connect(self.save_assessment_pdf)
        self.decision_pdf_button.clicked.connect(self.save_decision_pdf)
        self.close_button.clicked.connect(self.close)
        # Two rows: the documents above, the way through the steps below. In one row the
        # ten buttons took 1,400 pixels in a language 40 % longer than English (French,
        # Russian), wider than a 1280-pixel screen.
        documents = QHBoxLayout()
        documents.addWidget(self.saved_label, 1)
        documents.addWidget(self.revision_button)
        documents.addWidget(self.assessment_pdf_button)
        documents.addWidget(self.decision_pdf_button)
        steps = QHBoxLayout()
        steps.addStretch(1)
        steps.addWidget(self.back_button)
        steps.addWidget(self.save_button)
        steps.addWidget(self.next_button)
        steps.addWidget(self.complete_button)
        steps.addWidget(self.submit_button)
        steps.addWidget(self.close_button)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addLayout(documents)
        buttons.addLayout(steps)
        return buttons

    def sizeHint(self) -> QSize:
        return QSize(1320, 860)

    # ----------------------------------------------------------------------- text

    def _step_titles(self) -> list[str]:
        return [
            self.tr("1. Article 6 prohibitions"),
            self.tr("2. Article 7(1) risks"),
            self.tr("3. Article 7(4) GBV flowchart"),
            self.tr("4. Article 11 diversion"),
            self.tr("5. Article 7(2) mitigation"),
            self.tr("6. Article 7(3) conclusion"),
            self.tr("7. Decision"),
        ]

    def _header_text(self) -> str:
        case = self.case
        end_users = ", ".join(p.name for p in case.parties if p.role is PartyRole.END_USER)
        catalogue = load_categories()

        def rating(item: LineItemView) -> str:
            if item.att_category:
                return item.att_category
            if item.not_reportable_reason is not None:
                return catalogue.reason_label(item.not_reportable_reason, self.language)
            return ""

        items = "; ".join(f"{i.description} ({rating(i)})" for i in case.items)
        text = self.tr("%1 · %2 → %3 · end user: %4").replace("%1", case.reference)
        text = (
            text.replace("%2", case.applicant.name)
            .replace("%3", country_name(case.destination_code, self.language))
            .replace("%4", end_users or "—")
        )
        return f"<b>{text}</b><br>{items}"

    # ----------------------------------------------------------------------- state

    def collect(self) -> AssessmentInput:
        """Everything typed on every page, as one input (pages own disjoint parts)."""
        inp = self.state.input
        for page in (self.article6, self.article7, self.gbv, self.diversion, self.mitigation):
            inp = page.collect(inp)
        return inp

    def decision_date(self) -> date:
        return self.article6.chosen_date()

    def _editable(self) -> bool:
        """Answers can change: an open draft, no decision yet, and a person who may draft
        (a decider or committee member reads the assessment, never edits it)."""
        return self.state.editable and self.decision is None and self._may_draft

    def is_dirty(self) -> bool:
        if not self._editable():
            return False
        # A source row typed without a kind is not saved yet: closing must not drop it.
        if self.collect() != self.state.input or self._pending_sources():
            return True
        # A fresh draft shows today's date without anyone having chosen it.
        saved = self.state.decision_date
        return saved is not None and self.decision_date() != saved

    def prohibited(self) -> bool:
        return bool(prohibition_grounds(self.state.result))

    def _load_pages(self) -> None:
        inp = self.state.input
        self.article6.load(inp, self.state.decision_date)
        self.article6.set_received_on(self.case.received_on)
        self.article7.load(inp)
        self.gbv.load(inp)
        self.diversion.load(inp)
        self.mitigation.load(inp)
        terms = None
        try:
            terms = decisions.suggested_terms(
                self.db, self.application_id, valid_from=self.decision_date()
            )
        except ServiceError:
            terms = None
        page = self.decision_page
        page.set_case(self.case, terms, decisions.max_validity_years(self.db))
        page.form.set_criteria_set(active_criteria_set(self.db), page.language)
        page.form.set_committee(
            bool(committee.review_status(self.db, self.application_id).requested)
        )

    def _refresh(self) -> None:
        """Show the engine's latest result everywhere and open or close pages to match."""
        result = self.state.result
        citations = prohibition_grounds(result)
        self.article6.show_result(result)
        self.gbv.show_result(
            result, self.state.input.mitigation, self.state.input.mitigation_policy
        )
        self.gbv_consultation.refresh(editable=self._editable())
        self.euc_flags.show_flags(self.db, self.application_id)
        self.mitigation.set_prohibited(citations)
        self.conclusion.show_result(result)
        self.decision_page.show_result(result, self.state.decision_date)
        self.decision_page.show_decision(self.decision)
        for index in range(self.steps.count()):
            item = self.steps.item(index)
            closed = bool(citations) and index in CLOSED_BY_ARTICLE6
            flags = item.flags()
            if closed:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(
                    self.tr("Closed: Article 6 prohibits the transfer, so it is not assessed.")
                )
            elif self._without_article7() and index in CLOSED_WITHOUT_ARTICLE7:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self._article7_note())
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("")
        editable = self._editable()
        for page in (self.article6, self.article7, self.gbv, self.diversion, self.mitigation):
            # Read-only, not disabled: a reader sees the answers in normal text.
            set_read_only(page, not editable)
        self.save_button.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.next_button.setText(self.tr("Save and continue >") if editable else self.tr("Next >"))
        decided = self.decision is not None
        # A committee member or the decider reads a completed assessment; only a drafter
        # is offered a new revision (the service refuses anyone else anyway).
        self.revision_button.setVisible(not self.state.editable and not decided and self._may_draft)
        self.complete_button.setVisible(not decided and self._may_draft)
        self.complete_button.setEnabled(self.state.editable)
        self.submit_button.setVisible(not decided and self._may_submit)
        self._update_marks()
        self.decision_pdf_button.setEnabled(decided)
        if decided:
            set_note(
                self.status_note,
                self.tr("A decision has been recorded on this case; the assessment is closed."),
                "info",
            )
        elif not self.state.editable:
            set_note(
                self.status_note,
                (
                    self.tr(
                        "Assessment revision %1 is complete and can no longer be edited. Record "
                        "the decision, or start a new revision to change a finding."
                    )
                    if self._may_decide
                    else self.tr(
                        "Assessment revision %1 is complete and can no longer be edited. Submit "
                        "it to the committee, or start a new revision to change a finding."
                    )
                ).replace("%1", str(self.state.revision)),
                "info",
            )
        elif citations:
            set_note(
                self.status_note,
                self.tr(
                    "Article 6 prohibits this transfer. The Article 7, GBV, diversion and "
                    "mitigation pages are closed: the only possible decision is a denial."
                ),
                "danger",
            )
        else:
            set_note(self.status_note, self._article7_note(), "info")
        self._update_buttons()

    def _without_article7(self) -> bool:
        return self.state.result.article7_basis is Article7Basis.NOT_APPLICABLE

    def _article7_note(self) -> str:
        """Which Article 7 applies to this case's transfer type, in words ("" for an export)."""
        basis = self.state.result.article7_basis
        kind = transfer_type_label(self.state.input.transfer_type)
        if basis is Article7Basis.NOT_APPLICABLE:
            return self.tr(
                "Article 7 not applicable: %1. Article 7 binds the exporting State and the "
                "authority's policy does not apply it to this transfer type; Article 6 applies "
                "to every transfer."
            ).replace("%1", kind)
        if basis is Article7Basis.NATIONAL_POLICY:
            return self.tr("Article 7 assessed under national policy (%1).").replace("%1", kind)
        return ""

    def _refresh_consistency(self) -> None:
        try:
            data = consistency.precedents(self.db, self.application_id)
        except ServiceError:
            data = None
        self.consistency.show_precedents(data)

    def open_denial_notices(self) -> DenialNoticesDialog:
        """Record denials notified by other States; the like-cases panel refreshes at once."""
        if self.denial_notices is None:
            dialog = DenialNoticesDialog(self.db, self.language, self, actor=self.actor)
            dialog.recorded.connect(lambda _notice: self._refresh_consistency())
            self.denial_notices = dialog
        self.denial_notices.show()
        self.denial_notices.raise_()
        return self.denial_notices

    def _update_buttons(self) -> None:
        current = self.stack.currentIndex()
        self.back_button.setEnabled(self._neighbour(current, -1) is not None)
        self.next_button.setEnabled(self._neighbour(current, +1) is not None)

    def _neighbour(self, index: int, step: int) -> int | None:
        candidate = index + step
        while 0 <= candidate < len(self.pages):
            if self.page_enabled(candidate):
                return candidate
            candidate += step
        return None

    def page_enabled(self, index: int) -> bool:
        if index == DECISION and not self._may_decide:
            return False
        return bool(self.steps.item(index).flags() & Qt.ItemFlag.ItemIsEnabled)

    # ----------------------------------------------------------------------- actions

    def save(self) -> bool:
        """Save the draft if anything changed; show the engine's new verdict. False on refusal."""
        if not self.is_dirty():
            return True
        try:
            self.state = assessment_service.save_assessment(
                self.db,
                self.state.assessment_id,
                self.collect(),
                decision_date=self.decision_date(),
                actor=self.actor,
                expected_updated_at=self.state.updated_at,
            )
        except ValidationFailed as exc:
            dates = [field_text(e) for e in exc.errors if e.field == "decision_date"]
            if not dates:
                self._prompter.error(self, self.tr("The assessment was not saved"), error_text(exc))
                return False
            self.article6.show_date_error(self.article6.date_problem() or dates[0])
            return False
        except ServiceError as exc:
            self._prompter.error(self, self.tr("The assessment was not saved"), error_text(exc))
            return False
        shown = self.article6.collect(AssessmentInput()).article6.embargo_matches
        if shown != self.state.input.article6.embargo_matches:
            # The service re-screened as at a new decision date: show what it found.
            self.article6.load(self.state.input, self.state.decision_date)
        self.saved_label.setText(
            self.tr("Draft saved at %1").replace("%1", self.state.updated_at.strftime("%H:%M:%S"))
        )
        self._refresh()
        return True

    def go_to(self, index: int) -> None:
        """Save, then show page ``index`` (a closed page sends the officer to the decision)."""
        if not self.save():
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.stack.currentIndex())
            self.steps.blockSignals(False)
            return
        if not self.page_enabled(index):
            index = DECISION if self._may_decide else ARTICLE6
        self.stack.setCurrentIndex(index)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        page = self.pages[index]
        self.guidance.show_question(str(getattr(page, "question_id", "")))
        if index == DECISION:
            self._propose_conditions()
        self._update_buttons()

    def _propose_conditions(self) -> None:
        """Measures relied on since the wizard opened are proposed too; nothing typed is lost."""
        try:
            terms = decisions.suggested_terms(
                self.db, self.application_id, valid_from=self.decision_date()
            )
        except ServiceError:
            return
        self.decision_page.conditions.merge_proposed(terms.proposed)

    def _step_clicked(self, row: int) -> None:
        if row >= 0 and row != self.stack.currentIndex():
            self.go_to(row)

    def next(self) -> None:
        target = self._neighbour(self.stack.currentIndex(), +1)
        if target is not None:
            self.go_to(target)
        elif not self.save():
            return

    def back(self) -> None:
        target = self._neighbour(self.stack.currentIndex(), -1)
        if target is not None:
            self.go_to(target)

    def _screen(self, on_date: date, inp: AssessmentInput) -> AssessmentInput:
        try:
            records = assessment_service.screen_article6(
                self.db, self.application_id, on_date=on_date
            )
        except ServiceError as exc:
            self._prompter.error(self, self.tr("The embargo screen failed"), error_text(exc))
            return inp
        return assessment_service.apply_screen(inp, records, on_date)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        question = question_of(new)
        if question:
            self.guidance.show_question(question)
        # The marks and the missing list follow the answers as the officer moves on.
        self._update_marks()

    def record_decision(self) -> None:
        """Save, complete the assessment, then ask the decision service; show any refusal.

        Offered to deciders only: an officer completes and submits instead."""
        if not self._may_decide:
            return
        page = self.decision_page
        set_note(page.refusal, "", "danger")
        if not self.save():
            return
        if self.state.editable:
            try:
                self.state = assessment_service.complete_assessment(
                    self.db, self.state.assessment_id, actor=self.actor
                )
            except AssessmentIncomplete as exc:
                self._show_refusal(error_text(exc))
                return
            except ServiceError as exc:
                self._show_refusal(error_text(exc))
                return
        outcome = DecisionOutcome.AUTHORISE if page.authorise.isChecked() else DecisionOutcome.DENY
        problems = page.field_problems()
        if problems:
            self._show_refusal(problems)
            self._refresh()
            return
        decision = DecisionInput(
            outcome=outcome,
            decided_on=self.decision_date(),
            rationale=page.rationale.toPlainText().strip(),
            grounds=page.extra_grounds() if outcome is DecisionOutcome.DENY else (),
            licence=page.licence_terms() if outcome is DecisionOutcome.AUTHORISE else None,
            against_majority_reason=page.form.majority_reason.toPlainText(),
            criteria=page.chosen_criteria() if outcome is DecisionOutcome.DENY else (),
        )
        try:
            self.case = decisions.decide(self.db, self.application_id, decision, actor=self.actor)
        except ServiceError as exc:
            self._refresh()
            errors = exc.errors if isinstance(exc, ValidationFailed) else ()
            self._show_refusal(page.field_problems(errors) if errors else error_text(exc))
            return
        self.decision = decisions.get_decision(self.db, self.application_id)
        self._refresh()
        self._refresh_consistency()
        self.decided.emit(self.case)

    # ----------------------------------------------------------------------- completing

    def _missing_targets(self) -> list[tuple[str, object]]:
        """What is still missing in the answers on screen (saved or not), in words, with
        where each is answered; source rows without a kind come first."""
        if not self.state.editable or self.decision is not None:
            return []
        targets: list[tuple[str, object]] = []
        for combo, title in self._pending_sources():
            text = self.tr("Source \u201c%1\u201d: choose the kind of source").replace("%1", title)
            targets.append((text, combo))
        inp = self.collect()
        for item in describe_all(assessment_service.missing_answers(inp), inp):
            targets.append((missing_label(item), item))
        return targets

    def _pending_sources(self) -> list[tuple[QWidget, str]]:
        """Source rows with a title or reference typed but no kind chosen: not yet sources."""
        pending: list[tuple[QWidget, str]] = []
        for index, page in enumerate(self.pages[:CONCLUSION]):
            if not self.page_enabled(index):
                continue
            for table in page.findChildren(SourcesTable):
                pending += table.pending_rows()
        return pending

    def _update_marks(self) -> None:
        """✓ or • before each step, as the answers on screen stand; the list of what is missing."""
        targets = self._missing_targets()
        items = [t for _text, t in targets if isinstance(t, MissingAnswer)]
        marks = step_marks(items)
        for widget in (t for _text, t in targets if isinstance(t, QWidget)):
            marks.update({i: False for i in marks if self.pages[i].isAncestorOf(widget)})
            marks[CONCLUSION] = False
        titles = self._step_titles()
        for index in range(self.steps.count()):
            item = self.steps.item(index)
            done = marks.get(index)
            if done is None or not self.state.editable or not self.page_enabled(index):
                item.setText(titles[index])
                item.setData(Qt.ItemDataRole.AccessibleTextRole, titles[index])
                continue
            item.setText(("✓ " if done else "• ") + titles[index])
            state = self.tr("complete") if done else self.tr("still incomplete")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{titles[index]} ({state})")
        self.missing_list.show_items(targets)
        self.missing_scroll.setVisible(bool(targets))

    def go_to_missing(self, target: object) -> None:
        """Follow a link of the missing list: the page, then the field, focused and in view."""
        if isinstance(target, MissingAnswer):
            index = PAGE_INDEX.get(target.page)
            if index is None:
                return
            self.go_to(index)
            widget = field_widget(self, target)
        elif isinstance(target, QWidget):
            page = next((i for i, p in enumerate(self.pages) if p.isAncestorOf(target)), None)
            if page is not None:
                self.go_to(page)
            widget = target
        else:
            return
        scroll = self.stack.currentWidget()
        if widget is None or not isinstance(scroll, QScrollArea):
            return
        scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def complete_assessment(self) -> bool:
        """Save, then freeze this revision. A refusal (something missing, the role, the
        service) keeps the wizard open with everything typed, and locks nothing."""
        if not self.state.editable:
            return True
        if self._pending_sources():
            self._update_marks()
            set_note(
                self.status_note,
                self.tr(
                    "The assessment was not completed: choose the kind of each source listed "
                    "under the steps (a source without a kind is not saved)."
                ),
                "warning",
            )
            return False
        if not self.save():
            return False
        try:
            self.state = assessment_service.complete_assessment(
                self.db, self.state.assessment_id, actor=self.actor
            )
        except AssessmentIncomplete as exc:
            self._update_marks()
            set_note(
                self.status_note,
                self.tr(
                    "The assessment was not completed: %1 answer(s) are still missing. They are "
                    "listed under the steps: click one to go to it."
                ).replace("%1", str(len(exc.missing))),
                "warning",
            )
            return False
        except ServiceError as exc:
            self._prompter.error(self, self.tr("The assessment was not completed"), error_text(exc))
            return False
        self.case = cases.get_case(self.db, self.application_id)
        self._refresh()
        self.progressed.emit(self.case)
        return True

    def submit_to_committee(self) -> SubmitReviewDialog | None:
        """Complete the assessment if it is a draft, then choose the agencies to ask."""
        if self.decision is not None or not self.complete_assessment():
            return None
        host = SubmitHost(self.db, self.actor, self.case, self)
        host.submitted.connect(self._submitted)
        dialog = SubmitReviewDialog(host, self.case)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(host.deleteLater)
        self.submit_dialog = dialog
        dialog.open()
        return dialog

    def _submitted(self) -> None:
        self.case = cases.get_case(self.db, self.application_id)
        set_note(
            self.status_note,
            self.tr("Submitted to the committee: the agencies chosen are asked for their opinion."),
            "ok",
        )
        self.progressed.emit(self.case)

    def _show_refusal(self, message: str) -> None:
        page = self.decision_page
        set_note(page.refusal, self.tr("The decision was not recorded:") + "\n" + message, "danger")
        scroll = self.stack.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(page.refusal)

    def start_new_revision(self) -> None:
        reason = self._prompter.ask_text(
            self,
            self.tr("Start a new revision"),
            self.tr("Why is the case reassessed? The reason is kept in the history."),
        )
        if not reason:
            return
        try:
            self.state = assessment_service.new_revision(
                self.db, self.application_id, reason, actor=self.actor
            )
        except ServiceError as exc:
            self._prompter.error(self, self.tr("No new revision was started"), error_text(exc))
            return
        self._load_pages()
        self._refresh()

    # ----------------------------------------------------------------------- documents

    def save_assessment_pdf(self) -> None:
        self._save_document(
            self.tr("Save assessment record PDF"),
            f"{self.case.reference.replace('/', '-')}-assessment.pdf",
            lambda path: documents.write_assessment(
                self.db, self.case, self.state, self.decision, path, self.language
            ),
        )

    def save_decision_pdf(self) -> None:
        decision = self.decision
        if decision is None:
            return
        kind = "licence" if decision.licence is not None else "denial"
        self._save_document(
            self.tr("Save licence/denial PDF"),
            f"{self.case.reference.replace('/', '-')}-{kind}.pdf",
            lambda path: documents.write_decision(
                self.db, self.case, decision, path, self.language
            ),
        )

    def _save_document(self, title: str, suggested: str, write: Callable[[Path], None]) -> None:
        # The dialog starts in the Documents folder (then the last one saved to).
        folder = session_folder()
        path = self._save_path(
            self, title, folder.suggest(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            write(Path(path))
        except (OSError, ServiceError) as exc:
            self._prompter.error(self, self.tr("The PDF was not saved"), error_text(exc))
            return
        folder.remember(Path(path))
        if self._prompter.offer_open(self, title, self.tr("Saved to %1").replace("%1", path)):
            self._prompter.open_path(path)

    # ----------------------------------------------------------------------- closing

    def hand_over(self) -> None:
        """The workstation changed hands: save this person's draft as theirs (the actor the
        wizard was opened with), so closing asks the next person nothing. If the save is
        refused, closing asks as usual and nothing is dropped silently."""
        if self.is_dirty():
            self.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            answer = self._ask_save(self)
            if answer == "cancel" or (answer == "save" and not self._save_for_closing()):
                event.ignore()
                return
        self._disconnect_focus()
        event.accept()
        # Not QDialog.closeEvent: it calls reject(), which closes again (below) and, finding
        # the close already under way, leaves the dialog open. done() hides it and emits
        # finished, as closing a dialog should.
        self.done(QDialog.DialogCode.Rejected)

    def _save_for_closing(self) -> bool:
        """Save; a source row without a kind keeps the wizard open, marked, with its text."""
        if not self.save():
            return False
        if not self._pending_sources():
            return True
        self._update_marks()
        set_note(
            self.status_note,
            self.tr("Choose the kind of each source listed under the steps before closing."),
            "warning",
        )
        return False

    def _disconnect_focus(self) -> None:
        app = QApplication.instance()
        if self._focus_connected and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        self._focus_connected = False

    def reject(self) -> None:
        """Escape closes through ``closeEvent`` so unsaved answers are never dropped."""
        self.close()


def open_assessment_wizard(
    db: Database, application_id: int, language: str, parent: QWidget | None = None
) -> AssessmentWizard:
    """Build, show and return the assessment wizard for one case (non-modal)."""
    wizard = AssessmentWizard(db, application_id, language, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.show()
    return wizard


__all__ = ["AssessmentWizard", "open_assessment_wizard"]
