"""The UN Register report as a PDF: title page, the four tables, background information.

Laid out with the case documents' page furniture and tables (``pdf_common``: A4, header and
"Page X of Y", a table that runs over pages with its header repeated, Arabic mirrored), in
one language throughout through ``pdf_text``'s embedded Noto fonts. Every category row of a
table is printed whether or not it holds figures, as on the form, and a table with nothing to
report says "nil". A report with validation errors says DRAFT in its title.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from att_desktop.domain.categories import CategoryCatalogue, load_categories
from att_desktop.domain.reporting.unroca import (
    BackgroundKind,
    UnrocaReport,
    UnrocaTable,
    salw_rows,
    standard_rows,
)
from att_desktop.formats.pdf_common import (
    HEADER_FILL,
    ZEBRA_FILL,
    PageInfo,
    Styles,
    build_pdf,
    gap,
    key_values,
    make_styles,
    para,
    table,
)
from att_desktop.formats.pdf_labels import format_date, format_number, join, with_details
from att_desktop.formats.report_labels import category_label, report_text, row_label, state_name
from att_desktop.formats.unroca_labels import (
    background_title,
    basis_note,
    columns,
    form_source,
    nil_text,
    table_title,
    unroca_text,
    withheld_note,
)

#: Column widths of a table: category, State, number, origin, intermediate, description,
#: comments.
WIDTHS = (0.18, 0.14, 0.1, 0.13, 0.13, 0.19, 0.13)


def _title(report: UnrocaReport, styles: Styles, t: str) -> list[Flowable]:
    state = state_name(report.reporting_state, t) or report_text("(reporting State not set)", t)
    contact = "\n".join(report.contact.lines()) or report_text("(not given)", t)
    story: list[Flowable] = [
        para(
            unroca_text("United Nations Register of Conventional Arms", t),
            styles.title,
            styles.fonts,
        ),
        para(
            unroca_text(
                "Report on international transfers of conventional arms for the calendar "
                "year {year}",
                t,
                year=report.year,
            ),
            styles.subtitle,
            styles.fonts,
        ),
    ]
    if report.has_errors:
        story.append(
            para(report_text("DRAFT - validation errors not resolved", t), styles.h2, styles.fonts)
        )
    pairs: list[tuple[str, Any]] = [
        (
            report_text("Reporting State", t),
            with_details(state, report.reporting_state, t) if report.reporting_state else state,
        ),
        (report_text("Calendar year", t), str(report.year)),
        (report_text("National point of contact", t), contact),
        (unroca_text("Figures", t), basis_note(t)),
        (report_text("Generated on", t), format_date(report.generated_on, t)),
    ]
    if report.withheld_lines:
        pairs.append((unroca_text("Withheld", t), withheld_note(report.withheld_lines, t)))
    story += [
        gap(),
        key_values(pairs, styles),
        gap(),
        para(unroca_text("Contents", t), styles.h2, styles.fonts),
    ]
    contents = [
        [
            table_title(tb, t),
            nil_text(tb, report.year, t) if tb.nil else unroca_text("Submitted", t),
        ]
        for tb in report.tables
    ]
    for kind in BackgroundKind:
        given = bool(report.background_of(kind))
        contents.append(
            [
                background_title(kind, t),
                unroca_text("Submitted", t) if given else unroca_text("No information given.", t),
            ]
        )
    story.append(table(None, contents, (0.55, 0.45), styles))
    story += [gap(), para(form_source(t), styles.small, styles.fonts)]
    return story


def _cells(
    table_: UnrocaTable, catalogue: CategoryCatalogue, t: str
) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """The body rows (every category row of the form) and the style of its heading rows."""
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    categories = salw_rows(catalogue) if table_.salw else standard_rows(catalogue)
    for category in categories:
        label = row_label(category, t)
        if not category.selectable:
            i = len(rows) + 1
            rows.append([label, "", "", "", "", "", ""])
            extra.append(("BACKGROUND", (0, i), (-1, i), ZEBRA_FILL))
            continue
        entries = table_.rows_for(category.code)
        if not entries:
            rows.append([label, "", "", "", "", "", ""])
            continue
        for n, row in enumerate(entries):
            rows.append(
                [
                    label if n == 0 else "",
                    state_name(row.counterpart, t) or report_text("(missing)", t),
                    format_number(row.number_of_items, t)
                    if row.number_of_items is not None
                    else "",
                    join((state_name(c, t) for c in row.origins), t),
                    join((state_name(c, t) for c in row.intermediate), t),
                    "; ".join(row.descriptions),
                    "; ".join(row.comments),
                ]
            )
    total = len(rows) + 1
    rows.append([report_text("TOTAL", t), "", format_number(table_.total_items, t), "", "", "", ""])
    extra.append(("BACKGROUND", (0, total), (-1, total), HEADER_FILL))
    return rows, extra


def _table(report: UnrocaReport, table_: UnrocaTable, styles: Styles, t: str) -> list[Flowable]:
    catalogue = load_categories()
    story: list[Flowable] = [
        para(table_title(table_, t), styles.h1, styles.fonts),
        para(unroca_text("Calendar year {year}", t, year=report.year), styles.body, styles.fonts),
    ]
    if table_.nil:
        story.append(para(nil_text(table_, report.year, t), styles.h2, styles.fonts))
        return story
    rows, extra = _cells(table_, catalogue, t)
    story.append(
        table(
            columns(table_, t),
            rows,
            WIDTHS,
            styles,
            right=(2,),
            extra=extra,
            zebra=False,
            compact=True,
        )
    )
    return story


def _background(report: UnrocaReport, styles: Styles, t: str) -> list[Flowable]:
    catalogue = load_categories()
    story: list[Flowable] = [
        para(unroca_text("Background information (optional)", t), styles.h1, styles.fonts)
    ]
    for kind in BackgroundKind:
        story.append(para(background_title(kind, t), styles.h2, styles.fonts))
        entries = report.background_of(kind)
        if not entries:
            story.append(para(unroca_text("No information given.", t), styles.body, styles.fonts))
            continue
        rows = [
            [
                category_label(e.category, catalogue, t),
                format_number(e.number_of_items, t) if e.number_of_items is not None else "",
                e.description,
                e.remarks,
            ]
            for e in entries
        ]
        header = [
            unroca_text("Category", t),
            unroca_text("Number of items", t),
            unroca_text("Description of item", t),
            unroca_text("Remarks", t),
        ]
        story.append(table(header, rows, (0.3, 0.12, 0.33, 0.25), styles, right=(1,), compact=True))
    return story


def write_unroca_pdf(
    report: UnrocaReport, out: Path, *, language: str = "en", today: date | None = None
) -> int:
    """Write the PDF and return its page count."""
    t = language
    styles = make_styles(t)
    state = state_name(report.reporting_state, t) or report_text("Reporting State", t)
    title = unroca_text("UN Register report {year} - {state}", t, year=report.year, state=state)
    story = _title(report, styles, t)
    for table_ in report.tables:
        story += [PageBreak(), *_table(report, table_, styles, t)]
    story += [PageBreak(), *_background(report, styles, t)]
    info = PageInfo(
        authority=state,
        reference="",
        generated_on=today or report.generated_on,
        language=t,
        title=title,
        anchor=report.record_anchor,
    )
    pages = build_pdf(out, story, info)
    logging.getLogger(__name__).info(
        "UN Register report %s written as PDF to %s (%d pages)", report.year, out, pages
    )
    return pages


__all__ = ["write_unroca_pdf"]
