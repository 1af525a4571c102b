"""The Wassenaar half-yearly report of deliveries as data files: JSON, CSV, XLSX.

Only formats a ``WassenaarReport`` (``domain.reporting.wassenaar``); the PDF is in
``pdf_national``. JSON stays in English (the exchange format); CSV names States and
categories in the language asked for; XLSX is in that language throughout.
See docs/wassenaar_report.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from att_desktop import __version__
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.wassenaar import CATEGORIES, WassenaarReport
from att_desktop.formats.national_labels import period_label, wa_category_label
from att_desktop.formats.pdf_labels import format_date
from att_desktop.formats.report_labels import report_text, state_name
from att_desktop.formats.report_writers import FORMATS, finding_dict, sheet_name
from att_desktop.formats.table_files import csv_text, keep_formulas_as_text

SCHEMA_VERSION = 1


def _items(report: WassenaarReport, code: str) -> str:
    return format(report.total(code), "f")


def wassenaar_dict(report: WassenaarReport) -> dict[str, Any]:
    catalogue = load_categories()
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "wassenaar_deliveries_to_non_participating_states",
        "generated_by": f"ATT Desktop {__version__}",
        "generated_on": report.generated_on.isoformat(),
        "reporting_state": {
            "code": report.reporting_state,
            "name": state_name(report.reporting_state),
        },
        "period": {
            "year": report.year,
            "half": report.half,
            "from": report.start.isoformat(),
            "to": report.end.isoformat(),
        },
        "participating_states": {
            "source": report.participating_source,
            "as_of": report.participating_as_of,
        },
        "nil_report": report.nil,
        "categories": [
            {
                "category": code,
                "label": wa_category_label(code, "en"),
                "nil": not report.tables[code],
                "total_items": _items(report, code),
                "rows": [
                    {
                        "state": {"code": r.state, "name": state_name(r.state)},
                        "number_of_items": format(r.number_of_items, "f"),
                        "description": list(r.descriptions),
                        "att_categories": [
                            {"code": c, "label": catalogue.label(c)} for c in r.att_categories
                        ],
                    }
                    for r in report.tables[code]
                ],
            }
            for code in CATEGORIES
        ],
        "deliveries_to_participating_states": report.to_participants,
        "withheld_lines": report.withheld_lines,
        "record_anchor": report.record_anchor,
        "findings": [finding_dict(f) for f in report.findings],
    }


def write_wassenaar_json(report: WassenaarReport, out: Path) -> None:
    text = json.dumps(wassenaar_dict(report), ensure_ascii=False, indent=2)
    out.write_text(text + "\n", encoding="utf-8")


CSV_COLUMNS = (
    "year",
    "half",
    "category_code",
    "category",
    "state_code",
    "state",
    "number_of_items",
    "description",
    "att_categories",
)


def csv_rows(report: WassenaarReport, t: str = "en") -> Iterator[dict[str, str]]:
    """One row per category and State; a category with nothing delivered is one nil row."""
    for code in CATEGORIES:
        base = {
            "year": str(report.year),
            "half": str(report.half),
            "category_code": code,
            "category": wa_category_label(code, t),
        }
        rows = report.tables[code]
        if not rows:
            yield {**base, "number_of_items": "0", "description": report_text("Nil", t)}
            continue
        for r in rows:
            yield {
                **base,
                "state_code": r.state,
                "state": state_name(r.state, t),
                "number_of_items": format(r.number_of_items, "f"),
                "description": "; ".join(r.descriptions),
                "att_categories": "; ".join(r.att_categories),
            }


def write_wassenaar_csv(report: WassenaarReport, out: Path, language: str = "en") -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n", restval="")
    writer.writeheader()
    for row in csv_rows(report, language):
        writer.writerow({k: csv_text(v) for k, v in row.items()})
    out.write_text(buffer.getvalue(), encoding="utf-8-sig")


def write_wassenaar_xlsx(report: WassenaarReport, out: Path, language: str = "en") -> None:
    """One sheet: every category's table in turn (a nil line where nothing was delivered),
    then the findings sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    t = language
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6EF")
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(report_text("Deliveries", t))
    ws.append([report_text("Wassenaar Arrangement: arms delivered to non-participating States", t)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            report_text("Reporting State", t),
            state_name(report.reporting_state, t),
            report_text("Period", t),
            period_label(report, t),
        ]
    )
    if report.nil:
        ws.append([report_text("Nil report: nothing to report for the period.", t)])
    for code in CATEGORIES:
        ws.append([])
        ws.append([wa_category_label(code, t)])
        ws.cell(ws.max_row, 1).font = bold
        ws.append(
            [
                report_text("State of import", t),
                report_text("ISO code", t),
                report_text("Number of items", t),
                report_text("Description", t),
            ]
        )
        for c in ws[ws.max_row]:
            c.font, c.fill = bold, fill
        rows = report.tables[code]
        if not rows:
            ws.append([report_text("Nil", t)])
            continue
        for r in rows:
            ws.append(
                [state_name(r.state, t), r.state, r.number_of_items, "; ".join(r.descriptions)]
            )
        ws.append([report_text("TOTAL", t), "", report.total(code)])
        ws.cell(ws.max_row, 1).font = bold
    for col, width in zip("ABCD", (30, 10, 16, 70), strict=True):
        ws.column_dimensions[col].width = width
    findings = wb.create_sheet(sheet_name(report_text("Findings", t)))
    findings.append([report_text("Severity", t), report_text("Code", t), report_text("Message", t)])
    for f in report.findings:
        findings.append([f.severity.value, f.code, f.text(t)])
    findings.column_dimensions["C"].width = 100
    for sheet in wb.worksheets:
        keep_formulas_as_text(sheet)
    wb.save(out)


def write_wassenaar_report(
    report: WassenaarReport, out: Path, fmt: str, *, language: str = "en"
) -> None:
    if fmt == "json":
        write_wassenaar_json(report, out)
    elif fmt == "csv":
        write_wassenaar_csv(report, out, language)
    elif fmt == "xlsx":
        write_wassenaar_xlsx(report, out, language)
    elif fmt == "pdf":
        from att_desktop.formats.pdf_national import write_wassenaar_pdf

        write_wassenaar_pdf(report, out, language=language)
    else:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")


__all__ = ["format_date", "write_wassenaar_report"]
