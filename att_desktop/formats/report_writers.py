"""The annual report as data files: JSON (documented schema), XLSX and CSV.

These only format an ``AnnualReport``; every figure was computed by the domain. Amounts are
written exactly (JSON: decimal strings; XLSX: numbers; CSV: plain decimals with a dot).

CSV is **one long file** with a ``table`` column (``exports``/``imports``): one file is what
``--out FILE`` can name, it loads into any spreadsheet or statistics tool as one table, and
a nil table is a single row that says so. Title page and findings are in the JSON and XLSX.
See ``docs/annual-report-json.md``.

Language: the XLSX (read by people) is in the language asked for throughout, like the PDF;
the CSV keeps its column keys and codes but names categories and States in that language;
the JSON is the documented exchange format and stays in English.
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
from att_desktop.formats.pdf_labels import format_date, join, with_details
from att_desktop.formats.pdf_labels import label as pdf_label
from att_desktop.formats.report_labels import (
    category_label,
    national_category,
    report_text,
    row_label,
    state_name,
    template_text,
)
from att_desktop.formats.table_files import csv_text, keep_formulas_as_text

SCHEMA_VERSION = 2
FORMATS = ("pdf", "xlsx", "csv", "json")


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _basis(basis: str, t: str) -> str:
    """ "authorised" / "actual" in running text."""
    if basis == "authorised":
        return report_text("authorised", t)
    return report_text("actual", t) if basis == "actual" else basis


# --------------------------------------------------------------------------- JSON


def _state(code: str) -> dict[str, str]:
    return {"code": code, "name": state_name(code)}


def finding_dict(f: Finding) -> dict[str, Any]:
    """A finding as every report's JSON writes it (English: files are read by programs)."""
    return {
        "severity": f.severity.value,
        "code": f.code,
        "message": f.english,
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


def _json_table(table: ReportTable, public: bool, catalogue: CategoryCatalogue) -> dict[str, Any]:
    return {
        "basis": table.basis.value,
        "nil_report": table.nil,
        # Asked on the form: this table, or the nil report that replaces it.
        "may_be_made_public": public,
        "measure": table.measure.value,
        "currency": table.currency,
        "civilian_small_arms_included": table.civilian_small_arms_included,
        "national_categories_included": table.national_categories_included,
        "withheld_lines": table.withheld_lines,
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
            "information_withheld": title.information_withheld,
            "exports_basis": title.exports_basis.value,
            "imports_basis": title.imports_basis.value,
            "measure": title.measure.value,
            "report_currency": title.report_currency,
            "civilian_small_arms_included": title.civilian_small_arms_included,
            "national_categories_included": title.national_categories_included,
        },
        "exports": _json_table(report.exports, title.exports_public, catalogue),
        "imports": _json_table(report.imports, title.imports_public, catalogue),
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
        "findings": [finding_dict(f) for f in report.findings],
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


def csv_rows(report: AnnualReport, language: str = "en") -> Iterator[dict[str, str]]:
    """The CSV's rows: keys and codes as documented, names and notes in ``language``."""
    catalogue = load_categories()
    year = report.title_page.year
    for table in (report.exports, report.imports):
        name = table.direction.value + "s"
        if table.nil:
            yield {
                "table": name,
                "basis": table.basis.value,
                "comments": report_text(
                    "Nil report: no exports to report for {year}.", language, year=year
                )
                if table.direction is Direction.EXPORT
                else report_text(
                    "Nil report: no imports to report for {year}.", language, year=year
                ),
            }
            continue
        for row in table.rows:
            yield {
                "table": name,
                "basis": table.basis.value,
                "category_code": row.category,
                "category": category_label(row.category, catalogue, language),
                "counterpart_code": row.counterpart,
                "counterpart": state_name(row.counterpart, language),
                "number_of_items": _amount(row.number_of_items) or "",
                "value": _amount(row.value) or "",
                "currency": table.currency if row.value is not None else "",
                "value_complete": "yes" if row.value_complete else "no",
                "state_of_origin": "; ".join(row.origins),
                "intermediate_location": "; ".join(row.intermediate),
                "description": "; ".join(row.descriptions),
                "comments": "; ".join(row.comments),
            }


def write_csv(report: AnnualReport, out: Path, language: str = "en") -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in csv_rows(report, language):
        writer.writerow({k: csv_text(v) for k, v in row.items()})
    out.write_text(buffer.getvalue(), encoding="utf-8-sig")


# --------------------------------------------------------------------------- XLSX


def _xlsx_header(key: str, currency: str, template: ReportTemplate, t: str) -> list[str]:
    """The table's column headings in ``t``: the template's, with code and ISO columns."""

    def column(name: str) -> str:
        return template_text(f"column.{name}", template.column_label(key, name), t)

    return [
        report_text("Code", t),
        report_text("Category / sub-category", t),
        column("counterpart"),
        report_text("ISO code", t),
        column("number_of_items"),
        with_details(column("value"), currency, t),
        column("state_of_origin"),
        column("intermediate_location"),
        column("description"),
        column("comments"),
    ]


def _xlsx_table(
    ws: Any, table: ReportTable, report: AnnualReport, template: ReportTemplate, t: str
) -> None:
    from openpyxl.styles import Font, PatternFill

    catalogue = load_categories()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6EF")
    key = table.direction.value + "s"
    year = report.title_page.year
    title = template_text(f"{key}.title", template.table_titles[key], t)
    basis = _basis(table.basis.value, t)
    ws.append([report_text("{table}: {basis}, {year}", t, table=title, basis=basis, year=year)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            report_text(
                "Basis: {basis}; reported as: {measure}; currency: {currency}",
                t,
                basis=basis,
                measure=_measure(table.measure.value, t),
                currency=table.currency,
            )
        ]
    )
    ws.append([])
    ws.append(_xlsx_header(key, table.currency, template, t))
    for cell in ws[ws.max_row]:
        cell.font, cell.fill = bold, fill
    if table.nil:
        nil = template.nil_text.get(key)
        ws.append(
            ["", template_text(f"nil.{key}", nil, t) if nil else report_text("Nil report", t)]
        )
        return
    for trow in template.rows:
        category = catalogue.get(trow.category)
        rows = table.rows_for(trow.category)
        if trow.heading or not rows:
            ws.append([trow.category, row_label(category, t)])
            if trow.heading:
                ws.cell(ws.max_row, 2).font = bold
            continue
        for row in rows:
            ws.append(_xlsx_row(row, row_label(category, t), table, t))
    national = [r for r in table.rows if r.national]
    if national:
        ws.append(["", template_text("national_categories", template.national_label, t)])
        ws.cell(ws.max_row, 2).font = bold
        for row in national:
            ws.append(_xlsx_row(row, national_category(row.rating, t), table, t))
    widths = (11, 40, 24, 8, 14, 16, 22, 22, 40, 30)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def _measure(measure: str, t: str) -> str:
    """What the figures are: "number of items", "value" or both."""
    if measure == "items":
        return report_text("number of items", t)
    if measure == "value":
        return report_text("value", t)
    return report_text("number of items and value", t) if measure == "both" else measure


def _xlsx_row(row: ReportRow, label: str, table: ReportTable, t: str) -> list[Any]:
    comments = list(row.comments)
    if table.measure.has_value and not row.value_complete:
        comments.append(report_text("Value incomplete: see findings", t))
    return [
        row.category,
        label,
        state_name(row.counterpart, t),
        row.counterpart,
        row.number_of_items,
        row.value,
        join((state_name(c, t) for c in row.origins), t),
        join((state_name(c, t) for c in row.intermediate), t),
        "; ".join(row.descriptions),
        "; ".join(comments),
    ]


def _xlsx_title_page(ws: Any, report: AnnualReport, template: ReportTemplate, t: str) -> None:
    """The title page sheet: the template's title and the report's settings, one per row."""
    from openpyxl.styles import Font

    title = report.title_page
    ws.title = report_text("Title page", t)
    ws.append([template_text("title", template.title, t)])
    ws["A1"].font = Font(bold=True, size=13)
    contact = title.contact

    def yes_no(value: bool) -> str:
        return pdf_label("yes" if value else "no", t)

    def basis(value: str, nil: bool) -> str:
        word = _basis(value, t)
        return with_details(word, report_text("nil report", t), t) if nil else word

    pairs: list[tuple[str, Any]] = [
        (
            report_text("Reporting State", t),
            with_details(state_name(title.reporting_state, t), title.reporting_state, t),
        ),
        (report_text("Calendar year", t), title.year),
        (report_text("National point of contact", t), "\n".join(contact.lines())),
        (report_text("Exports form may be made public", t), yes_no(title.exports_public)),
        (report_text("Imports form may be made public", t), yes_no(title.imports_public)),
        (report_text("Information withheld (Art. 13(3))", t), yes_no(title.information_withheld)),
        (report_text("Exports", t), basis(title.exports_basis.value, report.exports.nil)),
        (report_text("Imports", t), basis(title.imports_basis.value, report.imports.nil)),
        (report_text("Reported as", t), _measure(title.measure.value, t)),
        (report_text("Report currency", t), title.report_currency),
        (
            report_text("Civilian small arms included", t),
            yes_no(title.civilian_small_arms_included),
        ),
        (
            report_text("National categories included", t),
            yes_no(title.national_categories_included),
        ),
        (report_text("Generated on", t), format_date(title.generated_on, t)),
        (
            report_text("Template", t),
            report_text(
                "{source} (as of {date})",
                t,
                source=report.template_source,
                date=report.template_as_of,
            ),
        ),
    ]
    ws.append([])
    for k, v in pairs:
        ws.append([k, v])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 80


def write_xlsx(report: AnnualReport, out: Path, language: str = "en") -> None:
    """Sheets: Title page, Exports, Imports, Annexes, Findings, in ``language`` throughout
    (the findings too; their codes and links stay as the JSON has them)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = language
    template = load_report_template()
    catalogue = load_categories()
    wb = Workbook()
    _xlsx_title_page(wb.active, report, template, t)
    exports = template_text("exports.title", template.table_titles["exports"], t)
    imports = template_text("imports.title", template.table_titles["imports"], t)
    _xlsx_table(wb.create_sheet(sheet_name(exports)), report.exports, report, template, t)
    _xlsx_table(wb.create_sheet(sheet_name(imports)), report.imports, report, template, t)
    annex = wb.create_sheet(sheet_name(report_text("Annexes", t)))
    definitions = template.annex_titles.get("national_definitions")
    annex.append(
        [
            template_text("annex.national_definitions", definitions, t)
            if definitions
            else report_text("National definitions", t)
        ]
    )
    annex["A1"].font = Font(bold=True)
    annex.append([report_text("Category", t), report_text("National definition", t)])
    for d in report.annexes.national_definitions:
        annex.append([category_label(d.category, catalogue, t), d.definition])
    if not report.annexes.national_definitions:
        annex.append(["", report_text("None: the UN Register definitions are used.", t)])
    annex.append([])
    nil_reports = template.annex_titles.get("nil_reports")
    annex.append(
        [
            template_text("annex.nil_reports", nil_reports, t)
            if nil_reports
            else report_text("Nil reports", t)
        ]
    )
    annex.cell(annex.max_row, 1).font = Font(bold=True)
    # A nil report replaces a table: listed only for a direction with nothing to report.
    for name, nil in ((exports, report.annexes.nil_exports), (imports, report.annexes.nil_imports)):
        if nil:
            annex.append([name, report_text("Nil report", t)])
    if not (report.annexes.nil_exports or report.annexes.nil_imports):
        annex.append(["", report_text("None: both tables are submitted.", t)])
    annex.column_dimensions["A"].width = 40
    annex.column_dimensions["B"].width = 90
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
            [
                f.severity.value,
                f.code,
                f.text(language),
                json.dumps(f.link.as_dict(), ensure_ascii=False),
            ]
        )
    findings.column_dimensions["C"].width = 100
    findings.column_dimensions["D"].width = 60
    for sheet in wb.worksheets:
        keep_formulas_as_text(sheet)  # descriptions, comments, the contact: never formulas
    wb.save(out)


def sheet_name(name: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return "".join(ch for ch in name if ch not in "[]:*?/\\")[:31] or "Sheet"


def write_report(report: AnnualReport, out: Path, fmt: str, *, language: str = "en") -> None:
    """Write ``report`` as ``fmt`` (pdf, xlsx, csv or json) to ``out``, in ``language`` (the
    JSON exchange format is always English)."""
    if fmt == "json":
        write_json(report, out)
    elif fmt == "csv":
        write_csv(report, out, language)
    elif fmt == "xlsx":
        write_xlsx(report, out, language)
    elif fmt == "pdf":
        # Here, not at the top: reportlab is loaded only when a PDF is written.
        from att_desktop.formats.pdf_annual_report import write_annual_report_pdf

        write_annual_report_pdf(report, out, language=language)
    else:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt != "pdf":  # the PDF writer logs its own
        logging.getLogger(__name__).info(
            "Annual report %s written as %s to %s", report.title_page.year, fmt, out
        )
