"""Issue 15: the customs import dialog lists a file's row problems in the window's language
(the cells' own words from ``formats.table_files``, not just the row and column)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.services.assessment import record_destination_information
from att_desktop.services.decisions import decide
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.ui.i18n import install_translators, remove_translators
from att_desktop.ui.reassessment import ReassessmentDialog
from att_desktop.ui.reporting import CustomsImportDialog
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.gui.conftest import ScriptedPrompter
from tests.report_register import build_with_shipments
from tests.unit.assessment_cases import complete


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)


def single_user() -> Actor:
    return LOCAL_OFFICER


def test_customs_row_errors_are_listed_in_french(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, french: None
) -> None:
    build_with_shipments(db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity,value,currency\n"
        "LIC/2025/00001,1,le 1er juillet,MRN-9,5,100,EUR\n"
        "LIC/2025/00001,1,2025-07-01,MRN-9,-5,100,EUR\n",
        encoding="utf-8",
    )
    prompter.files = [str(bad)]
    dialog = CustomsImportDialog(db, actor=single_user, prompter=prompter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    shown = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]  # type: ignore[union-attr]
    assert shown == [
        "ligne 2, shipped_on\u00a0: «\u00a0le 1er juillet\u00a0» n’est pas une date\u00a0; "
        "écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-31",
        "ligne 3, quantity\u00a0: ne doit pas être négatif",
    ]
    assert not any("is not a date" in s or "must not be negative" in s for s in shown)
    assert not dialog.import_button.isEnabled()


def test_the_reassessment_window_gives_the_reasons_in_french(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, french: None
) -> None:
    """Issue 15: the reason a licence is listed for reassessment is worded in the window's
    language; what the officer typed about the destination stays as typed."""
    case = register(db, "BR")
    assessed_and_completed(db, case.id, complete())
    decide(db, case.id, authorise(db, case.id))
    record_destination_information(db, "BR", "Reports of abuses.", on_date=date(2026, 5, 1))
    dialog = ReassessmentDialog(db, "fr", prompter=prompter, today=date(2026, 7, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    cell = dialog.table.item(0, 4).text()  # type: ignore[union-attr]
    assert cell.startswith("Nouvelles informations sur BR enregistrées le ")
    assert cell.endswith("Reports of abuses.")
    assert "• Nouvelles informations sur BR" in dialog.reasons.text()
    assert "New information" not in dialog.reasons.text() + cell
