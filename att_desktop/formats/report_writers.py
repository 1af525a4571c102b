"""The annual report as data files: JSON (documented schema), XLSX and CSV.

These only format an ``AnnualReport``; every figure was computed by the domain. Amounts are
written exactly (JSON: decimal strings; XLSX: numbers; CSV: plain decimals with a dot).

CSV is **one long file** with a ``table`` column (``exports``/``imports``): one file is what
``--out FILE`` can name, it loads into any spreadsheet or statistics tool as one table, and
a nil table is a single row that says so. Title page and findings are in the JSON and XLSX.
See ``docs/annual-report-json.md``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from att_desktop import __version__
from att_desktop.domain.categories import CategoryCatalogue, load_categories
from att_desktop.domain.reporting.model import AnnualReport, Finding, ReportRow, ReportTable
from att_desktop.domain.reporting.records import Direction
from att_desktop.domain.reporting.template import ReportTemplate, load_report_template
from att_desktop.formats.report_labels import category_label, row_label, state_name
from att_desktop.formats.table_files import csv_text, keep_formulas_as_text

SCHEMA_VERSION = 1
FORMATS = ("pdf", "xlsx", "csv", "json")


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _table_title(table: ReportTable) -> str:
    kind = "Exports" if table.direction is Direction.EXPORT else "Imports"
    return f"{kind} ({table.basis.value})"


# --------------------------------------------------------------------------- JSON


def _state(code: str) -> dict[str, str]:
    return {"code": code, "name": state_name(code)}


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "severity": f.severity.value,
        "code": f.code,
        "message": f.message,
        "link": f.link.as_dict(),
        "related": [link.as_dict() for link in f.related],
    }


def _json_row(row: ReportRow, catalogue: CategoryCatalogue) -> dict[str, Any]:
    return {
        "category": row.category,
        "category_label": category_label(row.category, catalogue),
        "counterpart": _state(row.counterpart),
        "number_of_items": _amount(row.number_of_items),
        "value": _amount(row.value),
        "value_complete": row.value_complete,
        "state_of_origin": [_state(c) for c in row.origins],
        "intermediate_location": [_state(c) for c in row.intermediate],
        "description": list(row.descriptions),
        "comments": list(row.comments),
    }


def _json_table(table: ReportTable, catalogue: CategoryCatalogue) -> dict[str, Any]:
    return {
        "basis": table.basis.value,
        "nil_report": table.nil,
        "measure": table.measure.value,
        "currency": table.currency,
        "civilian_small_arms_included": table.civilian_small_arms_included,
        "national_categories_included": table.national_categories_included,
        "withheld_lines": table.withheld_lines,
        "total_items": _amount(table.total_items),
        "total_value": _amount(table.total_value),
        "category_totals": [
            {
                "category": t.category,
                "number_of_items": _amount(t.number_of_items),
                "value": _amount(t.value),
            }
            for t in table.totals_by_category().values()
        ],
        "rows": [_json_row(r, catalogue) for r in table.rows],
    }


def report_dict(report: AnnualReport) -> dict[str, Any]:
    """The report as JSON-ready data (schema in docs/annual-report-json.md)."""
    catalogue = load_categories()
    title = report.title_page
    contact = title.contact
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "att_annual_report",
        "generated_by": f"ATT Desktop {__version__}",
        "generated_on": title.generated_on.isoformat(),
        "template": {"source": report.template_source, "as_of": report.template_as_of},
        "title_page": {
            "reporting_state": _state(title.reporting_state),
            "year": title.year,
            "national_point_of_contact": {
                "name": contact.name,
                "position": contact.position,
                "organisation": contact.organisation,
                "address": contact.address,
                "telephone": contact.telephone,
                "email": contact.email,
            },
            "may_be_made_public": title.may_be_made_public,
            "information_withheld": title.information_withheld,
            "exports_basis": title.exports_basis.value,
            "imports_basis": title.imports_basis.value,
            "measure": title.measure.value,
            "report_currency": title.report_currency,
            "civilian_small_arms_included": title.civilian_small_arms_included,
            "national_categories_included": title.national_categories_included,
        },
        "exports": _json_table(report.exports, catalogue),
        "imports": _json_table(report.imports, catalogue),
        "annexes": {
            "national_definitions": [
                {
                    "category": d.category,
                    "category_label": category_label(d.category, catalogue)
                    if catalogue.is_valid(d.category, selectable_only=False)
                    else d.category,
                    "definition": d.definition,
                }
                for d in report.annexes.national_definitions
            ],
            "nil_reports": {
                "exports": report.annexes.nil_exports,
                "imports": report.annexes.nil_imports,
            },
        },
        "exchange_rates": [
            {
                "year": title.year,
                "currency": c,
                "report_currency": title.report_currency,
                "rate": _amount(r),
            }
            for c, r in report.rates_used.items()
        ],
        "findings": [_finding(f) for f in report.findings],
    }


def write_json(report: AnnualReport, out: Path) -> None:
    text = json.dumps(report_dict(report), ensure_ascii=False, indent=2)
    out.write_text(text + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "table",
    "basis",
    "category_code",
    "category",
    "counterpart_code",
    "counterpart",
    "number_of_items",
    "value",
    "currency",
    "value_complete",
    "state_of_origin",
    "intermediate_location",
    "description",
    "comments",
)


def csv_rows(report: AnnualReport) -> Iterator[dict[str, str]]:
    catalogue = load_categories()
    for table in (report.exports, report.imports):
        name = table.direction.value + "s"
        if table.nil:
            yield {
                "table": name,
                "basis": table.basis.value,
                "comments": f"Nil report: no {name} to report for {report.title_page.year}",
            }
            continue
        for row in table.rows:
            yield {
                "table": name,
                "basis": table.basis.value,
                "category_code": row.category,
                "category": category_label(row.category, catalogue),
                "counterpart_code": row.counterpart,
                "counterpart": state_name(row.counterpart),
                "number_of_items": _amount(row.number_of_items) or "",
                "value": _amount(row.value) or "",
                "currency": table.currency if row.value is not None else "",
                "value_complete": "yes" if row.value_complete else "no",
                "state_of_origin": "; ".join(row.origins),
                "intermediate_location": "; ".join(row.intermediate),
                "description": "; ".join(row.descriptions),
                "comments": "; ".join(row.comments),
            }


def write_csv(report: AnnualReport, out: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in csv_rows(report):
        writer.writerow({k: csv_text(v) for k, v in row.items()})
    out.write_text(buffer.getvalue(), encoding="utf-8-sig")


# --------------------------------------------------------------------------- XLSX

XLSX_TABLE_HEADER = (
    "Code",
    "Category / sub-category",
    "{counterpart}",
    "ISO code",
    "Number of items",
    "Value ({currency})",
    "State of origin (if not exporter)",
    "Intermediate location (if any)",
    "Description of item",
    "Comments on the transfer",
)


def _xlsx_table(
    ws: Any, table: ReportTable, report: AnnualReport, template: ReportTemplate
) -> None:
    from openpyxl.styles import Font, PatternFill

    catalogue = load_categories()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6EF")
    key = table.direction.value + "s"
    ws.append(
        [f"{template.table_titles[key]}: {table.basis.value} {key}, {report.title_page.year}"]
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            f"Report on {table.basis.value} {key}; measure: {table.measure.value}; "
            f"currency: {table.currency}"
        ]
    )
    ws.append([])
    counterpart = template.column_label(key, "counterpart")
    header = [h.format(counterpart=counterpart, currency=table.currency) for h in XLSX_TABLE_HEADER]
    ws.append(header)
    for cell in ws[ws.max_row]:
        cell.font, cell.fill = bold, fill
    if table.nil:
        ws.append(["", template.nil_text.get(key, f"Nil report: no {key}.")])
        return
    for trow in template.rows:
        category = catalogue.get(trow.category)
        rows = table.rows_for(trow.category)
        if trow.heading or not rows:
            ws.append([trow.category, row_label(category)])
            if trow.heading:
                ws.cell(ws.max_row, 2).font = bold
            continue
        for row in rows:
            ws.append(_xlsx_row(row, row_label(category), table))
    national = [r for r in table.rows if r.national]
    if national:
        ws.append(["", template.national_label])
        ws.cell(ws.max_row, 2).font = bold
        for row in national:
            ws.append(_xlsx_row(row, f"National category {row.rating}", table))
    ws.append(
        [
            "TOTAL",
            "All categories",
            "",
            "",
            table.total_items,
            table.total_value,
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = bold
    widths = (11, 40, 24, 8, 14, 16, 22, 22, 40, 30)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def _xlsx_row(row: ReportRow, label: str, table: ReportTable) -> list[Any]:
    comments = list(row.comments)
    if table.measure.has_value and not row.value_complete:
        comments.append("Value incomplete: see findings")
    return [
        row.category,
        label,
        state_name(row.counterpart),
        row.counterpart,
        row.number_of_items,
        row.value,
        ", ".join(state_name(c) for c in row.origins),
        ", ".join(state_name(c) for c in row.intermediate),
        "; ".join(row.descriptions),
        "; ".join(comments),
    ]


def write_xlsx(report: AnnualReport, out: Path) -> None:
    """Sheets: Title page, Exports, Imports, Annexes, Findings."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    template = load_report_template()
    catalogue = load_categories()
    wb = Workbook()
    title = report.title_page
    ws = wb.active
    ws.title = "Title page"
    ws.append([template.title])
    ws["A1"].font = Font(bold=True, size=13)
    contact = title.contact
    pairs: list[tuple[str, Any]] = [
        ("Reporting State", f"{state_name(title.reporting_state)} ({title.reporting_state})"),
        ("Calendar year", title.year),
        ("National point of contact", "\n".join(contact.lines())),
        ("May be made public", "Yes" if title.may_be_made_public else "No"),
        (
            "Information withheld (Art. 13(3))",
            "Yes" if title.information_withheld else "No",
        ),
        (
            "Exports",
            f"{title.exports_basis.value}" + (" (nil report)" if report.exports.nil else ""),
        ),
        (
            "Imports",
            f"{title.imports_basis.value}" + (" (nil report)" if report.imports.nil else ""),
        ),
        ("Measure", title.measure.value),
        ("Report currency", title.report_currency),
        ("Civilian small arms included", "Yes" if title.civilian_small_arms_included else "No"),
        ("National categories included", "Yes" if title.national_categories_included else "No"),
        ("Generated on", title.generated_on.isoformat()),
        ("Template", f"{report.template_source} (as of {report.template_as_of})"),
    ]
    ws.append([])
    for k, v in pairs:
        ws.append([k, v])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 80
    _xlsx_table(wb.create_sheet("Exports"), report.exports, report, template)
    _xlsx_table(wb.create_sheet("Imports"), report.imports, report, template)
    annex = wb.create_sheet("Annexes")
    annex.append([template.annex_titles.get("national_definitions", "National definitions")])
    annex["A1"].font = Font(bold=True)
    annex.append(["Category", "National definition"])
    for d in report.annexes.national_definitions:
        annex.append([category_label(d.category, catalogue), d.definition])
    if not report.annexes.national_definitions:
        annex.append(["", "None: the UN Register definitions are used."])
    annex.append([])
    annex.append([template.annex_titles.get("nil_reports", "Nil reports")])
    annex.cell(annex.max_row, 1).font = Font(bold=True)
    annex.append(["Exports", "Nil report" if report.annexes.nil_exports else "Table submitted"])
    annex.append(["Imports", "Nil report" if report.annexes.nil_imports else "Table submitted"])
    annex.column_dimensions["A"].width = 40
    annex.column_dimensions["B"].width = 90
    findings = wb.create_sheet("Findings")
    findings.append(["Severity", "Code", "Message", "Link"])
    for cell in findings[1]:
        cell.font = Font(bold=True)
    for f in report.findings:
        findings.append(
            [f.severity.value, f.code, f.message, json.dumps(f.link.as_dict(), ensure_ascii=False)]
        )
    findings.column_dimensions["C"].width = 100
    findings.column_dimensions["D"].width = 60
    for sheet in wb.worksheets:
        keep_formulas_as_text(sheet)  # descriptions, comments, the contact: never formulas
    wb.save(out)


def write_report(report: AnnualReport, out: Path, fmt: str) -> None:
    """Write ``report`` as ``fmt`` (pdf, xlsx, csv or json) to ``out``."""
    if fmt == "json":
        write_json(report, out)
    elif fmt == "csv":
        write_csv(report, out)
    elif fmt == "xlsx":
        write_xlsx(report, out)
    elif fmt == "pdf":
        # Here, not at the top: reportlab is loaded only when a PDF is written.
        from att_desktop.formats.pdf_annual_report import write_annual_report_pdf

        write_annual_report_pdf(report, out)
    else:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt != "pdf":  # the PDF writer logs its own
        logging.getLogger(__name__).info(
            "Annual report %s written as %s to %s", report.title_page.year, fmt, out
        )
