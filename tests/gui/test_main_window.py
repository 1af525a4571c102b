"""The main window driven like a user would: typing, choosing filters, opening cases, menus."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from att_desktop import __version__
from att_desktop.config import AppPaths, load_settings
from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import cases
from att_desktop.ui.main_window import DEFAULT_SIZE, NAME_COLUMN_MIN_CHARS, MainWindow
from att_desktop.ui.register_model import Column
from tests import factories
from tests.conftest import FreshSqlite

from .conftest import MakeCase, ScriptedPrompter


@pytest.fixture
def three_cases(make_case: MakeCase) -> list[int]:
    first = make_case(exporter="Nordwerk Defence GmbH", destination="BR", received=date(2024, 5, 2))
    second = make_case(
        exporter="Atlantic Ordnance Ltd",
        destination="IN",
        end_user="Indian Navy",
        category="VI",
        description="Patrol vessel",
        quantity=2,
        received=date(2025, 2, 1),
    )
    third = make_case(
        exporter="Atlantic Ordnance Ltd",
        destination="KE",
        end_user="Kenya Police Service",
        category="VIII.SA.1",
        received=date(2025, 6, 30),
    )
    return [first.id, second.id, third.id]


def visible_references(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(r, Column.REFERENCE)) for r in range(model.rowCount())]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index > 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def cell_texts(table: object, column: int) -> list[str]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def test_register_lists_every_case_newest_first(window: MainWindow, three_cases: list[int]) -> None:
    window.refresh()
    assert window.model.rowCount() == 3
    ids = [window.model.case_id(r) for r in range(3)]
    assert ids == list(reversed(three_cases))
    assert window.count_label.text() == "3 cases"
    assert window.windowTitle().endswith("ATT Desktop")
    # A generous default size, made smaller on a small screen (offscreen: 800x800).
    available = window.screen().availableGeometry().size()
    if available.width() >= 1440 and available.height() >= 910:
        assert window.size() == DEFAULT_SIZE
    else:
        assert window.width() <= max(available.width(), window.minimumSizeHint().width())
        assert window.height() <= available.height()


def test_typing_in_search_narrows_the_register(
    qtbot: QtBot, window: MainWindow, three_cases: list[int]
) -> None:
    window.refresh()
    with qtbot.waitSignal(window.registerReloaded, timeout=2000) as blocker:
        qtbot.keyClicks(window.filters.search, "kenya")
    assert blocker.args == [1]
    assert window.model.rowCount() == 1
    assert window.count_label.text() == "1 case"
    end_user = window.model.data(window.model.index(0, Column.END_USER))
    assert end_user == "Kenya Police Service"

    with qtbot.waitSignal(window.registerReloaded, timeout=2000):
        window.filters.search.clear()
    assert window.model.rowCount() == 3


def test_search_is_debounced(qtbot: QtBot, window: MainWindow, three_cases: list[int]) -> None:
    window.refresh()
    reloads: list[int] = []
    window.registerReloaded.connect(reloads.append)
    qtbot.keyClicks(window.filters.search, "Atlantic")
    assert window.filters.is_pending()
    qtbot.waitUntil(lambda: not window.filters.is_pending(), timeout=2000)
    assert reloads == [2]  # one query for eight key presses


def test_filters_narrow_the_register(window: MainWindow, three_cases: list[int]) -> None:
    window.refresh()
    choose(window.filters.year, "2025")
    assert window.model.rowCount() == 2
    choose(window.filters.destination, "India")
    assert window.model.rowCount() == 1
    assert window.model.data(window.model.index(0, Column.DESTINATION)) == "India"

    window.filters.clear()
    choose(window.filters.category, "VIII Small arms")  # a heading covers its rows
    assert window.model.rowCount() == 2
    window.filters.clear()
    choose(window.filters.exporter, "Atlantic Ordnance Ltd")
    assert window.model.rowCount() == 2
    choose(window.filters.status, "Draft")
    assert window.model.rowCount() == 2
    choose(window.filters.status, "Authorised")
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "0 cases"
    choose(window.filters.transfer_type, "Brokering")
    window.filters.clear_button.click()
    assert window.model.rowCount() == 3


def _double_click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    table = window.table
    rect = table.visualRect(window.model.index(row, Column.REFERENCE))
    viewport = table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_opens_the_case_with_items_and_history(
    qtbot: QtBot, window: MainWindow, three_cases: list[int], db: Database
) -> None:
    window.refresh()
    cases.set_status(db, three_cases[1], CaseStatus.SUBMITTED)
    row = window.model.row_of(three_cases[1])
    assert row is not None
    _double_click_row(qtbot, window, row)

    view = window.case_view
    assert view.case is not None and view.case.id == three_cases[1]
    assert view.reference_label.text() == view.case.reference
    assert view.status_label.text() == "Submitted"
    assert view.items_table.rowCount() == 1
    assert cell_texts(view.items_table, 1) == ["Patrol vessel"]
    assert cell_texts(view.items_table, 4) == ["VI Warships"]
    assert cell_texts(view.items_table, 5) == ["2 pcs"]
    assert cell_texts(view.items_table, 6) == ["250,000.00 EUR"]
    assert cell_texts(view.parties_table, 0) == ["End user"]
    assert cell_texts(view.parties_table, 3) == ["India"]
    assert cell_texts(view.history_table, 2) == ["Registered", "Status changed"]
    assert view.tabs.tabText(1) == "Line items (1)"
    assert window.action_edit.isEnabled()


def test_selecting_shows_the_case_and_enter_reads_it_again(
    qtbot: QtBot, window: MainWindow, three_cases: list[int], db: Database
) -> None:
    window.refresh()
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(2, 0))
    assert window.case_view.case is not None
    assert window.case_view.case.id == three_cases[0]
    assert window.case_view.status_label.text() == "Draft"

    cases.set_status(db, three_cases[0], CaseStatus.SUBMITTED)  # another workstation
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.case_view.status_label.text() == "Submitted"


def test_not_reportable_items_show_their_reason(
    qtbot: QtBot, window: MainWindow, make_case: MakeCase
) -> None:
    detail = make_case(category=None, description="Cartridges 7.62 mm", quantity=10000)
    window.refresh()
    window.open_case(detail.id)
    text = cell_texts(window.case_view.items_table, 4)[0]
    assert text.startswith("Not reportable: Ammunition")


def test_shortcuts_trigger_the_menu_actions(
    qtbot: QtBot, window: MainWindow, prompter: ScriptedPrompter, three_cases: list[int]
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert prompter.shown[-1][0] == "ask_text"  # cancelled: nothing happens

    with qtbot.waitSignal(window.registerReloaded, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_F5)

    assert window.action_new.shortcut().toString() == "Ctrl+N"
    assert window.action_quit.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_open_case_by_reference(
    window: MainWindow, prompter: ScriptedPrompter, db: Database, three_cases: list[int]
) -> None:
    window.refresh()
    reference = cases.get_case(db, three_cases[2]).reference
    prompter.texts = [f"  {reference} "]
    window.action_open_case.trigger()
    assert window.case_view.case is not None
    assert window.case_view.case.reference == reference
    assert window.table.currentIndex().row() == window.model.row_of(three_cases[2])

    prompter.texts = ["EXP/1999/99999"]
    window.action_open_case.trigger()
    assert "EXP/1999/99999" in prompter.errors()[-1]
    assert window.case_view.case.reference == reference


def test_add_document_records_metadata(
    qtbot: QtBot, window: MainWindow, make_case: MakeCase, tmp_path: Path
) -> None:
    detail = make_case()
    window.refresh()
    window.open_case(detail.id)
    window.case_view.add_document_button.click()
    dialog = window.case_view.document_dialog
    assert dialog is not None and dialog.isVisible()

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # no title: refused, with a message
    assert dialog.error_label.isVisible()

    qtbot.keyClicks(dialog.title, "End-user certificate from the MoD")
    qtbot.keyClicks(dialog.reference, "EUC-2025-17")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    view = window.case_view
    assert cell_texts(view.documents_table, 1) == ["End-user certificate from the MoD"]
    assert cell_texts(view.documents_table, 2) == ["EUC-2025-17"]
    assert cell_texts(view.history_table, 2)[-1] == "Document added"
    assert view.tabs.currentWidget() is view.documents_table


def test_closed_cases_cannot_be_edited(
    window: MainWindow, make_case: MakeCase, db: Database
) -> None:
    detail = make_case()
    cases.set_status(db, detail.id, CaseStatus.DENIED)
    window.refresh()
    window.open_case(detail.id)
    assert not window.case_view.edit_button.isEnabled()
    assert not window.action_edit.isEnabled()
    assert window.case_view.status_label.text() == "Denied"


def test_about_shows_version_and_data_location(qtbot: QtBot, window: MainWindow) -> None:
    window.action_about.trigger()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.text()
    assert window.db.display_location in dialog.text()
    assert str(window.paths.data_dir) in dialog.text()  # where backups and settings live
    assert str(window.paths.settings_file) in dialog.text()
    assert str(window.paths.log_file) in dialog.text()  # what to send when it "failed yesterday"
    assert "Qt 6" in dialog.text()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_language_choice_is_saved(
    window: MainWindow, app_paths: AppPaths, prompter: ScriptedPrompter
) -> None:
    window.language_actions["zh_CN"].trigger()
    assert load_settings(app_paths).language == "zh_CN"
    saved = json.loads(app_paths.settings_file.read_text(encoding="utf-8"))
    assert saved["language"] == "zh_CN"
    assert prompter.shown[-1][0] == "inform"
    assert "next time" in prompter.shown[-1][2]
    assert window.language_actions["zh_CN"].isChecked()
    assert not window.language_actions["en"].isChecked()


def test_open_database_refuses_a_foreign_file_and_keeps_the_current_one(
    qtbot: QtBot,
    window: MainWindow,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    three_cases: list[int],
) -> None:
    window.refresh()
    db = window.db
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"these are not the records you are looking for")
    prompter.files = [str(foreign)]
    window.action_open_db.trigger()
    qtbot.waitUntil(lambda: bool(prompter.errors()))  # opened on a worker thread
    assert prompter.shown[-1][1] == "Cannot open the database"
    assert "not an ATT Desktop database" in prompter.errors()[-1]
    assert window.db is db and window.action_open_db.isEnabled()
    assert foreign.read_bytes().startswith(b"these are not")
    assert window.model.rowCount() == 3


def test_open_database_switches_register(
    qtbot: QtBot,
    fresh_sqlite: FreshSqlite,
    window: MainWindow,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    three_cases: list[int],
    app_paths: AppPaths,
) -> None:
    other_path = fresh_sqlite(tmp_path / "other.sqlite3")
    window.open_case(three_cases[0])
    prompter.files = [str(other_path)]
    window.action_open_db.trigger()
    # Opening runs on a worker thread: meanwhile a second opening is refused.
    assert not window.action_open_db.isEnabled()
    assert not window.action_connect_server.isEnabled()
    assert not window.open_database_at(str(other_path))
    qtbot.waitUntil(lambda: window.db.path == other_path)
    assert window.action_open_db.isEnabled()
    assert prompter.errors() == []
    assert window.model.rowCount() == 0
    assert window.case_view.case is None
    assert str(other_path) in window.location_label.text()
    assert load_settings(app_paths).recent_databases[0] == str(other_path)


def test_register_header_and_cells_are_right_aligned_for_values(
    window: MainWindow, three_cases: list[int]
) -> None:
    window.refresh()
    header = window.model.headerData(
        Column.VALUE, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
    )
    assert header & Qt.AlignmentFlag.AlignRight
    assert window.table.indexAt(QPoint(5, 5)).isValid()


def test_case_view_in_chinese(
    window_factory: Callable[..., MainWindow], make_case: MakeCase
) -> None:
    detail = make_case(destination="FR", transit=("BE",))
    window = window_factory("zh_CN")
    window.open_case(detail.id)
    assert window.case_view.parties_table.item(0, 3).text() == "法国"  # type: ignore[union-attr]
    assert window.case_view._facts["transit"].text() == "比利时"


def test_new_application_opens_the_form_and_shows_the_saved_case(
    qtbot: QtBot, window: MainWindow, make_case: MakeCase
) -> None:
    from PySide6.QtWidgets import QDialog

    from att_desktop.ui.application_dialog import ApplicationDialog

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.application_dialog
    assert isinstance(dialog, ApplicationDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal

    # The form's own tests fill it in; here it stands for a save that succeeded.
    saved = make_case(exporter="Brand New Exporter Oy", destination="FI")
    dialog.saved_case = saved
    dialog.done(QDialog.DialogCode.Accepted)

    assert window.case_view.case is not None
    assert window.case_view.case.id == saved.id
    assert window.model.rowCount() == 1
    assert window.table.currentIndex().row() == 0
    assert window.filters.exporter.findText("Brand New Exporter Oy") > 0


def test_edit_opens_the_form_on_the_open_case(
    qtbot: QtBot, window: MainWindow, make_case: MakeCase
) -> None:
    from att_desktop.ui.application_dialog import ApplicationDialog

    detail = make_case()
    window.refresh()
    window.open_case(detail.id)
    window.case_view.edit_button.click()
    dialog = window.application_dialog
    assert isinstance(dialog, ApplicationDialog)
    qtbot.waitExposed(dialog)
    dialog.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_status_and_type_columns_fit_their_longest_label(
    qapp: QApplication,
    window_factory: Callable[..., MainWindow],
    make_case: MakeCase,
    db: Database,
    language: str,
) -> None:
    from att_desktop.domain.enums import TransferType
    from att_desktop.ui.i18n import install_translators, remove_translators

    for status in CaseStatus:
        detail = make_case()
        if status is not CaseStatus.DRAFT:
            cases.set_status(db, detail.id, status, reason="Withdrawn by the applicant")
    for kind in TransferType:
        inp = factories.application(transfer_type=kind, exporting_code="DE")
        cases.create_application(db, inp)
    translators = install_translators(qapp, language)
    try:
        window = window_factory(language)
        window.refresh()
        header = window.table.horizontalHeader()
        for column in (Column.STATUS, Column.TYPE, Column.REFERENCE):
            # What the delegate needs to paint the longest cell whole (icon, text, margins).
            assert header.sectionSize(column) >= window.table.sizeHintForColumn(column), column
    finally:
        remove_translators(qapp, translators)


def test_name_columns_share_the_spare_width_but_never_collapse(
    qtbot: QtBot, window: MainWindow, three_cases: list[int]
) -> None:
    window.refresh()
    table, header = window.table, window.table.horizontalHeader()
    minimum = NAME_COLUMN_MIN_CHARS * table.fontMetrics().averageCharWidth() + 16

    window.resize(1600, 900)
    qtbot.waitUntil(lambda: table.viewport().width() > 1400, timeout=2000)
    wide = header.sectionSize(Column.EXPORTER)
    assert wide > minimum
    assert header.sectionSize(Column.END_USER) == wide
    assert header.length() <= table.viewport().width() + 1  # no sideways scrolling needed

    window.resize(window.minimumSizeHint().width(), 700)
    qtbot.waitUntil(lambda: header.sectionSize(Column.EXPORTER) < wide, timeout=2000)
    assert header.sectionSize(Column.EXPORTER) == minimum
    assert header.sectionSize(Column.END_USER) == minimum
    assert window.width() <= 1024  # the window fits a small laptop screen

    window.resize(1280, 800)  # a common laptop: every column fits without scrolling sideways
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=2000)
    qtbot.wait(10)
    assert header.length() <= table.viewport().width() + 1


def test_filter_labels_are_whole_on_a_1280_pixel_window(
    qtbot: QtBot, window: MainWindow, three_cases: list[int]
) -> None:
    window.refresh()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=2000)
    choose(window.filters.exporter, "Atlantic Ordnance Ltd")
    qtbot.wait(10)
    for combo in window.filters._combos():
        text = combo.currentText()
        needed = combo.fontMetrics().horizontalAdvance(text)
        # The text area is the combo minus its frame and arrow (at least 30 pixels).
        assert combo.width() - 30 >= needed, (text, combo.width(), needed)


def test_opening_an_older_database_upgrades_it_off_the_gui_thread_and_says_so(
    qtbot: QtBot, window: MainWindow, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    from sqlalchemy.orm import sessionmaker

    from att_desktop.db.engine import Database, current_revision, make_engine, to_url, upgrade_to

    older = tmp_path / "older.sqlite3"
    url = to_url(older)
    engine = make_engine(url)
    upgrade_to(Database(url, engine, sessionmaker(engine), path=older), "0001")
    engine.dispose()
    assert window.open_database_at(str(older))
    qtbot.waitUntil(lambda: window.db.path == older)
    assert current_revision(window.db.engine) != "0001"
    [(kind, title, text)] = prompter.shown
    assert (kind, title) == ("inform", "Database upgraded")
    assert "backups" in text and (older.parent / "backups").is_dir()
