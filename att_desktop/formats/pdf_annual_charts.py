"""The annual report's optional charts annex: items exported over the years, by category and
by UN M49 region, two bar charts side by side in the report's language.

Apart from ``pdf_annual_report`` so that each module stays readable; the charts draw with
reportlab's graphics (not Paragraphs), whose ``String`` knows one font and no Arabic: every
word here (title, legend) is drawn as the runs of ``pdf_text.visual_runs`` instead, one
``String`` per script run in the shipped font that has it, Arabic shaped and in display
order, and an Arabic chart has its legend on the left and its title on the right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.model import ChartData
from att_desktop.formats.pdf_common import LATIN, Fonts, Styles, para
from att_desktop.formats.pdf_text import string_width, visual_runs
from att_desktop.formats.report_labels import report_text
from att_desktop.i18n import REGION_CONTEXT, sentences, translate

#: The annual report's text width (landscape A4, 15 mm margins, as ``pdf_annual_report``).
WIDTH = landscape(A4)[0] - 2 * 15 * mm
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


#: Series one chart shows; the smallest others are added up into one "Other" series, so the
#: legend fits beside the chart and no two series share a colour.
MAX_SERIES = len(CHART_COLOURS) - 1
#: Year labels one axis shows; with more years only every n-th year is labelled.
MAX_YEAR_LABELS = 10
LEGEND_WIDTH = 120.0


def _chart_series(
    series: Mapping[str, Sequence[Decimal]], language: str = "en"
) -> dict[str, tuple[Decimal, ...]]:
    """At most ``MAX_SERIES`` series in their own order; the smallest rest become "Other"."""
    if len(series) <= MAX_SERIES:
        return {name: tuple(values) for name, values in series.items()}
    ranked = sorted(series, key=lambda name: sum(series[name]), reverse=True)
    kept = set(ranked[: MAX_SERIES - 1])
    rest = [series[name] for name in ranked[MAX_SERIES - 1 :]]
    out = {name: tuple(values) for name, values in series.items() if name in kept}
    out[report_text("Other ({count})", language, count=len(rest))] = tuple(
        sum(column, Decimal(0)) for column in zip(*rest, strict=True)
    )
    return out


def _fit(text: str, width: float, size: float, fonts: Fonts, *, bold: bool = False) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` points as drawn (each script
    in its own font, Arabic shaped)."""
    if string_width(text, size, fonts, bold=bold) <= width:
        return text
    while text and string_width(text + "...", size, fonts, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "..."


def _label(
    x: float, y: float, text: str, size: float, fonts: Fonts, *, bold: bool = False
) -> Group:
    """One line of text as drawn in a chart: a ``String`` per script run, left to right from
    ``x`` (``x`` is the right end instead in a right-to-left document)."""
    parts = visual_runs(text, size, fonts, bold=bold)
    if fonts.rtl:
        x -= sum(width for _, _, width in parts)
    group = Group()
    for font, chunk, width in parts:
        group.add(String(x, y, chunk, fontName=font, fontSize=size))
        x += width
    return group


def _legend(names: Sequence[str], x: float, top: float, fonts: Fonts) -> Group:
    """A colour swatch and a name per series, one under the other in ``LEGEND_WIDTH``
    points from ``x``: names right of their swatch, or left of it in right-to-left."""
    group = Group()
    swatch, gap, size = 6.0, 4.0, 7.0
    for i, name in enumerate(names):
        y = top - i * (size + 3)
        colour = colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)])
        text = _fit(name, LEGEND_WIDTH - swatch - gap, size, fonts)
        box_x = x + LEGEND_WIDTH - swatch if fonts.rtl else x
        group.add(Rect(box_x, y, swatch, swatch, fillColor=colour, strokeColor=None))
        text_x = box_x - gap if fonts.rtl else x + swatch + gap
        group.add(_label(text_x, y, text, size, fonts))
    return group


def _axis_number(value: float) -> str:
    """Short value-axis labels (1.5M, 20k) that fit left of the chart at any magnitude."""
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}"


def _bar_chart(
    title: str,
    years: Sequence[int],
    series: Mapping[str, Sequence[Decimal]],
    fonts: Fonts,
    page_width: float = WIDTH,
) -> Drawing:
    """One bar chart with its legend, always inside its half of the page width; its words
    in the shipped fonts, script run by script run (``_label``)."""
    width, height = page_width * 0.48, 70 * mm
    drawing = Drawing(width, height)
    # reportlab starts a drawing in Helvetica, which the PDF would then name (not embed).
    drawing.initialFontName = LATIN
    title_x = width if fonts.rtl else 0
    drawing.add(
        _label(title_x, height - 10, _fit(title, width, 10, fonts, bold=True), 10, fonts, bold=True)
    )
    shown = _chart_series(series, fonts.language)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 28
    chart.width, chart.height = width - chart.x - LEGEND_WIDTH - 15, height - 55
    if fonts.rtl:  # the legend on the left, the chart moved right
        chart.x += LEGEND_WIDTH + 15
    names = list(shown) or [report_text("(none)", fonts.language)]
    chart.data = [[float(v) for v in values] for values in shown.values()] or [[0.0] * len(years)]
    step = -(-len(years) // MAX_YEAR_LABELS)  # ceiling division
    chart.categoryAxis.categoryNames = [
        str(y) if i % step == 0 else "" for i, y in enumerate(years)
    ]
    chart.categoryAxis.labels.fontName = LATIN
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _axis_number
    chart.valueAxis.valueMin = 0
    if not any(any(row) for row in chart.data):
        chart.valueAxis.valueMax = 1  # nothing to show: an empty axis, not a division by zero
    chart.barSpacing = 1 if len(years) * len(chart.data) < 80 else 0
    chart.groupSpacing = 6 if len(years) < 15 else 2
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)])
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    drawing.add(_legend(names, 0 if fonts.rtl else width - LEGEND_WIDTH, height - 30, fonts))
    return drawing


def charts_annex(data: ChartData, styles: Styles, t: str, width: float = WIDTH) -> list[Flowable]:
    """The optional annex: items exported per year, by category and by region."""
    fonts = styles.fonts
    catalogue = load_categories()
    named = {catalogue.label(code, t): totals for code, totals in data.by_category.items()}
    regions = {
        translate(name, t, context=REGION_CONTEXT): totals
        for name, totals in data.by_region.items()
    }
    category = _bar_chart(
        report_text("Items exported by category", t), data.years, named, fonts, width
    )
    region = _bar_chart(
        report_text("Items exported by destination region (UN M49)", t),
        data.years,
        regions,
        fonts,
        width,
    )
    pair = Table([[category, region]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    first, last = data.years[0], data.years[-1]
    basis = (
        report_text(
            "Number of items, authorised exports, {first}-{last}.", t, first=first, last=last
        )
        if data.basis.value == "authorised"
        else report_text(
            "Number of items, actual exports, {first}-{last}.", t, first=first, last=last
        )
    )
    why = report_text(
        "Counts, not values, so that years converted at different rates are not mixed. "
        "Withheld lines are not counted.",
        t,
    )
    return [
        para(report_text("Annex: exports over the years (charts)", t), styles.h1, fonts),
        para(sentences((basis, why), t), styles.body, fonts),
        pair,
    ]
