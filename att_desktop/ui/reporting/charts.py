"""Stacked bar charts of yearly totals, drawn with QPainter (QtCharts is not shipped).

The widget only draws the series it is given (``ChartData`` from the reporting service);
it adds nothing up except the height of a stack, which is the sum it displays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from att_desktop.ui.i18n import localise_number

#: Colour-blind-safe palette (Okabe-Ito, then greys), the same order as the PDF annex.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
    "#999999",
    "#666666",
)


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value:
            return float(top)
    return float(10 * magnitude)


class StackedBarChart(QWidget):
    """One stacked bar per year; one colour per series (category or region)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._years: tuple[int, ...] = ()
        self._series: dict[str, tuple[Decimal, ...]] = {}
        self._labels: dict[str, str] = {}
        self._empty_text = ""
        self.setMinimumSize(QSize(360, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        years: Sequence[int],
        series: Mapping[str, Sequence[Decimal]],
        labels: Mapping[str, str] | None = None,
        empty_text: str = "",
    ) -> None:
        self._years = tuple(years)
        self._series = {k: tuple(v) for k, v in series.items()}
        self._labels = dict(labels or {})
        self._empty_text = empty_text
        self.setAccessibleDescription(self.summary())
        self.update()

    def series_names(self) -> tuple[str, ...]:
        return tuple(self._series)

    def stack_heights(self) -> tuple[Decimal, ...]:
        return tuple(
            sum((s[i] for s in self._series.values()), Decimal(0)) for i in range(len(self._years))
        )

    def summary(self) -> str:
        """A text version of the chart (screen readers, tests)."""
        parts = [
            f"{year}: {format(total.normalize(), 'f')}"
            for year, total in zip(self._years, self.stack_heights(), strict=True)
        ]
        return f"{self._title}. " + "; ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        painter.fillRect(self.rect(), self.palette().base())
        text_pen = QPen(self.palette().text().color())
        painter.setPen(text_pen)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, self._title
        )
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        line = metrics.height()
        body = rect.adjusted(0, line + 6, 0, 0)
        heights = [float(h) for h in self.stack_heights()]
        if not self._years or not any(heights):
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return
        legend_width = min(body.width() * 0.38, 240.0)
        plot = body.adjusted(
            metrics.horizontalAdvance("000000") + 6, 0, -legend_width - 8, -line - 4
        )
        top = _nice_max(max(heights))
        grid_pen = QPen(QColor(self.palette().mid().color()))
        grid_pen.setStyle(Qt.PenStyle.DotLine)
        for step in range(5):
            fraction = step / 4
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(grid_pen)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_pen)
            label = localise_number(f"{top * fraction:,.0f}")
            painter.drawText(
                QRectF(body.left(), y - line / 2, plot.left() - body.left() - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        slot = plot.width() / len(self._years)
        bar = slot * 0.6
        names = list(self._series)
        for i, year in enumerate(self._years):
            x = plot.left() + i * slot + (slot - bar) / 2
            y = plot.bottom()
            for n, name in enumerate(names):
                value = float(self._series[name][i])
                if value <= 0:
                    continue
                h = value / top * plot.height()
                painter.fillRect(QRectF(x, y - h, bar, h), QColor(PALETTE[n % len(PALETTE)]))
                y -= h
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )
        lx = plot.right() + 12
        ly = body.top()
        for n, name in enumerate(names):
            painter.fillRect(QRectF(lx, ly + 3, 10, line - 6), QColor(PALETTE[n % len(PALETTE)]))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(lx + 14, ly, legend_width - 14, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(
                    self._labels.get(name, name),
                    Qt.TextElideMode.ElideRight,
                    int(legend_width - 14),
                ),
            )
            ly += line + 2
        painter.end()
