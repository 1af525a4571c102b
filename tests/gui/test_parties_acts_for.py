"""The party editor's new kinds: a non-State armed group or regional government is chosen like
any type, and a consignee's "Acts for" names a government party of the case (resolution 1546
(2004) para. 21: a company importing for Iraq's Ministry of Defence is screened as it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain.application import PartyInput
from att_desktop.domain.enums import NotReportableReason, PartyRole, PartyType
from att_desktop.services import cases
from att_desktop.ui.application_dialog import ApplicationDialog
from att_desktop.ui.case_view import CaseView
from att_desktop.ui.context import AppContext
from att_desktop.ui.widgets.country_combo import CountryCombo
from tests.factories import application
from tests.gui.test_application_dialog import (
    add_end_user,
    choose_country,
    choose_in_combo,
    fill_general,
    fill_item,
    open_dialog,
    type_into,
)

__all__ = ["open_dialog"]  # the fixture, shared with the dialog's own tests


def add_party(qtbot: QtBot, dialog: ApplicationDialog, name: str, country: str) -> int:
    editor = dialog.parties
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    index = editor.count() - 1
    _role, _kind, name_edit, country_combo, _address = editor.row_widgets(index)
    type_into(qtbot, name_edit, name)
    assert isinstance(country_combo, CountryCombo)
    choose_country(qtbot, country_combo, country)
    return index


def test_consignee_acts_for_the_government_end_user_and_it_is_saved(
    qtbot: QtBot, db: Database, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    fill_general(qtbot, dialog)
    add_end_user(qtbot, dialog)
    editor = dialog.parties
    consignee = add_party(qtbot, dialog, "Imbel Importadora", "Brazi")
    assert not editor.acts_for_combo(0).isEnabled()  # an end user acts for no one
    combo = editor.acts_for_combo(consignee)
    assert combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "1. Brazilian Army Logistics Command"
    ]
    choose_in_combo(qtbot, combo, 0)
    broker = add_party(qtbot, dialog, "Brigada Norte", "Brazi")
    choose_in_combo(qtbot, editor.row_widgets(broker)[0], PartyRole.BROKER.value)
    choose_in_combo(qtbot, editor.row_widgets(broker)[1], PartyType.NON_STATE_ARMED_GROUP.value)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.items.add_button, Qt.MouseButton.LeftButton)
    fill_item(
        qtbot, dialog.items.card(0), description="Cartridges", quantity="1000",
        reason=NotReportableReason.AMMUNITION,
    )  # fmt: skip
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = dialog.saved_case
    assert saved is not None
    parties = cases.get_case(db, saved.id).parties
    assert [(p.role, p.party_type, p.acts_for) for p in parties] == [
        (PartyRole.END_USER, PartyType.GOVERNMENT, None),
        (PartyRole.CONSIGNEE, PartyType.COMMERCIAL, 0),
        (PartyRole.BROKER, PartyType.NON_STATE_ARMED_GROUP, None),
    ]


def test_the_link_follows_moves_and_is_dropped_when_it_no_longer_fits(
    qtbot: QtBot, open_dialog: Callable[..., ApplicationDialog]
) -> None:
    dialog = open_dialog()
    add_end_user(qtbot, dialog)
    editor = dialog.parties
    consignee = add_party(qtbot, dialog, "Imbel Importadora", "Brazi")
    choose_in_combo(qtbot, editor.acts_for_combo(consignee), 0)

    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # the consignee goes first
    moved = editor.parties([])
    assert [(p.name, p.acts_for) for p in moved] == [
        ("Imbel Importadora", 1),
        ("Brazilian Army Logistics Command", None),
    ]
    assert editor.acts_for_combo(0).currentText() == "2. Brazilian Army Logistics Command"

    # A company end user is not offered (the link is dropped); a regional government is.
    government_type = editor.row_widgets(1)[1]
    choose_in_combo(qtbot, government_type, PartyType.COMMERCIAL.value)
    assert editor.parties([])[0].acts_for is None
    assert editor.acts_for_combo(0).count() == 1  # only "—"
    choose_in_combo(qtbot, government_type, PartyType.REGIONAL_GOVERNMENT.value)
    assert editor.acts_for_combo(0).count() == 2
    choose_in_combo(qtbot, editor.acts_for_combo(0), 1)
    assert editor.parties([])[0].acts_for == 1
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [(p.name, p.acts_for) for p in editor.parties([])] == [("Imbel Importadora", None)]


def test_the_case_view_says_whom_the_consignee_acts_for(
    qtbot: QtBot, db: Database, app_paths: AppPaths
) -> None:
    """The officer sees why the screen treated the consignee as a government."""
    parties = (
        PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, "Ministry of Defence", "IQ"),
        PartyInput(PartyRole.CONSIGNEE, PartyType.COMMERCIAL, "Al-Noor Trading", "IQ", "", 0),
        PartyInput(PartyRole.BROKER, PartyType.NON_STATE_ARMED_GROUP, "Brigade 9", "IQ"),
    )
    case = cases.create_application(db, application(destination_code="IQ", parties=parties))
    view = CaseView(AppContext(db, app_paths, UserSettings(language="en")))
    qtbot.addWidget(view)
    view.show_case(cases.get_case(db, case.id))
    table = view.parties_table
    types = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert types == [
        "Government",
        "Commercial, acting for Ministry of Defence",
        "Non-State armed group",
    ]
