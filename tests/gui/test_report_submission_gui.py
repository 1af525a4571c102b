"""The report as submitted in the window (issue 14): the approver approves with the
confirmation ticked, the focal point marks it sent, "Show as submitted" opens the stored PDF
bytes (not a rebuilt report), and the comparison says in words what the register added since.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.services import report_submission as rs
from att_desktop.services.dto import Actor
from att_desktop.ui.committee.my_work import MyWorkDock
from att_desktop.ui.context import AppContext
from att_desktop.ui.reporting.submission import SubmissionDialog
from tests.accounts_helpers import Committee, committee
from tests.gui.conftest import ScriptedPrompter
from tests.report_register import YEAR
from tests.report_submission_helpers import (
    OPTIONS,
    add_authorised_case,
    clean_register,
    give_withholding_reason,
)


class Acting:
    """Who the dialog acts as: changed between steps, as a sign-in would."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor

    def __call__(self) -> Actor:
        return self.actor


def _prepared(db: Database) -> Committee:
    clean_register(db)
    people = committee(db)
    give_withholding_reason(db)
    rs.open_submission(
        db,
        YEAR,
        OPTIONS,
        agency_ids=(people.customs,),
        reason="As every year",
        actor=people.focal.actor,
    )
    rs.sign_off_contribution(
        db, YEAR, "Actual exports confirmed.", actor=people.customs_member.actor
    )
    return people


def _dialog(
    qtbot: QtBot, db: Database, acting: Acting, prompter: ScriptedPrompter
) -> SubmissionDialog:
    dialog = SubmissionDialog(
        db, actor=acting, year=YEAR, options=lambda: OPTIONS, prompter=prompter
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_approve_mark_submitted_and_show_the_frozen_copy(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    people = _prepared(db)
    acting = Acting(people.decider.actor)
    dialog = _dialog(qtbot, db, acting, prompter)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.contributions.item(0, 0).text() == "Customs"
    assert dialog.contributions.item(0, 1).text() == "Cus.Member"
    assert not dialog.approve_button.isEnabled()  # the confirmation is not ticked yet

    dialog.confirm_approval.setFocus()
    qtbot.keyClick(dialog.confirm_approval, Qt.Key.Key_Space)
    assert dialog.approve_button.isEnabled()
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.view is not None and dialog.view.status is rs.SubmissionStatus.APPROVED,
        timeout=60000,
    )
    assert prompter.errors() == []
    assert "Approved by Decider" in dialog.status.text()
    assert dialog.versions.rowCount() == 1
    assert "att-annual-report-2025-v1.pdf" in dialog.versions.item(0, 4).text()
    history = [dialog.history.item(r, 2).text() for r in range(dialog.history.rowCount())]
    assert history[0] == "Report opened for preparation — As every year"
    assert history[-1] == "Approved; version 1 frozen"

    acting.actor = people.focal.actor
    dialog.sent_on.setDate(QDate.currentDate())
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert prompter.errors() == []
    assert dialog.view is not None and dialog.view.status is rs.SubmissionStatus.SUBMITTED
    assert f"Sent to the ATT Secretariat on {date.today().isoformat()}" in dialog.status.text()

    stored = rs.frozen_files(db, YEAR)
    add_authorised_case(db)  # the register changes after the report went out
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    (opened,) = prompter.opened
    assert opened.endswith("att-annual-report-2025-v1.pdf")
    pdf = next(f for f in stored if f.media_type == "application/pdf")
    assert Path(opened).read_bytes() == pdf.data

    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    texts = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert len(texts) == 1
    assert texts[0].startswith("Exports, ")
    assert "0 row(s) in the report as sent, 1 in the register now" in texts[0]


def test_show_as_submitted_reports_a_changed_copy_loudly(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter
) -> None:
    people = _prepared(db)
    rs.approve_report(db, YEAR, actor=people.decider.actor)
    with db.engine.begin() as conn:
        # What an intruder with file access could do: the append-only triggers dropped.
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS report_files_append_only")
        else:
            conn.exec_driver_sql("ALTER TABLE report_files DISABLE TRIGGER USER")
        conn.execute(
            text("UPDATE report_files SET sha256 = 'forged' WHERE name LIKE :pdf"),
            {"pdf": "%.pdf"},
        )
    dialog = _dialog(qtbot, db, Acting(people.focal.actor), prompter)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert prompter.opened == []
    (error,) = prompter.errors()
    assert "is NOT the file that was sent" in error


def test_my_work_opens_the_report_for_its_contributor(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, app_paths: AppPaths
) -> None:
    clean_register(db)
    people = committee(db)
    give_withholding_reason(db)
    rs.open_submission(db, YEAR, OPTIONS, agency_ids=(people.mod,), actor=people.focal.actor)
    ctx = AppContext(db, app_paths, UserSettings(language="en"), prompter)
    ctx.set_user(people.mod_member)
    dock = MyWorkDock(ctx)
    qtbot.addWidget(dock)
    dock.reload()
    items: list[QListWidgetItem] = [dock.list.item(i) for i in range(dock.list.count())]
    (report,) = [i for i in items if i.text().startswith("Annual report 2025")]
    with qtbot.waitSignal(dock.openReport) as opened:
        dock.list.itemActivated.emit(report)
    assert opened.args == [YEAR]


def test_the_recorded_line_choices_name_their_line_in_the_window_language(
    qtbot: QtBot, db: Database, prompter: ScriptedPrompter, qapp: object
) -> None:
    """Issue 15: a choice is stored under an English key ("withheld:EXP/2 line 2"); a French
    window shows its place as "EXP/2, ligne 2", and an excluded line's reason by its label."""
    from att_desktop.ui.i18n import install_translators, remove_translators

    people = _prepared(db)
    stored = [c.key for c in rs.get_submission(db, YEAR).choices]  # type: ignore[union-attr]
    assert any(" line " in key for key in stored)
    translators = install_translators(qapp, "fr")  # type: ignore[arg-type]
    try:
        dialog = _dialog(qtbot, db, Acting(people.focal.actor), prompter)
        labels = [dialog.choices.item(r, 0).text() for r in range(dialog.choices.rowCount())]
    finally:
        remove_translators(qapp, translators)  # type: ignore[arg-type]
    lines = [label for label in labels if ", ligne " in label]
    assert lines, labels
    assert not any(" line " in label for label in labels), labels
