"""The case history's sanctions events in the officer's language: the service records English
summaries ("Screened 2 parties against the UN Consolidated List …", "Rejected the UN
Consolidated List hit …"); the history words them from the event's data, and leaves the
hit's names (which are not translated) as they are."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from att_desktop.services.dto import EventView
from att_desktop.ui.committee.timeline_words import event_summary
from att_desktop.ui.i18n import install_translators, remove_translators


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(before)  # install_translators made Chinese the default locale


def event(action: str, summary: str, after: dict[str, object]) -> EventView:
    return EventView(1, datetime(2026, 3, 5, 10, 0), "Officer", action, summary, "", None, after)


def test_screening_is_worded_from_its_counts_in_chinese(chinese: None) -> None:
    screened = event(
        "sanctions_screened",
        "Screened 2 parties against the UN Consolidated List generated 2026-11-20: 1 new hits",
        {"list_id": 1, "parties": 2, "new_hits": 1},
    )
    assert (
        event_summary(screened)
        == "已对照联合国安全理事会综合制裁名单筛查 2 个当事方：新增命中 1 项"
    )


def test_a_reviewed_hit_is_named_without_the_english_verb(chinese: None) -> None:
    rejected = event(
        "sanctions_hit_rejected",
        "Rejected the UN Consolidated List hit Korea Mining Development Trading Corp. ~ "
        "KOREA MINING DEVELOPMENT TRADING CORPORATION (KPe.001)",
        {"status": "rejected", "entry": "KPe.001", "score": 100.0},
    )
    assert event_summary(rejected) == (
        "Korea Mining Development Trading Corp. ~ KOREA MINING DEVELOPMENT TRADING CORPORATION "
        "(KPe.001)"
    )
