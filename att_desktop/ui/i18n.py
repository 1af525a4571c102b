"""Translations: installing Qt translators, and the labels of the shared vocabularies.

Every user-visible string goes through Qt's translation mechanism. Enum values are stored in
the database in English (``"under_assessment"``); the labels the officer reads come from here,
under the stable context ``Vocabulary``, so each one is translated once for every screen.
Dates, amounts and quantities are formatted here too, so every table shows them alike.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from att_desktop.config import resources_dir
from att_desktop.domain.enums import (
    AssessmentStatus,
    CaseStatus,
    LicenceStatus,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.i18n import is_rtl
from att_desktop.services.cases import MIXED_CURRENCIES

#: Kinds of document an officer records; stored as these keys, shown translated.
DOCUMENT_KINDS: tuple[str, ...] = (
    "end_user_certificate",
    "contract",
    "technical_specification",
    "import_permit",
    "correspondence",
    "other",
)


# The language of the installed translators: what the core's Messages are rendered in.
_current_language = "en"


def current_language() -> str:
    """The window's language (set by ``install_translators``), for ``translate(Message, …)``."""
    return _current_language


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ATT Desktop's and Qt's own translations for ``language``; return them.

    Keep the returned list: a translator that is garbage-collected stops translating, and
    ``remove_translators`` needs it to switch language. A missing ``.qm`` file is not an
    error: the English source strings are shown instead.
    """
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in (
        (str(translations_dir()), f"att_desktop_{language}"),
        (qt_dir, f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            translator.deleteLater()
    global _current_language
    _current_language = language
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):
        # Arabic mirrors the whole window: layouts, tables, tab order, the painted flowchart.
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall ``translators``; until the next install the core's messages are English."""
    global _current_language
    _current_language = "en"
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    translators.clear()


def transfer_type_label(value: TransferType) -> str:
    labels = {
        TransferType.EXPORT: QCoreApplication.translate("Vocabulary", "Export"),
        TransferType.IMPORT: QCoreApplication.translate("Vocabulary", "Import"),
        TransferType.TRANSIT: QCoreApplication.translate("Vocabulary", "Transit"),
        TransferType.TRANSSHIPMENT: QCoreApplication.translate("Vocabulary", "Trans-shipment"),
        TransferType.BROKERING: QCoreApplication.translate("Vocabulary", "Brokering"),
    }
    return labels.get(value, str(value))


def status_label(value: CaseStatus) -> str:
    labels = {
        CaseStatus.DRAFT: QCoreApplication.translate("Vocabulary", "Draft"),
        CaseStatus.SUBMITTED: QCoreApplication.translate("Vocabulary", "Submitted"),
        CaseStatus.UNDER_ASSESSMENT: QCoreApplication.translate("Vocabulary", "Under assessment"),
        CaseStatus.IN_COMMITTEE: QCoreApplication.translate("Vocabulary", "In committee"),
        CaseStatus.AUTHORISED: QCoreApplication.translate("Vocabulary", "Authorised"),
        CaseStatus.DENIED: QCoreApplication.translate("Vocabulary", "Denied"),
        CaseStatus.WITHDRAWN: QCoreApplication.translate("Vocabulary", "Withdrawn"),
    }
    return labels.get(value, str(value))


def party_role_label(value: PartyRole) -> str:
    labels = {
        PartyRole.END_USER: QCoreApplication.translate("Vocabulary", "End user"),
        PartyRole.CONSIGNEE: QCoreApplication.translate("Vocabulary", "Consignee"),
        PartyRole.INTERMEDIATE_CONSIGNEE: QCoreApplication.translate(
            "Vocabulary", "Intermediate consignee"
        ),
        PartyRole.BROKER: QCoreApplication.translate("Vocabulary", "Broker"),
    }
    return labels.get(value, str(value))


def party_type_label(value: PartyType) -> str:
    labels = {
        PartyType.GOVERNMENT: QCoreApplication.translate("Vocabulary", "Government"),
        PartyType.COMMERCIAL: QCoreApplication.translate("Vocabulary", "Commercial"),
        PartyType.INDIVIDUAL: QCoreApplication.translate("Vocabulary", "Individual"),
        PartyType.REGIONAL_GOVERNMENT: QCoreApplication.translate(
            "Vocabulary", "Regional government"
        ),
        PartyType.NON_STATE_ARMED_GROUP: QCoreApplication.translate(
            "Vocabulary", "Non-State armed group"
        ),
    }
    return labels.get(value, str(value))


def assessment_status_label(value: AssessmentStatus) -> str:
    """A revision's state in words: "draft", "complete", "superseded"."""
    labels = {
        AssessmentStatus.DRAFT: QCoreApplication.translate("Vocabulary", "draft"),
        AssessmentStatus.COMPLETE: QCoreApplication.translate("Vocabulary", "complete"),
        AssessmentStatus.SUPERSEDED: QCoreApplication.translate("Vocabulary", "superseded"),
    }
    return labels.get(value, str(value))


def licence_status_label(value: LicenceStatus) -> str:
    labels = {
        LicenceStatus.VALID: QCoreApplication.translate("Vocabulary", "Valid"),
        LicenceStatus.SUSPENDED: QCoreApplication.translate("Vocabulary", "Suspended"),
        LicenceStatus.REVOKED: QCoreApplication.translate("Vocabulary", "Revoked"),
        LicenceStatus.EXPIRED: QCoreApplication.translate("Vocabulary", "Expired"),
        LicenceStatus.EXHAUSTED: QCoreApplication.translate("Vocabulary", "Exhausted"),
    }
    return labels.get(value, str(value))


def event_action_label(action: str) -> str:
    """The history's action codes; an action added by a later release shows as it is."""
    labels = {
        "created": QCoreApplication.translate("Vocabulary", "Registered"),
        "updated": QCoreApplication.translate("Vocabulary", "Edited"),
        "status_changed": QCoreApplication.translate("Vocabulary", "Status changed"),
        "document_added": QCoreApplication.translate("Vocabulary", "Document added"),
        "note_added": QCoreApplication.translate("Vocabulary", "Note added"),
        "assessment_started": QCoreApplication.translate("Vocabulary", "Assessment started"),
        "assessment_saved": QCoreApplication.translate("Vocabulary", "Assessment saved"),
        "assessment_completed": QCoreApplication.translate("Vocabulary", "Assessment completed"),
        "assessment_superseded": QCoreApplication.translate("Vocabulary", "Assessment superseded"),
        "review_requested": QCoreApplication.translate("Vocabulary", "Committee review requested"),
        "reassigned": QCoreApplication.translate("Vocabulary", "Reassigned"),
        "opinion_changed": QCoreApplication.translate("Vocabulary", "Committee opinion"),
        "opinion_recorded": QCoreApplication.translate("Vocabulary", "Committee opinion"),
        "committee_position_noted": QCoreApplication.translate(
            "Vocabulary", "Committee position noted"
        ),
        "assessment_imported": QCoreApplication.translate("Vocabulary", "Assessment imported"),
        "decision_imported": QCoreApplication.translate("Vocabulary", "Decision imported"),
        "licence_imported": QCoreApplication.translate("Vocabulary", "Licence imported"),
        "imported": QCoreApplication.translate("Vocabulary", "Imported"),
        "attendance_recorded": QCoreApplication.translate("Vocabulary", "Attendance recorded"),
        "committee_outcome": QCoreApplication.translate("Vocabulary", "Committee outcome"),
        "decided": QCoreApplication.translate("Vocabulary", "Decision recorded"),
        "denial_recorded": QCoreApplication.translate("Vocabulary", "Denial recorded"),
        "denial_notice_recorded": QCoreApplication.translate(
            "Vocabulary", "Denial notice recorded"
        ),
        "licence_issued": QCoreApplication.translate("Vocabulary", "Licence issued"),
        "licence_amended": QCoreApplication.translate("Vocabulary", "Licence amended"),
        "shipment_recorded": QCoreApplication.translate("Vocabulary", "Shipment recorded"),
        "sanctions_screened": QCoreApplication.translate(
            "Vocabulary", "Screened against the UN sanctions list"
        ),
        "sanctions_hit_confirmed": QCoreApplication.translate(
            "Vocabulary", "UN sanctions list hit confirmed"
        ),
        "sanctions_hit_rejected": QCoreApplication.translate(
            "Vocabulary", "UN sanctions list hit rejected"
        ),
        # Issue 14: change requests on a licence, and handovers when an account closes.
        "change_request_recorded": QCoreApplication.translate(
            "Vocabulary", "Change request recorded"
        ),
        "change_request_consented": QCoreApplication.translate(
            "Vocabulary", "Change request consented to"
        ),
        "change_request_refused": QCoreApplication.translate(
            "Vocabulary", "Change request refused"
        ),
        "licence_change_consented": QCoreApplication.translate(
            "Vocabulary", "Change to the licence consented to"
        ),
        "handed_over": QCoreApplication.translate("Vocabulary", "Handed over"),
        "opinion_handed_over": QCoreApplication.translate("Vocabulary", "Opinion handed over"),
        "opinion_left_unanswered": QCoreApplication.translate(
            "Vocabulary", "Agency has nobody to answer"
        ),
        "rows_recorded": QCoreApplication.translate("Vocabulary", "Record rows vouched for"),
        "row_audit_started": QCoreApplication.translate("Vocabulary", "Row digests begin"),
        # Diversion and breach incidents (issue 14).
        "incident_recorded": QCoreApplication.translate("Vocabulary", "Incident recorded"),
        "incident_updated": QCoreApplication.translate("Vocabulary", "Incident updated"),
        "incident_closed": QCoreApplication.translate("Vocabulary", "Incident closed"),
        "incident_linked": QCoreApplication.translate("Vocabulary", "Incident concerns this case"),
        "agency_mandate_changed": QCoreApplication.translate("Vocabulary", "Agency mandate"),
        "consultation_rule_added": QCoreApplication.translate(
            "Vocabulary", "Consultation rule added"
        ),
        "consultation_rule_deactivated": QCoreApplication.translate(
            "Vocabulary", "Consultation rule retired"
        ),
        # Issue 14: GBV consultation, training register, end-user certificate checks.
        "gbv_consultation_asked": QCoreApplication.translate(
            "Vocabulary", "Gender adviser consulted"
        ),
        "gbv_consultation_answered": QCoreApplication.translate(
            "Vocabulary", "Gender adviser answered"
        ),
        "training_recorded": QCoreApplication.translate("Vocabulary", "Training recorded"),
        "euc_check_recorded": QCoreApplication.translate(
            "Vocabulary", "End-user certificate checked"
        ),
    }
    from att_desktop.ui.follow_up.labels import action_label  # issue 14

    return labels.get(action) or action_label(action) or action.replace("_", " ")


def field_label(name: str) -> str:
    """The application fields named in the history's "Edited ..." entries."""
    labels = {
        # Issue 14: noted when GBV answers are saved without valid GBV training.
        "valid_gbv_training": QCoreApplication.translate(
            "Vocabulary", "valid training on gender-based violence recorded"
        ),
        "transfer_type": QCoreApplication.translate("Vocabulary", "transfer type"),
        "status": QCoreApplication.translate("Vocabulary", "status"),
        "applicant": QCoreApplication.translate("Vocabulary", "applicant"),
        "destination_code": QCoreApplication.translate("Vocabulary", "final importing State"),
        "exporting_code": QCoreApplication.translate("Vocabulary", "exporting State"),
        "intended_end_use": QCoreApplication.translate("Vocabulary", "intended end use"),
        "euc_number": QCoreApplication.translate("Vocabulary", "end-user certificate number"),
        "euc_issuer": QCoreApplication.translate("Vocabulary", "end-user certificate issuer"),
        "euc_date": QCoreApplication.translate("Vocabulary", "end-user certificate date"),
        "received_on": QCoreApplication.translate("Vocabulary", "date received"),
        "parties": QCoreApplication.translate("Vocabulary", "parties"),
        "transit_codes": QCoreApplication.translate("Vocabulary", "transit States"),
        "items": QCoreApplication.translate("Vocabulary", "line items"),
        "agencies": QCoreApplication.translate("Vocabulary", "agencies"),
        "due": QCoreApplication.translate("Vocabulary", "opinions due"),
        "required": QCoreApplication.translate("Vocabulary", "required by the rules"),
        "skipped": QCoreApplication.translate("Vocabulary", "required, not consulted"),
        "added": QCoreApplication.translate("Vocabulary", "consulted, not required"),
        "urgent": QCoreApplication.translate("Vocabulary", "urgent because"),
    }
    return labels.get(name, name.replace("_", " "))


def document_kind_label(kind: str) -> str:
    labels = {
        "end_user_certificate": QCoreApplication.translate("Vocabulary", "End-user certificate"),
        "contract": QCoreApplication.translate("Vocabulary", "Contract"),
        "technical_specification": QCoreApplication.translate(
            "Vocabulary", "Technical specification"
        ),
        "import_permit": QCoreApplication.translate("Vocabulary", "Import permit"),
        "correspondence": QCoreApplication.translate("Vocabulary", "Correspondence"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }
    return labels.get(kind, kind)


def format_date(value: date | None) -> str:
    """ISO 8601 dates (2026-03-31) in every language: day and month never swap between the
    six languages (31/03 in French, 3/31 in US English), an officer reading a date out to a
    colleague abroad is never misread, and the register sorts them as written."""
    return value.isoformat() if value is not None else ""


def format_datetime(value: datetime | None) -> str:
    """Stored in UTC; shown in the workstation's local time, to the minute."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def localise_number(text: str, locale: QLocale | None = None) -> str:
    """A number written ``1,250,000.50`` in the locale's separators and digits.

    Amounts are Decimals: formatting them as text first and only then swapping separators
    and digits keeps every recorded digit, where ``QLocale.toString(float)`` would round a
    large amount. ``1 250 000,50`` in French, ``1.250.000,50`` in Spanish, Arabic-Indic digits
    in Arabic; English and Chinese unchanged."""
    locale = locale if locale is not None else QLocale()
    zero = ord(locale.zeroDigit())
    table = {ord(","): "\x00", ord("."): locale.decimalPoint()}
    if zero != ord("0"):
        table.update({ord("0") + d: chr(zero + d) for d in range(10)})
    return text.translate(table).replace("\x00", locale.groupSeparator())


def format_amount(value: Decimal | None, currency: str) -> str:
    """``1,250,000.00 EUR``; a case whose items use several currencies has no single total."""
    if currency == MIXED_CURRENCIES:
        return QCoreApplication.translate("Vocabulary", "mixed currencies")
    if value is None:
        return ""
    text = localise_number(format(value.quantize(Decimal("0.01")), ",.2f"))
    return f"{text} {currency}".strip()


def format_quantity(value: Decimal, unit: str = "") -> str:
    """``1,200 pcs``: no trailing zeros from the database's fixed scale."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    text = localise_number(format(normal, ",f"))
    return f"{text} {unit}".strip()
