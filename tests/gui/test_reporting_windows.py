"""The shipment, customs import, import authorisation and reporting calendar windows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.application import LineItemInput
from att_desktop.domain.reporting import Basis, ReportOptions
from att_desktop.domain.reporting.calendar import Milestone, ReportStatus
from att_desktop.services.dto import LOCAL_OFFICER, Actor
from att_desktop.services.imports import list_import_authorisations
from att_desktop.services.report_calendar import get_calendar
from att_desktop.services.reporting import collect
from att_desktop.services.shipments import licence_for_shipment
from att_desktop.ui.reporting import (
    CustomsImportDialog,
    ImportAuthorisationDialog,
    ReportingCalendarDialog,
    ShipmentDialog,
)
from tests.gui.conftest import ScriptedPrompter
from tests.report_register import build_with_shipments


def single_user() -> Actor:
    """A database without accounts: the anonymous local officer may do everything."""
    return LOCAL_OFFICER


def _show(qtbot: QtBot, widget: object) -> None:
    qtbot.addWidget(widget)  # type: ignore[arg-type]
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)  # type: ignore[arg-type]
    widget.activateWindow()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.isActiveWindow)  # type: ignore[attr-defined]


def _type_cell(qtbot: QtBot, table: object, row: int, column: int, text: str) -> None:
    """Select a cell, open its editor with F2, type, Enter: as a person would."""
    table.setCurrentCell(row, column)  # type: ignore[attr-defined]
    table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(table, Qt.Key.Key_F2)  # type: ignore[arg-type]
    editor = table.viewport().findChild(QLineEdit)  # type: ignore[attr-defined]
    assert editor is not None, "F2 opened no cell editor"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_shipment_dialog_shows_warnings_and_records_once_acknowledged(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    register = build_with_shipments(db)
    dialog = ShipmentDialog(db, actor=single_user, prompter=prompter, today=date(2027, 2, 1))
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.search, "LIC/2025/00002")
    assert dialog.licence_list.count() == 1
    dialog.licence_list.setFocus()
    qtbot.keyClick(dialog.licence_list, Qt.Key.Key_Down)
    assert dialog.licence is not None and dialog.licence.licence_id == register.licences["EXP/2"]
    assert "Revoked" in dialog.licence_info.text()  # the status in words, not its stored value
    qtbot.keyClicks(dialog.customs_reference, "MRN-77")
    _type_cell(qtbot, dialog.lines, 0, 5, "5")
    _type_cell(qtbot, dialog.lines, 0, 6, "100000")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    warnings = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]  # type: ignore[union-attr]
    assert warnings[0] == (
        "Licence LIC/2025/00002 is revoked: a shipment under it needs to be explained."
    )
    assert any("outside the validity" in w for w in warnings)
    assert any("5 pcs shipped in all, 4 licensed" in w for w in warnings)
    assert prompter.errors()[-1].startswith("Nothing was saved")
    assert licence_for_shipment(db, register.licences["EXP/2"]).lines[0].shipped_quantity == 0
    _press = dialog.acknowledge
    assert _press.isEnabled()
    _press.setFocus()
    qtbot.keyClick(_press, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.shipmentRecorded):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert licence_for_shipment(db, register.licences["EXP/2"]).lines[0].shipped_quantity == 5
    assert dialog.lines.item(0, 3).text() == "5"  # type: ignore[union-attr]


def test_shipment_dialog_refuses_unreadable_numbers(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    register = build_with_shipments(db)
    dialog = ShipmentDialog(
        db, actor=single_user, prompter=prompter, licence_id=register.licences["EXP/1"]
    )
    _show(qtbot, dialog)
    _type_cell(qtbot, dialog.lines, 0, 5, "ten")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert prompter.errors() == ["Line 1: quantity and value must be numbers, e.g. 12 or 1500.50"]


def test_customs_import_previews_errors_then_imports_all(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    build_with_shipments(db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity,value,currency\n"
        "LIC/2025/00001,1,2025-07-01,MRN-9,5,100,EUR\n"
        "LIC/1999/00001,1,2025-07-01,MRN-9,5,100,EUR\n",
        encoding="utf-8",
    )
    good = tmp_path / "good.csv"
    good.write_text(
        "Licence number,Line,Date,Customs reference,Quantity,Value,Currency\n"
        "LIC/2025/00001,1,2025-07-01,MRN-1,30,37500,EUR\n"
        "LIC/2025/00003,1,2025-08-02,MRN-2,40,16000,GBP\n",
        encoding="utf-8",
    )
    prompter.files = [str(bad), str(good)]
    dialog = CustomsImportDialog(db, actor=single_user, prompter=prompter)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.choose_button.isEnabled()  # read on a worker thread: not twice at once
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.choose_button.isEnabled()
    assert [dialog.errors.item(i).text() for i in range(dialog.errors.count())] == [  # type: ignore[union-attr]
        "row 3, licence_number: no licence LIC/1999/00001 exists"
    ]
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.errors.count() == 0 and dialog.rows.rowCount() == 2
    assert dialog.warnings.count() >= 2  # over the licence, outside its validity
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    actual = collect(db, ReportOptions(year=2025, exports_basis=Basis.ACTUAL))
    sa4 = next(r for r in actual.exports.rows if r.category == "VIII.SA.4")
    assert sa4.number_of_items == 90  # 60 shipped in May + 30 from the customs file
    assert not dialog.import_button.isEnabled()  # not twice


def test_a_customs_file_changed_after_its_preview_is_refused_and_read_again(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    build_with_shipments(db)
    header = "licence_number,line_no,shipped_on,customs_reference,quantity,value,currency\n"
    path = tmp_path / "customs.csv"
    path.write_text(header + "LIC/2025/00001,1,2025-07-01,MRN-1,30,37500,EUR\n", "utf-8")
    prompter.files = [str(path)]
    dialog = CustomsImportDialog(db, actor=single_user, prompter=prompter)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.import_button.isEnabled()
    # Someone corrects the file in the meantime, wrongly.
    path.write_text(header + "LIC/1999/00001,1,2025-07-01,MRN-1,30,37500,EUR\n", "utf-8")
    imported: list[int] = []
    dialog.imported.connect(imported.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled() and not dialog.choose_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.errors.count() == 1)
    assert imported == []
    assert prompter.errors()[0].startswith("customs.csv: nothing was imported")
    assert dialog.errors.item(0).text() == "row 2, licence_number: no licence LIC/1999/00001 exists"
    assert not dialog.import_button.isEnabled() and dialog.choose_button.isEnabled()


def test_import_authorisation_and_actual_import_through_the_window(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    build_with_shipments(db)  # the authority is Sweden
    dialog = ImportAuthorisationDialog(
        db, actor=single_user, prompter=prompter, today=date(2025, 11, 3)
    )
    _show(qtbot, dialog)
    assert dialog.importing.code() == "SE"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing was saved" in dialog.problems.text()
    qtbot.keyClicks(dialog.importer, "National Police")
    qtbot.keyClicks(dialog.end_user, "National Police")
    dialog.exporting.set_code("DE")
    card = dialog.items.add_item(
        LineItemInput(
            "Pistol 9 mm",
            Decimal(200),
            att_category="VIII.SA.1",
            control_rating="ML1",
            value=Decimal(80000),
            currency="EUR",
            origin_code="AT",
        )
    )
    assert card.description.text() == "Pistol 9 mm"
    with qtbot.waitSignal(dialog.authorised):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "IL/2025/00001" in dialog.problems.text()
    assert dialog.items.count() == 0  # a fresh form: a second click records nothing twice
    assert [v.licence_number for v in list_import_authorisations(db, 2025)] == ["IL/2025/00001"]
    report = collect(db, ReportOptions(year=2025))
    assert [(r.category, r.counterpart, r.number_of_items) for r in report.imports.rows] == [
        ("VIII.SA.1", "DE", Decimal(200))
    ]
    dialog.existing.setCurrentRow(0)
    qtbot.mouseClick(dialog.actual_button, Qt.MouseButton.LeftButton)
    shipment = dialog.shipment_dialog
    assert shipment is not None and shipment.licence is not None
    assert shipment.licence.number == "IL/2025/00001"
    qtbot.addWidget(shipment)
    shipment.activateWindow()
    qtbot.waitUntil(shipment.isActiveWindow)
    shipment.shipped_on.setDate(QDate(2025, 12, 1))
    shipment.set_line(0, "120")  # typing into cells is covered by the shipment dialog's test
    with qtbot.waitSignal(shipment.shipmentRecorded):
        qtbot.mouseClick(shipment.record_button, Qt.MouseButton.LeftButton)
    actual = collect(db, ReportOptions(year=2025, imports_basis=Basis.ACTUAL))
    assert [(r.counterpart, r.number_of_items) for r in actual.imports.rows] == [
        ("DE", Decimal(120))
    ]


def test_reporting_calendar_counts_down_and_saves_deadlines(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    dialog = ReportingCalendarDialog(
        db, actor=single_user, prompter=prompter, today=date(2026, 4, 10)
    )
    _show(qtbot, dialog)
    assert dialog.year.value() == 2025
    assert "51 day" in dialog.headline.text() and "2026-05-31" in dialog.headline.text()
    assert "late" in dialog.states[Milestone.COLLECT_DATA].text()  # 31 March has passed
    edit = dialog.deadlines[Milestone.SIGN_OFF]
    edit.setFocus()
    edit.setDate(QDate(2026, 6, 15))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert prompter.errors() == ["Sign-off: must be on or before the due date 2026-05-31"]
    edit.setDate(QDate(2026, 5, 25))
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = get_calendar(db, 2025)
    assert saved.status is ReportStatus.INTERAGENCY_CHECK
    assert saved.milestones[2].due == date(2026, 5, 25)
    assert dialog.states[Milestone.COLLECT_DATA].text() == "done"
