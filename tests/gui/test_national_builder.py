"""The national report and Wassenaar report builders, driven like a person would: the period
typed, dimensions chosen from the lists, Preview clicked, a finding opened, files exported."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.i18n import msg
from att_desktop.services import national_report
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.errors import ServiceError
from att_desktop.ui import ops
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reporting import national_builder
from att_desktop.ui.reporting.national_builder import (
    NationalReportDialog,
    WassenaarReportDialog,
    open_wassenaar_report,
)
from tests.gui.conftest import ScriptedPrompter
from tests.gui.held import Hold
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


Builder = type[NationalReportDialog] | type[WassenaarReportDialog]
#: Each builder, the service call that collects its report, and its writer.
BUILDERS = [
    (NationalReportDialog, "collect_national", "write_national_report"),
    (WassenaarReportDialog, "collect_wassenaar", "write_wassenaar_report"),
]


def _builder(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, cls: Builder
) -> NationalReportDialog | WassenaarReportDialog:
    dialog = cls(
        db,
        actor=lambda: LOCAL_OFFICER,
        prompter=prompter,
        save_path=SavePaths(tmp_path),
        today=date(2026, 3, 2),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _work_buttons(dialog: NationalReportDialog | WassenaarReportDialog) -> list[QWidget]:
    return [dialog.preview_button, dialog.draft, *dialog.export_buttons.values()]


@pytest.mark.parametrize(("cls", "service", "writer"), BUILDERS)
def test_preview_and_export_run_off_the_gui_thread_while_the_window_answers(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None,
    hold: Hold, cls: Builder, service: str, writer: str,
) -> None:  # fmt: skip
    build_national(db)
    collect = hold(national_report, service)
    dialog = _builder(qtbot, db, prompter, tmp_path, cls)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(collect.threads) == 1)  # the worker is inside collect now
    assert collect.off_the_gui_thread()
    assert dialog.busy() and not any(b.isEnabled() for b in _work_buttons(dialog))
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert dialog.status_label.text().startswith("Reading the records of ")
    # The GUI thread runs its event loop: a timer fires, a click on a tab is processed.
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1
    assert dialog.build_preview() is None and dialog.export("json") is None  # one at a time
    collect.release.set()
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        pass
    assert dialog.report is not None and len(collect.threads) == 1
    assert not dialog.busy() and dialog.preview_button.isEnabled()
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()

    # The file is written on a worker thread too.
    write = hold(national_builder, writer)
    if not dialog.export_buttons["json"].isEnabled():
        qtbot.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(write.threads) == 1)
    assert write.off_the_gui_thread()
    assert dialog.busy() and not any(b.isEnabled() for b in _work_buttons(dialog))
    assert dialog.progress.isVisible() and dialog.status_label.text().startswith("Writing ")
    write.release.set()
    with qtbot.waitSignal(dialog.exported, timeout=10000) as written:
        pass
    assert Path(written.args[0]).stat().st_size > 0
    assert dialog.status_label.text() == f"Written: {written.args[0]}"
    assert dialog.export_buttons["json"].isEnabled() and prompter.shown == []


@pytest.mark.parametrize(("cls", "service"), [b[:2] for b in BUILDERS])
def test_errors_from_the_worker_are_shown_and_the_builder_stays_usable(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None,
    monkeypatch: pytest.MonkeyPatch, cls: Builder, service: str,
) -> None:  # fmt: skip
    build_national(db)
    real = getattr(national_report, service)

    def refused(*args: object, **kwargs: object) -> object:
        raise ServiceError(msg("Only the national focal point may build reports."))

    monkeypatch.setattr(national_report, service, refused)
    dialog = _builder(qtbot, db, prompter, tmp_path, cls)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert prompter.errors() == ["Only the national focal point may build reports."]
    assert dialog.report is None and dialog.preview_button.isEnabled()
    assert not dialog.progress.isVisible() and dialog.status_label.text() == ""

    # A file that cannot be written: the OS error, and the buttons back for another try.
    monkeypatch.setattr(national_report, service, real)
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    blocked = tmp_path / "report.json"
    blocked.mkdir()  # a folder where the file should go
    dialog._save_path = lambda *args: str(blocked)
    if not dialog.export_buttons["json"].isEnabled():
        qtbot.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert exported == [] and len(prompter.errors()) == 2
    assert prompter.errors()[-1].startswith(f"Could not write {blocked}: ")
    assert dialog.export_buttons["json"].isEnabled()


def test_closing_while_the_preview_is_read_drops_it_cleanly(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None,
    hold: Hold,
) -> None:  # fmt: skip
    build_national(db)
    collect = hold(national_report, "collect_wassenaar")
    builder = open_wassenaar_report(
        None, db, actor=lambda: LOCAL_OFFICER, prompter=prompter, save_path=SavePaths(tmp_path)
    )
    qtbot.waitExposed(builder)
    qtbot.mouseClick(builder.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(collect.threads) == 1)
    gone: list[bool] = []
    builder.destroyed.connect(lambda: gone.append(True))
    builder.close()  # deleted on close, while the worker still reads
    qtbot.waitUntil(lambda: gone == [True])
    collect.release.set()
    qtbot.waitUntil(ops.idle)
    assert prompter.shown == []
