"""A technician's month-by-month trend, painted with QPainter (QtCharts is not installed).

Every series is on the same 0–100 scale: the score, and the rates as percentages. A month
without a value breaks the line; approved months get a filled dot.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.appraisal import TrendPoint

SERIES = (  # (attribute, colour, scale to 0–100)
    ("score", QColor("#1f5fbf"), 1.0),
    ("first_time_fix_rate", QColor("#2e8b57"), 100.0),
    ("sla_met_rate", QColor("#d2691e"), 100.0),
    ("on_time_rate", QColor("#8a2be2"), 100.0),
)


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TrendPoint] = []
        self.names: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(240)

    def sizeHint(self) -> QSize:
        return QSize(720, 300)

    def set_points(self, points: list[TrendPoint], names: dict[str, str]) -> None:
        self.points, self.names = list(points), dict(names)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        line = fm.height()
        left = fm.horizontalAdvance("100") + 12
        legend_h = line + 10
        plot = QRectF(left, legend_h + 6, self.width() - left - 16, self.height() - legend_h - line - 18)
        if plot.width() < 20 or plot.height() < 20:
            return
        grid = QPen(QColor("#d8d8d8"))
        text = self.palette().text().color()
        for v in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * v / 100
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(QRectF(0, y - line / 2, left - 6, line), Qt.AlignmentFlag.AlignRight, str(v))
        n = len(self.points)
        step = plot.width() / max(n - 1, 1)
        xs = [plot.left() + i * step if n > 1 else plot.center().x() for i in range(n)]
        label_every = max(1, int((fm.horizontalAdvance("2026-10") + 8) // max(step, 1)) + 1)
        for i, pt in enumerate(self.points):
            if i % label_every and i != n - 1:
                continue
            lab = pt.month if i == 0 or pt.month.endswith("-01") else pt.month[5:]
            w = fm.horizontalAdvance(lab)
            x = min(max(xs[i] - w / 2, 0), self.width() - w)
            p.drawText(QPointF(x, plot.bottom() + line + 2), lab)
        for attr, color, scale in SERIES:
            pen = QPen(color, 2)
            p.setPen(pen)
            prev = None
            for i, pt in enumerate(self.points):
                v = getattr(pt, attr)
                if v is None:
                    prev = None
                    continue
                y = plot.bottom() - plot.height() * max(0.0, min(100.0, v * scale)) / 100
                here = QPointF(xs[i], y)
                if prev is not None:
                    p.drawLine(prev, here)
                p.setBrush(color if pt.approved else self.palette().base())
                p.drawEllipse(here, 3.5, 3.5)
                prev = here
        x = left
        for attr, color, _scale in SERIES:
            name = self.names.get(attr, attr)
            p.fillRect(QRectF(x, 6 + line / 2 - 2, 14, 4), color)
            p.setPen(text)
            p.drawText(QPointF(x + 18, 6 + fm.ascent()), name)
            x += 18 + fm.horizontalAdvance(name) + 18
        p.end()
