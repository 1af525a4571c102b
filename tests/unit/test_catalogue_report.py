"""A document in one language throughout (issue 15): the annual report PDF in Chinese has no
English heading, note or name left, in French it names States and dates in French, and the
assessment record's GBV flowchart asks only for messages the catalogue has."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting import (
    Basis,
    Direction,
    RecordLink,
    ReportableTransfer,
    ReportOptions,
    build_report,
)
from att_desktop.domain.reporting.model import AnnualReport, ChartData
from att_desktop.domain.reporting.options import ContactPoint, NationalDefinition
from att_desktop.domain.reporting.template import load_report_template
from att_desktop.formats.pdf_annual_report import write_annual_report_pdf
from att_desktop.formats.pdf_assessment import write_assessment_record
from att_desktop.i18n import unknown_messages
from tests.unit.test_pdfs import authorised_record

#: The template's and the report's English wording, as a reader would spot it.
ENGLISH_HEADINGS = (
    "THE ARMS TRADE TREATY",
    "ANNUAL REPORT IN ACCORDANCE WITH ARTICLE 13(3)",
    "Exports and imports of conventional arms",
    "Reporting State",
    "Calendar year",
    "National point of contact",
    "Contents of this report",
    "Exports table",
    "Imports table",
    "Basis of the report",
    "Reported as",
    "Small arms for civilian use",
    "Withheld information",
    "publicly available by the ATT Secretariat",  # asked on each form
    "Prepared on",
    "EXPORTS",  # the imports are a nil report (Annex 3), so no IMPORTS table
    "Report on authorised exports",
    "Category (I-VIII) / sub-category",
    "Final importing State",
    "Number of items",
    "Value",
    "State of origin (if not exporter)",
    "Intermediate location (if any)",
    "Description of item",
    "Comments on the transfer",
    "Explanatory notes",
    "Authorised or actual: a State Party may report",
    "withheld in accordance with Article 13(3)",
    "Small arms for civilian use are not included",
    "Nil report",
    "Annex 1: UN Register definitions",
    "Tracked or wheeled self-propelled armoured fighting vehicles",
    "Man-portable air defence systems",
    "Annex added by ATT Desktop",
    "Annex 2: National definitions of categories",
    "Annex 3: Nil reports",
    "National definition",
    "Items exported by category",
    "Items exported by destination region",
    "Battle tanks",
    "Rifles and carbines",
    "Light weapons",
    "Europe",
    "Norway",
    "Germany",
    "Page 1 of",
    "DRAFT",
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def _line(n: int, category: str, state: str, value: Decimal | None, **kw: object) -> Any:
    return ReportableTransfer(
        direction=Direction.EXPORT,
        basis=Basis.AUTHORISED,
        on=date(2025, 6, 1),
        category=category,
        not_reportable_reason=None,
        counterpart=state,
        description="突击步枪",  # the authority's own words are printed as typed
        quantity=Decimal(n),
        value=value,
        currency=str(kw.pop("currency", "EUR")),
        link=RecordLink("line_item", application_id=n, reference=f"EXP/{n}", line_no=1),
        **kw,  # type: ignore[arg-type]
    )


def annual_report() -> AnnualReport:
    """Every part of the PDF: a table with origins and transit States, a value not converted,
    a withheld line, civilian small arms left out, a nil imports table, a national
    definition, the charts annex; still a draft (the USD value has no rate)."""
    records = [
        _line(10, "VIII.SA.2", "NO", Decimal("1250.50"), origin="DE", intermediate=("BE",)),
        _line(3, "II", "FR", None),
        _line(2, "I", "JP", Decimal(100), currency="USD"),
        _line(1, "VIII.SA.3", "NO", Decimal(5), withheld=True, withheld_reason="安全"),
    ]
    options = ReportOptions(
        year=2025,
        report_currency="EUR",
        reporting_state="SE",
        include_civilian_small_arms=False,
        contact=ContactPoint(name="王伟"),
        national_definitions=(NationalDefinition("II", "国家定义"),),
    )
    report = build_report(
        records,
        options,
        catalogue=load_categories(),
        template=load_report_template(),
        rates={},
        today=date(2026, 3, 1),
    )
    charts = ChartData(
        (2024, 2025),
        Basis.AUTHORISED,
        {"I": (Decimal(1), Decimal(2)), "VIII.SA.2": (Decimal(3), Decimal(4))},
        {"Europe": (Decimal(1), Decimal(2)), "Other": (Decimal(0), Decimal(1))},
    )
    return replace(report, charts=charts)


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("reports")
    before = unknown_messages()
    out = {}
    for language in ("en", "zh_CN", "fr"):
        pdf = folder / f"report-{language}.pdf"
        write_annual_report_pdf(annual_report(), pdf, language=language)
        out[language] = pdf_text(pdf)
    assert unknown_messages() - before == set(), "a text the catalogue does not hold"
    return out


def test_the_english_report_has_its_english_headings(texts: dict[str, str]) -> None:
    """The list below is the report's real wording (so the Chinese check can fail)."""
    english = squash(texts["en"])
    assert [h for h in ENGLISH_HEADINGS if squash(h) not in english] == []


def test_a_chinese_report_has_no_english_heading_note_or_name(texts: dict[str, str]) -> None:
    chinese = squash(texts["zh_CN"])
    assert [h for h in ENGLISH_HEADINGS if squash(h) in chinese] == []
    for words in ("出口表", "最终进口国", "步枪和卡宾枪", "挪威", "欧洲", "第1页，共"):
        assert words in chinese, words
    # Left in Latin letters: the treaty's and the program's names and codes (the currency,
    # the reporting State's ISO code, category codes such as VIII.SA.2), nothing else.
    latin = set(re.findall(r"[A-Za-z]{2,}", texts["zh_CN"]))
    codes = {"ATT", "Desktop", "EUR", "SE", "SA", "LW", "II", "III", "IV", "VI", "VII", "VIII"}
    assert latin <= codes, latin


def test_a_french_report_names_states_and_dates_in_french(texts: dict[str, str]) -> None:
    """The French catalogue is complete: headings, categories, States, dates and figures
    follow the language."""
    french = texts["fr"]
    same = {"Europe"}  # a French word too
    assert [h for h in ENGLISH_HEADINGS if h not in same and squash(h) in squash(french)] == []
    for words in ("Tableau des exportations", "État importateur final", "Fusils et carabines"):
        assert words in french, words
    assert "Norvège" in french and "Allemagne" in french
    assert "1 mars 2026" in french
    assert "1 250,50" in french.replace("\u202f", " ")


def test_the_assessment_record_asks_only_for_catalogued_messages(tmp_path: Path) -> None:
    before = unknown_messages()
    for language in ("en", "zh_CN", "ar"):
        write_assessment_record(
            authorised_record(), tmp_path / f"{language}.pdf", language=language
        )
    assert unknown_messages() - before == set()


def test_a_chinese_spreadsheet_is_in_chinese_but_for_codes_and_findings(tmp_path: Path) -> None:
    """The XLSX is read by people too: its sheets, headings and names follow the language;
    the findings' messages are the engine's (English) and stay out of this check."""
    from openpyxl import load_workbook

    from att_desktop.formats.report_writers import write_xlsx

    out = tmp_path / "report.xlsx"
    write_xlsx(annual_report(), out, "zh_CN")
    book = load_workbook(out)
    assert book.sheetnames == ["封面", "出口", "进口", "附件", "检查结果"]
    cells = [
        str(value)
        for sheet in book.worksheets
        if sheet.title != "检查结果"
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]
    latin = {w for cell in cells for w in re.findall(r"[A-Za-z]{2,}", cell)}
    # Codes (category, ISO, currency) and the template's source, which is a citation.
    source = set(re.findall(r"[A-Za-z]{2,}", load_report_template().source))
    codes = {
        "ISO",
        "EUR",
        "USD",
        "SE",
        "NO",
        "FR",
        "JP",
        "SA",
        "LW",
        "II",
        "III",
        "IV",
        "VI",
        "VII",
        "VIII",
    }
    assert latin - source - codes == set(), latin - source - codes
    assert "最终进口国" in cells and "挪威" in cells
    assert "合计" not in cells  # no total row (issue 16)
