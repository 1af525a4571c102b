"""The annual report's known-numbers register (``tests.report_register``) and a few more
records, for the national report and the Wassenaar report (db, CLI and GUI tests share it).

Added to ``build_with_shipments`` (see its docstring for EXP/1 to EXP/6, IMP/1):

- EXP/7 to Syria, denied on 1 April 2025 citing Article 6(1) (the UN embargo) and Article
  7(3) for the 7(1)(b)(ii) risk (human rights): 50 rifles, 100,000 USD (= 90,000 EUR at the
  2025 rate), rating ML1.
- EXP/8 to the United Arab Emirates (not a Wassenaar Participating State), licence of
  1 February 2025: 4 armoured personnel carriers (category II, rating ML6), 400,000 EUR;
  3 shipped 15 March 2025 and 1 shipped 1 July 2025.
- EXP/2 (Norway, a Participating State): 2 of its carriers shipped 2 April 2025.
- EXP/1 (Brazil): 4 mortars shipped 30 June 2025 (the last day of the first half).
- LIC/2025/00003 (EXP/3, United States) suspended and LIC/2025/00004 (EXP/6, Brazil)
  revoked, today (the history's date): the national report's period runs to today.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Application, Decision
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, LicenceStatus
from att_desktop.services.decisions import change_licence_status, get_licence
from tests.report_register import Register, _case, build_with_shipments, ship

START = date(2025, 1, 1)


def build_national(db: Database, denial_criteria: dict[str, Any] | None = None) -> Register:
    """``denial_criteria``: the national framework's criteria EXP/7's denial cites."""
    reg = build_with_shipments(db)
    with db.session() as s:
        _case(
            s,
            reg,
            "EXP/7",
            "SY",
            [
                {
                    "category": "VIII.SA.2",
                    "description": "Rifle 7.62 mm",
                    "quantity": 50,
                    "value": "100000",
                    "currency": "USD",
                }
            ],
            status=CaseStatus.UNDER_ASSESSMENT,
        )
        _case(
            s,
            reg,
            "EXP/8",
            "AE",
            [
                {
                    "category": "II",
                    "description": "Armoured personnel carrier 8x8",
                    "quantity": 4,
                    "value": "400000",
                    "rating": "ML6",
                }
            ],
            licence=("LIC/2025/00008", date(2025, 2, 1), LicenceStatus.VALID),
        )
        app = s.scalars(select(Application).where(Application.reference == "EXP/7")).one()
        app.status = CaseStatus.DENIED
        s.add(
            Decision(
                application_id=app.id,
                outcome=DecisionOutcome.DENY,
                decided_on=date(2025, 4, 1),
                rationale="UN arms embargo; overriding risk of serious human rights violations.",
                grounds=[
                    {"article": "6", "paragraph": "1", "criterion": "un-sy", "explanation": "UN"},
                    {"article": "7", "paragraph": "3", "criterion": "b_ii", "explanation": "Risk"},
                ],
                denial_criteria=denial_criteria or {},
            )
        )
    assert ship(db, reg, "EXP/8", date(2025, 3, 15), "C-2503", (1, 3, 300000))
    assert ship(db, reg, "EXP/8", date(2025, 7, 1), "C-2507", (1, 1, 100000))
    assert ship(db, reg, "EXP/2", date(2025, 4, 2), "C-2504", (1, 2, 1000000))
    assert ship(db, reg, "EXP/1", date(2025, 6, 30), "C-2506", (3, 4, 14400))
    for ref, status in (("EXP/3", LicenceStatus.SUSPENDED), ("EXP/6", LicenceStatus.REVOKED)):
        licence = get_licence(db, reg.licences[ref])
        change_licence_status(
            db, licence.id, status, reason="End-use concern", expected_version=licence.version
        )
    return reg


def period_end() -> date:
    return date.today()


__all__: list[Any] = ["START", "build_national", "period_end"]
