"""The annual report as a PDF laid out like the ATT template (Art. 13(3)).

Landscape A4 throughout, as the template's tables are wide: a title page (reporting State,
year, national point of contact, contents tick boxes, publication, withheld information),
the Exports and Imports tables with every category row and the SALW sub-rows whether or not
they hold figures (a reader checks what was *not* exported too), then the annexes: UN
definitions (referenced), national definitions, nil reports, and an optional charts annex.

The Exports and Imports tables run over as many pages as they need (``CategoryTable``): the
header row repeats, and a page that starts inside a category repeats its label with
"(continued)" ("（续）" in Chinese).

The report is in one language throughout: English by default, as the Secretariat receives it,
or any language of the catalogue (``language="zh_CN"``): headings, notes, category and State
names, dates and figures all follow it (``report_labels``, ``att_desktop.i18n``); only what
the authority typed (descriptions, comments, definitions, the contact) is printed as typed.
Every script is drawn in the shipped Noto fonts, embedded (``pdf_text``).
A report with validation errors prints "DRAFT" in every page header.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from att_desktop import APP_NAME, __version__
from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.model import (
    AnnualReport,
    ReportRow,
    ReportTable,
    TitlePage,
)
from att_desktop.domain.reporting.template import ReportTemplate, load_report_template
from att_desktop.formats.pdf_annual_charts import charts_annex
from att_desktop.formats.pdf_annual_forms import (
    GRID_STYLE,
    annex_1,
    annex_2,
    annex_3,
    explanatory_notes,
    pairs,
    public_question,
    ticks,
)
from att_desktop.formats.pdf_common import (
    ACCENT,
    ALERT,
    GRID,
    LATIN,
    MUTED,
    RULE,
    ZEBRA_FILL,
    Fonts,
    Styles,
    draw_text,
    make_styles,
    numbered_canvas,
    para,
    register_fonts,
)
from att_desktop.formats.pdf_labels import (
    format_date,
    format_number,
    join,
    normalise_language,
    with_details,
)
from att_desktop.formats.pdf_labels import label as pdf_label
from att_desktop.formats.report_labels import (
    category_label,
    national_category,
    report_plural,
    report_text,
    row_label,
    state_name,
    template_text,
)
from att_desktop.i18n import sentences, translate

PAGE = landscape(A4)
MARGIN = 15 * mm
TOP = 20 * mm
BOTTOM = 17 * mm
WIDTH = PAGE[0] - 2 * MARGIN
FRAME_HEIGHT = PAGE[1] - TOP - BOTTOM

#: Column widths (fractions) of the Exports/Imports tables, in template order.
COLUMNS = (0.19, 0.12, 0.07, 0.10, 0.10, 0.10, 0.19, 0.13)


# --------------------------------------------------------------------------- page furniture


def canvas_class(header: str, footer: str, draft: bool, language: str) -> type[Canvas]:
    """The report's pages: its header (and "DRAFT" while errors remain), "Page X of Y"."""
    fonts = Fonts(normalise_language(language))
    draft_text = report_text("DRAFT - validation errors not resolved", language)

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        width, height = PAGE
        top = height - 11 * mm
        draw_text(canvas, MARGIN, top, header, 8.5, fonts, bold=True, color=ACCENT)
        if draft:
            draw_text(
                canvas,
                width / 2,
                top,
                draft_text,
                8.5,
                fonts,
                bold=True,
                align="center",
                color=ALERT,
            )
        draw_text(canvas, width - MARGIN, top, APP_NAME, 8, fonts, align="right", color=MUTED)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        canvas.line(MARGIN, 11 * mm + 9, width - MARGIN, 11 * mm + 9)
        canvas.restoreState()
        draw_text(canvas, MARGIN, 11 * mm, footer, 7.5, fonts, color=MUTED)
        draw_text(
            canvas,
            width - MARGIN,
            11 * mm,
            pdf_label("page_of", language, page=page, pages=total),
            7.5,
            fonts,
            align="right",
            bold=True,
        )

    return numbered_canvas(decorate)


# --------------------------------------------------------------------------- small pieces


class Row(Enum):
    """What a row of the Exports/Imports table is, which decides its lines and fill."""

    HEADER = "header"
    HEADING = "heading"
    ENTRY = "entry"


@dataclass(frozen=True)
class RowKey:
    """What one row of the Exports/Imports table is and what its first column says."""

    kind: Row
    #: The self-contained category label ("VIII.SA.2 Rifles and carbines") that a page
    #: starting inside this row's category repeats; "" for rows of no category block.
    carry: str = ""
    #: The row shows its label itself (the first row of its category block).
    first: bool = True


class CategoryTable(Flowable):  # type: ignore[misc]
    """The Exports/Imports table, which runs over any number of pages.

    The rows of one category are not joined by a SPAN, because reportlab cannot split a
    spanned block across pages (a category with some 30 States stopped the whole report).
    The label stands on the category's first row, the first column has no lines between the
    rows of one category, and a page that starts inside a category repeats its label with
    "(continued)". The header row repeats on every page and a heading row never ends a page.

    reportlab re-measures every remaining row of a Table at each page break, so one Table of
    10,000 rows takes quadratic time; this flowable hands it a page or two of rows at a time,
    keeps the rest for the next page and measures each row once (the widths never change).
    """

    #: Rows measured at a time (a landscape page holds some 25-60 rows).
    CHUNK = 40

    def __init__(
        self,
        header: list[Any],
        rows: list[list[Any]],
        keys: list[RowKey],
        widths: list[float],
        continued: Callable[[str], Flowable],
        heights: list[float | None] | None = None,
    ) -> None:
        super().__init__()
        self.header, self.rows, self.keys = header, rows, keys
        self.widths, self.continued = widths, continued
        #: Row heights once reportlab has measured them: header first, then one per row.
        self.heights: list[float | None] = heights or [None] * (len(rows) + 1)
        self.hAlign = "LEFT"
        self._table: Table | None = None
        self._size: tuple[float, float] = (0.0, 0.0)
        self._taken = 0  # rows in self._table

    def _chunk(self, count: int) -> Table:
        """A plain reportlab Table of the header and the first ``count`` rows."""
        keys = [RowKey(Row.HEADER), *self.keys[:count]]
        commands: list[Any] = [
            *GRID_STYLE,
            ("GRID", (1, 0), (-1, -1), 0.4, GRID),
            ("LINEBEFORE", (0, 0), (0, -1), 0.4, GRID),
            ("LINEBELOW", (0, 0), (0, 0), 0.4, GRID),
            ("LINEBELOW", (0, -1), (0, -1), 0.4, GRID),
            # Plain-string cells (figures, empty cells) in the size of the Paragraph cells.
            ("FONT", (0, 0), (-1, -1), LATIN, 7.5, 9.5),
            ("ALIGN", (2, 1), (3, -1), "RIGHT"),
        ]
        for i, key in enumerate(keys):
            if key.first:
                # The first column has lines only where a label starts: one block per category.
                commands.append(("LINEABOVE", (0, i), (0, i), 0.4, GRID))
            if key.kind is Row.HEADING:
                commands += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), ZEBRA_FILL)]
        # A flowable goes into a list: with its row height already known, reportlab would not
        # wrap it into one, and its in-row split drops a bare flowable instead of placing it.
        data = [
            [[cell] if isinstance(cell, Flowable) else cell for cell in row]
            for row in (self.header, *self.rows[:count])
        ]
        return Table(
            data,
            colWidths=self.widths,
            repeatRows=1,
            hAlign="LEFT",
            rowHeights=self.heights[: count + 1],
            splitInRow=1,  # a row taller than a page (hundreds of descriptions) is split
            style=TableStyle(commands),
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        count = min(len(self.rows), self.CHUNK)
        while True:
            table = self._chunk(count)
            width, height = table.wrap(availWidth, availHeight)
            self.heights[: count + 1] = table._rowHeights[: count + 1]
            if height > availHeight or count == len(self.rows):
                break
            count = min(len(self.rows), count * 2)
        self._table, self._taken, self._size = table, count, (availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        assert self._table is not None and self._taken == len(self.rows)
        self._table.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._table is None or self._size != (availWidth, availHeight):
            self.wrap(availWidth, availHeight)
        assert self._table is not None
        parts = self._split_chunk(self._table, availWidth, availHeight)
        if not parts:
            return []
        head = parts[0]
        if len(parts) == 1:  # the chunk fitted: the rest starts with the next row
            body, measured, k, in_row = [], [], self._taken, False
        else:
            body = [list(r) for r in parts[1]._cellvalues[1:]]
            measured = list(parts[1]._argH[1:])
            # After an in-row split (a row taller than the page) both parts hold that row.
            in_row = head._nrows + len(body) == self._taken + 2
            k = head._nrows - (2 if in_row else 1)
        rows = body + self.rows[self._taken :]
        heights = [self.heights[0], *measured, *self.heights[self._taken + 1 :]]
        keys = self.keys[k:]
        if not rows:
            return [head]
        head._addCommand(("LINEBELOW", (0, -1), (0, -1), 0.4, GRID))
        key = keys[0]
        if key.carry and (in_row or not key.first):
            rows[0] = [self.continued(key.carry), *rows[0][1:]]
            keys = [RowKey(key.kind, key.carry, first=True), *keys[1:]]
            heights[1] = None  # the label may need more lines than the row had
        rest = CategoryTable(self.header, rows, keys, self.widths, self.continued, heights)
        return [head, rest]

    def _split_chunk(self, table: Table, availWidth: float, availHeight: float) -> list[Any]:
        """Split the chunk so that a heading row never ends a page: it goes with the row below.

        Table rows are the header (0) and then ``self.keys`` (row ``t`` is key ``t - 1``).
        """
        parts: list[Any] = table.split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        end = parts[0]._nrows - 1
        last = end  # the last row of the page that is not a heading
        while last >= 1 and self.keys[last - 1].kind is Row.HEADING:
            last -= 1
        if last == end:
            return parts
        # A row below the headings too long for any page is split here, below its heading...
        below = sum(table._rowHeights[: end + 2]) - sum(table._rowHeights[1 : last + 1])
        if below > FRAME_HEIGHT:
            inside: list[Any] = table._splitRows(availHeight, doInRowSplit=1)
            if len(inside) == 2 and inside[0]._nrows > parts[0]._nrows:
                return inside
        # ...else end the page before the headings, or leave the whole table for the next.
        if last == 0:
            return []
        shorter: list[Any] = table.split(availWidth, sum(table._rowHeights[: last + 1]) + 0.01)
        return shorter if len(shorter) == 2 else parts


def _states(codes: Sequence[str], language: str) -> str:
    return join((state_name(c, language) for c in codes), language)


# --------------------------------------------------------------------------- title page


def _title_page(
    report: AnnualReport, template: ReportTemplate, styles: Styles, language: str
) -> list[Flowable]:
    title = report.title_page
    t = language
    state = state_name(title.reporting_state, t) or report_text("(reporting State not set)", t)
    contact = "\n".join(title.contact.lines()) or report_text("(not given)", t)
    story: list[Flowable] = [
        para(report_text("THE ARMS TRADE TREATY", t), styles.subtitle, styles.fonts, bold=True),
        para(
            report_text("ANNUAL REPORT IN ACCORDANCE WITH ARTICLE 13(3)", t),
            styles.title,
            styles.fonts,
        ),
        para(
            report_text("Exports and imports of conventional arms covered under Article 2(1)", t),
            styles.subtitle,
            styles.fonts,
        ),
        Spacer(1, 4 * mm),
        pairs(
            [
                (
                    report_text("Reporting State", t),
                    with_details(state, title.reporting_state, t)
                    if title.reporting_state
                    else state,
                ),
                (report_text("Calendar year covered by the report", t), str(title.year)),
                (report_text("National point of contact", t), contact),
                (
                    report_text("Report currency for values", t),
                    title.report_currency
                    if title.measure.has_value
                    else report_text("Values not reported", t),
                ),
            ],
            styles,
        ),
        Spacer(1, 2 * mm),
        para(report_text("Contents of this report", t), styles.h2, styles.fonts),
        ticks(
            [
                (report_text("Exports table", t), not report.exports.nil),
                (report_text("Imports table", t), not report.imports.nil),
                (
                    report_text("Annex 2: national definitions", t),
                    bool(report.annexes.national_definitions),
                ),
                (report_text("Nil report: exports", t), report.annexes.nil_exports),
                (report_text("Nil report: imports", t), report.annexes.nil_imports),
            ],
            styles,
            max_width=WIDTH,
        ),
        Spacer(1, 1 * mm),
        para(report_text("Basis of the report", t), styles.h2, styles.fonts),
        _report_basis(title, styles, t),
        Spacer(1, 1 * mm),
        para(report_text("Withheld information", t), styles.h2, styles.fonts),
        _withheld(title, styles, t),
    ]
    story += [Spacer(1, 2 * mm), para(_title_notes(report, t), styles.small, styles.fonts)]
    return story


def _basis_ticks(basis: str, styles: Styles, t: str) -> Table:
    return ticks(
        [
            (report_text("Authorised", t), basis == "authorised"),
            (report_text("Actual", t), basis == "actual"),
        ],
        styles,
    )


def _included_ticks(included: bool, styles: Styles, t: str) -> Table:
    return ticks(
        [(report_text("Included", t), included), (report_text("Not included", t), not included)],
        styles,
    )


def _report_basis(title: TitlePage, styles: Styles, t: str) -> Flowable:
    """The template's ticks for the bases, the figures and what is included."""
    return pairs(
        [
            (report_text("Exports", t), _basis_ticks(title.exports_basis.value, styles, t)),
            (report_text("Imports", t), _basis_ticks(title.imports_basis.value, styles, t)),
            (
                report_text("Reported as", t),
                ticks(
                    [
                        (report_text("Number of items", t), title.measure.has_items),
                        (report_text("Value", t), title.measure.has_value),
                    ],
                    styles,
                ),
            ),
            (
                report_text("Small arms for civilian use", t),
                _included_ticks(title.civilian_small_arms_included, styles, t),
            ),
            (
                report_text("Voluntary national categories", t),
                _included_ticks(title.national_categories_included, styles, t),
            ),
        ],
        styles,
    )


def _withheld(title: TitlePage, styles: Styles, t: str) -> Flowable:
    """Was information withheld (Article 13(3)). Publication is asked on each form."""
    answer = ticks(
        [
            (pdf_label("yes", t), title.information_withheld),
            (pdf_label("no", t), not title.information_withheld),
        ],
        styles,
    )
    question = report_text(
        "Commercially sensitive and/or national security-related information has been "
        "withheld in accordance with Article 13(3)",
        t,
    )
    return pairs([(question, answer)], styles, first=0.5)


def _title_notes(report: AnnualReport, t: str) -> str:
    """How the report was made, and the exchange rates used for its values."""
    title = report.title_page
    notes = [
        report_text(
            "Prepared on {date} with {app} {version} following the ATT annual reporting "
            "template (endorsed at CSP2, amended at CSP7).",
            t,
            date=format_date(title.generated_on, t),
            app=APP_NAME,
            version=__version__,
        )
    ]
    if report.rates_used:
        rates = translate("; ", t, context="list separator between items with commas").join(
            report_text(
                "1 {currency} = {rate} {report_currency}",
                t,
                currency=c,
                rate=format_number(r, t),
                report_currency=title.report_currency,
            )
            for c, r in report.rates_used.items()
        )
        notes.append(
            report_text(
                "Values converted to {currency} at the {year} rates recorded by the authority: "
                "{rates}.",
                t,
                currency=title.report_currency,
                year=title.year,
                rates=rates,
            )
        )
    return sentences(notes, t)


# --------------------------------------------------------------------------- tables


def _entry_cells(
    row: ReportRow, table: ReportTable, cell: Callable[[str], Any], language: str
) -> list[Any]:
    items = format_number(row.number_of_items, language) if row.number_of_items is not None else ""
    if table.measure.has_value:
        value = format_number(row.value, language) if row.value is not None else ""
        if not row.value_complete:
            value = (value + " *").strip()
    else:
        value = ""
    return [
        cell(state_name(row.counterpart, language) or report_text("(missing)", language)),
        items,  # figures stay plain strings, right-aligned by the table style
        value,
        cell(_states(row.origins, language)),
        cell(_states(row.intermediate, language)),
        cell("; ".join(row.descriptions)),
        cell("; ".join(row.comments)),
    ]


def _report_table(
    table: ReportTable,
    report: AnnualReport,
    template: ReportTemplate,
    styles: Styles,
    language: str,
) -> list[Flowable]:
    key = table.direction.value + "s"
    fonts = styles.fonts
    t = language
    year = report.title_page.year
    heading = template_text(f"{key}.title", template.table_titles[key], t).upper()
    exports = key == "exports"
    story: list[Flowable] = [
        para(heading, styles.title, fonts),
        ticks(
            [
                (
                    report_text("Report on authorised exports", t)
                    if exports
                    else report_text("Report on authorised imports", t),
                    table.basis.value == "authorised",
                ),
                (
                    report_text("Report on actual exports", t)
                    if exports
                    else report_text("Report on actual imports", t),
                    table.basis.value == "actual",
                ),
            ],
            styles,
        ),
        para(report_text("Calendar year {year}", t, year=year), styles.body, fonts),
        public_question(report.title_page.public(table.direction), template, styles, t),
        Spacer(1, 2 * mm),
    ]
    labels = [
        template_text(f"column.{column.key}", column.label, t) for column in template.columns[key]
    ]
    if table.measure.has_value:
        labels[3] = with_details(labels[3], table.currency, t)
    header = [para(h, styles.small_head, fonts) for h in labels]
    data, keys = _table_rows(table, template, styles, language)
    continued_style = styles.small_cell.clone("small_cell_continued", textColor=MUTED)

    def continued(text: str) -> Flowable:
        return para(pdf_label("continued", language, label=text), continued_style, fonts)

    widths = [WIDTH * w / sum(COLUMNS) for w in COLUMNS]
    story.append(CategoryTable(header, data, keys, widths, continued))
    for note in _table_notes(table, language):
        story.append(para(note, styles.small, fonts))
    story += explanatory_notes(template, styles, language)
    return story


def _table_rows(
    table: ReportTable, template: ReportTemplate, styles: Styles, language: str
) -> tuple[list[list[Any]], list[RowKey]]:
    """The body rows in the template's category order, then national categories; with each
    row's key (heading, or entry with its category label to carry over). No total row: the
    template has none, and items of different categories do not add up to a number."""
    catalogue = load_categories()
    fonts = styles.fonts
    paragraphs: dict[str, Any] = {}

    def cell(text: str) -> Any:
        """A wrapping cell; one Paragraph per distinct text (States and descriptions repeat
        over thousands of rows, and reportlab wraps a cell again just before drawing it)."""
        if not text:
            return ""
        if text not in paragraphs:
            paragraphs[text] = para(text, styles.small_cell, fonts)
        return paragraphs[text]

    data: list[list[Any]] = []
    keys: list[RowKey] = []

    def heading_row(text: str, style: Any) -> None:
        data.append([para(text, style, fonts)] + [""] * 7)
        keys.append(RowKey(Row.HEADING))

    for trow in template.rows:
        category = catalogue.get(trow.category)
        depth = trow.category.count(".")
        base = styles.small_head if trow.heading or depth == 0 else styles.small_cell
        style = base.clone(f"{base.name}_{depth}", leftIndent=8 * depth)
        if trow.heading:
            heading_row(row_label(category, language), style)
            continue
        label = para(row_label(category, language), style, fonts)
        carry = category_label(trow.category, catalogue, language)
        rows = table.rows_for(trow.category)
        if not rows:
            data.append([label] + [""] * 7)
            keys.append(RowKey(Row.ENTRY, carry))
            continue
        for i, row in enumerate(rows):
            data.append([label if i == 0 else "", *_entry_cells(row, table, cell, language)])
            keys.append(RowKey(Row.ENTRY, carry, first=i == 0))
    national = [r for r in table.rows if r.national]
    if national:
        heading_row(
            template_text("national_categories", template.national_label, language),
            styles.small_head,
        )
        for row in national:
            data.append(
                [
                    para(national_category(row.rating, language), styles.small_cell, fonts),
                    *_entry_cells(row, table, cell, language),
                ]
            )
            keys.append(RowKey(Row.ENTRY))
    return data, keys


def _table_notes(table: ReportTable, t: str) -> list[str]:
    """The footnotes: incomplete values, withheld lines, civilian small arms left out."""
    notes = []
    if any(not row.value_complete for row in table.rows) and table.measure.has_value:
        notes.append(
            report_text(
                "* Value incomplete: some values could not be converted to {currency} (no "
                "exchange rate recorded) or were not recorded; they are not included.",
                t,
                currency=table.currency,
            )
        )
    if table.withheld_lines:
        notes.append(
            report_plural(
                "{n} line withheld in accordance with Article 13(3).",
                "{n} lines withheld in accordance with Article 13(3).",
                table.withheld_lines,
                t,
            )
        )
    if not table.civilian_small_arms_included:
        notes.append(
            report_text("Small arms for civilian use are not included in category VIII.", t)
        )
    return notes


# --------------------------------------------------------------------------- annexes


# --------------------------------------------------------------------------- document


def _basis_word(basis: str, t: str) -> str:
    """ "authorised" / "actual" in running text (the footer)."""
    if basis == "authorised":
        return report_text("authorised", t)
    if basis == "actual":
        return report_text("actual", t)
    return basis


def write_annual_report_pdf(
    report: AnnualReport, out: Path, *, language: str = "en", today: date | None = None
) -> int:
    """Write the PDF and return its page count."""
    register_fonts()
    template = load_report_template()
    # One language throughout: an Arabic report reads from the right, tables mirrored.
    styles = make_styles(language)
    title = report.title_page
    t = language
    state = state_name(title.reporting_state, t) or report_text("Reporting State", t)
    header = report_text("ATT annual report {year} - {state}", t, year=title.year, state=state)
    footer_parts = [
        report_text("Art. 13(3) report for {year}", t, year=title.year),
        report_text(
            "exports {exports}, imports {imports}",
            t,
            exports=_basis_word(title.exports_basis.value, t),
            imports=_basis_word(title.imports_basis.value, t),
        ),
    ]
    if report.record_anchor:
        footer_parts.append(pdf_label("record_anchor", t, anchor=report.record_anchor))
    footer = "  ·  ".join(footer_parts)
    doc = BaseDocTemplate(
        str(out),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=header,
        author=state,
        creator=f"{APP_NAME} {__version__}",
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = _title_page(report, template, styles, language)
    for table in (report.exports, report.imports):
        if table.nil:
            continue  # its nil report form (Annex 3) is submitted instead of the table
        story.append(PageBreak())
        story += _report_table(table, report, template, styles, language)
    story.append(PageBreak())
    story += annex_1(template, styles, language)
    story += annex_2(report, template, styles, language)
    story += annex_3(report, template, styles, language)
    if report.charts is not None and report.charts.years:
        story.append(PageBreak())
        story.append(
            para(
                report_text("Annex added by ATT Desktop, not part of the template", t),
                styles.subtitle,
                styles.fonts,
                bold=True,
            )
        )
        story += charts_annex(report.charts, styles, t, WIDTH)
    doc.build(story, canvasmaker=canvas_class(header, footer, report.has_errors, t))
    logging.getLogger(__name__).info(
        "Annual report %s written as PDF to %s (%d pages)", title.year, out, doc.page
    )
    return int(doc.page)


__all__ = ["write_annual_report_pdf"]
