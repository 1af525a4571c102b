"""The national report and Wassenaar report builders, driven like a person would: the period
typed, dimensions chosen from the lists, Preview clicked, a finding opened, files exported."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reporting.national_builder import NationalReportDialog, WassenaarReportDialog
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_report_builder import SavePaths
from tests.national_register import build_national


def _choose(qtbot: QtBot, combo: QComboBox, data: str | None) -> None:
    """Pick an entry of a drop-down list with the keyboard (arrow keys until it is shown)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def _type_date(qtbot: QtBot, edit: object, text: str) -> None:
    edit.setFocus()  # type: ignore[attr-defined]
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)  # type: ignore[arg-type]


def _preview(qtbot: QtBot, dialog: NationalReportDialog | WassenaarReportDialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)


def _row(dialog: NationalReportDialog | WassenaarReportDialog, first: str) -> list[str]:
    table = dialog.table
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.text() == first:
            return [
                table.item(r, c).text() if table.item(r, c) else ""
                for c in range(table.columnCount())
            ]
    raise AssertionError(f"no row {first}")


def test_national_builder_pivots_opens_a_finding_and_exports(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    build_national(db)
    saves = SavePaths(tmp_path)
    dialog = NationalReportDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=prompter, save_path=saves, today=date(2026, 3, 2)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.start.date() == QDate(2025, 1, 1) and dialog.end.date() == QDate(2025, 12, 31)
    assert not any(b.isEnabled() for b in dialog.export_buttons.values())
    _choose(qtbot, dialog.rows[1], None)  # destination only
    _preview(qtbot, dialog)
    heads = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert heads[:3] == ["Destination", "Authorised: count", "Authorised: value"]
    # Up to 31 December 2025: Brazil's two licences, 196,000 EUR; Syria's denial, 90,000.
    assert _row(dialog, "Brazil")[1:3] == ["2", "196,000"]
    assert _row(dialog, "Syrian Arab Republic")[3:5] == ["1", "90,000"]
    assert _row(dialog, "Total")[-2:] == ["7", "12,586,000 *"]
    assert dialog.status_label.text() == "Preview ready. Errors to fix before export: 1."

    # The GBP finding opens the case whose value has no rate.
    opened: list[int] = []
    dialog.recordRequested.connect(opened.append)
    row = next(r for r in range(dialog.findings.count()) if "GBP" in dialog.findings.item(r).text())
    item = dialog.findings.item(row)
    rect = dialog.findings.visualItemRect(item)
    qtbot.mouseClick(dialog.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1 and "GBP" in dialog.status_label.text()

    # Errors: no export until the draft box is ticked.
    assert not dialog.export_buttons["json"].isEnabled()
    qtbot.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    assert dialog.export_buttons["json"].isEnabled()
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    data = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
    assert data["rows"] == ["destination"] and data["total"]["count"] == 7
    assert saves.asked[-1] == "national-report-2025-01-01-2025-12-31.json"

    # Criterion as rows instead; a change makes the preview stale and export is refused.
    _choose(qtbot, dialog.rows[0], "criterion")
    assert not dialog.export_buttons["pdf"].isEnabled()
    _type_date(qtbot, dialog.end, "2025-06-30")
    _preview(qtbot, dialog)
    assert _row(dialog, "ATT Article 7(1)(b)(ii)")[3:5] == ["1", "90,000"]
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert Path(written.args[0]).read_bytes().startswith(b"%PDF")

    # The same dimension as a row and a column is refused with a message.
    _choose(qtbot, dialog.columns[0], "criterion")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "both a row and a column" in prompter.errors()[-1]


def test_wassenaar_builder_half_year_tables_nil_and_export(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    build_national(db)
    saves = SavePaths(tmp_path)
    dialog = WassenaarReportDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=prompter, save_path=saves, today=date(2026, 3, 2)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # In March 2026 the last half year ended is July-December 2025.
    assert (dialog.year.value(), dialog.half.currentData()) == (2025, 2)
    _choose(qtbot, dialog.half, 1)
    _preview(qtbot, dialog)
    rows = [
        [dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())
    ]
    assert ["II. Armoured combat vehicles", "United Arab Emirates", "3",
            "Armoured personnel carrier 8x8"] in rows  # fmt: skip
    salw = next(r for r in rows if r[0] == "Small arms and light weapons")
    assert salw[1:3] == ["Brazil", "184"]
    assert ["I. Battle tanks", "Nil", "", ""] in rows
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["csv"], Qt.MouseButton.LeftButton)
    lines = list(csv.DictReader(Path(written.args[0]).read_text(encoding="utf-8-sig").splitlines()))
    assert [r["number_of_items"] for r in lines if r["state_code"]] == ["3", "184"]
    assert saves.asked[-1] == "wassenaar-report-2025-H1.csv"

    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Down)  # 2024: nothing delivered
    _preview(qtbot, dialog)
    assert "nothing to report" in dialog.status_label.text()
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert Path(written.args[0]).read_bytes().startswith(b"%PDF")


def test_reports_menu_opens_both_builders(qtbot: QtBot, window: MainWindow) -> None:
    assert window.action_national_report.isEnabled()
    assert window.action_wassenaar_report.isEnabled()
    window.action_national_report.trigger()
    window.action_wassenaar_report.trigger()
    assert isinstance(window.report_windows["national_report"], NationalReportDialog)
    assert isinstance(window.report_windows["wassenaar_report"], WassenaarReportDialog)
    window.close_report_windows()
