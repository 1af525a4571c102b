"""The report builder's options column: the choices, exchange rates and national definitions.

``ReportOptionsPanel`` is the part of ``ReportBuilderDialog`` that builds and reads the
options and records exchange rates; the dialog adds the preview and the export. Its texts are
translated in the dialog's context (``ReportBuilderDialog``), as they were before the split.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from att_desktop.config import DOCUMENT_LANGUAGES
from att_desktop.db.engine import Database
from att_desktop.domain.categories import CategoryCatalogue
from att_desktop.domain.reporting import Basis, ContactPoint, Measure, ReportOptions
from att_desktop.domain.reporting.calendar import default_report_year
from att_desktop.domain.reporting.options import NationalDefinition
from att_desktop.services.authority import get_authority
from att_desktop.services.dto import Actor
from att_desktop.services.errors import ServiceError
from att_desktop.services.report_settings import (
    ReportDefaults,
    get_report_defaults,
    save_report_defaults,
)
from att_desktop.ui.messages import error_text
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.reporting.report_rates import ExchangeRatesPanel


class ReportOptionsPanel(ExchangeRatesPanel):
    """The options half of the report builder (a base of ``ReportBuilderDialog``)."""

    # Set by ReportBuilderDialog.__init__ before the panel is built.
    _db: Database
    _actor: Callable[[], Actor]
    _prompter: Prompter
    _today: date
    _language: str
    _catalogue: CategoryCatalogue
    _known_rates: dict[str, tuple[Decimal, str]]
    _definitions: list[NationalDefinition]
    status_label: QLabel

    def _build_options(self) -> None:
        """The options column: the choices, the exchange rates, the national definitions."""
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addLayout(self._build_choices(panel))
        column.addWidget(self._build_rates(panel))
        column.addWidget(self._build_definitions(panel))
        column.addStretch(1)
        self._options_panel = panel
        self._connect_options()
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("deadline")

    def _build_contact_and_output(self, panel: QWidget) -> None:
        """The contact point's fields, the chart years and the report's language."""
        self.contact_name = QLineEdit(panel)
        self.contact_position = QLineEdit(panel)
        self.contact_org = QLineEdit(panel)
        self.contact_address = QLineEdit(panel)
        self.contact_phone = QLineEdit(panel)
        self.contact_email = QLineEdit(panel)
        self.chart_years = QSpinBox(panel)
        self.chart_years.setRange(2, 15)
        self.chart_years.setValue(5)
        self.report_language = language_combo(panel)

    def _build_choices(self, panel: QWidget) -> QFormLayout:
        """The year, bases, measure, currency, Reporting State and contact point."""
        form = QFormLayout()
        self.year = QSpinBox(panel)
        self.year.setRange(1990, 2100)
        self.year.setValue(default_report_year(self._today))
        self.exports_basis = QComboBox(panel)
        self.imports_basis = QComboBox(panel)
        for combo in (self.exports_basis, self.imports_basis):
            combo.addItem(
                QCoreApplication.translate(
                    "ReportBuilderDialog", "Authorised (licences issued in the year)"
                ),
                Basis.AUTHORISED,
            )
            combo.addItem(
                QCoreApplication.translate(
                    "ReportBuilderDialog", "Actual (shipments made in the year)"
                ),
                Basis.ACTUAL,
            )
        self.measure = QComboBox(panel)
        self.measure.addItem(
            QCoreApplication.translate("ReportBuilderDialog", "Number of items and value"),
            Measure.BOTH,
        )
        self.measure.addItem(
            QCoreApplication.translate("ReportBuilderDialog", "Number of items"), Measure.ITEMS
        )
        self.measure.addItem(
            QCoreApplication.translate("ReportBuilderDialog", "Value"), Measure.VALUE
        )
        self.currency = QLineEdit("EUR", panel)
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA")
        self.civilian = QCheckBox(
            QCoreApplication.translate(
                "ReportBuilderDialog", "Include small arms for &civilian end users"
            ),
            panel,
        )
        self.civilian.setChecked(True)
        self.national = QCheckBox(
            QCoreApplication.translate("ReportBuilderDialog", "Add voluntary &national categories"),
            panel,
        )
        self._build_publication(panel)
        self.state = QLineEdit(panel)
        self.state.setMaxLength(2)
        self.state.setPlaceholderText(
            QCoreApplication.translate("ReportBuilderDialog", "From the settings, e.g. SE")
        )
        self._build_contact_and_output(panel)
        self.charts_annex = QCheckBox(
            QCoreApplication.translate("ReportBuilderDialog", "Add the charts annex to the PDF"),
            panel,
        )
        labels = (
            (QCoreApplication.translate("ReportBuilderDialog", "Report &year:"), self.year),
            (QCoreApplication.translate("ReportBuilderDialog", "&Exports:"), self.exports_basis),
            (QCoreApplication.translate("ReportBuilderDialog", "&Imports:"), self.imports_basis),
            (QCoreApplication.translate("ReportBuilderDialog", "&Figures:"), self.measure),
            (QCoreApplication.translate("ReportBuilderDialog", "Report c&urrency:"), self.currency),
            (QCoreApplication.translate("ReportBuilderDialog", "Reporting &State:"), self.state),
            (
                QCoreApplication.translate("ReportBuilderDialog", "Contact &name:"),
                self.contact_name,
            ),
            (QCoreApplication.translate("ReportBuilderDialog", "Position:"), self.contact_position),
            (
                QCoreApplication.translate("ReportBuilderDialog", "Contact &organisation:"),
                self.contact_org,
            ),
            (QCoreApplication.translate("ReportBuilderDialog", "Address:"), self.contact_address),
            (QCoreApplication.translate("ReportBuilderDialog", "Telephone:"), self.contact_phone),
            (
                QCoreApplication.translate("ReportBuilderDialog", "Contact e-&mail:"),
                self.contact_email,
            ),
            (QCoreApplication.translate("ReportBuilderDialog", "Chart &years:"), self.chart_years),
            (
                QCoreApplication.translate("ReportBuilderDialog", "Report &language:"),
                self.report_language,
            ),
        )
        for text, widget in labels:
            label = QLabel(text, panel)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for box in (
            self.civilian,
            self.national,
            self.public_exports,
            self.public_imports,
            self.charts_annex,
        ):
            form.addRow(box)
        return form

    def _build_publication(self, panel: QWidget) -> None:
        """The template asks on each form (the table, or the nil report that replaces it)
        whether the Secretariat may make it public: one tick box per direction."""
        self.public_exports = QCheckBox(
            QCoreApplication.translate("ReportBuilderDialog", "Exports form may be made &public"),
            panel,
        )
        self.public_exports.setObjectName("publicExports")
        self.public_imports = QCheckBox(
            QCoreApplication.translate("ReportBuilderDialog", "Imports form may be made pu&blic"),
            panel,
        )
        self.public_imports.setObjectName("publicImports")

    def _connect_options(self) -> None:
        """Any change of choice makes the preview stale; the year or currency reloads rates."""
        for signal in (
            self.year.valueChanged,
            self.exports_basis.currentIndexChanged,
            self.imports_basis.currentIndexChanged,
            self.measure.currentIndexChanged,
            self.chart_years.valueChanged,
        ):
            signal.connect(self._options_changed)
        for edit in (
            self.currency,
            self.state,
            self.contact_name,
            self.contact_position,
            self.contact_org,
            self.contact_address,
            self.contact_phone,
            self.contact_email,
        ):
            edit.textChanged.connect(self._options_changed)
        for box in (self.civilian, self.national, self.public_exports, self.public_imports):
            box.toggled.connect(self._options_changed)
        self.year.valueChanged.connect(self._reload_rates)
        self.currency.editingFinished.connect(self._reload_rates)

    def _options_changed(self) -> None:
        self._update_state()

    def _build_definitions(self, panel: QWidget) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate(
                "ReportBuilderDialog", "Annex 2: national definitions of categories"
            ),
            panel,
        )
        self.definition_category = QComboBox(box)
        for category in self._catalogue.all():
            self.definition_category.addItem(
                self._catalogue.label(category.code, self._language), category.code
            )
        self.definition_category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.definition_category.setMinimumContentsLength(18)
        self.definition_text = QLineEdit(box)
        self.definition_text.setPlaceholderText(
            QCoreApplication.translate(
                "ReportBuilderDialog",
                "How your national definition is wider than the UN Register's",
            )
        )
        self.definition_text.returnPressed.connect(self.add_definition)
        self.add_definition_button = QPushButton(
            QCoreApplication.translate("ReportBuilderDialog", "Add definition"), box
        )
        self.add_definition_button.setAutoDefault(False)
        self.add_definition_button.clicked.connect(self.add_definition)
        self.definitions = QListWidget(box)
        self.definitions.setObjectName("nationalDefinitions")
        self.definitions.setWordWrap(True)
        self.definitions.setMaximumHeight(110)
        self.remove_definition_button = QPushButton(
            QCoreApplication.translate("ReportBuilderDialog", "Remove definition"), box
        )
        self.remove_definition_button.setAutoDefault(False)
        self.remove_definition_button.clicked.connect(self.remove_definition)
        form = QFormLayout()
        for text, widget in (
            (
                QCoreApplication.translate("ReportBuilderDialog", "Cate&gory:"),
                self.definition_category,
            ),
            (
                QCoreApplication.translate("ReportBuilderDialog", "Defini&tion:"),
                self.definition_text,
            ),
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_definition_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_definition_button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.definitions)
        return box

    def _show_definitions(self) -> None:
        self.definitions.clear()
        for d in self._definitions:
            self.definitions.addItem(f"{d.category}: {d.definition}")
        self._update_state()

    def add_definition(self) -> None:
        text = self.definition_text.text().strip()
        if not text:
            self.definition_text.setFocus()
            return
        code = str(self.definition_category.currentData())
        self._definitions = [d for d in self._definitions if d.category != code]
        self._definitions.append(NationalDefinition(code, text))
        order = {c.code: c.order for c in self._catalogue.all()}
        self._definitions.sort(key=lambda d: order.get(d.category, 0))
        self.definition_text.clear()
        self._show_definitions()

    def remove_definition(self) -> None:
        row = self.definitions.currentRow()
        if 0 <= row < len(self._definitions):
            del self._definitions[row]
            self._show_definitions()

    def _load_defaults(self) -> None:
        defaults = get_report_defaults(self._db)
        contact = defaults.contact
        for edit, text in (
            (self.contact_name, contact.name),
            (self.contact_position, contact.position),
            (self.contact_org, contact.organisation),
            (self.contact_address, contact.address),
            (self.contact_phone, contact.telephone),
            (self.contact_email, contact.email),
            (self.currency, defaults.report_currency),
        ):
            edit.setText(text)
        self._definitions = list(defaults.national_definitions)
        self._show_definitions()
        language = get_authority(self._db).document_language or "en"
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(language)))

    def _save_defaults(self, options: ReportOptions) -> None:
        try:
            save_report_defaults(
                self._db,
                ReportDefaults(
                    options.contact, options.report_currency, tuple(options.national_definitions)
                ),
                actor=self._actor(),
            )
        except ServiceError as exc:
            self._prompter.error(
                self,
                QCoreApplication.translate("ReportBuilderDialog", "Annual report"),
                QCoreApplication.translate(
                    "ReportBuilderDialog",
                    "The file was written, but the contact point and definitions were not kept "
                    "for next time: %1",
                ).replace("%1", error_text(exc)),
            )

    # ------------------------------------------------------------------ options

    def options(self) -> ReportOptions:
        """The choices on screen as report options."""
        return ReportOptions(
            year=self.year.value(),
            exports_basis=Basis(self.exports_basis.currentData()),
            imports_basis=Basis(self.imports_basis.currentData()),
            measure=Measure(self.measure.currentData()),
            report_currency=self.currency.text().strip().upper() or "EUR",
            include_civilian_small_arms=self.civilian.isChecked(),
            include_national_categories=self.national.isChecked(),
            exports_public=self.public_exports.isChecked(),
            imports_public=self.public_imports.isChecked(),
            reporting_state=self.state.text().strip().upper(),
            national_definitions=tuple(self._definitions),
            contact=ContactPoint(
                name=self.contact_name.text().strip(),
                position=self.contact_position.text().strip(),
                organisation=self.contact_org.text().strip(),
                address=self.contact_address.text().strip(),
                telephone=self.contact_phone.text().strip(),
                email=self.contact_email.text().strip(),
            ),
            chart_years=self.chart_years.value(),
        )


def language_combo(parent: QWidget) -> QComboBox:
    """The report goes to the Secretariat in one official language throughout, whatever
    the language of the screen it is made on: the treaty's six, each named in itself."""
    combo = QComboBox(parent)
    combo.setObjectName("reportLanguage")
    for code, native in DOCUMENT_LANGUAGES.items():
        combo.addItem(native, code)
    return combo
