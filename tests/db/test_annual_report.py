"""The annual report from a small register with known numbers, through every output.

The register (report year 2025, report currency EUR, a recorded USD rate of 0.90, no GBP
rate):

- EXP/1 to Brazil, licence of 10 March 2025: 100 assault rifles (125,000 EUR), 50,000
  cartridges (ammunition: never reported), 10 mortars < 75 mm (40,000 USD = 36,000 EUR);
  shipped 5 May 2025: 60 rifles (75,000 EUR) and 20,000 cartridges.
- EXP/2 to Norway via Denmark, licence of 1 June 2025 revoked later (still authorised in
  2025): 4 armoured combat vehicles made in Germany (2,000,000 EUR) and 6 MANPADS
  withheld as national-security information.
- EXP/3 to the United States, civilian end user, licence of 1 September 2025: 30 pistols
  at 12,000 GBP (no rate: counted, value left out, an error finding).
- EXP/4 to Brazil, licence of 15 November 2024 for 200 rifles: 100 shipped 10 December
  2024 and 120 on 20 January 2025 (over the licence: a warning).
- EXP/5 to North Korea: denied. EXP/6: a line with no category (an error finding).
- IMP/1 from Germany, licence of 2024: nothing to report for 2025 (a nil imports table).
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.db.models import Shipment
from att_desktop.domain.reporting import Basis, Measure, ReportOptions, Severity
from att_desktop.domain.reporting.options import ContactPoint, NationalDefinition
from att_desktop.formats.pdf_annual_report import write_annual_report_pdf
from att_desktop.formats.report_writers import write_csv, write_json, write_xlsx
from att_desktop.i18n import translate
from att_desktop.services.errors import ValidationFailed
from att_desktop.services.reporting import collect, list_exchange_rates, set_exchange_rate
from att_desktop.services.shipments import (
    CustomsFileError,
    ShipmentInput,
    ShipmentLineInput,
    import_customs_file,
    preview_customs_file,
    record_shipment,
)
from tests.report_register import YEAR, Register, build_with_shipments, ship


@pytest.fixture
def register(db: Database) -> Register:
    return build_with_shipments(db)


def options(**kw: Any) -> ReportOptions:
    base: dict[str, Any] = {
        "year": YEAR,
        "report_currency": "EUR",
        "contact": ContactPoint(
            name="Ingrid Berg",
            position="National focal point",
            organisation="Export Control Authority",
            email="att@example.gov",
        ),
        # Asked on each form (issue 16): different answers, so a mix-up shows.
        "exports_public": True,
        "imports_public": False,
        "national_definitions": (
            NationalDefinition("VIII.SA", "Includes sporting rifles exported to governments."),
        ),
    }
    base.update(kw)
    return ReportOptions(**base)


EXPECTED_AUTHORISED = [
    # category, State, items, value (EUR), value complete
    ("II", "NO", "4", "2000000.00", True),
    ("VIII.SA.1", "US", "30", None, False),  # GBP without a rate: never summed
    ("VIII.SA.4", "BR", "100", "125000.00", True),
    ("VIII.LW.6", "BR", "10", "36000.00", True),  # 40,000 USD x 0.90
]


def _json_rows(table: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            r["category"],
            r["counterpart"]["code"],
            r["number_of_items"],
            r["value"],
            r["value_complete"],
        )
        for r in table["rows"]
    ]


def test_authorised_report_totals_findings_and_nil_imports(
    db: Database, register: Register, tmp_path: Path
) -> None:
    report = collect(db, options(), today=date(2026, 3, 2))
    title = report.title_page
    assert (title.reporting_state, title.year, title.information_withheld) == ("SE", YEAR, True)
    assert report.exports.withheld_lines == 1
    assert report.imports.nil and report.annexes.nil_imports and not report.annexes.nil_exports

    out = tmp_path / "report.json"
    write_json(report, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    assert _json_rows(data["exports"]) == EXPECTED_AUTHORISED
    exports = data["exports"]
    assert (exports["basis"], exports["nil_report"]) == ("authorised", False)
    # No total over every category: the template has none (tanks plus pistols is no number).
    assert "total_items" not in exports and "total_value" not in exports
    totals = {t["category"]: (t["number_of_items"], t["value"]) for t in exports["category_totals"]}
    assert totals == {
        "II": ("4", "2000000.00"),
        "VIII.SA.1": ("30", None),
        "VIII.SA.4": ("100", "125000.00"),
        "VIII.LW.6": ("10", "36000.00"),
    }
    apc = exports["rows"][0]
    assert apc["state_of_origin"] == [{"code": "DE", "name": "Germany"}]
    assert apc["intermediate_location"] == [{"code": "DK", "name": "Denmark"}]
    assert data["imports"]["nil_report"] is True and data["imports"]["rows"] == []
    assert data["annexes"]["nil_reports"] == {"exports": False, "imports": True}
    assert data["title_page"]["information_withheld"] is True
    assert "may_be_made_public" not in data["title_page"]  # asked on each form instead
    assert data["exports"]["may_be_made_public"] is True
    assert data["imports"]["may_be_made_public"] is False  # the nil report's answer
    assert data["exchange_rates"] == [
        {"year": YEAR, "currency": "USD", "report_currency": "EUR", "rate": "0.9"}
    ]
    text = json.dumps([data["title_page"], data["exports"], data["imports"], data["annexes"]])
    assert "Cartridges" not in text and "KP" not in text and "MANPADS" not in text

    findings = {(f["severity"], f["code"]): f for f in data["findings"]}
    no_category = findings[("error", "no_category")]
    assert no_category["link"] == {
        "kind": "line_item",
        "application_id": no_category["link"]["application_id"],
        "reference": "EXP/6",
        "line_item_id": no_category["link"]["line_item_id"],
        "line_no": 1,
        "licence_id": register.licences["EXP/6"],
        "licence_number": "LIC/2025/00004",
    }
    rate = findings[("error", "no_exchange_rate")]
    assert rate["link"] == {
        "kind": "exchange_rate",
        "year": YEAR,
        "currency": "GBP",
        "report_currency": "EUR",
    }
    assert [r["reference"] for r in rate["related"]] == ["EXP/3"]
    assert findings[("info", "withheld")]["link"]["reference"] == "EXP/2"
    assert [f.severity for f in report.errors] == [Severity.ERROR, Severity.ERROR]

    xlsx = tmp_path / "report.xlsx"
    write_xlsx(report, xlsx)
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Title page", "Exports", "Imports", "Annexes", "Findings"]
    sheet = wb["Exports"]
    figures = [
        (r[0], r[3], r[4], r[5])
        for r in sheet.iter_rows(min_row=5, values_only=True)
        if r[3]  # rows with a State
    ]
    assert figures == [
        ("II", "NO", 4, 2000000),
        ("VIII.SA.1", "US", 30, None),
        ("VIII.SA.4", "BR", 100, 125000),
        ("VIII.LW.6", "BR", 10, 36000),
    ]
    codes = [r[0] for r in sheet.iter_rows(min_row=5, values_only=True)]
    assert codes[:4] == ["I", "II", "III", "IV"] and "VIII.LW.7" in codes  # every template row
    assert not any(r[0] == "TOTAL" for r in sheet.iter_rows(values_only=True))
    assert "Nil report" in str(wb["Imports"]["B5"].value)
    title_rows = {r[0]: r[1] for r in wb["Title page"].iter_rows(values_only=True) if r[0]}
    assert title_rows["Information withheld (Art. 13(3))"] == "Yes"
    assert title_rows["Reporting State"] == "Sweden (SE)"
    assert title_rows["Exports form may be made public"] == "Yes"
    assert title_rows["Imports form may be made public"] == "No"
    annex = [r for r in wb["Annexes"].iter_rows(values_only=True)]
    assert ("Imports", "Nil report") in annex
    assert len(list(wb["Findings"].iter_rows())) == 1 + len(report.findings)

    csv_file = tmp_path / "report.csv"
    write_csv(report, csv_file)
    lines = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("table,basis,category_code")
    assert len(lines) == 1 + 4 + 1  # header, four export rows, the nil imports row
    assert lines[-1].startswith("imports,authorised,") and "Nil report" in lines[-1]


def test_actual_report_counts_january_shipment_of_last_years_licence(
    db: Database, register: Register, tmp_path: Path
) -> None:
    report = collect(db, options(exports_basis=Basis.ACTUAL, imports_basis=Basis.ACTUAL))
    rows = [(r.category, r.counterpart, r.number_of_items, r.value) for r in report.exports.rows]
    assert rows == [
        ("VIII.SA.2", "BR", Decimal(120), Decimal("30000.00")),  # 20 Jan 2025, 2024 licence
        ("VIII.SA.4", "BR", Decimal(60), Decimal("75000.00")),
    ]
    assert not report.title_page.information_withheld  # nothing withheld was shipped
    over = [f for f in report.findings if f.code == "over_licence"]
    assert [(f.severity, f.link.licence_number) for f in over] == [
        (Severity.WARNING, "LIC/2024/00009")
    ]
    assert report.imports.nil and not report.has_errors
    write_json(report, tmp_path / "actual.json")
    data = json.loads((tmp_path / "actual.json").read_text(encoding="utf-8"))
    totals = [(t["number_of_items"], t["value"]) for t in data["exports"]["category_totals"]]
    assert totals == [("120", "30000.00"), ("60", "75000.00")]  # 180 items, 105,000 EUR


def test_pdf_renders_like_the_template(db: Database, register: Register, tmp_path: Path) -> None:
    set_exchange_rate(db, YEAR, "GBP", "EUR", Decimal("1.15"), "Central bank average 2025")
    report = collect(db, options(chart_years=4), today=date(2026, 3, 2))
    assert [f.code for f in report.errors] == ["no_category"]
    pdf = tmp_path / "annual-report.pdf"
    pages = write_annual_report_pdf(report, pdf)
    assert pages >= 5
    assert write_annual_report_pdf(report, tmp_path / "zh.pdf", language="zh_CN") == pages
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    for needle in (
        "ANNUAL REPORT IN ACCORDANCE WITH ARTICLE 13(3)",
        "Final importing State",
        "Revolvers and self-loading pistols",
        "Mortars of calibres less than 75",
        "13,800",  # the pistols: 12,000 GBP x 1.15
        "Nil report on imports",
        "had no imports of conventional arms covered under Article 2(1)",
        "DRAFT",
    ):
        assert needle in " ".join(text.split()), needle  # a label may wrap in its column
    assert len(PdfReader(pdf).pages) == pages
    # pdf_common's numbered canvas: every page knows the count.
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_cli_refuses_with_errors_and_writes_with_force(
    db: Database, register: Register, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = db.url  # a SQLite file's URL or the PostgreSQL database's: --db takes both
    out = tmp_path / "cli.json"
    args = ["--db", db_file, "report", "annual", "--year", str(YEAR), "--format", "json"]
    assert main([*args, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no ATT category" in err and "GBP" in err and not out.exists()
    assert main([*args, "--out", str(out), "--force"]) == 1
    rows = json.loads(out.read_text(encoding="utf-8"))["exports"]["rows"]
    assert sum(int(r["number_of_items"]) for r in rows) == 144
    actual = tmp_path / "actual.xlsx"
    code = main(
        [
            "--db",
            db_file,
            "report",
            "annual",
            "--year",
            str(YEAR),
            "--format",
            "xlsx",
            "--out",
            str(actual),
            "--exports",
            "actual",
            "--imports",
            "actual",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert "over the licence" not in capsys.readouterr().out
    rate = main(
        [
            "--db",
            db_file,
            "report",
            "rate",
            "--year",
            "2025",
            "--from",
            "GBP",
            "--to",
            "EUR",
            "--rate",
            "1.15",
            "--source",
            "ECB",
        ]
    )
    assert rate == 0
    assert [(r.currency, r.rate) for r in list_exchange_rates(db, 2025)] == [
        ("GBP", Decimal("1.15")),
        ("USD", Decimal("0.90")),
    ]


def test_shipment_warnings_and_errors(db: Database, register: Register) -> None:
    revoked = ship(db, register, "EXP/2", date(2027, 2, 1), "C-X", (1, 1, 1000), ack=False)
    assert not revoked.saved
    read = [translate(w, "en") for w in revoked.warnings]
    assert (
        read[0] == "Licence LIC/2025/00002 is revoked: a shipment under it needs to be explained."
    )
    assert "outside the validity" in read[1]
    assert translate(revoked.warnings[0], "fr").startswith("La licence LIC/2025/00002")
    again = ship(db, register, "EXP/1", date(2025, 5, 5), "C-2505", (1, 1, 100), ack=False)
    assert any("already recorded" in translate(w, "en") for w in again.warnings)
    with pytest.raises(ValidationFailed, match="is not a line of licence"):
        record_shipment(
            db,
            register.licences["EXP/1"],
            ShipmentInput(date(2025, 6, 1), "C", (ShipmentLineInput(999999, Decimal(1)),)),
        )
    with pytest.raises(ValidationFailed, match="greater than zero"):
        ship(db, register, "EXP/1", date(2025, 6, 1), "C", (1, 0, 0))
    with pytest.raises(ValidationFailed, match="no rate into itself"):
        set_exchange_rate(db, YEAR, "EUR", "EUR", Decimal(1), "x")


def test_customs_file_preview_and_all_or_nothing_import(
    db: Database, register: Register, tmp_path: Path
) -> None:
    good = tmp_path / "customs.csv"
    good.write_text(
        "Licence number,Line,Date,Customs reference,Quantity,Value,Currency\n"
        "LIC/2025/00001,1,2025-07-01,MRN-1,30,37500,EUR\n"
        "LIC/2025/00001,3,2025-07-01,MRN-1,10,40000,USD\n"
        "LIC/2025/00003,1,2025-08-02,MRN-2,40,16000,GBP\n",
        encoding="utf-8",
    )
    preview = preview_customs_file(db, good)
    assert preview.ok and preview.shipments == 2 and len(preview.rows) == 3
    # 60 + 30 of 100 rifles is fine; pistols: shipped before the licence's validity and over it
    messages = [str(w) for w in preview.warnings]
    over = "40 pcs shipped in all, 30 licensed"
    assert any(m.startswith("row 4:") and over in m for m in messages)
    assert any("outside the validity of licence LIC/2025/00003" in m for m in messages)

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "licence_number,line_no,shipped_on,customs_reference,quantity,value,currency\n"
        "LIC/2025/00001,1,2025-07-01,MRN-9,5,100,EUR\n"
        "LIC/1999/00001,1,2025-07-01,MRN-9,5,100,EUR\n"
        "LIC/2025/00001,7,01/07/2025,MRN-9,-5,100,\n",
        encoding="utf-8",
    )
    with db.session() as s:
        before = s.scalar(select(func.count(Shipment.id)))
    bad_preview = preview_customs_file(db, bad)
    assert [str(e) for e in bad_preview.row_errors] == [
        "row 3, licence_number: no licence LIC/1999/00001 exists",
        "row 4, shipped_on: '01/07/2025' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31",
        "row 4, quantity: must not be negative",
        "row 4, currency: a value needs its 3-letter ISO 4217 currency",
        "row 4, line_no: licence LIC/2025/00001 has no line 7",
    ]
    with pytest.raises(CustomsFileError, match="nothing was imported"):
        import_customs_file(db, bad)
    with db.session() as s:
        assert s.scalar(select(func.count(Shipment.id))) == before

    result = import_customs_file(db, good)
    assert len(result.shipment_ids) == 2
    report = collect(db, options(exports_basis=Basis.ACTUAL))
    sa4 = next(r for r in report.exports.rows if r.category == "VIII.SA.4")
    assert (sa4.number_of_items, sa4.value) == (Decimal(90), Decimal("112500.00"))


def test_year_with_imports_every_total_in_json_and_xlsx(
    db: Database, register: Register, tmp_path: Path
) -> None:
    """2024: the licence of 15 November (exports) and the import licence of 1 May (imports)."""
    report = collect(db, options(year=2024), today=date(2025, 3, 1))
    assert not report.imports.nil and not report.exports.nil
    assert not report.title_page.information_withheld
    write_json(report, tmp_path / "2024.json")
    data = json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))
    assert _json_rows(data["exports"]) == [("VIII.SA.2", "BR", "200", "50000.00", True)]
    assert _json_rows(data["imports"]) == [("VIII.SA.2", "DE", "12", "60000.00", True)]
    for key, items, value in (("exports", "200", "50000.00"), ("imports", "12", "60000.00")):
        table = data[key]
        assert [
            (t["category"], t["number_of_items"], t["value"]) for t in table["category_totals"]
        ] == [("VIII.SA.2", items, value)]
    assert data["annexes"]["nil_reports"] == {"exports": False, "imports": False}
    write_xlsx(report, tmp_path / "2024.xlsx")
    wb = load_workbook(tmp_path / "2024.xlsx")
    for sheet, expected in (
        ("Exports", [("VIII.SA.2", "BR", 200, 50000)]),
        ("Imports", [("VIII.SA.2", "DE", 12, 60000)]),
    ):
        rows = list(wb[sheet].iter_rows(min_row=5, values_only=True))
        assert [(r[0], r[3], r[4], r[5]) for r in rows if r[3]] == expected
        assert not any(r[0] == "TOTAL" for r in rows)
    assert wb["Imports"]["C4"].value == "Exporting State"

    # The same year on actual shipments: the December shipment only; no imports shipped.
    actual = collect(db, options(year=2024, exports_basis=Basis.ACTUAL, imports_basis=Basis.ACTUAL))
    assert [(r.category, r.number_of_items, r.value) for r in actual.exports.rows] == [
        ("VIII.SA.2", Decimal(100), Decimal("25000.00"))
    ]
    assert actual.imports.nil


def test_options_leave_out_civilian_small_arms_and_give_items_only(
    db: Database, register: Register, tmp_path: Path
) -> None:
    report = collect(db, options(include_civilian_small_arms=False, measure=Measure.ITEMS))
    assert [
        (r.category, r.counterpart, r.number_of_items, r.value) for r in report.exports.rows
    ] == [
        ("II", "NO", Decimal(4), None),
        ("VIII.SA.4", "BR", Decimal(100), None),
        ("VIII.LW.6", "BR", Decimal(10), None),
    ]
    assert not any(f.code == "no_exchange_rate" for f in report.findings)  # no values asked
    write_json(report, tmp_path / "items.json")
    data = json.loads((tmp_path / "items.json").read_text(encoding="utf-8"))
    assert [t["value"] for t in data["exports"]["category_totals"]] == [None, None, None]
    assert sum(int(r["number_of_items"]) for r in data["exports"]["rows"]) == 114
    assert data["title_page"]["civilian_small_arms_included"] is False


def test_customs_xlsx_file_is_read_like_csv(
    db: Database, register: Register, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(
        ["Licence number", "Line", "Date", "Customs reference", "Quantity", "Value", "Currency"]
    )
    ws.append(["LIC/2025/00001", 1, date(2025, 7, 1), "MRN-X1", 10, 12500, "EUR"])
    ws.append(["LIC/2025/00001", 9, date(2025, 7, 1), "MRN-X1", 1, None, None])
    path = tmp_path / "customs.xlsx"
    wb.save(path)
    preview = preview_customs_file(db, path)
    assert [str(e) for e in preview.row_errors] == [
        "row 3, line_no: licence LIC/2025/00001 has no line 9"
    ]
    assert [(r.row, r.quantity, r.value) for r in preview.rows] == [
        (2, Decimal(10), Decimal(12500))
    ]


# --------------------------------------------------------------------------- the template itself
# Issue 16: the report is laid out exactly as the ATT template (CSP2, amended at CSP7).

PUBLIC = "This report may be made publicly available by the ATT Secretariat"


def _pdf_text(pdf: Path) -> str:
    """The PDF's text with every run of white space one space (a cell may wrap anywhere)."""
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_annex_1_reproduces_the_un_register_definitions(
    db: Database, register: Register, tmp_path: Path, language: str
) -> None:
    """(a) Annex 1 prints every UN Register definition (I-VII) and the SALW sub-categories,
    in the report's language; nothing is "not reproduced"."""
    from att_desktop.domain.categories import load_categories
    from att_desktop.domain.reporting.definitions import load_un_definitions
    from att_desktop.domain.reporting.template import load_report_template
    from att_desktop.formats.report_labels import row_label, template_text

    report = collect(db, options(), today=date(2026, 3, 2))
    pdf = tmp_path / f"{language}.pdf"
    write_annual_report_pdf(report, pdf, language=language)
    text = _pdf_text(pdf)
    assert "not reproduced" not in text
    template = load_report_template()
    annex_1 = template_text("annex.annex_1", template.annex_titles["annex_1"], language)
    annex_2 = template_text(
        "annex.national_definitions", template.annex_titles["national_definitions"], language
    )
    annex = text[text.index(_squash(annex_1)) : text.index(_squash(annex_2))]
    definitions = load_un_definitions().definitions
    assert {d.code.split(".")[0] for d in definitions} == {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII"
    }  # fmt: skip
    for d in definitions:
        assert _squash(d.text(language)) in annex, d.code
    if language == "fr":
        assert "16,5 tonnes métriques" in annex  # translated, not the English text
    catalogue = load_categories()
    salw = [c for c in catalogue.all() if c.parent in ("VIII.SA", "VIII.LW")]
    assert len(salw) == 13
    for category in salw:
        assert _squash(row_label(category, language)) in annex, category.code


def test_a_nil_report_form_only_for_a_direction_with_nothing_to_report(
    db: Database, register: Register, tmp_path: Path
) -> None:
    """(b) The nil report forms replace a table: none beside a submitted table."""
    # 2025: exports to report, no imports -> the imports nil report only.
    pdf = tmp_path / "2025.pdf"
    write_annual_report_pdf(collect(db, options(), today=date(2026, 3, 2)), pdf)
    text = _pdf_text(pdf)
    assert "Annex 3: Nil reports" in text and "Nil report on imports" in text
    assert "Nil report on exports" not in text and "Not applicable" not in text
    assert "EXPORTS" in text and "IMPORTS" not in text  # no empty imports table page
    assert "Sweden had no imports of conventional arms" in text
    assert "Sweden had no exports" not in text

    # 2024: both tables -> no nil report form, no Annex 3.
    pdf = tmp_path / "2024.pdf"
    write_annual_report_pdf(collect(db, options(year=2024), today=date(2025, 3, 1)), pdf)
    text = _pdf_text(pdf)
    assert "EXPORTS" in text and "IMPORTS" in text
    assert "Annex 3" not in text and "Nil report on" not in text and "Not applicable" not in text

    # 2023: nothing at all -> both nil report forms and no table.
    report = collect(db, options(year=2023), today=date(2024, 3, 1))
    assert report.exports.nil and report.imports.nil
    pdf = tmp_path / "2023.pdf"
    write_annual_report_pdf(report, pdf)
    text = _pdf_text(pdf)
    assert "Nil report on exports" in text and "Nil report on imports" in text
    assert "Final importing State" not in text and "Exporting State" not in text
    write_json(report, tmp_path / "2023.json")
    data = json.loads((tmp_path / "2023.json").read_text(encoding="utf-8"))
    assert data["annexes"]["nil_reports"] == {"exports": True, "imports": True}


def test_each_table_has_the_explanatory_notes_and_no_total_row(
    db: Database, register: Register, tmp_path: Path
) -> None:
    """(c) The template's notes under each table; (e) no "Total" adding tanks to pistols."""
    from att_desktop.domain.reporting.template import load_report_template

    pdf = tmp_path / "2024.pdf"
    write_annual_report_pdf(collect(db, options(year=2024), today=date(2025, 3, 1)), pdf)
    text = _pdf_text(pdf)
    notes = load_report_template().explanatory_notes
    assert {key for key, _ in notes} >= {"basis", "measure", "description", "comments"}
    assert {key for key, _ in notes} >= {"definitions"}  # national definitions explained
    assert text.count("Explanatory notes") == 2  # under the Exports and the Imports table
    for _, note in notes:
        assert text.count(_squash(note)) == 2, note
    assert re.search(r"\bTotal\b", text, re.IGNORECASE) is None

    pdf = tmp_path / "2025.pdf"
    write_annual_report_pdf(collect(db, options(), today=date(2026, 3, 2)), pdf)
    text = _pdf_text(pdf)
    assert text.count("Explanatory notes") == 1  # the imports nil report has no table
    assert re.search(r"\bTotal\b", text, re.IGNORECASE) is None
    assert "144" not in text  # 4 vehicles + 100 rifles + 30 pistols + 10 mortars


@pytest.mark.parametrize(("exports_public", "imports_public"), [(True, False), (False, True)])
def test_publication_is_asked_on_each_form(
    db: Database, register: Register, tmp_path: Path, exports_public: bool, imports_public: bool
) -> None:
    """(d) "May be made publicly available" on the exports form and on the imports form (its
    nil report in 2025), each with its own answer, from the options to the PDF and the data."""
    chosen = options(exports_public=exports_public, imports_public=imports_public)
    report = collect(db, chosen, today=date(2026, 3, 2))
    assert (report.title_page.exports_public, report.title_page.imports_public) == (
        exports_public,
        imports_public,
    )
    pdf = tmp_path / "report.pdf"
    write_annual_report_pdf(report, pdf)
    text = _pdf_text(pdf)

    def answer(after: str) -> str:
        """The ticked answer of the first question after ``after``: an X precedes it."""
        start = text.index(PUBLIC, text.index(after)) + len(PUBLIC)
        following = text[start : start + 12]
        assert following.startswith((" X Yes No", " Yes X No")), following
        return "yes" if following.startswith(" X Yes") else "no"

    assert text.count(PUBLIC) == 2  # one per form, none for the report as a whole
    assert text.index(PUBLIC) > text.index("EXPORTS")  # not on the title page
    assert answer("EXPORTS") == ("yes" if exports_public else "no")
    assert answer("Nil report on imports") == ("yes" if imports_public else "no")

    write_json(report, tmp_path / "report.json")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["exports"]["may_be_made_public"] is exports_public
    assert data["imports"]["may_be_made_public"] is imports_public
    write_xlsx(report, tmp_path / "report.xlsx")
    title = {
        r[0]: r[1]
        for r in load_workbook(tmp_path / "report.xlsx")["Title page"].iter_rows(values_only=True)
        if r[0]
    }
    assert title["Exports form may be made public"] == ("Yes" if exports_public else "No")
    assert title["Imports form may be made public"] == ("Yes" if imports_public else "No")


def test_national_categories_are_declared_only_when_reported(
    db: Database, register: Register, tmp_path: Path
) -> None:
    """(f) Asking for national categories when no item is national-only declares none."""
    report = collect(db, options(include_national_categories=True), today=date(2026, 3, 2))
    assert not any(r.national for r in report.exports.rows + report.imports.rows)
    assert report.title_page.national_categories_included is False
    pdf = tmp_path / "report.pdf"
    write_annual_report_pdf(report, pdf)
    assert "Voluntary national categories Included X Not included" in _pdf_text(pdf)
    write_json(report, tmp_path / "report.json")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["title_page"]["national_categories_included"] is False
    assert data["exports"]["national_categories_included"] is False
