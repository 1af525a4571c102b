"""The Reports menu on a database with accounts: each window acts as the person signed in.

The focal point builds the annual report from the menu (a rate saved, a preview, JSON written
through an injected save path); a licensing officer is not offered the report, and the service
refuses it if the window is opened anyway. An officer records a shipment from the menu against
the licence of the case in view, and an embargo in force on the shipment date stops it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcutEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from att_desktop.app import Application as DesktopApp
from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application, Shipment
from att_desktop.domain.enums import Role
from att_desktop.domain.reporting.calendar import ReportStatus
from att_desktop.services import accounts
from att_desktop.services.assessment import load_embargo_update
from att_desktop.services.report_calendar import get_calendar
from att_desktop.services.report_settings import get_report_defaults
from att_desktop.services.reporting import list_exchange_rates
from att_desktop.services.shipments import licence_for_shipment
from att_desktop.ui.accounts import SessionManager, install_sessions
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reporting import ReportBuilderDialog, ReportingCalendarDialog, ShipmentDialog
from tests.accounts_helpers import ADMIN_PASSWORD, make_user
from tests.conftest import FreshSqlite
from tests.db.test_reassessment_service import un_file
from tests.gui.conftest import ScriptedPrompter
from tests.gui.test_committee_flow import sign_in
from tests.gui.test_report_builder import SavePaths
from tests.report_register import Register, build_with_shipments


class Signed:
    """A main window with sign-in on a register that has a focal point and an officer."""

    def __init__(self, window: MainWindow, manager: SessionManager, register: Register) -> None:
        self.window = window
        self.manager = manager
        self.register = register


@pytest.fixture
def signed(
    qtbot: QtBot,
    db: Database,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    english: None,
) -> Iterator[Signed]:
    register = build_with_shipments(db)  # written before anyone had an account
    load_embargo_update(db, un_file(tmp_path))  # Brazil under a UN embargo from 2026-06-01
    admin = accounts.create_first_admin(db, "admin", "Ana Admin", ADMIN_PASSWORD)
    make_user(db, admin, "focal", Role.FOCAL_POINT)
    make_user(db, admin, "officer", Role.LICENSING_OFFICER)
    window = MainWindow(db, app_paths, UserSettings(language="en"), prompter)
    qtbot.addWidget(window)
    manager = install_sessions(window, db, prompter, idle_ms=0)
    window.show()
    qtbot.waitExposed(window)
    yield Signed(window, manager, register)
    manager.idle_timer.stop()
    manager.deleteLater()


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _from_reports_menu(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Alt+R opens the Reports menu; the item's mnemonic triggers it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    menu = window.reports_menu
    qtbot.waitUntil(menu.isVisible)
    assert QApplication.activePopupWidget() is menu
    qtbot.keyClick(menu, key)
    qtbot.waitUntil(lambda: not menu.isVisible())


def _preview(qtbot: QtBot, dialog: ReportBuilderDialog) -> None:
    # Enter in a field also presses Preview (the default button): let that build end first.
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)


def test_the_focal_point_builds_the_report_from_the_menu_and_an_officer_is_refused(
    qtbot: QtBot, signed: Signed, db: Database, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window, manager = signed.window, signed.manager
    names = [a.menu().objectName() for a in window.menuBar().actions() if a.menu() is not None]
    assert names.index("committeeMenu") < names.index("settingsMenu")
    assert names.index("reportsMenu") == names.index("settingsMenu") + 1  # right after Settings
    titles = _menu_titles(window)
    assert titles[titles.index("&Settings") :] == ["&Settings", "&Reports", "&Help"]
    assert [a.text() for a in window.reports_menu.actions()] == [
        "&Annual report…",
        "Na&tional report on licence decisions…",
        "&Wassenaar Arrangement report…",
        "U&N Register of Conventional Arms report…",
        "&EU annual report on arms exports…",
        "Reporting &calendar…",
        "",
        "Record a &shipment…",
        "Import shipments from a c&ustoms file…",
        "&Imports: authorisations and actual imports…",
    ]
    assert not window.action_annual_report.isEnabled()  # locked: nobody signed in yet

    sign_in(qtbot, manager, "focal")
    assert window.action_annual_report.isEnabled()
    assert window.action_record_shipment.isEnabled()
    saves = SavePaths(tmp_path)
    window.report_save_path = saves
    _from_reports_menu(qtbot, window, Qt.Key.Key_A)
    dialog = window.report_windows["annual_report"]
    assert isinstance(dialog, ReportBuilderDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.year.setValue(2025)  # the real clock decides the default year

    # The rate is saved as the focal point (the service refuses anyone else).
    dialog.select_rate("GBP")
    qtbot.keyClicks(dialog.rate_value, "1.15")
    qtbot.keyClicks(dialog.rate_source, "Central bank average 2025")
    qtbot.keyClick(dialog.rate_source, Qt.Key.Key_Return)
    assert prompter.errors() == []
    assert [r.currency for r in list_exchange_rates(db, 2025)] == ["GBP", "USD"]

    qtbot.keyClicks(dialog.contact_name, "Ingrid Berg")
    for combo in (dialog.exports_basis, dialog.imports_basis):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # actual: shipments made in the year
    _preview(qtbot, dialog)
    assert dialog.report is not None and not dialog.report.has_errors
    assert "105,000 EUR" in dialog.exports_page.totals.text()
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_buttons["json"], Qt.MouseButton.LeftButton)
    assert saves.asked == ["ATT-annual-report-2025-SE.json"]
    data = json.loads(Path(written.args[0]).read_text(encoding="utf-8"))
    rows = data["exports"]["rows"]
    assert sum(int(r["number_of_items"]) for r in rows) == 180
    assert data["imports"]["nil_report"] is True
    assert prompter.errors() == []
    assert get_report_defaults(db).contact.name == "Ingrid Berg"  # kept as the focal point

    # --- a licensing officer: not offered, and refused by the service -----------------------
    sign_in(qtbot, manager, "officer")
    assert not dialog.isVisible()  # the focal point's window is closed, not handed over
    assert not window.action_annual_report.isEnabled()
    assert "focal point" in window.action_annual_report.toolTip()
    assert window.action_record_shipment.isEnabled()
    refused = window.open_annual_report()  # as if the action had been left on
    assert isinstance(refused, ReportBuilderDialog) and refused is not dialog
    qtbot.waitExposed(refused)
    refused.year.setValue(2025)
    qtbot.mouseClick(refused.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not refused.busy())  # built on a worker thread
    assert prompter.errors() == [
        "Only the national focal point builds reports. You are signed in as a licensing officer."
    ]
    assert refused.report is None
    assert not any(b.isEnabled() for b in refused.export_buttons.values())
    refused.close()
    # The calendar is shown to everyone; saving it is the focal point's.
    assert window.action_reporting_calendar.isEnabled()
    calendar = window.open_reporting_calendar()
    assert isinstance(calendar, ReportingCalendarDialog)
    qtbot.waitExposed(calendar)
    qtbot.mouseClick(calendar.save_button, Qt.MouseButton.LeftButton)
    assert prompter.errors()[-1].startswith("Only the national focal point builds reports.")
    assert get_calendar(db, calendar.year.value()).status is ReportStatus.NOT_STARTED
    calendar.close()


def _case_id(db: Database, reference: str) -> int:
    with db.session() as session:
        return int(session.scalar(select(Application.id).where(Application.reference == reference)))


def _type_cell(qtbot: QtBot, dialog: ShipmentDialog, row: int, column: int, text: str) -> None:
    dialog.lines.setCurrentCell(row, column)
    dialog.lines.setFocus()
    qtbot.keyClick(dialog.lines, Qt.Key.Key_F2)
    editor = dialog.lines.viewport().findChild(QLineEdit)
    assert editor is not None, "F2 opened no cell editor"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor in a queued call: let it run, as the
    # application's event loop would right after the key press.
    qtbot.waitUntil(lambda: dialog.lines.state() is not QAbstractItemView.State.EditingState)
    assert dialog.lines.item(row, column).text() == text  # type: ignore[union-attr]


def test_an_officer_records_a_shipment_from_the_menu_and_an_embargo_stops_one(
    qtbot: QtBot, signed: Signed, db: Database, prompter: ScriptedPrompter
) -> None:
    window, manager = signed.window, signed.manager
    licence_id = signed.register.licences["EXP/1"]
    sign_in(qtbot, manager, "officer")
    officer = manager.current
    assert officer is not None
    window.open_case(_case_id(db, "EXP/1"))  # Brazil; its one licence LIC/2025/00001
    _from_reports_menu(qtbot, window, Qt.Key.Key_S)
    dialog = window.report_windows["shipment"]
    assert isinstance(dialog, ShipmentDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.licence is not None and dialog.licence.number == "LIC/2025/00001"

    # On the embargo's first day: refused, whatever is ticked, and said in the window.
    dialog.shipped_on.setDate(QDate(2026, 6, 2))
    qtbot.keyClicks(dialog.customs_reference, "MRN-EMB")
    _type_cell(qtbot, dialog, 0, 5, "5")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    stop = dialog.warnings.item(0)
    assert stop is not None and "Brazil (fictional test embargo)" in stop.text()
    assert stop.text().startswith("Licence LIC/2025/00001 cannot cover a shipment on 2026-06-02")
    assert not dialog.acknowledge.isEnabled()
    assert "Article 7(7)" in prompter.errors()[-1]
    assert licence_for_shipment(db, licence_id).lines[0].shipped_quantity == 60

    # Before the embargo: recorded, in the officer's name.
    dialog.shipped_on.setDate(QDate(2025, 6, 2))
    with qtbot.waitSignal(dialog.shipmentRecorded) as recorded:
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert licence_for_shipment(db, licence_id).lines[0].shipped_quantity == 65
    with db.session() as session:
        shipment = session.get(Shipment, recorded.args[0])
        assert shipment is not None
        assert (shipment.shipped_on, shipment.customs_reference) == (date(2025, 6, 2), "MRN-EMB")
        assert shipment.recorded_by_id == officer.user_id
    assert dialog.lines.item(0, 3).text() == "65"  # type: ignore[union-attr]
    assert Decimal(65) <= licence_for_shipment(db, licence_id).lines[0].licensed_quantity

    # Asked again from the menu, the open window comes forward instead of a second one.
    _from_reports_menu(qtbot, window, Qt.Key.Key_S)
    assert window.report_windows["shipment"] is dialog
    assert not any(isinstance(w, QMenu) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_single_user_window_offers_every_report_action_and_closes_them_with_the_database(
    fresh_sqlite: FreshSqlite, qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    """Without sign-in (a database with no accounts) the window acts as its local officer."""
    assert all(a.isEnabled() for a in window.reports_menu.actions())
    builder = window.open_annual_report()
    calendar = window.open_reporting_calendar()
    assert window.open_annual_report() is builder  # one of each, brought forward
    assert set(window.report_windows) == {"annual_report", "reporting_calendar"}
    other = fresh_sqlite(tmp_path / "other.sqlite3")
    assert window.open_database_at(str(other))
    qtbot.waitUntil(lambda: window.db is not db)  # opened on a worker thread
    # They read and wrote the database just closed: closed with it (and, once Qt gets to
    # it, deleted: they close themselves with WA_DeleteOnClose).
    for closed in (builder, calendar):
        assert not shiboken6.isValid(closed) or not closed.isVisible()
    assert window.report_windows == {}
    window.db.close()


def test_a_closed_applications_lock_does_not_swallow_the_shortcuts_of_later_windows(
    fresh_sqlite: FreshSqlite,
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    window: MainWindow,
) -> None:
    """The lock stops shortcuts behind it with an application-wide event filter. Once its
    application (or its window) closed, no later window may lose its shortcuts to it: this
    is why this file's Alt+R failed when run after test_language_switch.py."""
    app = DesktopApp(qapp, app_paths, prompter)
    locked = app.show(open_database(fresh_sqlite(tmp_path / "other.sqlite3")))
    qtbot.addWidget(locked)
    qtbot.waitExposed(locked)  # no accounts yet: the first administrator's form covers it
    assert app.sessions is not None and app.sessions.current is None
    manager = app.sessions
    app.close()  # its window still open, as after a failed start-up
    # Qt deletes the manager only once an event loop gets to it (in a test run that may be
    # never); meanwhile it must already have stopped filtering the application's events.
    assert shiboken6.isValid(manager)
    triggered: list[bool] = []
    action = window.action_reporting_calendar
    action.triggered.connect(lambda: triggered.append(True))
    QApplication.sendEvent(action, QShortcutEvent(QKeySequence("Ctrl+Alt+K"), 0))
    assert triggered == [True]
    window.close_report_windows()
    _alt_r_opens_the_reports_menu(qtbot, window)

    # A manager whose window closed guards nothing, even before anyone shuts it down.
    third = open_database(fresh_sqlite(tmp_path / "third.sqlite3"))
    covered = MainWindow(third, app_paths, UserSettings(language="en"), prompter)
    qtbot.addWidget(covered)
    guard = install_sessions(covered, third, prompter, idle_ms=0)
    covered.show()
    qtbot.waitExposed(covered)
    assert guard.current is None
    covered.close()
    _alt_r_opens_the_reports_menu(qtbot, window)
    guard.shut_down()
    third.close()


def _alt_r_opens_the_reports_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.show()  # a lock screen hides the other windows while it covers its own
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.reports_menu.isVisible)
    window.reports_menu.close()
    qtbot.waitUntil(lambda: not window.reports_menu.isVisible())
