"""The EU annual report (issue 16) from a register with known numbers, total by total."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from att_desktop.cli import main
from att_desktop.db.engine import Database
from att_desktop.db.models import LineItem
from att_desktop.domain.reporting import Severity
from att_desktop.services.eu_report import collect_eu_report
from tests.eu_register import YEAR, build


def _rows(section):  # type: ignore[no-untyped-def]
    return {(r.destination, r.category): r for r in section.rows}


def test_exports_per_destination_and_ml_category(db: Database) -> None:
    build(db)
    report = collect_eu_report(db, YEAR)
    rows = _rows(report.exports)
    assert sorted(rows) == [
        ("BR", "ML1"),
        ("BR", "ML2"),
        ("BR", "ML3"),
        ("KP", "ML1"),
        ("KP", "ML4"),
        ("NO", "ML6"),
    ]
    br1 = rows[("BR", "ML1")]
    # E1 and E2 issued in 2025; E4's licence is of 2024, only its shipment counts.
    assert (br1.licences, br1.licence_value, br1.actual_value) == (
        2,
        Decimal("135000.00"),
        Decimal("135000.00"),
    )
    br2 = rows[("BR", "ML2")]
    assert (br2.licences, br2.licence_value, br2.actual_value) == (1, Decimal("36000.00"), 0)
    br3 = rows[("BR", "ML3")]
    assert (br3.licences, br3.licence_value, br3.actual_value) == (
        1,
        Decimal("30000.00"),
        Decimal("12000.00"),
    )
    no6 = rows[("NO", "ML6")]
    assert (no6.licences, no6.licence_value, no6.denials) == (1, Decimal("2000000.00"), 0)
    kp1, kp4 = rows[("KP", "ML1")], rows[("KP", "ML4")]
    assert (kp1.licences, kp1.denials, dict(kp1.criteria)) == (0, 2, {"1": 2, "7": 1})
    assert (kp4.denials, dict(kp4.criteria)) == (1, {"1": 1, "7": 1})
    assert all(r.values_complete for r in rows.values())


def test_export_totals_count_distinct_licences_and_denials(db: Database) -> None:
    build(db)
    total = collect_eu_report(db, YEAR).exports.total
    assert total.licences == 3  # E1 has lines in three categories: one licence
    assert total.licence_value == Decimal("2201000.00")
    assert total.actual_value == Decimal("147000.00")
    assert total.denials == 2  # D3 was decided in 2024
    assert dict(total.criteria) == {"1": 2, "7": 1}


def test_brokering_is_reported_separately(db: Database) -> None:
    build(db)
    report = collect_eu_report(db, YEAR)
    rows = _rows(report.brokering)
    assert sorted(rows) == [("BR", "ML10"), ("YE", "ML4")]
    assert (rows[("BR", "ML10")].licences, rows[("BR", "ML10")].licence_value) == (
        1,
        Decimal("500000.00"),
    )
    assert dict(rows[("YE", "ML4")].criteria) == {"2": 1, "4": 1, "7": 1}
    total = report.brokering.total
    assert (total.licences, total.licence_value, total.denials) == (1, Decimal("500000.00"), 1)
    assert all(dest != "YE" for dest, _ in _rows(report.exports))
    assert report.criteria_codes == ("1", "7", "2", "4")  # no set active: as cited
    assert not report.has_errors


def test_a_rating_off_the_list_is_a_finding_that_opens_the_line(db: Database) -> None:
    build(db)
    with db.session() as s:
        item = s.scalars(select(LineItem).where(LineItem.control_rating == "ML6.a")).one()
        item.control_rating = "Schedule 2, item 7"
        item_id = item.id
    report = collect_eu_report(db, YEAR)
    errors = [f for f in report.findings if f.code == "eu_rating"]
    assert len(errors) == 1 and errors[0].severity is Severity.ERROR
    assert errors[0].link.line_item_id == item_id and errors[0].link.reference == "E3"
    assert "ML10.a" in errors[0].english
    # Shown in the builder's language, naming the line: no English left in French or Arabic.
    french = errors[0].text("fr")
    assert "liste commune des équipements militaires" in french and "E3" in french
    assert "ligne" in french and "not an entry" not in french
    assert "القائمة العسكرية المشتركة" in errors[0].text("ar")
    assert _rows(report.exports)[("NO", "")].licence_value == Decimal("2000000.00")


def test_a_dual_use_line_is_left_out_with_a_note(db: Database) -> None:
    build(db)
    with db.session() as s:
        item = s.scalars(select(LineItem).where(LineItem.control_rating == "ML6.a")).one()
        item.control_rating = "5A002"
    report = collect_eu_report(db, YEAR)
    assert ("NO", "ML6") not in _rows(report.exports) and not report.has_errors
    assert report.exports.total.licences == 2  # E3's only line is dual-use
    (note,) = [f for f in report.findings if f.code == "eu_dual_use"]
    assert note.severity is Severity.INFO and note.link.reference == "E3"


def test_a_missing_exchange_rate_leaves_the_value_out_with_an_error(db: Database) -> None:
    build(db)
    report = collect_eu_report(db, YEAR, currency="USD")
    assert any(f.code == "eu_exchange_rate" for f in report.errors)
    assert not _rows(report.exports)[("BR", "ML1")].values_complete
    assert _rows(report.exports)[("BR", "ML2")].licence_value == Decimal("40000.00")


def test_cli_writes_each_format_and_refuses_with_errors(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(db)
    base = ["--db", db.url, "report", "eu", "--year", str(YEAR)]
    out = tmp_path / "eu.json"
    assert main([*base, "--format", "json", "--out", str(out)]) == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    total = data["sections"]["export"]["total"]
    assert (total["licences_issued"], total["licence_value"]) == (3, "2201000.00")
    assert total["criteria_cited"] == {"1": 2, "7": 1}
    assert data["sections"]["brokering"]["total"]["denials"] == 1
    csv_out = tmp_path / "eu.csv"
    assert main([*base, "--format", "csv", "--out", str(csv_out)]) == 0
    rows = list(csv.DictReader(csv_out.read_text(encoding="utf-8-sig").splitlines()))
    kp = next(r for r in rows if r["destination"] == "KP" and r["ml_category"] == "ML1")
    assert (kp["denials"], kp["criterion_1"], kp["criterion_7"]) == ("2", "2", "1")
    xlsx = tmp_path / "eu.xlsx"
    assert main([*base, "--format", "xlsx", "--out", str(xlsx), "--language", "fr"]) == 0
    sheets = load_workbook(xlsx).sheetnames
    assert len(sheets) == 3 and sheets[0] == "Exportations"
    pdf = tmp_path / "eu.pdf"
    assert main([*base, "--format", "pdf", "--out", str(pdf)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    for needle in (
        "EU annual report on arms exports 2025",
        "Brokering",
        "2,201,000",
        "1 (2), 7 (1)",
    ):
        assert needle in text, needle
    # A rating off the list is an error: nothing is written without --force.
    with db.session() as s:
        s.scalars(
            select(LineItem).where(LineItem.control_rating == "ML6.a")
        ).one().control_rating = "X-99"
    refused = tmp_path / "refused.json"
    assert main([*base, "--format", "json", "--out", str(refused)]) == 1
    assert "X-99" in capsys.readouterr().err and not refused.exists()
    assert main([*base, "--format", "json", "--out", str(refused), "--force"]) == 1
    assert refused.exists()
