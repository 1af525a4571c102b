"""Issue 13 §1: the case view's decision line says an imported decision's provenance."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.services import cases, register
from att_desktop.services.dto import RegisterFilter
from att_desktop.services.register_files import import_register
from att_desktop.ui.case_view import CaseView
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import format_date

ROWS = (
    "transfer_type,status,received_on,applicant,applicant_country,destination,end_user,"
    "end_user_type,end_user_country,description,att_category,quantity,decided_on,decided_by,"
    "licence_number,licence_valid_from,licence_valid_until\n"
    "export,authorised,2025-01-10,Nordic Arms AS,NO,SE,Swedish Army,government,SE,"
    "Armoured personnel carrier,II,4,2025-02-03,Minister Lund,OLD/7,2025-02-03,2026-12-31\n"
)


def test_the_decision_line_says_where_an_imported_decision_came_from(
    qtbot: QtBot, db: Database, app_paths: AppPaths, tmp_path: Path
) -> None:
    path = tmp_path / "paper register 2025.csv"
    path.write_text(ROWS, encoding="utf-8")
    report = import_register(db, path)  # no accounts yet: the single-user policy
    assert report.written, report.errors
    (case_id,) = register.query_ids(db, RegisterFilter())
    view = CaseView(AppContext(db, app_paths, UserSettings(language="en")))
    qtbot.addWidget(view)
    view.show_case(cases.get_case(db, case_id))
    text = view.decision_text()
    assert text.startswith(f"Authorised on {format_date(date(2025, 2, 3))}")
    assert "by Minister Lund" in text
    assert "imported from paper register 2025.csv, row 2, by Local officer on " in text
    assert text.endswith("historical: decided outside the app")
