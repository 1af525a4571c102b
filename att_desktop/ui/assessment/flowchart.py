"""The Article 7(4) five-step GBV flowchart, drawn with the case's position on it.

The boxes keep the published numbering (1 to 5, top to bottom); the arrows follow the order the
steps are evaluated in, 1 → 2 → 3 → 5 → 4, because the overriding-risk determination (4) is
made after mitigation (5) has been considered (footnote 7). Each box is coloured by the status
the engine's ``GbvResult`` gives it; the widget computes nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from att_desktop.domain.assessment.model import GbvResult, ResidualRisk, StepStatus
from att_desktop.ui.assessment.labels import gbv_step_title, step_status_label

#: Fill, border and text colours per status.
STATUS_STYLE: dict[StepStatus, tuple[str, str, str]] = {
    StepStatus.DONE: ("#e3f3e8", "#2e9d57", "#1d232a"),
    StepStatus.CURRENT: ("#fff1c7", "#d08a00", "#1d232a"),
    StepStatus.NOT_REACHED: ("#f3f4f6", "#a3abb5", "#5f6770"),
    StepStatus.NOT_NEEDED: ("#fafafa", "#d0d4d9", "#9aa1a9"),
}
#: The legend's entries, in reading order.
LEGEND = (StepStatus.DONE, StepStatus.CURRENT, StepStatus.NOT_REACHED, StepStatus.NOT_NEEDED)
#: Step 4 when the engine found an overriding risk after mitigation: where the case stands.
OVERRIDING_STYLE = ("#fde8e8", "#c62828", "#1d232a")
#: The outcome line under the chart: overriding (red) or not (green).
OUTCOME_COLOURS = {True: "#c62828", False: "#2e7d32"}


class GbvFlowchart(QWidget):
    """Five boxes in the flowchart's numbering, arrows in the evaluation order 1, 2, 3, 5, 4."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gbvFlowchart")
        self.result: GbvResult | None = None
        # Narrow enough to sit beside the questions at 1280×720; boxes grow taller instead.
        self.setMinimumWidth(280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(360, self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the boxes, legend and outcome need at this width, in this font."""
        rects = self.box_rects()
        legend_rows = 1 + max(row for row, _x in self._legend_positions().values())
        outcome = self._bold().boundingRect(
            0,
            0,
            max(40, self.width() - 16),
            2000,
            int(Qt.TextFlag.TextWordWrap),
            self.outcome_text(),
        )
        height = int(rects[5].bottom() + 14 + 18 * legend_rows + 4 + outcome.height() + 8)
        if height != self.minimumHeight():
            self.setFixedHeight(height)

    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return small

    def _legend_positions(self) -> dict[StepStatus, tuple[int, float]]:
        """Each legend entry's row and left edge, wrapping when the widget is narrow."""
        metrics = QFontMetrics(self._small())
        positions: dict[StepStatus, tuple[int, float]] = {}
        row, x = 0, 8.0
        for status in LEGEND:
            advance = 16 + metrics.horizontalAdvance(step_status_label(status)) + 18
            if x > 8.0 and x + advance - 18 > self.width() - 4:
                row, x = row + 1, 8.0
            positions[status] = (row, x)
            x += advance
        return positions

    def _bold(self) -> QFontMetrics:
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetrics(bold)

    def overriding(self) -> bool | None:
        """Whether the finished flowchart ends in an overriding risk; None while unfinished."""
        if self.result is None or self.result.residual is None:
            return None
        return self.result.residual is ResidualRisk.OVERRIDING

    def outcome_text(self) -> str:
        """Where the case stands, in words, drawn under the chart."""
        overriding = self.overriding()
        if overriding is None:
            return self.tr("Where the case stands: the highlighted step (you are here).")
        if overriding:
            return self.tr(
                "Outcome: an overriding risk remains after mitigation (step 4): "
                "Article 7(3) forbids authorising."
            )
        return self.tr("Outcome: no overriding risk of serious GBV/VAWC after mitigation.")

    def set_result(self, result: GbvResult | None) -> None:
        self.result = result
        self._fit_height()
        self.update()

    def status_of(self, number: int) -> StepStatus:
        if self.result is None:
            return StepStatus.NOT_REACHED
        for step in self.result.steps:
            if step.number == number:
                return step.status
        return StepStatus.NOT_REACHED

    def box_rects(self) -> dict[int, QRectF]:
        """Where each numbered box is drawn: a column, in the flowchart's own numbering.

        The side margins carry the 3 → 5 and 5 → 4 arrows; boxes are as tall as their
        longest title needs at this width (two lines at least)."""
        side = max(56.0, (self.width() - 400.0) / 2)
        width = max(120.0, self.width() - 2 * side)
        left = (self.width() - width) / 2
        body = max(40, int(width) - 56)
        metrics = self._bold()
        lines = max(
            metrics.boundingRect(
                0, 0, body, 2000, int(Qt.TextFlag.TextWordWrap), self._title(n)
            ).height()
            for n in range(1, 6)
        )
        height = max(46.0, lines + 10.0)
        gap, top = 18.0, 12.0
        return {n: QRectF(left, top + (n - 1) * (height + gap), width, height) for n in range(1, 6)}

    def _title(self, number: int) -> str:
        title = gbv_step_title(number)
        if self.status_of(number) is StepStatus.CURRENT:
            title = self.tr("%1 (you are here)").replace("%1", title)
        return title

    def mirrored(self) -> bool:
        """Right to left (Arabic): the chart is drawn as its mirror image, text unmirrored."""
        return self.layoutDirection() is Qt.LayoutDirection.RightToLeft

    def _x(self, x: float) -> float:
        """A left-to-right x coordinate where it is drawn in this direction."""
        return self.width() - x if self.mirrored() else x

    def _rect(self, rect: QRectF) -> QRectF:
        """A left-to-right rectangle where it is drawn in this direction."""
        if not self.mirrored():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _align(self, flags: Qt.AlignmentFlag) -> int:
        """Left and right swapped when mirrored; word wrap added."""
        value = int(flags)
        if self.mirrored():
            left, right = int(Qt.AlignmentFlag.AlignLeft), int(Qt.AlignmentFlag.AlignRight)
            swapped = value & ~(left | right)
            if value & left:
                swapped |= right
            if value & right:
                swapped |= left
            value = swapped
        return value | int(Qt.TextFlag.TextWordWrap)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        rects = self.box_rects()
        path_pen = QPen(QColor("#2c5d9e"), 2)
        # 1 -> 2 -> 3: straight down.
        for a, b in ((1, 2), (2, 3)):
            self._arrow(painter, path_pen, rects[a].center().x(), rects[a].bottom(), rects[b].top())
        # 3 -> 5: down the right-hand side, past 4 (footnote 7).
        r3, r5, r4 = rects[3], rects[5], rects[4]
        x_right = r3.right() + min(30.0, (self.width() - r3.right()) / 3)
        sign = -1.0 if self.mirrored() else 1.0
        route = QPainterPath(QPointF(self._x(r3.right()), r3.center().y()))
        route.lineTo(self._x(x_right), r3.center().y())
        route.lineTo(self._x(x_right), r5.center().y())
        route.lineTo(self._x(r5.right() + 2), r5.center().y())
        painter.setPen(path_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(route)
        self._head(painter, QPointF(self._x(r5.right()), r5.center().y()), QPointF(-sign, 0))
        # 5 -> 4: back up the left-hand side.
        x_left = r5.left() - min(30.0, r5.left() / 3)
        route = QPainterPath(QPointF(self._x(r5.left()), r5.center().y()))
        route.lineTo(self._x(x_left), r5.center().y())
        route.lineTo(self._x(x_left), r4.center().y())
        route.lineTo(self._x(r4.left() - 2), r4.center().y())
        painter.drawPath(route)
        self._head(painter, QPointF(self._x(r4.left()), r4.center().y()), QPointF(sign, 0))
        # Order labels beside the side arrows.
        small = self._small()
        painter.setFont(small)
        painter.setPen(QColor("#2c5d9e"))
        painter.drawText(
            self._rect(
                QRectF(x_right + 4, r4.top() - 10, self.width() - x_right - 6, r4.height() + 20)
            ),
            self._align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.tr("then 5"),
        )
        painter.drawText(
            self._rect(
                QRectF(4, r4.bottom(), x_left - 8, r5.top() - r4.bottom() + r5.height() / 2)
            ),
            self._align(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.tr("4 last"),
        )
        for number, rect in rects.items():
            self._box(painter, number, rect)
        # Legend (wrapping when the widget is narrow), then where the case stands.
        legend_top = rects[5].bottom() + 14
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        for status, (row, x) in self._legend_positions().items():
            fill, border, _text = STATUS_STYLE[status]
            top = legend_top + 18 * row
            painter.setPen(QPen(QColor(border), 1.5))
            painter.setBrush(QColor(fill))
            painter.drawRect(self._rect(QRectF(x, top + 2, 12, 12)))
            painter.setPen(QColor("#1d232a"))
            words = step_status_label(status)
            width = small_metrics.horizontalAdvance(words) + 2
            painter.drawText(
                self._rect(QRectF(x + 16, top, width, 16)),
                self._align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                words,
            )
        legend_top += 18 * max(row for row, _x in self._legend_positions().values())
        overriding = self.overriding()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(
            QColor(OUTCOME_COLOURS[bool(overriding)] if overriding is not None else "#5f6770")
        )
        painter.drawText(
            QRectF(8, legend_top + 22, self.width() - 16, self.height() - legend_top - 24),
            self._align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self.outcome_text(),
        )
        painter.end()

    def _box(self, painter: QPainter, number: int, rect: QRectF) -> None:
        status = self.status_of(number)
        fill, border, text = STATUS_STYLE[status]
        if number == 4 and self.overriding():
            fill, border, text = OVERRIDING_STYLE
        current = status is StepStatus.CURRENT
        painter.setPen(
            QPen(
                QColor(border),
                3.5 if current else 1.5,
                Qt.PenStyle.DashLine if status is StepStatus.NOT_NEEDED else Qt.PenStyle.SolidLine,
            )
        )
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(self._rect(rect), 7, 7)
        badge = QRectF(rect.left() + 8, rect.center().y() - 14, 28, 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(border))
        painter.drawEllipse(self._rect(badge))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self._rect(badge), int(Qt.AlignmentFlag.AlignCenter), str(number))
        painter.setPen(QColor(text))
        body = QRectF(badge.right() + 10, rect.top() + 2, rect.width() - 56, rect.height() - 4)
        title = self._title(number)
        painter.setFont(bold if current else self.font())
        painter.drawText(
            self._rect(body),
            self._align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )

    def _arrow(self, painter: QPainter, pen: QPen, x: float, y1: float, y2: float) -> None:
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y1), QPointF(x, y2 - 2))
        self._head(painter, QPointF(x, y2), QPointF(0, -1))

    def _head(self, painter: QPainter, tip: QPointF, back: QPointF) -> None:
        """An arrowhead at ``tip``; ``back`` points from the tip towards the tail."""
        side = QPointF(-back.y(), back.x())
        size = 8.0
        base = tip + back * size
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2c5d9e"))
        painter.drawPolygon(QPolygonF([tip, base + side * (size / 2), base - side * (size / 2)]))
        painter.restore()
