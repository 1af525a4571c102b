"""Destination files in the window: a finding added and updated with the keyboard and mouse,
the licences it puts up for reassessment, the staleness warning, and the assessment wizard's
panel that copies the file into the officer's answers without overwriting what they typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.assessment.model import Criterion, Source, SourceKind
from att_desktop.domain.destination import DestinationTopic
from att_desktop.services import destination_files
from att_desktop.ui.assessment.wizard import ARTICLE7, GBV, AssessmentWizard
from att_desktop.ui.destination.window import DestinationFilesWindow
from att_desktop.ui.reassessment import ReassessmentDialog
from att_desktop.ui.widgets.country_combo import line_edit
from tests import factories
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.gui.conftest import ScriptedPrompter
from tests.unit.assessment_cases import complete

TODAY = date(2026, 12, 3)
OHCHR = Source(SourceKind.UN_REPORT, "OHCHR country report", date(2025, 1, 5), "A/HRC/58/3")
SHELTERS = Source(SourceKind.NGO_REPORT, "Shelter network survey", None, "https://ngo.example")


def licence_to(db: Database, destination: str) -> str:
    from att_desktop.services.decisions import decide

    case = register(db, destination)
    assessed_and_completed(db, case.id, complete())
    return decide(db, case.id, authorise(db, case.id)).licences[0].number


@pytest.fixture
def window(qtbot: QtBot, db: Database, english: None) -> DestinationFilesWindow:
    from att_desktop.services.dto import LOCAL_OFFICER

    win = DestinationFilesWindow(db, "en", LOCAL_OFFICER, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def choose_state(qtbot: QtBot, win: DestinationFilesWindow, typed: str) -> None:
    edit = line_edit(win.country)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert win.isVisible()  # Return chooses the State; it never closes the window


def test_an_officer_adds_then_updates_a_finding_and_is_offered_the_licences(
    qtbot: QtBot, db: Database, window: DestinationFilesWindow
) -> None:
    number = licence_to(db, "BR")
    assert not window.add_button.isEnabled()
    choose_state(qtbot, window, "Brazil")
    assert window.title.text() == "Destination file: Brazil"
    assert window.topics.rowCount() == len(DestinationTopic)
    assert window.topics.item(1, 1).text() == "No finding yet"

    window.topics.setCurrentCell(1, 0)  # human rights
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    dialog = window.entry_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_topic() is DestinationTopic.HUMAN_RIGHTS
    assert not dialog.reason.isEnabled()  # a first finding has nothing to supersede
    qtbot.keyClicks(dialog.text, "Police violence against protesters documented.")
    qtbot.mouseClick(dialog.sources.add_button, Qt.MouseButton.LeftButton)
    kind, title, _when, _ref = dialog.sources.row_widgets(0)
    kind.setCurrentIndex(kind.findData(SourceKind.UN_REPORT.value))
    qtbot.keyClicks(title, "OHCHR country report")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert window.topics.item(1, 1).text() == "Police violence against protesters documented."
    assert window.topics.item(1, 2).text() == TODAY.isoformat()
    assert "UN report · OHCHR country report" in window.topics.item(1, 4).text()
    assert window.outcome.isVisible() and number in window.outcome.text()
    assert "listed for reassessment" in window.outcome.text()
    assert window.reassess_button.isVisible()
    assert window.known.count() == 1 and "Brazil" in window.known.item(0).text()

    # An update keeps the old version and needs a reason.
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    dialog = window.entry_dialog
    assert dialog is not None and dialog.reason.isEnabled()
    assert dialog.text.toPlainText() == "Police violence against protesters documented."
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "Oversight body set up; abuses fewer.")
    dialog.reassess.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Say why the finding changes" in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "New OHCHR report")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.topics.item(1, 1).text() == "Oversight body set up; abuses fewer."
    assert window.history.rowCount() == 1
    assert window.history.item(0, 3).text() == "New OHCHR report"
    assert window.history.item(0, 4).text() == "Police violence against protesters documented."
    assert "No valid licence" in window.outcome.text() and not window.reassess_button.isVisible()


def test_the_licences_offered_open_in_the_reassessment_window(
    qtbot: QtBot, db: Database, window: DestinationFilesWindow
) -> None:
    number = licence_to(db, "BR")
    destination_files.record_finding(db, "BR", DestinationTopic.IHL, "Armed conflict.", TODAY)
    choose_state(qtbot, window, "brazil")
    window.topics.setCurrentCell(2, 0)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    dialog = window.entry_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.text, " Escalating.")
    qtbot.keyClicks(dialog.reason, "Fighting spread")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.reassess_button, Qt.MouseButton.LeftButton)
    reassess = window.findChild(ReassessmentDialog)
    assert isinstance(reassess, ReassessmentDialog) and reassess.isVisible()
    assert [a.number for a in reassess.affected] == [number]
    reassess.close()


def test_old_material_is_flagged_in_words(
    qtbot: QtBot, db: Database, window: DestinationFilesWindow
) -> None:
    destination_files.record_finding(
        db, "BR", DestinationTopic.HUMAN_RIGHTS, "Old finding.", date(2025, 1, 10), today=TODAY
    )
    destination_files.record_finding(
        db, "BR", DestinationTopic.GBV, "Recent.", date(2026, 10, 1), today=TODAY
    )
    window.refresh()
    window.known.setCurrentRow(0)  # the States with a file, chosen from the list
    assert window.country.code() == "BR"
    assert window.stale.isVisible()
    assert window.stale.text() == (
        "Human rights situation for Brazil was last assessed 2025-01-10, 22 months ago; "
        "the authority asks for material under 12 months."
    )


@pytest.fixture
def wizard(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> AssessmentWizard:
    destination_files.record_finding(
        db,
        "NO",
        DestinationTopic.HUMAN_RIGHTS,
        "Strong rule of law; isolated police misconduct cases.",
        date(2024, 12, 1),
        [OHCHR],
    )
    destination_files.record_finding(
        db,
        "NO",
        DestinationTopic.GBV,
        "Intimate partner violence is the prevalent type; shelters and a national plan.",
        date.today(),
        [SHELTERS],
    )
    inp = factories.application(
        destination_code="NO", parties=(factories.end_user("Ministry of Defence", "NO"),)
    )
    from att_desktop.services import cases

    case = cases.create_application(db, inp, today=date(2026, 3, 5))
    wiz = AssessmentWizard(db, case.id, "en", prompter=prompter, ask_save=lambda _p: "discard")
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def test_the_wizard_shows_the_file_and_copies_it_without_overwriting(
    qtbot: QtBot, wizard: AssessmentWizard
) -> None:
    panel = wizard.destination_panel
    assert panel.isVisible() and panel.title() == "Destination file: Norway"
    assert "Human rights situation for Norway was last assessed 2024-12-01" in panel.stale.text()
    assert panel.stale.isVisible()
    assert "Strong rule of law" in panel.findings.text()
    assert not panel.use_button.isEnabled()  # Article 6 takes nothing from the file

    wizard.go_to(ARTICLE7)
    assert panel.use_button.isEnabled()
    editor = wizard.article7.editors[Criterion.B_II]
    editor.reasoning.setFocus()
    qtbot.keyClicks(editor.reasoning, "My own reading of the case.")
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    text = editor.reasoning.toPlainText()
    assert text.startswith("My own reading of the case.\n\n")
    assert (
        "From the destination file (Human rights situation, assessed 2024-12-01):\n"
        "Strong rule of law; isolated police misconduct cases."
    ) in text
    assert editor.sources.sources() == (OHCHR,)
    # Using it again adds nothing twice; other answers on the page are left alone.
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert editor.reasoning.toPlainText() == text and editor.sources.sources() == (OHCHR,)
    assert wizard.article7.editors[Criterion.B_I].reasoning.toPlainText() == ""
    assert wizard.collect().finding(Criterion.B_II).sources == (OHCHR,)

    wizard.go_to(GBV)
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert wizard.gbv.step1.sources.sources() == (SHELTERS,)
    assert "Intimate partner violence" in wizard.gbv.step1.reasoning.toPlainText()

    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert not panel.findings_area.isVisible() and panel.toggle.text() == "Show"
    QApplication.processEvents()


def test_the_history_says_what_was_recorded_in_words(db: Database, english: None) -> None:
    from sqlalchemy import select

    from att_desktop.db.models import Event
    from att_desktop.services.history import event_view
    from att_desktop.ui.committee.timeline_words import event_summary

    for text, why in (("First.", ""), ("Second.", "New report")):
        destination_files.record_finding(
            db, "BR", DestinationTopic.IHL, text, date(2026, 11, 1), reason=why, today=TODAY
        )
    with db.session() as session:
        events = session.scalars(
            select(Event).where(Event.entity == destination_files.ENTITY).order_by(Event.id)
        ).all()
        words = [event_summary(event_view(e)) for e in events]
    assert words == [
        "Destination file, Brazil: IHL situation recorded (assessed 2026-11-01)",
        "Destination file, Brazil: IHL situation updated (assessed 2026-11-01)",
    ]
