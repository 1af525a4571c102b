"""The New / Edit application dialog.

It turns what the officer typed into an ``ApplicationInput``, asks the domain to validate it and
the case service to save it, and shows every refusal next to the field concerned. It decides
nothing about the treaty itself: required fields and rules live in
``att_desktop.domain.validation``; this dialog only displays their verdict. Nothing typed is
ever cleared by a refusal: the dialog stays open with every value in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from att_desktop.db.engine import Database
from att_desktop.domain.application import (
    ApplicationInput,
    OrganisationInput,
    normalise_application,
)
from att_desktop.domain.categories import load_categories
from att_desktop.domain.control_list import picker_ratings
from att_desktop.domain.countries import country_name
from att_desktop.domain.enums import CaseStatus, TransferType
from att_desktop.domain.validation import FieldError, validate_application
from att_desktop.services.cases import (
    create_application,
    list_organisations,
    update_application,
)
from att_desktop.services.dto import LOCAL_OFFICER, Actor, CaseDetail, OrganisationView
from att_desktop.services.errors import ConcurrentEditError, ServiceError, ValidationFailed
from att_desktop.ui.field_errors import (
    ERROR_COLOUR,
    ERROR_STYLE,
    ErrorSummary,
    FieldSlot,
    FieldTarget,
    resolve,
    set_field_error,
    translate_message,
)
from att_desktop.ui.i18n import status_label, transfer_type_label
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.widgets.country_combo import (
    CountryCombo,
    NoWheelComboBox,
    build_country_model,
    line_edit,
)
from att_desktop.ui.widgets.country_list import CountryListEditor
from att_desktop.ui.widgets.items_editor import ItemsEditor
from att_desktop.ui.widgets.parties_table import PartiesEditor
from att_desktop.ui.widgets.screen_fit import fitted_size

#: Asked before unsaved input is thrown away; returns True to discard. Tests pass their own.
ConfirmDiscard = Callable[[QWidget], bool]

EARLIEST_DATE = QDate(1950, 1, 1)


def ask_discard_changes(parent: QWidget) -> bool:
    """The real question, as a modal message box."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ApplicationDialog", "Discard changes?"),
        QCoreApplication.translate(
            "ApplicationDialog",
            "You have changed this application without saving. Close it and lose your changes?",
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ApplicationDialog(QDialog):
    """Register a new application, or edit one (``original``), field by field."""

    def __init__(
        self,
        db: Database,
        language: str,
        original: CaseDetail | None = None,
        parent: QWidget | None = None,
        *,
        confirm_discard: ConfirmDiscard = ask_discard_changes,
        actor: Actor = LOCAL_OFFICER,
    ) -> None:
        super().__init__(parent)
        self._db = db
        #: Who saves: the signed-in person (the services check their role).
        self.actor = actor
        self._language = language
        self.original = original
        self.saved_case: CaseDetail | None = None
        #: Replaceable question asked before discarding unsaved input.
        self.confirm_discard = confirm_discard
        self._marked: list[FieldTarget] = []
        self._organisations: list[OrganisationView] = list_organisations(db)
        self._countries = build_country_model(language, self)
        catalogue = load_categories()
        ratings = picker_ratings()  # issue 16: the EU Common Military List with sub-entries

        self.setObjectName("ApplicationDialog")
        self._line_height = QLineEdit().sizeHint().height()
        self.setStyleSheet(ERROR_STYLE)
        self.setSizeGripEnabled(True)
        if original is None:
            self.setWindowTitle(self.tr("New application"))
        else:
            self.setWindowTitle(self.tr("Edit application %1").replace("%1", original.reference))

        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(
            "QLabel#banner { background: #fff4e5; border: 1px solid #f0b429; border-radius: 4px;"
            " padding: 8px; color: #5c3c00; }"
        )
        self.banner.hide()
        self.summary = ErrorSummary(self)
        self.summary.fieldActivated.connect(self.go_to_field)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_general_page(), self.tr("&Application"))
        self.parties = PartiesEditor(language, self._countries)
        self.transit = CountryListEditor(language, self._countries)
        self.tabs.addTab(self._build_parties_page(), self.tr("&Parties and transit"))
        self.items = ItemsEditor(language, catalogue, ratings, self._countries)
        self.tabs.addTab(self.items, self.tr("&Line items"))

        reason_row = self._build_reason_row(original)

        bottom = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(reason_row)
        layout.addLayout(bottom)

        for keys in (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return"),
                     QKeySequence("Ctrl+Enter")):  # fmt: skip
            QShortcut(keys, self, self.save)

        self._load(original.to_input() if original is not None else None)
        for editor in (self.parties, self.transit, self.items):
            editor.changed.connect(self.clear_errors)
        self._set_header()
        self._initial_state = self._raw_state()
        self.resize(fitted_size(self, QSize(1140, 760)))
        self.transfer_type.setFocus()

    def _build_reason_row(self, original: CaseDetail | None) -> QFormLayout:
        """Why a case is changed: shown when editing, required once registered."""
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Optional; recorded in the case history"))
        self.reason_slot = FieldSlot(self.reason, None, self)
        reason_row = QFormLayout()
        reason_label = QLabel(self.tr("Reason for c&hange:"), self)
        reason_label.setBuddy(self.reason)
        reason_row.addRow(reason_label, self.reason_slot)
        reason_label.setVisible(original is not None)
        self.reason_slot.setVisible(original is not None)
        if original is not None and original.status is not CaseStatus.DRAFT:
            self.reason.setPlaceholderText(
                self.tr("Required: why the registered case is corrected (kept in the history)")
            )
        return reason_row

    def _build_buttons(self) -> QHBoxLayout:
        """Save and Cancel, with the legend for required fields."""
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        legend = QLabel(self.tr("* required"), self)
        legend.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(legend)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        return bottom

    # --- building ------------------------------------------------------------------------

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        return form

    def _row(self, form: QFormLayout, caption: str, field: QWidget) -> FieldSlot:
        slot = FieldSlot(field)
        label = QLabel(caption)
        label.setBuddy(field)
        # Keep the caption level with the field, not centred on the message that may appear
        # under it: a fixed-height label sits at the top of its row.
        label.setFixedHeight(min(field.sizeHint().height(), self._line_height))
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, slot)
        return slot

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(EARLIEST_DATE, QDate.currentDate())
        edit.setDate(QDate.currentDate())
        return edit

    def _build_general_page(self) -> QWidget:
        transfer = self._build_transfer_box()

        applicant = self._build_applicant_box()

        euc = self._build_euc_box()

        left = QVBoxLayout()
        left.addWidget(transfer)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(applicant)
        right.addWidget(euc)
        right.addStretch(1)
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        QWidget.setTabOrder(self.transfer_type, self.received_on)
        for first, second in (
            (self.received_on, self.destination),
            (self.destination, self.exporting),
            (self.exporting, self.end_use),
            (self.end_use, self.organisation),
            (self.organisation, self.applicant_country),
            (self.applicant_country, self.registration),
            (self.registration, self.address),
            (self.address, self.euc_number),
            (self.euc_number, self.euc_issuer),
            (self.euc_issuer, self.euc_dated),
            (self.euc_dated, self.euc_date),
        ):
            QWidget.setTabOrder(first, second)
        return scroll

    def _build_transfer_box(self) -> QGroupBox:
        """The kind of transfer, when it was received, where it goes, and its end use."""
        self.transfer_type = NoWheelComboBox(self)
        for kind in TransferType:
            self.transfer_type.addItem(transfer_type_label(kind), kind.value)
        self.received_on = self._date_edit()
        self.destination = CountryCombo(self._language, self._countries, self)
        self.exporting = CountryCombo(self._language, self._countries, self)
        line_edit(self.exporting).setPlaceholderText(
            self.tr("Required for import, transit and trans-shipment")
        )
        self.end_use = QPlainTextEdit(self)
        self.end_use.setTabChangesFocus(True)
        self.end_use.setPlaceholderText(self.tr("e.g. Equipment of the national army"))
        self.end_use.setFixedHeight(84)

        transfer = QGroupBox(self.tr("Transfer"), self)
        form = self._form(transfer)
        self.slots: dict[str, FieldSlot] = {}
        self.slots["transfer_type"] = self._row(
            form, self.tr("&Type of transfer *"), self.transfer_type
        )
        self.slots["received_on"] = self._row(form, self.tr("Date &received *"), self.received_on)
        self.slots["destination_code"] = self._row(
            form, self.tr("&Destination (final importing State) *"), self.destination
        )
        self.slots["exporting_code"] = self._row(form, self.tr("E&xporting State"), self.exporting)
        self.slots["intended_end_use"] = self._row(form, self.tr("Intended &end use"), self.end_use)
        return transfer

    def _build_applicant_box(self) -> QGroupBox:
        """The applicant: a known organisation (completed as typed) or a new one."""
        self.organisation = NoWheelComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for org in self._organisations:
            self.organisation.addItem(org.name, org.id)
        self.organisation.setCurrentIndex(-1)
        line_edit(self.organisation).setPlaceholderText(
            self.tr("Choose a known organisation or type a new name")
        )
        completer = QCompleter(self.organisation.model(), self.organisation)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organisation.setCompleter(completer)
        self.organisation.activated.connect(self._organisation_chosen)
        self.applicant_country = CountryCombo(self._language, self._countries, self)
        self.registration = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)

        applicant = QGroupBox(self.tr("Applicant (exporter, importer or broker)"), self)
        form = self._form(applicant)
        self.slots["applicant.name"] = self._row(form, self.tr("&Name *"), self.organisation)
        self.slots["applicant.country_code"] = self._row(
            form, self.tr("C&ountry *"), self.applicant_country
        )
        self.slots["applicant.registration_number"] = self._row(
            form, self.tr("Re&gistration number"), self.registration
        )
        self.slots["applicant.address"] = self._row(form, self.tr("Addre&ss"), self.address)
        return applicant

    def _build_euc_box(self) -> QGroupBox:
        """The end-user certificate: number, issuer and (if dated) its date."""
        self.euc_number = QLineEdit(self)
        self.euc_issuer = QLineEdit(self)
        self.euc_issuer.setPlaceholderText(self.tr("e.g. Ministry of Defence"))
        self.euc_dated = QCheckBox(self.tr("Dated"), self)
        self.euc_date = self._date_edit()
        self.euc_date.setEnabled(False)
        self.euc_dated.toggled.connect(self.euc_date.setEnabled)
        euc_date_row = QWidget(self)
        euc_date_layout = QHBoxLayout(euc_date_row)
        euc_date_layout.setContentsMargins(0, 0, 0, 0)
        euc_date_layout.addWidget(self.euc_dated)
        euc_date_layout.addWidget(self.euc_date, 1)

        euc = QGroupBox(self.tr("End-user certificate (optional)"), self)
        form = self._form(euc)
        self.slots["euc_number"] = self._row(form, self.tr("Certificate n&umber"), self.euc_number)
        self.slots["euc_issuer"] = self._row(form, self.tr("&Issued by"), self.euc_issuer)
        self.slots["euc_date"] = self._row(form, self.tr("Certificate da&te"), euc_date_row)
        self.slots["euc_date"].field = self.euc_date
        return euc

    def _build_parties_page(self) -> QWidget:
        parties = QGroupBox(self.tr("Parties"), self)
        hint = QLabel(
            self.tr(
                "Everyone the items pass through or end with: the end user, consignees, "
                "intermediate consignees and brokers."
            ),
            parties,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        box = QVBoxLayout(parties)
        box.addWidget(hint)
        box.addWidget(self.parties)
        self.parties_message = self._summary_line(box)

        transit = QGroupBox(self.tr("Transit and trans-shipment States"), self)
        box = QVBoxLayout(transit)
        transit_hint = QLabel(
            self.tr("States the items cross on their way, in route order."), transit
        )
        transit_hint.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(transit_hint)
        box.addWidget(self.transit)
        self.transit.list.setMaximumHeight(110)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(parties, 3)
        layout.addWidget(transit, 1)
        return page

    def _summary_line(self, layout: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        label.setObjectName("fieldMessage")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        return label

    # --- content -------------------------------------------------------------------------

    def _set_header(self) -> None:
        if self.original is None:
            text = self.tr("A reference number is given when the application is first saved.")
        else:
            text = (
                self.tr("Editing %1 · status: %2 · registered %3")
                .replace("%1", self.original.reference)
                .replace("%2", status_label(self.original.status))
                .replace("%3", self.original.received_on.isoformat())
            )
        self.header.setText(text)
        self.header.setStyleSheet("color: palette(placeholder-text);")

    def _load(self, inp: ApplicationInput | None) -> None:
        if inp is None:
            self.parties.set_parties(())
            self.items.set_items(())
            return
        self.transfer_type.setCurrentIndex(self.transfer_type.findData(inp.transfer_type.value))
        self.received_on.setDate(_to_qdate(inp.received_on))
        self.destination.set_code(inp.destination_code)
        self.exporting.set_code(inp.exporting_code)
        self.end_use.setPlainText(inp.intended_end_use)
        index = self.organisation.findText(inp.applicant.name, Qt.MatchFlag.MatchExactly)
        self.organisation.setCurrentIndex(index)
        self.organisation.setEditText(inp.applicant.name)
        self.applicant_country.set_code(inp.applicant.country_code)
        self.registration.setText(inp.applicant.registration_number)
        self.address.setPlainText(inp.applicant.address)
        self.euc_number.setText(inp.euc_number)
        self.euc_issuer.setText(inp.euc_issuer)
        self.euc_dated.setChecked(inp.euc_date is not None)
        if inp.euc_date is not None:
            self.euc_date.setDate(_to_qdate(inp.euc_date))
        self.parties.set_parties(inp.parties)
        self.transit.set_codes(inp.transit_codes)
        self.items.set_items(inp.items)

    def _organisation_chosen(self, index: int) -> None:
        """Fill in what the register already knows about the chosen organisation."""
        org_id = self.organisation.itemData(index)
        for org in self._organisations:
            if org.id == org_id:
                self.applicant_country.set_code(org.country_code)
                self.registration.setText(org.registration_number)
                self.address.setPlainText(org.address)
                return

    def _raw_state(self) -> tuple[Any, ...]:
        """Everything as typed, to tell whether closing would lose anything."""
        return (
            self.transfer_type.currentData(),
            self.received_on.date().toString(Qt.DateFormat.ISODate),
            self.destination.currentText(),
            self.exporting.currentText(),
            self.end_use.toPlainText(),
            self.organisation.currentText(),
            self.applicant_country.currentText(),
            self.registration.text(),
            self.address.toPlainText(),
            self.euc_number.text(),
            self.euc_issuer.text(),
            self.euc_dated.isChecked(),
            self.euc_date.date().toString(Qt.DateFormat.ISODate),
            self.parties.raw_state(),
            self.transit.raw_state(),
            self.items.raw_state(),
            self.reason.text(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._raw_state() != self._initial_state

    def collect(self) -> tuple[ApplicationInput, list[FieldError]]:
        """The input as typed, plus the problems found while reading it (unreadable numbers,
        countries not in the list). Unreadable values are replaced by harmless stand-ins so
        the rest can still be validated in the same pass."""
        problems: list[FieldError] = []

        def country(combo: CountryCombo, path: str) -> str:
            if combo.has_unknown_text():
                problems.append(
                    FieldError(
                        path,
                        self.tr(
                            "'%1' is not in the list of countries; choose one from the list"
                        ).replace("%1", combo.currentText().strip()),
                    )
                )
            return combo.code()

        applicant = OrganisationInput(
            name=self.organisation.currentText().strip(),
            country_code=country(self.applicant_country, "applicant.country_code"),
            registration_number=self.registration.text().strip(),
            address=self.address.toPlainText().strip(),
        )
        destination = country(self.destination, "destination_code")
        exporting = country(self.exporting, "exporting_code")
        pending = self.transit.pending_problem("transit_codes.pending")
        if pending is not None:
            problems.append(pending)
        parties = self.parties.parties(problems)
        items = self.items.items(problems)
        inp = ApplicationInput(
            transfer_type=TransferType(str(self.transfer_type.currentData())),
            applicant=applicant,
            destination_code=destination,
            received_on=_to_date(self.received_on.date()),
            parties=parties,
            items=items,
            transit_codes=self.transit.codes(),
            exporting_code=exporting,
            intended_end_use=self.end_use.toPlainText().strip(),
            euc_number=self.euc_number.text().strip(),
            euc_issuer=self.euc_issuer.text().strip(),
            euc_date=_to_date(self.euc_date.date()) if self.euc_dated.isChecked() else None,
        )
        return inp, problems

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and save; on any refusal show why and keep every value. True if saved."""
        self.banner.hide()
        inp, problems = self.collect()
        unreadable = {p.field for p in problems}
        errors = problems + [
            e for e in validate_application(normalise_application(inp)) if e.field not in unreadable
        ]
        if errors:
            self.show_errors(errors)
            return False
        try:
            if self.original is None:
                saved = create_application(self._db, inp, actor=self.actor)
            else:
                saved = update_application(
                    self._db,
                    self.original,
                    inp,
                    reason=self.reason.text().strip(),
                    actor=self.actor,
                )
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except ConcurrentEditError as exc:
            self.show_errors([])
            self._show_banner(self._conflict_text(exc), error_text(exc))
            return False
        except ServiceError as exc:
            self.show_errors([])
            self._show_banner(error_text(exc))
            return False
        self.saved_case = saved
        self._initial_state = self._raw_state()
        self.accept()
        return True

    def _conflict_text(self, exc: ConcurrentEditError) -> str:
        names = ", ".join(self._field_caption(f) for f in exc.changed_fields)
        if not names:
            names = self.tr("its status")
        text = self.tr(
            "Not saved: someone else changed this case after you opened it (%1). "
            "Your input is still here. Copy what you need, close this dialog, reopen the case "
            "to see the new version, then apply your changes again."
        ).replace("%1", names)
        # What they saved, value by value (lists of parties and items are only named above).
        lines = [
            self.tr("%1: %2 → %3")
            .replace("%1", self._field_caption(d.field))
            .replace("%2", self._conflict_value(d.field, d.when_opened))
            .replace("%3", self._conflict_value(d.field, d.now))
            for d in exc.differences
            if not isinstance(d.now, list | tuple) and not isinstance(d.when_opened, list | tuple)
        ]
        return "\n".join([text, *lines])

    def _conflict_value(self, field: str, value: object) -> str:
        """A value as the officer knows it (a country's name, not its code), in quotes."""
        if value is None or value == "":
            return self.tr("(empty)")
        text = str(value)
        if field.endswith("_code") and isinstance(value, str):
            text = country_name(value, self._language)
        elif field == "status" and value in {s.value for s in CaseStatus}:
            text = status_label(CaseStatus(value))
        elif field == "transfer_type" and value in {t.value for t in TransferType}:
            text = transfer_type_label(TransferType(value))
        return self.tr("“%1”").replace("%1", text)

    def _field_caption(self, field: str) -> str:
        captions = {
            "transfer_type": self.tr("type of transfer"),
            "status": self.tr("status"),
            "applicant": self.tr("applicant"),
            "destination_code": self.tr("destination"),
            "exporting_code": self.tr("exporting State"),
            "intended_end_use": self.tr("intended end use"),
            "euc_number": self.tr("certificate number"),
            "euc_issuer": self.tr("certificate issuer"),
            "euc_date": self.tr("certificate date"),
            "received_on": self.tr("date received"),
            "parties": self.tr("parties"),
            "transit_codes": self.tr("transit States"),
            "items": self.tr("line items"),
        }
        return captions.get(field, field)

    def _show_banner(self, text: str, details: str = "") -> None:
        self.banner.setText(text)
        self.banner.setToolTip(details)
        self.banner.show()

    # --- errors --------------------------------------------------------------------------

    def targets(self) -> dict[str, FieldTarget]:
        """Every field path the domain may report, mapped to the widget that shows it."""
        captions = {
            "transfer_type": self.tr("Type of transfer"),
            "received_on": self.tr("Date received"),
            "destination_code": self.tr("Destination"),
            "exporting_code": self.tr("Exporting State"),
            "intended_end_use": self.tr("Intended end use"),
            "applicant.name": self.tr("Applicant's name"),
            "applicant.country_code": self.tr("Applicant's country"),
            "applicant.registration_number": self.tr("Registration number"),
            "applicant.address": self.tr("Applicant's address"),
            "euc_number": self.tr("Certificate number"),
            "euc_issuer": self.tr("Certificate issued by"),
            "euc_date": self.tr("Certificate date"),
        }
        targets = {path: self.slots[path].target(caption) for path, caption in captions.items()}
        targets["applicant"] = targets["applicant.name"]
        parties = self.parties.targets("parties")
        parties["parties"] = FieldTarget(
            self.parties.table, self.tr("Parties"), self.parties_message
        )
        targets.update(parties)
        targets.update(self.transit.targets("transit_codes", self.tr("Transit States")))
        targets.update(self.items.targets("items"))
        targets["reason"] = self.reason_slot.target(self.tr("Reason for change"))
        return targets

    def clear_errors(self) -> None:
        """Remove every mark and the summary (rows added, removed or moved make them stale)."""
        for target in self._marked:
            if isValid(target.widget):  # a removed party or item is already gone
                set_field_error(target, None)
        self._marked.clear()
        self.summary.show_problems([])
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor())

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Mark each field concerned, list all problems on top, and go to the first one."""
        self.clear_errors()
        targets = self.targets()
        order = {path: n for n, path in enumerate(targets)}
        messages: dict[str, list[str]] = {}
        problems: list[tuple[str, str]] = []
        # Problems are listed in the order of the form, not the order they were found in.
        for error in sorted(errors, key=lambda e: order.get(resolve(e.field, targets) or "", -1)):
            text = translate_message(field_text(error))
            path = resolve(error.field, targets)
            if path is None:
                problems.append(("", text))
                continue
            messages.setdefault(path, []).append(text)
            line = self.tr("%1: %2").replace("%1", targets[path].label).replace("%2", text)
            problems.append((path, line))
        for path, texts in messages.items():
            set_field_error(targets[path], "\n".join(dict.fromkeys(texts)))
            self._marked.append(targets[path])
        self.summary.show_problems(problems)
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            flagged = page is not None and any(page.isAncestorOf(t.widget) for t in self._marked)
            bar.setTabTextColor(index, QColor(ERROR_COLOUR) if flagged else QColor())
        first = next((path for path, _ in problems if path), None)
        if first is not None:
            self.go_to_field(first)

    def error_for(self, path: str) -> str:
        """The message shown on a field right now ("" if none): what a test or reader sees."""
        target = self.targets().get(path)
        if target is None or not target.widget.property("fieldError"):
            return ""
        return target.widget.toolTip()

    def go_to_field(self, path: str) -> None:
        """Bring a field into view (switching tab and scrolling) and put the cursor in it."""
        target = self.targets().get(path)
        if target is None:
            return
        widget = target.widget
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        if self.items.isAncestorOf(widget):
            self.items.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape and the window's close button: ask before losing typed input."""
        if self.has_unsaved_changes() and not self.confirm_discard(self):
            return
        super().reject()
