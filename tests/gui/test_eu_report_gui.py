"""The EU annual report from the Reports menu (issue 16): the focal point previews the
exports and brokering tables, a finding opens the record to fix, and JSON is written."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import LineItem
from att_desktop.ui.reporting.eu_builder import EuReportDialog
from tests.gui.held import Hold
from tests.gui.test_committee_flow import sign_in
from tests.gui.test_report_builder import SavePaths
from tests.gui.test_reports_menu import Signed, _from_reports_menu, signed

__all__ = ["signed"]


def test_the_focal_point_builds_the_eu_report_and_a_finding_opens_the_case(
    qtbot: QtBot, signed: Signed, db: Database, tmp_path: Path
) -> None:
    window, manager = signed.window, signed.manager
    with db.session() as s:  # a rating typed before issue 16, not an entry of the list
        item = s.scalars(select(LineItem).where(LineItem.description == "Pistol 9 mm")).one()
        item.control_rating = "Schedule 2"
        case_id = item.application_id
    assert not window.action_eu_report.isEnabled()  # nobody signed in
    sign_in(qtbot, manager, "focal")
    saves = SavePaths(tmp_path)
    window.report_save_path = saves
    _from_reports_menu(qtbot, window, Qt.Key.Key_E)
    dialog = window.report_windows["eu_report"]
    assert isinstance(dialog, EuReportDialog)
    qtbot.waitExposed(dialog)
    dialog.year.setValue(2025)
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    report = dialog.report
    assert report is not None
    table = dialog.exports_table
    cells = [[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())]
    assert ["Brazil", "ML1"] in cells and ["United States", "not rated"] in cells
    assert table.item(table.rowCount() - 1, 0).text() == "Total"
    assert "error" in dialog.status.text()
    # The rating's finding opens the case to fix.
    dialog.tabs.setCurrentWidget(dialog.findings)
    rows = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    index = next(i for i, text in enumerate(rows) if "Schedule 2" in text)
    dialog.findings.setCurrentRow(index)
    with qtbot.waitSignal(dialog.recordRequested) as asked:
        qtbot.mouseClick(dialog.open_record_button, Qt.MouseButton.LeftButton)
    assert asked.args == [case_id]
    assert window.case_view.case is not None and window.case_view.case.id == case_id
    assert not dialog.export_buttons["json"].isEnabled()  # errors: only as a draft
    qtbot.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    assert saves.asked == ["eu-report-2025.json"]
    data = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
    assert data["sections"]["export"]["total"]["licences_issued"] == 4


def test_the_eu_report_is_read_and_written_off_the_gui_thread(
    qtbot: QtBot, signed: Signed, db: Database, tmp_path: Path, hold: Hold
) -> None:
    """A real register is large: the preview and the file are made on a worker thread while
    the window stays usable, its work buttons off meanwhile."""
    from att_desktop.ui.reporting import eu_builder

    window, manager = signed.window, signed.manager
    sign_in(qtbot, manager, "focal")
    window.report_save_path = SavePaths(tmp_path)
    _from_reports_menu(qtbot, window, Qt.Key.Key_E)
    dialog = window.report_windows["eu_report"]
    assert isinstance(dialog, EuReportDialog)
    collect = hold(eu_builder, "collect_eu_report")
    dialog.year.setValue(2025)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(collect.threads) == 1)
    assert collect.off_the_gui_thread() and dialog.busy()
    assert not dialog.preview_button.isEnabled() and dialog.progress.isVisible()
    collect.release.set()
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        pass
    assert dialog.report is not None and dialog.preview_button.isEnabled()
    write = hold(eu_builder, "write_eu_report")
    if not dialog.export_buttons["csv"].isEnabled():
        qtbot.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    fr = dialog.report_language.findData("fr")
    dialog.report_language.setCurrentIndex(fr)
    qtbot.mouseClick(dialog.export_buttons["xlsx"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(write.threads) == 1)
    assert write.off_the_gui_thread() and not dialog.export_buttons["xlsx"].isEnabled()
    write.release.set()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as written:
        pass
    from openpyxl import load_workbook

    # In the report language chosen, not the window's.
    assert load_workbook(written.args[0]).sheetnames == ["Exportations", "Courtage", "Constats"]
