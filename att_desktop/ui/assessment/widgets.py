"""Editors for the assessment's recurring shapes: a yes/no answer, a risk finding, sources.

Each editor reads and writes one frozen domain value (``Answer``, ``Finding``, ``Source``s);
none of them judges anything. A question's widgets carry its guidance id (the
``questionId`` property) so the side panel can follow the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.assessment.model import Answer, Finding, RiskLevel, Source, SourceKind
from att_desktop.ui.assessment.guidance import QUESTION_PROPERTY
from att_desktop.ui.assessment.labels import risk_label, source_kind_label
from att_desktop.ui.widgets.read_only import mark_edit_action

#: QDateEdit cannot be empty: its minimum date stands for "no date" and shows as blank.
NO_DATE = QDate(1900, 1, 1)


def tag(widget: QWidget, question_id: str) -> None:
    """Link ``widget`` (and its children) to a guidance entry."""
    widget.setProperty(QUESTION_PROPERTY, question_id)


def _to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def _from_qdate(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, value: date | None = None, *, optional: bool = False) -> QDateEdit:
    """An ISO date field with a calendar; an optional one can be left blank."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
    edit.setDate(_to_qdate(value) if value or optional else QDate.currentDate())
    return edit


def date_of(edit: QDateEdit) -> date | None:
    return _from_qdate(edit.date())


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(_to_qdate(value))


def reasoning_edit(parent: QWidget, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class YesNo(QWidget):
    """Yes / No radio buttons; neither checked means "not answered" (``None``)."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, yes: str | None = None, no: str | None = None
    ) -> None:
        super().__init__(parent)
        self.yes = QRadioButton(yes or self.tr("Yes"), self)
        self.yes.setObjectName("yes")
        self.no = QRadioButton(no or self.tr("No"), self)
        self.no.setObjectName("no")
        self._group = QButtonGroup(self)
        self._group.addButton(self.yes)
        self._group.addButton(self.no)
        self._group.buttonToggled.connect(lambda *_: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        self._group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self._group.setExclusive(True)


class RiskCombo(QComboBox):
    """A risk level before mitigation, or "not assessed"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(risk_label(None), None)
        for level in RiskLevel:
            self.addItem(risk_label(level), level.value)

    def value(self) -> RiskLevel | None:
        data = self.currentData()
        return RiskLevel(data) if data else None

    def set_value(self, value: RiskLevel | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value.value if value else None)))


class _SourcesGrid(QTableWidget):
    """The sources' grid: the title takes the spare width but never less than it needs to be
    read; on a narrow page (a small screen, the GBV page beside its flowchart) the grid
    scrolls sideways instead of squeezing the title to a few letters."""

    MIN_TITLE = 220

    def __init__(self, parent: QWidget) -> None:
        super().__init__(0, 4, parent)
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_title()

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != 1:
            self.fit_title()

    def fit_title(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in (0, 2, 3))
        width = max(self.MIN_TITLE, self.viewport().width() - others)
        if header.sectionSize(1) != width:
            header.blockSignals(True)
            header.resizeSection(1, width)
            header.blockSignals(False)
            header.viewport().update()


class SourcesTable(QWidget):
    """The information sources cited for one answer: kind, title, date, reference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _SourcesGrid(self)
        self.table.setObjectName("sources")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Title"), self.tr("Date"), self.tr("Reference")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        # The title takes the spare width (never below MIN_TITLE); the others keep a
        # readable, adjustable size.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 170)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 110)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 150)
        self.add_button = QPushButton(self.tr("Add source"), self)
        self.add_button.setObjectName("addSource")
        self.remove_button = QPushButton(self.tr("Remove source"), self)
        self.remove_button.setObjectName("removeSource")
        mark_edit_action(self.add_button)
        mark_edit_action(self.remove_button)
        self.add_button.clicked.connect(lambda: self.add_source())
        self.remove_button.clicked.connect(self.remove_selected)
        # The buttons go under the table, so the table (and its title) has the full width.
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._fit()

    def _fit(self) -> None:
        rows = max(1, self.table.rowCount())
        row_height = self.table.verticalHeader().defaultSectionSize()
        # Room for the sideways scroll bar too, so it never hides the last row.
        bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + 6 + bar + row_height * min(rows, 5)
        )

    def add_source(self, source: Source | None = None) -> int:
        """Append a row (blank, or showing ``source``); return its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox(self.table)
        kind.setObjectName("sourceKind")
        # No kind is assumed: an NGO report must never be printed as a "UN report".
        kind.addItem(self.tr("Choose the kind of source…"), None)
        for value in SourceKind:
            kind.addItem(source_kind_label(value), value.value)
        kind.currentIndexChanged.connect(lambda _i, combo=kind: self._flag(combo))
        title = QLineEdit(self.table)
        title.setPlaceholderText(self.tr("Title of the report or document"))
        when = date_edit(self.table, None, optional=True)
        reference = QLineEdit(self.table)
        reference.setPlaceholderText(self.tr("URL, file or document number"))
        if source is not None:
            kind.setCurrentIndex(max(0, kind.findData(source.kind.value)))
            title.setText(source.title)
            when.setDate(_to_qdate(source.date))
            reference.setText(source.reference)
        self._flag(kind)
        for column, widget in enumerate((kind, title, when, reference)):
            self.table.setCellWidget(row, column, widget)
        self._fit()
        if source is None:
            title.setFocus()
        return row

    def _flag(self, kind: QComboBox) -> None:
        """A row without a kind is marked incomplete (and is not a source until it has one)."""
        missing = kind.currentData() is None
        kind.setStyleSheet("QComboBox { border: 2px solid #a12a20; }" if missing else "")
        note = self.tr("Incomplete: choose the kind of source") if missing else ""
        kind.setToolTip(note)
        kind.setAccessibleDescription(note)

    def pending_rows(self) -> list[tuple[QWidget, str]]:
        """(kind box, title) of rows with something typed but no kind chosen yet."""
        pending: list[tuple[QWidget, str]] = []
        for row in range(self.table.rowCount()):
            kind, title, _when, reference = self.row_widgets(row)
            text = title.text().strip() or reference.text().strip()
            if text and kind.currentData() is None:
                pending.append((kind, text))
        return pending

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            focus = self.table.focusWidget()
            rows = [r for r in range(self.table.rowCount()) if self._row_has(r, focus)][:1]
            rows = rows or [self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self._fit()

    def _row_has(self, row: int, widget: QWidget | None) -> bool:
        return any(self.table.cellWidget(row, c) is widget for c in range(4))

    def row_widgets(self, row: int) -> tuple[QComboBox, QLineEdit, QDateEdit, QLineEdit]:
        kind, title, when, reference = (self.table.cellWidget(row, c) for c in range(4))
        assert isinstance(kind, QComboBox) and isinstance(title, QLineEdit)
        assert isinstance(when, QDateEdit) and isinstance(reference, QLineEdit)
        return kind, title, when, reference

    def sources(self) -> tuple[Source, ...]:
        """Rows with a kind and a title or a reference; blank rows, and rows whose kind is not
        chosen yet (``pending_rows``), are not sources."""
        result: list[Source] = []
        for row in range(self.table.rowCount()):
            kind, title, when, reference = self.row_widgets(row)
            if not (title.text().strip() or reference.text().strip()):
                continue
            if kind.currentData() is None:
                continue
            result.append(
                Source(
                    SourceKind(kind.currentData()),
                    title.text().strip(),
                    date_of(when),
                    reference.text().strip(),
                )
            )
        return tuple(result)

    def set_sources(self, sources: Sequence[Source]) -> None:
        self.table.setRowCount(0)
        for source in sources:
            self.add_source(source)
        self._fit()


def required(label: str) -> str:
    """A field label marked as needed to complete the assessment (the wizard's legend
    explains the star)."""
    return f"{label} *"


def heading(text: str, parent: QWidget) -> QLabel:
    """A question's title, wrapped (a group box title would not wrap in any language)."""
    label = QLabel(text, parent)
    label.setObjectName("heading")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600;")
    return label


class AnswerEditor(QGroupBox):
    """A yes/no question with its reasoning and sources (Art. 6(2), 6(3), GBV steps 1-3)."""

    def __init__(
        self,
        title: str,
        question_id: str,
        parent: QWidget | None = None,
        *,
        yes: str | None = None,
        no: str | None = None,
        with_sources: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(question_id.replace(".", "_"))
        tag(self, question_id)
        self.heading = heading(title, self)
        self.answer = YesNo(self, yes, no)
        self.reasoning = reasoning_edit(self, self.tr("Reasoning: why this answer?"))
        self.sources = SourcesTable(self)
        self.sources.setVisible(with_sources)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(required(self.tr("Answer")), self.answer)
        form.addRow(required(self.tr("Reasoning")), self.reasoning)
        self._sources_label = QLabel(required(self.tr("Sources")), self)
        self._sources_label.setVisible(with_sources)
        form.addRow(self._sources_label)
        form.addRow(self.sources)

    def value(self) -> Answer:
        return Answer(
            self.answer.value(), self.reasoning.toPlainText().strip(), self.sources.sources()
        )

    def set_value(self, value: Answer) -> None:
        self.answer.set_value(value.answer)
        self.reasoning.setPlainText(value.reasoning)
        self.sources.set_sources(value.sources)


class FindingEditor(QGroupBox):
    """A risk finding: level before mitigation, reasoning, sources (Art. 7(1), GBV, Art. 11)."""

    def __init__(self, title: str, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(question_id.replace(".", "_"))
        tag(self, question_id)
        self.heading = heading(title, self)
        self.risk = RiskCombo(self)
        self.reasoning = reasoning_edit(self, self.tr("Reasoning: what the information shows"))
        self.sources = SourcesTable(self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.heading)
        form.addRow(required(self.tr("Risk before mitigation")), self.risk)
        form.addRow(required(self.tr("Reasoning")), self.reasoning)
        form.addRow(QLabel(required(self.tr("Sources")), self))
        form.addRow(self.sources)

    def value(self) -> Finding:
        return Finding(
            self.risk.value(), self.reasoning.toPlainText().strip(), self.sources.sources()
        )

    def set_value(self, value: Finding) -> None:
        self.risk.set_value(value.finding)
        self.reasoning.setPlainText(value.reasoning)
        self.sources.set_sources(value.sources)


_NOTE_COLOURS = {
    "info": ("#eef4fb", "#2c5d9e"),
    "warning": ("#fff6e0", "#b07300"),
    "danger": ("#fdecea", "#a12a20"),
    "ok": ("#e9f6ee", "#1f6b3c"),
}


def note_label(text: str, parent: QWidget, *, kind: str = "info") -> QLabel:
    """A wrapped, coloured explanation (info, warning, danger, ok); empty text hides it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_note(label, text, kind)
    return label


def set_note(label: QLabel, text: str, kind: str) -> None:
    """Change a ``note_label``'s text and colour."""
    background, border = _NOTE_COLOURS[kind]
    label.setStyleSheet(
        f"QLabel {{ background: {background}; border-left: 4px solid {border}; "
        f"padding: 6px 8px; color: #1d232a; }}"
    )
    label.setProperty("noteKind", kind)
    label.setText(text)
    label.setVisible(bool(text))
