"""The queue of tickets waiting for dispatch, as draggable cards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app import sla
from app.services import dispatch, ticket_list
from app.services.dispatch import QueueItem
from ui import labels
from ui.dispatch import mime
from ui.formatting import datetime_text, time_left_text

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
TimeLeftRole = Qt.ItemDataRole.UserRole + 2

SLA_COLORS = {
    "breached": QColor("#d93025"),
    "due_soon": QColor("#f29900"),
    "ok": QColor("#188038"),
    "none": QColor("#9aa0a6"),
}


class QueueModel(QAbstractListModel):
    def __init__(self, clock: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._items: list[QueueItem] = []
        self._calendar = None

    def reload(self) -> None:
        self.beginResetModel()
        self._items = dispatch.queue(self._clock())
        self._calendar = ticket_list.office_calendar()  # office hours may have changed (R3.0)
        self.endResetModel()

    def time_left(self, item: QueueItem) -> str:
        """As the ticket list says it: office time for working-day clocks (R3.0)."""
        now = self._clock()
        if item.next_due_at is None or self._calendar is None:
            return time_left_text(item.next_due_at, now)
        left = sla.time_left(item.next_due_at, now, item.unit, self._calendar)
        day = sla.day_seconds(item.unit, self._calendar)
        return time_left_text(item.next_due_at, now, left, day)

    def item_at(self, row: int) -> QueueItem:
        return self._items[row]

    def row_of(self, ticket_id: int) -> int:
        return next((i for i, it in enumerate(self._items) if it.ticket_id == ticket_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == ItemRole:
            return item
        if role == TimeLeftRole:
            return self.time_left(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.number} {item.customer}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.address
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [mime.TICKET]

    def mimeData(self, indexes):
        rows = [i.row() for i in indexes if i.isValid()]
        return mime.pack(mime.TICKET, self._items[rows[0]].ticket_id) if rows else None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class QueueCardDelegate(QStyledItemDelegate):
    """A card: number and urgency, customer and district, category, deadline and time left;
    the stripe and the deadline line take the SLA colour (R3.1)."""

    HEIGHT = 78

    def __init__(self, clock: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self._clock = clock

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(260, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: QueueItem = index.data(ItemRole)
        r = option.rect.adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#1a73e8") if selected else QColor("#dadce0"), 2 if selected else 1))
        painter.setBrush(QColor("#e8f0fe") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(r, 5, 5)
        color = SLA_COLORS[item.sla_state]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRect(r.left(), r.top(), 6, r.height()), 3, 3)
        text = r.adjusted(14, 4, -6, -4)
        line = text.height() // 4
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#202124"))
        head = item.number
        if item.urgent:
            head += "  " + self.tr("URGENT")
        if item.reopened:
            head += "  " + self.tr("reopened")
        painter.drawText(
            QRect(text.left(), text.top(), text.width(), line), Qt.AlignmentFlag.AlignVCenter, head
        )
        painter.setFont(option.font)
        who = f"{item.customer} · {item.district or item.address}"
        painter.drawText(
            QRect(text.left(), text.top() + line, text.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(who, Qt.TextElideMode.ElideRight, text.width()),
        )
        category = labels.label("category", item.category) if item.category else ""
        if item.paused:
            category += "  " + self.tr("(paused)")
        third = QRect(text.left(), text.top() + 2 * line, text.width(), line)
        left_room = text.width()
        if item.next_due_at:
            # the time left, in the SLA colour, at the right of the category line: the deadline
            # line below is then short enough to show whole ("… · overdue 8h 28m" was cut)
            painter.setPen(color)
            painter.setFont(bold)
            left = index.data(TimeLeftRole)
            painter.drawText(third, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, left)
            left_room -= painter.fontMetrics().horizontalAdvance(left) + 8
            painter.setFont(option.font)
            due = f"{labels.label('clock', item.next_clock)} {datetime_text(item.next_due_at)}"
            painter.drawText(
                QRect(text.left(), text.top() + 3 * line, text.width(), line),
                Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(due, Qt.TextElideMode.ElideRight, text.width()),
            )
        painter.setPen(QColor("#5f6368"))
        painter.drawText(
            third,
            Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(category, Qt.TextElideMode.ElideRight, max(0, left_room)),
        )
        painter.restore()
