"""Pages 6-7: the Article 7(3) conclusion and the decision.

The conclusion shows the engine's ``AssessmentResult`` as it is: per criterion the risk before
and after mitigation, the recommendation and its grounds, and what is still missing. The
decision page offers only what that result allows and leaves the final word to the decision
service, whose refusals it shows in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
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
from att_desktop.formats.pdf_labels import criterion_explanation, ground_plain
from att_desktop.services.decisions import DecisionView, LicenceLineTerms, LicenceTerms
from att_desktop.services.dto import CaseDetail
from att_desktop.ui.assessment.labels import (
    citation_style,
    criterion_label,
    recommendation_label,
    residual_label,
    risk_label,
)
from att_desktop.ui.assessment.widgets import (
    date_edit,
    date_of,
    note_label,
    set_date,
    set_note,
    tag,
)
from att_desktop.ui.i18n import format_amount, format_quantity

RECOMMENDATION_KIND = {
    Recommendation.DENY: "danger",
    Recommendation.AUTHORISE_POSSIBLE: "ok",
    Recommendation.INCOMPLETE: "warning",
}


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def ground_text(ground: Ground, language: str) -> str:
    """A ground with its citation; in Chinese the plain explanation the PDFs give, and for
    an embargo the engine's own words too (they name the embargo and its resolution)."""
    cited = ground.citation(citation_style())
    if language == "en":
        return f"{cited} — {ground.explanation}"
    explanation = ground_plain(ground, language)
    if (ground.article, ground.paragraph) == (6, 1) and ground.explanation not in explanation:
        explanation += f"（{ground.explanation}）"
    return f"{cited} — {explanation}"


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
            self.tr("Conditions the assessment requires:") + "\n" + _bullets(result.conditions)
            if result.conditions
            else ""
        )
        self.conditions.setVisible(bool(result.conditions))
        self.notes.setText(
            self.tr("Notes:") + "\n" + _bullets(result.notes) if result.notes else ""
        )
        self.notes.setVisible(bool(result.notes))


class DecisionPage(QWidget):
    """Authorise (licence terms) or deny (grounds, reasoning), as the result allows."""

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

        choice = self._build_choice()

        self._build_licence_box()

        self._build_deny_box()

        self.rationale = QPlainTextEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(
            self.tr("The reasoning for the decision, as it will appear in the record")
        )
        self.rationale.setFixedHeight(self.rationale.fontMetrics().lineSpacing() * 4 + 14)
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
        layout.addWidget(choice)
        layout.addWidget(self.licence_box)
        layout.addWidget(self.deny_box)
        layout.addWidget(QLabel(self.tr("Reasoning"), self))
        layout.addWidget(self.rationale)
        layout.addWidget(self.blocked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        layout.addWidget(self.refusal)
        layout.addWidget(self.recorded)
        layout.addLayout(self.pdf_buttons)
        layout.addStretch(1)
        self._update_boxes()

    def _build_choice(self) -> QGroupBox:
        """Authorise or deny, why authorising is refused, and when it was decided."""
        choice = QGroupBox(self.tr("Decision"), self)
        self.authorise = QRadioButton(self.tr("Authorise: issue a licence"), choice)
        self.authorise.setObjectName("authorise")
        self.deny = QRadioButton(self.tr("Deny"), choice)
        self.deny.setObjectName("deny")
        self._group = QButtonGroup(self)
        self._group.addButton(self.authorise)
        self._group.addButton(self.deny)
        self._group.buttonToggled.connect(lambda *_: self._update_boxes())
        self.authorise_reason = note_label("", choice, kind="danger")
        self.authorise_reason.setObjectName("authoriseReason")
        self.decided_on = QLabel(choice)
        self.decided_on.setWordWrap(True)
        self.decided_on.setObjectName("decidedOn")
        c = QVBoxLayout(choice)
        c.addWidget(self.authorise)
        c.addWidget(self.authorise_reason)
        c.addWidget(self.deny)
        c.addWidget(self.decided_on)
        return choice

    def _build_licence_box(self) -> None:
        """The licence's validity, its lines and its conditions."""
        # Licence terms.
        self.licence_box = QGroupBox(self.tr("Licence"), self)
        self.licence_box.setObjectName("licenceBox")
        self.valid_from = date_edit(self.licence_box, date.today())
        self.valid_from.setObjectName("validFrom")
        self.valid_until = date_edit(self.licence_box, date.today())
        self.valid_until.setObjectName("validUntil")
        self.lines = QTableWidget(0, 5, self.licence_box)
        self.lines.setObjectName("licenceLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Description"),
                self.tr("Applied for"),
                self.tr("Quantity authorised"),
                self.tr("Value authorised"),
            ]
        )
        self.lines.verticalHeader().setVisible(False)
        lh = self.lines.horizontalHeader()
        lh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            lh.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.conditions = QPlainTextEdit(self.licence_box)
        self.conditions.setObjectName("licenceConditions")
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(self.conditions.fontMetrics().lineSpacing() * 5 + 14)
        conditions_hint = QLabel(
            self.tr(
                "One condition or proviso per line. Suggested defaults and the conditions the "
                "assessment requires are filled in; the required ones cannot be dropped."
            ),
            self.licence_box,
        )
        conditions_hint.setWordWrap(True)
        conditions_hint.setStyleSheet("color: #4a5560;")
        lf = QFormLayout(self.licence_box)
        dates = QHBoxLayout()
        dates.addWidget(self.valid_from)
        dates.addWidget(QLabel(self.tr("until"), self.licence_box))
        dates.addWidget(self.valid_until)
        dates.addStretch(1)
        lf.addRow(self.tr("Valid from"), dates)
        lf.addRow(self.tr("Lines"), self.lines)
        lf.addRow(self.tr("Conditions and provisos"), self.conditions)
        lf.addRow("", conditions_hint)

    def _build_deny_box(self) -> None:
        """The grounds a denial cites, with room for one of the decider's own."""
        # Denial grounds.
        self.deny_box = QGroupBox(self.tr("Grounds for denial"), self)
        self.deny_box.setObjectName("denyBox")
        self.grounds = QListWidget(self.deny_box)
        self.grounds.setObjectName("denialGrounds")
        self.grounds.setWordWrap(True)
        self.grounds.setMaximumHeight(140)
        grounds_hint = QLabel(
            self.tr(
                "The grounds found by the assessment are always cited. You may deny an "
                "authorisable case for reasons of your own: then cite the article and "
                "paragraph below."
            ),
            self.deny_box,
        )
        grounds_hint.setWordWrap(True)
        grounds_hint.setStyleSheet("color: #4a5560;")
        self.extra_ground = QLineEdit(self.deny_box)
        self.extra_ground.setObjectName("extraGround")
        self.extra_ground.setPlaceholderText(self.tr("Other ground, e.g. 7(1)(a): explanation"))
        df = QVBoxLayout(self.deny_box)
        df.addWidget(self.grounds)
        df.addWidget(grounds_hint)
        df.addWidget(self.extra_ground)

    # ----------------------------------------------------------------------- filling

    def set_case(self, case: CaseDetail, terms: LicenceTerms | None) -> None:
        """Prefill the licence from the case's lines and the service's suggested terms."""
        self._case = case
        by_item = {t.line_item_id: t for t in terms.lines} if terms else {}
        self.lines.setRowCount(len(case.items))
        for row, item in enumerate(case.items):
            suggested = by_item.get(item.id)
            line = QTableWidgetItem(str(item.line_no))
            line.setData(Qt.ItemDataRole.UserRole, item.id)
            line.setFlags(line.flags() & ~Qt.ItemFlag.ItemIsEditable)
            description = QTableWidgetItem(item.description)
            description.setFlags(description.flags() & ~Qt.ItemFlag.ItemIsEditable)
            applied = QTableWidgetItem(
                f"{format_quantity(item.quantity, item.unit)} · "
                f"{format_amount(item.value, item.currency)}"
            )
            applied.setFlags(applied.flags() & ~Qt.ItemFlag.ItemIsEditable)
            quantity = suggested.quantity if suggested else item.quantity
            value = suggested.value if suggested else item.value
            q_edit = QLineEdit(format(quantity.normalize(), "f"), self.lines)
            q_edit.setObjectName("lineQuantity")
            v_edit = QLineEdit("" if value is None else format(value, "f"), self.lines)
            v_edit.setObjectName("lineValue")
            v_edit.setProperty("currency", item.currency)
            for column, cell in enumerate((line, description, applied)):
                self.lines.setItem(row, column, cell)
            self.lines.setCellWidget(row, 3, q_edit)
            self.lines.setCellWidget(row, 4, v_edit)
        self.lines.setFixedHeight(
            self.lines.horizontalHeader().sizeHint().height()
            + 6
            + self.lines.verticalHeader().defaultSectionSize() * max(1, min(len(case.items), 6))
        )
        if terms is not None:
            set_date(self.valid_from, terms.valid_from)
            set_date(self.valid_until, terms.valid_until)
            self.conditions.setPlainText("\n".join(terms.conditions))

    def show_result(self, result: AssessmentResult | None, decided_on: date | None) -> None:
        """Offer what the engine's result allows, and say why anything is closed."""
        self.result = result
        when = decided_on.isoformat() if decided_on else "—"
        self.decided_on.setText(
            self.tr(
                "Decision date: %1 (the date of the Article 6 screen; change it on page 1)"
            ).replace("%1", when)
        )
        self.grounds.clear()
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
        for ground in result.grounds:
            item = QListWidgetItem(ground_text(ground, self.language))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.grounds.addItem(item)
        article6 = any(g.article == 6 for g in result.grounds)
        if rec is Recommendation.DENY:
            reason = (
                self.tr(
                    "Authorisation is not possible: Article 6 prohibits the transfer. The only "
                    "decision is a denial citing the paragraph; no mitigation can change this."
                )
                if article6
                else self.tr(
                    "Authorisation is not possible: after mitigation an overriding risk remains "
                    "(Article 7(3)). The State shall not authorise."
                )
            )
            set_note(self.authorise_reason, reason, "danger")
            self.authorise.setEnabled(False)
            self.deny.setChecked(True)
        else:
            set_note(self.authorise_reason, "", "danger")
            self.authorise.setEnabled(True)
        if rec is Recommendation.INCOMPLETE:
            set_note(
                self.blocked,
                self.tr(
                    "An incomplete assessment cannot be decided. Still missing (see the "
                    "conclusion page):"
                )
                + "\n"
                + _bullets(result.missing[:8])
                + ("\n…" if len(result.missing) > 8 else ""),
                "warning",
            )
            self.record_button.setEnabled(False)
        else:
            set_note(self.blocked, "", "warning")
            self.record_button.setEnabled(True)
        self._update_boxes()

    def _update_boxes(self) -> None:
        self.licence_box.setVisible(self.authorise.isChecked())
        self.deny_box.setVisible(self.deny.isChecked())

    # ----------------------------------------------------------------------- reading

    def licence_terms(self) -> LicenceTerms:
        """The licence as typed; an unreadable number is passed on for the service to refuse."""
        lines: list[LicenceLineTerms] = []
        for row in range(self.lines.rowCount()):
            cell = self.lines.item(row, 0)
            q_edit = self.lines.cellWidget(row, 3)
            v_edit = self.lines.cellWidget(row, 4)
            assert cell is not None
            assert isinstance(q_edit, QLineEdit) and isinstance(v_edit, QLineEdit)
            quantity = _decimal(q_edit.text()) or Decimal(0)
            if quantity == 0:
                continue
            value = _decimal(v_edit.text())
            lines.append(
                LicenceLineTerms(
                    int(cell.data(Qt.ItemDataRole.UserRole)),
                    quantity,
                    value,
                    str(v_edit.property("currency") or "") if value is not None else "",
                )
            )
        start = date_of(self.valid_from) or date.today()
        until = date_of(self.valid_until) or start
        conditions = tuple(
            line.strip() for line in self.conditions.toPlainText().splitlines() if line.strip()
        )
        return LicenceTerms(start, until, tuple(lines), conditions)

    def extra_grounds(self) -> tuple[Ground, ...]:
        """An officer's own ground, "7(1)(a): explanation" → Article 7, paragraph 1."""
        text = self.extra_ground.text().strip()
        if not text:
            return ()
        head, _, explanation = text.partition(":")
        digits = head.replace("Article", "").replace("Art.", "").strip()
        article, _, rest = digits.partition("(")
        paragraph = rest.split(")")[0] if rest else ""
        try:
            return (
                Ground(
                    int(article.strip()),
                    int(paragraph) if paragraph.isdigit() else None,
                    None,
                    explanation.strip() or text,
                ),
            )
        except ValueError:
            return (Ground(7, None, None, text),)

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
        for widget in (self.authorise, self.deny, self.licence_box, self.deny_box):
            widget.setEnabled(False)
        self.rationale.setReadOnly(True)
        self.record_button.setEnabled(False)
        set_note(self.blocked, "", "warning")


def _decimal(text: str) -> Decimal | None:
    cleaned = text.replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return Decimal("NaN")
