"""Sorting the ATT report's actual rows into the UN Register's tables, and what it checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting import (
    Basis,
    Direction,
    RecordLink,
    ReportableTransfer,
    build_report,
)
from att_desktop.domain.reporting.template import load_report_template
from att_desktop.domain.reporting.unroca import UnrocaReport, build_unroca, unroca_options


def _shipment(
    n: int, category: str, counterpart: str, quantity: int, direction: Direction = Direction.EXPORT
) -> ReportableTransfer:
    return ReportableTransfer(
        direction=direction,
        basis=Basis.ACTUAL,
        on=date(2025, 3, n),
        category=category,
        not_reportable_reason=None,
        counterpart=counterpart,
        description=f"Item {n}",
        quantity=Decimal(quantity),
        value=None,
        currency="",
        link=RecordLink("shipment", application_id=n, reference=f"EXP/{n}", shipment_id=n),
    )


def _build(*records: ReportableTransfer) -> UnrocaReport:
    catalogue = load_categories()
    report = build_report(
        records,
        unroca_options(2025, reporting_state="SE"),
        catalogue=catalogue,
        template=load_report_template(),
        rates={},
        today=date(2026, 3, 2),
    )
    return build_unroca(report, catalogue)


def test_rows_are_sorted_into_the_four_tables() -> None:
    report = _build(
        _shipment(1, "I", "NO", 2),
        _shipment(2, "VIII.SA.2", "BR", 10),
        _shipment(3, "VIII.LW.1", "BR", 1),
        _shipment(4, "VII.b", "DE", 5, Direction.IMPORT),
    )
    assert [(r.category, r.number_of_items) for r in report.exports.rows] == [("I", 2)]
    assert [r.category for r in report.salw_exports.rows] == ["VIII.SA.2", "VIII.LW.1"]
    assert [r.category for r in report.imports.rows] == ["VII.b"]
    assert report.salw_imports.nil and not report.has_errors


def test_a_line_without_a_state_or_a_number_is_an_error_that_links_to_it() -> None:
    report = _build(_shipment(1, "II", "", 3), _shipment(2, "III", "NO", 0))
    errors = {f.code: f.link for f in report.errors}
    assert set(errors) == {"missing_country", "unroca_no_items"}
    assert errors["missing_country"].reference == "EXP/1"
    assert errors["unroca_no_items"].shipment_id == 2


def test_authorised_figures_are_refused() -> None:
    from dataclasses import replace

    catalogue = load_categories()
    options = replace(unroca_options(2025), exports_basis=Basis.AUTHORISED)
    report = build_report(
        (), options, catalogue=catalogue, template=load_report_template(), rates={}
    )
    with pytest.raises(ValueError, match="actual"):
        build_unroca(report, catalogue)
