"""The annual report as a PDF laid out like the ATT template (Art. 13(3)).

Landscape A4 throughout, as the template's tables are wide: a title page (reporting State,
year, national point of contact, contents tick boxes, publication, withheld information),
the Exports and Imports tables with every category row and the SALW sub-rows whether or not
they hold figures (a reader checks what was *not* exported too), then the annexes: UN
definitions (referenced), national definitions, nil reports, and an optional charts annex.

Wording is English, as the Secretariat receives it; State names and category labels can be
Chinese (``language="zh_CN"``) through pdf_common's per-script font runs (STSong-Light).
A report with validation errors prints "DRAFT" in every page header.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from att_desktop import APP_NAME, __version__
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.model import AnnualReport, ChartData, ReportRow, ReportTable
from att_desktop.domain.reporting.template import ReportTemplate, load_report_template
from att_desktop.exports.pdf_common import (
    ACCENT,
    ALERT,
    GRID,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    ZEBRA_FILL,
    Fonts,
    Styles,
    draw_text,
    make_styles,
    para,
    register_fonts,
)
from att_desktop.exports.pdf_labels import format_date, format_number
from att_desktop.exports.report_writers import category_label, row_label, state_name

PAGE = landscape(A4)
MARGIN = 15 * mm
TOP = 20 * mm
BOTTOM = 17 * mm
WIDTH = PAGE[0] - 2 * MARGIN

#: Column widths (fractions) of the Exports/Imports tables, in template order.
COLUMNS = (0.19, 0.12, 0.07, 0.10, 0.10, 0.10, 0.19, 0.13)
CHART_COLOURS = (
    "#1f4e79",
    "#2e86ab",
    "#a23b72",
    "#f18f01",
    "#c73e1d",
    "#3b8b5a",
    "#6c5b7b",
    "#8d99ae",
    "#e0a458",
)


# --------------------------------------------------------------------------- page furniture


def _canvas_class(header: str, footer: str, draft: bool) -> type[Canvas]:
    fonts = Fonts("en")

    class ReportCanvas(Canvas):  # type: ignore[misc]
        """Buffers pages so each footer can say "Page X of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(self._pageNumber, total)
                super().showPage()
            super().save()

        def _decorate(self, page: int, total: int) -> None:
            width, height = PAGE
            top = height - 11 * mm
            draw_text(self, MARGIN, top, header, 8.5, fonts, bold=True, color=ACCENT)
            if draft:
                draw_text(
                    self,
                    width / 2,
                    top,
                    "DRAFT - validation errors not resolved",
                    8.5,
                    fonts,
                    bold=True,
                    align="center",
                    color=ALERT,
                )
            draw_text(self, width - MARGIN, top, APP_NAME, 8, fonts, align="right", color=MUTED)
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, top - 4, width - MARGIN, top - 4)
            self.line(MARGIN, 11 * mm + 9, width - MARGIN, 11 * mm + 9)
            self.restoreState()
            draw_text(self, MARGIN, 11 * mm, footer, 7.5, fonts, color=MUTED)
            draw_text(
                self,
                width - MARGIN,
                11 * mm,
                f"Page {page} of {total}",
                7.5,
                fonts,
                align="right",
                bold=True,
            )

    return ReportCanvas


# --------------------------------------------------------------------------- small pieces


def _box(checked: bool) -> Table:
    """A template-style tick box."""
    box = Table([["X" if checked else ""]], colWidths=[3.6 * mm], rowHeights=[3.6 * mm])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 8),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return box


def _ticks(options: Sequence[tuple[str, bool]], styles: Styles) -> Table:
    """A row of tick boxes with their labels: [X] Authorised  [ ] Actual."""
    cells: list[Any] = []
    widths: list[float] = []
    for text, checked in options:
        cells += [_box(checked), para(text, styles.body, styles.fonts)]
        widths += [6 * mm, max(28 * mm, 2.2 * mm * len(text))]
    t = Table([cells], colWidths=widths, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def _grid(data: list[list[Any]], widths: Sequence[float], extra: Sequence[Any] = ()) -> Table:
    total = sum(widths)
    t = Table(
        data,
        colWidths=[WIDTH * w / total for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *extra,
            ]
        )
    )
    return t


def _pairs(pairs: Sequence[tuple[str, Any]], styles: Styles, first: float = 0.28) -> Table:
    rows = [
        [
            para(k, styles.label, styles.fonts),
            v if not isinstance(v, str) else para(v, styles.body, styles.fonts),
        ]
        for k, v in pairs
    ]
    t = Table(rows, colWidths=[WIDTH * first, WIDTH * (1 - first)], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return t


def _states(codes: Sequence[str], language: str) -> str:
    return ", ".join(state_name(c, language) for c in codes)


# --------------------------------------------------------------------------- title page


def _title_page(
    report: AnnualReport, template: ReportTemplate, styles: Styles, language: str
) -> list[Flowable]:
    title = report.title_page
    state = state_name(title.reporting_state, language) or "(reporting State not set)"
    contact = "\n".join(title.contact.lines()) or "(not given)"
    story: list[Flowable] = [
        para("THE ARMS TRADE TREATY", styles.subtitle, styles.fonts, bold=True),
        para("ANNUAL REPORT IN ACCORDANCE WITH ARTICLE 13(3)", styles.title, styles.fonts),
        para(
            "Exports and imports of conventional arms covered under Article 2(1)",
            styles.subtitle,
            styles.fonts,
        ),
        Spacer(1, 4 * mm),
        _pairs(
            [
                (
                    "Reporting State",
                    f"{state} ({title.reporting_state})" if title.reporting_state else state,
                ),
                ("Calendar year covered by the report", str(title.year)),
                ("National point of contact", contact),
                (
                    "Report currency for values",
                    title.report_currency if title.measure.has_value else "Values not reported",
                ),
            ],
            styles,
        ),
        Spacer(1, 2 * mm),
        para("Contents of this report", styles.h2, styles.fonts),
        _ticks(
            [
                ("Exports table", not report.exports.nil),
                ("Imports table", not report.imports.nil),
                ("Annex 2: national definitions", bool(report.annexes.national_definitions)),
                ("Nil report: exports", report.annexes.nil_exports),
                ("Nil report: imports", report.annexes.nil_imports),
            ],
            styles,
        ),
        Spacer(1, 1 * mm),
        para("Basis of the report", styles.h2, styles.fonts),
        _pairs(
            [
                (
                    "Exports",
                    _ticks(
                        [
                            ("Authorised", title.exports_basis.value == "authorised"),
                            ("Actual", title.exports_basis.value == "actual"),
                        ],
                        styles,
                    ),
                ),
                (
                    "Imports",
                    _ticks(
                        [
                            ("Authorised", title.imports_basis.value == "authorised"),
                            ("Actual", title.imports_basis.value == "actual"),
                        ],
                        styles,
                    ),
                ),
                (
                    "Reported as",
                    _ticks(
                        [
                            ("Number of items", title.measure.has_items),
                            ("Value", title.measure.has_value),
                        ],
                        styles,
                    ),
                ),
                (
                    "Small arms for civilian use",
                    _ticks(
                        [
                            ("Included", title.civilian_small_arms_included),
                            ("Not included", not title.civilian_small_arms_included),
                        ],
                        styles,
                    ),
                ),
                (
                    "Voluntary national categories",
                    _ticks(
                        [
                            ("Included", title.national_categories_included),
                            ("Not included", not title.national_categories_included),
                        ],
                        styles,
                    ),
                ),
            ],
            styles,
        ),
        Spacer(1, 1 * mm),
        para("Publication and withheld information", styles.h2, styles.fonts),
        _pairs(
            [
                (
                    "This report may be made publicly available by the ATT Secretariat",
                    _ticks(
                        [("Yes", title.may_be_made_public), ("No", not title.may_be_made_public)],
                        styles,
                    ),
                ),
                (
                    "Commercially sensitive and/or national security-related information has "
                    "been withheld in accordance with Article 13(3)",
                    _ticks(
                        [
                            ("Yes", title.information_withheld),
                            ("No", not title.information_withheld),
                        ],
                        styles,
                    ),
                ),
            ],
            styles,
            first=0.5,
        ),
    ]
    notes = [
        f"Prepared on {format_date(title.generated_on, 'en')} with {APP_NAME} {__version__} "
        "following the ATT annual reporting template (endorsed at CSP2, amended at CSP7)."
    ]
    if report.rates_used:
        rates = "; ".join(
            f"1 {c} = {format_number(r)} {title.report_currency}"
            for c, r in report.rates_used.items()
        )
        notes.append(
            f"Values converted to {title.report_currency} at the {title.year} rates recorded "
            f"by the authority: {rates}."
        )
    story += [Spacer(1, 2 * mm), para(" ".join(notes), styles.small, styles.fonts)]
    return story


# --------------------------------------------------------------------------- tables


def _entry_cells(row: ReportRow, table: ReportTable, styles: Styles, language: str) -> list[Any]:
    fonts = styles.fonts
    items = format_number(row.number_of_items) if row.number_of_items is not None else ""
    if table.measure.has_value:
        value = format_number(row.value) if row.value is not None else ""
        if not row.value_complete:
            value = (value + " *").strip()
    else:
        value = ""
    return [
        para(state_name(row.counterpart, language) or "(missing)", styles.small_cell, fonts),
        para(items, styles.small_right, fonts),
        para(value, styles.small_right, fonts),
        para(_states(row.origins, language), styles.small_cell, fonts),
        para(_states(row.intermediate, language), styles.small_cell, fonts),
        para("; ".join(row.descriptions), styles.small_cell, fonts),
        para("; ".join(row.comments), styles.small_cell, fonts),
    ]


def _report_table(
    table: ReportTable,
    report: AnnualReport,
    template: ReportTemplate,
    styles: Styles,
    language: str,
) -> list[Flowable]:
    catalogue = load_categories()
    key = table.direction.value + "s"
    fonts = styles.fonts
    heading = f"{template.table_titles[key].upper()}"
    story: list[Flowable] = [
        para(heading, styles.title, fonts),
        _ticks(
            [
                (f"Report on authorised {key}", table.basis.value == "authorised"),
                (f"Report on actual {key}", table.basis.value == "actual"),
            ],
            styles,
        ),
        para(f"Calendar year {report.title_page.year}", styles.body, fonts),
        Spacer(1, 2 * mm),
    ]
    if table.nil:
        story.append(
            para(
                f"Nil report: no {key} to report for {report.title_page.year}. See Annex 3.",
                styles.h2,
                fonts,
            )
        )
        return story
    labels = [column.label for column in template.columns[key]]
    if table.measure.has_value:
        labels[3] = f"{labels[3]} ({table.currency})"
    data: list[list[Any]] = [[para(h, styles.small_head, fonts) for h in labels]]
    extra: list[Any] = []
    for trow in template.rows:
        category = catalogue.get(trow.category)
        depth = trow.category.count(".")
        base = styles.small_head if trow.heading or depth == 0 else styles.small_cell
        label = para(
            row_label(category, language),
            base.clone(f"{base.name}_{depth}", leftIndent=8 * depth),
            fonts,
        )
        if trow.heading:
            data.append([label] + [""] * 7)
            r = len(data) - 1
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL)]
            continue
        rows = table.rows_for(trow.category)
        if not rows:
            data.append([label] + [""] * 7)
            continue
        first = len(data)
        for i, row in enumerate(rows):
            data.append([label if i == 0 else "", *_entry_cells(row, table, styles, language)])
        if len(rows) > 1:
            extra.append(("SPAN", (0, first), (0, len(data) - 1)))
    national = [r for r in table.rows if r.national]
    if national:
        data.append([para(template.national_label, styles.small_head, fonts)] + [""] * 7)
        r = len(data) - 1
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL)]
        for row in national:
            data.append(
                [
                    para(f"National category {row.rating}", styles.small_cell, fonts),
                    *_entry_cells(row, table, styles, language),
                ]
            )
    total_items = format_number(table.total_items) if table.total_items is not None else ""
    total_value = format_number(table.total_value) if table.total_value is not None else ""
    data.append(
        [
            para("Total", styles.small_head, fonts),
            "",
            para(total_items, styles.small_right, fonts, bold=True),
            para(total_value, styles.small_right, fonts, bold=True),
            "",
            "",
            "",
            "",
        ]
    )
    r = len(data) - 1
    extra += [("BACKGROUND", (0, r), (-1, r), HEADER_FILL), ("LINEABOVE", (0, r), (-1, r), 1, INK)]
    story.append(_grid(data, COLUMNS, extra))
    notes = []
    if any(not row.value_complete for row in table.rows) and table.measure.has_value:
        notes.append(
            "* Value incomplete: some values could not be converted to "
            f"{table.currency} (no exchange rate recorded) or were not recorded; they are not "
            "included."
        )
    if table.withheld_lines:
        notes.append(f"{table.withheld_lines} line(s) withheld in accordance with Article 13(3).")
    if not table.civilian_small_arms_included:
        notes.append("Small arms for civilian use are not included in category VIII.")
    for note in notes:
        story.append(para(note, styles.small, fonts))
    return story


# --------------------------------------------------------------------------- annexes


def _annexes(
    report: AnnualReport, template: ReportTemplate, styles: Styles, language: str
) -> list[Flowable]:
    fonts = styles.fonts
    catalogue = load_categories()
    title = report.title_page
    state = state_name(title.reporting_state, language) or "The reporting State"
    story: list[Flowable] = [
        para(template.annex_titles.get("annex_1", "Annex 1"), styles.h1, fonts),
        para(
            "The categories follow the UN Register of Conventional Arms definitions at the "
            "Treaty's entry into force (Article 5(3)); category VIII follows the UN Register's "
            "template for voluntary reporting of small arms and light weapons. The definitions "
            "are not reproduced here.",
            styles.body,
            fonts,
        ),
        para(template.annex_titles.get("national_definitions", "Annex 2"), styles.h1, fonts),
    ]
    definitions = report.annexes.national_definitions
    if definitions:
        data = [
            [
                para("Category", styles.small_head, fonts),
                para("National definition", styles.small_head, fonts),
            ]
        ]
        for d in definitions:
            label = (
                category_label(d.category, catalogue, language)
                if catalogue.is_valid(d.category, selectable_only=False)
                else d.category
            )
            data.append(
                [
                    para(label, styles.small_cell, fonts),
                    para(d.definition, styles.small_cell, fonts),
                ]
            )
        story.append(_grid(data, (0.3, 0.7)))
    else:
        story.append(
            para(
                "No national definitions are submitted: the UN Register definitions are used.",
                styles.body,
                fonts,
            )
        )
    story.append(para(template.annex_titles.get("nil_reports", "Annex 3"), styles.h1, fonts))
    for key, nil in (
        ("exports", report.annexes.nil_exports),
        ("imports", report.annexes.nil_imports),
    ):
        text = (
            f"{state} had no {key} of conventional arms covered under Article 2(1) to report "
            f"for the calendar year {title.year}."
            if nil
            else f"Not applicable: the {key} table is submitted."
        )
        story.append(
            KeepTogether(
                [
                    para(f"Nil report: {key}", styles.h2, fonts),
                    _ticks([(f"Nil report on {key}", nil)], styles),
                    para(text, styles.body, fonts),
                ]
            )
        )
    return story


def _bar_chart(
    title: str, years: Sequence[int], series: dict[str, tuple[Decimal, ...]], fonts: Fonts
) -> Drawing:
    width, height = WIDTH * 0.48, 70 * mm
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 28
    chart.width, chart.height = width - 175, height - 55
    names = list(series) or ["(none)"]
    chart.data = [[float(v) for v in series[n]] for n in series] or [[0.0] * len(years)]
    chart.categoryAxis.categoryNames = [str(y) for y in years]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)])
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 130, height - 25
    legend.fontName = "Helvetica"
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = [
        (colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)]), n) for i, n in enumerate(names)
    ]
    drawing.add(legend)
    return drawing


def _charts(data: ChartData, styles: Styles) -> list[Flowable]:
    fonts = styles.fonts
    catalogue = load_categories()
    named = {
        f"{code} {catalogue.get(code).name_en}"[:36]: totals
        for code, totals in data.by_category.items()
    }
    category = _bar_chart("Items exported by category", data.years, named, fonts)
    region = _bar_chart(
        "Items exported by destination region (UN M49)", data.years, dict(data.by_region), fonts
    )
    pair = Table([[category, region]], colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    return [
        para("Annex: exports over the years (charts)", styles.h1, fonts),
        para(
            f"Number of items, {data.basis.value} exports, {data.years[0]}-{data.years[-1]}. "
            "Counts, not values, so that years converted at different rates are not mixed. "
            "Withheld lines are not counted.",
            styles.body,
            fonts,
        ),
        pair,
    ]


# --------------------------------------------------------------------------- document


def write_annual_report_pdf(
    report: AnnualReport, out: Path, *, language: str = "en", today: date | None = None
) -> int:
    """Write the PDF and return its page count."""
    register_fonts()
    template = load_report_template()
    styles = make_styles(language)
    title = report.title_page
    state = state_name(title.reporting_state) or "Reporting State"
    header = f"ATT annual report {title.year} - {state}"
    footer = (
        f"Art. 13(3) report for {title.year}  ·  exports {title.exports_basis.value}, "
        f"imports {title.imports_basis.value}  ·  "
        f"{'may be made public' if title.may_be_made_public else 'not for publication'}"
    )
    doc = BaseDocTemplate(
        str(out),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"ATT annual report {title.year} - {state}",
        author=state,
        creator=f"{APP_NAME} {__version__}",
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        WIDTH,
        PAGE[1] - TOP - BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = _title_page(report, template, styles, language)
    for table in (report.exports, report.imports):
        story.append(PageBreak())
        story += _report_table(table, report, template, styles, language)
    story.append(PageBreak())
    story += _annexes(report, template, styles, language)
    if report.charts is not None and report.charts.years:
        story.append(PageBreak())
        story += _charts(report.charts, styles)
    doc.build(story, canvasmaker=_canvas_class(header, footer, report.has_errors))
    logging.getLogger(__name__).info(
        "Annual report %s written as PDF to %s (%d pages)", title.year, out, doc.page
    )
    return int(doc.page)


__all__ = ["write_annual_report_pdf"]
