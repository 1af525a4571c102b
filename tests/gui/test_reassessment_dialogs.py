"""Article 7(7) reassessment, embargo data updates and denial notices, driven through widgets.

A licence to Brazil is issued on 1 April 2026; a (fictional) UN embargo on Brazil from
1 June 2026 is then loaded from a file, and the licence must show up, marked as prohibited,
with no way to let it stand. New information about Norway lists the licence to Norway, which
the officer amends. Denial notices recorded from the wizard's consistency panel are matched
against the case's parties at once.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.embargoes import shipped_embargo_dir
from att_desktop.domain.enums import LicenceStatus
from att_desktop.services import consistency, decisions, reassessment, screening
from att_desktop.services.decisions import decide
from att_desktop.ui.assessment.denial_notices import DenialNoticesDialog
from att_desktop.ui.assessment.wizard import AssessmentWizard
from att_desktop.ui.reassessment import EmbargoDataDialog, ReassessmentDialog
from tests.db.assessment_helpers import assessed_and_completed, authorise, register
from tests.gui.conftest import ScriptedPrompter
from tests.unit.assessment_cases import complete

AFTER_EMBARGO = date(2026, 7, 1)


def click(qtbot: QtBot, widget: QWidget) -> None:
    if isinstance(widget, QRadioButton | QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def licence_to(db: Database, destination: str) -> int:
    case = register(db, destination)
    assessed_and_completed(db, case.id, complete())
    return decide(db, case.id, authorise(db, case.id)).licences[0].id


def embargo_file(tmp_path: Path, **changes: Any) -> Path:
    raw = json.loads((shipped_embargo_dir() / "un_security_council.json").read_text("utf-8"))
    raw["as_of"] = "2026-12-01"
    raw["entries"].append(
        {
            "id": "br-test",
            "title": "Brazil (fictional test embargo)",
            "target": "BR",
            "scope": "country",
            "covers": "all_arms",
            "start": "2026-06-01",
            "end": None,
            "direction": "to",
            "resolutions": [{"number": 9999, "date": "2026-06-01"}],
            "sources": ["test fixture"],
            **changes,
        }
    )
    path = tmp_path / "un_update.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> ReassessmentDialog:
    dialog = ReassessmentDialog(db, "en", prompter=prompter, today=AFTER_EMBARGO)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_embargo_update_lists_the_licence_which_cannot_stand_and_is_suspended(
    qtbot: QtBot,
    db: Database,
    window: ReassessmentDialog,
    prompter: ScriptedPrompter,
    tmp_path: Path,
) -> None:
    licence_id = licence_to(db, "BR")
    licence_to(db, "NO")
    click(qtbot, window.refresh_button)
    assert window.table.rowCount() == 0
    assert "No valid licence needs reassessing" in window.empty.text()

    click(qtbot, window.embargo_button)
    data = window.embargo_dialog
    assert isinstance(data, EmbargoDataDialog)
    prompter.files.append(str(embargo_file(tmp_path)))
    click(qtbot, data.load_button)
    assert "1 added" in data.status.text() and prompter.errors() == []

    # The list refreshed on its own: only the licence to Brazil, flagged as prohibited.
    assert window.table.rowCount() == 1
    lic = decisions.get_licence(db, licence_id)
    assert window.table.item(0, 0).text() == lic.number
    assert "EMBARGO" in window.table.item(0, 4).text()
    assert "cannot stand" in window.reasons.text()
    assert not window.stand_button.isEnabled() and not window.amend_button.isEnabled()

    click(qtbot, window.suspend_button)  # no reason yet: nothing happens but a message
    assert "conclusion" in window.outcome.text()
    assert decisions.get_licence(db, licence_id).status is LicenceStatus.VALID
    type_text(qtbot, window.conclusion, "New UN arms embargo on the destination")
    click(qtbot, window.suspend_button)

    suspended = decisions.get_licence(db, licence_id)
    assert suspended.status is LicenceStatus.SUSPENDED
    assert "suspended" in window.outcome.text()
    assert window.table.rowCount() == 0
    actions = [e.action for e in suspended.history]
    assert actions[-1] == "licence_suspended"
    assert suspended.history[-1].reason == "New UN arms embargo on the destination"
    assert window.history.rowCount() == len(suspended.history)


def test_revoking_needs_the_confirmation_ticked(
    qtbot: QtBot, db: Database, window: ReassessmentDialog, tmp_path: Path
) -> None:
    licence_id = licence_to(db, "BR")
    screening.load_embargo_update(db, embargo_file(tmp_path))
    click(qtbot, window.refresh_button)
    type_text(qtbot, window.conclusion, "Embargo")
    click(qtbot, window.revoke_button)
    assert "confirmation" in window.outcome.text()
    assert decisions.get_licence(db, licence_id).status is LicenceStatus.VALID
    click(qtbot, window.revoke_confirm)
    click(qtbot, window.revoke_button)
    assert decisions.get_licence(db, licence_id).status is LicenceStatus.REVOKED


def test_new_information_lists_the_licence_and_the_officer_amends_it(
    qtbot: QtBot, db: Database, window: ReassessmentDialog
) -> None:
    licence_id = licence_to(db, "NO")
    licence_to(db, "BR")
    window.info_country.set_code("NO")
    type_text(qtbot, window.info_text, "Reports of abuses by the receiving unit")
    type_text(qtbot, window.info_source, "UN OHCHR report, 2026-06-20")
    click(qtbot, window.info_button)

    assert "1 valid licence(s)" in window.outcome.text()
    assert window.table.rowCount() == 1
    assert "Reports of abuses" in window.table.item(0, 4).text()
    assert window.stand_button.isEnabled()

    type_text(qtbot, window.conclusion, "Quantity reduced; delivery verification added")
    click(qtbot, window.amend_button)
    assert window.amend_box.isVisible()
    window.lines.item(0, 2).setText("40")
    window.conditions.setPlainText(
        window.conditions.toPlainText() + "\nPost-shipment on-site verification"
    )
    window.valid_until.setDate(QDate(2026, 12, 31))
    click(qtbot, window.save_amend)

    amended = decisions.get_licence(db, licence_id)
    assert "amended" in window.outcome.text(), window.outcome.text()
    assert amended.lines[0].quantity == 40
    assert amended.valid_until == date(2026, 12, 31)
    assert "Post-shipment on-site verification" in amended.conditions
    assert [e.action for e in amended.history][-2:] == ["licence_amended", "reassessed"]
    assert window.table.rowCount() == 0
    assert reassessment.affected_licences(db, AFTER_EMBARGO) == []


def test_licence_stands_after_reassessment_and_leaves_the_list(
    qtbot: QtBot, db: Database, window: ReassessmentDialog
) -> None:
    licence_id = licence_to(db, "NO")
    reassessment.record_destination_information(db, "NO", "Election unrest", on_date=AFTER_EMBARGO)
    click(qtbot, window.refresh_button)
    assert window.table.rowCount() == 1
    type_text(qtbot, window.conclusion, "Unrest unrelated to the end user; embassy consulted")
    click(qtbot, window.stand_button)
    assert "stands" in window.outcome.text()
    assert window.table.rowCount() == 0
    history = decisions.get_licence(db, licence_id).history
    assert history[-1].action == "reassessed"
    assert decisions.get_licence(db, licence_id).status is LicenceStatus.VALID


def test_malformed_embargo_file_names_the_entry_and_field_and_changes_nothing(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path, english: None
) -> None:
    dialog = EmbargoDataDialog(db, "en", prompter=prompter)
    qtbot.addWidget(dialog)
    before = screening.list_embargo_sets(db)
    prompter.files.append(str(embargo_file(tmp_path, start="2026-13-01")))
    click(qtbot, dialog.load_button)
    assert len(prompter.errors()) == 1
    assert "entry 'br-test', field 'start'" in prompter.errors()[0]
    assert "Nothing was loaded" in dialog.status.text()
    assert screening.list_embargo_sets(db) == before

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    prompter.files.append(str(broken))
    click(qtbot, dialog.load_button)
    assert "not valid JSON" in prompter.errors()[1]


def test_the_authority_applies_the_regional_set_and_the_un_set_stays_on(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    dialog = EmbargoDataDialog(db, "en", prompter=prompter)
    qtbot.addWidget(dialog)
    dialog.show()
    assert screening.enabled_embargo_sets(db) == ("un_security_council",)
    assert not dialog.checks["un_security_council"].isEnabled()
    assert not dialog.checks["regional_optional"].isChecked()
    click(qtbot, dialog.checks["regional_optional"])
    click(qtbot, dialog.apply_button)
    assert set(screening.enabled_embargo_sets(db)) == {"un_security_council", "regional_optional"}
    assert dialog.checks["regional_optional"].isChecked()


def test_denial_notice_recorded_from_the_wizard_is_matched_at_once(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    case = register(db, "NO")
    wizard = AssessmentWizard(db, case.id, "en", prompter=prompter, ask_save=lambda _w: "discard")
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard.consistency.record_denial_button)
    dialog = wizard.denial_notices
    assert isinstance(dialog, DenialNoticesDialog) and dialog.isVisible()

    # Nothing filled in: the fields are named and nothing is recorded.
    click(qtbot, dialog.record_button)
    assert "Notifying State" in dialog.problems.text()
    assert "Denied party" in dialog.problems.text()
    assert consistency.list_denial_notices(db) == []

    dialog.notifying_state.set_code("SE")
    type_text(qtbot, dialog.reference, "SE-2025-17")
    dialog.denied_on.setDate(QDate(2025, 11, 3))
    type_text(qtbot, dialog.party_name, "Ministry of Defence")
    dialog.party_country.set_code("NO")
    type_text(qtbot, dialog.grounds, "Risk of diversion")
    click(qtbot, dialog.record_button)

    assert dialog.problems.text() == ""
    assert dialog.table.rowCount() == 1
    notices = consistency.list_denial_notices(db)
    assert [(n.notifying_state, n.party_name) for n in notices] == [("SE", "Ministry of Defence")]
    tree = wizard.consistency.tree
    denials = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert "(1)" in denials.text(0)
    assert denials.child(0).text(0).startswith("exact name: Ministry of Defence")
    wizard.close()


def test_a_similar_name_is_matched_too(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, english: None
) -> None:
    case = register(db, "NO")
    dialog = DenialNoticesDialog(db, "en", today=date(2026, 1, 1))
    qtbot.addWidget(dialog)
    dialog.notifying_state.set_code("FI")
    type_text(qtbot, dialog.party_name, "Ministry of Defense")
    dialog.party_country.set_code("NO")
    click(qtbot, dialog.record_button)
    matches = consistency.match_denials(db, case.id)
    assert [m.kind for m in matches] == [consistency.MatchKind.SIMILAR]


def test_closing_with_unrecorded_text_warns_once_then_closes(
    qtbot: QtBot, db: Database, window: ReassessmentDialog, english: None
) -> None:
    type_text(qtbot, window.info_text, "Half-typed information")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and "not recorded yet" in window.outcome.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()

    dialog = DenialNoticesDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.party_name, "Acme")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "not recorded yet" in dialog.problems.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
