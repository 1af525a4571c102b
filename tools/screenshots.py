"""Offscreen screenshots of the main window in English and Chinese, for looking at the UI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUTPUT_DIR]
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --guide [LANGUAGE...]

Fills a temporary database with a few realistic cases, opens one, and saves PNGs of the
window (and the About and Add document dialogs) to ``shots/`` (gitignored) by default.
``--guide`` instead takes the user guide's screenshots (``guide_shots.py``) into
``resources/guide/images/``, where they are committed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from att_desktop.config import DATA_DIR_ENV, AppPaths, UserSettings
from att_desktop.db.engine import Database, open_database
from att_desktop.domain.application import (
    ApplicationInput,
    DocumentInput,
    LineItemInput,
    OrganisationInput,
    PartyInput,
)
from att_desktop.domain.enums import (
    CaseStatus,
    NotReportableReason,
    PartyRole,
    PartyType,
    TransferType,
)
from att_desktop.services import cases
from att_desktop.ui.fonts import install_fonts
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.widgets.screen_fit import install_screen_fit

ROOT = Path(__file__).resolve().parent.parent

EXPORTERS = (
    ("Nordwerk Defence Systems GmbH", "DE"),
    ("Atlantic Ordnance Ltd", "GB"),
    ("Société Navale de Bretagne", "FR"),
    ("Helvetia Precision Arms AG", "CH"),
)
CASES = (
    # type, exporter, destination, end user, transit, items, status
    (
        TransferType.EXPORT,
        0,
        "BR",
        "Ministry of Defence of the Federative Republic of Brazil",
        ("PT",),
        (
            ("Assault rifle 5.56 mm", "NW-416", "ML1", "VIII.SA.4", None, 1200, 2150),
            ("Ammunition 5.56 × 45 mm", "M855A1", "ML3", None, "ammunition", 600000, 1),
            ("Spare barrels", "NW-416-B", "ML1", None, "parts_components", 300, 410),
        ),
        CaseStatus.UNDER_ASSESSMENT,
    ),
    (
        TransferType.EXPORT,
        1,
        "IN",
        "Indian Navy",
        (),
        (("Offshore patrol vessel", "River class Batch 3", "ML9", "VI", None, 2, 95000000),),
        CaseStatus.IN_COMMITTEE,
    ),
    (
        TransferType.EXPORT,
        2,
        "EG",
        "Egyptian Armed Forces",
        ("IT",),
        (("Anti-ship missile", "Exocet MM40 Block 3", "ML4", "VII.a", None, 24, 2800000),),
        CaseStatus.SUBMITTED,
    ),
    (
        TransferType.BROKERING,
        3,
        "KE",
        "Kenya Police Service",
        ("AE",),
        (("Self-loading pistol 9 mm", "HP-9", "ML1", "VIII.SA.1", None, 800, 640),),
        CaseStatus.DRAFT,
    ),
    (
        TransferType.EXPORT,
        0,
        "SA",
        "Royal Saudi Land Forces",
        (),
        (
            ("Main battle tank", "NW Leopard-class 2A7", "ML6", "I", None, 12, 11500000),
            ("Tank gun ammunition 120 mm", "DM63", "ML3", None, "ammunition", 4800, 5200),
        ),
        CaseStatus.DENIED,
    ),
    (
        TransferType.EXPORT,
        1,
        "AU",
        "Australian Defence Force",
        (),
        (
            ("Light machine gun 5.56 mm", "Minimi Mk3", "ML1", "VIII.SA.5", None, 150, 9800),
            ("Heavy machine gun 12.7 mm", "M2HB QCB", "ML1", "VIII.LW.1", None, 60, 14200),
        ),
        CaseStatus.AUTHORISED,
    ),
    (
        TransferType.IMPORT,
        3,
        "CH",
        "",
        (),
        (("Sniper rifle .338", "HPA-338", "ML1", "VIII.SA.2", None, 40, 7300),),
        CaseStatus.SUBMITTED,
    ),
    (
        TransferType.EXPORT,
        2,
        "ID",
        "Indonesian Air Force",
        ("SG",),
        (("Unmanned combat aerial vehicle", "Patroller-C", "ML10", "IV.b", None, 4, 18500000),),
        CaseStatus.UNDER_ASSESSMENT,
    ),
)


def fill(db: Database) -> int:
    """Register the sample cases; return the id of the one to show."""
    first_id = 0
    start = date.today() - timedelta(days=60)
    for n, (kind, exp, dest, end_user, transit, items, status) in enumerate(CASES):
        name, country = EXPORTERS[exp]
        parties: tuple[PartyInput, ...] = ()
        if end_user:
            parties = (PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, end_user, dest),)
        if n == 0:
            parties += (
                PartyInput(
                    PartyRole.CONSIGNEE,
                    PartyType.GOVERNMENT,
                    "Arsenal de Guerra de São Paulo",
                    "BR",
                    "Av. do Estado 5000, São Paulo",
                ),
                PartyInput(
                    PartyRole.INTERMEDIATE_CONSIGNEE,
                    PartyType.COMMERCIAL,
                    "Lisbon Freight Forwarding Lda",
                    "PT",
                ),
                PartyInput(
                    PartyRole.BROKER, PartyType.COMMERCIAL, "Iberia Defence Brokers SL", "ES"
                ),
            )
        inp = ApplicationInput(
            transfer_type=kind,
            applicant=OrganisationInput(name, country, registration_number=f"REG-{1000 + exp}"),
            destination_code=dest,
            exporting_code="CH" if kind is TransferType.IMPORT else "",
            received_on=start + timedelta(days=7 * n),
            parties=parties,
            transit_codes=transit,
            intended_end_use="Equipment of the armed forces for national defence",
            euc_number=f"EUC-{2026}-{117 + n}",
            euc_issuer="Ministry of Defence",
            euc_date=start + timedelta(days=7 * n - 10),
            items=tuple(
                LineItemInput(
                    description=desc,
                    model=model,
                    control_rating=rating,
                    att_category=cat,
                    not_reportable_reason=NotReportableReason(reason) if reason else None,
                    quantity=Decimal(qty),
                    unit="rounds" if reason == "ammunition" else "pcs",
                    value=Decimal(qty) * Decimal(price),
                    currency="EUR",
                )
                for desc, model, rating, cat, reason, qty, price in items
            ),
        )
        detail = cases.create_application(db, inp)
        if status is not CaseStatus.DRAFT:
            cases.set_status(db, detail.id, CaseStatus.SUBMITTED)
        if status not in (CaseStatus.DRAFT, CaseStatus.SUBMITTED):
            cases.set_status(db, detail.id, status, reason="Screenshot sample")
        if n == 0:
            first_id = detail.id
            cases.add_document(
                db,
                detail.id,
                DocumentInput(
                    "end_user_certificate",
                    "End-user certificate signed by the Brazilian MoD",
                    reference="MD/EUC/2026/0117",
                    dated=start - timedelta(days=10),
                    filename="euc-br-0117.pdf",
                ),
            )
            cases.add_document(
                db, detail.id, DocumentInput("contract", "Supply contract", reference="C-88/2026")
            )
    return first_id


class SilentPrompter:
    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"[inform] {title}: {text}")

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"[error] {title}: {text}")

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        return None

    def open_file(
        self, parent: QWidget | None, title: str, directory: str, filters: str
    ) -> str | None:
        return None


def grab(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    print(f"saved {path}")


def application() -> QApplication:
    """The QApplication set up as ``app.main`` does: the shipped fonts and windows fitted to
    the screen, so the shots show what a user sees, not this machine's fonts."""
    qapp = QApplication(sys.argv[:1])
    install_fonts(qapp)
    install_screen_fit(qapp)
    return qapp


def main() -> int:
    if "--guide" in sys.argv[1:]:
        from guide_shots import main_guide

        application()
        # --guide [LANGUAGE...]: only those languages' screenshots (default: every guide's).
        languages = tuple(a for a in sys.argv[1:] if a != "--guide")
        return main_guide(SilentPrompter(), languages)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "shots"
    out.mkdir(parents=True, exist_ok=True)
    qapp = application()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[DATA_DIR_ENV] = tmp
        paths = AppPaths.default()
        db = open_database(Path(tmp) / "shots.sqlite3")
        case_id = fill(db)
        for language in ("en", "zh_CN"):
            translators = install_translators(qapp, language)
            window = MainWindow(db, paths, UserSettings(language=language), SilentPrompter())
            window.show()
            grab(window, out / f"register_{language}.png")
            window.open_case(case_id)
            grab(window, out / f"main_{language}.png")
            window.case_view.tabs.setCurrentIndex(4)
            grab(window, out / f"history_{language}.png")
            window.case_view.tabs.setCurrentIndex(1)
            grab(window, out / f"items_{language}.png")
            window.show_about()
            assert window.about_dialog is not None
            grab(window.about_dialog, out / f"about_{language}.png")
            window.about_dialog.close()
            window.case_view.open_add_document()
            assert window.case_view.document_dialog is not None
            grab(window.case_view.document_dialog, out / f"add_document_{language}.png")
            window.case_view.document_dialog.reject()
            window.close()
            window.deleteLater()
            remove_translators(qapp, translators)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
