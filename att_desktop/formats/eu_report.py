"""The EU annual report (Common Position 2008/944/CFSP, Art. 8) as PDF, XLSX, CSV and JSON.

These only format an ``EuReport``: every figure was counted by ``domain.reporting.eu``.
Like the ATT report's writers: the JSON is the exchange format and stays in English (codes,
decimal strings); the CSV is one long file with a ``section`` column (``export`` /
``brokering``); the XLSX and PDF are in the language asked for (texts of the catalogue,
context ``EU report``; State names from CLDR). The layout is described in
``docs/eu_report.md``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from att_desktop import __version__
from att_desktop.domain.reporting.eu import BROKERING, EuReport, EuRow, EuSection
from att_desktop.formats.report_labels import report_text, state_name
from att_desktop.formats.table_files import csv_text, keep_formulas_as_text
from att_desktop.i18n import translate

FORMATS = ("pdf", "xlsx", "csv", "json")
SCHEMA = "att-desktop-eu-report"


def _amount(value: Decimal) -> str:
    return format(value, "f")


def _criteria_text(criteria: Mapping[str, int]) -> str:
    """``1 (2), 7 (1)``: each criterion cited and how often (the EU report's column)."""
    return ", ".join(f"{code} ({n})" for code, n in criteria.items())


def _category(code: str, t: str) -> str:
    return code or translate("not rated", t, context="EU report")


def _section_title(section: EuSection, t: str) -> str:
    if section.transfer_type == BROKERING:
        return translate("Brokering", t, context="EU report")
    return translate("Exports", t, context="EU report")


def _headers(report: EuReport, t: str) -> list[str]:
    return [
        translate("Destination", t, context="EU report"),
        translate("ML category", t, context="EU report"),
        translate("Licences issued", t, context="EU report"),
        translate(
            "Value of licences ({currency})", t, context="EU report", currency=report.currency
        ),
        translate("Actual exports ({currency})", t, context="EU report", currency=report.currency),
        translate("Denials", t, context="EU report"),
        translate("Criteria cited (times)", t, context="EU report"),
    ]


def _cells(row: EuRow, t: str, *, total: bool = False) -> list[str]:
    """The printed cells (PDF, XLSX's texts): amounts grouped in the language's way."""
    from att_desktop.formats.pdf_labels import format_number

    flag = "" if row.values_complete else " *"
    return [
        translate("Total", t, context="EU report") if total else state_name(row.destination, t),
        "" if total else _category(row.category, t),
        format_number(Decimal(row.licences), t),
        format_number(row.licence_value, t) + flag,
        format_number(row.actual_value, t) + flag,
        format_number(Decimal(row.denials), t),
        _criteria_text(row.criteria),
    ]


# --------------------------------------------------------------------------- JSON


def _json_row(row: EuRow) -> dict[str, Any]:
    return {
        "destination": row.destination,
        "ml_category": row.category or None,
        "licences_issued": row.licences,
        "licence_value": _amount(row.licence_value),
        "actual_export_value": _amount(row.actual_value),
        "denials": row.denials,
        "criteria_cited": dict(row.criteria),
        "values_complete": row.values_complete,
    }


def eu_report_dict(report: EuReport) -> dict[str, Any]:
    """The report as plain JSON data (schema in ``docs/eu_report.md``)."""
    return {
        "schema": SCHEMA,
        "version": 1,
        "generator": f"ATT Desktop {__version__}",
        "year": report.year,
        "reporting_state": report.reporting_state,
        "currency": report.currency,
        "generated_on": report.generated_on.isoformat(),
        "record_anchor": report.record_anchor,
        "control_list": report.list_source,
        "criteria_set": report.criteria_set,
        "criteria_codes": list(report.criteria_codes),
        "sections": {
            s.transfer_type: {
                "rows": [_json_row(r) for r in s.rows],
                "total": _json_row(s.total),
                "nil": s.nil,
            }
            for s in report.sections()
        },
        "findings": [
            {
                "severity": f.severity.value,
                "code": f.code,
                "message": f.english,
                "link": f.link.as_dict(),
                "related": [r.as_dict() for r in f.related],
            }
            for f in report.findings
        ],
    }


# --------------------------------------------------------------------------- CSV


def csv_rows(report: EuReport) -> Iterator[dict[str, str]]:
    """One row per destination and ML category, then each section's total."""
    for section in report.sections():
        for row, kind in [(r, "row") for r in section.rows] + [(section.total, "total")]:
            data = _json_row(row)
            yield {
                "section": section.transfer_type,
                "row": kind,
                "destination": data["destination"],
                "ml_category": data["ml_category"] or "",
                "licences_issued": str(row.licences),
                "licence_value": data["licence_value"],
                "actual_export_value": data["actual_export_value"],
                "currency": report.currency,
                "denials": str(row.denials),
                **{f"criterion_{c}": str(row.criteria.get(c, 0)) for c in report.criteria_codes},
            }


def write_csv(report: EuReport, out: Path) -> None:
    rows = list(csv_rows(report))
    fields = list(rows[0]) if rows else ["section", "row"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_text(v) for k, v in row.items()})
    out.write_text(buffer.getvalue(), encoding="utf-8-sig")


# --------------------------------------------------------------------------- XLSX


def write_xlsx(report: EuReport, out: Path, language: str = "en") -> None:
    """One sheet per section (exports, brokering) and a sheet of findings."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = language
    wb = Workbook()
    wb.remove(wb.active)
    for section in report.sections():
        ws = wb.create_sheet(_section_title(section, t)[:31])
        ws.append(
            [
                translate(
                    "EU annual report on arms exports {year}",
                    t,
                    context="EU report",
                    year=report.year,
                )
            ]
        )
        ws["A1"].font = Font(bold=True)
        ws.append(_headers(report, t))
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for row in section.rows:
            ws.append(_xlsx_row(row, t))
        ws.append(_xlsx_row(section.total, t, total=True))
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        for column, width in zip("ABCDEFG", (28, 14, 14, 20, 20, 10, 30), strict=True):
            ws.column_dimensions[column].width = width
        keep_formulas_as_text(ws)
    findings = wb.create_sheet(translate("Findings", t, context="EU report")[:31])
    findings.append(
        [
            translate("Severity", t, context="EU report"),
            report_text("Code", t),
            translate("Message", t, context="EU report"),
            report_text("Link", t),
        ]
    )
    for f in report.findings:
        findings.append(
            [f.severity.value, f.code, f.text(t), json.dumps(f.link.as_dict(), ensure_ascii=False)]
        )
    keep_formulas_as_text(findings)
    wb.save(out)


def _xlsx_row(row: EuRow, t: str, *, total: bool = False) -> list[Any]:
    cells = _cells(row, t, total=total)
    return [
        cells[0],
        cells[1],
        row.licences,
        row.licence_value,
        row.actual_value,
        row.denials,
        cells[6],
    ]


# --------------------------------------------------------------------------- PDF


def _pdf_story(report: EuReport, language: str) -> list[Any]:
    from att_desktop.formats.pdf_common import (
        HEADER_FILL,
        gap,
        heading,
        make_styles,
        para,
        table,
    )

    t = language
    styles = make_styles(t)
    story: list[Any] = [
        para(
            translate(
                "EU annual report on arms exports {year}", t, context="EU report", year=report.year
            ),
            styles.title,
            styles.fonts,
        ),
        para(
            translate(
                "Council Common Position 2008/944/CFSP, Article 8. Reporting State: {state}. "
                "Values in {currency}.",
                t,
                context="EU report",
                state=state_name(report.reporting_state, t) or "—",
                currency=report.currency,
            ),
            styles.subtitle,
            styles.fonts,
        ),
    ]
    widths = (22, 10, 9, 14, 14, 8, 16)
    for section in report.sections():
        story += heading(_section_title(section, t), styles)
        if section.nil:
            story.append(
                para(
                    translate("Nothing to report.", t, context="EU report"),
                    styles.body,
                    styles.fonts,
                )
            )
            continue
        rows = [_cells(r, t) for r in section.rows] + [_cells(section.total, t, total=True)]
        last = len(rows)
        story.append(
            table(
                _headers(report, t),
                rows,
                widths,
                styles,
                right=(2, 3, 4, 5),
                compact=True,
                zebra=False,
                extra=[("BACKGROUND", (0, last), (-1, last), HEADER_FILL)],
            )
        )
    story.append(gap())
    story += _notes(report, t, styles)
    return story


def _notes(report: EuReport, t: str, styles: Any) -> list[Any]:
    from att_desktop.domain.criteria import shipped_sets
    from att_desktop.formats.pdf_common import heading, para

    story = heading(translate("Criteria", t, context="EU report"), styles)
    found = next((s for s in shipped_sets() if s.set_id == report.criteria_set), None)
    for code in report.criteria_codes:
        text = found.text(code, t) if found is not None else ""
        story.append(para(f"{code}. {text}".strip(), styles.small, styles.fonts))
    incomplete = any(not r.values_complete for s in report.sections() for r in (*s.rows, s.total))
    notes = [
        translate(
            "* Some values could not be converted into {currency} and are left out: "
            "see the findings.",
            t,
            context="EU report",
            currency=report.currency,
        ),
        translate(
            "A licence or denial covering several ML categories is counted in each of "
            "them; the totals count it once.",
            t,
            context="EU report",
        ),
        translate("Control list: {source}", t, context="EU report", source=report.list_source),
    ]
    story += [para(n, styles.small, styles.fonts) for n in notes[0 if incomplete else 1 :]]
    if report.has_errors:
        story.append(
            para(
                translate(
                    "DRAFT: the report has {n} unresolved error(s).",
                    t,
                    context="EU report",
                    n=len(report.errors),
                ),
                styles.h2,
                styles.fonts,
            )
        )
    return story


def write_pdf(report: EuReport, out: Path, language: str = "en") -> None:
    from att_desktop.formats.pdf_common import PageInfo, build_pdf

    info = PageInfo(
        authority="",
        reference=f"EU {report.year}",
        generated_on=report.generated_on,
        language=language,
        title=translate(
            "EU annual report on arms exports {year}",
            language,
            context="EU report",
            year=report.year,
        ),
        anchor=report.record_anchor,
    )
    build_pdf(out, _pdf_story(report, language), info)


def write_eu_report(report: EuReport, out: Path, fmt: str, *, language: str = "en") -> None:
    """Write ``report`` as ``fmt`` to ``out`` (the JSON and CSV keep codes, in English)."""
    if fmt == "json":
        text = json.dumps(eu_report_dict(report), ensure_ascii=False, indent=2)
        out.write_text(text + "\n", encoding="utf-8")
    elif fmt == "csv":
        write_csv(report, out)
    elif fmt == "xlsx":
        write_xlsx(report, out, language)
    elif fmt == "pdf":
        write_pdf(report, out, language)
    else:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    logging.getLogger(__name__).info("EU report %s written as %s to %s", report.year, fmt, out)
