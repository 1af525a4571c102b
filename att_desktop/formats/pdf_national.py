"""The national (parliamentary) report and the Wassenaar half-yearly report as PDFs.

Landscape A4 with the annual report's page furniture (header, "DRAFT" while errors remain,
footer with the record anchor, "Page X of Y") and its fonts (``pdf_text``: every script,
embedded), in any language of the catalogue. Only figures computed by the domain are printed.

National: a cover block (State, period, currency, criteria, rates), then the pivot. Each
column key shows the count of decisions over the value; a pivot with many column keys is
printed in slices of ``SLICE`` columns, each slice repeating the row labels and the header.
Wassenaar: one table per category (State, number of items, description), "Nil" where
nothing was delivered, and a nil report for the whole period when nothing was.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from att_desktop import APP_NAME, __version__
from att_desktop.domain.reporting.pivot import NationalReport
from att_desktop.domain.reporting.wassenaar import CATEGORIES, WassenaarReport
from att_desktop.formats.national_labels import (
    dimension_label,
    key_labels,
    period_label,
    period_text,
    wa_category_label,
)
from att_desktop.formats.pdf_annual_forms import grid as _grid
from att_desktop.formats.pdf_annual_forms import pairs as _pairs
from att_desktop.formats.pdf_annual_report import (
    BOTTOM,
    FRAME_HEIGHT,
    MARGIN,
    PAGE,
    TOP,
    WIDTH,
    canvas_class,
)
from att_desktop.formats.pdf_common import (
    HEADER_FILL,
    INK,
    LATIN,
    Styles,
    make_styles,
    para,
    register_fonts,
)
from att_desktop.formats.pdf_labels import format_date, format_number
from att_desktop.formats.pdf_labels import label as pdf_label
from att_desktop.formats.report_labels import report_text, state_name

#: Column keys printed side by side before the pivot continues in another slice.
SLICE = 6


def _build(
    out: Path, story: list[Flowable], header: str, footer: str, draft: bool, language: str
) -> int:
    doc = BaseDocTemplate(
        str(out),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=header,
        creator=f"{APP_NAME} {__version__}",
    )
    frame = Frame(
        MARGIN, BOTTOM, WIDTH, FRAME_HEIGHT, id="body", leftPadding=0, rightPadding=0,
        topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvas_class(header, footer, draft, language))
    return int(doc.page)


def _footer(parts: list[str], anchor: str, t: str) -> str:
    if anchor:
        parts.append(pdf_label("record_anchor", t, anchor=anchor))
    return "  ·  ".join(parts)


# --------------------------------------------------------------------------- national


def _figure(count: int, value: Any, complete: bool, styles: Styles, t: str) -> Flowable:
    text = f"{format_number(value, t)}{'' if complete else ' *'}"
    figure = report_text("{count} / {value}", t, count=format_number(Decimal(count), t), value=text)
    return para(figure, styles.small_right, styles.fonts)


def _slices(keys: Sequence[tuple[str, ...]]) -> list[Sequence[tuple[str, ...]]]:
    return [keys[i : i + SLICE] for i in range(0, len(keys), SLICE)] or [()]


def _pivot_tables(report: NationalReport, styles: Styles, t: str) -> list[Flowable]:
    pivot, fonts = report.pivot, styles.fonts
    story: list[Flowable] = []
    slices = _slices(pivot.column_keys)
    for n, keys in enumerate(slices):
        last = n == len(slices) - 1
        heads = [dimension_label(d, t) for d in pivot.rows]
        heads += [" / ".join(key_labels(pivot.columns, ck, t)) for ck in keys]
        if last:
            heads.append(pdf_label("total", t))
        data: list[list[Any]] = [[para(h, styles.small_head, fonts) for h in heads]]
        for rk in pivot.row_keys:
            line: list[Any] = [
                para(x, styles.small_cell, fonts) for x in key_labels(pivot.rows, rk, t)
            ]
            for ck in keys:
                cell = pivot.cells.get((rk, ck))
                line.append(
                    _figure(cell.count, cell.value, cell.value_complete, styles, t) if cell else ""
                )
            if last:
                total = pivot.row_totals[rk]
                line.append(_figure(total.count, total.value, total.value_complete, styles, t))
            data.append(line)
        if pivot.columns:
            line = [para(pdf_label("total", t), styles.small_head, fonts)]
            line += [""] * (len(pivot.rows) - 1)
            for ck in keys:
                total = pivot.column_totals[ck]
                line.append(_figure(total.count, total.value, total.value_complete, styles, t))
            if last:
                line.append(
                    _figure(
                        pivot.total.count, pivot.total.value, pivot.total.value_complete, styles, t
                    )
                )
            data.append(line)
        widths = [2.2] * len(pivot.rows) + [1.6] * (len(heads) - len(pivot.rows))
        first_figure = len(pivot.rows)
        story.append(
            _grid(
                data,
                widths,
                [
                    ("FONT", (0, 0), (-1, -1), LATIN, 7.5, 9.5),
                    ("ALIGN", (first_figure, 1), (-1, -1), "RIGHT"),
                    ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
                    ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
                ],
            )
        )
        story.append(Spacer(1, 3 * mm))
    return story


def _national_notes(report: NationalReport, t: str) -> list[str]:
    notes = [
        report_text(
            "Each cell gives the number of decisions / their value in {currency}. A decision "
            "whose lines or criteria fall in several cells is counted in each of them, but "
            "once in the totals.",
            t,
            currency=report.report_currency,
        )
    ]
    if not report.pivot.total.value_complete:
        notes.append(
            report_text(
                "* Value incomplete: some values had no exchange rate or were not recorded.", t
            )
        )
    for (year, currency), rate in report.rates_used.items():
        notes.append(
            report_text(
                "{year}: 1 {currency} = {rate} {report_currency}",
                t,
                year=year,
                currency=currency,
                rate=format_number(rate, t),
                report_currency=report.report_currency,
            )
        )
    return notes


def write_national_pdf(report: NationalReport, out: Path, *, language: str = "en") -> int:
    """Write the national report's PDF; returns its page count."""
    register_fonts()
    t = language
    styles = make_styles(t)
    fonts = styles.fonts
    state = state_name(report.reporting_state, t) or report_text("Reporting State", t)
    period = period_text(report, t)
    header = report_text("National report on licence decisions - {state}", t, state=state)
    title = report_text("National report on arms export licence decisions", t)
    story: list[Flowable] = [
        para(title, styles.title, fonts),
        _pairs(
            [
                (report_text("Reporting State", t), state),
                (report_text("Period", t), period),
                (report_text("Report currency", t), report.report_currency),
                (
                    report_text("Rows", t),
                    ", ".join(dimension_label(d, t) for d in report.pivot.rows),
                ),
                (
                    report_text("Columns", t),
                    ", ".join(dimension_label(d, t) for d in report.pivot.columns) or "—",
                ),
                (report_text("Generated on", t), format_date(report.generated_on, t)),
            ],
            styles,
        ),
        Spacer(1, 4 * mm),
    ]
    if report.nil:
        story.append(
            para(
                report_text("Nil report: no licence decisions in the period.", t),
                styles.h2,
                fonts,
            )
        )
    else:
        story += _pivot_tables(report, styles, t)
    story += [para(n, styles.small, fonts) for n in _national_notes(report, t)]
    footer = _footer([period], report.record_anchor, t)
    pages = _build(out, story, header, footer, report.has_errors, t)
    logging.getLogger(__name__).info("National report written as PDF to %s (%d pages)", out, pages)
    return pages


# --------------------------------------------------------------------------- Wassenaar


def _category_table(report: WassenaarReport, code: str, styles: Styles, t: str) -> Flowable:
    fonts = styles.fonts
    heading = para(wa_category_label(code, t), styles.h2, fonts)
    rows = report.tables[code]
    if not rows:
        return KeepTogether([heading, para(report_text("Nil", t), styles.body, fonts)])
    data: list[list[Any]] = [
        [
            para(report_text("State of import", t), styles.small_head, fonts),
            para(report_text("Number of items", t), styles.small_head, fonts),
            para(report_text("Description", t), styles.small_head, fonts),
        ]
    ]
    for r in rows:
        data.append(
            [
                para(state_name(r.state, t), styles.small_cell, fonts),
                para(format_number(r.number_of_items, t), styles.small_right, fonts),
                para("; ".join(r.descriptions), styles.small_cell, fonts),
            ]
        )
    data.append(
        [
            para(pdf_label("total", t), styles.small_head, fonts),
            para(format_number(report.total(code), t), styles.small_right, fonts, bold=True),
            "",
        ]
    )
    table = _grid(
        data,
        (0.3, 0.15, 0.55),
        [
            ("FONT", (0, 0), (-1, -1), LATIN, 7.5, 9.5),
            ("ALIGN", (1, 1), (1, -1), "RIGHT"),
            ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
        ],
    )
    return KeepTogether([heading, table])


def write_wassenaar_pdf(report: WassenaarReport, out: Path, *, language: str = "en") -> int:
    """Write the Wassenaar report's PDF; returns its page count."""
    register_fonts()
    t = language
    styles = make_styles(t)
    fonts = styles.fonts
    state = state_name(report.reporting_state, t) or report_text("Reporting State", t)
    period = period_label(report, t)
    header = report_text(
        "Wassenaar Arrangement report {period} - {state}", t, period=period, state=state
    )
    story: list[Flowable] = [
        para(
            report_text("Wassenaar Arrangement: arms delivered to non-participating States", t),
            styles.title,
            fonts,
        ),
        _pairs(
            [
                (report_text("Reporting State", t), state),
                (report_text("Period", t), period),
                (report_text("Generated on", t), format_date(report.generated_on, t)),
            ],
            styles,
        ),
        Spacer(1, 3 * mm),
    ]
    notes = [
        report_text(
            "Actual deliveries (shipments) to States that are not Participating States of the "
            "Wassenaar Arrangement, by the categories of the UN Register of Conventional Arms "
            "and small arms and light weapons. Participating States as of {as_of}.",
            t,
            as_of=report.participating_as_of,
        )
    ]
    if report.withheld_lines:
        notes.append(
            report_text("{n} delivery line(s) withheld from reporting.", t, n=report.withheld_lines)
        )
    story += [para(n, styles.small, fonts) for n in notes]
    story.append(Spacer(1, 2 * mm))
    if report.nil:
        story.append(
            para(report_text("Nil report: nothing to report for the period.", t), styles.h2, fonts)
        )
    for code in CATEGORIES:
        story += [_category_table(report, code, styles, t), Spacer(1, 2 * mm)]
    footer = _footer([period], report.record_anchor, t)
    pages = _build(out, story, header, footer, report.has_errors, t)
    logging.getLogger(__name__).info("Wassenaar report written as PDF to %s (%d pages)", out, pages)
    return pages
