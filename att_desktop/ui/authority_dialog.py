"""Settings → Authority…: the licensing authority's profile, for the administrator.

Name, address, letterhead, reporting State, national point of contact, default currency,
signatory wording and appeal information (``services.authority``): what every licence,
denial letter and assessment record prints. Problems are shown beside their fields; the
service checks the permission and the values again and records the change in the history.
Someone who may not change the profile sees it read-only (the menu offers it only to
administrators).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from att_desktop.config import DOCUMENT_LANGUAGES
from att_desktop.domain.assessment.model import KindPolicy
from att_desktop.domain.enums import TransferType
from att_desktop.i18n import Message
from att_desktop.services import assessment, authority, conditions
from att_desktop.services.authority import (
    MAX_LETTERHEAD_BYTES,
    AuthorityProfile,
    AuthorityProfileInvalid,
    LetterheadInvalid,
)
from att_desktop.services.errors import ServiceError, problem_text
from att_desktop.services.mitigation_policy import mitigation_policy, set_mitigation_policy
from att_desktop.services.permissions import Permission, permitted
from att_desktop.ui.context import AppContext
from att_desktop.ui.destination.settings_tab import DestinationSettingsTab
from att_desktop.ui.i18n import current_language, transfer_type_label
from att_desktop.ui.messages import error_text
from att_desktop.ui.widgets.country_combo import CountryCombo
from att_desktop.ui.widgets.screen_fit import fitted_size

#: The letterhead preview's box: wide and low, like the banner on the page.
PREVIEW_SIZE = QSize(420, 72)
ERROR_STYLE = "color: #c62828;"


def _form(page: QWidget) -> QFormLayout:
    """A form at the top of ``page``; the spare height stays below it."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


class AuthorityDialog(QDialog):
    """The authority's profile: edit, check beside each field, save (administrators)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("authorityDialog")
        self.setWindowTitle(self.tr("Authority"))
        self.profile = authority.get_authority(ctx.db)
        self._letterhead = self.profile.letterhead
        self.errors: dict[str, QLabel] = {}
        self._forms: dict[QLabel, QFormLayout] = {}
        self.read_only = not permitted(ctx.db, ctx.actor(), Permission.MANAGE_REFERENCE_DATA)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("authorityTabs")
        self.tabs.addTab(self._authority_page(), self.tr("&Authority"))
        self.tabs.addTab(self._contact_page(), self.tr("&Contact point"))
        self.tabs.addTab(self._letters_page(), self.tr("&Letters and signature"))
        self.tabs.addTab(self._provisos_page(), self.tr("Standard &provisos"))
        self.tabs.addTab(self._article7_page(), self.tr("Article &7 policy"))
        self.tabs.addTab(self._mitigation_page(), self.tr("&Mitigation policy"))
        self.destination_tab = DestinationSettingsTab(ctx.db, self)
        self.tabs.addTab(self.destination_tab, self.tr("&Destination files"))

        self.message = QLabel(self)
        self.message.setObjectName("authorityMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveAuthorityButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._load(self.profile)
        if self.read_only:
            self._make_read_only()
        self.resize(fitted_size(self, QSize(680, 560)))

    # --- building ---------------------------------------------------------------------------

    def add_page(self, page: QWidget, title: str) -> int:
        """Add a tab (the standard provisos editor); returns its index."""
        return self.tabs.addTab(page, title)

    def _row(self, form: QFormLayout, caption: str, field: QWidget, key: str) -> None:
        """A field, with its problem shown on the row beneath it while there is one."""
        label = QLabel(caption, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)
        error = QLabel(field.parentWidget())
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        # Its own height, never a share of the page's spare space.
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.errors[key] = error
        self._forms[error] = form
        form.addRow("", error)
        form.setRowVisible(error, False)

    def _provisos_page(self) -> QWidget:
        """The conditions every licence proposes to the decider, one per line."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Every licence proposes these conditions to the decider, beside the "
                "committee's conditions and the mitigation measures the assessment relied "
                "on. One condition per line; an empty list is allowed."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.provisos = QPlainTextEdit(page)
        self.provisos.setObjectName("standardProvisos")
        self.provisos.setTabChangesFocus(True)
        intro.setBuddy(self.provisos)
        layout.addWidget(intro)
        layout.addWidget(self.provisos, 1)
        self._saved_provisos = conditions.standard_conditions(self.ctx.db)
        self.provisos.setPlainText("\n".join(self._saved_provisos))
        self._provisos_tab = page
        return page

    def _mitigation_page(self) -> QWidget:
        """Art. 7(2), 11(2): may an officer's stated reason let a measure of a kind the treaty
        does not name against a risk lower it? Off by default."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "A mitigation measure lowers only the risks its kind can address: "
                "confidence-building measures and jointly developed programmes (Article 7(2)) "
                "any risk; assurances, re-export clauses and verification (Article 11(2)) "
                "diversion. If your national policy allows it, an officer may state why a "
                "measure of another kind addresses a risk; the reason is then required and "
                "printed in the assessment record."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.officer_reason = QCheckBox(
            self.tr("Let an officer's stated reason count (national policy)"), page
        )
        self.officer_reason.setObjectName("mitigationOfficerReason")
        self._saved_policy = mitigation_policy(self.ctx.db)
        self.officer_reason.setChecked(self._saved_policy is KindPolicy.OFFICER_REASON)
        layout.addWidget(intro)
        layout.addWidget(self.officer_reason)
        layout.addStretch(1)
        return page

    def _article7_page(self) -> QWidget:
        """Which transfer types other than exports the assessment asks Article 7 for: the
        treaty binds the exporting State (7(1)); asking it of others is national policy."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Article 6 applies to every transfer. Article 7 is the exporting State's "
                "obligation: for the transfer types ticked here, national policy asks it too, "
                "and the assessment record says so. Unticked types are assessed under Article "
                "6 only, and the record says Article 7 was not applicable."
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._saved_article7 = assessment.article7_transfer_types(self.ctx.db)
        self.article7_boxes: dict[TransferType, QCheckBox] = {}
        for kind in TransferType:
            if kind is TransferType.EXPORT:
                continue
            box = QCheckBox(transfer_type_label(kind), page)
            box.setObjectName(f"article7_{kind.value}")
            box.setChecked(kind in self._saved_article7)
            self.article7_boxes[kind] = box
            layout.addWidget(box)
        layout.addStretch(1)
        return page

    def current_article7(self) -> frozenset[TransferType]:
        return frozenset(k for k, box in self.article7_boxes.items() if box.isChecked())

    def _save_article7(self) -> bool:
        chosen = self.current_article7()
        if chosen == self._saved_article7:
            return True
        try:
            self._saved_article7 = assessment.set_article7_transfer_types(
                self.ctx.db, chosen, actor=self.ctx.actor()
            )
        except ServiceError as exc:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
            self._say(error_text(exc), error=True)
            return False
        return True

    def current_provisos(self) -> tuple[str, ...]:
        lines = self.provisos.toPlainText().splitlines()
        return tuple(line.strip() for line in lines if line.strip())

    def _authority_page(self) -> QWidget:
        page = QWidget(self)
        self.name = QLineEdit(page)
        self.name.setObjectName("authorityName")
        self.name.setPlaceholderText(self.tr("e.g. Export Control Agency, Ministry of Trade"))
        self.address = QPlainTextEdit(page)
        self.address.setObjectName("authorityAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.state = CountryCombo(self.ctx.language, parent=page)
        self.state.setObjectName("authorityState")
        self.currency = QLineEdit(page)
        self.currency.setObjectName("authorityCurrency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("MMMMMM"))
        self.preview = QLabel(page)
        self.preview.setObjectName("letterheadPreview")
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { border: 1px solid palette(mid); }")
        self.choose_button = QPushButton(self.tr("C&hoose image…"), page)
        self.choose_button.setObjectName("chooseLetterhead")
        self.choose_button.clicked.connect(self.choose_letterhead)
        self.remove_button = QPushButton(self.tr("&Remove"), page)
        self.remove_button.setObjectName("removeLetterhead")
        self.remove_button.clicked.connect(lambda: self._set_letterhead(b""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        letterhead = QWidget(page)
        column = QVBoxLayout(letterhead)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview)
        column.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "A PNG or JPEG image of at most %1 KB, printed across the top of the first "
                "page of every document."
            ).replace("%1", str(MAX_LETTERHEAD_BYTES // 1024)),
            page,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)

        form = _form(page)
        self._row(form, self.tr("&Name:"), self.name, "name")
        self._row(form, self.tr("Postal a&ddress:"), self.address, "address")
        self._row(form, self.tr("Reporting &State:"), self.state, "reporting_state")
        self._row(form, self.tr("Default c&urrency:"), self.currency, "default_currency")
        self._row(form, self.tr("Letterhead:"), letterhead, "letterhead")
        return page

    def _contact_page(self) -> QWidget:
        page = QWidget(self)
        self.contact_name = QLineEdit(page)
        self.contact_name.setObjectName("contactName")
        self.contact_email = QLineEdit(page)
        self.contact_email.setObjectName("contactEmail")
        self.contact_phone = QLineEdit(page)
        self.contact_phone.setObjectName("contactPhone")
        intro = QLabel(
            self.tr(
                "The national point of contact (Article 5(6)): given on the denial letters "
                "so that applicants know whom to write to."
            ),
            page,
        )
        intro.setWordWrap(True)
        form = _form(page)
        form.addRow(intro)
        self._row(form, self.tr("&Name:"), self.contact_name, "contact_name")
        self._row(form, self.tr("&Email:"), self.contact_email, "contact_email")
        self._row(form, self.tr("&Telephone:"), self.contact_phone, "contact_phone")
        return page

    def _letters_page(self) -> QWidget:
        page = QWidget(self)
        self.wording = QLineEdit(page)
        self.wording.setObjectName("signatoryWording")
        self.wording.setPlaceholderText(self.tr("e.g. For the Minister, by delegation"))
        self.appeal = QPlainTextEdit(page)
        self.appeal.setObjectName("appealInformation")
        self.appeal.setTabChangesFocus(True)
        self.appeal.setPlaceholderText(
            self.tr("How and within what time an applicant may ask for a review of a denial")
        )
        self.document_language = QComboBox(page)
        self.document_language.setObjectName("documentLanguage")
        self.document_language.addItem(self.tr("The language of the screen"), "")
        for code, native in DOCUMENT_LANGUAGES.items():
            self.document_language.addItem(native, code)
        intro = QLabel(
            self.tr(
                "Licences and denial letters are signed by the person who decided, with "
                "their name and job title (File → Users and agencies), under this wording."
            ),
            page,
        )
        intro.setWordWrap(True)
        form = _form(page)
        form.addRow(intro)
        self._row(form, self.tr("Signatory &wording:"), self.wording, "signatory_wording")
        self._row(form, self.tr("A&ppeal information:"), self.appeal, "appeal_information")
        self._row(
            form,
            self.tr("Documents &written in:"),
            self.document_language,
            "document_language",
        )
        return page

    # --- values -----------------------------------------------------------------------------

    def _load(self, profile: AuthorityProfile) -> None:
        self.name.setText(profile.name)
        self.address.setPlainText(profile.address)
        self.state.set_code(profile.reporting_state)
        self.currency.setText(profile.default_currency)
        self.contact_name.setText(profile.contact_name)
        self.contact_email.setText(profile.contact_email)
        self.contact_phone.setText(profile.contact_phone)
        self.wording.setText(profile.signatory_wording)
        self.appeal.setPlainText(profile.appeal_information)
        index = self.document_language.findData(profile.document_language)
        self.document_language.setCurrentIndex(max(0, index))
        self._set_letterhead(profile.letterhead)

    def current(self) -> AuthorityProfile:
        """The profile as the fields show it now."""
        return AuthorityProfile(
            name=self.name.text(),
            address=self.address.toPlainText(),
            letterhead=self._letterhead,
            reporting_state=self.state.code() or self.state.currentText().strip(),
            contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            default_currency=self.currency.text().strip().upper(),
            signatory_wording=self.wording.text(),
            appeal_information=self.appeal.toPlainText(),
            document_language=str(self.document_language.currentData() or ""),
        )

    def _set_letterhead(self, image: bytes) -> None:
        self._letterhead = image
        self.remove_button.setEnabled(bool(image) and not self.read_only)
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_SIZE - QSize(4, 4),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No letterhead"))

    def _make_read_only(self) -> None:
        for edit in (self.name, self.currency, self.contact_name, self.contact_email):
            edit.setReadOnly(True)
        for edit in (self.contact_phone, self.wording):
            edit.setReadOnly(True)
        self.address.setReadOnly(True)
        self.appeal.setReadOnly(True)
        self.provisos.setReadOnly(True)
        for box in self.article7_boxes.values():
            box.setEnabled(False)
        self.officer_reason.setEnabled(False)
        self.destination_tab.set_read_only()
        self.state.setEnabled(False)
        self.document_language.setEnabled(False)
        self.choose_button.hide()
        self.remove_button.hide()
        self.save_button.hide()
        self._say(self.tr("Only an administrator changes the authority's profile."))

    # --- checking and saving ----------------------------------------------------------------

    def _messages(self) -> dict[str, str]:
        """The fields' problems in the user's language (the service's own are English)."""
        return {
            "name": self.tr("Give the authority's name: every document prints it."),
            "reporting_state": self.tr("Choose a country from the list."),
            "contact_email": self.tr("Give an email address such as name@example.org."),
            "contact_phone": self.tr("Use digits, spaces and + ( ) . / - only."),
            "default_currency": self.tr("Three capital letters (ISO 4217), e.g. EUR."),
            "letterhead": self.tr("Use a PNG or JPEG image of at most %1 KB.").replace(
                "%1", str(MAX_LETTERHEAD_BYTES // 1024)
            ),
        }

    def show_problems(self, problems: Mapping[str, Message | str]) -> None:
        messages = self._messages()
        language = current_language()
        for key, label in self.errors.items():
            text = (
                messages.get(key) or problem_text(problems[key], language)
                if key in problems
                else ""
            )
            label.setText(text)
            self._show_error(label, bool(text))
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            marked = (self.errors[k] for k in problems if k in self.errors)
            if page is not None and any(page.isAncestorOf(label) for label in marked):
                self.tabs.setCurrentIndex(index)
                break

    def _show_error(self, label: QLabel, shown: bool) -> None:
        self._forms[label].setRowVisible(label, shown)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def choose_letterhead(self) -> None:
        path = self.ctx.prompter.open_file(
            self, self.tr("Choose the letterhead image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            image = Path(path).read_bytes()
            authority.image_format(image)
        except (OSError, LetterheadInvalid):
            self.show_problems({"letterhead": "bad image"})
            return
        self._show_error(self.errors["letterhead"], False)
        self._set_letterhead(image)

    def save(self) -> bool:
        """Check and save; the problems stay beside their fields when it cannot be saved."""
        profile = self.current()
        problems = authority.problems(profile)
        self.show_problems(problems)
        if problems:
            self._say(self.tr("The profile was not saved: see the fields marked."), error=True)
            return False
        try:
            self.profile = authority.save_authority(self.ctx.db, profile, actor=self.ctx.actor())
        except AuthorityProfileInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return False
        self._load(self.profile)
        provisos = self.current_provisos()
        if provisos != self._saved_provisos:
            try:
                conditions.set_standard_conditions(self.ctx.db, provisos, actor=self.ctx.actor())
            except ServiceError as exc:
                self.tabs.setCurrentWidget(self._provisos_tab)
                self._say(error_text(exc), error=True)
                return False
            self._saved_provisos = conditions.standard_conditions(self.ctx.db)
        if not self._save_article7():
            return False
        checked = self.officer_reason.isChecked()
        policy = KindPolicy.OFFICER_REASON if checked else KindPolicy.TREATY_KINDS_ONLY
        if policy is not self._saved_policy:
            try:
                set_mitigation_policy(self.ctx.db, policy, actor=self.ctx.actor())
            except ServiceError as exc:
                self._say(error_text(exc), error=True)
                return False
            self._saved_policy = policy
        refused = self.destination_tab.save(self.ctx.actor())
        if refused:
            self.tabs.setCurrentWidget(self.destination_tab)
            self._say(refused, error=True)
            return False
        self._say(self.tr("Saved. New documents use this profile."))
        return True


def open_authority_dialog(ctx: AppContext, parent: QWidget | None = None) -> AuthorityDialog:
    """Show the dialog without blocking (window-modal), and return it."""
    dialog = AuthorityDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
