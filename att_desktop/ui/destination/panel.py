"""The assessment wizard's "Destination file: <State>" panel: the assessment starts from it.

Beside the pages it shows the State's standing findings (date, author, text, sources) and a
warning for each topic older than the authority's setting. "Use destination file on this page"
copies the relevant findings into the page's answers as a starting point: their sources are
added to the sources (none removed, none twice) and their text is added to the reasoning,
marked as taken from the file with its date. What the officer typed is never overwritten;
the assessment stays the officer's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Criterion, SupplyChainStage
from att_desktop.domain.countries import country_name
from att_desktop.domain.destination import DestinationTopic
from att_desktop.services import destination_files
from att_desktop.services.destination_files import DestinationEntryView, DestinationFileView
from att_desktop.ui.assessment.pages_risk import Article7Page, DiversionPage, GbvPage
from att_desktop.ui.assessment.widgets import SourcesTable, note_label, set_note
from att_desktop.ui.destination.labels import stale_text, topic_label
from att_desktop.ui.destination.window import sources_text


@dataclass(frozen=True)
class Target:
    """Where a topic's finding goes on a page: a reasoning box and its sources."""

    topic: DestinationTopic
    reasoning: QPlainTextEdit
    sources: SourcesTable


class DestinationPanel(QGroupBox):
    """The State's file beside the wizard's pages, with the action that copies from it."""

    def __init__(
        self,
        db: Database,
        country_code: str,
        language: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("destinationPanel")
        self.file: DestinationFileView = destination_files.current_file(db, country_code)
        self.language = language
        self._targets: dict[int, list[Target]] = {}
        self._page = -1
        name = country_name(country_code, language)
        self.setTitle(self.tr("Destination file: %1").replace("%1", name))
        self.toggle = QPushButton(self.tr("Hide"), self)
        self.toggle.setObjectName("destinationToggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._collapse)
        limit = destination_files.refresh_months(db)
        stale = destination_files.stale_in(self.file, today or date.today(), limit)
        self.stale = note_label(
            "\n".join(stale_text(s, language) for s in stale), self, kind="warning"
        )
        self.stale.setObjectName("destinationPanelStale")
        self.findings = QLabel(self)
        self.findings.setObjectName("destinationPanelFindings")
        self.findings.setWordWrap(True)
        self.findings.setText(self._findings_text())
        self.findings_area = QScrollArea(self)
        self.findings_area.setWidgetResizable(True)
        self.findings_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.findings_area.setWidget(self.findings)
        self.use_button = QPushButton(self.tr("&Use destination file on this page"), self)
        self.use_button.setObjectName("useDestinationFile")
        self.use_button.setToolTip(
            self.tr(
                "Adds the file's sources to this page's sources and its findings to the "
                "reasoning, marked with their date; nothing you typed is replaced."
            )
        )
        self.use_button.clicked.connect(self.use_on_page)
        self.used = note_label("", self, kind="ok")
        self.used.setObjectName("destinationPanelUsed")
        layout = QVBoxLayout(self)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.stale)
        layout.addWidget(self.findings_area, 1)
        layout.addWidget(self.use_button)
        layout.addWidget(self.used)
        self.setVisible(not self.file.is_empty)
        self._update_button()

    def _findings_text(self) -> str:
        blocks = []
        for entry in self.file.current:
            head = self.tr("%1 — assessed %2 by %3").replace("%1", topic_label(entry.topic))
            head = head.replace("%2", entry.assessed_on.isoformat()).replace("%3", entry.author)
            sources = sources_text(entry)
            blocks.append(f"{head}\n{entry.text}" + (f"\n{sources}" if sources else ""))
        return "\n\n".join(blocks)

    def _collapse(self, hidden: bool) -> None:
        for widget in (self.stale, self.findings_area, self.use_button, self.used):
            widget.setVisible(not hidden and (widget is not self.stale or bool(self.stale.text())))
        if not hidden:
            self.used.setVisible(bool(self.used.text()))
        self.toggle.setText(self.tr("Show") if hidden else self.tr("Hide"))

    # --- the wizard's pages -----------------------------------------------------------------

    def attach(
        self,
        stack: QStackedWidget,
        pages: dict[int, QWidget],
    ) -> None:
        """Follow the wizard's pages: ``pages`` maps a page index to its page widget."""
        for index, page in pages.items():
            self._targets[index] = self._targets_of(page)
        stack.currentChanged.connect(self.set_page)
        self.set_page(stack.currentIndex())

    @staticmethod
    def _targets_of(page: QWidget) -> list[Target]:
        if isinstance(page, Article7Page):
            e = page.editors
            pairs = [
                (DestinationTopic.IHL, e[Criterion.B_I]),
                (DestinationTopic.HUMAN_RIGHTS, e[Criterion.B_II]),
                (DestinationTopic.TERRORISM_CRIME, e[Criterion.B_III]),
                (DestinationTopic.TERRORISM_CRIME, e[Criterion.B_IV]),
            ]
            return [Target(t, ed.reasoning, ed.sources) for t, ed in pairs]
        if isinstance(page, GbvPage):
            return [Target(DestinationTopic.GBV, page.step1.reasoning, page.step1.sources)]
        if isinstance(page, DiversionPage):
            stage = page.stages[SupplyChainStage.END_USE]
            return [Target(DestinationTopic.DIVERSION, stage.reasoning, stage.sources)]
        return []

    def set_page(self, index: int) -> None:
        self._page = index
        set_note(self.used, "", "ok")
        self._update_button()

    def _usable(self) -> list[tuple[Target, DestinationEntryView]]:
        found = []
        for target in self._targets.get(self._page, []):
            if target.reasoning.isReadOnly():
                continue  # a completed or decided assessment is read, not edited
            entry = self.file.topic(target.topic).current
            if entry is not None:
                found.append((target, entry))
        return found

    def _update_button(self) -> None:
        self.use_button.setEnabled(bool(self._usable()))

    def marker(self, entry: DestinationEntryView) -> str:
        text = self.tr("From the destination file (%1, assessed %2):")
        return text.replace("%1", topic_label(entry.topic)).replace(
            "%2", entry.assessed_on.isoformat()
        )

    def use_on_page(self) -> int:
        """Copy the page's findings in; returns how many answers received something."""
        changed = 0
        for target, entry in self._usable():
            touched = False
            have = set(target.sources.sources())
            for source in entry.sources:
                if source not in have:
                    target.sources.add_source(source)
                    touched = True
            typed = target.reasoning.toPlainText()
            marker = self.marker(entry)
            if marker not in typed:
                block = f"{marker}\n{entry.text}"
                target.reasoning.setPlainText(f"{typed.rstrip()}\n\n{block}" if typed else block)
                touched = True
            changed += touched
        if changed:
            set_note(
                self.used,
                self.tr(
                    "Copied into this page's answers (%1): review them and make them yours."
                ).replace("%1", str(changed)),
                "ok",
            )
        else:
            set_note(self.used, self.tr("This page already has what the file holds."), "ok")
        return changed
