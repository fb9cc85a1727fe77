"""Draw the application icon (a wrench on a house roof, in the office's blue) as PNG and ICO.

uv run python scripts/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1a73e8"))
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    p.setBrush(QColor("#ffffff"))
    roof = QPolygonF([QPointF(32 * s, 12 * s), QPointF(54 * s, 30 * s), QPointF(10 * s, 30 * s)])
    p.drawPolygon(roof)
    p.drawRect(QRectF(16 * s, 29 * s, 32 * s, 22 * s))
    p.setPen(QPen(QColor("#1a73e8"), 4 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    path = QPainterPath(QPointF(24 * s, 46 * s))
    path.lineTo(38 * s, 34 * s)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1a73e8"))
    p.drawEllipse(QPointF(39 * s, 33 * s), 5 * s, 5 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(41 * s, 31 * s), 2.2 * s, 2.2 * s)
    p.end()
    return img


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "app.png"))
    draw(256).scaled(
        64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    ).save(str(OUT / "app-64.png"))
    ok = draw(128).save(str(OUT / "app.ico"), "ICO")  # Qt writes one uncompressed size: keep it small
    print("ico written" if ok else "ico writer missing")
