"""The end of the officer's path: what is still missing, in words, and the way to each field.

``MissingList`` shows the engine's missing entries as the domain catalogue words them
(``domain.assessment.missing``), each a link-like button that takes the officer to the page
and the field; ``field_widget`` finds that field on the wizard's pages. ``step_marks`` says
which steps are complete. ``SubmitHost`` lets the wizard reuse the Committee tab's
``SubmitReviewDialog`` (the agency chooser) without a case view around it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.missing import MissingAnswer
from att_desktop.domain.assessment.model import Criterion, RedFlag, SupplyChainStage
from att_desktop.i18n import translate
from att_desktop.services import committee
from att_desktop.services.dto import Actor, CaseDetail, UserSession
from att_desktop.ui.assessment.pages_article6 import Article6Page
from att_desktop.ui.assessment.pages_mitigation import MitigationPage
from att_desktop.ui.assessment.pages_risk import Article7Page, DiversionPage, GbvPage
from att_desktop.ui.assessment.widgets import SourcesTable, YesNo
from att_desktop.ui.committee.review import ReviewPanel
from att_desktop.ui.i18n import current_language


class AssessmentPages(Protocol):
    """The wizard's pages that hold answers (the wizard itself is one)."""

    article6: Article6Page
    article7: Article7Page
    gbv: GbvPage
    diversion: DiversionPage
    mitigation: MitigationPage


#: The domain catalogue's English words, marked for lupdate (a test checks they agree).
MISSING_TEXTS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 6(1) embargo screen"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 6(2) other international obligations"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 6(3) knowledge of atrocity crimes"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 6(1) embargo {name}"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 7(1)(a) peace and security"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 7(1)(b)(i) international humanitarian law"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 7(1)(b)(ii) international human rights law"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 7(1)(b)(iii) terrorism"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 7(1)(b)(iv) transnational organised crime"),
    QT_TRANSLATE_NOOP("MissingAnswers", "GBV flowchart step 1, prevalent GBV/VAWC"),
    QT_TRANSLATE_NOOP("MissingAnswers", "GBV flowchart step 2, seriousness"),
    QT_TRANSLATE_NOOP("MissingAnswers", "GBV flowchart step 3, preventive action"),
    QT_TRANSLATE_NOOP("MissingAnswers", "GBV flowchart, risk before mitigation"),
    QT_TRANSLATE_NOOP("MissingAnswers", "GBV flowchart step 5, mitigation"),
    QT_TRANSLATE_NOOP("MissingAnswers", "GBV flowchart step 4, overriding risk"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 11 diversion, manufacture"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 11 diversion, before transfer"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 11 diversion, in transit"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 11 diversion, post-delivery storage"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 11 diversion, end use"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 11 diversion, disposal"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: unusual routing"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: unknown broker"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: items do not match the end user's needs"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: vague end-use information"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: unusual payment terms"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: past diversion"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: weak stockpile security"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Red flag: other"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Article 11 end-user certificate"),
    QT_TRANSLATE_NOOP("MissingAnswers", "Mitigation measure {name}"),
    QT_TRANSLATE_NOOP("MissingAnswers", "run the screen as at the decision date"),
    QT_TRANSLATE_NOOP("MissingAnswers", "the answer"),
    QT_TRANSLATE_NOOP("MissingAnswers", "reasoning for the answer"),
    QT_TRANSLATE_NOOP("MissingAnswers", "reasoning and at least one source"),
    QT_TRANSLATE_NOOP("MissingAnswers", "the prevalent types identified"),
    QT_TRANSLATE_NOOP("MissingAnswers", "risk level before mitigation"),
    QT_TRANSLATE_NOOP("MissingAnswers", "reasoning for the finding"),
    QT_TRANSLATE_NOOP("MissingAnswers", "sources for the finding"),
    QT_TRANSLATE_NOOP("MissingAnswers", "confirm whether it applies"),
    QT_TRANSLATE_NOOP("MissingAnswers", "why it does not apply"),
    QT_TRANSLATE_NOOP("MissingAnswers", "whether the linked measures reliably reduce the risk"),
    QT_TRANSLATE_NOOP("MissingAnswers", "reasoning for the overriding-risk determination"),
    QT_TRANSLATE_NOOP("MissingAnswers", "whether it is present"),
    QT_TRANSLATE_NOOP("MissingAnswers", "whether it was received"),
    QT_TRANSLATE_NOOP("MissingAnswers", "the risks it addresses"),
    QT_TRANSLATE_NOOP("MissingAnswers", "whether it reliably reduces the risk"),
    QT_TRANSLATE_NOOP("MissingAnswers", "a measure with the same number"),
)

#: Wizard step index of each catalogue page (the wizard's ARTICLE6 … MITIGATION).
PAGE_INDEX = {"article6": 0, "article7": 1, "gbv": 2, "diversion": 3, "mitigation": 4}


def missing_label(item: MissingAnswer) -> str:
    """The item in the reader's language: "Article 7(1)(b)(iii) terrorism: sources …"."""
    if not item.known:
        return item.label
    name = item.name
    if item.name_message is not None:
        name = translate(item.name_message, current_language())
    place = QCoreApplication.translate("MissingAnswers", item.place).replace("{name}", name)
    what = QCoreApplication.translate("MissingAnswers", item.what)
    return (
        QCoreApplication.translate("MissingAnswers", "%1: %2")
        .replace("%1", place)
        .replace("%2", what)
    )


class MissingList(QWidget):
    """ "Still missing before this assessment can be completed", each item a way to its field."""

    #: The target of the link followed: a ``MissingAnswer`` or the widget to go to.
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingList")
        self.heading = QLabel(self.tr("Still missing before this assessment can be completed:"))
        self.heading.setObjectName("missingHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600; color: #8a5a00;")
        self.links: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.heading)
        self.show_items(())

    def show_items(self, items: Sequence[tuple[str, object]]) -> None:
        """One link per (text, target); nothing (hidden) when nothing is missing. The links
        are rebuilt only when the texts change, so a focused link is never pulled away."""
        if [text for text, _target in items] == self.labels() and self.links:
            return
        for link in self.links:
            self._layout.removeWidget(link)
            link.deleteLater()
        self.links = []
        for text, target in items:
            link = QLabel(f'<a href="#">{html.escape(text)}</a>', self)
            link.setObjectName("missingLink")
            link.setWordWrap(True)
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            link.setStyleSheet("QLabel { padding: 2px 0; }")
            link.setToolTip(self.tr("Go to this question"))
            link.setAccessibleName(text)
            link.setAccessibleDescription(self.tr("Go to this question"))
            link.linkActivated.connect(lambda _href, it=target: self.activated.emit(it))
            link.setProperty("plainText", text)
            self._layout.addWidget(link)
            self.links.append(link)
        self.setVisible(bool(items))

    def labels(self) -> list[str]:
        return [str(link.property("plainText")) for link in self.links]


def step_marks(items: Sequence[MissingAnswer]) -> dict[int, bool]:
    """Whether each assessed step (0-4) is complete, and the conclusion (5): all complete."""
    incomplete = {PAGE_INDEX.get(item.page, -1) for item in items}
    marks = {index: index not in incomplete for index in PAGE_INDEX.values()}
    marks[5] = not items
    return marks


def _finding_part(editor: object, part: str) -> QWidget | None:
    """A finding or answer editor's widget for ``finding``/``answer``, ``reasoning``,
    ``sources``."""
    names = {"finding": "risk", "answer": "answer", "reasoning": "reasoning"}
    if part == "sources":
        sources = getattr(editor, "sources", None)
        return sources.add_button if isinstance(sources, SourcesTable) else None
    widget = getattr(editor, names.get(part, ""), None)
    if isinstance(widget, YesNo):
        return widget.yes  # focus its first choice
    return widget if isinstance(widget, QWidget) else None


def field_widget(wizard: AssessmentPages, item: MissingAnswer) -> QWidget | None:
    """The widget that answers ``item`` on the wizard's pages, or None if it is not shown."""
    parts = item.field.split(".")
    if item.page == "article6":
        return _article6_field(wizard, parts)
    if item.page == "article7":
        if parts == ["a", "contribution"]:
            return wizard.article7.contribution.reasoning
        editor = wizard.article7.editors.get(Criterion(parts[0]))
        return _finding_part(editor, parts[1]) if editor is not None else None
    if item.page == "gbv":
        return _gbv_field(wizard, parts)
    if item.page == "diversion":
        return _diversion_field(wizard, parts)
    if item.page == "mitigation":
        card = next((c for c in wizard.mitigation.cards if c.measure_id == parts[0]), None)
        if card is None:
            return None
        row = card.rows.get(Criterion(parts[2])) if len(parts) > 2 else None
        if parts[1] == "reasoning" and row is None:
            return card.reasoning
        widgets: dict[str, QWidget] = {
            "description": card.description,
            "addresses": next(iter(card.addresses.values())),
            "reliably_reduces": row.reliable.yes if row else card.reasoning,
            "reasoning": row.reasoning if row else card.reasoning,
            "kind_reason": row.kind_reason if row else card.reasoning,
        }
        return widgets.get(parts[1])
    return None


def _article6_field(wizard: AssessmentPages, parts: list[str]) -> QWidget | None:
    page = wizard.article6
    if parts[0] == "screen":
        return page.screen_button
    if parts[0] == "embargo_matches":
        index = int(parts[1])
        if index >= len(page.cards):
            return None
        card = page.cards[index]
        return card.confirmation if parts[2] == "confirmation" else card.reasoning
    editor = {"other_obligations": page.other_obligations, "knowledge": page.knowledge}
    return _finding_part(editor[parts[0]], parts[1]) if parts[0] in editor else None


def _gbv_field(wizard: AssessmentPages, parts: list[str]) -> QWidget | None:
    page = wizard.gbv
    if parts == ["step1", "types"]:
        return page.types
    if parts[0] == "step5":
        return page.to_mitigation
    if parts[0] == "step4":
        return page.overriding_reasoning
    editor = {"step1": page.step1, "step2": page.step2, "step3": page.step3, "risk": page.risk}
    return _finding_part(editor[parts[0]], parts[1]) if parts[0] in editor else None


def _diversion_field(wizard: AssessmentPages, parts: list[str]) -> QWidget | None:
    page = wizard.diversion
    if parts[0] == "stages":
        return _finding_part(page.stages[SupplyChainStage(parts[1])], parts[2])
    if parts[0] == "red_flags":
        return page.flags[RedFlag(parts[1])][0].yes
    return page.certificate_received.yes


class SubmitHost(ReviewPanel):
    """What ``SubmitReviewDialog`` needs of the Committee tab (database, actor, the agencies
    already asked, a reload), for the wizard: the dialog is the same, so is the service."""

    #: The agencies were asked: the wizard shows it and the window refreshes.
    submitted = Signal()

    def __init__(self, db: Database, actor: Actor, case: CaseDetail, parent: QWidget) -> None:
        QWidget.__init__(self, parent)  # not ReviewPanel's: there is no case view here
        self.setObjectName("submitHost")
        self.hide()
        self._db = db
        self._actor = actor
        self.case = case
        self.status = committee.review_status(db, case.id)
        self.dialog = None

    @property
    def db(self) -> Database:
        return self._db

    def actor(self) -> Actor:
        return self._actor

    def user(self) -> UserSession | None:
        return None

    def reload(self) -> None:
        self.submitted.emit()


__all__ = [
    "MISSING_TEXTS",
    "MissingList",
    "SubmitHost",
    "field_widget",
    "missing_label",
    "step_marks",
]
