"""The UN Register report builder (issue 16): choose the year, preview, open a finding's
record, enter background information, export files whose figures are checked."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database, DatabaseLockedError
from att_desktop.domain.reporting.unroca import BackgroundEntry, BackgroundKind
from att_desktop.i18n import msg
from att_desktop.services import unroca
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.errors import ServiceError
from att_desktop.services.unroca import list_background
from att_desktop.ui import ops
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reporting import unroca_builder
from att_desktop.ui.reporting.unroca_builder import (
    UnrocaBackgroundDialog,
    UnrocaBuilderDialog,
    open_unroca_builder,
)
from tests.gui.conftest import ScriptedPrompter
from tests.gui.held import Hold
from tests.gui.test_report_builder import SavePaths, register_app_id
from tests.report_register import build_with_shipments, ship


def _dialog(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, saves: SavePaths
) -> UnrocaBuilderDialog:
    dialog = UnrocaBuilderDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=prompter, save_path=saves, today=date(2026, 9, 1)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cells(dialog: UnrocaBuilderDialog, key: str) -> list[list[str]]:
    table = dialog.tables[key]
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in (0, 1, 2)]
        for r in range(table.rowCount())
    ]


def test_choose_the_year_preview_fix_and_export(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    reg = build_with_shipments(db)
    assert ship(db, reg, "EXP/2", date(2025, 7, 1), "C-2507", (1, 3, 1_500_000)).saved
    # A line with no category shipped in 2025: an error that blocks the export.
    assert ship(db, reg, "EXP/6", date(2025, 4, 1), "C-2504", (1, 5, 5000)).saved
    saves = SavePaths(tmp_path)
    dialog = _dialog(qtbot, db, prompter, saves)
    assert dialog.year.value() == 2026  # after 31 May: this year's is the one due next
    assert not any(b.isEnabled() for b in dialog.export_buttons.values())
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2025")
    assert dialog.year.value() == 2025
    with qtbot.waitSignal(dialog.previewed):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert _cells(dialog, "exports") == [
        ["II Armoured combat vehicles", "Norway", "3"],
        ["Total", "", "3"],
    ]
    assert _cells(dialog, "imports") == [["Nil: nothing to report.", "", ""]]
    assert _cells(dialog, "salw_exports") == [
        ["VIII.SA.2 Rifles and carbines", "Brazil", "120"],
        ["VIII.SA.4 Assault rifles", "Brazil", "60"],
        ["Total", "", "180"],
    ]
    assert dialog.report is not None and dialog.report.has_errors
    assert not dialog.export_buttons["pdf"].isEnabled()

    # The finding opens the case to fix.
    row = next(
        r
        for r in range(dialog.findings.count())
        if (f := dialog.finding_at(r)) is not None and f.code == "no_category"
    )
    dialog.tabs.setCurrentIndex(5)
    item = dialog.findings.item(row)
    rect = dialog.findings.visualItemRect(item)
    viewport = dialog.findings.viewport()
    with qtbot.waitSignal(dialog.recordRequested) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [register_app_id(db, "EXP/6")]

    # A draft may still be written: PDF and JSON.
    dialog.draft.setFocus()
    qtbot.keyClick(dialog.draft, Qt.Key.Key_Space)
    assert dialog.export_buttons["json"].isEnabled()
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    data = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
    assert saves.asked == ["UN-Register-report-2025-SE.json"]
    assert data["tables"]["exports"]["total_items"] == "3"
    assert data["tables"]["salw_exports"]["total_items"] == "180"
    assert data["tables"]["imports"]["nil"] is True
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert Path(written.args[0]).read_bytes().startswith(b"%PDF")
    # Another year makes the preview stale.
    qtbot.keyClick(dialog.year, Qt.Key.Key_Up)
    assert not dialog.export_buttons["json"].isEnabled()
    assert prompter.errors() == []


def test_enter_background_information_for_the_year(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    build_with_shipments(db)
    dialog = _dialog(qtbot, db, prompter, SavePaths(tmp_path))
    dialog.year.setValue(2025)
    with qtbot.waitSignal(dialog.previewed):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.background.rowCount() == 0
    qtbot.mouseClick(dialog.background_button, Qt.MouseButton.LeftButton)
    background = dialog.background_dialog
    assert isinstance(background, UnrocaBackgroundDialog) and background.year == 2025
    qtbot.waitExposed(background)
    number, description, _remarks = background.fields[
        background.row_of(BackgroundKind.HOLDINGS, "I")
    ]
    qtbot.keyClicks(number, "120")
    qtbot.keyClicks(description, "Leopard 2A5")
    produced, what, _ = background.fields[background.row_of(BackgroundKind.PRODUCTION, "II")]
    qtbot.keyClicks(produced, "1x4")  # a typing slip: refused, nothing saved
    qtbot.mouseClick(background.save_button, Qt.MouseButton.LeftButton)
    assert [s[0] for s in prompter.shown] == ["error"] and "1x4" in prompter.shown[0][2]
    assert list_background(db, 2025) == ()
    produced.clear()
    qtbot.keyClicks(produced, "14")
    qtbot.keyClicks(what, "CV90")
    with qtbot.waitSignal(dialog.previewed):  # saved: the preview is rebuilt with it
        qtbot.mouseClick(background.save_button, Qt.MouseButton.LeftButton)
    assert list_background(db, 2025) == (
        BackgroundEntry(BackgroundKind.HOLDINGS, "I", Decimal(120), "Leopard 2A5"),
        BackgroundEntry(BackgroundKind.PRODUCTION, "II", Decimal(14), "CV90"),
    )
    shown = [
        [dialog.background.item(r, c).text() for c in (0, 1, 2, 3)]
        for r in range(dialog.background.rowCount())
    ]
    assert shown == [
        ["Military holdings", "I Battle tanks", "120", "Leopard 2A5"],
        ["Procurement through national production", "II Armoured combat vehicles", "14", "CV90"],
    ]
    # Opened again, the form shows what is kept for the year.
    qtbot.mouseClick(dialog.background_button, Qt.MouseButton.LeftButton)
    again = dialog.background_dialog
    assert again is not None and again is not background
    assert again.fields[again.row_of(BackgroundKind.HOLDINGS, "I")][0].text() == "120"


def test_the_reports_menu_opens_the_builder(qtbot: QtBot, window: MainWindow) -> None:
    assert window.action_unroca_report.isEnabled()  # type: ignore[attr-defined]
    window.action_unroca_report.trigger()  # type: ignore[attr-defined]
    builder = window.report_windows["unroca_report"]
    assert isinstance(builder, UnrocaBuilderDialog)
    assert window.reports.open_unroca_report() is builder  # one of each, brought forward


def _work_buttons(dialog: UnrocaBuilderDialog) -> list[QWidget]:
    return [
        dialog.preview_button,
        dialog.draft,
        dialog.background_button,
        *dialog.export_buttons.values(),
    ]


def test_preview_and_export_run_off_the_gui_thread_while_the_window_answers(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None,
    hold: Hold,
) -> None:  # fmt: skip
    """A year of a large register takes a while: the window keeps answering meanwhile."""
    build_with_shipments(db)
    collect = hold(unroca, "collect_unroca")
    dialog = _dialog(qtbot, db, prompter, SavePaths(tmp_path))
    dialog.year.setValue(2025)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(collect.threads) == 1)  # the worker is inside collect now
    assert collect.off_the_gui_thread()
    assert dialog.busy() and not any(b.isEnabled() for b in _work_buttons(dialog))
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert dialog.status_label.text() == "Reading the records of 2025…"
    # The GUI thread runs its event loop: a timer fires, a click on a tab is processed.
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(5).center())
    assert dialog.tabs.currentIndex() == 5
    assert dialog.build_preview() is None and dialog.export("json") is None  # one at a time
    collect.release.set()
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        pass
    assert dialog.report is not None and dialog.report.year == 2025 and len(collect.threads) == 1
    assert not dialog.busy() and dialog.preview_button.isEnabled()
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()

    # The file is written on a worker thread too.
    from att_desktop.formats import unroca_writers

    write = hold(unroca_writers, "write_unroca")
    if not dialog.export_buttons["json"].isEnabled():
        qtbot.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(write.threads) == 1)
    assert write.off_the_gui_thread()
    assert dialog.busy() and not any(b.isEnabled() for b in _work_buttons(dialog))
    assert dialog.progress.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.status_label.text() == "Writing 1-UN-Register-report-2025-SE.json…"
    write.release.set()
    with qtbot.waitSignal(dialog.exported, timeout=10000) as written:
        pass
    assert "tables" in json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
    assert dialog.status_label.text() == f"Written: {written.args[0]}"
    assert dialog.export_buttons["json"].isEnabled() and prompter.shown == []


def test_errors_from_the_worker_are_shown_and_the_builder_stays_usable(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    build_with_shipments(db)
    real = unroca.collect_unroca

    def locked(*args: object, **kwargs: object) -> object:
        raise DatabaseLockedError("The database is busy in another program: try again.")

    monkeypatch.setattr(unroca, "collect_unroca", locked)
    blocked = tmp_path / "report.json"
    blocked.mkdir()  # a folder where the file should go
    dialog = _dialog(qtbot, db, prompter, SavePaths(tmp_path))
    dialog.year.setValue(2025)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert prompter.errors() == ["The database is busy in another program: try again."]
    assert dialog.report is None and dialog.preview_button.isEnabled()
    assert not dialog.progress.isVisible() and dialog.status_label.text() == ""

    # A refusal by the service, in the window's language.
    def refused(*args: object, **kwargs: object) -> object:
        raise ServiceError(msg("Only the national focal point may build reports."))

    monkeypatch.setattr(unroca, "collect_unroca", refused)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert prompter.errors()[-1] == "Only the national focal point may build reports."

    # A file that cannot be written: the OS error, and the buttons back for another try.
    monkeypatch.setattr(unroca, "collect_unroca", real)
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    dialog._save_path = lambda *args: str(blocked)
    if not dialog.export_buttons["json"].isEnabled():
        qtbot.mouseClick(dialog.draft, Qt.MouseButton.LeftButton)
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert exported == [] and len(prompter.errors()) == 3
    assert prompter.errors()[-1].startswith(f"Could not write {blocked}: ")
    assert dialog.export_buttons["json"].isEnabled()


def test_closing_while_the_preview_is_read_drops_it_cleanly(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None,
    hold: Hold,
) -> None:  # fmt: skip
    build_with_shipments(db)
    collect = hold(unroca, "collect_unroca")
    # Closed with the Close button: the preview is cancelled, its result dropped.
    dialog = _dialog(qtbot, db, prompter, SavePaths(tmp_path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(collect.threads) == 1)
    dialog.reject()
    collect.release.set()
    qtbot.waitUntil(ops.idle)
    assert dialog.report is None and dialog.status_label.text() == "The preview was cancelled."
    # Opened from the menu the window is deleted on close: the worker outlives it quietly.
    collect.release.clear()
    builder = open_unroca_builder(
        None, db, actor=lambda: LOCAL_OFFICER, prompter=prompter, save_path=SavePaths(tmp_path)
    )
    qtbot.waitExposed(builder)
    qtbot.mouseClick(builder.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(collect.threads) == 2)
    gone: list[bool] = []
    builder.destroyed.connect(lambda: gone.append(True))
    builder.close()
    qtbot.waitUntil(lambda: gone == [True])
    collect.release.set()
    qtbot.waitUntil(ops.idle)
    assert prompter.shown == []


def test_background_information_is_kept_off_the_gui_thread_and_a_failure_is_shown(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None, hold: Hold,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    build_with_shipments(db)
    background = UnrocaBackgroundDialog(db, 2025, actor=lambda: LOCAL_OFFICER, prompter=prompter)
    qtbot.addWidget(background)
    background.show()
    qtbot.waitExposed(background)
    number, _description, _remarks = background.fields[
        background.row_of(BackgroundKind.HOLDINGS, "I")
    ]
    qtbot.keyClicks(number, "120")
    kept = hold(unroca_builder, "set_background")
    qtbot.mouseClick(background.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(kept.threads) == 1)
    assert kept.off_the_gui_thread() and not background.save_button.isEnabled()
    kept.release.set()
    qtbot.waitUntil(lambda: not background.isVisible())
    assert [e.number_of_items for e in list_background(db, 2025)] == [Decimal(120)]

    def locked(*args: object, **kwargs: object) -> None:
        raise DatabaseLockedError("The database is busy in another program: try again.")

    monkeypatch.setattr(unroca_builder, "set_background", locked)
    again = UnrocaBackgroundDialog(db, 2025, actor=lambda: LOCAL_OFFICER, prompter=prompter)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ops.idle)
    assert prompter.errors() == ["The database is busy in another program: try again."]
    assert again.isVisible() and again.save_button.isEnabled()  # nothing typed is lost
    assert again.fields[again.row_of(BackgroundKind.HOLDINGS, "I")][0].text() == "120"
