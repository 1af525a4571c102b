"""Diversion and breach incidents in the window: the officer records an incident on a
licence from Assessment → Diversion and breach incidents…, is told which licences it puts
up for Article 7(7) reassessment, finds the licence in the reassessment window, and a new
application with the same end user shows the incident in the wizard's like-cases panel and
in the case view's Incidents tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.services import cases, incidents
from att_desktop.services.decisions import decide
from att_desktop.services.incident_licences import licence_choices
from att_desktop.ui.assessment.wizard import AssessmentWizard
from att_desktop.ui.incidents.dialog import IncidentDialog
from att_desktop.ui.incidents.licence_search import LicenceSearchCombo
from att_desktop.ui.incidents.window import IncidentsWindow
from att_desktop.ui.main_window import MainWindow
from att_desktop.ui.reassessment import ReassessmentDialog
from att_desktop.ui.widgets.country_combo import CountryCombo
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.factories import application, end_user
from tests.gui.conftest import ScriptedPrompter
from tests.unit.assessment_cases import complete

END_USER = "Vostok Trading LLC"


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def licence_to(db: Database, party: str) -> tuple[int, str]:
    case = register(db, "NO", parties=(end_user(party, "NO"),))
    assessed_and_completed(db, case.id, complete())
    return case.id, decide(db, case.id, authorise(db, case.id)).licences[0].number


def fill_incident(qtbot: QtBot, editor: IncidentDialog, number: str) -> None:
    qtbot.keyClicks(editor.description, "Rifles found with an armed group; markings traced.")
    editor.country.setFocus()
    qtbot.keyClicks(editor.country.lineEdit(), "Norway")
    qtbot.keyClick(editor.country.lineEdit(), Qt.Key.Key_Tab)
    editor.tabs.setCurrentIndex(1)
    editor.licence_picker.setFocus()
    qtbot.keyClicks(editor.licence_picker.lineEdit(), number)
    click(qtbot, editor.findChild(QWidget, "incidentAddLicence"))
    assert editor.licence_list.count() == 1
    click(qtbot, editor.parties.add_button)
    name, country = editor.parties.cell(0, 0), editor.parties.cell(0, 1)
    assert isinstance(name, QLineEdit) and isinstance(country, CountryCombo)
    qtbot.keyClicks(name, "Vostok Treiding")
    qtbot.keyClicks(country.lineEdit(), "Norway")
    qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Tab)


def test_an_incident_lists_its_licence_for_reassessment_and_beside_new_cases(
    qtbot: QtBot,
    db: Database,
    window_factory: Callable[..., MainWindow],
    prompter: ScriptedPrompter,
) -> None:
    licensed, number = licence_to(db, END_USER)
    window = window_factory()
    window.action_incidents.trigger()
    found = window.incidents_window
    assert isinstance(found, IncidentsWindow) and found.table.rowCount() == 0

    click(qtbot, found.new_button)
    editor = found.editor
    assert isinstance(editor, IncidentDialog) and editor.isVisible()
    # Nothing filled in: the errors name the fields and nothing is saved.
    click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
    assert "description" in editor.errors.text() and "country_code" in editor.errors.text()
    assert incidents.list_incidents(db) == []

    fill_incident(qtbot, editor, number)
    click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
    assert editor.errors.text() == ""
    kind, title, text = prompter.shown[-1]
    (recorded,) = incidents.list_incidents(db)
    assert (kind, title) == ("inform", f"Incident {recorded.number} recorded")
    assert number in text and "reassessment" in text
    assert found.table.rowCount() == 1
    assert found.licences.rowCount() == 1 and found.licences.item(0, 0).text() == number
    assert found.licences.item(0, 3).text() == "Yes"

    click(qtbot, found.reassess_button)
    listing = found.reassessment_window
    assert isinstance(listing, ReassessmentDialog)
    rows = [listing.table.item(r, 0).text() for r in range(listing.table.rowCount())]
    assert rows == [number]
    assert "Incident" in listing.table.item(0, 4).text()
    listing.close()

    # A new application with the same end user: the like-cases panel shows the incident.
    new = cases.create_application(db, application(parties=(end_user(END_USER, "NO"),)))
    wizard = AssessmentWizard(db, new.id, "en", prompter=prompter, ask_save=lambda _w: "discard")
    qtbot.addWidget(wizard)
    wizard.show()
    tree = wizard.consistency.tree
    group = next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == "incidents"
    )
    assert isinstance(group, QTreeWidgetItem) and group.childCount() == 1
    line = group.child(0).text(0)
    assert line.startswith("Incident ") and number in line
    assert f"parties match: {END_USER} ~ Vostok Treiding" in line
    wizard.close()

    # The case view's Incidents tab says the same.
    window.case_view.show_case(cases.get_case(db, new.id))
    panel = window.case_view.incidents_panel
    tabs = window.case_view.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Incidents (1)"
    assert panel.list.item(0).text() == line

    # The licensed case's history says, in words, that the incident concerns it.
    window.case_view.show_case(cases.get_case(db, licensed))
    history = window.case_view.history_table
    rows = [
        (history.item(r, 2).text(), history.item(r, 3).text()) for r in range(history.rowCount())
    ]
    assert (
        "Incident concerns this case",
        f"Incident {recorded.number} (Diversion) concerns licence {number}: to be reassessed "
        "(Art. 7(7))",
    ) in rows


def licence_by_number_status(db: Database, number: str) -> object:
    return next(c.status for c in licence_choices(db, number) if c.number == number)


def test_suspending_from_the_incident_is_confirmed_and_closing_keeps_the_record(
    qtbot: QtBot,
    db: Database,
    window_factory: Callable[..., MainWindow],
    prompter: ScriptedPrompter,
) -> None:
    from datetime import date

    from att_desktop.domain.enums import LicenceStatus
    from att_desktop.domain.incidents import IncidentKind, IncidentSource, ResponseKind
    from att_desktop.services.reassessment import affected_licences

    _, number = licence_to(db, END_USER)
    incidents.record_incident(
        db,
        incidents.IncidentInput(
            IncidentKind.SUSPECTED_DIVERSION,
            IncidentSource.CUSTOMS_SEIZURE,
            "Seizure 44/2026",
            None,
            date.today(),
            "Rifles seized at the border.",
            "NO",
            (number,),
        ),
    )
    window = window_factory()
    window.action_incidents.trigger()
    found = window.incidents_window
    assert isinstance(found, IncidentsWindow) and found.table.rowCount() == 1
    click(qtbot, found.edit_button)
    editor = found.editor
    assert isinstance(editor, IncidentDialog)
    editor.tabs.setCurrentIndex(3)
    click(qtbot, editor.responses.add_button)
    kind, licence = editor.responses.cell(0, 0), editor.responses.cell(0, 2)
    assert isinstance(kind, QComboBox) and isinstance(licence, QComboBox)
    kind.setFocus()
    kind.setCurrentIndex(kind.findData(ResponseKind.LICENCE_SUSPENDED))
    qtbot.keyClicks(licence.lineEdit(), number)
    save = editor.buttons.button(editor.buttons.StandardButton.Save)

    prompter.texts.append(None)  # the person cancels the confirmation: nothing changes
    click(qtbot, save)
    assert prompter.shown[-1][:2] == ("ask_text", f"Change licence {number}?")
    assert editor.isVisible() and licence_by_number_status(db, number) is LicenceStatus.VALID

    prompter.texts.append("Pending the customs investigation")
    click(qtbot, save)
    assert not editor.isVisible(), editor.errors.text()
    assert licence_by_number_status(db, number) is LicenceStatus.SUSPENDED
    assert affected_licences(db, date.today()) == []
    assert found.licences.item(0, 2).text() == "Suspended"

    prompter.texts.append("Licence suspended; case with the prosecutor.")
    click(qtbot, found.close_button)
    (closed,) = incidents.list_incidents(db)
    assert closed.status.value == "closed" and closed.closing_note.startswith("Licence")
    assert not found.close_button.isEnabled()
    # Closed: Edit is off, and the incident opens to be read, not edited.
    assert not found.edit_button.isEnabled()
    assert "closed incident can no longer be edited" in found.edit_button.toolTip()
    reader = found.edit_selected()
    assert isinstance(reader, IncidentDialog) and reader.read_only
    assert not reader.buttons.button(reader.buttons.StandardButton.Save).isEnabled()
    assert not reader.tabs.widget(0).isEnabled() and not reader.description.isEnabled()
    assert "can no longer be edited" in reader.errors.text()
    assert reader.description.toPlainText() == "Rifles seized at the border."
    assert reader.save() is None
    assert incidents.list_incidents(db)[0].version == closed.version
    reader.reject()


def test_the_licence_picker_searches_as_the_officer_types(
    qtbot: QtBot,
    db: Database,
    window_factory: Callable[..., MainWindow],
) -> None:
    """The form offers the licences matching what is typed (a search in the database once
    the officer pauses, not a list of every licence): the text typed stays, Add takes the
    one licence found, and a licence chosen from the list stays offered."""
    _, first = licence_to(db, END_USER)
    second_case, second = licence_to(db, "Fjord Logistics AS")
    window = window_factory()
    window.action_incidents.trigger()
    found = window.incidents_window
    assert isinstance(found, IncidentsWindow)
    click(qtbot, found.new_button)
    editor = found.editor
    assert isinstance(editor, IncidentDialog)
    picker = editor.licence_picker
    qtbot.waitUntil(lambda: not picker.is_pending())
    assert sorted(picker.itemData(n) for n in range(picker.count())) == sorted([first, second])

    editor.tabs.setCurrentIndex(1)
    picker.setFocus()
    reference = cases.get_case(db, second_case).reference
    typed = reference[-7:].lower()  # part of the second licence's case reference
    with qtbot.waitSignal(picker.searched, timeout=5000) as searched:
        qtbot.keyClicks(picker.lineEdit(), typed)
        assert picker.is_pending()  # nothing is looked up while the officer types
    assert searched.args == [typed]
    assert [picker.itemData(n) for n in range(picker.count())] == [second]
    assert picker.itemText(0) == f"{second} — {reference} (Norway, Valid)"
    assert picker.currentText() == typed
    click(qtbot, editor.findChild(QWidget, "incidentAddLicence"))
    assert [editor.licence_list.item(n).text() for n in range(editor.licence_list.count())] == [
        second
    ]

    # Chosen from the list offered (arrow key, Enter), it stays offered when the list is
    # searched again.
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), first[-5:])
    qtbot.waitUntil(lambda: not picker.is_pending())
    assert [picker.itemData(n) for n in range(picker.count())] == [first]
    popup = picker.completer().popup()
    assert popup.isVisible()  # the matches drop down under the text typed
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    chosen = picker.currentText()
    assert chosen.startswith(f"{first} — ")
    with qtbot.waitSignal(picker.searched, timeout=5000):
        picker.search_now()
    assert (picker.currentIndex(), picker.currentText(), picker.count()) == (0, chosen, 1)

    # A response's licence is searched for the same way (from when it is first entered),
    # offered by number alone.
    editor.tabs.setCurrentIndex(3)
    click(qtbot, editor.responses.add_button)
    licence = editor.responses.cell(0, 2)
    assert isinstance(licence, LicenceSearchCombo)
    assert licence.count() == 0 and not licence.is_pending()
    licence.setFocus()
    with qtbot.waitSignal(licence.searched, timeout=5000, check_params_cb=lambda t: t == "norway"):
        qtbot.keyClicks(licence.lineEdit(), "norway")
    assert sorted(licence.itemText(n) for n in range(licence.count())) == sorted([first, second])
    assert licence.currentText() == "norway"
