"""Pieces of the annual report PDF laid out as the template's forms: tick boxes, the
publication question each form asks, the explanatory notes under each table, and the
annexes (Annex 1 UN Register definitions, Annex 2 national definitions, Annex 3 nil reports).

Apart from ``pdf_annual_report`` so that each module stays readable. Annex 3's nil report
forms are used *instead of* a table: one is printed only for a direction with nothing to
report (the template's explanatory text), never marked "not applicable" beside a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.colors import white as WHITE
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from att_desktop.domain.categories import load_categories
from att_desktop.domain.reporting.definitions import load_un_definitions
from att_desktop.domain.reporting.model import AnnualReport
from att_desktop.domain.reporting.records import Direction
from att_desktop.domain.reporting.template import ReportTemplate
from att_desktop.formats.pdf_common import (
    GRID,
    HEADER_FILL,
    INK,
    LATIN_BOLD,
    Styles,
    para,
    string_width,
)
from att_desktop.formats.pdf_labels import format_date
from att_desktop.formats.pdf_labels import label as pdf_label
from att_desktop.formats.report_labels import (
    category_label,
    report_text,
    row_label,
    state_name,
    template_text,
)

#: The annual report's text width (landscape A4, 15 mm margins, as ``pdf_annual_report``).
WIDTH = landscape(A4)[0] - 2 * 15 * mm

GRID_STYLE: tuple[tuple[Any, ...], ...] = (
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
)


def box(checked: bool) -> Table:
    """A template-style tick box."""
    t = Table([["X" if checked else ""]], colWidths=[3.6 * mm], rowHeights=[3.6 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("FONT", (0, 0), (-1, -1), LATIN_BOLD, 8),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return t


def ticks(
    options: Sequence[tuple[str, bool]], styles: Styles, max_width: float | None = None
) -> Table:
    """A row of tick boxes with their labels: [X] Authorised  [ ] Actual. Wider than
    ``max_width`` (French and Russian labels are long), it goes on over further rows."""
    rows: list[list[tuple[str, bool, float]]] = [[]]
    used = 0.0
    for text, checked in options:
        # Measured, not counted: a Chinese label is twice as wide as as many Latin letters.
        width = max(28 * mm, string_width(text, styles.body.fontSize, styles.fonts) + 3 * mm)
        if max_width is not None and rows[-1] and used + 6 * mm + width > max_width:
            rows.append([])
            used = 0.0
        rows[-1].append((text, checked, width))
        used += 6 * mm + width
    if len(rows) > 1:
        stacked = Table(
            [[_tick_row(row, styles)] for row in rows], hAlign="LEFT", colWidths=[max_width]
        )
        stacked.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return stacked
    return _tick_row(rows[0], styles)


def _tick_row(row: Sequence[tuple[str, bool, float]], styles: Styles) -> Table:
    cells: list[Any] = []
    widths: list[float] = []
    for text, checked, width in row:
        cells += [box(checked), para(text, styles.body, styles.fonts)]
        widths += [6 * mm, width]
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


def grid(data: list[list[Any]], widths: Sequence[float], extra: Sequence[Any] = ()) -> Table:
    total = sum(widths)
    t = Table(
        data,
        colWidths=[WIDTH * w / total for w in widths],
        repeatRows=1,
        hAlign="LEFT",
        # A row taller than a page (a long national definition) is split, not refused.
        splitInRow=1,
    )
    t.setStyle(TableStyle([*GRID_STYLE, ("GRID", (0, 0), (-1, -1), 0.4, GRID), *extra]))
    return t


def pairs(rows: Sequence[tuple[str, Any]], styles: Styles, first: float = 0.28) -> Table:
    """Label / value lines, the title page's layout."""
    data = [
        [
            para(k, styles.label, styles.fonts),
            v if not isinstance(v, str) else para(v, styles.body, styles.fonts),
        ]
        for k, v in rows
    ]
    t = Table(data, colWidths=[WIDTH * first, WIDTH * (1 - first)], hAlign="LEFT", splitInRow=1)
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


def public_question(
    public: bool, template: ReportTemplate, styles: Styles, language: str
) -> Flowable:
    """The question each form asks: may the Secretariat make this form public."""
    question = template_text("forms_public", template.public_label, language)
    answer = ticks(
        [(pdf_label("yes", language), public), (pdf_label("no", language), not public)], styles
    )
    return pairs([(question, answer)], styles, first=0.5)


def explanatory_notes(template: ReportTemplate, styles: Styles, language: str) -> list[Flowable]:
    """The template's explanatory notes, printed under each table (both tables share them)."""
    if not template.explanatory_notes:
        return []
    story: list[Flowable] = [
        Spacer(1, 2 * mm),
        para(template_text("notes_title", template.notes_title, language), styles.h2, styles.fonts),
    ]
    for i, (key, english) in enumerate(template.explanatory_notes, start=1):
        text = template_text(f"note.{key}", english, language)
        story.append(para(f"{i}. {text}", styles.small, styles.fonts))
    return story


# --------------------------------------------------------------------------- annexes


def _annex_title(template: ReportTemplate, key: str, default: str, language: str) -> str:
    english = template.annex_titles.get(key)
    return template_text(f"annex.{key}", english, language) if english else default


def annex_1(template: ReportTemplate, styles: Styles, language: str) -> list[Flowable]:
    """Annex 1: the UN Register definitions of I-VII in full, and VIII's sub-categories."""
    fonts = styles.fonts
    t = language
    catalogue = load_categories()
    definitions = load_un_definitions()
    head = [
        para(report_text("Category", t), styles.small_head, fonts),
        para(report_text("Definition", t), styles.small_head, fonts),
    ]
    data: list[list[Any]] = [head]
    spans: list[tuple[Any, ...]] = []
    for top in (c for c in catalogue.all() if c.parent is None):
        for d in definitions.for_category(top.code):
            data.append(
                [
                    para(category_label(d.code, catalogue, t), styles.small_cell, fonts),
                    para(d.text(t), styles.small_cell, fonts),
                ]
            )
        for group in (c for c in catalogue.all() if c.parent == top.code and not c.selectable):
            # Category VIII: the template lists the sub-categories of the UN Register's
            # voluntary SALW form rather than defining them; one line each.
            subs = [c for c in catalogue.all() if c.parent == group.code]
            for i, sub in enumerate(subs):
                label = category_label(group.code, catalogue, t) if i == 0 else ""
                data.append(
                    [
                        para(label, styles.small_cell, fonts) if label else "",
                        para(row_label(sub, t), styles.small_cell, fonts),
                    ]
                )
                if i:
                    spans.append(("LINEABOVE", (0, len(data) - 1), (0, len(data) - 1), 0, WHITE))
    return [
        para(_annex_title(template, "annex_1", report_text("Annex 1", t), t), styles.h1, fonts),
        para(
            report_text(
                "Article 5(3): national definitions of categories I-VII shall not cover less "
                "than the descriptions used in the UN Register of Conventional Arms at the "
                "Treaty's entry into force. The template reproduces them; for category VIII "
                "it uses the UN Register's form for voluntary reporting of small arms and "
                "light weapons as an approximation.",
                t,
            ),
            styles.body,
            fonts,
        ),
        para(
            report_text(
                "Source: UN Register of Conventional Arms, definitions as adjusted by the "
                "Group of Governmental Experts (A/68/140) and in force on {date}.",
                t,
                date=format_date(_iso_date(definitions.as_of), t),
            ),
            styles.small,
            fonts,
        ),
        Spacer(1, 2 * mm),
        grid(data, (0.28, 0.72), spans),
    ]


def _iso_date(text: str) -> date:
    return date.fromisoformat(text)


def annex_2(
    report: AnnualReport, template: ReportTemplate, styles: Styles, language: str
) -> list[Flowable]:
    """Annex 2: the State's national definitions, where it gives any."""
    fonts = styles.fonts
    t = language
    catalogue = load_categories()
    story: list[Flowable] = [
        para(
            _annex_title(template, "national_definitions", report_text("Annex 2", t), t),
            styles.h1,
            fonts,
        )
    ]
    definitions = report.annexes.national_definitions
    if not definitions:
        story.append(
            para(
                report_text(
                    "No national definitions are submitted: the UN Register definitions are used.",
                    t,
                ),
                styles.body,
                fonts,
            )
        )
        return story
    data = [
        [
            para(report_text("Category", t), styles.small_head, fonts),
            para(report_text("National definition", t), styles.small_head, fonts),
        ]
    ]
    for d in definitions:
        label = (
            category_label(d.category, catalogue, t)
            if catalogue.is_valid(d.category, selectable_only=False)
            else d.category
        )
        data.append(
            [para(label, styles.small_cell, fonts), para(d.definition, styles.small_cell, fonts)]
        )
    story.append(grid(data, (0.3, 0.7)))
    return story


def annex_3(
    report: AnnualReport, template: ReportTemplate, styles: Styles, language: str
) -> list[Flowable]:
    """Annex 3: a nil report form for each direction with nothing to report, and nothing
    at all when both tables are submitted (the forms replace a table, they do not sit
    beside it)."""
    fonts = styles.fonts
    t = language
    title = report.title_page
    state = state_name(title.reporting_state, t) or report_text("The reporting State", t)
    forms = []
    if report.exports.nil:
        forms.append(
            (
                Direction.EXPORT,
                report_text("Nil report: exports", t),
                report_text("Nil report on exports", t),
                report_text(
                    "{state} had no exports of conventional arms covered under Article 2(1) to "
                    "report for the calendar year {year}.",
                    t,
                    state=state,
                    year=title.year,
                ),
            )
        )
    if report.imports.nil:
        forms.append(
            (
                Direction.IMPORT,
                report_text("Nil report: imports", t),
                report_text("Nil report on imports", t),
                report_text(
                    "{state} had no imports of conventional arms covered under Article 2(1) to "
                    "report for the calendar year {year}.",
                    t,
                    state=state,
                    year=title.year,
                ),
            )
        )
    if not forms:
        return []
    story: list[Flowable] = [
        para(_annex_title(template, "nil_reports", report_text("Annex 3", t), t), styles.h1, fonts)
    ]
    for direction, heading, tick, text in forms:
        story.append(
            KeepTogether(
                [
                    para(heading, styles.h2, fonts),
                    ticks([(tick, True)], styles),
                    para(text, styles.body, fonts),
                    public_question(title.public(direction), template, styles, t),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    return story
