"""What every ATT Desktop PDF shares: page template, fonts, styles, tables and safe text.

Fonts and text (``pdf_text``): every PDF embeds the Noto fonts shipped in
``resources/fonts/`` (Latin/Greek/Cyrillic, Chinese, Arabic), so it looks the same on any
reader's machine. Every piece of text goes through ``para`` (or ``markup``), which escapes
it for reportlab's Paragraph mini-language and switches font per script run: a Chinese
end-user name renders in an English document, "Côte d'Ivoire" in a Chinese one and an
Arabic party name, shaped and in right-to-left order, in either. Arabic documents
(``Fonts("ar")``) read from the right: paragraphs and cells align right, table columns and
the page header are mirrored.

"Page X of Y" needs the page count before the footers are drawn, so pages are buffered by a
canvas subclass and decorated when the document is saved (the usual reportlab recipe).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from att_desktop import APP_NAME, __version__
from att_desktop.domain.assessment.model import Source
from att_desktop.domain.categories import load_categories
from att_desktop.domain.countries import country_name
from att_desktop.formats.pdf_data import ItemData, PartyData
from att_desktop.formats.pdf_labels import (
    colon,
    enum_label,
    format_date,
    format_number,
    label,
)
from att_desktop.formats.pdf_text import (
    ARABIC,
    ARABIC_BOLD,
    SANS,
    SANS_BOLD,
    SC,
    BidiParagraph,
    CellParagraph,
    Fonts,
    Script,
    escape,
    fonts_for,
    markup,
    para,
    para_parts,
    register_fonts,
    runs,
    string_width,
    visual_runs,
    wrap_text,
)

#: Kept for the modules that name the fonts: all of them are shipped and embedded.
LATIN = SANS
LATIN_BOLD = SANS_BOLD
CJK = SC

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c6670")
RULE = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor("#1f4e79")
HEADER_FILL = colors.HexColor("#dde6ef")
ZEBRA_FILL = colors.HexColor("#f4f6f8")
GRID = colors.HexColor("#b8c2cc")
ALERT = colors.HexColor("#a4161a")
ALERT_FILL = colors.HexColor("#fbe9e9")
OK = colors.HexColor("#1b6e3a")
OK_FILL = colors.HexColor("#e6f2ea")
WARN_FILL = colors.HexColor("#fff4d6")

PathOrFile = str | Path | BinaryIO

__all__ = [
    "ARABIC",
    "ARABIC_BOLD",
    "CJK",
    "LATIN",
    "LATIN_BOLD",
    "SANS",
    "SANS_BOLD",
    "SC",
    "BidiParagraph",
    "CellParagraph",
    "Fonts",
    "Script",
    "escape",
    "fonts_for",
    "markup",
    "para",
    "para_parts",
    "register_fonts",
    "runs",
    "string_width",
    "wrap_text",
]


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    fonts: Fonts,
    *,
    bold: bool = False,
    align: str = "left",
    color: colors.Color = INK,
) -> None:
    """Draw one line of mixed-script text on a canvas (headers, footers): a font per run,
    Arabic shaped and the line in display order."""
    parts = visual_runs(text, size, fonts, bold=bold)
    width = sum(w for _, _, w in parts)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    canvas.saveState()
    canvas.setFillColor(color)
    for font, chunk, chunk_width in parts:
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += chunk_width
    canvas.restoreState()


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    #: Dense tables (the nine-column items table) use these, so headers need not break words.
    small_cell: ParagraphStyle
    small_head: ParagraphStyle
    small_right: ParagraphStyle
    caption: ParagraphStyle
    label: ParagraphStyle


@lru_cache(maxsize=8)
def make_styles(language: str) -> Styles:
    """Paragraph styles for ``language`` (any of the six UN languages). Chinese text has no
    spaces, so it wraps per glyph (``wordWrap="CJK"``); Latin words inside stay whole.
    Arabic text aligns right, and what aligns right elsewhere (figures) aligns left: the
    page is mirrored."""
    register_fonts()
    fonts = fonts_for(language)
    wrap = "CJK" if fonts.chinese else None
    start, end = (TA_RIGHT, TA_LEFT) if fonts.rtl else (TA_LEFT, TA_RIGHT)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": fonts.base,
            "fontSize": 9.5,
            "leading": 13,
            "textColor": INK,
            "wordWrap": wrap,
            "alignment": start,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        fonts=fonts,
        title=style("title", fontName=fonts.bold, fontSize=17, leading=22, textColor=ACCENT),
        subtitle=style("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=6),
        h1=style(
            "h1",
            fontName=fonts.bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=5,
        ),
        h2=style("h2", fontName=fonts.bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        body=style("body", spaceAfter=4),
        small=style("small", fontSize=8, leading=10.5, textColor=MUTED),
        cell=style("cell", fontSize=8.5, leading=11),
        cell_head=style("cell_head", fontName=fonts.bold, fontSize=8.5, leading=11),
        cell_right=style("cell_right", fontSize=8.5, leading=11, alignment=end),
        small_cell=style("small_cell", fontSize=7.5, leading=9.5),
        small_head=style("small_head", fontName=fonts.bold, fontSize=7.5, leading=9.5),
        small_right=style("small_right", fontSize=7.5, leading=9.5, alignment=end),
        caption=style("caption", fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=3),
        label=style("label", fontName=fonts.bold, fontSize=8.5, leading=11, textColor=MUTED),
    )


# --------------------------------------------------------------------------- tables


#: A table cell: plain text (escaped and wrapped for you), a Flowable, or several.
Cell: TypeAlias = str | Flowable | list[Flowable]


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    styles: Styles,
    *,
    right: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = True,
    compact: bool = False,
) -> Table:
    """A full-width table whose cells wrap (Paragraphs) and whose header repeats on each page.

    ``widths`` are fractions of the frame width; ``right`` lists right-aligned (numeric)
    columns; ``extra`` appends TableStyle commands (e.g. a highlighted row).
    """
    total = sum(widths)
    col_widths = [FRAME_WIDTH * w / total for w in widths]
    data: list[list[Flowable | list[Flowable]]] = []
    head, cell, cell_right = (
        (styles.small_head, styles.small_cell, styles.small_right)
        if compact
        else (styles.cell_head, styles.cell, styles.cell_right)
    )
    if header is not None:
        data.append([para(h, head, styles.fonts) for h in header])
    for row in rows:
        data.append(
            [
                para(c, cell_right if i in right else cell, styles.fonts)
                if isinstance(c, str)
                else c
                for i, c in enumerate(row)
            ]
        )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    first = 0
    if header is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        first = 1
    if zebra:
        for i in range(first + 1, len(data), 2):
            commands.append(("BACKGROUND", (0, i), (-1, i), ZEBRA_FILL))
    commands.extend(extra)
    if styles.fonts.rtl:
        # Arabic reads from the right: the first column (a label, a line number) goes there.
        data = [row[::-1] for row in data]
        col_widths = col_widths[::-1]
        commands = mirrored(commands, len(col_widths))
        _move_spanned_content(data, commands)
    result = Table(
        data,
        colWidths=col_widths,
        repeatRows=1 if header is not None else 0,
        style=TableStyle(commands),
        hAlign="RIGHT" if styles.fonts.rtl else "LEFT",
        # A row taller than a page (300 sources, pages of reasoning) is split across pages;
        # without this reportlab refuses the whole document.
        splitInRow=1,
    )
    return result


#: TableStyle commands that name a side, and the command for the other side.
_SIDES = {
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
}
_ALIGN_SIDES = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def mirrored(commands: Sequence[tuple[Any, ...]], columns: int) -> list[tuple[Any, ...]]:
    """TableStyle ``commands`` for the same table with its columns in reverse order: column
    ``c`` becomes ``columns - 1 - c``, left padding and lines become right ones, and
    left-aligned plain strings right-aligned (and the other way round)."""

    def flip(col: int) -> int:
        return columns - 1 - (col if col >= 0 else columns + col)

    out: list[tuple[Any, ...]] = []
    for name, (c0, r0), (c1, r1), *args in commands:
        a, b = flip(c0), flip(c1)
        if name == "ALIGN" and args and str(args[0]).upper() in _ALIGN_SIDES:
            args = [_ALIGN_SIDES[str(args[0]).upper()], *args[1:]]
        out.append((_SIDES.get(name, name), (min(a, b), r0), (max(a, b), r1), *args))
    return out


def _move_spanned_content(
    data: list[list[Flowable | list[Flowable]]], commands: Sequence[tuple[Any, ...]]
) -> None:
    """reportlab draws a spanned block's content from its first (leftmost) cell; once the
    columns are mirrored the content sits in the block's last cell: move it over."""
    for name, (c0, r0), (c1, _r1), *_ in commands:
        if name != "SPAN" or c0 == c1:
            continue
        row = data[r0]
        row[c0], row[c1] = row[c1], row[c0]


def key_values(
    pairs: Sequence[tuple[str, Cell]], styles: Styles, *, widths: tuple[float, float] = (0.3, 0.7)
) -> Table:
    """A two-column label/value block (case summary, licence particulars)."""
    rows = [[para(k, styles.label, styles.fonts), v] for k, v in pairs]
    return table(
        None,
        rows,
        widths,
        styles,
        zebra=False,
        extra=[
            ("GRID", (0, 0), (-1, -1), 0, colors.white),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def heading(text: str, styles: Styles) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page."""
    return [CondPageBreak(40 * mm), para(text, styles.h1, styles.fonts)]


def boxed(flowables: Sequence[Flowable], fill: colors.Color, border: colors.Color) -> Table:
    """A shaded panel (recommendation, legal notice); one longer than a page is split."""
    box = Table([[list(flowables)]], colWidths=[FRAME_WIDTH], hAlign="LEFT", splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("BOX", (0, 0), (-1, -1), 0.8, border),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def keep(flowables: Sequence[Flowable]) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# --------------------------------------------------------------------------- document


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer print on every page."""

    authority: str
    reference: str
    generated_on: date
    language: str
    title: str
    version: str = __version__
    #: The record anchor printed in the footer (issue 13); "" prints none.
    anchor: str = ""


#: Draws one page's header and footer once the page count is known: (canvas, page, pages).
PageDecorator: TypeAlias = Callable[[Canvas, int, int], None]


def numbered_canvas(decorate: PageDecorator) -> type[Canvas]:
    """A canvas that buffers pages so the footer can say "Page X of Y": ``decorate`` draws
    each page's furniture (the case documents' and the annual report's differ)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab starts every page in Helvetica, which would then be named (not
            # embedded) in the PDF: start in the shipped font instead.
            register_fonts()
            kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _numbered_canvas(info: PageInfo) -> type[Canvas]:
    """The case documents' canvas: authority, title, reference and "Page X of Y"."""
    fonts = fonts_for(info.language)
    return numbered_canvas(lambda canvas, page, total: _decorate(canvas, info, fonts, page, total))


def _decorate(canvas: Canvas, info: PageInfo, fonts: Fonts, page: int, total: int) -> None:
    """Header and footer; an Arabic document has them mirrored (authority and title on the
    right, where its reader starts)."""
    width, height = PAGE_SIZE
    lang = info.language
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    # Where each line starts and where it ends, with the alignment that takes it there.
    start, end = (
        ((right, "right"), (left, "left")) if fonts.rtl else ((left, "left"), (right, "right"))
    )
    top = height - 13 * mm
    authority = info.authority or label("default_authority", lang)
    draw_text(canvas, start[0], top, authority, 9, fonts, bold=True, color=ACCENT, align=start[1])
    draw_text(canvas, end[0], top, APP_NAME, 8, fonts, align=end[1], color=MUTED)
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, top - 4, right, top - 4)
    bottom = 13 * mm
    canvas.line(left, bottom + 9, right, bottom + 9)
    canvas.restoreState()
    parts = [info.title]
    if info.reference:
        parts.append(label("ref_short", lang, reference=info.reference))
    parts.append(label("generated_on", lang, date=format_date(info.generated_on, lang)))
    footer = "  ·  ".join(parts)
    draw_text(canvas, start[0], bottom, footer, 7.5, fonts, color=MUTED, align=start[1])
    page_text = label("page_of", lang, page=page, pages=total)
    draw_text(canvas, end[0], bottom, page_text, 7.5, fonts, align=end[1], bold=True)
    generated_by = label("generated_by", lang, version=info.version)
    draw_text(canvas, start[0], bottom - 10, generated_by, 7, fonts, color=MUTED, align=start[1])
    if info.anchor:
        anchor = label("record_anchor", lang, anchor=info.anchor)
        draw_text(canvas, end[0], bottom - 10, anchor, 7, fonts, align=end[1], color=MUTED)


def build_pdf(out: PathOrFile, story: list[Flowable], info: PageInfo) -> int:
    """Lay ``story`` out on A4 pages with the header and footer; return the page count."""
    register_fonts()
    target: Any = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.authority or APP_NAME,
        creator=f"{APP_NAME} {info.version}",
        subject=info.reference,
        keywords=f"record anchor {info.anchor}" if info.anchor else "",
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(info))
    return int(doc.page)


# --------------------------------------------------------------------------- shared blocks


def country(code: str, language: str) -> str:
    """``Ghana (GH)`` / ``加纳 (GH)``: the name for readers, the code for the record."""
    if not code:
        return "—"
    return f"{country_name(code, language)} ({code.upper()})"


#: The tallest a letterhead may be drawn: it heads the first page, never fills it.
LETTERHEAD_MAX_HEIGHT = 30 * mm


def letterhead(image: bytes) -> list[Flowable]:
    """The authority's letterhead image across the top of the first page, scaled to fit the
    frame's width and at most ``LETTERHEAD_MAX_HEIGHT`` tall; nothing when there is none."""
    if not image:
        return []
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    width, height = ImageReader(BytesIO(image)).getSize()
    scale = min(FRAME_WIDTH / width, LETTERHEAD_MAX_HEIGHT / height)
    flowable = Image(BytesIO(image), width=width * scale, height=height * scale)
    flowable.hAlign = "LEFT"
    return [flowable, gap(3)]


def title_block(title: str, subtitle: str, styles: Styles) -> list[Flowable]:
    return [para(title, styles.title, styles.fonts), para(subtitle, styles.subtitle, styles.fonts)]


def sources_cell(
    sources: Sequence[Source], styles: Styles, *, style: ParagraphStyle | None = None
) -> list[Flowable]:
    """Each cited source in its own paragraph: kind, title, date, reference.

    One paragraph per source, so that a cell citing hundreds of sources splits between
    them across pages instead of re-breaking one huge paragraph on every page.
    """
    lang = styles.fonts.language
    if not sources:
        return [para(label("no_sources", lang), styles.small, styles.fonts)]
    out: list[Flowable] = []
    sep = " · "
    for s in sources:
        parts = [s.title]
        if s.date is not None:
            parts.append(format_date(s.date, lang))
        if s.reference:
            parts.append(s.reference)
        segments = [(enum_label(s.kind, lang), True), (colon("", sep.join(parts), lang), False)]
        out.append(para_parts(segments, style or styles.cell, styles.fonts))
    return out


def category_text(item: ItemData, language: str) -> str:
    """The ATT category label, or why the item has none (ammunition, parts: Arts. 3-4)."""
    catalogue = load_categories()
    if item.att_category:
        return catalogue.label(item.att_category, language)
    if item.not_reportable_reason is not None:
        reason = catalogue.reason_label(item.not_reportable_reason, language)
        return label("not_reportable", language, reason=reason)
    return "—"


def items_table(items: Sequence[ItemData], styles: Styles) -> Table:
    """Description, model, rating, ATT category, quantity, unit, value, currency per line."""
    lang = styles.fonts.language
    header = [
        label(k, lang)
        for k in (
            "col_line",
            "col_description",
            "col_model",
            "col_rating",
            "col_category",
            "col_quantity",
            "col_unit",
            "col_value",
            "col_currency",
        )
    ]
    rows: list[list[Cell]] = [
        [
            str(i.line_no),
            i.description,
            i.model or "—",
            i.control_rating or "—",
            category_text(i, lang),
            format_number(i.quantity, lang),
            i.unit or "—",
            format_number(i.value, lang),
            i.currency or "—",
        ]
        for i in items
    ]
    totals = _totals(items)
    extra: list[tuple[Any, ...]] = []
    if totals:
        total_text = "; ".join(f"{format_number(v, lang)} {c}".strip() for c, v in totals)
        rows.append(["", label("total", lang), "", "", "", "", "", total_text, ""])
        last = len(rows)
        extra += [
            ("SPAN", (1, last), (6, last)),
            ("SPAN", (7, last), (8, last)),
            ("BACKGROUND", (0, last), (-1, last), HEADER_FILL),
        ]
    fixed = (23, 0, 56, 40, 92, 44, 36, 58, 42)  # points; 0 = the description takes the rest
    widths = [float(w) or FRAME_WIDTH - sum(fixed) for w in fixed]
    return table(header, rows, widths, styles, right=(5, 7), extra=extra, compact=True)


def _totals(items: Sequence[ItemData]) -> list[tuple[str, Decimal]]:
    """Value totals per currency (values in different currencies are never added up)."""
    sums: dict[str, Decimal] = {}
    for i in items:
        if i.value is not None:
            sums[i.currency] = sums.get(i.currency, Decimal(0)) + i.value
    return sorted(sums.items())


def parties_table(parties: Sequence[PartyData], styles: Styles) -> Table | Paragraph:
    lang = styles.fonts.language
    if not parties:
        return para(label("none_recorded", lang), styles.body, styles.fonts)
    header = [
        label(k, lang)
        for k in ("col_role", "col_party_type", "col_name", "col_country", "col_address")
    ]
    rows: list[list[Cell]] = [
        [
            enum_label(p.role, lang),
            enum_label(p.party_type, lang),
            p.name,
            country(p.country_code, lang),
            p.address or "—",
        ]
        for p in parties
    ]
    return table(header, rows, (0.15, 0.13, 0.27, 0.17, 0.28), styles)
