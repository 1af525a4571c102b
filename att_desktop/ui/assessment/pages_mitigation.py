"""Page 5: Article 7(2) mitigation measures, each linked to the risks it addresses.

Whether a measure lowers a risk is the engine's rule; this page only records the measure, the
risks it is meant to address and the officer's judgement of whether it reliably reduces them.
When Article 6 prohibits the transfer the page is closed: no measure lifts a prohibition.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.assessment.model import (
    AssessmentInput,
    Criterion,
    MitigationKind,
    MitigationMeasure,
)
from att_desktop.ui.assessment.labels import criterion_short, mitigation_kind_label
from att_desktop.ui.assessment.widgets import (
    SourcesTable,
    YesNo,
    note_label,
    reasoning_edit,
    required,
    set_note,
    tag,
)
from att_desktop.ui.widgets.read_only import mark_edit_action


class MeasureCard(QGroupBox):
    """One measure: kind, description, the risks it addresses, whether it works, why."""

    def __init__(self, measure: MitigationMeasure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measure")
        tag(self, "mitigation.measures")
        self.measure_id = measure.id
        self.setTitle(self.tr("Measure %1").replace("%1", measure.id))
        self.kind = QComboBox(self)
        self.kind.setObjectName("measureKind")
        for kind in MitigationKind:
            self.kind.addItem(mitigation_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(measure.kind.value)))
        self.description = QLineEdit(measure.description, self)
        self.description.setObjectName("measureDescription")
        self.description.setPlaceholderText(
            self.tr("What is agreed, with whom, and how it is verified")
        )
        self.addresses: dict[Criterion, QCheckBox] = {}
        checks = QGridLayout()
        for n, criterion in enumerate(Criterion):
            box = QCheckBox(criterion_short(criterion), self)
            box.setObjectName(f"addresses_{criterion.value}")
            box.setChecked(criterion in measure.addresses)
            checks.addWidget(box, n // 2, n % 2)
            self.addresses[criterion] = box
        self.reliable = YesNo(
            self, self.tr("Yes, reliably and significantly"), self.tr("No, not reliably")
        )
        self.reliable.setObjectName("reliablyReduces")
        self.reliable.set_value(measure.reliably_reduces)
        self.reasoning = reasoning_edit(
            self, self.tr("Why it does or does not reliably reduce the risk")
        )
        self.reasoning.setObjectName("measureReasoning")
        self.reasoning.setPlainText(measure.reasoning)
        self.sources = SourcesTable(self)
        self.sources.set_sources(measure.sources)
        self.remove_button = QPushButton(self.tr("Remove this measure"), self)
        mark_edit_action(self.remove_button)
        self.remove_button.setObjectName("removeMeasure")
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(required(self.tr("Addresses the risks")), checks)
        form.addRow(required(self.tr("Reliably reduces them?")), self.reliable)
        form.addRow(required(self.tr("Reasoning")), self.reasoning)
        form.addRow(self.tr("Sources"), self.sources)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        form.addRow(row)

    def value(self) -> MitigationMeasure:
        return MitigationMeasure(
            id=self.measure_id,
            kind=MitigationKind(self.kind.currentData()),
            description=self.description.text().strip(),
            addresses=tuple(c for c, box in self.addresses.items() if box.isChecked()),
            reliably_reduces=self.reliable.value(),
            reasoning=self.reasoning.toPlainText().strip(),
            sources=self.sources.sources(),
        )


class MitigationPage(QWidget):
    """Article 7(2): the list of measures; closed with an explanation under Article 6."""

    question_id = "mitigation.measures"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mitigationPage")
        self.cards: list[MeasureCard] = []
        self.intro = note_label(
            self.tr(
                "Consider measures that could mitigate the risks found (Article 7(2)): "
                "confidence-building measures, programmes jointly developed and agreed with the "
                "importing State, end-use assurances, re-export clauses, delivery verification. "
                "Link each measure to the risks it addresses and say honestly whether it reliably "
                "reduces them; a measure judged unreliable changes nothing."
            ),
            self,
        )
        self.closed = note_label("", self, kind="danger")
        self.closed.setObjectName("mitigationClosed")
        self.add_button = QPushButton(self.tr("Add a measure"), self)
        mark_edit_action(self.add_button)
        self.add_button.setObjectName("addMeasure")
        tag(self.add_button, "mitigation.measures")
        self.add_button.clicked.connect(lambda: self.add_measure())
        self.cards_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.closed)
        layout.addLayout(self.cards_box)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def next_id(self) -> str:
        numbers = [int(c.measure_id[1:]) for c in self.cards if c.measure_id[1:].isdigit()]
        return f"M{max(numbers, default=0) + 1}"

    def add_measure(self, measure: MitigationMeasure | None = None) -> MeasureCard:
        if measure is None:
            measure = MitigationMeasure(self.next_id(), MitigationKind.END_USE_ASSURANCE, "", ())
        card = MeasureCard(measure, self)
        card.remove_button.clicked.connect(lambda: self.remove_measure(card))
        self.cards.append(card)
        self.cards_box.addWidget(card)
        card.description.setFocus()
        return card

    def remove_measure(self, card: MeasureCard) -> None:
        self.cards.remove(card)
        self.cards_box.removeWidget(card)
        card.deleteLater()

    def load(self, inp: AssessmentInput) -> None:
        for card in list(self.cards):
            self.remove_measure(card)
        for measure in inp.mitigation:
            self.add_measure(measure)

    def collect(self, inp: AssessmentInput) -> AssessmentInput:
        return replace(inp, mitigation=tuple(card.value() for card in self.cards))

    def set_prohibited(self, citations: list[str]) -> None:
        """Close the page (Article 6 prohibits) or open it again."""
        if citations:
            text = self.tr(
                "Not offered: Article 6 prohibits this transfer (%1), and no mitigation measure "
                "can lift an Article 6 prohibition. Measures recorded here are not considered."
            ).replace("%1", "; ".join(dict.fromkeys(citations)))
            set_note(self.closed, text, "danger")
        else:
            set_note(self.closed, "", "danger")
        self.add_button.setEnabled(not citations)
        for card in self.cards:
            card.setEnabled(not citations)
