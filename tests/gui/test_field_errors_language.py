"""Issue 15: a refused field says why in the window's language. The domain and the services
report each problem as a Message, so a French or Arabic officer reads the sentence under the
field in French or Arabic, not the English the services keep for their logs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import cases
from att_desktop.services.dto import CaseDetail
from att_desktop.ui.application_dialog import ApplicationDialog
from att_desktop.ui.gbv.training_dialog import TrainingDialog
from att_desktop.ui.i18n import install_translators, remove_translators
from tests.db.gbv_helpers import team
from tests.factories import application
from tests.gui.test_application_dialog import Answers, fill_item, type_into

#: What the officer must read, written out so that a missing translation cannot pass.
EXPECTED = {
    "fr": {
        "quantity": "la quantité ne doit pas être négative",
        "reason": "indiquez pourquoi le dossier est corrigé\u00a0: l’historique le conserve",
        "completed_on": "la date d’achèvement ne peut pas être dans le futur",
    },
    "ar": {
        "quantity": "لا يجوز أن تكون الكمية سالبة",
        "reason": "اذكر سبب تصحيح القضية: يحتفظ السجل بذلك",
        "completed_on": "لا يجوز أن يكون تاريخ الإتمام في المستقبل",
    },
}


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language as the main window sets it: translators installed."""
    translators = install_translators(qapp, request.param)
    yield str(request.param)
    remove_translators(qapp, translators)


def _dialog(
    qtbot: QtBot, db: Database, language: str, original: CaseDetail | None = None
) -> ApplicationDialog:
    dialog = ApplicationDialog(db, language, original, confirm_discard=Answers(False))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_negative_quantity_is_refused_in_the_window_language(
    qtbot: QtBot, db: Database, language: str
) -> None:
    dialog = _dialog(qtbot, db, language)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    card = dialog.items.card(0)
    fill_item(qtbot, card, description="Pistol 9 mm", quantity="-5")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    wanted = EXPECTED[language]["quantity"]
    assert dialog.isVisible() and dialog.saved_case is None
    assert dialog.error_for("items[0].quantity") == wanted
    assert card.slots["quantity"].message.text() == wanted
    summary = [text for path, text in dialog.summary.problems() if path == "items[0].quantity"]
    assert len(summary) == 1 and summary[0].endswith(wanted)


def test_a_service_refusal_of_a_field_is_shown_in_the_window_language(
    qtbot: QtBot, db: Database, language: str
) -> None:
    """The refusal comes from the service: a registered case changes only with a reason."""
    registered = cases.create_application(db, application(), status=CaseStatus.SUBMITTED)
    dialog = _dialog(qtbot, db, language, registered)
    type_into(qtbot, dialog.end_use, " (corrected)")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.saved_case is None
    assert dialog.error_for("reason") == EXPECTED[language]["reason"]
    assert dialog.reason_slot.message.text() == EXPECTED[language]["reason"]


def test_a_course_completed_in_the_future_is_refused_in_the_window_language(
    qtbot: QtBot, db: Database, language: str
) -> None:
    people = team(db, second_adviser=False)
    dialog = TrainingDialog(db, people.admin, people.officer.user_id, "Officer")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.completed_on.setText((date.today() + timedelta(days=3)).isoformat())
    qtbot.keyClicks(dialog.title, "GBV in export risk assessment")

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert dialog.error.text() == EXPECTED[language]["completed_on"]
    assert dialog.table.rowCount() == 0
