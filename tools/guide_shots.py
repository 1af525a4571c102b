"""The user guide's screenshots, taken from the app itself (``screenshots.py --guide``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --guide

Builds the demo database through the services (``fill_demo_register`` and the demo people),
signs in as each role on one window at 1366×768, opens what each chapter shows, and saves
PNGs scaled to at most 1000 px wide into ``resources/guide/images/<language>/``, the names
the chapters' ``<img>`` tags use. Run it again after a change to any window the guide shows.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from att_desktop.config import DATA_DIR_ENV, AppPaths, UserSettings
from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application
from att_desktop.domain.enums import CaseStatus, OpinionKind, TransferType
from att_desktop.services import cases
from att_desktop.services.demo import fill_demo_register
from att_desktop.services.demo_accounts import DEMO_PASSWORD, create_demo_accounts
from att_desktop.ui import ops
from att_desktop.ui.accounts.session_manager import SessionManager, install_sessions
from att_desktop.ui.committee.review import DecideDialog
from att_desktop.ui.help_sections import GUIDE_LANGUAGES
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.prompts import Prompter
from att_desktop.ui.widgets.screen_fit import simulated_screen

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "resources" / "guide" / "images"
WINDOW = QSize(1366, 768)
MAX_WIDTH = 1000
#: What the customs member types in the opinion shown, in each language.
SAMPLE_OPINION = {
    "en": (
        ("reasons", "Customs holds no record against the consignee or the forwarder."),
        ("conditions", "Delivery verification certificate within 90 days of shipment"),
    ),
    "zh_CN": (
        ("reasons", "海关没有收货人或货运代理人的不良记录。"),
        ("conditions", "发运后90天内提交交货核查证明"),
    ),
    "fr": (
        ("reasons", "La douane n'a aucun antécédent concernant le destinataire ou le transitaire."),
        ("conditions", "Certificat de vérification de livraison dans les 90 jours suivant l'envoi"),
    ),
    "ru": (
        ("reasons", "У таможни нет отрицательных сведений о грузополучателе или экспедиторе."),
        ("conditions", "Сертификат подтверждения доставки в течение 90 дней после отгрузки"),
    ),
    "es": (
        ("reasons", "Aduanas no tiene antecedentes contra el consignatario ni el transitario."),
        ("conditions", "Certificado de verificación de entrega dentro de los 90 días del envío"),
    ),
    "ar": (
        ("reasons", "لا يوجد لدى الجمارك أي سجل سلبي بشأن المرسل إليه أو وكيل الشحن."),
        ("conditions", "شهادة التحقق من التسليم في غضون 90 يوماً من الشحن"),
    ),
}


def settle(rounds: int = 5) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    """The widget as a PNG at most ``MAX_WIDTH`` wide, in 256 colours (UI has few)."""
    settle()
    image = widget.grab().toImage()
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    image.save(str(path), "PNG", 0)
    print(f"saved {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")


def case_ids(db: Database, status: CaseStatus, kind: TransferType | None = None) -> list[int]:
    """The cases in ``status`` (of one transfer type if given), oldest first."""
    query = select(Application.id).where(Application.status == status)
    if kind is not None:
        query = query.where(Application.transfer_type == kind)
    with db.session() as session:
        return list(session.scalars(query.order_by(Application.id)))


def sign_in(manager: SessionManager, username: str) -> None:
    """Hand the window to ``username`` as a person would: Switch user, then the form."""
    if manager.current is not None:
        manager.switch_user()
    assert manager.lock_screen is not None
    form = manager.lock_screen.sign_in
    form.username.setText(username)
    form.password.setText(DEMO_PASSWORD)
    form.button.click()
    settle()
    assert manager.current is not None, f"{username} could not sign in"


def wait_for_ops() -> None:
    while not ops.idle():
        settle(1)


def officer_shots(window: MainWindow, shot: Callable[[QWidget, str], None], case: int) -> None:
    window.open_case(case)
    shot(window, "main-window")
    draft = case_ids(window.db, CaseStatus.UNDER_ASSESSMENT) or case_ids(
        window.db, CaseStatus.SUBMITTED
    )
    window.edit_case(cases.get_case(window.db, draft[0]))
    dialog = window.application_dialog
    assert dialog is not None
    dialog.resize(dialog.size().boundedTo(WINDOW))
    shot(dialog, "application-dialog")
    dialog.reject()
    wizard = window.assess_case(case)
    assert wizard is not None
    wizard.resize(wizard.size().boundedTo(WINDOW))
    for page, name in ((0, "wizard-article6"), (1, "wizard-article7"), (2, "wizard-gbv")):
        wizard.go_to(page)
        shot(wizard, name)
    wizard.go_to(5)
    shot(wizard, "wizard-conclusion")
    wizard.close()


def committee_shots(window: MainWindow, shot: Callable[[QWidget, str], None], case: int) -> None:
    window.open_case(case)
    review = window.committee.review
    window.case_view.tabs.setCurrentWidget(review)
    shot(window, "committee-tab")
    review.open_opinion()
    dialog = review.dialog
    assert dialog is not None
    dialog.choose(OpinionKind.APPROVE_WITH_CONDITIONS)
    for name, text in SAMPLE_OPINION[window.language]:
        getattr(dialog, name).setPlainText(text)
    shot(dialog, "opinion-dialog")
    dialog.reject()


def take(db: Database, paths: AppPaths, language: str, prompter: Prompter) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    out = IMAGES / language
    out.mkdir(parents=True, exist_ok=True)
    translators = install_translators(app, language)
    window = MainWindow(db, paths, UserSettings(language=language), prompter, read_register=False)
    manager = install_sessions(window, db, prompter)
    window.resize(WINDOW)
    window.show()

    def shot(widget: QWidget, name: str) -> None:
        save(widget, out / f"{name}.png")

    # An export: Article 7 (and its wizard pages) applies to exports under the demo policy.
    in_committee = case_ids(db, CaseStatus.IN_COMMITTEE, TransferType.EXPORT)[0]
    sign_in(manager, "officer")
    officer_shots(window, shot, in_committee)
    sign_in(manager, "customs")
    committee_shots(window, shot, in_committee)
    sign_in(manager, "decider")
    window.open_case(in_committee)
    window.committee.review.open_decide()
    decide = window.committee.review.dialog
    if isinstance(decide, DecideDialog):
        # Authorise, as the chapter describes: validity, lines and the proposed conditions.
        decide.authorise.click()
        shot(decide, "decide-dialog")
        decide.reject()
    sign_in(manager, "focal")
    builder = window.open_annual_report()
    builder.resize(builder.size().boundedTo(WINDOW))
    builder.build_preview()
    wait_for_ops()
    shot(builder, "report-builder")
    builder.close()
    sign_in(manager, "admin")
    manager.open_accounts()
    if manager.accounts_dialog is not None:
        shot(manager.accounts_dialog, "accounts")
        manager.accounts_dialog.reject()
    authority = window.open_authority_settings()
    shot(authority, "authority-dialog")
    authority.close()
    manager.idle_timer.stop()
    window.close()
    window.deleteLater()
    manager.deleteLater()
    settle()
    remove_translators(app, translators)


def main_guide(prompter: Prompter, languages: tuple[str, ...] = ()) -> int:
    """The guide's screenshots in ``languages`` (default: every language with a guide)."""
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[DATA_DIR_ENV] = tmp
        paths = AppPaths.default()
        db = open_database(Path(tmp) / "guide.sqlite3")
        fill_demo_register(db, seed=2013, cases=120, years=3)
        create_demo_accounts(db)
        # The offscreen platform's screen is 800×800: fit the windows to the laptop screen
        # the guide is written for instead, as app.main's screen fit does on a real one.
        with simulated_screen(WINDOW):
            for language in languages or GUIDE_LANGUAGES:
                take(db, paths, language, prompter)
        db.close()
    return 0
