"""The ticket list: a paged model over the ticket_list service, sorted by the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app import sla
from app.services import ticket_list
from app.services.ticket_list import TicketFilter, TicketRow
from ui import labels
from ui.formatting import datetime_text, paused_text, time_left_text

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

BREACHED_BG = QColor("#fde2e1")
BREACHED_FG = QColor("#b3261e")
DUE_SOON_BG = QColor("#fff4d6")
PAUSED_BG = QColor("#e8eef7")


class TicketTableModel(QAbstractTableModel):
    COLUMNS = ("number", "received_at", "customer", "address", "kind", "status", "next_due_at", "time_left")
    # Columns the database can sort by; "time left" sorts as the deadline does.
    SORT_KEYS = {c: c for c in COLUMNS[:-1]} | {"time_left": "next_due_at"}

    def __init__(self, clock: Callable[[], datetime], warn_hours: float = 4.0, parent=None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._warn_hours = warn_hours
        self._filter = TicketFilter(status=ticket_list.OPEN)
        self._sort = "received_at"
        self._descending = True
        self._rows: list[TicketRow] = []
        self._total = 0
        self._now = clock()
        self._loaded_at = self._now
        self._calendar = ticket_list.office_calendar()

    # -- loading ------------------------------------------------------------------------
    def set_filter(self, f: TicketFilter) -> None:
        self._filter = f
        self.reload()

    def current_filter(self) -> TicketFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        self._now = self._loaded_at = self._clock()
        self._calendar = ticket_list.office_calendar()  # office hours may have changed (R3.0)
        self._total = ticket_list.count(self._filter)
        self._rows = ticket_list.page(self._filter, self._sort, self._descending, 0, PAGE, now=self._now)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = ticket_list.page(
            self._filter, self._sort, self._descending, len(self._rows), PAGE, now=self._loaded_at
        )
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = self.SORT_KEYS[self.COLUMNS[column]]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def refresh_times(self) -> None:
        """Time left moves on without a query; a minute timer calls this."""
        self._now = self._clock()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def ticket_id_at(self, row: int) -> int:
        return self._rows[row].id

    def kind_at(self, row: int) -> str:
        return self._rows[row].kind

    def status_at(self, row: int) -> str:
        return self._rows[row].status

    def number_at(self, row: int) -> str:
        return self._rows[row].number

    def row_of(self, ticket_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == ticket_id), -1)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Ticket no."),
            self.tr("Received"),
            self.tr("Customer"),
            self.tr("Site"),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Next deadline"),
            self.tr("Time left"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        due = self._due(r)
        state = sla.sla_state(due, self._now, self._warn_hours, self._left(r, due), r.paused)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in ("next_due_at", "time_left") and r.next_clock:
            return labels.label("clock", r.next_clock)
        if role == Qt.ItemDataRole.BackgroundRole and col in ("next_due_at", "time_left"):
            if state == "breached":
                return QBrush(BREACHED_BG)
            if state == "due_soon":
                return QBrush(DUE_SOON_BG)
            if state == "paused":
                return QBrush(PAUSED_BG)
        if role == Qt.ItemDataRole.ForegroundRole and state == "breached":
            return QBrush(BREACHED_FG)
        if role == Qt.ItemDataRole.FontRole and (state == "breached" or (r.urgent and col == "kind")):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return state
        return None

    def _display(self, r: TicketRow, col: str) -> str:
        if col == "number":
            return r.number
        if col == "received_at":
            return datetime_text(r.received_at)
        if col == "customer":
            return r.customer
        if col == "address":
            return r.address
        if col == "kind":
            text = labels.label("kind", r.kind)
            return self.tr("%1 · urgent").replace("%1", text) if r.urgent else text
        if col == "status":
            text = labels.label("status", r.status)
            return self.tr("%1 · escalated").replace("%1", text) if r.escalated else text
        due = self._due(r)
        if col == "next_due_at":
            if not due:
                return ""
            return f"{labels.label('clock', r.next_clock)}  {datetime_text(due)}"
        if r.paused:
            return paused_text(due)
        return time_left_text(due, self._now, self._left(r, due), self._day_seconds(r))

    def _due(self, r: TicketRow) -> datetime | None:
        """R3.4: a paused clock's deadline moves forward by the time passed since the page loaded."""
        if not r.paused or r.next_due_at is None or self._now <= self._loaded_at:
            return r.next_due_at
        if r.unit == sla.WORKING_DAYS:
            moved = self._calendar.working_seconds_between(self._loaded_at, self._now)
            return self._calendar.add_working_time(r.next_due_at, moved)
        return r.next_due_at + (self._now - self._loaded_at)

    def _left(self, r: TicketRow, due: datetime | None) -> float | None:
        """Time left as the clock counts it: office time for working-day limits (R3.0)."""
        if due is None:
            return None
        return sla.time_left(due, self._now, r.unit or sla.HOURS, self._calendar)

    def _day_seconds(self, r: TicketRow) -> float:
        return self._calendar.day_seconds if r.unit == sla.WORKING_DAYS else 86400

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self.refresh_times()
