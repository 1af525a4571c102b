"""On the wizard's Article 7(4) page: the training banner and "Ask the gender adviser".

Once GBV steps 1 and 2 are answered yes and saved, the officer writes the question and chooses
a named gender adviser or any; the question then waits in the advisers' My work. The answer
(and whom the adviser consulted) is shown here as soon as it is recorded.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.services import gbv_consultation as service
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.training import lacks_gbv_training
from att_desktop.ui.assessment.widgets import heading, note_label, set_note, tag
from att_desktop.ui.gbv.words import consultation_text
from att_desktop.ui.messages import error_text
from att_desktop.ui.prompts import Prompter


class TrainingBanner(QLabel):
    """Shown to someone without recorded, still valid GBV training: a warning, not a bar."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gbvTrainingBanner")
        self.setWordWrap(True)
        self.db = db
        self.actor = actor
        self.refresh(editable=True)

    def refresh(self, *, editable: bool) -> None:
        text = ""
        if editable and lacks_gbv_training(self.db, self.actor):
            text = self.tr(
                "You have no recorded training on gender-based violence; the authority asks "
                "for it. Consider asking the gender adviser."
            )
        set_note(self, text, "warning")


class GbvConsultationBox(QGroupBox):
    """The consultation of the gender adviser on this case: ask, then read the answer."""

    def __init__(
        self,
        db: Database,
        application_id: int,
        actor: Actor,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gbvConsultation")
        # Asked because of step 2's answer: the guidance beside it is step 2's.
        tag(self, "gbv.step2")
        self.db = db
        self.application_id = application_id
        self.actor = actor
        self._prompter = prompter
        self._editable = True
        self.banner = TrainingBanner(db, actor, parent)
        self.status = note_label("", self)
        self.status.setObjectName("consultationStatus")
        self.adviser = QComboBox(self)
        self.adviser.setObjectName("consultationAdviser")
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("consultationQuestion")
        self.question.setPlaceholderText(
            self.tr(
                "What should the gender adviser look at? e.g. the prevalence of "
                "conflict-related sexual violence by the receiving unit"
            )
        )
        self.question.setTabChangesFocus(True)
        self.question.setMaximumHeight(90)
        self.ask_button = QPushButton(self.tr("&Ask the gender adviser"), self)
        self.ask_button.setObjectName("askGenderAdviser")
        self.ask_button.clicked.connect(self.ask)
        form = QFormLayout()
        form.addRow(self.tr("Ask"), self.adviser)
        form.addRow(self.tr("Question"), self.question)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(self.tr("Consultation of the gender adviser (Article 7(4))"), self)
        )
        self.why = note_label(
            self.tr(
                "Steps 1 and 2 are answered yes: serious GBV/VAWC is prevalent in the importing "
                "State. The authority asks the gender adviser, who may consult women's "
                "organisations and GBV experts, before the assessment is completed."
            ),
            self,
        )
        layout.addWidget(self.why)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.ask_button)
        self.refresh(editable=True)

    def refresh(self, *, editable: bool) -> None:
        """Follow the saved assessment: the box shows once steps 1 and 2 are saved as yes,
        or when a consultation was already asked."""
        self._editable = editable
        self.banner.refresh(editable=editable)
        asked = service.consultations(self.db, self.application_id)
        needed = service.consultation_may_be_asked(self.db, self.application_id)
        self.setVisible(needed or bool(asked))
        waiting = any(c.open for c in asked)
        if asked:
            text = "\n\n".join(consultation_text(c) for c in asked)
            set_note(self.status, text, "warning" if waiting else "ok")
        else:
            set_note(self.status, self.tr("The gender adviser has not been asked yet."), "info")
        can_ask = editable and needed and not waiting
        for widget in (self.adviser, self.question, self.ask_button):
            widget.setVisible(can_ask)
        if can_ask:
            self._fill_advisers()

    def _fill_advisers(self) -> None:
        chosen = self.adviser.currentData()
        self.adviser.clear()
        self.adviser.addItem(self.tr("Any gender adviser"), None)
        for adviser in service.gender_advisers(self.db):
            self.adviser.addItem(adviser.full_name, adviser.user_id)
        index = self.adviser.findData(chosen)
        self.adviser.setCurrentIndex(max(index, 0))

    def ask(self) -> bool:
        """Send the question; the box then shows it as awaiting the answer."""
        try:
            service.ask_consultation(
                self.db,
                self.actor,
                self.application_id,
                self.question.toPlainText(),
                adviser_id=self.adviser.currentData(),
            )
        except ServiceError as exc:
            self._prompter.error(self, self.tr("The gender adviser was not asked"), error_text(exc))
            return False
        self.question.clear()
        self.refresh(editable=self._editable)
        return True
