"""Pages 6-7: the Article 7(3) conclusion and the decision.

The conclusion shows the engine's ``AssessmentResult`` as it is: per criterion the risk before
and after mitigation, the recommendation and its grounds, and what is still missing. The
decision page offers only what that result allows and leaves the final word to the decision
service, whose refusals it shows in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.assessment.model import (
    AssessmentResult,
    Ground,
    Recommendation,
    ResidualRisk,
)
from att_desktop.domain.validation import FieldError
from att_desktop.formats.pdf_labels import criterion_explanation
from att_desktop.services.decisions import DecisionView, LicenceTerms
from att_desktop.services.dto import CaseDetail
from att_desktop.ui.assessment.decision_form import DecisionForm, ground_text
from att_desktop.ui.assessment.labels import (
    citation_style,
    criterion_label,
    recommendation_label,
    residual_label,
    risk_label,
)
from att_desktop.ui.assessment.widgets import note_label, set_note, tag
from att_desktop.ui.messages import field_text

__all__ = ["ConclusionPage", "DecisionPage", "ground_text"]

RECOMMENDATION_KIND = {
    Recommendation.DENY: "danger",
    Recommendation.AUTHORISE_POSSIBLE: "ok",
    Recommendation.INCOMPLETE: "warning",
}


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class ConclusionPage(QWidget):
    """Article 7(3): overriding risk or not, per criterion, after mitigation."""

    question_id = "conclusion"

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("conclusionPage")
        tag(self, "conclusion")
        self.recommendation = note_label("", self)
        self.recommendation.setObjectName("recommendation")
        font = self.recommendation.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        font.setBold(True)
        self.recommendation.setFont(font)
        self.grounds = QLabel(self)
        self.grounds.setObjectName("grounds")
        self.grounds.setWordWrap(True)
        self.missing = note_label("", self, kind="warning")
        self.missing.setObjectName("missing")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("criteria")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Before mitigation"),
                self.tr("After mitigation"),
                self.tr("Explanation"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.conditions = QLabel(self)
        self.conditions.setObjectName("conditions")
        self.conditions.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #4a5560;")
        intro = QLabel(
            self.tr(
                "Computed by the application from your findings: if, after mitigation, an "
                "overriding risk remains on any criterion, the State shall not authorise "
                "(Article 7(3)). Change a finding on its page to change this conclusion."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.grounds)
        layout.addWidget(self.missing)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.conditions)
        layout.addWidget(self.notes)

    def show_result(self, result: AssessmentResult | None) -> None:
        if result is None:
            return
        rec = result.recommendation
        set_note(
            self.recommendation,
            self.tr("Recommendation: %1").replace("%1", recommendation_label(rec)),
            RECOMMENDATION_KIND[rec],
        )
        if result.grounds:
            self.grounds.setText(
                self.tr("Grounds:")
                + "\n"
                + _bullets([ground_text(g, self.language) for g in result.grounds])
            )
        else:
            self.grounds.setText("")
        self.grounds.setVisible(bool(result.grounds))
        if result.missing:
            # In words, each a link to its question, under the wizard's step list.
            set_note(
                self.missing,
                self.tr(
                    "%1 answer(s) are still missing before this assessment can be completed. "
                    "They are listed under the steps: click one to go to its question."
                ).replace("%1", str(len(result.missing))),
                "warning",
            )
        else:
            set_note(self.missing, "", "warning")
        self.table.setRowCount(len(result.criteria))
        for row, item in enumerate(result.criteria):
            values = (
                criterion_label(item.criterion),
                risk_label(item.before),
                residual_label(item.residual),
                criterion_explanation(item, self.language),
            )
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 2 and item.residual is ResidualRisk.OVERRIDING:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(result.criteria))
        self.conditions.setText(
            self.tr("Conditions the assessment requires:")
            + "\n"
            + _bullets(result.conditions_in(self.language))
            if result.conditions
            else ""
        )
        self.conditions.setVisible(bool(result.conditions))
        self.notes.setText(
            self.tr("Notes:") + "\n" + _bullets(result.notes_in(self.language))
            if result.notes
            else ""
        )
        self.notes.setVisible(bool(result.notes))


class DecisionPage(QWidget):
    """Authorise (licence terms) or deny (grounds, reasoning), as the result allows: the
    shared ``DecisionForm`` with the recommendation above it and the record button below."""

    question_id = "conclusion"

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("decisionPage")
        tag(self, "conclusion")
        self.result: AssessmentResult | None = None
        self._case: CaseDetail | None = None
        self.recommendation = note_label("", self)
        self.recommendation.setObjectName("decisionRecommendation")
        self.decided_on = QLabel(self)
        self.decided_on.setWordWrap(True)
        self.decided_on.setObjectName("decidedOn")
        self.form = DecisionForm(self)
        form = self.form
        # The form's fields, by the names the wizard and its tests have always used.
        self.authorise, self.deny = form.authorise, form.deny
        self.authorise_reason = form.authorise_reason
        self.licence_box, self.deny_box = form.licence_box, form.deny_box
        self.valid_from, self.valid_until = form.valid_from, form.valid_until
        self.lines, self.conditions = form.lines, form.conditions
        self.grounds, self.rationale = form.grounds, form.rationale
        self.record_button = QPushButton(self.tr("Record decision"), self)
        self.record_button.setObjectName("recordDecision")
        self.blocked = note_label("", self, kind="warning")
        self.blocked.setObjectName("decisionBlocked")
        self.refusal = note_label("", self, kind="danger")
        self.refusal.setObjectName("refusal")
        self.recorded = note_label("", self, kind="ok")
        self.recorded.setObjectName("recorded")
        self.pdf_buttons = QHBoxLayout()

        layout = QVBoxLayout(self)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.decided_on)
        layout.addWidget(form)
        layout.addWidget(self.blocked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        layout.addWidget(self.refusal)
        layout.addWidget(self.recorded)
        layout.addLayout(self.pdf_buttons)
        layout.addStretch(1)

    # ----------------------------------------------------------------------- filling

    def set_case(self, case: CaseDetail, terms: LicenceTerms | None, max_years: int = 0) -> None:
        """Prefill the licence from the case's lines and the service's suggested terms."""
        self._case = case
        self.form.set_terms(case, terms, max_years)

    def show_result(self, result: AssessmentResult | None, decided_on: date | None) -> None:
        """Offer what the engine's result allows, and say why anything is closed."""
        self.result = result
        when = decided_on.isoformat() if decided_on else "—"
        self.decided_on.setText(
            self.tr(
                "Decision date: %1 (the date of the Article 6 screen; change it on page 1)"
            ).replace("%1", when)
        )
        self.form.set_decision_date(decided_on)
        self.form.show_result(result, self.language)
        if result is None:
            return
        rec = result.recommendation
        text = self.tr("The assessment's recommendation: %1").replace(
            "%1", recommendation_label(rec)
        )
        if result.grounds:
            cite = citation_style()
            text += "\n" + _bullets([g.citation(cite) for g in dict.fromkeys(result.grounds)])
        set_note(self.recommendation, text, RECOMMENDATION_KIND[rec])
        if rec is Recommendation.INCOMPLETE:
            set_note(
                self.blocked,
                self.tr(
                    "An incomplete assessment cannot be decided. Still missing (see the "
                    "conclusion page):"
                )
                + "\n"
                + _bullets(result.missing_in(self.language)[:8])
                + ("\n…" if len(result.missing) > 8 else ""),
                "warning",
            )
            self.record_button.setEnabled(False)
        else:
            set_note(self.blocked, "", "warning")
            self.record_button.setEnabled(True)

    # ----------------------------------------------------------------------- reading

    def licence_terms(self) -> LicenceTerms:
        """The licence as typed; an unreadable number is passed on for the service to refuse."""
        return self.form.licence_terms()

    def extra_grounds(self) -> tuple[Ground, ...]:
        return self.form.extra_grounds()

    def chosen_criteria(self) -> tuple[str, ...]:
        return self.form.chosen_criteria()

    def field_problems(self, errors: Sequence[FieldError] | None = None) -> str:
        """Show ``errors`` (or the form's own check) beside their fields; the text of any
        that belong to no field, or "" when there is nothing to say."""
        problems = self.form.check() if errors is None else list(errors)
        if not problems:
            self.form.clear_errors()
            return ""
        rest = self.form.show_errors(problems)
        return "\n".join(field_text(e) for e in rest) or self.tr("See the messages above.")

    def show_decision(self, decision: DecisionView | None) -> None:
        """A recorded decision closes the page: nothing more can be decided here."""
        if decision is None:
            set_note(self.recorded, "", "ok")
            return
        outcome = (
            self.tr("Authorised") if decision.outcome.value == "authorise" else self.tr("Denied")
        )
        text = self.tr("Decision recorded: %1 on %2 by %3.").replace("%1", outcome)
        text = text.replace("%2", decision.decided_on.isoformat()).replace(
            "%3", decision.decided_by or "—"
        )
        if decision.licence is not None:
            text += "\n" + self.tr("Licence %1, valid %2 to %3.").replace(
                "%1", decision.licence.number
            ).replace("%2", decision.licence.valid_from.isoformat()).replace(
                "%3", decision.licence.valid_until.isoformat()
            )
        set_note(self.recorded, text, "ok" if decision.licence is not None else "danger")
        set_note(self.refusal, "", "danger")
        self.form.set_read_only()
        self.record_button.setEnabled(False)
        set_note(self.blocked, "", "warning")
