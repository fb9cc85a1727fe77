"""The ticket list: a paged model over the ticket_list service, sorted by the database, read in the
background (ui.latest_query) so no keystroke in its filter holds up the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app import sla, workflow
from app.services import ticket_list
from app.services.ticket_list import TicketFilter, TicketRow
from ui import labels
from ui.formatting import datetime_text, paused_text, time_left_text
from ui.latest_query import Interrupted, LatestQuery

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

    # the list has been (re)loaded from the database: rows and total are new
    loaded = Signal()
    # the list could not be read (the database went away); the tab says so
    failed = Signal()

    def __init__(self, clock: Callable[[], datetime], warn_hours: float = 4.0, parent=None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._warn_hours = warn_hours
        self._filter = TicketFilter(status=ticket_list.OPEN)
        self._sort = "received_at"
        self._descending = True
        self._rows: list[TicketRow] = []
        self._total = 0
        self._more = False  # a further page may exist (the count was capped or not all fetched)
        self._now = clock()
        # Queried only while shown, once per change: requests in one event-loop turn (the tab
        # opening sets filter and sort; a save publishes a change) coalesce into one query.
        self._active = False
        self._stale = True
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self._start_reload)
        self._loader = LatestQuery(self)
        self._loader.done.connect(self._on_done)
        self._reload_generation = -1
        self._fetch_generation = -1
        self._loaded_at = self._now
        self._calendar = ticket_list.office_calendar()

    # -- loading ------------------------------------------------------------------------
    def set_filter(self, f: TicketFilter) -> None:
        self._filter = f
        self.reload()

    def current_filter(self) -> TicketFilter:
        return self._filter

    def set_active(self, active: bool) -> None:
        """The list is on screen (True) or hidden; a hidden list only notes that it is stale."""
        self._active = active
        if active and self._stale:
            self.reload()

    def reload(self) -> None:
        """Ask for the list again, in the background; `loaded` says when it is on screen."""
        self._stale = True
        if self._active:
            # an answer still on its way is older than this request: drop it, ask anew
            self._reload_generation = self._fetch_generation = -1
            self._reload_timer.start()

    def is_loading(self) -> bool:
        return self._reload_generation >= 0 or self._reload_timer.isActive()

    def _start_reload(self) -> None:
        self._stale = False
        self._fetch_generation = -1
        f, sort, descending, now = self._filter, self._sort, self._descending, self._clock()

        def work() -> tuple[int, list[TicketRow], object, datetime]:
            # office hours may have changed (R3.0): the calendar is read with the rows
            rows = ticket_list.page(f, sort, descending, 0, PAGE, now=now)
            return ticket_list.count(f), rows, ticket_list.office_calendar(), now

        self._reload_generation = self._loader.request(work)

    def _on_done(self, generation: int, result: object) -> None:
        if generation == self._reload_generation:
            self._reload_generation = -1
            if isinstance(result, Exception):
                if not isinstance(result, Interrupted):
                    self.failed.emit()
                return
            total, rows, calendar, loaded_at = result  # type: ignore[misc]
            self.beginResetModel()
            self._now = self._clock()
            self._loaded_at, self._calendar = loaded_at, calendar
            self._total, self._rows = total, rows
            self._more = len(rows) < total
            self.endResetModel()
            self.loaded.emit()
        elif generation == self._fetch_generation:
            self._fetch_generation = -1
            if isinstance(result, Exception):
                self._more = False
                return
            more: list[TicketRow] = result  # type: ignore[assignment]
            self._more = len(more) == PAGE
            if not more:
                return
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self._total = max(self._total, len(self._rows))
            self.endInsertRows()

    def total(self) -> int:
        return self._total

    def total_is_capped(self) -> bool:
        """True when there are more than COUNT_CAP matches and the count stopped there."""
        return self._total > ticket_list.COUNT_CAP

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._fetch_generation < 0 and not self.is_loading()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        f, sort, descending, offset = self._filter, self._sort, self._descending, len(self._rows)
        at = self._loaded_at
        self._fetch_generation = self._loader.request(
            lambda: ticket_list.page(f, sort, descending, offset, PAGE, now=at)
        )

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

    def customer_at(self, row: int) -> str:
        return self._rows[row].customer

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
            return paused_text()
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
        return sla.day_seconds(r.unit, self._calendar)

    def widest_texts(self, col: str) -> list[str]:
        """The longest texts the column can show, in the UI language: it is made that wide, so
        a kind, a state or a deadline is never cut ("Repair request · …" was)."""
        sample = datetime(2026, 12, 30, 23, 59)
        if col == "kind":
            urgent = self.tr("%1 · urgent")
            return [urgent.replace("%1", labels.label("kind", k)) for k in labels.codes("kind")]
        if col == "status":
            escalated = self.tr("%1 · escalated")
            return [escalated.replace("%1", labels.label("status", s)) for s in workflow.STATES]
        if col == "next_due_at":
            return [f"{labels.label('clock', c)}  {datetime_text(sample)}" for c in labels.codes("clock")]
        return []

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self.refresh_times()
