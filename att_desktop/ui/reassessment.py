"""Article 7(7): reassess valid licences when new information arrives; embargo data.

Two windows, both showing only what the services return:

* ``ReassessmentDialog`` lists every valid licence that new embargo data or new information
  about a destination concerns (``reassessment.affected_licences``). For the selected licence
  the officer records a conclusion and then lets the licence stand, suspends, revokes or
  amends it; the licence's history below keeps every step. New information about a State is
  recorded here too, and the list shows at once which licences it concerns.
* ``EmbargoDataDialog`` shows the embargo sets in use with their dates and sources, lets the
  authority apply the optional regional sets (Article 6(2)), and loads an updated set from a
  file. A malformed file is refused with the service's message naming the entry and field.

Main-window hook (one line each): ``open_reassessment(db, language, window, prompter=...)``
and ``open_embargo_data(db, language, window, prompter=...)``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.countries import country_name
from att_desktop.domain.embargoes import LegalBasisKind
from att_desktop.domain.enums import LicenceStatus
from att_desktop.services import decisions, reassessment, screening
from att_desktop.services.decisions import LicenceDetail, LicenceLineTerms, LicenceTerms
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.reassessment import AffectedLicence
from att_desktop.services.screening import EmbargoSetInfo, EmbargoUpdate
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.widgets.country_combo import CountryCombo


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


def _error_text(exc: ServiceError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(f"• {e.field}: {field_text(e)}" for e in exc.errors)
    return error_text(exc)


# --------------------------------------------------------------------------- embargo data


class EmbargoDataDialog(QDialog):
    """The embargo sets the screen applies, the optional ones, and updates from a file."""

    #: An update was loaded or the applied sets changed: reassessment lists refresh.
    changed = Signal()

    def __init__(
        self,
        db: Database,
        language: str,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        actor: Actor = LOCAL_OFFICER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("embargoDataDialog")
        self.setWindowTitle(self.tr("Embargo reference data"))
        self.db = db
        self.language = language
        self.actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        intro = QLabel(
            self.tr(
                "The Article 6 screen checks every destination, end user, consignee and transit "
                "State against these sets, as at the decision date. UN Security Council "
                "embargoes (Article 6(1)) always apply. Regional and other sets (Article 6(2)) "
                "apply only if the obligation is your State's own: tick them to apply them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("embargoSets")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Applied"),
                self.tr("Set"),
                self.tr("Legal basis"),
                self.tr("Verified as of"),
                self.tr("Entries"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.checks: dict[str, QCheckBox] = {}
        self.source = QLabel(self)
        self.source.setObjectName("embargoSource")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_source(row))
        self.apply_button = QPushButton(self.tr("&Apply the ticked sets"), self)
        self.apply_button.setObjectName("applySets")
        self.apply_button.clicked.connect(self.apply_choice)
        self.load_button = QPushButton(self.tr("&Load updated embargo data from a file…"), self)
        self.load_button.setObjectName("loadEmbargoFile")
        self.load_button.clicked.connect(self.choose_and_load)
        self.status = QLabel(self)
        self.status.setObjectName("embargoStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addWidget(self.load_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.source)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._sets: list[EmbargoSetInfo] = []
        self.resize(860, 460)
        self.refresh()

    def _basis(self, kind: LegalBasisKind) -> str:
        if kind is LegalBasisKind.UN_CHAPTER_VII:
            return self.tr("UN Security Council, Chapter VII (Art. 6(1))")
        return self.tr("Other international obligation (Art. 6(2))")

    def refresh(self) -> None:
        self._sets = screening.list_embargo_sets(self.db)
        self.table.setRowCount(len(self._sets))
        self.checks = {}
        for r, s in enumerate(self._sets):
            box = QCheckBox(self.table)
            box.setChecked(s.enabled)
            box.setEnabled(not s.mandatory)
            box.setToolTip(
                self.tr("UN embargoes always apply") if s.mandatory else self.tr("Apply this set")
            )
            self.checks[s.id] = box
            self.table.setCellWidget(r, 0, box)
            origin = self.tr("loaded update") if s.updated else self.tr("shipped")
            values = (f"{s.title} ({origin})", self._basis(s.legal_basis_kind), s.as_of.isoformat())
            for c, value in enumerate(values, start=1):
                self.table.setItem(r, c, QTableWidgetItem(value))
            self.table.setItem(r, 4, QTableWidgetItem(str(s.entries)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self._sets:
            self.table.setCurrentCell(0, 1)
            self._show_source(0)

    def _show_source(self, row: int) -> None:
        if 0 <= row < len(self._sets):
            self.source.setText(self.tr("Source: %1").replace("%1", self._sets[row].source))

    def apply_choice(self) -> None:
        wanted = [set_id for set_id, box in self.checks.items() if box.isChecked()]
        try:
            applied = screening.set_enabled_embargo_sets(self.db, wanted, self.actor)
        except ServiceError as exc:
            self._prompter.error(self, self.tr("The choice was not saved"), _error_text(exc))
            return
        self.status.setText(self.tr("Applied: %1").replace("%1", ", ".join(applied)))
        self.refresh()
        self.changed.emit()

    def choose_and_load(self) -> None:
        path = self._prompter.open_file(
            self,
            self.tr("Load embargo data"),
            "",
            self.tr("Embargo data (*.json);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> EmbargoUpdate | None:
        """Load one file; a malformed one changes nothing and the message says what is wrong.

        A file verified earlier than the data in use (a correction) loads only with a reason
        the person types, which the history keeps."""
        try:
            try:
                update = screening.load_embargo_update(self.db, path, self.actor)
            except screening.OlderEmbargoDataError as exc:
                reason = self._ask_reason(error_text(exc))
                if not reason:
                    raise
                update = screening.load_embargo_update(self.db, path, self.actor, reason=reason)
        except ServiceError as exc:
            message = self.tr("Nothing was loaded. %1").replace("%1", error_text(exc))
            self.status.setText(message)
            self._prompter.error(self, self.tr("The embargo file was not loaded"), message)
            return None
        previous = update.previous_as_of.isoformat() if update.previous_as_of else "—"
        self.status.setText(
            self.tr(
                "Loaded %1, verified as of %2 (was %3): %4 added, %5 changed, %6 removed. "
                "Open the Article 7(7) reassessment to see the licences it concerns."
            )
            .replace("%1", update.title)
            .replace("%2", update.as_of.isoformat())
            .replace("%3", previous)
            .replace("%4", str(len(update.added)))
            .replace("%5", str(len(update.changed)))
            .replace("%6", str(len(update.removed)))
        )
        self.refresh()
        self.changed.emit()
        return update

    def _ask_reason(self, problem: str) -> str:
        """Why an older file is loaded anyway; empty when the person cancelled."""
        answer = self._prompter.ask_text(
            self,
            self.tr("Load older embargo data"),
            self.tr(
                "%1\n\nTo load it anyway, say why (for example: corrections to the entries)."
            ).replace("%1", problem),
        )
        return (answer or "").strip()


# --------------------------------------------------------------------------- reassessment


class ReassessmentDialog(QDialog):
    """Licences to reassess (Art. 7(7)): let stand, suspend, revoke or amend, with history."""

    def __init__(
        self,
        db: Database,
        language: str,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        actor: Actor = LOCAL_OFFICER,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reassessmentDialog")
        self.setWindowTitle(self.tr("Article 7(7) reassessment of valid licences"))
        self.db = db
        self.language = language
        self.actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self._today = today
        self.affected: list[AffectedLicence] = []
        self.licence: LicenceDetail | None = None

        intro = QLabel(
            self.tr(
                "When an embargo is imposed or new information about a destination is recorded, "
                "every valid licence it concerns is listed here. Reassess each one, possibly "
                "after consulting the importing State, and record what you decided: the "
                "licence stands, or is suspended, revoked or amended. Every step is kept in "
                "the licence's history. A licence that an embargo now prohibits cannot stand."
            ),
            self,
        )
        intro.setWordWrap(True)

        self._build_list()

        detail = self._build_detail()

        info = self._build_information(language)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.embargo_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(info)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setSizes([620, 560])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._warned_close = False
        self.conclusion.textChanged.connect(self._typed)
        self.info_text.textChanged.connect(self._typed)
        self.resize(1240, 780)
        self.refresh()

    def _build_list(self) -> None:
        """The affected licences, with Refresh and the embargo data."""
        # The list
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("affectedLicences")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Licence"),
                self.tr("Case"),
                self.tr("Destination"),
                self.tr("Valid until"),
                self.tr("Why it is listed"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.empty = QLabel(self)
        self.empty.setObjectName("nothingToReassess")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshAffected")
        self.refresh_button.clicked.connect(self.refresh)
        self.embargo_button = QPushButton(self.tr("&Embargo data…"), self)
        self.embargo_button.setObjectName("openEmbargoData")
        self.embargo_button.clicked.connect(self.open_embargo_data)
        self.embargo_dialog: EmbargoDataDialog | None = None

    def _build_amend_box(self, detail: QGroupBox) -> None:
        """The amended terms (validity, quantities, conditions), shown by Amend."""
        self.amend_box = QGroupBox(self.tr("Amended terms"), detail)
        self.amend_box.setObjectName("amendBox")
        self.valid_until = QDateEdit(self.amend_box)
        self.valid_until.setObjectName("amendValidUntil")
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.lines = QTableWidget(0, 3, self.amend_box)
        self.lines.setObjectName("amendLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Description"), self.tr("Quantity")]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.conditions = QPlainTextEdit(self.amend_box)
        self.conditions.setObjectName("amendConditions")
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(72)
        self.save_amend = QPushButton(self.tr("Record the &amendment"), self.amend_box)
        self.save_amend.setObjectName("saveAmendment")
        self.save_amend.clicked.connect(self.amend)
        amend_form = QFormLayout(self.amend_box)
        amend_form.addRow(self.tr("Valid until:"), self.valid_until)
        amend_form.addRow(self.tr("Quantities:"), self.lines)
        amend_form.addRow(self.tr("Conditions (one per line):"), self.conditions)
        amend_form.addRow(self.save_amend)
        self.amend_box.setVisible(False)

    def _build_detail(self) -> QGroupBox:
        """The selected licence: why it is listed, the decision buttons and its history."""
        # The selected licence
        detail = QGroupBox(self.tr("Reassess the selected licence"), self)
        self.reasons = QLabel(detail)
        self.reasons.setObjectName("reassessReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conclusion = QPlainTextEdit(detail)
        self.conclusion.setObjectName("reassessConclusion")
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.setPlaceholderText(
            self.tr(
                "Your conclusion and its reasons (what the new information changes, whom you "
                "consulted). It is kept as the reason of the step you record."
            )
        )
        self.conclusion.setFixedHeight(72)
        conclusion_label = QLabel(self.tr("&Conclusion and reasons:"), detail)
        conclusion_label.setBuddy(self.conclusion)
        self.stand_button = QPushButton(self.tr("Licence &stands"), detail)
        self.stand_button.setObjectName("licenceStands")
        self.suspend_button = QPushButton(self.tr("S&uspend"), detail)
        self.suspend_button.setObjectName("suspendLicence")
        self.revoke_button = QPushButton(self.tr("Re&voke"), detail)
        self.revoke_button.setObjectName("revokeLicence")
        self.amend_button = QPushButton(self.tr("&Amend…"), detail)
        self.amend_button.setObjectName("amendLicence")
        self.amend_button.setCheckable(True)
        self.stand_button.clicked.connect(self.let_stand)
        self.suspend_button.clicked.connect(lambda: self.change_status(LicenceStatus.SUSPENDED))
        self.revoke_button.clicked.connect(self.revoke)
        self.amend_button.toggled.connect(self._show_amend)
        self.revoke_confirm = QCheckBox(
            self.tr("I confirm the revocation: a revoked licence cannot be reinstated"), detail
        )
        self.revoke_confirm.setObjectName("confirmRevoke")

        self._build_amend_box(detail)

        self.history = QTableWidget(0, 4, detail)
        self.history.setObjectName("licenceHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Reason")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.outcome = QLabel(detail)
        self.outcome.setObjectName("reassessOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        actions = QHBoxLayout()
        for button in (self.stand_button, self.suspend_button, self.revoke_button):
            actions.addWidget(button)
        actions.addWidget(self.amend_button)
        actions.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.reasons)
        detail_layout.addWidget(conclusion_label)
        detail_layout.addWidget(self.conclusion)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.revoke_confirm)
        detail_layout.addWidget(self.amend_box)
        detail_layout.addWidget(self.outcome)
        detail_layout.addWidget(QLabel(self.tr("History of the licence:"), detail))
        detail_layout.addWidget(self.history, 1)
        return detail

    def _build_information(self, language: str) -> QGroupBox:
        """The form that records new information about a destination."""
        # New information about a destination
        info = QGroupBox(self.tr("Record new information about a destination"), self)
        self.info_country = CountryCombo(language, parent=info)
        self.info_country.setObjectName("infoCountry")
        self.info_text = QPlainTextEdit(info)
        self.info_text.setObjectName("infoText")
        self.info_text.setTabChangesFocus(True)
        self.info_text.setFixedHeight(56)
        self.info_text.setPlaceholderText(
            self.tr("e.g. UN report of abuses by the receiving unit, or a coup d'état")
        )
        self.info_source = QLineEdit(info)
        self.info_source.setObjectName("infoSource")
        self.info_source.setPlaceholderText(self.tr("Source: title, date, reference"))
        self.info_button = QPushButton(self.tr("Record &information"), info)
        self.info_button.setObjectName("recordInformation")
        self.info_button.clicked.connect(self.record_information)
        info_form = QFormLayout(info)
        for text, widget in (
            (self.tr("&State:"), self.info_country),
            (self.tr("&Information:"), self.info_text),
            (self.tr("S&ource:"), self.info_source),
        ):
            label = QLabel(text, info)
            label.setBuddy(widget)
            info_form.addRow(label, widget)
        info_form.addRow(self.info_button)
        return info

    def reject(self) -> None:
        """Closing with an unrecorded conclusion or information warns once."""
        typed = self.conclusion.toPlainText().strip() or self.info_text.toPlainText().strip()
        if typed and not self._warned_close:
            self._warned_close = True
            self._say(
                self.tr(
                    "Your conclusion or information is not recorded yet. Record it, or close "
                    "again to discard it."
                )
            )
            return
        super().reject()

    def _typed(self) -> None:
        self._warned_close = False

    # ------------------------------------------------------------------ reading

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self, keep: int | None = None) -> None:
        """Reload the list (as at today) and reselect ``keep`` (a licence id) if still there."""
        try:
            self.affected = reassessment.affected_licences(self.db, self.today())
        except ServiceError as exc:
            self.affected = []
            self.empty.setText(error_text(exc))
        self.table.setRowCount(len(self.affected))
        for r, a in enumerate(self.affected):
            why = "\n".join(reason.translated(self.language) for reason in a.reasons)
            values = (
                a.number,
                a.reference,
                country_name(a.destination_code, self.language),
                a.valid_until.isoformat(),
                (self.tr("EMBARGO — suspend or revoke.") + "\n" + why) if a.prohibited else why,
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if a.prohibited:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()
        self.empty.setText(
            self.tr("%1 valid licence(s) to reassess as at %2.")
            .replace("%1", str(len(self.affected)))
            .replace("%2", self.today().isoformat())
            if self.affected
            else self.tr("No valid licence needs reassessing as at %1.").replace(
                "%1", self.today().isoformat()
            )
        )
        ids = [a.licence_id for a in self.affected]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        self._select(row)

    def _select(self, row: int) -> None:
        current = self.affected[row] if 0 <= row < len(self.affected) else None
        if current is None:
            if self.licence is None:
                self._enable(False)
                self.reasons.setText(self.tr("Select a licence in the list."))
            return
        self.licence = decisions.get_licence(self.db, current.licence_id)
        lines = [
            self.tr("Licence %1 (%2), version %3, %4.")
            .replace("%1", self.licence.number)
            .replace("%2", self.licence.reference)
            .replace("%3", str(self.licence.version))
            .replace("%4", self._status(self.licence.status))
        ]
        lines += [f"• {r.translated(self.language)}" for r in current.reasons]
        if current.prohibited:
            lines.append(
                self.tr(
                    "An embargo now prohibits this transfer (Article 6): it cannot stand and no "
                    "mitigation lifts it. Suspend or revoke it and stop further shipments."
                )
            )
        self.reasons.setText("\n".join(lines))
        self._enable(True)
        self.stand_button.setEnabled(not current.prohibited)
        self.amend_button.setEnabled(not current.prohibited)
        self._show_licence(self.licence)

    def _status(self, status: LicenceStatus) -> str:
        return {
            LicenceStatus.VALID: self.tr("valid"),
            LicenceStatus.SUSPENDED: self.tr("suspended"),
            LicenceStatus.REVOKED: self.tr("revoked"),
        }.get(status, status.value)

    def _enable(self, on: bool) -> None:
        for w in (
            self.stand_button,
            self.suspend_button,
            self.revoke_button,
            self.amend_button,
            self.conclusion,
            self.revoke_confirm,
        ):
            w.setEnabled(on)

    def _show_licence(self, lic: LicenceDetail) -> None:
        self.history.setRowCount(len(lic.history))
        for r, e in enumerate(lic.history):
            values = (e.occurred_at.strftime("%Y-%m-%d %H:%M"), e.actor_name, e.summary, e.reason)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.history.setItem(r, c, cell)
        header = self.history.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(True)
        self.history.resizeRowsToContents()
        self.valid_until.setDate(_qdate(lic.valid_until))
        self.lines.setRowCount(len(lic.lines))
        for r, line in enumerate(lic.lines):
            no = QTableWidgetItem(str(line.line_no))
            no.setFlags(no.flags() & ~Qt.ItemFlag.ItemIsEditable)
            no.setData(Qt.ItemDataRole.UserRole, line.line_item_id)
            desc = QTableWidgetItem(line.description)
            desc.setFlags(desc.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(r, 0, no)
            self.lines.setItem(r, 1, desc)
            self.lines.setItem(r, 2, QTableWidgetItem(f"{line.quantity.normalize():f}"))
        self.conditions.setPlainText("\n".join(lic.conditions))

    # ------------------------------------------------------------------ acting

    def _reason(self) -> str | None:
        text = self.conclusion.toPlainText().strip()
        if not text:
            self._say(self.tr("Write your conclusion and its reasons first: they are kept."))
            self.conclusion.setFocus()
            return None
        return text

    def _say(self, text: str) -> None:
        self.outcome.setText(text)

    def _done(self, text: str) -> None:
        assert self.licence is not None
        keep = self.licence.id
        self.conclusion.clear()
        self.revoke_confirm.setChecked(False)
        self.amend_button.setChecked(False)
        self.licence = decisions.get_licence(self.db, keep)
        self.refresh(keep)
        if keep not in {a.licence_id for a in self.affected}:
            # Answered: the licence left the list; its history stays on view.
            self._enable(False)
            self.reasons.setText(
                self.tr("Licence %1 is %2 and no longer needs reassessing.")
                .replace("%1", self.licence.number)
                .replace("%2", self._status(self.licence.status))
            )
            self._show_licence(self.licence)
        self._say(text)

    def let_stand(self) -> None:
        reason = self._reason()
        if reason is None or self.licence is None:
            return
        number = self.licence.number
        try:
            reassessment.record_reassessment(
                self.db, self.licence.id, conclusion=reason, actor=self.actor, on_date=self.today()
            )
        except ServiceError as exc:
            self._say(self.tr("Not recorded: %1").replace("%1", _error_text(exc)))
            return
        self._done(self.tr("Recorded: licence %1 stands.").replace("%1", number))

    def revoke(self) -> None:
        if not self.revoke_confirm.isChecked():
            self._say(self.tr("Tick the confirmation first: a revocation cannot be undone."))
            self.revoke_confirm.setFocus()
            return
        self.change_status(LicenceStatus.REVOKED)

    def change_status(self, status: LicenceStatus) -> None:
        reason = self._reason()
        if reason is None or self.licence is None:
            return
        number = self.licence.number
        try:
            decisions.change_licence_status(
                self.db,
                self.licence.id,
                status,
                reason=reason,
                expected_version=self.licence.version,
                actor=self.actor,
                on_date=self.today(),
            )
        except ServiceError as exc:
            self._say(self.tr("Not recorded: %1").replace("%1", _error_text(exc)))
            return
        self._done(
            self.tr("Recorded: licence %1 is now %2.")
            .replace("%1", number)
            .replace("%2", self._status(status))
        )

    def _show_amend(self, on: bool) -> None:
        self.amend_box.setVisible(on)

    def amend(self) -> None:
        reason = self._reason()
        if reason is None or self.licence is None:
            return
        lines = []
        for r in range(self.lines.rowCount()):
            no = self.lines.item(r, 0)
            qty = self.lines.item(r, 2)
            text = qty.text().strip() if qty is not None else ""
            try:
                quantity = Decimal(text)
            except InvalidOperation:
                self._say(
                    self.tr("Line %1: %2 is not a number.")
                    .replace("%1", no.text() if no is not None else str(r + 1))
                    .replace("%2", repr(text))
                )
                return
            item_id = int(no.data(Qt.ItemDataRole.UserRole)) if no is not None else 0
            old = next(x for x in self.licence.lines if x.line_item_id == item_id)
            lines.append(LicenceLineTerms(item_id, quantity, old.value, old.currency))
        terms = LicenceTerms(
            valid_from=self.licence.valid_from,
            valid_until=_pydate(self.valid_until.date()),
            lines=tuple(lines),
            conditions=tuple(
                c.strip() for c in self.conditions.toPlainText().splitlines() if c.strip()
            ),
        )
        number = self.licence.number
        try:
            decisions.amend_licence(
                self.db,
                self.licence.id,
                terms,
                reason=reason,
                expected_version=self.licence.version,
                actor=self.actor,
            )
            # The amendment answers the reasons that listed the licence.
            reassessment.record_reassessment(
                self.db,
                self.licence.id,
                conclusion=reason,
                actor=self.actor,
                on_date=self.today(),
            )
        except ServiceError as exc:
            self._say(self.tr("Not recorded: %1").replace("%1", _error_text(exc)))
            return
        self._done(self.tr("Recorded: licence %1 amended.").replace("%1", number))

    def record_information(self) -> None:
        source = self.info_source.text().strip()
        try:
            affected = reassessment.record_destination_information(
                self.db,
                self.info_country.code(),
                self.info_text.toPlainText(),
                [source] if source else [],
                self.actor,
                on_date=self.today(),
            )
        except ServiceError as exc:
            self._say(
                self.tr("The information was not recorded: %1").replace("%1", error_text(exc))
            )
            return
        self.info_text.clear()
        self.info_source.clear()
        self.refresh()
        self._say(
            self.tr("Information recorded; %1 valid licence(s) concern that State.").replace(
                "%1", str(len(affected))
            )
        )

    def open_embargo_data(self) -> EmbargoDataDialog:
        if self.embargo_dialog is None:
            self.embargo_dialog = EmbargoDataDialog(
                self.db, self.language, self, prompter=self._prompter, actor=self.actor
            )
            self.embargo_dialog.changed.connect(self.refresh)
        self.embargo_dialog.show()
        return self.embargo_dialog


def open_reassessment(
    db: Database,
    language: str,
    parent: QWidget | None = None,
    *,
    prompter: Prompter | None = None,
    actor: Actor = LOCAL_OFFICER,
) -> ReassessmentDialog:
    """Build, show and return the Article 7(7) window (non-modal; deleted when closed)."""
    dialog = ReassessmentDialog(db, language, parent, prompter=prompter, actor=actor)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


def open_embargo_data(
    db: Database,
    language: str,
    parent: QWidget | None = None,
    *,
    prompter: Prompter | None = None,
    actor: Actor = LOCAL_OFFICER,
) -> EmbargoDataDialog:
    """Build, show and return the embargo data window (non-modal; deleted when closed)."""
    dialog = EmbargoDataDialog(db, language, parent, prompter=prompter, actor=actor)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


__all__ = [
    "EmbargoDataDialog",
    "ReassessmentDialog",
    "open_embargo_data",
    "open_reassessment",
]
