"""The benchmark's register generator writes what the services would: a register that
``att-desktop check`` and ``audit verify`` pass, with consistent statuses and records."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from att_desktop.db.engine import open_database
from att_desktop.db.models import (
    Application,
    Decision,
    Event,
    Licence,
    LicenceLine,
    LineItem,
    Shipment,
    ShipmentLine,
    User,
)
from att_desktop.domain.enums import CaseStatus, DecisionOutcome
from att_desktop.services import cases, register
from att_desktop.services.audit import verify_all, verify_chain
from att_desktop.services.dto import Actor, RegisterFilter
from att_desktop.services.integrity import check_database
from tests.factories import application

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate_register import generate


def test_the_generated_register_passes_the_checks_and_holds_together(db_url: str) -> None:
    built = generate(db_url, 300, seed=3, today=date(2026, 12, 1))
    assert built.cases == 300 and built.events > 3 * built.cases
    assert 2.5 < built.line_items / built.cases < 3.5

    report = check_database(db_url)
    assert report.ok, [(r.name, r.findings) for r in report.results if not r.ok]
    db = open_database(db_url)
    try:
        chain = verify_chain(db)
        assert chain.ok and chain.events_checked == built.events
        with db.session() as session:
            count = session.scalar
            assert count(select(func.count(Event.id))) == built.events
            officer = session.execute(
                select(User.id, User.full_name).where(User.username == "officer")
            ).one()
            authorised = count(
                select(func.count(Application.id)).where(
                    Application.status == CaseStatus.AUTHORISED
                )
            )
            # Every authorised case has one licence with a line per item; every decision
            # matches its case's status; shipments never exceed what was licensed.
            assert count(select(func.count(Licence.id))) == authorised == built.licences
            assert count(select(func.count(LicenceLine.id))) == count(
                select(func.count(LineItem.id))
                .join(Application, Application.id == LineItem.application_id)
                .where(Application.status == CaseStatus.AUTHORISED)
            )
            mismatched = count(
                select(func.count(Decision.id))
                .join(Application, Application.id == Decision.application_id)
                .where(
                    (
                        (Decision.outcome == DecisionOutcome.AUTHORISE)
                        & (Application.status != CaseStatus.AUTHORISED)
                    )
                    | (
                        (Decision.outcome == DecisionOutcome.DENY)
                        & (Application.status != CaseStatus.DENIED)
                    )
                )
            )
            assert mismatched == 0
            over = session.execute(
                select(LicenceLine.id)
                .join(ShipmentLine, ShipmentLine.licence_line_id == LicenceLine.id)
                .group_by(LicenceLine.id, LicenceLine.quantity)
                .having(func.sum(ShipmentLine.quantity) > LicenceLine.quantity)
            ).all()
            assert over == [] and count(select(func.count(Shipment.id))) == built.shipments
        # The register lists every case, and the app carries on: a new case of a generated
        # year gets a reference after the generated ones, and extends the chain.
        assert len(register.query_ids(db, RegisterFilter())) == 300
        inp = application(received_on=date(2025, 6, 2))
        created = cases.create_application(db, inp, actor=Actor(*officer), today=date(2026, 12, 1))
        with db.session() as session:
            references = set(session.scalars(select(Application.reference)))
        assert len(references) == 301 and created.reference.startswith("EXP/2025/")
        after = verify_all(db)  # every event, not only those since the checkpoint
        assert after.ok and after.events_checked == built.events + 1
    finally:
        db.close()
