"""The demo register: realistic, deterministic, and never an authorisation to an embargoed State."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import extract, func, select

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application, Decision, Licence, LineItem, Party, Shipment
from att_desktop.domain.enums import CaseStatus, DecisionOutcome, NotReportableReason, PartyType
from att_desktop.services.demo import UN_EMBARGOED, fill_demo_register
from att_desktop.services.integrity import check_database
from tests.conftest import FreshSqlite

TODAY = date(2026, 11, 23)


def test_demo_register_has_the_mix_the_app_needs(db: Database) -> None:
    summary = fill_demo_register(db, cases=120, today=TODAY)
    assert summary.cases == 120
    assert summary.authorised and summary.denied and summary.pending and summary.shipments
    with db.session() as session:
        years = set(session.scalars(select(Application.year).distinct()))
        assert years == {2023, 2024, 2025, 2026}
        destinations = session.scalar(select(func.count(Application.destination_code.distinct())))
        assert destinations is not None and destinations >= 24
        statuses = set(session.scalars(select(Application.status).distinct()))
        assert {CaseStatus.AUTHORISED, CaseStatus.DENIED, CaseStatus.SUBMITTED} <= statuses
        reasons = set(session.scalars(select(LineItem.not_reportable_reason).distinct()))
        assert {NotReportableReason.AMMUNITION, NotReportableReason.PARTS_COMPONENTS} <= reasons
        salw = session.scalar(
            select(func.count(LineItem.id)).where(LineItem.att_category.like("VIII.%"))
        )
        assert salw
        authorised_to_embargoed = session.scalar(
            select(func.count(Application.id)).where(
                Application.status == CaseStatus.AUTHORISED,
                Application.destination_code.in_((*UN_EMBARGOED, "KP", "IR")),
            )
        )
        assert authorised_to_embargoed == 0
        denials = session.scalars(
            select(Decision).where(Decision.outcome == DecisionOutcome.DENY)
        ).all()
        assert denials and all(d.grounds for d in denials)
        # A January shipment under a licence issued the year before (authorised vs actual).
        january = session.scalar(
            select(func.count(Shipment.id))
            .join(Licence, Licence.id == Shipment.licence_id)
            .where(
                extract("month", Shipment.shipped_on) == 1,
                extract("year", Shipment.shipped_on) == extract("year", Licence.issued_on) + 1,
            )
        )
        assert january
        assert all(s.shipped_on <= TODAY for s in session.scalars(select(Shipment)))
        assert all(a.received_on <= TODAY for a in session.scalars(select(Application)))


def test_same_seed_same_register(fresh_sqlite: FreshSqlite, tmp_path: Path) -> None:
    def register(name: str, seed: int) -> list[tuple[str, str, str]]:
        db = open_database(fresh_sqlite(tmp_path / name))
        try:
            fill_demo_register(db, seed=seed, cases=30, today=TODAY)
            with db.session() as session:
                rows = session.execute(
                    select(
                        Application.reference,
                        Application.destination_code,
                        Application.categories_summary,
                    ).order_by(Application.reference)
                )
                return [tuple(r) for r in rows]
        finally:
            db.close()

    assert register("a.sqlite3", 7) == register("b.sqlite3", 7)
    assert register("c.sqlite3", 7) != register("d.sqlite3", 8)


def test_demo_register_passes_the_integrity_check(
    fresh_sqlite: FreshSqlite, tmp_path: Path
) -> None:
    db = open_database(fresh_sqlite(tmp_path / "demo.sqlite3"))
    fill_demo_register(db, cases=40, today=TODAY)
    db.close()
    report = check_database(tmp_path / "demo.sqlite3")
    assert report.ok, [(r.name, r.findings) for r in report.results]


def test_government_end_users_read_as_english_prose(db: Database) -> None:
    fill_demo_register(db, cases=150, today=TODAY)
    with db.session() as session:
        names = set(
            session.scalars(
                select(Party.name).where(Party.party_type == PartyType.GOVERNMENT).distinct()
            )
        )
    assert not [n for n in names if n.endswith((" of United Kingdom", " of United States"))]
    assert not [n for n in names if ", " in n]  # "Army of Korea, Republic of"
    assert any(n.endswith(" of the United Kingdom") for n in names)


def test_the_demo_register_annual_report_builds_without_errors(db: Database) -> None:
    """The demo sets the authority's State and a rate per currency and year: `make run`
    shows a report that can be written at once, in both tables and both bases."""
    from att_desktop.domain.reporting import Basis, ReportOptions, Severity
    from att_desktop.services.reporting import collect

    fill_demo_register(db, cases=120, today=TODAY)
    for basis in Basis:
        options = ReportOptions(year=TODAY.year - 1, exports_basis=basis, imports_basis=basis)
        report = collect(db, options, today=TODAY)
        errors = [f.english for f in report.findings if f.severity is Severity.ERROR]
        assert errors == []
        assert report.title_page.reporting_state == "SE"
        assert report.exports.rows  # the demo exports something every year


def test_the_demo_report_shows_comments_for_intergovernmental_transfers(db: Database) -> None:
    from att_desktop.domain.reporting import ReportOptions
    from att_desktop.services.reporting import collect

    fill_demo_register(db, cases=300, today=TODAY)
    commented = [
        row
        for year in range(TODAY.year - 3, TODAY.year + 1)
        for row in collect(db, ReportOptions(year=year), today=TODAY).exports.rows
        if row.comments
    ]
    assert commented
    assert all(r.category.startswith(("IV", "VI")) for r in commented)
