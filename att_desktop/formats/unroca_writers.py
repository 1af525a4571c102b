"""The UN Register report as data files: JSON (English, codes), CSV (one long file) and XLSX.

Like ``report_writers`` for the ATT report, these only format an ``UnrocaReport``; every
figure was added up by the ATT report's aggregation. Numbers of items are written exactly
(JSON: decimal strings; XLSX: numbers; CSV: plain decimals). The CSV has a ``table`` column
(``exports``, ``imports``, ``salw_exports``, ``salw_imports``, ``holdings``, ``production``);
a nil table is one row that says so.
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
from att_desktop.domain.reporting.model import ReportRow
from att_desktop.domain.reporting.unroca import (
    BackgroundEntry,
    BackgroundKind,
    UnrocaReport,
    UnrocaTable,
    salw_rows,
    standard_rows,
)
from att_desktop.formats.pdf_labels import format_date, join, with_details
from att_desktop.formats.report_labels import category_label, report_text, row_label, state_name
from att_desktop.formats.report_writers import finding_dict, sheet_name
from att_desktop.formats.table_files import csv_text, keep_formulas_as_text
from att_desktop.formats.unroca_labels import (
    FORM_SOURCE,
    background_title,
    basis_note,
    columns,
    form_source,
    nil_text,
    table_title,
    unroca_text,
    withheld_note,
)

SCHEMA_VERSION = 1
FORMATS = ("pdf", "xlsx", "csv", "json")


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _state(code: str) -> dict[str, str]:
    return {"code": code, "name": state_name(code)}


def _json_row(row: ReportRow, catalogue: CategoryCatalogue) -> dict[str, Any]:
    return {
        "category": row.category,
        "category_label": category_label(row.category, catalogue),
        "counterpart": _state(row.counterpart),
        "number_of_items": _amount(row.number_of_items),
        "state_of_origin": [_state(c) for c in row.origins],
        "intermediate_location": [_state(c) for c in row.intermediate],
        "description": list(row.descriptions),
        "comments": list(row.comments),
    }


def _json_table(table: UnrocaTable, catalogue: CategoryCatalogue) -> dict[str, Any]:
    return {
        "nil": table.nil,
        "total_items": _amount(table.total_items),
        "category_totals": [
            {"category": code, "number_of_items": _amount(items)}
            for code, items in table.totals_by_category().items()
        ],
        "rows": [_json_row(r, catalogue) for r in table.rows],
    }


def _json_background(entry: BackgroundEntry, catalogue: CategoryCatalogue) -> dict[str, Any]:
    return {
        "category": entry.category,
        "category_label": category_label(entry.category, catalogue),
        "number_of_items": _amount(entry.number_of_items),
        "description": entry.description,
        "remarks": entry.remarks,
    }


def unroca_dict(report: UnrocaReport) -> dict[str, Any]:
    """The report as JSON-ready data (described in docs/unroca_report.md)."""
    catalogue = load_categories()
    contact = report.contact
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "un_register_report",
        "generated_by": f"ATT Desktop {__version__}",
        "generated_on": report.generated_on.isoformat(),
        "form": FORM_SOURCE,
        "reporting_state": _state(report.reporting_state),
        "calendar_year": report.year,
        "national_point_of_contact": list(contact.lines()),
        "basis": report.basis.value,
        "values_reported": False,
        "withheld_lines": report.withheld_lines,
        "record_anchor": report.record_anchor,
        "tables": {t.key: _json_table(t, catalogue) for t in report.tables},
        "background": {
            kind.value: [_json_background(e, catalogue) for e in report.background_of(kind)]
            for kind in BackgroundKind
        },
        "findings": [finding_dict(f) for f in report.findings],
    }


def write_json(report: UnrocaReport, out: Path) -> None:
    text = json.dumps(unroca_dict(report), ensure_ascii=False, indent=2)
    out.write_text(text + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "table",
    "category_code",
    "category",
    "counterpart_code",
    "counterpart",
    "number_of_items",
    "state_of_origin",
    "intermediate_location",
    "description",
    "comments",
)


def csv_rows(report: UnrocaReport, language: str = "en") -> Iterator[dict[str, str]]:
    """The CSV's rows: keys and codes as documented, names and notes in ``language``."""
    catalogue = load_categories()
    for table in report.tables:
        if table.nil:
            yield {"table": table.key, "comments": nil_text(table, report.year, language)}
            continue
        for row in table.rows:
            yield {
                "table": table.key,
                "category_code": row.category,
                "category": category_label(row.category, catalogue, language),
                "counterpart_code": row.counterpart,
                "counterpart": state_name(row.counterpart, language),
                "number_of_items": _amount(row.number_of_items) or "",
                "state_of_origin": "; ".join(row.origins),
                "intermediate_location": "; ".join(row.intermediate),
                "description": "; ".join(row.descriptions),
                "comments": "; ".join(row.comments),
            }
    for kind in BackgroundKind:
        for entry in report.background_of(kind):
            yield {
                "table": kind.value,
                "category_code": entry.category,
                "category": category_label(entry.category, catalogue, language),
                "number_of_items": _amount(entry.number_of_items) or "",
                "description": entry.description,
                "comments": entry.remarks,
            }


def write_csv(report: UnrocaReport, out: Path, language: str = "en") -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in csv_rows(report, language):
        writer.writerow({k: csv_text(v) for k, v in row.items()})
    out.write_text(buffer.getvalue(), encoding="utf-8-sig")


# --------------------------------------------------------------------------- XLSX


def _xlsx_table(ws: Any, table: UnrocaTable, report: UnrocaReport, t: str) -> None:
    from openpyxl.styles import Font, PatternFill

    catalogue = load_categories()
    bold = Font(bold=True)
    ws.append([table_title(table, t)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([unroca_text("Calendar year {year}", t, year=report.year)])
    ws.append([basis_note(t)])
    ws.append([])
    ws.append([report_text("Code", t), *columns(table, t), report_text("ISO code", t)])
    fill = PatternFill("solid", fgColor="DDE6EF")
    for cell in ws[ws.max_row]:
        cell.font, cell.fill = bold, fill
    if table.nil:
        ws.append(["", nil_text(table, report.year, t)])
        return
    for category in salw_rows(catalogue) if table.salw else standard_rows(catalogue):
        rows = table.rows_for(category.code)
        if not category.selectable or not rows:
            ws.append([category.code, row_label(category, t)])
            if not category.selectable:
                ws.cell(ws.max_row, 2).font = bold
            continue
        for row in rows:
            ws.append(
                [
                    row.category,
                    row_label(category, t),
                    state_name(row.counterpart, t),
                    row.number_of_items,
                    join((state_name(c, t) for c in row.origins), t),
                    join((state_name(c, t) for c in row.intermediate), t),
                    "; ".join(row.descriptions),
                    "; ".join(row.comments),
                    row.counterpart,
                ]
            )
    ws.append([report_text("TOTAL", t), "", "", table.total_items])
    for cell in ws[ws.max_row]:
        cell.font = bold
    for i, width in enumerate((11, 40, 24, 12, 22, 22, 40, 30, 8)):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def _xlsx_title(ws: Any, report: UnrocaReport, t: str) -> None:
    from openpyxl.styles import Font

    ws.title = sheet_name(unroca_text("Title page", t))
    ws.append([unroca_text("United Nations Register of Conventional Arms", t)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    pairs: list[tuple[str, Any]] = [
        (
            report_text("Reporting State", t),
            with_details(state_name(report.reporting_state, t), report.reporting_state, t),
        ),
        (report_text("Calendar year", t), report.year),
        (report_text("National point of contact", t), "\n".join(report.contact.lines())),
        (unroca_text("Figures", t), basis_note(t)),
        (report_text("Generated on", t), format_date(report.generated_on, t)),
        (unroca_text("Form", t), form_source(t)),
    ]
    if report.withheld_lines:
        pairs.append((unroca_text("Withheld", t), withheld_note(report.withheld_lines, t)))
    for table in report.tables:
        pairs.append((table_title(table, t), nil_text(table, report.year, t) if table.nil else ""))
    for key, value in pairs:
        ws.append([key, value])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 90


def _xlsx_background(ws: Any, report: UnrocaReport, t: str) -> None:
    from openpyxl.styles import Font

    catalogue = load_categories()
    for kind in BackgroundKind:
        ws.append([background_title(kind, t)])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
        ws.append(
            [
                unroca_text("Category", t),
                unroca_text("Number of items", t),
                unroca_text("Description of item", t),
                unroca_text("Remarks", t),
            ]
        )
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        entries = report.background_of(kind)
        for e in entries:
            ws.append(
                [
                    category_label(e.category, catalogue, t),
                    e.number_of_items,
                    e.description,
                    e.remarks,
                ]
            )
        if not entries:
            ws.append([unroca_text("No information given.", t)])
        ws.append([])
    for col, width in zip("ABCD", (40, 14, 50, 40), strict=True):
        ws.column_dimensions[col].width = width


def write_xlsx(report: UnrocaReport, out: Path, language: str = "en") -> None:
    """Sheets: Title page, the four tables, Background information, Findings."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = language
    wb = Workbook()
    _xlsx_title(wb.active, report, t)
    for table in report.tables:
        _xlsx_table(wb.create_sheet(sheet_name(table_title(table, t))), table, report, t)
    background = wb.create_sheet(sheet_name(unroca_text("Background information", t)))
    _xlsx_background(background, report, t)
    findings = wb.create_sheet(sheet_name(report_text("Findings", t)))
    findings.append(
        [
            report_text("Severity", t),
            report_text("Code", t),
            report_text("Message", t),
            report_text("Link", t),
        ]
    )
    for cell in findings[1]:
        cell.font = Font(bold=True)
    for f in report.findings:
        findings.append(
            [f.severity.value, f.code, f.text(t), json.dumps(f.link.as_dict(), ensure_ascii=False)]
        )
    findings.column_dimensions["C"].width = 100
    for sheet in wb.worksheets:
        keep_formulas_as_text(sheet)  # descriptions, comments, the contact: never formulas
    wb.save(out)


def write_unroca(report: UnrocaReport, out: Path, fmt: str, *, language: str = "en") -> None:
    """Write ``report`` as ``fmt`` (pdf, xlsx, csv or json) to ``out`` in ``language`` (the
    JSON is always English, with codes)."""
    if fmt == "json":
        write_json(report, out)
    elif fmt == "csv":
        write_csv(report, out, language)
    elif fmt == "xlsx":
        write_xlsx(report, out, language)
    elif fmt == "pdf":
        from att_desktop.formats.pdf_unroca import write_unroca_pdf

        write_unroca_pdf(report, out, language=language)
    else:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    logging.getLogger(__name__).info(
        "UN Register report %s written as %s to %s", report.year, fmt, out
    )
