"""Pages 2-4: Article 7(1) criteria, the Article 7(4) GBV flowchart, Article 11 diversion.

Each page records findings (level before mitigation, reasoning, sources); residual risks and
the flowchart's position come from the engine: its saved result, which the wizard passes in
after every save, and for the flowchart also the engine run on the answers as they change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.assessment import gbv as gbv_engine
from att_desktop.domain.assessment import mitigation
from att_desktop.domain.assessment.model import (
    ARTICLE7_1,
    AssessmentInput,
    AssessmentResult,
    Criterion,
    DiversionInput,
    EndUserAssurances,
    GbvInput,
    GbvResult,
    KindPolicy,
    MitigationMeasure,
    PostShipment,
    RedFlag,
    RedFlagRecord,
    ResidualRisk,
    StepStatus,
    SupplyChainStage,
)
from att_desktop.ui.assessment.flowchart import GbvFlowchart
from att_desktop.ui.assessment.labels import (
    criterion_label,
    gbv_step_text,
    gbv_step_title,
    red_flag_label,
    residual_label,
    stage_label,
    step_status_label,
)
from att_desktop.ui.assessment.widgets import (
    AnswerEditor,
    FindingEditor,
    YesNo,
    heading,
    note_label,
    reasoning_edit,
    required,
    set_note,
    tag,
)


class Article7Page(QWidget):
    """Article 7(1)(a) and (b)(i)-(iv): one finding per criterion."""

    question_id = "article7.a"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article7Page")
        intro = note_label(
            self.tr(
                "Assess objectively and without discrimination, taking into account information "
                "from the importing State (Art. 8(1)), the potential that the items would "
                "contribute to or undermine peace and security, or could be used to commit or "
                "facilitate the acts below. Record the risk before mitigation here: mitigation "
                "is considered on its own page, and the conclusion (7(3)) is drawn after it."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.editors: dict[Criterion, FindingEditor] = {}
        for criterion in ARTICLE7_1:
            editor = FindingEditor(criterion_label(criterion), f"article7.{criterion.value}", self)
            self.editors[criterion] = editor
            layout.addWidget(editor)
            if criterion is Criterion.A:
                # 7(1)(a) has two sides: "would contribute to or undermine". The finding above
                # is the risk of undermining; 7(3) weighs this contribution against the risks.
                self.contribution = AnswerEditor(
                    self.tr(
                        "7(1)(a) — would the export contribute to peace and security? "
                        "(Weighed against the risks under 7(3); it never lowers a risk by itself.)"
                    ),
                    "article7.a",
                    self,
                )
                self.contribution.setObjectName("article7_a_contribution")
                layout.addWidget(self.contribution)
        layout.addStretch(1)

    def load(self, inp: AssessmentInput) -> None:
        for criterion, editor in self.editors.items():
            editor.set_value(inp.finding(criterion))
        self.contribution.set_value(inp.peace_contribution)

    def collect(self, inp: AssessmentInput) -> AssessmentInput:
        return replace(
            inp,
            article7=tuple((c, editor.value()) for c, editor in self.editors.items()),
            peace_contribution=self.contribution.value(),
        )


class GbvPage(QWidget):
    """Article 7(4): the five steps with the flowchart's numbers, taken in the order 1-2-3-5-4."""

    question_id = "gbv.step1"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gbvPage")
        self.order_note = note_label(
            self.tr(
                "The flowchart numbers its steps 1 to 5 with mitigation last. Under Article "
                "7(1)-(3), however, an overriding risk is determined only after mitigation has "
                "been considered (footnote 7 of the flowchart). The steps are therefore taken in "
                "the order 1, 2, 3, 5, 4: mitigation (step 5) before the overriding-risk "
                "determination (step 4). The numbers stay those of the published flowchart."
            ),
            self,
        )
        self.order_note.setObjectName("orderNote")
        self._measures: tuple[MitigationMeasure, ...] = ()
        self._policy = KindPolicy.TREATY_KINDS_ONLY
        self._build_chart_panel()

        self.step1 = AnswerEditor(
            self.tr("Step 1 — are there prevalent types of GBV / VAWC in the importing State?"),
            "gbv.step1",
            self,
        )
        self.types = QLineEdit(self.step1)
        self.types.setObjectName("prevalentTypes")
        self.types.setPlaceholderText(
            self.tr("Separate with semicolons, e.g. conflict-related sexual violence; femicide")
        )
        form = self.step1.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(2, required(self.tr("Prevalent types")), self.types)
        self.step2 = AnswerEditor(
            self.tr("Step 2 — are these prevalent violations serious?"), "gbv.step2", self
        )
        self.step3 = AnswerEditor(
            self.tr("Step 3 — does the importing State take effective preventive action?"),
            "gbv.step3",
            self,
        )
        self.risk = FindingEditor(
            self.tr(
                "Risk that the items would be used to commit or facilitate the GBV / VAWC "
                "identified (before mitigation)"
            ),
            "gbv.risk",
            self,
        )
        self._build_step5()
        self._build_step4()

        layout = QVBoxLayout(self)
        layout.addWidget(self.order_note)
        for widget in (self.step1, self.step2, self.step3, self.risk, self.step5, self.step4):
            layout.addWidget(widget)
        layout.addStretch(1)
        # The flowchart follows the answers as they change, before anything is saved.
        for yes_no in (self.step1.answer, self.step2.answer, self.step3.answer):
            yes_no.changed.connect(self.update_flowchart)
        self.types.textChanged.connect(self.update_flowchart)
        self.risk.risk.currentIndexChanged.connect(self.update_flowchart)
        self.no_measure.toggled.connect(self.update_flowchart)

    def add_consultation(self, banner: QWidget, box: QWidget) -> None:
        """Issue 14: the GBV training banner on top, the gender adviser's consultation after
        step 2 (it is asked once steps 1 and 2 are yes)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, banner)
        layout.insertWidget(layout.indexOf(self.step2) + 1, box)

    def _build_chart_panel(self) -> None:
        """The flowchart and where the case stands: a column beside the questions (see
        ``beside_chart``), so it stays in view while the officer scrolls through them."""
        self.chart_panel = QScrollArea()
        self.chart_panel.setObjectName("gbvChartPanel")
        self.chart_panel.setWidgetResizable(True)
        self.chart_panel.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.chart_panel)
        self.flowchart = GbvFlowchart(inner)
        self.position = note_label("", inner)
        self.position.setObjectName("gbvPosition")
        self.steps_text = QLabel(inner)
        self.steps_text.setObjectName("gbvSteps")
        self.steps_text.setWordWrap(True)
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 0, 4, 0)
        column.addWidget(self.flowchart)
        column.addWidget(self.position)
        column.addWidget(self.steps_text)
        column.addStretch(1)
        self.chart_panel.setWidget(inner)
        self.chart_panel.setMinimumWidth(self.flowchart.minimumWidth() + 12)

    def beside_chart(self, questions: QScrollArea) -> QSplitter:
        """The questions' scroll area and the flowchart side by side; the officer may move
        the divider, and neither side collapses away."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("gbvSplitter")
        splitter.addWidget(questions)
        splitter.addWidget(self.chart_panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _build_step5(self) -> None:
        """Step 5, taken before step 4: mitigation, recorded on the mitigation page."""
        self.step5 = QGroupBox(self)
        self.step5.setObjectName("gbv_step5")
        tag(self.step5, "gbv.step5")
        self.step5_text = note_label("", self.step5)
        self.step5_text.setObjectName("step5Text")
        self.to_mitigation = QPushButton(
            self.tr("Record mitigation measures for 7(4)…"), self.step5
        )
        self.to_mitigation.setObjectName("toMitigation")
        s5 = QVBoxLayout(self.step5)
        s5.addWidget(
            heading(
                self.tr("Step 5 (taken before step 4) — does mitigation reliably reduce the risk?"),
                self.step5,
            )
        )
        where = QLabel(
            self.tr(
                "Measures are recorded on the Article 7(2) mitigation page: tick "
                "\u201c7(4) GBV/VAWC\u201d for each measure that addresses this risk."
            ),
            self.step5,
        )
        where.setWordWrap(True)
        s5.addWidget(where)
        self.no_measure = QCheckBox(
            self.tr("Mitigation was considered and no measure addresses this risk"), self.step5
        )
        self.no_measure.setObjectName("noMitigationAvailable")
        s5.addWidget(self.no_measure)
        s5.addWidget(self.step5_text)
        s5.addWidget(self.to_mitigation)

    def _build_step4(self) -> None:
        """Step 4, taken last: the overriding-risk determination and its reasoning."""
        self.step4 = QGroupBox(self)
        self.step4.setObjectName("gbv_step4")
        tag(self.step4, "gbv.step4")
        self.step4_text = note_label("", self.step4)
        self.step4_text.setObjectName("step4Text")
        self.overriding_reasoning = reasoning_edit(
            self.step4, self.tr("Explain the overriding-risk determination for the record")
        )
        self.overriding_reasoning.setObjectName("overridingReasoning")
        s4 = QVBoxLayout(self.step4)
        s4.addWidget(
            heading(
                self.tr("Step 4 (taken last) — is there an overriding risk after mitigation?"),
                self.step4,
            )
        )
        s4.addWidget(self.step4_text)
        s4.addWidget(self.overriding_reasoning)

    def load(self, inp: AssessmentInput) -> None:
        gbv = inp.gbv
        self.step1.set_value(gbv.prevalent)
        self.types.setText("; ".join(gbv.prevalent_types))
        self.step2.set_value(gbv.serious)
        self.step3.set_value(gbv.effective_prevention)
        self.risk.set_value(gbv.risk)
        self.no_measure.setChecked(gbv.no_mitigation_available)
        self.overriding_reasoning.setPlainText(gbv.overriding_reasoning)

    def collect(self, inp: AssessmentInput) -> AssessmentInput:
        types = tuple(t.strip() for t in self.types.text().split(";") if t.strip())
        gbv = GbvInput(
            prevalent=self.step1.value(),
            prevalent_types=types,
            serious=self.step2.value(),
            effective_prevention=self.step3.value(),
            risk=self.risk.value(),
            no_mitigation_available=self.no_measure.isChecked(),
            overriding_reasoning=self.overriding_reasoning.toPlainText().strip(),
        )
        return replace(inp, gbv=gbv)

    def show_result(
        self,
        result: AssessmentResult | None,
        measures: Sequence[MitigationMeasure] = (),
        policy: KindPolicy = KindPolicy.TREATY_KINDS_ONLY,
    ) -> None:
        """The saved verdict, and the measures the live flowchart weighs until the next save
        (they are recorded on the mitigation page) under the authority's mitigation policy."""
        self._measures = tuple(measures)
        self._policy = policy
        linked = bool(mitigation.measures_for(self._measures, Criterion.GBV))
        # Linked measures answer step 5 themselves; "none addresses it" is for when none is.
        self.no_measure.setVisible(not linked)
        self._show(result.gbv if result is not None else None)

    def update_flowchart(self) -> None:
        """Recompute the flowchart from the answers on screen (pure domain code, cheap enough
        for every change), so the officer sees where the case stands before saving."""
        inp = self.collect(AssessmentInput())
        self._show(gbv_engine.evaluate(inp.gbv, self._measures, self._policy))

    def _show(self, gbv: GbvResult | None) -> None:
        self.flowchart.set_result(gbv)
        if gbv is None:
            set_note(self.position, self.tr("Save the page to see where the case stands."), "info")
            self.steps_text.setText("")
            set_note(self.step5_text, "", "info")
            set_note(self.step4_text, "", "info")
            return
        current = gbv.current_step
        if current is not None:
            text = self.tr("The case stands at step %1: %2").replace("%1", str(current))
            text = text.replace("%2", gbv_step_title(current))
            set_note(self.position, text, "warning")
        else:
            kind = "danger" if gbv.residual is ResidualRisk.OVERRIDING else "ok"
            text = self.tr("Flowchart finished. Risk after mitigation: %1.").replace(
                "%1", residual_label(gbv.residual)
            )
            set_note(self.position, f"{text}\n{gbv_step_text(gbv.explanation)}", kind)
        lines = [
            f"{s.number}. {step_status_label(s.status)} — {gbv_step_text(s.explanation)}"
            for s in gbv.steps
        ]
        self.steps_text.setText(
            self.tr("Evaluation order 1 → 2 → 3 → 5 → 4:") + "\n" + "\n".join(lines)
        )
        by_number = {s.number: s for s in gbv.steps}
        for number, label in ((5, self.step5_text), (4, self.step4_text)):
            step = by_number.get(number)
            if step is None:
                continue
            kind = {StepStatus.DONE: "ok", StepStatus.CURRENT: "warning"}.get(step.status, "info")
            set_note(
                label, f"{step_status_label(step.status)}: {gbv_step_text(step.explanation)}", kind
            )


class DiversionPage(QWidget):
    """Article 11: risk per supply-chain stage, red flags, the EUC, post-shipment checks."""

    question_id = "diversion.stages.manufacture"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diversionPage")
        intro = note_label(
            self.tr(
                "Assess the risk that the items are diverted to unauthorised end users or end "
                "uses, stage by stage along the supply chain. The overall diversion risk is the "
                "highest stage risk. Red flags, the end-user certificate and post-shipment "
                "arrangements are recorded below and reported with the conclusion."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.stages: dict[SupplyChainStage, FindingEditor] = {}
        for stage in SupplyChainStage:
            editor = FindingEditor(
                self.tr("Stage: %1").replace("%1", stage_label(stage)),
                f"diversion.stages.{stage.value}",
                self,
            )
            self.stages[stage] = editor
            layout.addWidget(editor)

        flags_box = QGroupBox(self.tr("Red flags"), self)
        flags_box.setObjectName("redFlags")
        tag(flags_box, "diversion.red_flags")
        grid = QGridLayout(flags_box)
        grid.addWidget(QLabel(self.tr("Present?"), flags_box), 0, 1)
        grid.addWidget(QLabel(self.tr("Note"), flags_box), 0, 2)
        self.flags: dict[RedFlag, tuple[YesNo, QLineEdit]] = {}
        for row, flag in enumerate(RedFlag, start=1):
            label = QLabel(red_flag_label(flag), flags_box)
            label.setWordWrap(True)
            present = YesNo(flags_box)
            present.setObjectName(f"flag_{flag.value}")
            note = QLineEdit(flags_box)
            grid.addWidget(label, row, 0)
            grid.addWidget(present, row, 1)
            grid.addWidget(note, row, 2)
            self.flags[flag] = (present, note)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        layout.addWidget(flags_box)

        euc_box = QGroupBox(self.tr("End-user certificate and assurances"), self)
        euc_box.setObjectName("assurances")
        tag(euc_box, "diversion.assurances")
        euc = QGridLayout(euc_box)
        self.certificate_received = YesNo(euc_box)
        self.certificate_received.setObjectName("certificateReceived")
        self.certificate_authenticated = YesNo(euc_box)
        self.no_reexport = YesNo(euc_box)
        self.stockpile = YesNo(euc_box)
        self.euc_reference = QLineEdit(euc_box)
        self.euc_reference.setPlaceholderText(self.tr("EUC number, issuer, date"))
        for row, (text, widget) in enumerate(
            (
                (required(self.tr("End-user certificate received")), self.certificate_received),
                (
                    self.tr("Certificate authenticated with the issuing authority"),
                    self.certificate_authenticated,
                ),
                (self.tr("Assurance: no re-export without consent"), self.no_reexport),
                (self.tr("Assurance on stockpile security"), self.stockpile),
                (self.tr("Reference"), self.euc_reference),
            )
        ):
            euc.addWidget(QLabel(text, euc_box), row, 0)
            euc.addWidget(widget, row, 1)
        layout.addWidget(euc_box)

        post_box = QGroupBox(self.tr("Post-shipment cooperation and verification"), self)
        post_box.setObjectName("postShipment")
        tag(post_box, "diversion.post_shipment")
        post = QGridLayout(post_box)
        self.delivery_verification = YesNo(post_box)
        self.on_site = YesNo(post_box)
        self.cooperation = YesNo(post_box)
        self.post_note = QPlainTextEdit(post_box)
        self.post_note.setTabChangesFocus(True)
        self.post_note.setFixedHeight(self.post_note.fontMetrics().lineSpacing() * 2 + 14)
        for row, (text, widget) in enumerate(
            (
                (self.tr("Delivery verification certificate agreed"), self.delivery_verification),
                (self.tr("On-site inspection agreed"), self.on_site),
                (self.tr("Post-shipment cooperation agreed"), self.cooperation),
                (self.tr("Note"), self.post_note),
            )
        ):
            post.addWidget(QLabel(text, post_box), row, 0)
            post.addWidget(widget, row, 1)
        layout.addWidget(post_box)
        layout.addStretch(1)

    def load(self, inp: AssessmentInput) -> None:
        d = inp.diversion
        for stage, editor in self.stages.items():
            editor.set_value(d.stage(stage))
        records = {r.flag: r for r in d.red_flags}
        for flag, (present, note) in self.flags.items():
            record = records.get(flag, RedFlagRecord(flag))
            present.set_value(record.present)
            note.setText(record.note)
        a = d.assurances
        self.certificate_received.set_value(a.certificate_received)
        self.certificate_authenticated.set_value(a.certificate_authenticated)
        self.no_reexport.set_value(a.no_reexport_without_consent)
        self.stockpile.set_value(a.stockpile_security_assurance)
        self.euc_reference.setText(a.reference)
        p = d.post_shipment
        self.delivery_verification.set_value(p.delivery_verification)
        self.on_site.set_value(p.on_site_inspection)
        self.cooperation.set_value(p.cooperation_agreed)
        self.post_note.setPlainText(p.note)

    def collect(self, inp: AssessmentInput) -> AssessmentInput:
        flags = tuple(
            RedFlagRecord(flag, present.value(), note.text().strip())
            for flag, (present, note) in self.flags.items()
            if present.value() is not None or note.text().strip()
        )
        diversion = DiversionInput(
            stages=tuple((s, editor.value()) for s, editor in self.stages.items()),
            red_flags=flags,
            assurances=EndUserAssurances(
                certificate_received=self.certificate_received.value(),
                certificate_authenticated=self.certificate_authenticated.value(),
                no_reexport_without_consent=self.no_reexport.value(),
                stockpile_security_assurance=self.stockpile.value(),
                reference=self.euc_reference.text().strip(),
            ),
            post_shipment=PostShipment(
                delivery_verification=self.delivery_verification.value(),
                on_site_inspection=self.on_site.value(),
                cooperation_agreed=self.cooperation.value(),
                note=self.post_note.toPlainText().strip(),
            ),
        )
        return replace(inp, diversion=diversion)
