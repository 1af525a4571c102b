"""Page 1: the Article 6 prohibitions, screened first and never mitigated.

The decision date is set here because the embargo screen is made as at that date. The screen
itself is the service's (``screen_article6``); this page lists each match with its legal basis,
scope and effect, collects the officer's confirmation where the screen cannot settle a match
alone, and asks Article 6(2) and 6(3). Whether anything prohibits is read from the engine's
result, never worked out here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.assessment.model import (
    Article6Input,
    AssessmentInput,
    AssessmentResult,
    Confirmation,
    EmbargoMatchRecord,
)
from att_desktop.domain.embargoes import (
    Effect,
    Embargo,
    EmbargoDataError,
    ExemptionKind,
    entry_text,
    load_shipped_sets,
)
from att_desktop.formats.pdf_labels import screened_party
from att_desktop.i18n import translate
from att_desktop.ui.assessment.labels import (
    citation_style,
    confirmation_label,
    effect_label,
    embargo_label,
    legal_basis_label,
    scope_label,
)
from att_desktop.ui.assessment.widgets import (
    AnswerEditor,
    date_edit,
    date_of,
    heading,
    note_label,
    set_date,
    set_note,
    tag,
)
from att_desktop.ui.i18n import current_language
from att_desktop.ui.widgets.read_only import mark_edit_action

#: The follow-ups an officer can record, per effect the screen could not settle alone.
CONFIRMATIONS: dict[Effect, tuple[Confirmation, ...]] = {
    Effect.NEEDS_CONFIRMATION: (Confirmation.APPLIES, Confirmation.DOES_NOT_APPLY),
    Effect.PROHIBITED_WITHOUT_APPROVAL: (
        Confirmation.APPROVAL_NOT_OBTAINED,
        Confirmation.APPROVAL_OBTAINED,
    ),
    Effect.NOTIFICATION_REQUIRED: (Confirmation.NOTIFIED,),
}

EFFECT_NOTE_KIND = {
    Effect.PROHIBITED: "danger",
    Effect.PROHIBITED_WITHOUT_APPROVAL: "danger",
    Effect.NEEDS_CONFIRMATION: "warning",
    Effect.NOTIFICATION_REQUIRED: "warning",
    Effect.NOT_APPLICABLE: "ok",
}

#: The follow-ups that need the committee's evidence (reference, date) to clear a match.
EVIDENCED = (Confirmation.APPROVAL_OBTAINED, Confirmation.NOTIFIED)


def confirmations_for(record: EmbargoMatchRecord) -> tuple[Confirmation, ...]:
    """What the officer may record: a region-scope match (Darfur) with an approval path open
    to the party may also be cleared by an approval (S/RES/1591 (2005) para. 7)."""
    choices = CONFIRMATIONS.get(record.effect, ())
    if record.effect is Effect.NEEDS_CONFIRMATION and (
        ExemptionKind.APPROVAL in record.exemption_paths
    ):
        choices = (*choices, Confirmation.APPROVAL_OBTAINED)
    return choices


#: Runs the service's screen as at a date and merges it into the given answers.
Screen = Callable[[date, AssessmentInput], AssessmentInput]


@cache
def _embargoes() -> dict[str, Embargo]:
    """The shipped reference entries by id, to show each match's scope and resolutions."""
    try:
        return {e.id: e for s in load_shipped_sets() for e in s.entries}
    except EmbargoDataError:
        return {}


def prohibition_grounds(result: AssessmentResult | None) -> list[str]:
    """The engine's Article 6 grounds, as citations: non-empty means prohibited."""
    if result is None:
        return []
    return [g.citation(citation_style()) for g in result.grounds if g.article == 6]


class MatchCard(QGroupBox):
    """One embargo match: what the screen found, plus the officer's follow-up if needed."""

    def __init__(self, record: EmbargoMatchRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("embargoMatch")
        tag(self, "article6.embargo_match")
        self.record = record
        form = QFormLayout(self)
        language = current_language()
        title = embargo_label(record.embargo_id) or translate(record.title_message, language)
        form.addRow(heading(title, self))
        embargo = _embargoes().get(record.embargo_id)
        if record.party:
            party = screened_party(record.party, QLocale().name())
            form.addRow(self.tr("Party screened"), self._wrapped(party))
        basis = legal_basis_label(record.legal_basis_kind)
        if embargo is not None and embargo.citation():
            basis = f"{basis} — {embargo.citation()}"
        form.addRow(self.tr("Legal basis"), self._wrapped(basis))
        if embargo is not None:
            scope = scope_label(embargo.scope)
            if embargo.region:
                region = translate(entry_text(embargo.id, embargo.region), language)
                scope = f"{scope}: {region}"
            form.addRow(self.tr("Scope"), self._wrapped(scope))
            since = embargo.start.isoformat()
            until = embargo.end.isoformat() if embargo.end else self.tr("in force")
            form.addRow(self.tr("Dates"), QLabel(f"{since} → {until}", self))
        self.effect = note_label(
            effect_label(record.effect), self, kind=EFFECT_NOTE_KIND[record.effect]
        )
        self.effect.setObjectName("effect")
        form.addRow(self.tr("Effect"), self.effect)
        explanation = translate(record.explanation_message, language)
        form.addRow(self.tr("Explanation"), self._wrapped(explanation))
        self.confirmation: QComboBox | None = None
        self.reasoning: QLineEdit | None = None
        self.evidence: QWidget | None = None
        choices = confirmations_for(record)
        if choices:
            self.confirmation = QComboBox(self)
            self.confirmation.setObjectName("confirmation")
            self.confirmation.addItem(confirmation_label(None), None)
            for choice in choices:
                self.confirmation.addItem(confirmation_label(choice), choice.value)
            index = self.confirmation.findData(
                record.confirmation.value if record.confirmation else None
            )
            self.confirmation.setCurrentIndex(max(0, index))
            self.reasoning = QLineEdit(record.reasoning, self)
            self.reasoning.setObjectName("confirmationReasoning")
            self.reasoning.setPlaceholderText(
                self.tr("Why: the committee's reply, the end use, the region…")
            )
            form.addRow(self.tr("Officer's confirmation"), self.confirmation)
            form.addRow(self.tr("Reasoning"), self.reasoning)
            self._build_evidence(form)
            self.confirmation.currentIndexChanged.connect(self._show_evidence)
            self._show_evidence()

    def _build_evidence(self, form: QFormLayout) -> None:
        """The committee's reference and date (and, for a notification, the day no objection
        had been received): without them an approval or notification clears nothing."""
        record = self.record
        self.evidence = QWidget(self)
        self.evidence.setObjectName("exemptionEvidence")
        tag(self.evidence, "article6.embargo_match")
        box = QFormLayout(self.evidence)
        box.setContentsMargins(0, 0, 0, 0)
        self.committee_reference = QLineEdit(record.committee_reference, self.evidence)
        self.committee_reference.setObjectName("committeeReference")
        self.committee_reference.setPlaceholderText(
            self.tr("The sanctions committee's reference, e.g. S/AC.47/2026/OC.3")
        )
        self.committee_date = date_edit(self.evidence, record.committee_date, optional=True)
        self.committee_date.setObjectName("committeeDate")
        self.no_objection = date_edit(self.evidence, record.no_objection_on, optional=True)
        self.no_objection.setObjectName("noObjectionOn")
        if record.waiting_days is None:
            waiting = self.tr(
                "not stated in the embargo entry: record when no objection had been received"
            )
        else:
            waiting = self.tr("%1 day(s) after the notification").replace(
                "%1", str(record.waiting_days)
            )
        self.waiting = QLabel(waiting, self.evidence)
        self.waiting.setObjectName("waitingPeriod")
        self.waiting.setWordWrap(True)
        box.addRow(self.tr("Committee reference"), self.committee_reference)
        self.date_label = QLabel(self.tr("Date of approval or notification"), self.evidence)
        box.addRow(self.date_label, self.committee_date)
        self.waiting_label = QLabel(self.tr("Waiting period"), self.evidence)
        box.addRow(self.waiting_label, self.waiting)
        self.no_objection_label = QLabel(self.tr("No objection received by"), self.evidence)
        box.addRow(self.no_objection_label, self.no_objection)
        form.addRow(self.evidence)

    def _show_evidence(self) -> None:
        """The evidence fields appear when approval or notification is recorded."""
        if self.confirmation is None or self.evidence is None:
            return
        data = self.confirmation.currentData()
        chosen = Confirmation(data) if data else None
        self.evidence.setVisible(chosen in EVIDENCED)
        notified = chosen is Confirmation.NOTIFIED
        for widget in (self.waiting_label, self.waiting, self.no_objection_label):
            widget.setVisible(notified)
        self.no_objection.setVisible(notified)

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def value(self) -> EmbargoMatchRecord:
        if self.confirmation is None or self.reasoning is None:
            return self.record
        data = self.confirmation.currentData()
        chosen = Confirmation(data) if data else None
        record = replace(self.record, confirmation=chosen, reasoning=self.reasoning.text().strip())
        if self.evidence is None:
            return record
        notified = chosen is Confirmation.NOTIFIED
        return replace(
            record,
            committee_reference=self.committee_reference.text().strip(),
            committee_date=date_of(self.committee_date),
            no_objection_on=date_of(self.no_objection) if notified else None,
        )


class Article6Page(QWidget):
    """Decision date, embargo screen, 6(2) and 6(3); says so when Article 6 prohibits."""

    question_id = "article6.screen"

    def __init__(self, screen: Screen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article6Page")
        self._screen = screen
        self._screened_on: date | None = None
        self._received_on: date | None = None
        self.cards: list[MatchCard] = []

        intro = note_label(
            self.tr(
                "Article 6 is checked first and is absolute: if the transfer would violate a UN "
                "Security Council arms embargo (6(1)), another international obligation (6(2)), "
                "or the State knows the items would be used for atrocity crimes (6(3)), it shall "
                "not be authorised. Ammunition and parts are screened too (Articles 3 and 4)."
            ),
            self,
        )
        screen_box = QGroupBox(self.tr("Article 6(1) — arms embargo screen"), self)
        tag(screen_box, "article6.screen")
        self.decision_date = date_edit(screen_box, date.today())
        self.decision_date.setObjectName("decisionDate")
        self.screen_button = QPushButton(self.tr("Run embargo screen"), screen_box)
        mark_edit_action(self.screen_button)
        self.screen_button.setObjectName("runScreen")
        self.screen_button.clicked.connect(self.run_screen)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Decision date"), screen_box))
        row.addWidget(self.decision_date)
        row.addWidget(self.screen_button)
        row.addStretch(1)
        date_note = QLabel(
            self.tr("The screen is made as at the date of the decision, not against today's list."),
            screen_box,
        )
        date_note.setWordWrap(True)
        date_note.setStyleSheet("color: #4a5560;")
        self.date_error = note_label("", screen_box, kind="danger")
        self.date_error.setObjectName("decisionDateError")
        self.decision_date.dateChanged.connect(self.check_date)
        self.decision_date.editingFinished.connect(self._date_edited)
        self.screen_status = note_label("", screen_box)
        self.screen_status.setObjectName("screenStatus")
        self.matches_box = QVBoxLayout()
        box_layout = QVBoxLayout(screen_box)
        box_layout.addLayout(row)
        box_layout.addWidget(date_note)
        box_layout.addWidget(self.date_error)
        box_layout.addWidget(self.screen_status)
        box_layout.addLayout(self.matches_box)

        self.other_obligations = AnswerEditor(
            self.tr("Article 6(2) — would the transfer violate another international obligation?"),
            "article6.other_obligations",
            self,
            yes=self.tr("Yes, it would violate one"),
            no=self.tr("No"),
        )
        self.knowledge = AnswerEditor(
            self.tr(
                "Article 6(3) — does the State know the items would be used in genocide, crimes "
                "against humanity or war crimes?"
            ),
            "article6.knowledge",
            self,
            yes=self.tr("Yes, the State knows"),
            no=self.tr("No"),
        )
        self.prohibition = note_label("", self, kind="danger")
        self.prohibition.setObjectName("prohibitionBanner")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(screen_box)
        layout.addWidget(self.other_obligations)
        layout.addWidget(self.knowledge)
        layout.addWidget(self.prohibition)
        layout.addStretch(1)

    # ----------------------------------------------------------------------- data

    def load(self, inp: AssessmentInput, decision_date: date | None) -> None:
        a6 = inp.article6
        if decision_date is not None:
            set_date(self.decision_date, decision_date)
        self._screened_on = a6.screened_on
        self._show_matches(a6.embargo_matches)
        self.other_obligations.set_value(a6.other_obligations)
        self.knowledge.set_value(a6.knowledge)

    def collect(self, inp: AssessmentInput) -> AssessmentInput:
        article6 = Article6Input(
            screened_on=self._screened_on,
            embargo_matches=tuple(card.value() for card in self.cards),
            other_obligations=self.other_obligations.value(),
            knowledge=self.knowledge.value(),
        )
        return replace(inp, article6=article6)

    def chosen_date(self) -> date:
        value = date_of(self.decision_date)
        return value or date.today()

    def set_received_on(self, received_on: date | None) -> None:
        """The application's receipt date: the earliest possible decision date."""
        self._received_on = received_on
        self.check_date()

    def date_problem(self) -> str:
        """Why the decision date cannot be used, in the reader's language ("" if it can)."""
        day = self.chosen_date()
        if day > date.today():
            return self.tr("The decision date cannot lie in the future.")
        if self._received_on is not None and day < self._received_on:
            return self.tr(
                "The decision date cannot be before the application was received (%1)."
            ).replace("%1", self._received_on.isoformat())
        return ""

    def check_date(self) -> bool:
        """Show the date's problem beside it; True when the date can be used."""
        problem = self.date_problem()
        set_note(self.date_error, problem, "danger")
        return not problem

    def show_date_error(self, message: str) -> None:
        """A refusal from the service, shown beside the date."""
        set_note(self.date_error, message, "danger")

    def _date_edited(self) -> None:
        """A new decision date re-runs a screen already made: matches that no longer apply as
        at that date are dropped and new ones added (the service does the same on saving)."""
        if self._screened_on is not None and self._screened_on != self.chosen_date():
            self.run_screen()

    def run_screen(self) -> None:
        """Screen the case as at the decision date; the service keeps earlier follow-ups."""
        if not self.check_date():
            return
        on = self.chosen_date()
        screened = self._screen(on, self.collect(AssessmentInput())).article6
        self._screened_on = screened.screened_on
        self._show_matches(screened.embargo_matches)

    def _show_matches(self, records: Sequence[EmbargoMatchRecord]) -> None:
        for card in self.cards:
            self.matches_box.removeWidget(card)
            card.deleteLater()
        self.cards = [MatchCard(r, self) for r in records]
        for card in self.cards:
            self.matches_box.addWidget(card)
        if self._screened_on is None:
            set_note(
                self.screen_status,
                self.tr("The screen has not been run yet. Choose the decision date and run it."),
                "warning",
            )
        elif not records:
            set_note(
                self.screen_status,
                self.tr("Screened as at %1: no embargo in force matches this case.").replace(
                    "%1", self._screened_on.isoformat()
                ),
                "ok",
            )
        else:
            set_note(
                self.screen_status,
                self.tr("Screened as at %1: %2 embargo match(es), listed below.")
                .replace("%1", self._screened_on.isoformat())
                .replace("%2", str(len(records))),
                "info",
            )

    def show_result(self, result: AssessmentResult | None) -> None:
        grounds = prohibition_grounds(result)
        if grounds:
            text = self.tr(
                "Article 6 prohibits this transfer (%1). The assessment ends here: the only "
                "possible decision is a denial citing that paragraph. Articles 7 and 11 are not "
                "assessed and no mitigation is offered, because no mitigation measure can lift an "
                "Article 6 prohibition."
            ).replace("%1", "; ".join(dict.fromkeys(grounds)))
            set_note(self.prohibition, text, "danger")
        else:
            set_note(self.prohibition, "", "danger")
