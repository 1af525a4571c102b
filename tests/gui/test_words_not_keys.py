"""Words, never keys: what people read and sign carries no internal identifiers.

A full case is built through the services (a Kenyan export assessed, reviewed by three
agencies, one with a condition, and authorised; a Libyan denial on an embargo ground), then
every document is rendered (licence, denial letter, assessment records, annual report) and the
timeline of each case is laid out in its real widget. Their text is scanned for snake_case
values, embargo ids, the assessment's field paths and enum values: each would mean a reader
was shown the program's vocabulary instead of the treaty's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from att_desktop.config import AppPaths, UserSettings
from att_desktop.db.engine import Database
from att_desktop.domain import embargoes, enums
from att_desktop.domain.assessment import model
from att_desktop.domain.assessment.model import Criterion, RiskLevel
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, OpinionKind, PartyType
from att_desktop.domain.reporting import ReportOptions
from att_desktop.formats.pdf_annual_report import write_annual_report_pdf
from att_desktop.services import cases, committee
from att_desktop.services.assessment import (
    apply_screen,
    complete_assessment,
    current_assessment,
    open_assessment,
    save_assessment,
    screen_article6,
)
from att_desktop.services.committee import OpinionInput
from att_desktop.services.decisions import (
    DecisionInput,
    get_decision,
    set_authority_country,
    suggested_terms,
)
from att_desktop.services.documents import write_assessment, write_decision
from att_desktop.services.dto import UserSession
from att_desktop.services.reporting import collect
from att_desktop.ui.case_view import CaseView
from att_desktop.ui.committee.timeline import TimelineView
from att_desktop.ui.context import AppContext
from att_desktop.ui.i18n import install_translators, remove_translators
from tests.accounts_helpers import CUSTOMS_ASKED, Committee, committee_db, committee_template
from tests.factories import application, end_user, item
from tests.unit.assessment_cases import complete, finding, measure

__all__ = ["committee_db", "committee_template"]

DAY = date(2026, 4, 1)
CONDITION = "Delivery verification certificate within 90 days"

SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
FIELD_PATH = re.compile(r"\b(?:article[67]|gbv|diversion|mitigation)\.[a-z_]")


def _enum_values() -> set[str]:
    """Every snake_case value of the enums people could be shown."""
    values: set[str] = set()
    for module in (enums, model, embargoes):
        for thing in vars(module).values():
            if isinstance(thing, type) and issubclass(thing, StrEnum) and thing is not StrEnum:
                values |= {m.value for m in thing if "_" in m.value}
    return values


def _embargo_ids() -> set[str]:
    return {e.id for s in embargoes.load_shipped_sets() for e in s.entries}


def internal_identifiers(text: str) -> list[str]:
    """The identifiers in ``text``: empty for text written in words."""
    found = set(SNAKE.findall(text)) | set(FIELD_PATH.findall(text))
    found |= {v for v in _enum_values() if re.search(rf"\b{v}\b", text)}
    found |= {i for i in _embargo_ids() if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)}
    return sorted(found)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _assess(db: Database, officer: UserSession, case_id: int, inp: model.AssessmentInput) -> None:
    actor = officer.actor
    state = open_assessment(db, case_id, actor=actor)
    screened = apply_screen(inp, screen_article6(db, case_id, on_date=DAY), DAY)
    saved = save_assessment(db, state.assessment_id, screened, decision_date=DAY, actor=actor)
    complete_assessment(db, saved.assessment_id, actor=actor)


def authorised_case(db: Database, people: Committee) -> int:
    """Pistols to Kenya: a substantial risk reliably mitigated, one finding of no risk, three
    opinions (one with a condition, one refusing), authorised with a condition."""
    case = cases.create_application(
        db,
        application(
            destination_code="KE",
            parties=(end_user("Kenya Police Service", "KE"),),
            items=(item(description="Self-loading pistol, 9 mm", att_category="VIII.SA.1"),),
        ),
        actor=people.officer.actor,
    )
    inp = complete(mitigation=(measure(Criterion.A, True),))
    inp = replace(
        inp,
        article7=(
            (Criterion.A, finding(RiskLevel.SUBSTANTIAL)),
            *((c, finding(RiskLevel.NONE_IDENTIFIED)) for c in model.ARTICLE7_1[1:]),
        ),
    )
    _assess(db, people.officer, case.id, inp)
    committee.request_review(
        db, people.officer, case.id, [people.mfa, people.mod, people.customs], reasons=CUSTOMS_ASKED
    )
    committee.record_opinion(
        db,
        people.mfa_member,
        case.id,
        OpinionInput(OpinionKind.APPROVE_WITH_CONDITIONS, "Acceptable with checks.", CONDITION),
    )
    committee.record_opinion(
        db, people.mod_member, case.id, OpinionInput(OpinionKind.APPROVE, "No concerns.")
    )
    committee.record_opinion(
        db, people.customs_member, case.id, OpinionInput(OpinionKind.REFUSE, "Past diversion.")
    )
    terms = suggested_terms(db, case.id, valid_from=DAY)
    terms = replace(terms, conditions=(*terms.conditions, CONDITION))
    cases_decided = DecisionInput(
        DecisionOutcome.AUTHORISE, DAY, "No overriding risk after mitigation.", licence=terms
    )
    from att_desktop.services.decisions import decide

    assert decide(db, case.id, cases_decided, actor=people.decider.actor).status is (
        CaseStatus.AUTHORISED
    )
    return case.id


def denied_case(db: Database, people: Committee) -> int:
    """Rifles to Libya's government: the UN embargo's approval path was not taken."""
    case = cases.create_application(
        db,
        application(
            destination_code="LY",
            parties=(end_user("Ministry of Interior", "LY", party_type=PartyType.GOVERNMENT),),
        ),
        actor=people.officer.actor,
    )
    _assess(db, people.officer, case.id, complete())
    from att_desktop.services.decisions import decide

    denial = DecisionInput(DecisionOutcome.DENY, DAY, "The embargo prohibits the transfer.")
    assert decide(db, case.id, denial, actor=people.decider.actor).status is CaseStatus.DENIED
    return case.id


def timeline_text(qtbot: QtBot, db: Database, case_id: int) -> str:
    view = TimelineView()
    qtbot.addWidget(view)
    view.show_case(cases.get_case(db, case_id))
    texts: list[str] = []

    def walk(node: QTreeWidgetItem) -> None:
        texts.extend(node.text(c) for c in range(view.tree.columnCount()))
        for i in range(node.childCount()):
            walk(node.child(i))

    for i in range(view.tree.topLevelItemCount()):
        walk(view.tree.topLevelItem(i))
    assert len(texts) > 20  # the scan below reads a real history
    return "\n".join(texts)


def history_tab_text(qtbot: QtBot, ctx: AppContext, case_id: int) -> str:
    """The case view's History tab, as its rows read."""
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show_case(cases.get_case(ctx.db, case_id))
    table = view.history_table
    assert table.rowCount() > 5
    return "\n".join(
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None
    )


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def test_documents_and_timeline_are_written_in_words(
    qtbot: QtBot,
    english: None,
    committee_db: Database,
    people: Committee,
    tmp_path: Path,
    app_paths: AppPaths,
) -> None:
    db = committee_db
    ctx = AppContext(db, app_paths, UserSettings(language="en"))
    set_authority_country(db, "SE", actor=people.admin.actor)
    texts: dict[str, str] = {}
    for name, case_id in (
        ("authorised", authorised_case(db, people)),
        ("denied", denied_case(db, people)),
    ):
        detail = cases.get_case(db, case_id)
        decision = get_decision(db, case_id)
        state = current_assessment(db, case_id)
        assert decision is not None and state is not None
        for language in ("en", "zh_CN"):
            record = tmp_path / f"{name}-record-{language}.pdf"
            write_assessment(db, detail, state, decision, record, language)
            texts[record.name] = pdf_text(record)
            letter = tmp_path / f"{name}-decision-{language}.pdf"
            write_decision(db, detail, decision, letter, language)
            texts[letter.name] = pdf_text(letter)
        texts[f"{name} timeline"] = timeline_text(qtbot, db, case_id)
        texts[f"{name} history tab"] = history_tab_text(qtbot, ctx, case_id)
    report = tmp_path / "annual-report.pdf"
    annual = collect(db, ReportOptions(year=2026, reporting_state="SE"), actor=people.focal.actor)
    write_annual_report_pdf(annual, report)
    texts[report.name] = pdf_text(report)

    # The scan reads what it should: the condition, the embargo by name, the reasoning.
    assert CONDITION in " ".join(texts["authorised-decision-en.pdf"].split())
    denial = " ".join(texts["denied-decision-en.pdf"].split())
    assert "Libya" in denial and "1970" in denial and "Security Council" in denial
    assert "The embargo prohibits the transfer." in denial
    # The applicant reads the ground, never the officer's guidance on the exemption path.
    assert "free pass" not in denial and "exemption path" not in denial

    found = {name: internal_identifiers(text) for name, text in texts.items()}
    assert {name: ids for name, ids in found.items() if ids} == {}


def test_the_scan_finds_keys() -> None:
    """The scan itself can fail: each kind of identifier is caught."""
    assert internal_identifiers("Status in_committee → authorised") == ["in_committee"]
    assert internal_identifiers("Article 6(1), embargo ly-1970") == ["ly-1970"]
    assert internal_identifiers("missing article7.b_iii.sources") == ["article7.b", "b_iii"]
    assert internal_identifiers("gbv.step1 not answered") == ["gbv.s"]
    assert internal_identifiers("Libya — UN Security Council arms embargo") == []


def test_the_chinese_timeline_names_the_licence_in_chinese(
    qtbot: QtBot, qapp: QApplication, committee_db: Database, people: Committee
) -> None:
    """The events added by issue 11 read in Chinese: the licence from its data, not the
    service's English summary, and the language's own colon between event and detail."""
    case_id = authorised_case(committee_db, people)
    translators = install_translators(qapp, "zh_CN")
    try:
        text = timeline_text(qtbot, committee_db, case_id)
    finally:
        remove_translators(qapp, translators)
    assert "已签发许可证：许可证 " in text and "，有效期 " in text
    assert "Licence " not in text and " valid " not in text
