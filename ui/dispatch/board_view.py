"""The planning board: one lane per technician, time along the top, work orders as blocks.

Dropping a queued ticket on a lane asks to assign it there (R4.1); dragging a block asks to
reschedule it (R4.2). The view only reports what the user did, by ids; the tab calls services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app import workflow
from app.services.dispatch import OrderBlock, Technician
from ui.dispatch import mime

OFFICE_HOURS = (time(9), time(18))  # shown when the office's own hours are not given
SNAP_MINUTES = 30
LANE_HEIGHT = 46
WEEK_LANE_HEIGHT = 58  # three short lines fit in a week block: number, customer, time
LABEL_WIDTH = 110
HEADER_HEIGHT = 34

STATUS_COLORS = {
    workflow.ORDER_SCHEDULED: QColor("#d2e3fc"),
    workflow.ORDER_ON_SITE: QColor("#fde293"),
    workflow.ORDER_DONE: QColor("#ceead6"),
    workflow.ORDER_REJECTED: QColor("#f6aea9"),
}


@dataclass(frozen=True)
class _Placed:
    block: OrderBlock
    rect: QRect


def board_span(
    first_day: date, days: int, orders: list[OrderBlock], office_hours: tuple[time, time] = OFFICE_HOURS
) -> tuple[int, int]:
    """The hours (start, end) each shown day spans: the office's hours, widened so every order of
    the shown days is whole on the board (an order at 21:30 is as visible as one at 10:00)."""
    opening, closing = office_hours
    start = opening.hour
    end = closing.hour + (1 if closing.minute or closing.second else 0)
    range_start = datetime.combine(first_day, time())
    range_end = range_start + timedelta(days=days)
    for block in orders:
        s, e = max(block.start, range_start), min(block.end, range_end)
        if e <= s:
            continue
        if s.date() != (e - timedelta(microseconds=1)).date():
            return 0, 24  # over midnight: both evenings and mornings must show
        start = min(start, s.hour)
        end_hours = 24 if e.date() != s.date() else e.hour + (1 if (e.minute or e.second) else 0)
        end = max(end, end_hours)
    return max(0, min(start, 23)), min(24, max(end, start + 1))


class DispatchBoardView(QWidget):
    ticket_dropped = Signal(int, int, object)  # ticket id, technician id, start datetime
    order_dropped = Signal(int, int, object)  # order id, technician id, new start datetime
    order_activated = Signal(int)  # order id (double-click or Enter)
    order_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self._techs: list[Technician] = []
        self._orders: list[OrderBlock] = []
        self._placed: list[_Placed] = []
        self._first_day = date.today()
        self._days = 1
        self._start_hour, self._end_hour = OFFICE_HOURS[0].hour, OFFICE_HOURS[1].hour
        self._fit_width = 0  # the width the board may fill (the scroll area's viewport)
        self._label_left = 0  # where the names column is drawn (the scrolled-to left edge)
        self._text_cache: dict[tuple, list[str]] = {}  # fitted lines per block and size
        self.selected_order: int | None = None
        self._press: QPoint | None = None
        self._drop_hint: QRect | None = None

    # -- data ---------------------------------------------------------------------------------
    def set_board(
        self,
        first_day: date,
        days: int,
        techs: list[Technician],
        orders: list[OrderBlock],
        office_hours: tuple[time, time] = OFFICE_HOURS,
    ) -> None:
        self._first_day, self._days = first_day, days
        self._techs, self._orders = techs, orders
        self._start_hour, self._end_hour = board_span(first_day, days, orders, office_hours)
        self._resize()

    def fit_width(self, width: int) -> None:
        """Hours widen to fill the space given (a 1920-pixel screen shows a roomier week)."""
        if width != self._fit_width:
            self._fit_width = width
            self._resize()

    def _resize(self) -> None:
        if len(self._text_cache) > 20_000:
            self._text_cache.clear()
        self.setFixedSize(self.sizeHint())
        self._layout_blocks()
        self.update()

    def span(self) -> tuple[int, int]:
        return self._start_hour, self._end_hour

    def hours_per_day(self) -> int:
        return self._end_hour - self._start_hour

    def lane_height(self) -> int:
        return LANE_HEIGHT if self._days == 1 else WEEK_LANE_HEIGHT

    def hour_width(self) -> int:
        least = 80 if self._days == 1 else 14
        room = (self._fit_width - LABEL_WIDTH - 2) // max(1, self._days * self.hours_per_day())
        return max(least, room)

    def sizeHint(self) -> QSize:
        width = LABEL_WIDTH + self._days * self.hours_per_day() * self.hour_width() + 1
        return QSize(width, HEADER_HEIGHT + max(1, len(self._techs)) * self.lane_height() + 1)

    # -- geometry -----------------------------------------------------------------------------
    def x_of(self, moment: datetime) -> float:
        """The x of a moment; moments outside the shown days sit on the board's edges."""
        per_day = self.hours_per_day()
        day_index = (moment.date() - self._first_day).days
        if day_index < 0:
            return LABEL_WIDTH
        if day_index >= self._days:
            return LABEL_WIDTH + self._days * per_day * self.hour_width()
        hours = moment.hour + moment.minute / 60 - self._start_hour
        hours = min(max(hours, 0), per_day)
        return LABEL_WIDTH + (day_index * per_day + hours) * self.hour_width()

    def point_for(self, tech_id: int, moment: datetime) -> QPoint:
        """Where on the board a technician's lane meets a moment (tests and keyboard use it)."""
        lane = next(i for i, t in enumerate(self._techs) if t.id == tech_id)
        h = self.lane_height()
        return QPoint(int(self.x_of(moment)) + 2, HEADER_HEIGHT + lane * h + h // 2)

    def at(self, pos: QPoint) -> tuple[int, datetime] | None:
        """The technician and the (snapped) moment under a point, or None outside the lanes."""
        lane = (pos.y() - HEADER_HEIGHT) // self.lane_height()
        if pos.x() < LABEL_WIDTH or pos.y() < HEADER_HEIGHT or not 0 <= lane < len(self._techs):
            return None
        hours = (pos.x() - LABEL_WIDTH) / self.hour_width()
        per_day = self.hours_per_day()
        day_index = min(int(hours // per_day), self._days - 1)
        minutes = int((hours - day_index * per_day) * 60) // SNAP_MINUTES * SNAP_MINUTES
        minutes = min(minutes, per_day * 60 - SNAP_MINUTES)
        moment = datetime.combine(self._first_day + timedelta(days=day_index), time()) + timedelta(
            hours=self._start_hour, minutes=minutes
        )
        return self._techs[lane].id, moment

    def _layout_blocks(self) -> None:
        lanes = {t.id: i for i, t in enumerate(self._techs)}
        h = self.lane_height()
        placed = []
        for block in self._orders:
            x1, x2 = self.x_of(block.start), self.x_of(block.end)
            if x2 <= x1:
                continue
            for tid in block.technician_ids:
                if tid in lanes:
                    top = HEADER_HEIGHT + lanes[tid] * h + 4
                    placed.append(_Placed(block, QRect(int(x1) + 1, top, max(int(x2 - x1) - 2, 4), h - 8)))
        self._placed = placed

    def now_x(self, now: datetime) -> int | None:
        """Where the present moment sits on the board, or None when today is not shown."""
        if not 0 <= (now.date() - self._first_day).days < self._days:
            return None
        return int(self.x_of(now))

    @staticmethod
    def block_text(block: OrderBlock) -> str:
        """The whole text of a block, shown on hover."""
        return (
            f"{block.number} {block.customer}\n{block.address}\n"
            f"{block.start:%Y-%m-%d %H:%M}–{block.end:%H:%M}"
        )

    def block_at(self, pos: QPoint) -> OrderBlock | None:
        for p in reversed(self._placed):
            if p.rect.contains(pos):
                return p.block
        return None

    def blocks(self) -> list[OrderBlock]:
        return [p.block for p in self._placed]

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        clip = event.rect()
        painter.fillRect(clip, QColor("#ffffff"))
        hw = self.hour_width()
        per_day = self.hours_per_day()
        lane_h = self.lane_height()
        grid = QPen(QColor("#e8eaed"))
        strong = QPen(QColor("#bdc1c6"))
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        self._small_font = small
        painter.setFont(small)
        # hours / days header
        for d in range(self._days):
            day = self._first_day + timedelta(days=d)
            x0 = LABEL_WIDTH + d * per_day * hw
            painter.setPen(strong)
            painter.drawLine(x0, 0, x0, self.height())
            painter.setPen(QColor("#3c4043"))
            if self._days > 1:
                painter.drawText(
                    QRect(x0, 0, per_day * hw, HEADER_HEIGHT),
                    Qt.AlignmentFlag.AlignCenter,
                    day.strftime("%m-%d %a"),
                )
                continue
            for h in range(per_day):
                x = x0 + h * hw
                painter.setPen(grid)
                painter.drawLine(x, HEADER_HEIGHT, x, self.height())
                painter.setPen(QColor("#3c4043"))
                painter.drawText(
                    QRect(x + 3, 0, hw, HEADER_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{self._start_hour + h:02d}:00",
                )
        # lanes
        painter.setFont(self.font())
        for i in range(len(self._techs)):
            y = HEADER_HEIGHT + i * lane_h
            if i % 2:
                painter.fillRect(QRect(0, y, self.width(), lane_h), QColor("#f8f9fa"))
            painter.setPen(grid)
            painter.drawLine(0, y, self.width(), y)
        painter.setPen(strong)
        painter.drawLine(0, HEADER_HEIGHT, self.width(), HEADER_HEIGHT)
        # blocks (fonts and metrics set once: a busy week paints two thousand blocks)
        block_font = small
        if self._days != 1:
            block_font = QFont(small)
            block_font.setPointSizeF(max(small.pointSizeF() - 1, 6.5))
        painter.setFont(block_font)
        metrics = painter.fontMetrics()
        text_pen = QColor("#202124")
        for p in self._placed:
            if not p.rect.intersects(clip):
                continue
            b = p.block
            painter.setPen(
                QPen(QColor("#1a73e8"), 2) if b.order_id == self.selected_order else QPen(QColor("#80868b"))
            )
            painter.setBrush(STATUS_COLORS.get(b.status, QColor("#e8eaed")))
            painter.drawRoundedRect(p.rect, 4, 4)
            if b.urgent or b.late:
                painter.fillRect(QRect(p.rect.left(), p.rect.top(), 4, p.rect.height()), QColor("#d93025"))
            painter.setPen(text_pen)
            pad = 6 if self._days == 1 else 5  # the red urgent/late stripe is 4 px
            self._paint_block_text(painter, metrics, p.rect.adjusted(pad, 1, -1, -1), b)
        self._paint_lane_names(painter, lane_h, strong)
        if self._drop_hint is not None:
            painter.setPen(QPen(QColor("#1a73e8"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._drop_hint)
        painter.end()

    def set_label_left(self, x: int) -> None:
        """The technicians' names stay in view when the board is scrolled sideways."""
        if x != self._label_left:
            self._label_left = x
            self.update()

    def _paint_lane_names(self, painter: QPainter, lane_h: int, strong: QPen) -> None:
        left = self._label_left
        painter.setFont(self.font())
        for i, tech in enumerate(self._techs):
            y = HEADER_HEIGHT + i * lane_h
            painter.fillRect(
                QRect(left, y + 1, LABEL_WIDTH, lane_h - 1), QColor("#f8f9fa" if i % 2 else "#ffffff")
            )
            painter.setPen(QColor("#202124"))
            painter.drawText(
                QRect(left + 8, y, LABEL_WIDTH - 12, lane_h),
                Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(tech.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12),
            )
        painter.fillRect(QRect(left, 0, LABEL_WIDTH, HEADER_HEIGHT), QColor("#ffffff"))
        painter.setPen(strong)
        painter.drawLine(left + LABEL_WIDTH, 0, left + LABEL_WIDTH, self.height())
        painter.drawLine(left, HEADER_HEIGHT, left + LABEL_WIDTH, HEADER_HEIGHT)

    def _paint_block_text(
        self, painter: QPainter, metrics: QFontMetrics, inner: QRect, b: OrderBlock
    ) -> None:
        key = (b, inner.width(), inner.height(), self._days)
        lines = self._text_cache.get(key)
        if lines is None:
            lines = self._text_cache[key] = self._fit_block_text(metrics, inner, b)
        x, y = inner.left(), inner.top() + metrics.ascent()
        for line in lines:
            painter.drawText(x, y, line)
            y += metrics.height()

    def _fit_block_text(self, metrics: QFontMetrics, inner: QRect, b: OrderBlock) -> list[str]:
        """As much as fits, line by line: a narrow week block shows the customer, the number's
        tail and the start (cut to the width, never a bare "…"); the whole text is on hover."""
        width = inner.width()
        if self._days == 1:
            lines = (f"{b.number[-9:]} {b.customer}", b.address)
        else:
            start = f"{b.start.hour}:{b.start.minute:02d}"
            head = f"{b.number[-4:]} {b.customer}"
            if metrics.horizontalAdvance(head) <= width:
                lines = (head, f"{start}–{b.end:%H:%M}", b.address)
            else:
                if metrics.horizontalAdvance(start) > width and b.start.minute == 0:
                    start = str(b.start.hour)  # "16", not "16…", in a 2-hour block of a week
                lines = (b.customer, b.number[-4:], start)
        fitted_lines: list[str] = []
        line_h = metrics.height()
        y = inner.top()
        bottom = inner.bottom() + 2
        for line in lines:
            if y + line_h > bottom:
                break
            if metrics.horizontalAdvance(line) > width:
                fitted = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                if len(fitted) <= 2:  # only "…" or one character: cut without the ellipsis instead
                    fitted = line
                    while fitted and metrics.horizontalAdvance(fitted) > width:
                        fitted = fitted[:-1]
                line = fitted
            fitted_lines.append(line)
            y += line_h
        return fitted_lines

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.block_text(block), self)
            return True
        return super().event(event)

    # -- mouse and drops ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        self.selected_order = block.order_id if block else None
        self._press = event.position().toPoint() if block else None
        if block:
            self.order_selected.emit(block.order_id)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.selected_order is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        drag = QDrag(self)
        drag.setMimeData(mime.pack(mime.ORDER, self.selected_order))
        self._press = None
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block:
            self.order_activated.emit(block.order_id)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_order is not None:
            self.order_activated.emit(self.selected_order)
            return
        super().keyPressEvent(event)

    def _accepts(self, data) -> bool:
        return data.hasFormat(mime.TICKET) or data.hasFormat(mime.ORDER)

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        spot = self.at(event.position().toPoint())
        if spot is None or not self._accepts(event.mimeData()):
            event.ignore()
            self._drop_hint = None
        else:
            event.acceptProposedAction()
            lane = next(i for i, t in enumerate(self._techs) if t.id == spot[0])
            x = int(self.x_of(spot[1]))
            h = self.lane_height()
            self._drop_hint = QRect(x, HEADER_HEIGHT + lane * h + 2, 2 * self.hour_width(), h - 4)
        self.update()

    def dragLeaveEvent(self, event) -> None:
        self._drop_hint = None
        self.update()

    def dropEvent(self, event) -> None:
        self._drop_hint = None
        self.update()
        spot = self.at(event.position().toPoint())
        if spot is None:
            event.ignore()
            return
        tech_id, start = spot
        ticket_id = mime.unpack(event.mimeData(), mime.TICKET)
        order_id = mime.unpack(event.mimeData(), mime.ORDER)
        event.acceptProposedAction()
        if ticket_id is not None:
            self.ticket_dropped.emit(ticket_id, tech_id, start)
        elif order_id is not None:
            self.order_dropped.emit(order_id, tech_id, start)
