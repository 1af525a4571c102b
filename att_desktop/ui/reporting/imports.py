"""Import authorisations and actual imports (Article 8): what fills the Imports table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from att_desktop.db.engine import Database
from att_desktop.domain.application import OrganisationInput, PartyInput
from att_desktop.domain.categories import load_categories, load_control_list
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.domain.validation import FieldError
from att_desktop.services import imports
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError, ValidationFailed
from att_desktop.ui.field_errors import translate_message
from att_desktop.ui.i18n import party_type_label
from att_desktop.ui.messages import error_text, field_text
from att_desktop.ui.prompts import MessageBoxPrompter, Prompter
from att_desktop.ui.reporting.shipments import ShipmentDialog
from att_desktop.ui.widgets.country_combo import CountryCombo, build_country_model
from att_desktop.ui.widgets.items_editor import ItemsEditor


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ImportAuthorisationDialog(QDialog):
    """Record an import authorisation; record actual imports against the listed ones."""

    authorised = Signal(int)

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], Actor],
        prompter: Prompter | None = None,
        language: str = "en",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importAuthorisations")
        self.setWindowTitle(self.tr("Imports: authorisations and actual imports"))
        self._db = db
        self._actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self._today = today or date.today()
        countries = build_country_model(language, self)
        self.importer = QLineEdit(self)
        self.importer_country = CountryCombo(language, countries, self)
        self.exporting = CountryCombo(language, countries, self)
        self.importing = CountryCombo(language, countries, self)
        own = imports.authority_country(db)
        if own:
            self.importing.set_code(own)
            self.importer_country.set_code(own)
        self.end_user = QLineEdit(self)
        self.end_user_type = QComboBox(self)
        for kind in PartyType:
            self.end_user_type.addItem(party_type_label(kind), kind)
        self.issued_on = QDateEdit(self)
        self.valid_until = QDateEdit(self)
        for edit, day in (
            (self.issued_on, self._today),
            (self.valid_until, date(self._today.year + 1, self._today.month, 1)),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(day))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Leave empty for the next IL/<year>/<number>"))
        self.euc = QLineEdit(self)
        self.items = ItemsEditor(language, load_categories(), load_control_list(), countries, self)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a40000;")
        self.save_button = QPushButton(self.tr("&Record authorisation"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)

        left = self._lay_out_form()

        right = self._build_existing()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1100, 720)
        self.shipment_dialog: ShipmentDialog | None = None
        self._views: tuple[imports.ImportAuthorisationView, ...] = ()
        self.reload()

    def _lay_out_form(self) -> QWidget:
        """The new authorisation: its form, its items, its problems and Record."""
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Importer:"), self.importer),
            (self.tr("Importer's c&ountry:"), self.importer_country),
            (self.tr("E&xporting State:"), self.exporting),
            (self.tr("Importing S&tate:"), self.importing),
            (self.tr("&End user:"), self.end_user),
            (self.tr("End user t&ype:"), self.end_user_type),
            (self.tr("Issued o&n:"), self.issued_on),
            (self.tr("&Valid until:"), self.valid_until),
            (self.tr("Authorisation n&umber:"), self.number),
            (self.tr("End-user &certificate:"), self.euc),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.items, 1)
        left_layout.addWidget(self.problems)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        left_layout.addLayout(row)
        return left

    def _build_existing(self) -> QWidget:
        """The authorisations on record, from which an actual import is recorded."""
        right = QWidget(self)
        self.existing = QListWidget(right)
        self.existing.setObjectName("importLicences")
        self.existing.itemActivated.connect(lambda _item: self.record_actual_import())
        self.actual_button = QPushButton(self.tr("Record an &actual import…"), right)
        self.actual_button.setAutoDefault(False)
        self.actual_button.clicked.connect(self.record_actual_import)
        right_layout = QVBoxLayout(right)
        list_label = QLabel(self.tr("Import authorisations (&list):"), right)
        list_label.setBuddy(self.existing)
        right_layout.addWidget(list_label)
        right_layout.addWidget(self.existing, 1)
        right_layout.addWidget(self.actual_button)
        return right

    def reload(self) -> None:
        self._views = imports.list_import_authorisations(self._db)
        self.existing.clear()
        for v in self._views:
            self.existing.addItem(f"{v.licence_number} · {v.exporting_code} · {v.issued_on}")
            self.existing.item(self.existing.count() - 1).setToolTip(
                f"{v.reference}: {v.issued_on.isoformat()} – {v.valid_until.isoformat()}"
            )

    def save(self) -> imports.ImportAuthorisationView | None:
        problems: list[FieldError] = []
        items = self.items.items(problems)
        if not self.importer.text().strip():
            problems.append(FieldError("importer", self.tr("name the importer")))
        if problems:
            self._show_problems(problems)
            return None
        inp = imports.ImportAuthorisationInput(
            importer=OrganisationInput(self.importer.text().strip(), self.importer_country.code()),
            exporting_code=self.exporting.code(),
            importing_code=self.importing.code(),
            end_user=PartyInput(
                PartyRole.END_USER,
                PartyType(self.end_user_type.currentData()),
                self.end_user.text().strip(),
                self.importing.code(),
            ),
            items=items,
            issued_on=_pydate(self.issued_on.date()),
            valid_until=_pydate(self.valid_until.date()),
            number=self.number.text().strip(),
            euc_number=self.euc.text().strip(),
        )
        try:
            view = imports.record_import_authorisation(self._db, inp, actor=self._actor())
        except ValidationFailed as exc:
            self._show_problems(list(exc.errors))
            return None
        except ServiceError as exc:  # refused: the form stays as it is
            self.problems.setStyleSheet("color: #a40000;")
            self.problems.setText(self.tr("Nothing was saved.") + " " + error_text(exc))
            self._prompter.error(self, self.windowTitle(), error_text(exc))
            return None
        self.problems.setText(
            self.tr("Recorded import authorisation %1 (case %2).")
            .replace("%1", view.licence_number)
            .replace("%2", view.reference)
        )
        self.problems.setStyleSheet("")
        # A fresh form, so a second click cannot record the same authorisation twice.
        self.items.set_items([])
        self.number.clear()
        self.euc.clear()
        self.reload()
        self.authorised.emit(view.licence_id)
        return view

    def _show_problems(self, problems: list[FieldError]) -> None:
        self.problems.setStyleSheet("color: #a40000;")
        self.problems.setText(
            self.tr("Nothing was saved. Fix:")
            + "\n"
            + "\n".join(f"• {p.field}: {translate_message(field_text(p))}" for p in problems)
        )

    def record_actual_import(self) -> ShipmentDialog | None:
        row = self.existing.currentRow()
        if not 0 <= row < len(self._views):
            self._prompter.error(
                self, self.windowTitle(), self.tr("Choose an import authorisation in the list.")
            )
            return None
        dialog = ShipmentDialog(
            self._db,
            actor=self._actor,
            prompter=self._prompter,
            licence_id=self._views[row].licence_id,
            parent=self,
        )
        dialog.setWindowTitle(self.tr("Record an actual import"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.shipment_dialog = dialog
        return dialog


def open_import_authorisations(
    parent: QWidget | None,
    db: Database,
    *,
    actor: Callable[[], Actor],
    prompter: Prompter | None = None,
    language: str = "en",
) -> ImportAuthorisationDialog:
    dialog = ImportAuthorisationDialog(
        db, actor=actor, prompter=prompter, language=language, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
