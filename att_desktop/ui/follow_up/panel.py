"""A table of licence obligations with the follow-up actions on the selected one.

The case view's Follow-up tab shows the case's obligations; the register window shows one
page of every licence's, filtered in SQL. A visit that found a breach is shown loudly (red,
in capitals): it calls for an incident and a reassessment of the licence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.countries import country_name
from att_desktop.domain.follow_up import ObligationKind, ObligationStatus
from att_desktop.services import follow_up
from att_desktop.services.follow_up import ObligationView
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.context import AppContext
from att_desktop.ui.follow_up.dialogs import Action, ObligationDialog
from att_desktop.ui.follow_up.labels import outcome_label, status_word, what_text
from att_desktop.ui.incidents.dialog import IncidentDialog
from att_desktop.ui.incidents.window import open_incidents

_Index = QModelIndex | QPersistentModelIndex
#: Columns and the service's sort key for each ("" when the column cannot be sorted on).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("due", "due_on"),
    ("what", "kind"),
    ("status", "status"),
    ("licence", "licence"),
    ("case", "case"),
    ("destination", "destination"),
    ("done", "done_on"),
    ("result", ""),
)
_BREACH = QColor("#fde2e1")
_OVERDUE = QColor("#a40000")


class ObligationModel(QAbstractTableModel):
    def __init__(self, parent: QWidget, language: Callable[[], str]) -> None:
        super().__init__(parent)
        self.rows: list[ObligationView] = []
        self._language = language

    def set_rows(self, rows: Sequence[ObligationView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Due"),
            self.tr("What"),
            self.tr("Status"),
            self.tr("Licence"),
            self.tr("Case"),
            self.tr("Destination"),
            self.tr("Done on"),
            self.tr("Result"),
        )[section]

    def _result(self, o: ObligationView) -> str:
        parts = []
        if o.outcome is not None:
            parts.append(outcome_label(o.outcome))
        if o.reference:
            parts.append(o.reference)
        text = o.waive_reason or o.findings
        if text:
            parts.append(text)
        if o.status is ObligationStatus.OPEN and o.kind is ObligationKind.VERIFICATION_VISIT:
            parts.append(", ".join(p for p in (o.visitors, o.place) if p))
        if o.status is ObligationStatus.OPEN and o.description:
            parts.append(o.description)
        return " — ".join(p for p in parts if p)

    def _text(self, o: ObligationView, column: int) -> str:
        key = COLUMNS[column][0]
        if key == "due":
            return o.due_on.isoformat()
        if key == "what":
            return what_text(o.kind, o.shipment_reference, o.shipped_on)
        if key == "status":
            return status_word(o.status, o.overdue)
        if key == "licence":
            return o.licence_number
        if key == "case":
            return o.case_reference
        if key == "destination":
            return country_name(o.destination_code, self._language()) or o.destination_code
        if key == "done":
            return o.done_on.isoformat() if o.done_on else ""
        return self._result(o)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        o = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(o, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and o.breach_found:
            return QBrush(_BREACH)
        if role == Qt.ItemDataRole.ForegroundRole and o.overdue:
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.FontRole and (o.breach_found or o.overdue):
            font = QFont()
            font.setBold(True)
            return font
        return None


class ObligationsPanel(QWidget):
    """The table and the action buttons. ``load`` is given the rows by its owner."""

    #: Something was recorded on the obligations of this case (its id).
    obligationsChanged = Signal(int)
    #: Double click in the register: open this case.
    openCase = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, per_case: bool) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.per_case = per_case
        self.application_id: int | None = None
        self.dialog: ObligationDialog | None = None
        self.model = ObligationModel(self, lambda: ctx.language)
        self.table = QTableView(self)
        self.table.setObjectName("obligationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if per_case:
            self.table.setColumnHidden(4, True)
            self.table.setColumnHidden(5, True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)
        self.buttons: dict[Action, QPushButton] = {}
        row = QHBoxLayout()
        for action, text in (
            (Action.CERTIFICATE, self.tr("Certificate &received…")),
            (Action.VISIT, self.tr("&Visit result…")),
            (Action.ASSURANCE, self.tr("Assurance c&hecked…")),
            (Action.WAIVE, self.tr("&Waive…")),
            (Action.ADD, self.tr("&Add obligation or visit…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"followUp_{action.value}")
            button.clicked.connect(lambda _c=False, a=action: self.start(a))
            row.addWidget(button)
            self.buttons[action] = button
        # A visit that found a breach is the start of an incident (Article 11(4), 7(7)).
        self.incident_button = QPushButton(self.tr("Record as &incident…"), self)
        self.incident_button.setObjectName("followUp_incident")
        self.incident_button.setToolTip(
            self.tr(
                "Open a new diversion or breach incident for this licence, with the visit's "
                "findings: it puts the licence up for reassessment (Article 7(7))."
            )
        )
        self.incident_button.clicked.connect(self.record_incident)
        row.addWidget(self.incident_button)
        self.incident_editor: IncidentDialog | None = None
        row.addStretch(1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("followUpEmpty")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- rows -------------------------------------------------------------------------------

    def load(self, rows: Sequence[ObligationView], empty_text: str = "") -> None:
        self.model.set_rows(rows)
        self.empty_label.setText(empty_text if not rows else "")
        self.empty_label.setVisible(bool(empty_text) and not rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c in range(self.model.columnCount() - 1):
            header.resizeSection(c, min(max(header.sectionSize(c) + 12, 80), 380))
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def set_case(self, application_id: int | None) -> int:
        """The case's obligations (the Follow-up tab); returns how many."""
        self.application_id = application_id
        rows = (
            ()
            if application_id is None
            else follow_up.list_obligations(
                self.ctx.db, application_id=application_id, limit=follow_up.MAX_LIMIT
            )
        )
        self.load(
            rows,
            self.tr(
                "No follow-up obligations yet. A delivery verification certificate is added "
                "with each shipment when the licence calls for one; add others below."
            ),
        )
        return len(rows)

    def current(self) -> ObligationView | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    # --- actions ----------------------------------------------------------------------------

    def _may_record(self) -> bool:
        return permitted(self.ctx.db, self.ctx.actor(), Permission.RECORD_FOLLOW_UP)

    def _update_buttons(self, *_args: object) -> None:
        may = self._may_record()
        o = self.current()
        is_open = o is not None and o.status is ObligationStatus.OPEN
        kind = o.kind if o is not None else None
        enabled = {
            Action.CERTIFICATE: is_open and kind is ObligationKind.DELIVERY_CERTIFICATE,
            Action.VISIT: is_open and kind is ObligationKind.VERIFICATION_VISIT,
            Action.ASSURANCE: is_open and kind is not None and kind.is_assurance,
            Action.WAIVE: is_open,
            Action.ADD: self.per_case and self.application_id is not None,
        }
        why = "" if may else self.tr("Only a licensing officer or the focal point records this.")
        for action, button in self.buttons.items():
            button.setEnabled(may and enabled[action])
            button.setToolTip(why)
        self.buttons[Action.ADD].setVisible(self.per_case)
        breach = o is not None and o.breach_found
        self.incident_button.setVisible(breach)
        self.incident_button.setEnabled(
            breach and permitted(self.ctx.db, self.ctx.actor(), Permission.RECORD_INCIDENT)
        )

    def _fitting_action(self, o: ObligationView) -> Action:
        if o.kind is ObligationKind.DELIVERY_CERTIFICATE:
            return Action.CERTIFICATE
        if o.kind is ObligationKind.VERIFICATION_VISIT:
            return Action.VISIT
        return Action.ASSURANCE

    def _double_clicked(self, _index: QModelIndex) -> None:
        o = self.current()
        if o is None:
            return
        if not self.per_case:
            self.openCase.emit(o.application_id)
            return
        action = self._fitting_action(o)
        if o.status is ObligationStatus.OPEN and self.buttons[action].isEnabled():
            self.start(action)

    def start(self, action: Action) -> ObligationDialog | None:
        """Open the action's dialog (window-modal, not blocking); None if it does not apply."""
        if not self.buttons[action].isEnabled():
            return None
        licences: tuple[tuple[int, str], ...] = ()
        if action is Action.ADD and self.application_id is not None:
            licences = follow_up.open_licences(self.ctx.db, self.application_id)
        dialog = ObligationDialog(
            self.ctx,
            action,
            self,
            obligation=None if action is Action.ADD else self.current(),
            licences=licences,
        )
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_incident(self) -> IncidentDialog | None:
        """A new incident for the selected breach, filled in from the visit: the officer
        reviews it and saves (nothing is recorded until then)."""
        o = self.current()
        if o is None or not o.breach_found or not self.incident_button.isEnabled():
            return None
        window = open_incidents(self.ctx, self.window())
        editor = window.new_incident()
        editor.prefill_from_visit(
            licence_number=o.licence_number,
            country_code=o.destination_code,
            found_on=o.done_on,
            findings=o.findings,
            visitors=o.visitors,
        )
        self.incident_editor = editor
        return editor

    def _saved(self, view: ObligationView) -> None:
        self.obligationsChanged.emit(view.application_id)
