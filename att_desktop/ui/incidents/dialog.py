"""The incident form: what happened, licences and parties, items, responses, States
informed. Saving goes through ``services.incidents``; its field errors are listed below
the tabs, and a response that suspends or revokes a licence is confirmed first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.domain.countries import country_name
from att_desktop.domain.incidents import (
    IncidentItem,
    IncidentKind,
    IncidentParty,
    IncidentResponse,
    IncidentSource,
    IncidentStatus,
    ResponseKind,
    StateInformed,
)
from att_desktop.services import incidents
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.services.incident_licences import LicenceChoice, licence_choices
from att_desktop.services.incidents import IncidentInput, IncidentView
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import licence_status_label
from att_desktop.ui.incidents.labels import kind_label, response_label, source_label
from att_desktop.ui.incidents.licence_search import LicenceSearchCombo
from att_desktop.ui.incidents.rows import (
    Column,
    RowsEditor,
    choice_combo,
    date_edit,
    pydate,
    qdate,
)
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.widgets.country_combo import CountryCombo, NoWheelComboBox, line_edit


class IncidentDialog(QDialog):
    """New or edit: ``saved`` carries the incident as recorded and whether it is new."""

    saved = Signal(object, bool)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, incident: IncidentView | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.ctx = ctx
        self.incident = incident
        self.setWindowTitle(
            self.tr("New diversion or breach incident")
            if incident is None
            else self.tr("Incident %1").replace("%1", incident.number)
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("incidentTabs")
        self.tabs.addTab(self._facts_tab(), self.tr("&What happened"))
        self.tabs.addTab(self._licences_tab(), self.tr("&Licences and parties"))
        self.tabs.addTab(self._items_tab(), self.tr("&Items"))
        self.tabs.addTab(self._responses_tab(), self.tr("Res&ponses"))
        self.tabs.addTab(self._states_tab(), self.tr("States i&nformed"))
        self.errors = QLabel(self)
        self.errors.setObjectName("incidentErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #a11;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        if incident is not None:
            self._load(incident)
            if incident.status is IncidentStatus.CLOSED:
                self._read_only(incident)

    # --- building ---------------------------------------------------------------------------

    def _facts_tab(self) -> QWidget:
        page = QWidget(self)
        self.kind = NoWheelComboBox(page)
        self.kind.setObjectName("incidentKind")
        for kind in IncidentKind:
            self.kind.addItem(kind_label(kind), kind)
        self.source = NoWheelComboBox(page)
        self.source.setObjectName("incidentSource")
        for source in IncidentSource:
            self.source.addItem(source_label(source), source)
        self.source_reference = QLineEdit(page)
        self.source_reference.setObjectName("incidentSourceReference")
        self.source_reference.setPlaceholderText(self.tr("e.g. note verbale, seizure record"))
        today = date.today()
        self.occurred_known = QCheckBox(self.tr("Kn&own:"), page)
        self.occurred_known.setObjectName("incidentOccurredKnown")
        self.occurred_known.setChecked(True)
        self.occurred_on = date_edit(page, today)
        self.occurred_on.setObjectName("incidentOccurredOn")
        self.occurred_known.toggled.connect(self.occurred_on.setEnabled)
        occurred = QHBoxLayout()
        occurred.addWidget(self.occurred_known)
        occurred.addWidget(self.occurred_on)
        occurred.addStretch(1)
        self.learned_on = date_edit(page, today)
        self.learned_on.setObjectName("incidentLearnedOn")
        self.country = CountryCombo(self.ctx.language, parent=page)
        self.country.setObjectName("incidentCountry")
        self.description = QPlainTextEdit(page)
        self.description.setObjectName("incidentDescription")
        self.description.setTabChangesFocus(True)
        form = QFormLayout(page)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("Source &reference:"), self.source_reference)
        form.addRow(self.tr("Date of the incident:"), occurred)
        form.addRow(self.tr("Date l&earned:"), self.learned_on)
        form.addRow(self.tr("&Country where it happened:"), self.country)
        form.addRow(self.tr("&Description:"), self.description)
        return page

    def _country_combo(self, parent: QWidget) -> QWidget:
        return CountryCombo(self.ctx.language, parent=parent)

    def _search_licences(self, text: str) -> Callable[[], list[LicenceChoice]]:
        """The search for ``text`` (limited, indexed) that a picker runs on a worker thread;
        the database is read here, on the GUI thread, as for every op."""
        db = self.ctx.db
        return lambda: licence_choices(db, text)

    def _licence_search(
        self, parent: QWidget, describe: Callable[[LicenceChoice], str]
    ) -> LicenceSearchCombo:
        return LicenceSearchCombo(
            self._search_licences,
            describe,
            self.ctx.prompter,
            error_title=self.tr("Cannot search the licences"),
            parent=parent,
        )

    def _licence_combo(self, parent: QWidget) -> QComboBox:
        combo = self._licence_search(parent, lambda c: c.number)
        combo.setMinimumContentsLength(16)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _describe_licence(self, c: LicenceChoice) -> str:
        where = country_name(c.destination_code, self.ctx.language)
        return f"{c.number} — {c.reference} ({where}, {licence_status_label(c.status)})"

    def _licences_tab(self) -> QWidget:
        page = QWidget(self)
        self.licence_picker = self._licence_search(page, self._describe_licence)
        self.licence_picker.setObjectName("incidentLicencePicker")
        # The first licences, valid ones first, until something is typed (a response's
        # licence box searches when it is first entered).
        self.licence_picker.search_now("")
        line_edit(self.licence_picker).setPlaceholderText(
            self.tr("Licence number, case reference or destination")
        )
        add = QPushButton(self.tr("&Add licence"), page)
        add.setObjectName("incidentAddLicence")
        add.clicked.connect(self.add_picked_licence)
        remove = QPushButton(self.tr("Remo&ve licence"), page)
        remove.setObjectName("incidentRemoveLicence")
        self.licence_list = QListWidget(page)
        self.licence_list.setObjectName("incidentLicences")
        remove.clicked.connect(lambda: self.licence_list.takeItem(self.licence_list.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.licence_picker, 1)
        row.addWidget(add)
        row.addWidget(remove)
        self.parties = RowsEditor(
            "incidentParties",
            (
                Column(self.tr("Name (as the source gives it)"), stretch=True),
                Column(self.tr("Country"), self._country_combo),
            ),
            self.tr("Add pa&rty"),
            self.tr("Remove part&y"),
            page,
        )
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Licences involved (by number):"), page))
        layout.addLayout(row)
        layout.addWidget(self.licence_list, 1)
        note = QLabel(
            self.tr(
                "Parties involved: valid licences of cases with a matching party (similar "
                "name, same country) are put up for reassessment too."
            ),
            page,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.parties, 2)
        return page

    def _items_tab(self) -> QWidget:
        self.items = RowsEditor(
            "incidentItems",
            (
                Column(self.tr("Items involved"), stretch=True),
                Column(self.tr("ATT category (e.g. VIII.SA.4)")),
            ),
            self.tr("Add ite&m"),
            self.tr("Remove i&tem"),
            self,
        )
        return self.items

    def _responses_tab(self) -> QWidget:
        kinds = [(response_label(k), k) for k in ResponseKind]
        self.responses = RowsEditor(
            "incidentResponses",
            (
                Column(self.tr("Response"), lambda p: choice_combo(p, kinds)),
                Column(self.tr("Date"), lambda p: date_edit(p, date.today())),
                Column(self.tr("Licence"), self._licence_combo),
                Column(self.tr("Referred to (Art. 14)")),
                Column(self.tr("Note"), stretch=True),
            ),
            self.tr("Add r&esponse"),
            self.tr("Remove respon&se"),
            self,
        )
        return self.responses

    def _states_tab(self) -> QWidget:
        self.states = RowsEditor(
            "incidentStates",
            (
                Column(self.tr("State informed"), self._country_combo),
                Column(self.tr("Date"), lambda p: date_edit(p, date.today())),
                Column(self.tr("Channel"), stretch=True),
            ),
            self.tr("Add &State"),
            self.tr("Remove St&ate"),
            self,
        )
        return self.states

    def _read_only(self, view: IncidentView) -> None:
        """A closed incident is shown as it was closed: the service refuses edits, so the
        form offers none (there is no reopening; new facts are a new incident)."""
        self.setWindowTitle(self.tr("Incident %1 (closed)").replace("%1", view.number))
        for n in range(self.tabs.count()):
            page = self.tabs.widget(n)
            if page is not None:
                page.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        closed_on = view.closed_on.isoformat() if view.closed_on else "—"
        self.errors.setStyleSheet("")
        self.errors.setText(
            self.tr(
                "This incident was closed on %1 and can no longer be edited. Record what "
                "has been learned since as a new incident."
            ).replace("%1", closed_on)
        )

    @property
    def read_only(self) -> bool:
        return self.incident is not None and self.incident.status is IncidentStatus.CLOSED

    # --- values -----------------------------------------------------------------------------

    def add_picked_licence(self) -> None:
        number = self.licence_picker.number()
        existing = {self.licence_list.item(n).text() for n in range(self.licence_list.count())}
        if number and number not in existing:
            self.licence_list.addItem(number)
        self.licence_picker.setCurrentIndex(-1)
        self.licence_picker.setEditText("")

    def prefill_from_visit(
        self,
        *,
        licence_number: str,
        country_code: str,
        found_on: date | None,
        findings: str,
        visitors: str,
    ) -> None:
        """A verification visit found a breach: start the incident from what it recorded."""
        self.kind.setCurrentIndex(self.kind.findData(IncidentKind.END_USE_BREACH))
        self.source.setCurrentIndex(self.source.findData(IncidentSource.POST_SHIPMENT_VERIFICATION))
        if found_on is not None:
            self.occurred_known.setChecked(True)
            self.occurred_on.setDate(qdate(found_on))
            self.learned_on.setDate(qdate(found_on))
        self.country.set_code(country_code)
        who = self.tr("Verification visit (%1): ").replace("%1", visitors) if visitors else ""
        self.description.setPlainText(who + findings)
        if licence_number:
            self.licence_list.addItem(licence_number)

    def _load(self, view: IncidentView) -> None:
        self.kind.setCurrentIndex(self.kind.findData(view.kind))
        self.source.setCurrentIndex(self.source.findData(view.source))
        self.source_reference.setText(view.source_reference)
        self.occurred_known.setChecked(view.occurred_on is not None)
        if view.occurred_on is not None:
            self.occurred_on.setDate(qdate(view.occurred_on))
        self.learned_on.setDate(qdate(view.learned_on))
        self.country.set_code(view.country_code)
        self.description.setPlainText(view.description)
        for number in view.licence_numbers:
            self.licence_list.addItem(number)
        for party in view.parties:
            row = self.parties.add_row()
            self.parties.set_text(row, 0, party.name)
            country = self.parties.cell(row, 1)
            if isinstance(country, CountryCombo):
                country.set_code(party.country_code)
        for item in view.items:
            row = self.items.add_row()
            self.items.set_text(row, 0, item.description)
            self.items.set_text(row, 1, item.att_category)
        for r in view.responses:
            self._load_response(r)
        for s in view.states_informed:
            row = self.states.add_row()
            country = self.states.cell(row, 0)
            if isinstance(country, CountryCombo):
                country.set_code(s.country_code)
            when = self.states.cell(row, 1)
            if when is not None and hasattr(when, "setDate"):
                when.setDate(qdate(s.informed_on))
            self.states.set_text(row, 2, s.channel)

    def _load_response(self, r: IncidentResponse) -> None:
        row = self.responses.add_row()
        kind = self.responses.cell(row, 0)
        if isinstance(kind, QComboBox):
            kind.setCurrentIndex(kind.findData(r.kind))
        when = self.responses.cell(row, 1)
        if when is not None and hasattr(when, "setDate"):
            when.setDate(qdate(r.on_date))
        licence = self.responses.cell(row, 2)
        if isinstance(licence, QComboBox):
            licence.setEditText(r.licence_number)
        self.responses.set_text(row, 3, r.referred_to)
        self.responses.set_text(row, 4, r.note)

    def value(self) -> IncidentInput:
        """What the form says, as the service takes it."""
        p, i, r, s = self.parties, self.items, self.responses, self.states
        return IncidentInput(
            kind=IncidentKind(self.kind.currentData()),
            source=IncidentSource(self.source.currentData()),
            source_reference=self.source_reference.text(),
            occurred_on=(
                pydate(self.occurred_on.date()) if self.occurred_known.isChecked() else None
            ),
            learned_on=pydate(self.learned_on.date()),
            description=self.description.toPlainText(),
            country_code=self.country.code(),
            licence_numbers=tuple(
                self.licence_list.item(n).text() for n in range(self.licence_list.count())
            ),
            parties=tuple(IncidentParty(p.text(n, 0), p.code(n, 1)) for n in range(p.rows())),
            items=tuple(IncidentItem(i.text(n, 0), i.text(n, 1)) for n in range(i.rows())),
            responses=tuple(
                IncidentResponse(
                    ResponseKind(str(r.combo_data(n, 0))),
                    r.day(n, 1),
                    r.combo_text(n, 2),
                    r.text(n, 3),
                    r.text(n, 4),
                )
                for n in range(r.rows())
            ),
            states_informed=tuple(
                StateInformed(s.code(n, 0), s.day(n, 1), s.text(n, 2)) for n in range(s.rows())
            ),
        )

    # --- saving -----------------------------------------------------------------------------

    def _confirmed(self, inp: IncidentInput) -> IncidentInput | None:
        """Ask before a licence is suspended or revoked (irreversible without a decision);
        the reason given becomes the response's note. None when the person cancelled."""
        before = self.incident.responses if self.incident is not None else ()
        responses = list(inp.responses)
        for n, r in enumerate(responses):
            if not r.kind.changes_licence or r in before:
                continue
            answer = self.ctx.prompter.ask_text(
                self,
                self.tr("Change licence %1?").replace("%1", r.licence_number),
                self.tr(
                    "Saving will make licence %1 %2 at once (Article 7(7)); the licence's "
                    "history keeps it. Say why to go ahead:"
                )
                .replace("%1", r.licence_number)
                .replace("%2", response_label(r.kind).lower()),
                r.note,
            )
            if answer is None or not answer.strip():
                return None
            responses[n] = IncidentResponse(
                r.kind, r.on_date, r.licence_number, r.referred_to, answer.strip()
            )
        return IncidentInput(**{**inp.__dict__, "responses": tuple(responses)})

    def save(self) -> IncidentView | None:
        if self.read_only:
            return None
        self.errors.clear()
        inp = self._confirmed(self.value())
        if inp is None:
            return None
        actor = self.ctx.actor()
        try:
            if self.incident is None:
                view = incidents.record_incident(self.ctx.db, inp, actor)
            else:
                view = incidents.update_incident(
                    self.ctx.db,
                    self.incident.id,
                    inp,
                    actor,
                    expected_version=self.incident.version,
                )
        except ValidationFailed as exc:
            self.errors.setText(
                self.tr("Not saved. Please correct:")
                + "\n"
                + "\n".join(f"• {e.field}: {field_text(e)}" for e in exc.errors)
            )
            return None
        except ServiceError as exc:
            self.errors.setText(self.tr("Not saved: %1").replace("%1", error_text(exc)))
            return None
        created = self.incident is None
        self.incident = view
        self.saved.emit(view, created)
        self.accept()
        return view
