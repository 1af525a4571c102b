"""The one decision form, shared by the wizard's decision step and the Committee tab's dialog.

Authorise: the licence's validity (the authority's longest allowed, shown, never silent),
each line's quantity and value bounded by what was applied for, and the proposed conditions
grouped by origin. Deny: the grounds the assessment found and any the decider adds. The
form only reads and checks what is typed; the decision service decides, and its refusals
are shown beside the fields they concern. Nothing typed is cleared by a refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.assessment.model import AssessmentResult, Ground, Recommendation
from att_desktop.domain.criteria import CriteriaSet
from att_desktop.domain.enums import DecisionOutcome
from att_desktop.domain.validation import FieldError
from att_desktop.formats.pdf_labels import ground_plain
from att_desktop.services.decisions import LicenceLineTerms, LicenceTerms
from att_desktop.services.dto import CaseDetail, LineItemView
from att_desktop.ui.assessment.conditions_editor import ConditionsEditor
from att_desktop.ui.assessment.labels import citation_style
from att_desktop.ui.assessment.widgets import date_edit, date_of, note_label, set_date, set_note
from att_desktop.ui.i18n import format_amount, format_quantity
from att_desktop.ui.messages import field_text

#: Grounds a decider may cite for a denial the engine did not ground itself.
CITABLE_GROUNDS: tuple[Ground, ...] = (
    Ground(7, 1, "a", ""),
    Ground(7, 1, "b_i", ""),
    Ground(7, 1, "b_ii", ""),
    Ground(7, 1, "b_iii", ""),
    Ground(7, 1, "b_iv", ""),
    Ground(7, 4, "gbv", ""),
    Ground(11, 1, "diversion", ""),
)
_QUANTITY, _VALUE = 3, 4


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _pro_rata(edit: QLineEdit, quantity: str, value: Decimal | None, applied: Decimal) -> None:
    """The line's value for ``quantity`` at the applied unit price, unless one was typed."""
    if edit.property("typed") or value is None or applied <= 0:
        return
    wanted = _decimal(quantity)
    if wanted is None or not wanted.is_finite() or wanted < 0:
        return
    edit.setText(format((value * wanted / applied).quantize(Decimal("0.01")), "f"))


def _decimal(text: str) -> Decimal | None:
    """A typed number (thousands separators allowed); NaN when it cannot be read."""
    cleaned = text.replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return Decimal("NaN")


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = note_label("", parent, kind="danger")
    label.setObjectName(name)
    return label


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def ground_text(ground: Ground, language: str) -> str:
    """A ground with its citation and the engine's sentence in ``language``; a ground stored
    without its message (in English) gets the plain explanation the PDFs give, and for an
    embargo the engine's own words too (they name the embargo and its resolution)."""
    cited = ground.citation(citation_style())
    if language == "en" or ground.message is not None:
        # The engine's own sentence, in the window's language.
        return f"{cited} — {ground.text(language)}"
    explanation = ground_plain(ground, language)
    if (ground.article, ground.paragraph) == (6, 1) and ground.explanation not in explanation:
        explanation += f"（{ground.explanation}）"
    return f"{cited} — {explanation}"


class DecisionForm(QWidget):
    """Authorise with licence terms, or deny with grounds; the reasoning either way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionForm")
        self._items: dict[int, LineItemView] = {}
        self._max_years = 0
        self._decided_on: date | None = None
        self._received_on: date | None = None
        self._previous_start: date | None = None
        #: The start the service suggested, while the decider has not changed it.
        self._suggested_start: date | None = None
        #: The rows of the lines table behind ``licence_terms().lines``, for the service's
        #: errors ("licence.lines[1].quantity") to find their row.
        self._rows_sent: list[int] = []
        #: The decision date's problems (in the future, before receipt), from the form's own
        #: check or the service's refusal (field ``decided_on``).
        self.date_error = _error_label(self, "decidedOnError")
        self.choice = self._build_choice()
        self._build_licence_box()
        self._build_deny_box()
        self.rationale = QPlainTextEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(
            self.tr("The reasoning for the decision, as it will appear in the record")
        )
        self.rationale.setFixedHeight(self.rationale.fontMetrics().lineSpacing() * 4 + 14)
        self.rationale_error = _error_label(self, "rationaleError")
        self.majority_label = QLabel(self.tr("Reasons for departing from the &majority"), self)
        self.majority_reason = QPlainTextEdit(self)
        self.majority_reason.setObjectName("majorityReason")
        self.majority_reason.setTabChangesFocus(True)
        self.majority_reason.setPlaceholderText(
            self.tr("Required when the decision goes against the committee's majority")
        )
        self.majority_reason.setFixedHeight(self.rationale.height())
        self.majority_label.setBuddy(self.majority_reason)
        self.set_committee(False)
        reasoning = QLabel(self.tr("&Reasoning"), self)
        reasoning.setBuddy(self.rationale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_error)
        layout.addWidget(self.choice)
        layout.addWidget(self.licence_box)
        layout.addWidget(self.deny_box)
        layout.addWidget(reasoning)
        layout.addWidget(self.rationale)
        layout.addWidget(self.rationale_error)
        layout.addWidget(self.majority_label)
        layout.addWidget(self.majority_reason)
        self._update_boxes()

    # ----------------------------------------------------------------------- building

    def _build_choice(self) -> QGroupBox:
        choice = QGroupBox(self.tr("Decision"), self)
        self.authorise = QRadioButton(self.tr("&Authorise: issue a licence"), choice)
        self.authorise.setObjectName("authorise")
        self.deny = QRadioButton(self.tr("De&ny"), choice)
        self.deny.setObjectName("deny")
        self._group = QButtonGroup(self)
        self._group.addButton(self.authorise)
        self._group.addButton(self.deny)
        self._group.buttonToggled.connect(lambda *_: self._update_boxes())
        self.authorise_reason = note_label("", choice, kind="danger")
        self.authorise_reason.setObjectName("authoriseReason")
        self.choice_error = _error_label(choice, "choiceError")
        c = QVBoxLayout(choice)
        c.addWidget(self.authorise)
        c.addWidget(self.authorise_reason)
        c.addWidget(self.deny)
        c.addWidget(self.choice_error)
        return choice

    def _build_licence_box(self) -> None:
        """Validity, lines and conditions, each with its own message line below it."""
        box = self.licence_box = QGroupBox(self.tr("Licence"), self)
        box.setObjectName("licenceBox")
        self.valid_from = date_edit(box, date.today())
        self.valid_from.setObjectName("validFrom")
        self.valid_until = date_edit(box, date.today())
        self.valid_until.setObjectName("validUntil")
        self.valid_from.dateChanged.connect(lambda *_: self._from_changed())
        self.valid_until.dateChanged.connect(lambda *_: self._show_validity_note())
        self.validity_note = QLabel(box)
        self.validity_note.setObjectName("validityNote")
        self.validity_note.setWordWrap(True)
        self.validity_note.setStyleSheet("color: #4a5560;")
        self.validity_error = _error_label(box, "validityError")
        self.lines = QTableWidget(0, 6, box)
        self.lines.setObjectName("licenceLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Description"),
                self.tr("Applied for"),
                self.tr("Quantity authorised"),
                self.tr("Value authorised"),
                self.tr("Currency"),
            ]
        )
        self.lines.verticalHeader().setVisible(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_hint = QLabel(
            self.tr("Authorise up to what was applied for; 0 leaves a line off the licence."),
            box,
        )
        self.lines_hint.setWordWrap(True)
        self.lines_hint.setStyleSheet("color: #4a5560;")
        self.lines_error = _error_label(box, "linesError")
        self.conditions = ConditionsEditor(box)
        conditions_hint = QLabel(
            self.tr(
                "Untick a condition to leave it off, double-click to edit it, or add your "
                "own. Every ticked condition is printed on the licence."
            ),
            box,
        )
        conditions_hint.setWordWrap(True)
        conditions_hint.setStyleSheet("color: #4a5560;")
        self.conditions_error = _error_label(box, "conditionsError")
        dates = QHBoxLayout()
        dates.addWidget(self.valid_from)
        dates.addWidget(QLabel(self.tr("until"), box))
        dates.addWidget(self.valid_until)
        dates.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Valid from"), dates)
        form.addRow("", self.validity_note)
        form.addRow("", self.validity_error)
        form.addRow(self.tr("Lines"), self.lines)
        form.addRow("", self.lines_hint)
        form.addRow("", self.lines_error)
        form.addRow(self.tr("Conditions"), self.conditions)
        form.addRow("", conditions_hint)
        form.addRow("", self.conditions_error)

    def _build_deny_box(self) -> None:
        """The grounds the assessment found (always cited) and one of the decider's own."""
        box = self.deny_box = QGroupBox(self.tr("Grounds for denial"), self)
        box.setObjectName("denyBox")
        self.grounds = QListWidget(box)
        self.grounds.setObjectName("denialGrounds")
        self.grounds.setWordWrap(True)
        self.grounds.setMaximumHeight(140)
        hint = QLabel(
            self.tr(
                "The grounds found by the assessment are always cited. You may deny an "
                "authorisable case for reasons of your own: then cite the ground below."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4a5560;")
        self.ground = QComboBox(box)
        self.ground.setObjectName("decideGround")
        self.ground.addItem(self.tr("(only the grounds the assessment found)"), None)
        style = citation_style()
        for ground in CITABLE_GROUNDS:
            self.ground.addItem(ground.citation(style), ground)
        self.ground_explanation = QLineEdit(box)
        self.ground_explanation.setObjectName("groundExplanation")
        self.ground_explanation.setPlaceholderText(self.tr("Why this ground applies"))
        self.grounds_error = _error_label(box, "groundsError")
        own = QHBoxLayout()
        own.addWidget(self.ground)
        own.addWidget(self.ground_explanation, 1)
        v = QVBoxLayout(box)
        v.addWidget(self.grounds)
        v.addWidget(hint)
        v.addLayout(own)
        v.addWidget(self.grounds_error)
        # Issue 16: the national framework's criteria (EU Common Position 1-8), when the
        # authority chose a set; filled by ``set_criteria_set``.
        self.criteria_box = QGroupBox(box)
        self.criteria_box.setObjectName("criteriaBox")
        self.criteria_layout = QFormLayout(self.criteria_box)
        self.criteria_checks: dict[str, QCheckBox] = {}
        self.criteria_labels: dict[str, QLabel] = {}
        self.criteria_error = _error_label(box, "criteriaError")
        self.criteria_box.setVisible(False)
        v.addWidget(self.criteria_box)
        v.addWidget(self.criteria_error)

    def set_criteria_set(self, criteria: CriteriaSet | None, language: str = "en") -> None:
        """Offer the active set's criteria as tick boxes (none: the box is hidden)."""
        while self.criteria_layout.rowCount():
            self.criteria_layout.removeRow(0)
        self.criteria_checks, self.criteria_labels = {}, {}
        self.criteria_box.setVisible(criteria is not None)
        if criteria is None:
            return
        self.criteria_box.setTitle(
            self.tr("Criteria the denial rests on (%1)").replace("%1", criteria.title_in(language))
        )
        for c in criteria.criteria:
            # The code ticks; the text beside it wraps (a criterion is a long sentence).
            text = criteria.text(c.code, language)
            check = QCheckBox(c.code, self.criteria_box)
            check.setObjectName(f"criterion_{c.code}")
            check.setToolTip(text)
            label = QLabel(text, self.criteria_box)
            label.setWordWrap(True)
            self.criteria_checks[c.code] = check
            self.criteria_labels[c.code] = label
            self.criteria_layout.addRow(check, label)

    def chosen_criteria(self) -> tuple[str, ...]:
        """The codes ticked, in the set's order."""
        return tuple(code for code, check in self.criteria_checks.items() if check.isChecked())

    def _update_boxes(self) -> None:
        self.licence_box.setVisible(self.authorise.isChecked())
        self.deny_box.setVisible(self.deny.isChecked())

    def set_committee(self, asked: bool) -> None:
        """The majority field is offered when the case went to the committee."""
        self.majority_label.setVisible(asked)
        self.majority_reason.setVisible(asked)

    # ----------------------------------------------------------------------- filling

    def set_terms(self, case: CaseDetail, terms: LicenceTerms | None, max_years: int) -> None:
        """Prefill from the service's suggestion: every line in full, the longest validity,
        every proposed condition ticked."""
        self._items = {i.id: i for i in case.items}
        self._received_on = case.received_on
        self._max_years = max_years
        by_item = {t.line_item_id: t for t in terms.lines} if terms else {}
        self.lines.setRowCount(len(case.items))
        for row, item in enumerate(case.items):
            self._fill_line(row, item, by_item.get(item.id))
        shown = max(1, min(len(case.items), 6))
        self.lines.setFixedHeight(
            self.lines.horizontalHeader().sizeHint().height()
            + 6
            + self.lines.verticalHeader().defaultSectionSize() * shown
        )
        if terms is not None:
            self.valid_from.blockSignals(True)
            set_date(self.valid_from, terms.valid_from)
            self.valid_from.blockSignals(False)
            set_date(self.valid_until, terms.valid_until)
            self._suggested_start = terms.valid_from
            self.conditions.set_proposed(terms.proposed)
        self._show_validity_note()

    def _fill_line(self, row: int, item: LineItemView, suggested: LicenceLineTerms | None) -> None:
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = QTableWidgetItem(str(item.line_no))
        line.setData(Qt.ItemDataRole.UserRole, item.id)
        applied = f"{format_quantity(item.quantity, item.unit)}"
        if item.value is not None:
            applied += f" · {format_amount(item.value, item.currency)}"
        cells = (line, QTableWidgetItem(item.description), QTableWidgetItem(applied))
        for column, cell in enumerate(cells):
            cell.setFlags(fixed)
            cell.setToolTip(cell.text())
            self.lines.setItem(row, column, cell)
        quantity = suggested.quantity if suggested else item.quantity
        value = suggested.value if suggested else item.value
        q_edit = QLineEdit(_plain(quantity), self.lines)
        q_edit.setObjectName("lineQuantity")
        q_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        q_edit.setToolTip(
            self.tr("At most %1").replace("%1", format_quantity(item.quantity, item.unit))
        )
        v_edit = QLineEdit("" if value is None else format(value, "f"), self.lines)
        v_edit.setObjectName("lineValue")
        v_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        v_edit.setProperty("currency", item.currency)
        if item.value is not None:
            v_edit.setToolTip(
                self.tr("At most %1").replace("%1", format_amount(item.value, item.currency))
            )
        self.lines.setCellWidget(row, _QUANTITY, q_edit)
        self.lines.setCellWidget(row, _VALUE, v_edit)
        if item.value is not None and item.quantity > 0:
            # A lower quantity lowers the value pro rata until the decider types a value.
            v_edit.textEdited.connect(lambda _t, e=v_edit: e.setProperty("typed", True))
            q_edit.textEdited.connect(
                lambda text, e=v_edit, i=item: _pro_rata(e, text, i.value, i.quantity)
            )
        currency = QTableWidgetItem(item.currency or "—")
        currency.setFlags(fixed)
        self.lines.setItem(row, 5, currency)

    def set_decision_date(self, decided_on: date | None) -> None:
        """A licence starts on or after its decision (7(5)). A start nobody changed follows
        the decision date; one before a later decision date moves with it; an end that was
        the longest validity moves along."""
        self._decided_on = decided_on
        start = date_of(self.valid_from)
        if decided_on is not None and start is not None:
            untouched = start == self._suggested_start
            if start < decided_on or (untouched and start != decided_on):
                set_date(self.valid_from, decided_on)
                self._suggested_start = decided_on if untouched else self._suggested_start
        self._show_validity_note()

    def _longest(self, start: date) -> date | None:
        return add_years(start, self._max_years) if self._max_years else None

    def _from_changed(self) -> None:
        """Keep the licence at the longest validity if that is what it was."""
        start, until = date_of(self.valid_from), date_of(self.valid_until)
        previous = self._previous_start
        if start is not None and until is not None and previous is not None:
            longest = self._longest(start)
            if longest is not None and (until == self._longest(previous) or until < start):
                set_date(self.valid_until, longest)
        self._show_validity_note()

    def _show_validity_note(self) -> None:
        start = date_of(self.valid_from)
        self._previous_start = start
        longest = self._longest(start) if start is not None else None
        if longest is None:
            self.validity_note.setText("")
            return
        text = (
            self.tr("The authority allows a licence at most %1 years: here until %2.")
            .replace("%1", str(self._max_years))
            .replace("%2", longest.isoformat())
        )
        if self._decided_on is not None:
            text += " " + self.tr("It cannot start before the decision date, %1.").replace(
                "%1", self._decided_on.isoformat()
            )
        self.validity_note.setText(text)

    def show_result(self, result: AssessmentResult | None, language: str = "en") -> None:
        """Offer what the engine's result allows, and say why authorising is closed."""
        self.grounds.clear()
        self.grounds.setVisible(bool(result is not None and result.grounds))
        if result is None:
            return
        for ground in result.grounds:
            item = QListWidgetItem(ground_text(ground, language))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.grounds.addItem(item)
        if result.recommendation is Recommendation.DENY:
            article6 = any(g.article == 6 for g in result.grounds)
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
        self._update_boxes()

    # ----------------------------------------------------------------------- reading

    def outcome(self) -> DecisionOutcome | None:
        if self.authorise.isChecked():
            return DecisionOutcome.AUTHORISE
        if self.deny.isChecked():
            return DecisionOutcome.DENY
        return None

    def _line_edits(self, row: int) -> tuple[QLineEdit, QLineEdit]:
        q_edit = self.lines.cellWidget(row, _QUANTITY)
        v_edit = self.lines.cellWidget(row, _VALUE)
        assert isinstance(q_edit, QLineEdit) and isinstance(v_edit, QLineEdit)
        return q_edit, v_edit

    def licence_terms(self) -> LicenceTerms:
        """The licence as typed; an unreadable number is passed on for the service to refuse."""
        lines: list[LicenceLineTerms] = []
        self._rows_sent = []
        for row in range(self.lines.rowCount()):
            cell = self.lines.item(row, 0)
            assert cell is not None
            q_edit, v_edit = self._line_edits(row)
            quantity = _decimal(q_edit.text()) or Decimal(0)
            if quantity == 0:
                continue
            value = _decimal(v_edit.text())
            currency = str(v_edit.property("currency") or "") if value is not None else ""
            item_id = int(cell.data(Qt.ItemDataRole.UserRole))
            lines.append(LicenceLineTerms(item_id, quantity, value, currency))
            self._rows_sent.append(row)
        start = date_of(self.valid_from) or date.today()
        until = date_of(self.valid_until) or start
        return LicenceTerms(start, until, tuple(lines), self.conditions.chosen())

    def extra_grounds(self) -> tuple[Ground, ...]:
        """The decider's own ground, with their explanation, if they chose one."""
        ground = self.ground.currentData()
        if not isinstance(ground, Ground):
            return ()
        explanation = self.ground_explanation.text().strip()
        return (Ground(ground.article, ground.paragraph, ground.criterion, explanation),)

    def check(self) -> list[FieldError]:
        """What can be seen wrong before asking the service, in its field names."""
        errors: list[FieldError] = self._check_date()
        if self.outcome() is None:
            errors.append(FieldError("outcome", self.tr("Choose whether to authorise or deny.")))
        if not self.rationale.toPlainText().strip():
            errors.append(FieldError("rationale", self.tr("Give the reasoning for the decision.")))
        deny = self.outcome() is DecisionOutcome.DENY
        if deny and self.criteria_checks and not self.chosen_criteria():
            text = self.tr("Tick at least one criterion the denial rests on.")
            errors.append(FieldError("criteria", text))
        if self.outcome() is not DecisionOutcome.AUTHORISE:
            return errors
        start, until = date_of(self.valid_from), date_of(self.valid_until)
        if start is not None and until is not None:
            longest = self._longest(start)
            if until < start:
                errors.append(
                    FieldError("licence.valid_until", self.tr("The end is before the start."))
                )
            elif longest is not None and until > longest:
                errors.append(
                    FieldError(
                        "licence.valid_until",
                        self.tr("At most %1 years: until %2 at the latest.")
                        .replace("%1", str(self._max_years))
                        .replace("%2", longest.isoformat()),
                    )
                )
            if self._decided_on is not None and start < self._decided_on:
                errors.append(
                    FieldError(
                        "licence.valid_from",
                        self.tr("A licence cannot start before the decision date."),
                    )
                )
        errors += self._check_lines()
        return errors

    def _check_date(self) -> list[FieldError]:
        """The decision date: never in the future, never before the application arrived."""
        day = self._decided_on
        if day is None:
            return []
        if day > date.today():
            return [
                FieldError("decided_on", self.tr("The decision date cannot lie in the future."))
            ]
        if self._received_on is not None and day < self._received_on:
            text = self.tr(
                "The decision date cannot be before the application was received (%1)."
            ).replace("%1", self._received_on.isoformat())
            return [FieldError("decided_on", text)]
        return []

    def _check_lines(self) -> list[FieldError]:
        errors: list[FieldError] = []
        any_line = False
        for row in range(self.lines.rowCount()):
            cell = self.lines.item(row, 0)
            item = self._items.get(int(cell.data(Qt.ItemDataRole.UserRole))) if cell else None
            if item is None:
                continue
            q_edit, v_edit = self._line_edits(row)
            where = f"row{row}"
            quantity = _decimal(q_edit.text())
            if quantity is None or quantity.is_nan() or quantity < 0:
                errors.append(FieldError(f"{where}.quantity", self.tr("not a quantity")))
            elif quantity > item.quantity:
                errors.append(
                    FieldError(
                        f"{where}.quantity",
                        self.tr("more than the %1 applied for").replace(
                            "%1", format_quantity(item.quantity, item.unit)
                        ),
                    )
                )
            elif quantity > 0:
                any_line = True
            value = _decimal(v_edit.text())
            if value is not None and (value.is_nan() or value < 0):
                errors.append(FieldError(f"{where}.value", self.tr("not an amount")))
            elif value is not None and item.value is not None and value > item.value:
                errors.append(
                    FieldError(
                        f"{where}.value",
                        self.tr("more than the %1 applied for").replace(
                            "%1", format_amount(item.value, item.currency)
                        ),
                    )
                )
        if not any_line and not errors:
            errors.append(FieldError("licence.lines", self.tr("Authorise at least one line.")))
        return errors

    # ----------------------------------------------------------------------- messages

    def clear_errors(self) -> None:
        for label in (
            self.date_error,
            self.choice_error,
            self.validity_error,
            self.lines_error,
            self.conditions_error,
            self.grounds_error,
            self.criteria_error,
            self.rationale_error,
        ):
            set_note(label, "", "danger")
        for row in range(self.lines.rowCount()):
            for edit in self._line_edits(row):
                edit.setStyleSheet("")

    def show_errors(self, errors: Sequence[FieldError]) -> list[FieldError]:
        """Each message beside its field; returns those that belong to no field here."""
        self.clear_errors()
        placed: dict[QLabel, list[str]] = {}
        rest: list[FieldError] = []
        for error in errors:
            label, text = self._place(error)
            if label is None:
                rest.append(error)
            else:
                placed.setdefault(label, []).append(text)
        for label, texts in placed.items():
            set_note(label, _bullets(texts) if len(texts) > 1 else texts[0], "danger")
        return rest

    def _place(self, error: FieldError) -> tuple[QLabel | None, str]:
        field, message = error.field, field_text(error)
        if field == "outcome":
            return self.choice_error, message
        if field == "decided_on":
            return self.date_error, message
        if field == "rationale":
            return self.rationale_error, message
        if field == "grounds":
            return self.grounds_error, message
        if field == "criteria":
            return self.criteria_error, message
        if field in ("licence.valid_from", "licence.valid_until"):
            return self.validity_error, message
        if field.startswith("licence.conditions"):
            return self.conditions_error, message
        if field.startswith("licence.lines[") or field.startswith("row"):
            row = self._row_of(field)
            if row is not None:
                part = field.rsplit(".", 1)[-1]
                q_edit, v_edit = self._line_edits(row)
                edit = v_edit if part in ("value", "currency") else q_edit
                edit.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
                line = self.lines.item(row, 0)
                number = line.text() if line is not None else str(row + 1)
                return self.lines_error, self.tr("Line %1: %2").replace("%1", number).replace(
                    "%2", message
                )
        if field.startswith("licence"):
            return self.lines_error, message
        return None, message

    def _row_of(self, field: str) -> int | None:
        if field.startswith("row"):
            return int(field[3:].split(".", 1)[0])
        index = int(field[len("licence.lines[") :].split("]", 1)[0])
        return self._rows_sent[index] if index < len(self._rows_sent) else None

    def set_read_only(self) -> None:
        """A recorded decision: shown, not editable."""
        for widget in (self.choice, self.licence_box, self.deny_box):
            widget.setEnabled(False)
        self.rationale.setReadOnly(True)
        self.majority_reason.setReadOnly(True)
