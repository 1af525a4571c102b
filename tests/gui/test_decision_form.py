"""The one decision form: in the Committee tab's Decide dialog and in the wizard's last step.

The decider sees the validity (the authority's longest, said in words), every line with what
was applied for, and the proposed conditions grouped by origin; what they edit, untick, add
or reduce is what the licence and its PDF carry. A refused decision loses nothing typed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus
from att_desktop.services import cases, documents
from att_desktop.services.conditions import (
    DEFAULT_CONDITIONS,
    ConditionOrigin,
    ProposedCondition,
)
from att_desktop.services.decisions import get_decision
from att_desktop.ui.assessment.conditions_editor import ConditionsEditor
from att_desktop.ui.assessment.decision_form import DecisionForm
from att_desktop.ui.assessment.widgets import date_of
from att_desktop.ui.committee.review import DecideDialog
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.db.assessment_helpers import gbv_case
from tests.db.test_licence_conditions import MFA_CONDITION, TRAINING, assessed, through_committee
from tests.factories import ammunition, item
from tests.gui.test_assessment_wizard import (
    OpenWizard,
    english,
    fill_gbv_case,
    new_case,
    open_wizard,
    type_text,
)
from tests.gui.test_assessment_wizard import click as press
from tests.gui.test_committee_flow import Build, build, click, ok, people, sign_in

__all__ = [
    "build",
    "committee_db",
    "committee_template",
    "english",
    "open_wizard",
    "people",
]


def edit_condition(
    qtbot: QtBot, editor: ConditionsEditor, item: QTreeWidgetItem, text: str
) -> None:
    """Select the row and press F2, as a person does; type over it and press Enter."""
    editor.tree.setFocus()
    editor.tree.setCurrentItem(item, 0)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    line = editor.tree.viewport().findChild(QLineEdit)  # the editor F2 opened on the row
    assert isinstance(line, QLineEdit) and line.isVisible()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text(0) == text)  # the view commits the edit on its loop


def toggle(qtbot: QtBot, editor: ConditionsEditor, item: QTreeWidgetItem) -> None:
    """Space on the selected row ticks or unticks it."""
    editor.tree.setFocus()
    editor.tree.setCurrentItem(item, 0)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Space)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_the_decide_dialog_shows_validity_lines_and_conditions_and_the_licence_carries_edits(
    qtbot: QtBot, build: Build, committee_db: Database, people: Committee, tmp_path: Path
) -> None:
    db = committee_db
    case_id = assessed(db, people.officer, gbv_case(reliable=True), items=(item(), ammunition()))
    through_committee(db, people, case_id, MFA_CONDITION)
    window, manager = build(db)
    review = window.committee.review
    sign_in(qtbot, manager, "decider")
    window.open_case(case_id)
    click(qtbot, review.decide_button)
    decide = review.dialog
    assert isinstance(decide, DecideDialog) and isinstance(decide.form, DecisionForm)
    form = decide.form
    press(qtbot, form.authorise)
    assert form.licence_box.isVisible() and not form.deny_box.isVisible()
    assert form.majority_reason.isVisible()  # the case went to the committee

    # Validity: a later decision date moves a start before it, and the longest validity.
    decide.decided_on.setDate(QDate(2030, 1, 15))
    assert (date_of(form.valid_from), date_of(form.valid_until)) == (
        date(2030, 1, 15),
        date(2033, 1, 15),
    )
    note = form.validity_note.text()
    assert "at most 3 years" in note and "2033-01-15" in note and "2030-01-15" in note
    # A decision date in the future is refused beside the date (the screen is made as at it).
    ok(qtbot, decide)
    assert decide.isVisible() and "future" in form.date_error.text()
    decide.decided_on.setDate(QDate.currentDate())  # decided today, the licence from 2030
    form.valid_from.setDate(QDate(2030, 1, 15))
    form.valid_until.setDate(QDate(2033, 1, 15))

    # Lines: each with what was applied for, editable.
    assert form.lines.rowCount() == 2
    assert [form.lines.item(r, 1).text() for r in range(2)] == [  # type: ignore[union-attr]
        "Assault rifle, 5.56 mm",
        "Cartridges 5.56 x 45 mm",
    ]
    applied = form.lines.item(0, 2)
    assert applied is not None and "100" in applied.text() and "125,000.00 EUR" in applied.text()

    # Conditions: grouped by origin, naming the agency and the risk the measure reduced.
    editor = form.conditions
    mfa = editor.item_with(MFA_CONDITION)
    training = editor.item_with(TRAINING)
    standard = editor.item_with(DEFAULT_CONDITIONS[1])
    assert mfa is not None and training is not None and standard is not None
    assert mfa.parent().text(0) == "Asked for by the committee"  # type: ignore[union-attr]
    assert mfa.text(1) == "MFA — Ministry of Foreign Affairs"
    assert training.parent().text(0).startswith("Mitigation measures")  # type: ignore[union-attr]
    assert "7(4)" in training.text(1)
    assert standard.parent().text(0) == "The authority's standard provisos"  # type: ignore[union-attr]
    assert editor.chosen() == (MFA_CONDITION, TRAINING, *DEFAULT_CONDITIONS)

    edited = "Post-shipment on-site verification within 6 months, by the embassy"
    edit_condition(qtbot, editor, mfa, edited)
    toggle(qtbot, editor, standard)
    assert standard.checkState(0) is Qt.CheckState.Unchecked
    # With everything else ready, Enter in the new condition must not record the decision.
    type_text(qtbot, form.rationale, "Mitigated; the committee's condition is kept.")
    type_text(qtbot, editor.new_condition, "Deliver through the port of Santos only")
    qtbot.keyClick(editor.new_condition, Qt.Key.Key_Return)  # adds it; the dialog stays open
    assert editor.new_condition.text() == "" and decide.isVisible()
    assert get_decision(db, case_id) is None
    type_text(qtbot, editor.new_condition, "   ")
    click(qtbot, editor.add_button)  # nothing to add
    assert len(editor.items()) == 5

    rifle_quantity, rifle_value = form._line_edits(0)
    ammunition_quantity, _ = form._line_edits(1)
    retype(qtbot, rifle_quantity, "150")  # more than the 100 applied for
    ok(qtbot, decide)
    assert decide.isVisible()  # refused beside the field, nothing lost
    assert "Line 1: more than the 100 pcs applied for" in form.lines_error.text()
    assert "border" in rifle_quantity.styleSheet()
    assert form.rationale.toPlainText() == "Mitigated; the committee's condition is kept."
    assert editor.item_with(edited) is not None
    assert get_decision(db, case_id) is None

    retype(qtbot, rifle_quantity, "40")
    retype(qtbot, rifle_value, "50000")
    retype(qtbot, ammunition_quantity, "0")  # left off the licence
    ok(qtbot, decide)
    assert not decide.isVisible(), decide.error_label.text()

    decision = get_decision(db, case_id)
    assert decision is not None and decision.licence is not None
    licence = decision.licence
    assert (licence.valid_from, licence.valid_until) == (date(2030, 1, 15), date(2033, 1, 15))
    assert licence.conditions == (
        edited,
        TRAINING,
        DEFAULT_CONDITIONS[0],
        "Deliver through the port of Santos only",
    )
    authorised = [(ln.line_no, ln.quantity, ln.value) for ln in licence.lines if ln.quantity]
    assert authorised == [(1, Decimal(40), Decimal(50000))]
    path = tmp_path / "licence.pdf"
    detail = cases.get_case(db, case_id)
    assert detail.status is CaseStatus.AUTHORISED
    documents.write_decision(db, detail, decision, path, "en")
    text = pdf_text(path)
    for condition in licence.conditions:
        assert condition in text
    assert MFA_CONDITION not in text and DEFAULT_CONDITIONS[1] not in text
    assert "40 pcs 50,000 EUR" in text and "Cartridges" not in text  # line 2 left off


def test_the_wizard_decides_with_the_same_form_and_proposes_the_measure_relied_on(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    wizard = open_wizard(new_case(db, "NO"))
    fill_gbv_case(qtbot, wizard, reliable=True)  # the measure is added in this very session
    page = wizard.decision_page
    assert isinstance(page.form, DecisionForm)
    assert type(page.form) is DecisionForm  # the same widget as the Decide dialog's
    press(qtbot, page.authorise)
    measure = "GBV training and vetting of the receiving unit"
    found = page.conditions.item_with(measure)
    assert found is not None and "7(4)" in found.text(1)
    assert not page.form.majority_reason.isVisible()  # no committee was asked
    assert "at most 3 years" in page.form.validity_note.text()

    quantity, _ = page.form._line_edits(0)
    retype(qtbot, quantity, "abc")
    type_text(qtbot, page.rationale, "Mitigated by verified training.")
    press(qtbot, page.record_button)
    assert "not a quantity" in page.form.lines_error.text()
    assert "The decision was not recorded" in page.refusal.text()
    assert get_decision(db, wizard.application_id) is None

    retype(qtbot, quantity, "60")
    press(qtbot, page.record_button)
    assert page.refusal.text() == ""
    decision = get_decision(db, wizard.application_id)
    assert decision is not None and decision.licence is not None
    assert measure in decision.licence.conditions
    assert [line.quantity for line in decision.licence.lines] == [Decimal(60)]


def test_required_conditions_cannot_be_unticked_or_edited(qtbot: QtBot) -> None:
    editor = ConditionsEditor()
    qtbot.addWidget(editor)
    editor.set_proposed(
        (
            ProposedCondition("Notify the 1533 Committee", ConditionOrigin.REQUIRED),
            ProposedCondition("Standard proviso", ConditionOrigin.STANDARD),
        )
    )
    editor.show()
    qtbot.waitExposed(editor)
    required = editor.item_with("Notify the 1533 Committee")
    assert required is not None
    assert required.parent().text(0) == "Required by the assessment (cannot be removed)"  # type: ignore[union-attr]
    assert not required.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not required.flags() & Qt.ItemFlag.ItemIsEditable
    toggle(qtbot, editor, required)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    assert required.checkState(0) is Qt.CheckState.Checked
    assert editor.chosen() == ("Notify the 1533 Committee", "Standard proviso")
    # A newer proposal withdraws an untouched one and keeps the rest as they are.
    editor.merge_proposed(
        (
            ProposedCondition("Notify the 1533 Committee", ConditionOrigin.REQUIRED),
            ProposedCondition("A measure", ConditionOrigin.MITIGATION),
        )
    )
    assert editor.chosen() == ("A measure", "Notify the 1533 Committee")  # in origin order


def test_a_denial_records_the_criteria_ticked_when_a_set_is_active(
    qtbot: QtBot, db: Database, open_wizard: OpenWizard
) -> None:
    """Issue 16: with the EU Common Position's criteria active, the decider ticks the
    criteria the denial rests on; none ticked is refused beside the box."""
    from att_desktop.services.criteria_sets import set_active_criteria_set

    set_active_criteria_set(db, "eu-cp-2008-944")
    wizard = open_wizard(new_case(db, "NO"))
    fill_gbv_case(qtbot, wizard, reliable=False)  # an overriding risk: only denial is possible
    page = wizard.decision_page
    form = page.form
    assert form.deny.isChecked() and form.criteria_box.isVisible()
    assert list(form.criteria_checks) == [str(n) for n in range(1, 9)]
    assert "human rights" in form.criteria_labels["2"].text()
    type_text(qtbot, page.rationale, "Overriding risk of serious gender-based violence.")
    press(qtbot, page.record_button)
    assert "at least one criterion" in form.criteria_error.text()
    assert get_decision(db, wizard.application_id) is None
    press(qtbot, form.criteria_checks["7"])
    press(qtbot, form.criteria_checks["2"])
    press(qtbot, page.record_button)
    assert page.refusal.text() == ""
    decision = get_decision(db, wizard.application_id)
    assert decision is not None and decision.criteria == ("2", "7")
