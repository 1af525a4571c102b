"""The per-line "comment for the annual report": saved, edited, carried by the case file and
the register spreadsheet, and printed in the report's "Comments on the transfer" column."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from att_desktop.db.engine import Database, open_database
from att_desktop.db.models import Application
from att_desktop.domain.application import LineItemInput, OrganisationInput, PartyInput
from att_desktop.domain.enums import PartyRole, PartyType
from att_desktop.domain.reporting import ReportOptions
from att_desktop.formats.pdf_annual_report import write_annual_report_pdf
from att_desktop.formats.register_sheet import COLUMN_NAMES
from att_desktop.formats.report_writers import write_csv, write_json, write_xlsx
from att_desktop.services import cases
from att_desktop.services.case_files import export_case, import_case
from att_desktop.services.dto import CaseDetail
from att_desktop.services.imports import ImportAuthorisationInput, record_import_authorisation
from att_desktop.services.register_files import export_register, import_register
from att_desktop.services.reporting import collect
from tests.conftest import FreshSqlite
from tests.factories import application, item

DEMO = "temporary export for demonstration, to be returned"
G2G = "transfer under a government-to-government agreement"


def test_comment_is_saved_shown_and_its_edit_recorded(db: Database) -> None:
    case = cases.create_application(
        db, application(items=(item(report_comment=f"  {DEMO} "), item(description="Rifle")))
    )
    assert [i.report_comment for i in case.items] == [DEMO, ""]  # trimmed, empty by default
    assert [i.report_comment for i in cases.get_case(db, case.id).items] == [DEMO, ""]
    assert case.to_input().items[0].report_comment == DEMO

    changed = (case.to_input().items[0], replace(case.to_input().items[1], report_comment=G2G))
    edited = cases.update_application(
        db, case, replace(case.to_input(), items=changed), reason="Applicant's letter"
    )
    assert [i.report_comment for i in edited.items] == [DEMO, G2G]
    last = edited.history[-1]
    assert last.action == "updated" and last.before is not None and last.after is not None
    assert [i["report_comment"] for i in last.before["items"]] == [DEMO, ""]
    assert [i["report_comment"] for i in last.after["items"]] == [DEMO, G2G]


def test_comment_travels_in_the_case_file(
    fresh_sqlite: FreshSqlite, db: Database, tmp_path: Path
) -> None:
    case = cases.create_application(db, application(items=(item(report_comment=G2G),)))
    data = export_case(db, case.id)
    assert data["items"][0]["report_comment"] == G2G
    other = open_database(fresh_sqlite(tmp_path / "other.sqlite3"))
    try:
        imported = import_case(other, json.loads(json.dumps(data)))
        assert [i.report_comment for i in imported.items] == [G2G]
        # a file written before the field existed still imports, with an empty comment
        del data["items"][0]["report_comment"]
        older = import_case(other, data, new_reference=True)
        assert [i.report_comment for i in older.items] == [""]
    finally:
        other.close()


def _cases(db: Database) -> list[CaseDetail]:
    with db.session() as session:
        ids = list(session.scalars(select(Application.id).order_by(Application.id)))
    return [cases.get_case(db, i) for i in ids]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_comment_round_trips_through_the_register_spreadsheet(
    fresh_sqlite: FreshSqlite, db: Database, tmp_path: Path, suffix: str
) -> None:
    cases.create_application(
        db, application(items=(item(report_comment=DEMO), item(description="Rifle")))
    )
    path = tmp_path / f"register{suffix}"
    export_register(db, path)
    fresh = open_database(fresh_sqlite(tmp_path / "fresh.sqlite3"))
    try:
        report = import_register(fresh, path)
        assert report.written and not report.warnings, report
        (imported,) = _cases(fresh)
        assert [i.report_comment for i in imported.items] == [DEMO, ""]
    finally:
        fresh.close()


def test_a_register_file_without_the_comment_column_still_imports(
    fresh_sqlite: FreshSqlite, db: Database, tmp_path: Path
) -> None:
    cases.create_application(db, application(items=(item(report_comment=DEMO),)))
    path = tmp_path / "register.csv"
    export_register(db, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["report_comment"] == DEMO
    older = tmp_path / "older.csv"
    kept = [c for c in COLUMN_NAMES if c != "report_comment"]
    with older.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, kept, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    fresh = open_database(fresh_sqlite(tmp_path / "fresh.sqlite3"))
    try:
        report = import_register(fresh, older)
        assert report.written and not report.errors and not report.warnings, report
        (imported,) = _cases(fresh)
        assert [i.report_comment for i in imported.items] == [""]
    finally:
        fresh.close()


def _pistols(comment: str, **kw: object) -> LineItemInput:
    return LineItemInput(
        "Pistol 9 mm",
        Decimal(100),
        att_category="VIII.SA.1",
        control_rating="ML1",
        value=Decimal(40000),
        currency="EUR",
        report_comment=comment,
        **kw,  # type: ignore[arg-type]
    )


SECRET = "for the special forces' covert unit"


def test_annual_report_prints_each_lines_comment_but_never_a_withheld_ones(
    db: Database, tmp_path: Path
) -> None:
    record_import_authorisation(
        db,
        ImportAuthorisationInput(
            importer=OrganisationInput("National Police", "SE"),
            exporting_code="DE",
            importing_code="SE",
            end_user=PartyInput(PartyRole.END_USER, PartyType.GOVERNMENT, "National Police", "SE"),
            items=(
                _pistols(DEMO),
                _pistols(G2G),
                _pistols(DEMO),  # the same comment twice is printed once
                _pistols(SECRET, withheld=True, withheld_reason="national security"),
            ),
            issued_on=date(2025, 11, 3),
            valid_until=date(2026, 11, 2),
        ),
    )
    report = collect(db, ReportOptions(year=2025, reporting_state="SE"))
    (row,) = report.imports.rows
    assert (row.category, row.counterpart, row.number_of_items) == ("VIII.SA.1", "DE", 300)
    assert row.comments == (DEMO, G2G)
    assert report.imports.withheld_lines == 1

    write_json(report, tmp_path / "report.json")
    text = (tmp_path / "report.json").read_text(encoding="utf-8")
    (json_row,) = json.loads(text)["imports"]["rows"]
    assert json_row["comments"] == [DEMO, G2G]

    write_csv(report, tmp_path / "report.csv")
    csv_text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert f"{DEMO}; {G2G}" in csv_text

    write_xlsx(report, tmp_path / "report.xlsx")
    book = load_workbook(tmp_path / "report.xlsx", read_only=True)
    cells = {
        str(c) for sheet in book.worksheets for r in sheet.iter_rows(values_only=True) for c in r
    }
    book.close()
    assert f"{DEMO}; {G2G}" in cells

    write_annual_report_pdf(report, tmp_path / "report.pdf")
    pdf_text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "report.pdf").pages
    )
    # A word wider than its column is cut by reportlab (at the font's metrics): read it whole.
    assert "government-to-government" in pdf_text.replace(" ", "")

    for output in (text, csv_text, " ".join(cells), pdf_text):
        assert "covert" not in output
