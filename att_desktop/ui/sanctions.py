"""The UN Security Council Consolidated List in the window: the hits of a case (or of every
case) that an officer confirms or rejects with a reason, and the administrator's import.

Importing and screening run on a worker thread (``ui.ops.run_op``): a list of a few thousand
names against a register of many parties takes seconds, and the window keeps painting. The
services decide who may do what; the buttons only follow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.services import sanctions
from att_desktop.services.errors import ServiceError
from att_desktop.services.permissions import Permission, permitted
from att_desktop.services.sanctions import HitView, SanctionsImport, ScreeningResult
from att_desktop.ui import ops
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import format_datetime, party_role_label
from att_desktop.ui.messages import error_text


class SanctionsHitsPanel(QWidget):
    """Hits on the list in use, of one case or of all; Confirm or Reject needs a reason."""

    #: A hit was reviewed or new hits were found: the case id (or 0 for every case).
    hitsChanged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, per_case: bool) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.per_case = per_case
        self.application_id: int | None = None
        self.hits: list[HitView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.list_label = QLabel(self)
        self.list_label.setObjectName("sanctionsListLabel")
        self.list_label.setWordWrap(True)
        layout.addWidget(self.list_label)
        headers = [
            self.tr("Party"),
            self.tr("Listed as"),
            self.tr("Reference"),
            self.tr("Regime"),
            self.tr("Score"),
            self.tr("Review"),
            self.tr("Reason"),
            self.tr("Why"),
        ]
        if not per_case:
            headers.insert(0, self.tr("Case"))
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("sanctionsHitsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_review_row())
        self._update_buttons()

    def _build_review_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("sanctionsReasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("Why the selected hit is, or is not, the listed party (required)")
        )
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.confirm_button = QPushButton(self.tr("&Confirm: same party"), self)
        self.confirm_button.setObjectName("sanctionsConfirmButton")
        self.confirm_button.clicked.connect(lambda: self.review(confirmed=True))
        self.reject_button = QPushButton(self.tr("&Reject: someone else"), self)
        self.reject_button.setObjectName("sanctionsRejectButton")
        self.reject_button.clicked.connect(lambda: self.review(confirmed=False))
        self.screen_button = QPushButton(self.tr("&Screen parties now"), self)
        self.screen_button.setObjectName("sanctionsScreenButton")
        self.screen_button.clicked.connect(self.screen_parties)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.confirm_button)
        row.addWidget(self.reject_button)
        row.addWidget(self.screen_button)
        return row

    # --- showing ----------------------------------------------------------------------------

    def set_application(self, application_id: int | None) -> None:
        self.application_id = application_id
        self.refresh()

    def refresh(self) -> None:
        db = self.ctx.db
        listed = sanctions.current_list(db)
        if listed is None:
            self.list_label.setText(
                self.tr("No UN Consolidated List has been imported: parties are not screened.")
            )
        else:
            self.list_label.setText(
                self.tr("Screened against the UN Consolidated List generated %1.").replace(
                    "%1", format_datetime(listed.generated_at)
                )
            )
        wanted = self.application_id if self.per_case else None
        self.hits = (
            []
            if self.per_case and wanted is None
            else sanctions.list_hits(db, application_id=wanted)
        )
        self._fill()
        self.screen_button.setEnabled(listed is not None)
        self._update_buttons()

    def _status(self, status: str) -> str:
        return {
            sanctions.UNREVIEWED: self.tr("To review"),
            sanctions.CONFIRMED: self.tr("Confirmed"),
            sanctions.REJECTED: self.tr("Rejected"),
        }.get(status, status)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.hits))
        for row, h in enumerate(self.hits):
            party = f"{party_role_label(h.party_role)}: {h.party_name} ({h.party_country})"
            cells = [
                party,
                h.entry_name,
                h.entry_reference,
                h.un_list_type,
                str(h.score),
                self._status(h.status),
                h.review_reason,
                h.explanation,
            ]
            if not self.per_case:
                cells.insert(0, h.reference)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if h.status == sanctions.UNREVIEWED:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def selected_hit(self) -> HitView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.hits[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        may = permitted(self.ctx.db, self.ctx.actor(), Permission.DRAFT_ASSESSMENT)
        ready = may and self.selected_hit() is not None and bool(self.reason_edit.text().strip())
        self.confirm_button.setEnabled(ready)
        self.reject_button.setEnabled(ready)
        tip = "" if may else self.tr("Only a licensing officer reviews sanctions list hits.")
        self.confirm_button.setToolTip(tip)
        self.reject_button.setToolTip(tip)

    # --- acting -----------------------------------------------------------------------------

    def review(self, *, confirmed: bool) -> None:
        hit = self.selected_hit()
        if hit is None:
            return
        try:
            sanctions.review_hit(
                self.ctx.db,
                hit.id,
                confirmed=confirmed,
                reason=self.reason_edit.text(),
                actor=self.ctx.actor(),
            )
        except ServiceError as exc:
            self.ctx.prompter.error(self, self.tr("Hit not reviewed"), error_text(exc))
            return
        self.reason_edit.clear()
        self.refresh()
        self.hitsChanged.emit(hit.application_id)

    def screen_parties(self) -> None:
        """Screen this case's parties (or every case's) on a worker thread."""
        db, actor, case_id = self.ctx.db, self.ctx.actor(), self.application_id

        def work(progress: ops.Progress) -> ScreeningResult:
            return sanctions.screen_parties(
                db, actor, application_id=case_id if self.per_case else None, progress=progress
            )

        def done(result: ScreeningResult) -> None:
            self.refresh()
            self.hitsChanged.emit(case_id or 0)

        ops.run_op(
            self,
            work,
            done,
            title=self.tr("Screening parties"),
            label=self.tr("Screening parties against the UN Consolidated List…"),
            prompter=self.ctx.prompter,
            key="sanctions",
            triggers=[self.screen_button],
            cancellable=True,
        )


class SanctionsListDialog(QDialog):
    """Assessment → UN sanctions list…: the list in use, its import (administrators) and
    every case's hits."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sanctionsListDialog")
        self.setWindowTitle(self.tr("UN Security Council Consolidated List"))
        self.last_import: SanctionsImport | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = QLabel(
            self.tr(
                "Every party of every case is screened against the Council's list of "
                "individuals and entities. Import the consolidated XML file downloaded from the "
                "Security Council's website; a new list re-screens valid licences and open cases."
            ),
            self,
        )
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        self.import_button = QPushButton(self.tr("&Import list file…"), self)
        self.import_button.setObjectName("sanctionsImportButton")
        self.import_button.clicked.connect(self.choose_and_import)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.panel = SanctionsHitsPanel(ctx, self, per_case=False)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 520)
        may = permitted(ctx.db, ctx.actor(), Permission.MANAGE_REFERENCE_DATA)
        self.import_button.setEnabled(may)
        if not may:
            self.import_button.setToolTip(self.tr("Only an administrator imports the list."))
        self.panel.refresh()

    def choose_and_import(self) -> None:
        path = self.ctx.prompter.open_file(
            self,
            self.tr("Import the UN Consolidated List"),
            str(Path.home()),
            self.tr("Consolidated List (*.xml)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        db, actor = self.ctx.db, self.ctx.actor()

        def work(progress: ops.Progress) -> SanctionsImport:
            return sanctions.import_sanctions_list(db, path, actor, progress)

        ops.run_op(
            self,
            work,
            self._imported,
            title=self.tr("Importing the UN Consolidated List"),
            label=self.tr("Reading the list and screening parties…"),
            prompter=self.ctx.prompter,
            key="sanctions-import",
            triggers=[self.import_button],
        )

    def _imported(self, result: SanctionsImport) -> None:
        self.last_import = result
        self.panel.refresh()
        text = self.tr("Imported %1 entries; %2 parties screened, %3 new hits.")
        for n, value in enumerate(
            (result.info.entries, result.screening.parties, result.screening.new_hits), start=1
        ):
            text = text.replace(f"%{n}", str(value))
        if result.licences:
            numbers = ", ".join(lic.number for lic in result.licences)
            text += "\n\n" + self.tr(
                "Valid licences to reassess under Article 7(7) (Assessment → Article 7(7) "
                "reassessment): %1"
            ).replace("%1", numbers)
        self.ctx.prompter.inform(self, self.tr("List imported"), text)


def open_sanctions_list(ctx: AppContext, parent: QWidget) -> SanctionsListDialog:
    dialog = SanctionsListDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
