"""Issue 11's whole path on one window, each person signing in on the shared workstation.

An officer registers a draft, walks the assessment, completes it and submits it to three
agencies from the wizard; the foreign ministry approves with a condition, defence approves,
customs refuses; the decider decides in the Committee tab with validity dates, a reduced
quantity and the proposed conditions. The licence PDF must carry the committee's condition,
the mitigation measure the "no overriding risk" finding relied on, and the decider's name
and title under the authority's name.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus, OpinionKind
from att_desktop.services import accounts, cases, committee, documents
from att_desktop.services.authority import AuthorityProfile, save_authority
from att_desktop.services.decisions import get_decision
from att_desktop.ui.committee.review import DecideDialog, OpinionDialog
from tests import factories
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.gui.test_assessment_wizard import click as press
from tests.gui.test_assessment_wizard import english, fill_gbv_case
from tests.gui.test_committee_flow import Build, build, click, ok, people, sign_in
from tests.gui.test_decision_form import pdf_text, retype

__all__ = ["build", "committee_db", "committee_template", "english", "people"]

CONDITION = "Post-shipment on-site verification by the embassy within six months"
MEASURE = "GBV training and vetting of the receiving unit"  # typed by fill_gbv_case
TITLE = "Director of Export Controls"


def _opinion(
    qtbot: QtBot, build_window: object, kind: OpinionKind, reasons: str, conditions: str = ""
) -> None:
    review = build_window.committee.review  # type: ignore[attr-defined]
    click(qtbot, review.opinion_button)
    dialog = review.dialog
    assert isinstance(dialog, OpinionDialog)
    dialog.choose(kind)
    qtbot.keyClicks(dialog.reasons, reasons)
    if conditions:
        qtbot.keyClicks(dialog.conditions, conditions)
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()


def test_an_officers_draft_becomes_a_signed_licence_with_its_conditions(
    qtbot: QtBot,
    build: Build,
    committee_db: Database,
    people: Committee,
    english: None,
    tmp_path: Path,
) -> None:
    db = committee_db
    save_authority(
        db,
        AuthorityProfile(name="Export Control Agency of Norland", reporting_state="SE"),
        actor=people.admin.actor,
    )
    accounts.set_job_title(db, people.admin, people.decider.user_id, TITLE)
    window, manager = build(db)
    review = window.committee.review

    # --- the officer's draft: assessed, completed and submitted from the wizard -----------
    sign_in(qtbot, manager, "officer")
    draft = cases.create_application(
        db,
        factories.application(
            destination_code="KE",
            parties=(factories.end_user("Kenya Police Service", "KE"),),
        ),
        actor=people.officer.actor,
    )
    assert draft.status is CaseStatus.DRAFT
    window.open_case(draft.id)
    wizard = window.assess_case(draft.id)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.submit_button.isVisible()
    fill_gbv_case(qtbot, wizard, reliable=True, to_decision=False)
    click(qtbot, wizard.submit_button)  # completes the draft, then asks for the agencies
    assert not wizard.state.editable
    submit = wizard.submit_dialog
    assert submit is not None and submit.isVisible()
    for code in ("MFA", "MOD", "CUS"):
        submit.check(code)
    submit.give_reason("CUS", "Customs knows the freight forwarder")  # no rule requires CUS
    ok(qtbot, submit)
    assert not submit.isVisible()
    assert cases.get_case(db, draft.id).status is CaseStatus.IN_COMMITTEE
    wizard.close()

    # --- three opinions, one with a condition, one refusing --------------------------------
    sign_in(qtbot, manager, "mfa.member")
    window.open_case(draft.id)
    _opinion(qtbot, window, OpinionKind.APPROVE_WITH_CONDITIONS, "Known ministry.", CONDITION)
    sign_in(qtbot, manager, "mod.member")
    window.open_case(draft.id)
    _opinion(qtbot, window, OpinionKind.APPROVE, "No military objection.")
    sign_in(qtbot, manager, "cus.member")
    window.open_case(draft.id)
    _opinion(qtbot, window, OpinionKind.REFUSE, "Transit route hard to control.")
    status = committee.review_status(db, draft.id)
    assert len(status.answered) == 3

    # --- the decider: validity, a reduced quantity, the proposed conditions ----------------
    sign_in(qtbot, manager, "decider")
    window.open_case(draft.id)
    click(qtbot, review.decide_button)
    decide = review.dialog
    assert isinstance(decide, DecideDialog)
    form = decide.form
    press(qtbot, form.authorise)
    today = date.today()
    until = today + timedelta(days=400)
    form.valid_until.setDate(QDate(until.year, until.month, until.day))
    quantity, value = form._line_edits(0)
    retype(qtbot, quantity, "60")
    assert value.text() == "75000.00"  # 60 of the 100 applied for, at the applied unit price
    proposed = form.conditions.chosen()
    assert CONDITION in proposed and MEASURE in proposed
    qtbot.keyClicks(form.rationale, "Majority approves; the risk is mitigated by training.")
    ok(qtbot, decide)
    assert not decide.isVisible(), decide.error_label.text()

    decision = get_decision(db, draft.id)
    assert decision is not None and decision.licence is not None
    licence = decision.licence
    assert licence.valid_until == until
    assert [(ln.quantity, ln.value) for ln in licence.lines] == [(Decimal(60), Decimal(75000))]
    assert CONDITION in licence.conditions and MEASURE in licence.conditions
    detail = cases.get_case(db, draft.id)
    assert detail.status is CaseStatus.AUTHORISED

    path = tmp_path / "licence.pdf"
    documents.write_decision(db, detail, decision, path, "en")
    text = pdf_text(path)
    assert CONDITION in text
    assert MEASURE in text
    assert "Decider" in text and TITLE in text  # the deciding person signs, with title
    assert "Export Control Agency of Norland" in text
