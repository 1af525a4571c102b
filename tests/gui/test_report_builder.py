"""Building the annual report through the dialog: options by keyboard and clicks, the preview's
totals, findings that open the record to fix, and exported files whose totals are checked."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.reporting import AnnualReport, Basis, ReportOptions
from att_desktop.services.dto import LOCAL_OFFICER
from att_desktop.services.reporting import collect, list_exchange_rates
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reporting.report_builder import ReportBuilderDialog, open_report_builder
from tests.gui.conftest import ScriptedPrompter
from tests.report_register import build_with_shipments


class SavePaths:
    """The save dialog's answers: the next path each time, and what was asked."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked: list[str] = []

    def __call__(self, parent: object, title: str, suggested: str, filters: str) -> str:
        self.asked.append(suggested)
        return str(self.folder / f"{len(self.asked)}-{suggested}")


def _dialog(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, saves: SavePaths
) -> ReportBuilderDialog:
    dialog = ReportBuilderDialog(
        db, actor=lambda: LOCAL_OFFICER, prompter=prompter, save_path=saves, today=date(2026, 3, 2)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _press_space(qtbot: QtBot, widget: object) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_Space)  # type: ignore[arg-type]


def _preview(qtbot: QtBot, dialog: ReportBuilderDialog) -> None:
    # Enter in a field also presses Preview (the default button): let that build end first.
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)


def _finding_row(dialog: ReportBuilderDialog, code: str) -> int:
    for row in range(dialog.findings.count()):
        finding = dialog.finding_at(row)
        if finding is not None and finding.code == code:
            return row
    raise AssertionError(f"no finding {code}")


def _double_click_finding(qtbot: QtBot, dialog: ReportBuilderDialog, row: int) -> None:
    item = dialog.findings.item(row)
    dialog.findings.scrollToItem(item)
    rect = dialog.findings.visualItemRect(item)
    viewport = dialog.findings.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def test_build_preview_fix_and_export_through_the_dialog(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    register = build_with_shipments(db)
    saves = SavePaths(tmp_path)
    dialog = _dialog(qtbot, db, prompter, saves)
    assert dialog.year.value() == 2025  # before 31 May: last year's report is due
    assert "31 May" not in dialog.deadline_label.text()  # ISO date, days counted
    # Plural forms ("day(s)") come from the English catalogue once the lead folds them in.
    assert "by 2026-05-31: 90 day" in dialog.deadline_label.text()
    assert not any(b.isEnabled() for b in dialog.export_buttons.values())  # no preview yet
    rates = [dialog.rates.item(r, 0).text() for r in range(dialog.rates.rowCount())]
    assert rates == ["GBP", "USD"]  # every currency of 2025, USD already has its rate

    _press_space(qtbot, dialog.public_exports)  # the template asks on each form
    assert dialog.public_exports.isChecked() and not dialog.public_imports.isChecked()
    qtbot.keyClicks(dialog.contact_name, "Ingrid Berg")
    qtbot.keyClicks(dialog.contact_email, "att@example.gov")
    # Annex 2: a national definition, chosen by keyboard and added with Enter.
    dialog.definition_category.setFocus()
    while dialog.definition_category.currentData() != "VIII.SA":
        qtbot.keyClick(dialog.definition_category, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.definition_text, "Includes sporting rifles sold to governments.")
    qtbot.keyClick(dialog.definition_text, Qt.Key.Key_Return)
    assert dialog.definitions.count() == 1
    _preview(qtbot, dialog)
    ModelTester(None).check(dialog.exports_page.model)  # type: ignore[arg-type]
    model = dialog.exports_page.model
    shown = [[model.index(r, c).data() for c in (0, 1, 2, 3)] for r in range(model.rowCount())]
    assert shown == [
        ["II Armoured combat vehicles", "Norway", "4", "2,000,000"],
        ["VIII.SA.1 Revolvers and self-loading pistols", "United States", "30", " *"],
        ["VIII.SA.4 Assault rifles", "Brazil", "100", "125,000"],
        ["VIII.LW.6 Mortars of calibres less than 75 mm", "Brazil", "10", "36,000"],
    ]
    totals = dialog.exports_page.totals.text()
    assert "2,161,000 EUR" in totals and "1 line" in totals
    assert "items" not in totals  # tanks and pistols are not added up into one number
    assert dialog.imports_page.stack.currentWidget() is dialog.imports_page.nil_label
    assert "Nil report on imports" in dialog.imports_page.nil_label.text()
    assert "withheld" in dialog.status_label.text()

    # Errors block the export until fixed, or until a draft is allowed.
    assert not dialog.export_buttons["json"].isEnabled()
    # The missing-category finding opens the case to fix.
    with qtbot.waitSignal(dialog.recordRequested) as opened:
        _double_click_finding(qtbot, dialog, _finding_row(dialog, "no_category"))
    assert opened.args == [register_app_id(db, "EXP/6")]

    # The missing GBP rate finding puts the cursor in its rate: type it in, Tab, source, Enter.
    _double_click_finding(qtbot, dialog, _finding_row(dialog, "no_exchange_rate"))
    assert QApplication.focusWidget() is dialog.rate_value
    assert dialog.rate_currency.text() == "GBP"
    qtbot.keyClicks(dialog.rate_value, "1.15")
    qtbot.keyClick(dialog.rate_value, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.rate_source
    qtbot.keyClicks(dialog.rate_source, "Central bank average 2025")
    qtbot.keyClick(dialog.rate_source, Qt.Key.Key_Return)
    assert prompter.errors() == []
    assert [(r.currency, r.rate, r.source) for r in list_exchange_rates(db, 2025)] == [
        ("GBP", Decimal("1.15"), "Central bank average 2025"),
        ("USD", Decimal("0.90"), "Central bank average 2025"),  # unchanged
    ]
    _preview(qtbot, dialog)
    assert [f.code for f in dialog.report.errors] == ["no_category"]  # type: ignore[union-attr]
    assert "2,174,800 EUR" in dialog.exports_page.totals.text()  # + 12,000 GBP x 1.15
    qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    assert saves.asked == []  # refused before asking where
    _press_space(qtbot, dialog.draft)
    assert dialog.export_buttons["xlsx"].isEnabled()
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["xlsx"], Qt.MouseButton.LeftButton)
    wb = load_workbook(written.args[0])
    assert not any(r[0] == "TOTAL" for r in wb["Exports"].iter_rows(values_only=True))
    title = {r[0]: r[1] for r in wb["Title page"].iter_rows(values_only=True) if r[0]}
    assert title["Information withheld (Art. 13(3))"] == "Yes"
    assert "Nil report" in str(wb["Imports"]["B5"].value)

    # Actual exports and imports: the January shipment under the 2024 licence counts.
    for combo in (dialog.exports_basis, dialog.imports_basis):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.options().exports_basis is Basis.ACTUAL
    assert not dialog.export_buttons["json"].isEnabled()  # the preview is stale
    _preview(qtbot, dialog)
    assert not dialog.report.has_errors  # type: ignore[union-attr]
    assert not dialog.draft.isEnabled()
    shown = [[model.index(r, c).data() for c in (0, 1, 2, 3)] for r in range(model.rowCount())]
    assert shown == [
        ["VIII.SA.2 Rifles and carbines", "Brazil", "120", "30,000"],
        ["VIII.SA.4 Assault rifles", "Brazil", "60", "75,000"],
    ]
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    data = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
    assert (data["exports"]["basis"], data["imports"]["basis"]) == ("actual", "actual")
    totals = [(t["number_of_items"], t["value"]) for t in data["exports"]["category_totals"]]
    assert totals == [("120", "30000.00"), ("60", "75000.00")]
    assert "total_items" not in data["exports"]
    assert data["imports"]["nil_report"] is True
    assert data["exports"]["may_be_made_public"] is True
    assert data["imports"]["may_be_made_public"] is False  # its nil report's own answer
    assert data["title_page"]["information_withheld"] is False  # nothing withheld was shipped
    assert saves.asked[-1] == "ATT-annual-report-2025-SE.json"
    assert data["title_page"]["national_point_of_contact"]["name"] == "Ingrid Berg"
    assert data["annexes"]["national_definitions"] == [
        {
            "category": "VIII.SA",
            "category_label": "VIII.SA Small arms",
            "definition": "Includes sporting rifles sold to governments.",
        }
    ]
    # Next time the contact point and definitions are filled in already.
    again = _dialog(qtbot, db, prompter, saves)
    assert again.contact_email.text() == "att@example.gov"
    assert again.definitions.count() == 1
    assert register.licences  # the register the numbers come from

    # The charts tab shows the yearly totals the service computed (2021-2025, actual).
    assert dialog.category_chart.stack_heights()[-1] == 180
    assert dialog.category_chart.series_names() == ("VIII",)


def register_app_id(db: Database, reference: str) -> int:
    from sqlalchemy import select

    from att_desktop.db.models import Application

    with db.session() as s:
        return int(s.scalar(select(Application.id).where(Application.reference == reference)))


def test_export_needs_a_current_preview_and_pdf_is_written(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    build_with_shipments(db)
    saves = SavePaths(tmp_path)
    dialog = _dialog(qtbot, db, prompter, saves)
    dialog.export("pdf")
    assert prompter.errors() == ["Preview the report before exporting it."]
    _press_space(qtbot, dialog.charts_annex)
    _preview(qtbot, dialog)
    _press_space(qtbot, dialog.draft)
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(written.args[0]).pages)
    assert "DRAFT" in text and "exports over the years (charts)" in text


def test_the_report_is_written_in_the_language_chosen_for_it_not_the_screens(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    """The authority writes in Chinese; this report goes in English: one language throughout."""
    from dataclasses import replace

    from pypdf import PdfReader

    from att_desktop.services.authority import get_authority, save_authority

    build_with_shipments(db)
    save_authority(db, replace(get_authority(db), name="Agency", document_language="zh_CN"))
    saves = SavePaths(tmp_path)
    dialog = _dialog(qtbot, db, prompter, saves)
    assert dialog.report_language.currentData() == "zh_CN"  # the authority's, by default
    dialog.report_language.setFocus()
    qtbot.keyClick(dialog.report_language, Qt.Key.Key_Up)  # 简体中文 -> العربية
    qtbot.keyClick(dialog.report_language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.report_language, Qt.Key.Key_Down)  # -> English
    assert dialog.report_language.currentData() == "en"
    _preview(qtbot, dialog)
    _press_space(qtbot, dialog.draft)  # the demo figures have findings: a draft
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in PdfReader(written.args[0]).pages)
    assert "Exports" in text and "出口" not in text


def test_hook_for_the_main_window_opens_the_case_of_a_finding(
    qtbot: QtBot, db: Database, window: MainWindow, tmp_path: Path
) -> None:
    """The way the main window's Reports menu calls the builder (see ui/reporting/__init__)."""
    build_with_shipments(db)
    dialog = open_report_builder(
        window,
        window.db,
        actor=window.actor,
        prompter=window.prompter,
        language=window.language,
        open_record=window.open_case,
        save_path=SavePaths(tmp_path),
    )
    qtbot.waitExposed(dialog)
    dialog.year.setValue(2025)  # the real clock decides the default year
    _preview(qtbot, dialog)
    _double_click_finding(qtbot, dialog, _finding_row(dialog, "no_category"))
    shown = window.case_view.case
    assert shown is not None and shown.reference == "EXP/6"
    dialog.close()


class SlowCollect:
    """``services.reporting.collect`` held on a worker thread until the test releases it."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.threads: list[int] = []

    def __call__(self, db: Database, options: ReportOptions, **kw: Any) -> AnnualReport:
        self.threads.append(threading.get_ident())
        assert self.release.wait(30), "the test never released the build"
        return collect(db, options, **kw)


@pytest.fixture
def slow() -> Iterator[SlowCollect]:
    held = SlowCollect()
    yield held
    held.release.set()  # a failed test must not leave the worker waiting


class Paints(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _building(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, slow: SlowCollect
) -> tuple[ReportBuilderDialog, list[bool]]:
    """A report builder whose preview was clicked and is held in ``slow`` on the worker."""
    build_with_shipments(db)
    dialog = ReportBuilderDialog(
        db,
        actor=lambda: LOCAL_OFFICER,
        prompter=prompter,
        save_path=SavePaths(tmp_path),
        today=date(2026, 3, 2),
        collect=slow,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    previews: list[bool] = []
    dialog.previewed.connect(lambda: previews.append(True))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(slow.threads) == 1)  # the worker is inside the build now
    return dialog, previews


def test_the_window_keeps_answering_while_a_long_report_builds(
    qtbot: QtBot,
    db: Database,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    english: None,
    slow: SlowCollect,
) -> None:
    dialog, previews = _building(qtbot, db, prompter, tmp_path, slow)
    assert slow.threads[0] != threading.get_ident()
    assert dialog.busy() and not dialog.preview_button.isEnabled()
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert dialog.status_label.text() == "Reading the records of 2025…"

    # Meanwhile the GUI thread runs its event loop: a timer fires, the window repaints...
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])
    paints = Paints(dialog.status_label)
    dialog.status_label.update()
    qtbot.waitUntil(lambda: paints.count > 0)
    # ...and clicks and keys are processed: another tab, a box ticked.
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert dialog.tabs.currentIndex() == 2
    _press_space(qtbot, dialog.public_imports)
    assert dialog.public_imports.isChecked()
    # A second build is refused, by the shortcut as by a direct call.
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.build_preview() is None
    assert dialog.export("json") is None
    assert len(slow.threads) == 1 and dialog.report is None and previews == []

    slow.release.set()
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        pass
    assert len(slow.threads) == 1 and previews == [True]
    assert dialog.report is not None
    assert "2,161,000 EUR" in dialog.exports_page.totals.text()
    assert not dialog.busy() and dialog.preview_button.isEnabled()
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()
    # The box ticked during the build is not in this preview: it must be built again.
    assert not dialog.preview_is_current()
    assert not any(b.isEnabled() for b in dialog.export_buttons.values())
    assert prompter.shown == []


def test_a_preview_can_be_cancelled_and_built_again(
    qtbot: QtBot,
    db: Database,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    english: None,
    slow: SlowCollect,
) -> None:
    dialog, previews = _building(qtbot, db, prompter, tmp_path, slow)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    slow.release.set()  # the build returns, but its result is not shown
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.status_label.text() == "The preview was cancelled."
    assert dialog.report is None and previews == []
    assert dialog.exports_page.model.rowCount() == 0
    assert dialog.preview_button.isEnabled() and not dialog.cancel_button.isVisible()
    _preview(qtbot, dialog)
    assert dialog.report is not None and len(slow.threads) == 2
    assert prompter.shown == []


def test_a_file_that_cannot_be_written_is_explained(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    build_with_shipments(db)
    blocked = tmp_path / "report.json"
    blocked.mkdir()  # a folder where the file should go

    def save_path(parent: object, title: str, suggested: str, filters: str) -> str:
        return str(blocked)

    dialog = ReportBuilderDialog(
        db,
        actor=lambda: LOCAL_OFFICER,
        prompter=prompter,
        save_path=save_path,
        today=date(2026, 3, 2),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _preview(qtbot, dialog)
    _press_space(qtbot, dialog.draft)
    written: list[str] = []
    dialog.exported.connect(written.append)
    qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    assert not dialog.export_buttons["json"].isEnabled()  # while it is being written
    qtbot.waitUntil(lambda: not dialog.busy())
    assert written == []
    [message] = prompter.errors()
    assert message.startswith(f"Could not write {blocked}: ")
    assert dialog.export_buttons["json"].isEnabled()  # try again elsewhere


def test_a_pdf_writer_failure_says_what_failed_and_logs_the_traceback(
    qtbot: QtBot,
    db: Database,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Not "Unexpected error": the message names the file type that failed, the log keeps why."""
    from att_desktop.formats import pdf_annual_report

    def broken(*args: object, **kwargs: object) -> int:
        raise TypeError("'>' not supported between instances of 'NoneType' and 'float'")

    monkeypatch.setattr(pdf_annual_report, "write_annual_report_pdf", broken)
    build_with_shipments(db)
    dialog = _dialog(qtbot, db, prompter, SavePaths(tmp_path))
    _preview(qtbot, dialog)
    _press_space(qtbot, dialog.draft)
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    with caplog.at_level(logging.ERROR, logger="att_desktop.ui.reporting.report_builder"):
        qtbot.mouseClick(dialog.export_buttons["pdf"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy())
    assert prompter.errors() == [
        "The PDF file could not be written: TypeError: '>' not supported between instances of "
        "'NoneType' and 'float'\nThe details are in the log."
    ]
    assert exported == [] and not dialog.progress.isVisible()
    [record] = [r for r in caplog.records if r.name.endswith("report_builder")]
    assert record.exc_info is not None and record.exc_info[0] is TypeError


@pytest.mark.parametrize(
    ("language", "no_category", "withheld"),
    [
        ("fr", "n’a ni catégorie ATT", "est exclu du rapport"),
        ("ar", "ليس لـ«", "محجوب عن التقرير"),
    ],
)
def test_findings_are_listed_in_the_window_language_and_written_in_the_reports(
    qtbot: QtBot,
    db: Database,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    qapp: QApplication,
    language: str,
    no_category: str,
    withheld: str,
) -> None:
    """Issue 15: a French or Arabic window lists the findings of a register with known
    problems in its language, never the engine's English; the XLSX writes them in the
    report's language and the JSON keeps the English."""
    from att_desktop.formats.report_writers import write_json, write_xlsx
    from att_desktop.ui.i18n import install_translators, remove_translators

    build_with_shipments(db)
    translators = install_translators(qapp, language)
    try:
        dialog = ReportBuilderDialog(
            db,
            actor=lambda: LOCAL_OFFICER,
            prompter=prompter,
            save_path=SavePaths(tmp_path),
            language=language,
            today=date(2026, 3, 2),
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _preview(qtbot, dialog)
        shown = [dialog.findings.item(r).text() for r in range(dialog.findings.count())]
        no_category_row = shown[_finding_row(dialog, "no_category")]
        assert no_category in no_category_row, shown
        assert withheld in shown[_finding_row(dialog, "withheld")], shown
        for english in ("has no ATT category", "withheld from the report", "cannot be converted"):
            assert not any(english in text for text in shown), (english, shown)
    finally:
        remove_translators(qapp, translators)
    report = dialog.report
    assert report is not None
    xlsx = tmp_path / "report.xlsx"
    write_xlsx(report, xlsx, language)
    sheet = load_workbook(xlsx).worksheets[-1]
    messages = [str(row[2]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(no_category in m for m in messages), messages
    assert not any("has no ATT category" in m for m in messages)
    out = tmp_path / "report.json"
    write_json(report, out)
    english = [f["message"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"]]
    assert any("has no ATT category" in m for m in english)
