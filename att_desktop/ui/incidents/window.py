"""Assessment → Diversion and breach incidents…: the list with its filters, the selected
incident with the licences it put up for Article 7(7) reassessment, and New, Edit, Close
and the reassessment window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.countries import country_name
from att_desktop.domain.incidents import IncidentKind, IncidentStatus
from att_desktop.services import incidents
from att_desktop.services.errors import ServiceError
from att_desktop.services.incidents import VIA_NAMED, IncidentView
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import licence_status_label
from att_desktop.ui.incidents.dialog import IncidentDialog
from att_desktop.ui.incidents.labels import kind_label, response_label, source_label, status_label
from att_desktop.ui.messages import error_text
from att_desktop.ui.widgets.country_combo import CountryCombo, NoWheelComboBox


def _table(parent: QWidget, name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class IncidentsWindow(QDialog):
    """Incidents, newest learned first; the detail of the selected one beside the list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsWindow")
        self.setWindowTitle(self.tr("Diversion and breach incidents"))
        self.ctx = ctx
        self.shown: list[IncidentView] = []
        self.editor: IncidentDialog | None = None
        self.reassessment_window: QWidget | None = None
        intro = QLabel(
            self.tr(
                "Diversions and breaches learned of (Article 11(4)–(5)), how they were "
                "answered (Article 14) and which States were informed. Each puts the valid "
                "licences it touches up for reassessment (Article 7(7))."
            ),
            self,
        )
        intro.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._filters())
        self.table = _table(
            left,
            "incidentList",
            [
                self.tr("Incident"),
                self.tr("Learned"),
                self.tr("Kind"),
                self.tr("Country"),
                self.tr("Status"),
            ],
            2,
        )
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._actions())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._detail())
        splitter.setSizes([560, 640])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1240, 720)
        may = permitted(ctx.db, ctx.actor(), Permission.RECORD_INCIDENT)
        for button in (self.new_button, self.edit_button, self.close_button):
            button.setEnabled(may)
            if not may:
                button.setToolTip(
                    self.tr(
                        "Only a licensing officer, a committee member or the deciding "
                        "authority records incidents."
                    )
                )
        self.refresh()

    def _filters(self) -> QHBoxLayout:
        self.status_filter = NoWheelComboBox(self)
        self.status_filter.setObjectName("incidentStatusFilter")
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Closed"), "closed")
        self.status_filter.addItem(self.tr("All"), "all")
        self.country_filter = CountryCombo(self.ctx.language, parent=self)
        self.country_filter.setObjectName("incidentCountryFilter")
        self.kind_filter = NoWheelComboBox(self)
        self.kind_filter.setObjectName("incidentKindFilter")
        self.kind_filter.addItem(self.tr("Every kind"), None)
        for kind in IncidentKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.country_filter.codeChanged.connect(lambda _c: self.refresh())
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("&Status:"), self.status_filter),
            (self.tr("C&ountry:"), self.country_filter),
            (self.tr("&Kind:"), self.kind_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _actions(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("&New incident…"), self)
        self.new_button.setObjectName("newIncident")
        self.new_button.clicked.connect(lambda: self.new_incident())
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editIncident")
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.close_button = QPushButton(self.tr("C&lose incident…"), self)
        self.close_button.setObjectName("closeIncident")
        self.close_button.clicked.connect(self.close_selected)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        return row

    def _detail(self) -> QWidget:
        box = QWidget(self)
        self.detail = QLabel(box)
        self.detail.setObjectName("incidentDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.licences = _table(
            box,
            "incidentLicenceTable",
            [
                self.tr("Licence"),
                self.tr("Case"),
                self.tr("Status"),
                self.tr("To reassess"),
                self.tr("Why"),
            ],
            4,
        )
        self.reassess_button = QPushButton(self.tr("Open the Article 7(7) &reassessment…"), box)
        self.reassess_button.setObjectName("openReassessment")
        self.reassess_button.clicked.connect(lambda: self.open_reassessment())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail)
        layout.addWidget(QLabel(self.tr("Licences this incident touches:"), box))
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.reassess_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # --- showing ----------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        status = self.status_filter.currentData()
        try:
            found = incidents.list_incidents(
                self.ctx.db,
                open_only=status == "open",
                country_code=self.country_filter.code() or None,
                kind=self.kind_filter.currentData(),
            )
        except ServiceError as exc:
            self.detail.setText(error_text(exc))
            return
        if status == "closed":
            found = [i for i in found if i.status is IncidentStatus.CLOSED]
        self.shown = found
        self.table.setRowCount(len(found))
        lang = self.ctx.language
        for r, inc in enumerate(found):
            values = (
                inc.number,
                inc.learned_on.isoformat(),
                kind_label(inc.kind),
                country_name(inc.country_code, lang),
                status_label(inc.status),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        row = next((n for n, i in enumerate(found) if i.id == select_id), 0)
        if found:
            self.table.setCurrentCell(row, 0)
        self._select(row if found else -1)

    def selected(self) -> IncidentView | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _select(self, row: int) -> None:
        inc = self.shown[row] if 0 <= row < len(self.shown) else None
        is_open = inc is not None and inc.status is IncidentStatus.OPEN
        self.edit_button.setEnabled(is_open and self.new_button.isEnabled())
        self.close_button.setEnabled(is_open and self.new_button.isEnabled())
        if inc is not None and not is_open:
            self.edit_button.setToolTip(
                self.tr(
                    "A closed incident can no longer be edited: record new facts as a new "
                    "incident. Double-click it to read it."
                )
            )
        elif self.new_button.isEnabled():
            self.edit_button.setToolTip("")
        if inc is None:
            self.detail.setText(self.tr("No incident matches the filters."))
            self.licences.setRowCount(0)
            return
        self.detail.setText(self._describe(inc))
        self.licences.setRowCount(len(inc.licences))
        for r, lic in enumerate(inc.licences):
            why = (
                self.tr("named by the incident")
                if lic.via == VIA_NAMED
                else self.tr("party matches: %1").replace("%1", lic.matched.split(": ", 1)[0])
            )
            values = (
                lic.number,
                lic.reference,
                licence_status_label(lic.status),
                self.tr("Yes") if lic.awaiting_reassessment else self.tr("No"),
                why,
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(lic.matched or value)
                self.licences.setItem(r, c, cell)

    def _describe(self, inc: IncidentView) -> str:
        lang = self.ctx.language
        lines = [
            f"<b>{self.tr('Incident %1').replace('%1', inc.number)}</b> — "
            f"{kind_label(inc.kind)}, {country_name(inc.country_code, lang)} "
            f"({status_label(inc.status)})",
            self.tr("Source: %1").replace("%1", source_label(inc.source))
            + (f" — {inc.source_reference}" if inc.source_reference else ""),
            self.tr("Happened on %1, learned on %2")
            .replace("%1", inc.occurred_on.isoformat() if inc.occurred_on else "—")
            .replace("%2", inc.learned_on.isoformat()),
            inc.description,
        ]
        if inc.parties:
            lines.append(
                self.tr("Parties: %1").replace(
                    "%1", "; ".join(f"{p.name} ({p.country_code})" for p in inc.parties)
                )
            )
        if inc.items:
            lines.append(
                self.tr("Items: %1").replace(
                    "%1",
                    "; ".join(
                        i.description + (f" ({i.att_category})" if i.att_category else "")
                        for i in inc.items
                    ),
                )
            )
        for r in inc.responses:
            extra = " ".join(x for x in (r.licence_number, r.referred_to, r.note) if x)
            lines.append(f"{response_label(r.kind)}, {r.on_date.isoformat()}: {extra}")
        for s in inc.states_informed:
            lines.append(
                self.tr("Informed %1 on %2 (%3)")
                .replace("%1", country_name(s.country_code, lang))
                .replace("%2", s.informed_on.isoformat())
                .replace("%3", s.channel)
            )
        if inc.status is IncidentStatus.CLOSED:
            lines.append(self.tr("Closed: %1").replace("%1", inc.closing_note))
        return "<br>".join(_escape(line) if n else line for n, line in enumerate(lines))

    # --- acting -----------------------------------------------------------------------------

    def new_incident(self) -> IncidentDialog:
        return self._open_editor(None)

    def edit_selected(self) -> IncidentDialog | None:
        inc = self.selected()
        return self._open_editor(inc) if inc is not None else None

    def _open_editor(self, inc: IncidentView | None) -> IncidentDialog:
        dialog = IncidentDialog(self.ctx, self, inc)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.editor = dialog
        dialog.open()
        return dialog

    def _saved(self, view: IncidentView, created: bool) -> None:
        self.status_filter.setCurrentIndex(self.status_filter.findData("all"))
        self.refresh(view.id)
        waiting = [lic for lic in view.licences if lic.awaiting_reassessment]
        if created:
            listed = "\n".join(f"• {lic.number} — {lic.reference}" for lic in waiting)
            self.ctx.prompter.inform(
                self,
                self.tr("Incident %1 recorded").replace("%1", view.number),
                (
                    self.tr(
                        "These valid licences are now listed for Article 7(7) reassessment:\n%1"
                    ).replace("%1", listed)
                    if waiting
                    else self.tr("No valid licence is touched by this incident.")
                ),
            )

    def close_selected(self) -> None:
        inc = self.selected()
        if inc is None:
            return
        note = self.ctx.prompter.ask_text(
            self,
            self.tr("Close incident %1").replace("%1", inc.number),
            self.tr(
                "How was it settled? Its licences stay listed for reassessment until each is "
                "reassessed."
            ),
        )
        if note is None:
            return
        try:
            incidents.close_incident(
                self.ctx.db, inc.id, note, self.ctx.actor(), expected_version=inc.version
            )
        except ServiceError as exc:
            self.ctx.prompter.error(self, self.tr("The incident was not closed"), error_text(exc))
            return
        self.refresh(inc.id)

    def open_reassessment(self) -> QWidget:
        from att_desktop.ui.reassessment import open_reassessment

        self.reassessment_window = open_reassessment(
            self.ctx.db,
            self.ctx.language,
            self,
            prompter=self.ctx.prompter,
            actor=self.ctx.actor(),
        )
        return self.reassessment_window


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_incidents(ctx: AppContext, parent: QWidget) -> IncidentsWindow:
    """Build, show and return the incidents window (non-modal; deleted when closed)."""
    window = IncidentsWindow(ctx, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
