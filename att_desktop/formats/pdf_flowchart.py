"""The Article 7(4) five-step GBV flowchart drawn as a picture for the assessment record.

The boxes are stacked 1 → 5 as in the published flowchart (grey arrows), and a second, blue
path on the right shows the order the application actually follows, 1, 2, 3, 5, 4, because
footnote 7 puts the overriding-risk determination after mitigation. The step where the case
stands (or, once finished, the step that settled it) is highlighted, so a reviewer sees the
path at a glance without reading the text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors

from att_desktop.domain.assessment.model import GbvResult, GbvStep, StepStatus
from att_desktop.formats.pdf_common import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    LATIN,
    MUTED,
    Fonts,
    fonts_for,
    wrap_text,
)
from att_desktop.formats.pdf_labels import enum_label, gbv_step_title, label, normalise_language
from att_desktop.formats.pdf_text import visual_runs

FLOW_ORDER = (1, 2, 3, 4, 5)  # the flowchart's own numbering, top to bottom
HIGHLIGHT = colors.HexColor("#d97706")
HIGHLIGHT_FILL = colors.HexColor("#fff1d6")
PATH = colors.HexColor("#2563eb")
PATH_LIGHT = colors.HexColor("#9db8f0")
INACTIVE_FILL = colors.HexColor("#f1f3f5")
INACTIVE = colors.HexColor("#9aa5b1")

BOX_X = 0.0
BOX_W = 372.0
BADGE_R = 10.0
SIDE_W = 78.0  # the box's right column: evaluation position and status
TEXT_SIZE = 8.0
LEADING = 9.8
PAD = 6.0
GAP = 18.0
LANE_1 = BOX_X + BOX_W + 16
LANE_2 = BOX_X + BOX_W + 34
LEGEND_H = 40.0


def highlighted_step(gbv: GbvResult) -> tuple[int | None, bool]:
    """The step to highlight and whether it is the *current* one (else the decisive one).

    Finished flowcharts highlight the last step actually taken: the step that ended it early
    (1 or 2) or the overriding-risk determination (4).
    """
    current = gbv.current_step
    if current is not None:
        return current, True
    done = [s.number for s in gbv.steps if s.status is StepStatus.DONE]
    return (done[-1] if done else None), False


def _text(
    group: Group,
    x: float,
    y: float,
    text: str,
    size: float,
    fonts: Fonts,
    *,
    bold: bool = False,
    color: colors.Color = INK,
    anchor: str = "start",
) -> None:
    """Add one line of mixed-script text, one String per run (a String has a single font),
    Arabic shaped and the line in display order."""
    parts = visual_runs(text, size, fonts, bold=bold)
    width = sum(w for _, _, w in parts)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    for font, chunk, chunk_width in parts:
        group.add(String(x, y, chunk, fontName=font, fontSize=size, fillColor=color))
        x += chunk_width


def _arrow_head(
    x: float, y: float, direction: str, color: colors.Color, size: float = 4.5
) -> Polygon:
    if direction == "down":
        points = [x - size, y + size * 1.4, x + size, y + size * 1.4, x, y]
    elif direction == "left":
        points = [x + size * 1.4, y + size, x + size * 1.4, y - size, x, y]
    else:  # right
        points = [x - size * 1.4, y + size, x - size * 1.4, y - size, x, y]
    return Polygon(points, fillColor=color, strokeColor=color, strokeWidth=0.5)


def _polyline(
    group: Group, points: list[tuple[float, float]], color: colors.Color, dashed: bool
) -> None:
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        line = Line(x1, y1, x2, y2, strokeColor=color, strokeWidth=1.6)
        if dashed:
            line.strokeDashArray = [3, 2]
        group.add(line)


@dataclass(frozen=True)
class _Layout:
    """Where the boxes are: all of the same height, top to bottom in the flowchart's order."""

    height: float
    box_h: float

    def top(self, n: int) -> float:
        return self.height - FLOW_ORDER.index(n) * (self.box_h + GAP)

    def mid(self, n: int) -> float:
        return self.top(n) - self.box_h / 2


def gbv_flowchart(gbv: GbvResult, language: str) -> Drawing:
    """A Drawing (a platypus Flowable) of the five steps with this case's evaluation path."""
    lang = normalise_language(language)
    fonts = fonts_for(lang)
    by_number: dict[int, GbvStep] = {s.number: s for s in gbv.steps}
    position = {s.number: i + 1 for i, s in enumerate(gbv.steps)}  # order of evaluation
    marked, is_current = highlighted_step(gbv)

    text_w = BOX_W - (2 * BADGE_R + 3 * PAD) - SIDE_W
    wrapped = {
        n: wrap_text(f"{gbv_step_title(n, lang)}", text_w, TEXT_SIZE, fonts) for n in FLOW_ORDER
    }
    box_h = max(len(lines) for lines in wrapped.values()) * LEADING + 2 * PAD + 2
    box_h = max(box_h, 2 * BADGE_R + 2 * PAD + 8)
    height = len(FLOW_ORDER) * box_h + (len(FLOW_ORDER) - 1) * GAP + LEGEND_H + 4
    drawing = Drawing(FRAME_WIDTH, height)
    # reportlab starts a drawing in Helvetica, which the PDF would then name (not embed).
    drawing.initialFontName = LATIN
    layout = _Layout(height, box_h)

    # Boxes, in the flowchart's numbering.
    for n in FLOW_ORDER:
        step = by_number.get(n)
        status = step.status if step else StepStatus.NOT_REACHED
        order = label(f"order_{position.get(n, n)}", lang)
        _step_box(drawing, layout, n, status, n == marked, wrapped[n], order, lang, fonts)

    # The flowchart's own sequence 1 -> 5: grey arrows between the boxes.
    cx = BOX_X + BOX_W / 2
    for a, b in itertools.pairwise(FLOW_ORDER):
        y1, y2 = layout.top(a) - box_h, layout.top(b)
        drawing.add(Line(cx, y1, cx, y2 + 6, strokeColor=INACTIVE, strokeWidth=1.2))
        drawing.add(_arrow_head(cx, y2, "down", INACTIVE, 3.5))

    _evaluation_path(drawing, layout, by_number)
    key = "flow_current" if is_current or marked is None else "flow_decisive"
    _legend(drawing, label(key, lang), lang, fonts)
    return drawing


def _step_box(
    drawing: Drawing,
    layout: _Layout,
    n: int,
    status: StepStatus,
    is_marked: bool,
    lines: list[str],
    order: str,
    lang: str,
    fonts: Fonts,
) -> None:
    """One step's box: its number badge, title, when it was evaluated and its status."""
    active = status in (StepStatus.DONE, StepStatus.CURRENT)
    fill = HIGHLIGHT_FILL if is_marked else (colors.white if active else INACTIVE_FILL)
    stroke = HIGHLIGHT if is_marked else (INK if active else INACTIVE)
    mid = layout.mid(n)
    box = Rect(
        BOX_X,
        layout.top(n) - layout.box_h,
        BOX_W,
        layout.box_h,
        rx=4,
        ry=4,
        fillColor=fill,
        strokeColor=stroke,
        strokeWidth=2.2 if is_marked else 0.9,
    )
    if not active and not is_marked:
        box.strokeDashArray = [3, 2]
    drawing.add(box)
    badge_x = BOX_X + PAD + BADGE_R
    drawing.add(
        Circle(
            badge_x,
            mid,
            BADGE_R,
            fillColor=(HIGHLIGHT if is_marked else ACCENT if active else INACTIVE),
            strokeColor=None,
        )
    )
    _text(
        drawing, badge_x, mid - 4, str(n), 11, fonts, bold=True, color=colors.white, anchor="middle"
    )
    text_color = INK if active or is_marked else MUTED
    y = mid + (len(lines) * LEADING) / 2 - TEXT_SIZE + 1
    # Arabic titles start on the right of their space, next to the step's status.
    text_x, anchor = (
        (BOX_X + BOX_W - SIDE_W - PAD, "end") if fonts.rtl else (badge_x + BADGE_R + PAD, "start")
    )
    for line in lines:
        _text(drawing, text_x, y, line, TEXT_SIZE, fonts, color=text_color, anchor=anchor)
        y -= LEADING
    side_x = BOX_X + BOX_W - PAD
    _text(
        drawing,
        side_x,
        mid + 2,
        label("gbv_evaluated", lang, pos=order),
        7.5,
        fonts,
        color=PATH,
        anchor="end",
        bold=True,
    )
    _text(
        drawing,
        side_x,
        mid - 9,
        enum_label(status, lang),
        7.5,
        fonts,
        color=HIGHLIGHT if is_marked else MUTED,
        anchor="end",
    )


def _evaluation_path(drawing: Drawing, layout: _Layout, by_number: dict[int, GbvStep]) -> None:
    """The order of evaluation 1, 2, 3, 5, 4: blue connectors on the right."""

    def reached(n: int) -> bool:
        step = by_number.get(n)
        return step is not None and step.status in (StepStatus.DONE, StepStatus.CURRENT)

    right = BOX_X + BOX_W
    segments = [
        (1, 2, LANE_1, 0.0, 0.0),
        (2, 3, LANE_1, 0.0, 0.0),
        (3, 5, LANE_2, -5.0, -5.0),
        (5, 4, LANE_1, 5.0, 0.0),
    ]
    for a, b, lane, dy_from, dy_to in segments:
        on = reached(b)
        color = PATH if on else PATH_LIGHT
        y_from, y_to = layout.mid(a) + dy_from, layout.mid(b) + dy_to
        if (a, b) in ((1, 2), (2, 3)):
            y_from -= 6
            y_to += 6
        points = [(right, y_from), (lane, y_from), (lane, y_to), (right + 6, y_to)]
        _polyline(drawing, points, color, dashed=not on)
        drawing.add(_arrow_head(right, y_to, "left", color))


def _legend(drawing: Drawing, highlight_text: str, lang: str, fonts: Fonts) -> None:
    """The key under the chart: numbering, order of evaluation, the highlighted step."""
    ly = 12.0
    x = 0.0
    drawing.add(Line(x, ly + 3, x + 18, ly + 3, strokeColor=INACTIVE, strokeWidth=1.2))
    drawing.add(_arrow_head(x + 22, ly + 3, "right", INACTIVE, 3.5))
    _text(drawing, x + 28, ly, label("flow_numbering", lang), 7.5, fonts, color=MUTED)
    x = 150.0
    drawing.add(Line(x, ly + 3, x + 18, ly + 3, strokeColor=PATH, strokeWidth=1.6))
    drawing.add(_arrow_head(x + 22, ly + 3, "right", PATH))
    _text(drawing, x + 28, ly, label("flow_order", lang), 7.5, fonts, color=MUTED)
    x = 315.0
    drawing.add(
        Rect(
            x,
            ly - 1,
            18,
            10,
            rx=2,
            ry=2,
            fillColor=HIGHLIGHT_FILL,
            strokeColor=HIGHLIGHT,
            strokeWidth=1.8,
        )
    )
    _text(drawing, x + 24, ly, highlight_text, 7.5, fonts, color=MUTED)
