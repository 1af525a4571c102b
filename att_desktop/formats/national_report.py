"""The national (parliamentary) report as data files: JSON, CSV and XLSX (PDF: pdf_national).

These only format a ``NationalReport``; every count and value was computed by
``domain.reporting.pivot``. The JSON is the documented exchange format and stays in English
(codes and English labels); the CSV keeps its column keys and codes and names States,
outcomes and criteria in the language asked for; the XLSX is in that language throughout.
See docs/national_report.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from att_desktop import __version__
from att_desktop.domain.reporting.pivot import (
    Cell,
    Dimension,
    NationalReport,
    Pivot,
)
from att_desktop.formats.national_labels import (
    dimension_label,
    key_labels,
    period_text,
    value_label,
)
from att_desktop.formats.report_labels import report_text, state_name
from att_desktop.formats.report_writers import FORMATS, finding_dict, sheet_name
from att_desktop.formats.table_files import csv_text, keep_formulas_as_text

SCHEMA_VERSION = 1


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


# --------------------------------------------------------------------------- JSON


def _cell(cell: Cell) -> dict[str, Any]:
    return {
        "count": cell.count,
        "number_of_items": _amount(cell.number_of_items),
        "value": _amount(cell.value),
        "value_complete": cell.value_complete,
    }


def _key(dims: tuple[Dimension, ...], key: tuple[str, ...]) -> dict[str, Any]:
    return {
        d.value: {"code": v, "label": value_label(d, v, "en")}
        for d, v in zip(dims, key, strict=True)
    }


def national_dict(report: NationalReport) -> dict[str, Any]:
    pivot = report.pivot
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "national_licensing_report",
        "generated_by": f"ATT Desktop {__version__}",
        "generated_on": report.generated_on.isoformat(),
        "reporting_state": {
            "code": report.reporting_state,
            "name": state_name(report.reporting_state),
        },
        "period": {"from": report.start.isoformat(), "to": report.end.isoformat()},
        "report_currency": report.report_currency,
        "criterion_sources": list(report.criterion_sources),
        "rows": [d.value for d in pivot.rows],
        "columns": [d.value for d in pivot.columns],
        "nil_report": report.nil,
        "cells": [
            {"row": _key(pivot.rows, rk), "column": _key(pivot.columns, ck), **_cell(c)}
            for rk in pivot.row_keys
            for ck in pivot.column_keys
            if (c := pivot.cells.get((rk, ck))) is not None
        ],
        "row_totals": [
            {"row": _key(pivot.rows, k), **_cell(pivot.row_totals[k])} for k in pivot.row_keys
        ],
        "column_totals": [
            {"column": _key(pivot.columns, k), **_cell(pivot.column_totals[k])}
            for k in pivot.column_keys
        ],
        "total": _cell(pivot.total),
        "exchange_rates": [
            {
                "year": y,
                "currency": c,
                "report_currency": report.report_currency,
                "rate": _amount(r),
            }
            for (y, c), r in report.rates_used.items()
        ],
        "record_anchor": report.record_anchor,
        "findings": [finding_dict(f) for f in report.findings],
    }


def write_national_json(report: NationalReport, out: Path) -> None:
    text = json.dumps(national_dict(report), ensure_ascii=False, indent=2)
    out.write_text(text + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- CSV

CSV_TAIL = ("count", "number_of_items", "value", "currency", "value_complete")


def _csv_columns(pivot: Pivot) -> list[str]:
    dims = [*pivot.rows, *pivot.columns]
    return ["kind", *(f"{d.value}_code" for d in dims), *(d.value for d in dims), *CSV_TAIL]


def csv_rows(report: NationalReport, t: str = "en") -> Iterator[dict[str, str]]:
    """One row per non-empty cell, then the row and column totals and the grand total."""
    pivot = report.pivot

    def row(kind: str, rk: tuple[str, ...], ck: tuple[str, ...], cell: Cell) -> dict[str, str]:
        out = {"kind": kind}
        for dims, key in ((pivot.rows, rk), (pivot.columns, ck)):
            for d, v in zip(dims, key, strict=False):
                out[f"{d.value}_code"] = v
                out[d.value] = value_label(d, v, t)
        out.update(
            count=str(cell.count),
            number_of_items=_amount(cell.number_of_items) or "",
            value=_amount(cell.value) or "",
            currency=report.report_currency,
            value_complete="yes" if cell.value_complete else "no",
        )
        return out

    if report.nil:
        yield {
            "kind": "nil",
            "count": "0",
            "currency": report.report_currency,
        }
        return
    for rk in pivot.row_keys:
        for ck in pivot.column_keys:
            cell = pivot.cells.get((rk, ck))
            if cell is not None:
                yield row("cell", rk, ck, cell)
    for rk in pivot.row_keys:
        yield row("row_total", rk, (), pivot.row_totals[rk])
    for ck in pivot.column_keys:
        yield row("column_total", (), ck, pivot.column_totals[ck])
    yield row("total", (), (), pivot.total)


def write_national_csv(report: NationalReport, out: Path, language: str = "en") -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=_csv_columns(report.pivot), lineterminator="\r\n", restval=""
    )
    writer.writeheader()
    for row in csv_rows(report, language):
        writer.writerow({k: csv_text(v) for k, v in row.items()})
    out.write_text(buffer.getvalue(), encoding="utf-8-sig")


# --------------------------------------------------------------------------- XLSX


def _xlsx_pivot(ws: Any, report: NationalReport, t: str) -> None:
    """Row labels, then a count and a value column per column key, then the row total."""
    from openpyxl.styles import Font, PatternFill

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6EF")
    pivot = report.pivot
    ws.append([report_text("Licence decisions, {period}", t, period=period_text(report, t))])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    count, value = (
        report_text("Count", t),
        report_text("Value ({currency})", t, currency=report.report_currency),
    )
    heads = [dimension_label(d, t) for d in pivot.rows]
    for ck in pivot.column_keys:
        name = " / ".join(key_labels(pivot.columns, ck, t))
        heads += [f"{name}: {count}" if name else count, f"{name}: {value}" if name else value]
    if pivot.columns:
        heads += [f"{report_text('TOTAL', t)}: {count}", f"{report_text('TOTAL', t)}: {value}"]
    ws.append(heads)
    for c in ws[ws.max_row]:
        c.font, c.fill = bold, fill
    if report.nil:
        ws.append([report_text("Nil report: no licence decisions in the period.", t)])
        return
    line: list[Any] = []
    for rk in pivot.row_keys:
        line = list(key_labels(pivot.rows, rk, t))
        for ck in pivot.column_keys:
            cell = pivot.cells.get((rk, ck))
            line += [cell.count, cell.value] if cell else [None, None]
        if pivot.columns:
            total = pivot.row_totals[rk]
            line += [total.count, total.value]
        ws.append(line)
    line = [report_text("TOTAL", t), *[""] * (len(pivot.rows) - 1)]
    for ck in pivot.column_keys:
        total = pivot.column_totals[ck]
        line += [total.count, total.value]
    if pivot.columns:
        line += [pivot.total.count, pivot.total.value]
    ws.append(line)
    for c in ws[ws.max_row]:
        c.font = bold
    for i in range(len(heads)):
        ws.column_dimensions[_column(i)].width = 26 if i < len(pivot.rows) else 16


def _column(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(i + 1))


def write_national_xlsx(report: NationalReport, out: Path, language: str = "en") -> None:
    """Sheets: Pivot (the table), Cells (one row per cell, as the CSV), Findings."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = language
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(report_text("Pivot", t))
    _xlsx_pivot(ws, report, t)
    info = wb.create_sheet(sheet_name(report_text("Title page", t)))
    for k, v in (
        (report_text("Reporting State", t), state_name(report.reporting_state, t)),
        (report_text("Period", t), period_text(report, t)),
        (report_text("Report currency", t), report.report_currency),
        (report_text("Criteria", t), ", ".join(report.criterion_sources)),
        (report_text("Generated on", t), report.generated_on.isoformat()),
        (report_text("Record anchor", t), report.record_anchor),
    ):
        info.append([k, v])
        info.cell(info.max_row, 1).font = Font(bold=True)
    for (year, currency), rate in report.rates_used.items():
        info.append(
            [
                report_text("Exchange rate", t),
                report_text(
                    "{year}: 1 {currency} = {rate} {report_currency}",
                    t,
                    year=year,
                    currency=currency,
                    rate=format(rate, "f"),
                    report_currency=report.report_currency,
                ),
            ]
        )
    info.column_dimensions["A"].width = 30
    info.column_dimensions["B"].width = 70
    cells = wb.create_sheet(sheet_name(report_text("Cells", t)))
    columns = _csv_columns(report.pivot)
    cells.append(columns)
    for row in csv_rows(report, t):
        cells.append([row.get(c, "") for c in columns])
    findings = wb.create_sheet(sheet_name(report_text("Findings", t)))
    findings.append([report_text("Severity", t), report_text("Code", t), report_text("Message", t)])
    for f in report.findings:
        findings.append([f.severity.value, f.code, f.text(t)])
    findings.column_dimensions["C"].width = 100
    for sheet in wb.worksheets:
        keep_formulas_as_text(sheet)
    wb.save(out)


def write_national_report(
    report: NationalReport, out: Path, fmt: str, *, language: str = "en"
) -> None:
    """Write ``report`` as ``fmt`` (pdf, xlsx, csv or json) to ``out``."""
    if fmt == "json":
        write_national_json(report, out)
    elif fmt == "csv":
        write_national_csv(report, out, language)
    elif fmt == "xlsx":
        write_national_xlsx(report, out, language)
    elif fmt == "pdf":
        from att_desktop.formats.pdf_national import write_national_pdf

        write_national_pdf(report, out, language=language)
    else:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
