"""PDFs at any size: tables of thousands of rows, a category of dozens of States, a record
citing hundreds of sources, a charts annex of many series. reportlab refuses what it cannot
split (a spanned block, a cell taller than a page), so each of these once stopped the build.

Reports are built from plain records (no database) so the tests stay quick; the text is read
back with pypdf, whitespace removed so that wrapped cells still match.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from att_desktop.domain.assessment import evaluate
from att_desktop.domain.assessment.model import Answer, Source, SourceKind
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import all_countries
from att_desktop.domain.reporting import (
    Basis,
    Direction,
    RecordLink,
    ReportableTransfer,
    ReportOptions,
    build_report,
)
from att_desktop.domain.reporting.model import AnnualReport, ChartData
from att_desktop.domain.reporting.template import load_report_template
from att_desktop.formats.pdf_annual_charts import MAX_SERIES, _bar_chart
from att_desktop.formats.pdf_annual_report import write_annual_report_pdf
from att_desktop.formats.pdf_assessment import write_assessment_record
from att_desktop.formats.pdf_common import Fonts
from att_desktop.formats.pdf_labels import label
from att_desktop.formats.report_labels import category_label, row_label, state_name, template_text
from tests.unit.test_pdfs import authorised_input, authorised_record

YEAR = 2025
RIFLES = "VIII.SA.2"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(pdf: Path) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(pdf).pages]


def states(count: int) -> list[str]:
    """ISO codes of ``count`` States, never the reporting State (SE, on the title page)."""
    codes = [c.code for c in all_countries() if c.code != "SE"]
    assert len(codes) >= count
    return codes[:count]


def report(rows: list[tuple[str, str, str]]) -> AnnualReport:
    """An authorised-exports report with one row per (category, State, description)."""
    records = [
        ReportableTransfer(
            direction=Direction.EXPORT,
            basis=Basis.AUTHORISED,
            on=date(YEAR, 6, 1),
            category=category,
            not_reportable_reason=None,
            counterpart=state,
            description=description,
            quantity=Decimal(n),
            value=Decimal(1000 * n),
            currency="EUR",
            link=RecordLink("line_item", application_id=n, reference=f"EXP/{n}", line_no=1),
        )
        for n, (category, state, description) in enumerate(rows, start=1)
    ]
    options = ReportOptions(year=YEAR, report_currency="EUR", reporting_state="SE")
    return build_report(
        records,
        options,
        catalogue=load_categories(),
        template=load_report_template(),
        rates={},
        today=date(2026, 3, 1),
    )


def continued(category: str, language: str) -> str:
    text = category_label(category, load_categories(), language)
    return squash(label("continued", language, label=text))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_category_of_48_states_carries_its_label_onto_every_page(
    language: str, tmp_path: Path
) -> None:
    codes = states(48)
    rows = [("II", "NO", "Armoured personnel carrier")]
    rows += [(RIFLES, code, "Bolt-action rifle") for code in codes]
    rows += [("VIII.SA.3", "NO", "Sub-machine gun")]
    pdf = tmp_path / f"report-{language}.pdf"
    pages = write_annual_report_pdf(report(rows), pdf, language=language)
    text = pages_text(pdf)
    assert len(text) == pages
    names = [squash(state_name(code, language)) for code in codes]
    for name in names:
        assert any(name in page for page in text), name
    table_pages = [i for i, page in enumerate(text) if any(name in page for name in names)]
    assert len(table_pages) >= 2, "the category must run over more than one page"
    first, *later = table_pages
    rifles = squash(row_label(load_categories().get(RIFLES), language))
    assert rifles in text[first]
    header = squash(template_text("column.counterpart", "Final importing State", language))
    assert header == ("FinalimportingState" if language == "en" else "最终进口国")
    for i in table_pages:
        assert header in text[i], f"header repeated on page {i + 1}"
    for i in later:
        assert continued(RIFLES, language) in text[i], f"label carried onto page {i + 1}"
    # Only the pages that start inside the category say "continued".
    assert sum(continued(RIFLES, language) in page for page in text) == len(later)
    after = squash(row_label(load_categories().get("VIII.SA.3"), language))
    assert after in text[table_pages[-1]] or after in text[table_pages[-1] + 1]


def test_a_heading_row_never_ends_a_page(tmp_path: Path) -> None:
    """With 44-50 States in category II, the page break falls by the VIII headings."""
    catalogue = load_categories()
    headings = {
        squash(row_label(catalogue.get(r.category)))
        for r in load_report_template().rows
        if r.heading
    }
    for count in range(44, 51):
        pdf = tmp_path / f"report-{count}.pdf"
        write_annual_report_pdf(report([("II", code, "APC") for code in states(count)]), pdf)
        for i, page in enumerate(PdfReader(pdf).pages):
            # Page furniture is drawn after the body: the body's last line comes before it.
            body = (page.extract_text() or "").split("ATT annual report")[0].split("\n")
            assert squash(body[-1]) not in headings, (count, i + 1, body[-1])


def test_a_row_taller_than_a_page_is_split_and_its_label_carried_onto_each_page(
    tmp_path: Path,
) -> None:
    """Hundreds of item descriptions to one State make one row longer than a page."""
    codes = states(10)
    rows = [(RIFLES, code, "Rifle") for code in codes]
    rows += [(RIFLES, "NO", f"Desc{i:03d} bolt-action rifle, a variant") for i in range(400)]
    pdf = tmp_path / "tall-row.pdf"
    write_annual_report_pdf(report(rows), pdf)
    text = pages_text(pdf)
    found = [int(m) for page in text for m in re.findall(r"Desc(\d{3})", page)]
    assert sorted(found) == list(range(400)), "every description printed, once"
    pages = [i for i, page in enumerate(text) if "Desc" in page]
    assert len(pages) >= 3
    for i in pages[1:]:
        assert continued(RIFLES, "en") in text[i], f"label carried onto page {i + 1}"


def test_a_table_of_5000_rows_is_written_whole_with_labels_on_every_page(
    tmp_path: Path,
) -> None:
    catalogue = load_categories()
    categories = [r.category for r in load_report_template().rows if not r.heading]
    codes = states(-(-5000 // len(categories)))
    pairs = [(category, code) for category in categories for code in codes][:5000]
    rows = [(category, code, f"Row{n:05d}") for n, (category, code) in enumerate(pairs)]
    pdf = tmp_path / "big.pdf"
    pages = write_annual_report_pdf(report(rows), pdf)
    text = pages_text(pdf)
    assert len(text) == pages > 100
    found = [m for page in text for m in re.findall(r"Row(\d{5})", page)]
    assert sorted(int(m) for m in found) == list(range(5000)), "every row printed, once"
    for i, page in enumerate(text):
        on_page = {pairs[int(m)][0] for m in re.findall(r"Row(\d{5})", page)}
        if not on_page:
            continue
        assert "FinalimportingState" in page, f"header repeated on page {i + 1}"
        for category in on_page:
            own = squash(row_label(catalogue.get(category), "en"))
            assert own in page or continued(category, "en") in page, (category, i + 1)
    # No total row (issue 16): the template has none; 1 + ... + 5000 items is no number.
    assert not any("12,502,500" in page for page in text)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_assessment_record_citing_300_sources_renders_every_one(
    language: str, tmp_path: Path
) -> None:
    sources = tuple(
        Source(
            SourceKind.HUMAN_RIGHTS_REPORT, f"Mission report {i}", date(2025, 1, 1), f"SRC-{i:03d}"
        )
        for i in range(300)
    )
    sentences = [f"Sentence {i:03d} of the committee's long reasoning." for i in range(250)]
    reasoning = " ".join(sentences)
    inp = authorised_input()
    inp = replace(
        inp,
        article6=replace(inp.article6, knowledge=Answer(False, reasoning, sources)),
        gbv=replace(inp.gbv, risk=replace(inp.gbv.risk, reasoning=reasoning, sources=sources)),
        mitigation=tuple(replace(m, sources=sources) for m in inp.mitigation[:1])
        + inp.mitigation[1:],
    )
    data = replace(authorised_record(), assessment=inp, result=evaluate(inp))
    pdf = tmp_path / f"record-{language}.pdf"
    pages = write_assessment_record(data, pdf, language=language)
    text = "".join(pages_text(pdf))
    assert pages > 10
    cited = re.findall(r"SRC-(\d{3})", text)
    # Three places cite all 300: the 6(3) answer, the GBV risk and measure M1.
    assert sorted(set(cited)) == [f"{i:03d}" for i in range(300)]
    assert len(cited) == 900
    assert text.count(squash(sentences[-1])) == 2, "the reasoning is printed to its end"


def test_a_chart_of_many_series_and_years_stays_inside_its_half_page() -> None:
    years = tuple(range(1996, 2026))
    many = {
        f"Region number {i} with a long United Nations name": tuple(
            Decimal(i * 1000 + y) for y in years
        )
        for i in range(40)
    }
    drawing = _bar_chart("Items exported by destination region", years, many, Fonts("en"))
    x0, y0, x1, y1 = drawing.getBounds()
    assert x0 >= 0 and y0 >= 0 and x1 <= drawing.width and y1 <= drawing.height
    empty = _bar_chart("Nothing exported", (YEAR,), {}, Fonts("en"))
    assert empty.getBounds()[2] <= empty.width


def test_the_charts_annex_adds_up_the_smallest_series_as_other(tmp_path: Path) -> None:
    years = (2023, 2024, 2025)
    regions = {f"Region {i:02d}": (Decimal(i), Decimal(i), Decimal(i)) for i in range(1, 21)}
    charts = ChartData(years, Basis.AUTHORISED, {"I": (Decimal(1),) * 3}, regions)
    data = replace(report([("I", "NO", "Battle tank")]), charts=charts)
    pdf = tmp_path / "charts.pdf"
    write_annual_report_pdf(data, pdf)
    annex = pages_text(pdf)[-1]
    kept = [f"Region{i:02d}" for i in range(20, 20 - (MAX_SERIES - 1), -1)]
    assert all(name in annex for name in kept)
    assert "Region01" not in annex
    assert f"Other({20 - len(kept)})" in annex
