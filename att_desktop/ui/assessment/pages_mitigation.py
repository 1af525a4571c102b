"""Page 5: Article 7(2) mitigation measures, each linked to the risks it addresses.

Whether a measure lowers a risk is the engine's rule; this page only records the measure, the
risks it is meant to address and the officer's judgement of whether it reliably reduces them.
When Article 6 prohibits the transfer the page is closed: no measure lifts a prohibition.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.assessment.mitigation import kind_fits
from att_desktop.domain.assessment.model import (
    AssessmentInput,
    Criterion,
    KindPolicy,
    MitigationKind,
    MitigationMeasure,
    RiskLink,
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


class RiskRow:
    """One row of a measure's small risk table: linked?, reliably reduces this risk?, why, and
    (where the kind cannot address the risk and the authority allows it) the officer's reason."""

    def __init__(self, card: MeasureCard, criterion: Criterion, link: RiskLink | None) -> None:
        self.criterion = criterion
        key = criterion.value
        self.linked = QCheckBox(criterion_short(criterion), card)
        self.linked.setObjectName(f"addresses_{key}")
        # translate(), not card.tr(): lupdate files ``card.tr`` under a context of its own.
        self.reliable = YesNo(
            card,
            QCoreApplication.translate("MeasureCard", "Yes"),
            QCoreApplication.translate("MeasureCard", "No"),
        )
        self.reliable.setObjectName(f"reliablyReduces_{key}")
        # Yes/No take what they need; the reason gets the rest of the row.
        self.reliable.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.reasoning = QLineEdit(card)
        self.reasoning.setObjectName(f"linkReasoning_{key}")
        self.reasoning.setPlaceholderText(
            QCoreApplication.translate("MeasureCard", "Why it does or does not reduce this risk")
        )
        self.kind_reason = QLineEdit(card)
        self.kind_reason.setObjectName(f"kindReason_{key}")
        self.kind_reason.setPlaceholderText(
            QCoreApplication.translate(
                "MeasureCard", "Why a measure of this kind can address this risk (authority policy)"
            )
        )
        self.warning = note_label("", card, kind="warning")
        self.warning.setObjectName(f"kindWarning_{key}")
        if link is not None:
            self.linked.setChecked(True)
            self.reliable.set_value(link.reliably_reduces)
            self.reasoning.setText(link.reasoning)
            self.kind_reason.setText(link.kind_reason)

    def value(self) -> RiskLink | None:
        if not self.linked.isChecked():
            return None
        return RiskLink(
            self.criterion,
            self.reliable.value(),
            self.reasoning.text().strip(),
            self.kind_reason.text().strip(),
        )


class MeasureCard(QGroupBox):
    """One measure: kind, description, and per linked risk whether it reliably reduces it, why."""

    def __init__(
        self,
        measure: MitigationMeasure,
        parent: QWidget | None = None,
        policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measure")
        tag(self, "mitigation.measures")
        self.measure_id = measure.id
        self.policy = policy
        self.carried_over = {lk.criterion for lk in measure.links if lk.carried_over}
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
        self.rows = {c: RiskRow(self, c, measure.link(c)) for c in Criterion}
        grid = QGridLayout()
        for n, text in enumerate(
            (self.tr("Risk"), self.tr("Reliably reduces this risk?"), self.tr("Why"))
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, n)
        for n, row in enumerate(self.rows.values()):
            line = 1 + 3 * n
            grid.addWidget(row.linked, line, 0)
            grid.addWidget(row.reliable, line, 1)
            grid.addWidget(row.reasoning, line, 2)
            grid.addWidget(row.warning, line + 1, 1, 1, 2)
            grid.addWidget(row.kind_reason, line + 2, 1, 1, 2)
            row.linked.toggled.connect(self.refresh)
            row.reliable.changed.connect(self.refresh)
        grid.setColumnStretch(2, 1)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.reasoning = reasoning_edit(self, self.tr("How the measure works and is verified"))
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
        form.addRow(required(self.tr("Risks addressed, judged one by one")), grid)
        form.addRow(self.tr("Notes"), self.reasoning)
        form.addRow(self.tr("Sources"), self.sources)
        row_box = QHBoxLayout()
        row_box.addStretch(1)
        row_box.addWidget(self.remove_button)
        form.addRow(row_box)
        self.refresh()

    @property
    def addresses(self) -> dict[Criterion, QCheckBox]:
        return {c: row.linked for c, row in self.rows.items()}

    def refresh(self) -> None:
        """Enable each linked row; warn where the kind cannot lower the risk (Art. 7(2),
        11(2)) and, where the authority allows a stated reason, ask for it."""
        kind = MitigationKind(self.kind.currentData())
        for criterion, row in self.rows.items():
            linked = row.linked.isChecked()
            row.reliable.setEnabled(linked)
            row.reasoning.setEnabled(linked)
            unfit = linked and row.reliable.value() is True and not kind_fits(kind, criterion)
            text = ""
            if unfit and self.policy is KindPolicy.OFFICER_REASON:
                text = self.tr(
                    "A measure of this kind is not one the treaty names against this risk "
                    "(Article 7(2), 11(2)). Your authority allows it to count on your stated "
                    "reason: give it below."
                )
            elif unfit:
                text = self.tr(
                    "A measure of this kind cannot lower this risk (Article 7(2), 11(2)): it "
                    "will not be counted."
                )
            elif linked and criterion in self.carried_over:
                text = self.tr(
                    "Carried over from one judgement for the whole measure: confirm it for "
                    "this risk."
                )
            set_note(row.warning, text, "warning")
            row.kind_reason.setVisible(unfit and self.policy is KindPolicy.OFFICER_REASON)

    def value(self) -> MitigationMeasure:
        links = tuple(link for row in self.rows.values() if (link := row.value()) is not None)
        return MitigationMeasure(
            id=self.measure_id,
            kind=MitigationKind(self.kind.currentData()),
            description=self.description.text().strip(),
            links=links,
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
        self.policy = KindPolicy.TREATY_KINDS_ONLY
        self.intro = note_label(
            self.tr(
                "Consider measures that could mitigate the risks found (Article 7(2)): "
                "confidence-building measures, programmes jointly developed and agreed with the "
                "importing State, end-use assurances, re-export clauses, delivery verification. "
                "Link each measure to the risks it addresses and judge each risk on its own: "
                "does it reliably reduce this risk, and why? A measure judged unreliable changes "
                "nothing, and only the kinds the treaty names against a risk can lower it: 7(2) "
                "confidence-building measures and joint programmes for any risk, Article 11(2) "
                "assurances and verification for diversion."
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
        card = MeasureCard(measure, self, self.policy)
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
        self.policy = inp.mitigation_policy
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
