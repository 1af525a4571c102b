"""My work words each item in the window's language from the item's facts: the services'
details are English sentences, which a Chinese window showed as they were (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from att_desktop.db.engine import Database
from att_desktop.domain.enums import CaseStatus
from att_desktop.services.my_work import my_work
from att_desktop.services.work_items import WorkItem, WorkReason
from att_desktop.ui.committee.labels import work_detail, work_reference
from att_desktop.ui.i18n import install_translators, remove_translators
from tests.accounts_helpers import Committee, committee_db, committee_template
from tests.follow_up_helpers import licensed, shipped

__all__ = ["committee_db", "committee_template"]


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp, translators)


def _overdue_certificate(db: Database, people: Committee) -> WorkItem:
    _case, licence_id = licensed(db, people)
    shipped(db, people.officer, licence_id, date.today() - timedelta(days=120), "CUS-7")
    (item,) = [w for w in my_work(db, people.officer) if w.reason is WorkReason.FOLLOW_UP_OVERDUE]
    return item


def test_an_overdue_certificate_reads_in_english(
    committee_db: Database, people: Committee, english: None
) -> None:
    item = _overdue_certificate(committee_db, people)
    assert work_detail(item) == "Delivery verification certificate for shipment CUS-7"


def test_an_overdue_certificate_and_a_report_read_in_chinese(
    committee_db: Database, people: Committee, chinese: None
) -> None:
    item = _overdue_certificate(committee_db, people)
    detail = work_detail(item, "zh_CN")
    assert "交付核查证书" in detail and "CUS-7" in detail
    assert "Delivery" not in detail and "shipment" not in detail

    approval = WorkItem(
        0,
        "Annual report 2026",
        CaseStatus.DRAFT,
        WorkReason.REPORT_SIGN_OFF_AWAITED,
        "approval",
        facts=(("what", "approval"), ("year", "2026")),
    )
    assert work_reference(approval) == "2026年度报告"
    assert work_detail(approval, "zh_CN") == "批准提交"


def test_an_item_without_facts_keeps_its_own_text(english: None) -> None:
    note = WorkItem(3, "EXP/2026/00003", CaseStatus.IN_COMMITTEE, WorkReason.MENTIONED, "@mfa?")
    assert work_detail(note, "zh_CN") == "@mfa?"
    assert work_reference(note) == "EXP/2026/00003"
