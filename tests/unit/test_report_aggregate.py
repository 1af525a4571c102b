"""The annual report's numbers from plain records: every total is known in advance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting import (
    Basis,
    Direction,
    LicenceUsage,
    Measure,
    RecordLink,
    ReportableTransfer,
    ReportOptions,
    Severity,
    build_report,
)
from att_desktop.domain.reporting.aggregate import yearly_totals
from att_desktop.domain.reporting.model import AnnualReport
from att_desktop.domain.reporting.template import load_regions, load_report_template

YEAR = 2025
RATES = {"USD": Decimal("0.90")}  # no GBP rate on purpose


def rec(n: int, category: str | None, **kw: Any) -> ReportableTransfer:
    base: dict[str, Any] = {
        "direction": Direction.EXPORT,
        "basis": Basis.AUTHORISED,
        "on": date(YEAR, 6, 1),
        "category": category,
        "not_reportable_reason": None,
        "counterpart": "BR",
        "description": f"item {n}",
        "quantity": Decimal(1),
        "value": None,
        "currency": "",
        "link": RecordLink("line_item", application_id=n, reference=f"EXP/{n}", line_no=1),
    }
    base.update(kw)
    return ReportableTransfer(**base)


RECORDS = (
    rec(1, "VIII.SA.2", quantity=Decimal(100), value=Decimal(125000), currency="EUR"),
    rec(2, "VIII.SA.2", quantity=Decimal(50), value=Decimal(10000), currency="USD"),
    rec(
        3, "VIII.SA.2", counterpart="NO", quantity=Decimal(20), value=Decimal(4000), currency="GBP"
    ),
    rec(4, "VIII.LW.6", quantity=Decimal(10), value=Decimal(50000), currency="EUR"),
    rec(
        5,
        "II",
        counterpart="NO",
        quantity=Decimal(4),
        value=Decimal(2000000),
        currency="EUR",
        origin="DE",
        intermediate=("DK",),
        description="Armoured personnel carrier",
    ),
    rec(6, None, not_reportable_reason="ammunition", quantity=Decimal(50000)),
    rec(7, "VII.b", quantity=Decimal(5), withheld=True, value=Decimal(9), currency="EUR"),
    rec(
        8,
        "VIII.SA.1",
        counterpart="US",
        quantity=Decimal(30),
        value=Decimal(15000),
        currency="EUR",
        civilian=True,
    ),
    rec(9, "I", on=date(YEAR - 1, 12, 31), quantity=Decimal(2)),
    rec(10, "I", basis=Basis.ACTUAL, quantity=Decimal(3)),
    rec(11, None, quantity=Decimal(7), description="Unclassified thing"),
    rec(12, None, not_reportable_reason="national", control_rating="ML13", quantity=Decimal(40)),
)


def report(**options: Any) -> AnnualReport:
    opts = ReportOptions(year=YEAR, report_currency="EUR", reporting_state="SE", **options)
    return build_report(
        RECORDS,
        opts,
        catalogue=load_categories(),
        template=load_report_template(),
        rates=RATES,
        today=date(2026, 3, 1),
    )


def cells(r: AnnualReport) -> list[tuple[str, str, Decimal | None, Decimal | None, bool]]:
    return [
        (row.category, row.counterpart, row.number_of_items, row.value, row.value_complete)
        for row in r.exports.rows
    ]


def test_rows_follow_the_template_and_add_up_per_state() -> None:
    r = report()
    assert cells(r) == [
        ("II", "NO", Decimal(4), Decimal("2000000.00"), True),
        ("VIII.SA.1", "US", Decimal(30), Decimal("15000.00"), True),
        ("VIII.SA.2", "BR", Decimal(150), Decimal("134000.00"), True),  # 125000 + 10000*0.90
        ("VIII.SA.2", "NO", Decimal(20), None, False),  # GBP: no rate, never summed
        ("VIII.LW.6", "BR", Decimal(10), Decimal("50000.00"), True),
    ]
    apc = r.exports.rows[0]
    assert apc.origins == ("DE",) and apc.intermediate == ("DK",)
    assert apc.descriptions == ("Armoured personnel carrier",)
    assert r.exports.total_items == Decimal(214)
    assert r.exports.total_value == Decimal("2199000.00")
    totals = r.exports.totals_by_category()
    assert totals["VIII.SA.2"].number_of_items == Decimal(170)
    assert totals["VIII.SA.2"].value == Decimal("134000.00")
    assert r.rates_used == {"USD": Decimal("0.90")}


def test_withheld_ammunition_other_years_and_bases_stay_out() -> None:
    r = report()
    codes = {row.category for row in r.exports.rows}
    assert "VII.b" not in codes and "I" not in codes  # withheld; other year / basis
    assert r.exports.withheld_lines == 1
    assert r.title_page.information_withheld is True
    assert all(row.category is not None for row in r.exports.rows)


def test_empty_imports_make_a_nil_report() -> None:
    r = report()
    assert r.imports.nil and r.annexes.nil_imports
    assert not r.exports.nil and not r.annexes.nil_exports
    assert r.imports.total_items == Decimal(0)


def test_findings_link_to_the_records_to_fix() -> None:
    r = report()
    by_code = {f.code: f for f in r.findings}
    assert by_code["no_category"].severity is Severity.ERROR
    assert by_code["no_category"].link.as_dict() == {
        "kind": "line_item",
        "application_id": 11,
        "reference": "EXP/11",
        "line_no": 1,
    }
    rate = by_code["no_exchange_rate"]
    assert rate.severity is Severity.ERROR
    assert rate.link.as_dict() == {
        "kind": "exchange_rate",
        "year": YEAR,
        "currency": "GBP",
        "report_currency": "EUR",
    }
    assert [link.application_id for link in rate.related] == [3]
    assert by_code["withheld"].severity is Severity.INFO
    assert r.has_errors
    assert [f.severity for f in r.findings] == sorted(
        (f.severity for f in r.findings),
        key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index,
    )


def test_options_civilian_national_and_measure() -> None:
    no_civilian = report(include_civilian_small_arms=False)
    assert "VIII.SA.1" not in {row.category for row in no_civilian.exports.rows}
    national = report(include_national_categories=True)
    assert national.exports.rows[-1].category == "national:ML13"
    assert national.exports.rows[-1].rating == "ML13"
    assert national.exports.rows[-1].number_of_items == Decimal(40)
    items_only = report(measure=Measure.ITEMS)
    assert all(row.value is None and row.value_complete for row in items_only.exports.rows)
    assert not any(f.code == "no_exchange_rate" for f in items_only.findings)
    value_only = report(measure=Measure.VALUE)
    assert all(row.number_of_items is None for row in value_only.exports.rows)


def test_actual_basis_counts_shipments_of_the_year() -> None:
    r = report(exports_basis=Basis.ACTUAL)
    assert cells(r) == [("I", "BR", Decimal(3), None, False)]  # no value recorded
    assert any(f.code == "no_value" and f.severity is Severity.WARNING for f in r.findings)


def test_missing_country_and_over_licence_usage() -> None:
    records = (rec(1, "I", counterpart="", quantity=Decimal(2)),)
    usage = LicenceUsage(
        link=RecordLink("licence_line", licence_id=3, licence_number="LIC/2025/00003", line_no=1),
        description="Tank",
        licensed_quantity=Decimal(2),
        shipped_quantity=Decimal(3),
    )
    r = build_report(
        records,
        ReportOptions(year=YEAR, measure=Measure.ITEMS),
        catalogue=load_categories(),
        template=load_report_template(),
        rates={},
        usages=(usage,),
    )
    codes = [(f.severity, f.code) for f in r.findings]
    assert (Severity.ERROR, "missing_country") in codes
    assert (Severity.WARNING, "over_licence") in codes


def test_yearly_totals_by_category_and_region() -> None:
    records = (
        *RECORDS,
        rec(20, "I", on=date(YEAR - 1, 3, 1), counterpart="NG", quantity=Decimal(6)),
    )
    data = yearly_totals(
        records,
        (YEAR - 1, YEAR),
        Basis.AUTHORISED,
        ReportOptions(year=YEAR),
        load_categories(),
        load_regions(),
    )
    assert data.by_category["I"] == (Decimal(8), Decimal(0))  # 2 to BR + 6 to NG in 2024
    assert data.by_category["VIII"] == (Decimal(0), Decimal(210))
    assert data.by_region["Africa"] == (Decimal(6), Decimal(0))
    assert data.by_region["Americas"] == (Decimal(2), Decimal(190))
    assert data.by_region["Europe"] == (Decimal(0), Decimal(24))
    assert list(data.by_category) == ["I", "II", "VIII"]


@pytest.mark.parametrize("bad", [{"rows": []}])
def test_template_must_cover_every_category(bad: dict[str, Any]) -> None:
    from att_desktop.domain.categories import ReferenceDataError
    from att_desktop.domain.reporting.template import parse_template

    with pytest.raises(ReferenceDataError, match="no row for categories"):
        parse_template(bad, load_categories(), "t.json")


def test_template_rows_are_the_catalogue_in_order() -> None:
    template = load_report_template()
    catalogue = load_categories()
    assert [r.category for r in template.rows] == [c.code for c in catalogue.all()]
    assert template.column_label("exports", "counterpart") == "Final importing State"
    assert template.column_label("imports", "counterpart") == "Exporting State"


def test_state_of_origin_is_shown_only_when_it_is_not_the_exporter() -> None:
    """Exports: the exporter is the reporting State; imports: the exporting State."""
    records = (
        rec(1, "II", counterpart="DE", origin="DE", quantity=Decimal(2)),  # a re-export home
        rec(2, "II", counterpart="NO", origin="SE", quantity=Decimal(3)),  # made here
        rec(3, "I", direction=Direction.IMPORT, counterpart="DE", origin="DE"),
        rec(4, "I", direction=Direction.IMPORT, counterpart="FR", origin="US"),
    )
    r = build_report(
        records,
        ReportOptions(year=YEAR, reporting_state="SE"),
        catalogue=load_categories(),
        template=load_report_template(),
        rates={},
    )
    assert [(row.counterpart, row.origins) for row in r.exports.rows] == [
        ("DE", ("DE",)),
        ("NO", ()),
    ]
    assert [(row.counterpart, row.origins) for row in r.imports.rows] == [
        ("FR", ("US",)),  # France before Germany: rows sort by the State's name
        ("DE", ()),
    ]


@pytest.mark.parametrize("state", ["", "XX"])
def test_a_missing_or_unknown_reporting_state_is_an_error(state: str) -> None:
    r = build_report(
        RECORDS,
        ReportOptions(year=YEAR, reporting_state=state),
        catalogue=load_categories(),
        template=load_report_template(),
        rates=RATES,
    )
    found = [f for f in r.errors if f.code == "no_reporting_state"]
    assert len(found) == 1 and found[0].link.kind == "reporting_state"
    assert not [f for f in report().errors if f.code == "no_reporting_state"]


def test_national_categories_are_declared_only_when_a_row_is_national() -> None:
    """Issue 16 (f): the option alone declares nothing; a national-only item does."""
    with_rows = report(include_national_categories=True)
    assert with_rows.exports.national_categories_included
    assert not with_rows.imports.national_categories_included  # nil: nothing national there
    assert with_rows.title_page.national_categories_included
    without_records = build_report(
        [r for r in RECORDS if r.not_reportable_reason != "national"],
        ReportOptions(
            year=YEAR, report_currency="EUR", reporting_state="SE", include_national_categories=True
        ),
        catalogue=load_categories(),
        template=load_report_template(),
        rates=RATES,
    )
    assert not without_records.exports.national_categories_included
    assert not without_records.title_page.national_categories_included
    assert not report().title_page.national_categories_included  # option off


def test_publication_is_answered_per_form() -> None:
    """Issue 16 (d): the exports form and the imports form each carry their own answer."""
    r = report(exports_public=False, imports_public=True)
    assert (r.title_page.exports_public, r.title_page.imports_public) == (False, True)
    assert r.title_page.public(Direction.EXPORT) is False
    assert r.title_page.public(Direction.IMPORT) is True


def test_un_register_definitions_cover_every_category_and_refuse_a_gap() -> None:
    """Issue 16 (a): Annex 1's text is reference data; a file missing a category is refused
    rather than printing an incomplete annex."""
    from att_desktop.domain.categories import ReferenceDataError
    from att_desktop.domain.reporting.definitions import load_un_definitions, parse_definitions

    defs = load_un_definitions()
    assert defs.source and defs.as_of == "2014-12-24"
    assert [d.code for d in defs.for_category("IV")] == ["IV.a", "IV.b", "IV"]
    assert "16.5 metric tonnes" in defs.for_category("I")[0].text()
    assert "16,5" in defs.for_category("I")[0].text("fr")
    data = {"definitions": [{"code": d.code, "text_en": d.text_en} for d in defs.definitions]}
    without_vi = {"definitions": [d for d in data["definitions"] if d["code"] != "VI"]}
    with pytest.raises(ReferenceDataError, match="VI"):
        parse_definitions(without_vi, "x.json")
    bad = {"definitions": [*data["definitions"], {"code": "IX", "text_en": "x"}]}
    with pytest.raises(ReferenceDataError, match="IX"):
        parse_definitions(bad, "x.json")
