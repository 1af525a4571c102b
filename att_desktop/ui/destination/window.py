"""Assessment → Destination files…: what the authority knows about each State, by topic.

A country chooser (type to search, or pick a State that already has a file), the topics with
their current finding, date, author and sources, the superseded versions of the selected
topic, and a warning in words for each topic older than the authority's setting. Adding or
updating a finding offers the valid licences to the State for reassessment (Article 7(7)),
listed after saving with a button to the reassessment window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.countries import country_name
from att_desktop.domain.destination import DestinationTopic
from att_desktop.services import destination_files
from att_desktop.services.destination_files import (
    DestinationEntryView,
    DestinationFileView,
    RecordedFinding,
)
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.assessment.labels import source_kind_label
from att_desktop.ui.assessment.widgets import note_label, set_note
from att_desktop.ui.destination.entry_dialog import EntryDialog
from att_desktop.ui.destination.labels import stale_text, topic_label
from att_desktop.ui.messages import error_text
from att_desktop.ui.widgets.country_combo import CountryCombo
from att_desktop.ui.widgets.screen_fit import fitted_size


def sources_text(entry: DestinationEntryView) -> str:
    """One line per source: kind, title, date, reference."""
    lines = []
    for s in entry.sources:
        parts = [source_kind_label(s.kind), s.title]
        if s.date:
            parts.append(s.date.isoformat())
        if s.reference:
            parts.append(s.reference)
        lines.append(" · ".join(p for p in parts if p))
    return "\n".join(lines)


class DestinationFilesWindow(QDialog):
    """Read every State's file; officers and the gender adviser add and update findings."""

    def __init__(
        self,
        db: Database,
        language: str,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        open_reassessment: Callable[[], object] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("destinationFilesWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Destination files"))
        self.db = db
        self.language = language
        self.actor = actor
        self.today = today or date.today()
        self._open_reassessment = open_reassessment
        self.may_edit = permitted(db, actor, Permission.EDIT_DESTINATION_FILE)
        self.file: DestinationFileView | None = None
        self.entry_dialog: EntryDialog | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_chooser())
        splitter.addWidget(self._build_file())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        # Return in the State box chooses the State: no button of the window is pressed by it.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._fill_known()
        self.show_country("")
        self.resize(fitted_size(self, QSize(1240, 720)))

    # --- building ---------------------------------------------------------------------------

    def _build_chooser(self) -> QWidget:
        column = QWidget(self)
        self.country = CountryCombo(self.language, None, column)
        self.country.setObjectName("destinationCountry")
        self.country.codeChanged.connect(self.show_country)
        find = QLabel(self.tr("&State:"), column)
        find.setBuddy(self.country)
        self.known = QListWidget(column)
        self.known.setObjectName("destinationKnown")
        self.known.setAccessibleName(self.tr("States with a file"))
        self.known.currentItemChanged.connect(self._known_chosen)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(find)
        layout.addWidget(self.country)
        layout.addWidget(QLabel(self.tr("States with a file:"), column))
        layout.addWidget(self.known, 1)
        return column

    def _build_file(self) -> QWidget:
        column = QWidget(self)
        self.title = QLabel(column)
        self.title.setObjectName("destinationTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.stale = note_label("", column, kind="warning")
        self.stale.setObjectName("destinationStale")
        self.topics = QTableWidget(0, 5, column)
        self.topics.setObjectName("destinationTopics")
        self.topics.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Current finding"), self.tr("Assessed"), self.tr("By"),
             self.tr("Sources")]
        )  # fmt: skip
        self._table_style(self.topics, stretch=1)
        # The sources wrap in a column of their own width, so the finding keeps the rest.
        header = self.topics.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 300)
        self.topics.currentCellChanged.connect(lambda row, *_: self._show_topic(row))
        self.topics.cellDoubleClicked.connect(lambda *_: self.open_entry())
        self.detail = QLabel(column)
        self.detail.setObjectName("destinationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QTableWidget(0, 5, column)
        self.history.setObjectName("destinationHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Assessed"), self.tr("By"), self.tr("Recorded"),
             self.tr("Why it was replaced"), self.tr("Finding")]
        )  # fmt: skip
        self._table_style(self.history, stretch=4)
        history_box = QGroupBox(self.tr("Earlier versions of this topic"), column)
        QVBoxLayout(history_box).addWidget(self.history)
        self.add_button = QPushButton(self.tr("&Add or update finding…"), column)
        self.add_button.setObjectName("destinationAdd")
        self.add_button.clicked.connect(self.open_entry)
        self.add_button.setVisible(self.may_edit)
        self.outcome = note_label("", column, kind="info")
        self.outcome.setObjectName("destinationResult")
        self.reassess_button = QPushButton(self.tr("Open &reassessment…"), column)
        self.reassess_button.setObjectName("destinationOpenReassessment")
        self.reassess_button.clicked.connect(self.open_reassessment)
        self.reassess_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.reassess_button)
        actions.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stale)
        layout.addWidget(self.topics, 3)
        layout.addWidget(self.detail)
        layout.addWidget(history_box, 2)
        layout.addWidget(self.outcome)
        layout.addLayout(actions)
        return column

    def _table_style(self, table: QTableWidget, *, stretch: int) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # --- showing ----------------------------------------------------------------------------

    def _fill_known(self) -> None:
        self.known.blockSignals(True)
        self.known.clear()
        for summary in destination_files.files(self.db, actor=self.actor):
            text = self.tr("%1 (%2 topics, newest %3)")
            text = (
                text.replace("%1", country_name(summary.country_code, self.language))
                .replace("%2", str(summary.topics))
                .replace("%3", summary.newest.isoformat())
            )
            item = QListWidgetItem(text, self.known)
            item.setData(Qt.ItemDataRole.UserRole, summary.country_code)
        self.known.blockSignals(False)

    def refresh(self) -> None:
        """Read the files again (another workstation may have added to them)."""
        self._fill_known()
        self.show_country(self.country.code())

    def _known_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.country.set_code(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_country(self, code: str) -> None:
        """Show the State's file (an empty one invites the first finding)."""
        set_note(self.outcome, "", "info")
        self.reassess_button.hide()
        if not code:
            self.file = None
            self.title.setText(self.tr("Choose a State to see its file."))
            set_note(self.stale, "", "warning")
            self.topics.setRowCount(0)
            self.history.setRowCount(0)
            self.detail.clear()
            self.add_button.setEnabled(False)
            return
        try:
            self.file = destination_files.current_file(self.db, code, actor=self.actor)
        except ServiceError as exc:
            self.title.setText(error_text(exc))
            return
        self.add_button.setEnabled(True)
        self._show_file(self.file)

    def _show_file(self, file: DestinationFileView) -> None:
        name = country_name(file.country_code, self.language)
        self.title.setText(self.tr("Destination file: %1").replace("%1", name))
        limit = destination_files.refresh_months(self.db)
        stale = destination_files.stale_in(file, self.today, limit)
        set_note(self.stale, "\n".join(stale_text(s, self.language) for s in stale), "warning")
        self.topics.setRowCount(len(file.topics))
        for row, topic in enumerate(file.topics):
            entry = topic.current
            cells = [
                topic_label(topic.topic),
                entry.text if entry else self.tr("No finding yet"),
                entry.assessed_on.isoformat() if entry else "",
                entry.author if entry else "",
                sources_text(entry) if entry else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, topic.topic.value)
                self.topics.setItem(row, column, item)
        self.topics.resizeRowsToContents()
        self.topics.setCurrentCell(0, 0)
        self._show_topic(0)

    def chosen_topic(self) -> DestinationTopic:
        item = self.topics.item(max(0, self.topics.currentRow()), 0)
        if item is None:
            return DestinationTopic.GBV
        return DestinationTopic(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_topic(self, row: int) -> None:
        if self.file is None or row < 0:
            return
        topic = self.file.topic(self.chosen_topic())
        entry = topic.current
        if entry is None:
            self.detail.setText(self.tr("No finding on this topic yet."))
        else:
            text = self.tr("%1 — assessed %2 by %3").replace("%1", topic_label(topic.topic))
            text = text.replace("%2", entry.assessed_on.isoformat()).replace("%3", entry.author)
            self.detail.setText(f"{text}\n{entry.text}")
        self.history.setRowCount(len(topic.history))
        newer = [entry, *topic.history]
        for r, old in enumerate(topic.history):
            # Why a version was replaced is said by the version that replaced it.
            replaced_by = newer[r]
            cells = [
                old.assessed_on.isoformat(),
                old.author,
                old.recorded_at.strftime("%Y-%m-%d"),
                replaced_by.reason if replaced_by is not None else "",
                old.text,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.history.setItem(r, column, item)
        self.history.resizeRowsToContents()

    # --- editing ----------------------------------------------------------------------------

    def open_entry(self) -> EntryDialog | None:
        """The Add/Update dialog for the chosen topic (window-modal, never blocking)."""
        if self.file is None or not self.may_edit:
            return None
        dialog = EntryDialog(
            self.db,
            self.file,
            self.chosen_topic(),
            self.language,
            self.actor,
            self,
            today=self.today,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._recorded(dialog.recorded))
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, recorded: RecordedFinding | None) -> None:
        if recorded is None:
            return
        code = recorded.entry.country_code
        self._fill_known()
        self.show_country(code)
        row = list(DestinationTopic).index(recorded.entry.topic)
        self.topics.setCurrentCell(row, 0)
        if recorded.affected:
            numbers = ", ".join(
                f"{a.number} ({a.reference}, {self.tr('valid until')} {a.valid_until.isoformat()})"
                for a in recorded.affected
            )
            text = self.tr(
                "Saved. These valid licences concern %1 and are now listed for reassessment "
                "(Article 7(7)): %2"
            )
            text = text.replace("%1", country_name(code, self.language)).replace("%2", numbers)
            set_note(self.outcome, text, "warning")
            self.reassess_button.show()
        else:
            set_note(
                self.outcome,
                self.tr("Saved. No valid licence was put up for reassessment."),
                "ok",
            )

    def open_reassessment(self) -> object:
        if self._open_reassessment is not None:
            return self._open_reassessment()
        from att_desktop.ui.reassessment import open_reassessment

        return open_reassessment(self.db, self.language, self, actor=self.actor)

    def sizeHint(self) -> QSize:
        return QSize(1240, 720)


def open_destination_files(
    db: Database,
    language: str,
    actor: Actor,
    parent: QWidget | None = None,
    *,
    open_reassessment: Callable[[], object] | None = None,
) -> DestinationFilesWindow:
    """Build, show and return the window (non-modal; deleted when closed)."""
    window = DestinationFilesWindow(
        db, language, actor, parent, open_reassessment=open_reassessment
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window
