"""Where two reports measure the same thing, they say the same number (issue 16): on the demo
register, the Wassenaar deliveries of a year's two halves equal the UN Register's exports to
non-participating States, category by category and State by State; the EU report's licences
issued and denials equal the national report's authorised and denied decisions."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from att_desktop.db.engine import Database
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.pivot import Dimension
from att_desktop.domain.reporting.wassenaar import load_participating_states
from att_desktop.services.demo import fill_demo_register
from att_desktop.services.eu_report import collect_eu_report
from att_desktop.services.national_report import collect_national, collect_wassenaar
from att_desktop.services.unroca import collect_unroca

TODAY = date(2026, 3, 2)
YEAR = TODAY.year - 1


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo_register(db, cases=150, today=TODAY)
    return db


def test_reports_that_measure_the_same_thing_agree_on_the_demo_register(
    demo: Database,
) -> None:
    unroca = collect_unroca(demo, YEAR, today=TODAY)
    catalogue, participants = load_categories(), load_participating_states()
    expected: Counter[tuple[str, str]] = Counter()
    for table in (unroca.exports, unroca.salw_exports):
        for row in table.rows:
            if row.counterpart in participants.codes:
                continue
            top = catalogue.top_level(row.category)
            expected["SALW" if top == "VIII" else top, row.counterpart] += row.number_of_items
    reported: Counter[tuple[str, str]] = Counter()
    for half in (1, 2):
        for code, rows in collect_wassenaar(demo, YEAR, half, today=TODAY).tables.items():
            for row in rows:
                reported[code, row.state] += row.number_of_items
    assert expected and reported == expected
    assert sum(reported.values()) > Decimal(0)
    _eu_and_national_agree(demo)


def _eu_and_national_agree(demo: Database) -> None:
    """The EU report's licences and denials are the national report's decisions (the same
    register filled once: the demo takes a while)."""
    eu = collect_eu_report(demo, YEAR)
    national = collect_national(
        demo, date(YEAR, 1, 1), date(YEAR, 12, 31), rows=(Dimension.OUTCOME,), columns=()
    )
    assert eu.exports.total.licences > 0 and eu.exports.total.denials > 0
    assert national.pivot.cell(("authorised",)).count == eu.exports.total.licences
    assert national.pivot.cell(("denied",)).count == eu.exports.total.denials
    # The EU report leaves out dual-use lines (it covers the Common Military List): its value
    # is the national report's, less those lines, never more.
    assert eu.exports.total.licence_value <= national.pivot.cell(("authorised",)).value
