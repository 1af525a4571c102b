"""One case, read-only: header, parties and route, line items, documents, licences, history.

The view shows a ``CaseDetail`` exactly as the services returned it. Its two actions go back
through the services: "Edit…" asks the window to open the application dialog, and
"Add document…" records a document's metadata with ``cases.add_document``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import CaseStatus, DecisionOutcome
from att_desktop.services import assessment, cases, change_requests, decisions
from att_desktop.services.decisions import DecisionView
from att_desktop.services.documents import DocumentKind
from att_desktop.services.dto import (
    CaseDetail,
    DocumentInput,
    EventView,
    LineItemView,
    PartyView,
)
from att_desktop.services.errors import ServiceError
from att_desktop.services.provenance import Provenance
from att_desktop.services.sanctions import UNREVIEWED
from att_desktop.ui.assessment.labels import citation_style
from att_desktop.ui.case_documents import CaseDocuments
from att_desktop.ui.change_requests.dialogs import ChangeRequestsDialog
from att_desktop.ui.committee.timeline_words import event_summary
from att_desktop.ui.context import AppContext
from att_desktop.ui.follow_up.panel import ObligationsPanel
from att_desktop.ui.gbv.consultation_panel import ConsultationPanel
from att_desktop.ui.gbv.euc_panel import EucChecksPanel
from att_desktop.ui.i18n import (
    DOCUMENT_KINDS,
    document_kind_label,
    event_action_label,
    field_label,
    format_amount,
    format_date,
    format_datetime,
    format_quantity,
    licence_status_label,
    party_role_label,
    party_type_label,
    status_label,
    transfer_type_label,
)
from att_desktop.ui.icons import icon, status_colour
from att_desktop.ui.incidents.case_panel import IncidentsCasePanel
from att_desktop.ui.messages import error_text
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.sanctions import SanctionsHitsPanel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: Sequence[str], name: str, parent: QWidget) -> QTableWidget:
    """A compact read-only table; these hold one case's rows, never the whole register."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c in right:
                item.setTextAlignment(_RIGHT)
            table.setItem(r, c, item)
    for c in right:
        header_item = table.horizontalHeaderItem(c)
        if header_item is not None:
            header_item.setTextAlignment(_RIGHT)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(table.columnCount() - 1):
        header.resizeSection(c, min(max(header.sectionSize(c) + 12, 70), 320))


class CaseView(QWidget):
    """The open case. ``editRequested`` and ``assessRequested`` ask the window to act."""

    editRequested = Signal(object)
    #: The officer asked to assess the open case: the window opens the assessment wizard.
    assessRequested = Signal(object)
    #: A new version of the case was saved here (a document added): the register refreshes.
    caseChanged = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: The database and the person acting are read from here when the view acts.
        self.ctx = ctx
        self._language = ctx.language
        self._prompter = ctx.prompter
        self._catalogue = load_categories()
        self._case: CaseDetail | None = None
        #: The open case's recorded decision, if any (shown under the header).
        self.decision: DecisionView | None = None
        self._can_assess = False
        self.document_dialog: DocumentDialog | None = None
        self.change_requests_dialog: ChangeRequestsDialog | None = None

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.placeholder = QLabel(
            self.tr("No case is open. Select a case in the register to see it here."),
            self,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("casePlaceholder")
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 11pt;")
        self._stack.addWidget(self.placeholder)

        page = QWidget(self)
        self._stack.addWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(self._build_header(page))
        layout.addWidget(self._build_tabs(page), 1)
        self._stack.setCurrentWidget(self.placeholder)

    # --- building ---------------------------------------------------------------------------

    def _build_header(self, page: QWidget) -> QVBoxLayout:
        self.reference_label = QLabel(page)
        self.reference_label.setObjectName("caseReference")
        font = QFont(self.reference_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.reference_label.setFont(font)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_label = QLabel(page)
        self.status_label.setObjectName("caseStatus")

        self.edit_button = QPushButton(icon("edit"), self.tr("Ed&it…"), page)
        self.edit_button.setObjectName("editCaseButton")
        self.edit_button.clicked.connect(self._request_edit)
        self.add_document_button = QPushButton(icon("attach"), self.tr("Add d&ocument…"), page)
        self.add_document_button.setObjectName("addDocumentButton")
        self.add_document_button.clicked.connect(self.open_add_document)
        self.assess_button = QPushButton(icon("assess"), self.tr("&Assess…"), page)
        self.assess_button.setObjectName("assessCaseButton")
        self.assess_button.clicked.connect(self._request_assessment)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.reference_label)
        top.addWidget(self.status_label)
        top.addStretch(1)
        top.addWidget(self.add_document_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.assess_button)

        self._facts: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        facts = (
            ("type", self.tr("Transfer type")),
            ("applicant", self.tr("Exporter / applicant")),
            ("received", self.tr("Received")),
            ("exporting", self.tr("Exporting State")),
            ("transit", self.tr("Transit States")),
            ("destination", self.tr("Final importing State")),
            ("submitted", self.tr("Submitted")),
            ("decided", self.tr("Decided")),
        )
        #: Longer texts, each on a row of its own so that nothing is cut off.
        wide = (
            ("euc", self.tr("End-user certificate")),
            ("end_use", self.tr("Intended end use")),
            ("decision", self.tr("Decision")),
        )
        columns = 3
        last_row = (len(facts) - 1) // columns
        for n, (key, caption) in enumerate((*facts, *wide)):
            if n < len(facts):
                row, col, span = *divmod(n, columns), 1
            else:
                row, col, span = last_row + 1 + n - len(facts), 0, columns * 2 - 1
            name = QLabel(caption + ":", page)
            name.setObjectName(f"caption_{key}")
            name.setStyleSheet("color: palette(placeholder-text);")
            value = QLabel(page)
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(120)
            value.setWordWrap(span > 1)
            grid.addWidget(
                name, row, col * 2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            )
            grid.addWidget(value, row, col * 2 + 1, 1, span)
            grid.setColumnStretch(col * 2 + 1, 1)
            self._facts[key] = value
            self._captions[key] = name

        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        header = QVBoxLayout()
        header.setSpacing(6)
        header.addLayout(top)
        header.addLayout(grid)
        header.addWidget(line)
        return header

    def _build_tabs(self, page: QWidget) -> QTabWidget:
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("caseTabs")
        self.parties_table = _table(
            (
                self.tr("Role"),
                self.tr("Type"),
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Address"),
            ),
            "partiesTable",
            page,
        )
        self.items_table = _table(
            (
                self.tr("Line"),
                self.tr("Description"),
                self.tr("Model / type"),
                self.tr("Rating"),
                self.tr("ATT category"),
                self.tr("Quantity"),
                self.tr("Value"),
                self.tr("Withheld from report"),
                self.tr("Comment for the report"),
            ),
            "itemsTable",
            page,
        )
        self.documents_table = _table(
            (
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Reference"),
                self.tr("Dated"),
                self.tr("File"),
                self.tr("Recorded"),
            ),
            "documentsTable",
            page,
        )
        self.licences_table = _table(
            (
                self.tr("Licence number"),
                self.tr("Status"),
                self.tr("Issued"),
                self.tr("Valid from"),
                self.tr("Valid until"),
            ),
            "licencesTable",
            page,
        )
        self.history_table = _table(
            (
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Details"),
                self.tr("Reason"),
            ),
            "historyTable",
            page,
        )
        self.licences_page = self._licences_page(page)
        for table in (
            self.parties_table,
            self.items_table,
            self.documents_table,
            self.licences_page,
            self.history_table,
        ):
            self.tabs.addTab(table, "")
        # Issue 12: each party's hits on the UN Consolidated List, reviewed here.
        self.sanctions_panel = SanctionsHitsPanel(self.ctx, page, per_case=True)
        self.sanctions_panel.hitsChanged.connect(self._sanctions_reviewed)
        self.tabs.addTab(self.sanctions_panel, "")
        self._add_follow_up_tabs(page)
        # The case's own documents (licence, denial letter, assessment record), beside the
        # tabs; a licence row opens its licence on double-click or from its context menu.
        self.case_documents = CaseDocuments(self.ctx, self)
        self.tabs.setCornerWidget(self.case_documents.button, Qt.Corner.TopRightCorner)
        self.licences_table.doubleClicked.connect(
            lambda _index: self.case_documents.act(DocumentKind.LICENCE, "open")
        )
        self.licences_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for verb in ("open", "save", "print"):
            self.licences_table.addAction(self.case_documents.action(DocumentKind.LICENCE, verb))
        return self.tabs

    def _add_follow_up_tabs(self, page: QWidget) -> None:
        """Issue 14: what happens around and after the decision, one tab each."""
        # Issue 14: the licences' follow-up obligations (certificates, visits, assurances).
        self.follow_up_panel = ObligationsPanel(self.ctx, page, per_case=True)
        self.follow_up_panel.obligationsChanged.connect(self._follow_up_recorded)
        self.tabs.addTab(self.follow_up_panel, "")
        # Issue 14: diversion and breach incidents with this case's parties or destination.
        self.incidents_panel = IncidentsCasePanel(self.ctx, page)
        self.tabs.addTab(self.incidents_panel, "")
        # Issue 14: the gender adviser's consultation and the end-user certificate checks.
        self.consultation_panel = ConsultationPanel(self.ctx, page)
        self.consultation_panel.changed.connect(self._issue14_changed)
        self.tabs.addTab(self.consultation_panel, "")
        self.euc_panel = EucChecksPanel(self.ctx, page)
        self.euc_panel.changed.connect(self._issue14_changed)
        self.tabs.addTab(self.euc_panel, "")

    def _licences_page(self, page: QWidget) -> QWidget:
        """The Licences tab: the licences, and their change requests (issue 14)."""
        licences = QWidget(page)
        layout = QVBoxLayout(licences)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.licences_table, 1)
        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        self.change_requests_label = QLabel(licences)
        self.change_requests_label.setObjectName("changeRequestsSummary")
        self.change_requests_button = QPushButton(self.tr("C&hange requests…"), licences)
        self.change_requests_button.setObjectName("changeRequestsButton")
        self.change_requests_button.setToolTip(
            self.tr("Re-export, re-transfer, or change of end user, end use or location")
        )
        self.change_requests_button.clicked.connect(self.open_change_requests)
        row.addWidget(self.change_requests_label, 1)
        row.addWidget(self.change_requests_button)
        layout.addLayout(row)
        return licences

    def open_change_requests(self) -> ChangeRequestsDialog | None:
        """The change requests on the open case's licences (record, decide)."""
        if self._case is None or not self._case.licences:
            return None
        self.change_requests_dialog = ChangeRequestsDialog(self.ctx, self._case, self)
        self.change_requests_dialog.changed.connect(self._change_requests_changed)
        self.change_requests_dialog.open()
        return self.change_requests_dialog

    def _change_requests_changed(self) -> None:
        """A request was recorded or decided: show the case again (its history has it)."""
        if self._case is not None:
            detail = cases.get_case(self.db, self._case.id)
            self.show_case(detail)
            self.caseChanged.emit(detail)

    def _show_change_requests(self, d: CaseDetail) -> None:
        self.change_requests_button.setEnabled(bool(d.licences))
        waiting = len(
            change_requests.list_requests(self.db, application_id=d.id, pending_only=True)
        )
        self.change_requests_label.setText(
            self.tr("%1 change request(s) awaiting a decision").replace("%1", str(waiting))
            if waiting
            else ""
        )

    # --- showing ----------------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """The context's database (never a copy: File → Open switches it for every view)."""
        return self.ctx.db

    @property
    def case(self) -> CaseDetail | None:
        return self._case

    def show_case(self, detail: CaseDetail | None) -> None:
        self._case = detail
        self.decision = None
        self._can_assess = False
        if detail is None:
            self.case_documents.set_case(None)
            self._stack.setCurrentWidget(self.placeholder)
            return
        self.decision = self._load_decision(detail)
        self._can_assess = self._assessable(detail)
        self._stack.setCurrentIndex(1)
        self.reference_label.setText(detail.reference)
        colour = status_colour(detail.status).name()
        self.status_label.setText(status_label(detail.status))
        self.status_label.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }"
        )
        closed = detail.status.is_closed
        self.edit_button.setEnabled(not closed)
        self.edit_button.setToolTip(
            self.tr("A decided or withdrawn case cannot be edited.")
            if closed
            else self.tr("Change the application's details (Ctrl+E)")
        )
        self.assess_button.setEnabled(self._can_assess)
        self.assess_button.setToolTip(self._assess_tooltip(detail))
        self._show_facts(detail)
        self._show_decision(detail)
        self._show_tables(detail)
        self._show_issue14(detail)
        self.case_documents.set_case(detail)

    @property
    def can_assess(self) -> bool:
        """Whether the open case can be taken into (or reviewed in) the assessment wizard."""
        return self._case is not None and self._can_assess

    def _load_decision(self, detail: CaseDetail) -> DecisionView | None:
        if detail.status not in (CaseStatus.AUTHORISED, CaseStatus.DENIED):
            return None
        try:
            return decisions.get_decision(self.db, detail.id)
        except ServiceError:
            return None

    def _assessable(self, detail: CaseDetail) -> bool:
        """Open cases can be assessed; a decided one only reviewed if it has an assessment.

        A case decided outside the wizard (imported, or demo data) has no assessment to show,
        and opening the wizard on it would start an empty one after the fact.
        """
        if detail.status is CaseStatus.WITHDRAWN:
            return False
        if not detail.status.is_closed:
            return True
        try:
            return assessment.current_assessment(self.db, detail.id) is not None
        except ServiceError:
            return False

    def _assess_tooltip(self, detail: CaseDetail) -> str:
        if detail.status is CaseStatus.WITHDRAWN:
            return self.tr("A withdrawn case has nothing to assess.")
        if detail.status.is_closed and not self._can_assess:
            return self.tr(
                "This case was decided without an assessment recorded in ATT Desktop "
                "(imported or demo data)."
            )
        if detail.status.is_closed:
            return self.tr("Review the assessment and the decision (Ctrl+Shift+A)")
        return self.tr(
            "Assess the application: Article 6, Article 7, then the decision (Ctrl+Shift+A)"
        )

    def _country(self, code: str) -> str:
        return country_name(code, self._language) if code else ""

    def _show_facts(self, d: CaseDetail) -> None:
        euc = " · ".join(
            part for part in (d.euc_number, d.euc_issuer, format_date(d.euc_date)) if part
        )
        values = {
            "type": transfer_type_label(d.transfer_type),
            "applicant": d.applicant.name,
            "destination": self._country(d.destination_code),
            "exporting": self._country(d.exporting_code) or "—",
            "transit": " → ".join(self._country(c) for c in d.transit_codes) or "—",
            "received": format_date(d.received_on),
            "submitted": format_date(d.submitted_on) or "—",
            "decided": format_date(d.decided_on) or "—",
            "euc": euc or "—",
            "end_use": d.intended_end_use or "—",
        }
        for key, text in values.items():
            label = self._facts[key]
            label.setText(text)
            label.setToolTip(text)

    def _show_decision(self, d: CaseDetail) -> None:
        """The recorded decision in one line: outcome, date, who, and the licence or grounds."""
        label, caption = self._facts["decision"], self._captions["decision"]
        decision = self.decision
        label.setVisible(decision is not None)
        caption.setVisible(decision is not None)
        if decision is None:
            label.setText("")
            label.setToolTip("")
            return
        authorised = decision.outcome is DecisionOutcome.AUTHORISE
        if decision.decided_by:
            text = (
                self.tr("Authorised on %1 by %2") if authorised else self.tr("Denied on %1 by %2")
            )
        else:
            text = self.tr("Authorised on %1") if authorised else self.tr("Denied on %1")
        # The date first: a name may hold a "%1", a date never holds a "%2".
        text = text.replace("%1", format_date(decision.decided_on))
        text = text.replace("%2", decision.decided_by)
        licence = decision.licence
        if licence is not None:
            text += " · " + (
                self.tr("licence %1, valid %2 to %3")
                .replace("%1", licence.number)
                .replace("%2", format_date(licence.valid_from))
                .replace("%3", format_date(licence.valid_until))
            )
        cite = citation_style()
        grounds = [g.citation(cite) for g in decision.grounds]
        if decision.outcome is DecisionOutcome.DENY and grounds:
            text += " · " + self.tr("grounds: %1").replace("%1", "; ".join(grounds))
        if decision.criteria:  # issue 16: the national framework's criteria cited
            text += " · " + self.tr("criteria: %1").replace("%1", ", ".join(decision.criteria))
        if decision.provenance is not None:
            text += " · " + self._imported_from(decision.provenance)
        label.setText(text)
        label.setToolTip(decision.rationale)
        colour = status_colour(d.status).name()
        label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 600; }}")

    def _imported_from(self, origin: Provenance) -> str:
        """Issue 13: an imported decision says where it came from and who brought it in."""
        rows = origin.rows
        if not rows:
            where = ""
        elif len(rows) == 1:
            where = self.tr("row %1").replace("%1", str(rows[0]))
        else:
            where = self.tr("rows %1–%2").replace("%1", str(rows[0])).replace("%2", str(rows[-1]))
        text = (
            self.tr("imported from %1, %2, by %3 on %4")
            if where
            else self.tr("imported from %1 by %3 on %4")
        )
        values = {
            "1": origin.file,
            "2": where,
            "3": origin.imported_by,
            "4": format_date(origin.imported_at.date()),
        }
        # One pass: a file or a person's name holding "%3" is never substituted again.
        text = re.sub(r"%([1-4])", lambda m: values[m[1]], text)
        if origin.outside_app:
            text += " · " + self.tr("historical: decided outside the app")
        return text

    def decision_text(self) -> str:
        """The recorded decision as shown under the header ("" when there is none)."""
        return self._facts["decision"].text()

    def _category(self, item: LineItemView) -> str:
        if item.att_category:
            return self._catalogue.label(item.att_category, self._language)
        if item.not_reportable_reason is not None:
            reason = self._catalogue.reason_label(item.not_reportable_reason, self._language)
            return self.tr("Not reportable: %1").replace("%1", reason)
        return ""

    def _party_type_text(self, party: PartyView, parties: tuple[PartyView, ...]) -> str:
        """The type, and for a consignee acting for a government whom it acts for: the
        Article 6 screen treats it as that government, so the officer must see it."""
        kind = party_type_label(party.party_type)
        if party.acts_for is None or not 0 <= party.acts_for < len(parties):
            return kind
        text = self.tr("%1, acting for %2").replace("%1", kind)
        return text.replace("%2", parties[party.acts_for].name)

    def _show_tables(self, d: CaseDetail) -> None:
        _fill(
            self.parties_table,
            [
                (
                    party_role_label(p.role),
                    self._party_type_text(p, d.parties),
                    p.name,
                    self._country(p.country_code),
                    p.address,
                )
                for p in d.parties
            ],
        )
        _fill(
            self.items_table,
            [
                (
                    str(i.line_no),
                    i.description,
                    i.model,
                    i.control_rating,
                    self._category(i),
                    format_quantity(i.quantity, i.unit),
                    format_amount(i.value, i.currency),
                    (self.tr("Yes: %1").replace("%1", i.withheld_reason) if i.withheld else ""),
                    i.report_comment,
                )
                for i in d.items
            ],
            right=(0, 5, 6),
        )
        _fill(
            self.documents_table,
            [
                (
                    document_kind_label(doc.kind),
                    doc.title,
                    doc.reference,
                    format_date(doc.dated),
                    doc.filename,
                    format_datetime(doc.created_at),
                )
                for doc in d.documents
            ],
        )
        _fill(
            self.licences_table,
            [
                (
                    lic.number,
                    licence_status_label(lic.status),
                    format_date(lic.issued_on),
                    format_date(lic.valid_from),
                    format_date(lic.valid_until),
                )
                for lic in d.licences
            ],
        )
        _fill(
            self.history_table,
            [
                (
                    format_datetime(e.occurred_at),
                    e.actor_name,
                    event_action_label(e.action),
                    self._event_details(e),
                    e.reason,
                )
                for e in d.history
            ],
        )
        counts = (
            (self.tr("Parties (%1)"), len(d.parties)),
            (self.tr("Line items (%1)"), len(d.items)),
            (self.tr("Documents (%1)"), len(d.documents)),
            (self.tr("Licences (%1)"), len(d.licences)),
            (self.tr("History (%1)"), len(d.history)),
        )
        for n, (title, count) in enumerate(counts):
            self.tabs.setTabText(n, title.replace("%1", str(count)))
        self._show_sanctions(d)
        self._show_follow_up(d)
        self.incidents_panel.show_case(d.id, self.tabs)
        self._show_change_requests(d)

    def _show_sanctions(self, d: CaseDetail) -> None:
        self.sanctions_panel.set_application(d.id)
        hits = self.sanctions_panel.hits
        waiting = sum(1 for h in hits if h.status == UNREVIEWED)
        title = self.tr("Sanctions list hits (%1)").replace("%1", str(len(hits)))
        if waiting:
            title += " " + self.tr("— %1 to review").replace("%1", str(waiting))
        index = self.tabs.indexOf(self.sanctions_panel)
        self.tabs.setTabText(index, title)

    def _show_follow_up(self, d: CaseDetail) -> None:
        count = self.follow_up_panel.set_case(d.id)
        overdue = sum(1 for o in self.follow_up_panel.model.rows if o.overdue)
        title = self.tr("Follow-up (%1)").replace("%1", str(count))
        if overdue:
            title += " " + self.tr("— %1 overdue").replace("%1", str(overdue))
        self.tabs.setTabText(self.tabs.indexOf(self.follow_up_panel), title)

    def _follow_up_recorded(self, _application_id: int) -> None:
        """An obligation was recorded: show the case again (its history has the event)."""
        if self._case is None:
            return
        detail = cases.get_case(self.db, self._case.id)
        self.show_case(detail)
        self.tabs.setCurrentWidget(self.follow_up_panel)
        self.caseChanged.emit(detail)

    def _show_issue14(self, d: CaseDetail) -> None:
        """The consultation and certificate tabs; a gender adviser with an open question on
        the case (come from My work) lands on the consultation."""
        for panel in (self.consultation_panel, self.euc_panel):
            self.tabs.setTabText(self.tabs.indexOf(panel), panel.set_case(d))
        if self.consultation_panel.awaiting_me:
            self.tabs.setCurrentWidget(self.consultation_panel)

    def _issue14_changed(self, _application_id: int) -> None:
        """An answer or a check was recorded: show the case again (its history has it)."""
        if self._case is None:
            return
        current = self.tabs.currentWidget()
        detail = cases.get_case(self.db, self._case.id)
        self.show_case(detail)
        self.tabs.setCurrentWidget(current)
        self.caseChanged.emit(detail)

    def _sanctions_reviewed(self, _application_id: int) -> None:
        """A hit was reviewed or found: show the case again (its history has the event)."""
        if self._case is None:
            return
        detail = cases.get_case(self.db, self._case.id)
        self.show_case(detail)
        self.tabs.setCurrentWidget(self.sanctions_panel)
        self.caseChanged.emit(detail)

    def _event_details(self, event: EventView) -> str:
        """The event in the UI's language where its recorded data allows; else as recorded."""
        before, after = event.before or {}, event.after or {}
        try:
            if event.action == "status_changed" and "status" in after:
                old, new = CaseStatus(str(before.get("status"))), CaseStatus(after["status"])
                return f"{status_label(old)} → {status_label(new)}"
            if event.action == "created" and self._case is not None:
                return self._case.reference
            if event.action == "updated" and after:
                return ", ".join(field_label(k) for k in after)
            if event.action == "document_added" and after.get("title"):
                kind = document_kind_label(str(after.get("kind", "")))
                return f"{kind}: {after['title']}"
            if event.action == "decided" and "outcome" in after:
                outcome = DecisionOutcome(str(after["outcome"]))
                text = (
                    self.tr("Authorised on %1")
                    if outcome is DecisionOutcome.AUTHORISE
                    else self.tr("Denied on %1")
                ).replace("%1", str(after.get("decided_on", "")))
                cite = citation_style()
                grounds = [
                    Ground.from_json(g).citation(cite)
                    for g in after.get("grounds") or ()
                    if isinstance(g, dict)
                ]
                codes = (after.get("denial_criteria") or {}).get("codes") or ()
                if codes:  # issue 16
                    grounds.append(self.tr("criteria: %1").replace("%1", ", ".join(codes)))
                return f"{text}: {'; '.join(grounds)}" if grounds else text
            if event.action in ("licence_issued", "licence_amended") and after.get("number"):
                until = after.get("valid_until")
                text = self.tr("Licence %1").replace("%1", str(after["number"]))
                if until:
                    text += ", " + self.tr("valid until %1").replace("%1", str(until))
                return text
            if event.action == "shipment_recorded" and after.get("shipped_on"):
                return self.tr("Shipped on %1").replace("%1", str(after["shipped_on"])) + (
                    f" ({after['customs_reference']})" if after.get("customs_reference") else ""
                )
            if event.action.startswith("assessment_") and "revision" in after:
                return self.tr("Revision %1").replace("%1", str(after["revision"]))
        except ValueError:
            pass
        return event_summary(event)

    # --- actions ----------------------------------------------------------------------------

    def _request_edit(self) -> None:
        if self._case is not None:
            self.editRequested.emit(self._case)

    def _request_assessment(self) -> None:
        if self.can_assess:
            self.assessRequested.emit(self._case)

    def open_add_document(self) -> None:
        """Ask for the document's metadata in a window-modal dialog that does not block."""
        if self._case is None:
            return
        dialog = DocumentDialog(self._case.reference, self._prompter, self)
        dialog.accepted.connect(lambda: self._save_document(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.document_dialog = dialog
        dialog.open()

    def _save_document(self, dialog: DocumentDialog) -> None:
        if self._case is None:
            return
        try:
            detail = cases.add_document(
                self.db, self._case.id, dialog.document_input(), actor=self.ctx.actor()
            )
        except ServiceError as exc:
            self._prompter.error(self, self.tr("Document not recorded"), error_text(exc))
            return
        self.show_case(detail)
        self.tabs.setCurrentWidget(self.documents_table)
        self.caseChanged.emit(detail)


class DocumentDialog(QDialog):
    """The metadata of a document received or issued; the file itself may stay where it is."""

    def __init__(self, reference: str, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter
        self._sha256 = ""
        self.setWindowTitle(self.tr("Add document to %1").replace("%1", reference))
        self.setMinimumWidth(460)

        self.kind = QComboBox(self)
        for kind in DOCUMENT_KINDS:
            self.kind.addItem(document_kind_label(kind), kind)
        self.title = QLineEdit(self)
        self.title.setObjectName("documentTitle")
        self.title.setPlaceholderText(self.tr("e.g. End-user certificate signed by the MoD"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("The document's own number, if any"))
        self.has_date = QCheckBox(self.tr("Dated"), self)
        self.dated = QDateEdit(self)
        self.dated.setCalendarPopup(True)
        self.dated.setDisplayFormat("yyyy-MM-dd")
        self.dated.setDate(QDate.currentDate())
        self.dated.setEnabled(False)
        self.has_date.toggled.connect(self.dated.setEnabled)
        self.filename = QLineEdit(self)
        self.filename.setPlaceholderText(self.tr("Where the file is kept (optional)"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.filename.textEdited.connect(self._forget_hash)

        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.dated, 1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.filename, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Date:"), date_row)
        form.addRow(self.tr("File:"), file_row)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error_label.setText(self.tr("Give the document a title."))
            self.error_label.setVisible(True)
            self.title.setFocus()
            return
        super().accept()

    def document_input(self) -> DocumentInput:
        dated: date | None = None
        if self.has_date.isChecked():
            qd = self.dated.date()
            dated = date(qd.year(), qd.month(), qd.day())
        return DocumentInput(
            kind=str(self.kind.currentData()),
            title=self.title.text().strip(),
            reference=self.reference.text().strip(),
            dated=dated,
            filename=self.filename.text().strip(),
            sha256=self._sha256,
        )

    def _forget_hash(self, _text: str) -> None:
        """A typed path was not read, so there is no fingerprint to record."""
        self._sha256 = ""

    def _browse(self) -> None:
        path = self._prompter.open_file(
            self, self.tr("Choose the document's file"), "", self.tr("All files (*)")
        )
        if not path:
            return
        self.filename.setText(path)
        try:
            self._sha256 = _sha256(Path(path))
        except OSError:
            self._sha256 = ""
        if not self.title.text().strip():
            self.title.setText(Path(path).stem)


def _sha256(path: Path) -> str:
    """The file's fingerprint, so a later copy can be checked against what was recorded."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
