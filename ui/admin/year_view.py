"""A year of the working calendar: 12 month blocks, each day coloured by its kind.

Keyboard: arrows move a day or a week, Page Up/Down a month, Enter or Space opens the day.
A click opens the day too. Signals carry dates, never widgets.
"""

from __future__ import annotations

import calendar as pycal
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.calendar import WorkCalendar
from ui import labels

# kind → (background, text)
KIND_COLOURS = {
    "workday": (QColor("#ffffff"), QColor("#202124")),
    "weekend": (QColor("#e6e6e6"), QColor("#5f6368")),
    "holiday": (QColor("#f9c5bf"), QColor("#a50e0e")),
    "adjusted_workday": (QColor("#c6dcff"), QColor("#0b3d91")),
}
KINDS = list(KIND_COLOURS)

CELL_W, CELL_H = 30, 22
COLS, ROWS = 4, 3
PAD = 10
TITLE_H = 24
HEADER_H = 18


class YearView(QWidget):
    day_activated = Signal(object)  # datetime.date
    current_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self._calendar = WorkCalendar()
        self._year = date.today().year
        self._current = date(self._year, 1, 1)
        self._today: date | None = None
        self._cells: dict[date, QRect] = {}
        self.setAccessibleName(self.tr("Working calendar"))

    # -- data ---------------------------------------------------------------------------
    def set_calendar(self, calendar: WorkCalendar) -> None:
        self._calendar = calendar
        self._update_accessible()
        self.update()

    def set_year(self, year: int) -> None:
        if year != self._year:
            self._year = year
            day = min(self._current.day, pycal.monthrange(year, self._current.month)[1])
            self._current = date(year, self._current.month, day)
            self._layout_cells()
            self._update_accessible()
            self.update()

    def year(self) -> int:
        return self._year

    def set_today(self, today: date) -> None:
        self._today = today

    def current_date(self) -> date:
        return self._current

    def set_current_date(self, day: date) -> None:
        if day.year != self._year:
            self._year = day.year
            self._layout_cells()
        self._current = day
        self._update_accessible()
        self.current_changed.emit(day)
        self.update()

    def day_kind(self, day: date) -> str:
        return self._calendar.day_kind(day)

    def cell_rect(self, day: date) -> QRect:
        if not self._cells:
            self._layout_cells()
        return self._cells[day]

    def _update_accessible(self) -> None:
        day = self._current
        text = f"{day.isoformat()} {labels.label('day_kind', self._calendar.day_kind(day))}"
        name = self._calendar.day_name(day)
        self.setAccessibleDescription(f"{text} {name}".strip())

    # -- geometry -----------------------------------------------------------------------
    def _block_size(self) -> QSize:
        return QSize(7 * CELL_W, TITLE_H + HEADER_H + 6 * CELL_H)

    def sizeHint(self) -> QSize:
        b = self._block_size()
        return QSize(COLS * b.width() + (COLS + 1) * PAD * 2, ROWS * b.height() + (ROWS + 1) * PAD)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _block_origin(self, month: int) -> QPoint:
        b = self._block_size()
        gap_x = max(PAD * 2, (self.width() - COLS * b.width()) // (COLS + 1))
        gap_y = max(PAD, (self.height() - ROWS * b.height()) // (ROWS + 1))
        col, row = (month - 1) % COLS, (month - 1) // COLS
        return QPoint(gap_x + col * (b.width() + gap_x), gap_y + row * (b.height() + gap_y))

    def _layout_cells(self) -> None:
        self._cells = {}
        for month in range(1, 13):
            origin = self._block_origin(month)
            first = date(self._year, month, 1)
            offset = first.weekday()  # Monday first, as Chinese calendars print
            for i in range(pycal.monthrange(self._year, month)[1]):
                pos = offset + i
                x = origin.x() + (pos % 7) * CELL_W
                y = origin.y() + TITLE_H + HEADER_H + (pos // 7) * CELL_H
                self._cells[first + timedelta(days=i)] = QRect(x, y, CELL_W, CELL_H)

    def resizeEvent(self, event) -> None:
        self._layout_cells()
        super().resizeEvent(event)

    def day_at(self, pos: QPoint) -> date | None:
        if not self._cells:
            self._layout_cells()
        return next((d for d, r in self._cells.items() if r.contains(pos)), None)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._cells:
            self._layout_cells()
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        locale = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        for month in range(1, 13):
            origin = self._block_origin(month)
            p.setFont(bold)
            p.setPen(self.palette().windowText().color())
            p.drawText(
                QRect(origin.x(), origin.y(), 7 * CELL_W, TITLE_H),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat),
            )
            p.setFont(small)
            for i in range(7):
                p.setPen(QColor("#5f6368"))
                p.drawText(
                    QRect(origin.x() + i * CELL_W, origin.y() + TITLE_H, CELL_W, HEADER_H),
                    Qt.AlignmentFlag.AlignCenter,
                    locale.standaloneDayName(i + 1, QLocale.FormatType.NarrowFormat),
                )
        p.setFont(self.font())
        grid = QPen(QColor("#d0d0d0"))
        for day, rect in self._cells.items():
            bg, fg = KIND_COLOURS[self._calendar.day_kind(day)]
            p.fillRect(rect.adjusted(1, 1, -1, -1), bg)
            p.setPen(grid)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setPen(fg)
            font = QFont(self.font())
            font.setBold(day == self._today)
            p.setFont(font)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
            if self._calendar.day_name(day) and self._calendar.day_kind(day) in (
                "holiday",
                "adjusted_workday",
            ):
                p.fillRect(QRect(rect.right() - 5, rect.top() + 2, 3, 3), fg)  # a named day
        if self._current in self._cells:
            pen = QPen(self.palette().highlight().color() if self.hasFocus() else QColor("#5f6368"))
            pen.setWidth(2)
            p.setPen(pen)
            p.drawRect(self._cells[self._current].adjusted(1, 1, -2, -2))
        p.end()

    # -- input --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            self.set_current_date(day)
            self.day_activated.emit(day)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if key in steps:
            self.set_current_date(self._current + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            month = self._current.month + (-1 if key == Qt.Key.Key_PageUp else 1)
            year = self._current.year + (month - 1) // 12
            month = (month - 1) % 12 + 1
            day = min(self._current.day, pycal.monthrange(year, month)[1])
            self.set_current_date(date(year, month, day))
        elif key == Qt.Key.Key_Home:
            self.set_current_date(date(self._current.year, self._current.month, 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                return True
            text = f"{day.isoformat()}  {labels.label('day_kind', self._calendar.day_kind(day))}"
            name = self._calendar.day_name(day)
            QToolTip.showText(event.globalPos(), f"{text}\n{name}" if name else text, self)
            return True
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.setAccessibleName(self.tr("Working calendar"))
            self._update_accessible()
            self.update()
        super().changeEvent(event)
